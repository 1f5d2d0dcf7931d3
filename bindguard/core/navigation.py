"""Where the work page goes (plain Python, no Qt): the item it opens at, and the next open item
after one is finished. The order is the one the page shows (core work order), never re-sorted here."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bindguard.core.checklist import Checklist


def next_open_key(keys: list[str], checklist: Checklist, after: str) -> str:
    """The first open item after `after` in `keys`, wrapping round to the top; '' when none is left
    but `after` itself."""
    start = keys.index(after) + 1 if after in keys else 0
    for offset in range(len(keys)):
        key = keys[(start + offset) % len(keys)]
        item = checklist.item(key)
        if item is not None and item.status.is_open and key != after:
            return key
    return ""


def start_key(keys: list[str], checklist: Checklist) -> str:
    """The item the work page opens at: the one she was on (saved), else the first open item in the
    order shown, else the first item."""
    if checklist.current_item in keys:
        return checklist.current_item
    for key in keys:
        item = checklist.item(key)
        if item is not None and item.status.is_open:
            return key
    return keys[0] if keys else ""
