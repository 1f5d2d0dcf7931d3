"""Page 7, 逐项处理: the list on the left (money first), the selected item on the right.

For the item: does the old number still receive SMS (saved per item; decides whether the normal or
the no-code route comes first), the routes as cards, the hotline, the official page (browser and QR
code for the phone), the four status buttons and the private note. Every answer is saved at once,
and so is the selected item, so a reopened checklist lands where the user left off.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bindguard.core import checklist as core
from bindguard.core.catalog import Platform
from bindguard.core.checklist import ChecklistItem, ItemKind, Status
from bindguard.core.situation import Situation
from bindguard.ui.context import AppContext
from bindguard.ui.links import open_external
from bindguard.ui.pages.base import BasePage
from bindguard.ui.widgets.item_list import ItemList, item_name
from bindguard.ui.widgets.note_editor import NoteEditor
from bindguard.ui.widgets.qr_view import QrView
from bindguard.ui.widgets.route_card import RouteCard, entry_info_html, entry_meta_html
from bindguard.ui.widgets.status_bar import StatusBar


def _label(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    if name:
        label.setObjectName(name)
    return label


class WorkPage(BasePage):
    page_id = "work"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today()
        self.item: ChecklistItem | None = None
        outer = QHBoxLayout(self)
        outer.setSpacing(20)

        self.left_panel = QWidget(self)
        left = QVBoxLayout(self.left_panel)
        left.setContentsMargins(0, 0, 0, 0)
        self.urgent_label = _label(self, "urgentLabel")
        self.urgent_button = QPushButton(self)
        self.urgent_button.setObjectName("urgentButton")
        self.urgent_button.clicked.connect(self._show_urgent)
        self.list_label = QLabel(self)
        self.list_label.setWordWrap(True)
        self.item_list = ItemList(self)
        self.item_list.setObjectName("itemList")
        self.list_label.setBuddy(self.item_list)
        self.item_list.item_selected.connect(self.select)
        for widget in (self.urgent_label, self.urgent_button, self.list_label):
            left.addWidget(widget)
        left.addWidget(self.item_list, 1)
        outer.addWidget(self.left_panel, 1)

        right = QVBoxLayout()
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside; they scroll into view
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail = QWidget(self.scroll)
        self.detail = QVBoxLayout(detail)
        self.detail.setSpacing(12)
        self.name_label = _label(detail, "itemName")
        self.meta_label = _label(detail, "itemMeta")
        self.question_label = QLabel(detail)
        self.question_label.setWordWrap(True)
        self.yes_radio = QRadioButton(detail)
        self.no_radio = QRadioButton(detail)
        self.answer = QButtonGroup(self)
        self.answer.addButton(self.yes_radio)
        self.answer.addButton(self.no_radio)
        self.yes_radio.toggled.connect(lambda on: on and self._answer(True))
        self.no_radio.toggled.connect(lambda on: on and self._answer(False))
        answers = QVBoxLayout()  # one under the other: both answers stay readable in large text
        answers.addWidget(self.yes_radio)
        answers.addWidget(self.no_radio)
        self.info_label = _label(detail, "itemInfo")
        self.routes_box = QVBoxLayout()
        self.route_cards: list[RouteCard] = []
        self.hotline_label = _label(detail, "hotline")
        self.hotline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        link_row = QHBoxLayout()
        link_col = QVBoxLayout()
        self.open_button = QPushButton(detail)
        self.open_button.setObjectName("openOfficial")
        self.open_button.clicked.connect(self._open_official)
        self.qr_caption = QLabel(detail)
        self.qr_caption.setWordWrap(True)
        link_col.addWidget(self.open_button)
        link_col.addWidget(self.qr_caption)
        link_col.addStretch(1)
        self.qr_view = QrView(detail)
        self.qr_view.setObjectName("qrCode")
        link_row.addLayout(link_col, 1)
        link_row.addWidget(self.qr_view)
        self.note = NoteEditor(lambda: self.ctx.vault, detail)
        for widget in (self.name_label, self.meta_label, self.question_label):
            self.detail.addWidget(widget)
        self.detail.addLayout(answers)
        self.detail.addWidget(self.info_label)
        self.detail.addLayout(self.routes_box)
        self.detail.addWidget(self.hotline_label)
        self.detail.addLayout(link_row)
        self.detail.addWidget(self.note)
        self.detail.addStretch(1)
        self.scroll.setWidget(detail)
        right.addWidget(self.scroll, 1)

        self.status_heading = QLabel(self)
        self.status_heading.setWordWrap(True)  # else its one long line squeezes the Next item button
        self.status_bar = StatusBar(self)
        self.status_bar.status_chosen.connect(self.set_status)
        self.next_item_button = QPushButton(self)
        self.next_item_button.setObjectName("nextItem")
        self.next_item_button.clicked.connect(self.select_next_open)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.status_heading, 1)
        heading_row.addWidget(self.next_item_button)
        right.addLayout(heading_row)
        right.addWidget(self.status_bar)
        outer.addLayout(right, 3)
        for button in (self.urgent_button, self.open_button, self.next_item_button, self.note.mask_button,
                       self.note.reset_button):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        self.retranslate()

    # -- list ----------------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.ctx.lang

    def enter(self) -> None:
        checklist = self.ctx.checklist
        if checklist is None:
            self.item_list.fill([], self.ctx.catalog, self.lang)
            self._show_item(None)
            return
        items = core.work_order(checklist, self.ctx.catalog)
        self.item_list.fill(items, self.ctx.catalog, self.lang)
        self._update_urgent()
        key = checklist.current_item if checklist.item(checklist.current_item) else ""
        if not key and items:
            urgent = core.one_thing_today(checklist, self.ctx.catalog)
            key = (urgent or items[0]).key
        if not key or not self.item_list.select_key(key):
            self._show_item(None)
        self.item_list.setFocus()

    def resizeEvent(self, event) -> None:
        # The list never takes more than a third: the selected item is what the user reads.
        self.left_panel.setMaximumWidth(max(200, self.width() // 3))
        super().resizeEvent(event)

    def leave(self) -> bool:
        self.note.flush()
        return True

    def hideEvent(self, event) -> None:
        self.note.flush()  # closing the window or going to another page never loses a note
        super().hideEvent(event)

    def select(self, key: str) -> None:
        checklist = self.ctx.checklist
        item = checklist.item(key) if checklist else None
        if item is None:
            return
        if self.item_list.current_key() != key:
            self.item_list.select_key(key)  # emits again and lands here with the row current
            return
        checklist.current_item = key
        if checklist.id is not None:
            self.ctx.store.set_position(checklist.id, self.page_id, key)
        self._show_item(item)

    def select_next_open(self) -> None:
        checklist = self.ctx.checklist
        if checklist is None:
            return
        start = (self.item_list.currentRow() + 1) if self.item_list.currentRow() >= 0 else 0
        for offset in range(self.item_list.count()):
            row = (start + offset) % self.item_list.count()
            key = self.item_list.item(row).data(Qt.ItemDataRole.UserRole)
            item = checklist.item(key)
            if item is not None and item.status.is_open and item is not self.item:
                self.item_list.setCurrentRow(row)
                return

    def _update_urgent(self) -> None:
        checklist = self.ctx.checklist
        urgent = core.one_thing_today(checklist, self.ctx.catalog) if checklist else None
        self.urgent_button.setVisible(urgent is not None)
        if urgent is None:
            self.urgent_label.setText(html.escape(self.tr("Nothing urgent is left. Well done.")))
            return
        self._urgent_key = urgent.key
        name = html.escape(item_name(urgent, self.ctx.catalog, self.lang))
        heading = html.escape(self.tr("If you do only one thing today:"))
        self.urgent_label.setText(f"<b>{heading}</b><br>{name}")
        self.urgent_button.setAccessibleDescription(self.tr("Show: {0}").format(
            item_name(urgent, self.ctx.catalog, self.lang)))

    def _show_urgent(self) -> None:
        if getattr(self, "_urgent_key", ""):
            self.select(self._urgent_key)

    # -- the selected item ---------------------------------------------------------------------

    def set_status(self, status: Status) -> None:
        """Saved to the store before this returns: the click is the save."""
        checklist, item = self.ctx.checklist, self.item
        if checklist is None or item is None:
            return
        item.status = status
        if checklist.id is not None:
            self.ctx.store.set_status(checklist.id, item.key, status)
        self.item_list.refresh(item)
        self._update_urgent()

    def _answer(self, works: bool) -> None:
        checklist, item = self.ctx.checklist, self.item
        if checklist is None or item is None or item.old_number_works is works:
            return
        item.old_number_works = works
        if checklist.id is not None:
            self.ctx.store.update_item(checklist.id, item)
        self._show_routes(item)

    def _asks_question(self, item: ChecklistItem) -> bool:
        situation = self.ctx.checklist.situation if self.ctx.checklist else Situation.OLD_DEAD
        return item.kind in (ItemKind.PLATFORM, ItemKind.BANK_CARD) and situation in (
            Situation.CANCEL_SOON, Situation.SWITCH)

    def _show_item(self, item: ChecklistItem | None) -> None:
        self.note.flush()
        self.item = item
        has_item = item is not None
        for widget in (self.status_bar, self.status_heading, self.next_item_button, self.note):
            widget.setVisible(has_item)
        if item is None:
            self.name_label.setText(html.escape(self.tr("Nothing to work on yet.")))
            for widget in (self.meta_label, self.question_label, self.yes_radio, self.no_radio, self.info_label,
                           self.hotline_label, self.open_button, self.qr_caption, self.qr_view):
                widget.hide()
            self._clear_routes()
            return
        entry = self.ctx.catalog.entry(item.ref) if item.ref else None
        name = item_name(item, self.ctx.catalog, self.lang)
        stake = html.escape(self.tr("Money is at stake: do this one first."))
        money = f"<br><b>⚠ {stake}</b>" \
            if item.money_risk and item.status.is_open else ""
        self.name_label.setText(f"<h2>{html.escape(name)}</h2>{money}")
        self.meta_label.setText(entry_meta_html(entry, self.lang, self.today))
        self.meta_label.setVisible(entry is not None)
        asks = self._asks_question(item)
        for widget in (self.question_label, self.yes_radio, self.no_radio):
            widget.setVisible(asks)
        if asks:
            works = core.old_number_works(self.ctx.checklist, item)
            self.answer.blockSignals(True)
            for radio in (self.yes_radio, self.no_radio):
                radio.blockSignals(True)
            (self.yes_radio if works else self.no_radio).setChecked(True)
            for radio in (self.yes_radio, self.no_radio):
                radio.blockSignals(False)
            self.answer.blockSignals(False)
        self.info_label.setText(entry_info_html(item, entry, self.lang))
        self.info_label.setVisible(bool(self.info_label.text()))
        self._show_routes(item)
        hotline = entry.hotline if entry else ""
        word = html.escape(self.tr("Hotline:"))
        self.hotline_label.setText(f"☎ {word} <b>{html.escape(hotline)}</b>")
        self.hotline_label.setVisible(bool(hotline))
        url = entry.url if entry else ""
        self.open_button.setVisible(bool(url))
        self.qr_caption.setVisible(bool(url))
        self.qr_view.set_url(url)
        self.open_button.setAccessibleDescription(self.tr("Open {0} in the web browser").format(url))
        self.status_bar.retranslate(self.lang, name, item.status, item.kind)
        self.note.set_item(self.ctx.checklist.id if self.ctx.checklist else None, item.key)
        self.scroll.verticalScrollBar().setValue(0)
        self._fix_tab_order()

    def _clear_routes(self) -> None:
        for card in self.route_cards:
            self.routes_box.removeWidget(card)
            card.hide()  # at once: deleteLater waits for the event loop
            card.deleteLater()
        self.route_cards = []

    def _show_routes(self, item: ChecklistItem) -> None:
        self._clear_routes()
        checklist = self.ctx.checklist
        if checklist is None:
            return
        entry = self.ctx.catalog.entry(item.ref) if item.ref else None
        routes = core.routes_for(checklist, item, self.ctx.catalog)
        category = self.ctx.catalog.categories.get(entry.category) if isinstance(entry, Platform) else None
        for number, route in enumerate(routes, 1):
            fallback = category is not None and route is category.fallback
            # "change the number / without a code" only means something for accounts and cards
            card = RouteCard(route, self.lang, number, fallback, self.scroll.widget(),
                             show_kind=item.kind in (ItemKind.PLATFORM, ItemKind.BANK_CARD))
            self.routes_box.addWidget(card)
            self.route_cards.append(card)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.urgent_button, self.item_list, self.yes_radio, self.no_radio]
        chain += [card.label for card in self.route_cards]
        chain += [self.open_button, self.note.edit, self.note.mask_button, self.note.reset_button]
        chain += [*list(self.status_bar.buttons.values()), self.next_item_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _open_official(self) -> None:
        entry = self.ctx.catalog.entry(self.item.ref) if self.item and self.item.ref else None
        if entry is not None and entry.url:
            open_external(entry.url, self)

    def retranslate(self) -> None:
        self.urgent_button.setText(self.tr("Show it"))
        self.urgent_button.setAccessibleName(self.tr("Show the most urgent item"))
        self.list_label.setText(self.tr("&Your list (money items first):"))
        self.item_list.setAccessibleName(self.tr("Your list"))
        self.item_list.setAccessibleDescription(self.tr("Use the arrow keys to choose an item"))
        self.question_label.setText(self.tr("Does the old number still receive SMS codes?"))
        self.yes_radio.setText(self.tr("&Yes, it still gets SMS"))
        self.no_radio.setText(self.tr("N&o, it gets no SMS any more"))
        self.yes_radio.setAccessibleDescription(self.tr("Show the normal way first"))
        self.no_radio.setAccessibleDescription(self.tr("Show the ways that need no code first"))
        self.open_button.setText(self.tr("Open the official page"))
        self.open_button.setAccessibleName(self.tr("Open the official page"))
        self.qr_caption.setText(self.tr("Or scan this code with your phone to open the same page there."))
        self.qr_view.setAccessibleName(self.tr("QR code of the official page"))
        self.status_heading.setText(self.tr("When you have finished with this item, choose one:"))
        self.next_item_button.setText(self.tr("Next item →"))
        self.next_item_button.setAccessibleDescription(self.tr("Go to the next item that is not finished"))
        self.note.retranslate(self.lang)
        if self.ctx.checklist is not None and self.isVisible():
            self.enter()
