<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FinishPage</name>
    <message>
        <source>Left to do</source>
        <translation>还没做完</translation>
    </message>
    <message>
        <source>{0} of {1} items finished.</source>
        <translation>共 {1} 项，已处理完 {0} 项。</translation>
    </message>
    <message>
        <source>Items you are stuck on: {0}. Ask a relative to help, or take your ID card to the counter:</source>
        <translation>遇到困难的有 {0} 项。可以请家里人帮忙，或者带上身份证去柜台问：</translation>
    </message>
    <message>
        <source>Every item with money is finished.</source>
        <translation>涉及钱的项目都已经处理完了。</translation>
    </message>
    <message>
        <source>Hotline:</source>
        <translation>客服电话：</translation>
    </message>
    <message>
        <source>Your notes are locked, so they are left out.</source>
        <translation>您的备注已锁定，所以没有打印进去。</translation>
    </message>
    <message>
        <source>Your notes could not be opened, so they are left out.</source>
        <translation>您的备注打不开，所以没有打印进去。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>换号清单</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>换号提醒</translation>
    </message>
    <message>
        <source>Preparing the printout, please wait…</source>
        <translation>正在准备打印，请稍候……</translation>
    </message>
    <message>
        <source>Saving, please wait…</source>
        <translation>正在保存，请稍候……</translation>
    </message>
    <message>
        <source>☑ Saved in the folder “{0}” as “{1}”.</source>
        <translation>☑ 已保存在“{0}”文件夹里，文件名是“{1}”。</translation>
    </message>
    <message>
        <source>☑ Saved in the folder “{0}” as “{1}”. Open it to add the reminders to your calendar.</source>
        <translation>☑ 已保存在“{0}”文件夹里，文件名是“{1}”。打开这个文件，就能把提醒加到日历里。</translation>
    </message>
    <message>
        <source>Save the checklist as a PDF file in your Documents folder</source>
        <translation>把清单保存成 PDF 文件，放在“文档”文件夹里</translation>
    </message>
    <message>
        <source>Save the important dates for your calendar in your Documents folder</source>
        <translation>把要记住的日期保存成日历文件，放在“文档”文件夹里</translation>
    </message>
    <message>
        <source>Hand over to another computer</source>
        <translation>交给别的电脑</translation>
    </message>
    <message>
        <source>Put this checklist with its progress and notes into a locked file for another computer</source>
        <translation>把这份清单连同进度和备注放进一个加了密的文件，交给别的电脑</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Show the folder with the saved file</source>
        <translation>打开保存文件的文件夹</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Choose another folder or name</source>
        <translation>换一个文件夹或文件名保存</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>把清单保存为 PDF</translation>
    </message>
    <message>
        <source>Money is still at risk: {0}</source>
        <translation>钱还有风险：{0}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件（*.pdf）</translation>
    </message>
    <message>
        <source>Save calendar reminders</source>
        <translation>保存日历提醒</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件（*.ics）</translation>
    </message>
    <message>
        <source>Include my notes in the printout</source>
        <translation>打印时包括我的备注</translation>
    </message>
    <message>
        <source>Off: your private notes are not printed</source>
        <translation>不勾选：您的私人备注不会打印出来</translation>
    </message>
    <message>
        <source>Print only the items not yet done</source>
        <translation>只打印还没做完的</translation>
    </message>
    <message>
        <source>On: finished items are left out of the printout</source>
        <translation>勾选：已经处理好的项目不打印</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Show the printout and print it</source>
        <translation>先看打印效果，再打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Calendar reminders</source>
        <translation>日历提醒</translation>
    </message>
    <message>
        <source>Come back later</source>
        <translation>以后再来</translation>
    </message>
    <message>
        <source>Close the window. Your progress is saved.</source>
        <translation>关闭窗口。您的进度已经保存。</translation>
    </message>
</context>
</TS>
