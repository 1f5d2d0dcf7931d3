"""Keyboard and screen-reader access (PRODUCT.md §7): every control named, every page usable by
Tab, Space, Enter and the arrow keys alone."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from bindguard.core.checklist import ItemKind, Status
from bindguard.core.flow import PAGE_ORDER
from bindguard.core.situation import Situation
from bindguard.core.work_order import one_thing_today
from tests.ui.helpers_wizard import start_checklist


def _focusable(root: QWidget) -> list[QWidget]:
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the spin box's own line edit: the spin box carries the name
        out.append(widget)
    return out


def _named(widget: QWidget) -> bool:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return bool(widget.accessibleName().strip() or (isinstance(text, str) and text.strip()))


def test_every_focusable_widget_on_every_page_has_a_name(make_window, qtbot):
    for situation in (Situation.CANCEL_SOON, Situation.RECYCLED):
        window = make_window("zh")
        start_checklist(window, qtbot, situation, "妈妈")
        unnamed = []
        for page_id in PAGE_ORDER:
            window.show_page(page_id)
            for widget in [*_focusable(window.page(page_id)), window.back_button, window.next_button]:
                if not _named(widget):
                    unnamed.append(f"{page_id}: {type(widget).__name__} {widget.objectName()!r}")
        assert unnamed == []
        window.close()


def test_labels_of_input_fields_have_buddies(make_window, qtbot):
    window = make_window("en")
    start_checklist(window, qtbot, Situation.SWITCH)
    numbers = window.page("numbers")
    assert numbers.old_label.buddy() is numbers.old_edit
    assert numbers.date_label.buddy() is numbers.date_edit
    window.show_page("banks")
    banks = window.page("banks")
    assert banks.last4_label.buddy() is banks.last4_edit
    window.show_page("accounts")
    assert window.page("accounts").search_label.buddy() is window.page("accounts").search


def _tab_to(qtbot, window, target: QWidget, limit: int = 80) -> None:
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is target:
            return
        assert focused is not None, "no widget has the keyboard focus"
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or type(target).__name__}")


def _press(qtbot, window, key=Qt.Key.Key_Space) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "no widget has the keyboard focus"
    qtbot.keyClick(focused, key)


def test_keyboard_only_walk_from_welcome_to_finish(make_window, qtbot, store):
    window = make_window("en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.page("welcome").start_button.setFocus()
    _press(qtbot, window)
    assert window.current_id == "situation"

    situation = window.page("situation")
    _tab_to(qtbot, window, situation.cards[Situation.CANCEL_SOON].radio)
    _press(qtbot, window)
    # arrows move between the cards as they lie, two a row (issue 20)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert situation.cards[Situation.OLD_DEAD].radio.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert situation.cards[Situation.RECYCLED].radio.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert situation.cards[Situation.SWITCH].radio.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert situation.cards[Situation.CANCEL_SOON].radio.isChecked()
    _tab_to(qtbot, window, situation.name_edit)
    situation.name_edit.selectAll()
    qtbot.keyClicks(situation.name_edit, "Dad")
    _tab_to(qtbot, window, window.next_button)
    _press(qtbot, window)
    assert window.current_id == "numbers"

    numbers = window.page("numbers")
    _tab_to(qtbot, window, numbers.old_edit)
    qtbot.keyClicks(numbers.old_edit, "13812345678")
    _tab_to(qtbot, window, numbers.date_edit)
    date = dt.date.today() + dt.timedelta(days=20)
    qtbot.keyClicks(numbers.date_edit, date.isoformat())
    _tab_to(qtbot, window, window.next_button)
    assert numbers.old_edit.text() == "138****5678"
    _press(qtbot, window)
    assert window.current_id == "discovery"

    discovery = window.page("discovery")
    _tab_to(qtbot, window, discovery.counts_toggle)  # each part opens with Space, in place
    _press(qtbot, window)
    _tab_to(qtbot, window, discovery.spins["alipay"])
    qtbot.keyClick(discovery.spins["alipay"], Qt.Key.Key_Up)
    qtbot.keyClick(discovery.spins["alipay"], Qt.Key.Key_Up)
    _tab_to(qtbot, window, discovery.senders_toggle)
    _press(qtbot, window)
    _tab_to(qtbot, window, discovery.paste_toggle)
    _press(qtbot, window)
    _tab_to(qtbot, window, discovery.sms_edit)
    qtbot.keyClicks(discovery.sms_edit, "95533")
    _tab_to(qtbot, window, discovery.sms_button)
    _press(qtbot, window)
    assert "China Construction Bank" in discovery.sms_result.text()
    _tab_to(qtbot, window, window.next_button)
    _press(qtbot, window)
    assert window.current_id == "accounts"

    accounts = window.page("accounts")
    _tab_to(qtbot, window, accounts.list)
    for _ in range(accounts.list.count()):
        if accounts.list.currentItem() is accounts.items["qq"]:
            break
        qtbot.keyClick(accounts.list, Qt.Key.Key_Down)
    _press(qtbot, window)
    _tab_to(qtbot, window, window.next_button)
    _press(qtbot, window)
    assert window.current_id == "banks"

    banks = window.page("banks")
    _tab_to(qtbot, window, banks.bank_search)
    qtbot.keyClicks(banks.bank_search, "ccb")
    _tab_to(qtbot, window, banks.last4_edit)
    qtbot.keyClicks(banks.last4_edit, "4321")
    qtbot.keyClick(banks.last4_edit, Qt.Key.Key_Return)  # Enter adds the card
    _tab_to(qtbot, window, window.next_button)
    _press(qtbot, window)
    assert window.current_id == "work"

    work = window.page("work")
    if work.urgent_button.isVisibleTo(work):  # hidden when the page already opens on that item
        _tab_to(qtbot, window, work.urgent_button)
        _press(qtbot, window)  # the most urgent item
    urgent = work.item
    assert urgent.key == one_thing_today(window.ctx.checklist, window.ctx.catalog).key  # the page's own rule
    assert urgent is not None
    assert urgent.money_risk
    _tab_to(qtbot, window, work.status_bar.buttons[Status.DONE])
    _press(qtbot, window)
    _tab_to(qtbot, window, work.next_item_button)
    _press(qtbot, window, Qt.Key.Key_Return)  # Enter presses the focused button too
    stuck = work.item
    assert stuck is not None
    assert stuck.key != urgent.key
    _tab_to(qtbot, window, work.status_bar.buttons[Status.STUCK])
    _press(qtbot, window)
    _tab_to(qtbot, window, window.next_button)
    _press(qtbot, window)
    assert window.current_id == "carrier"

    carrier = window.page("carrier")
    step = carrier.step_cards[0]
    _tab_to(qtbot, window, step.status_bar.buttons[Status.LATER])
    _press(qtbot, window)
    _tab_to(qtbot, window, window.next_button)
    _press(qtbot, window)
    assert window.current_id == "finish"
    assert window.step_label.text() == "Step 9 of 9"
    assert QApplication.focusWidget() is window.page("finish").print_button

    saved = store.load_checklist(window.ctx.checklist.id)
    assert saved.item(urgent.key).status is Status.DONE
    assert saved.item(stuck.key).status is Status.STUCK
    assert saved.item(step.item.key).status is Status.LATER
    assert saved.page == "finish"
    assert saved.name == "Dad"
    assert saved.situation is Situation.CANCEL_SOON
    assert saved.old_number == "138****5678"
    assert saved.cancel_date == date
    assert saved.discovery_counts == {"alipay": 1}
    assert {"alipay", "wechat", "qq"} <= saved.selected_refs(ItemKind.PLATFORM)
    cards = [i.card for i in saved.items if i.kind is ItemKind.BANK_CARD]
    assert [(c.bank_id, c.last4) for c in cards] == [("ccb", "4321")]


def test_tab_never_stops_on_the_step_list_or_the_page_scroll_area(make_window):
    """Both are set without Qt's enums at start-up (widgets/enum_props.py): check they really took."""
    window = make_window("en")
    assert window.step_list.focusPolicy() == Qt.FocusPolicy.NoFocus
    welcome = window.page("welcome")
    assert welcome.scroll_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert welcome.scroll_area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
