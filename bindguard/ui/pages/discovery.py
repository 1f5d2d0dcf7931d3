"""Page 4, 先查一查: guided discovery before choosing accounts.

Each discovery service of the situation is one button: its name, and under it what it finds in one
short line (the catalog's finds_short); pressed, it opens in place what it finds, where, what to
enter, how the result arrives and its limits (issue 20: the page was 14 screens long in large text).
In large text the first four are shown and the others open in place under 还有 N 个查找办法.
Two plain buttons open the two things she fills in: the counts
一证通查2.0 sent back (those apps are then pre-selected, and the page says when the ticked apps do
not add up), and who sends SMS to the number: the common senders as tick boxes, a sender typed by
name, or SMS texts pasted by those who can copy them. They are matched on this computer, on
找账号 or on 下一步 (the page then stays once to say what was found); the text boxes are emptied at
once and the pasted text is never stored.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bindguard.core.catalog import CONFIDENCE_LABELS
from bindguard.core.checklist import SMS_FOUND_PREFIX, ItemKind, platform_item, record_sms_found
from bindguard.core.discovery_counts import YZT2, covered_platforms, reconcile
from bindguard.core.doors import with_money_side
from bindguard.core.routes import discovery_fits
from bindguard.core.situation import Situation
from bindguard.core.sms_match import Sender, combined, common_senders, from_senders, match
from bindguard.ui import theme
from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage
from bindguard.ui.store_writes import reread, resync, save
from bindguard.ui.widgets.disclosure import Disclosure
from bindguard.ui.widgets.number_stepper import NumberStepper
from bindguard.ui.widgets.page_body import scroll_body, section, tab_chain, wrapped
from bindguard.ui.widgets.wrap_button import WrapCheckBox

NOT_KNOWN = -1  # the spin box's "not checked yet" value; never stored
FIRST_SERVICES = 4  # in large text, the services shown before 还有 N 个查找办法 (see __init__)


class DiscoveryPage(BasePage):
    page_id = "discovery"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._setting_fold = False  # the page itself sets a fold's state (not her toggle)
        self._loading = False
        self._matched: set[Sender] = set()  # the ticked senders already looked at
        self.spins: dict[str, QSpinBox] = {}
        self.spin_labels: dict[str, QLabel] = {}
        self.steppers: dict[str, NumberStepper] = {}
        body = scroll_body(self, spacing=10)
        self.intro = wrapped(self, "muted", "discoveryIntro")
        body.addWidget(self.intro)
        # each service is one button, one a row: its name and what it finds in one line; pressed, its
        # details open in place (issue 20: all of them open made the page 14 screens long at 1024x768 in
        # large text). Two a row, a name and its line wrapped onto 3 to 6 lines in a half-width column
        # (2.1 screens in Chinese, 2.9 in English); one a row, the nine were still 2.2 and 2.8 screens:
        # in large text the first FIRST_SERVICES are shown and the others open in place below them.
        self.services_area = QGridLayout()
        self.services_area.setVerticalSpacing(4)
        body.addLayout(self.services_area)
        self.more_toggle = Disclosure("moreServices", self)
        self.more_toggle.toggled.connect(self._show_more)
        body.addWidget(self.more_toggle)
        self.more_area = QGridLayout()
        self.more_area.setVerticalSpacing(4)
        body.addLayout(self.more_area)
        self.more_cards: list[QFrame] = []  # the services behind more_toggle
        self.service_cards: list[QFrame] = []
        self.detail_toggles: dict[str, Disclosure] = {}
        self.details: dict[str, QLabel] = {}
        self._services_shown: tuple | None = None  # what the cards were built for

        # two plain buttons lead to the two things she fills in; each opens its part in place
        self.counts_toggle = self._opener("openCounts", self.open_counts)
        self.senders_toggle = self._opener("openSenders", self.open_senders)
        openers = QVBoxLayout()
        openers.setSpacing(4)
        openers.addWidget(self.counts_toggle)
        openers.addWidget(self.senders_toggle)
        body.addLayout(openers)

        self.counts_part = QWidget(self)
        self.counts_part.setObjectName("countsPart")
        counts = QVBoxLayout(self.counts_part)
        counts.setContentsMargins(0, 0, 0, 0)
        self.counts_heading = section(self.counts_part, "countsHeading")
        self.counts_help = wrapped(self.counts_part, "muted", "countsHelp")
        self.counts_grid = QGridLayout()
        self.counts_grid.setHorizontalSpacing(16)
        self.reconcile_box = QFrame(self)  # shown under the openers: it matters with the part closed too
        self.reconcile_box.setProperty("class", "warning")
        box_layout = QVBoxLayout(self.reconcile_box)
        self.reconcile_label = wrapped(self.reconcile_box, "", "reconcile")
        box_layout.addWidget(self.reconcile_label)
        counts.addWidget(self.counts_heading)
        counts.addWidget(self.counts_help)
        counts.addLayout(self.counts_grid)
        self.counts_part.hide()
        body.addWidget(self.reconcile_box)
        body.addWidget(self.counts_part)

        # who sends SMS to the number: tick the senders seen on the phone, or type a name; pasting
        # copied messages stays for those who can (issue 20: copying an SMS is not needed)
        self.senders_part = QWidget(self)
        self.senders_part.setObjectName("sendersPart")
        senders = QVBoxLayout(self.senders_part)
        senders.setContentsMargins(0, 0, 0, 0)
        senders.setSpacing(10)
        self.sms_heading = section(self.senders_part, "smsHeading")
        self.sms_heading.hide()  # the button that opens the part asks the question
        self.sms_help = wrapped(self.senders_part, "muted", "smsHelp")
        senders.addWidget(self.sms_heading)
        senders.addWidget(self.sms_help)
        self.sender_grid = QGridLayout()
        self.sender_grid.setHorizontalSpacing(12)
        self.sender_grid.setVerticalSpacing(4)
        senders.addLayout(self.sender_grid)
        self.sender_boxes: dict[Sender, WrapCheckBox] = {}
        self.sender_label = QLabel(self.senders_part)
        self.sender_label.setObjectName("senderNameLabel")
        self.sender_label.setWordWrap(True)
        self.sender_edit = QLineEdit(self.senders_part)
        self.sender_edit.setObjectName("senderName")
        self.sender_edit.setMaxLength(60)
        self.sender_label.setBuddy(self.sender_edit)
        senders.addWidget(self.sender_label)
        senders.addWidget(self.sender_edit)
        self.paste_toggle = self._opener("openPaste", self.open_paste)
        senders.addWidget(self.paste_toggle)
        self.sms_edit = QPlainTextEdit(self.senders_part)
        self.sms_edit.setObjectName("smsPaste")
        self.sms_edit.setTabChangesFocus(True)
        self.sms_edit.setMaximumHeight(140)
        self.sms_edit.hide()
        senders.addWidget(self.sms_edit)
        self.sms_button = QPushButton(self.senders_part)
        self.sms_button.setObjectName("smsMatch")
        self.sms_button.clicked.connect(self.match_sms)
        row = QHBoxLayout()
        row.addWidget(self.sms_button)
        row.addStretch(1)
        senders.addLayout(row)
        self.sms_result = wrapped(self.senders_part, "ok", "smsResult")
        self.sms_result.hide()
        senders.addWidget(self.sms_result)
        self.joggers_heading = section(self.senders_part, "joggersHeading")
        self.joggers_heading.hide()  # its button says it
        self.joggers_toggle = Disclosure("openJoggers", self.senders_part)
        self.joggers = wrapped(self.senders_part, "", "joggers")
        self.joggers.hide()
        self.joggers_toggle.toggled.connect(self.joggers.setVisible)
        senders.addWidget(self.joggers_toggle)
        senders.addWidget(self.joggers)
        self.senders_part.hide()
        body.addWidget(self.senders_part)
        body.addStretch(1)
        self.retranslate()

    def _opener(self, name: str, slot) -> Disclosure:
        """A fold she opens: on `toggled`, not `clicked`: a screen reader's toggle action (AT-SPI) changes
        the state without a click, and the fold showed ▾ over nothing (a walk by accessible names)."""
        button = Disclosure(name, self)
        button.toggled.connect(lambda on: None if self._setting_fold else slot(on))
        return button

    def _set_fold(self, button: Disclosure, on: bool) -> None:
        """The page opens or closes a fold itself: its own open_* call does the rest."""
        self._setting_fold = True
        try:
            button.setChecked(on)
        finally:
            self._setting_fold = False

    def title(self) -> str:
        return self.tr("Find what is tied to the number")  # one line in large text

    # -- building ----------------------------------------------------------------------------------

    def _build_counts(self) -> None:
        for row, platform in enumerate(covered_platforms(self.ctx.catalog)):
            label = QLabel(self.counts_part)
            label.setWordWrap(True)  # a long English name must not widen the page
            spin = QSpinBox(self.counts_part)
            spin.setObjectName(f"count_{platform.id}")
            spin.setRange(NOT_KNOWN, 99)
            stepper = NumberStepper(spin, self.counts_part)
            self.steppers[platform.id] = stepper
            label.setBuddy(spin)
            spin.valueChanged.connect(lambda value, pid=platform.id: self._count_changed(pid, value))
            self.spins[platform.id] = spin
            self.spin_labels[platform.id] = label
            self.counts_grid.addWidget(label, row, 0)  # one per row: a 1024-px screen in large text
            self.counts_grid.addWidget(stepper, row, 1)
        self.counts_grid.setColumnStretch(2, 1)

    def _build_senders(self) -> None:
        """The common senders as large tick boxes, two a row (core/sms_match.py common_senders)."""
        for index, sender in enumerate(common_senders(self.ctx.catalog)):
            box = WrapCheckBox(self.senders_part)
            box.setObjectName(f"sender_{sender.id}")
            self.sender_boxes[sender] = box
            self.sender_grid.addWidget(box, index // 2, index % 2)
        self._retranslate_senders()

    def _build_services(self) -> None:
        checklist = self.ctx.checklist
        lang = self.ctx.lang
        catalog = self.ctx.catalog
        fits = discovery_fits(checklist, catalog) if checklist else []
        large = self.ctx.large_text
        shown = (lang, id(catalog), fits, large)
        if shown == self._services_shown:
            return  # coming back to the page: the same cards (built again they cost ~30 ms)
        self._services_shown = shown
        for card in self.service_cards:
            card.hide()  # at once: deleteLater waits for the event loop
            card.deleteLater()
        self.service_cards = []
        self.more_cards = []
        self.detail_toggles = {}
        self.details = {}
        first = FIRST_SERVICES if large and len(fits) - FIRST_SERVICES >= 2 else len(fits)  # never 1 folded
        for index, fit in enumerate(fits):
            service = fit.service
            card = QFrame(self)
            layout = QVBoxLayout(card)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(4)
            service_name = service.name.get(lang)
            toggle = Disclosure(f"details_{service.id}", card)
            finds = service.finds_short.get(lang) if service.finds_short else ""
            toggle.set_words(service_name, finds)  # what it finds in one line, under its name (issue 20)
            if finds:  # a screen reader says it with the name
                toggle.setAccessibleName(self.tr("{name}: {finds}").format(name=service_name, finds=finds))
            toggle.setAccessibleDescription(self.tr("Details: what it finds, where and how"))
            layout.addWidget(toggle)
            confidence = CONFIDENCE_LABELS[service.confidence].get(lang)
            rows = [(self.tr("What it finds"), service.finds), (self.tr("Where"), service.where),
                    (self.tr("What to enter"), service.enter), (self.tr("The answer"), service.result),
                    (self.tr("Good to know"), service.limits)]
            colon = "：" if lang == "zh" else ": "  # full-width in Chinese (PRODUCT.md §7)
            text = "<br>".join(f"<b>{html.escape(title)}{colon}</b>{html.escape(value.get(lang))}"
                               for title, value in rows if value is not None)
            text += f"<br><i>{html.escape(confidence)}</i>"
            if not fit.usable and fit.notice is not None:  # e.g. 一证通查2.0 when the old number is dead
                notice = wrapped(card, "error", f"notice_{service.id}")
                notice.setText(theme.para("⚠ " + fit.notice.get(lang)))  # always shown, not behind the details
                layout.addWidget(notice)
                instead = fit.instead_words(catalog, lang)  # the services above: named in the details
                if instead:
                    text = f"<b>{html.escape(instead)}</b><br>{text}"
            detail = wrapped(card, "", f"detail_{service.id}")
            detail.setText(f'<p style="line-height:{theme.LINE_HEIGHT}%; margin:0">{text}</p>')
            detail.setContentsMargins(16, 0, 0, 8)
            detail.hide()
            layout.addWidget(detail)
            toggle.toggled.connect(lambda on, d=detail: self._show_detail(d, on))
            self.detail_toggles[service.id] = toggle
            self.details[service.id] = detail
            if index < first:
                self.services_area.addWidget(card, index, 0)
                card.show()  # now, not on the next turn of the event loop (a language switch redraws at once)
            else:  # the unusable ones come last: behind more_toggle when there is one
                self.more_area.addWidget(card, index, 0)
                self.more_cards.append(card)
            self.service_cards.append(card)
        self.more_toggle.setChecked(False)
        self.more_toggle.setVisible(bool(self.more_cards))
        self._retranslate_more()
        self._show_more(False)
        self._chain()

    def _show_more(self, on: bool) -> None:
        for card in self.more_cards:
            card.setVisible(on)
        if on and self.more_cards:
            self._bring_into_view(self.more_cards[-1])
        self._chain()

    def _retranslate_more(self) -> None:
        count = len(self.more_cards)
        self.more_toggle.set_words(self.tr("{count} more ways to find things").format(count=count))
        self.more_toggle.setAccessibleDescription(self.tr("Shows the other services, each with what it finds"))

    def _show_detail(self, detail: QLabel, on: bool) -> None:
        detail.setVisible(on)
        if on:
            self._bring_into_view(detail)

    def _bring_into_view(self, widget: QWidget) -> None:
        area = getattr(self, "scroll_area", None)
        if area is not None:
            QTimer.singleShot(0, self, lambda: area.ensureWidgetVisible(widget, 0, 20))

    def _bring_to_top(self, widget: QWidget) -> None:
        """Scroll so that the part just opened starts at the top of the screen (its button above it)."""
        area = getattr(self, "scroll_area", None)
        if area is not None:
            QTimer.singleShot(0, self, lambda: area.verticalScrollBar().setValue(widget.mapTo(self, widget.rect(
                ).topLeft()).y()))

    def open_counts(self, on: bool = True, focus: bool = True) -> None:
        """Open (or close) the part where she enters what 一证通查2.0 sent back."""
        self._set_fold(self.counts_toggle, on)
        self.counts_part.setVisible(on)
        if on and focus and self.spins:
            first = next(iter(self.spins.values()))
            first.setFocus()
            self._bring_to_top(self.counts_toggle)
        self._chain()

    def open_senders(self, on: bool = True, focus: bool = True) -> None:
        """Open (or close) the part about who sends SMS to the number."""
        self._set_fold(self.senders_toggle, on)
        self.senders_part.setVisible(on)
        if on and focus:
            if self.sender_boxes:
                next(iter(self.sender_boxes.values())).setFocus()
            self._bring_to_top(self.senders_toggle)
        self._chain()

    def open_paste(self, on: bool = True, focus: bool = True) -> None:
        """Show the box for copied SMS texts (for those who can copy them from the phone)."""
        self._set_fold(self.paste_toggle, on)
        self.sms_edit.setVisible(on)
        if on and focus:
            self.sms_edit.setFocus()
        self._chain()

    def _chain(self) -> None:
        toggles = list(self.detail_toggles.values())
        shown = toggles[:len(toggles) - len(self.more_cards)]
        tab_chain([*shown, self.more_toggle, *toggles[len(shown):], self.counts_toggle, *self.spins.values(),
                   self.senders_toggle, *self.sender_boxes.values(), self.sender_edit, self.paste_toggle, self.sms_edit,
                   self.sms_button, self.joggers_toggle])

    def enter(self) -> None:
        if not self.spins:
            self._build_counts()
            self._build_senders()
        self._build_services()
        checklist = self.ctx.checklist
        counts = checklist.discovery_counts if checklist else {}
        self._loading = True
        for pid, spin in self.spins.items():
            spin.setValue(counts.get(pid, NOT_KNOWN))
        for sender, box in self.sender_boxes.items():  # what her ticks found before stays ticked
            box.setChecked(sender.kind == "platform" and f"{SMS_FOUND_PREFIX}{sender.id}" in counts)
        self._matched = {s for s, box in self.sender_boxes.items() if box.isChecked()}
        self._loading = False
        self.sms_edit.clear()
        self.sender_edit.clear()
        self.sms_result.hide()
        self._retranslate_counts()
        self._retranslate_intro()
        self.counts_help.setText(theme.para(self._counts_help()))
        self.refresh_reconciliation()
        # closed on entering, as every 详细: the page is read in one screen or two (issue 20)
        self.open_counts(False, focus=False)
        self.open_senders(False, focus=False)
        self.open_paste(False, focus=False)
        self._chain()
        first = next(iter(self.detail_toggles.values()), self.counts_toggle)
        first.setFocus()  # the page's first question, on its first screen

    # -- counts ------------------------------------------------------------------------------------

    def _select(self, platform_ids: list[str]) -> list[str]:
        """Add these platforms as items unless already there; return the ones newly added."""
        checklist = self.ctx.checklist
        added: list[str] = []
        if checklist is None or checklist.id is None:
            return added
        for pid in with_money_side(platform_ids, self.ctx.catalog):  # 美团 brings 美团支付
            item = platform_item(self.ctx.catalog.platforms[pid])
            if checklist.item(item.key) is None:
                if not save(self, lambda item=item: self.ctx.store.add_item(checklist.id, item)):
                    break
                checklist.items.append(item)
                added.append(pid)
        return added

    def _count_changed(self, platform_id: str, value: int) -> None:
        checklist = self.ctx.checklist
        if self._loading or checklist is None or checklist.id is None:
            return
        if value == NOT_KNOWN:
            checklist.discovery_counts.pop(platform_id, None)
        else:
            checklist.discovery_counts[platform_id] = value
        if not save(self, lambda: self.ctx.store.save_meta(checklist), lambda: resync(self)):
            return
        if value > 0:
            self._select([platform_id])
        self.refresh_reconciliation()

    def refresh_reconciliation(self) -> None:
        checklist = self.ctx.checklist
        if checklist is None:
            self.reconcile_box.hide()
            return
        gaps = reconcile(checklist.discovery_counts, checklist.selected_refs(ItemKind.PLATFORM), self.ctx.catalog)
        recycled = checklist.situation is Situation.RECYCLED
        lines = ["⚠ " + g.sentence(self.ctx.catalog, self.ctx.lang, recycled=recycled) for g in gaps]
        self.reconcile_label.setText(theme.para("\n".join(lines)))
        self.reconcile_box.setVisible(bool(lines))

    # -- who sends SMS: ticks, a typed name, pasted texts -----------------------------------------------

    def _pending(self) -> bool:
        """Something she entered about senders that was not looked at yet."""
        ticked = {s for s, box in self.sender_boxes.items() if box.isChecked()}
        return bool(ticked - self._matched) or bool(self.sender_edit.text().strip()) \
            or bool(self.sms_edit.toPlainText().strip())

    def leave(self) -> bool:
        """Nothing she entered is lost: ticks, a typed name or pasted text not looked at yet are
        matched now, and the page stays once to say what was found (the next 下一步 goes on)."""
        if not self._pending():
            return True
        self.match_sms()
        return False

    def match_sms(self) -> None:
        text = "\n".join((self.sender_edit.text(), self.sms_edit.toPlainText()))
        self.sms_edit.clear()  # the pasted text is never kept, not even in the box …
        self.sms_edit.document().clearUndoRedoStacks()  # … nor in its undo history
        self.sender_edit.clear()
        ticked = [s for s, box in self.sender_boxes.items() if box.isChecked()]
        found = combined(from_senders(ticked), match(text, self.ctx.catalog))
        self._matched = set(ticked)
        del text
        lang = self.ctx.lang
        catalog = self.ctx.catalog
        checklist = self.ctx.checklist
        self._select(found.platforms)
        if found.platforms and checklist is not None and checklist.id is not None:
            record_sms_found(checklist, list(found.platforms))  # evidence: these go first in the work order
            save(self, lambda: self.ctx.store.save_meta(checklist), lambda: reread(self.ctx))
        sep = "、" if lang == "zh" else ", "
        lines = []
        if found.platforms:
            # the wallet each pays through is added with it (美团 -> 美团支付) and named here too
            added = with_money_side(list(found.platforms), catalog)
            names = sep.join(catalog.platforms[p].name.get(lang) for p in added)
            if self._recycled():
                lines.append(self.tr("✓ Found and added to your list: {names}. On a number used before, these "
                                     "may be the previous holder's accounts: the list shows how to release them "
                                     "with the carrier's 二次号码焕新.").format(names=names))
            else:
                lines.append(self.tr("✓ Found and added to your list: {names}").format(names=names))
        if found.banks:
            names = sep.join(catalog.banks[b].name.get(lang) for b in found.banks)
            if self._recycled():
                # a stranger's bank SMS: the cards are the previous holder's, never hers to add
                lines.append(self.tr(
                    "Bank SMS on this number ({names}) are meant for the previous holder: those cards are not "
                    "yours, so do not add them on the Bank cards page. Call the bank's hotline and say that this "
                    "number is yours now and the card is not yours.").format(names=names))
            else:
                lines.append(self.tr("Banks found: {names}. Add each card on the Bank cards page.").format(
                    names=names))
        if not found:
            lines.append(self.tr("Nothing we know was found. Try the sender names, e.g. 【招商银行】 or 95588."))
        if self.paste_toggle.isChecked():
            lines.append(self.tr("The pasted text was not kept."))
        self.sms_result.setText(theme.para("\n".join(lines)))
        self.sms_result.show()
        self.open_senders(True, focus=False)
        self._bring_into_view(self.sms_result)
        self.refresh_reconciliation()

    # -- texts -------------------------------------------------------------------------------------

    def _recycled(self) -> bool:
        checklist = self.ctx.checklist
        return checklist is not None and checklist.situation is Situation.RECYCLED

    def _counts_help(self) -> str:
        checklist = self.ctx.checklist
        if self._recycled():
            return self.tr(
                "Enter the number of accounts for each app in the SMS from 10699000. On a number used before, "
                "these are most likely the previous holder's accounts, not yours: apps with 1 or more are added "
                "to your list, to be released with 二次号码焕新 (recycled-number renewal).")
        usable = {f.service.id: f.usable for f in discovery_fits(checklist, self.ctx.catalog)} if checklist else {}
        if not usable.get(YZT2, True):
            return self.tr(
                "One-ID Check 2.0 sends its code to the old number, so it cannot be used now. If you checked "
                "before the old number stopped, enter the number of accounts for each app from that SMS. "
                "Apps with 1 or more are added to your list.")
        return self.tr("Enter the number of accounts for each app in the SMS from 10699000. "
                       "Apps with 1 or more are added to your list.")

    def _retranslate_counts(self) -> None:
        lang = self.ctx.lang
        for pid, label in self.spin_labels.items():
            name = self.ctx.catalog.platforms[pid].name.get(lang)
            label.setText(name)
            spin = self.spins[pid]
            spin.setSpecialValueText(self.tr("not checked"))
            spin.setSuffix(self.tr(" found"))
            spin.setAccessibleName(self.tr("Accounts found on {name}").format(name=name))
            spin.setAccessibleDescription(self.tr("The number One-ID Check sent back; use the arrow keys"))
            self.steppers[pid].retranslate(spin.accessibleName())

    def _retranslate_intro(self) -> None:
        if self._recycled():  # a number used before: what is found is the previous holder's, not hers
            self.intro.setText(theme.para(self.tr(
                "Free official services that find what the previous holder left tied to this number. Press one "
                "to read how it works.")))
        else:
            self.intro.setText(theme.para(self.tr(
                "Free official services that find accounts you may have forgotten. Press one to read how it "
                "works.")))

    def _retranslate_senders(self) -> None:
        for sender, box in self.sender_boxes.items():
            label = sender.label(self.ctx.catalog, self.ctx.lang)
            box.setText(label)
            box.setAccessibleName(label)
            box.setAccessibleDescription(self.tr("Tick if this sender sends SMS to the number"))

    def _retranslate_openers(self) -> None:
        self.counts_toggle.set_words(self.tr("Enter what One-ID Check 2.0 sent back"))
        self.counts_toggle.setAccessibleDescription(self.tr("Shows the boxes for the numbers of accounts it found"))
        self.senders_toggle.set_words(self.tr("Who sends SMS to this number? (no copying needed)"))
        self.senders_toggle.setAccessibleDescription(self.tr("Tick the senders you see on your phone"))
        self.paste_toggle.set_words(self.tr("I can copy SMS texts: paste them"))
        self.paste_toggle.setAccessibleDescription(self.tr("Shows a box for SMS texts copied from the phone"))

    def retranslate(self) -> None:
        self._retranslate_intro()
        self._retranslate_openers()
        self.counts_heading.setText(self.tr("What did One-ID Check 2.0 send back?"))
        self.counts_help.setText(theme.para(self._counts_help()))
        self.sms_heading.setText(self.tr("Who sends SMS to this number?"))
        self.sms_help.setText(theme.para(self.tr(
            "You do not need to copy messages to the computer. Look at the messages on your phone: who sent "
            "them? Tick each sender you see. Nothing is kept but the accounts found.")))
        self.sender_label.setText(self.tr("Another sender? Type its name or number, e.g. 【中信银行】 or 95558:"))
        self.sender_edit.setPlaceholderText(self.tr("Sender's name or number"))
        self.sender_edit.setAccessibleName(self.tr("Another sender's name or number"))
        self.sender_edit.setAccessibleDescription(self.tr("Checked on this computer only; the text is not kept"))
        self.sms_edit.setPlaceholderText(self.tr("Paste here"))
        self.sms_edit.setAccessibleName(self.tr("SMS texts or sender names"))
        self.sms_edit.setAccessibleDescription(self.tr("Checked on this computer only; the text is not kept"))
        self.sms_button.setText(self.tr("Find the accounts"))
        self.sms_button.setAccessibleName(self.tr("Find the accounts of these senders"))
        self.sms_button.setAccessibleDescription(self.tr("Adds the accounts of the ticked, typed or pasted "
                                                         "senders to your list; Next does the same"))
        self.joggers_heading.setText(self.tr("Things that help you remember"))
        self.joggers_toggle.set_words(self.joggers_heading.text())
        self.joggers.setText(theme.para("\n".join([
            self.tr("• Search your phone's messages for 验证码 (verification code): who sent them?"),
            self.tr("• Look for the sender's name in 【brackets】 at the start or at the end of each "
                    "message. 【腾讯科技】 is WeChat."),
            self.tr("• Bank messages often come from long numbers starting with 106. Bank hotlines do not "
                    "all start with 955: some start with 953 or 96."),
            self.tr("• Think of banks you have called: their hotline numbers are in your call list."),
            self.tr("• A password manager or the browser's saved passwords list many accounts."),
            self.tr("• Search your e-mail for “registration”, “welcome” or “verification”."),
        ])))
        if self.spins:
            self._retranslate_counts()
            self._retranslate_senders()
            self._build_services()
            self.refresh_reconciliation()
