"""The checklist a user works through: the items, their status, progress and what discovery found.

A Checklist holds only what the user chose and did; what an item *means* (steps, hotline, URL)
comes from the catalog by `ref`. Numbers are kept masked (138****1234), cards as last 4 digits.
The rules that read it live beside it: the work order (`work_order`), the harm tiers (`tiers`),
the doors of page 2 (`doors`), the routes (`routes`), and the words core says (`words`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from bindguard.core.errors import BindGuardError
from bindguard.core.situation import Scope, Situation
from bindguard.core.text import Text

if TYPE_CHECKING:
    from bindguard.core.catalog import Platform


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
    def label(self) -> Text:
        return Text("借记卡（储蓄卡）", "Debit card") if self is CardType.DEBIT else Text("信用卡", "Credit card")


@dataclass(frozen=True)
class BankCard:
    bank_id: str
    last4: str
    card_type: CardType

    @staticmethod
    def parse_last4(text: str) -> str:
        """The card field takes the last 4 digits only; a full number is refused, never stored.
        Full-width (１２３４) and other scripts' digits (Arabic-Indic ١٢٣٤) are kept as ASCII 1234."""
        import unicodedata

        typed = (text or "").strip()
        digits = "".join(str(unicodedata.decimal(c)) for c in typed if unicodedata.decimal(c, None) is not None)
        if len(digits) > 4:
            raise BindGuardError("card.full_number")
        if len(digits) != 4 or len(digits) != len(typed):
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
    # the keys the door put on the list when it was made or its door last changed (core.counts); None for a
    # list saved before the store kept them (schema 4): its promise is not known
    promised: tuple[str, ...] | None = None

    def item(self, key: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.key == key), None)

    def selected_refs(self, kind: ItemKind) -> set[str]:
        return {i.ref for i in self.items if i.kind is kind}


def platform_item(platform: Platform) -> ChecklistItem:
    # money_risk is stored (older databases have the column); what counts is the catalog's tier
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


def asks_old_number_works(situation: Situation, item: ChecklistItem) -> bool:
    """Whether the work page asks of this item "does the old number still get its SMS here?": for an
    account or a bank card, where the old number should still work (situations 1 and 3), since one
    app or bank may have stopped sending to it all the same."""
    return situation.old_number_works and item.kind in (ItemKind.PLATFORM, ItemKind.BANK_CARD)


def old_number_works(checklist: Checklist, item: ChecklistItem) -> bool:
    """The item's own answer wins where it is asked; otherwise the situation decides (an answer given
    before the situation changed to one where the old number is dead does not bring it back)."""
    if item.old_number_works is not None and asks_old_number_works(checklist.situation, item):
        return item.old_number_works
    return checklist.situation.old_number_works


# ---------------------------------------------------------------------------------------------
# Evidence: what discovery found. 一证通查2.0 counts live in `discovery_counts` by platform id; a
# platform found in pasted SMS is kept there too, as "sms:<id>" = 1 (no schema change; the SMS
# text itself is never kept).

SMS_FOUND_PREFIX = "sms:"


def record_sms_found(checklist: Checklist, platform_ids: list[str]) -> None:
    """Remember that pasted SMS named these platforms (the caller saves the checklist's meta)."""
    for pid in platform_ids:
        checklist.discovery_counts[SMS_FOUND_PREFIX + pid] = 1


def found_refs(checklist: Checklist) -> set[str]:
    """Platform ids that discovery found: a 一证通查 count above 0, or named in pasted SMS."""
    found = set()
    for key, count in checklist.discovery_counts.items():
        if count > 0:
            found.add(key.removeprefix(SMS_FOUND_PREFIX))
    return found

