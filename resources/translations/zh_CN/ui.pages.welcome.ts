<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to BindGuard</source>
        <translation>欢迎使用换号卫士</translation>
    </message>
    <message>
        <source>{name} — {situation} — {done} of {total} done</source>
        <translation>{name} — {situation} — 已完成 {done} 项，共 {total} 项</translation>
    </message>
    <message>
        <source>When you stop using a phone number, the carrier sells it again after about 90 days. Whoever gets it receives the SMS codes of every app and bank card still tied to it. BindGuard helps you find each of them and move it to your new number, step by step.</source>
        <translation>手机号停用后，大约 90 天就会被运营商重新卖给别人。拿到号码的人，会收到所有还绑着它的 App 和银行卡的验证码。换号卫士一步一步帮您找出它们，把每一个都换到新号码上。</translation>
    </message>
    <message>
        <source>Private: all you enter stays on this computer. No network connection; phone numbers are kept masked, notes locked with the system keyring.</source>
        <translation>保护隐私：您填写的一切只保存在这台电脑上。本程序不联网，手机号只保存遮盖后的样子，备注用系统密码库加密。</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字模式</translation>
    </message>
    <message>
        <source>Make all text and buttons bigger</source>
        <translation>把所有文字和按钮放大</translation>
    </message>
    <message>
        <source>Start a new checklist</source>
        <translation>开始一份新清单</translation>
    </message>
    <message>
        <source>Begin a new checklist for yourself or a relative</source>
        <translation>为自己或家人开始一份新清单</translation>
    </message>
    <message>
        <source>Continue where you left off:</source>
        <translation>接着上次的清单做：</translation>
    </message>
    <message>
        <source>Or start a new checklist:</source>
        <translation>或者开始一份新清单：</translation>
    </message>
    <message>
        <source>Saved checklists</source>
        <translation>保存过的清单</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Open the selected checklist where you left it</source>
        <translation>打开选中的清单，回到上次停下的地方</translation>
    </message>
    <message>
        <source>Hand over to another computer</source>
        <translation>交给别的电脑</translation>
    </message>
    <message>
        <source>Put the selected checklist with its notes into a locked file for another computer</source>
        <translation>把选中的清单连同备注放进一个加了密的文件，交给别的电脑</translation>
    </message>
    <message>
        <source>Take over from another computer</source>
        <translation>从别的电脑接过来</translation>
    </message>
    <message>
        <source>Open a hand-over file made on another computer and add its checklists</source>
        <translation>打开别的电脑交出来的文件，把里面的清单加进来</translation>
    </message>
</context>
</TS>
