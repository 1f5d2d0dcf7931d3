"""The wheel scrolls the page, never data (issue 12).

A spin box or combo box changes its value under the wheel only while the user has focused it (a
click or Tab); otherwise the wheel scrolls the page it sits on. Lists inside a page that scrolls
leave the wheel to the page too, so the page moves as one under the pointer. guard_wheel(page) is
called by the frame each time a page is shown (pages build some widgets in enter()); it is cheap and
installs its filter once per widget.
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
        if isinstance(owner, QAbstractSpinBox | QComboBox):
            focus = owner.window().focusWidget()  # the window's focus, active or not
            if focus is owner or (focus is not None and owner.isAncestorOf(focus)):
                if owner is watched:
                    return False
                QApplication.sendEvent(owner, event)  # the focused box takes it, once
                return True
        elif isinstance(owner, QAbstractItemView):
            area = page_scroll_area(owner)
            if area is None or area.verticalScrollBar().maximum() == 0:
                return False  # the page does not scroll: the list may
        else:
            return False
        area = page_scroll_area(owner)
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
