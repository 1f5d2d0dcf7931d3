"""BasePage: the contract between the wizard frame and each page.

A page reads the current checklist in enter(), writes every change through the store at once
(no Save button), says whether Next may be pressed with is_complete(), and may refuse to leave
with leave() (bad input). Texts are set in retranslate(), so a language switch redraws them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from bindguard.ui import page_table
from bindguard.ui.context import AppContext


class BasePage(QWidget):
    page_id: str = ""
    # False for a page whose own buttons move on (the welcome page): the frame then hides Next
    # instead of showing a greyed-out button that older users keep pressing.
    uses_next_button: bool = True
    completeness_changed = Signal()
    # Ask the frame to move: ("next",) / ("page", page_id)
    navigate_requested = Signal(str)
    # What the frame puts under the page's scroll area, on screen whatever the scroll (the work
    # page's status buttons, issue 20); None: the page is its scroll area alone
    footer: QWidget | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.page_id}")

    @classmethod
    def short_title(cls, parent: QWidget | None = None) -> str:
        """The name in the step list (kept in page_table: the list is drawn before pages load)."""
        return page_table.short_title(cls.page_id)

    def title(self) -> str:
        """The question at the top of the page."""
        return self.short_title(self)

    def enter(self) -> None:
        """Called each time the page is shown: read the checklist into the widgets."""

    def is_complete(self) -> bool:
        return True

    def leave(self) -> bool:
        """Called on Next: validate and save; return False to stay on the page."""
        return True

    def retranslate(self) -> None:
        """Set every visible text (called after a language switch)."""
