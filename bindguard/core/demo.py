"""A sample checklist for `bindguard export --demo`: support, screenshots, tests and the benchmark.

It holds every catalog platform and a few bank cards with a mix of statuses, so one PDF shows
every kind of entry. Numbers are made-up and masked like a real checklist's.
"""

from __future__ import annotations

import datetime as dt

from bindguard.core.catalog import Catalog
from bindguard.core.checklist import BankCard, CardType, Checklist, ChecklistItem, Status, bank_item, platform_item
from bindguard.core.counts import keep_promise
from bindguard.core.doors import door_additions, suggested_items
from bindguard.core.situation import Scope, Situation

DEMO_NAME = "妈妈（示例）"
DEMO_OLD = "138****1234"
DEMO_NEW = "139****5678"
# The cycle of statuses the demo gives its items: mostly open, some done, one of each other kind.
STATUS_CYCLE = (Status.TODO, Status.DONE, Status.TODO, Status.LATER, Status.NOT_APPLICABLE, Status.TODO,
                 Status.STUCK)
_CARDS = (("1234", CardType.DEBIT), ("5678", CardType.CREDIT), ("4321", CardType.DEBIT))


DEMO_ITEMS = 95  # the size of a normal full checklist (issue 12's page count is measured on it)


def demo_checklist(catalog: Catalog, today: dt.date, situation: Situation = Situation.SWITCH) -> Checklist:
    checklist = Checklist(
        name=DEMO_NAME, situation=situation, scope=Scope.FULL, old_number=DEMO_OLD,
        new_number=DEMO_NEW if situation.needs_new_number else "",
        cancel_date=today + dt.timedelta(days=14),
    )
    items: list[ChecklistItem] = list(suggested_items(checklist, catalog))
    # a full check of a well-used phone: the most widely used platforms of every tier, not the whole
    # catalog (which keeps growing): about DEMO_ITEMS items in all, as a real 全面检查 ends with
    room = max(0, DEMO_ITEMS - len(items) - len(_CARDS))
    platforms = sorted(catalog.platforms.values(), key=lambda p: (p.rank, p.id))[:room]
    items += [platform_item(p) for p in sorted(platforms, key=lambda p: list(catalog.platforms).index(p.id))]
    banks = [b for b in catalog.banks.values() if b.kind == "bank"] or list(catalog.banks.values())
    for index, (last4, card_type) in enumerate(_CARDS if banks else ()):
        items.append(bank_item(BankCard(banks[index % len(banks)].id, last4, card_type)))
    for index, item in enumerate(items):
        item.status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
    # what its door said (as if she had chosen it on 您的情况): the demo's pages and paper say "您又加了 …"
    door = Checklist(DEMO_NAME, situation, Scope.FULL)
    door.items = door_additions(door, catalog)
    keep_promise(door)
    checklist.promised = door.promised
    checklist.items = items
    return checklist

