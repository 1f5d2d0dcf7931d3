"""Read aloud (issue 25): the text handed to the voice is written to be heard (core, no Qt)."""

from __future__ import annotations

import pytest

from bindguard.core.errors import message
from bindguard.core.speech_text import (
    Utterance,
    help_script,
    item_script,
    no_voice_code,
    pick_voice,
    spoken,
    zh_number,
)


@pytest.mark.parametrize(("text", "heard"), [
    ("打开支付宝 → 我的 → 设置 → 账号与安全", "打开支付宝，然后我的，然后设置，然后账号与安全"),
    ("拨打 95588，按 0 转人工。", "拨打九五五八八，按零转人工。"),
    ("打 10086", "打幺零零八六"),
    ("客服电话 400-820-8888", "客服电话四零零，八二零，八八八八"),
    ("旧号码 138****1234", "旧号码幺三八，中间四位隐藏，幺二三四"),
    ("请在 2027-03-01 前办完", "请在二〇二七年三月一日前办完"),
    ("2026年12月7日", "二〇二六年十二月七日"),
    ("大约 90 天后", "大约九十天后"),
    ("要带 2 张卡", "要带两张卡"),
    ("第 2 步", "第二步"),
    ("第 3 项，共 105 项", "第三项，共一百零五项"),
    ("尾号1234的借记卡", "尾号幺二三四的借记卡"),
    ("点“换绑手机号”，看《用户协议》", "点换绑手机号，看用户协议"),
    ("带上身份证（原件）。", "带上身份证，原件。"),
    ("工作日 9:00-18:30", "工作日九点到十八点三十分"),
    ("需要 3-5 个工作日", "需要三到五个工作日"),
    ("⚠ 涉及钱：先做这一项。", "涉及钱：先做这一项。"),
    ("☐ 身份证", "身份证"),
])
def test_chinese_is_written_to_be_heard(text, heard):
    assert spoken(text, "zh") == heard


@pytest.mark.parametrize(("text", "heard"), [
    ("Open Alipay → Me → Settings", "Open Alipay, then Me, then Settings"),
    ("Call 95588 (press 0)", "Call 9 5 5 8 8, press 0"),
    ("Old number 138****1234", "Old number 1 3 8, four hidden digits, 1 2 3 4"),
    ("Do it by 2027-03-01.", "Do it by 1 March 2027."),
    ("Tap “Change number”", "Tap Change number"),
])
def test_english_is_written_to_be_heard(text, heard):
    assert spoken(text, "en") == heard


def test_no_symbol_is_left_for_the_voice():
    heard = spoken("⚠ 第 1 步：打开 App → 我的 > 设置（右上角 ☰）“安全” ☐ ★ 138****1234", "zh")
    for symbol in "→>（）()“”☐★*⚠":
        assert symbol not in heard
    assert "然后" in heard


@pytest.mark.parametrize(("n", "words"), [(0, "零"), (10, "十"), (15, "十五"), (20, "二十"), (101, "一百零一"),
                                         (110, "一百一十"), (2000, "两千"), (2005, "两千零五"),
                                         (9999, "九千九百九十九"), (10000, "一万"), (12000, "一万两千")])
def test_chinese_numbers(n, words):
    assert zh_number(n) == words


def test_item_script_reads_name_reason_steps_then_what_to_say():
    script = item_script("zh", "支付宝", "它绑着您的钱。", ["打开支付宝 → 我的", "拨打 95188"], "我要换绑手机号。")
    assert script == (
        Utterance("支付宝"),
        Utterance("它绑着您的钱。"),
        Utterance("第一步，打开支付宝，然后我的", 0),
        Utterance("第二步，拨打九五幺八八", 1),
        Utterance("怎么说：我要换绑手机号。"),
    )
    english = item_script("en", "Alipay", "", ["Open Alipay"], "")
    assert english == (Utterance("Alipay"), Utterance("Step 1. Open Alipay", 0))


def test_help_script_reads_tip_hotline_and_what_to_say():
    script = help_script("zh", "遇到困难？还可以这样办：", "请家人帮忙。", "95588", "我的旧号码停用了。")
    assert [u.text for u in script] == ["遇到困难？还可以这样办：", "请家人帮忙。", "客服电话：九五五八八",
                                        "怎么说：我的旧号码停用了。"]
    assert all(u.step is None for u in script)


ESPEAK = [("Bishnupriya Manipuri", "C"), ("Chinese (Mandarin, latin as English)+Alex", "C"), ("Hakka Chinese", "C"),
           ("Chinese (Mandarin, latin as English)", "C"), ("Chinese (Mandarin, latin as Pinyin)", "C")]


def test_mandarin_voice_by_name_when_the_locale_says_nothing():
    assert ESPEAK[pick_voice("zh", ESPEAK)][0] == "Chinese (Mandarin, latin as English)"
    assert pick_voice("en", ESPEAK) is None


def test_voice_by_locale_first_never_cantonese():
    windows = [("Microsoft Tracy", "zh_HK"), ("Microsoft Zira", "en_US"), ("Microsoft Huihui", "zh_CN")]
    assert windows[pick_voice("zh", windows)][0] == "Microsoft Huihui"
    assert windows[pick_voice("en", windows)][0] == "Microsoft Zira"
    assert pick_voice("zh", [("Microsoft Tracy", "zh_HK"), ("Sin-ji", "zh_HK")]) is None
    mac = [("Tingting", "zh_CN"), ("Meijia", "zh_TW")]
    assert mac[pick_voice("zh", mac, default="Meijia")][0] == "Meijia"  # the system's own choice, when it fits
    assert pick_voice("zh", [("Bob", "en_GB"), ("Anne", "en_GB")]) is None  # Qt's mock engine


@pytest.mark.parametrize(("platform", "words"), [("win32", "时间和语言 → 语音"), ("darwin", "辅助功能 → 朗读内容"),
                                                 ("linux", "speech-dispatcher、espeak-ng")])
def test_no_voice_says_how_to_get_one_here(platform, words):
    text = message(no_voice_code(platform), "zh", language="中文")
    assert words in text
    assert "中文" in text
