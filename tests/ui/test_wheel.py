"""Issue 12: scrolling the page with the wheel over the 一证通查 count boxes changed 支付宝 to "2 个"
and silently added it. The wheel scrolls the page and never changes a count; a list inside the page
takes the wheel while it can move, then the page does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from bindguard.core.checklist import ItemKind
from bindguard.core.situation import Situation
from tests.helpers.settle import settle
from tests.ui.helpers_wizard import start_checklist


def _wheel(widget, notches: int = -1) -> None:
    """A wheel turn (down for negative notches) with the pointer over the middle of `widget`,
    delivered to the widget under the pointer as Qt does (a spin box's inner line edit)."""
    centre = widget.rect().center()
    target = widget.childAt(centre) or widget
    pos = target.mapFrom(widget, centre)
    event = QWheelEvent(QPointF(pos), QPointF(target.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)


def _scroll_into_view(area, widget) -> None:
    """Scroll so that `widget` is just inside the bottom of the viewport (the page can go on down)."""
    top = widget.mapTo(area.widget(), QPoint(0, 0)).y()
    area.verticalScrollBar().setValue(max(0, top + widget.height() + 20 - area.viewport().height()))


def test_the_wheel_over_an_unfocused_count_box_scrolls_the_page_and_changes_nothing(make_window, qtbot, store):
    window = make_window("zh")
    checklist = start_checklist(window, qtbot, Situation.SWITCH, "妈妈")
    window.show_page("discovery")
    page = window.page("discovery")
    settle()
    page.open_counts()  # the counts open in place (issue 20)
    settle()
    spin = page.spins["taobao"]  # not ticked by the door (支付宝 is)
    window.next_button.setFocus()  # the user is reading, not in the box
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "the page is long enough to scroll"
    _scroll_into_view(page.scroll_area, spin)
    before = bar.value()
    value = spin.value()
    for _ in range(3):
        _wheel(spin)
    assert bar.value() > before, "the page scrolled down"
    assert spin.value() == value
    assert not spin.hasFocus()
    saved = store.load_checklist(checklist.id)
    assert "taobao" not in saved.discovery_counts
    assert "taobao" not in saved.selected_refs(ItemKind.PLATFORM)


def test_even_the_count_box_the_page_focused_leaves_the_wheel_to_the_page(make_window, qtbot, store):
    """The page puts the focus on its first count box; a wheel turn over it to read on changed
    还没查 to "1 个" and added 百度网盘 to the checklist (a user walk at 1024x768, large text)."""
    window = make_window("zh", large_text=True)
    checklist = start_checklist(window, qtbot, Situation.OLD_DEAD, "妈妈")
    window.show_page("discovery")
    page = window.page("discovery")
    settle()
    spin = next(iter(page.spins.values()))
    spin.setFocus()
    value = spin.value()
    for notches in (1, 1, -1, 1):
        _wheel(spin, notches=notches)
    assert spin.value() == value
    key = next(k for k, s in page.spins.items() if s is spin)
    saved = store.load_checklist(checklist.id)
    assert key not in saved.discovery_counts
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # the keys still change it, as do the −/+ buttons
    assert spin.value() == value + 1


def test_the_wheel_over_the_bank_list_scrolls_the_list_then_the_page(make_window, qtbot):
    window = make_window("en", large_text=True)
    start_checklist(window, qtbot, Situation.SWITCH)
    window.show_page("banks")
    page = window.page("banks")
    for last4 in ("1111", "2222", "3333"):  # her cards below the form: the page is longer than the window
        page.bank_search.setText("CCB")
        page.last4_edit.setText(last4)
        page.add_button.click()
    page.bank_search.setText("")
    settle()
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    inner = page.bank_list.verticalScrollBar()
    assert inner.maximum() > 0, "more banks than fit"
    _wheel(page.bank_list.viewport())
    assert inner.value() > 0, "the list moved, the page stayed"
    assert bar.value() == 0, "the list moved, the page stayed"
    inner.setValue(inner.maximum())  # at the end of the list the wheel goes on to the page
    _wheel(page.bank_list.viewport())
    assert bar.value() > 0


def test_the_count_boxes_have_large_minus_and_plus_buttons(make_window, qtbot):
    window = make_window("en", large_text=True)
    start_checklist(window, qtbot, Situation.SWITCH)
    window.show_page("discovery")
    page = window.page("discovery")
    settle()
    stepper = page.steppers["taobao"]
    value = page.spins["taobao"].value()
    assert stepper.plus.width() >= 60
    assert stepper.plus.height() >= 60
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stepper.minus, Qt.MouseButton.LeftButton)
    assert page.spins["taobao"].value() == value + 1


def test_the_first_pages_list_is_guarded_once_the_window_is_drawn(make_window, qtbot):
    """The frame guards the welcome page just after its first drawing (start-up, issue 23), not never."""
    from PySide6.QtWidgets import QAbstractItemView

    window = make_window("zh")
    lists = window.page("welcome").findChildren(QAbstractItemView)
    assert lists  # the saved checklists' list
    qtbot.waitUntil(lambda: all(view.property("bindguardWheelGuard") for view in lists))
