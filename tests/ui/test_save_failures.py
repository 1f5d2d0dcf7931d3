"""A save that fails is never shown as saved: with the disk full (a real full tmpfs) or the store
refusing writes, clicking a status, selecting an item, editing a note and adding a card leave the
screen showing what the database holds, a calm banner says what happened, and no crash dialog opens."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from bindguard.core.checklist import ItemKind, Status, progress
from bindguard.core.store import Store
from bindguard.core.store_faults import FULL, LOCKED, StoreUnavailable
from bindguard.ui.run import install_crash_hook
from tests.helpers.faults import fill, tmpfs
from tests.ui.walk import open_on, saved_checklist, status_in_db


@pytest.fixture(params=["full_disk", "refusing_store"])
def failing(request, tmp_path):
    """(folder, make it fail, make it work again): a really full disk, or a store in view-only mode."""
    if request.param == "full_disk":
        with tmpfs(tmp_path / "disk", "3m") as disk:
            folder = disk / "data"
            fillers = []

            def fail(store):
                fillers.append(fill(disk))

            def heal(store):
                fillers.pop().unlink()

            yield folder, fail, heal
    else:
        def fail(store):
            store.unavailable = StoreUnavailable(LOCKED, store.path.parent)

        def heal(store):
            store.unavailable = None

        yield tmp_path / "data", fail, heal


def _screen_matches_disk(window, store, checklist, page) -> None:
    disk = store.load_checklist(checklist.id)
    assert {i.key: i.status for i in window.ctx.checklist.items} == {i.key: i.status for i in disk.items}
    assert progress(window.ctx.checklist.items) == progress(disk.items)
    for row in range(page.item_list.count()):
        key = page.item_list.item(row).data(Qt.ItemDataRole.UserRole)
        word = {Status.TODO: "To do", Status.DONE: "Done"}.get(disk.item(key).status)
        if word:
            assert word in page.item_list.item(row).text(), key


def test_failed_saves_keep_the_screen_true_and_never_reach_the_crash_dialog(
        make_window, qtbot, failing, crash_dialogs):
    folder, fail, heal = failing
    store = Store.open(folder)
    window = make_window("en", the_store=store)
    install_crash_hook(window)
    checklist = saved_checklist(store, window.ctx.catalog)
    page = open_on(window, checklist, "work")
    page.select("platform:wechat")
    vault = window.ctx.vault
    assert vault.state.name == "READY"
    page.note.edit.setPlainText("去了营业厅")
    page.note.flush()
    assert vault.read_note(checklist.id, "platform:wechat") == "去了营业厅"

    fail(store)
    banner = window.store_banner

    # a status click
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    assert status_in_db(store, checklist.id, "platform:wechat") == "todo"
    current = page.item
    assert current is not None
    assert current.key == "platform:wechat"
    assert current.status is Status.TODO
    assert not page.status_bar.buttons[Status.DONE].isChecked()
    assert "✔" not in page.status_bar.buttons[Status.DONE].text()
    _screen_matches_disk(window, store, checklist, page)
    assert banner.isVisible()
    assert "was not saved" in banner.text()

    # selecting another item
    page.select("platform:alipay")
    assert page.item.key == "platform:alipay"
    assert store.load_checklist(checklist.id).current_item != "platform:alipay"

    # a note
    page.select("platform:wechat")
    page.note.edit.setPlainText("去了营业厅，又打了电话")
    page.note.flush()
    assert vault.read_note(checklist.id, "platform:wechat") == "去了营业厅"
    assert page.note.edit.toPlainText() == "去了营业厅，又打了电话"  # what was typed is not thrown away

    # a card
    banks = open_on(window, window.ctx.checklist, "banks")
    before = [i.key for i in store.load_checklist(checklist.id).items if i.kind is ItemKind.BANK_CARD]
    shown_before = banks.cards.count()
    qtbot.keyClicks(banks.bank_search, "CCB")
    qtbot.keyClicks(banks.last4_edit, "5678")
    banks.add_button.click()
    after = [i.key for i in store.load_checklist(checklist.id).items if i.kind is ItemKind.BANK_CARD]
    assert after == before
    assert banks.cards.count() == shown_before
    assert not any("5678" in i.key for i in window.ctx.checklist.items)
    assert banks.last4_edit.text() == "5678"  # kept for another try
    assert banner.isVisible()
    assert crash_dialogs == []

    # the cause goes away: the same clicks now save
    heal(store)
    page = open_on(window, window.ctx.checklist, "work")
    page.select("platform:wechat")
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    assert status_in_db(store, checklist.id, "platform:wechat") == "done"
    # saved: the page moves on to the next open item (work page), the item shows as done
    assert window.ctx.checklist.item("platform:wechat").status is Status.DONE
    assert page.item.key != "platform:wechat" or page.status_bar.buttons[Status.DONE].isChecked()
    assert banner.isVisible()  # the earlier change is still not saved: the notice stays until read
    banner.dismiss_button.click()
    assert not banner.isVisible()
    assert crash_dialogs == []
    store.close()


def test_a_write_failure_that_escapes_a_page_still_never_shows_the_crash_dialog(make_window, crash_dialogs):
    window = make_window("zh")
    install_crash_hook(window)
    error = StoreUnavailable(FULL, "/data")
    sys.excepthook(type(error), error, None)
    assert crash_dialogs == []
    assert window.store_banner.isVisible()
    assert "磁盘满了" in window.store_banner.text()


def test_ticking_an_account_that_cannot_be_saved_is_taken_back_on_screen(
        make_window, qtbot, store, crash_dialogs):
    from bindguard.core.situation import Situation
    from tests.ui.helpers_wizard import start_checklist

    window = make_window("en")
    install_crash_hook(window)
    checklist = start_checklist(window, qtbot, Situation.SWITCH)
    window.show_page("accounts")
    page = window.page("accounts")
    store.unavailable = StoreUnavailable(FULL, store.path.parent)  # the store refuses, as on a full disk
    chosen = checklist.selected_refs(ItemKind.PLATFORM)
    key = next(k for k in ("weibo", "douyin", "taobao", "jd", "meituan") if k in page.items and k not in chosen)
    page.set_ticked(key, True)
    assert key not in store.load_checklist(checklist.id).selected_refs(ItemKind.PLATFORM)
    assert page.items[key].checkState() == Qt.CheckState.Unchecked  # the tick is taken back
    assert key not in window.ctx.checklist.selected_refs(ItemKind.PLATFORM)
    assert window.store_banner.isVisible()
    assert "disk is full" in window.store_banner.text()
    store.unavailable = None
    page.set_ticked(key, True)
    assert key in store.load_checklist(checklist.id).selected_refs(ItemKind.PLATFORM)
    assert crash_dialogs == []
