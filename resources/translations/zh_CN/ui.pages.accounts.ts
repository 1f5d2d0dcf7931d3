<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Your own item; untick to remove it</source>
        <translation>您自己添加的项目；取消勾选就会删除</translation>
    </message>
    <message>
        <source>✓ Added to your list: {name}. Press Next again to go on.</source>
        <translation>✓ 已加进清单：{name}。再按“下一步”继续。</translation>
    </message>
    <message>
        <source>Chosen: {count}</source>
        <translation>已选：{count} 项</translation>
    </message>
    <message>
        <source>¥ Money</source>
        <translation>¥ 涉及钱</translation>
    </message>
    <message>
        <source>✓ One-ID Check finds it</source>
        <translation>✓ 一证通查能查到</translation>
    </message>
    <message>
        <source>Your own items</source>
        <translation>您自己添加的</translation>
    </message>
    <message>
        <source>Tick if you have an account on {name}</source>
        <translation>如果您有{name}账号，就打勾</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>Type a name, e.g. 微信 or weixin</source>
        <translation>输入名称，例如 微信 或 weixin</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>搜索账号</translation>
    </message>
    <message>
        <source>The list below shows only the accounts that match</source>
        <translation>下面的列表只显示符合的账号</translation>
    </message>
    <message>
        <source>Show all accounts, not only the most important</source>
        <translation>显示全部账号，不只是最要紧的</translation>
    </message>
    <message>
        <source>You chose to do only the most important ones first</source>
        <translation>您选了先只做最要紧的</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Arrow keys move, Space ticks or unticks an account</source>
        <translation>用方向键移动，按空格键勾选或取消</translation>
    </message>
    <message>
        <source>Nothing found. You can add it below as your own item.</source>
        <translation>没有找到。可以在下面自己添加。</translation>
    </message>
    <message>
        <source>Not in the list?</source>
        <translation>列表里没有？</translation>
    </message>
    <message>
        <source>Its name, e.g. the gym&apos;s app</source>
        <translation>写上名称，例如：健身房的 App</translation>
    </message>
    <message>
        <source>Name of your own item</source>
        <translation>自己添加的项目名称</translation>
    </message>
    <message>
        <source>An app or service that is not in the list</source>
        <translation>列表里没有的 App 或服务</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>添加自己的项目</translation>
    </message>
    <message>
        <source>Adds the name typed on the left to your checklist</source>
        <translation>把左边填的名称加到清单里</translation>
    </message>
</context>
</TS>
