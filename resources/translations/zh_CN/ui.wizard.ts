<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WizardWindow</name>
    <message>
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
    <message>
        <source>Go back to this step</source>
        <translation>回到这一步</translation>
    </message>
    <message>
        <source>BindGuard — change your number safely</source>
        <translation>换号卫士 — 安心换号</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>大字模式</translation>
    </message>
    <message>
        <source>Large text (Ctrl and +)</source>
        <translation>大字模式（Ctrl 和 + 键）</translation>
    </message>
    <message>
        <source>Read aloud more &amp;slowly</source>
        <translation>朗读慢一点</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Go to the previous step</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>进入下一步</translation>
    </message>
</context>
</TS>
