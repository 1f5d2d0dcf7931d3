"""Page: 最后一步 — counter visit, 携号转网, keeping the number; for the recycled number: 二次号码焕新 etc.

STUB: replaced by the wizard issue. Keeps the flow complete so the frame and smoke test work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage


class CarrierPage(BasePage):
    page_id = "carrier"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(self)
        layout.addWidget(self.placeholder)
        self.retranslate()

    @classmethod
    def short_title(cls, parent: QWidget | None = None) -> str:
        return QCoreApplication.translate("CarrierPage", "Last step")

    @classmethod
    def applies_to(cls, ctx: AppContext) -> bool:
        return ctx.checklist is None or ctx.checklist.situation.has_carrier_page

    def retranslate(self) -> None:
        self.placeholder.setText(self.short_title(self))
