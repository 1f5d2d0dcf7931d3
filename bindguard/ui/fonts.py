"""Which Chinese font to use: the bundled subset (resources/fonts) first, on screen and on paper.

Why the bundled one even where the system has a Chinese font: it is the same design as Noto Sans CJK SC,
covers all of GB2312 and every character the app shows, and costs far less memory than a system CJK
collection (measured: peak RSS at start-up 83 -> 73 MiB in Chinese, 77 -> 72 MiB in English, with
Debian's 20 MB NotoSansCJK .ttc). It also gives every system the same look, as on the printout.
The system's Chinese font stays behind it for rarer characters a user types (names, notes).

Kept apart from theme.py so that printing and `bindguard export` need only QtGui, not QtWidgets
(about 0.1 s of start-up for the headless export).
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from bindguard.resources import resource_path

# Simplified Chinese faces first: a CJK family for Japanese or Hong Kong draws some hanzi differently.
PREFERRED_CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                 "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC")


def cjk_family() -> str | None:
    """The Chinese font the app uses: the bundled subset, or the system's if it cannot be loaded."""
    return load_bundled_font() or system_cjk_family()


def chinese_families() -> list[str]:
    """The Chinese fonts to list after a Latin one, in order: the bundled subset, then the system's."""
    return [f for f in dict.fromkeys((load_bundled_font(), system_cjk_family())) if f]


def system_cjk_family() -> str | None:
    """The system's family with Chinese glyphs (Simplified Chinese preferred), or None."""
    for wanted in PREFERRED_CJK:  # by name first: the usual case, and no WritingSystem enums at start-up
        if QFontDatabase.hasFamily(wanted):
            return wanted
    families = [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese) if f]
    simplified = [f for f in families if f.endswith((" SC", " GB")) or "YaHei" in f]
    if simplified or families:
        return (simplified or families)[0]
    return None


_bundled: list[str | None] = []


def load_bundled_font() -> str | None:
    """Register resources/fonts' Chinese subset (once: its Regular and its Bold, one family) and
    return its family name. The PDF always uses it: a font that also maps Kangxi radicals makes
    copied PDF text come out as ⽤ for 用. The Bold is a face of its own: with the Regular alone Qt
    thickened it for every heading, smudged in the print preview and on rasterising printers."""
    if _bundled:
        return _bundled[0]
    folder = resource_path("fonts")
    family = None
    for path in sorted(folder.glob("*.otf")) + sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    _bundled.append(family)
    return family
