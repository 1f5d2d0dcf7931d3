"""Issue 20, point 2: 逐项处理 is at most 2 screens of its scroll area per item at 1024x728 in large text
(4 screens on average before the folds); at 1024x728 in large text the status buttons (the page's
footer, under the scroll area), the item's name, why it matters and the first way's first step are on
the first screen, and at 1366x728 in normal text all the first way's steps too, for every item of each
situation's list. The rest (更多办法, 我的备注) is folded below and opens in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QTextDocument

from bindguard.core.checklist import BankCard, CardType, Checklist, Status, bank_item, custom_item, platform_item
from bindguard.core.doors import door_additions
from bindguard.core.situation import Situation
from tests.helpers.settle import settle
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


def shown_without_scrolling(page, widget) -> bool:
    """Wholly on the screen as the page is scrolled now: inside its scroll area's viewport, or in the
    page's footer, between the scroll area and the frame's 上一步/下一步 row, inside the window."""
    window = page.window()
    if not widget.isVisible():
        return False
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    viewport = page.scroll_area.viewport()
    shown = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    if page.isAncestorOf(widget):
        return shown.contains(rect)
    frame_row = window.next_button.mapTo(window, QPoint(0, 0)).y()
    return window.rect().contains(rect) and rect.top() > shown.bottom() and rect.bottom() < frame_row


def step_bottoms(page) -> list[int]:
    """Where each step of the first way ends, in the scroll area's viewport as scrolled now (laid
    out as the label lays out its rich text, at its width)."""
    label = page.route_cards[0].label
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    top = label.mapTo(page.scroll_area.viewport(), label.contentsRect().topLeft()).y()
    bottoms, block = [], document.begin()
    while block.isValid():
        if block.textList() is not None:
            bottoms.append(top + round(document.documentLayout().blockBoundingRect(block).bottom()))
        block = block.next()
    return bottoms


def _open_large(make_window, store, qtbot, situation):
    window = make_window("zh", large_text=True)
    window.ctx.vault = FakeVault()
    window.resize(1024, 728)
    checklist = _list(store, window.ctx.catalog, situation)
    page = open_on(window, checklist, "work")
    qtbot.waitUntil(lambda: window.width() <= 1024 and page.scroll_area.viewport().width() > 0)
    return window, checklist, page


def _show(page, key: str) -> None:
    page.select(key)
    settle()
    assert page.scroll_area.verticalScrollBar().value() == 0


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
def test_at_1024x728_in_large_text_the_status_buttons_name_and_reason_are_on_the_first_screen(
        make_window, store, qtbot, situation):
    _window, checklist, page = _open_large(make_window, store, qtbot, situation)
    hidden = {}
    for item in checklist.items:
        _show(page, item.key)
        shown = (page.name_label, page.read_aloud, *page.status_bar.buttons.values())
        shown += (page.reason_label,) if page.reason_label.text() else ()
        off = [w.objectName() or w.text() for w in shown if not shown_without_scrolling(page, w)]
        if off:
            hidden[item.key] = off
        assert all(button.height() >= 60 for button in page.status_bar.buttons.values())
    assert hidden == {}, f"viewport {page.scroll_area.viewport().height()} px"


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_at_1024x728_in_large_text_the_first_way_s_first_step_is_on_the_first_screen(
        make_window, store, qtbot, situation):
    _window, checklist, page = _open_large(make_window, store, qtbot, situation)
    late = {}
    for item in checklist.items:
        _show(page, item.key)
        if page.route_cards:
            first = step_bottoms(page)[0]
            if first > page.scroll_area.viewport().height():
                late[item.key] = first
    assert late == {}, f"viewport {page.scroll_area.viewport().height()} px"


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
        _show(page, item.key)
        shown = (page.name_label, *page.status_bar.buttons.values())
        shown += (page.reason_label,) if page.reason_label.text() else ()
        off = [w.objectName() or w.text() for w in shown if not shown_without_scrolling(page, w)]
        if page.route_cards and step_bottoms(page)[-1] > page.scroll_area.viewport().height():
            off.append("the last step")
        if off:
            late[item.key] = off
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


def test_at_1024x728_in_large_text_stuck_scrolls_to_its_help_and_done_offers_undo_on_the_first_screen(
        make_window, store, qtbot):
    from PySide6.QtCore import Qt

    _window, _checklist, page = _open_large(make_window, store, qtbot, Situation.SWITCH)
    _show(page, "platform:alipay")
    stuck = page.status_bar.buttons[Status.STUCK]
    qtbot.mouseClick(stuck, Qt.MouseButton.LeftButton)
    # the help opens in place, below the first way (below the first screen here): the page scrolls to it
    qtbot.waitUntil(lambda: shown_without_scrolling(page, page.stuck_panel))
    assert page.scroll_area.verticalScrollBar().value() > 0
    assert shown_without_scrolling(page, stuck)
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    assert page.item.key != "platform:alipay"  # on to the next open item
    settle()
    assert page.scroll_area.verticalScrollBar().value() == 0
    for widget in (page.undo_button, page.name_label, *page.status_bar.buttons.values()):
        assert shown_without_scrolling(page, widget), widget.objectName()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.item.key == "platform:alipay"
    assert page.item.status is Status.STUCK


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_at_1024x728_in_large_text_the_sms_question_and_its_answers_are_one_line(make_window, store, qtbot, lang):
    window = make_window(lang, large_text=True)
    window.ctx.vault = FakeVault()
    window.resize(1024, 728)
    checklist = _list(store, window.ctx.catalog, Situation.SWITCH)
    page = open_on(window, checklist, "work")
    _show(page, "bank:cmb:4321:credit")
    row = page.question_row
    assert row.isVisible()
    line = row.label.fontMetrics().lineSpacing()
    assert row.label.height() < 1.5 * line  # not wrapped beside its answers (a wrapped label's narrow hint)
    assert row.yes.y() == row.no.y()
    assert row.no.geometry().bottom() < row.label.y() + max(row.label.height(), row.no.height()) + 4
