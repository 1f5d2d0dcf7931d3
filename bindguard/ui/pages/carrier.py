"""Page 8, 最后一步: what to do with the carrier, once the apps and cards are moved.

Cancelling or switching: the counter visit, 携号转网 by SMS, keeping the number cheaply. A recycled
number: asking the carrier, 二次号码焕新, clearing caller tags, strangers' SMS. Each step is a
checklist item, with the same four status buttons as the work page. Shown: the catalog's carrier
steps whose situations include the checklist's, and for a recycled number also the services made
only for it (二次号码焕新, caller tags): they are done in the carrier's app, so they belong here too.
"""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from bindguard.core.catalog import DiscoveryService, Entry
from bindguard.core.checklist import ChecklistItem, ItemKind, Status, entry_item
from bindguard.core.doors import last_steps
from bindguard.core.situation import Situation
from bindguard.core.words import status_label
from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage
from bindguard.ui.store_writes import resync, save
from bindguard.ui.widgets.disclosure import Disclosure
from bindguard.ui.widgets.route_card import RouteCard
from bindguard.ui.widgets.status_bar import StatusBar


class StepCard(QFrame):
    """One carrier step as one line, its name and status (▸ 到营业厅注销旧号码 · 已完成); opened, its
    note, its routes behind 怎么做, and its status buttons (issue 20: every step and every way open
    made the page 11 screens long at 1024x768 in large text)."""

    def __init__(self, page: CarrierPage, step: Entry, item: ChecklistItem, parent: QWidget) -> None:
        super().__init__(parent)
        self.step, self.item = step, item
        self.setObjectName("stepCard")
        self._page = page
        lang = page.ctx.lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.heading = Disclosure(f"step_{step.id}", self)
        layout.addWidget(self.heading)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(16, 0, 0, 12)
        body.setSpacing(8)
        texts = [step.finds, step.limits] if isinstance(step, DiscoveryService) else [step.note]
        for text in texts:
            if text is not None:
                note = QLabel(html.escape(text.get(lang)), self.body)
                note.setWordWrap(True)
                body.addWidget(note)
        self.how = Disclosure(f"how_{step.id}", self.body)
        self.how.set_words(QCoreApplication.translate("CarrierPage", "How to do it"))
        self.how.setAccessibleName(QCoreApplication.translate("CarrierPage", "How to do it: {name}").format(
            name=step.name.get(lang)))
        body.addWidget(self.how)
        self.how_part = QWidget(self.body)
        how_layout = QVBoxLayout(self.how_part)
        how_layout.setContentsMargins(0, 0, 0, 0)
        self.cards = [RouteCard(route, lang, number, parent=self.how_part, show_kind=False)
                      for number, route in enumerate(step.routes, 1)]
        for card in self.cards:
            how_layout.addWidget(card)
        if step.hotline:
            word = QCoreApplication.translate("CarrierPage", "Hotline:")
            hotline = QLabel(f"☎ {html.escape(word)} <b>{html.escape(step.hotline)}</b>", self.how_part)
            how_layout.addWidget(hotline)
        self.how_part.hide()
        self.how.toggled.connect(self.how_part.setVisible)
        body.addWidget(self.how_part)
        self.status_bar = StatusBar(self.body)
        self.status_bar.setObjectName(f"status_{step.id}")
        self.status_bar.retranslate(lang, step.name.get(lang), item.status, item.kind)
        self.status_bar.status_chosen.connect(lambda status: page.set_status(self.item, status))
        body.addWidget(self.status_bar)
        self.body.hide()
        layout.addWidget(self.body)
        self.heading.toggled.connect(self._opened)
        self.show_words()

    def show_words(self) -> None:
        """The step's name, and its status once she chose one."""
        lang = self._page.ctx.lang
        words = self.step.name.get(lang)
        if self.item.status is not Status.TODO:
            words += "  ·  " + status_label(self.item.status, self.item.kind, lang)
        self.heading.set_words(words)

    def _opened(self, on: bool) -> None:
        self.body.setVisible(on)
        if on:
            self._page.opened(self)


class CarrierPage(BasePage):
    page_id = "carrier"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.setContentsMargins(0, 0, 12, 0)  # the page scrolls as one in the frame's scroll area
        layout.addWidget(self.intro)
        self._content: QWidget | None = None
        self.step_cards: list[StepCard] = []
        self._built_for: tuple | None = None
        self.retranslate()

    def steps(self) -> list[tuple[Entry, ItemKind]]:
        """The steps for this checklist's situation, in catalog order, with their item kind."""
        checklist = self.ctx.checklist
        if checklist is None:
            return []
        # core.doors.last_steps: the same steps both doors put on the list (and count)
        return [(step, kind) for kind, step in last_steps(checklist.situation, self.ctx.catalog)]

    def _item_for(self, step: Entry, kind: ItemKind) -> ChecklistItem:
        """The checklist item of a step; added (and saved) if the catalog gained the step later."""
        checklist = self.ctx.checklist
        item = checklist.item(f"{kind.value}:{step.id}")
        if item is None:
            item = entry_item(kind, step.id)
            if checklist.id is None or save(self, lambda: self.ctx.store.add_item(checklist.id, item)):
                checklist.items.append(item)
        return item

    def _state(self) -> tuple:
        """What the step cards are drawn from: the same again (coming back from another page) keeps
        the cards already built (building them again costs ~40 ms)."""
        checklist = self.ctx.checklist
        if checklist is None:
            return (None, self.ctx.lang)
        keys = [f"{kind.value}:{step.id}" for step, kind in self.steps()]
        items = [checklist.item(key) for key in keys]
        return (id(checklist), id(self.ctx.catalog), self.ctx.lang, checklist.situation,
                tuple((key, item.status if item is not None else None) for key, item in zip(keys, items, strict=True)))

    def enter(self) -> None:
        state = self._state()
        if self._content is not None and state == self._built_for:
            self._fix_tab_order()
            return
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setSpacing(6)
        self.step_cards = [StepCard(self, step, self._item_for(step, kind), content) for step, kind in self.steps()]
        for card in self.step_cards:
            column.addWidget(card)
        first_open = next((c for c in self.step_cards if c.item.status is Status.TODO), None)
        if first_open is not None:
            first_open.heading.setChecked(True)  # the first one still to do, opened
        if not self.step_cards:
            empty = QLabel(self.tr("There is nothing to do with the carrier for this checklist."), content)
            empty.setWordWrap(True)
            column.addWidget(empty)
        column.addStretch(1)
        old, self._content = self._content, content
        if old is not None:
            old.hide()
            self.layout().removeWidget(old)
            old.deleteLater()
        self.layout().addWidget(content, 1)
        self._fix_tab_order()
        self.retranslate_intro()
        self._built_for = self._state()

    def _resync(self) -> None:
        self._built_for = None  # the disk may differ from the buttons: build the cards again
        resync(self)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = []
        for card in self.step_cards:
            chain.append(card.heading)
            chain.append(card.how)
            chain += [route.label for route in card.cards]
            chain += list(card.status_bar.buttons.values())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if chain:
            chain[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def opened(self, card: StepCard) -> None:
        """One step open at a time: the page stays short (issue 20)."""
        for other in self.step_cards:
            if other is not card and other.heading.isChecked():
                other.heading.setChecked(False)

    def set_status(self, item: ChecklistItem, status: Status) -> None:
        """Saved before returning, like every status button."""
        checklist = self.ctx.checklist
        if checklist is not None and checklist.id is not None and not save(
                self, lambda: self.ctx.store.set_status(checklist.id, item.key, status), self._resync):
            return
        item.status = status
        for card in self.step_cards:
            if card.item is item:
                card.show_words()

    def retranslate_intro(self) -> None:
        checklist = self.ctx.checklist
        recycled = checklist is not None and checklist.situation is Situation.RECYCLED
        if recycled:
            self.intro.setText(self.tr(
                "Your number was used by someone before. These steps clear what the last owner left behind."))
        else:
            self.intro.setText(self.tr(
                "Do this last, after the money and bank card items: the old number must still work for "
                "the other steps."))

    def retranslate(self) -> None:
        self.retranslate_intro()
        if self.ctx.checklist is not None and self.isVisible():
            self.enter()
