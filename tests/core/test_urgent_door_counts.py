"""Issue 20 and PRODUCT §3.2: the urgent door (只做最要紧的) keeps its promise. For a typical user (the door's
list and two bank cards) it yields about 10-15 items, never the whole money tier; it drops nothing that
protects her money (every money app and every query marked as finding her money that 全面检查 lists is
on it), and the steps of 最后一步 are on it and said to be what they are. A walk found 18 items in
situations 1 and 3 before a single card: 9 queries, 5 last steps and the 4 apps nearly everyone has."""

from __future__ import annotations

import pytest

from bindguard.core.catalog import Tier
from bindguard.core.checklist import BankCard, CardType, Checklist, ItemKind, bank_item
from bindguard.core.counts import count_words
from bindguard.core.doors import door_additions, door_details, door_summary, last_steps
from bindguard.core.routes import discovery_usable
from bindguard.core.situation import Scope, Situation

TWO_CARDS = [bank_item(BankCard("icbc", "1234", CardType.DEBIT)), bank_item(BankCard("ccb", "5678", CardType.DEBIT))]


@pytest.fixture(scope="module")
def catalog():
    from bindguard.core.catalog import load_catalog

    return load_catalog()


def _door(catalog, situation: Situation, scope: Scope) -> Checklist:
    checklist = Checklist("妈妈", situation, scope)
    checklist.items = door_additions(checklist, catalog)
    return checklist


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_her_urgent_door_yields_about_ten_to_fifteen_items_with_her_two_bank_cards(catalog, situation):
    urgent = _door(catalog, situation, Scope.ESSENTIAL)
    typical = len(urgent.items) + len(TWO_CARDS)
    assert 8 <= typical <= 15, [i.key for i in urgent.items]  # situation 2 has no last step: 6 + 2
    money_tier = [p for p in catalog.platforms.values() if p.tier is Tier.MONEY]
    on_list = [i for i in urgent.items if i.kind is ItemKind.PLATFORM]
    assert len(on_list) < len(money_tier) / 4  # never the whole money tier
    words = door_summary(None, situation, Scope.ESSENTIAL, catalog, "zh")
    assert f"清单上有 {len(urgent.items)} 项" in words
    assert count_words(urgent, "zh") == f"清单上共 {len(urgent.items)} 项。"  # the work page, the paper


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_her_urgent_door_drops_nothing_that_protects_her_money(catalog, situation):
    urgent = {i.key for i in _door(catalog, situation, Scope.ESSENTIAL).items}
    full = _door(catalog, situation, Scope.FULL)
    for item in full.items:
        if item.kind is ItemKind.PLATFORM:
            assert item.key in urgent  # the apps: the same behind both doors
        elif item.kind is ItemKind.DISCOVERY and catalog.discovery[item.ref].urgent:
            assert item.key in urgent  # the queries that find her cards and what takes money from them
    for kind, step in last_steps(situation, catalog):
        assert f"{kind.value}:{step.id}" in urgent  # 最后一步 would add it again: the count would grow
    usable = [s for s in catalog.discovery.values() if s.urgent and situation.value in s.situations
              and discovery_usable(s, full)]
    assert usable  # every situation keeps at least one query that finds her money


def test_the_queries_left_for_the_full_check_are_named_and_the_last_steps_counted_as_such(catalog):
    for situation in (Situation.CANCEL_SOON, Situation.SWITCH):
        urgent = {i.key for i in _door(catalog, situation, Scope.ESSENTIAL).items}
        full = {i.key for i in _door(catalog, situation, Scope.FULL).items}
        assert full - urgent == {"discovery:yzt1", "discovery:unicom_yihao", "discovery:wechat_pay_id_check",
                                 "discovery:alipay_authorizations", "discovery:wechat_authorizations",
                                 "discovery:memory_joggers"}
        urgent_words = door_summary(None, situation, Scope.ESSENTIAL, catalog, "zh")  # what a screen reader hears
        assert "清单上有 12 项（5 项在最后一步）" in urgent_words  # counted as what they are, in the count
        assert "12 items on the list (5 on the last step)" in door_summary(
            None, situation, Scope.ESSENTIAL, catalog, "en")
        assert "其中 5 项在最后一步做。" in door_details(situation, Scope.ESSENTIAL, "zh", catalog)  # under the doors
        assert "最后一步" not in door_summary(None, situation, Scope.FULL, catalog, "zh")  # it promises everything
        assert "最后一步" not in door_details(situation, Scope.FULL, "zh", catalog)
    recycled = door_summary(None, Situation.RECYCLED, Scope.ESSENTIAL, catalog, "zh")
    assert "清单上有 10 项（5 项在最后一步）" in recycled
    assert "最后一步" not in door_summary(None, Situation.OLD_DEAD, Scope.ESSENTIAL, catalog, "zh")  # none
    assert "最后一步" not in door_details(Situation.OLD_DEAD, Scope.ESSENTIAL, "zh", catalog)
    # the doors now differ in situation 2 as well (both said "11 项，1 小时 15 分钟")
    dead = {scope: door_summary(None, Situation.OLD_DEAD, scope, catalog, "zh") for scope in Scope}
    assert "清单上有 6 项" in dead[Scope.ESSENTIAL] and "清单上有 11 项" in dead[Scope.FULL]
