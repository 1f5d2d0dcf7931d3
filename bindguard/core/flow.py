"""The wizard's pages in order (PRODUCT.md §3), and which of them a checklist's situation uses.

Kept in core so the rule is testable without a screen, and so the window can draw the step list
without importing every page (page modules load when a page is first shown: start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bindguard.core.checklist import Checklist

PAGE_ORDER: tuple[str, ...] = (
    "welcome", "situation", "numbers", "discovery", "accounts", "banks", "work", "carrier", "finish",
)


def pages_for(checklist: Checklist | None) -> list[str]:
    """The pages a user walks through. 最后一步 (carrier) is for cancelling and for a recycled
    number; with the old number already stopped there is nothing left to do at the carrier."""
    return [p for p in PAGE_ORDER
            if p != "carrier" or checklist is None or checklist.situation.has_carrier_page]
