"""Which Chinese font to use, and the bundled one when the system has none (resources/fonts).

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
    """A family that has Chinese glyphs: the system's (Simplified Chinese preferred), or the
    bundled subset, registered only now because the system has none."""
    for wanted in PREFERRED_CJK:  # by name first: the usual case, and no WritingSystem enums at start-up
        if QFontDatabase.hasFamily(wanted):
            return wanted
    families = [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese) if f]
    simplified = [f for f in families if f.endswith((" SC", " GB")) or "YaHei" in f]
    if simplified or families:
        return (simplified or families)[0]
    return load_bundled_font()


_bundled: list[str | None] = []


def load_bundled_font() -> str | None:
    """Register resources/fonts' Chinese subset (once) and return its family name. The PDF always
    uses it: a font that also maps Kangxi radicals makes copied PDF text come out as ⽤ for 用."""
    if _bundled:
        return _bundled[0]
    folder = resource_path("fonts")
    family = None
    for path in sorted(folder.glob("*.otf")) + sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
            break
    _bundled.append(family)
    return family
