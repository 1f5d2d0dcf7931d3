<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CarrierPage</name>
    <message>
      <source>Last step</source>
      <translation>最后一步</translation>
    </message>
  </context>
</TS>
