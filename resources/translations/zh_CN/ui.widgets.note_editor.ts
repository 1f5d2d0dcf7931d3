<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NoteEditor</name>
    <message>
        <source>the lock for notes could not be started.</source>
        <translation>备注的锁没能启动。</translation>
    </message>
    <message>
        <source>Only you can read this note: it is locked with the system keyring.</source>
        <translation>只有您能看到这条备注：它用系统密码库加了锁。</translation>
    </message>
    <message>
        <source>Delete all saved notes and start new ones? The notes cannot be opened any more without their key, so nothing readable is lost.</source>
        <translation>要删除所有已保存的备注，重新开始吗？没有钥匙这些备注已经打不开了，所以不会丢失能看的内容。</translation>
    </message>
    <message>
        <source>Reset notes</source>
        <translation>清除备注</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>&amp;My private note (for example: which counter, whom I called)</source>
        <translation>我的私人备注（比如：去了哪个营业厅、和谁通过电话）</translation>
    </message>
    <message>
        <source>My private note</source>
        <translation>我的私人备注</translation>
    </message>
    <message>
        <source>Saved by itself and locked with the system keyring</source>
        <translation>会自动保存，并用系统密码库加锁</translation>
    </message>
    <message>
        <source>Delete the notes that can no longer be opened</source>
        <translation>删除已经打不开的备注</translation>
    </message>
    <message>
        <source>Mask it</source>
        <translation>遮住号码</translation>
    </message>
    <message>
        <source>Hide all but the last 4 digits</source>
        <translation>只保留最后 4 位，其余遮住</translation>
    </message>
</context>
</TS>
