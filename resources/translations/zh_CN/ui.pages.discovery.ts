<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiscoveryPage</name>
    <message>
        <source>Details: what it finds, where and how</source>
        <translation>详细：能查出什么、在哪里查、怎么查</translation>
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
        <source>{name}: {finds}</source>
        <translation>{name}：{finds}</translation>
    </message>
    <message>
        <source>{count} more ways to find things</source>
        <translation>还有 {count} 个查找办法</translation>
    </message>
    <message>
        <source>Shows the other services, each with what it finds</source>
        <translation>显示其他查找办法，每个都写着能查到什么</translation>
    </message>
    <message>
        <source>✓ Found and added to your list: {names}</source>
        <translation>✓ 找到了，已加到清单：{names}</translation>
    </message>
    <message>
        <source>Bank SMS on this number ({names}) are meant for the previous holder: those cards are not yours, so do not add them on the Bank cards page. Call the bank&apos;s hotline and say that this number is yours now and the card is not yours.</source>
        <translation>这个号码收到的银行短信（{names}）是发给上一个机主的：那些卡不是您的，不要在“银行卡”这一步添加。请打这家银行的客服电话，告诉银行：这个号码现在是您的，那张卡不是您的。</translation>
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
        <source>Free official services that find what the previous holder left tied to this number. Press one to read how it works.</source>
        <translation>这些免费的官方服务能查出上一个机主还留在这个号码上的绑定。点一下，看看怎么用。</translation>
    </message>
    <message>
        <source>Tick if this sender sends SMS to the number</source>
        <translation>这个发信人给这个号码发过短信，就勾上</translation>
    </message>
    <message>
        <source>Enter what One-ID Check 2.0 sent back</source>
        <translation>填写一证通查2.0发回的结果</translation>
    </message>
    <message>
        <source>Shows the boxes for the numbers of accounts it found</source>
        <translation>打开填写它查到的账号个数的地方</translation>
    </message>
    <message>
        <source>Who sends SMS to this number? (no copying needed)</source>
        <translation>谁给这个号码发短信？（不用复制短信）</translation>
    </message>
    <message>
        <source>Tick the senders you see on your phone</source>
        <translation>在手机上看到谁发的短信，就在这里勾上</translation>
    </message>
    <message>
        <source>I can copy SMS texts: paste them</source>
        <translation>我会复制短信：粘贴到这里</translation>
    </message>
    <message>
        <source>Shows a box for SMS texts copied from the phone</source>
        <translation>打开一个框，粘贴从手机复制的短信</translation>
    </message>
    <message>
        <source>Free official services that find accounts you may have forgotten. Press one to read how it works.</source>
        <translation>这些免费的官方服务能帮您找出忘了的账号。点一下，看看怎么用。</translation>
    </message>
    <message>
        <source>Find what is tied to the number</source>
        <translation>先查一查：这个号码绑定了什么</translation>
    </message>
    <message>
        <source>Who sends SMS to this number?</source>
        <translation>谁给这个号码发短信？</translation>
    </message>
    <message>
        <source>You do not need to copy messages to the computer. Look at the messages on your phone: who sent them? Tick each sender you see. Nothing is kept but the accounts found.</source>
        <translation>不用把短信复制到电脑上。看看手机里的短信是谁发来的，看到哪个就在下面勾上哪个。除了找到的账号，什么都不保存。</translation>
    </message>
    <message>
        <source>Another sender? Type its name or number, e.g. 【中信银行】 or 95558:</source>
        <translation>还有别的发信人？输入它的名字或号码，例如【中信银行】或 95558：</translation>
    </message>
    <message>
        <source>Sender&apos;s name or number</source>
        <translation>发信人的名字或号码</translation>
    </message>
    <message>
        <source>Another sender&apos;s name or number</source>
        <translation>别的发信人的名字或号码</translation>
    </message>
    <message>
        <source>Find the accounts</source>
        <translation>找出账号</translation>
    </message>
    <message>
        <source>Find the accounts of these senders</source>
        <translation>找出这些发信人的账号</translation>
    </message>
    <message>
        <source>Adds the accounts of the ticked, typed or pasted senders to your list; Next does the same</source>
        <translation>把勾上的、输入的或粘贴的发信人的账号加进清单；按“下一步”也一样</translation>
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
