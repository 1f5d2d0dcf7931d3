"""Issue 23 point 3: after 保存为 PDF or 打印 she always sees that it is working. The button is disabled,
the line under the buttons says to wait (painted before the work starts) and the cursor is busy; a
second click meanwhile does nothing; the PDF reads as it did; a full disk or a read-only folder still
says its plain message and leaves nothing half-written. Observed from slots the work itself calls
(the page's pdf_step_done signal, a paint event, the report being built), never by timing."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from bindguard.core.situation import Situation
from tests.helpers.faults import fill, remount, tmpfs
from tests.ui.walk import FakeVault, open_on, saved_checklist

pytestmark = pytest.mark.usefixtures("documents")  # tests/ui/conftest.py: a Documents folder of its own


def _finish(make_window, store, lang="en"):
    window = make_window(lang)
    window.ctx.vault = FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    return window, checklist, open_on(window, checklist, "finish")


def _cursor_shape():
    cursor = QApplication.overrideCursor()
    return cursor.shape() if cursor is not None else None


class _Paints(QObject):
    """Each paint of a label, with the text it showed then."""

    def __init__(self, label):
        super().__init__()
        self.label = label
        self.texts: list[str] = []
        label.installEventFilter(self)

    def eventFilter(self, watched, event):
        if watched is self.label and event.type() == QEvent.Type.Paint:
            self.texts.append(self.label.text())
        return False


@pytest.mark.parametrize("lang, words", [("en", "Saving, please wait…"), ("zh", "正在保存，请稍候……")])
def test_while_the_pdf_is_saved_the_button_is_disabled_and_the_page_says_to_wait(
        make_window, store, documents, qtbot, monkeypatch, lang, words):
    _window, _checklist, page = _finish(make_window, store, lang)
    paints = _Paints(page.result)
    painted_before_work = []
    from bindguard.core import report

    real_build = report.build_report

    def build(*args, **kwargs):  # the work starts here: what had she seen by then?
        painted_before_work.append(list(paints.texts))
        return real_build(*args, **kwargs)

    monkeypatch.setattr(report, "build_report", build)
    seen = []
    page.pdf_step_done.connect(lambda: seen.append((page.pdf_button.isEnabled(), page.print_button.isEnabled(),
                                                    page.result.isVisible(), page.result.text(), _cursor_shape())))
    with qtbot.waitSignal(page.pdf_finished, timeout=60000):
        page.pdf_button.click()
        assert not page.pdf_button.isEnabled()  # at once, before any step
    assert painted_before_work and words in painted_before_work[0]
    assert len(seen) > 3  # a step per page: the window repainted in between
    assert set(seen) == {(False, False, True, words, Qt.CursorShape.WaitCursor)}
    assert page.pdf_button.isEnabled()
    assert QApplication.overrideCursor() is None
    assert page.result.text().startswith("☑")
    assert len(list(documents.glob("*.pdf"))) == 1


def test_a_second_click_while_saving_does_not_save_twice(make_window, store, documents, qtbot, monkeypatch):
    from bindguard.ui import printing

    window, _checklist, page = _finish(make_window, store)
    writes = []
    real_steps = printing.write_pdf_steps
    monkeypatch.setattr(printing, "write_pdf_steps", lambda *args: writes.append(args) or real_steps(*args))
    page.pdf_button.setFocus()
    again = []

    def click_again():
        if again:
            return
        again.append(window.focusWidget())
        page.pdf_button.click()  # disabled: nothing
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
        page.save_pdf()  # and not through the button either
        page.print_preview()

    page.pdf_step_done.connect(click_again)
    with qtbot.waitSignal(page.pdf_finished, timeout=60000):
        qtbot.keyClick(page.pdf_button, Qt.Key.Key_Return)
    assert again and again[0] is not page.pdf_button  # the focus left the disabled button meanwhile
    assert len(writes) == 1
    assert [p.name for p in documents.glob("*.pdf")] == [f"Checklist-妈妈-{_today()}.pdf"]
    assert window.focusWidget() is page.pdf_button  # she is back where she was
    assert not page.busy()
    assert QApplication.overrideCursor() is None  # the busy cursor went, and went once


def _today():
    return dt.date.today().isoformat()


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_pdf_saved_in_steps_reads_as_the_one_written_at_once(make_window, store, documents, qtbot, tmp_path,
                                                                   lang):
    from bindguard.core.report import build_report
    from bindguard.ui import printing

    _window, _checklist, page = _finish(make_window, store, lang)
    with qtbot.waitSignal(page.pdf_finished, timeout=60000):
        page.pdf_button.click()
    saved = next(documents.glob("*.pdf"))
    at_once = tmp_path / "at-once.pdf"
    report = build_report(page.ctx.checklist, page.ctx.catalog, lang=lang, notes=None, today=dt.date.today())
    printing.write_pdf(report, at_once, large_text=False)
    text = _pdf_text(saved)
    assert text == _pdf_text(at_once)
    assert ("换号清单" if lang == "zh" else "change checklist") in text


def _save_into(page, qtbot, monkeypatch, folder):
    monkeypatch.setattr("bindguard.ui.dialogs.ask_save_path", lambda *args, **kw: folder / "清单.pdf")
    with qtbot.waitSignal(page.pdf_finished, timeout=60000):
        page.save_as()


def test_a_full_disk_says_so_plainly_and_leaves_nothing_half_written(
        make_window, store, documents, qtbot, monkeypatch, tmp_path):
    _window, _checklist, page = _finish(make_window, store)
    with tmpfs(tmp_path / "disk", "2m") as disk:
        (disk / "out").mkdir()
        filler = fill(disk)
        _save_into(page, qtbot, monkeypatch, disk / "out")
        assert page.result.text().startswith("⚠ The file could not be saved")
        assert sorted((disk / "out").iterdir()) == []
        assert page.save_as_button.isVisible()
        assert page.pdf_button.isEnabled()
        assert QApplication.overrideCursor() is None
        filler.unlink()
        _save_into(page, qtbot, monkeypatch, disk / "out")  # room again: it saves
        assert page.result.text().startswith("☑")
        assert (disk / "out" / "清单.pdf").read_bytes().startswith(b"%PDF")


def test_a_read_only_folder_says_so_plainly_and_leaves_nothing_behind(
        make_window, store, documents, qtbot, monkeypatch, tmp_path):
    _window, _checklist, page = _finish(make_window, store)
    with tmpfs(tmp_path / "disk", "8m") as disk:
        (disk / "out").mkdir()
        remount(disk, "ro")
        _save_into(page, qtbot, monkeypatch, disk / "out")
        assert page.result.text().startswith("⚠ The file could not be saved")
        assert sorted((disk / "out").iterdir()) == []
        assert page.pdf_button.isEnabled()
        remount(disk, "rw")


def test_while_the_printout_is_prepared_the_button_is_disabled_and_the_page_says_to_wait(
        make_window, store, qtbot, monkeypatch):
    from bindguard.ui import print_preview

    _window, _checklist, page = _finish(make_window, store, "zh")
    seen = []

    def preview(parent, report, large_text):  # the dialog: what does the page show meanwhile?
        seen.append((page.print_button.isEnabled(), page.pdf_button.isEnabled(), page.result.text(),
                     _cursor_shape()))
        page.print_button.click()  # a second click: nothing

    monkeypatch.setattr(print_preview, "preview", preview)
    page.print_button.click()
    assert seen == [(False, False, "正在准备打印，请稍候……", Qt.CursorShape.WaitCursor)]
    assert page.print_button.isEnabled()
    assert QApplication.overrideCursor() is None
    assert not page.result.isVisible()


def test_while_the_printout_is_laid_out_the_window_keeps_turning(make_window, store, qtbot, tmp_path):
    """The preview paints every page before it shows (printing into its own device, so not in steps
    on a timer): between pages the event loop turns, so the window repaints."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrinter

    from bindguard.core.report import build_report
    from bindguard.ui import printing
    from bindguard.ui.print_preview import render_turning

    _window, _checklist, page = _finish(make_window, store, "zh")
    report = build_report(page.ctx.checklist, page.ctx.catalog, lang="zh", notes=None, today=dt.date.today())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing.setup_a4(printer)
    turns = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: turns.append(page.print_button.isEnabled()))
    ticker.start(0)
    try:
        pages = render_turning(printer, report, False)
    finally:
        ticker.stop()
    assert pages > 3
    assert len(turns) >= pages - 1  # a turn after every page
    assert pages == printing.write_pdf(report, tmp_path / "saved.pdf", False)


def test_closing_the_window_while_saving_finishes_the_file_first(make_window, store, documents, qtbot):
    window, _checklist, page = _finish(make_window, store)
    page.pdf_button.click()
    assert page.busy()  # the first page is not painted yet: that waits for the event loop
    window.close()  # 以后再来 or the window's ✕ right after the click
    assert not page.busy()
    saved = list(documents.iterdir())
    assert [p.name for p in saved] == [f"Checklist-妈妈-{_today()}.pdf"]  # whole, and no temporary file beside it
    assert _pdf_text(saved[0]).count("\f") > 1


def test_while_the_preview_lays_out_its_pages_she_still_sees_the_wait(make_window, store, qtbot, monkeypatch):
    """打印 with the real preview dialog: its pages are painted before it shows, with the event loop
    turning in between; the wait lasts until the preview is on screen, then the cursor is hers again."""
    from PySide6.QtCore import QTimer

    from bindguard.ui import print_preview

    _window, _checklist, page = _finish(make_window, store, "zh")
    during, shown = [], []
    real_render = print_preview.render_turning

    def render(device, report, large_text):  # the dialog's paintRequested
        pages = real_render(device, report, large_text)  # turns the event loop after every page
        during.append((page.print_button.isEnabled(), page.result.text(), _cursor_shape()))
        return pages

    polls = []

    def close_when_shown():  # once the wait is over with the preview on screen (or after 10 s: fails)
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            polls.append(page.busy())
            if not page.busy() or len(polls) > 2000:
                shown.append((page.print_button.isEnabled(), _cursor_shape()))
                dialog.reject()

    monkeypatch.setattr(print_preview, "render_turning", render)
    closer = QTimer()
    closer.timeout.connect(close_when_shown)
    closer.start(5)
    try:
        page.print_button.click()  # returns when the preview is closed
    finally:
        closer.stop()
    assert during and during[0] == (False, "正在准备打印，请稍候……", Qt.CursorShape.WaitCursor)
    assert shown == [(True, None)]  # on screen: no busy cursor over the preview
    assert page.print_button.isEnabled()
    assert QApplication.overrideCursor() is None
    assert not page.result.isVisible()  # the preview closed: no "please wait" left behind
