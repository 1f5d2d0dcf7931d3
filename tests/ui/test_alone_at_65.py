"""Issue 20's walk as a 65-year-old alone: the leftovers she met, each test named after her story."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bindguard.core.checklist import Status
from bindguard.core.situation import Situation
from bindguard.core.words import quoted
from tests.ui.walk import open_on, saved_checklist


def test_a_name_that_holds_quotes_is_not_wrapped_in_another_pair():
    assert quoted("支付宝") == "“支付宝”"
    assert quoted("云闪付“一键查卡”") == "云闪付“一键查卡”"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_she_marks_the_card_check_done_and_the_undo_bar_does_not_nest_quotes(make_window, store, qtbot, lang):
    window = make_window(lang)
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "work")
    key = next(k for k in page.item_list.item_keys() if "unionpay" in k)
    page.select(key)
    assert "““" not in page.status_bar.buttons[Status.DONE].accessibleDescription()
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.undo_bar.isVisible)
    said = page.undo_bar.label.text()
    name = window.ctx.catalog.discovery["unionpay_cards"].name.get(lang)
    assert name in said or name.replace("“", "&ldquo;") in said
    for nested in ("““", "””", "”“"):
        assert nested not in said, said
        assert nested not in page.undo_button.accessibleDescription()
    # a plain name is still quoted
    page.select("platform:alipay")
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "“" in page.undo_bar.label.text())


def test_she_goes_back_to_welcome_before_the_list_is_made_and_her_choice_is_still_there(make_window, qtbot, store):
    from bindguard.core.situation import Scope

    window = make_window("zh")
    welcome = window.page("welcome")
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    qtbot.mouseClick(page.cards[Situation.OLD_DEAD].radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.doors[Scope.ESSENTIAL].radio, Qt.MouseButton.LeftButton)
    page.name_edit.setText("妈妈")
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "welcome"
    assert window.ctx.checklist is None and not store.list_checklists()  # no list made yet
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "situation"
    assert page.situation() is Situation.OLD_DEAD
    assert page.scope() is Scope.ESSENTIAL
    assert page.name_edit.text() == "妈妈"
    # the list made from it: another new checklist starts afresh
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.ctx.checklist is not None and window.ctx.checklist.scope is Scope.ESSENTIAL
    made = window.ctx.checklist.id
    window.show_page("welcome")
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    assert page.situation() is None and page.scope() is Scope.FULL and page.name_edit.text() == "我自己"
    # a draft, then a saved list opened: the draft is dropped
    qtbot.mouseClick(page.cards[Situation.RECYCLED].radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    welcome.continue_requested.emit(made)
    assert window.ctx.checklist.id == made
    window.show_page("welcome")
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    assert page.situation() is None
