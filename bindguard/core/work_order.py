"""The one work order: the list, "如果今天只做一件事", the finish page and the printout use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status, found_refs
from bindguard.core.situation import Situation
from bindguard.core.tiers import item_tier, money_badge

if TYPE_CHECKING:
    from bindguard.core.catalog import Catalog


# The discovery steps that find what goes on the list: the accounts and cards tied to the number or
# to her ID (一证通查2.0 counts, 联通一号通查, 云闪付一键查卡, the SMS inbox). Only these come first;
# the other checks (authorised apps, quick-pay, wallets under her ID, phone cards under her ID) are
# about money she already has on the list, so they follow the money items ("最要紧的排在前面").
FINDERS = frozenset({"yzt2", "unicom_yihao", "unionpay_cards", "memory_joggers", "recycled_sms_clues"})


def work_order(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """The discovery steps that find the rest (FINDERS) first; then money, identity, other; inside
    the money tier the payment apps, then the bank cards, then the other money items, then the other
    discovery checks; inside each group what discovery found first, then the most widely used
    (`rank`); carrier steps last (for a recycled number right after the finders: they are about the
    previous holder). A finished item keeps its place: the numbers (第 12 项) never change with a
    status, in this session or after a restart."""
    from bindguard.core.catalog import RANK_NICHE, TIER_ORDER, Platform, Tier

    found = found_refs(checklist)
    recycled = checklist.situation is Situation.RECYCLED

    def key(pair: tuple[int, ChecklistItem]) -> tuple:
        index, item = pair
        if item.kind is ItemKind.DISCOVERY and (item.ref in FINDERS or recycled):
            lane = 0  # on a recycled number every discovery step clears the previous holder's bindings
        elif item.kind is ItemKind.CARRIER:
            lane = 1 if recycled else 3
        else:
            lane = 2
        tier = item_tier(item, catalog)
        entry = catalog.entry(item.ref) if item.kind is ItemKind.PLATFORM and item.ref else None
        platform = entry if isinstance(entry, Platform) else None
        group = 0
        if item.kind is ItemKind.DISCOVERY:
            tier, group = Tier.MONEY, 3  # a check on the money: right after the money items
        elif tier is Tier.MONEY:
            if item.kind is ItemKind.BANK_CARD:
                group = 1
            elif platform is None or platform.category != "payment":
                group = 2
        evidence = item.kind is ItemKind.PLATFORM and item.ref in found
        rank = platform.rank if platform is not None else RANK_NICHE
        category = catalog.categories.get(platform.category) if platform is not None else None
        return (lane, TIER_ORDER[tier], group, not evidence, rank,
                category.order if category is not None else 99, index)

    return [item for _, item in sorted(enumerate(checklist.items), key=key)]


def one_thing_today(checklist: Checklist, catalog: Catalog) -> ChecklistItem | None:
    """"如果今天只做一件事": the first item in work order still to do (未处理). Stuck (遇到困难)
    and later (稍后再做) items are skipped, and so are discovery and carrier steps: they find work
    or end the number, they protect no money."""
    for item in work_order(checklist, catalog):
        if item.status is Status.TODO and item.kind not in (ItemKind.DISCOVERY, ItemKind.CARRIER):
            return item
    return None


def money_left(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """The money items not finished, in work order: every open item of the money tier, the stuck
    ones (遇到困难) included, since they still carry the risk. The finish page and the printout
    count and list these, so both say the same number."""
    return [i for i in work_order(checklist, catalog) if i.status.is_open and money_badge(i, catalog)]
