"""Page: 完成 — summary, print or save as PDF, calendar reminders, come back later.

STUB: replaced by the wizard issue. Keeps the flow complete so the frame and smoke test work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage


class FinishPage(BasePage):
    page_id = "finish"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(self)
        layout.addWidget(self.placeholder)
        self.retranslate()

    @classmethod
    def short_title(cls, parent: QWidget | None = None) -> str:
        return QCoreApplication.translate("FinishPage", "Done")

    def retranslate(self) -> None:
        self.placeholder.setText(self.short_title(self))
