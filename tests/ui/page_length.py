"""A page's length in screens: the height of its body over the height of the frame's scroll area
for the page (what one screen of it shows). Issue 20: no page longer than 2 screens at 1024x768 in
large text, and the page's first question (where the keyboard starts) on its first screen."""

from __future__ import annotations


def screens(page) -> float:
    """How many screens of its scroll area the page's body takes (1.0: it fits without scrolling)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    area = page.scroll_area
    bar = area.verticalScrollBar()
    viewport = area.viewport().height()
    return (bar.maximum() + viewport) / viewport if viewport > 0 else float("inf")


def focus_on_first_screen(window, page) -> str:
    """'' when the keyboard focus is on the page and wholly on its first screen; else why not."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    area = page.scroll_area
    focus = QApplication.focusWidget()
    if focus is None or not page.isAncestorOf(focus):
        return f"the focus is on {focus.objectName() if focus is not None else None!r}, not on the page"
    if area.verticalScrollBar().value() != 0:
        return f"the page opened scrolled down by {area.verticalScrollBar().value()} px"
    top = focus.mapTo(page, focus.rect().topLeft()).y()
    if top + min(focus.height(), 60) > area.viewport().height():  # a tall list: its first row
        return (f"the focus ({focus.metaObject().className()} {focus.objectName()!r}) lies at {top} px, "
                f"below the first screen of {area.viewport().height()} px")
    return ""


def small_targets(page, least: int = 60) -> list[str]:
    """Every control she clicks on the page (shown, enabled) that is less than `least` px tall: push
    buttons, check boxes, radio buttons, and the rows of a list she chooses from."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget

    QApplication.processEvents()
    small = []
    for widget in page.findChildren(QAbstractButton):
        if widget.isVisibleTo(page) and widget.isEnabled() and widget.height() < least:
            name = widget.accessibleName() or widget.text() or widget.objectName()
            small.append(f"{widget.metaObject().className()} {name!r}: {widget.width()}x{widget.height()}")
    for lst in page.findChildren(QListWidget):
        if not lst.isVisibleTo(page):
            continue
        lst.doItemsLayout()
        for row in range(lst.count()):
            item = lst.item(row)
            if item.isHidden() or not int(item.flags().value) & 0x20:  # Qt::ItemIsEnabled: not a heading
                continue
            height = lst.visualItemRect(item).height()
            if height < least:
                small.append(f"a row of {lst.objectName()} ({item.text()[:20]!r}): {height} px")
                break
    unnamed = [w.objectName() for w in page.findChildren(QAbstractButton)
               if w.isVisibleTo(page) and not (w.accessibleName() or w.text())]
    return small + [f"a button without a name: {name}" for name in unnamed]
