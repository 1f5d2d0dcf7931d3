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


def _in_every_flow(page_id: str) -> bool:
    from bindguard.core.situation import Situation  # a page every situation has: its place is sure

    return all(page_id in _pages_of(situation) for situation in Situation)


def _pages_of(situation) -> list[str]:
    return [p for p in PAGE_ORDER if p != "carrier" or situation.has_carrier_page]


def numbered_steps(checklist: Checklist | None) -> list[tuple[str, int | None]]:
    """The step list: each page of the flow with its number. Before a checklist is chosen the situation
    is not known, so a page only some situations have (最后一步), and every page after it, gets no
    number: "8. 最后一步" beside a situation-2 checklist, which has no such page, misled a user walk."""
    out: list[tuple[str, int | None]] = []
    sure = True
    for number, page_id in enumerate(pages_for(checklist), 1):
        sure = sure and (checklist is not None or _in_every_flow(page_id))
        out.append((page_id, number if sure else None))
    return out
