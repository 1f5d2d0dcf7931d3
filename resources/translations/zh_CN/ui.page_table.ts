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
<context>
    <name>BanksPage</name>
    <message>
        <source>Bank cards</source>
        <translation>银行卡</translation>
    </message>
</context>
<context>
    <name>CarrierPage</name>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
</context>
<context>
    <name>DiscoveryPage</name>
    <message>
        <source>Find your accounts</source>
        <translation>先查一查</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Numbers and dates</source>
        <translation>号码与日期</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>Your situation</source>
        <translation>您的情况</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Work through the list</source>
        <translation>逐项处理</translation>
    </message>
</context>
</TS>
