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
        <translation>共 {1} 项,已处理完 {0} 项。</translation>
    </message>
    <message>
        <source>Money is still at risk: {0} item(s) with money are not finished:</source>
        <translation>钱还有风险:有 {0} 个涉及钱的项目还没做完:</translation>
    </message>
    <message>
        <source>Every item with money is finished.</source>
        <translation>涉及钱的项目都已经处理完了。</translation>
    </message>
    <message>
        <source>Your notes are locked, so they are left out.</source>
        <translation>您的备注已锁定,所以没有打印进去。</translation>
    </message>
    <message>
        <source>Your notes could not be opened, so they are left out.</source>
        <translation>您的备注打不开,所以没有打印进去。</translation>
    </message>
    <message>
        <source>BindGuard checklist</source>
        <translation>换号卫士清单</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>把清单保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>☑ Saved: {0}</source>
        <translation>☑ 已保存:{0}</translation>
    </message>
    <message>
        <source>Save calendar reminders</source>
        <translation>保存日历提醒</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>☑ Saved: {0}. Open it to add the reminders to your calendar.</source>
        <translation>☑ 已保存:{0}。打开这个文件,就能把提醒加到日历里。</translation>
    </message>
    <message>
        <source>Include my notes in the printout</source>
        <translation>打印时包括我的备注</translation>
    </message>
    <message>
        <source>Off: your private notes are not printed</source>
        <translation>不勾选:您的私人备注不会打印出来</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Show the printout and print it</source>
        <translation>先看打印效果,再打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Save the checklist as a PDF file</source>
        <translation>把清单保存成 PDF 文件</translation>
    </message>
    <message>
        <source>Calendar reminders (.ics)</source>
        <translation>保存日历提醒</translation>
    </message>
    <message>
        <source>Calendar reminders</source>
        <translation>日历提醒</translation>
    </message>
    <message>
        <source>Save the important dates for your calendar</source>
        <translation>把重要日期保存到日历里</translation>
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
