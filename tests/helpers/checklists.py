"""Checklists of a given size for the tests and the benchmark (built on the demo checklist)."""

from __future__ import annotations

import datetime as dt

from bindguard.core.catalog import Catalog
from bindguard.core.checklist import Checklist, ChecklistItem
from bindguard.core.demo import STATUS_CYCLE, demo_checklist
from bindguard.core.situation import Situation


def sized_checklist(catalog: Catalog, today: dt.date, count: int,
                    situation: Situation = Situation.SWITCH) -> Checklist:
    """A demo checklist with exactly `count` items (catalog entries repeated as extra bank cards and
    platforms with their own keys): for the 150-item benchmark and the page-count test."""
    checklist = demo_checklist(catalog, today, situation)
    base = [i for i in checklist.items if i.ref]
    items = list(checklist.items[:count])
    round_ = 1
    while len(items) < count and base:
        for source in base:
            if len(items) >= count:
                break
            copy = ChecklistItem(f"{source.key}#{round_}", source.kind, source.ref, source.title,
                                 STATUS_CYCLE[len(items) % len(STATUS_CYCLE)], source.money_risk, source.card)
            items.append(copy)
        round_ += 1
    checklist.items = items
    return checklist
