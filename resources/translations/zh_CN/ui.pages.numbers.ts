<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>NumbersPage</name>
    <message>
      <source>Numbers and dates</source>
      <translation>号码与日期</translation>
    </message>
  </context>
</TS>
