"""Issue 20, point 2: 逐项处理 is at most 2 screens of its scroll area per item at 1024x728 in large text
(4 screens on average before the folds), and at 1366x728 in normal text the item's name, why it
matters, the first way's steps and the status buttons are all on the first screen, for every item of
each situation's list. The rest (更多办法, 我的备注) is folded below and opens in place."""

from __future__ import annotations

import pytest

from bindguard.core.checklist import BankCard, CardType, Checklist, Status, bank_item, custom_item, platform_item
from bindguard.core.doors import door_additions
from bindguard.core.situation import Situation
from tests.ui.walk import FakeVault, open_on

APPS = ("alipay", "wechat_pay", "wechat", "iit", "qq", "jd", "taobao", "meituan")


def _list(store, catalog, situation: Situation) -> Checklist:
    checklist = Checklist("妈妈", situation, old_number="138****1234", new_number="139****5678")
    checklist.items = [platform_item(catalog.platforms[p]) for p in APPS]
    checklist.items += [bank_item(BankCard("cmb", "4321", CardType.CREDIT)), custom_item("小区门禁")]
    checklist.items += door_additions(checklist, catalog)
    return store.create_checklist(checklist)


def _screens(page) -> float:
    """The page's length in screens of its scroll area, as the scroll area lays it out at this width."""
    area = page.scroll_area
    page.layout().activate()
    height = max(page.minimumSizeHint().height(), page.heightForWidth(area.viewport().width()))
    return height / area.viewport().height()


def _first_screen_bottom(page, widget) -> int:
    return widget.mapTo(page, widget.rect().bottomLeft()).y()


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_every_item_is_at_most_two_screens_at_1024x728_in_large_text(make_window, store, qtbot, situation):
    window = make_window("zh", large_text=True)
    window.ctx.vault = FakeVault()
    window.resize(1024, 728)
    checklist = _list(store, window.ctx.catalog, situation)
    page = open_on(window, checklist, "work")
    qtbot.waitUntil(lambda: window.width() <= 1024 and page.scroll_area.viewport().width() > 0)
    long = {}
    for item in checklist.items:
        page.select(item.key)
        assert not page.more_panel.isVisible()
        assert not page.note.isVisible()  # folded
        screens = _screens(page)
        if screens > 2.0:
            long[item.key] = round(screens, 2)
    assert long == {}


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_at_1366x728_the_name_reason_steps_and_status_buttons_are_on_the_first_screen(
        make_window, store, qtbot, situation):
    window = make_window("zh")
    window.ctx.vault = FakeVault()
    window.resize(1366, 728)
    checklist = _list(store, window.ctx.catalog, situation)
    page = open_on(window, checklist, "work")
    late = {}
    for item in checklist.items:
        page.select(item.key)
        page.layout().activate()
        bottom = _first_screen_bottom(page, page.status_bar)
        if bottom > page.scroll_area.viewport().height():
            late[item.key] = bottom
    assert late == {}, f"viewport {page.scroll_area.viewport().height()} px"


def test_the_folds_open_in_place_and_the_stuck_help_keeps_the_other_ways_folded(make_window, store, qtbot):
    window = make_window("zh", large_text=True)
    window.ctx.vault = FakeVault()
    window.resize(1024, 728)
    checklist = _list(store, window.ctx.catalog, Situation.SWITCH)
    page = open_on(window, checklist, "work")
    page.select("platform:alipay")
    folded = _screens(page)
    page.more_button.click()
    assert page.more_panel.isVisible()
    assert page.more_button.text().startswith("▾")
    assert page.hotline_label.isVisible()
    assert page.route_cards[1].isVisible()
    assert _screens(page) > folded  # it opened in place, on this page
    page.more_button.click()
    page.set_status(Status.STUCK)
    assert page.stuck_panel.isVisible()
    assert not page.route_cards[1].isVisible()
