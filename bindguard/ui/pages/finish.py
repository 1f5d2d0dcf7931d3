"""Page 9, 完成: what is done and what is left, print it, save it as PDF, add calendar reminders.

The page body scrolls as one (60 open money items never grow the window); the actions sit in a bar
under it that always stays in view. 保存为 PDF saves with one click into the user's Documents folder
under a plain name (换号清单-张三-2026-12-01.pdf, never overwriting), then says where, with 打开所在文件夹
and 另存为… beside it. Stuck items have their own heading; money items still open are listed in words
(and in red, never colour alone). Notes go into the printout only when "include my notes" is ticked;
only then is the vault asked for them. "Come back later" just closes the window: progress is saved.

The wait after 保存为 PDF or 打印 is never silent (issue 23): at the click the buttons are disabled, the
line under them says 正在保存，请稍候…… (painted before the work starts) and the cursor is busy. The PDF
is written on the GUI thread in small steps driven by a timer (printing.write_pdf_steps), so the window
repaints between pages; a second click meanwhile does nothing. Not a worker thread: the QR codes are
drawn through a QBitmap (GUI thread only), and a Python thread holding the GIL against a Qt mutex has
deadlocked here before (the read-aloud thread).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from bindguard.core.audience import money_left_note
from bindguard.core.checklist import STATUS_MARKS, Status, progress
from bindguard.core.counts import change_words
from bindguard.core.errors import BindGuardError
from bindguard.core.file_names import documents_folder, plain_file_name, unused_path
from bindguard.core.report import item_name
from bindguard.core.words import NOT_NEEDED_LABEL, STATUS_LABELS, join_sentences, money_left_words, status_label
from bindguard.core.work_order import money_left, work_order
from bindguard.ui import dialogs
from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage
from bindguard.ui.widgets.page_body import scroll_body, set_primary
from bindguard.ui.work_parts import FlowLayout

MONEY_RED = "#b00020"  # 7.1:1 on white


class FinishPage(BasePage):
    page_id = "finish"
    pdf_step_done = Signal()  # a step of writing the PDF is done (a page painted): the window may repaint
    pdf_finished = Signal()  # the PDF is saved, or saving it failed: the page says which

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = scroll_body(self, spacing=12)
        # The page scrolls as one (the frame's scroll area): the actions come first, right under the
        # counts, so they are in view on arrival whatever the length of the lists below them.
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.actions = QFrame(self)
        self.actions.setObjectName("finishActions")
        bar = QVBoxLayout(self.actions)
        bar.setContentsMargins(0, 0, 0, 0)
        self.buttons_row = QWidget(self.actions)
        buttons = FlowLayout(self.buttons_row)
        self.print_button = QPushButton(self.buttons_row)
        self.print_button.setObjectName("printButton")
        self.pdf_button = QPushButton(self.buttons_row)
        self.pdf_button.setObjectName("pdfButton")
        self.ics_button = QPushButton(self.buttons_row)
        self.ics_button.setObjectName("icsButton")
        self.later_button = QPushButton(self.buttons_row)
        self.later_button.setObjectName("laterButton")
        self.hand_over_button = QPushButton(self.buttons_row)  # 交给别的电脑: ui/handover_dialog.py
        self.hand_over_button.setObjectName("handOverButton")
        self.handover_dialog = None
        for button in (self.print_button, self.pdf_button, self.ics_button, self.hand_over_button,
                       self.later_button):
            buttons.addWidget(button)
        self.result = QLabel(self.actions)
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.result_row = QWidget(self.actions)
        row = FlowLayout(self.result_row)
        self.folder_button = QPushButton(self.result_row)
        self.folder_button.setObjectName("openFolder")
        self.save_as_button = QPushButton(self.result_row)
        self.save_as_button.setObjectName("saveAsButton")
        row.addWidget(self.folder_button)
        row.addWidget(self.save_as_button)
        self.result_row.hide()
        bar.addWidget(self.buttons_row)
        bar.addWidget(self.result)
        bar.addWidget(self.result_row)
        self.include_notes = QCheckBox(self)
        self.include_notes.setObjectName("includeNotes")
        self.include_notes.setChecked(False)
        self.only_open = QCheckBox(self)
        self.only_open.setObjectName("onlyOpen")
        self.only_open.setChecked(False)
        self.stuck_left = QLabel(self)
        self.stuck_left.setObjectName("stuckLeft")
        self.stuck_left.setWordWrap(True)
        self.stuck_left.setTextFormat(Qt.TextFormat.RichText)
        self.money_left = QLabel(self)
        self.money_left.setObjectName("moneyLeft")
        self.money_left.setWordWrap(True)
        self.money_left.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.summary, self.actions, self.include_notes, self.only_open, self.stuck_left,
                       self.money_left):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._last_saved: Path | None = None
        self._last_kind = ".pdf"
        self._steps = None  # the PDF being written, step by step (printing.write_pdf_steps)
        self._pdf_path = Path()
        self._busy_button: QPushButton | None = None
        self._step_timer = QTimer(self)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._pdf_step)

        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.ics_button.clicked.connect(self.save_ics)
        self.later_button.clicked.connect(self.come_back_later)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.folder_button.clicked.connect(self.open_folder)
        self.save_as_button.clicked.connect(self.save_as)
        # Enter presses the focused button through the window (wizard.py), not auto-default: a focused
        # auto-default button becomes the default one and was painted filled, so after 保存为 PDF it
        # looked like the main button and 打印 looked not chosen (walked under Xvfb). 打印 is the page's
        # main action, filled whether focused or not; focus is the ring (theme.py)
        set_primary(self.print_button, True)
        self.retranslate()

    def _name(self, item) -> str:
        return item_name(item, self.ctx.catalog, self.ctx.lang)

    def enter(self) -> None:
        self._show_result("")
        checklist = self.ctx.checklist
        items = checklist.items if checklist else []
        count = progress(items)
        left = count.total - count.finished
        lang = self.ctx.lang
        not_needed = f"{STATUS_LABELS[Status.NOT_APPLICABLE].get(lang)} / {NOT_NEEDED_LABEL.get(lang)}"
        rows = [(STATUS_MARKS[Status.DONE], STATUS_LABELS[Status.DONE].get(lang), count.done),
                (STATUS_MARKS[Status.NOT_APPLICABLE], not_needed, count.not_applicable),
                ("☐", self.tr("Left to do"), left)]
        colon = "：" if self.ctx.lang == "zh" else ":"
        table = "".join(f"<tr><td>{mark}&nbsp;</td><td>{html.escape(label)}{colon}&nbsp;</td>"
                        f"<td><b>{count}</b></td></tr>" for mark, label, count in rows)
        finished = self.tr("{0} of {1} items finished.").format(count.finished, count.total)
        changed = change_words(checklist, lang) if checklist else ""  # as the paper says
        finished = join_sentences(lang, finished, changed)
        self.summary.setText(f"<p>{html.escape(finished)}</p><table>{table}</table>")
        ordered = work_order(checklist, self.ctx.catalog) if checklist else []
        stuck = [i for i in ordered if i.status is Status.STUCK]
        if stuck:
            names = "".join(f"<li>⚠ {html.escape(self._name(i))}{self._hotline(i)}</li>" for i in stuck)
            heading = self.tr("Items you are stuck on: {0}. Ask a relative to help, or take your ID card to "
                              "the counter:").format(len(stuck))
            self.stuck_left.setText(f"<p><b>⚠ {html.escape(heading)}</b></p>"
                                    f"<ul style='list-style-type: none;'>{names}</ul>")
        self.stuck_left.setVisible(bool(stuck))
        # the one rule the printout counts by too: stuck money items are not finished, they still carry the risk
        money = money_left(checklist, self.ctx.catalog) if checklist else []
        if money:
            names = "".join(f"<li>⚠ {html.escape(self._name(i))} — "
                            f"{html.escape(status_label(i.status, i.kind, self.ctx.lang))}</li>" for i in money)
            words = money_left_words(money, self.ctx.lang)
            note = money_left_note(checklist.situation)  # a recycled number: mostly a stranger's money
            if note is None:
                heading = self.tr("Money is still at risk: {0}").format(words)
                whose = ""
            else:
                heading = words  # only how many: whose money it is, the note says (no "at risk", not hers)
                whose = f"<p style='color:{MONEY_RED}'>{html.escape(note.get(self.ctx.lang))}</p>"
            self.money_left.setText(f"<p style='color:{MONEY_RED}'><b>⚠ {html.escape(heading)}</b></p>{whose}"
                                    f"<ul style='color:{MONEY_RED}; list-style-type: none;'>{names}</ul>")
        elif not stuck:
            done = self.tr("Every item with money is finished.")
            self.money_left.setText(f"<p>☑ {html.escape(done)}</p>")
        self.money_left.setVisible(bool(money) or not stuck)
        self.print_button.setFocus()

    def _hotline(self, item) -> str:
        entry = self.ctx.catalog.entry(item.ref) if item.ref else None
        if entry is None or not entry.hotline:
            return ""
        words = self.tr("Hotline:")
        return f" — ☎ {html.escape(words)} {html.escape(entry.hotline)}"

    # -- exports (modules loaded only when asked for) ------------------------------------------

    def _notes(self) -> dict[str, str] | None:
        """The notes for the printout: None unless ticked; read through the vault only then."""
        checklist = self.ctx.checklist
        if not self.include_notes.isChecked() or checklist is None or checklist.id is None:
            return None
        notes: dict[str, str] = {}
        try:
            vault = self.ctx.vault
            if vault.state.name != "READY":
                self._show_result(self.tr("Your notes are locked, so they are left out."))
                return None
            for item in checklist.items:
                if vault.has_note(checklist.id, item.key):
                    text = vault.read_note(checklist.id, item.key)
                    if text:
                        notes[item.key] = text
        except (BindGuardError, ImportError):
            self._show_result(self.tr("Your notes could not be opened, so they are left out."))
            return None
        return notes

    def _report(self):
        from bindguard.core.report import build_report

        return build_report(self.ctx.checklist, self.ctx.catalog, lang=self.ctx.lang, notes=self._notes(),
                            today=dt.date.today(), only_open=self.only_open.isChecked())

    def _file_name(self, suffix: str) -> str:
        kind = self.tr("Checklist") if suffix == ".pdf" else self.tr("Reminders")
        person = self.ctx.checklist.name if self.ctx.checklist else ""
        return plain_file_name(kind, person, dt.date.today(), suffix)

    def print_preview(self) -> None:
        if self.ctx.checklist is None or self.busy():
            return
        from bindguard.ui import print_preview

        self._busy_on(self.print_button, self.tr("Preparing the printout, please wait…"))
        try:
            report = self._report()
            QTimer.singleShot(20, self._busy_off_when_shown)
            print_preview.preview(self, report, self.ctx.large_text)
        finally:
            self._busy_off()
        if self.result.text() == self.tr("Preparing the printout, please wait…"):
            self._show_result("")

    # -- the wait: always a sign of life -----------------------------------------------------

    def busy(self) -> bool:
        """A PDF or the printout is being made: the buttons are disabled and the page says so."""
        return self._busy_button is not None

    def _busy_on(self, button: QPushButton, words: str) -> None:
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QApplication

        self._busy_button = button
        self._show_result(words)
        # Qt would pass the focus of a disabled button on to the next control (我的备注's tick box, where
        # an impatient Space would tick it); on the waiting words a screen reader reads them out
        self.result.setFocus()
        self.buttons_row.setEnabled(False)
        self.result_row.setEnabled(False)
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        # painted now, before the work starts: repaint() alone painted nothing (offscreen, seen in a
        # test); a click meanwhile waits in the queue and then meets a disabled button
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _busy_off_when_shown(self) -> None:
        """The preview paints its pages before it shows, turning the event loop between them: the wait
        is over when it is on screen (checked every 20 ms until then)."""
        from PySide6.QtWidgets import QApplication

        if not self.busy():
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            self._busy_off()
        else:
            QTimer.singleShot(20, self._busy_off_when_shown)

    def _busy_off(self) -> None:
        from PySide6.QtWidgets import QApplication

        button, self._busy_button = self._busy_button, None
        if button is None:
            return
        QApplication.restoreOverrideCursor()
        self.buttons_row.setEnabled(True)
        self.result_row.setEnabled(True)
        if self.window().focusWidget() in (None, self.result):
            button.setFocus()  # where she was

    def hideEvent(self, event) -> None:
        """Leaving the page (上一步, or closing the window) while a PDF is written finishes it first."""
        while self._steps is not None:
            self._pdf_step()
        super().hideEvent(event)

    def save_pdf(self) -> None:
        """One click: into Documents under a plain name that is not taken yet."""
        if self.ctx.checklist is None or self.busy():
            return
        self._save(".pdf", unused_path(documents_folder(), self._file_name(".pdf")))

    def save_ics(self) -> None:
        if self.ctx.checklist is None:
            return
        self._save(".ics", unused_path(documents_folder(), self._file_name(".ics")))

    def save_as(self) -> None:
        """Somewhere else: the platform's own save dialog (dialogs.ask_save_path)."""
        if self.ctx.checklist is None:
            return
        suffix = self._last_kind
        start = (self._last_saved.parent if self._last_saved else documents_folder()) / self._file_name(suffix)
        if suffix == ".pdf":
            path = dialogs.ask_save_path(self, self.tr("Save the checklist as PDF"), start,
                                         self.tr("PDF files (*.pdf)"))
        else:
            path = dialogs.ask_save_path(self, self.tr("Save calendar reminders"), start,
                                         self.tr("Calendar files (*.ics)"))
        if path is not None:
            self._save(suffix, Path(path), self.save_as_button)

    def _save(self, suffix: str, path: Path, button: QPushButton | None = None) -> None:
        if self.busy():
            return
        self._last_kind = suffix
        if suffix == ".pdf":
            self._start_pdf(path, button)
            return
        try:
            self._write_ics(path)
        except BindGuardError as error:
            self._show_result("⚠ " + error.text(self.ctx.lang), retry=True)
            return
        self._saved(suffix, path)

    def _start_pdf(self, path: Path, button: QPushButton | None) -> None:
        """The words first, then the work in steps (_pdf_step); the result is said when it is over."""
        from bindguard.ui import printing

        waiting = self.tr("Saving, please wait…")
        self._busy_on(button or self.pdf_button, waiting)
        try:
            report = self._report()
        except BaseException:
            self._busy_off()
            raise
        if self.result.text() != waiting:  # a word about the notes: said with the result instead
            self._show_result(waiting)
        self._pdf_path = path
        self._steps = printing.write_pdf_steps(report, path, self.ctx.large_text)
        self._step_timer.start()

    def _pdf_step(self) -> None:
        """One step of the PDF (a page), then the event loop turns (the timer); at the end say the result."""
        if self._steps is None:
            self._step_timer.stop()
            return
        error = None
        try:
            next(self._steps)
            self.pdf_step_done.emit()
            return
        except StopIteration:
            pass
        except BindGuardError as failure:
            error = failure
        except BaseException:
            self._end_pdf()
            raise
        self._end_pdf()
        if error is not None:
            self._show_result("⚠ " + error.text(self.ctx.lang), retry=True)
        else:
            self._saved(".pdf", self._pdf_path)
        self.pdf_finished.emit()

    def _end_pdf(self) -> None:
        self._step_timer.stop()
        self._steps = None
        self._busy_off()

    def _saved(self, suffix: str, path: Path) -> None:
        self._last_saved = path
        if suffix == ".pdf":
            text = self.tr("☑ Saved in the folder “{0}” as “{1}”.").format(str(path.parent), path.name)
        else:
            text = self.tr("☑ Saved in the folder “{0}” as “{1}”. Open it to add the reminders to your "
                           "calendar.").format(str(path.parent), path.name)
        self._show_result(text, saved=path)

    def _write_ics(self, path: Path) -> None:
        from bindguard.core.calendar import write_ics  # the one way to write it (no half-written file)

        write_ics(self.ctx.checklist, self.ctx.lang, path, self.ctx.catalog)

    def _show_result(self, text: str, saved: Path | None = None, retry: bool = False) -> None:
        """Say what happened, in the bar under the buttons' row; after a save offer 打开所在文件夹 and
        另存为…, after a failed one 另存为… only."""
        self.result.setText(text)
        self.result.setVisible(bool(text))
        self.result_row.setVisible(bool(text) and (saved is not None or retry))
        self.folder_button.setVisible(saved is not None)
        area = getattr(self, "scroll_area", None)  # the frame's: what was said, and its actions, in view
        if text and area is not None:
            self.layout().activate()
            area.ensureWidgetVisible(self.result_row if self.result_row.isVisible() else self.result, 0, 10)
            area.ensureWidgetVisible(self.result, 0, 10)

    def open_folder(self) -> None:
        if self._last_saved is None:
            return
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_saved.parent)))

    def hand_over(self) -> None:
        if self.ctx.checklist is None or self.ctx.checklist.id is None:
            return
        from bindguard.ui.handover_dialog import ExportDialog

        self.handover_dialog = ExportDialog(self.ctx, [self.ctx.checklist.id], self)
        self.handover_dialog.open()

    def come_back_later(self) -> None:
        self.window().close()  # everything is saved already

    def retranslate(self) -> None:
        self.include_notes.setText(self.tr("Include my notes in the printout"))
        self.include_notes.setAccessibleDescription(self.tr("Off: your private notes are not printed"))
        self.only_open.setText(self.tr("Print only the items not yet done"))
        self.only_open.setAccessibleDescription(self.tr("On: finished items are left out of the printout"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setAccessibleDescription(self.tr("Show the printout and print it"))
        self.pdf_button.setText(self.tr("Save as PDF"))
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.pdf_button.setAccessibleDescription(self.tr("Save the checklist as a PDF file in your Documents folder"))
        self.ics_button.setText(self.tr("Calendar reminders"))
        self.ics_button.setAccessibleName(self.tr("Calendar reminders"))
        self.ics_button.setAccessibleDescription(
            self.tr("Save the important dates for your calendar in your Documents folder"))
        self.hand_over_button.setText(self.tr("Hand over to another computer"))
        self.hand_over_button.setAccessibleName(self.tr("Hand over to another computer"))
        self.hand_over_button.setAccessibleDescription(
            self.tr("Put this checklist with its progress and notes into a locked file for another computer"))
        self.later_button.setText(self.tr("Come back later"))
        self.later_button.setAccessibleName(self.tr("Come back later"))
        self.later_button.setAccessibleDescription(self.tr("Close the window. Your progress is saved."))
        self.folder_button.setText(self.tr("Open the folder"))
        self.folder_button.setAccessibleName(self.tr("Open the folder"))
        self.folder_button.setAccessibleDescription(self.tr("Show the folder with the saved file"))
        self.save_as_button.setText(self.tr("Save as…"))
        self.save_as_button.setAccessibleName(self.tr("Save as…"))
        self.save_as_button.setAccessibleDescription(self.tr("Choose another folder or name"))
        if self.isVisible():
            self.enter()
