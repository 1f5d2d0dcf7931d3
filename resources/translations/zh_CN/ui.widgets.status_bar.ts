<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StatusBar</name>
    <message>
        <source>Mark {name} as: {status}</source>
        <translation>把{name}标记为：{status}</translation>
    </message>
</context>
</TS>
