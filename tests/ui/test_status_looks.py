"""Issue 12: chosen and focused status buttons look different (chosen = filled, bold, ✔; focused = a
ring only), and a click on a status or on 遮住号码 leaves the keyboard where the user was."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from bindguard.core.checklist import Status
from bindguard.ui import theme
from tests.helpers.settle import settle
from tests.ui.walk import FakeVault, open_on, saved_checklist


def _work_page(make_window, store, qtbot, vault=None):
    window = make_window("zh")
    window.ctx.vault = vault or FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog)
    page = open_on(window, checklist, "work")
    page.select("platform:wechat")
    settle()
    return window, checklist, page


def _colours(button) -> tuple[str, str]:
    """(background, border) of a button as drawn: a pixel inside the top padding, one on the top edge."""
    image = button.grab().toImage()
    x = button.width() // 2
    return QColor(image.pixel(x, 5)).name(), QColor(image.pixel(x, 1)).name()


def test_a_chosen_button_is_filled_and_a_focused_one_only_has_a_ring(make_window, store, qtbot):
    window, _checklist, page = _work_page(make_window, store, qtbot)
    buttons = page.status_bar.buttons
    qtbot.mouseClick(buttons[Status.DONE], Qt.MouseButton.LeftButton)
    page.select("platform:wechat")  # 已完成 moved on to the next item: back to it
    buttons[Status.LATER].setFocus()  # Tab moved on: LATER is focused, DONE is chosen
    settle()
    assert window.focusWidget() is buttons[Status.LATER]
    chosen, focused, plain = buttons[Status.DONE], buttons[Status.LATER], buttons[Status.STUCK]

    assert _colours(chosen) == (theme.ACCENT, theme.ACCENT)  # filled
    assert _colours(focused) == (theme.WINDOW, theme.FOCUS.lower())  # white, with the orange ring
    assert _colours(plain) == (theme.WINDOW, theme.ACCENT)
    assert chosen.text().endswith("✔")
    assert chosen.font().bold()
    assert not focused.text().endswith("✔")
    assert not focused.font().bold()
    assert chosen.grab().toImage() != focused.grab().toImage()


def test_focus_stays_on_the_status_button_that_was_clicked(make_window, store, qtbot):
    window, _checklist, page = _work_page(make_window, store, qtbot)
    for status in (Status.LATER, Status.STUCK):  # 已完成 moves on to the next item (test_page_work)
        qtbot.mouseClick(page.status_bar.buttons[status], Qt.MouseButton.LeftButton)
        settle()
        assert window.focusWidget() is page.status_bar.buttons[status], status


def test_after_masking_a_number_in_the_note_focus_is_on_the_note_not_on_a_status(
        make_window, store, qtbot, monkeypatch):
    fake = types.ModuleType("bindguard.core.privacy")
    fake.find_sensitive = lambda text: [types.SimpleNamespace(kind="card")] if "6222021234567890123" in text else []
    fake.mask_sensitive = lambda text: text.replace("6222021234567890123", "***************0123")
    monkeypatch.setitem(sys.modules, "bindguard.core.privacy", fake)
    monkeypatch.setattr("bindguard.core.privacy", fake, raising=False)
    window, _checklist, page = _work_page(make_window, store, qtbot)
    page.note_button.click()  # the note is folded under 我的备注
    page.note.edit.setPlainText("卡号 6222021234567890123")
    page.note.flush()
    assert page.note.mask_button.isVisible()
    qtbot.mouseClick(page.note.mask_button, Qt.MouseButton.LeftButton)
    settle()
    assert not page.note.mask_button.isVisible()
    assert window.focusWidget() is page.note.edit
    assert not any(b.hasFocus() for b in page.status_bar.buttons.values())


def _positions(bar) -> dict:
    return {status: button.mapTo(bar, button.rect().topLeft()).toTuple() for status, button in bar.buttons.items()}





@pytest.mark.parametrize("lang,large,width", [("zh", True, 1024), ("zh", False, 1024), ("en", True, 1024),
                                              ("zh", False, 1366), ("en", True, 1366)])
def test_choosing_a_status_never_moves_the_buttons_under_the_pointer(make_window, store, qtbot, lang, large, width):
    """A user walk: after 已完成 the row of four became two rows of two and 没有这个账号 jumped from the
    left to the right column, so a slow second click hit another button."""
    window = make_window(lang, large_text=large)
    window.resize(width, 728)
    window.ctx.vault = FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog)
    page = open_on(window, checklist, "work")
    page.select("platform:wechat")
    settle()
    bar = page.status_bar
    before = _positions(bar)
    for status in (Status.DONE, Status.NOT_APPLICABLE, Status.STUCK, Status.LATER):
        qtbot.mouseClick(bar.buttons[status], Qt.MouseButton.LeftButton)
        if page.item.key != "platform:wechat":  # 已完成 / 没有这个账号 moved on: the chosen form, on the item
            page.select("platform:wechat")
        settle()
        assert _positions(bar) == before, (status, before, _positions(bar))


def test_the_focus_ring_never_changes_a_controls_size(make_window, qtbot):
    """The ring is 3 px where the plain border is 2 px (none on a check box): each focus rule takes
    the pixel back from the padding, so nothing grows, and nothing beside it moves, on focus."""
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton

    window = make_window("zh", large_text=True)
    settle()
    checked = 0
    for page_id in ("welcome", "situation", "numbers"):
        window.show_page(page_id)
        settle()
        page = window.page(page_id)
        for widget in page.findChildren(QPushButton) + page.findChildren(QLineEdit) + page.findChildren(QCheckBox):
            if not widget.isVisibleTo(page) or not widget.isEnabled():
                continue
            window.step_list.setFocus()
            QApplication.processEvents()
            before = widget.sizeHint()
            widget.setFocus()
            QApplication.processEvents()
            assert widget.hasFocus()
            assert widget.sizeHint() == before, (page_id, widget.objectName(), before, widget.sizeHint())
            checked += 1
    assert checked >= 5
