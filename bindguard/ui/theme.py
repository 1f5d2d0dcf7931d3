"""Fonts and colours. Sizes are in points scaled from the system font, never px (code-anchors §8.5).

Large-text mode (PRODUCT.md §7): body text >= 18 pt, main buttons >= 60x60 px, line spacing >= 1.3x.
The palette is forced light app-wide: a dark system theme would otherwise give dark text on a
dark window in places the stylesheet does not reach. Every text/background pair below is listed in
CONTRAST_PAIRS and checked by a test to be at least 4.5:1 (tests/helpers/contrast.py).
"""

from __future__ import annotations

import html

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# The font choice lives in fonts.py (QtGui only, so printing needs no QtWidgets); re-exported here.
from bindguard.ui.fonts import chinese_families, cjk_family, load_bundled_font  # noqa: F401

NORMAL_PT = 12.0
LARGE_PT = 18.0
LINE_HEIGHT = 135  # percent, for multi-line text (PRODUCT.md §7: at least 1.3x)

ACCENT = "#1f5fa8"  # 6.4:1 on white; the only accent colour
TEXT = "#1a1a1a"
MUTED = "#3d4a57"
WINDOW = "#ffffff"
SIDEBAR = "#eef3f9"
CARD_BORDER = "#8a9bb0"
FOCUS = "#c2410c"  # 5.2:1 on white: the keyboard focus ring
ERROR = "#a4000f"
MONEY_TEXT, MONEY_BG = "#6b4a00", "#fff4d6"
INFO_TEXT, INFO_BG = ACCENT, "#e6f0fb"
OK_TEXT, OK_BG = "#1e6b34", "#e8f5ec"
DISABLED_TEXT, DISABLED_BG = "#5c6166", "#f0f0f0"

CONTRAST_PAIRS: tuple[tuple[str, str], ...] = (
    (TEXT, WINDOW), (ACCENT, WINDOW), (WINDOW, ACCENT), (MUTED, WINDOW), (MUTED, SIDEBAR), (TEXT, SIDEBAR),
    (FOCUS, WINDOW), (ERROR, WINDOW), (MONEY_TEXT, MONEY_BG), (INFO_TEXT, INFO_BG), (OK_TEXT, OK_BG),
    (DISABLED_TEXT, DISABLED_BG), (ACCENT, SIDEBAR),
)

# The focus ring is 3 px where the plain border is 2 px (or none): every focus rule takes the extra
# pixel back from the padding, so a button, box or field keeps its size when it gets the focus (a
# clicked status button grew 2 px and its neighbours moved under the pointer).
_STYLE = """
QWidget {{ color: {text}; }}
QMainWindow, QWidget#wizardCentral, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {window}; }}
QListWidget#stepList {{ background: {sidebar}; border: none; padding: 12px; }}
QListWidget#stepList::item {{ padding: 8px 4px; min-height: 0px; }}
QLabel#pageTitle {{ font-size: {title}pt; font-weight: 700; }}
QLabel#stepCounter, QLabel.muted {{ color: {muted}; }}
QLabel.section {{ font-size: {section}pt; font-weight: 600; margin-top: 8px; }}
QLabel.error {{ color: {error}; font-weight: 600; }}
QLabel.ok {{ color: {ok_text}; background: {ok_bg}; border-radius: 6px; padding: 4px 8px; }}
QLabel.badgeMoney {{ color: {money_text}; background: {money_bg}; border-radius: 6px; padding: 2px 8px; }}
QLabel.badgeInfo {{ color: {info_text}; background: {info_bg}; border-radius: 6px; padding: 2px 8px; }}
QFrame.card {{ background: {window}; border: 2px solid {card_border}; border-radius: 12px; }}
QFrame.card[checked="true"] {{ border: 3px solid {accent}; background: {sidebar}; }}
QFrame.notice {{ background: {info_bg}; border-radius: 10px; }}
QLabel.notice {{ background: {info_bg}; border-radius: 8px; padding: 8px 12px; }}
QFrame.warning {{ background: {money_bg}; border-radius: 10px; }}
QPushButton {{ min-height: {button}px; min-width: {button}px; padding: 4px 18px;
              border: 2px solid {accent}; border-radius: 8px; background: {window}; color: {accent}; }}
QPushButton:default, QPushButton#nextButton {{
              background: {accent}; color: {window}; }}
QPushButton:disabled, QPushButton#nextButton:disabled {{
              border-color: #8a8f94; color: {disabled_text}; background: {disabled_bg}; }}
QPushButton:focus {{ outline: none; border: 3px solid {focus}; padding: 3px 17px; }}
QWidget#page_work QPushButton, QWidget#workFooter QPushButton, QWidget#page_banks QPushButton {{
              min-height: {work_button}px; }}
QPushButton.status, QPushButton.status:default {{ background: {window}; color: {accent}; }}
QPushButton.status:checked, QPushButton.status:checked:default {{ background: {accent}; color: {window}; }}
QPushButton.status:focus {{ border: 3px solid {focus}; padding: 3px 17px; }}
QPushButton.stepper {{ padding: 2px 4px; font-size: {section}pt; font-weight: 700; }}
QPushButton.stepper:focus {{ padding: 1px 3px; }}
QSpinBox {{ min-height: {field}px; min-width: {spin}px; padding: 2px 8px; border: 2px solid {card_border};
            border-radius: 6px; background: {window}; }}
QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border; width: 0px; border: none; }}
QLineEdit, QPlainTextEdit, QDateEdit, QComboBox {{
              min-height: {field}px; border: 2px solid {card_border}; border-radius: 6px; padding: 2px 8px;
              background: {window}; }}
QPlainTextEdit:disabled {{ background: {disabled_bg}; color: {disabled_text}; border-color: #8a8f94; }}
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QDateEdit:focus, QComboBox:focus {{
              border: 3px solid {focus}; padding: 1px 7px; }}
QListWidget:focus {{ border: 3px solid {focus}; }}
QCheckBox:focus, QRadioButton:focus {{ outline: none; border: 3px solid {focus}; border-radius: 6px; padding: 1px; }}
QLabel:focus {{ border: 3px solid {focus}; border-radius: 6px; }}
QCheckBox, QRadioButton {{ padding: 1px; border: 3px solid transparent; spacing: 10px; min-height: {target}px; }}
QCheckBox::indicator, QRadioButton::indicator, QListWidget::indicator {{
              width: {indicator}px; height: {indicator}px; }}
QListWidget::item {{ min-height: {row}px; }}
QListWidget#stepList::item {{ min-height: 0px; }}
QListWidget::item:selected {{ background: {sidebar}; color: {text}; border: 3px solid {accent}; }}
QListWidget {{ border: 2px solid {card_border}; border-radius: 6px; }}
"""


# A page's one main action (widgets/page_body.set_primary), set on the button itself.
PRIMARY_BUTTON = (f"QPushButton {{ background: {ACCENT}; color: {WINDOW}; }} "
                  f"QPushButton:disabled {{ border-color: #8a8f94; color: {DISABLED_TEXT}; "
                  f"background: {DISABLED_BG}; }}")


def para(text: str) -> str:
    """Plain text as rich text with generous line spacing (QLabel has no line-height property)."""
    body = html.escape(text).replace("\n", "<br>")
    return f'<p style="line-height:{LINE_HEIGHT}%; margin:0">{body}</p>'


def light_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, WINDOW), (role.WindowText, TEXT), (role.Base, WINDOW),
                      (role.AlternateBase, SIDEBAR), (role.Text, TEXT), (role.Button, WINDOW),
                      (role.ButtonText, TEXT), (role.Highlight, ACCENT), (role.HighlightedText, WINDOW),
                      (role.ToolTipBase, WINDOW), (role.ToolTipText, TEXT), (role.PlaceholderText, MUTED),
                      (role.Link, ACCENT), (role.BrightText, WINDOW)):
        palette.setColor(r, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(DISABLED_TEXT))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(DISABLED_TEXT))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(DISABLED_TEXT))
    return palette


TARGET_PX = 60  # in large text every control she clicks is at least this tall (适老化; issue 20)


def row_height(points: float, rows: float) -> int:
    """A list row `rows` text heights tall, never below TARGET_PX in large text."""
    return max(round(points * rows), TARGET_PX if points >= LARGE_PT else 0)


def apply(app: QApplication, large_text: bool) -> None:
    points = LARGE_PT if large_text else NORMAL_PT
    font = QFont(app.font())
    chinese = chinese_families()
    if chinese:
        font.setFamilies([font.family(), *chinese])
    font.setPointSizeF(points)
    app.setPalette(light_palette())
    app.setFont(font)
    button = 60 if large_text else 44
    app.setStyleSheet(_STYLE.format(
        text=TEXT, accent=ACCENT, button=button, title=round(points * 1.5), section=round(points * 1.15),
        window=WINDOW, sidebar=SIDEBAR, muted=MUTED, error=ERROR, focus=FOCUS, card_border=CARD_BORDER,
        money_text=MONEY_TEXT, money_bg=MONEY_BG, info_text=INFO_TEXT, info_bg=INFO_BG, ok_text=OK_TEXT,
        ok_bg=OK_BG, disabled_text=DISABLED_TEXT, disabled_bg=DISABLED_BG, field=button - 8,
        # the work and bank pages' buttons are TARGET_PX tall in all, padding and border included (not 72):
        # in large text their first screen holds the item and its status buttons, the card's digits and
        # type (issue 20)
        work_button=TARGET_PX - 12 if large_text else button,
        indicator=round(points * 1.4), spin=round(points * 7),
        # what she clicks is at least 60 px tall in large text (适老化, issue 20): the content box
        # less the 3 px border and 1 px padding a side of a check box or radio button
        target=52 if large_text else 0, row=TARGET_PX if large_text else 0))
