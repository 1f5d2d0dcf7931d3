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
        <source>Your old number still works and you plan to cancel it. Do every item before you cancel.</source>
        <translation>旧号码还能用，您打算注销它。请在注销之前把每一项都处理好。</translation>
    </message>
    <message>
        <source>The old number no longer gets SMS. We show ways that work without a code, and how many days are left.</source>
        <translation>旧号码已经收不到短信了。我们会告诉您不用验证码的办法，以及还剩多少天。</translation>
    </message>
    <message>
        <source>You have a new number and the old one still works. Move every account to the new number.</source>
        <translation>您有了新号码，旧号码还能用。把每个账号都换绑到新号码上。</translation>
    </message>
    <message>
        <source>Your new number belonged to someone else before. We help you take it over cleanly.</source>
        <translation>您的新号码以前是别人的。我们帮您把它清理干净。</translation>
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
    <message>
        <source>A full check</source>
        <translation>全面检查</translation>
    </message>
</context>
</TS>
