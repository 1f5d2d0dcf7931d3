"""Page 2, 您的情况: the four situations as large radio cards; who the checklist is for; the two
doors (只做最要紧的 / 全面检查).

A new checklist is created here, when the user leaves the page with a valid answer; an existing
one is updated at every change (no Save button).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QButtonGroup, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from bindguard.core.checklist import Checklist, ItemKind
from bindguard.core.counts import keep_promise
from bindguard.core.doors import door_additions, door_count, door_details, door_summary, suggested_items
from bindguard.core.errors import message
from bindguard.core.situation import Scope, Situation, door_words
from bindguard.core.words import join_sentences
from bindguard.ui import theme
from bindguard.ui.context import AppContext, SituationDraft
from bindguard.ui.pages.base import BasePage
from bindguard.ui.store_writes import reread, save
from bindguard.ui.widgets.option_group import option_group
from bindguard.ui.widgets.page_body import (
    error_label,
    say_limit,
    scroll_body,
    section,
    show_error,
    tab_chain,
    wrapped,
)
from bindguard.ui.widgets.radio_card import RadioCard


class SituationPage(BasePage):
    page_id = "situation"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        body = scroll_body(self, spacing=10)
        # the page's title asks the question: no second heading saying it again (issue 20: the page was
        # 3 screens long at 1024x768 in large text, the door choice below the fold)
        self.situation_heading = section(self, "situationHeading")
        self.situation_heading.hide()
        self.situation_group = QButtonGroup(self)
        self.cards: dict[Situation, RadioCard] = {}
        grid = QGridLayout()  # two a row: the four answers on the first screen
        grid.setSpacing(8)
        for index, situation in enumerate(Situation):
            card = RadioCard(situation.value, self)
            self.cards[situation] = card
            self.situation_group.addButton(card.radio)
            card.radio.toggled.connect(self._changed)
            card.radio.clicked.connect(self._show_doors)
            card.explanation.hide()  # said once, for the one chosen, under the four (below)
            grid.addWidget(card, index // 2, index % 2)
        option_group(self.situation_group)  # Tab enters at the one chosen, the arrows choose (widgets/option_group.py)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body.addLayout(grid)
        self.explained = wrapped(self, "notice", "situationExplained")
        body.addWidget(self.explained)

        self.name_label = section(self, "nameLabel")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(40)
        self.name_label.setBuddy(self.name_edit)
        self.name_error = error_label(self, "nameError")
        self.name_edit.textChanged.connect(self._changed)
        self.name_edit.textChanged.connect(lambda: say_limit(self.name_edit, self.name_error, self.ctx.lang))

        self.scope_heading = section(self, "scopeHeading")
        body.addWidget(self.scope_heading)
        self.scope_group = QButtonGroup(self)
        self.doors: dict[Scope, RadioCard] = {}
        doors = QVBoxLayout()  # one above the other: each its name and its count in a line
        doors.setSpacing(8)
        for scope in (Scope.ESSENTIAL, Scope.FULL):
            card = RadioCard(scope.value, self)
            self.doors[scope] = card
            self.scope_group.addButton(card.radio)
            card.radio.toggled.connect(self._changed)
            doors.addWidget(card)
        option_group(self.scope_group)
        body.addLayout(doors)
        # what the chosen door does, said once under the two (each door: its name and count in a line;
        # issue 20: in English each door took six lines and the page 2.7 screens at 1024x768 large text)
        self.door_explained = wrapped(self, "notice", "doorExplained")
        body.addWidget(self.door_explained)
        # who it is for: filled in already (我自己), so it comes last
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        body.addLayout(name_row)
        body.addWidget(self.name_error)
        body.addStretch(1)

        chain = [c.radio for c in self.cards.values()] + [d.radio for d in self.doors.values()] + [self.name_edit]
        tab_chain(chain)
        self.retranslate()
        self.enter()

    def title(self) -> str:
        return self.tr("What is your situation?")

    # -- reading and writing ---------------------------------------------------------------------

    def _show_doors(self) -> None:
        """A situation chosen: the next question, the two doors, comes into view (a sub-step)."""
        area = getattr(self, "scroll_area", None)
        if area is not None:  # the two doors and what the chosen one does; their question before that,
            area.ensureWidgetVisible(self.door_explained, 0, 10)  # and the focus first of all (it
            area.ensureWidgetVisible(self.scope_heading, 0, 10)  # stays on the card she chose)
            focus = QApplication.focusWidget()
            if focus is not None and self.isAncestorOf(focus):
                area.ensureWidgetVisible(focus, 0, 10)

    def situation(self) -> Situation | None:
        return next((s for s, card in self.cards.items() if card.radio.isChecked()), None)

    def scope(self) -> Scope:
        return Scope.ESSENTIAL if self.doors[Scope.ESSENTIAL].radio.isChecked() else Scope.FULL

    def enter(self) -> None:
        self._loading = True
        checklist = self.ctx.checklist
        for group in (self.situation_group, self.scope_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        draft = self.ctx.situation_draft
        if checklist is None and draft is not None:  # she went back to 欢迎 before the list was made
            self.name_edit.setText(draft.name)
            if draft.situation is not None:
                self.cards[draft.situation].radio.setChecked(True)
            self.doors[draft.scope].radio.setChecked(True)
        elif checklist is None:
            self.name_edit.setText(self.tr("Myself"))
            self.doors[Scope.FULL].radio.setChecked(True)
        else:
            self.name_edit.setText(checklist.name)
            self.cards[checklist.situation].radio.setChecked(True)
            self.doors[checklist.scope].radio.setChecked(True)
        show_error(self.name_error, "")
        self._loading = False
        self._retranslate_doors()
        self._explain()
        self.ctx.chosen_situation = self.situation()  # the step list follows it (core.flow)
        checked = self.situation()
        (self.cards[checked].radio if checked else self.cards[Situation.CANCEL_SOON].radio).setFocus()
        self.completeness_changed.emit()

    def is_complete(self) -> bool:
        return self.situation() is not None and bool(self.name_edit.text().strip())

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        empty = not self.name_edit.text().strip()
        show_error(self.name_error, message("checklist.name_empty", self.ctx.lang) if empty else "")
        if self.ctx.checklist is not None and self.is_complete():
            self._save_existing()
        elif self.ctx.checklist is None:  # kept for her return from 欢迎 (ui/run.py drops it for a saved one)
            self.ctx.situation_draft = SituationDraft(self.situation(), self.scope(), self.name_edit.text())
        self.ctx.chosen_situation = self.situation()  # the step list shows only its steps at once (core.flow)
        self._retranslate_doors()
        self._explain()
        self.completeness_changed.emit()

    def leave(self) -> bool:
        if not self.is_complete():
            if not self.name_edit.text().strip():
                show_error(self.name_error, message("checklist.name_empty", self.ctx.lang))
            return False
        write = self._create if self.ctx.checklist is None else self._save_existing
        return save(self, write, lambda: reread(self.ctx))  # not saved: stay on this page

    def _create(self) -> None:
        situation = self.situation()
        assert situation is not None
        checklist = Checklist(self.name_edit.text().strip(), situation, self.scope())
        # both doors tick the same few (core/doors.py door_platforms); 全面检查 only shows more
        checklist.items = door_additions(checklist, self.ctx.catalog)
        keep_promise(checklist)  # the door's number, stored with the list (core.counts)
        self.ctx.checklist = self.ctx.store.create_checklist(checklist)
        self.ctx.situation_draft = None  # made: another new checklist starts afresh

    def _save_existing(self) -> None:
        checklist = self.ctx.checklist
        situation = self.situation()
        assert checklist is not None and checklist.id is not None and situation is not None
        store, catalog = self.ctx.store, self.ctx.catalog
        checklist.name = self.name_edit.text().strip()
        changed = False
        if situation is not checklist.situation:
            changed = True
            checklist.situation = situation
            wanted = {i.key: i for i in suggested_items(checklist, catalog)}
            for item in list(checklist.items):
                if item.kind in (ItemKind.DISCOVERY, ItemKind.CARRIER) and item.key not in wanted:
                    store.remove_item(checklist.id, item.key)
                    checklist.items.remove(item)
            for key, item in wanted.items():
                if checklist.item(key) is None:
                    store.add_item(checklist.id, item)
                    checklist.items.append(item)
        scope = self.scope()
        if scope is not checklist.scope:
            checklist.scope = scope
            for item in door_additions(checklist, catalog):
                store.add_item(checklist.id, item)
                checklist.items.append(item)
            changed = True
        if changed:  # the door's words just said this list's count: it is the new promise (core.counts)
            keep_promise(checklist)
        store.save_meta(checklist)

    # -- texts -----------------------------------------------------------------------------------

    def _explain(self) -> None:
        """What the chosen situation means, in a sentence (every card says it to a screen reader)."""
        situation = self.situation()
        card = self.cards.get(situation) if situation is not None else None
        text = card.radio.accessibleDescription() if card is not None else self.tr(
            "Choose the one that fits you: what it means is shown here.")
        self.explained.setText(theme.para(text))

    def _retranslate_doors(self) -> None:
        """Each door says what it puts on the list, how many items and roughly how long (core/doors.py
        door_summary), in words that fit the situation (core/situation.py door_words)."""
        situation = self.situation() or Situation.CANCEL_SOON
        lang = self.ctx.lang
        checklist, catalog = self.ctx.checklist, self.ctx.catalog
        titles = {Scope.ESSENTIAL: self.tr("Only the most important"), Scope.FULL: self.tr("Check everything")}
        for scope, door in self.doors.items():
            door.set_texts(titles[scope], door_count(checklist, situation, scope, catalog, lang))
            summary = door_summary(checklist, situation, scope, catalog, lang)  # the whole, to a screen reader
            door.radio.setAccessibleDescription(join_sentences(lang, door_words(situation, scope).get(lang), summary))
        self.door_explained.setText(theme.para(door_details(situation, self.scope(), lang, catalog, checklist)))

    def retranslate(self) -> None:
        lang = self.ctx.lang
        explain = {
            # one line each (issue 20): the card's name above says the rest
            Situation.CANCEL_SOON: self.tr("Do every item before you cancel the old number."),
            Situation.OLD_DEAD: self.tr("We show ways that need no SMS code, and the days left."),
            Situation.SWITCH: self.tr("Move every account over while the old number works."),
            Situation.RECYCLED: self.tr("We help you take over this number cleanly."),
        }
        self.situation_heading.setText(self.tr("Which one fits you?"))
        for situation, card in self.cards.items():
            card.set_texts(situation.label.get(lang), explain[situation])
        self.name_label.setText(self.tr("Who is this checklist for?"))
        self.name_edit.setPlaceholderText(self.tr("For example: Myself, Mum"))
        self.name_edit.setAccessibleName(self.tr("Who is this checklist for?"))
        self.name_edit.setAccessibleDescription(self.tr("A name to tell your checklists apart, e.g. Mum"))
        self.scope_heading.setText(self.tr("How much do you want to do now?"))
        self._retranslate_doors()
        self._explain()
        if self.name_error.isVisible():
            show_error(self.name_error, message("checklist.name_empty", lang))


