"""Page 9, 完成: what is done and what is left, print it, save it as PDF, add calendar reminders.

Money items still open are listed in words (and in red, never colour alone). Notes go into the
printout only when "include my notes" is ticked; only then is the vault asked for them.
"Come back later" just closes the window: progress is saved already.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bindguard.core import checklist as core
from bindguard.core.errors import BindGuardError
from bindguard.ui import dialogs
from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage
from bindguard.ui.widgets.item_list import item_name

MONEY_RED = "#b00020"  # 7.1:1 on white


class FinishPage(BasePage):
    page_id = "finish"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.money_left = QLabel(self)
        self.money_left.setObjectName("moneyLeft")
        self.money_left.setWordWrap(True)
        self.money_left.setTextFormat(Qt.TextFormat.RichText)
        self.include_notes = QCheckBox(self)
        self.include_notes.setObjectName("includeNotes")
        self.include_notes.setChecked(False)
        self.include_notes.setStyleSheet("QCheckBox::indicator { width: 1em; height: 1em; }")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("pdfButton")
        self.ics_button = QPushButton(self)
        self.ics_button.setObjectName("icsButton")
        self.later_button = QPushButton(self)
        self.later_button.setObjectName("laterButton")
        self.result = QLabel(self)
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.ics_button.clicked.connect(self.save_ics)
        self.later_button.clicked.connect(self.come_back_later)
        for button in (self.print_button, self.pdf_button, self.ics_button, self.later_button):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        grid = QGridLayout()
        grid.addWidget(self.print_button, 0, 0)
        grid.addWidget(self.pdf_button, 0, 1)
        grid.addWidget(self.ics_button, 1, 0)
        grid.addWidget(self.later_button, 1, 1)
        for widget in (self.summary, self.money_left, self.include_notes):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate()

    def enter(self) -> None:
        self.result.clear()
        checklist = self.ctx.checklist
        items = checklist.items if checklist else []
        progress = core.progress(items)
        left = progress.total - progress.finished
        words = core.STATUS_LABELS
        rows = [(core.STATUS_MARKS[core.Status.DONE], words[core.Status.DONE][self.ctx.lang], progress.done),
                (core.STATUS_MARKS[core.Status.NOT_APPLICABLE], words[core.Status.NOT_APPLICABLE][self.ctx.lang],
                 progress.not_applicable),
                ("☐", self.tr("Left to do"), left)]
        table = "".join(f"<tr><td>{mark}&nbsp;</td><td>{html.escape(label)}:&nbsp;</td><td><b>{count}</b></td></tr>"
                        for mark, label, count in rows)
        finished = self.tr("{0} of {1} items finished.").format(progress.finished, progress.total)
        self.summary.setText(f"<p>{html.escape(finished)}</p><table>{table}</table>")
        money = [i for i in core.ordered(items) if i.money_risk and i.status.is_open]
        if money:
            names = "".join(f"<li>⚠ {html.escape(item_name(i, self.ctx.catalog, self.ctx.lang))} — "
                            f"{html.escape(core.STATUS_LABELS[i.status][self.ctx.lang])}</li>" for i in money)
            heading = self.tr("Money is still at risk: {0} item(s) with money are not finished:").format(len(money))
            self.money_left.setText(f"<p style='color:{MONEY_RED}'><b>⚠ {html.escape(heading)}</b></p>"
                                    f"<ul style='color:{MONEY_RED}; list-style-type: none;'>{names}</ul>")
        else:
            done = self.tr("Every item with money is finished.")
            self.money_left.setText(f"<p>☑ {html.escape(done)}</p>")
        self.print_button.setFocus()

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
                self.result.setText(self.tr("Your notes are locked, so they are left out."))
                return None
            for item in checklist.items:
                if vault.has_note(checklist.id, item.key):
                    text = vault.read_note(checklist.id, item.key)
                    if text:
                        notes[item.key] = text
        except (BindGuardError, ImportError):
            self.result.setText(self.tr("Your notes could not be opened, so they are left out."))
            return None
        return notes

    def _report(self):
        from bindguard.core.report import build_report

        return build_report(self.ctx.checklist, self.ctx.catalog, lang=self.ctx.lang, notes=self._notes(),
                            today=dt.date.today())

    def _suggested(self, suffix: str) -> Path:
        name = self.ctx.checklist.name if self.ctx.checklist else "BindGuard"
        safe = "".join(c for c in name if c.isalnum()) or "BindGuard"
        return Path.home() / (self.tr("BindGuard checklist") + f" {safe}{suffix}")

    def print_preview(self) -> None:
        if self.ctx.checklist is None:
            return
        from bindguard.ui import printing

        printing.preview(self, self._report(), self.ctx.large_text)

    def save_pdf(self) -> None:
        if self.ctx.checklist is None:
            return
        path = dialogs.ask_save_path(self, self.tr("Save the checklist as PDF"), self._suggested(".pdf"),
                                     self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        from bindguard.ui import printing

        try:
            printing.write_pdf(self._report(), path, self.ctx.large_text)
        except BindGuardError as error:
            self.result.setText("⚠ " + error.text(self.ctx.lang))
            return
        self.result.setText(self.tr("☑ Saved: {0}").format(str(path)))

    def save_ics(self) -> None:
        if self.ctx.checklist is None:
            return
        path = dialogs.ask_save_path(self, self.tr("Save calendar reminders"), self._suggested(".ics"),
                                     self.tr("Calendar files (*.ics)"))
        if path is None:
            return
        from bindguard.core.calendar import build_ics

        try:
            Path(path).write_text(build_ics(self.ctx.checklist, self.ctx.lang), encoding="utf-8", newline="")
        except OSError:
            self.result.setText("⚠ " + BindGuardError("export.unwritable", path=str(path)).text(self.ctx.lang))
            return
        self.result.setText(self.tr("☑ Saved: {0}. Open it to add the reminders to your calendar.").format(
            str(path)))

    def come_back_later(self) -> None:
        self.window().close()  # everything is saved already

    def retranslate(self) -> None:
        self.include_notes.setText(self.tr("Include my notes in the printout"))
        self.include_notes.setAccessibleDescription(self.tr("Off: your private notes are not printed"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setAccessibleDescription(self.tr("Show the printout and print it"))
        self.pdf_button.setText(self.tr("Save as PDF"))
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.pdf_button.setAccessibleDescription(self.tr("Save the checklist as a PDF file"))
        self.ics_button.setText(self.tr("Calendar reminders (.ics)"))
        self.ics_button.setAccessibleName(self.tr("Calendar reminders"))
        self.ics_button.setAccessibleDescription(self.tr("Save the important dates for your calendar"))
        self.later_button.setText(self.tr("Come back later"))
        self.later_button.setAccessibleName(self.tr("Come back later"))
        self.later_button.setAccessibleDescription(self.tr("Close the window. Your progress is saved."))
        if self.isVisible():
            self.enter()
