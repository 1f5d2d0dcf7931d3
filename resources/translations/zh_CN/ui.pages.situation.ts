<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SituationPage</name>
    <message>
        <source>What is your situation?</source>
        <translation>您现在是哪种情况？</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>我自己</translation>
    </message>
    <message>
        <source>Choose the one that fits you: what it means is shown here.</source>
        <translation>选一个最像您的情况，这里会说明它是什么意思。</translation>
    </message>
    <message>
        <source>Check everything</source>
        <translation>全面检查</translation>
    </message>
    <message>
        <source>Do every item before you cancel the old number.</source>
        <translation>请在注销旧号码之前，把每一项都处理好。</translation>
    </message>
    <message>
        <source>We show ways that need no SMS code, and the days left.</source>
        <translation>我们会告诉您不用短信验证码的办法，以及还剩多少天。</translation>
    </message>
    <message>
        <source>Move every account over while the old number works.</source>
        <translation>趁旧号码还能用，把每个账号都换绑到新号码上。</translation>
    </message>
    <message>
        <source>We help you take over this number cleanly.</source>
        <translation>我们帮您把这个号码清理干净。</translation>
    </message>
    <message>
        <source>Which one fits you?</source>
        <translation>请选一项最符合您的：</translation>
    </message>
    <message>
        <source>Who is this checklist for?</source>
        <translation>这份清单是给谁的？</translation>
    </message>
    <message>
        <source>For example: Myself, Mum</source>
        <translation>例如：我自己、妈妈</translation>
    </message>
    <message>
        <source>A name to tell your checklists apart, e.g. Mum</source>
        <translation>写个称呼，方便区分不同的清单，例如“妈妈”</translation>
    </message>
    <message>
        <source>How much do you want to do now?</source>
        <translation>这次想做多少？</translation>
    </message>
    <message>
        <source>Only the most important</source>
        <translation>只做最要紧的</translation>
    </message>
</context>
</TS>
