<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WorkFolds</name>
    <message>
        <source>“{0}” is marked: {1}. Here is the next item.</source>
        <translation>“{0}”已标记为：{1}。这是下一项。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put “{0}” back as it was and show it again</source>
        <translation>把“{0}”恢复成原来的样子，再显示一次</translation>
    </message>
</context>
</TS>
