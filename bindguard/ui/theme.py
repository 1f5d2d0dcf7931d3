"""Fonts and colours. Sizes are in points scaled from the system font, never px (code-anchors §8.5).

Large-text mode (PRODUCT.md §7): body text >= 18 pt, main buttons >= 60x60 px, line spacing >= 1.3x.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

# The font choice lives in fonts.py (QtGui only, so printing needs no QtWidgets); re-exported here.
from bindguard.ui.fonts import cjk_family, load_bundled_font  # noqa: F401

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
