"""A search field filtering as the user types, with a 清除 button beside it.

Qt's own clear button inside the field is 22x18 px and has no name (issue 20: in large text every
control she clicks is at least 60 px tall, and a screen reader names it); this one is a full-size
button the page puts beside the field (`clear_button`), shown while there is text to clear.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from bindguard.ui.widgets.enter_key import OWN_ENTER


class SearchBox(QLineEdit):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMaxLength(40)
        self.setProperty(OWN_ENTER, True)  # Enter in a search is the search's (widgets/enter_key.py)
        self.clear_button = QPushButton(parent)
        self.clear_button.setObjectName(f"{name}Clear")
        self.clear_button.clicked.connect(self._clear)
        self.clear_button.hide()
        self.textChanged.connect(lambda text: self.clear_button.setVisible(bool(text)))
        self.retranslate()

    def _clear(self) -> None:
        self.clear()
        self.setFocus()  # the button hides: the keyboard goes back to the field

    def retranslate(self) -> None:
        self.clear_button.setText(QCoreApplication.translate("SearchBox", "Clear"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("SearchBox", "Clear the search"))
        self.clear_button.setAccessibleDescription(
            QCoreApplication.translate("SearchBox", "Empties the search box; the whole list shows again"))
