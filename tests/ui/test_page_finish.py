"""Page 9, 完成: the summary, money left in words, the export buttons, come back later."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from bindguard.core.checklist import Status
from bindguard.core.situation import Situation
from tests.helpers.settle import settle
from tests.ui.walk import FakeVault, open_on, saved_checklist

pytestmark = pytest.mark.usefixtures("documents")  # tests/ui/conftest.py: a Documents folder of its own


def _press(qtbot, page, button=None):
    """Click (or call save_as) and wait until what it started is over: the PDF is written in steps."""
    if button is None:
        page.save_as()
    else:
        button.click()
    qtbot.waitUntil(lambda: not page.busy())


def _finish(make_window, store, vault=None):
    window = make_window("en")
    window.ctx.vault = vault or FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    for key, status in (("platform:wechat", Status.DONE), ("platform:iit", Status.NOT_APPLICABLE),
                        ("platform:alipay", Status.LATER)):
        checklist.item(key).status = status
        store.set_status(checklist.id, key, status)
    return window, checklist, open_on(window, checklist, "finish")


def test_summary_counts_done_not_applicable_and_left(make_window, store):
    _window, checklist, page = _finish(make_window, store)
    text = page.summary.text()
    total = len(checklist.items)
    assert f"2 of {total} items finished" in text
    assert "Done:" in text
    assert "No such account / Not needed:" in text
    assert "Left to do:" in text
    assert f"<b>{total - 2}</b>" in text


def test_money_items_left_are_named_in_words_not_only_in_red(make_window, store):
    _window, _checklist, page = _finish(make_window, store)
    text = page.money_left.text()
    assert "Money is still at risk: 2 items that involve money are not finished yet." in text
    assert "Alipay" in text or "支付宝" in text
    assert "ending 1234" in text
    assert "WeChat" not in text  # done


def test_a_stuck_bank_card_counts_among_the_money_items_left_as_on_paper(make_window, store):
    """A walk (旧号已经停用/注销, the urgent door): 完成 said "有 2 个涉及钱的项目还没做完" and left out the
    bank card marked 遇到困难, while the PDF said "其中 3 项涉及钱". Stuck is not finished: both say 3,
    1 of them stuck, in the same words, and the page lists all three."""
    import html

    from bindguard.core.report import build_report
    from tests.integration.test_print_stopped_number_walk import walk_checklist

    window = make_window("zh")
    window.ctx.vault = FakeVault()
    catalog = window.ctx.catalog
    checklist = store.create_checklist(walk_checklist(catalog, dt.date.today()))  # the card stuck, 支付宝 done
    page = open_on(window, checklist, "finish")
    text = html.unescape(page.money_left.text())
    sentence = "有 3 个涉及钱的项目还没做完，其中 1 个遇到困难。"
    assert f"钱还有风险：{sentence}" in text
    assert "中国建设银行 借记卡 尾号5678 — 遇到困难" in text  # listed with the others, its status in words
    assert "微信支付 — 未处理" in text
    assert "京东 — 未处理" in text
    report = build_report(checklist, catalog, lang="zh", notes=None, today=dt.date.today())
    assert sentence in report.summary  # the printout says the very same


def test_notes_are_left_out_unless_ticked(make_window, store, monkeypatch):
    from bindguard.ui import print_preview

    vault = FakeVault()
    _window, checklist, page = _finish(make_window, store, vault)
    vault.notes[(checklist.id, "platform:wechat")] = "王经理"
    shown = []
    monkeypatch.setattr(print_preview, "preview", lambda parent, report, large_text: shown.append(report))
    assert not page.include_notes.isChecked()
    page.print_button.click()
    assert {item.key: item.note for item in shown[-1].items if item.note} == {}
    page.include_notes.setChecked(True)
    page.print_button.click()
    assert {item.key: item.note for item in shown[-1].items if item.note} == {"platform:wechat": "王经理"}


def test_one_click_on_save_as_pdf_lands_in_documents_under_a_plain_name_and_says_where(
        make_window, store, documents, monkeypatch, qtbot):
    asked = []
    monkeypatch.setattr("bindguard.ui.dialogs.ask_save_path", lambda *args, **kw: asked.append(args))
    _window, _checklist, page = _finish(make_window, store)
    _press(qtbot, page, page.pdf_button)
    today = dt.date.today().isoformat()
    target = documents / f"Checklist-妈妈-{today}.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert asked == []  # no dialog at all
    assert str(documents) in page.result.text()
    assert target.name in page.result.text()
    assert page.folder_button.isVisible()
    assert page.save_as_button.isVisible()
    _press(qtbot, page, page.pdf_button)  # a second click never overwrites the first copy
    assert (documents / f"Checklist-妈妈-{today} (2).pdf").read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 0


def test_chinese_file_name_is_the_plain_chinese_one(make_window, store, documents, qtbot):
    window = make_window("zh")
    window.ctx.vault = FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "finish")
    _press(qtbot, page, page.pdf_button)
    assert (documents / f"换号清单-妈妈-{dt.date.today().isoformat()}.pdf").exists()
    assert "已保存" in page.result.text()
    assert "“" in page.result.text()


def test_open_folder_shows_the_folder_of_the_saved_file(make_window, store, documents, monkeypatch, qtbot):
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    _window, _checklist, page = _finish(make_window, store)
    _press(qtbot, page, page.pdf_button)
    page.folder_button.click()
    assert opened == [str(documents)]


def test_save_as_writes_the_file_the_user_chose(make_window, store, tmp_path, monkeypatch, qtbot):
    _window, _checklist, page = _finish(make_window, store)
    _press(qtbot, page, page.pdf_button)
    target = tmp_path / "elsewhere" / "清单.pdf"
    monkeypatch.setattr("bindguard.ui.dialogs.ask_save_path", lambda *args, **kw: target)
    _press(qtbot, page, page.save_as_button)
    assert target.read_bytes().startswith(b"%PDF")
    assert "elsewhere" in page.result.text()


def test_calendar_reminders_are_saved_as_ics_in_documents(make_window, store, documents):
    _window, _checklist, page = _finish(make_window, store)
    page.ics_button.click()
    target = documents / f"Reminders-妈妈-{dt.date.today().isoformat()}.ics"
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_cancelling_the_save_as_dialog_writes_nothing_more(make_window, store, documents, monkeypatch, qtbot):
    _window, _checklist, page = _finish(make_window, store)
    _press(qtbot, page, page.pdf_button)
    before = sorted(documents.iterdir())
    monkeypatch.setattr("bindguard.ui.dialogs.ask_save_path", lambda *args, **kw: None)
    _press(qtbot, page, page.save_as_button)
    assert sorted(documents.iterdir()) == before


def test_an_unwritable_documents_folder_says_so_and_offers_save_as(make_window, store, documents, qtbot):
    documents.parent.mkdir(parents=True, exist_ok=True)
    documents.write_text("not a folder")  # Documents cannot be made
    _window, _checklist, page = _finish(make_window, store)
    _press(qtbot, page, page.pdf_button)
    assert page.result.text().startswith("⚠")
    assert page.save_as_button.isVisible()
    assert not page.folder_button.isVisible()


def test_come_back_later_closes_the_window_with_progress_kept(make_window, store, qtbot):
    window, checklist, page = _finish(make_window, store)
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    saved = store.load_checklist(checklist.id)
    assert saved.page == "finish"
    assert saved.item("platform:wechat").status is Status.DONE


def test_print_shows_the_preview_of_the_report_without_notes(make_window, store, monkeypatch):
    from bindguard.ui import print_preview

    _window, _checklist, page = _finish(make_window, store)
    shown = []
    monkeypatch.setattr(print_preview, "preview", lambda parent, report, large_text: shown.append(report))
    page.print_button.click()
    assert len(shown) == 1


def test_every_control_on_pages_8_and_9_has_an_accessible_name(make_window, store):
    from PySide6.QtWidgets import QAbstractButton

    window, checklist, page = _finish(make_window, store)
    pages = [page, open_on(window, checklist, "carrier")]
    for shown in pages:
        for widget in shown.findChildren(QAbstractButton):
            assert widget.accessibleName() or widget.text(), widget.objectName()
            assert widget.accessibleDescription() or widget.accessibleName(), widget.objectName()


def _sixty_open_money_items(store, catalog):
    from bindguard.core.checklist import BankCard, CardType, Checklist, bank_item

    checklist = Checklist("张三", Situation.OLD_DEAD, old_number="138****1234")
    banks = list(catalog.banks)
    checklist.items = [bank_item(BankCard(banks[n % len(banks)], f"{1000 + n}", CardType.DEBIT)) for n in range(60)]
    checklist.items[3].status = Status.STUCK
    return store.create_checklist(checklist)


@pytest.mark.parametrize("large_text", [False, True])
def test_with_60_open_money_items_at_1024x728_the_actions_are_in_view_and_the_window_does_not_grow(
        make_window, store, qtbot, large_text):
    from PySide6.QtCore import QPoint, QRect

    window = make_window("zh", large_text=large_text)
    window.ctx.vault = FakeVault()
    window.resize(1024, 728)
    settle()
    checklist = _sixty_open_money_items(store, window.ctx.catalog)
    page = open_on(window, checklist, "finish")
    settle()
    assert (window.width(), window.height()) == (1024, 728)
    assert "60" in page.money_left.text() or "59" in page.money_left.text()
    assert page.stuck_left.isVisible()  # stuck items under their own heading
    area = page.scroll_area
    assert area.verticalScrollBar().maximum() > 0  # the long list scrolls, with the page
    assert not area.horizontalScrollBar().isVisible()
    viewport = area.viewport()
    for button in (page.print_button, page.pdf_button, page.ics_button, page.later_button):
        corner = button.mapTo(viewport, QPoint(0, 0))
        assert viewport.rect().contains(QRect(corner, button.size())), button.text()
    _press(qtbot, page, page.pdf_button)  # and after a save the result and its two actions are in view as well
    settle()
    for widget in (page.result, page.folder_button, page.save_as_button):
        corner = widget.mapTo(viewport, QPoint(0, 0))
        assert viewport.rect().contains(QRect(corner, widget.size())), widget.objectName()
    window.show_page("work")  # going back: the window is still the same size
    assert (window.width(), window.height()) == (1024, 728)


def test_an_english_reader_sees_plain_counts_not_item_s(make_window, store):
    """Walked in English under Xvfb: 完成 read "3 item(s) with money are not finished", machine-made."""
    from bindguard.core.checklist import Status

    _window, checklist, page = _finish(make_window, store)
    item = next(i for i in checklist.items if i.status.is_open and not i.money_risk)
    store.set_status(checklist.id, item.key, Status.STUCK)
    item.status = Status.STUCK
    page.enter()
    for label in (page.money_left, page.stuck_left):
        assert label.isVisibleTo(page), label.objectName()
        assert "(s)" not in label.text(), label.text()


def test_after_saving_with_the_keyboard_the_focused_button_is_not_painted_as_the_main_one(
        make_window, store, documents, qtbot):
    """Walked under Xvfb: Tab to 保存为 PDF and Enter saved it, then 保存为 PDF was filled like the main
    button and 打印 plain (a focused auto-default button becomes the default one). Enter still works."""
    from PySide6.QtCore import Qt

    window, _checklist, page = _finish(make_window, store)
    page.pdf_button.setFocus()
    qtbot.keyClick(page.pdf_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy())
    assert list(documents.glob("*.pdf")), "Enter on the focused button saved the PDF"
    assert window.focusWidget() is page.pdf_button, "focus stays where the user was"
    assert not page.pdf_button.isDefault()
    assert page.print_button.property("primary")
    assert not page.pdf_button.property("primary")


def test_save_as_onto_a_device_is_refused_plainly_and_the_device_stays(
        make_window, store, tmp_path, monkeypatch, documents, qtbot):
    """Issue 22 point 2 in the window: 保存为 PDF / calendar onto a device (a real mknod) is refused."""
    import os
    import stat

    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mknod needs root")
    device = tmp_path / "null"
    os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    _window, _checklist, page = _finish(make_window, store)
    monkeypatch.setattr("bindguard.ui.dialogs.ask_save_path", lambda *args, **kw: device)
    for button in (page.pdf_button, page.ics_button):
        _press(qtbot, page, button)  # into Documents: 另存为 then offers the same kind somewhere else
        _press(qtbot, page)
        assert page.result.text().startswith("⚠")
        assert "not an ordinary file" in page.result.text()
        info = os.lstat(device)
        assert stat.S_ISCHR(info.st_mode)
        assert info.st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".bindguard-")) == []


def test_a_very_long_checklist_name_still_saves_pdf_and_calendar(make_window, store, documents, qtbot):
    """Issue 22 point 7: a name from an older version or an import, 600 bytes long, crashed both."""
    _window, checklist, page = _finish(make_window, store)
    checklist.name = "王" * 200
    _press(qtbot, page, page.pdf_button)
    page.ics_button.click()
    saved = sorted(documents.iterdir())
    assert sorted(p.suffix for p in saved) == [".ics", ".pdf"]
    assert all(len(p.name.encode("utf-8")) <= 255 and p.name.startswith("Checklist-王" if p.suffix == ".pdf"
                                                                           else "Reminders-王") for p in saved)
    assert all(p.stat().st_size > 0 for p in saved)
