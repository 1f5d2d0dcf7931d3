import pytest
from PySide6.QtCore import Qt

from bindguard.core.checklist import ItemKind
from bindguard.core.situation import Situation
from tests.ui.helpers_wizard import start_checklist


def _open_discovery(window, qtbot, situation=Situation.CANCEL_SOON):
    checklist = start_checklist(window, qtbot, situation)
    window.show_page("discovery")
    return checklist, window.page("discovery")


def test_the_page_explains_one_id_check_where_what_and_how(make_window, qtbot):
    window = make_window("en")
    _, page = _open_discovery(window, qtbot)
    assert not page.details["yzt2"].isVisible(), "one line per service: the details open on demand"
    qtbot.mouseClick(page.detail_toggles["yzt2"], Qt.MouseButton.LeftButton)
    assert page.details["yzt2"].isVisible()
    text = page.details["yzt2"].text()
    assert "工信微报" in text
    assert "10699000" in text
    assert "Official" in text
    qtbot.mouseClick(page.detail_toggles["yzt2"], Qt.MouseButton.LeftButton)
    assert not page.details["yzt2"].isVisible()


def test_a_recorded_count_is_saved_and_preselects_the_app(make_window, qtbot, store):
    window = make_window("en")
    checklist, page = _open_discovery(window, qtbot)
    page.spins["wechat"].setValue(2)
    saved = store.load_checklist(checklist.id)
    assert saved.discovery_counts == {"wechat": 2}
    assert "wechat" in saved.selected_refs(ItemKind.PLATFORM)
    # two accounts on one app: the page says so in plain words
    assert page.reconcile_box.isVisible()
    assert "2 accounts" in page.reconcile_label.text()


def test_counts_that_do_not_add_up_are_explained(make_window, qtbot, store):
    window = make_window("en")
    checklist, page = _open_discovery(window, qtbot)
    page.spins["alipay"].setValue(1)
    # the user unticks Alipay on the account page later: the discovery page notices
    window.show_page("accounts")
    window.page("accounts").set_ticked("alipay", False)
    window.show_page("discovery")
    assert "not in your list" in page.reconcile_label.text()
    assert page.reconcile_box.isVisible()
    page.spins["alipay"].setValue(-1)  # back to "not checked": nothing stored, nothing to say
    assert store.load_checklist(checklist.id).discovery_counts == {}
    assert not page.reconcile_box.isVisible()


def test_pasted_sms_preselects_platforms_names_banks_and_is_not_kept(make_window, qtbot, store):
    window = make_window("zh")
    checklist, page = _open_discovery(window, qtbot)
    secret = "【支付宝】验证码 482913。【建设银行】您尾号 6789 的卡 13812345678"
    page.sms_edit.setPlainText(secret)
    page.sms_button.click()
    assert page.sms_edit.toPlainText() == ""
    assert "支付宝" in page.sms_result.text()
    assert "中国建设银行" in page.sms_result.text()
    saved = store.load_checklist(checklist.id)
    assert "alipay" in saved.selected_refs(ItemKind.PLATFORM)
    assert not any(i.kind is ItemKind.BANK_CARD for i in saved.items)  # banks: suggested, not invented
    store.conn.commit() if store.conn.in_transaction else None
    db = store.path.read_bytes() + (store.path.with_name(store.path.name + "-wal").read_bytes()
                                    if store.path.with_name(store.path.name + "-wal").exists() else b"")
    assert b"482913" not in db
    assert b"13812345678" not in db


def test_language_switch_changes_the_discovery_texts(make_window, qtbot):
    window = make_window("en")
    _, page = _open_discovery(window, qtbot)
    before = page.counts_heading.text()
    window.lang_zh_action.trigger()
    assert page.counts_heading.text() != before
    assert "一证通查" in page.counts_heading.text()


def test_the_pasted_text_cannot_be_brought_back_with_undo(make_window, qtbot):
    window = make_window("en")
    _, page = _open_discovery(window, qtbot)
    page.sms_edit.setPlainText("【支付宝】验证码 482913")
    page.sms_button.click()
    page.sms_edit.undo()
    assert page.sms_edit.toPlainText() == ""


def test_old_number_stopped_one_id_check_20_says_it_cannot_be_used_and_what_to_use_instead(make_window, qtbot):
    window = make_window("zh")
    _, page = _open_discovery(window, qtbot, Situation.OLD_DEAD)
    texts = [" ".join(label.text() for label in card.findChildren(type(page.intro))) for card in page.service_cards]
    yzt2 = next(t for t in texts if "一证通查2.0" in t)
    assert "需要旧号码能收短信：现在用不了" in yzt2
    assert "可以改用：" in yzt2
    assert not any("现在用不了" in t for t in texts if t is not yzt2)
    assert "用不了" in page.counts_help.text()


def test_recycled_number_counts_are_called_the_previous_holders_not_to_change_one_by_one(make_window, qtbot):
    window = make_window("zh")
    _, page = _open_discovery(window, qtbot, Situation.RECYCLED)
    page.spins["wechat"].setValue(2)
    text = page.reconcile_label.text()
    assert "上一个机主" in text
    assert "二次号码焕新" in text
    assert "每一个都要换绑" not in text
    assert "上一个机主" in page.counts_help.text()


def test_a_pasted_meituan_sms_also_puts_meituan_pay_on_the_list(make_window, qtbot, store):
    """A user walk: 【美团】 added 美团, whose money side is 美团支付 (its own tier reason says so), and
    美团支付 never reached the list nor the finish page's money warning."""
    window = make_window("zh")
    checklist, page = _open_discovery(window, qtbot)
    page.sms_edit.setPlainText("【美团】您的验证码是 112233，5 分钟内有效。")
    page.sms_button.click()
    assert "美团、美团支付" in page.sms_result.text()
    saved = store.load_checklist(checklist.id)
    assert {"meituan", "meituan_pay"} <= saved.selected_refs(ItemKind.PLATFORM)


def test_ticking_taobao_ticks_alipay_and_unticking_it_leaves_alipay(make_window, qtbot, store):
    from tests.ui.walk import open_on

    window = make_window("en")
    checklist, _page = _open_discovery(window, qtbot)
    accounts = open_on(window, store.load_checklist(checklist.id), "accounts")
    for key in ("alipay", "taobao"):  # the door may have ticked 支付宝 already: start without it
        if accounts.items[key].checkState() == Qt.CheckState.Checked:
            accounts.items[key].setCheckState(Qt.CheckState.Unchecked)
    accounts.items["taobao"].setCheckState(Qt.CheckState.Checked)
    assert accounts.items["alipay"].checkState() == Qt.CheckState.Checked
    assert {"taobao", "alipay"} <= store.load_checklist(checklist.id).selected_refs(ItemKind.PLATFORM)
    accounts.items["taobao"].setCheckState(Qt.CheckState.Unchecked)
    assert accounts.items["alipay"].checkState() == Qt.CheckState.Checked
    assert "alipay" in store.load_checklist(checklist.id).selected_refs(ItemKind.PLATFORM)


# -- issue 20: nothing she enters is lost; no copying needed; the right audience --------------------

def test_the_common_senders_are_tick_boxes_from_the_catalog_and_say_no_copying_is_needed(make_window, qtbot):
    from bindguard.core.sms_match import common_senders

    window = make_window("zh")
    _, page = _open_discovery(window, qtbot)
    catalog = window.ctx.catalog
    assert [s.id for s in page.sender_boxes] == [s.id for s in common_senders(catalog)]
    labels = {s.id: box.text() for s, box in page.sender_boxes.items()}
    assert "支付宝" in labels["alipay"]
    assert "95555" in labels["cmb"]
    assert "【腾讯科技】" in labels["wechat"]
    qtbot.mouseClick(page.senders_toggle, Qt.MouseButton.LeftButton)
    assert page.senders_part.isVisible(), "paste is one more button away"
    assert not page.sms_edit.isVisible(), "paste is one more button away"
    assert "不用" in page.sms_help.text()
    assert "复制" in page.sms_help.text()


def test_ticked_senders_and_a_typed_name_are_matched_on_next_and_the_page_says_what_was_found(
        make_window, qtbot, store):
    window = make_window("zh")
    checklist, page = _open_discovery(window, qtbot)
    window.show_page("discovery")
    page.open_senders()
    boxes = {s.id: box for s, box in page.sender_boxes.items()}
    boxes["pinduoduo"].setChecked(True)
    boxes["cmb"].setChecked(True)
    page.sender_edit.setText("【美团】")
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "discovery", "the page stays once to say what was found"
    saved = store.load_checklist(checklist.id)
    assert {"pinduoduo", "meituan", "meituan_pay"} <= saved.selected_refs(ItemKind.PLATFORM)
    result = page.sms_result.text()
    assert page.sms_result.isVisible()
    assert "拼多多" in result
    assert "美团" in result
    assert "招商银行" in result
    assert page.sender_edit.text() == ""
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "accounts", "nothing new: the next 下一步 goes on"


def test_pasted_text_not_matched_by_its_button_is_matched_on_next(make_window, qtbot, store):
    window = make_window("en")
    checklist, page = _open_discovery(window, qtbot)
    page.open_senders()
    page.open_paste()
    page.sms_edit.setPlainText("【京东】您的验证码是 112233")
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "discovery"
    assert "jd" in store.load_checklist(checklist.id).selected_refs(ItemKind.PLATFORM)
    assert page.sms_edit.toPlainText() == ""
    assert "JD" in page.sms_result.text()


def test_a_strangers_bank_sms_on_a_recycled_number_is_never_a_card_to_add(make_window, qtbot, store):
    window = make_window("zh")
    checklist, page = _open_discovery(window, qtbot, Situation.RECYCLED)
    page.open_senders()
    page.open_paste()
    page.sms_edit.setPlainText("【工商银行】您尾号 1234 的卡消费 100 元。")
    page.sms_button.click()
    text = page.sms_result.text()
    assert "中国工商银行" in text, text
    assert "不是您的" in text, text
    assert "告诉银行" in text, text
    assert "把每张卡加进来" not in text
    assert "加到" not in text.replace("不要加到", "")
    assert not any(i.kind is ItemKind.BANK_CARD for i in store.load_checklist(checklist.id).items)


def test_the_page_opens_on_its_first_service_and_each_part_opens_in_place(make_window, qtbot):
    window = make_window("en", large_text=True)
    _, page = _open_discovery(window, qtbot)
    first = next(iter(page.detail_toggles.values()))
    assert window.focusWidget() is first
    assert not page.counts_part.isVisible()
    assert not page.senders_part.isVisible()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert page.details[next(iter(page.detail_toggles))].isVisible()
    page.open_counts()
    assert page.counts_part.isVisible()
    assert window.focusWidget() is next(iter(page.spins.values()))


def test_a_recycled_number_never_calls_what_is_found_her_forgotten_accounts(make_window, qtbot):
    window = make_window("zh")
    _, page = _open_discovery(window, qtbot, Situation.RECYCLED)
    assert "上一个机主" in page.intro.text()
    assert "您忘了的" not in page.intro.text()


def _shown_lines(window, qtbot, page):
    """Each service's button as she sees it: {service id: (second line, accessible name)}, the ones
    behind 还有 N 个查找办法 opened first when there are some."""
    if page.more_toggle.isVisible():
        qtbot.mouseClick(page.more_toggle, Qt.MouseButton.LeftButton)
    shown = {}
    for sid, toggle in page.detail_toggles.items():
        assert toggle.isVisible(), sid
        line = toggle.findChild(type(page.intro), f"details_{sid}_line")
        assert line is not None and line.isVisible(), sid
        shown[sid] = (line.text(), toggle.accessibleName())
    return shown


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("situation", list(Situation))
def test_every_service_says_what_it_finds_in_one_line_under_its_name(make_window, qtbot, situation, lang, large):
    from bindguard.core.routes import discovery_fits

    window = make_window(lang, large_text=large)
    checklist, page = _open_discovery(window, qtbot, situation)
    catalog = window.ctx.catalog
    expected = [fit.service.id for fit in discovery_fits(checklist, catalog)]
    shown = _shown_lines(window, qtbot, page)
    assert list(shown) == expected
    colon = "：" if lang == "zh" else ": "
    for sid, (line, name) in shown.items():
        service = catalog.discovery[sid]
        assert line == service.finds_short.get(lang), sid
        # a screen reader says the name and the line together
        assert name == f"{service.name.get(lang)}{colon}{line}", sid


def test_in_large_text_the_first_four_services_are_shown_and_the_others_open_in_place(make_window, qtbot):
    window = make_window("zh", large_text=True)
    _, page = _open_discovery(window, qtbot, Situation.SWITCH)
    toggles = list(page.detail_toggles.values())
    assert len(toggles) > 5
    assert [t.isVisible() for t in toggles] == [True] * 4 + [False] * (len(toggles) - 4)
    assert page.more_toggle.isVisible()
    assert page.more_toggle.words() == f"还有 {len(toggles) - 4} 个查找办法"
    assert page.more_toggle.height() >= 60
    qtbot.mouseClick(page.more_toggle, Qt.MouseButton.LeftButton)
    assert all(t.isVisible() for t in toggles)
    # pressed again, they fold away; Tab goes from the fourth service to the fold button
    qtbot.mouseClick(page.more_toggle, Qt.MouseButton.LeftButton)
    assert not toggles[4].isVisible()
    assert toggles[3].nextInFocusChain() is page.more_toggle


def test_in_normal_text_every_service_is_shown_without_a_fold(make_window, qtbot):
    window = make_window("en")
    _, page = _open_discovery(window, qtbot, Situation.SWITCH)
    assert all(t.isVisible() for t in page.detail_toggles.values())
    assert not page.more_toggle.isVisible()


def test_a_screen_reader_opening_each_part_sees_it_open_and_lands_in_it(make_window, qtbot):
    """Walked by accessible names under Xvfb (as Orca does): a fold's accessible action is Toggle, and toggling
    谁给这个号码发短信 showed ▾ over nothing (the page listened for a mouse click only)."""
    from PySide6.QtGui import QAccessible

    window = make_window("zh", large_text=True)
    _, page = _open_discovery(window, qtbot)
    first = next(iter(page.detail_toggles.values()))
    page.open_senders(True, focus=False)  # the page opening a part itself keeps her focus where it is
    assert window.focusWidget() is first
    page.open_senders(False)
    # the box for copied texts is inside the senders' part: it is toggled last, with that part open
    for toggle, part, close in ((page.senders_toggle, page.senders_part, True),
                                (page.counts_toggle, page.counts_part, True),
                                (page.senders_toggle, page.senders_part, False),
                                (page.paste_toggle, page.sms_edit, True)):
        actions = QAccessible.queryAccessibleInterface(toggle).actionInterface()
        actions.doAction(actions.actionNames()[0])  # what a screen reader's "activate" calls
        qtbot.waitUntil(part.isVisible)
        assert toggle.isChecked()
        if close:
            actions.doAction(actions.actionNames()[0])
            qtbot.waitUntil(lambda part=part: not part.isVisible())
