<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SearchBox</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索文字</translation>
    </message>
    <message>
        <source>Empties the search box; the whole list shows again</source>
        <translation>清空搜索框，整个列表又全部显示出来</translation>
    </message>
</context>
</TS>
