<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EntryText</name>
    <message>
        <source>How sure we are: {0}. Last checked: {1}.</source>
        <translation>可靠程度：{0}。最后核对日期：{1}。</translation>
    </message>
    <message>
        <source>May be out of date: the app may have changed since.</source>
        <translation>可能已过时：App 后来可能改过。</translation>
    </message>
    <message>
        <source>What it finds</source>
        <translation>能查到什么</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>在哪里办</translation>
    </message>
    <message>
        <source>What to enter</source>
        <translation>要填写什么</translation>
    </message>
    <message>
        <source>What you get</source>
        <translation>会得到什么</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>做不到的地方</translation>
    </message>
    <message>
        <source>Open the app or website, sign in, and look under 我的 (Me) → 设置 (Settings) → 账号与安全 (Account and security) → 手机号 (Phone number). Change it to your new number, or close the account. Write down below what you did.</source>
        <translation>打开这个 App 或网站并登录，找到“我的 → 设置 → 账号与安全 → 手机号”。把它换成新号码，或者注销这个账号。在下面记下您做了什么。</translation>
    </message>
</context>
<context>
    <name>RouteCard</name>
    <message>
        <source>Change the number</source>
        <translation>换绑手机号</translation>
    </message>
    <message>
        <source>Change the number (the old number gets a code)</source>
        <translation>换绑手机号（旧号码会收到验证码）</translation>
    </message>
    <message>
        <source>Without a code to the old number</source>
        <translation>旧号码收不到验证码时的办法</translation>
    </message>
    <message>
        <source>Close the account instead</source>
        <translation>不换绑，直接注销这个账号</translation>
    </message>
    <message>
        <source>If your number was used by someone before</source>
        <translation>如果您的号码以前有人用过</translation>
    </message>
    <message>
        <source>Way {0}</source>
        <translation>办法 {0}</translation>
    </message>
    <message>
        <source>If the menus look different</source>
        <translation>如果 App 里的菜单和这里说的不一样</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>需要准备：</translation>
    </message>
    <message>
        <source>What to say (read it out):</source>
        <translation>怎么说（可以照着念）：</translation>
    </message>
    <message>
        <source>How sure we are:</source>
        <translation>可靠程度：</translation>
    </message>
</context>
</TS>
