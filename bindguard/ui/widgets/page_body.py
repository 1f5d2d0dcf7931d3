"""A scrolling body for a page, so large text never pushes controls off the window."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from bindguard.ui.widgets.enum_props import set_no_focus, set_no_horizontal_scroll_bar, set_rich_text


def scroll_body(page: QWidget, spacing: int = 14) -> QVBoxLayout:
    """Give `page` a frameless vertical scroll area; return the layout to fill."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    set_no_horizontal_scroll_bar(area)
    set_no_focus(area)
    inner = QWidget(area)
    inner.setObjectName("pageBody")
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 12, 0)
    layout.setSpacing(spacing)
    area.setWidget(inner)
    outer.addWidget(area)
    page.scroll_area = area  # type: ignore[attr-defined]
    return layout


def section(parent: QWidget, name: str = "") -> QLabel:
    """A bold section heading (a question on the page)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setProperty("class", "section")
    if name:
        label.setObjectName(name)
    return label


def wrapped(parent: QWidget, css_class: str = "", name: str = "") -> QLabel:
    """A multi-line label for rich text with line spacing (theme.para)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    set_rich_text(label)
    if css_class:
        label.setProperty("class", css_class)
    if name:
        label.setObjectName(name)
    return label


def error_label(parent: QWidget, name: str) -> QLabel:
    """Where a field's message appears, right under it; starts hidden. Text starts with ⚠ so the
    message is never carried by the red colour alone."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setProperty("class", "error")
    label.setObjectName(name)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(f"⚠ {text}" if text else "")
    label.setVisible(bool(text))


def tab_chain(widgets: list[QWidget]) -> None:
    """Tab visits `widgets` in this order (the order they are read on the page)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
