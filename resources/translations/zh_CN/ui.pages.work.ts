<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>WorkPage</name>
    <message>
      <source>Work through the list</source>
      <translation>逐项处理</translation>
    </message>
  </context>
</TS>
