<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiscoveryPage</name>
    <message>
        <source>First, find out what is tied to the number</source>
        <translation>先查一查：这个号码绑定了什么</translation>
    </message>
    <message>
        <source>What it finds</source>
        <translation>能查到什么</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>在哪里查</translation>
    </message>
    <message>
        <source>What to enter</source>
        <translation>要填什么</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>结果怎么来</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>✓ Found and added to your list: {names}</source>
        <translation>✓ 找到了，已加到清单：{names}</translation>
    </message>
    <message>
        <source>Banks found: {names}. Add each card on the Bank cards page.</source>
        <translation>找到的银行：{names}。请在“银行卡”这一步把每张卡加进来。</translation>
    </message>
    <message>
        <source>Nothing we know was found. Try the sender names, e.g. 【招商银行】 or 95588.</source>
        <translation>没有找到认识的名称。可以试试发件人名称，例如【招商银行】或 95588。</translation>
    </message>
    <message>
        <source>The pasted text was not kept.</source>
        <translation>粘贴的文字没有保存。</translation>
    </message>
    <message>
        <source>Enter the number of accounts for each app in the SMS from 10699000. On a number used before, these are most likely the previous holder&apos;s accounts, not yours: apps with 1 or more are added to your list, to be released with 二次号码焕新 (recycled-number renewal).</source>
        <translation>把 10699000 发来的短信里每个 App 的账号数填在这里。这个号码以前有人用过，查到的很可能是上一个机主的账号，不是您的：1 个以上的 App 会加到清单里，用“二次号码焕新”解除。</translation>
    </message>
    <message>
        <source>One-ID Check 2.0 sends its code to the old number, so it cannot be used now. If you checked before the old number stopped, enter the number of accounts for each app from that SMS. Apps with 1 or more are added to your list.</source>
        <translation>一证通查2.0 要给旧号码发验证码，现在用不了。如果旧号码停用以前查过，就把那条短信里每个 App 的账号数填在这里。1 个以上的 App 会加到清单里。</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>还没查</translation>
    </message>
    <message>
        <source> found</source>
        <translation> 个</translation>
    </message>
    <message>
        <source>Accounts found on {name}</source>
        <translation>{name}上查到的账号数</translation>
    </message>
    <message>
        <source>The number One-ID Check sent back; use the arrow keys</source>
        <translation>一证通查短信里的数量；可以用方向键调整</translation>
    </message>
    <message>
        <source>These free official services and a few reminders help you find accounts you may have forgotten. Do what you can; you can come back later.</source>
        <translation>下面这些免费的官方查询和小提示，能帮您找到可能忘了的账号。能做多少做多少，以后还可以回来。</translation>
    </message>
    <message>
        <source>What did One-ID Check 2.0 send back?</source>
        <translation>一证通查2.0 查到了多少？</translation>
    </message>
    <message>
        <source>Enter the number of accounts for each app in the SMS from 10699000. Apps with 1 or more are added to your list.</source>
        <translation>按 10699000 发来的短信，填写每个 App 的账号数。填 1 个或以上的 App 会自动加到清单里。</translation>
    </message>
    <message>
        <source>✓ Found and added to your list: {names}. On a number used before, these may be the previous holder&apos;s accounts: the list shows how to release them with the carrier&apos;s 二次号码焕新.</source>
        <translation>✓ 找到了，已加到您的清单：{names}。这个号码以前有人用过，这些可能是前一个机主的账号：清单里写了怎么用运营商的“二次号码焕新”解除。</translation>
    </message>
    <message>
        <source>Paste SMS texts or sender names</source>
        <translation>粘贴短信或发件人名称</translation>
    </message>
    <message>
        <source>Copy messages or sender names from your phone, e.g. 【招商银行】, 95588 or 106…, and paste them here. They are checked on this computer only and not kept.</source>
        <translation>从手机里复制短信或发件人名称，例如【招商银行】、95588 或 106 开头的号码，粘贴到这里。只在这台电脑上查对，不会保存。</translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation>粘贴到这里</translation>
    </message>
    <message>
        <source>SMS texts or sender names</source>
        <translation>短信或发件人名称</translation>
    </message>
    <message>
        <source>Checked on this computer only; the text is not kept</source>
        <translation>只在这台电脑上查对；文字不会保存</translation>
    </message>
    <message>
        <source>Find accounts in this text</source>
        <translation>从这段文字里找账号</translation>
    </message>
    <message>
        <source>Find accounts in the pasted text</source>
        <translation>从粘贴的文字里找账号</translation>
    </message>
    <message>
        <source>Matches the text against the list, then empties the box</source>
        <translation>和列表对照，然后清空输入框</translation>
    </message>
    <message>
        <source>Things that help you remember</source>
        <translation>帮您回想的小提示</translation>
    </message>
    <message>
        <source>• Search your phone&apos;s messages for 验证码 (verification code): who sent them?</source>
        <translation>• 在手机短信里搜索“验证码”：都是谁发来的？</translation>
    </message>
    <message>
        <source>• Look for the sender&apos;s name in 【brackets】 at the start or at the end of each message. 【腾讯科技】 is WeChat.</source>
        <translation>• 看每条短信开头或结尾【】里的发件人名称。【腾讯科技】就是微信。</translation>
    </message>
    <message>
        <source>• Bank messages often come from long numbers starting with 106. Bank hotlines do not all start with 955: some start with 953 or 96.</source>
        <translation>• 银行短信常常是 106 开头的长号码发的。银行客服电话不都是 955 开头，也有 953、96 开头的。</translation>
    </message>
    <message>
        <source>• Think of banks you have called: their hotline numbers are in your call list.</source>
        <translation>• 想想打过哪些银行的电话：通话记录里有它们的客服号码。</translation>
    </message>
    <message>
        <source>• A password manager or the browser&apos;s saved passwords list many accounts.</source>
        <translation>• 密码管理软件或浏览器保存的密码里，能看到很多账号。</translation>
    </message>
    <message>
        <source>• Search your e-mail for “registration”, “welcome” or “verification”.</source>
        <translation>• 在电子邮箱里搜索“注册”“欢迎”或“验证”。</translation>
    </message>
</context>
</TS>
