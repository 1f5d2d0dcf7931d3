"""An account tile for the account page: a checkbox with the name and text badges beside it.

Badges carry words and a symbol, never colour alone (PRODUCT.md §7). Tiles are built once per
page; the search only shows and hides them, so a keystroke costs no widget construction.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QWidget


class Tile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(10)
        self.check = QCheckBox(self)
        self.check.setObjectName(f"tile_{key}")
        self.money_badge = QLabel(self)
        self.money_badge.setProperty("class", "badgeMoney")
        self.cover_badge = QLabel(self)
        self.cover_badge.setProperty("class", "badgeInfo")
        layout.addWidget(self.check)
        layout.addWidget(self.money_badge)
        layout.addWidget(self.cover_badge)
        layout.addStretch(1)

    def set_texts(self, name: str, money: str, covered: str, description: str) -> None:
        """Empty `money` / `covered` hide that badge; the accessible name carries the badges too."""
        self.check.setText(name)
        self.money_badge.setText(money)
        self.money_badge.setVisible(bool(money))
        self.cover_badge.setText(covered)
        self.cover_badge.setVisible(bool(covered))
        self.check.setAccessibleName(" · ".join(t for t in (name, money, covered) if t))
        self.check.setAccessibleDescription(description)
