"""Issue 13: the right items in the right order. Harm tiers, the urgent door's promise, one work
order, and routes that fit the situation, checked over every catalog entry and every situation."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from bindguard.core.audience import fit_route_words
from bindguard.core.catalog import NEED_LABELS, Need, RouteKind, Tier, load_catalog, load_catalog_collecting
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
from bindguard.core.discovery_counts import Gap, Mismatch
from bindguard.core.doors import accounts_shown, door_additions, door_platforms, list_summary
from bindguard.core.report import build_report
from bindguard.core.routes import (
    DISCOVERY_NEEDS_OLD,
    USUAL_WAY_NEEDS_OLD,
    discovery_fits,
    lacks_old_sms,
    plan_routes,
    stuck_help,
)
from bindguard.core.situation import Scope, Situation
from bindguard.core.tiers import item_tier, money_badge, tier_reason
from bindguard.core.words import progress_words, status_label
from bindguard.core.work_order import FINDERS, one_thing_today, work_order
from bindguard.resources import resource_path

TODAY = dt.date.today()
OLD_SMS_WORDS = (NEED_LABELS[Need.OLD_SMS].zh, NEED_LABELS[Need.OLD_SMS].en)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _everything(catalog, situation: Situation) -> Checklist:
    """A checklist holding every catalog entry as an item, plus a custom one."""
    checklist = Checklist("妈妈", situation, old_number="138****1234", new_number="139****5678")
    items = [platform_item(p) for p in catalog.platforms.values()]
    items += [bank_item(BankCard(b, "1234", CardType.DEBIT)) for b in catalog.banks]
    items += [entry_item(ItemKind.DISCOVERY, d) for d in catalog.discovery]
    items += [entry_item(ItemKind.CARRIER, c) for c in catalog.carrier]
    items.append(custom_item("小区门禁"))
    checklist.items = items
    return checklist


# -- the schema ----------------------------------------------------------------------------------


@pytest.fixture
def catalog_copy(tmp_path):
    root = tmp_path / "catalog"
    shutil.copytree(resource_path("catalog"), root)
    return root


def _edit_alipay(root, old, new):
    path = root / "platforms" / "payment.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


_SCHEMA_FIELDS = ("tier", "tier_reason", "rank", "money_risk")


def _alipay_issues(root, evidence: bool = False):
    """Alipay's problems: its tier fields and what stops a start; every finding when `evidence`."""
    _catalog, issues = load_catalog_collecting(root, TODAY)
    return [(i.field, i.message) for i in issues if i.entry == "alipay" and (
        evidence or not i.evidence or i.field.startswith(_SCHEMA_FIELDS))]


def test_every_platform_has_a_tier_a_reason_in_both_languages_and_a_rank(catalog):
    for platform in catalog.platforms.values():
        assert platform.tier in Tier
        assert platform.tier_reason is not None
        assert platform.tier_reason.zh
        assert platform.tier_reason.en
        assert platform.rank >= 1
        assert platform.money_risk == (platform.tier is Tier.MONEY)


@pytest.mark.parametrize("old, new, field", [
    ('tier = "money"\n', "", "tier"),
    ('tier = "money"', 'tier = "rich"', "tier"),
    ('tier_reason = { zh = "里面有余额、余额宝和绑定的银行卡，花呗、借呗也在这个账号里。", en = ',
     'tier_reason = { zh = "里面有余额。", xx = ', "tier_reason"),
    ("rank = 1\n", "", "rank"),
    ("rank = 1\n", "rank = 0\n", "rank"),
    ("rank = 1\n", 'rank = "1"\n', "rank"),
    ("rank = 1\n", "rank = 1\nmoney_risk = true\n", "money_risk"),
])
def test_catalog_check_refuses_a_missing_or_wrong_tier_reason_or_rank(catalog_copy, old, new, field):
    assert _alipay_issues(catalog_copy) == []
    _edit_alipay(catalog_copy, old, new)
    fields = [f for f, _message in _alipay_issues(catalog_copy)]
    assert any(f.startswith(field) for f in fields), fields
    load_catalog(catalog_copy, TODAY)  # it fails `catalog check`, but the window still opens


def test_catalog_check_refuses_a_route_pointing_at_another_by_place(catalog_copy):
    _edit_alipay(catalog_copy, "打开支付宝，点“我的” → “设置” → “账号与安全” → “手机号” → “更换手机号”。",
                 "按上面的路径进入“更换手机号”。")
    issues = _alipay_issues(catalog_copy, evidence=True)
    assert any(f == "route[2].steps[1]" and "上面" in m for f, m in issues), issues


# -- tiers and the ¥ badge -------------------------------------------------------------------------


def test_the_money_badge_is_for_money_only_not_renewals_or_identity(catalog):
    for pid in ("alipay", "wechat_pay", "housing_fund"):
        assert money_badge(platform_item(catalog.platforms[pid]), catalog), pid
    # the issue's examples of a wrong ¥: renewals, shopping, bikes, airlines
    for pid in ("iqiyi", "tencent_video", "qq_music", "dewu", "freshippo", "hellobike", "airlines",
                "baidu_netdisk", "wechat", "iit"):
        assert not money_badge(platform_item(catalog.platforms[pid]), catalog), pid
    assert item_tier(platform_item(catalog.platforms["wechat"]), catalog) is Tier.IDENTITY
    assert item_tier(platform_item(catalog.platforms["iit"]), catalog) is Tier.IDENTITY
    card = bank_item(BankCard("ccb", "1234", CardType.CREDIT))
    assert money_badge(card, catalog)
    assert "银行卡" in tier_reason(card, catalog, "zh")
    assert tier_reason(platform_item(catalog.platforms["alipay"]), catalog, "en")
    # outside the payment, loan, fund and insurer groups, money is the exception: a flag most
    # platforms carry ranks nothing (53 of 83 carried money_risk before the tiers)
    others = [p for p in catalog.platforms.values() if p.category not in ("payment", "loans", "finance", "insurers")]
    assert sum(p.tier is Tier.MONEY for p in others) <= len(others) // 4
    money = sum(p.tier is Tier.MONEY for p in catalog.platforms.values())
    assert money <= len(catalog.platforms) // 3, "money is one tier among three, not a flag most platforms carry"


def test_a_stored_money_flag_does_not_outrank_the_catalog_tier(catalog):
    # an old database stored money_risk = 1 for 爱奇艺; the tier decides now
    old = ChecklistItem("platform:iqiyi", ItemKind.PLATFORM, "iqiyi", money_risk=True)
    assert not money_badge(old, catalog)
    assert money_badge(custom_item("某个付款 App", money_risk=True), catalog)


# -- the doors -------------------------------------------------------------------------------------


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_the_urgent_door_gives_a_fresh_checklist_at_most_15_items_all_money_or_identity(catalog, situation):
    checklist = Checklist("妈妈", situation, Scope.ESSENTIAL)
    checklist.items = door_additions(checklist, catalog)
    # the carrier's last steps are on both doors' lists (so the door's number holds to the paper, issue 20);
    # the rest stays within the urgent door's promise
    rest = [i for i in checklist.items if i.kind is not ItemKind.CARRIER]
    assert len(rest) <= 15, [i.key for i in rest]
    platforms = [i for i in checklist.items if i.kind is ItemKind.PLATFORM]
    assert {i.ref for i in platforms} == {"alipay", "wechat", "wechat_pay", "iit"}
    assert all(item_tier(i, catalog) in (Tier.MONEY, Tier.IDENTITY) for i in platforms)
    words = list_summary(checklist, "zh")
    assert f"清单上有 {len(checklist.items)} 项" in words
    assert "大约" in words


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_what_discovery_found_is_added_and_the_full_check_never_yields_less(catalog, situation):
    lists = {}
    for scope in (Scope.ESSENTIAL, Scope.FULL):
        checklist = Checklist("妈妈", situation, scope)
        checklist.discovery_counts = {"taobao": 1, "douyin": 2, "kuaishou": 0}
        record_sms_found(checklist, ["meituan"])
        checklist.items = door_additions(checklist, catalog)
        refs = checklist.selected_refs(ItemKind.PLATFORM)
        assert {"taobao", "douyin", "meituan"} <= refs
        assert "kuaishou" not in refs
        lists[scope] = {i.key for i in checklist.items}
    assert lists[Scope.FULL] >= lists[Scope.ESSENTIAL]
    assert set(accounts_shown(catalog, Scope.FULL)) >= set(accounts_shown(catalog, Scope.ESSENTIAL))
    assert {p.tier for p in accounts_shown(catalog, Scope.ESSENTIAL)} == {Tier.MONEY, Tier.IDENTITY}


def test_sms_finds_are_evidence_and_not_counts():
    checklist = Checklist("x", Situation.CANCEL_SOON)
    checklist.discovery_counts = {"wechat": 2}
    record_sms_found(checklist, ["alipay"])
    assert found_refs(checklist) == {"wechat", "alipay"}


def test_door_platforms_are_what_nearly_everyone_has(catalog):
    ids = [p.id for p in door_platforms(Checklist("x", Situation.SWITCH), catalog)]
    assert set(ids) == {"alipay", "wechat_pay", "wechat", "iit"}


# -- the work order --------------------------------------------------------------------------------


def _top_apps(catalog, situation=Situation.CANCEL_SOON) -> Checklist:
    checklist = Checklist("妈妈", situation)
    checklist.items = [platform_item(p) for p in catalog.platforms.values() if p.rank <= 10]
    checklist.items += [bank_item(BankCard("icbc", "1111", CardType.DEBIT)),
                        bank_item(BankCard("cmb", "2222", CardType.CREDIT)), custom_item("小区门禁")]
    checklist.items += door_additions(checklist, catalog)
    return checklist


def test_alipay_wechat_pay_and_bank_cards_come_before_any_other_item(catalog):
    checklist = _top_apps(catalog)
    order = work_order(checklist, catalog)
    keys = [i.key for i in order]
    finders = [k for k in keys if k.startswith("discovery:") and k.split(":")[1] in FINDERS]
    assert finders
    assert keys[:len(finders)] == finders  # only what finds the rest comes first
    checks = [k for k in keys if k.startswith("discovery:") and k not in finders]
    money = [i.key for i in order if i.kind is not ItemKind.DISCOVERY and item_tier(i, catalog) is Tier.MONEY]
    assert checks
    assert money
    assert max(keys.index(k) for k in money) < min(keys.index(k) for k in checks)  # the cards before the checks
    accounts = [i for i in order if i.kind not in (ItemKind.DISCOVERY, ItemKind.CARRIER)]
    # the payment apps (by rank), then the bank cards right after them
    assert [i.key for i in accounts[:5]] == ["platform:alipay", "platform:wechat_pay", "platform:unionpay",
                                             "bank:icbc:1111:debit", "bank:cmb:2222:credit"]
    first_other = min(keys.index(i.key) for i in accounts if item_tier(i, catalog) is Tier.OTHER)
    for key in ("platform:alipay", "platform:wechat_pay", "bank:icbc:1111:debit", "bank:cmb:2222:credit"):
        assert keys.index(key) < first_other, key
    tiers = [item_tier(i, catalog) for i in accounts]
    assert tiers == sorted(tiers, key=[Tier.MONEY, Tier.IDENTITY, Tier.OTHER].index)
    assert keys.index("platform:wechat") < keys.index("platform:qq")  # rank inside a tier
    assert keys[-1].startswith("carrier:")  # cancelling the number comes last


def test_found_apps_go_first_in_their_tier_and_finished_items_keep_their_place(catalog):
    checklist = _top_apps(catalog)
    checklist.items.append(platform_item(catalog.platforms["momo"]))  # niche, rank 100
    checklist.discovery_counts = {"taobao": 0}
    record_sms_found(checklist, ["momo"])
    keys = [i.key for i in work_order(checklist, catalog)]
    others = [k for k in keys if k.startswith("platform:")
              and catalog.platforms[k.split(":")[1]].tier is Tier.OTHER]
    assert others[0] == "platform:momo", "evidence before how widely used"
    checklist.item("platform:alipay").status = Status.DONE
    checklist.item("platform:wechat").status = Status.NOT_APPLICABLE
    assert [i.key for i in work_order(checklist, catalog)] == keys  # 第 12 项 stays 第 12 项


def test_stuck_and_later_items_are_never_the_one_thing_today(catalog):
    checklist = _top_apps(catalog)
    assert one_thing_today(checklist, catalog).key == "platform:alipay"
    checklist.item("platform:alipay").status = Status.STUCK
    checklist.item("platform:wechat_pay").status = Status.LATER
    assert one_thing_today(checklist, catalog).key == "platform:unionpay"
    for item in checklist.items:
        if item.status is Status.TODO:
            item.status = Status.STUCK
    assert one_thing_today(checklist, catalog) is None


def test_status_words_fit_the_item_kind():
    assert status_label(Status.NOT_APPLICABLE, ItemKind.PLATFORM, "zh") == "没有这个账号"
    assert status_label(Status.NOT_APPLICABLE, ItemKind.CUSTOM, "zh") == "没有这个账号"
    for kind in (ItemKind.CARRIER, ItemKind.DISCOVERY, ItemKind.BANK_CARD):
        assert status_label(Status.NOT_APPLICABLE, kind, "zh") == "不需要"


def test_progress_in_words():
    items = [ChecklistItem(f"custom:{n}", ItemKind.CUSTOM, title=str(n)) for n in range(15)]
    for item in items[:4]:
        item.status = Status.DONE
    items[4].status = Status.NOT_APPLICABLE
    assert progress_words(items, "zh") == "已完成 5 项，还剩 10 项"
    assert progress_words(items, "en") == "5 done, 10 left"


# -- routes that fit the situation, over every entry -----------------------------------------------


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
@pytest.mark.parametrize("old_works_answer", [None, False], ids=["situation", "answered-no"])
def test_no_offered_route_or_needs_list_asks_for_what_the_situation_lacks(catalog, situation, old_works_answer):
    checklist = _everything(catalog, situation)
    for item in checklist.items:
        item.old_number_works = old_works_answer
        lacking = lacks_old_sms(checklist, item)
        plan = plan_routes(checklist, item, catalog)
        for offered in plan.routes:
            if lacking:
                assert Need.OLD_SMS not in offered.needs, (item.key, offered.route.title.zh)
        if situation is Situation.RECYCLED:
            assert all(Need.OLD_SMS not in o.needs for o in plan.routes), item.key
        if item.kind is ItemKind.PLATFORM:
            assert plan.routes, f"{item.key}: the category fallback at least"
            if plan.held_back and all(o.fallback for o in plan.routes):
                assert plan.notice == USUAL_WAY_NEEDS_OLD, item.key
        if item.kind is ItemKind.DISCOVERY and not plan.usable:
            assert plan.notice == DISCOVERY_NEEDS_OLD, item.key
            assert plan.instead, item.key
        entry = catalog.entry(item.ref) if item.ref else None
        in_situation = situation.value in getattr(entry, "situations", (situation.value,))
        if entry is not None and in_situation and not plan.routes:
            assert plan.notice is not None, f"{item.key}: says plainly why nothing is offered"


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_no_printed_line_asks_for_the_old_number_where_it_cannot_work(catalog, situation):
    checklist = _everything(catalog, situation)
    for index, item in enumerate(checklist.items):
        item.status = (Status.TODO, Status.STUCK, Status.LATER)[index % 3]
    for lang in ("zh", "en"):
        report = build_report(checklist, catalog, lang=lang, notes=None, today=TODAY)
        for printed in report.items:
            item = checklist.item(printed.key)
            lines = [*printed.needs, *printed.steps, *printed.help, printed.notice]
            if lacks_old_sms(checklist, item):
                for line in lines:
                    for words in OLD_SMS_WORDS:
                        assert words.lower() not in line.lower(), (situation, printed.key, line)
    stuck = [s for s in report.sections if s.items and all(i.status is Status.STUCK for i in s.items)]
    assert len(stuck) == 1, "stuck items under their own heading, with help"
    assert stuck[0].items[0].help, "stuck items under their own heading, with help"


def test_old_number_dead_an_app_with_only_the_usual_way_says_so_and_offers_the_fallback(catalog):
    checklist = Checklist("妈妈", Situation.OLD_DEAD)
    item = platform_item(catalog.platforms["unionpay"])  # 云闪付: one rebind route needing the old SMS
    plan = plan_routes(checklist, item, catalog)
    assert plan.notice == USUAL_WAY_NEEDS_OLD
    assert "旧号码" in plan.notice.zh
    # the general way, both of its ways: without the old number first, then the one that asks the new
    # number only (10 of 21 apps tested by 北京青年报), under its label: 这个 App 可能不同
    assert [(o.fallback, o.route.kind) for o in plan.routes] == [(True, RouteKind.NO_CODE), (True, RouteKind.REBIND)]
    assert all("这个 App 可能不同" in o.kind_words.zh for o in plan.routes)
    assert plan.routes[0].number == 1
    assert [r.kind for r in plan.held_back] == [RouteKind.REBIND]
    report = build_report(Checklist("妈妈", Situation.OLD_DEAD, items=[item]), catalog, lang="zh", notes=None,
                          today=TODAY)
    printed = report.items[0]
    assert "旧号码能收到短信" not in printed.needs
    assert printed.notice
    # on paper too, printed once (its ways in the situation's order: without the old number first), and
    # the item points to it
    (way,) = report.general_ways
    assert way.label == "通用办法：大多数 App 是这样改的，这个 App 可能不同"
    assert [r.title for r in way.routes] == [o.route.title.zh for o in plan.routes]
    assert printed.general_way == "app"
    assert printed.follow == "按第 {page} 页的“通用办法”做"
    assert not printed.steps
    assert not printed.route_title


def test_an_app_with_no_public_source_of_its_own_shows_only_the_general_way_and_its_hotline(catalog):
    """Issue 21: no steps under the app's name without a source about its own procedure."""
    vip = catalog.platforms["vip"]  # 唯品会: no public page about its own procedure
    assert vip.is_general_way_entry
    assert vip.routes == ()
    for situation in (Situation.CANCEL_SOON, Situation.OLD_DEAD, Situation.SWITCH):
        plan = plan_routes(Checklist("妈妈", situation), platform_item(vip), catalog)
        assert plan.routes, situation
        assert all(o.fallback for o in plan.routes), situation
        general = [fit_route_words(r, situation) for r in catalog.general_ways["app"].routes]  # in her words
        assert all(o.route in general for o in plan.routes)
        assert all("这个 App 可能不同" in o.kind_words.zh for o in plan.routes)
    way = catalog.general_ways["app"]
    assert any(r.say is not None and r.kind is RouteKind.NO_CODE for r in way.routes)  # what to say
    assert not any("唯品会" in s.zh for r in way.routes for s in r.steps)  # it never names an app


def test_old_number_dead_the_code_to_old_number_label_never_shows(catalog):
    checklist = _everything(catalog, Situation.OLD_DEAD)
    for item in checklist.items:
        for offered in plan_routes(checklist, item, catalog).routes:
            assert "旧号码会收到验证码" not in offered.kind_words.zh, item.key


def test_one_id_check_20_is_unusable_when_the_old_number_is_dead_with_what_to_use_instead(catalog):
    fits = {f.service.id: f for f in discovery_fits(Checklist("x", Situation.OLD_DEAD), catalog)}
    yzt2 = fits["yzt2"]
    assert not yzt2.usable
    assert yzt2.notice.zh == "需要旧号码能收短信：现在用不了。"
    words = yzt2.instead_words(catalog, "zh")
    assert words.startswith("可以改用：")
    assert catalog.discovery["yzt1"].name.zh in words
    assert all(f.usable for i, f in fits.items() if i != "yzt2")
    assert all(f.usable for f in discovery_fits(Checklist("x", Situation.CANCEL_SOON), catalog))


def test_recycled_number_counts_are_the_previous_holders_and_point_to_renewal(catalog):
    several = Mismatch(Gap.SEVERAL, "wechat", 2)
    assert "每一个都要换绑" in several.sentence(catalog, "zh")
    recycled = several.sentence(catalog, "zh", recycled=True)
    assert "每一个都要换绑" not in recycled
    assert "上一个机主" in recycled
    assert "二次号码焕新" in recycled
    checklist = Checklist("x", Situation.RECYCLED)
    plan = plan_routes(checklist, platform_item(catalog.platforms["wechat"]), catalog)
    assert plan.routes[0].route.kind is RouteKind.RECYCLED
    # the first way's heading says it: the notice would say it twice (issue 20: in large text at
    # 1024x768 it pushed the first step below the first screen)
    assert plan.notice is None
    lend = plan_routes(checklist, platform_item(catalog.platforms["wechat_pay"]), catalog)
    assert lend.notice is None or "上一个机主" in lend.notice.zh
    # the discovery step's code goes to this number, the user's own
    yzt2 = plan_routes(checklist, entry_item(ItemKind.DISCOVERY, "yzt2"), catalog)
    assert Need.OLD_SMS in catalog.discovery["yzt2"].routes[0].needs
    assert yzt2.routes
    assert Need.NEW_SMS in yzt2.routes[0].needs
    assert Need.OLD_SMS not in yzt2.routes[0].needs


def test_switching_every_way_names_the_new_number_as_its_target(catalog):
    checklist = _everything(catalog, Situation.SWITCH)
    for item in checklist.items:
        if item.kind not in (ItemKind.PLATFORM, ItemKind.BANK_CARD):
            continue
        for offered in plan_routes(checklist, item, catalog).routes:
            if offered.route.kind in (RouteKind.REBIND, RouteKind.NO_CODE):
                assert offered.target is not None, item.key
                assert "新号码 139****5678" in offered.target.zh, item.key


def test_stuck_help_offers_the_other_ways_the_fallback_the_hotline_what_to_say_and_a_tip(catalog):
    checklist = Checklist("妈妈", Situation.CANCEL_SOON)
    help_ = stuck_help(checklist, platform_item(catalog.platforms["alipay"]), catalog, "zh")
    assert help_.hotline == "95188"
    assert [o.route.kind for o in help_.other_routes] == [RouteKind.NO_CODE]
    assert help_.fallback is not None
    assert help_.fallback.fallback
    assert help_.say
    assert "家里人" in help_.tip
    assert "柜台" in help_.tip
    dead = stuck_help(Checklist("妈妈", Situation.OLD_DEAD), platform_item(catalog.platforms["unionpay"]), catalog,
                      "zh")
    assert dead.other_routes == ()
    assert dead.fallback is not None
    assert "旧号码" in dead.notice
    assert "停用" in dead.say  # the plain sentence fits the situation


def test_a_route_naming_another_by_number_names_the_one_shown_in_this_situation(catalog_copy):
    # the catalog's "按办法 1" means the entry's first route in its file (支付宝's in-app change); the
    # screen shows the routes in the situation's order: the number follows what is shown, and a route
    # not shown (it needs the old number's SMS) is named by its title
    _edit_alipay(catalog_copy, "打开支付宝，点“我的” → “设置” → “账号与安全” → “手机号” → “更换手机号”。",
                 "按办法 1 的路径进入“更换手机号”。")
    _edit_alipay(catalog_copy, 'en = "Open Alipay and tap Me → Settings → Account and Security → Phone number → '
                 'Change phone number."', 'en = "Go to Change phone number as in route 1."')
    catalog = load_catalog(catalog_copy, TODAY)
    alipay = platform_item(catalog.platforms["alipay"])
    first = catalog.platforms["alipay"].routes[0]
    assert first.kind is RouteKind.REBIND
    assert Need.OLD_SMS in first.needs

    def no_code_step(situation):
        plan = plan_routes(Checklist("x", situation), alipay, catalog)
        route = next(o.route for o in plan.routes if o.route.kind is RouteKind.NO_CODE and not o.fallback)
        return plan, route.steps[0]

    plan, step = no_code_step(Situation.CANCEL_SOON)
    assert plan.routes[0].route.title == first.title
    assert step.zh == "按办法 1 的路径进入“更换手机号”。"
    plan, step = no_code_step(Situation.OLD_DEAD)  # route 1 is held back there
    assert step.zh == f"按“{first.title.zh}”这个办法的路径进入“更换手机号”。", step.zh
    assert step.en == f"Go to Change phone number as in the route “{first.title.en}”.", step.en


def test_a_recycled_number_is_never_offered_the_previous_holders_own_proofs(catalog):
    """A user walk, situation 4: 支付宝 offered "旧号码收不到短信：刷脸或人工审核" with the script "我的旧手机号
    已经停用…": a face scan or an appeal proves the account's owner, which the new holder is not."""
    checklist = Checklist("x", Situation.RECYCLED)
    for platform in catalog.platforms.values():
        plan = plan_routes(checklist, platform_item(platform), catalog)
        kinds = [o.route.kind for o in plan.routes if not o.fallback]
        assert RouteKind.NO_CODE not in kinds, platform.id
        assert kinds, (platform.id, kinds)
        assert kinds[0] is RouteKind.RECYCLED, (platform.id, kinds)
    card = bank_item(BankCard("icbc", "1234", CardType.DEBIT))  # the user's own card: its ways stay
    assert any(o.route.kind is RouteKind.NO_CODE for o in plan_routes(checklist, card, catalog).routes)


def test_on_a_recycled_number_a_money_app_warns_of_someone_elses_money_not_your_balance(catalog):
    from bindguard.core.tiers import tier_reason

    alipay = platform_item(catalog.platforms["alipay"])
    own = tier_reason(alipay, catalog, "zh", Situation.CANCEL_SOON)
    recycled = tier_reason(alipay, catalog, "zh", Situation.RECYCLED)
    assert "余额" in own
    assert "余额" not in recycled
    assert "上一个机主" in recycled
    assert "不要动里面的钱" in recycled


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_every_route_number_in_a_shown_step_points_at_another_shown_route(catalog, situation):
    import re

    checklist = _everything(catalog, situation)
    for item in checklist.items:
        plan = plan_routes(checklist, item, catalog)
        for offered in plan.routes:
            for step in offered.route.steps:
                for number in map(int, re.findall(r"办法\s*(\d+)", step.zh)):
                    assert 1 <= number <= len(plan.routes), (item.key, step.zh)
                    assert number != offered.number, (item.key, step.zh)


def test_a_discovery_service_that_cannot_be_used_now_comes_after_the_ones_that_can(catalog):
    from bindguard.core.routes import discovery_fits

    fits = discovery_fits(Checklist("我", Situation.OLD_DEAD), catalog)
    usable = [f.usable for f in fits]
    assert False in usable
    assert True in usable
    assert usable == sorted(usable, reverse=True), [(f.service.id, f.usable) for f in fits]


def test_on_a_recycled_number_every_account_first_offers_the_way_for_someone_elses_account(catalog):
    """Situation 4: an app with no recycled-number route of its own still opens on 二次号码焕新 and the
    'not mine' way, not on a fallback that talks about the old number's SMS."""
    from bindguard.core.routes import plan_routes

    checklist = Checklist("我", Situation.RECYCLED)
    for platform in catalog.platforms.values():
        item = platform_item(platform)
        checklist.items = [item]
        first = plan_routes(checklist, item, catalog).first
        assert first is not None, platform.id
        assert first.route.kind is RouteKind.RECYCLED, platform.id
        assert Need.OLD_SMS not in first.needs


def test_switching_says_the_new_number_once_in_the_kind_of_way():
    """The way read "换绑到新号码，换成新号码 139****4321" (twice the new number) on the work page."""
    from bindguard.core.catalog import load_catalog
    from bindguard.core.checklist import Checklist, platform_item
    from bindguard.core.routes import plan_routes
    from bindguard.core.situation import Situation

    catalog = load_catalog()
    checklist = Checklist("x", Situation.SWITCH, old_number="138****1234", new_number="139****4321")
    first = plan_routes(checklist, platform_item(catalog.platforms["alipay"]), catalog).first
    line = first.kind_words.zh + "，" + first.target.zh
    assert line.count("新号码") == 1
    assert "139****4321" in line
    assert (first.kind_words.en + ", " + first.target.en).count("new number") == 1
