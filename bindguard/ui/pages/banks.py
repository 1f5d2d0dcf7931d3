"""Page 6, 银行卡: add cards as bank + last 4 digits + card type; each card becomes an item at once.

A full card number is refused with the reason (we never keep one); the field keeps what was typed
so the user can correct it, and nothing is saved until the input is right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bindguard.core.checklist import BankCard, CardType, ItemKind, bank_item
from bindguard.core.errors import BindGuardError
from bindguard.core.name_search import matches
from bindguard.core.situation import Situation
from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage
from bindguard.ui.store_writes import resync, save
from bindguard.ui.widgets.enter_key import enter_presses
from bindguard.ui.widgets.enum_props import set_no_horizontal_scroll_bar
from bindguard.ui.widgets.option_group import option_group
from bindguard.ui.widgets.page_body import (
    error_label,
    fit_to_rows,
    scroll_body,
    section,
    selection_is_the_choice,
    show_error,
    tab_chain,
    wrapped,
)
from bindguard.ui.widgets.search_box import SearchBox


class _CardList(QListWidget):
    """The added cards; Delete removes the selected one (the same as the Remove button)."""

    def __init__(self, page: BanksPage) -> None:
        super().__init__(page)
        self._page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._page.remove_selected()
            return
        super().keyPressEvent(event)


class BanksPage(BasePage):
    page_id = "banks"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._last_added = ""
        body = scroll_body(self, spacing=10)
        self.intro = wrapped(self, "muted", "banksIntro")
        body.addWidget(self.intro)

        # the cards already added, under the form (issue 20: above it they pushed the page's question,
        # which bank, below the first screen at 1024x768 in large text); "✓ 已添加" says each one at once
        cards_area = QVBoxLayout()
        self.cards_label = section(self, "cardsLabel")
        self.cards = _CardList(self)
        self.cards.setObjectName("addedCards")
        self.cards.setWordWrap(True)
        self.cards_label.setBuddy(self.cards)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeCard")
        self.remove_button.clicked.connect(self.remove_selected)
        self.cards.itemSelectionChanged.connect(self._update_remove)
        cards_area.addWidget(self.cards_label)
        cards_area.addWidget(self.cards)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        cards_area.addLayout(remove_row)
        # a removed card can be put back: no question first, no silent loss (issue 12)
        self._removed = None  # (item, position) of the card removed last
        self.removed_note = wrapped(self, "ok", "removedNote")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoRemove")
        self.undo_button.clicked.connect(self.undo_remove)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.removed_note, 1)
        undo_row.addWidget(self.undo_button)
        cards_area.addLayout(undo_row)
        self.removed_note.hide()
        self.undo_button.hide()

        self.add_heading = section(self, "addHeading")
        body.addWidget(self.add_heading)
        # "✓ 已添加…" right above the bank field, where focus goes after Add: below the Add button it
        # was out of view once the page scrolled back up, and the user saw only a cleared form
        self.added_note = wrapped(self, "ok", "addedNote")
        self.added_note.hide()
        body.addWidget(self.added_note)
        self.bank_label = QLabel(self)
        self.bank_label.setObjectName("bankLabel")
        self.bank_search = SearchBox("bankSearch", self)
        self.bank_list = QListWidget(self)
        self.bank_list.setObjectName("bankList")
        self.bank_list.currentItemChanged.connect(self._bank_chosen)
        selection_is_the_choice(self.bank_list)
        self.bank_list.setWordWrap(True)  # a long name wraps: no scroll bar sideways to cover a row
        set_no_horizontal_scroll_bar(self.bank_list)
        self.bank_label.setBuddy(self.bank_search)
        self.bank_search.textChanged.connect(self._filter_banks)
        enter_presses(self.bank_search, lambda: self.bank_list.setFocus())  # Enter: to the list
        self.bank_error = error_label(self, "bankError")
        search_row = QHBoxLayout()  # the label beside its field: one line less (issue 20)
        search_row.addWidget(self.bank_label)
        search_row.addWidget(self.bank_search, 1)
        search_row.addWidget(self.bank_search.clear_button)
        body.addLayout(search_row)
        body.addWidget(self.bank_list)
        self.no_bank = wrapped(self, "muted", "noBankFound")
        self.no_bank.hide()
        body.addWidget(self.no_bank)
        body.addWidget(self.bank_error)

        self.last4_label = QLabel(self)
        self.last4_label.setObjectName("last4Label")
        self.last4_edit = QLineEdit(self)
        self.last4_edit.setObjectName("last4Edit")
        self.last4_edit.setMaxLength(30)  # long enough to catch a full card number and explain
        self.last4_label.setBuddy(self.last4_edit)
        enter_presses(self.last4_edit, self.add_card)  # Enter: 添加这张卡, not 下一步 (widgets/enter_key.py)
        self.last4_edit.textChanged.connect(self._last4_typed)
        self.last4_error = error_label(self, "last4Error")
        last4_row = QHBoxLayout()  # the label beside its field: one line less (issue 20)
        last4_row.addWidget(self.last4_label)
        last4_row.addWidget(self.last4_edit, 1)
        body.addLayout(last4_row)
        body.addWidget(self.last4_error)

        self.type_label = QLabel(self)
        self.type_label.setObjectName("typeLabel")
        type_row = QHBoxLayout()
        type_row.addWidget(self.type_label)
        self.type_group = QButtonGroup(self)
        self.type_buttons: dict[CardType, QRadioButton] = {}
        for card_type in CardType:
            button = QRadioButton(self)
            button.setObjectName(f"type_{card_type.value}")
            self.type_group.addButton(button)
            self.type_buttons[card_type] = button
            type_row.addWidget(button)
        type_row.addSpacing(4)
        self.type_buttons[CardType.DEBIT].setChecked(True)
        option_group(self.type_group)  # Tab enters at the type chosen, the arrows choose (widgets/option_group.py)

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addCard")
        self.add_button.clicked.connect(self.add_card)
        type_row.addWidget(self.add_button)  # at the end of the form's last line: one line less (issue 20)
        type_row.addStretch(1)
        body.addLayout(type_row)
        # a recycled number: a bank's SMS meant for someone else is the previous holder's card (said under
        # the form: over it, four lines pushed the card's digits below the first screen at 1024x768)
        self.strangers_note = wrapped(self, "muted", "strangersNote")
        self.strangers_note.hide()
        body.addWidget(self.strangers_note)
        body.addLayout(cards_area)

        body.addStretch(1)
        tab_chain([self.bank_search, self.bank_search.clear_button, self.bank_list, self.last4_edit,
                   *self.type_buttons.values(), self.add_button,
                   self.cards, self.remove_button, self.undo_button])
        self.retranslate()

    def title(self) -> str:
        return self.tr("Which bank cards use the number?")  # one line in large text

    # -- bank chooser ------------------------------------------------------------------------------

    def _filter_banks(self, *_args: object) -> None:
        needle = self.bank_search.text().strip().casefold()
        lang = self.ctx.lang
        current = self.selected_bank()
        self.bank_list.clear()
        exact: QListWidgetItem | None = None
        for bank in self.ctx.catalog.banks.values():
            names = [bank.name.zh, bank.name.en, *bank.aliases]
            if needle and not matches(needle, names):  # names, aliases, full pinyin (gongshang)
                continue
            item = QListWidgetItem(bank.name.get(lang))
            item.setData(Qt.ItemDataRole.UserRole, bank.id)
            self.bank_list.addItem(item)
            if bank.id == current:
                self.bank_list.setCurrentItem(item)
            if needle and exact is None and needle in (n.casefold() for n in names):
                exact = item
        if self.bank_list.currentItem() is None and needle:
            # one match, or a name typed in full ("cmb" also finds CMBC): choose it for the user
            if exact is not None:
                self.bank_list.setCurrentItem(exact)
            elif self.bank_list.count() == 1:
                self.bank_list.setCurrentRow(0)
        fit_to_rows(self.bank_list, 4, steady=True)  # four banks to choose from, however many match
        nothing = bool(needle) and self.bank_list.count() == 0
        self.no_bank.setVisible(nothing)
        self.bank_list.setVisible(not nothing)
        if self.bank_list.currentItem() is not None and self.bank_error.isVisible():
            show_error(self.bank_error, "")  # corrected: the message goes
    def _bank_chosen(self, *_args: object) -> None:
        """A credit-card centre chosen (招商银行信用卡): the card is a credit card (issue 20)."""
        bank = self.ctx.catalog.banks.get(self.selected_bank())
        if bank is not None and getattr(bank, "kind", "") == "credit_card":
            self.type_buttons[CardType.CREDIT].setChecked(True)

    def pending_card(self) -> bool:
        """A card filled in (its last digits typed) but not added with 添加这张卡."""
        return bool(self.last4_edit.text().strip())

    def leave(self) -> bool:
        """Nothing she typed is lost (issue 20): a card filled in but not added is added now, and the
        page stays once to say so; a card that cannot be added says why and stays."""
        if not self.pending_card():
            return True
        if self.add_card():
            self.added_note.setText(self.tr("✓ Added: {card}. Another card? Add it here; if not, press Next "
                                            "again.").format(card=self._last_added))
        return False

    def selected_bank(self) -> str:
        item = self.bank_list.currentItem() if hasattr(self, "bank_list") else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def card_type(self) -> CardType:
        return next(t for t, b in self.type_buttons.items() if b.isChecked())

    # -- cards -------------------------------------------------------------------------------------

    def add_card(self) -> bool:
        """Add the card filled in; True when it was added (or was on the list already)."""
        checklist = self.ctx.checklist
        if checklist is None or checklist.id is None:
            return False
        lang = self.ctx.lang
        # core decides the entry: a credit card goes to the bank's own card centre when there is one
        bank_id = self.ctx.catalog.bank_for_card(self.selected_bank(), self.card_type() is CardType.CREDIT)
        ok = True
        if bank_id not in self.ctx.catalog.banks:
            show_error(self.bank_error, BindGuardError("card.unknown_bank").text(lang))
            ok = False
        else:
            show_error(self.bank_error, "")
        try:
            last4 = BankCard.parse_last4(self.last4_edit.text())
            show_error(self.last4_error, "")
        except BindGuardError as exc:
            show_error(self.last4_error, exc.text(lang))
            self.last4_edit.setFocus()
            self.last4_edit.selectAll()
            ok = False
        self.added_note.hide()
        if not ok:
            if bank_id not in self.ctx.catalog.banks and not self.last4_error.isVisibleTo(self):
                # the digits are right, the bank is not chosen: the focus goes where she chooses it
                # (a walk: "招商" matched 招商银行 and 招商银行信用卡, the focus stayed on the digits)
                (self.bank_list if self.bank_list.count() else self.bank_search).setFocus()
            return False
        item = bank_item(BankCard(bank_id, last4, self.card_type()))
        if checklist.item(item.key) is None:
            if not save(self, lambda: self.ctx.store.add_item(checklist.id, item)):
                return False  # what was typed stays for another try
            checklist.items.append(item)
        self.last4_edit.clear()
        self._last_added = self._describe(item.card)
        self.added_note.setText(self.tr("✓ Added: {card}").format(card=self._last_added))
        self.added_note.show()
        self._reload_cards()
        self.bank_search.setFocus()
        QTimer.singleShot(0, self, self._show_added)  # once the page is laid out with the note shown
        return True

    def _show_added(self) -> None:
        area = getattr(self, "scroll_area", None)  # the frame's scroll area for this page
        if area is not None and self.added_note.isVisible():
            area.ensureWidgetVisible(self.bank_search, 0, 20)
            area.ensureWidgetVisible(self.added_note, 0, 10)

    def _last4_typed(self, text: str) -> None:
        """The message under the field goes as soon as what is typed is right."""
        if not self.last4_error.isVisible():
            return
        try:
            BankCard.parse_last4(text)
        except BindGuardError:
            return
        show_error(self.last4_error, "")

    def _update_remove(self) -> None:
        """删除选中的卡 only when there is a card to remove (no cards: no button)."""
        self.remove_button.setVisible(self.cards.count() > 0)
        self.remove_button.setEnabled(bool(self.cards.selectedItems()))

    def remove_selected(self) -> None:
        checklist = self.ctx.checklist
        selected = self.cards.selectedItems()
        if checklist is None or checklist.id is None or not selected:
            return
        row = selected[0]
        key = str(row.data(Qt.ItemDataRole.UserRole))
        existing = checklist.item(key)
        if not save(self, lambda: self.ctx.store.remove_item(checklist.id, key), lambda: resync(self)):
            return
        if existing is not None:
            self._removed = (existing, checklist.items.index(existing))
            checklist.items.remove(existing)
            self.removed_note.setText(self.tr("Removed: {card}").format(card=self._describe(existing.card)))
            self.removed_note.show()
            self.undo_button.show()
        self.added_note.hide()
        self._reload_cards()
        (self.undo_button if self.undo_button.isVisible() else self.bank_search).setFocus()

    def undo_remove(self) -> None:
        """Put the card removed last back, with its status, where it was."""
        checklist = self.ctx.checklist
        if checklist is None or checklist.id is None or self._removed is None:
            return
        item, position = self._removed
        self._removed = None
        if checklist.item(item.key) is None:
            if not save(self, lambda: self.ctx.store.add_item(checklist.id, item), lambda: resync(self)):
                return  # not saved: the banner says so; the card stays removed, as on disk
            checklist.items.insert(min(position, len(checklist.items)), item)
        self.removed_note.hide()
        self.undo_button.hide()
        self._reload_cards()
        self.cards.setFocus()

    def _describe(self, card: BankCard | None) -> str:
        if card is None:
            return ""
        bank = self.ctx.catalog.banks.get(card.bank_id)
        name = bank.name.get(self.ctx.lang) if bank else card.bank_id
        return self.tr("{bank} · ending {last4} · {type}").format(
            bank=name, last4=card.last4, type=card.card_type.label.get(self.ctx.lang))

    def _reload_cards(self) -> None:
        checklist = self.ctx.checklist
        self.cards.clear()
        for item in checklist.items if checklist else []:
            if item.kind is ItemKind.BANK_CARD and item.card is not None:
                row = QListWidgetItem(self._describe(item.card))
                row.setData(Qt.ItemDataRole.UserRole, item.key)
                self.cards.addItem(row)
        has = self.cards.count() > 0
        self.cards.setVisible(has)
        if has:  # as tall as its rows (up to five): no empty box
            fit_to_rows(self.cards, 5)
        self.cards.setCurrentItem(None)  # nothing chosen for removal until the user picks a card
        self.cards.clearSelection()
        self._update_remove()
        self.cards_label.setText(self.tr("Cards added: {count}").format(count=self.cards.count()) if has
                                 else self.tr("No cards added yet."))
        self.cards_label.setVisible(has)  # no card yet: no heading over an empty list
        self.add_heading.hide()  # the page's title asks the question

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.cards.isVisibleTo(self):
            fit_to_rows(self.cards, 5)  # wrapped rows change height with the width
        if self.bank_list.isVisibleTo(self):
            fit_to_rows(self.bank_list, 4, steady=True)

    def enter(self) -> None:
        self._filter_banks()
        self._reload_cards()
        for label in (self.bank_error, self.last4_error):
            show_error(label, "")
        self.added_note.hide()
        self._retranslate_intro()
        self._removed = None
        self.removed_note.hide()
        self.undo_button.hide()
        self.bank_search.setFocus()

    # -- texts -------------------------------------------------------------------------------------

    def _retranslate_intro(self) -> None:
        """One line over the form (at 1024x768 in large text the card's digits and type stay on the first
        screen, issue 20); on a recycled number, what to do with a stranger's bank SMS under it."""
        checklist = self.ctx.checklist
        recycled = checklist is not None and checklist.situation is Situation.RECYCLED
        if recycled:
            self.intro.setText(self.tr("Your own cards only: the bank and the last 4 digits."))
            # this number's SMS from a bank are someone else's: the previous holder's cards
            self.strangers_note.setText(self.tr(
                "Does a bank send this number SMS meant for someone else? Those are the previous holder's "
                "cards: call that bank's hotline and say the number is yours now (the list shows how)."))
        else:
            self.intro.setText(self.tr("Add each card: only the bank and its last 4 digits."))
        self.strangers_note.setVisible(recycled)

    def retranslate(self) -> None:
        self._retranslate_intro()
        self.add_heading.setText(self.tr("Add a card"))
        self.bank_label.setText(self.tr("Bank:"))
        self.bank_search.setPlaceholderText(self.tr("Type to find the bank, e.g. 建行 or CCB"))
        self.bank_search.setAccessibleName(self.tr("Find the bank"))
        self.bank_search.retranslate()
        self.bank_search.setAccessibleDescription(self.tr("Filters the list of banks below"))
        self.bank_list.setAccessibleName(self.tr("Bank"))
        self.bank_list.setAccessibleDescription(self.tr("Choose the bank with the arrow keys"))
        self.last4_label.setText(self.tr("Last 4 digits of the card:"))
        self.last4_edit.setPlaceholderText(self.tr("e.g. 1234"))
        self.last4_edit.setAccessibleName(self.tr("Last 4 digits of the card"))
        self.last4_edit.setAccessibleDescription(self.tr("Only the last 4 digits; never the full card number"))
        self.type_label.setText(self.tr("Card type:"))
        for card_type, button in self.type_buttons.items():
            button.setText(card_type.label.get(self.ctx.lang))
            button.setAccessibleName(card_type.label.get(self.ctx.lang))
            button.setAccessibleDescription(self.tr("Card type"))
        self.add_button.setText(self.tr("Add this card"))
        self.add_button.setAccessibleName(self.tr("Add this card"))
        self.add_button.setAccessibleDescription(self.tr("Adds the card to your checklist"))
        self.cards.setAccessibleName(self.tr("Cards added"))
        self.cards.setAccessibleDescription(self.tr("Press Delete to remove the selected card"))
        self.remove_button.setText(self.tr("Remove the selected card"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected card"))
        self.remove_button.setAccessibleDescription(self.tr("Takes the selected card off your checklist"))
        self.remove_button.setToolTip(self.tr("Choose a card in the list first; you can put it back afterwards"))
        self.undo_button.setText(self.tr("Put it back"))
        self.undo_button.setAccessibleDescription(self.tr("Adds the card you just removed again"))
        self.no_bank.setText(self.tr("Nothing found. Try the short name, e.g. 工行, or pinyin, e.g. gongshang."))
        if self.ctx.checklist is not None:
            self._filter_banks()
            self._reload_cards()


