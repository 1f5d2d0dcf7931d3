"""Page 7, 逐项处理: the current item is the page.

One column that scrolls as one: a compact navigator (第 3 项，共 15 项 · 上一项 / 下一项 · 全部清单, which
opens the whole list in place) with progress in words and a bar; the item's name and why it matters;
does the old number still receive SMS (saved per item; decides whether the normal or the no-code
route comes first); the first route's needs and steps in large type; the four status buttons right
under them (遇到困难 opens help in place); "if you do only one thing today"; then what to say, the other
routes, the hotline, the official page (browser and QR code), how sure we are and the private note.
Every answer is saved at once, and so is the current item, so a reopened checklist lands there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bindguard.core import navigation
from bindguard.core import routes as fit
from bindguard.core.checklist import (
    ChecklistItem,
    ItemKind,
    Status,
    asks_old_number_works,
    old_number_works,
    progress,
)
from bindguard.core.counts import count_words
from bindguard.core.situation import Situation
from bindguard.core.tiers import money_badge, tier_reason
from bindguard.core.words import join_sentences, progress_words, status_label
from bindguard.core.work_order import one_thing_today, work_order
from bindguard.ui.context import AppContext
from bindguard.ui.links import open_external
from bindguard.ui.pages.base import BasePage
from bindguard.ui.store_writes import resync, save
from bindguard.ui.widgets.item_list import item_name
from bindguard.ui.widgets.note_editor import NoteEditor
from bindguard.ui.widgets.page_body import scroll_body
from bindguard.ui.widgets.route_card import entry_info_html, entry_meta_html
from bindguard.ui.work_folds import FoldButton, MorePanel, UndoBar, rich_label
from bindguard.ui.work_parts import ColumnStatusBar, FlowLayout, RouteView, WorkList, say_html


class WorkPage(BasePage):
    page_id = "work"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today()
        self.item: ChecklistItem | None = None
        self._urgent_key = ""
        self._keys: list[str] = []  # the list's order, for 上一项 / 第 3 项
        self._list_dirty = True  # the whole list is filled when it is first looked at (item_list)
        self._shown_for: tuple | None = None  # what enter() last showed (nothing changed: nothing to do)
        self._main_view: RouteView | None = None  # route views are reused from item to item
        self._card_views: list[RouteView] = []
        body = scroll_body(self, spacing=6)
        inner = self  # widgets added to `body` move into the page body, wherever the frame puts it

        # -- the navigator: where am I, previous / next, the whole list on demand, progress --
        self.navigator = QWidget(inner)
        self.navigator.setObjectName("navigator")
        nav = FlowLayout(self.navigator)
        self.prev_button = QPushButton(self.navigator)
        self.prev_button.setObjectName("prevItem")
        self.prev_button.clicked.connect(self.select_previous)
        self.position_label = QLabel(self.navigator)
        self.position_label.setObjectName("itemPosition")
        self.next_item_button = QPushButton(self.navigator)
        self.next_item_button.setObjectName("nextItem")
        self.next_item_button.clicked.connect(self.select_next_open)
        self.list_button = QPushButton(self.navigator)
        self.list_button.setObjectName("showList")
        self.list_button.setCheckable(True)
        self.list_button.toggled.connect(self._show_list)
        self.progress_label = QLabel(self.navigator)
        self.progress_label.setObjectName("progressWords")
        for widget in (self.prev_button, self.position_label, self.next_item_button, self.list_button):
            nav.addWidget(widget)
        self.progress_bar = QProgressBar(inner)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(12)
        progress_row = QHBoxLayout()  # the bar and its words on one line: the item starts higher up
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label)
        body.addWidget(self.navigator)
        body.addLayout(progress_row)

        self.list_panel = QWidget(inner)
        self.list_panel.setObjectName("listPanel")
        panel = QVBoxLayout(self.list_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        self.list_label = QLabel(self.list_panel)
        self.list_label.setWordWrap(True)
        self._item_list = WorkList(self.list_panel)
        self._item_list.setObjectName("itemList")
        self.list_label.setBuddy(self._item_list)
        self._item_list.item_selected.connect(self.select)
        self._item_list.itemActivated.connect(lambda _row: self._close_list())
        self._item_list.itemClicked.connect(lambda _row: self._close_list())
        panel.addWidget(self.list_label)
        panel.addWidget(self._item_list)
        self.list_panel.hide()
        body.addWidget(self.list_panel)

        # -- the item: name, why it matters, the question, the first route, the status buttons --
        self.name_label = rich_label(inner, "itemName")
        self.reason_label = rich_label(inner, "itemReason")
        self.question_label = QLabel(inner)
        self.question_label.setWordWrap(True)
        self.yes_radio = QRadioButton(inner)
        self.no_radio = QRadioButton(inner)
        self.answer = QButtonGroup(self)
        self.answer.addButton(self.yes_radio)
        self.answer.addButton(self.no_radio)
        self.yes_radio.toggled.connect(lambda on: on and self._answer(True))
        self.no_radio.toggled.connect(lambda on: on and self._answer(False))
        self.question_row = QWidget(inner)
        answers = FlowLayout(self.question_row, spacing=16)
        for widget in (self.question_label, self.yes_radio, self.no_radio):
            answers.addWidget(widget)
        self.info_label = rich_label(inner, "itemInfo")
        self.main_route_box = QVBoxLayout()
        self.route_cards: list[RouteView] = []

        self.notice_label = rich_label(inner, "routeNotice")
        self.notice_label.setProperty("class", "warning")
        self.status_bar = ColumnStatusBar(inner)
        self.status_bar.status_chosen.connect(self.set_status)

        self.stuck_panel = QFrame(inner)
        self.stuck_panel.setObjectName("stuckHelp")
        self.stuck_panel.setProperty("class", "warning")
        stuck = QVBoxLayout(self.stuck_panel)
        self.stuck_heading = rich_label(self.stuck_panel, "stuckHeading")
        self.stuck_tip = rich_label(self.stuck_panel, "stuckTip")
        self.stuck_call = rich_label(self.stuck_panel, "stuckCall")
        self.stuck_call.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.stuck_heading, self.stuck_tip, self.stuck_call):
            stuck.addWidget(widget)
        self.stuck_panel.hide()

        self.urgent_frame = QFrame(inner)
        self.urgent_frame.setProperty("class", "notice")
        urgent_row = QHBoxLayout(self.urgent_frame)
        self.urgent_label = rich_label(self.urgent_frame, "urgentLabel")
        self.urgent_button = QPushButton(self.urgent_frame)
        self.urgent_button.setObjectName("urgentButton")
        self.urgent_button.clicked.connect(self._show_urgent)
        urgent_row.addWidget(self.urgent_label, 1)
        urgent_row.addWidget(self.urgent_button)

        # -- folded below, opened in place: 更多办法 (what to say, the other routes, hotline, official
        #    page, how sure) and 备注 (the private note); then "if you do only one thing today" --
        self.undo_bar = UndoBar(inner)
        self.undo_bar.undo_requested.connect(self.undo)
        self.undo_button = self.undo_bar.button
        self.more_button = FoldButton("showMore", inner)
        self.note_button = FoldButton("showNote", inner)
        fold_row = QWidget(inner)
        folds = FlowLayout(fold_row, spacing=12)
        folds.addWidget(self.more_button)
        folds.addWidget(self.note_button)
        self.more_panel = MorePanel(inner)
        self.more_panel.hide()
        self.more_button.toggled.connect(self._fold_more)
        self.note_button.toggled.connect(self._fold_note)
        more = self.more_panel
        self.say_label, self.more_heading, self.routes_box = more.say_label, more.more_heading, more.routes_box
        self.hotline_label, self.meta_label = more.hotline_label, more.meta_label
        self.open_button, self.qr_caption, self.qr_view = more.open_button, more.qr_caption, more.qr_view
        self.open_button.clicked.connect(self._open_official)
        self.note = NoteEditor(lambda: self.ctx.vault, inner)
        self.note.heading.setWordWrap(True)  # its long heading never makes the page wider than 1024 px allow
        self.note.hide()

        body.addWidget(self.undo_bar)
        for widget in (self.name_label, self.reason_label, self.question_row, self.info_label, self.notice_label):
            body.addWidget(widget)
        body.addLayout(self.main_route_box)
        body.addWidget(self.status_bar)
        body.addWidget(self.stuck_panel)
        body.addWidget(fold_row)
        body.addWidget(self.more_panel)
        body.addWidget(self.note)
        body.addWidget(self.urgent_frame)
        body.addStretch(1)
        # Enter presses the focused button through the window (wizard.keyPressEvent); an auto-default
        # button would be painted filled, like a chosen one, whenever it has focus
        self.retranslate()

    # -- the navigator -------------------------------------------------------------------------

    @property
    def item_list(self) -> WorkList:
        """The whole list, filled on first use: moving between items and entering the page cost
        nothing for 150 rows nobody looks at until 全部清单 opens them."""
        if self._list_dirty:
            self._list_dirty = False
            checklist = self.ctx.checklist
            items = [i for i in (checklist.item(k) for k in self._keys) if i is not None] if checklist else []
            self._item_list.fill(items, self.ctx.catalog, self.lang)
            self._sync_list_row()
        return self._item_list

    def _sync_list_row(self) -> None:
        """The list's current row is the shown item (without emitting: the page already shows it)."""
        if self._list_dirty:
            return
        row = self._item_list.row_of(self.item.key) if self.item is not None else None
        if row is not None and row != self._item_list.currentRow():
            self._item_list.blockSignals(True)
            self._item_list.setCurrentRow(row)
            self._item_list.blockSignals(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.list_panel.isVisible():
            self.item_list.fit_height()

    def _show_list(self, shown: bool) -> None:
        self.list_panel.setVisible(shown)
        if shown:
            self.item_list.fit_height()
            self.item_list.setFocus()
            row = self.item_list.currentRow()
            if row >= 0:
                self.item_list.scrollToItem(self.item_list.item(row))

    def _close_list(self) -> None:
        if self.list_button.isChecked():
            self.list_button.setChecked(False)
            self._scroll_to_top()
            self.list_button.setFocus()

    def _update_list_label(self) -> None:
        """全部清单's heading: how many items, what she changed since the door (core.counts), the order."""
        checklist = self.ctx.checklist
        words = count_words(checklist, self.ctx.catalog, self.lang) if checklist is not None else ""
        self.list_label.setText(join_sentences(self.lang, words, self.tr("Your list (most urgent first):")))

    def _update_position(self) -> None:
        checklist = self.ctx.checklist
        items = checklist.items if checklist else []
        count = progress(items)
        self.progress_label.setText(progress_words(items, self.lang))
        self.progress_bar.setMaximum(max(1, count.total))
        self.progress_bar.setValue(count.finished)
        self.progress_bar.setAccessibleDescription(self.progress_label.text())
        key = self.item.key if self.item else ""
        if key in self._keys:
            self.position_label.setText(self.tr("Item {0} of {1}").format(self._keys.index(key) + 1, len(self._keys)))
        else:
            self.position_label.setText("")
        index = self._keys.index(key) if key in self._keys else -1
        self.prev_button.setEnabled(index > 0)
        self.next_item_button.setEnabled(len(self._keys) > 1)

    # -- list ----------------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.ctx.lang

    def _state(self) -> tuple:
        """Everything enter() draws from: the same state again (coming back from another page that
        changed nothing) needs nothing redrawn."""
        checklist = self.ctx.checklist
        if checklist is None:
            return (None, self.lang)
        return (id(checklist), id(self.ctx.catalog), self.lang, checklist.id, checklist.situation, checklist.scope,
                checklist.cancel_date, checklist.suspended_only, checklist.current_item,
                tuple(checklist.discovery_counts.items()),
                tuple((i.key, i.status, i.old_number_works, i.title) for i in checklist.items))

    def enter(self) -> None:
        checklist = self.ctx.checklist
        state = self._state()
        if state == self._shown_for and (checklist is None or self.item is not None):
            self._focus_first()
            return
        self._shown_for = state
        if checklist is None:
            self._keys = []
            self._list_dirty = True
            self._show_item(None)
            return
        items = work_order(checklist, self.ctx.catalog)
        self._keys = [i.key for i in items]
        self._update_list_label()
        self._list_dirty = True
        self._update_urgent()
        key = navigation.start_key(self._keys, checklist)
        if key in self._keys:
            self.select(key)
        else:
            self._show_item(None)
        if self.list_panel.isVisible():
            self.item_list.fit_height()
        self._shown_for = self._state()  # with the position select() saved
        self._focus_first()

    def _focus_first(self) -> None:
        first = self.route_cards[0].label if self.route_cards else self.next_item_button
        first.setFocus()  # the page's first field: the steps, read out by a screen reader

    def leave(self) -> bool:
        self.note.flush()
        return True

    def hideEvent(self, event) -> None:
        self.note.flush()  # closing the window or going to another page never loses a note
        super().hideEvent(event)

    def select(self, key: str, keep_undo: bool = False) -> None:
        checklist = self.ctx.checklist
        item = checklist.item(key) if checklist else None
        if item is None:
            return
        if not keep_undo and self.undo_bar.key:
            self.undo_bar.withdraw()  # she moved on herself: the offer was about the item she left
        if checklist.current_item != key:
            self._save_position(key)
        self._show_item(item)
        self._sync_list_row()

    def _index(self) -> int:
        key = self.item.key if self.item is not None else ""
        return self._keys.index(key) if key in self._keys else -1

    def select_next_open(self) -> None:
        checklist = self.ctx.checklist
        if checklist is None or not self._keys:
            return
        key = navigation.next_open_key(self._keys, checklist, self.item.key if self.item else "")
        if key:
            self.select(key)

    def undo(self) -> None:
        """撤销: the status before the click goes back on disk, and the item is shown again."""
        checklist, key, previous = self.ctx.checklist, self.undo_bar.key, self.undo_bar.previous
        item = checklist.item(key) if checklist and key else None
        if item is None or previous is None:
            self.undo_bar.withdraw()
            return
        if not self._save_status(item, previous):
            return  # not saved: the banner says so, the offer stays
        self.undo_bar.withdraw()
        if not self._list_dirty:
            self._item_list.refresh(item)
        self.select(key)
        self._update_urgent()
        self._update_position()
        self.status_bar.buttons[Status.DONE].setFocus()

    def _fold_more(self, shown: bool) -> None:
        self.more_panel.setVisible(shown)
        if shown:
            self._bring_into_view(self.more_panel)

    def _fold_note(self, shown: bool) -> None:
        self.note.setVisible(shown)
        if shown:
            self._bring_into_view(self.note)
            self.note.edit.setFocus()

    def _bring_into_view(self, widget: QWidget) -> None:
        area = getattr(self, "scroll_area", None)
        if area is not None:
            self.layout().activate()
            area.ensureWidgetVisible(widget, 0, 0)
            area.ensureWidgetVisible(self.more_button if widget is self.more_panel else self.note_button, 0, 20)

    def select_previous(self) -> None:
        index = self._index()
        if index > 0:
            self.select(self._keys[index - 1])
            if not self.prev_button.isEnabled():
                self.next_item_button.setFocus()  # focus never falls off a disabled button

    def _update_urgent(self) -> None:
        checklist = self.ctx.checklist
        self._urgent = one_thing_today(checklist, self.ctx.catalog) if checklist else None
        self._render_urgent()

    def _render_urgent(self) -> None:
        """The "if you do only one thing today" line, for the item now on screen. Cheap on every move:
        no re-ordering, and the label is only set again when its words change."""
        checklist, urgent = self.ctx.checklist, getattr(self, "_urgent", None)
        heading = html.escape(self.tr("If you do only one thing today:"))
        show_button = False
        if urgent is None:
            self._urgent_key = ""
            stuck = checklist is not None and any(i.status is Status.STUCK for i in checklist.items)
            words = (self.tr("Only the items you got stuck on are left: ask a relative to help, or take your "
                             "ID card to the counter.") if stuck else self.tr("Nothing urgent is left. Well done."))
            text = f"<b>{heading}</b> " + html.escape(words)
        else:
            self._urgent_key = urgent.key
            name = html.escape(item_name(urgent, self.ctx.catalog, self.lang))
            if self.item is not None and self.item.key == urgent.key:  # it is already on the screen
                stop = "。" if self.lang == "zh" else ". "
                text = f"<b>{heading}</b> {name}{stop}" + html.escape(
                    self.tr("That is the item you are looking at now."))
            else:
                show_button = True
                text = f"<b>{heading}</b> {name}"
        if self.urgent_button.isVisibleTo(self) != show_button:
            self.urgent_button.setVisible(show_button)
        if text != self.urgent_label.text():
            self.urgent_label.setText(text)
            if urgent is not None:
                self.urgent_button.setAccessibleDescription(self.tr("Show: {0}").format(
                    item_name(urgent, self.ctx.catalog, self.lang)))

    def _show_urgent(self) -> None:
        if self._urgent_key:
            self.select(self._urgent_key)
            self._scroll_to_top()

    def _scroll_to_top(self) -> None:
        area = getattr(self, "scroll_area", None)  # set by the frame; a bare page (benchmarks) has none
        if area is not None:
            area.verticalScrollBar().setValue(0)

    # -- writes (each saved before the handler returns; the store helper's one write path wraps
    #    the store call of each: write first, then change what the page shows, False if not saved) --

    # Every write goes through store_writes.save(): the item changes only once the disk has it; on a
    # failure the banner says so and resync() puts what the disk holds back on the screen.

    def _resync(self) -> None:
        self._shown_for = None  # the disk may differ from what is drawn: draw it all again
        resync(self)

    def _save_position(self, key: str) -> bool:
        checklist = self.ctx.checklist
        if checklist.id is not None and not save(
                self, lambda: self.ctx.store.set_position(checklist.id, self.page_id, key)):
            return False
        checklist.current_item = key
        return True

    def _save_status(self, item: ChecklistItem, status: Status) -> bool:
        checklist = self.ctx.checklist
        if checklist.id is not None and not save(
                self, lambda: self.ctx.store.set_status(checklist.id, item.key, status), self._resync):
            return False
        item.status = status
        return True

    def _save_answer(self, item: ChecklistItem, works: bool) -> bool:
        checklist = self.ctx.checklist
        if checklist.id is not None and not save(self, lambda: self.ctx.store.update_item(
                checklist.id, dataclasses.replace(item, old_number_works=works)), self._resync):
            return False
        item.old_number_works = works
        return True

    # -- the selected item ---------------------------------------------------------------------

    def set_status(self, status: Status) -> None:
        """Saved to the store before this returns: the click is the save. Focus stays on the button."""
        checklist, item = self.ctx.checklist, self.item
        if checklist is None or item is None:
            return
        previous = item.status
        if not self._save_status(item, status):
            return  # not saved: the page keeps showing what the disk holds
        if not self._list_dirty:
            self._item_list.refresh(item)
        if status in (Status.DONE, Status.NOT_APPLICABLE) and previous is not status:
            following = navigation.next_open_key(self._keys, checklist, item.key)
            if following:  # on to the next open item, with 撤销 offered at the top
                name = item_name(item, self.ctx.catalog, self.lang)
                self.select(following, keep_undo=True)
                self.undo_bar.offer(item.key, previous, name, status_label(status, item.kind, self.lang))
                self._update_urgent()
                self._fix_tab_order()
                self._focus_first()
                return
        self._update_reason(item)  # "do this one first" goes once it is done
        self._update_urgent()
        self._update_position()
        self._update_stuck(item)
        self._fix_tab_order()

    def _answer(self, works: bool) -> None:
        checklist, item = self.ctx.checklist, self.item
        if checklist is None or item is None or item.old_number_works is works:
            return
        if not self._save_answer(item, works):
            return
        self._show_routes(item)

    def _asks_question(self, item: ChecklistItem) -> bool:
        checklist = self.ctx.checklist
        return checklist is not None and asks_old_number_works(checklist.situation, item)

    def _update_reason(self, item: ChecklistItem) -> None:
        self.reason_label.setText(self._reason(item))
        self.reason_label.setVisible(bool(self.reason_label.text()))

    def _reason(self, item: ChecklistItem) -> str:
        """Why it matters, in one line: the tier's reason (core.tiers.tier_reason)."""
        checklist = self.ctx.checklist
        situation = checklist.situation if checklist is not None else None
        text = tier_reason(item, self.ctx.catalog, self.lang, situation)
        if not text and item.kind is ItemKind.DISCOVERY:
            text = self.tr("This finds the accounts you may have forgotten.")
        if not text and item.kind is ItemKind.CARRIER:
            text = self.tr("A step with your phone company.")
        parts = []
        if money_badge(item, self.ctx.catalog) and item.status.is_open:
            if situation is Situation.RECYCLED and item.kind is ItemKind.PLATFORM:  # someone else's money
                stake = self.tr("Someone else's money may be on it: do this one first, and touch nothing in it.")
            else:
                stake = self.tr("Money is at stake: do this one first.")
            parts.append(f"<b>⚠ {html.escape(stake)}</b>")
        if text:
            parts.append(html.escape(text))
        return " ".join(parts)

    def _show_item(self, item: ChecklistItem | None) -> None:
        self.note.flush()
        self.item = item
        self._render_urgent()
        has_item = item is not None
        for widget in (self.status_bar, self.reason_label, self.more_button, self.note_button):
            widget.setVisible(has_item)
        self.more_button.setChecked(False)  # each item starts folded: its first screen is the point
        self._update_position()
        if item is None:
            self.name_label.setText(html.escape(self.tr("Nothing to work on yet.")))
            for widget in (self.meta_label, self.question_row, self.info_label, self.hotline_label, self.open_button,
                           self.qr_caption, self.qr_view, self.say_label, self.more_heading, self.stuck_panel,
                           self.notice_label):
                widget.hide()
            self.note_button.setChecked(False)
            self._clear_routes()
            return
        entry = self.ctx.catalog.entry(item.ref) if item.ref else None
        name = item_name(item, self.ctx.catalog, self.lang)
        money = ""
        if money_badge(item, self.ctx.catalog):
            badge = html.escape(self.tr("Money"))
            money = f" <span style='font-size:small'>【{badge}】</span>" if self.lang == "zh" else \
                f" <span style='font-size:small'>[{badge}]</span>"
        self.name_label.setText(f"<h2 style='margin:0'>{html.escape(name)}{money}</h2>")
        self._update_reason(item)
        situation = self.ctx.checklist.situation if self.ctx.checklist else None
        self.meta_label.setText(entry_meta_html(entry, self.lang, self.today, situation))
        self.meta_label.setVisible(entry is not None)
        asks = self._asks_question(item)
        self.question_row.setVisible(asks)
        if asks:
            works = old_number_works(self.ctx.checklist, item)
            for radio in (self.yes_radio, self.no_radio):
                radio.blockSignals(True)
            (self.yes_radio if works else self.no_radio).setChecked(True)
            for radio in (self.yes_radio, self.no_radio):
                radio.blockSignals(False)
        self.info_label.setText(entry_info_html(item, entry, self.lang, "first"))
        self.info_label.setVisible(bool(self.info_label.text()))
        self.more_panel.info_label.setText(entry_info_html(item, entry, self.lang, "rest"))
        self.more_panel.info_label.setVisible(bool(self.more_panel.info_label.text()))
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
        self.note_button.setChecked(bool(self.note.edit.toPlainText().strip()))  # a written note shows
        self._show_routes(item)
        self.more_button.setVisible(any(not w.isHidden() for w in (
            self.say_label, self.hotline_label, self.open_button, self.meta_label, self.more_panel.info_label))
            or len(self.route_cards) > 1)
        self._scroll_to_top()

    def _clear_routes(self) -> None:
        for card in self.route_cards:
            card.hide()  # kept for the next item: only their text changes
        self.route_cards = []

    def _show_routes(self, item: ChecklistItem) -> None:
        """The ways that fit the situation (core/routes.py): the first in the main column, the
        others further down, or in the help 遇到困难 opens."""
        checklist = self.ctx.checklist
        if checklist is None:
            self._clear_routes()
            return
        before, self.route_cards = self.route_cards, []
        plan = fit.plan_routes(checklist, item, self.ctx.catalog)
        # "change the number / without a code" only means something for accounts and cards
        show_kind = item.kind in (ItemKind.PLATFORM, ItemKind.BANK_CARD)
        others = iter(self._card_views)
        for offered in plan.routes:
            main = offered.number == 1
            card = self._main_view if main else next(others, None)
            if card is None:
                card = RouteView(offered, self.lang, show_kind, main=main, parent=self)
                if main:
                    self._main_view = card
                    self.main_route_box.addWidget(card)
                else:
                    self._card_views.append(card)
                    self.routes_box.addWidget(card)
            else:
                card.set_offered(offered, self.lang, show_kind)
            if main and card.isHidden():
                card.show()
            self.route_cards.append(card)
        for card in before:
            if card not in self.route_cards:
                card.hide()  # kept for a later item (a hide and show again would lay it out twice)
        notice = plan.notice.get(self.lang) if plan.notice is not None else ""
        if not plan.usable and plan.instead:
            names = [self.ctx.catalog.discovery[i].name.get(self.lang) for i in plan.instead
                     if i in self.ctx.catalog.discovery]
            notice += (" 可以改用：" + "、".join(names) + "。") if self.lang == "zh" else \
                (" Use instead: " + ", ".join(names) + ".")
        lines = [f"⚠ {html.escape(notice)}"] if notice else []
        if plan.several is not None:  # several accounts on one number: check each (not a warning sign)
            lines.append(f"<b>{html.escape(plan.several.get(self.lang))}</b>")
        self.notice_label.setText("<br>".join(lines))
        self.notice_label.setVisible(bool(lines))
        first = plan.first
        self.say_label.setText(say_html(first.route, self.lang) if first is not None else "")
        self.say_label.setVisible(bool(self.say_label.text()))
        self._update_stuck(item)
        self._fix_tab_order()

    def _update_stuck(self, item: ChecklistItem) -> None:
        """遇到困难 opens the help in place, right under the status buttons: the tip (ask a relative,
        go to the counter), the hotline and what to say (core.routes.stuck_help); the other ways stay
        folded under 更多办法, which the help points to."""
        stuck = item.status is Status.STUCK and self.ctx.checklist is not None
        others = self.route_cards[1:]
        for card in others:
            if card.isHidden():
                card.show()
        self.stuck_panel.setVisible(stuck)
        self.more_heading.setVisible(bool(others))
        if not stuck:
            return
        help_ = fit.stuck_help(self.ctx.checklist, item, self.ctx.catalog, self.lang)
        heading = self.tr("Stuck? You can still do it:")
        self.stuck_heading.setText(f"<b>⚠ {html.escape(heading)}</b>")
        self.stuck_tip.setText(html.escape(help_.tip))
        call = []
        if help_.hotline:
            words = self.tr("Call the hotline:")
            call.append(f"☎ {html.escape(words)} <b>{html.escape(help_.hotline)}</b>")
        if help_.say:
            words = self.tr("On the phone or at the counter, say:")
            call.append(f"{html.escape(words)}"
                        f"<blockquote>“{html.escape(help_.say)}”</blockquote>")
        if others:
            words = self.tr("The other ways to do it are under “{0}” below.").format(self.more_button.accessibleName())
            call.append(f"<b>{html.escape(words)}</b>")
        self.stuck_call.setText("<br>".join(call))
        self.stuck_call.setVisible(bool(call))

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.prev_button, self.next_item_button, self.list_button, self._item_list,
                                self.undo_button, self.yes_radio, self.no_radio]
        chain += [card.label for card in self.route_cards[:1]]
        chain += list(self.status_bar.buttons.values())
        chain.append(self.more_button)
        chain += [card.label for card in self.route_cards[1:]]
        chain += [self.open_button, self.note_button, self.note.edit, self.note.mask_button,
                  self.note.reset_button, self.urgent_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _open_official(self) -> None:
        entry = self.ctx.catalog.entry(self.item.ref) if self.item and self.item.ref else None
        if entry is not None and entry.url:
            open_external(entry.url, self)

    def retranslate(self) -> None:
        self.prev_button.setText(self.tr("← Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous item"))
        self.prev_button.setAccessibleDescription(self.tr("Go to the item before this one"))
        self.next_item_button.setText(self.tr("Next item →"))
        self.next_item_button.setAccessibleName(self.tr("Next item"))
        self.next_item_button.setAccessibleDescription(self.tr("Go to the next item that is not finished"))
        self.list_button.setText(self.tr("Whole list"))
        self.list_button.setAccessibleName(self.tr("Whole list"))
        self.list_button.setAccessibleDescription(self.tr("Show or hide every item of the checklist"))
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.urgent_button.setText(self.tr("Show it"))
        self.urgent_button.setAccessibleName(self.tr("Show the most urgent item"))
        self._update_list_label()
        self._item_list.setAccessibleName(self.tr("Your list"))
        self._item_list.setAccessibleDescription(self.tr("Use the arrow keys to choose an item"))
        self.question_label.setText(self.tr("Does the old number still receive SMS codes?"))
        self.yes_radio.setText(self.tr("Yes"))  # short: the question and its answers share one line
        self.no_radio.setText(self.tr("No"))
        self.yes_radio.setAccessibleName(self.tr("Yes, it still gets SMS"))
        self.no_radio.setAccessibleName(self.tr("No, it gets no SMS any more"))
        self.yes_radio.setAccessibleDescription(self.tr("Show the normal way first"))
        self.no_radio.setAccessibleDescription(self.tr("Show the ways that need no code first"))
        self.open_button.setText(self.tr("Open the official page"))
        self.open_button.setAccessibleName(self.tr("Open the official page"))
        self.qr_caption.setText(self.tr("Or scan this code with your phone to open the same page there."))
        self.qr_view.setAccessibleName(self.tr("QR code of the official page"))
        self.status_bar.setAccessibleName(self.tr("When you have finished with this item, choose one:"))
        more = self.tr("Other ways to do it:")
        self.more_heading.setText(f"<b>{html.escape(more)}</b>")
        self.more_button.set_words(self.tr("More ways and the hotline"), self.tr(
            "Opens here: what to say, the other ways, the hotline, the official page and how sure we are"))
        self.note_button.set_words(self.tr("My note"), self.tr("Opens your private note for this item"))
        self.note.retranslate(self.lang)
        self.undo_bar.retranslate()
        if self.ctx.checklist is not None and self.isVisible():
            self.enter()
