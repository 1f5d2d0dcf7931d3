<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>You can carry on. If it happens again, copy the details and send them to us: they contain no numbers, names or notes.</source>
        <translation>您可以继续使用。如果再次出现,请复制详细信息发给我们:里面没有号码、名字或备注。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copies a technical report without personal data</source>
        <translation>复制一份不含个人资料的技术报告</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
