"""A large radio card: a radio button with a bold title and a wrapped one-line explanation below.

Clicking anywhere on the card selects it; the arrow keys move to and choose the cards of one
QButtonGroup (widgets/option_group.py), Space selects.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from bindguard.ui import theme
from bindguard.ui.widgets.wrap_button import WrapRadioButton


class RadioCard(QFrame):
    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setProperty("class", "card")
        self.setProperty("checked", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 6)  # the radio button is 60 px tall in large text already
        layout.setSpacing(0)
        self.radio = WrapRadioButton(self)
        self.radio.setObjectName(f"radio_{value}")
        font = self.radio.font()
        font.setBold(True)
        self.radio.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setProperty("class", "muted")
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setContentsMargins(34, 0, 0, 0)
        layout.addWidget(self.radio)
        layout.addWidget(self.explanation)
        self.radio.toggled.connect(self._show_checked)

    def set_texts(self, title: str, explanation: str) -> None:
        self.radio.setText(title)
        self.explanation.setText(theme.para(explanation))
        self.radio.setAccessibleName(title)
        self.radio.setAccessibleDescription(explanation)

    def _show_checked(self, on: bool) -> None:
        self.setProperty("checked", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.radio.setChecked(True)
        self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)
