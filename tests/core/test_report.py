"""The printout's content, checked without Qt: order, statuses in words, names, routes, notes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bindguard.core.catalog import RouteKind, load_catalog
from bindguard.core.checklist import (
    STATUS_MARKS,
    BankCard,
    CardType,
    Checklist,
    ItemKind,
    Status,
    bank_item,
    custom_item,
    entry_item,
    platform_item,
)
from bindguard.core.demo import demo_checklist
from bindguard.core.report import build_report
from bindguard.core.situation import Situation
from bindguard.core.words import STATUS_LABELS, status_label
from tests.helpers.checklists import sized_checklist

TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def money_platform(catalog):
    return next(p for p in catalog.platforms.values() if p.money_risk and p.url and p.has_no_code_route)


def plain_platform(catalog):
    return next(p for p in catalog.platforms.values() if not p.money_risk)


def test_open_money_items_are_printed_first_and_finished_ones_last(catalog):
    checklist = Checklist("妈妈", Situation.CANCEL_SOON, cancel_date=TODAY)
    plain = platform_item(plain_platform(catalog))
    money = platform_item(money_platform(catalog))
    card = bank_item(BankCard(next(iter(catalog.banks)), "1234", CardType.DEBIT))
    card.status = Status.DONE
    discovery = next(iter(catalog.discovery))
    checklist.items = [plain, card, entry_item(ItemKind.DISCOVERY, discovery), money]
    report = build_report(checklist, catalog, lang="zh", notes=None, today=TODAY)
    keys = [[i.key for i in s.items] for s in report.sections]
    assert keys[0] == [money.key]  # open money items before discovery and everything else
    assert keys[-1] == [card.key]  # done: at the end
    assert report.sections[0].title.startswith("先做")
    assert report.items[0].key == money.key


def test_every_item_carries_its_status_as_a_shape_and_a_word(catalog):
    checklist = demo_checklist(catalog, TODAY)
    report = build_report(checklist, catalog, lang="zh", notes=None, today=TODAY)
    by_key = {i.key: i for i in checklist.items}
    statuses = set()
    for item in report.items:
        status = by_key[item.key].status
        statuses.add(status)
        assert item.status_word == status_label(status, by_key[item.key].kind, "zh")
        if by_key[item.key].kind is not ItemKind.PLATFORM and status is Status.NOT_APPLICABLE:
            assert item.status_word == "不需要", "没有这个账号 is only for accounts"
        assert item.status_mark == STATUS_MARKS[status]
    assert statuses == set(Status)  # the demo shows every status


def test_bank_card_is_named_by_bank_card_type_and_last_four_digits(catalog):
    bank = next(iter(catalog.banks.values()))
    checklist = Checklist("我自己", Situation.OLD_DEAD, cancel_date=TODAY)
    checklist.items = [bank_item(BankCard(bank.id, "1234", CardType.DEBIT))]
    zh = build_report(checklist, catalog, lang="zh", notes=None, today=TODAY).items[0]
    en = build_report(checklist, catalog, lang="en", notes=None, today=TODAY).items[0]
    assert zh.name == f"{bank.name.zh} 借记卡 尾号1234"
    assert en.name == f"{bank.name.en} Debit card ending 1234"
    assert zh.hotline == bank.hotline


def test_dead_old_number_prints_a_no_code_route_with_what_to_bring(catalog):
    platform = money_platform(catalog)
    checklist = Checklist("妈妈", Situation.OLD_DEAD, cancel_date=TODAY - dt.timedelta(days=10))
    checklist.items = [platform_item(platform)]
    report = build_report(checklist, catalog, lang="zh", notes=None, today=TODAY)
    item = report.items[0]
    no_code = platform.routes_of(RouteKind.NO_CODE)[0]
    assert item.route_title == no_code.title.zh
    assert item.steps == tuple(s.zh for s in no_code.steps)
    assert "旧号码能收到短信" not in item.needs
    assert item.url == platform.url
    assert item.url.startswith("https://")
    assert item.confidence  # how sure we are is always printed
    assert any("80 天" in line for line in report.dates)  # days left before the number may be resold


def test_header_shows_who_situation_masked_numbers_and_the_date_in_words(catalog):
    checklist = Checklist("爸爸", Situation.SWITCH, old_number="138****1234", new_number="139****5678",
                          cancel_date=dt.date(2026, 12, 12))
    report = build_report(checklist, catalog, lang="zh", notes=None, today=TODAY)
    header = dict(report.header)
    assert header["给谁"] == "爸爸"
    assert header["情况"] == "换新号，旧号还能用"
    assert header["旧号码"] == "138****1234"
    assert header["新号码"] == "139****5678"
    assert header["打印日期"] == "2026年11月28日"
    assert report.dates[0].startswith("在 2026年12月11日 之前")
    assert "2027年3月12日" in report.dates[-1]


def test_notes_are_left_out_unless_the_user_asked_for_them(catalog):
    checklist = demo_checklist(catalog, TODAY)
    key = checklist.items[0].key
    without = build_report(checklist, catalog, lang="zh", notes=None, today=TODAY)
    assert all(item.note is None for item in without.items)
    with_notes = build_report(checklist, catalog, lang="zh", notes={key: "柜台说要带户口本"}, today=TODAY)
    assert {i.key: i.note for i in with_notes.items}[key] == "柜台说要带户口本"
    assert sum(1 for i in with_notes.items if i.note) == 1


def test_only_https_addresses_reach_the_page(catalog):
    platform = money_platform(catalog)
    risky = dataclasses.replace(platform, url="http://example.com/login")
    patched = dataclasses.replace(catalog, platforms={**catalog.platforms, platform.id: risky})
    checklist = Checklist("妈妈", Situation.SWITCH, cancel_date=TODAY)
    checklist.items = [platform_item(platform)]
    report = build_report(checklist, patched, lang="zh", notes=None, today=TODAY)
    assert report.items[0].url == ""


def test_custom_item_keeps_the_users_name_and_gets_general_advice(catalog):
    checklist = Checklist("妈妈", Situation.SWITCH, cancel_date=TODAY)
    checklist.items = [custom_item("小区门禁 App")]
    item = build_report(checklist, catalog, lang="zh", notes=None, today=TODAY).items[0]
    assert item.name == "小区门禁 App"
    assert item.steps
    assert "账号与安全" in item.steps[0]
    assert item.url == ""


def test_stale_entries_say_they_may_be_out_of_date(catalog):
    checklist = Checklist("妈妈", Situation.SWITCH, cancel_date=TODAY)
    checklist.items = [platform_item(money_platform(catalog))]
    later = TODAY + dt.timedelta(days=800)
    item = build_report(checklist, catalog, lang="zh", notes=None, today=later).items[0]
    assert "可能有变化" in item.checked
    assert "，可能有变化" in item.checked  # full-width comma in Chinese, as everywhere on paper


def test_english_report_has_english_words_and_page_labels(catalog):
    report = build_report(demo_checklist(catalog, TODAY), catalog, lang="en", notes=None, today=TODAY)
    assert report.title.startswith("Phone number change checklist")
    assert report.page_label(2, 7) == "Page 2 of 7"
    assert {i.status_word for i in report.items} <= {v.en for v in STATUS_LABELS.values()} | {"Not needed"}
    assert "BindGuard" in report.footer


def test_sized_checklist_has_exactly_the_items_asked_for_with_unique_keys(catalog):
    checklist = sized_checklist(catalog, TODAY, 150)
    assert len(checklist.items) == 150
    assert len({i.key for i in checklist.items}) == 150


def test_finished_items_print_short_and_without_a_qr_code(catalog):
    checklist = Checklist("妈妈", Situation.SWITCH, cancel_date=TODAY)
    platform = money_platform(catalog)
    done, todo = platform_item(platform), platform_item(platform)
    done.status, todo.key = Status.DONE, "platform:again"
    checklist.items = [done, todo]
    by_key = {i.key: i for i in build_report(checklist, catalog, lang="zh", notes=None, today=TODAY).items}
    assert by_key[done.key].compact
    assert not by_key[done.key].qr
    assert not by_key[todo.key].compact
    assert by_key[todo.key].qr


def test_what_to_bring_reads_as_one_english_line_on_paper(catalog):
    platform = money_platform(catalog)
    checklist = Checklist("Mum", Situation.CANCEL_SOON, cancel_date=TODAY + dt.timedelta(days=10))
    checklist.items = [platform_item(platform)]
    item = build_report(checklist, catalog, lang="en", notes=None, today=TODAY).items[0]
    assert item.needs
    assert all(need[:1].islower() for need in item.needs)  # not "…SMS, The new number…"


def test_an_unverified_entry_says_weihezhe_on_paper_instead_of_a_date(catalog):
    import dataclasses

    platform = dataclasses.replace(money_platform(catalog), last_verified=None)
    unverified = dataclasses.replace(catalog, platforms={**catalog.platforms, platform.id: platform})
    checklist = Checklist("妈妈", Situation.SWITCH, cancel_date=TODAY)
    checklist.items = [platform_item(platform)]
    later = TODAY + dt.timedelta(days=800)  # never "stale" either: there is no check to grow old
    zh = build_report(checklist, unverified, lang="zh", notes=None, today=later).items[0]
    en = build_report(checklist, unverified, lang="en", notes=None, today=later).items[0]
    assert zh.checked == "未核实"
    assert en.checked == "not verified"


def test_the_paper_tells_to_check_each_account_where_one_number_may_hold_several(catalog):
    checklist = Checklist("妈妈", Situation.CANCEL_SOON, cancel_date=TODAY)
    checklist.items = [platform_item(catalog.platforms["weibo"]), platform_item(catalog.platforms["wechat"])]
    items = {i.key: i for i in build_report(checklist, catalog, lang="zh", notes=None, today=TODAY).items}
    assert "最多能注册 5 个账号" in items["platform:weibo"].several
    assert items["platform:wechat"].several == ""


def test_items_that_follow_a_general_way_point_to_it_and_keep_only_what_is_their_own(catalog):
    """Issue 21 point 3 on paper: the general way is in the report once, in the situation's order; each
    item that follows it has no steps of its own and a line naming the way (and which of its ways
    when not the first); its hotline stays."""
    general = [p for p in catalog.platforms.values() if p.is_general_way_entry]
    vip, other = general[0], general[1]
    usual = platform_item(vip)
    stopped = dataclasses.replace(platform_item(other), old_number_works=False)  # "旧号码在这里收不到短信"
    report = build_report(Checklist("妈妈", Situation.CANCEL_SOON, items=[usual, stopped]), catalog, lang="zh",
                          notes=None, today=TODAY)
    (way,) = report.general_ways
    assert way.key == "app"
    assert way.title == "通用办法"
    assert "这个 App 可能不同" in way.label
    assert [r.number for r in way.routes] == [1, 2]
    assert all(r.steps for r in way.routes)
    assert way.routes[1].say  # what to say to customer service, printed with the way
    by_key = {item.key: item for item in report.items}
    first, second = by_key[usual.key], by_key[stopped.key]
    assert first.general_way == second.general_way == "app"
    assert not first.steps
    assert not second.steps
    assert not first.say
    assert not second.say
    assert first.follow == "按第 {page} 页的“通用办法”做"
    assert second.follow == "按第 {page} 页的“通用办法”做（它的办法 2）"  # no code to the old number here
    assert first.hotline == (vip.hotline or "")
    english = build_report(Checklist("Mum", Situation.CANCEL_SOON, items=[usual]), catalog, lang="en", notes=None,
                           today=TODAY)
    assert english.items[0].follow == "Follow the general way on page {page}"
    # a finished item prints no way at all, and brings no general way to the paper
    done = dataclasses.replace(usual, status=Status.DONE)
    assert build_report(Checklist("妈妈", Situation.CANCEL_SOON, items=[done]), catalog, lang="zh", notes=None,
                        today=TODAY).general_ways == ()


def test_a_card_centres_card_is_named_without_its_type_twice(catalog):
    """A walk: the finish page listed "招商银行信用卡 信用卡 尾号4321" (the card centre's name already says it)."""
    from bindguard.core.checklist import BankCard, CardType, bank_item
    from bindguard.core.report import item_name

    centre = catalog.bank_for_card("cmb", credit=True)
    card = bank_item(BankCard(centre, "4321", CardType.CREDIT))
    assert item_name(card, catalog, "zh") == "招商银行信用卡 尾号4321"
    assert item_name(card, catalog, "en") == "CMB credit card ending 4321"
    debit = bank_item(BankCard("cmb", "1234", CardType.DEBIT))
    assert item_name(debit, catalog, "zh") == "招商银行 借记卡 尾号1234"
