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


# -- Enter in a text field (kb2_02g_name: she typed the name, pressed Enter, nothing happened) ---------------


def _enter(qtbot, widget):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_she_types_the_name_presses_enter_and_the_list_is_made_once(make_window, qtbot, store):
    window = make_window("zh")
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    page.cards[Situation.CANCEL_SOON].radio.click()
    page.name_edit.setText("")
    _enter(qtbot, page.name_edit)  # no name: 下一步 cannot be pressed, and the message says why
    assert window.current_id == "situation"
    assert page.name_error.isVisible() and page.name_error.text()
    assert not store.list_checklists()
    page.name_edit.setText("妈妈")
    _enter(qtbot, page.name_edit)  # the page's only field: Enter is 下一步
    assert window.current_id == "numbers"
    assert [c.name for c in store.list_checklists()] == ["妈妈"]  # made once


def test_she_presses_enter_after_each_number_and_moves_down_the_page(make_window, qtbot, store):
    from tests.ui.helpers_wizard import start_checklist

    window = make_window("zh")
    start_checklist(window, qtbot, Situation.CANCEL_SOON, name="妈妈")
    page = window.page("numbers")
    assert window.current_id == "numbers"
    page.old_edit.setText("13812345678")
    _enter(qtbot, page.old_edit)
    assert window.focusWidget() is page.new_edit, window.focusWidget()  # the next field, not 下一步
    assert window.current_id == "numbers"
    page.new_edit.setText("1391234")  # not a number yet: its message, and Enter goes no further than Tab would
    _enter(qtbot, page.new_edit)
    assert page.new_error.isVisible() and page.new_error.text()
    assert window.focusWidget() is page.date_edit
    _enter(qtbot, page.date_edit)  # the last field, the page not complete: 下一步 is not pressed
    assert window.current_id == "numbers"
    assert page.new_error.isVisible()
    page.new_edit.setText("13912345678")
    _enter(qtbot, page.date_edit)
    assert window.current_id != "numbers"  # the last field: 下一步
    assert store.load_checklist(window.ctx.checklist.id).new_number.endswith("5678")


def test_enter_in_the_card_digits_adds_the_card_once_and_stays(make_window, qtbot, store):
    from tests.ui.helpers_wizard import start_checklist

    window = make_window("zh")
    checklist = start_checklist(window, qtbot, Situation.OLD_DEAD, name="妈妈")
    window.show_page("banks")
    page = window.page("banks")
    page.bank_search.setText("gongshang")
    _enter(qtbot, page.bank_search)  # a search box keeps Enter: to the list, as before
    assert window.current_id == "banks"
    assert window.focusWidget() is page.bank_list
    page.last4_edit.setText("43")  # too few digits: the message, and the keyboard stays to fix them
    _enter(qtbot, page.last4_edit)
    assert page.last4_error.isVisible() and page.last4_error.text()
    assert window.focusWidget() is page.last4_edit
    assert window.current_id == "banks" and page.cards.count() == 0
    page.last4_edit.setText("4321")
    _enter(qtbot, page.last4_edit)
    assert window.current_id == "banks"  # its own button, 添加这张卡, not 下一步
    assert page.cards.count() == 1
    cards = [i for i in store.load_checklist(checklist.id).items if i.key.startswith("bank:")]
    assert len(cards) == 1  # added once


def test_enter_in_the_name_of_an_account_not_listed_adds_it_once_and_stays(make_window, qtbot, store):
    from bindguard.core.checklist import ItemKind
    from tests.ui.helpers_wizard import start_checklist

    window = make_window("zh")
    checklist = start_checklist(window, qtbot, Situation.CANCEL_SOON, name="妈妈")
    window.show_page("accounts")
    page = window.page("accounts")
    page.search.setText("zhifubao")
    _enter(qtbot, page.search)
    assert window.current_id == "accounts"
    page.custom_edit.setText("健身房")
    _enter(qtbot, page.custom_edit)
    assert window.current_id == "accounts"
    customs = [i for i in store.load_checklist(checklist.id).items if i.kind is ItemKind.CUSTOM]
    assert [i.title for i in customs] == ["健身房"]


# -- 您的情况 at 1024x728 in large text: choosing a situation (kb2_02c: her chosen card scrolled away) ---------


def _inside(area, widget) -> bool:
    from PySide6.QtCore import QPoint

    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= area.viewport().height()


@pytest.mark.parametrize("how", ["arrows", "click"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_she_chooses_her_situation_and_her_card_stays_in_sight_with_the_door_question(make_window, qtbot, lang, how):
    from bindguard.core.situation import Scope
    from tests.helpers.settle import settle

    window = make_window(lang, large_text=True)
    window.resize(1024, 728)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    area = page.scroll_area
    settle()
    order = list(Situation)
    if how == "arrows":  # from the first card, the arrow keys walk the four: each is chosen as she lands on it
        first = page.cards[order[0]].radio
        first.setFocus()
        qtbot.keyClick(first, Qt.Key.Key_Space)
        for situation in order[1:]:
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down if situation is order[2] else Qt.Key.Key_Right)
            settle()
            chosen = page.situation()
            assert chosen is not None
            radio = page.cards[chosen].radio
            assert window.focusWidget() is radio
            qtbot.waitUntil(lambda radio=radio: _inside(area, radio))  # the focus, always in sight
            settle()
            assert _inside(area, radio), chosen
    else:
        for situation in reversed(order):
            radio = page.cards[situation].radio
            area.ensureWidgetVisible(radio)
            qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
            settle()
            assert page.situation() is situation
            assert _inside(area, radio), situation
    # the door question is reachable: in view, or one Tab away from the card with its first door in view
    settle()
    assert _inside(area, page.scope_heading) or _inside(area, page.doors[Scope.ESSENTIAL].radio)


def test_she_types_a_senders_name_presses_enter_and_hears_what_was_found_once(make_window, qtbot, store):
    """The typed sender name: Enter looks it up (as 下一步 does with something not looked at yet), says
    what was found and stays; the next Enter, nothing new, goes on."""
    from bindguard.core.checklist import ItemKind
    from tests.ui.helpers_wizard import start_checklist

    window = make_window("zh")
    checklist = start_checklist(window, qtbot, Situation.CANCEL_SOON, name="妈妈")
    window.show_page("discovery")
    page = window.page("discovery")
    page.open_senders()
    page.sender_edit.setText("【美团】")
    _enter(qtbot, page.sender_edit)
    assert window.current_id == "discovery", "the page stays once to say what was found"
    assert "美团" in page.sms_result.text() and page.sms_result.isVisible()
    assert "meituan" in store.load_checklist(checklist.id).selected_refs(ItemKind.PLATFORM)
    assert page.sender_edit.text() == ""
