<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NumbersPage</name>
    <message>
        <source>The old number above is not a valid mobile number yet: please check it.</source>
        <translation>上面的旧号码还不是有效的手机号码，请检查一下。</translation>
    </message>
    <message>
        <source>Please enter the old number to go on.</source>
        <translation>请先填写旧号码，才能继续。</translation>
    </message>
    <message>
        <source>The number above is not a valid mobile number yet: please check it.</source>
        <translation>上面的号码还不是有效的手机号码，请检查一下。</translation>
    </message>
    <message>
        <source>Please enter the new number to go on.</source>
        <translation>请先填写新号码，才能继续。</translation>
    </message>
    <message>
        <source>Please enter the number you received to go on.</source>
        <translation>请先填写您拿到的号码，才能继续。</translation>
    </message>
    <message>
        <source>Your numbers and dates</source>
        <translation>号码与日期</translation>
    </message>
    <message>
        <source>Enter the date above and the dates that matter will appear here.</source>
        <translation>在上面填好日期，这里会列出要紧的日子。</translation>
    </message>
    <message>
        <source>Your old phone number</source>
        <translation>您的旧号码</translation>
    </message>
    <message>
        <source>The number you received (it was used by someone before)</source>
        <translation>您拿到的号码（以前有人用过）</translation>
    </message>
    <message>
        <source>Your new phone number</source>
        <translation>您的新号码</translation>
    </message>
    <message>
        <source>Your new phone number (if you have one)</source>
        <translation>您的新号码（如果有）</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678</source>
        <translation>11 位数字，例如 138 1234 5678</translation>
    </message>
    <message>
        <source>e.g. 139 8765 4321</source>
        <translation>11 位数字，例如 139 8765 4321</translation>
    </message>
    <message>
        <source>When do you plan to cancel the old number? (if you know)</source>
        <translation>打算哪天注销旧号码？（知道的话）</translation>
    </message>
    <message>
        <source>When did the old number stop working?</source>
        <translation>旧号码是哪天停用的？</translation>
    </message>
    <message>
        <source>When did you get this number?</source>
        <translation>您是哪天拿到这个号码的？</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <source>It was stopped because bills were unpaid (停机), not cancelled</source>
        <translation>是因为欠费停机，不是注销</translation>
    </message>
    <message>
        <source>What happens when</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Old phone number</source>
        <translation>旧号码</translation>
    </message>
    <message>
        <source>Kept masked, for example 138****1234; the full number is never saved</source>
        <translation>只保存遮住中间的号码，例如 138****1234；完整号码不会保存</translation>
    </message>
    <message>
        <source>Kept masked, for example 139****4321</source>
        <translation>只保存遮住中间的号码，例如 139****4321</translation>
    </message>
    <message>
        <source>Type a date like {example}</source>
        <translation>请填日期，例如 {example}</translation>
    </message>
    <message>
        <source>Tick if the carrier stopped the number for unpaid bills; it is then cancelled later</source>
        <translation>如果是运营商因欠费停机就打勾；这种号码过一段时间才会被销号</translation>
    </message>
</context>
</TS>
