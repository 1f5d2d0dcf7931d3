"""Page: 先查一查 — guided discovery: 一证通查2.0 and friends, recorded counts, SMS paste matcher.

STUB: replaced by the wizard issue. Keeps the flow complete so the frame and smoke test work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage


class DiscoveryPage(BasePage):
    page_id = "discovery"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(self)
        layout.addWidget(self.placeholder)
        self.retranslate()

    @classmethod
    def short_title(cls, parent: QWidget | None = None) -> str:
        return QCoreApplication.translate("DiscoveryPage", "Find your accounts")

    def retranslate(self) -> None:
        self.placeholder.setText(self.short_title(self))
