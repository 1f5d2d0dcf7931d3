<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Choose accounts</source>
        <translation>选择账号</translation>
    </message>
</context>
</TS>
