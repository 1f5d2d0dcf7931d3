<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BanksPage</name>
    <message>
        <source>Bank cards</source>
        <translation>银行卡</translation>
    </message>
</context>
</TS>
