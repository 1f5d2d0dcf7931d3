"""Issue 20, point 6: every string the work page shows (folded parts and the help 遇到困难 opens
included) and every string the paper prints, for each situation, over every platform of the catalog
and a bank card, holds no word that belongs to another situation (core/audience.py OTHER_AUDIENCE):
situation 4 never speaks as the owner of a loan or a balance, situations 1 and 3 never say the old
number is dead. And a payment app's first way changes the number (微信支付: in 微信)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from bindguard.core.audience import OTHER_AUDIENCE
from bindguard.core.catalog import RouteKind
from bindguard.core.checklist import BankCard, CardType, Checklist, Status, bank_item, platform_item
from bindguard.core.doors import door_additions
from bindguard.core.report import build_report
from bindguard.core.routes import plan_routes
from bindguard.core.situation import Situation
from tests.ui.walk import FakeVault, open_on


@pytest.fixture(scope="module")
def catalog():
    from bindguard.core.catalog import load_catalog

    return load_catalog()


def _checklist(catalog, situation: Situation) -> Checklist:
    checklist = Checklist("妈妈", situation, old_number="138****1234", new_number="139****5678")
    checklist.items = [platform_item(p) for p in catalog.platforms.values()]
    checklist.items.append(bank_item(BankCard("icbc", "1234", CardType.DEBIT)))
    checklist.items += door_additions(checklist, catalog)
    return checklist


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in _strings(v)]
    return []


def _wrong(texts, situation: Situation) -> list[str]:
    words = OTHER_AUDIENCE[situation]
    return sorted({f"{w!r} in {t[:90]!r}" for t in texts for w in words if w in t})


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_the_work_page_and_the_paper_speak_to_this_situation_only(make_window, store, situation, lang):
    window = make_window(lang)
    window.ctx.vault = FakeVault()
    checklist = store.create_checklist(_checklist(window.ctx.catalog, situation))
    page = open_on(window, checklist, "work")
    shown: list[str] = []
    for item in checklist.items:
        page.select(item.key)
        if item.status is not Status.STUCK:  # the help 遇到困难 opens, with what to say
            page.set_status(Status.STUCK)
            page.select(item.key)
        shown += [w.text() for w in page.findChildren(QLabel) if w.text()]
        shown += [w.text() for w in page.findChildren(QAbstractButton) if w.text()]
    assert _wrong(shown, situation) == []
    paper = build_report(checklist, window.ctx.catalog, lang=lang, notes=None, today=dt.date.today())
    printed = _strings(paper)
    assert len(printed) > len(checklist.items)  # the paper was read, item by item
    assert _wrong(printed, situation) == []


def test_the_word_lists_catch_what_the_catalog_says_unfitted(catalog):
    """The catalog itself holds the words (so the rules above are doing the work, not the data)."""
    raw = " ".join(_strings([p.note for p in catalog.platforms.values()])
                   + _strings([r for p in catalog.platforms.values() for r in p.routes])
                   + _strings(list(catalog.general_ways.values())))
    assert "不要错过还款" in raw
    assert "已经停用" in raw
    assert "is stopped" in raw


@pytest.mark.parametrize("situation", [Situation.CANCEL_SOON, Situation.SWITCH, Situation.OLD_DEAD],
                         ids=lambda s: s.value)
def test_a_payment_apps_first_way_changes_the_number(catalog, situation):
    for platform in catalog.platforms.values():
        if platform.category != "payment":
            continue
        checklist = Checklist("妈妈", situation)
        item = platform_item(platform)
        checklist.items = [item]
        first = plan_routes(checklist, item, catalog).first
        assert first is not None, platform.id
        assert first.route.kind is not RouteKind.CLOSE, platform.id
    checklist = Checklist("妈妈", situation)
    item = platform_item(catalog.platforms["wechat_pay"])
    checklist.items = [item]
    first = plan_routes(checklist, item, catalog).first
    assert "微信" in first.route.title.zh
    assert "换手机号" in first.route.title.zh


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_her_finish_page_with_money_left_speaks_to_this_situation_only(make_window, store, situation, lang):
    """A walk, situation 4: the finish page said "钱还有风险：有 3 个涉及钱的项目还没做完" over a stranger's
    支付宝 and 微信支付, as if the money were hers. Every string the page shows, and the paper's, is read."""
    from bindguard.core.audience import RECYCLED_MONEY_NOTE

    window = make_window(lang)
    window.ctx.vault = FakeVault()
    catalog = window.ctx.catalog
    checklist = Checklist("妈妈", situation, old_number="138****1234", new_number="139****5678")
    checklist.items = door_additions(checklist, catalog)
    checklist.items.append(bank_item(BankCard("icbc", "1234", CardType.DEBIT)))
    checklist.items.append(platform_item(catalog.platforms["meituan"]))
    checklist = store.create_checklist(checklist)
    page = open_on(window, checklist, "finish")
    shown = [w.text() for w in page.findChildren(QLabel) if w.text() and w.isVisibleTo(page)]
    shown += [w.text() for w in page.findChildren(QAbstractButton) if w.text() and w.isVisibleTo(page)]
    money = page.findChild(QLabel, "moneyLeft").text()
    assert "支付宝" in money or "Alipay" in money  # money items are left: the red list is shown
    assert _wrong(shown, situation) == []
    paper = _strings(build_report(checklist, catalog, lang=lang, notes=None, today=dt.date.today()))
    assert _wrong(paper, situation) == []
    note = RECYCLED_MONEY_NOTE.get(lang)
    assert (html.escape(note) in money) is (situation is Situation.RECYCLED)  # whose money, where it is not hers
    assert (note in paper) is (situation is Situation.RECYCLED)
