"""Issue 12: chosen and focused status buttons look different (chosen = filled, bold, ✔; focused = a
ring only), and a click on a status or on 遮住号码 leaves the keyboard where the user was."""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bindguard.core.checklist import Status
from bindguard.ui import theme
from tests.ui.walk import FakeVault, open_on, saved_checklist


def _work_page(make_window, store, qtbot, vault=None):
    window = make_window("zh")
    window.ctx._vault = vault or FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog)
    page = open_on(window, checklist, "work")
    page.select("platform:wechat")
    qtbot.wait(20)
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
    buttons[Status.LATER].setFocus()  # Tab moved on: LATER is focused, DONE is chosen
    qtbot.wait(20)
    assert window.focusWidget() is buttons[Status.LATER]
    chosen, focused, plain = buttons[Status.DONE], buttons[Status.LATER], buttons[Status.STUCK]

    assert _colours(chosen) == (theme.ACCENT, theme.ACCENT)  # filled
    assert _colours(focused) == (theme.WINDOW, theme.FOCUS.lower())  # white, with the orange ring
    assert _colours(plain) == (theme.WINDOW, theme.ACCENT)
    assert chosen.text().endswith("✔") and chosen.font().bold()
    assert not focused.text().endswith("✔") and not focused.font().bold()
    assert chosen.grab().toImage() != focused.grab().toImage()


def test_focus_stays_on_the_status_button_that_was_clicked(make_window, store, qtbot):
    window, _checklist, page = _work_page(make_window, store, qtbot)
    for status in (Status.LATER, Status.DONE, Status.STUCK):
        qtbot.mouseClick(page.status_bar.buttons[status], Qt.MouseButton.LeftButton)
        qtbot.wait(10)
        assert window.focusWidget() is page.status_bar.buttons[status], status


def test_after_masking_a_number_in_the_note_focus_is_on_the_note_not_on_a_status(
        make_window, store, qtbot, monkeypatch):
    fake = types.ModuleType("bindguard.core.privacy")
    fake.find_sensitive = lambda text: [types.SimpleNamespace(kind="card")] if "6222021234567890123" in text else []
    fake.mask_sensitive = lambda text: text.replace("6222021234567890123", "***************0123")
    monkeypatch.setitem(sys.modules, "bindguard.core.privacy", fake)
    monkeypatch.setattr("bindguard.core.privacy", fake, raising=False)
    window, _checklist, page = _work_page(make_window, store, qtbot)
    page.note.edit.setPlainText("卡号 6222021234567890123")
    page.note.flush()
    assert page.note.mask_button.isVisible()
    qtbot.mouseClick(page.note.mask_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert not page.note.mask_button.isVisible()
    assert window.focusWidget() is page.note.edit
    assert not any(b.hasFocus() for b in page.status_bar.buttons.values())
