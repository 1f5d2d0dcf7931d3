"""The checklist a user works through, and its rules: ordering, progress, which route comes first.

A Checklist holds only what the user chose and did; what an item *means* (steps, hotline, URL)
comes from the catalog by `ref`. Numbers are kept masked (138****1234), cards as last 4 digits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from bindguard.core.errors import BindGuardError
from bindguard.core.situation import Scope, Situation

if TYPE_CHECKING:
    from bindguard.core.catalog import Catalog, Platform, Route, RouteKind


class ItemKind(StrEnum):
    PLATFORM = "platform"
    BANK_CARD = "bank_card"
    DISCOVERY = "discovery"
    CARRIER = "carrier"
    CUSTOM = "custom"


class Status(StrEnum):
    TODO = "todo"
    DONE = "done"  # 已完成
    NOT_APPLICABLE = "not_applicable"  # 没有这个账号
    LATER = "later"  # 稍后再做
    STUCK = "stuck"  # 遇到困难

    @property
    def is_open(self) -> bool:
        """Still needs doing: everything but done and not applicable."""
        return self not in (Status.DONE, Status.NOT_APPLICABLE)


STATUS_LABELS: dict[Status, dict[str, str]] = {
    Status.TODO: {"zh": "未处理", "en": "To do"},
    Status.DONE: {"zh": "已完成", "en": "Done"},
    Status.NOT_APPLICABLE: {"zh": "没有这个账号", "en": "No such account"},
    Status.LATER: {"zh": "稍后再做", "en": "Later"},
    Status.STUCK: {"zh": "遇到困难", "en": "Stuck"},
}
# A shape for every status, so print and screen never rely on colour alone.
STATUS_MARKS: dict[Status, str] = {
    Status.TODO: "☐",
    Status.DONE: "☑",
    Status.NOT_APPLICABLE: "⊘",
    Status.LATER: "◷",
    Status.STUCK: "⚠",
}


class CardType(StrEnum):
    DEBIT = "debit"
    CREDIT = "credit"

    @property
    def label(self) -> dict[str, str]:
        return {"zh": "借记卡(储蓄卡)", "en": "Debit card"} if self is CardType.DEBIT else {
            "zh": "信用卡", "en": "Credit card"}


@dataclass(frozen=True)
class BankCard:
    bank_id: str
    last4: str
    card_type: CardType

    @staticmethod
    def parse_last4(text: str) -> str:
        """The card field takes the last 4 digits only; a full number is refused, never stored."""
        digits = "".join(c for c in (text or "") if c.isdigit())
        if len(digits) > 4:
            raise BindGuardError("card.full_number")
        if len(digits) != 4 or digits != (text or "").strip():
            raise BindGuardError("card.last4")
        return digits


@dataclass
class ChecklistItem:
    key: str  # stable within the checklist: "platform:wechat", "bank:ccb:1234:debit", "custom:…"
    kind: ItemKind
    ref: str = ""  # catalog id; empty for custom items
    title: str = ""  # the user's own name for a custom item
    status: Status = Status.TODO
    money_risk: bool = False
    card: BankCard | None = None
    old_number_works: bool | None = None  # the per-item answer on the work-through page
    updated: dt.datetime | None = None


@dataclass
class Checklist:
    name: str  # for whom: 我自己, 妈妈 …
    situation: Situation
    scope: Scope = Scope.FULL
    id: int | None = None
    old_number: str = ""  # masked
    new_number: str = ""  # masked
    cancel_date: dt.date | None = None  # planned or actual cancellation / stop date
    suspended_only: bool = False  # OLD_DEAD: stopped for unpaid bills (停机), not cancelled
    items: list[ChecklistItem] = field(default_factory=list)
    discovery_counts: dict[str, int] = field(default_factory=dict)  # platform id -> 一证通查2.0 count
    page: str = "situation"
    current_item: str = ""
    created: dt.datetime | None = None
    updated: dt.datetime | None = None

    def item(self, key: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.key == key), None)

    def selected_refs(self, kind: ItemKind) -> set[str]:
        return {i.ref for i in self.items if i.kind is kind}


def platform_item(platform: Platform) -> ChecklistItem:
    return ChecklistItem(f"platform:{platform.id}", ItemKind.PLATFORM, platform.id,
                         money_risk=platform.money_risk)


def bank_item(card: BankCard) -> ChecklistItem:
    key = f"bank:{card.bank_id}:{card.last4}:{card.card_type.value}"
    return ChecklistItem(key, ItemKind.BANK_CARD, card.bank_id, money_risk=True, card=card)


def custom_item(title: str, money_risk: bool = False) -> ChecklistItem:
    import uuid  # deferred: uuid pulls in platform (~3 ms); only custom items need it

    title = (title or "").strip()
    if not title:
        raise BindGuardError("custom.name_empty")
    return ChecklistItem(f"custom:{uuid.uuid4().hex[:12]}", ItemKind.CUSTOM, "", title, money_risk=money_risk)


def entry_item(kind: ItemKind, entry_id: str) -> ChecklistItem:
    return ChecklistItem(f"{kind.value}:{entry_id}", kind, entry_id)


_KIND_ORDER = {
    ItemKind.DISCOVERY: 0,
    ItemKind.BANK_CARD: 1,
    ItemKind.PLATFORM: 2,
    ItemKind.CUSTOM: 3,
    ItemKind.CARRIER: 4,
}


def ordered(items: list[ChecklistItem]) -> list[ChecklistItem]:
    """Work order: discovery first (it finds the rest), then open money-risk items, then the
    others; finished items sink to the end. Stable otherwise, so the list does not jump about."""

    def key(pair: tuple[int, ChecklistItem]) -> tuple:
        index, item = pair
        discovery = item.kind is ItemKind.DISCOVERY
        return (not item.status.is_open, not discovery, not item.money_risk,
                _KIND_ORDER[item.kind], index)

    return [item for _, item in sorted(enumerate(items), key=key)]


def most_urgent(items: list[ChecklistItem]) -> ChecklistItem | None:
    """'If you do only one thing today': the first open money-risk item, else the first open one.
    Discovery steps do not count: they find work, they do not protect money."""
    candidates = [i for i in ordered(items) if i.status.is_open and i.kind is not ItemKind.DISCOVERY]
    money = [i for i in candidates if i.money_risk]
    return (money or candidates or [None])[0]


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    not_applicable: int
    later: int
    stuck: int
    todo: int
    money_left: int

    @property
    def finished(self) -> int:
        return self.done + self.not_applicable

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 0


def progress(items: list[ChecklistItem]) -> Progress:
    count = {status: 0 for status in Status}
    for item in items:
        count[item.status] += 1
    money_left = sum(1 for i in items if i.money_risk and i.status.is_open)
    return Progress(len(items), count[Status.DONE], count[Status.NOT_APPLICABLE], count[Status.LATER],
                    count[Status.STUCK], count[Status.TODO], money_left)


def old_number_works(checklist: Checklist, item: ChecklistItem) -> bool:
    """The item's own answer wins; otherwise the situation decides."""
    if item.old_number_works is not None:
        return item.old_number_works
    return checklist.situation.old_number_works


def route_order(situation: Situation, old_works: bool) -> tuple[RouteKind, ...]:
    """Which kind of route to offer first: with a dead number only no-code routes can work."""
    from bindguard.core.catalog import RouteKind  # deferred: the first page needs no catalog (~25 ms)

    if situation is Situation.RECYCLED:
        return (RouteKind.RECYCLED, RouteKind.NO_CODE, RouteKind.REBIND, RouteKind.CLOSE)
    if not old_works or situation is Situation.OLD_DEAD:
        return (RouteKind.NO_CODE, RouteKind.CLOSE, RouteKind.REBIND)
    return (RouteKind.REBIND, RouteKind.NO_CODE, RouteKind.CLOSE)


def routes_for(checklist: Checklist, item: ChecklistItem, catalog: Catalog) -> list[Route]:
    """The item's routes in the order to show them; the category fallback comes last."""
    from bindguard.core.catalog import Platform

    entry = catalog.entry(item.ref) if item.ref else None
    order = route_order(checklist.situation, old_number_works(checklist, item))
    routes: list[Route] = []
    if entry is not None:
        for kind in order:
            routes.extend(entry.routes_of(kind))
    if isinstance(entry, Platform):
        category = catalog.categories.get(entry.category)
        if category and category.fallback:
            routes.append(category.fallback)
    return routes


def suggested_items(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """Discovery and carrier steps that fit the situation; added when the checklist is made."""
    items = []
    situation = checklist.situation.value
    for service in catalog.discovery.values():
        if situation in service.situations:
            items.append(entry_item(ItemKind.DISCOVERY, service.id))
    for step in catalog.carrier.values():
        if situation in step.situations:
            items.append(entry_item(ItemKind.CARRIER, step.id))
    return items


def essential_platforms(catalog: Catalog) -> list[Platform]:
    """The 只做最要紧的 door: money and identity items only."""
    return [p for p in catalog.platforms.values() if catalog.is_essential(p)]
