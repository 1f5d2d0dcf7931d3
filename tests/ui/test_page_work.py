"""Page 7, 逐项处理: the user works down the list; every answer is saved at once."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import types

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from bindguard.core.catalog import RouteKind
from bindguard.core.checklist import ItemKind, Status
from bindguard.core.situation import Situation
from bindguard.core.work_order import one_thing_today
from tests.helpers.settle import settle
from tests.ui.test_work_page_length import shown_without_scrolling
from tests.ui.walk import FakeState, FakeVault, open_on, saved_checklist, status_in_db, with_entry


@pytest.fixture
def work(make_window, store):
    """A saved cancel-soon checklist, open on the work page, with a working (fake) vault."""

    def build(situation: Situation = Situation.CANCEL_SOON, vault: FakeVault | None = None, lang: str = "en",
              catalog=None):
        window = make_window(lang)
        window.ctx.vault = vault or FakeVault()
        if catalog is not None:
            window.ctx.catalog = catalog
        checklist = saved_checklist(store, window.ctx.catalog, situation)
        return window, checklist, open_on(window, checklist, "work")

    return build


def _urgent_key(window) -> str:
    """The item of "if you do only one thing today", by the rule the page calls."""
    return one_thing_today(window.ctx.checklist, window.ctx.catalog).key


def test_money_items_come_first_and_the_most_urgent_is_named_at_the_top(work):
    _window, _checklist, page = work()
    keys = [page.item_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.item_list.count())]
    assert keys[0].startswith("discovery:")  # it finds the rest
    others = [key for key in keys if not key.startswith("discovery:")]
    # the payment app, then the bank card, then identity (WeChat, the tax app), then the rest
    assert others[:4] == ["platform:alipay", "bank:ccb:1234:debit", "platform:wechat", "platform:iit"]
    assert "If you do only one thing today" in page.urgent_label.text()
    assert "Alipay" in page.urgent_label.text()
    row = page.item_list.item(page.item_list.row_of("bank:ccb:1234:debit")).text()
    assert row.startswith("☐")
    assert "To do" in row
    assert "Debit card ending 1234" in row  # shape and word, not colour


def test_status_button_is_saved_before_the_click_returns(work, qtbot, store):
    _window, checklist, page = work()
    page.select("platform:wechat")
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    assert status_in_db(store, checklist.id, "platform:wechat") == "done"
    row = page.item_list.item(page.item_list.row_of("platform:wechat")).text()
    assert row.startswith("☑")
    assert "Done" in row
    page.select("platform:wechat")  # done moved the page on; back to it
    assert page.status_bar.buttons[Status.DONE].isChecked()
    qtbot.mouseClick(page.status_bar.buttons[Status.STUCK], Qt.MouseButton.LeftButton)
    assert status_in_db(store, checklist.id, "platform:wechat") == "stuck"


def test_keyboard_alone_can_choose_an_item_and_mark_it(work, qtbot, store):
    _window, checklist, page = work()
    qtbot.keyClick(page.list_button, Qt.Key.Key_Space)  # 全部清单 opens the whole list in place
    assert page.item_list.isVisible()
    page.item_list.setCurrentRow(page.item_list.row_of("bank:ccb:1234:debit") - 1)
    qtbot.keyClick(page.item_list, Qt.Key.Key_Down)
    assert page.item.key == "bank:ccb:1234:debit"
    button = page.status_bar.buttons[Status.NOT_APPLICABLE]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert status_in_db(store, checklist.id, "bank:ccb:1234:debit") == "not_applicable"
    assert page.item.key != "bank:ccb:1234:debit"  # on to the next open item, 撤销 offered
    qtbot.keyClick(page.undo_button, Qt.Key.Key_Space)
    assert page.item.key == "bank:ccb:1234:debit"
    assert status_in_db(store, checklist.id, "bank:ccb:1234:debit") == "todo"
    later = page.status_bar.buttons[Status.LATER]
    later.setFocus()
    qtbot.keyClick(later, Qt.Key.Key_Return)
    assert status_in_db(store, checklist.id, "bank:ccb:1234:debit") == "later"


def test_tab_goes_from_the_navigator_to_the_answers_steps_status_buttons_and_the_rest_in_reading_order(work):
    _window, _checklist, page = work()
    page.select("platform:alipay")
    order = []
    widget = page.prev_button
    for _ in range(60):
        widget = widget.nextInFocusChain()
        order.append(widget)
    position = {id(w): i for i, w in reversed(list(enumerate(order)))}
    steps = [page.next_item_button, page.list_button, page.yes_radio, page.route_cards[0].label,
             page.status_bar.buttons[Status.DONE], page.status_bar.buttons[Status.STUCK], page.more_button,
             page.route_cards[1].label, page.open_button, page.note_button, page.note.edit, page.urgent_button]
    indexes = [position[id(w)] for w in steps]
    assert indexes == sorted(indexes)


def test_old_number_dead_offers_no_code_route_first(work):
    _window, _checklist, page = work(Situation.OLD_DEAD)
    page.select("platform:iit")  # its bank-card route needs no SMS (WeChat has no sourced one)
    assert page.route_cards[0].route.kind is RouteKind.NO_CODE
    assert not page.yes_radio.isVisible()  # nothing to ask: the number is dead
    assert "fallback" not in page.route_cards[-1].label.text()


def test_answering_no_puts_the_no_code_route_first_and_is_remembered(work, qtbot, store):
    _window, checklist, page = work(Situation.CANCEL_SOON)
    page.select("platform:alipay")
    assert page.yes_radio.isChecked()
    assert page.route_cards[0].route.kind is RouteKind.REBIND
    qtbot.mouseClick(page.no_radio, Qt.MouseButton.LeftButton, pos=QPoint(5, page.no_radio.height() // 2))
    assert page.route_cards[0].route.kind is RouteKind.NO_CODE
    assert store.load_checklist(checklist.id).item("platform:alipay").old_number_works is False
    page.select("platform:wechat")
    assert page.route_cards[0].route.kind is RouteKind.REBIND  # the answer is per item


def test_route_card_shows_steps_what_to_bring_what_to_say_and_how_sure(work):
    _window, _checklist, page = work(Situation.OLD_DEAD)
    page.select("platform:alipay")  # a platform with its own no-code route
    text = "\n".join([card.label.text() for card in page.route_cards] + [page.say_label.text()])
    assert "<ol" in text
    assert "What you need:" in text
    assert "How sure we are:" in text
    if any(card.route.say for card in page.route_cards):
        assert "What to say" in text
    # the general way comes last, labelled as the way most apps use, not this app's
    assert page.route_cards[-1].offered.fallback
    assert "this app may differ" in page.route_cards[-1].label.text()


def test_an_entry_checked_more_than_a_year_ago_says_it_may_be_out_of_date(work, make_window):
    from bindguard.core.catalog import load_catalog

    old = with_entry(load_catalog(), "wechat", last_verified=dt.date.today() - dt.timedelta(days=400))
    _window, _checklist, page = work(catalog=old)
    page.select("platform:wechat")
    assert "May be out of date" in page.meta_label.text()
    page.select("platform:alipay")
    assert "May be out of date" not in page.meta_label.text()
    assert "Last checked:" in page.meta_label.text()


def test_qr_code_decodes_to_the_official_url(work, tmp_path):
    if not shutil.which("zbarimg"):
        pytest.skip("zbarimg is not installed")
    window, _checklist, page = work()
    page.select("platform:wechat")
    url = window.ctx.catalog.platforms["wechat"].url
    assert not page.qr_view.isVisible()  # folded under 更多办法
    page.more_button.click()
    assert url
    assert page.qr_view.isVisible()
    assert page.qr_view.pixmap().width() >= 180
    target = tmp_path / "qr.png"
    assert page.qr_view.pixmap().save(str(target))
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(target)], capture_output=True, text=True, check=True)
    assert decoded.stdout.strip() == url


class _Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_open_official_page_sends_the_catalog_url_to_the_browser(work, qtbot):
    window, _checklist, page = work()
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        page.select("platform:alipay")
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.urls == [window.ctx.catalog.platforms["alipay"].url]


def test_no_official_page_means_no_button_and_no_qr(work):
    _window, _checklist, page = work()
    page.select(next(i.key for i in page.ctx.checklist.items if i.kind is ItemKind.CUSTOM))
    assert not page.open_button.isVisible()
    assert not page.qr_view.isVisible()
    assert "账号与安全" in page.info_label.text()


def test_discovery_item_explains_what_it_finds_and_its_limits(work):
    _window, checklist, page = work()
    page.select(next(i.key for i in checklist.items if i.kind is ItemKind.DISCOVERY))
    assert "What it finds" in page.info_label.text()  # on the first screen
    assert "Limits" in page.more_panel.info_label.text()
    assert not page.more_panel.isVisible()  # folded
    page.more_button.click()
    assert page.more_panel.info_label.isVisible()
    for card in page.route_cards:  # a how-to, not a way to change a number
        assert "old number gets a code" not in card.label.text()


def test_the_selected_item_is_saved_so_the_list_reopens_there(work, store):
    _window, checklist, page = work()
    page.select("platform:iit")
    saved = store.load_checklist(checklist.id)
    assert (saved.page, saved.current_item) == ("work", "platform:iit")


def test_note_is_saved_through_the_vault_when_the_user_leaves_the_box(work, store):
    vault = FakeVault()
    _window, checklist, page = work(vault=vault)
    page.select("platform:wechat")
    page.note.edit.setPlainText("去了建行柜台,找王经理")
    page.note.flush()
    assert vault.notes[(checklist.id, "platform:wechat")] == "去了建行柜台,找王经理"
    raw = store.path.read_bytes()
    assert "王经理".encode() not in raw  # never in plaintext in the database
    page.select("platform:alipay")
    assert page.note.edit.toPlainText() == ""
    page.select("platform:wechat")
    assert page.note.edit.toPlainText() == "去了建行柜台,找王经理"


def test_note_is_saved_after_a_short_pause_in_typing(work, qtbot):
    vault = FakeVault()
    _window, checklist, page = work(vault=vault)
    page.select("platform:wechat")
    page.note.edit.setPlainText("打过电话")
    qtbot.waitUntil(lambda: (checklist.id, "platform:wechat") in vault.notes, timeout=3000)


def test_locked_notes_say_why_and_write_nothing(work):
    vault = FakeVault(FakeState.NO_BACKEND)
    _window, _checklist, page = work(vault=vault)
    page.select("platform:wechat")
    assert page.note.edit.isReadOnly()
    assert "password store is not open" in page.note.state_label.text()
    assert not page.note.reset_button.isVisible()
    page.note.edit.setPlainText("secret")
    page.note.flush()
    assert vault.writes == []


def test_no_keyring_at_all_locks_notes_with_the_real_vault(work, store):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    window, _checklist, page = work(vault=None)
    window.ctx.vault = None  # the real one, made on first use
    page.select("platform:wechat")
    assert page.note.edit.isReadOnly()
    assert page.note.state_label.text()
    page.note.edit.setPlainText("secret")
    page.note.flush()
    assert store.count_notes() == 0


def test_missing_key_offers_reset_confirmed_by_the_user(work, qtbot, monkeypatch):
    vault = FakeVault(FakeState.KEY_MISSING)
    _window, _checklist, page = work(vault=vault)
    page.select("platform:wechat")
    page.note_button.click()
    assert page.note.reset_button.isVisible()
    asked = []
    monkeypatch.setattr("bindguard.ui.dialogs.ask", lambda *args, **kw: asked.append(args) or False)
    qtbot.mouseClick(page.note.reset_button, Qt.MouseButton.LeftButton)
    assert asked
    assert vault.resets == 0  # "no" keeps everything
    monkeypatch.setattr("bindguard.ui.dialogs.ask", lambda *args, **kw: True)
    qtbot.mouseClick(page.note.reset_button, Qt.MouseButton.LeftButton)
    assert vault.resets == 1
    assert not page.note.edit.isReadOnly()


def test_a_full_card_number_in_a_note_is_pointed_out_with_a_mask_button(work, qtbot, monkeypatch):
    fake = types.ModuleType("bindguard.core.privacy")
    fake.find_sensitive = lambda text: [types.SimpleNamespace(kind="card")] if "6222021234567890123" in text else []
    fake.mask_sensitive = lambda text: text.replace("6222021234567890123", "***************0123")
    monkeypatch.setitem(sys.modules, "bindguard.core.privacy", fake)
    monkeypatch.setattr("bindguard.core.privacy", fake, raising=False)
    vault = FakeVault()
    _window, checklist, page = work(vault=vault)
    page.select("platform:wechat")
    page.note_button.click()
    page.note.edit.setPlainText("卡号 6222021234567890123")
    page.note.flush()
    assert page.note.warning.isVisible()
    assert page.note.mask_button.isVisible()
    assert "bank card number" in page.note.warning.text()
    qtbot.mouseClick(page.note.mask_button, Qt.MouseButton.LeftButton)
    assert vault.notes[(checklist.id, "platform:wechat")] == "卡号 ***************0123"
    assert not page.note.warning.isVisible()


def test_every_control_on_the_page_has_an_accessible_name(work):
    from PySide6.QtWidgets import QAbstractButton, QListWidget, QPlainTextEdit

    _window, _checklist, page = work()
    page.select("platform:wechat")
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QListWidget) + \
            page.findChildren(QPlainTextEdit):
        if widget.isVisible():
            assert widget.accessibleName() or widget.text(), widget.objectName()
            assert widget.accessibleDescription() or widget.accessibleName(), widget.objectName()


def test_chinese_page_uses_the_agreed_status_words(work):
    _window, _checklist, page = work(lang="zh")
    page.select("platform:wechat")
    words = [button.text() for button in page.status_bar.buttons.values()]
    for word in ("已完成", "没有这个账号", "稍后再做", "遇到困难"):
        assert any(word in text for text in words)


def test_a_note_is_stored_only_as_ciphertext_with_the_real_vault(work, store):
    window, checklist, page = work()
    window.ctx.vault = None  # the real one, on the in-memory keyring of the test
    page.select("platform:wechat")
    assert not page.note.edit.isReadOnly(), page.note.state_label.text()
    page.note.edit.setPlainText("找建行王经理")
    page.note.flush()
    _nonce, ciphertext = store.get_note(checklist.id, "platform:wechat")
    assert "王经理".encode() not in ciphertext
    page.select("platform:alipay")
    page.select("platform:wechat")
    assert page.note.edit.toPlainText() == "找建行王经理"


def test_the_real_privacy_check_flags_a_full_card_number(work):
    from bindguard.core import privacy

    _window, _checklist, page = work()
    page.select("platform:wechat")
    page.note_button.click()
    number = "6222020200112233445"
    if not privacy.find_sensitive(number):  # pick a Luhn-valid one if this one is not
        number = next(f"622202020011223344{d}" for d in "0123456789"
                      if privacy.find_sensitive(f"622202020011223344{d}"))
    page.note.edit.setPlainText(f"卡号 {number}")
    page.note.flush()
    assert page.note.warning.isVisible()
    page.note.mask()
    assert number not in page.note.edit.toPlainText()


def test_the_vault_is_not_made_at_start_up_only_when_the_work_page_shows_an_item(make_window, store):
    window = make_window("en")
    for page_id in ("work", "carrier", "finish"):
        window.page(page_id)  # built, as the smoke test does
    assert not window.ctx.vault_made


def test_switching_language_on_the_work_page_redraws_the_list_and_item(work):
    window, _checklist, page = work(lang="en")
    page.select("platform:wechat")
    window.lang_zh_action.trigger()
    row = page.item_list.item(page.item_list.row_of("platform:wechat")).text()
    assert "未处理" in row
    assert page.item.key == "platform:wechat"
    assert "已完成" in page.status_bar.buttons[Status.DONE].text()


# -- issue 12 / 13: the page around the current item ------------------------------------------------


def _visible_in_viewport(page, widget) -> bool:
    """Wholly inside the page's scroll area as it is scrolled now."""
    from PySide6.QtCore import QPoint, QRect

    viewport = page.scroll_area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_after_a_status_click_the_focus_stays_on_the_button_the_user_pressed(work, qtbot, store):
    from PySide6.QtWidgets import QApplication

    window, checklist, page = work()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.select("platform:alipay")
    for status in (Status.LATER, Status.STUCK):
        button = page.status_bar.buttons[status]
        button.setFocus()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert QApplication.focusWidget() is button, status
        assert page.item.key == "platform:alipay"  # later and stuck stay on the item
        assert status_in_db(store, checklist.id, "platform:alipay") == status.value


def test_done_moves_on_to_the_next_open_item_and_undo_puts_the_status_back_on_disk(work, qtbot, store):
    from PySide6.QtWidgets import QApplication

    window, checklist, page = work(lang="zh")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = page.item_list.item_keys()
    page.select("platform:alipay")
    following = next(k for k in keys[keys.index("platform:alipay") + 1:] if checklist.item(k).status.is_open)
    page.status_bar.buttons[Status.LATER].click()  # a status before the click that 撤销 must restore
    assert not page.undo_bar.isVisible()
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    assert status_in_db(store, checklist.id, "platform:alipay") == "done"
    assert page.item.key == following
    said = page.undo_bar.label.text()
    assert page.undo_bar.isVisible()
    assert "支付宝" in said
    assert "已完成" in said
    assert page.undo_button.text() == "撤销"
    assert QApplication.focusWidget() is page.route_cards[0].label  # the next item's steps, read out
    settle()
    assert shown_without_scrolling(page, page.undo_bar)  # above the status buttons, whatever the scroll
    assert shown_without_scrolling(page, page.undo_button)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert status_in_db(store, checklist.id, "platform:alipay") == "later"
    assert page.item.key == "platform:alipay"
    assert page.status_bar.buttons[Status.LATER].isChecked()
    assert not page.undo_bar.isVisible()
    # moving on by hand withdraws the offer: 撤销 is only ever about the item just left
    qtbot.mouseClick(page.status_bar.buttons[Status.NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    assert page.undo_bar.isVisible()
    page.select_next_open()
    assert not page.undo_bar.isVisible()


def test_stuck_opens_the_help_in_place_with_other_ways_the_hotline_what_to_say_and_a_tip(work, qtbot, store):

    _window, checklist, page = work(Situation.OLD_DEAD)
    page.select("platform:alipay")
    assert not page.stuck_panel.isVisible()
    others = page.route_cards[1:]
    assert others, "alipay has more than one way"
    settle()
    stuck = page.status_bar.buttons[Status.STUCK]
    top_before = stuck.mapTo(page.window(), QPoint(0, 0))
    qtbot.mouseClick(stuck, Qt.MouseButton.LeftButton)
    assert page.stuck_panel.isVisible()
    # in place, right after the first way, and scrolled to; the buttons (the page's footer) do not move
    qtbot.waitUntil(lambda: page.stuck_panel.y() > page.route_cards[0].y()
                    and shown_without_scrolling(page, page.stuck_panel))
    assert stuck.mapTo(page.window(), QPoint(0, 0)) == top_before
    assert shown_without_scrolling(page, stuck)
    # the other ways stay folded under 更多办法 (the page stays short), and the help says where they are
    assert "More ways and the hotline" in page.stuck_call.text()
    assert all(not card.isVisible() for card in others)
    page.more_button.click()
    assert all(card.isVisible() and page.more_panel.isAncestorOf(card) for card in others)
    text = page.stuck_tip.text() + page.stuck_call.text()
    assert "95188" in text  # the hotline
    assert "counter" in text
    assert "family" in text or "relative" in text
    assert "“" in page.stuck_call.text()  # what to say, quoted to read out
    assert status_in_db(store, checklist.id, "platform:alipay") == "stuck"
    qtbot.mouseClick(page.status_bar.buttons[Status.LATER], Qt.MouseButton.LeftButton)
    assert not page.stuck_panel.isVisible()


def test_stuck_is_not_what_you_should_do_today(work, qtbot):
    window, _checklist, page = work()
    urgent = _urgent_key(window)
    page.select(urgent)
    qtbot.mouseClick(page.status_bar.buttons[Status.STUCK], Qt.MouseButton.LeftButton)
    assert _urgent_key(window) != urgent


def test_status_words_fit_the_item_no_such_account_only_for_accounts(work):
    _window, checklist, page = work(lang="zh")
    page.select("platform:wechat")
    assert "没有这个账号" in page.status_bar.buttons[Status.NOT_APPLICABLE].text()
    page.select(next(i.key for i in checklist.items if i.kind is ItemKind.DISCOVERY))
    assert "不需要" in page.status_bar.buttons[Status.NOT_APPLICABLE].text()
    assert "没有这个账号" not in page.status_bar.buttons[Status.NOT_APPLICABLE].text()


def test_old_number_dead_no_way_shown_on_the_page_needs_a_code_to_it(work):
    _window, checklist, page = work(Situation.OLD_DEAD)
    for item in checklist.items:
        page.select(item.key)
        for card in page.route_cards:
            assert "旧号码会收到验证码" not in card.label.text()
            assert "old number gets a code" not in card.label.text()


def test_the_navigator_says_where_you_are_and_moves_to_the_previous_and_next_item(work, qtbot):
    _window, checklist, page = work()
    keys = page.item_list.item_keys()
    page.select(keys[2])
    assert page.position_label.text() == f"Item 3 of {len(keys)}"
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.item.key == keys[1]
    qtbot.mouseClick(page.next_item_button, Qt.MouseButton.LeftButton)
    assert page.item.key == keys[2]
    assert page.progress_label.text() == f"0 done, {len(checklist.items)} left"
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    assert page.progress_label.text() == f"1 done, {len(checklist.items) - 1} left"
    assert page.progress_bar.value() == 1


def test_the_whole_list_opens_in_place_and_choosing_an_item_closes_it(work, qtbot):
    _window, _checklist, page = work()
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    assert page.item_list.isVisible()
    assert page.item_list.verticalScrollBar().maximum() == 0  # shown whole: no scroll box in the page
    row = page.item_list.row_of("platform:iit")
    rect = page.item_list.visualItemRect(page.item_list.item(row))
    qtbot.mouseClick(page.item_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.item.key == "platform:iit"
    assert not page.item_list.isVisible()


def _five_step_alipay():
    import dataclasses

    from bindguard.core.catalog import load_catalog

    catalog = load_catalog()
    alipay = catalog.platforms["alipay"]
    rebind = next(r for r in alipay.routes if r.kind is RouteKind.REBIND)
    five = dataclasses.replace(rebind, steps=(rebind.steps * 2)[:5])
    routes = tuple(five if r is rebind else r for r in alipay.routes)
    return with_entry(catalog, "alipay", routes=routes)


def test_at_1366x728_in_normal_text_the_name_five_steps_and_the_status_buttons_show_without_scrolling(
        make_window, store, qtbot):
    window = make_window("zh")
    window.ctx.vault = FakeVault()
    window.ctx.catalog = _five_step_alipay()
    window.resize(1366, 728)
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "work")
    page.select("platform:alipay")
    settle()
    assert len(page.route_cards[0].route.steps) == 5
    assert page.scroll_area.verticalScrollBar().value() == 0
    for widget in (page.name_label, page.route_cards[0], *page.status_bar.buttons.values()):
        assert shown_without_scrolling(page, widget), widget.objectName()
    assert not page.scroll_area.horizontalScrollBar().isVisible()


def test_at_1024x728_in_large_text_the_steps_and_buttons_are_reached_by_scrolling_the_page_alone(
        make_window, store, qtbot):
    from PySide6.QtWidgets import QAbstractScrollArea

    window = make_window("zh", large_text=True)
    window.ctx.vault = FakeVault()
    window.resize(1024, 728)
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "work")
    page.select("platform:alipay")
    settle()
    assert window.width() <= 1024
    assert window.height() <= 728
    inner = [a for a in page.findChildren(QAbstractScrollArea) if a.isVisible()
             and a.verticalScrollBar().maximum() > 0 and a is not page.note.edit]
    assert inner == []  # nothing on the page scrolls by itself
    for widget in (page.name_label, page.route_cards[0]):
        page.scroll_area.ensureWidgetVisible(widget, 0, 0)
        assert _visible_in_viewport(page, widget), widget.objectName()
    for widget in page.status_bar.buttons.values():  # the page's footer: on screen whatever the scroll
        assert shown_without_scrolling(page, widget), widget.objectName()
    assert not page.scroll_area.horizontalScrollBar().isVisible()
    for button in page.findChildren(QPushButton):
        if button.isVisible() and button.text():
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), button.text()


def test_status_words_fit_the_item_an_account_or_a_discovery_step(work):
    _window, _checklist, page = work()
    page.select("platform:wechat")
    assert "No such account" in page.status_bar.buttons[Status.NOT_APPLICABLE].text()
    page.select("discovery:yzt1")
    assert "Not needed" in page.status_bar.buttons[Status.NOT_APPLICABLE].text()
    page.select("bank:ccb:1234:debit")
    assert "Not needed" in page.status_bar.buttons[Status.NOT_APPLICABLE].text()


def test_the_wheel_over_the_open_whole_list_scrolls_the_page_and_changes_no_item(work, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window, _checklist, page = work(lang="zh")
    window.resize(1024, 728)
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    settle()
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    before, key = bar.value(), page.item.key
    viewport = page.item_list.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, -120), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert bar.value() > before
    assert page.item.key == key


def test_the_one_thing_today_line_does_not_send_the_user_to_the_item_already_on_screen(work):
    """Seen under Xvfb: "如果今天只做一件事：支付宝 [去看这一项]" while 支付宝 was the item on the page."""
    window, _checklist, page = work()
    urgent = _urgent_key(window)
    page.select(urgent)
    assert not page.urgent_button.isVisibleTo(page)
    assert "looking at now" in page.urgent_label.text()
    other = next(k for k in page.item_list.item_keys() if k != urgent)
    page.select(other)
    assert page.urgent_button.isVisibleTo(page)


def test_when_only_stuck_items_are_left_the_page_says_so_and_where_to_get_help(work):
    _window, checklist, page = work()
    for item in list(checklist.items):
        page.select(item.key)
        page.set_status(Status.STUCK if item.key == checklist.items[0].key else Status.DONE)
    assert "stuck" in page.urgent_label.text()
    assert "Well done" not in page.urgent_label.text()


def test_the_steps_show_no_blinking_text_cursor(work):
    from PySide6.QtCore import Qt as QtNs

    _window, _checklist, page = work()
    for card in page.route_cards:
        flags = card.label.textInteractionFlags()
        assert not flags & QtNs.TextInteractionFlag.TextSelectableByKeyboard


def test_an_app_that_allows_several_accounts_per_number_says_check_each_under_its_name(work, make_window, store):
    window = make_window("zh")
    window.ctx.vault = FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON, platforms=("weibo", "wechat"))
    page = open_on(window, checklist, "work")
    page.select("platform:weibo")
    assert page.notice_label.isVisibleTo(page)
    assert "最多能注册 5 个账号" in page.notice_label.text()
    page.select("platform:wechat")
    assert "个账号" not in page.notice_label.text()


def test_once_a_money_item_is_done_it_no_longer_says_do_this_one_first(work, qtbot):
    _window, _checklist, page = work()
    page.select("platform:alipay")
    assert "do this one first" in page.reason_label.text()
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    page.select("platform:alipay")  # done moved the page on
    assert "do this one first" not in page.reason_label.text()


def test_on_a_recycled_number_a_money_app_says_touch_nothing_not_your_balance(work):
    _window, _checklist, page = work(Situation.RECYCLED)
    page.select("platform:alipay")
    text = page.reason_label.text()
    assert "touch nothing" in text
    assert "previous holder" in text
    assert "balance" not in text
