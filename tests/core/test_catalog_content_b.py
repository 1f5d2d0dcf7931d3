"""What the catalog promises a user for banks, discovery services, carrier steps and the
utilities-to-cloud platforms (issue 4, part B)."""

import re
import tomllib

import pytest

from bindguard.core.catalog import Confidence, Need, RouteKind, load_catalog
from bindguard.resources import resource_path

INTERNET_BANKS = {"webank", "mybank", "xwbank", "aibank", "sushang"}  # no counter route known


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _toml_files():
    root = resource_path("catalog")
    return sorted(root.glob("*.toml")) + sorted((root / "platforms").glob("*.toml"))


def test_a_user_whose_old_number_is_dead_finds_a_counter_route_at_every_bank(catalog):
    counter_banks = [b for b in catalog.banks.values() if b.id not in INTERNET_BANKS]
    assert len(counter_banks) >= 45
    for bank in counter_banks:
        assert bank.aliases, bank.id
        if bank.hotline:  # a sourced number, in the form the user dials; the matcher knows it too
            assert re.fullmatch(r"[0-9-]+", bank.hotline), bank.id
            assert bank.hotline.replace("-", "") in bank.short_numbers, bank.id
        else:  # no sourced number: the note sends the user to the number printed on the card
            assert bank.note, bank.id
            assert "背面" in bank.note.zh, bank.id
        way = catalog.general_way_of(bank)  # the counter procedure, written once (bank_counter)
        counters = [
            r for r in bank.routes_of(RouteKind.NO_CODE) + (way.routes_of(RouteKind.NO_CODE) if way else ())
            if {Need.ID_CARD, Need.BANK_CARD, Need.COUNTER_VISIT} <= set(r.needs)
        ]
        assert counters, f"{bank.id} has no counter route for a dead old number"
        assert not counters[0].needs_old_number
        assert counters[0].say is not None


def test_icbc_counter_route_is_official_and_its_voice_menu_step_is_gone(catalog):
    icbc = catalog.banks["icbc"]
    counter = icbc.routes_of(RouteKind.NO_CODE)[0]
    assert counter.confidence is Confidence.OFFICIAL
    assert any(s.startswith("https://www.icbc.com.cn/") for s in counter.sources)
    assert not any("95588" in step.zh for route in icbc.routes for step in route.steps)


def test_card_centres_name_their_bank_and_rural_banks_their_province():
    banks = tomllib.loads((resource_path("catalog") / "banks.toml").read_text(encoding="utf-8"))["bank"]
    by_id = {b["id"]: b for b in banks}
    cards = [b for b in banks if b.get("kind") == "credit_card"]
    rural = [b for b in banks if b.get("kind") == "rural"]
    assert len(cards) >= 10
    assert len(rural) >= 10
    for card in cards:
        assert by_id[card["parent"]].get("kind", "bank") == "bank", card["id"]
    for bank in rural:
        assert bank["province"]["zh"], bank["id"]
        assert bank["province"]["en"], bank["id"]
    provinces = [b["province"]["zh"] for b in rural]
    assert len(provinces) == len(set(provinces))  # one entry per province's system


def test_the_big_state_and_joint_stock_banks_are_all_there(catalog):
    wanted = {
        "icbc", "abc", "boc", "ccb", "bocom", "psbc", "cmb", "spdb", "citic", "ceb", "hxb", "cmbc",
        "cgb", "pingan", "cib", "czb", "cbhb", "hfb", "webank", "mybank",
    }
    assert wanted <= set(catalog.banks)
    assert catalog.banks["cmb"].hotline == "95555"
    assert catalog.banks["icbc"].hotline == "95588"


def test_every_bank_reminds_that_banks_keep_separate_numbers(catalog):
    for bank in catalog.banks.values():
        if bank.id in INTERNET_BANKS:
            continue
        assert bank.note, bank.id
        assert "手机银行" in bank.note.zh, bank.id


def test_internet_banks_do_not_invent_a_counter(catalog):
    for bank_id in INTERNET_BANKS:
        bank = catalog.banks[bank_id]
        assert all(Need.COUNTER_VISIT not in r.needs for r in bank.routes), bank_id
        assert bank.note
        assert "没有柜台" in bank.note.zh


def test_discovery_services_say_what_they_find_where_what_to_enter_and_their_limits(catalog):
    wanted = {"yzt2", "yzt1", "number_renewal", "unicom_yihao", "unionpay_cards", "wechat_pay_id_check", "caller_tag"}
    assert wanted <= set(catalog.discovery)
    assert len(catalog.discovery) >= 6
    for service in catalog.discovery.values():
        for fld in ("finds", "where", "enter", "result", "limits"):
            text = getattr(service, fld)
            assert text, f"{service.id}.{fld}"
            assert text.zh, f"{service.id}.{fld}"
            assert text.en, f"{service.id}.{fld}"
        assert service.situations, service.id


def test_recycled_only_services_are_offered_only_to_the_new_holder(catalog):
    assert catalog.discovery["number_renewal"].situations == ("recycled",)
    assert catalog.discovery["caller_tag"].situations == ("recycled",)
    renewal_titles = {r.title.zh for r in catalog.discovery["number_renewal"].routes}
    assert renewal_titles == {"中国移动 App", "中国联通 App", "中国电信 App"}


def test_caller_tag_site_is_named_but_not_linked_because_only_http_was_seen(catalog):
    service = catalog.discovery["caller_tag"]
    assert service.url == ""
    assert "opene164" in service.where.zh


def test_port_out_gives_the_sms_commands_and_the_120_day_rule(catalog):
    step = catalog.carrier["port_out"]
    text = " ".join(s.zh for r in step.routes for s in r.steps)
    assert "CXXZ#" in text
    assert "SQXZ#" in text
    assert "120" in text
    assert {"10086", "10010", "10001"} <= set(step.short_numbers)


def test_keeping_the_number_quotes_no_unverified_price(catalog):
    step = catalog.carrier["keep_number"]
    text = " ".join([step.note.zh, *(s.zh for r in step.routes for s in r.steps)])
    assert "能收短信" in text
    assert not re.search(r"\d+\s*元", text)


def test_carrier_steps_cover_the_recycled_situation(catalog):
    for step_id in ("ask_carrier_recycled", "stranger_sms"):
        assert catalog.carrier[step_id].situations == ("recycled",)


def test_apple_account_has_the_official_trusted_device_route(catalog):
    apple = catalog.platforms["apple_account"]
    routes = [r for r in apple.routes_of(RouteKind.NO_CODE) if Need.TRUSTED_DEVICE in r.needs]
    assert routes
    assert routes[0].confidence is Confidence.OFFICIAL
    assert any("support.apple.com/zh-hk/105034" in s for s in routes[0].sources)
    assert Need.OLD_SMS not in routes[0].needs


def test_huawei_id_has_the_official_email_route(catalog):
    huawei = catalog.platforms["huawei_id"]
    routes = [r for r in huawei.routes_of(RouteKind.NO_CODE) if Need.EMAIL in r.needs]
    assert routes
    assert routes[0].confidence is Confidence.OFFICIAL
    assert huawei.url == "https://id.huawei.com"
    assert any("id.huawei.com" in s.zh for s in routes[0].steps)


def test_netease_mail_never_links_the_security_response_centre(catalog):
    assert "aq.163.com" not in catalog.platforms["netease_mail"].url


def test_yzt2_coverage_is_claimed_only_for_apps_the_fact_sheet_names(catalog):
    mine = {"utilities", "telecom", "email", "device", "work", "health", "logistics", "entertainment", "cloud"}
    covered = {p.id for p in catalog.platforms.values() if p.category in mine and "yzt2" in p.covered_by}
    assert covered == {"dingtalk", "baidu_netdisk"}  # 钉钉 and 百度 are among the 11 named apps


def test_no_http_url_anywhere_in_the_raw_catalog_files():
    for path in _toml_files():
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        for items in doc.values():
            for item in items if isinstance(items, list) else []:
                url = item.get("url", "")
                assert not url or url.startswith("https://"), f"{path.name}: {item.get('id')}: {url}"
                assert "://" not in url.removeprefix("https://"), url


def test_no_deep_link_scheme_is_offered_as_a_link():
    pattern = re.compile(r'url = "(?!https://)[a-z0-9.]+://')
    for path in _toml_files():
        assert not pattern.search(path.read_text(encoding="utf-8")), path.name


def test_every_entry_has_sources_and_a_last_verified_date(catalog):
    entries = [*catalog.platforms.values(), *catalog.banks.values(), *catalog.discovery.values(),
               *catalog.carrier.values()]
    for entry in entries:
        nothing_found = not entry.sources and entry.is_unverified  # the schema's 未核实 marker
        assert entry.sources or nothing_found, entry.id
        assert entry.last_verified is None or entry.last_verified.year >= 2026, entry.id
        for route in entry.routes:
            assert route.sources or nothing_found, entry.id


def test_money_risk_platforms_without_a_no_code_route_say_none_is_known(catalog):
    mine = {"utilities", "telecom", "email", "device", "work", "health", "logistics", "entertainment", "cloud"}
    for platform in catalog.platforms.values():
        if platform.category in mine and not platform.has_no_code_route:
            assert platform.no_code == "none_known", platform.id
            assert platform.note, platform.id
            assert "通用办法" in platform.note.zh, platform.id


def test_hotline_and_counter_routes_carry_a_script(catalog):
    entries = [*catalog.platforms.values(), *catalog.banks.values(), *catalog.carrier.values()]
    for entry in entries:
        for route in entry.routes:
            if Need.COUNTER_VISIT in route.needs or (Need.HOTLINE in route.needs and route.kind != RouteKind.CLOSE):
                assert route.say is not None, f"{entry.id}: {route.title.en}"
