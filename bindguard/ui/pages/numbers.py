"""Page 3, 号码与日期: old number, new number, the cancellation date and the timeline in plain words.

Numbers are validated as they are typed and kept masked only (138****1234): the full number lives
in the text box until the user leaves the field, then the box shows the masked form too. A bad
entry shows its message under the field, keeps Next disabled and is never saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from bindguard.core import phone
from bindguard.core.errors import BindGuardError
from bindguard.core.situation import Situation, keep_number_first, missing_number, numbers_needed
from bindguard.core.timeline import date_in_words, days_left, days_left_sentence, parse_date, timeline
from bindguard.ui import store_writes, theme
from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage
from bindguard.ui.widgets.page_body import error_label, scroll_body, section, show_error, tab_chain, wrapped
from bindguard.ui.widgets.wrap_button import WrapCheckBox

PAUSE_MS = 1500


class NumbersPage(BasePage):
    page_id = "numbers"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        self._values: dict[str, str] = {}
        self.today = dt.date.today()
        body = scroll_body(self)
        # each question beside its box, its message under the box (issue 20: a question above each box
        # made the page 2.4 screens at 1024x768 in large text in English)
        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.setVerticalSpacing(8)
        fields.setColumnStretch(0, 3)  # a number or a date needs less room than its question
        fields.setColumnStretch(1, 2)
        body.addLayout(fields)
        self.old_label, self.old_edit, self.old_error = self._field(fields, 0, "old")
        self.new_label, self.new_edit, self.new_error = self._field(fields, 1, "new")
        self.date_label, self.date_edit, self.date_error = self._field(fields, 2, "date")
        self.date_edit.setMaxLength(20)
        # situations 1 and 3: the two ways not to give the number up, before any date is set (core words)
        self.keep_note = wrapped(self, "notice", "keepNumberNote")
        body.addWidget(self.keep_note)
        self.suspended = WrapCheckBox(self)
        self.suspended.setObjectName("suspendedOnly")
        self.suspended.toggled.connect(self._suspended_changed)
        body.addWidget(self.suspended)
        self.timeline_heading = section(self, "timelineHeading")
        self.timeline_label = wrapped(self, "", "timeline")
        body.addWidget(self.timeline_heading)
        body.addWidget(self.timeline_label)
        self.hint = wrapped(self, "muted", "numbersHint")
        body.addWidget(self.hint)
        body.addStretch(1)
        tab_chain([self.old_edit, self.new_edit, self.date_edit, self.suspended])
        # a message appears when the user leaves a field, or after a pause in typing: Next is
        # never disabled without a visible reason (nothing is saved by the pause)
        self._pause = QTimer(self)
        self._pause.setObjectName("typingPause")  # tests shorten it and wait on it through this name
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._show_errors)
        self.retranslate()

    def _field(self, grid: QGridLayout, row: int, name: str) -> tuple[QLabel, QLineEdit, QLabel]:
        label = section(self, f"{name}Label")
        edit = QLineEdit(self)
        edit.setObjectName(f"{name}Edit")
        edit.setMaxLength(30)
        label.setBuddy(edit)
        error = error_label(self, f"{name}Error")
        edit.textChanged.connect(self._typed)
        edit.editingFinished.connect(lambda: self._finished(edit))
        grid.addWidget(label, 2 * row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(edit, 2 * row, 1)
        grid.addWidget(error, 2 * row + 1, 1)
        return label, edit, error

    def title(self) -> str:
        return self.tr("Your numbers and dates")  # one line in large text

    @property
    def situation(self) -> Situation:
        return self.ctx.checklist.situation if self.ctx.checklist else Situation.CANCEL_SOON

    # -- validation ------------------------------------------------------------------------------

    def _number(self, edit: QLineEdit, stored: str) -> str:
        """The masked number in `edit` ("" when empty); raises BindGuardError when it is bad."""
        text = edit.text().strip()
        if not text:
            return ""
        if phone.is_masked(text) and text == stored:
            return stored
        return phone.parse_and_mask(text)

    def _check(self, save: bool) -> dict[str, BindGuardError | None]:
        """Validate every field; with `save`, store each valid one (the user has finished typing it:
        a half-typed number or date is never saved). Returns the errors by field."""
        checklist = self.ctx.checklist
        errors: dict[str, BindGuardError | None] = {"old": None, "new": None, "date": None}
        self._values = {}
        if checklist is None:
            return errors
        needed = numbers_needed(checklist.situation)
        old = checklist.old_number
        if needed.old:
            try:
                old = self._number(self.old_edit, checklist.old_number)
            except BindGuardError as exc:
                errors["old"] = exc
        new = checklist.new_number
        try:
            new = self._number(self.new_edit, checklist.new_number)
            if new and new == old and needed.old and errors["old"] is None:
                raise BindGuardError("phone.same_as_old")
        except BindGuardError as exc:
            errors["new"] = exc
        date = checklist.cancel_date
        try:
            text = self.date_edit.text().strip()
            date = parse_date(text, self.today) if text else None
        except BindGuardError as exc:
            errors["date"] = exc
        self._values = {"old": old, "new": new}
        if not save:
            return errors
        changed = False
        if errors["old"] is None and old != checklist.old_number:
            checklist.old_number, changed = old, True
        if errors["new"] is None and new != checklist.new_number:
            checklist.new_number, changed = new, True
        if errors["date"] is None and date != checklist.cancel_date:
            checklist.cancel_date, changed = date, True
        if changed and checklist.id is not None:
            store_writes.save(self, lambda: self.ctx.store.save_meta(checklist),
                              lambda: store_writes.reread(self.ctx))  # what was typed stays
        return errors

    def _missing(self) -> str:
        """What still has to be filled in before Next (empty when nothing)."""
        checklist = self.ctx.checklist
        if checklist is None:
            return ""
        old = self._values.get("old", checklist.old_number)
        new = self._values.get("new", checklist.new_number)
        # a number typed but not valid is named as such, not as missing
        typed_old, typed_new = self.old_edit.text().strip(), self.new_edit.text().strip()
        missing = missing_number(checklist.situation, old, new)  # the rule: core.situation.numbers_needed
        if missing == "old":
            if typed_old:
                return self.tr("The old number above is not a valid mobile number yet: please check it.")
            return self.tr("Please enter the old number to go on.")
        if missing == "new" and typed_new:
            return self.tr("The number above is not a valid mobile number yet: please check it.")
        if missing == "new" and checklist.situation is Situation.RECYCLED:
            return self.tr("Please enter the number you received to go on.")
        if missing == "new":
            return self.tr("Please enter the new number to go on.")
        return ""

    def is_complete(self) -> bool:
        if self.ctx.checklist is None:
            return False
        errors = self._check(save=False)
        return all(e is None for e in errors.values()) and not self._missing()

    def _typed(self, *_args: object) -> None:
        if self._loading:
            return
        errors = self._check(save=False)
        # while typing, only clear messages; a new message appears when the user leaves the field
        for name, label in (("old", self.old_error), ("new", self.new_error), ("date", self.date_error)):
            if errors[name] is None:
                show_error(label, "")
        if any(errors.values()):
            self._pause.start()
        self._refresh_timeline()
        self.completeness_changed.emit()

    def _show_errors(self) -> None:
        """Show the message of every field that is wrong now (display only, nothing saved)."""
        if self.ctx.checklist is None:
            return
        errors = self._check(save=False)
        for _edit, name, label in self._fields():
            error = errors[name]
            show_error(label, error.text(self.ctx.lang) if error else "")

    def _finished(self, edit: QLineEdit) -> None:
        if self._loading or self.ctx.checklist is None:
            return
        errors = self._check(save=True)
        name, label = next((n, lab) for e, n, lab in self._fields() if e is edit)
        error = errors[name]
        show_error(label, error.text(self.ctx.lang) if error else "")
        if error is None:
            self._show_saved_forms()
        self._refresh_timeline()
        self.completeness_changed.emit()

    def _fields(self) -> list[tuple[QLineEdit, str, QLabel]]:
        return [(self.old_edit, "old", self.old_error), (self.new_edit, "new", self.new_error),
                (self.date_edit, "date", self.date_error)]

    def leave(self) -> bool:
        errors = self._check(save=True)
        for name, label in (("old", self.old_error), ("new", self.new_error), ("date", self.date_error)):
            error = errors[name]
            show_error(label, error.text(self.ctx.lang) if error else "")
        return all(e is None for e in errors.values()) and not self._missing()

    def _show_saved_forms(self) -> None:
        """Replace what was typed by what is kept: the masked number, the date in ISO form."""
        checklist = self.ctx.checklist
        if checklist is None:
            return
        # a field still wrong keeps what she typed (the walk: Enter after the date put back the new
        # number's stored form, empty, over the half-typed one, and its message with it)
        errors = self._check(save=False)
        self._loading = True
        if self.old_edit.text().strip() and errors["old"] is None:
            self.old_edit.setText(checklist.old_number)
        if self.new_edit.text().strip() and errors["new"] is None:
            self.new_edit.setText(checklist.new_number)
        if checklist.cancel_date and self.date_edit.text().strip() and errors["date"] is None:
            self.date_edit.setText(checklist.cancel_date.isoformat())
        self._loading = False

    def _suspended_changed(self, on: bool) -> None:
        checklist = self.ctx.checklist
        if self._loading or checklist is None:
            return
        checklist.suspended_only = on
        if checklist.id is not None and not store_writes.save(self, lambda: self.ctx.store.save_meta(checklist),
                                                              lambda: store_writes.resync(self)):
            return
        self._refresh_timeline()

    # -- display ---------------------------------------------------------------------------------

    def enter(self) -> None:
        self._loading = True
        self.today = dt.date.today()
        checklist = self.ctx.checklist
        self.old_edit.setText(checklist.old_number if checklist else "")
        self.new_edit.setText(checklist.new_number if checklist else "")
        self.date_edit.setText(checklist.cancel_date.isoformat() if checklist and checklist.cancel_date else "")
        self.suspended.setChecked(bool(checklist and checklist.suspended_only))
        for label in (self.old_error, self.new_error, self.date_error):
            show_error(label, "")
        self._loading = False
        self.retranslate()
        self.completeness_changed.emit()

    def _refresh_timeline(self) -> None:
        checklist = self.ctx.checklist
        lang = self.ctx.lang
        lines: list[str] = []
        if checklist is not None and checklist.cancel_date is not None:
            dates = timeline(checklist.situation, checklist.cancel_date, checklist.suspended_only)
            lines = [d.sentence(lang) for d in dates]
            if checklist.situation is Situation.OLD_DEAD:
                left = days_left(dates, self.today)
                if left is not None:
                    lines.append(days_left_sentence(left, lang))
        else:
            lines = [self.tr("Enter the date above and the dates that matter will appear here.")]
        self.timeline_label.setText(theme.para("\n".join(lines)))
        self.hint.setText(theme.para(self._missing()))
        self.hint.setVisible(bool(self._missing()))

    def retranslate(self) -> None:
        situation = self.situation
        recycled = situation is Situation.RECYCLED
        self.old_label.setText(self.tr("Your old phone number"))
        self.old_edit.setPlaceholderText(self.tr("e.g. 138 1234 5678"))
        needed = numbers_needed(situation)
        for widget in (self.old_label, self.old_edit):
            widget.setVisible(needed.old)
        if recycled:
            new_text = self.tr("The number you received (it was used by someone before)")
        elif needed.new:
            new_text = self.tr("Your new phone number")
        else:
            new_text = self.tr("Your new phone number (if you have one)")
        self.new_label.setText(new_text)
        self.new_edit.setPlaceholderText(self.tr("e.g. 139 8765 4321"))
        date_text = {
            Situation.CANCEL_SOON: self.tr("When do you plan to cancel the old number? (if you know)"),
            Situation.SWITCH: self.tr("When do you plan to cancel the old number? (if you know)"),
            Situation.OLD_DEAD: self.tr("When did the old number stop working?"),
            Situation.RECYCLED: self.tr("When did you get this number?"),
        }[situation]
        self.date_label.setText(date_text)
        self.date_edit.setPlaceholderText(self.tr("e.g. {example}").format(
            example=(self.today + dt.timedelta(days=30)).isoformat()))
        keep = keep_number_first(situation)
        self.keep_note.setText(keep.get(self.ctx.lang) if keep else "")
        self.keep_note.setVisible(keep is not None)
        self.suspended.setText(self.tr("It was stopped because bills were unpaid (停机), not cancelled"))
        self.suspended.setVisible(situation is Situation.OLD_DEAD)
        self.timeline_heading.setText(self.tr("What happens when"))
        descriptions = [
            (self.old_edit, self.tr("Old phone number"),
             self.tr("Kept masked, for example 138****1234; the full number is never saved")),
            (self.new_edit, new_text, self.tr("Kept masked, for example 139****4321")),
            (self.date_edit, date_text, self.tr("Type a date like {example}").format(
                example=date_in_words(self.today, self.ctx.lang))),
            (self.suspended, self.suspended.text(), self.tr("Tick if the carrier stopped the number for unpaid "
                                                            "bills; it is then cancelled later")),
        ]
        for widget, name, description in descriptions:
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        for edit, label in ((self.old_edit, self.old_error), (self.new_edit, self.new_error),
                            (self.date_edit, self.date_error)):
            if label.isVisible():
                self._finished(edit)
        self._fit_boxes()
        self._refresh_timeline()

    def _fit_boxes(self) -> None:
        """Each box wide enough for its whole example ("e.g. 138 1234 5678"), its question
        taking the rest of the line."""
        for edit in (self.old_edit, self.new_edit, self.date_edit):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 28)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # large text on or off
            self._fit_boxes()
