<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Folder:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy this address into your browser, or scan the code with your phone.</source>
        <translation>浏览器打不开。请把这个网址复制到浏览器里，或者用手机扫二维码。</translation>
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
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>You can carry on. If it happens again, copy the details and send them to us: they contain no numbers, names or notes.</source>
        <translation>您可以继续使用。如果再次出现，请复制详细信息发给我们：里面没有号码、名字或备注。</translation>
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
