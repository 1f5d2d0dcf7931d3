<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WorkFolds</name>
    <message>
        <source>{0} is marked: {1}. Here is the next item.</source>
        <translation>{0}已标记为：{1}。这是下一项。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put {0} back as it was and show it again</source>
        <translation>把{0}恢复成原来的样子，再显示一次</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Open the official page</source>
        <translation>打开官方网页</translation>
    </message>
    <message>
        <source>Or scan this code with your phone to open the same page there.</source>
        <translation>也可以用手机扫这个二维码，在手机上打开同一个网页。</translation>
    </message>
    <message>
        <source>QR code of the official page</source>
        <translation>官方网页的二维码</translation>
    </message>
</context>
</TS>
