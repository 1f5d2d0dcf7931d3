<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NumberStepper</name>
    <message>
        <source>One fewer</source>
        <translation>减一</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>加一</translation>
    </message>
    <message>
        <source>One fewer (or the Down arrow key)</source>
        <translation>减一（也可以按向下的方向键）</translation>
    </message>
    <message>
        <source>One more (or the Up arrow key)</source>
        <translation>加一（也可以按向上的方向键）</translation>
    </message>
</context>
</TS>
