"""Page 5, 选择账号: the catalog by category as checkable tiles, search as you type, money-risk and
"一证通查 covers this" badges, and the user's own items.

Every tick adds or removes the item in the store at once. The tiles are rows of one list, built
once the first time the page is shown; a keystroke in the search box only hides and shows rows
(PRODUCT.md §6: one keystroke within one frame for 500 entries; separate widgets per tile cost
about 1 ms each to show again, rows cost microseconds). Space ticks the current row.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bindguard.core.checklist import ItemKind, custom_item, platform_item
from bindguard.core.discovery_counts import YZT2
from bindguard.core.doors import accounts_shown, list_line, with_money_side
from bindguard.core.errors import BindGuardError
from bindguard.core.routes import discovery_usable
from bindguard.core.situation import Scope, Situation, accounts_question
from bindguard.ui import theme
from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage
from bindguard.ui.store_writes import resync, save
from bindguard.ui.widgets.enter_key import enter_presses
from bindguard.ui.widgets.page_body import error_label, say_limit, show_error, tab_chain, wrapped
from bindguard.ui.widgets.search_box import SearchBox
from bindguard.ui.widgets.wrap_button import WrapCheckBox

KEY_ROLE = Qt.ItemDataRole.UserRole
HEADING = "heading:"
CUSTOM_HEADING = "heading:_custom"


class AccountsPage(BasePage):
    page_id = "accounts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: dict[str, QListWidgetItem] = {}  # platform id or custom item key -> row
        self.headings: dict[str, QListWidgetItem] = {}  # category id -> heading row
        self._category_rows: dict[str, list[str]] = {}
        self._hidden: dict[int, bool] = {}
        self._syncing = False
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        top = QHBoxLayout()
        self.search_label = QLabel(self)
        self.search = SearchBox("accountSearch", self)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(self.apply_filter)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.search.clear_button)
        body.addLayout(top)
        self.show_all = WrapCheckBox(self)
        self.show_all.setObjectName("showAll")
        self.show_all.toggled.connect(self.apply_filter)
        # not beside the check box: the count and the door's "清单上有 11 项，大约要…" there made the page
        # wider than a 1024 px screen in large text and squeezed the box's words
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("chosenCount")
        self.chosen_label.setProperty("class", "muted")
        self.chosen_label.setWordWrap(True)
        body.addWidget(self.show_all)
        # how many items the whole list has and roughly how long (core doors.list_line), beside how many
        # are chosen: one line above the list, wrapping rather than widening the page (issue 20: the
        # two on lines of their own left the list three rows at 1024x768 in large text)
        self.list_summary = wrapped(self, "muted", "listSummary")
        counts = QHBoxLayout()
        counts.setSpacing(16)
        counts.addWidget(self.chosen_label)
        counts.addWidget(self.list_summary, 1)
        body.addLayout(counts)

        self.list = QListWidget(self)
        self.list.setObjectName("accountList")
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(False)
        self.list.itemChanged.connect(self._item_changed)
        body.addWidget(self.list, 1)
        self.nothing_found = wrapped(self, "muted", "nothingFound")
        body.addWidget(self.nothing_found)

        # one row, its question as the label: a heading line of its own took the height of a list row,
        # and on a 1024x768 screen in large text the list showed only three rows
        row = QHBoxLayout()
        self.custom_label = QLabel(self)
        self.custom_label.setObjectName("customHeading")
        self.custom_edit = QLineEdit(self)
        self.custom_edit.setObjectName("customName")
        self.custom_edit.setMaxLength(40)
        self.custom_edit.textChanged.connect(lambda: say_limit(self.custom_edit, self.custom_error, self.ctx.lang))
        self.custom_label.setBuddy(self.custom_edit)
        self.custom_add = QPushButton(self)
        self.custom_add.setObjectName("customAdd")
        self.custom_add.clicked.connect(self.add_custom)
        enter_presses(self.custom_edit, self.add_custom)  # Enter: 添加, not 下一步 (widgets/enter_key.py)
        row.addWidget(self.custom_label)
        row.addWidget(self.custom_edit, 1)
        row.addWidget(self.custom_add)
        body.addLayout(row)
        self.custom_error = error_label(self, "customError")
        body.addWidget(self.custom_error)
        self.custom_note = wrapped(self, "ok", "customAdded")
        self.custom_note.hide()
        body.addWidget(self.custom_note)
        tab_chain([self.search, self.search.clear_button, self.show_all, self.list, self.custom_edit, self.custom_add])
        self.retranslate()

    def title(self) -> str:
        checklist = self.ctx.checklist
        return accounts_question(checklist.situation if checklist else Situation.CANCEL_SOON).get(self.ctx.lang)

    # -- building ----------------------------------------------------------------------------------

    def _heading_row(self, key: str) -> QListWidgetItem:
        row = QListWidgetItem()
        row.setData(KEY_ROLE, key)
        row.setFlags(Qt.ItemFlag.NoItemFlags)  # the arrow keys skip headings
        row.setForeground(QBrush(QColor(theme.TEXT)))
        row.setBackground(QBrush(QColor(theme.SIDEBAR)))
        return row

    def _tile_row(self, key: str, checked: bool) -> QListWidgetItem:
        row = QListWidgetItem()
        row.setData(KEY_ROLE, key)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return row

    def _build_rows(self) -> None:
        """Once: a heading row per category, a tile row per platform, in category order."""
        catalog = self.ctx.catalog
        self._syncing = True
        for category in catalog.sorted_categories():
            platforms = catalog.platforms_in(category.id)
            if not platforms:
                continue
            heading = self._heading_row(HEADING + category.id)
            self.headings[category.id] = heading
            self.list.addItem(heading)
            self._category_rows[category.id] = []
            for platform in platforms:
                row = self._tile_row(platform.id, False)
                self.items[platform.id] = row
                self._category_rows[category.id].append(platform.id)
                self.list.addItem(row)
        self.custom_heading_row = self._heading_row(CUSTOM_HEADING)
        self.list.addItem(self.custom_heading_row)
        self._syncing = False
        self._retranslate_rows()

    def _add_custom_row(self, key: str, title: str) -> None:
        self._syncing = True
        row = self._tile_row(key, True)
        row.setText(title)
        row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Your own item; untick to remove it"))
        self.items[key] = row
        self.list.addItem(row)
        self._syncing = False
        self._restyle()

    def enter(self) -> None:
        if not self.headings:
            self._build_rows()
        checklist = self.ctx.checklist
        chosen = checklist.selected_refs(ItemKind.PLATFORM) if checklist else set()
        self._syncing = True
        for key in [k for k in self.items if k.startswith("custom:")]:
            row = self.items.pop(key)
            self.list.takeItem(self.list.row(row))
        for key, row in self.items.items():
            row.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        self._syncing = False
        for item in checklist.items if checklist else []:
            if item.kind is ItemKind.CUSTOM:
                self._add_custom_row(item.key, item.title)
        self._restyle()
        essential = checklist is not None and checklist.scope is Scope.ESSENTIAL
        self.show_all.setVisible(essential)
        self.show_all.setChecked(not essential)
        self._hidden.clear()
        self.custom_note.hide()
        self.apply_filter()
        self._update_count()

    def _restyle(self) -> None:
        """Row fonts and heights follow the text size (it may have changed since the rows were built)."""
        for key, row in [*self.items.items(), *((h.data(KEY_ROLE), h) for h in self.headings.values()),
                         (CUSTOM_HEADING, self.custom_heading_row)]:
            heading = str(key).startswith(HEADING)
            font = QFont(self.font())
            font.setBold(heading)
            row.setFont(font)
            # 5 rows at 1024x728; a row she ticks is at least 60 px tall in large text (theme.TARGET_PX)
            row.setSizeHint(QSize(0, round(font.pointSizeF() * 2.6) if heading else theme.row_height(
                font.pointSizeF(), 2.7)))
        # never fewer than four whole rows to choose from: on a short screen in large text the page
        # scrolls instead (the "not in the list" row goes below, one scroll away)
        row_height = theme.row_height(QFont(self.font()).pointSizeF(), 2.7) + 2 * self.list.spacing()
        self.list.setMinimumHeight(4 * row_height + 2 * self.list.frameWidth() + 4)

    # -- filtering ---------------------------------------------------------------------------------

    def is_shown(self, key: str) -> bool:
        row = self.items.get(key) or self.headings.get(key)
        return row is not None and not row.isHidden()

    def apply_filter(self, *_args: object) -> None:
        """Show the rows core.doors.accounts_shown gives (the search; for 只做最要紧的 the essential ones or ticked)."""
        if not self.headings:
            return
        catalog = self.ctx.catalog
        needle = self.search.text()
        limit = not self.show_all.isHidden() and not self.show_all.isChecked()
        ticked = {pid for pid, row in self.items.items() if row.checkState() == Qt.CheckState.Checked}
        shown = {p.id for p in accounts_shown(catalog, Scope.ESSENTIAL if limit else Scope.FULL, ticked, needle)}
        any_shown = False
        for cid, keys in self._category_rows.items():
            category_shown = False
            for pid in keys:
                show = pid in shown
                self._set_hidden(self.items[pid], not show)
                category_shown = category_shown or show
            self._set_hidden(self.headings[cid], not category_shown)
            any_shown = any_shown or category_shown
        folded = needle.strip().casefold()
        custom_shown = False
        for key, row in self.items.items():
            if key.startswith("custom:"):
                show = not folded or folded in row.text().casefold()
                self._set_hidden(row, not show)
                custom_shown = custom_shown or show
        self._set_hidden(self.custom_heading_row, not custom_shown)
        self.nothing_found.setVisible(not (any_shown or custom_shown))

    def _set_hidden(self, row: QListWidgetItem, hidden: bool) -> None:
        if row.isHidden() != hidden:
            row.setHidden(hidden)

    # -- saving ------------------------------------------------------------------------------------

    def set_ticked(self, key: str, on: bool) -> None:
        """Tick or untick a row as a click or Space would (also used by tests)."""
        self.items[key].setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _item_changed(self, row: QListWidgetItem) -> None:
        checklist = self.ctx.checklist
        key = str(row.data(KEY_ROLE) or "")
        if self._syncing or checklist is None or checklist.id is None or key.startswith(HEADING):
            return
        on = row.checkState() == Qt.CheckState.Checked
        if key.startswith("custom:"):
            if not on:
                self._remove(key)
                self.items.pop(key, None)
                self.list.takeItem(self.list.row(row))
                self.apply_filter()
        elif on:  # with the wallet it pays through (美团 -> 美团支付), ticked beside it
            for pid in with_money_side([key], self.ctx.catalog):
                item = platform_item(self.ctx.catalog.platforms[pid])
                if checklist.item(item.key) is None:
                    if not save(self, lambda item=item: self.ctx.store.add_item(checklist.id, item),
                                lambda: resync(self)):
                        return
                    checklist.items.append(item)
                if pid != key and pid in self.items:
                    self._syncing = True
                    self.items[pid].setCheckState(Qt.CheckState.Checked)
                    self._syncing = False
        else:  # unticking the shop leaves its wallet: the user may use it elsewhere
            self._remove(platform_item(self.ctx.catalog.platforms[key]).key)
        self._update_count()

    def _remove(self, item_key: str) -> None:
        checklist = self.ctx.checklist
        assert checklist is not None and checklist.id is not None
        existing = checklist.item(item_key)
        if existing is not None and save(self, lambda: self.ctx.store.remove_item(checklist.id, item_key),
                                         lambda: resync(self)):
            checklist.items.remove(existing)

    def leave(self) -> bool:
        """Nothing she typed is lost (issue 20): a name typed under "Not in the list?" but not added is
        added now, and the page stays once to say so."""
        if not self.custom_edit.text().strip():
            return True
        name = self.custom_edit.text().strip()
        if self.add_custom():
            self.custom_note.setText(self.tr("✓ Added to your list: {name}. Press Next again to go on.").format(
                name=name))
            self.custom_note.show()
        return False

    def add_custom(self) -> bool:
        """Add the item named in the box; True when it was added."""
        checklist = self.ctx.checklist
        if checklist is None or checklist.id is None:
            return False
        try:
            item = custom_item(self.custom_edit.text())
        except BindGuardError as exc:
            show_error(self.custom_error, exc.text(self.ctx.lang))
            return False
        show_error(self.custom_error, "")
        if not save(self, lambda: self.ctx.store.add_item(checklist.id, item)):
            return False  # the name stays in the box for another try
        checklist.items.append(item)
        self._add_custom_row(item.key, item.title)
        self.custom_edit.clear()
        self.apply_filter()
        self.list.scrollToItem(self.items[item.key])
        self._update_count()
        return True

    def _update_count(self) -> None:
        checklist = self.ctx.checklist
        count = sum(1 for i in checklist.items if i.kind in (ItemKind.PLATFORM, ItemKind.CUSTOM)) if checklist else 0
        chosen = self.tr("Chosen: {count}").format(count=count)
        # how many are on the whole list and roughly how long: the door's promise, kept in numbers
        self.chosen_label.setText(f"{chosen} ·" if checklist else chosen)  # the list's count follows
        self.list_summary.setText(list_line(checklist, self.ctx.lang) if checklist else "")
        self.list_summary.setVisible(checklist is not None)

    # -- texts -------------------------------------------------------------------------------------

    def badges(self, platform_id: str) -> tuple[str, str]:
        """The money and One-ID Check badges of a platform, in words ("" when it has none).
        ¥ is for the money tier only (core: the catalog's `tier`)."""
        platform = self.ctx.catalog.platforms[platform_id]
        checklist = self.ctx.checklist
        # 一证通查2.0 sends its answer to the old number: no help when that number is dead (core rule)
        service = self.ctx.catalog.discovery.get(YZT2)
        yzt_usable = service is not None and (checklist is None or discovery_usable(service, checklist))
        return (self.tr("¥ Money") if platform.money_risk else "",
                self.tr("✓ One-ID Check finds it") if YZT2 in platform.covered_by and yzt_usable else "")

    def _retranslate_rows(self) -> None:
        lang = self.ctx.lang
        catalog = self.ctx.catalog
        self._syncing = True
        for cid, heading in self.headings.items():
            heading.setText(catalog.categories[cid].name.get(lang))
        self.custom_heading_row.setText(self.tr("Your own items"))
        for key, row in self.items.items():
            if key.startswith("custom:"):
                continue
            name = catalog.platforms[key].name.get(lang)
            parts = [name, *[b for b in self.badges(key) if b]]
            row.setText("    ".join(parts))
            row.setData(Qt.ItemDataRole.AccessibleTextRole, " · ".join(parts))
            reason = catalog.platforms[key].tier_reason
            tick = self.tr("Tick if you have an account on {name}").format(name=name)
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                        f"{tick}. {reason.get(lang)}" if reason is not None else tick)
            if reason is not None:
                row.setToolTip(reason.get(lang))
        self._syncing = False

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Search:"))
        self.search.setPlaceholderText(self.tr("Type a name, e.g. 微信 or weixin"))
        self.search.setAccessibleName(self.tr("Search accounts"))
        self.search.retranslate()
        self.search.setAccessibleDescription(self.tr("The list below shows only the accounts that match"))
        self.show_all.setText(self.tr("Show all accounts, not only the most important"))
        self.show_all.setAccessibleDescription(self.tr("You chose to do only the most important ones first"))
        self.list.setAccessibleName(self.tr("Accounts"))
        self.list.setAccessibleDescription(self.tr("Arrow keys move, Space ticks or unticks an account"))
        self.nothing_found.setText(self.tr("Nothing found. You can add it below as your own item."))
        self.custom_label.setText(self.tr("Not in the list?"))
        self.custom_edit.setPlaceholderText(self.tr("Its name, e.g. the gym's app"))
        self.custom_edit.setAccessibleName(self.tr("Name of your own item"))
        self.custom_edit.setAccessibleDescription(self.tr("An app or service that is not in the list"))
        self.custom_add.setText(self.tr("Add"))
        self.custom_add.setAccessibleName(self.tr("Add your own item"))
        self.custom_add.setAccessibleDescription(self.tr("Adds the name typed on the left to your checklist"))
        if self.headings:
            self._retranslate_rows()
        self._update_count()
