"""The wizard's pages in order (PRODUCT.md §3), and which of them a checklist's situation uses.

Kept in core so the rule is testable without a screen, and so the window can draw the step list
without importing every page (page modules load when a page is first shown: start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bindguard.core.checklist import Checklist
    from bindguard.core.situation import Situation

PAGE_ORDER: tuple[str, ...] = (
    "welcome", "situation", "numbers", "discovery", "accounts", "banks", "work", "carrier", "finish",
)


def flow_situation(checklist: Checklist | None, chosen: Situation | None = None) -> Situation | None:
    """The situation the flow follows: the checklist's, or before the checklist is made the one
    chosen on 您的情况 (`chosen`): situation 2's step list showed 最后一步 until she pressed 下一步."""
    return checklist.situation if checklist is not None else chosen


def pages_for(checklist: Checklist | None, chosen: Situation | None = None) -> list[str]:
    """The pages a user walks through. 最后一步 (carrier) is for cancelling and for a recycled
    number; with the old number already stopped there is nothing left to do at the carrier.
    `chosen`: the situation picked on 您的情况 for a checklist not made yet."""
    situation = flow_situation(checklist, chosen)
    return [p for p in PAGE_ORDER if p != "carrier" or situation is None or situation.has_carrier_page]


def _in_every_flow(page_id: str) -> bool:
    from bindguard.core.situation import Situation  # a page every situation has: its place is sure

    return all(page_id in _pages_of(situation) for situation in Situation)


def _pages_of(situation) -> list[str]:
    return [p for p in PAGE_ORDER if p != "carrier" or situation.has_carrier_page]


def numbered_steps(checklist: Checklist | None, chosen: Situation | None = None) -> list[tuple[str, int | None]]:
    """The step list: each page of the flow with its number. Before a situation is chosen (no checklist,
    nothing `chosen` on 您的情况) a page only some situations have (最后一步), and every page after it, gets
    no number: "8. 最后一步" beside a situation-2 checklist, which has no such page, misled a user walk.
    Once one is chosen, only its pages are listed, numbered, before the checklist is made."""
    known = flow_situation(checklist, chosen) is not None
    out: list[tuple[str, int | None]] = []
    sure = True
    for number, page_id in enumerate(pages_for(checklist, chosen), 1):
        sure = sure and (known or _in_every_flow(page_id))
        out.append((page_id, number if sure else None))
    return out
