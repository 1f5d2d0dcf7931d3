"""Issue 15: pages keep what they built while nothing they show changed (moving between pages and
items within a frame), and still show every change made meanwhile; a long note keeps its laid-out
text between items but never shows stale or unsaved text as saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bindguard.core.checklist import Status, platform_item
from bindguard.core.situation import Situation
from tests.ui.walk import FakeVault, open_on, saved_checklist, status_in_db

LONG = "去了营业厅，带了身份证，柜台电话 95588。\n" * 2000  # ~50 000 characters: a long note


def test_an_account_added_while_away_is_on_the_work_list_when_the_user_comes_back(make_window, store):
    window = make_window("en")
    window.ctx.vault = FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "work")
    before = page.item_list.count()
    window.show_page("accounts")
    extra = next(p for p in window.ctx.catalog.platforms.values() if checklist.item(f"platform:{p.id}") is None)
    item = platform_item(extra)
    store.add_item(checklist.id, item)  # what ticking it on the accounts page does
    checklist.items.append(item)
    window.show_page("work")
    keys = [page.item_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.item_list.count())]
    assert page.item_list.count() == before + 1
    assert item.key in keys
    assert f"of {before + 1}" in page.position_label.text()


def test_a_status_chosen_on_the_carrier_page_is_still_shown_after_visiting_the_work_page(make_window, store,
                                                                                         qtbot):
    window = make_window("en")
    window.ctx.vault = FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "carrier")
    card = page.step_cards[0]
    qtbot.mouseClick(card.status_bar.buttons[Status.LATER], Qt.MouseButton.LeftButton)
    window.show_page("work")
    window.page("work").set_status(Status.DONE)  # the work page changes an item meanwhile
    window.show_page("carrier")
    card = next(c for c in page.step_cards if c.step.id == card.step.id)
    assert card.status_bar.buttons[Status.LATER].isChecked()
    assert status_in_db(store, checklist.id, card.item.key) == "later"


def test_a_long_note_shows_what_was_saved_after_moving_to_another_item_and_back(make_window, store):
    window = make_window("en")
    vault = FakeVault()
    window.ctx.vault = vault
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    first, second = checklist.items[0].key, checklist.items[1].key
    vault.notes[(checklist.id, first)] = LONG
    page = open_on(window, checklist, "work")
    page.select(first)
    assert page.note.edit.toPlainText() == LONG
    page.note.edit.textCursor().insertText("又打了电话。")  # typed at the start
    page.select(second)  # leaving saves it
    assert vault.notes[(checklist.id, first)] == "又打了电话。" + LONG
    assert page.note.edit.toPlainText() == ""
    page.select(first)
    assert page.note.edit.toPlainText() == "又打了电话。" + LONG
    # the note changed elsewhere (reset notes, another window): the box shows the vault's text, not its own
    page.select(second)
    vault.notes[(checklist.id, first)] = LONG[:100]
    page.select(first)
    assert page.note.edit.toPlainText() == LONG[:100]
