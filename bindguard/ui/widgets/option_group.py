"""A group of options (radio buttons) that behaves as a choice of options does anywhere else, on
Windows or in a web form (issue 20 point 5, the walk at 1024x768 large text):

- Tab enters the group AT the chosen option (the first when none is chosen), Shift+Tab too;
- the arrow keys move AND choose: to the option that lies that way (the four situation cards lie two
  a row), else the next (Down/Right) or the one before (Up/Left), round the end; the option is
  clicked, so the page saves it as it saves a click;
- Tab leaves the group.

Qt's own rule differs: Tab enters at the option last focused (on 您的情况 it landed on 只做最要紧的
with 全面检查 ticked), and the arrows choose only once the focused option is ticked (they moved the
focus between the doors without choosing). The frame scrolls the focus into view (ui/wizard.py).

The one home for the rule: every page makes its QButtonGroup, adds its buttons, then calls
`option_group(group)`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup

_NEXT = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}


class OptionGroup(QObject):
    """The keyboard rule for one QButtonGroup (kept alive as the group's child)."""

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self.group = group
        for button in group.buttons():
            button.installEventFilter(self)
        group.buttonToggled.connect(self._tab_stop)
        self._tab_stop()

    def entry(self) -> QAbstractButton | None:
        """Where Tab enters the group: the chosen option, or the first one that can be chosen."""
        checked = self.group.checkedButton()
        if checked is not None and checked.isEnabled():
            return checked
        return next((b for b in self.group.buttons() if b.isEnabled()), None)

    def _tab_stop(self, *_args: object) -> None:
        """One Tab stop in the group, on `entry` (the others are reached by the arrow keys or a click)."""
        entry = self.entry()
        for button in self.group.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is entry else Qt.FocusPolicy.ClickFocus)

    def _choose(self, button: QAbstractButton, key: Qt.Key) -> None:
        options = [b for b in self.group.buttons() if b.isEnabled() and b.isVisible()]
        if button not in options or len(options) < 2:
            return
        step = _NEXT[key]
        target = _that_way(button, [b for b in options if b is not button], key) or \
            options[(options.index(button) + step) % len(options)]
        target.setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
        if not target.isChecked():
            target.click()  # chosen as a click chooses it: toggled and clicked, the page saves it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            mods = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            key = Qt.Key(key_event.key())
            if key in _NEXT and mods == Qt.KeyboardModifier.NoModifier:
                self._choose(watched, key)
                return True
        elif event.type() == QEvent.Type.FocusOut:
            # Qt gives the Tab stop to the option last focused (QAbstractButton::focusInEvent): put it
            # back on the chosen one before she can Tab into the group again
            self._tab_stop()
        return super().eventFilter(watched, event)


def _rect(button: QAbstractButton) -> QRect:
    return QRect(button.mapToGlobal(QPoint(0, 0)), button.size())


def _that_way(button: QAbstractButton, others: list[QAbstractButton], key: Qt.Key) -> QAbstractButton | None:
    """The nearest option in the arrow's direction, in the same row (Left/Right) or column (Up/Down)."""
    here = _rect(button)
    found: list[tuple[int, QAbstractButton]] = []
    for other in others:
        there = _rect(other)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            same_line = there.top() <= here.bottom() and here.top() <= there.bottom()
            gap = there.center().x() - here.center().x()
        else:
            same_line = there.left() <= here.right() and here.left() <= there.right()
            gap = there.center().y() - here.center().y()
        if same_line and gap * _NEXT[key] > 0:
            found.append((abs(gap), other))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def option_group(group: QButtonGroup) -> OptionGroup:
    """Make `group` (its buttons already added) behave as a choice of options; see the module."""
    return OptionGroup(group)
