"""Rules no test guarded (issue 19), checked against the live functions the pages and the paper call,
and a round trip of every field of every item kind through the store."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bindguard.core.catalog import Need, load_catalog
from bindguard.core.checklist import (
    BankCard,
    CardType,
    Checklist,
    ChecklistItem,
    ItemKind,
    Status,
    bank_item,
    custom_item,
    entry_item,
    found_refs,
    platform_item,
    record_sms_found,
)
from bindguard.core.doors import door_additions
from bindguard.core.routes import plan_routes
from bindguard.core.situation import Scope, Situation
from bindguard.core.store import Store
from bindguard.core.work_order import work_order


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _needs_old_sms(offered) -> bool:
    return Need.OLD_SMS in offered.route.needs


# -- (a) "the old number gets no SMS here" holds back what needs it -------------------------------------

def _items_with_an_old_sms_way(catalog):
    """Accounts and cards whose usual way, with the old number working, needs its SMS."""
    checklist = Checklist("我", Situation.SWITCH)
    items = [platform_item(p) for p in catalog.platforms.values()]
    items += [bank_item(BankCard(b.id, "1234", CardType.DEBIT)) for b in catalog.banks.values()]
    return [i for i in items if any(_needs_old_sms(o) for o in plan_routes(checklist, i, catalog).routes)]


def test_some_items_offer_a_way_by_the_old_numbers_sms_while_it_works(catalog):
    assert len(_items_with_an_old_sms_way(catalog)) >= 5


@pytest.mark.parametrize("situation", [Situation.CANCEL_SOON, Situation.SWITCH])
def test_an_items_no_sms_answer_holds_back_every_way_that_needs_the_old_numbers_sms(catalog, situation):
    checklist = Checklist("我", situation)
    offered_anyway = []
    for item in _items_with_an_old_sms_way(catalog):
        item.old_number_works = False
        plan = plan_routes(checklist, item, catalog)
        if any(_needs_old_sms(o) for o in plan.routes) or not plan.held_back:
            offered_anyway.append(item.key)
    assert offered_anyway == []


def test_the_answer_of_one_item_leaves_the_others_alone(catalog):
    checklist = Checklist("我", Situation.SWITCH)
    first, second = _items_with_an_old_sms_way(catalog)[:2]
    first.old_number_works = False
    assert any(_needs_old_sms(o) for o in plan_routes(checklist, second, catalog).routes)


# -- (b) a recycled number: the carrier steps right after discovery -------------------------------------

def _full_list(catalog, situation: Situation) -> Checklist:
    checklist = Checklist("我", situation, Scope.FULL)
    checklist.discovery_counts = {"taobao": 1}
    checklist.items = door_additions(checklist, catalog)
    checklist.items += [bank_item(BankCard("icbc", "1234", CardType.DEBIT)), custom_item("健身房", money_risk=True)]
    return checklist


def _kinds_in_work_order(catalog, checklist: Checklist) -> list[ItemKind]:
    return [i.kind for i in work_order(checklist, catalog)]


def test_a_recycled_number_has_discovery_and_carrier_steps_to_order(catalog):
    kinds = set(_kinds_in_work_order(catalog, _full_list(catalog, Situation.RECYCLED)))
    assert {ItemKind.DISCOVERY, ItemKind.CARRIER, ItemKind.PLATFORM} <= kinds


def test_a_recycled_numbers_carrier_steps_come_right_after_discovery(catalog):
    kinds = _kinds_in_work_order(catalog, _full_list(catalog, Situation.RECYCLED))
    discovery = kinds.count(ItemKind.DISCOVERY)
    carrier = kinds.count(ItemKind.CARRIER)
    assert kinds[:discovery + carrier] == [ItemKind.DISCOVERY] * discovery + [ItemKind.CARRIER] * carrier


def test_elsewhere_the_carrier_steps_come_last(catalog):
    kinds = _kinds_in_work_order(catalog, _full_list(catalog, Situation.CANCEL_SOON))
    carrier = kinds.count(ItemKind.CARRIER)
    assert carrier
    assert kinds[-carrier:] == [ItemKind.CARRIER] * carrier


# -- (c) and the round trip: what is saved comes back --------------------------------------------------

def test_a_per_item_answer_survives_save_and_reload(catalog, data_dir):
    store = Store.open(data_dir)
    item = platform_item(catalog.platforms["alipay"])
    checklist = store.create_checklist(Checklist("我", Situation.SWITCH, items=[item]))
    store.update_item(checklist.id, dataclasses.replace(item, old_number_works=False))  # as the work page saves
    store.close()
    again = Store.open(data_dir)
    loaded = again.load_checklist(checklist.id)
    again.close()
    assert loaded.item(item.key).old_number_works is False


def _every_kind(catalog) -> list[ChecklistItem]:
    platform = platform_item(catalog.platforms["alipay"])
    platform.status, platform.old_number_works = Status.DONE, False
    answered_yes = platform_item(catalog.platforms["wechat"])
    answered_yes.status, answered_yes.old_number_works = Status.STUCK, True
    debit = bank_item(BankCard("icbc", "1234", CardType.DEBIT))
    debit.status, debit.old_number_works = Status.LATER, False
    credit = bank_item(BankCard("cmb", "5678", CardType.CREDIT))
    credit.status = Status.NOT_APPLICABLE
    custom = custom_item("小区门禁 App", money_risk=True)
    custom.status = Status.STUCK
    plain_custom = custom_item("健身房")
    discovery = entry_item(ItemKind.DISCOVERY, "yzt2")
    discovery.status = Status.DONE
    carrier = entry_item(ItemKind.CARRIER, "port_out")
    carrier.status = Status.NOT_APPLICABLE
    return [platform, answered_yes, debit, credit, custom, plain_custom, discovery, carrier]


def test_every_field_of_every_item_kind_survives_save_and_reload(catalog, data_dir):
    original = Checklist(
        "妈妈", Situation.SWITCH, Scope.ESSENTIAL, old_number="138****1234", new_number="139****5678",
        cancel_date=dt.date(2027, 3, 1), suspended_only=True, items=_every_kind(catalog),
        discovery_counts={"wechat": 2, "alipay": 0}, page="work", current_item="platform:wechat")
    record_sms_found(original, ["meituan"])
    store = Store.open(data_dir)
    saved = store.create_checklist(original)
    store.put_note(saved.id, "platform:alipay", b"nonce-12byte", b"\x00ciphertext\xff")
    expected = dataclasses.replace(saved, items=[dataclasses.replace(i) for i in saved.items])
    store.close()

    again = Store.open(data_dir)
    loaded = again.load_checklist(saved.id)
    note = again.get_note(saved.id, "platform:alipay")
    again.close()
    for field in dataclasses.fields(Checklist):
        if field.name != "items":
            assert getattr(loaded, field.name) == getattr(expected, field.name), field.name
    assert [i.key for i in loaded.items] == [i.key for i in expected.items]
    for got, want in zip(loaded.items, expected.items, strict=True):
        for field in dataclasses.fields(ChecklistItem):
            assert (got.key, field.name, getattr(got, field.name)) == (want.key, field.name, getattr(want, field.name))
    assert found_refs(loaded) == {"wechat", "meituan"}
    assert note == (b"nonce-12byte", b"\x00ciphertext\xff")
