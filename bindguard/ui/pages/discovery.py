"""Page 4, 先查一查: guided discovery before choosing accounts.

For each discovery service of the situation: what it finds, where, what to enter, how the result
arrives and its limits. The user records the counts 一证通查2.0 sent back (those apps are then
pre-selected, and the page says when the ticked apps do not add up), and may paste SMS texts or
sender names: they are matched on this computer and the text box is emptied at once; the pasted
text is never stored.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bindguard.core.catalog import CONFIDENCE_LABELS
from bindguard.core.checklist import ItemKind, platform_item, record_sms_found
from bindguard.core.discovery_counts import YZT2, covered_platforms, reconcile
from bindguard.core.doors import with_money_side
from bindguard.core.routes import discovery_fits
from bindguard.core.situation import Situation
from bindguard.core.sms_match import match
from bindguard.ui import theme
from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage
from bindguard.ui.store_writes import reread, resync, save
from bindguard.ui.widgets.number_stepper import NumberStepper
from bindguard.ui.widgets.page_body import scroll_body, section, tab_chain, wrapped

NOT_KNOWN = -1  # the spin box's "not checked yet" value; never stored


class DiscoveryPage(BasePage):
    page_id = "discovery"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        self.spins: dict[str, QSpinBox] = {}
        self.spin_labels: dict[str, QLabel] = {}
        self.steppers: dict[str, NumberStepper] = {}
        body = scroll_body(self)
        self.intro = wrapped(self, "muted", "discoveryIntro")
        body.addWidget(self.intro)
        self.services_area = QVBoxLayout()
        self.services_area.setSpacing(12)
        body.addLayout(self.services_area)
        self.service_cards: list[QFrame] = []
        self._services_shown: tuple | None = None  # what the cards were built for

        self.counts_heading = section(self, "countsHeading")
        self.counts_help = wrapped(self, "muted", "countsHelp")
        self.counts_grid = QGridLayout()
        self.counts_grid.setHorizontalSpacing(16)
        self.reconcile_box = QFrame(self)
        self.reconcile_box.setProperty("class", "warning")
        box_layout = QVBoxLayout(self.reconcile_box)
        self.reconcile_label = wrapped(self.reconcile_box, "", "reconcile")
        box_layout.addWidget(self.reconcile_label)
        body.addWidget(self.counts_heading)
        body.addWidget(self.counts_help)
        body.addLayout(self.counts_grid)
        body.addWidget(self.reconcile_box)

        self.sms_heading = section(self, "smsHeading")
        self.sms_help = wrapped(self, "muted", "smsHelp")
        self.sms_edit = QPlainTextEdit(self)
        self.sms_edit.setObjectName("smsPaste")
        self.sms_edit.setTabChangesFocus(True)
        self.sms_edit.setMaximumHeight(140)
        self.sms_heading.setBuddy(self.sms_edit)
        self.sms_button = QPushButton(self)
        self.sms_button.setObjectName("smsMatch")
        self.sms_button.clicked.connect(self.match_sms)
        self.sms_result = wrapped(self, "ok", "smsResult")
        self.sms_result.hide()
        body.addWidget(self.sms_heading)
        body.addWidget(self.sms_help)
        body.addWidget(self.sms_edit)
        row = QHBoxLayout()
        row.addWidget(self.sms_button)
        row.addStretch(1)
        body.addLayout(row)
        body.addWidget(self.sms_result)

        self.joggers_heading = section(self, "joggersHeading")
        self.joggers = wrapped(self, "", "joggers")
        body.addWidget(self.joggers_heading)
        body.addWidget(self.joggers)
        body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("First, find out what is tied to the number")

    # -- building ----------------------------------------------------------------------------------

    def _build_counts(self) -> None:
        for row, platform in enumerate(covered_platforms(self.ctx.catalog)):
            label = QLabel(self)
            label.setWordWrap(True)  # a long English name must not widen the page
            spin = QSpinBox(self)
            spin.setObjectName(f"count_{platform.id}")
            spin.setRange(NOT_KNOWN, 99)
            stepper = NumberStepper(spin, self)
            self.steppers[platform.id] = stepper
            label.setBuddy(spin)
            spin.valueChanged.connect(lambda value, pid=platform.id: self._count_changed(pid, value))
            self.spins[platform.id] = spin
            self.spin_labels[platform.id] = label
            self.counts_grid.addWidget(label, row, 0)  # one per row: a 1024-px screen in large text
            self.counts_grid.addWidget(stepper, row, 1)
        self.counts_grid.setColumnStretch(2, 1)

    def _build_services(self) -> None:
        checklist = self.ctx.checklist
        lang = self.ctx.lang
        catalog = self.ctx.catalog
        fits = discovery_fits(checklist, catalog) if checklist else []
        shown = (lang, id(catalog), fits)
        if shown == self._services_shown:
            return  # coming back to the page: the same cards (built again they cost ~30 ms)
        self._services_shown = shown
        for card in self.service_cards:
            card.hide()  # at once: deleteLater waits for the event loop
            card.deleteLater()
        self.service_cards = []
        for fit in fits:
            service = fit.service
            card = QFrame(self)
            card.setProperty("class", "card")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(16, 12, 16, 12)
            name = section(card)
            confidence = CONFIDENCE_LABELS[service.confidence][lang]
            name.setText(f"{service.name.get(lang)}  ·  {confidence}")
            layout.addWidget(name)
            rows = [(self.tr("What it finds"), service.finds), (self.tr("Where"), service.where),
                    (self.tr("What to enter"), service.enter), (self.tr("The answer"), service.result),
                    (self.tr("Good to know"), service.limits)]
            colon = "：" if lang == "zh" else ": "  # full-width in Chinese (PRODUCT.md §7)
            text = "<br>".join(f"<b>{html.escape(title)}{colon}</b>{html.escape(value.get(lang))}"
                               for title, value in rows if value is not None)
            if not fit.usable and fit.notice is not None:  # e.g. 一证通查2.0 when the old number is dead
                warning = " ".join(t for t in (fit.notice.get(lang), fit.instead_words(catalog, lang)) if t)
                text = f"<b>⚠ {html.escape(warning)}</b><br>{text}"
            detail = wrapped(card)
            detail.setText(f'<p style="line-height:{theme.LINE_HEIGHT}%; margin:0">{text}</p>')
            layout.addWidget(detail)
            self.services_area.addWidget(card)
            card.show()  # now, not on the next turn of the event loop (a language switch redraws at once)
            self.service_cards.append(card)

    def enter(self) -> None:
        if not self.spins:
            self._build_counts()
        self._build_services()
        checklist = self.ctx.checklist
        counts = checklist.discovery_counts if checklist else {}
        self._loading = True
        for pid, spin in self.spins.items():
            spin.setValue(counts.get(pid, NOT_KNOWN))
        self._loading = False
        self.sms_edit.clear()
        self.sms_result.hide()
        self._retranslate_counts()
        self.counts_help.setText(theme.para(self._counts_help()))
        self.refresh_reconciliation()
        tab_chain([*self.spins.values(), self.sms_edit, self.sms_button])

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

    # -- SMS paste ---------------------------------------------------------------------------------

    def match_sms(self) -> None:
        text = self.sms_edit.toPlainText()
        self.sms_edit.clear()  # the pasted text is never kept, not even in the box …
        self.sms_edit.document().clearUndoRedoStacks()  # … nor in its undo history
        found = match(text, self.ctx.catalog)
        del text
        lang = self.ctx.lang
        catalog = self.ctx.catalog
        checklist = self.ctx.checklist
        self._select(found.platforms)
        if found.platforms and checklist is not None and checklist.id is not None:
            record_sms_found(checklist, list(found.platforms))  # evidence: these go first in the work order
            save(self, lambda: self.ctx.store.save_meta(checklist), lambda: reread(self.ctx))
        lines = []
        if found.platforms:
            sep = "、" if lang == "zh" else ", "
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
            names = ("、" if lang == "zh" else ", ").join(catalog.banks[b].name.get(lang) for b in found.banks)
            lines.append(self.tr("Banks found: {names}. Add each card on the Bank cards page.").format(names=names))
        if not found:
            lines.append(self.tr("Nothing we know was found. Try the sender names, e.g. 【招商银行】 or 95588."))
        lines.append(self.tr("The pasted text was not kept."))
        self.sms_result.setText(theme.para("\n".join(lines)))
        self.sms_result.show()
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

    def retranslate(self) -> None:
        self.intro.setText(theme.para(self.tr(
            "These free official services and a few reminders help you find accounts you may have "
            "forgotten. Do what you can; you can come back later.")))
        self.counts_heading.setText(self.tr("What did One-ID Check 2.0 send back?"))
        self.counts_help.setText(theme.para(self._counts_help()))
        self.sms_heading.setText(self.tr("Paste SMS texts or sender names"))
        self.sms_help.setText(theme.para(self.tr(
            "Copy messages or sender names from your phone, e.g. 【招商银行】, 95588 or 106…, and paste "
            "them here. They are checked on this computer only and not kept.")))
        self.sms_edit.setPlaceholderText(self.tr("Paste here"))
        self.sms_edit.setAccessibleName(self.tr("SMS texts or sender names"))
        self.sms_edit.setAccessibleDescription(self.tr("Checked on this computer only; the text is not kept"))
        self.sms_button.setText(self.tr("Find accounts in this text"))
        self.sms_button.setAccessibleName(self.tr("Find accounts in the pasted text"))
        self.sms_button.setAccessibleDescription(self.tr("Matches the text against the list, then empties the box"))
        self.joggers_heading.setText(self.tr("Things that help you remember"))
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
            self._build_services()
            self.refresh_reconciliation()
