"""The four status buttons: 已完成 / 没有这个账号 / 稍后再做 / 遇到困难.

Each is a checkable button with the status mark and word. The chosen one is filled, bold and
ends in ✔; the focused one only gets the focus ring (theme.py), so the two never look alike.
The page saves the status in its handler before returning.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from bindguard.core.checklist import STATUS_MARKS, ItemKind, Status
from bindguard.core.words import status_label

CHOICES = (Status.DONE, Status.NOT_APPLICABLE, Status.LATER, Status.STUCK)


class StatusButton(QPushButton):
    """A status button whose size is always that of its chosen form (bold, ending in ✔): choosing
    one changes no column's width, so no button moves under the pointer."""

    chosen_size: QSize | None = None

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return hint.expandedTo(self.chosen_size) if self.chosen_size is not None else hint


class StatusBar(QWidget):
    status_chosen = Signal(object)  # Status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # No QButtonGroup: Qt lets Tab reach only one checkable button of a group (the arrows move
        # within it), and an older user tabs through all four. show_status() keeps one checked.
        self.buttons: dict[Status, QPushButton] = {}
        for status in CHOICES:
            button = StatusButton(self)
            button.setCheckable(True)
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
            button.setObjectName(f"status_{status.value}")
            button.setProperty("class", "status")  # theme.py: chosen = filled, focused = a ring only
            # toggled, not clicked: a screen reader's action on a checkable button is Toggle, which
            # emits no clicked (walked through the accessibility tree: 已完成 saved nothing)
            button.toggled.connect(lambda _checked=False, s=status: self._toggled(s))
            self.buttons[status] = button
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            index = len(self.buttons) - 1
            layout.addWidget(button, index // 2, index % 2)  # 2 x 2: long Chinese words fit
        self._showing = False  # show_status() checking the buttons itself: no choice of hers
        self.lang = "zh"
        self.kind = ItemKind.PLATFORM  # 没有这个账号 for accounts, 不需要 for cards and steps (core decides)
        self._columns = 2
        self._measured_for: tuple | None = None

    SPACING = 12

    def _text(self, status: Status, chosen: bool) -> str:
        return f"{STATUS_MARKS[status]} {status_label(status, self.kind, self.lang)}{'  ✔' if chosen else ''}"

    def _measure_chosen(self) -> None:
        """Give each button the size of its chosen form (bold, ending in ✔), measured once per
        language, kind of item and text size. The columns are decided on these, so choosing one never
        re-flows the four under the pointer (a row of four became two rows after a click on 已完成,
        and the next click hit another button)."""
        first = self.buttons[CHOICES[0]]
        first.ensurePolished()  # the style sheet's font (before the page is first shown it is not set yet)
        key = (self.lang, self.kind, first.font().pointSizeF(), first.font().family())
        if self._measured_for == key:
            return
        for status, button in self.buttons.items():
            text, font = button.text(), QFont(button.font())
            chosen = QFont(font)
            chosen.setBold(True)
            button.chosen_size = None
            button.setFont(chosen)
            button.setText(self._text(status, True))
            size = button.sizeHint()
            button.setFont(font)
            button.setText(text)
            button.chosen_size = size
            button.updateGeometry()
        self._measured_for = key

    def widest_hint(self, status: Status) -> int:
        self._measure_chosen()
        return self.buttons[status].sizeHint().width()  # a StatusButton's hint is its chosen form's

    def columns_for(self, width: int) -> int:
        """One row of four when they fit, else two rows of two: words are never cut off."""
        needed = sum(self.widest_hint(status) for status in self.buttons) + 3 * self.SPACING
        return 4 if width >= needed else 2

    def resizeEvent(self, event) -> None:
        columns = self.columns_for(event.size().width())
        if columns != self._columns:
            self._columns = columns
            layout = self.layout()
            for index, button in enumerate(self.buttons.values()):
                layout.removeWidget(button)
                layout.addWidget(button, index // columns, index % columns)
            layout.invalidate()
        super().resizeEvent(event)

    def _toggled(self, status: Status) -> None:
        if not self._showing:
            self._choose(status)

    def _choose(self, status: Status) -> None:
        button = self.buttons[status]
        had_focus = button.hasFocus()
        self.show_status(status)
        self.status_chosen.emit(status)
        if had_focus and button.isVisible() and button.isChecked() and not button.hasFocus():
            button.setFocus()  # the page's redraw must not move the user elsewhere

    def show_status(self, status: Status) -> None:
        self._showing = True
        try:
            for choice, button in self.buttons.items():
                button.setChecked(choice is status)
        finally:
            self._showing = False
        for choice, button in self.buttons.items():
            font = button.font()
            font.setBold(choice is status)  # chosen: bold text and the ✔ mark, not colour alone
            button.setFont(font)
            button.setText(self._text(choice, choice is status))
        self._measure_chosen()  # each button's size is its chosen form's, whichever is chosen

    def retranslate(self, lang: str, name: str, status: Status, kind: ItemKind | None = None) -> None:
        self.lang = lang
        if kind is not None:
            self.kind = kind
        for choice, button in self.buttons.items():
            label = status_label(choice, self.kind, lang)
            button.setAccessibleName(label)
            button.setAccessibleDescription(
                QCoreApplication.translate("StatusBar", "Mark “{name}” as: {status}").format(name=name, status=label))
        self.show_status(status)
