<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RouteCard</name>
    <message>
        <source>Change the number (the old number gets a code)</source>
        <translation>换绑手机号(旧号码会收到验证码)</translation>
    </message>
    <message>
        <source>Without a code to the old number</source>
        <translation>旧号码收不到验证码时的办法</translation>
    </message>
    <message>
        <source>Close the account instead</source>
        <translation>不换绑,直接注销这个账号</translation>
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
        <translation>需要准备:</translation>
    </message>
    <message>
        <source>What to say (read it out):</source>
        <translation>怎么说(可以照着念):</translation>
    </message>
    <message>
        <source>How sure we are:</source>
        <translation>可靠程度:</translation>
    </message>
</context>
</TS>
