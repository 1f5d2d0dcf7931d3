"""A button that opens and closes a part of the page in place: "▸ 一证通查2.0（互联网账号）" closed,
"▾ …" open (issue 20: a page shows one line per thing, the details on demand).

A checkable push button whose words wrap onto more lines instead of widening the page (a long
English name): the text is a word-wrapped label inside it, laid out by the button's own layout, and
the button reports a height for its width. It is as tall as every other button (60 px in large
text, theme.py), so it is an easy target; Space, Enter or a click opens and closes it. An optional
second line under the words says more in plain words (先查一查: what each service finds).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class Disclosure(QPushButton):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setCheckable(True)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}_text")
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setStyleSheet("background: transparent; border: none;")
        self.line = QLabel(self)  # the second line, e.g. what a service finds; hidden when empty
        self.line.setObjectName(f"{name}_line")
        self.line.setWordWrap(True)
        self.line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.line.setStyleSheet("background: transparent; border: none;")
        self.line.setContentsMargins(22, 0, 0, 0)  # under the words, past the ▸ mark
        self.line.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(self.line)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._words = ""
        self.toggled.connect(self._show_state)

    def set_words(self, words: str, line: str = "") -> None:
        """Its words (without the ▸/▾ mark, which shows whether it is open), and an optional second
        line under them: then the words are bold (the caller puts the line in the accessible name or
        description, in its own language's punctuation)."""
        self._words = words
        self.line.setText(line)
        self.line.setVisible(bool(line))
        font = self.label.font()
        font.setBold(bool(line))
        self.label.setFont(font)
        self.setAccessibleName(words)
        self._show_state(self.isChecked())

    def second_line(self) -> str:
        return self.line.text()

    def words(self) -> str:
        return self._words

    def _show_state(self, on: bool) -> None:
        self.label.setText(("▾ " if on else "▸ ") + self._words)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        least = self.layout().totalMinimumSize()
        return QSize(least.width(), max(least.height(), self.minimumHeight()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.layout().totalHeightForWidth(width), self.minimumHeight())
