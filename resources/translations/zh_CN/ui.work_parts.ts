<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WorkParts</name>
    <message>
        <source>What you need:</source>
        <translation>要准备：</translation>
    </message>
    <message>
        <source>How sure we are:</source>
        <translation>可靠程度：</translation>
    </message>
    <message>
        <source>What to say (read it out):</source>
        <translation>怎么说（可以照着念）：</translation>
    </message>
    <message>
        <source> · money</source>
        <translation> · 涉及钱</translation>
    </message>
</context>
</TS>
