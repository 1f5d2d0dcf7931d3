"""The walk (real window, 1024x768, large text): pages whose enter() puts the keyboard on a field
(您的情况, 银行卡, 完成) opened scrolled down by 15-30 px, the top of the first card or the 银行 label
cut off. The focus moved while the page was not yet laid out, the frame scrolled to it, and nothing
brought the page back to its top. In an active window (focus changes only reach an active one)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.helpers.settle import settle


def _active(window, qtbot):
    window.resize(1024, 728)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    settle()


def _opened_at_top(window, page_id: str) -> int:
    settle()
    assert window.current_id == page_id
    page = window.page(page_id)
    focus = QApplication.focusWidget()
    assert focus is not None, "the keyboard is on the page"
    assert page.isAncestorOf(focus), "the keyboard is on the page"
    return page.scroll_area.verticalScrollBar().value()


def test_the_situation_page_opens_at_its_top_with_the_keyboard_on_it(make_window, qtbot):
    window = make_window("zh", large_text=True)
    _active(window, qtbot)
    window.page("welcome").start_button.click()
    assert _opened_at_top(window, "situation") == 0


def test_the_banks_and_finish_pages_open_at_their_top(make_window, qtbot, store):
    from bindguard.core.situation import Situation
    from tests.ui.walk import open_on, saved_checklist

    window = make_window("zh", large_text=True)
    _active(window, qtbot)
    checklist = saved_checklist(store, window.ctx.catalog, Situation.RECYCLED)
    for page_id in ("banks", "finish"):
        open_on(window, checklist, page_id)
        assert _opened_at_top(window, page_id) == 0, page_id
