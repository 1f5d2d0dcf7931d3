<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Hand over to another computer</source>
        <translation>交给别的电脑</translation>
    </message>
    <message>
        <source>This puts the checklists ticked below, with their progress and your notes, into one locked file in your Documents folder. Copy the file to the other computer (for example with a USB stick) and open it there with the digits BindGuard shows you next.</source>
        <translation>下面勾选的清单，连同进度和您的备注，会放进“文档”文件夹里的一个加了密的文件。把这个文件拷到另一台电脑上（例如用 U 盘），在那里用接下来显示的一串数字打开。</translation>
    </message>
    <message>
        <source>Checklists to hand over</source>
        <translation>要交出去的清单</translation>
    </message>
    <message>
        <source>Make the file</source>
        <translation>生成文件</translation>
    </message>
    <message>
        <source>Write the locked file into your Documents folder</source>
        <translation>把加了密的文件存到“文档”文件夹</translation>
    </message>
    <message>
        <source>The passphrase for this file:</source>
        <translation>打开这个文件的密码：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Without this sheet nobody can open the file. Keep the sheet and the file apart.</source>
        <translation>没有这张纸，谁也打不开这个文件；纸和文件分开放。</translation>
    </message>
    <message>
        <source>Print the passphrase sheet</source>
        <translation>打印密码纸</translation>
    </message>
    <message>
        <source>One A4 page with the passphrase, the file&apos;s name and the date</source>
        <translation>一页 A4 纸：密码、文件名和日期</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the same file in another folder too</source>
        <translation>把同一个文件再存一份到别的文件夹</translation>
    </message>
    <message>
        <source>Tick at least one checklist.</source>
        <translation>请至少勾选一份清单。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>换号清单</translation>
    </message>
    <message>
        <source>☑ Saved in the folder “{0}” as “{1}”: {2} checklist(s), {3} note(s).</source>
        <translation>☑ 已保存在文件夹“{0}”里，文件名“{1}”：{2} 份清单，{3} 条备注。</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>密码：{0}</translation>
    </message>
    <message>
        <source>Save the hand-over file</source>
        <translation>保存交接文件</translation>
    </message>
    <message>
        <source>Hand-over files</source>
        <translation>交接文件</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Take over from another computer</source>
        <translation>从别的电脑接过来</translation>
    </message>
    <message>
        <source>Choose the file made on the other computer with “Hand over to another computer”, then type the digits from its passphrase sheet. The checklists are added to yours; nothing here is replaced.</source>
        <translation>先选择在另一台电脑上用“交给别的电脑”生成的文件，再输入密码纸上的数字。清单会加在这台电脑的清单后面，这里原有的都不会被替换。</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>还没有选择文件。</translation>
    </message>
    <message>
        <source>Notes taken over earlier are still locked. Once this computer&apos;s password store works, type the passphrase from that sheet and press “Take over”; no file is needed.</source>
        <translation>以前接过来的备注还锁着。等这台电脑的密码库可以用了，输入当时那张密码纸上的密码，点“接过来”就行，不用再选文件。</translation>
    </message>
    <message>
        <source>Passphrase from the sheet:</source>
        <translation>密码纸上的密码：</translation>
    </message>
    <message>
        <source>Passphrase from the sheet</source>
        <translation>密码纸上的密码</translation>
    </message>
    <message>
        <source>25 digits; spaces are optional</source>
        <translation>25 位数字，空格可以不输</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接过来</translation>
    </message>
    <message>
        <source>Open the file and add its checklists</source>
        <translation>打开文件，把里面的清单加进来</translation>
    </message>
    <message>
        <source>Choose the hand-over file</source>
        <translation>选择交接文件</translation>
    </message>
    <message>
        <source>Hand-over files</source>
        <translation>交接文件</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
