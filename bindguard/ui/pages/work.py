"""Page 7, 逐项处理: the current item is the page (issue 20: its first screen is the point).

One column that scrolls as one: the navigator in one row (上一项 · 第 3 项，共 15 项 over the progress
words · 下一项 · 全部清单, a thin progress bar; ui/work_widgets.py); the item's name and why it matters;
does the old number still receive SMS (saved per item); the first way's needs and steps; the help
遇到困难 opens in place (scrolled to). Folded below, opened in place (ui/work_folds.py): 更多办法 (what
to say, the other ways, the hotline, the official page and QR code, how sure we are) and 我的备注 (the
private note); then "if you do only one thing today". The status buttons are the page's `footer`,
always on screen (work_folds.WorkFooter). 已完成 / 没有这个账号 move on to the next open item and offer
撤销 there. Every answer is saved at once, and so is the current item, so a reopened checklist lands there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import itertools

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
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
from bindguard.core.report import item_name
from bindguard.core.tiers import money_badge
from bindguard.core.words import join_sentences, progress_words, status_label
from bindguard.core.work_order import one_thing_today, work_order
from bindguard.ui import work_widgets as parts
from bindguard.ui.context import AppContext
from bindguard.ui.links import open_external
from bindguard.ui.pages.base import BasePage
from bindguard.ui.store_writes import resync, save
from bindguard.ui.widgets.note_editor import NoteEditor
from bindguard.ui.widgets.page_body import scroll_body
from bindguard.ui.widgets.read_aloud import SLOW_SETTING, ReadAloud, mark_step
from bindguard.ui.widgets.route_card import entry_info_html, entry_meta_html
from bindguard.ui.work_folds import FoldButton, MorePanel, WorkFooter, rich_label, scroll_into_view
from bindguard.ui.work_parts import FlowLayout, RouteView, WorkList, say_html


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
        self._top_for: QWidget | None = None  # the focus _focus_first gave, until the frame scrolled to it
        QApplication.instance().focusChanged.connect(self._keep_top)
        body = scroll_body(self, spacing=4)
        inner = self  # widgets added to `body` move into the page body, wherever the frame puts it

        # -- the navigator: where am I, previous / next, progress, the whole list on demand --
        nav = self.nav = parts.WorkNavigator(inner)
        self.navigator, self.prev_button, self.position_label = nav.row, nav.prev_button, nav.position_label
        self.next_item_button, self.list_button, self.progress_label = nav.next_button, nav.list_button, \
            nav.progress_label
        self.progress_bar, self.list_panel, self.list_label, self._item_list = \
            nav.progress_bar, nav.list_panel, nav.list_label, nav.item_list
        self.prev_button.clicked.connect(self.select_previous)
        self.next_item_button.clicked.connect(self.select_next_open)
        self.list_button.toggled.connect(self._show_list)
        self._item_list.item_selected.connect(self.select)
        self._item_list.itemActivated.connect(lambda _row: self._close_list())
        self._item_list.itemClicked.connect(lambda _row: self._close_list())
        body.addWidget(nav)

        # -- the item: name, why it matters, the question, the first route, the status buttons --
        self.name_label = rich_label(inner, "itemName")
        self.reason_label = rich_label(inner, "itemReason")
        self.read_aloud = ReadAloud(lambda: self.lang, self._speech_script, self._slow_speech, inner)
        self.read_aloud.step_changed.connect(lambda n: self.route_cards and mark_step(self.route_cards[0].label, n))
        self.question_row = parts.SmsQuestion(inner)
        self.question_label, self.yes_radio, self.no_radio = self.question_row.label, self.question_row.yes, \
            self.question_row.no
        self.question_row.answered.connect(self._answer)
        self.info_label = rich_label(inner, "itemInfo")
        self.main_route_box = QVBoxLayout()
        self.route_cards: list[RouteView] = []

        self.notice_label = rich_label(inner, "routeNotice")
        self.notice_label.setProperty("class", "warning")
        self.footer = WorkFooter(self)  # the status buttons and 撤销: the frame puts it under the scroll area
        self.status_bar, self.undo_bar = self.footer.status_bar, self.footer.undo_bar
        self.status_bar.status_chosen.connect(self.set_status)

        self.stuck_panel = parts.StuckPanel(inner)
        self.stuck_heading, self.stuck_tip, self.stuck_call = (
            self.stuck_panel.heading, self.stuck_panel.tip, self.stuck_panel.call)
        self.urgent_frame = parts.UrgentLine(inner)
        self.urgent_label, self.urgent_button = self.urgent_frame.label, self.urgent_frame.button
        self.help_read_aloud = ReadAloud(lambda: self.lang, self._help_script, self._slow_speech,
                                         self.stuck_panel)
        self.stuck_panel.layout().insertWidget(1, self.help_read_aloud)
        self.urgent_button.clicked.connect(self._show_urgent)

        # -- folded below, opened in place: 更多办法 (what to say, the other routes, hotline, official
        #    page, how sure) and 备注 (the private note); then "if you do only one thing today" --
        self.undo_bar.undo_requested.connect(self.undo)
        self.undo_button = self.undo_bar.button
        self.more_button = FoldButton("showMore", inner)
        self.note_button = FoldButton("showNote", inner)
        fold_row = QWidget(inner)
        folds = FlowLayout(fold_row, spacing=12)
        for widget in (self.more_button, self.note_button):
            folds.addWidget(widget)
        self.more_panel = MorePanel(inner)
        self.more_panel.hide()
        self.more_button.toggled.connect(lambda on: self._fold(self.more_panel, self.more_button, on))
        self.note_button.toggled.connect(lambda on: self._fold(self.note, self.note_button, on))
        more = self.more_panel
        self.say_label, self.more_heading, self.routes_box = more.say_label, more.more_heading, more.routes_box
        self.hotline_label, self.meta_label = more.hotline_label, more.meta_label
        self.open_button, self.qr_caption, self.qr_view = more.open_button, more.qr_caption, more.qr_view
        self.open_button.clicked.connect(self._open_official)
        self.note = NoteEditor(lambda: self.ctx.vault, inner)
        self.note.heading.setWordWrap(True)  # its long heading never makes the page wider than 1024 px allow
        self.note.hide()

        name_row = QHBoxLayout()  # 朗读 beside the name: the first screen keeps its line
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.read_aloud)
        body.addLayout(name_row)
        for widget in (self.reason_label, self.question_row, self.info_label, self.notice_label):
            body.addWidget(widget)
        body.addLayout(self.main_route_box)
        for widget in (self.stuck_panel, fold_row, self.more_panel, self.note, self.urgent_frame):
            body.addWidget(widget)
        body.addStretch(1)
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
            with QSignalBlocker(self._item_list):
                self._item_list.setCurrentRow(row)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.list_panel.isVisible():
            self.item_list.fit_height()

    def _show_list(self, shown: bool) -> None:
        self.list_panel.setVisible(shown)
        if shown:
            self.item_list.fit_height()
            self.item_list.setFocus()
            if (row := self.item_list.currentRow()) >= 0:
                self.item_list.scrollToItem(self.item_list.item(row))

    def _close_list(self) -> None:
        if self.list_button.isChecked():
            self.list_button.setChecked(False)
            self._scroll_to_top()
            self.list_button.setFocus()

    def _update_list_label(self) -> None:
        """全部清单's heading: how many items, what she changed since the door (core.counts), the order."""
        checklist = self.ctx.checklist
        words = count_words(checklist, self.lang) if checklist is not None else ""
        self.list_label.setText(join_sentences(self.lang, words, self.tr("Your list (most urgent first):")))

    def _update_position(self) -> None:
        checklist = self.ctx.checklist
        items = checklist.items if checklist else []
        count = progress(items)
        self.progress_label.setText(progress_words(items, self.lang))
        self.progress_bar.setMaximum(max(1, count.total))
        self.progress_bar.setValue(count.finished)
        self.progress_bar.setAccessibleDescription(self.progress_label.text())
        index = self._index()
        self.position_label.setText(self.tr("Item {0} of {1}").format(index + 1, len(self._keys)) if index >= 0 else "")
        self.prev_button.setEnabled(index > 0)
        self.next_item_button.setEnabled(len(self._keys) > 1)

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
        self.select(key) if key in self._keys else self._show_item(None)
        if self.list_panel.isVisible():
            self.item_list.fit_height()
        self._shown_for = self._state()  # with the position select() saved
        self._focus_first()

    def _focus_first(self) -> None:
        first = self.route_cards[0].label if self.route_cards else self.next_item_button
        # the page's first field: the steps, read out by a screen reader; the frame scrolls the focus into
        # view (the steps' end), so once it has, the page goes back to the top: read from the name down
        self._top_for = None if first.hasFocus() else first
        first.setFocus()
        self._scroll_to_top()

    def _keep_top(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._top_for is not None and new is self._top_for:  # after the frame's own (connected first)
            self._scroll_to_top()
        self._top_for = None

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
        if not self._save_item(item, status=previous):
            return  # not saved: the banner says so, the offer stays
        self.undo_bar.withdraw()
        if not self._list_dirty:
            self._item_list.refresh(item)
        self.select(key)
        self._update_urgent()
        self._update_position()
        self.status_bar.buttons[Status.DONE].setFocus()

    def _fold(self, panel: QWidget, button: QWidget, shown: bool) -> None:
        """Open (or close) a folded part in place, scrolled so that its button and its start show."""
        panel.setVisible(shown)
        area = getattr(self, "scroll_area", None)
        if shown and area is not None:
            self.layout().activate()
            area.ensureWidgetVisible(panel, 0, 0)
            area.ensureWidgetVisible(button, 0, 20)
        if shown and panel is self.note:
            self.note.edit.setFocus()

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
        """The "if you do only one thing today" line, for the item now on screen (no re-ordering)."""
        checklist, urgent = self.ctx.checklist, getattr(self, "_urgent", None)
        self._urgent_key = urgent.key if urgent is not None else ""
        name = item_name(urgent, self.ctx.catalog, self.lang) if urgent is not None else None
        on_screen = urgent is not None and self.item is not None and self.item.key == urgent.key
        stuck = checklist is not None and any(i.status is Status.STUCK for i in checklist.items)
        self.urgent_frame.render(name, on_screen, stuck, self.lang)

    def _show_urgent(self) -> None:
        if self._urgent_key:
            self.select(self._urgent_key)
            self._scroll_to_top()

    def _scroll_to_top(self) -> None:
        area = getattr(self, "scroll_area", None)  # set by the frame; a bare page (benchmarks) has none
        if area is not None:
            area.verticalScrollBar().setValue(0)

    # -- writes, each through store_writes.save() before the handler returns: the item changes only
    #    once the disk has it (False if not saved); on a failure the banner says so and resync() puts
    #    what the disk holds back on the screen --

    def _resync(self) -> None:
        shown = self.item.key if self.item is not None else ""
        self._shown_for = None  # the disk may differ from what is drawn: draw it all again
        resync(self)
        # a failed click never moves her to another item (on a full disk the position she chose was
        # not saved either, and enter() would go back to the last saved one)
        checklist = self.ctx.checklist
        kept = checklist.item(shown) if checklist is not None and shown else None
        if kept is not None and shown in self._keys and (self.item is None or self.item.key != shown):
            self._show_item(kept)
            self._sync_list_row()

    def _save_position(self, key: str) -> bool:
        checklist = self.ctx.checklist
        if checklist.id is not None and not save(
                self, lambda: self.ctx.store.set_position(checklist.id, self.page_id, key)):
            return False
        checklist.current_item = key
        return True

    def _save_item(self, item: ChecklistItem, **change) -> bool:
        """A status or an answer: the item's row written whole (set_status for a status alone)."""
        checklist, store = self.ctx.checklist, self.ctx.store
        status_only = set(change) == {"status"}
        if checklist.id is not None and not save(self, lambda: store.set_status(
                checklist.id, item.key, change["status"]) if status_only else store.update_item(
                checklist.id, dataclasses.replace(item, **change)), self._resync):
            return False
        for name, value in change.items():
            setattr(item, name, value)
        return True

    # -- the selected item ---------------------------------------------------------------------

    def set_status(self, status: Status) -> None:
        """Saved to the store before this returns: the click is the save. Focus stays on the button."""
        checklist, item = self.ctx.checklist, self.item
        if checklist is None or item is None:
            return
        previous = item.status
        if not self._save_item(item, status=status):
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
        if status is Status.STUCK:  # the help opened in place, above the buttons: scrolled into view
            scroll_into_view(self, self.stuck_panel)

    def _answer(self, works: bool) -> None:
        checklist, item = self.ctx.checklist, self.item
        if checklist is None or item is None or item.old_number_works is works:
            return
        if not self._save_item(item, old_number_works=works):
            return
        self._show_routes(item)

    def _asks_question(self, item: ChecklistItem) -> bool:
        checklist = self.ctx.checklist
        return checklist is not None and asks_old_number_works(checklist.situation, item)

    def _update_reason(self, item: ChecklistItem) -> None:
        self.reason_label.setText(self._reason(item))
        self.reason_label.setVisible(bool(self.reason_label.text()))

    def _reason(self, item: ChecklistItem) -> str:
        checklist = self.ctx.checklist
        return parts.reason_html(item, self.ctx.catalog, checklist.situation if checklist else None, self.lang)

    def _show_item(self, item: ChecklistItem | None) -> None:
        self.note.flush()
        self.read_aloud.stop()  # the voice reads the item on screen, or nothing
        self.read_aloud.setVisible(item is not None)
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
            self.question_row.show_answer(old_number_works(self.ctx.checklist, item))
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
        self.notice_label.setText(parts.notice_html(plan, self.ctx.catalog, self.lang))
        self.notice_label.setVisible(bool(self.notice_label.text()))
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
        if stuck:
            help_ = fit.stuck_help(self.ctx.checklist, item, self.ctx.catalog, self.lang)
            self.stuck_panel.show_help(help_, self.more_button.accessibleName() if others else "")

    _speech_script = parts.item_speech  # what 朗读 reads (issue 25), with the page's other words
    _help_script = parts.help_speech

    def _slow_speech(self) -> bool:
        return self.ctx.store.get_setting(SLOW_SETTING) == "1"

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
        self.nav.retranslate()
        self.urgent_frame.retranslate()
        self._update_list_label()
        self.question_row.retranslate()
        self.more_panel.retranslate()
        self.status_bar.setAccessibleName(self.tr("When you have finished with this item, choose one:"))
        more = self.tr("Other ways to do it:")
        self.more_heading.setText(f"<b>{html.escape(more)}</b>")
        self.more_button.set_words(self.tr("More ways and the hotline"), self.tr(
            "Opens here: what to say, the other ways, the hotline, the official page and how sure we are"))
        self.note_button.set_words(self.tr("My note"), self.tr("Opens your private note for this item"))
        self.note.retranslate(self.lang)
        self.undo_bar.retranslate()
        self.read_aloud.retranslate()
        self.help_read_aloud.retranslate()
        if self.ctx.checklist is not None and self.isVisible():
            self.enter()
