import pytest

from bindguard.core.catalog import RouteKind, load_catalog
from bindguard.core.checklist import (
    BankCard,
    CardType,
    Checklist,
    ChecklistItem,
    ItemKind,
    Status,
    bank_item,
    custom_item,
    platform_item,
    progress,
)
from bindguard.core.doors import accounts_shown, suggested_items
from bindguard.core.errors import BindGuardError
from bindguard.core.routes import plan_routes, route_order
from bindguard.core.situation import Scope, Situation


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def offered_routes(checklist, item, catalog):
    """The routes the screen and the paper offer for the item, in order (the live rule)."""
    return [offered.route for offered in plan_routes(checklist, item, catalog).routes]


def _items():
    return [
        ChecklistItem("custom:a", ItemKind.CUSTOM, title="Gym app"),
        ChecklistItem("platform:iit", ItemKind.PLATFORM, "iit"),
        ChecklistItem("platform:wechat", ItemKind.PLATFORM, "wechat", money_risk=True),
        ChecklistItem("discovery:yzt2", ItemKind.DISCOVERY, "yzt2"),
        ChecklistItem("bank:ccb:1234:debit", ItemKind.BANK_CARD, "ccb", money_risk=True,
                      card=BankCard("ccb", "1234", CardType.DEBIT)),
    ]


def test_progress_counts_each_status_and_money_left():
    items = _items()
    items[0].status = Status.DONE
    items[1].status = Status.NOT_APPLICABLE
    items[2].status = Status.STUCK
    items[3].status = Status.LATER
    result = progress(items)
    assert (result.total, result.done, result.not_applicable, result.stuck, result.later, result.todo) == (
        5, 1, 1, 1, 1, 1)
    assert result.finished == 2
    assert result.percent == 40
    assert result.money_left == 2
    assert progress([]).percent == 0


def test_old_number_dead_offers_no_code_route_first(catalog):
    checklist = Checklist("我自己", Situation.OLD_DEAD)
    item = platform_item(catalog.platforms["iit"])
    routes = offered_routes(checklist, item, catalog)
    assert routes[0].kind is RouteKind.NO_CODE
    assert "银行卡" in routes[0].title.zh
    assert routes[-1] in catalog.general_ways["app"].routes


def test_old_number_working_offers_normal_route_first_unless_item_says_otherwise(catalog):
    checklist = Checklist("我自己", Situation.CANCEL_SOON)
    item = platform_item(catalog.platforms["alipay"])
    assert offered_routes(checklist, item, catalog)[0].kind is RouteKind.REBIND
    item.old_number_works = False
    assert offered_routes(checklist, item, catalog)[0].kind is RouteKind.NO_CODE


def test_recycled_number_offers_new_holder_route_first(catalog):
    checklist = Checklist("我", Situation.RECYCLED)
    assert route_order(Situation.RECYCLED, True)[0] is RouteKind.RECYCLED
    routes = offered_routes(checklist, platform_item(catalog.platforms["wechat"]), catalog)
    assert routes[0].kind is RouteKind.RECYCLED


def test_card_field_takes_last_four_and_refuses_full_numbers():
    assert BankCard.parse_last4("1234") == "1234"
    for bad in ("", "12", "12a4", "12 34"):
        with pytest.raises(BindGuardError) as info:
            BankCard.parse_last4(bad)
        assert info.value.code == "card.last4"
    with pytest.raises(BindGuardError) as info:
        BankCard.parse_last4("6222 0212 3456 7890")
    assert info.value.code == "card.full_number"


def test_bank_card_items_are_money_risk_and_keyed_by_card():
    item = bank_item(BankCard("ccb", "1234", CardType.CREDIT))
    assert item.money_risk
    assert item.key == "bank:ccb:1234:credit"


def test_custom_item_needs_a_name():
    assert custom_item("  健身房 ").title == "健身房"
    with pytest.raises(BindGuardError):
        custom_item("   ")


def test_situation_decides_the_suggested_steps(catalog):
    dead = {i.key for i in suggested_items(Checklist("x", Situation.OLD_DEAD), catalog)}
    cancel = {i.key for i in suggested_items(Checklist("x", Situation.CANCEL_SOON), catalog)}
    assert "discovery:yzt2" in cancel
    assert "discovery:yzt2" not in dead, "一证通查2.0 texts its code to the old number: no step when that is dead"
    assert "discovery:yzt1" in dead
    assert "carrier:counter_cancel" in cancel
    assert "carrier:counter_cancel" not in dead


def test_essential_door_has_money_and_government_items(catalog):
    ids = {p.id for p in accounts_shown(catalog, Scope.ESSENTIAL)}
    assert {"wechat", "alipay", "iit"} <= ids


def test_a_shop_found_by_discovery_brings_the_wallet_it_pays_through():
    """美团 -> 美团支付, 淘宝/闲鱼 -> 支付宝, 抖音 -> 抖音支付: the money side of a found app is on the list too."""
    from bindguard.core.catalog import load_catalog
    from bindguard.core.doors import door_platforms, with_money_side

    catalog = load_catalog()
    assert with_money_side(["meituan", "wechat"], catalog) == ["meituan", "meituan_pay", "wechat"]
    assert with_money_side(["taobao", "xianyu"], catalog) == ["taobao", "alipay", "xianyu"]
    for pid in ("meituan", "dianping", "taobao", "xianyu", "douyin"):
        wallet = catalog.platforms[catalog.platforms[pid].pays_through]
        assert wallet.money_risk
        assert wallet.name.zh in catalog.platforms[pid].tier_reason.zh
    checklist = Checklist("x", Situation.OLD_DEAD)
    checklist.discovery_counts = {"douyin": 1}
    assert {"douyin", "douyin_pay"} <= {p.id for p in door_platforms(checklist, catalog)}


@pytest.mark.parametrize("typed", ["１２３４", "١٢٣٤", "۱۲۳۴", " 1２3４ "])
def test_last4_in_other_digits_is_kept_as_ascii(typed):
    """Issue 22 point 9: full-width and Arabic-Indic digits were stored as typed."""
    assert BankCard.parse_last4(typed) == "1234"
    assert bank_item(BankCard("icbc", BankCard.parse_last4(typed), CardType.DEBIT)).key == "bank:icbc:1234:debit"
    with pytest.raises(BindGuardError) as info:
        BankCard.parse_last4("１２３４５６７８９０１２")
    assert info.value.code == "card.full_number"
    with pytest.raises(BindGuardError) as info:
        BankCard.parse_last4("¹²³⁴")  # superscripts are not digits one types for a card
    assert info.value.code == "card.last4"
