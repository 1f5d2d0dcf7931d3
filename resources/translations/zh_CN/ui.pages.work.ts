<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WorkPage</name>
    <message>
        <source>Nothing urgent is left. Well done.</source>
        <translation>没有紧急的项目了。做得好!</translation>
    </message>
    <message>
        <source>If you do only one thing today:</source>
        <translation>如果今天只做一件事:</translation>
    </message>
    <message>
        <source>Show: {0}</source>
        <translation>显示:{0}</translation>
    </message>
    <message>
        <source>Nothing to work on yet.</source>
        <translation>还没有要处理的项目。</translation>
    </message>
    <message>
        <source>Money is at stake: do this one first.</source>
        <translation>这一项涉及钱:请先做这一项。</translation>
    </message>
    <message>
        <source>Hotline:</source>
        <translation>客服电话:</translation>
    </message>
    <message>
        <source>Open {0} in the web browser</source>
        <translation>在浏览器里打开 {0}</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>去看这一项</translation>
    </message>
    <message>
        <source>Show the most urgent item</source>
        <translation>显示最要紧的项目</translation>
    </message>
    <message>
        <source>&amp;Your list (money items first):</source>
        <translation>您的清单(涉及钱的排在前面)(&amp;Y):</translation>
    </message>
    <message>
        <source>Your list</source>
        <translation>您的清单</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose an item</source>
        <translation>用方向键选择项目</translation>
    </message>
    <message>
        <source>Does the old number still receive SMS codes?</source>
        <translation>旧号码现在还能收到短信验证码吗?</translation>
    </message>
    <message>
        <source>&amp;Yes, it still gets SMS</source>
        <translation>能,还能收到短信(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;o, it gets no SMS any more</source>
        <translation>不能,已经收不到短信了(&amp;O)</translation>
    </message>
    <message>
        <source>Show the normal way first</source>
        <translation>先显示普通的办法</translation>
    </message>
    <message>
        <source>Show the ways that need no code first</source>
        <translation>先显示不用验证码的办法</translation>
    </message>
    <message>
        <source>Open the official page</source>
        <translation>打开官方网页</translation>
    </message>
    <message>
        <source>Or scan this code with your phone to open the same page there.</source>
        <translation>也可以用手机扫这个二维码,在手机上打开同一个网页。</translation>
    </message>
    <message>
        <source>QR code of the official page</source>
        <translation>官方网页的二维码</translation>
    </message>
    <message>
        <source>When you have finished with this item, choose one:</source>
        <translation>处理完这一项后,请选一个:</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>下一项 →</translation>
    </message>
    <message>
        <source>Go to the next item that is not finished</source>
        <translation>去下一个还没做完的项目</translation>
    </message>
</context>
</TS>
