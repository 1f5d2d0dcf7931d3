<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>print_passphrase</name>
    <message>
        <source>BindGuard: passphrase for the hand-over file</source>
        <translation>换号卫士：交接文件的密码</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>文件：{0}</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>日期：{0}</translation>
    </message>
    <message>
        <source>Without this sheet nobody can open the file. Keep the sheet and the file apart.</source>
        <translation>没有这张纸，谁也打不开这个文件；纸和文件分开放。</translation>
    </message>
    <message>
        <source>On the other computer: open BindGuard, choose “Take over from another computer” on the first page, choose the file, then type the digits above (spaces are optional).</source>
        <translation>在另一台电脑上：打开换号卫士，在第一页点“从别的电脑接过来”，选择这个文件，再输入上面的数字（空格可以不输）。</translation>
    </message>
    <message>
        <source>Do not send a photo of this sheet together with the file.</source>
        <translation>不要把这张纸的照片和文件一起发出去。</translation>
    </message>
    <message>
        <source>Passphrase sheet</source>
        <translation>密码纸</translation>
    </message>
    <message>
        <source>Print the passphrase sheet</source>
        <translation>打印密码纸</translation>
    </message>
</context>
</TS>
