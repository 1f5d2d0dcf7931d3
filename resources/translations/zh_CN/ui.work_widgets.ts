<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WorkPage</name>
    <message>
        <source>If you do only one thing today:</source>
        <translation>如果今天只做一件事：</translation>
    </message>
    <message>
        <source>Only the items you got stuck on are left: ask a relative to help, or take your ID card to the counter.</source>
        <translation>只剩下遇到困难的项目了：可以请家里人帮忙，或者带上身份证去柜台问。</translation>
    </message>
    <message>
        <source>Nothing urgent is left. Well done.</source>
        <translation>没有要紧的项目了。做得好！</translation>
    </message>
    <message>
        <source>That is the item you are looking at now.</source>
        <translation>就是您现在看的这一项。</translation>
    </message>
    <message>
        <source>Show: {0}</source>
        <translation>显示：{0}</translation>
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
        <source>Stuck? You can still do it:</source>
        <translation>遇到困难？还可以这样办：</translation>
    </message>
    <message>
        <source>Call the hotline:</source>
        <translation>打客服电话：</translation>
    </message>
    <message>
        <source>On the phone or at the counter, say:</source>
        <translation>在电话里或柜台前，可以这样说：</translation>
    </message>
    <message>
        <source>The other ways to do it are under “{0}” below.</source>
        <translation>其他办法在下面的“{0}”里。</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 上一项</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <source>Go to the item before this one</source>
        <translation>回到前一项</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>下一项 →</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Go to the next item that is not finished</source>
        <translation>去下一个还没做完的项目</translation>
    </message>
    <message>
        <source>Whole list</source>
        <translation>全部清单</translation>
    </message>
    <message>
        <source>Show or hide every item of the checklist</source>
        <translation>显示或收起清单里的全部项目</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
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
        <source>A step with your phone company.</source>
        <translation>这是在运营商那里办的一步。</translation>
    </message>
    <message>
        <source>Someone else&apos;s money may be on it: do this one first, and touch nothing in it.</source>
        <translation>这里可能有别人的钱：请先做这一项，里面的东西都不要动。</translation>
    </message>
    <message>
        <source>Money is at stake: do this one first.</source>
        <translation>这一项涉及钱：请先做这一项。</translation>
    </message>
    <message>
        <source>Does the old number still receive SMS codes?</source>
        <translation>旧号码现在还能收到短信验证码吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>能</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不能</translation>
    </message>
    <message>
        <source>Yes, it still gets SMS</source>
        <translation>能，还能收到短信</translation>
    </message>
    <message>
        <source>No, it gets no SMS any more</source>
        <translation>不能，已经收不到短信了</translation>
    </message>
    <message>
        <source>Show the normal way first</source>
        <translation>先显示普通的办法</translation>
    </message>
    <message>
        <source>Show the ways that need no code first</source>
        <translation>先显示不用验证码的办法</translation>
    </message>
</context>
</TS>
