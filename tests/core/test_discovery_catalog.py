"""Issue 14's discovery and carrier items reach the right situations (suggested_items is what the
checklist is made with; the discovery and carrier pages read the same situations)."""


import pytest

from bindguard.core.catalog import Confidence, load_catalog
from bindguard.core.checklist import Checklist
from bindguard.core.doors import suggested_items
from bindguard.core.situation import Situation

INVENTORIES = {"discovery:alipay_authorizations", "discovery:wechat_authorizations", "discovery:bank_quickpay"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _keys(catalog, situation):
    return [i.key for i in suggested_items(Checklist("x", situation), catalog)]


@pytest.mark.parametrize("situation", [Situation.CANCEL_SOON, Situation.SWITCH])
def test_someone_giving_up_a_number_is_told_to_tell_people_and_to_move_everything_before_cancelling(
        catalog, situation):
    keys = _keys(catalog, situation)
    assert "carrier:tell_contacts" in keys
    assert "carrier:renewal_warning" in keys
    # the warning comes before the counter visit on the carrier page and in the checklist
    assert keys.index("carrier:renewal_warning") < keys.index("carrier:counter_cancel")
    assert set(keys) >= INVENTORIES


def test_the_tell_people_item_names_everyone_a_query_cannot_find(catalog):
    steps = " ".join(s.zh for s in catalog.carrier["tell_contacts"].routes[0].steps)
    for who in ("家人和朋友", "单位", "收货地址", "12306", "银行的联系电话"):
        assert who in steps


def test_the_renewal_warning_says_to_rebind_before_cancelling(catalog):
    step = catalog.carrier["renewal_warning"]
    assert "主动焕新" in step.note.zh
    assert "先" in step.routes[0].steps[0].zh
    assert "主动焕新" in " ".join(s.zh for s in catalog.carrier["counter_cancel"].routes[0].steps)


def test_a_dead_old_number_gets_the_inventories_but_no_cancel_items(catalog):
    keys = set(_keys(catalog, Situation.OLD_DEAD))
    assert keys >= INVENTORIES
    assert not {"carrier:tell_contacts", "carrier:renewal_warning", "carrier:counter_cancel"} & keys


def test_the_new_holder_of_a_recycled_number_gets_the_renewal_service_not_the_inventories(catalog):
    keys = set(_keys(catalog, Situation.RECYCLED))
    assert "discovery:number_renewal" in keys
    assert not INVENTORIES & keys
    assert "carrier:tell_contacts" not in keys
    assert "carrier:renewal_warning" not in keys


def test_number_renewal_is_official_from_the_regulators_notice_with_its_limits(catalog):
    service = catalog.discovery["number_renewal"]
    assert service.confidence is Confidence.OFFICIAL
    assert any("gov.cn" in s and "Q1 2025" in s for s in service.sources)
    assert "200" in service.note.zh
    assert "200" in service.finds.zh
    assert "您自己注册的账号" in service.limits.zh
    assert "中国广电" in service.limits.zh


def test_each_inventory_says_what_it_finds_where_and_what_to_do(catalog):
    for key in INVENTORIES:
        service = catalog.discovery[key.split(":", 1)[1]]
        assert service.finds
        assert service.where
        assert service.result
        assert service.limits
        assert any("清单" in step.zh for step in service.routes[0].steps), key


def test_china_broadnet_is_among_the_carriers(catalog):
    text = " ".join(s.zh for step in catalog.carrier.values() for r in step.routes for s in r.steps)
    assert "中国广电" in text
    assert "192" in text


def test_the_five_apps_a_newspaper_found_hold_several_accounts_per_number_with_that_source(catalog):
    # 北京青年报 tested 21 apps (2024-04-17): 5 百度, 5 小红书, 2 快手, 5 微博, 5 百度网盘; the rest one
    expected = {"baidu": 5, "xiaohongshu": 5, "kuaishou": 2, "weibo": 5, "baidu_netdisk": 5}
    several = {p.id: p.accounts_per_number for p in catalog.platforms.values() if p.accounts_per_number > 1}
    assert several == expected
    for pid in expected:
        assert any("finance.sina.com.cn%2Fjjxw%2F2024-04-17" in s and "北京青年报" in s
                   for s in catalog.platforms[pid].sources), pid


@pytest.mark.parametrize("situation", list(Situation))
def test_someone_with_several_accounts_on_one_number_is_told_to_check_each(catalog, situation):
    from bindguard.core.checklist import platform_item
    from bindguard.core.routes import plan_routes

    checklist = Checklist("x", situation, old_number="138****1234")
    netdisk = plan_routes(checklist, platform_item(catalog.platforms["baidu_netdisk"]), catalog).several
    wechat = plan_routes(checklist, platform_item(catalog.platforms["wechat"]), catalog).several
    assert wechat is None
    assert "在百度网盘最多能注册 5 个账号" in netdisk.zh
    assert "up to 5 accounts on Baidu Netdisk" in netdisk.en
    if situation is Situation.RECYCLED:  # the accounts are the previous holder's, not the user's
        assert "上一个机主" in netdisk.zh
        assert "previous holder" in netdisk.en
        assert "换绑" not in netdisk.zh
    else:
        assert "每一个都要换绑" in netdisk.zh
        assert "on each" in netdisk.en
