"""Read aloud (朗读, issue 25): what the button reads, written to be heard, and which voice reads it.

Plain Python, no Qt. The screen's text is written to be seen: arrows between menu names, 138****1234,
95588, 2027-03-01, brackets and quotes. A voice reads those as symbols, as "ninety-five thousand…" or
not at all, so `spoken()` rewrites a line the way a person would say it: 然后 for an arrow, a hotline
digit by digit (幺 for 1, as said on the phone), a date as a date, a masked number as its two ends, no
brackets or quotes. `item_script()` and `help_script()` build the lines read, one per step so the page
can mark the step being read; `pick_voice()` chooses a voice for the page's language by its locale, else
by its name (espeak-ng lists its Mandarin voice under the "C" locale, not Chinese).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bindguard.core.text import Text

ZH_DIGITS = "零一二三四五六七八九"
PHONE_DIGITS = "零幺二三四五六七八九"  # a number said digit by digit: 1 is 幺 (yāo), as on the phone
ZERO = "\u3007"  # the zero of a year said digit by digit (only spoken: the screen font need not have it)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MEASURES = "个张次位种天周项步家份条"  # 2 before these is 两 (两张卡), elsewhere 二 (第二步, 二月)

WHAT_TO_SAY = Text("怎么说：", "What to say: ")
HOTLINE = Text("客服电话：", "Hotline: ")
HIDDEN = Text("，中间四位隐藏，", ", four hidden digits, ")
THEN = Text("，然后", ", then ")


def _chinese(lang: str) -> bool:
    """Whether `lang` is read as Chinese (core.text picks the language; no code is compared here)."""
    return bool(Text("1", "").get(lang))


@dataclass(frozen=True)
class Utterance:
    """One line handed to the voice; `step` is the 0-based step of the first way it reads, else None."""

    text: str
    step: int | None = None


def _digits(run: str, lang: str) -> str:
    digits = [c for c in run if c.isdigit()]
    return "".join(PHONE_DIGITS[int(c)] for c in digits) if _chinese(lang) else " ".join(digits)


def zh_number(n: int) -> str:
    """A quantity below 100 000 000 as it is said: 90 → 九十, 105 → 一百零五, 2000 → 两千, 10 → 十."""
    if n == 0:
        return "零"
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = zh_number(low) if low else ""
        return zh_number(high) + "万" + ("零" + rest if 0 < low < 1000 else rest)
    words, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit == 0:
            zero = bool(words)
            continue
        if zero:
            words.append("零")
            zero = False
        if digit == 2 and unit in ("千", "百") and not words:
            words.append("两" + unit)
        elif digit == 1 and unit == "十" and not words:
            words.append("十")
        else:
            words.append(ZH_DIGITS[digit] + unit)
    return "".join(words)


def _date(lang: str, year: str, month: str, day: str) -> str:
    y, m, d = int(year), int(month), int(day)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return f"{year} {month} {day}"
    if _chinese(lang):
        return "".join(ZH_DIGITS[int(c)] for c in year).replace("零", ZERO) + f"年{zh_number(m)}月{zh_number(d)}日"
    return f"{d} {MONTHS[m - 1]} {y}"


_ARROW = re.compile(r"\s*(?:→|\u21d2|\u2794|\u279c|->|=>|＞|\u203a|\u00bb|(?<=\s)>(?=\s))\s*")
_DATE = re.compile(r"(?<!\d)(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*日)?(?!\d)")
_MASKED = re.compile(r"(?<!\d)(\d{3})\s*[*＊•●]{4}\s*(\d{4})(?!\d)")
_TAIL = re.compile(r"(尾号|后四位|后 4 位|后4位|ending|last 4 digits)\s*(\d{4})(?!\d)")
_GROUPED = re.compile(r"(?<![\d.])\+?\d+(?:[-\s]\d+)+(?![\d.])")  # 400-820-8888, 138 0013 8000
_LONG = re.compile(r"(?<![\d.])\d{5,}(?![\d.])")  # 95588, 12306: digit by digit
_YEAR = re.compile(r"(?<!\d)(\d{4})(?=\s*年)")
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[%％]")
_DECIMAL = re.compile(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])")
_NUMBER = re.compile(r"(?<!\d)\d{1,4}(?!\d)")
_QUOTES = re.compile(r"[“”‘’\"'「」『』《》〈〉]")
_OPEN = re.compile(r"\s*[（(【\[〔]\s*")
_CLOSE = re.compile(r"\s*[）)】\]〕]\s*")
_SYMBOLS = re.compile(r"[☐☑✓✔✗✘⚠☎★☆•·◆◇▶►\u25c0■□●○※#＊*~～_|^]")
_ZH_PUNCT_RUN = re.compile(r"[，、；：。！？,;:\s]*[，、；：。！？,;:][，、；：。！？,;:\s]*")
_EN_PUNCT_RUN = re.compile(r"[\s,;:]*[,;:][\s,;:]*(?=[.!?])|(?<=[,;:])[\s,;:]*[,;:]")
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3])[:：]([0-5]\d)(?![\d:])")
_MONEY = re.compile(r"[¥￥]\s*(\d+(?:\.\d+)?)")
_RANGE = re.compile(r"(?<=[\d点分])\s*[-–~～]\s*(?=\d)")


def _zh_cardinal(match: re.Match) -> str:
    number = int(match.group(0))
    after = match.string[match.end():].lstrip()[:1]
    before = match.string[:match.start()].rstrip()[-1:]
    if number == 2 and after and after in MEASURES and before != "第":  # 两张卡, but 第二步
        return "两"
    return zh_number(number)


def spoken(text: str, lang: str) -> str:
    """`text` as a voice should be given it in `lang` (see the module's docstring)."""
    zh = _chinese(lang)
    out = _ARROW.sub(THEN.get(lang), text)
    out = _DATE.sub(lambda m: _date(lang, *m.groups()), out)
    out = _MASKED.sub(lambda m: _digits(m.group(1), lang) + HIDDEN.get(lang) + _digits(m.group(2), lang), out)
    out = _TAIL.sub(lambda m: f"{m.group(1)} {_digits(m.group(2), lang)}", out)
    out = _GROUPED.sub(lambda m: _grouped(m.group(0), lang), out)
    out = _LONG.sub(lambda m: _digits(m.group(0), lang), out)
    if zh:  # 9:00 → 九点, 18:30 → 十八点三十分
        out = _TIME.sub(lambda m: f"{m.group(1)}点" + (f"{m.group(2)}分" if m.group(2) != "00" else ""), out)
    out = _MONEY.sub(r"\1元" if zh else r"\1 yuan", out)
    out = _RANGE.sub("到" if zh else " to ", out)  # 3-5 天
    if zh:
        out = _YEAR.sub(lambda m: "".join(ZH_DIGITS[int(c)] for c in m.group(1)).replace("零", ZERO), out)
        out = _PERCENT.sub(lambda m: "百分之" + m.group(1), out)
        out = _DECIMAL.sub(lambda m: zh_number(int(m.group(1))) + "点" + "".join(ZH_DIGITS[int(c)] for c in m.group(2)),
                           out)
        out = _NUMBER.sub(_zh_cardinal, out)
    else:
        out = _PERCENT.sub(lambda m: m.group(1) + " percent", out)
        out = out.replace("&", " and ")
    out = out.replace("/", "或" if zh else " or ").replace("…", "，" if zh else ", ")
    out = _QUOTES.sub("", out)
    out = _OPEN.sub("，" if zh else ", ", out)
    out = _CLOSE.sub("，" if zh else ", ", out)
    out = _SYMBOLS.sub(" ", out)
    if zh:
        out = re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", out)  # no gaps between Chinese words
        out = _ZH_PUNCT_RUN.sub(lambda m: _strongest(m.group(0)), out)
    else:
        out = _EN_PUNCT_RUN.sub("", out)
    out = " ".join(out.split())
    return out.lstrip("，、；：。,;:. ").rstrip("，、,; ")


def _grouped(run: str, lang: str) -> str:
    """400-820-8888 as three groups of digits with a pause between; fewer than 5 digits stay as they are."""
    groups = [g for g in re.split(r"[-\s]+", run) if g.strip("+")]
    if sum(len(g.strip("+")) for g in groups) < 5:
        return run
    return ("，" if _chinese(lang) else ", ").join(_digits(g, lang) for g in groups)


def _strongest(run: str) -> str:
    """A run of marks and spaces (left by dropped brackets and symbols) as its one strongest mark."""
    for marks, mark in (("。", "。"), ("！", "！"), ("？", "？"), ("；;", "；"), ("：:", "："), ("，,", "，")):
        if any(m in run for m in marks):
            return mark
    return "、"


def step_intro(index: int, lang: str) -> str:
    """What is said before step `index` (0-based): 第一步， / Step 1."""
    return f"第{zh_number(index + 1)}步，" if _chinese(lang) else f"Step {index + 1}. "


def item_script(lang: str, name: str, reason: str, steps: Sequence[str], say: str) -> tuple[Utterance, ...]:
    """What 朗读 reads for an item: its name, why it matters, the first way's steps one by one (each
    marked with its step), then what to say. Empty parts are left out."""
    lines = [Utterance(spoken(name, lang)), Utterance(spoken(reason, lang))]
    lines += [Utterance(step_intro(i, lang) + spoken(step, lang), i) for i, step in enumerate(steps)]
    if say.strip():
        lines.append(Utterance(WHAT_TO_SAY.get(lang) + spoken(say, lang)))
    return tuple(u for u in lines if u.text.strip("，。 .,"))


def help_script(lang: str, heading: str, tip: str, hotline: str, say: str) -> tuple[Utterance, ...]:
    """What 朗读 reads in 遇到困难's help: the heading, the tip, the hotline, what to say."""
    lines = [Utterance(spoken(heading, lang)), Utterance(spoken(tip, lang))]
    if hotline.strip():
        lines.append(Utterance(HOTLINE.get(lang) + spoken(hotline, lang)))
    if say.strip():
        lines.append(Utterance(WHAT_TO_SAY.get(lang) + spoken(say, lang)))
    return tuple(u for u in lines if u.text.strip("，。 .,"))


# -- voices ------------------------------------------------------------------------------------

_NOT_MANDARIN = ("cantonese", "hakka", "yue", "min nan", "wu", "粤", "客家")


def _is_mandarin(name: str, locale: str) -> bool:
    low = name.lower()
    if any(word in low for word in _NOT_MANDARIN) or locale.lower().startswith("zh_hk"):
        return False
    return locale.lower().startswith("zh") or "mandarin" in low or "普通话" in name or "中文" in name


def pick_voice(lang: str, voices: Sequence[tuple[str, str]], default: str = "") -> int | None:
    """The index in `voices` ((name, locale name) pairs) of the voice to read `lang` with, or None.

    Chinese: a Mandarin voice, by its locale (zh_CN first, then zh_TW, zh_SG; never Cantonese zh_HK), else by
    its name (espeak-ng: "Chinese (Mandarin, latin as English)" under the "C" locale; it reads the Latin
    letters of app names as English). English: an en_* voice by locale, else one named English. The system's
    own voice (`default`) wins when it fits; a plain voice wins over its variants ("…+Alex")."""
    zh = _chinese(lang)

    def score(item: tuple[int, tuple[str, str]]) -> tuple:
        index, (name, locale) = item
        loc = locale.lower()
        if zh:
            region = next((r for r, prefix in enumerate(("zh_cn", "zh_tw", "zh_sg", "zh")) if loc.startswith(prefix)),
                          4)
            latin = 0 if "latin as english" in name.lower() else 1
            return (name != default, region, latin, "+" in name, index)
        region = next((r for r, prefix in enumerate(("en_us", "en_gb", "en")) if loc.startswith(prefix)), 3)
        return (name != default, region, "+" in name, index)

    if zh:
        fits = [(i, v) for i, v in enumerate(voices) if _is_mandarin(*v)]
    else:
        fits = [(i, v) for i, v in enumerate(voices)
                if v[1].lower().startswith("en") or v[0].lower().startswith("english")]
    return min(fits, key=score)[0] if fits else None


def no_voice_code(platform: str) -> str:
    """The message code (core/errors.py) that says how to get a voice on this system."""
    if platform.startswith("win"):
        return "speech.no_voice_windows"
    if platform == "darwin":
        return "speech.no_voice_mac"
    return "speech.no_voice_linux"
