"""The rules three pages used to keep for themselves, now in core and called by the pages (issue 20
point 7): which tiles the accounts page shows, which items ask whether the old number still gets its
SMS, and which numbers page 3 needs in each situation."""

from __future__ import annotations

import pytest

from bindguard.core.catalog import Tier, load_catalog
from bindguard.core.checklist import (
    BankCard,
    CardType,
    Checklist,
    ItemKind,
    asks_old_number_works,
    bank_item,
    custom_item,
    entry_item,
    old_number_works,
    platform_item,
)
from bindguard.core.doors import accounts_shown
from bindguard.core.situation import NumbersNeeded, Scope, Situation, missing_number, numbers_needed


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _other_tier(catalog):
    return next(p for p in catalog.platforms.values() if p.tier is Tier.OTHER)


# -- the accounts page's tiles ---------------------------------------------------------------------------

def test_the_full_check_shows_every_platform_in_catalog_order(catalog):
    assert accounts_shown(catalog, Scope.FULL) == list(catalog.platforms.values())


def test_the_essential_door_shows_the_money_and_identity_tiers_only(catalog):
    assert {p.tier for p in accounts_shown(catalog, Scope.ESSENTIAL)} == {Tier.MONEY, Tier.IDENTITY}


def test_a_ticked_platform_of_another_tier_stays_shown_behind_the_essential_door(catalog):
    other = _other_tier(catalog)
    assert other not in accounts_shown(catalog, Scope.ESSENTIAL)
    assert other in accounts_shown(catalog, Scope.ESSENTIAL, ticked={other.id})


def test_the_search_keeps_only_matching_tiles(catalog):
    shown = accounts_shown(catalog, Scope.FULL, query="支付宝")
    assert catalog.platforms["alipay"] in shown
    assert catalog.platforms["wechat"] not in shown


def test_the_search_and_the_door_both_apply(catalog):
    other = _other_tier(catalog)
    name = other.name.zh
    assert accounts_shown(catalog, Scope.ESSENTIAL, query=name) == []
    assert other in accounts_shown(catalog, Scope.FULL, query=name)


def test_an_empty_search_hides_nothing(catalog):
    assert accounts_shown(catalog, Scope.FULL, query="  ") == list(catalog.platforms.values())


# -- the per-item question on the work page -------------------------------------------------------------

CARD = bank_item(BankCard("icbc", "1234", CardType.DEBIT))


@pytest.mark.parametrize("situation", [Situation.CANCEL_SOON, Situation.SWITCH])
def test_accounts_and_cards_are_asked_where_the_old_number_should_work(catalog, situation):
    assert asks_old_number_works(situation, platform_item(catalog.platforms["alipay"]))
    assert asks_old_number_works(situation, CARD)


@pytest.mark.parametrize("situation", [Situation.OLD_DEAD, Situation.RECYCLED])
def test_nothing_is_asked_where_the_old_number_is_dead_or_not_hers(catalog, situation):
    assert not asks_old_number_works(situation, platform_item(catalog.platforms["alipay"]))
    assert not asks_old_number_works(situation, CARD)


@pytest.mark.parametrize("kind", [ItemKind.DISCOVERY, ItemKind.CARRIER])
def test_steps_are_never_asked(kind):
    assert not asks_old_number_works(Situation.SWITCH, entry_item(kind, "x"))


def test_custom_items_are_never_asked():
    assert not asks_old_number_works(Situation.SWITCH, custom_item("健身房"))


def test_the_items_answer_wins_where_it_is_asked(catalog):
    item = platform_item(catalog.platforms["alipay"])
    item.old_number_works = False
    assert old_number_works(Checklist("我", Situation.SWITCH), item) is False


def test_an_answer_from_before_the_number_stopped_does_not_bring_it_back(catalog):
    item = platform_item(catalog.platforms["alipay"])
    item.old_number_works = True
    assert old_number_works(Checklist("我", Situation.OLD_DEAD), item) is False


# -- the numbers page ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("situation", "needed"), [
    (Situation.CANCEL_SOON, NumbersNeeded(old=True, new=False)),
    (Situation.OLD_DEAD, NumbersNeeded(old=True, new=False)),
    (Situation.SWITCH, NumbersNeeded(old=True, new=True)),
    (Situation.RECYCLED, NumbersNeeded(old=False, new=True)),
])
def test_each_situation_needs_its_numbers(situation, needed):
    assert numbers_needed(situation) == needed


@pytest.mark.parametrize(("situation", "old", "new", "missing"), [
    (Situation.CANCEL_SOON, "", "", "old"),
    (Situation.CANCEL_SOON, "138****1234", "", ""),
    (Situation.SWITCH, "", "", "old"),
    (Situation.SWITCH, "138****1234", "", "new"),
    (Situation.SWITCH, "138****1234", "139****5678", ""),
    (Situation.OLD_DEAD, "138****1234", "", ""),
    (Situation.RECYCLED, "", "", "new"),
    (Situation.RECYCLED, "", "139****5678", ""),
])
def test_the_first_missing_number_is_named(situation, old, new, missing):
    assert missing_number(situation, old, new) == missing
