<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SetAsideNotice</name>
    <message>
        <source>Bring that file back</source>
        <translation>找回这个文件</translation>
    </message>
    <message>
        <source>Use the set-aside progress file again; what you have now is set aside, not deleted</source>
        <translation>重新使用放在一边的进度文件；现在的进度会另存一份，不会删除</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>我看过了</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>不再显示这条提示</translation>
    </message>
</context>
</TS>
