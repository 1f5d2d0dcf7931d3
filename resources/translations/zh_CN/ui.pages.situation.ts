<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SituationPage</name>
    <message>
      <source>Your situation</source>
      <translation>你的情况</translation>
    </message>
  </context>
</TS>
