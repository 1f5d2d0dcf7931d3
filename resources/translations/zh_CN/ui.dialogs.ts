<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dialogs</name>
    <message>
        <source>The browser could not be opened. Copy this address into your browser, or scan the code with your phone.</source>
        <translation>浏览器打不开。请把这个网址复制到浏览器里,或者用手机扫二维码。</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>复制网址</translation>
    </message>
    <message>
        <source>Put the address on the clipboard</source>
        <translation>把网址复制下来</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>网址的二维码</translation>
    </message>
</context>
</TS>
