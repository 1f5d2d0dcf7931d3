import dataclasses

import pytest

from bindguard.core.catalog import Text
from bindguard.core.checklist import ItemKind
from bindguard.core.situation import Situation
from tests.ui.helpers_wizard import start_checklist


def _open_banks(window, qtbot):
    checklist = start_checklist(window, qtbot, Situation.OLD_DEAD)
    window.show_page("banks")
    return checklist, window.page("banks")


def _cards(store, checklist):
    return [i for i in store.load_checklist(checklist.id).items if i.kind is ItemKind.BANK_CARD]


def test_a_card_is_added_with_bank_last4_and_type_and_removed_again(make_window, qtbot, store):
    window = make_window("en")
    checklist, page = _open_banks(window, qtbot)
    qtbot.keyClicks(page.bank_search, "CCB")
    assert page.selected_bank() == "ccb"
    qtbot.keyClicks(page.last4_edit, "1234")
    page.type_buttons[page.card_type().CREDIT].click()
    page.add_button.click()
    cards = _cards(store, checklist)
    centre = page.ctx.catalog.bank_for_card("ccb", credit=True)  # CCB's card centre once the catalog has one
    assert [(c.card.bank_id, c.card.last4, c.card.card_type.value) for c in cards] == [(centre, "1234", "credit")]
    assert cards[0].money_risk
    assert page.cards.count() == 1
    assert "ending 1234" in page.cards.item(0).text()
    assert page.last4_edit.text() == ""
    assert not page.cards.selectedItems()
    assert not page.remove_button.isEnabled()  # nothing pre-selected
    page.cards.setCurrentRow(0)
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    assert _cards(store, checklist) == []
    assert page.cards.count() == 0
    assert page.undo_button.isVisible()
    assert "ending 1234" in page.removed_note.text()
    page.undo_button.click()  # removed by mistake: put back, as it was
    assert [(c.card.bank_id, c.card.last4) for c in _cards(store, checklist)] == [(centre, "1234")]
    assert page.cards.count() == 1
    assert not page.undo_button.isVisible()


def test_bank_search_takes_full_pinyin_and_says_when_nothing_is_found(make_window, qtbot):
    window = make_window("zh")
    _checklist, page = _open_banks(window, qtbot)
    qtbot.keyClicks(page.bank_search, "gongshang")
    assert page.selected_bank() == "icbc"
    page.bank_search.clear()
    qtbot.keyClicks(page.bank_search, "qqqq")
    assert page.bank_list.count() == 0
    assert page.no_bank.isVisible()
    assert "没有找到" in page.no_bank.text()
    page.bank_search.clear()
    assert not page.no_bank.isVisible()
    assert page.bank_list.count() > 0


def test_the_last4_message_goes_once_the_digits_are_right(make_window, qtbot):
    window = make_window("en")
    _checklist, page = _open_banks(window, qtbot)
    page.bank_search.setText("建行")
    qtbot.keyClicks(page.last4_edit, "12")
    page.add_button.click()
    assert page.last4_error.isVisible()
    page.last4_edit.clear()
    qtbot.keyClicks(page.last4_edit, "1234")
    assert not page.last4_error.isVisible()


def test_a_full_card_number_is_refused_with_the_reason_and_nothing_is_saved(make_window, qtbot, store):
    window = make_window("en")
    checklist, page = _open_banks(window, qtbot)
    page.bank_search.setText("建行")
    qtbot.keyClicks(page.last4_edit, "6222021234567890123")
    page.add_button.click()
    assert page.last4_error.isVisible()
    assert "never keeps a full card number" in page.last4_error.text()
    assert _cards(store, checklist) == []
    assert b"6222021234567890123" not in store.path.read_bytes()
    assert window.next_button.isEnabled()  # cards are optional: the bad entry is simply not kept


def test_no_bank_chosen_or_three_digits_show_their_messages(make_window, qtbot, store):
    window = make_window("zh")
    checklist, page = _open_banks(window, qtbot)
    page.bank_search.setText("没有这家银行")
    page.last4_edit.setText("123")
    page.add_button.click()
    assert "选一家银行" in page.bank_error.text()
    assert "最后 4 位" in page.last4_error.text()
    assert _cards(store, checklist) == []


def test_the_same_card_twice_is_kept_once(make_window, qtbot, store):
    window = make_window("en")
    checklist, page = _open_banks(window, qtbot)
    for _ in range(2):
        page.bank_search.setText("ccb")
        page.last4_edit.setText("9876")
        page.add_button.click()
    assert len(_cards(store, checklist)) == 1


def test_language_switch_changes_the_bank_page(make_window, qtbot):
    window = make_window("en")
    _, page = _open_banks(window, qtbot)
    assert page.add_button.text() == "Add this card"
    window.lang_zh_action.trigger()
    assert page.add_button.text() != "Add this card"


def test_recycled_number_bank_page_asks_about_sms_meant_for_someone_else(make_window, qtbot):
    from bindguard.core.situation import Situation
    from tests.ui.helpers_wizard import start_checklist

    window = make_window("zh")
    start_checklist(window, qtbot, Situation.RECYCLED)
    window.show_page("banks")
    page = window.page("banks")
    assert page.strangers_note.isVisible()  # under the form: the card's digits stay on the first screen
    assert "别人的卡" in page.strangers_note.text()
    assert "机主" in page.strangers_note.text()
    assert "自己的卡" in page.intro.text()
    assert "都加进来" not in page.intro.text()


def test_a_credit_card_is_filed_under_the_banks_card_centre_and_a_debit_card_under_the_bank(
        make_window, qtbot, store, monkeypatch):
    window = make_window("en")
    checklist, page = _open_banks(window, qtbot)
    catalog = page.ctx.catalog
    centre = dataclasses.replace(catalog.banks["icbc"], id="zz_icbc_cards", kind="credit_card", parent="icbc",
                                 name=Text("工商银行信用卡中心", "ICBC credit card centre"), aliases=())
    monkeypatch.setattr(page.ctx, "_catalog", dataclasses.replace(catalog, banks={**catalog.banks, centre.id: centre}))
    qtbot.keyClicks(page.bank_search, "ICBC")
    page.bank_list.setCurrentRow(next(r for r in range(page.bank_list.count())
                                      if page.bank_list.item(r).text() == catalog.banks["icbc"].name.en))
    qtbot.keyClicks(page.last4_edit, "1234")
    page.type_buttons[page.card_type().CREDIT].click()
    page.add_button.click()
    qtbot.keyClicks(page.last4_edit, "5678")
    page.type_buttons[page.card_type().DEBIT].click()
    page.add_button.click()
    cards = {c.card.last4: c.card.bank_id for c in _cards(store, checklist)}
    assert cards == {"1234": "zz_icbc_cards", "5678": "icbc"}
    assert any("ICBC credit card centre" in page.cards.item(r).text() for r in range(page.cards.count()))


def test_after_adding_a_card_the_user_sees_it_was_added_where_the_form_starts_again(make_window, qtbot):
    """Walked under Xvfb at 1024x768 in large text and at 1366x768: after 添加这张卡 the page showed the
    bank field and an empty form; the "✓ 已添加" line sat under the Add button, out of view, and the
    card list was scrolled off the top, so the card seemed not to have been added."""
    from PySide6.QtCore import QPoint, QRect, Qt

    for large, size in ((True, (1024, 728)), (False, (1366, 728))):
        window = make_window("zh", large_text=large)
        window.resize(*size)
        _, page = _open_banks(window, qtbot)
        page.bank_search.setText("gongshang")
        page.last4_edit.setText("4321")
        area = page.scroll_area
        area.ensureWidgetVisible(page.add_button)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.bank_search.hasFocus)
        assert page.bank_search.hasFocus()
        viewport = area.viewport()
        for widget in (page.added_note, page.bank_search):
            where = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
            assert viewport.rect().contains(where), (large, widget.objectName(), where, viewport.rect())
        assert "4321" in page.added_note.text()


# -- issue 20: nothing she types is lost; a credit-card centre is a credit card ----------------------

def test_a_card_filled_in_but_not_added_is_added_on_next_and_the_page_says_so(make_window, qtbot, store):
    from PySide6.QtCore import Qt

    window = make_window("zh")
    checklist, page = _open_banks(window, qtbot)
    page.bank_search.setText("招商")
    page.bank_list.setCurrentRow(next(r for r in range(page.bank_list.count())
                                      if page.bank_list.item(r).text() == "招商银行"))
    page.last4_edit.setText("4321")
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # not 添加这张卡
    assert window.current_id == "banks", "the page stays once to say the card was added"
    assert [(c.card.bank_id, c.card.last4) for c in _cards(store, checklist)] == [("cmb", "4321")]
    assert page.added_note.isVisible()
    assert "招商银行" in page.added_note.text()
    assert "4321" in page.added_note.text()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "work"


def test_digits_that_are_not_a_last_4_stay_on_the_page_with_the_reason(make_window, qtbot, store):
    from PySide6.QtCore import Qt

    window = make_window("en")
    checklist, page = _open_banks(window, qtbot)
    page.bank_search.setText("CCB")
    page.last4_edit.setText("6222021234567890123")
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "banks"
    assert page.last4_error.isVisible()
    assert page.last4_edit.text() == "6222021234567890123"
    assert _cards(store, checklist) == []


def test_choosing_a_credit_card_centre_sets_the_type_to_credit_card(make_window, qtbot, store):
    window = make_window("zh")
    checklist, page = _open_banks(window, qtbot)
    assert page.card_type().value == "debit"
    page.bank_search.setText("招商银行信用卡")
    assert page.selected_bank() == "cmb_cc"
    assert page.card_type().value == "credit"
    page.last4_edit.setText("8888")
    page.add_button.click()
    assert [(c.card.bank_id, c.card.card_type.value) for c in _cards(store, checklist)] == [("cmb_cc", "credit")]


def test_her_bank_typed_but_not_chosen_puts_the_focus_on_the_list_to_choose_from(make_window, qtbot, store):
    """A walk: she typed 招商 (招商银行 and 招商银行信用卡 both match) and the last 4 digits, pressed 下一步; the
    page stayed with 请从列表里选一家银行 but the focus stayed on the digits."""
    window = make_window("zh")
    checklist, page = _open_banks(window, qtbot)
    page.bank_search.setText("招商")
    page.last4_edit.setText("1234")
    page.last4_edit.setFocus()
    window.go_next()
    assert window.current_id == "banks"
    assert "选一家银行" in page.bank_error.text()
    assert page.bank_list.count() == 2
    qtbot.waitUntil(page.bank_list.hasFocus)
    assert page.last4_edit.text() == "1234"  # nothing she typed is lost
    assert _cards(store, checklist) == []


def test_a_bank_chosen_by_a_screen_reader_selecting_its_row_is_the_bank_added(make_window, qtbot, store):
    """Walked by accessible names (as Orca does): selecting 招商银行 (AT-SPI Selection) left no current row,
    and 下一步 said 请从列表里选一家银行 over the selected bank."""
    window = make_window("zh")
    checklist, page = _open_banks(window, qtbot)
    page.bank_search.setText("招商")
    row = next(page.bank_list.item(r) for r in range(page.bank_list.count())
               if page.bank_list.item(r).text() == "招商银行")
    page.bank_list.setCurrentItem(None)
    row.setSelected(True)  # what the accessibility tree's Selection does: no current row of its own
    assert page.selected_bank() == "cmb"
    page.last4_edit.setText("4321")
    window.next_button.click()
    qtbot.waitUntil(lambda: [c.card.last4 for c in _cards(store, checklist)] == ["4321"])
    assert not page.bank_error.isVisible()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("situation", [Situation.SWITCH, Situation.RECYCLED], ids=lambda s: s.value)
def test_at_1024x728_in_large_text_the_cards_digits_type_and_add_are_on_the_first_screen(
        make_window, qtbot, lang, situation):
    """The page's answer controls on its first screen (issue 20, PRODUCT "one question per screen"): the type
    row was 36 px below it, and on a recycled number the digits too (a four-line intro over the form)."""
    window = make_window(lang, large_text=True)
    window.resize(1024, 728)
    checklist = start_checklist(window, qtbot, situation)
    assert checklist is not None
    window.show_page("banks")
    page = window.page("banks")
    qtbot.waitUntil(lambda: page.scroll_area.viewport().height() < 600)
    page.layout().activate()
    bottom = page.scroll_area.viewport().height()
    for widget in (page.bank_search, page.last4_edit, *page.type_buttons.values(), page.add_button):
        assert widget.mapTo(page, widget.rect().bottomLeft()).y() <= bottom, widget.objectName()
    assert all(b.height() >= 60 for b in (*page.type_buttons.values(), page.add_button))
