<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CarrierPage</name>
    <message>
        <source>How to do it</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <source>How to do it: {name}</source>
        <translation>怎么做：{name}</translation>
    </message>
    <message>
        <source>Hotline:</source>
        <translation>客服电话：</translation>
    </message>
    <message>
        <source>There is nothing to do with the carrier for this checklist.</source>
        <translation>这份清单不需要去运营商办理什么。</translation>
    </message>
    <message>
        <source>Your number was used by someone before. These steps clear what the last owner left behind.</source>
        <translation>您的号码以前有人用过。下面这些步骤可以清理上一位机主留下的东西。</translation>
    </message>
    <message>
        <source>Do this last, after the money and bank card items: the old number must still work for the other steps.</source>
        <translation>这一步放在最后做：先把付款和银行卡的项目做完，因为其他步骤还要用旧号码收短信。</translation>
    </message>
</context>
</TS>
