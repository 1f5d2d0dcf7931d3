"""A user walk (2026-12-01), on screen: words that fit the situation, doors with their size, a steady step
list that shows the checklist's own steps, no button for cards that are not there, a locked note that looks
locked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bindguard.core.situation import Scope, Situation
from tests.ui.helpers_wizard import start_checklist
from tests.ui.walk import FakeState, FakeVault, open_on, saved_checklist


def _step_texts(window) -> list[str]:
    return [window.step_list.item(i).text() for i in range(window.step_list.count())]


def test_a_new_holder_of_a_recycled_number_is_asked_which_apps_the_number_may_still_be_tied_to(
        make_window, qtbot):
    window = make_window("zh")
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    page.cards[Situation.RECYCLED].radio.click()
    page.doors[Scope.ESSENTIAL].radio.click()  # what a door does is said under the two, for the one chosen
    urgent = page.door_explained.text()
    assert "您的银行卡" not in urgent
    assert "前一个机主" in urgent
    start_checklist_done = page.name_edit.text()
    assert start_checklist_done
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    window.show_page("accounts")
    assert window.title_label.text() == "这个号码可能还绑着下面哪些？"


def test_both_doors_say_how_many_items_and_about_how_long_in_sentences_without_a_stray_space(
        make_window, qtbot):
    window = make_window("zh")
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    page.cards[Situation.CANCEL_SOON].radio.click()
    for scope in Scope:
        words = page.doors[scope].explanation.text()
        assert "清单上有" in words, (scope, words)
        assert "大约要" in words, (scope, words)
        assert "。 " not in words, words


def test_the_step_list_on_the_welcome_page_promises_no_last_step_number_and_keeps_one_width(
        make_window, qtbot, store):
    window = make_window("zh")
    assert not any("8. 最后一步" in t for t in _step_texts(window)), _step_texts(window)
    assert "共" not in window.step_label.text()
    widths = {window.step_list.width()}
    checklist = start_checklist(window, qtbot, Situation.OLD_DEAD, "爸爸")
    texts = _step_texts(window)
    assert not any("最后一步" in t for t in texts), texts
    assert any("8. 完成" in t for t in texts), texts
    for page_id in ("numbers", "discovery", "accounts", "banks", "work", "finish", "situation"):
        window.show_page(page_id)
        widths.add(window.step_list.width())
    assert len(widths) == 1, widths
    assert checklist is not None


def test_the_bank_page_shows_no_remove_button_while_there_are_no_cards(make_window, qtbot):
    window = make_window("zh")
    start_checklist(window, qtbot, Situation.OLD_DEAD)
    window.show_page("banks")
    page = window.page("banks")
    assert page.cards.count() == 0
    assert not page.remove_button.isVisible()
    qtbot.keyClicks(page.bank_search, "CCB")
    qtbot.keyClicks(page.last4_edit, "1234")
    page.add_button.click()
    assert page.cards.count() == 1
    assert page.remove_button.isVisible()


def test_a_locked_note_box_looks_locked_and_says_first_what_it_means_for_the_user(make_window, store):
    window = make_window("zh")
    window.ctx.vault = FakeVault(FakeState.NO_BACKEND)
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "work")
    page.select("platform:wechat")
    edit = page.note.edit
    assert not edit.isEnabled()  # greyed, not in the Tab order, no focus ring
    words = page.note.state_label.text()
    assert words.startswith("备注现在不能写：这台电脑的密码库没有打开。清单和进度照常保存。"), words
    assert words.index("GNOME") > words.index("清单和进度照常保存")
