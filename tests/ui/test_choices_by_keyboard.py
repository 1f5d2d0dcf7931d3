"""Issue 20 point 5: she uses the keyboard alone (Tab, the arrows, Space). Every group of options
behaves as a choice of options does on Windows or in a web form (widgets/option_group.py): Tab enters
the group at the option chosen (the first when none is), the arrow keys move AND choose, and the choice
is saved as a click saves it; Tab leaves the group; the focus stays in sight.

One test per kind of group: the four situation cards (a grid), the two doors (one above the other),
the SMS question 能/不能 on 逐项处理 (a line), the card type on 银行卡 (a line, set by the bank too)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from bindguard.core.checklist import CardType
from bindguard.core.situation import Scope, Situation
from tests.helpers.settle import settle
from tests.ui.helpers_wizard import start_checklist
from tests.ui.walk import FakeVault, open_on, saved_checklist


def _inside(area, widget) -> bool:
    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= area.viewport().height()


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.focusWidget(), key, modifier)
    settle()


def test_new_to_the_wizard_she_walks_the_four_situations_with_the_arrows_and_each_is_chosen_as_she_lands(
        make_window, qtbot):
    window = make_window("zh", large_text=True)
    window.resize(1024, 728)
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    settle()
    order = list(Situation)
    assert page.situation() is None and window.focusWidget() is page.cards[order[0]].radio
    # none chosen yet: the first arrow chooses (Qt chose nothing until one was picked with Space); the
    # cards lie two a row and the arrows go as they lie
    _key(qtbot, window, Qt.Key.Key_Down)
    assert page.situation() is order[2] and window.focusWidget() is page.cards[order[2]].radio
    _key(qtbot, window, Qt.Key.Key_Right)
    assert page.situation() is order[3]
    _key(qtbot, window, Qt.Key.Key_Up)
    assert page.situation() is order[1]
    _key(qtbot, window, Qt.Key.Key_Left)
    assert page.situation() is order[0]
    _key(qtbot, window, Qt.Key.Key_Up)  # nothing above: round the end, as Windows does
    assert page.situation() is order[3] and window.focusWidget() is page.cards[order[3]].radio
    qtbot.waitUntil(lambda: _inside(page.scroll_area, page.cards[order[3]].radio))
    assert window.ctx.situation_draft.situation is order[3]  # kept as a click keeps it (no list yet)
    # Tab leaves the four for the door chosen; Shift+Tab comes back to her situation, not the first card
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.doors[Scope.FULL].radio
    _key(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is page.cards[order[3]].radio
    assert page.situation() is order[3]


def test_coming_back_to_her_saved_list_she_tabs_to_the_door_ticked_and_an_arrow_chooses_and_saves_the_other(
        make_window, qtbot, store):
    window = make_window("zh", large_text=True)
    window.resize(1024, 728)
    checklist = saved_checklist(store, window.ctx.catalog, Situation.SWITCH)
    assert checklist.scope is Scope.FULL
    page = open_on(window, checklist, "situation")
    settle()
    assert window.focusWidget() is page.cards[Situation.SWITCH].radio
    # Tab from her situation lands on 全面检查, the door ticked (it landed on 只做最要紧的)
    _key(qtbot, window, Qt.Key.Key_Tab)
    full, essential = page.doors[Scope.FULL].radio, page.doors[Scope.ESSENTIAL].radio
    assert window.focusWidget() is full
    # the arrow moves AND chooses: saved at once, as a click saves it
    _key(qtbot, window, Qt.Key.Key_Up)
    assert window.focusWidget() is essential and essential.isChecked()
    assert store.load_checklist(checklist.id).scope is Scope.ESSENTIAL
    qtbot.waitUntil(lambda: _inside(page.scroll_area, essential))  # the focus, in sight
    # Tab leaves the doors for the name; Shift+Tab comes back to the door chosen
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.name_edit
    _key(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is essential
    _key(qtbot, window, Qt.Key.Key_Down)
    assert full.isChecked() and store.load_checklist(checklist.id).scope is Scope.FULL


def test_on_each_item_she_answers_the_sms_question_with_an_arrow_and_tab_finds_the_answer_that_item_has(
        make_window, qtbot, store):
    window = make_window("en", large_text=True)
    window.ctx.vault = FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "work")
    page.select("platform:alipay")
    settle()
    yes, no = page.yes_radio, page.no_radio
    assert yes.isChecked()
    yes.setFocus()
    _key(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    before = window.focusWidget()  # what comes before the question in the Tab order
    assert before is not yes and before is not no
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is yes
    _key(qtbot, window, Qt.Key.Key_Right)  # 不能: chosen and saved as a click does
    assert no.isChecked() and window.focusWidget() is no
    assert store.load_checklist(checklist.id).item("platform:alipay").old_number_works is False
    qtbot.waitUntil(lambda: _inside(page.scroll_area, no))
    # the next item has its own answer (能): Tab into the question lands on it, not on 不能 focused last
    page.select("platform:wechat")
    settle()
    assert yes.isChecked()
    before.setFocus()
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is yes
    _key(qtbot, window, Qt.Key.Key_Tab)  # Tab leaves the question: 不能 is not a Tab stop of its own
    assert window.focusWidget() is not no


def test_she_picks_a_credit_card_centre_and_tab_to_the_card_type_lands_on_credit_card_which_is_ticked(
        make_window, qtbot, store):
    window = make_window("zh", large_text=True)
    window.resize(1024, 728)
    checklist = start_checklist(window, qtbot, Situation.OLD_DEAD)
    window.show_page("banks")
    page = window.page("banks")
    settle()
    debit, credit = page.type_buttons[CardType.DEBIT], page.type_buttons[CardType.CREDIT]
    page.last4_edit.setFocus()
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is debit  # the type ticked
    _key(qtbot, window, Qt.Key.Key_Right)
    assert credit.isChecked() and window.focusWidget() is credit
    _key(qtbot, window, Qt.Key.Key_Left)
    assert debit.isChecked() and window.focusWidget() is debit
    _key(qtbot, window, Qt.Key.Key_Tab)  # Tab leaves the two for 添加这张卡
    assert window.focusWidget() is page.add_button
    page.bank_search.setText("招商银行信用卡")  # a card centre: the type becomes 信用卡 by itself
    assert credit.isChecked()
    page.last4_edit.setText("8888")
    page.last4_edit.setFocus()
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is credit  # where the tick is, not 借记卡 focused last
    _key(qtbot, window, Qt.Key.Key_Space)
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.add_button
    _key(qtbot, window, Qt.Key.Key_Space)
    cards = [i.card for i in store.load_checklist(checklist.id).items if i.card is not None]
    assert [(c.bank_id, c.card_type) for c in cards] == [("cmb_cc", CardType.CREDIT)]
