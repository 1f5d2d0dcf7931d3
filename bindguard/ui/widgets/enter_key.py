"""Enter in a single-line field (issue 20's walk: she typed the name for whom the list is, pressed
Enter, and nothing happened; older users press Enter after typing).

The rule, in one place (the frame calls `after_enter`): Enter moves to the next field of the page,
and on the page's last field acts as 下一步. A field with a button of its own (the card digits ->
添加这张卡, 列表里没有？ -> 添加, the search boxes) keeps Enter for that: the page says so with
`enter_presses`, and the frame leaves it alone (the field's own returnPressed acts, once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget

OWN_ENTER = "enterHasItsOwnButton"  # the property marking a field whose Enter presses its own button


def enter_presses(edit: QLineEdit, action: Callable[[], object]) -> None:
    """Enter in `edit` does `action` (its own button's), not the page's next field or 下一步."""
    edit.setProperty(OWN_ENTER, True)
    edit.returnPressed.connect(action)


def _field(widget: QWidget | None) -> bool:
    """A single-line field she types into (not the text part of a spin box or a combo box)."""
    return (isinstance(widget, QLineEdit) and not widget.isReadOnly()
            and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)))


def next_field(page: QWidget, edit: QLineEdit) -> QLineEdit | None:
    """The next field of the page after `edit` in the Tab order, or None when `edit` is the last: the
    chain leaving the page (to the frame's 上一步 / 下一步) ends the page's fields."""
    widget = edit.nextInFocusChain()
    while widget is not None and widget is not edit and page.isAncestorOf(widget):
        if (_field(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and int(widget.focusPolicy().value) & int(Qt.FocusPolicy.TabFocus.value)):
            return widget
        widget = widget.nextInFocusChain()
    return None


def after_enter(page: QWidget, focus: QWidget | None, go_next: Callable[[], object]) -> bool:
    """Enter was pressed with `focus` on the current `page`: True when the rule took it (the next
    field has the focus, or 下一步 was asked), False when it is not a field or the field has its own
    button."""
    if not _field(focus) or not page.isAncestorOf(focus) or focus.property(OWN_ENTER):
        return False
    following = next_field(page, focus)
    if following is not None:
        following.setFocus(Qt.FocusReason.TabFocusReason)
        return True
    go_next()  # as the 下一步 button: the page's own checks and messages, once
    return True
