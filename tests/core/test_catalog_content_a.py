"""The most used platforms carry the routes the fact sheet gives, with its labels (issue 4, part A).

These tests pin the content of resources/catalog/platforms/{social,payment,shopping,local,travel,
government}.toml: a user who follows an entry must get the route the research found, labelled as
sure as the research is, and never a guessed link.
"""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from bindguard.core.catalog import (
    NONE_KNOWN,
    Confidence,
    Need,
    Platform,
    Route,
    RouteKind,
    load_catalog,
)
from bindguard.resources import resource_path

OWNED_FILES = ("social", "payment", "shopping", "local", "travel", "government")
# platform-facts.md §1.2: the only apps 一证通查2.0 may be said to cover (钉钉, 百度 live elsewhere).
YZT2_NAMED = {"wechat", "qq", "taobao", "xianyu", "dingtalk", "alipay", "baidu", "kuaishou", "douyin",
              "jd", "meituan"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(today=dt.date.today())


def _owned_ids() -> list[str]:
    ids = []
    for name in OWNED_FILES:
        path = resource_path("catalog") / "platforms" / f"{name}.toml"
        with path.open("rb") as fh:
            ids += [p["id"] for p in tomllib.load(fh)["platform"]]
    return ids


OWNED = _owned_ids()


def _owned(catalog) -> list[Platform]:
    return [catalog.platforms[i] for i in OWNED]


def _text(route: Route) -> str:
    return " ".join(s.zh + " " + s.en for s in route.steps) + " " + route.title.zh


def _only(routes: tuple[Route, ...]) -> Route:
    assert len(routes) == 1, routes
    return routes[0]


# --- coverage --------------------------------------------------------------------------------


def test_the_widely_used_apps_are_all_in_the_catalog(catalog):
    wanted = {
        "wechat", "qq", "weibo", "xiaohongshu", "douyin", "kuaishou", "bilibili", "zhihu", "douban",
        "momo", "alipay", "wechat_pay", "unionpay", "jd_finance", "douyin_pay", "meituan_pay",
        "brokerage", "insurance", "taobao", "tmall", "xianyu", "jd", "pinduoduo", "vip", "dewu",
        "meituan", "dianping", "eleme", "railway12306", "didi", "amap", "ctrip", "fliggy", "qunar",
        "airlines", "hellobike", "transit_code", "iit", "jiaoguan12123", "gjzwfw", "nhsa",
        "zhangshang12333", "housing_fund", "yueshengshi", "suishenban", "zheliban",
    }
    assert wanted <= set(OWNED)
    assert len(OWNED) >= 45


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("taobao", "taobao"), ("12306", "railway12306"), ("B站", "bilibili"), ("花呗", "alipay"),
     ("借呗", "alipay"), ("公积金", "housing_fund"), ("12123", "jiaoguan12123"), ("pdd", "pinduoduo")],
)
def test_user_finds_an_app_by_what_they_type(catalog, typed, expected):
    assert expected in [p.id for p in catalog.search(typed)]


# --- honesty rules for every owned entry -------------------------------------------------------


def test_every_entry_is_dated_with_a_public_source_or_says_unverified(catalog):
    """Issue 14: a date only where a public page supporting the entry was checked; otherwise the
    entry has no sources, is reported and shows 未核实. Every route still names where it came from."""
    for platform in _owned(catalog):
        public = [s for s in platform.sources if s.startswith(("http://", "https://"))]
        if platform.is_unverified:
            assert public or (not platform.sources and platform.confidence is Confidence.REPORTED), platform.id
        else:
            assert public, platform.id
            assert platform.last_verified > dt.date(2026, 1, 1), platform.id
        for route in platform.routes:
            assert route.sources, (platform.id, route.title.zh)


def test_no_plain_http_link_and_no_deep_link_is_shown(catalog):
    for platform in _owned(catalog):
        assert platform.url == "" or platform.url.startswith("https://"), platform.id
        assert "://" not in platform.hotline
    raw = "".join(
        (resource_path("catalog") / "platforms" / f"{n}.toml").read_text(encoding="utf-8")
        for n in OWNED_FILES
    )
    for scheme in ("weixin://", "alipay://", "taobao://", "imeituan://", "openapp.jdmobile://"):
        assert scheme not in raw


def test_money_risk_apps_offer_a_no_code_route_or_say_none_is_known(catalog):
    for platform in _owned(catalog):
        if platform.money_risk:
            assert platform.has_no_code_route or platform.no_code == NONE_KNOWN, platform.id


def test_none_known_entries_explain_it_to_the_user(catalog):
    for platform in _owned(catalog):
        if platform.no_code == NONE_KNOWN:
            assert platform.note is not None, platform.id
            assert not platform.has_no_code_route


def test_hotline_and_counter_routes_give_the_user_something_to_say(catalog):
    for platform in _owned(catalog):
        for route in platform.routes:
            if Need.HOTLINE in route.needs or Need.COUNTER_VISIT in route.needs:
                assert route.say is not None, (platform.id, route.title.zh)


def test_only_the_apps_named_by_miit_claim_yzt2_coverage(catalog):
    for platform in _owned(catalog):
        if "yzt2" in platform.covered_by:
            assert platform.id in YZT2_NAMED, platform.id
    for named in ("wechat", "qq", "taobao", "xianyu", "alipay", "kuaishou", "douyin", "jd", "meituan"):
        assert "yzt2" in catalog.platforms[named].covered_by, named


def test_sms_sender_names_are_written_without_brackets(catalog):
    for platform in _owned(catalog):
        for sender in platform.sms_senders:
            assert "【" not in sender
            assert "】" not in sender
            assert sender.strip() == sender


# --- the entries named in the "Done when" --------------------------------------------


def test_wechat_offers_no_no_code_route_built_from_an_article_about_freezing(catalog):
    """The old no-code steps came from a WeChat article about freezing an account (issue 14):
    no public source describes changing the number with a dead old number, so none is shipped."""
    wechat = catalog.platforms["wechat"]
    assert wechat.url == "https://weixin110.qq.com"
    assert _only(wechat.routes_of(RouteKind.REBIND)).confidence is Confidence.REPORTED
    assert not wechat.has_no_code_route
    assert wechat.no_code == NONE_KNOWN
    assert "通用办法" in wechat.note.zh
    assert not any("rwnh.cn" in s for r in wechat.routes for s in r.sources)
    assert _only(wechat.routes_of(RouteKind.RECYCLED)).confidence is Confidence.REPORTED


def test_wechat_pay_cards_must_be_changed_at_each_bank(catalog):
    pay = catalog.platforms["wechat_pay"]
    # The old no-code route came from an article about freezing an account, not changing its number: removed.
    assert pay.money_risk
    assert not pay.has_no_code_route
    assert pay.no_code == "none_known"
    assert "银行" in pay.note.zh
    assert "预留" in pay.note.zh
    unbind = _only(pay.routes_of(RouteKind.CLOSE))
    assert "解绑" in _text(unbind)
    assert unbind.confidence is Confidence.REPORTED


def test_alipay_routes_carry_the_labels_their_sources_earn(catalog):
    alipay = catalog.platforms["alipay"]
    assert alipay.url == "https://cshall.alipay.com/hall/index.htm"
    no_code = _only(alipay.routes_of(RouteKind.NO_CODE))
    assert no_code.confidence is Confidence.REPORTED
    assert Need.FACE_SCAN in no_code.needs
    recycled = {r.confidence for r in alipay.routes_of(RouteKind.RECYCLED)}
    # 二次号码焕新 covering 支付宝 rests on itcow.cn, not a named news outlet: reported, like the 2018 answer.
    assert recycled == {Confidence.REPORTED}


def test_taobao_recovery_by_real_name_is_reported_until_the_article_is_seen(catalog):
    """The seed article (时代周报 2023) has no stored copy, so its route cannot be labelled news; the
    2024 北京青年报 test (new number only) is news."""
    taobao = catalog.platforms["taobao"]
    assert taobao.url.startswith("https://consumerservice.taobao.com/")
    assert _only(taobao.routes_of(RouteKind.REBIND)).confidence is Confidence.REPORTED
    no_codes = taobao.routes_of(RouteKind.NO_CODE)
    assert sorted(r.confidence.value for r in no_codes) == ["news", "reported", "reported"]
    real_name = next(r for r in no_codes if "实名认证" in _text(r))
    assert real_name.confidence is Confidence.REPORTED
    assert Need.ID_CARD in real_name.needs
    assert real_name.say is not None
    assert any("其他验证方式" in _text(r) for r in no_codes)


def test_jd_web_path_is_official_and_the_app_path_reported(catalog):
    jd = catalog.platforms["jd"]
    assert jd.url == "https://help.jd.com/user/issue/164-316.html"
    rebinds = {r.confidence: r for r in jd.routes_of(RouteKind.REBIND)}
    assert set(rebinds) == {Confidence.OFFICIAL, Confidence.REPORTED}
    assert "账户安全" in _text(rebinds[Confidence.OFFICIAL])
    assert any(s.startswith("https://help.jd.com/") for s in rebinds[Confidence.OFFICIAL].sources)
    assert _only(jd.routes_of(RouteKind.NO_CODE)).confidence is Confidence.REPORTED


def test_meituan_no_code_way_is_the_2024_news_test_and_the_unseen_channel_is_gone(catalog):
    """The 时代周报 2023 "无需验证码换绑" channel had no public copy: not shipped. What 北京青年报 found
    on 2024-04-17 (the new number and one code) is news, signed in on the phone, no old-number SMS."""
    meituan = catalog.platforms["meituan"]
    no_code = _only(meituan.routes_of(RouteKind.NO_CODE))
    assert no_code.confidence is Confidence.NEWS
    assert set(no_code.needs) == {Need.TRUSTED_DEVICE, Need.NEW_SMS}
    assert any("cj.sina.com.cn" in s and "2024-04-17" in s for s in no_code.sources)
    assert "无需验证码换绑" not in _text(no_code)
    assert "无需验证码换绑" not in meituan.note.zh
    assert all(r.confidence is not Confidence.OFFICIAL for r in meituan.routes)


def test_income_tax_app_bank_card_route_is_reported_because_only_copies_were_seen(catalog):
    """The tax bureaus' Q&As were read only as copies on other sites, not on a bureau's own page."""
    iit = catalog.platforms["iit"]
    no_code = _only(iit.routes_of(RouteKind.NO_CODE))
    assert no_code.confidence is Confidence.REPORTED
    assert Need.BANK_CARD in no_code.needs
    assert Need.OLD_SMS not in no_code.needs
    assert _only(iit.routes_of(RouteKind.REBIND)).confidence is Confidence.REPORTED
    assert "转载" in iit.note.zh


def test_12123_dead_number_route_is_a_reported_face_scan(catalog):
    jg = catalog.platforms["jiaoguan12123"]
    assert jg.url == "https://gab.122.gov.cn"
    no_code = _only(jg.routes_of(RouteKind.NO_CODE))
    assert no_code.confidence is Confidence.REPORTED
    assert Need.FACE_SCAN in no_code.needs
    assert Need.OLD_SMS not in no_code.needs
    assert "如手机号无法接收短信" in _text(no_code)


def test_12306_phone_check_and_station_window_are_reported(catalog):
    """tielu.cn is a railway portal, not a named news outlet, so these are reported."""
    rail = catalog.platforms["railway12306"]
    check = [r for r in rail.routes if "999" in _text(r)]
    assert len(check) == 1
    assert check[0].confidence is Confidence.REPORTED
    assert "12306" in rail.short_numbers
    window = _only(rail.routes_of(RouteKind.RECYCLED))
    assert window.confidence is Confidence.REPORTED
    assert {Need.COUNTER_VISIT, Need.ID_CARD} <= set(window.needs)
    assert "火车站" in _text(window)
    assert window.say is not None
    # The dead-old-number case is UNVERIFIED in the fact sheet: no invented route.
    assert rail.no_code == NONE_KNOWN
    assert not rail.has_no_code_route
