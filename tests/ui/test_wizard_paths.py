"""The user stories of issue 5: each of the four situations walked from the welcome page to the
finish page with clicks and key presses, then the saved checklist read back with a new Store."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from bindguard.core.catalog import RouteKind
from bindguard.core.checklist import ItemKind, Status
from bindguard.core.situation import Scope, Situation
from bindguard.core.store import Store
from bindguard.core.work_order import one_thing_today, work_order
from tests.helpers.settle import settle

OLD_TYPED, OLD_FULL, OLD_MASKED = "138 1234 5678", "13812345678", "138****5678"
NEW_TYPED, NEW_FULL, NEW_MASKED = "139 8765 4321", "13987654321", "139****4321"
SMS = "【招商银行】您的验证码是382915,您正在修改绑定手机号,请勿泄露。"

# A fresh checklist from the 全面检查 door (no discovery input yet): the situation's usable discovery
# and carrier steps plus 支付宝, 微信支付, 微信, 个人所得税 (what nearly everyone has). The catalog's
# discovery and carrier steps decide the number; only 支付宝 … 个人所得税 are ticked.
# what each door puts on a new list (core.doors): 全面检查 every query of the situation, 只做最要紧的 only the
# few that find where her money is; both the 最后一步 steps (5 in situations 1, 3 and 4) and the 4 apps
DOOR_COUNT = {Situation.CANCEL_SOON: 18, Situation.OLD_DEAD: 11, Situation.SWITCH: 18, Situation.RECYCLED: 11}
URGENT_DOOR_COUNT = {Situation.CANCEL_SOON: 12, Situation.OLD_DEAD: 6, Situation.SWITCH: 12, Situation.RECYCLED: 10}
# The work list after the walk (alipay counted by One-ID Check, a CMB credit card, JD and QQ ticked):
# the payment apps, found first, then the bank card, before any other item.
FIRST_THREE = ["platform:alipay", "platform:wechat_pay", "<the CMB credit card>"]

FLOW_LENGTH = {Situation.CANCEL_SOON: 9, Situation.SWITCH: 9, Situation.RECYCLED: 9, Situation.OLD_DEAD: 8}


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _next(qtbot, window, expected_page: str) -> None:
    assert window.next_button.isEnabled(), f"Next is disabled on {window.current_id}"
    _click(qtbot, window.next_button)
    assert window.current_id == expected_page


def _step(window) -> str:
    return window.step_label.text()


def _cancel_date(situation: Situation, today: dt.date) -> dt.date:
    """A date the user would really type: planned ahead, or when the number stopped / was received."""
    return today + dt.timedelta(days=20) if situation.old_number_works else today - dt.timedelta(days=30)


def walk(window, qtbot, situation: Situation, scope: Scope = Scope.FULL) -> dict:
    """Welcome -> finish, as a user does, through the door `scope`; returns what the test should find
    saved, and the door's words as she read them (`door_words`)."""
    today = dt.date.today()
    flow_length = FLOW_LENGTH[situation]
    expected: dict = {"statuses": {}}

    # 1 welcome
    assert _step(window) == "Step 1"  # the situation is not chosen yet: how many steps is not known
    _click(qtbot, window.page("welcome").start_button)
    assert window.current_id == "situation"

    # 2 situation: the radio card, the door, who it is for
    page = window.page("situation")
    assert not window.next_button.isEnabled()  # nothing chosen yet
    _click(qtbot, page.cards[situation].radio)
    _click(qtbot, page.doors[scope].radio)
    page.name_edit.setText("妈妈")
    expected["door_words"] = page.doors[scope].explanation.text()
    assert _step(window) == f"Step 2 of {flow_length}"  # her situation chosen: its steps known at once
    _next(qtbot, window, "numbers")
    checklist = window.ctx.checklist
    door_count = (URGENT_DOOR_COUNT if scope is Scope.ESSENTIAL else DOOR_COUNT)[situation]
    assert len(checklist.items) == door_count, [i.key for i in checklist.items]
    assert {"alipay", "wechat_pay", "wechat", "iit"} == checklist.selected_refs(ItemKind.PLATFORM)

    # 3 numbers: typed with spaces as people do, and a date
    page = window.page("numbers")
    assert _step(window) == f"Step 3 of {flow_length}"
    if situation.asks_old_number:
        page.old_edit.setFocus()
        qtbot.keyClicks(page.old_edit, OLD_TYPED)
    if situation in (Situation.SWITCH, Situation.RECYCLED):
        page.new_edit.setFocus()
        qtbot.keyClicks(page.new_edit, NEW_TYPED)
    date = _cancel_date(situation, today)
    page.date_edit.setFocus()
    qtbot.keyClicks(page.date_edit, date.isoformat())
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Tab)
    expected["date"] = date
    _next(qtbot, window, "discovery")

    # 4 discovery: One-ID Check counts by the arrow keys, an SMS pasted
    page = window.page("discovery")
    assert _step(window) == f"Step 4 of {flow_length}"
    for pid, presses in (("alipay", 2), ("taobao", 1)):  # not checked -> 0 -> 1
        page.spins[pid].setFocus()
        for _ in range(presses):
            qtbot.keyClick(page.spins[pid], Qt.Key.Key_Up)
    expected["counts"] = {"alipay": 1, "taobao": 0}
    page.sms_edit.setPlainText(SMS)
    _click(qtbot, page.sms_button)
    assert "China Merchants Bank" in page.sms_result.text()
    assert page.sms_edit.toPlainText() == ""
    _next(qtbot, window, "accounts")

    # 5 accounts: alipay and WeChat are ticked already (the door); QQ found by search and ticked with Space
    page = window.page("accounts")
    assert _step(window) == f"Step 5 of {flow_length}"
    assert page.items["alipay"].checkState() == Qt.CheckState.Checked
    assert page.items["wechat"].checkState() == Qt.CheckState.Checked
    page.search.setFocus()
    qtbot.keyClicks(page.search, "qq")
    assert page.search.text() == "qq"
    shown = [k for k in page.items if page.is_shown(k)]
    assert page.is_shown("qq"), shown
    assert not page.is_shown("taobao"), shown
    page.list.setFocus()
    page.list.setCurrentItem(page.items["qq"])
    qtbot.keyClick(page.list, Qt.Key.Key_Space)
    assert page.items["qq"].checkState() == Qt.CheckState.Checked
    page.search.clear()
    row = page.list.visualItemRect(page.items["jd"])
    page.list.scrollToItem(page.items["jd"])
    row = page.list.visualItemRect(page.items["jd"])
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(row.left() + 12, row.center().y()))
    assert page.items["jd"].checkState() == Qt.CheckState.Checked, "a click on the tick box ticks the row"
    page.custom_edit.setText("小区门禁")
    _click(qtbot, page.custom_add)
    _next(qtbot, window, "banks")

    # 6 bank cards: the bank the SMS named, last 4 digits, credit card
    page = window.page("banks")
    assert _step(window) == f"Step 6 of {flow_length}"
    qtbot.keyClicks(page.bank_search, "cmb")
    assert page.selected_bank() == "cmb"
    page.last4_edit.setFocus()
    qtbot.keyClicks(page.last4_edit, "4321")
    _click(qtbot, page.type_buttons[next(t for t in page.type_buttons if t.value == "credit")])
    _click(qtbot, page.add_button)
    assert page.cards.count() == 1
    _next(qtbot, window, "work")

    # 7 work: the most urgent item first, then several more
    page = window.page("work")
    assert _step(window) == f"Step 7 of {flow_length}"
    checklist = window.ctx.checklist
    shown = [page.item_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.item_list.count())]
    assert page.item.key == next(k for k in shown if checklist.item(k).status.is_open)  # the first open item
    work = [key for key in shown if not key.startswith(("discovery:", "carrier:"))]
    card_key = next(i.key for i in checklist.items if i.kind is ItemKind.BANK_CARD)  # cmb, or its card centre
    assert card_key.startswith("bank:cmb")
    assert card_key.endswith(":4321:credit")
    assert work[:3] == [*FIRST_THREE[:2], card_key], work
    assert shown == [i.key for i in work_order(checklist, window.ctx.catalog)]
    urgent = one_thing_today(checklist, window.ctx.catalog)
    assert urgent is not None
    assert urgent.key == "platform:alipay"
    _click(qtbot, page.urgent_button)
    assert page.item.key == urgent.key
    if situation is Situation.OLD_DEAD:
        for key in ("platform:alipay", "platform:wechat", "platform:jd", card_key):
            page.select(key)
            cards = " ".join(card.label.text() for card in page.route_cards)
            assert cards, key
            assert "old number gets a code" not in cards, key
            assert "The old number receives SMS" not in cards, key
        page.select(urgent.key)
    if situation is Situation.RECYCLED:
        # the account is the previous holder's: the recycled-number ways, never the owner's proofs
        kinds = [card.route.kind for card in page.route_cards]
        assert kinds, kinds
        assert kinds[0] is RouteKind.RECYCLED, kinds
        assert RouteKind.NO_CODE not in kinds, kinds
    elif not situation.old_number_works:
        # the old number no longer gets SMS: the way without a code comes first
        kinds = [card.route.kind for card in page.route_cards]
        assert RouteKind.NO_CODE in kinds, kinds
        assert kinds[0] is not RouteKind.REBIND, kinds
        if RouteKind.REBIND in kinds:
            assert kinds.index(RouteKind.NO_CODE) < kinds.index(RouteKind.REBIND), kinds
    _click(qtbot, page.status_bar.buttons[Status.DONE])
    expected["statuses"][urgent.key] = Status.DONE
    plan = [("platform:wechat", Status.NOT_APPLICABLE), (card_key, Status.STUCK)]
    custom_key = next(i.key for i in checklist.items if i.kind is ItemKind.CUSTOM)
    plan.append((custom_key, Status.LATER))
    for key, status in plan:
        if key == urgent.key:
            continue
        page.select(key)
        assert page.item.key == key
        _click(qtbot, page.status_bar.buttons[status])
        expected["statuses"][key] = status
    expected["current_item"] = custom_key
    _next(qtbot, window, "carrier" if situation.has_carrier_page else "finish")

    # 8 carrier: the first step marked done
    if situation.has_carrier_page:
        page = window.page("carrier")
        assert _step(window) == f"Step 8 of {flow_length}"
        assert page.step_cards, "the carrier page has steps for this situation"
        card = page.step_cards[0]
        _click(qtbot, card.status_bar.buttons[Status.DONE])
        expected["statuses"][card.item.key] = Status.DONE
        _next(qtbot, window, "finish")

    # 9 finish
    assert _step(window) == f"Step {flow_length} of {flow_length}"
    assert not window.next_button.isVisible()
    finish = window.page("finish")
    done = sum(1 for s in expected["statuses"].values() if s is Status.DONE)
    assert f"<b>{done}</b>" in finish.summary.text()
    return expected


def _all_bytes(data_dir) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_each_situation_is_walked_from_welcome_to_finish_and_everything_is_saved(
        make_window, qtbot, store, data_dir, situation):
    window = make_window("en")
    flow = window.flow()
    expected = walk(window, qtbot, situation)
    assert window.flow() == [p for p in flow if p != "carrier" or situation.has_carrier_page]
    checklist_id = window.ctx.checklist.id
    window.close()
    store.close()

    again = Store.open(data_dir, backup=False)
    try:
        saved = again.load_checklist(checklist_id)
    finally:
        again.close()
    assert saved.name == "妈妈"
    assert saved.situation is situation
    assert saved.scope is Scope.FULL
    assert saved.old_number == (OLD_MASKED if situation.asks_old_number else "")
    assert saved.new_number == (NEW_MASKED if situation in (Situation.SWITCH, Situation.RECYCLED) else "")
    assert saved.cancel_date == expected["date"]
    assert saved.discovery_counts == expected["counts"]
    assert {"alipay", "wechat", "qq", "jd"} <= saved.selected_refs(ItemKind.PLATFORM)
    assert [i.title for i in saved.items if i.kind is ItemKind.CUSTOM] == ["小区门禁"]
    cards = [(i.card.bank_id, i.card.last4, i.card.card_type.value) for i in saved.items if i.card]
    assert [(bank.split("_")[0], last4, kind) for bank, last4, kind in cards] == [("cmb", "4321", "credit")]
    assert {k: saved.item(k).status for k in expected["statuses"]} == expected["statuses"]
    assert saved.page == "finish"
    assert saved.current_item == expected["current_item"]
    everything = _all_bytes(data_dir)
    masked = (OLD_MASKED if situation.asks_old_number else NEW_MASKED).encode()
    assert masked in everything  # the database really is among the bytes read
    for full in (OLD_FULL, NEW_FULL, OLD_TYPED, NEW_TYPED, "382915"):
        assert full.encode() not in everything, f"{full} is written to disk"


def _visible_texts(window, qtbot) -> list[str]:
    settle()  # widgets added to a shown layout appear after a turn of the event loop
    page = window.page(window.current_id)
    texts = [window.title_label.text(), window.step_label.text(), window.next_button.text()]
    texts += [w.text() for w in page.findChildren(QWidget)
              if w.isVisible() and isinstance(w, QLabel | QAbstractButton) and w.text().strip()]
    return texts


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def test_the_language_menu_changes_the_visible_texts_on_every_page(make_window, qtbot):
    window = make_window("en")
    walk(window, qtbot, Situation.CANCEL_SOON)
    for page_id in window.flow():
        window.show_page(page_id)
        english = _visible_texts(window, qtbot)
        window.lang_zh_action.trigger()
        chinese = _visible_texts(window, qtbot)
        window.lang_en_action.trigger()
        assert sorted(_visible_texts(window, qtbot)) == sorted(english), page_id
        assert _has_chinese(chinese[0]), page_id
        assert _has_chinese(chinese[1]), page_id  # the title and the step counter
        left_in_english = [t for t in english if t in chinese and re.search(r"[a-z]{3,} [a-z]{2,}", t)]
        assert left_in_english == [], (page_id, left_in_english)  # English words, not a brand like QQ
        assert len(set(english) - set(chinese)) >= 3, page_id


def test_going_back_to_say_the_old_number_is_already_dead_keeps_the_accounts_and_drops_the_carrier_page(
        make_window, qtbot, store):
    window = make_window("en")
    walk(window, qtbot, Situation.CANCEL_SOON)
    checklist_id = window.ctx.checklist.id
    while window.current_id != "situation":
        _click(qtbot, window.back_button)
    _click(qtbot, window.page("situation").cards[Situation.OLD_DEAD].radio)
    assert _step(window) == "Step 2 of 8"
    assert "Last step" not in [window.step_list.item(i).text()[4:] for i in range(window.step_list.count())]
    _next(qtbot, window, "numbers")
    assert window.page("numbers").old_edit.text() == OLD_MASKED
    for page_id in ("discovery", "accounts", "banks", "work", "finish"):
        _next(qtbot, window, page_id)
    assert _step(window) == "Step 8 of 8"
    saved = store.load_checklist(checklist_id)
    assert saved.situation is Situation.OLD_DEAD
    assert not [i for i in saved.items if i.kind is ItemKind.CARRIER]
    assert {"alipay", "wechat", "jd"} <= saved.selected_refs(ItemKind.PLATFORM)
    assert saved.item("platform:wechat").status is Status.NOT_APPLICABLE
