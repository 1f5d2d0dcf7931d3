"""A search field with a clear button and a magnifier, filtering as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self.setMaxLength(40)
