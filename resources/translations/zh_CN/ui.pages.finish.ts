<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>FinishPage</name>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
  </context>
</TS>
