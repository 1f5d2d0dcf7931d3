"""Fonts and colours. Sizes are in points scaled from the system font, never px (code-anchors §8.5).

Large-text mode (PRODUCT.md §7): body text >= 18 pt, main buttons >= 60x60 px, line spacing >= 1.3x.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from bindguard.resources import resource_path

NORMAL_PT = 12.0
LARGE_PT = 18.0
ACCENT = "#1f5fa8"  # 6.5:1 on white
TEXT = "#1a1a1a"

_STYLE = """
QWidget {{ color: {text}; }}
QMainWindow, QWidget#wizardCentral {{ background: #ffffff; }}
QListWidget#stepList {{ background: #eef3f9; border: none; padding: 12px; }}
QLabel#pageTitle {{ font-size: {title}pt; font-weight: 600; }}
QLabel#stepCounter {{ color: #3d4a57; }}
QPushButton {{ min-height: {button}px; min-width: {button}px; padding: 4px 18px;
              border: 2px solid {accent}; border-radius: 8px; background: #ffffff; color: {accent}; }}
QPushButton:default, QPushButton#nextButton, QPushButton#startButton {{
              background: {accent}; color: #ffffff; }}
QPushButton:disabled {{ border-color: #8a8f94; color: #5c6166; background: #f0f0f0; }}
QPushButton:focus {{ outline: none; border: 3px solid #e08a00; }}
"""


# Simplified Chinese faces first: a CJK family for Japanese or Hong Kong draws some hanzi differently.
PREFERRED_CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                 "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC")


def cjk_family() -> str | None:
    """A family that has Chinese glyphs: the system's (Simplified Chinese preferred), or the
    bundled subset, registered only now because the system has none."""
    families = [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese) if f]
    for wanted in PREFERRED_CJK:
        if wanted in families:
            return wanted
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


def apply(app: QApplication, large_text: bool) -> None:
    points = LARGE_PT if large_text else NORMAL_PT
    font = QFont(app.font())
    family = cjk_family()
    if family:
        font.setFamilies([font.family(), family])
    font.setPointSizeF(points)
    app.setFont(font)
    button = 60 if large_text else 44
    app.setStyleSheet(_STYLE.format(text=TEXT, accent=ACCENT, button=button, title=round(points * 1.5)))
