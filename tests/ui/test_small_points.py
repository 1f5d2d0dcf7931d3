"""Issue 12's smaller points on the pages before the work page: a full field says its limit, an
invalid number is called invalid, read-only text has no blinking cursor, every Tab stop shows a
focus ring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from bindguard.core.situation import Situation
from tests.helpers.settle import settle
from tests.ui.helpers_wizard import start_checklist


def test_a_long_custom_item_name_is_not_cut_silently(make_window, qtbot):
    window = make_window("zh")
    start_checklist(window, qtbot, Situation.SWITCH, "妈妈")
    window.show_page("accounts")
    page = window.page("accounts")
    page.custom_edit.setText("小区门禁" * 12)  # 48 characters: only 40 fit
    assert len(page.custom_edit.text()) == 40
    assert page.custom_error.isVisible()
    assert "40" in page.custom_error.text()
    page.custom_edit.setText("小区门禁")
    assert not page.custom_error.isVisible()


def test_a_long_name_for_whom_the_checklist_is_says_the_limit(make_window, qtbot):
    window = make_window("en")
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    page.name_edit.setText("x" * 60)
    assert page.name_error.isVisible()
    assert "40" in page.name_error.text()


def test_a_number_typed_but_invalid_is_called_invalid_not_missing(make_window, qtbot):
    window = make_window("en")
    start_checklist(window, qtbot, Situation.SWITCH)
    page = window.page("numbers")
    page.old_edit.setFocus()
    qtbot.keyClicks(page.old_edit, "138 1234")
    assert page.hint.isVisible()
    assert "not a valid mobile number" in page.hint.text()
    assert "Please enter the old number" not in page.hint.text()
    page.old_edit.clear()
    assert "Please enter the old number" in page.hint.text()


def test_the_route_text_on_the_last_step_is_a_tab_stop_without_a_text_cursor(make_window, qtbot):
    from tests.ui.walk import open_on, saved_checklist

    window = make_window("zh")
    page = open_on(window, saved_checklist(window.ctx.store, window.ctx.catalog, Situation.SWITCH), "carrier")
    settle()
    label = page.step_cards[0].cards[0].label
    assert label.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable


def _tab_stops(page):
    widget, seen = page.nextInFocusChain(), []
    while widget is not page and widget is not None and len(seen) < 400:
        if page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def test_every_tab_stop_on_the_pages_before_the_work_page_shows_a_focus_ring(make_window, qtbot):
    window = make_window("zh")
    start_checklist(window, qtbot, Situation.SWITCH, "妈妈")
    window.page("accounts")
    checked = 0
    for page_id in ("situation", "numbers", "discovery", "accounts", "banks", "carrier"):
        window.show_page(page_id)
        settle()
        page = window.page(page_id)
        stops = _tab_stops(page)
        assert stops, page_id
        for widget in stops:
            page.scroll_area.ensureWidgetVisible(widget)
            widget.clearFocus()
            QApplication.processEvents()
            assert not widget.hasFocus()
            before = widget.grab().toImage()
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            assert widget.hasFocus(), (page_id, widget.objectName())
            after = widget.grab().toImage()
            name = widget.objectName() or (widget.text() if isinstance(widget, QLabel) else type(widget).__name__)
            assert before != after, f"{page_id}: {name} looks the same with and without focus"
            checked += 1
    assert checked > 20
