"""Where each wizard page lives and its name in the step list.

The window imports a page's module only when the page is first shown (PRODUCT.md §6 start-up:
the nine page modules and what they import cost more than the whole first page). The step list
needs every page's short name before that, so the names live here, under each page's own
translation context.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

# page id -> "module:class"; the flow order is bindguard.core.flow.PAGE_ORDER
PAGE_CLASSES: dict[str, str] = {
    "welcome": "bindguard.ui.pages.welcome:WelcomePage",
    "situation": "bindguard.ui.pages.situation:SituationPage",
    "numbers": "bindguard.ui.pages.numbers:NumbersPage",
    "discovery": "bindguard.ui.pages.discovery:DiscoveryPage",
    "accounts": "bindguard.ui.pages.accounts:AccountsPage",
    "banks": "bindguard.ui.pages.banks:BanksPage",
    "work": "bindguard.ui.pages.work:WorkPage",
    "carrier": "bindguard.ui.pages.carrier:CarrierPage",
    "finish": "bindguard.ui.pages.finish:FinishPage",
}


def page_class(page_id: str) -> type[QWidget]:
    """The page's class (a `bindguard.ui.pages.base.BasePage`; not imported here, since the base
    reads the short titles from this table)."""
    module, name = PAGE_CLASSES[page_id].split(":")
    return getattr(import_module(module), name)


def short_title(page_id: str) -> str:
    """The page's name in the step list, in the current language."""
    titles = {
        "welcome": QCoreApplication.translate("WelcomePage", "Welcome"),
        "situation": QCoreApplication.translate("SituationPage", "Your situation"),
        "numbers": QCoreApplication.translate("NumbersPage", "Numbers and dates"),
        "discovery": QCoreApplication.translate("DiscoveryPage", "Find your accounts"),
        "accounts": QCoreApplication.translate("AccountsPage", "Choose accounts"),
        "banks": QCoreApplication.translate("BanksPage", "Bank cards"),
        "work": QCoreApplication.translate("WorkPage", "Work through the list"),
        "carrier": QCoreApplication.translate("CarrierPage", "Last step"),
        "finish": QCoreApplication.translate("FinishPage", "Done"),
    }
    return titles[page_id]
