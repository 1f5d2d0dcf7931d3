<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StoreBanner</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try again to open the progress file for saving</source>
        <translation>再试一次打开保存进度的文件</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>不再显示这条提示</translation>
    </message>
</context>
</TS>
