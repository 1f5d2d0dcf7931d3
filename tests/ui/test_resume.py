"""Closing and reopening returns to the same checklist, page and item."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bindguard.core.checklist import Status
from bindguard.core.situation import Situation
from tests.ui.walk import FakeVault, open_on, saved_checklist


def test_a_walk_stopped_half_way_continues_on_the_same_item(make_window, store, qtbot):
    window = make_window("en")
    window.ctx.vault = FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "work")
    page.select("platform:wechat")
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    page.select("platform:iit")
    qtbot.mouseClick(page.status_bar.buttons[Status.STUCK], Qt.MouseButton.LeftButton)
    window.close()

    again = make_window("en")
    again.ctx.vault = FakeVault()
    assert again.current_id == "welcome"
    welcome = again.page("welcome")
    assert welcome.saved_list.count() == 1
    qtbot.mouseClick(welcome.continue_button, Qt.MouseButton.LeftButton)
    assert again.current_id == "work"
    work = again.page("work")
    assert work.item.key == "platform:iit"
    assert work.item_list.current_key() == "platform:iit"
    assert work.status_bar.buttons[Status.STUCK].isChecked()
    resumed = again.ctx.checklist
    assert resumed.id == checklist.id
    assert resumed.item("platform:wechat").status is Status.DONE


def test_a_note_typed_just_before_closing_the_window_is_kept(make_window, store):
    window = make_window("en")
    vault = FakeVault()
    window.ctx.vault = vault
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "work")
    page.select("platform:wechat")
    page.note.edit.setPlainText("明天去营业厅")
    window.close()  # no pause, no focus change: closing still saves it
    assert vault.notes[(checklist.id, "platform:wechat")] == "明天去营业厅"


def test_continuing_lands_on_the_saved_page(make_window, store, qtbot):
    window = make_window("en")
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    open_on(window, checklist, "finish")
    window.close()
    again = make_window("en")
    qtbot.mouseClick(again.page("welcome").continue_button, Qt.MouseButton.LeftButton)
    assert again.current_id == "finish"


def test_a_checklist_deleted_meanwhile_just_refreshes_the_list(make_window, store):
    window = make_window("en")
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    welcome = window.page("welcome")
    welcome.reload()
    store.delete_checklist(checklist.id)
    welcome.continue_requested.emit(checklist.id)
    assert window.current_id == "welcome"
    assert window.ctx.checklist is None
