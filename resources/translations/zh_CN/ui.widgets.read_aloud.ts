<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReadAloud</name>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>Stops reading aloud</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Reads this item&apos;s steps aloud, one by one</source>
        <translation>把这一项的步骤一步一步读出来</translation>
    </message>
    <message>
        <source>Getting the voice ready…</source>
        <translation>正在准备声音…</translation>
    </message>
</context>
</TS>
