"""Page 9, 完成: the summary, money left in words, the export buttons, come back later."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bindguard.core.checklist import Status
from bindguard.core.situation import Situation
from tests.ui.walk import FakeVault, open_on, saved_checklist


def _finish(make_window, store, vault=None):
    window = make_window("en")
    window.ctx._vault = vault or FakeVault()
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
    assert "Done:" in text and "No such account:" in text and "Left to do:" in text
    assert f"<b>{total - 2}</b>" in text


def test_money_items_left_are_named_in_words_not_only_in_red(make_window, store):
    _window, _checklist, page = _finish(make_window, store)
    text = page.money_left.text()
    assert "Money is still at risk: 2 item(s)" in text
    assert "Alipay" in text or "支付宝" in text
    assert "ending 1234" in text
    assert "WeChat" not in text  # done


def test_notes_are_left_out_unless_ticked(make_window, store):
    vault = FakeVault()
    _window, checklist, page = _finish(make_window, store, vault)
    vault.notes[(checklist.id, "platform:wechat")] = "王经理"
    assert not page.include_notes.isChecked()
    assert page._notes() is None
    page.include_notes.setChecked(True)
    assert page._notes() == {"platform:wechat": "王经理"}


def test_save_as_pdf_writes_the_file_the_user_chose(make_window, store, tmp_path, monkeypatch):
    pytest.importorskip("bindguard.core.report")
    _window, _checklist, page = _finish(make_window, store)
    target = tmp_path / "清单.pdf"
    monkeypatch.setattr("bindguard.ui.dialogs.ask_save_path", lambda *args, **kw: target)
    page.pdf_button.click()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert "Saved" in page.result.text()


def test_calendar_reminders_are_saved_as_ics(make_window, store, tmp_path, monkeypatch):
    pytest.importorskip("bindguard.core.calendar")
    _window, _checklist, page = _finish(make_window, store)
    target = tmp_path / "reminders.ics"
    monkeypatch.setattr("bindguard.ui.dialogs.ask_save_path", lambda *args, **kw: target)
    page.ics_button.click()
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_cancelling_the_save_dialog_writes_nothing(make_window, store, monkeypatch):
    _window, _checklist, page = _finish(make_window, store)
    monkeypatch.setattr("bindguard.ui.dialogs.ask_save_path", lambda *args, **kw: None)
    page.pdf_button.click()
    page.ics_button.click()
    assert page.result.text() == ""


def test_come_back_later_closes_the_window_with_progress_kept(make_window, store, qtbot):
    window, checklist, page = _finish(make_window, store)
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    saved = store.load_checklist(checklist.id)
    assert saved.page == "finish"
    assert saved.item("platform:wechat").status is Status.DONE


def test_print_shows_the_preview_of_the_report_without_notes(make_window, store, monkeypatch):
    printing = pytest.importorskip("bindguard.ui.printing")
    pytest.importorskip("bindguard.core.report")
    _window, _checklist, page = _finish(make_window, store)
    shown = []
    monkeypatch.setattr(printing, "preview", lambda parent, report, large_text: shown.append(report))
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
