<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiscoveryPage</name>
    <message>
        <source>Find your accounts</source>
        <translation>先查一查</translation>
    </message>
</context>
</TS>
