<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WorkPage</name>
    <message>
        <source>Item {0} of {1}</source>
        <translation>第 {0} 项，共 {1} 项</translation>
    </message>
    <message>
        <source>Nothing to work on yet.</source>
        <translation>还没有要处理的项目。</translation>
    </message>
    <message>
        <source>Hotline:</source>
        <translation>客服电话：</translation>
    </message>
    <message>
        <source>Open {0} in the web browser</source>
        <translation>在浏览器里打开 {0}</translation>
    </message>
    <message>
        <source>Other ways to do it:</source>
        <translation>其他办法：</translation>
    </message>
    <message>
        <source>Your list (most urgent first):</source>
        <translation>您的清单（最要紧的排在前面）：</translation>
    </message>
    <message>
        <source>When you have finished with this item, choose one:</source>
        <translation>处理完这一项后，请选一个：</translation>
    </message>
    <message>
        <source>More ways and the hotline</source>
        <translation>更多办法和客服电话</translation>
    </message>
    <message>
        <source>Opens here: what to say, the other ways, the hotline, the official page and how sure we are</source>
        <translation>在这里打开：怎么说、其他办法、客服电话、官方网页和可信程度</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>我的备注</translation>
    </message>
    <message>
        <source>Opens your private note for this item</source>
        <translation>打开这一项的私人备注</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>涉及钱</translation>
    </message>
</context>
</TS>
