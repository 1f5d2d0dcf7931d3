"""The body of a page. The frame (ui/wizard.py) puts every page in one vertical scroll area of its
own, so large text never pushes controls off the window and no page can make the window grow."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from bindguard.ui.widgets.enum_props import set_rich_text


def fit_to_rows(view: QListWidget, most: int, *, steady: bool = False) -> None:
    """A list as tall as its first `most` rows as wrapped at the view's width now (the view lays its
    rows out lazily: heights measured before that were one line each, and a list of two wrapped saved
    checklists or cards showed one). `steady`: always `most` rows of the first row's height, so a list
    filtered as the user types does not make the page jump."""
    view.doItemsLayout()
    shown = [view.item(r) for r in range(view.count()) if not view.item(r).isHidden()][:most]
    heights = [max(view.visualItemRect(item).height(), view.sizeHintForRow(view.row(item))) for item in shown]
    if steady:
        if not heights:
            return  # nothing to measure: keep the height it has
        heights = [heights[0]] * most
    spacing = 2 * view.spacing() * len(heights)
    view.setFixedHeight(sum(heights) + spacing + 2 * view.frameWidth() + 4)


def scroll_body(page: QWidget, spacing: int = 14) -> QVBoxLayout:
    """The layout to fill with the page's body. It scrolls as one, in the frame's scroll area for
    the page (`page.scroll_area`, set by the frame): no scroll area of the page's own."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 12, 0)  # room beside the scroll bar
    layout.setSpacing(spacing)
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


def set_primary(button: QWidget, primary: bool) -> None:
    """The page's one main action is a filled button (theme.PRIMARY_BUTTON)."""
    from bindguard.ui import theme

    if button.property("primary") != primary:
        button.setProperty("primary", primary)
        # its own style sheet restyles it at once; style().polish() would build the Qt namespace's
        # Python enums on the start path (widgets/enum_props.py)
        button.setStyleSheet(theme.PRIMARY_BUTTON if primary else "")


def say_limit(edit, label: QLabel, lang: str) -> None:
    """A field that is full says so under it (QLineEdit.setMaxLength alone cuts the text silently);
    the message goes as soon as the text is shorter again."""
    from bindguard.core.errors import message

    limit = edit.maxLength()
    full = len(edit.text()) >= limit
    showing = label.isVisibleTo(label.parentWidget()) and label.property("limitMessage")
    if full:
        show_error(label, message("text.at_limit", lang, limit=limit))
        label.setProperty("limitMessage", True)
    elif showing:
        show_error(label, "")
        label.setProperty("limitMessage", False)


def selection_is_the_choice(view: QListWidget) -> None:
    """The row she selects is the row chosen. A screen reader chooses a row by selecting it (AT-SPI
    Selection), which leaves the current row where it was: the bank page said 请从列表里选一家银行 over a
    selected 招商银行 (a walk by accessible names). The pages read the current row."""

    def follow() -> None:
        selected = view.selectedItems()
        if selected and view.currentItem() is not selected[0]:
            view.setCurrentItem(selected[0])

    view.itemSelectionChanged.connect(follow)

