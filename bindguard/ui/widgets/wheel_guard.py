"""The wheel scrolls, never changes data (issue 12).

A spin box or combo box never changes its value under the wheel, not even while focused: a page
puts the focus on its first count box itself, and a wheel turn to read on then changed 还没查 to
"1 个" and added an account the user never chose. Over a box the wheel scrolls the page; the value
changes with the minus and plus buttons, the arrow keys or typing. A list inside a page that scrolls takes the
wheel while it can still move that way, then hands it to the page (as a browser does), so the list
can be browsed with the wheel and the page still moves on past it. guard_wheel(page) is called by
the frame each time a page is shown (pages build some widgets in enter()); it is cheap and installs
its filter once per widget. The first page has no box or list to guard before it is shown: the
frame guards it just after (start-up, issue 23), so neither this module nor the wrapping of every
child widget (about 20 of PySide6's Python enum classes) is on the start path.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)

STRONG_FOCUS = 0x0B  # Qt::StrongFocus (Tab and click, not the wheel): see widgets/enum_props.py
_GUARDED = "bindguardWheelGuard"


def page_scroll_area(widget: QWidget) -> QScrollArea | None:
    """The scroll area of the page `widget` is on (the outermost one below the window)."""
    found = None
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found


def scroll_page(area: QScrollArea, event) -> None:
    """Move the page's scroll bar as the wheel would move it."""
    bar = area.verticalScrollBar()
    notches = event.angleDelta().y() / 120
    bar.setValue(round(bar.value() - notches * QApplication.wheelScrollLines() * max(bar.singleStep(), 20)))


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        owner = watched
        if not isinstance(owner, QAbstractSpinBox | QComboBox | QAbstractItemView):
            parent = owner.parentWidget()  # a spin box's line edit, a list's viewport
            owner = parent if isinstance(parent, QAbstractScrollArea | QAbstractSpinBox | QComboBox) else owner
        if not isinstance(owner, QAbstractSpinBox | QComboBox | QAbstractItemView):
            return False
        area = page_scroll_area(owner)  # a box never takes the wheel: the page scrolls
        if isinstance(owner, QAbstractItemView):
            if area is None or area.verticalScrollBar().maximum() == 0:
                return False  # the page does not scroll: the list may
            own = owner.verticalScrollBar()
            down = event.angleDelta().y() < 0
            if (down and own.value() < own.maximum()) or (not down and own.value() > own.minimum()):
                return False  # the list can still move this way: it takes the wheel
        if area is not None:
            scroll_page(area, event)
        event.accept()
        return True


_guard: WheelGuard | None = None


def guard_wheel(page: QWidget) -> None:
    global _guard
    if _guard is None:
        _guard = WheelGuard(QApplication.instance())
    for widget in page.findChildren(QWidget):
        if widget.property(_GUARDED):
            continue
        if isinstance(widget, QAbstractSpinBox | QComboBox):
            widget.setProperty("focusPolicy", STRONG_FOCUS)  # the wheel must not give them focus
            widget.installEventFilter(_guard)
            for inner in widget.findChildren(QWidget):  # the line edit under the pointer gets it first
                inner.installEventFilter(_guard)
        elif isinstance(widget, QAbstractItemView):
            widget.viewport().installEventFilter(_guard)
        else:
            continue
        widget.setProperty(_GUARDED, True)
