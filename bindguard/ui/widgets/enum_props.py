"""Qt enum settings for the widgets of the first page, written without PySide6's `Qt` namespace.

The first `from PySide6.QtCore import Qt` builds Python enums for all of the namespace's ~120
enums: about 30 ms, an eighth of a bare window's whole start-up (tests/bench/proposals/04). The
window frame and the welcome page set the three values they need as Qt properties (whose enum
types Qt converts from ints), so that cost is paid on the first click, not before the window shows.
tests/integration/test_startup_path.py checks that the start path stays free of it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

NO_FOCUS = 0  # Qt::NoFocus
SCROLL_BAR_ALWAYS_OFF = 1  # Qt::ScrollBarAlwaysOff
RICH_TEXT = 1  # Qt::RichText


def set_no_focus(widget: QWidget) -> None:
    widget.setProperty("focusPolicy", NO_FOCUS)


def set_no_horizontal_scroll_bar(area: QAbstractScrollArea) -> None:
    area.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)


def set_rich_text(label: QLabel) -> None:
    label.setProperty("textFormat", RICH_TEXT)
