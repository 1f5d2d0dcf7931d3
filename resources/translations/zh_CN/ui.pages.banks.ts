<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BanksPage</name>
    <message>
        <source>✓ Added: {card}. Another card? Add it here; if not, press Next again.</source>
        <translation>✓ 已添加：{card}。还有别的卡吗？有就在这里接着加；没有就再按“下一步”。</translation>
    </message>
    <message>
        <source>✓ Added: {card}</source>
        <translation>✓ 已添加：{card}</translation>
    </message>
    <message>
        <source>Removed: {card}</source>
        <translation>已删除：{card}</translation>
    </message>
    <message>
        <source>{bank} · ending {last4} · {type}</source>
        <translation>{bank} · 尾号 {last4} · {type}</translation>
    </message>
    <message>
        <source>Cards added: {count}</source>
        <translation>已添加的银行卡：{count} 张</translation>
    </message>
    <message>
        <source>No cards added yet.</source>
        <translation>还没有添加银行卡。</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>添加一张卡</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Type to find the bank, e.g. 建行 or CCB</source>
        <translation>输入银行名称查找，例如 建行 或 CCB</translation>
    </message>
    <message>
        <source>Find the bank</source>
        <translation>查找银行</translation>
    </message>
    <message>
        <source>Filters the list of banks below</source>
        <translation>筛选下面的银行列表</translation>
    </message>
    <message>
        <source>Choose the bank with the arrow keys</source>
        <translation>用方向键选择银行</translation>
    </message>
    <message>
        <source>Last 4 digits of the card:</source>
        <translation>卡号最后 4 位：</translation>
    </message>
    <message>
        <source>Last 4 digits of the card</source>
        <translation>卡号最后 4 位</translation>
    </message>
    <message>
        <source>e.g. 1234</source>
        <translation>例如 1234</translation>
    </message>
    <message>
        <source>Which bank cards use the number?</source>
        <translation>哪些银行卡绑定了这个号码？</translation>
    </message>
    <message>
        <source>Your own cards only: the bank and the last 4 digits.</source>
        <translation>这里只加您自己的卡：填银行和卡号最后 4 位。</translation>
    </message>
    <message>
        <source>Does a bank send this number SMS meant for someone else? Those are the previous holder&apos;s cards: call that bank&apos;s hotline and say the number is yours now (the list shows how).</source>
        <translation>有银行给这个号码发短信，但说的是别人的卡吗？那是前一个机主的卡：请打那家银行的客服电话，说明这个号码现在是您的（清单里写了怎么说）。</translation>
    </message>
    <message>
        <source>Add each card: only the bank and its last 4 digits.</source>
        <translation>每张卡都加进来：只需要填银行和卡号最后 4 位。</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>银行：</translation>
    </message>
    <message>
        <source>Only the last 4 digits; never the full card number</source>
        <translation>只填最后 4 位，不要填完整卡号</translation>
    </message>
    <message>
        <source>Card type:</source>
        <translation>卡的类型：</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡的种类</translation>
    </message>
    <message>
        <source>Add this card</source>
        <translation>添加这张卡</translation>
    </message>
    <message>
        <source>Adds the card to your checklist</source>
        <translation>把这张卡加到清单里</translation>
    </message>
    <message>
        <source>Cards added</source>
        <translation>已添加的银行卡</translation>
    </message>
    <message>
        <source>Press Delete to remove the selected card</source>
        <translation>按 Delete 键删除选中的卡</translation>
    </message>
    <message>
        <source>Remove the selected card</source>
        <translation>删除选中的卡</translation>
    </message>
    <message>
        <source>Takes the selected card off your checklist</source>
        <translation>把选中的卡从清单里删除</translation>
    </message>
    <message>
        <source>Choose a card in the list first; you can put it back afterwards</source>
        <translation>先在列表里选一张卡；删除后还可以放回来</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>放回来</translation>
    </message>
    <message>
        <source>Adds the card you just removed again</source>
        <translation>把刚才删除的卡重新加上</translation>
    </message>
    <message>
        <source>Nothing found. Try the short name, e.g. 工行, or pinyin, e.g. gongshang.</source>
        <translation>没有找到。可以试试简称，例如“工行”，或者拼音，例如 gongshang。</translation>
    </message>
</context>
</TS>
