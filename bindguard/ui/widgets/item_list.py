"""The checklist on the left of the work page: one row per item, its status as a shape and a word.

Colour is never the only signal (PRODUCT.md §7): every row starts with the status mark (☐ ☑ ⊘ ◷ ⚠)
and ends with the status word; money items say so in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from bindguard.core.catalog import Catalog
from bindguard.core.checklist import STATUS_LABELS, STATUS_MARKS, ChecklistItem, ItemKind


def item_name(item: ChecklistItem, catalog: Catalog, lang: str) -> str:
    """What the user calls the item: the catalog name, the custom title, a card as 招商银行 借记卡 尾号1234."""
    if item.kind is ItemKind.CUSTOM or not item.ref:
        return item.title or item.key
    entry = catalog.entry(item.ref)
    name = entry.name.get(lang) if entry is not None else (item.title or item.ref)
    if item.card is not None:  # the printout's wording (core/report.py): "尾号" is how banks say it
        card_type = item.card.card_type.label[lang]
        if lang == "zh":
            return f"{name} {card_type.split('（')[0]} 尾号{item.card.last4}"
        return f"{name} {card_type} ending {item.card.last4}"
    return name


def row_text(item: ChecklistItem, catalog: Catalog, lang: str) -> str:
    status = STATUS_LABELS[item.status][lang]
    money = QCoreApplication.translate("ItemList", " · money") if item.money_risk and item.status.is_open else ""
    return f"{STATUS_MARKS[item.status]}  {item_name(item, catalog, lang)}{money} — {status}"


class ItemList(QListWidget):
    """Keeps the order it was given, so rows do not jump while the user works down the list."""

    item_selected = Signal(str)  # item key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.currentItemChanged.connect(self._on_current)
        self._catalog: Catalog | None = None
        self._lang = "zh"

    def fill(self, items: list[ChecklistItem], catalog: Catalog, lang: str) -> None:
        self._catalog, self._lang = catalog, lang
        self.blockSignals(True)
        self.clear()
        for item in items:
            row = QListWidgetItem(row_text(item, catalog, lang))
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            self._style(row, item)
            self.addItem(row)
        self.blockSignals(False)

    def refresh(self, item: ChecklistItem) -> None:
        row = self.row_of(item.key)
        if row is not None and self._catalog is not None:
            self.item(row).setText(row_text(item, self._catalog, self._lang))
            self._style(self.item(row), item)

    def _style(self, row: QListWidgetItem, item: ChecklistItem) -> None:
        font = row.font()
        font.setBold(item.money_risk and item.status.is_open)
        row.setFont(font)

    def row_of(self, key: str) -> int | None:
        for index in range(self.count()):
            if self.item(index).data(Qt.ItemDataRole.UserRole) == key:
                return index
        return None

    def select_key(self, key: str) -> bool:
        row = self.row_of(key)
        if row is None:
            return False
        self.setCurrentRow(row)
        return True

    def current_key(self) -> str:
        current = self.currentItem()
        return str(current.data(Qt.ItemDataRole.UserRole)) if current is not None else ""

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.item_selected.emit(str(current.data(Qt.ItemDataRole.UserRole)))
