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
    from bindguard.core.catalog import Catalog, Platform, Route, RouteKind, Tier


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
# 没有这个账号 fits an account; a bank card, a discovery or a carrier step is simply not needed.
NOT_NEEDED_LABEL: dict[str, str] = {"zh": "不需要", "en": "Not needed"}
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
        return {"zh": "借记卡（储蓄卡）", "en": "Debit card"} if self is CardType.DEBIT else {
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
    """The item's routes that fit the situation, in the order to show them; the general way
    comes last. A route needing the old number's SMS is left out where that cannot work (see
    `bindguard.core.routes.plan_routes` for the numbers, the words and the notice)."""
    from bindguard.core.routes import plan_routes

    return [offered.route for offered in plan_routes(checklist, item, catalog).routes]


def suggested_items(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """Discovery and carrier steps that fit the situation; added when the checklist is made. A
    discovery service that cannot work now (it needs the dead old number's SMS) is not a step: the
    discovery page shows it as unusable, with what to use instead."""
    from bindguard.core.routes import discovery_usable

    items = []
    situation = checklist.situation.value
    for service in catalog.discovery.values():
        if situation in service.situations and discovery_usable(service, checklist):
            items.append(entry_item(ItemKind.DISCOVERY, service.id))
    for step in catalog.carrier.values():
        if situation in step.situations:
            items.append(entry_item(ItemKind.CARRIER, step.id))
    return items


def essential_platforms(catalog: Catalog) -> list[Platform]:
    """What the accounts page shows behind the 只做最要紧的 door: the money and identity tiers
    (only a few of them are ticked: see `door_platforms`)."""
    return [p for p in catalog.platforms.values() if catalog.is_essential(p)]


# ---------------------------------------------------------------------------------------------
# Harm tiers (PRODUCT.md §4): money, identity, other. The catalog's tier is the truth; the stored
# `money_risk` of a platform item is only read for custom items, where the user said so.

BANK_TIER_REASON: dict[str, str] = {
    "zh": "银行卡里有钱，银行的验证码和提醒都发到预留的手机号。",
    "en": "The card holds money, and the bank sends its codes and alerts to the number it keeps for you.",
}
CUSTOM_MONEY_REASON: dict[str, str] = {"zh": "您说它涉及钱。", "en": "You said it involves money."}


def item_tier(item: ChecklistItem, catalog: Catalog) -> Tier:
    """The harm tier of an item: a platform's from the catalog, a bank card is money, a custom item
    is money when the user said so; discovery and carrier steps are `other` (they sort by kind)."""
    from bindguard.core.catalog import Platform, Tier

    if item.kind is ItemKind.BANK_CARD:
        return Tier.MONEY
    if item.kind is ItemKind.PLATFORM:
        entry = catalog.entry(item.ref)
        if isinstance(entry, Platform):
            return entry.tier
        return Tier.MONEY if item.money_risk else Tier.OTHER  # not in this catalog any more
    if item.kind is ItemKind.CUSTOM and item.money_risk:
        return Tier.MONEY
    return Tier.OTHER


# On a recycled number an app's account may be the previous holder's: the catalog's reason speaks
# of "your balance", which would push the new holder into someone else's money (a user walk).
RECYCLED_TIER_REASON: dict[str, dict[str, str]] = {
    "money": {"zh": "这个号码上可能还挂着上一个机主的账号，里面可能有别人的钱：不要动里面的钱，也不要往里转钱，"
                    "请平台解除这个号码的绑定。",
              "en": "This number may still be on the previous holder's account, with someone else's money in it: "
                    "touch nothing and send no money to it; ask the platform to release this number."},
    "identity": {"zh": "别人可能还能用这个号码登录这个账号：先请平台解除绑定，再用这个号码注册您自己的。",
                 "en": "Someone else may still sign in to this account with this number: have the platform "
                       "release it first, then register your own with this number."},
}


def tier_reason(item: ChecklistItem, catalog: Catalog, lang: str, situation: Situation | None = None) -> str:
    """The one plain sentence saying why the item is in its tier ("" when there is none); on a
    recycled number, for an app whose account may be the previous holder's."""
    from bindguard.core.catalog import Platform

    lang = "zh" if lang == "zh" else "en"
    if item.kind is ItemKind.BANK_CARD:
        return BANK_TIER_REASON[lang]
    entry = catalog.entry(item.ref) if item.ref else None
    if situation is Situation.RECYCLED and item.kind is ItemKind.PLATFORM and isinstance(entry, Platform):
        recycled = RECYCLED_TIER_REASON.get(entry.tier.value)
        if recycled is not None:
            return recycled[lang]
    if item.kind is ItemKind.PLATFORM and isinstance(entry, Platform) and entry.tier_reason is not None:
        return entry.tier_reason.get(lang)
    if item.kind is ItemKind.CUSTOM and item.money_risk:
        return CUSTOM_MONEY_REASON[lang]
    return ""


def money_badge(item: ChecklistItem, catalog: Catalog) -> bool:
    """The ¥ 涉及钱 badge: the money tier only (not identity, not an automatic renewal)."""
    from bindguard.core.catalog import Tier

    return item_tier(item, catalog) is Tier.MONEY


def money_left(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """The money items not finished, in work order: every open item of the money tier, the stuck
    ones (遇到困难) included, since they still carry the risk. The finish page and the printout
    count and list these, so both say the same number."""
    return [i for i in work_order(checklist, catalog) if i.status.is_open and money_badge(i, catalog)]


def money_left_words(items: list[ChecklistItem], lang: str) -> str:
    """"有 3 个涉及钱的项目还没做完，其中 1 个遇到困难。" for the items of `money_left`: the number
    listed, and how many of them are stuck (listed under their own heading on paper)."""
    count = len(items)
    stuck = sum(1 for i in items if i.status is Status.STUCK)
    if lang == "zh":
        stuck_words = f"，其中 {stuck} 个遇到困难" if stuck else ""
        return f"有 {count} 个涉及钱的项目还没做完{stuck_words}。"
    head = (f"{count} item that involves money is not finished yet" if count == 1
            else f"{count} items that involve money are not finished yet")
    if stuck:
        head += ", and it is stuck" if count == 1 else f", {stuck} of them stuck"
    return head + "."


def status_label(status: Status, kind: ItemKind, lang: str) -> str:
    """The status word fitting the item: 没有这个账号 only for accounts, 不需要 for the rest."""
    lang = "zh" if lang == "zh" else "en"
    if status is Status.NOT_APPLICABLE and kind not in (ItemKind.PLATFORM, ItemKind.CUSTOM):
        return NOT_NEEDED_LABEL[lang]
    return STATUS_LABELS[status][lang]


STATUS_CHOICES: tuple[Status, ...] = (Status.DONE, Status.NOT_APPLICABLE, Status.LATER, Status.STUCK)


def status_choices(kind: ItemKind, lang: str) -> tuple[tuple[Status, str], ...]:
    """The four buttons under an item, each with the word fitting the item kind."""
    return tuple((status, status_label(status, kind, lang)) for status in STATUS_CHOICES)


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


def is_found(checklist: Checklist, item: ChecklistItem) -> bool:
    """Evidence says the account exists: found by discovery, or a bank card the user added."""
    if item.kind is ItemKind.BANK_CARD:
        return True
    return item.kind is ItemKind.PLATFORM and item.ref in found_refs(checklist)


# ---------------------------------------------------------------------------------------------
# The one work order: the list, "如果今天只做一件事", the finish page and the printout use it.


def work_order(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """Discovery steps first (they find the rest); then money, identity, other; inside the money
    tier the payment apps, then the bank cards, then the other money items; inside each group
    what discovery found first, then the most widely used (`rank`); carrier steps last (for a
    recycled number right after discovery: they are about the previous holder). Finished items
    (已完成, 没有这个账号/不需要) sink to the end. Stable otherwise, so the list does not jump about."""
    from bindguard.core.catalog import RANK_NICHE, TIER_ORDER, Platform, Tier

    found = found_refs(checklist)
    recycled = checklist.situation is Situation.RECYCLED

    def key(pair: tuple[int, ChecklistItem]) -> tuple:
        index, item = pair
        if item.kind is ItemKind.DISCOVERY:
            lane = 0
        elif item.kind is ItemKind.CARRIER:
            lane = 1 if recycled else 3
        else:
            lane = 2
        tier = item_tier(item, catalog)
        entry = catalog.entry(item.ref) if item.kind is ItemKind.PLATFORM and item.ref else None
        platform = entry if isinstance(entry, Platform) else None
        group = 0
        if tier is Tier.MONEY:
            if item.kind is ItemKind.BANK_CARD:
                group = 1
            elif platform is None or platform.category != "payment":
                group = 2
        evidence = item.kind is ItemKind.PLATFORM and item.ref in found
        rank = platform.rank if platform is not None else RANK_NICHE
        category = catalog.categories.get(platform.category) if platform is not None else None
        return (not item.status.is_open, lane, TIER_ORDER[tier], group, not evidence, rank,
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


def progress_words(items: list[ChecklistItem], lang: str) -> str:
    """"已完成 5 项，还剩 10 项": finished (done or not needed) and still open."""
    count = progress(items)
    left = count.total - count.finished
    if lang == "zh":
        return f"已完成 {count.finished} 项，还剩 {left} 项"
    return f"{count.finished} done, {left} left"


# ---------------------------------------------------------------------------------------------
# The two doors of page 2. Both pre-select the same evidence-based set; 只做最要紧的 then shows
# only the money and identity tiers on the accounts page, 全面检查 shows everything.

NEARLY_EVERYONE = 1  # rank 1: 支付宝, 微信, 微信支付, 个人所得税


def with_money_side(platform_ids: list[str], catalog: Catalog) -> list[str]:
    """The platforms and, right after each, the wallet its payments go through (美团 -> 美团支付,
    淘宝 -> 支付宝: the catalog's `pays_through`), each once. Whoever holds the old number can spend
    through the wallet, not the shop: a pasted 【美团】 SMS that added only 美团 left the money out."""
    out: list[str] = []
    for pid in platform_ids:
        platform = catalog.platforms.get(pid)
        for each in (pid, platform.pays_through if platform is not None else ""):
            if each and each not in out:
                out.append(each)
    return out


def door_platforms(checklist: Checklist, catalog: Catalog) -> list[Platform]:
    """What both doors tick: the money and identity platforms nearly everyone has (rank 1) and
    every platform discovery found (counts, pasted SMS) with the wallet it pays through, in
    catalog order."""
    found = set(with_money_side(sorted(found_refs(checklist)), catalog))
    return [p for p in catalog.platforms.values()
            if (p.rank <= NEARLY_EVERYONE and catalog.is_essential(p)) or p.id in found]


def door_steps(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """The situation's steps a door puts on a new list. 全面检查: the discovery and carrier steps.
    只做最要紧的: the discovery steps only (they find the money); the carrier steps join the list
    on the last page (最后一步), which adds them when it shows them."""
    steps = suggested_items(checklist, catalog)
    if checklist.scope is Scope.ESSENTIAL:
        steps = [i for i in steps if i.kind is not ItemKind.CARRIER]
    return steps


def door_additions(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """The items the door adds that the checklist does not have yet: the door's steps and the
    pre-selected platforms. Call it when the checklist is made and again after discovery found
    something; bank cards come from the bank page."""
    wanted = [*door_steps(checklist, catalog), *(platform_item(p) for p in door_platforms(checklist, catalog))]
    have = {i.key for i in checklist.items}
    out = []
    for item in wanted:
        if item.key not in have:
            have.add(item.key)
            out.append(item)
    return out


def accounts_shown(catalog: Catalog, scope: Scope) -> list[Platform]:
    """The accounts page's tiles: every platform for 全面检查; the money and identity tiers for
    只做最要紧的 (ticked ones from another tier are shown too, by the page)."""
    if scope is Scope.FULL:
        return list(catalog.platforms.values())
    return essential_platforms(catalog)


# Rough minutes per item, for "清单上有 12 项，大约要 1 小时": reading the steps and doing them in
# the app; a visit to a counter or a review that takes days is not counted.
_MINUTES = {ItemKind.DISCOVERY: 5, ItemKind.CARRIER: 5, ItemKind.PLATFORM: 5, ItemKind.BANK_CARD: 10,
            ItemKind.CUSTOM: 5}


def estimate_minutes(checklist: Checklist) -> int:
    """Rough time for the open items, rounded up to 5 minutes; without the old number's SMS an
    app takes longer (face scan, appeal)."""
    total = 0
    for item in checklist.items:
        if not item.status.is_open:
            continue
        minutes = _MINUTES[item.kind]
        if item.kind is ItemKind.PLATFORM and not old_number_works(checklist, item):
            minutes = 10
        total += minutes
    return -(-total // 5) * 5


def _duration_words(minutes: int, lang: str) -> str:
    """"1 小时 25 分钟": to the 5 minutes of estimate_minutes, so that every item ticked or added
    changes the words (rounded to half hours, 11 and 13 items both read "1 个半小时": a user walk)."""
    hours, rest = divmod(minutes, 60)
    if lang == "zh":
        parts = ([f"{hours} 小时"] if hours else []) + ([f"{rest} 分钟"] if rest or not hours else [])
        return " ".join(parts)
    parts = ([f"{hours} hour" + ("s" if hours > 1 else "")] if hours else []) + (
        [f"{rest} minutes"] if rest or not hours else [])
    return " ".join(parts)


def join_sentences(lang: str, *sentences: str) -> str:
    """Sentences one after another: Chinese ones join without a space (“……再做。清单上有……”)."""
    return ("" if lang == "zh" else " ").join(s for s in sentences if s)


def list_summary(checklist: Checklist, lang: str) -> str:
    """"清单上有 13 项，大约要 1 个小时（去柜台、等审核的时间不算）。" for the door and the accounts page."""
    count = sum(1 for i in checklist.items if i.status.is_open)
    duration = _duration_words(estimate_minutes(checklist), lang)
    if lang == "zh":
        return f"清单上有 {count} 项，大约要 {duration}（去柜台、等审核的时间不算）。"
    return f"{count} items on the list, about {duration} (not counting visits to a counter or waiting for a review)."


def door_preview(situation: Situation, scope: Scope, catalog: Catalog, lang: str) -> str:
    """What a door would put on a fresh checklist, in words, before the checklist exists."""
    checklist = Checklist("", situation, scope)
    checklist.items = door_additions(checklist, catalog)
    return list_summary(checklist, lang)


def door_summary(checklist: Checklist | None, situation: Situation, scope: Scope, catalog: Catalog,
                 lang: str) -> str:
    """Each door's count and time (page 2): for a new checklist what that door would put on it; for the
    checklist being made, what it has plus what that door would add (choosing a door never removes)."""
    if checklist is None:
        summary = door_preview(situation, scope, catalog, lang)
    else:
        trial = Checklist(checklist.name, situation, scope)
        trial.discovery_counts = dict(checklist.discovery_counts)
        trial.items = list(checklist.items)
        trial.items += door_additions(trial, catalog)
        summary = list_summary(trial, lang)
    if scope is Scope.FULL:  # where both doors start alike (situation 2 has no carrier steps), say why it differs
        summary = join_sentences(lang, summary, "您在下一步再挑的 App 会加进来。" if lang == "zh"
                                 else "The apps you pick next are added to it.")
    return summary
