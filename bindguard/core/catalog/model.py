"""The catalog's model: the words (labels, tiers, needs) and the frozen records read from the TOML."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from bindguard.core.catalog.sources import registrable_domain, source_host, source_outlet
from bindguard.core.text import Lang, Text


class Confidence(StrEnum):
    """How sure we are (shared/research/platform-facts.md labels; UNVERIFIED is never shipped)."""

    OFFICIAL = "official"
    NEWS = "news"
    REPORTED = "reported"


class RouteKind(StrEnum):
    REBIND = "rebind"  # change the number while the old one still receives SMS
    NO_CODE = "no_code"  # 无需验证码: face scan, bank card, trusted device, counter …
    CLOSE = "close"  # close the account instead
    RECYCLED = "recycled"  # for the new holder of a recycled number


class Tier(StrEnum):
    """How much harm a stranger holding the number could do with the account (PRODUCT.md §4)."""

    MONEY = "money"  # holds or moves money: balance, bound cards, loans, pay-later, brokerage, insurance
    IDENTITY = "identity"  # impersonates you or recovers other accounts: WeChat/QQ, e-mail, device, 政务
    OTHER = "other"


# The order of the work list; the words are the glossary's (涉及钱 is the ¥ badge).
TIER_ORDER: dict[Tier, int] = {Tier.MONEY: 0, Tier.IDENTITY: 1, Tier.OTHER: 2}
TIER_LABELS: dict[Tier, Text] = {
    Tier.MONEY: Text("涉及钱", "Money"),
    Tier.IDENTITY: Text("身份", "Identity"),
    Tier.OTHER: Text("其他", "Other"),
}
RANK_NICHE = 100  # rank: 1 = nearly everyone has it, 10 very common, 50 common, 100 niche


class Need(StrEnum):
    """What a route asks the user to bring or do: fixed tokens, shown as a checklist."""

    OLD_SMS = "old_sms"
    NEW_SMS = "new_sms"
    FACE_SCAN = "face_scan"
    ID_CARD = "id_card"
    BANK_CARD = "bank_card"
    TRUSTED_DEVICE = "trusted_device"
    EMAIL = "email"
    PASSWORD = "password"
    COUNTER_VISIT = "counter_visit"
    HOTLINE = "hotline"
    FRIEND = "friend"


NEED_LABELS: dict[Need, Text] = {
    Need.OLD_SMS: Text("旧号码能收到短信", "The old number receives SMS"),
    Need.NEW_SMS: Text("新号码能收到短信", "The new number receives SMS"),
    Need.FACE_SCAN: Text("刷脸（人脸识别）", "A face scan"),
    Need.ID_CARD: Text("本人身份证", "Your ID card"),
    Need.BANK_CARD: Text("本人银行卡", "Your bank card"),
    Need.TRUSTED_DEVICE: Text("一台已经登录的手机或电脑", "A phone or computer already signed in"),
    Need.EMAIL: Text("绑定的电子邮箱", "The linked e-mail address"),
    Need.PASSWORD: Text("登录密码或支付密码", "Your login or payment password"),
    Need.COUNTER_VISIT: Text("去营业厅/柜台办理", "A visit to a counter"),
    Need.HOTLINE: Text("打客服电话", "A call to the hotline"),
    Need.FRIEND: Text("一位好友帮忙验证", "A friend to help verify you"),
}

CONFIDENCE_LABELS: dict[Confidence, Text] = {
    Confidence.OFFICIAL: Text("官方说明", "Official source"),
    Confidence.NEWS: Text("新闻报道", "News report"),
    Confidence.REPORTED: Text("网友经验，仅供参考", "Users' reports, not confirmed"),
}

NONE_KNOWN = "none_known"
UNVERIFIED = "unverified"  # last_verified when no public source supporting the entry was checked
STALE_AFTER = dt.timedelta(days=365)
UNVERIFIED_LABEL = Text("未核实", "Not verified")


# A source note saying the page is the entry's own ("BOC's own notice", "ICBC's own FAQ", "Huawei's own
# documentation"): the reviewer checks the claim; the checker takes it as the entry's own page.
_OWN_PAGE = re.compile(r"\bown (?:page|FAQ|help|notice|site|documentation|document|support|announcement)",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Route:
    kind: RouteKind
    title: Text
    steps: tuple[Text, ...]
    needs: tuple[Need, ...]
    confidence: Confidence
    sources: tuple[str, ...]
    say: Text | None = None  # what to say on the phone or at the counter

    @property
    def needs_old_number(self) -> bool:
        return Need.OLD_SMS in self.needs


@dataclass(frozen=True)
class Entry:
    """What platforms, banks, discovery services and carrier steps share."""

    id: str
    name: Text
    confidence: Confidence
    sources: tuple[str, ...]
    last_verified: dt.date | None  # None: "unverified", shown as 未核实
    routes: tuple[Route, ...] = ()
    url: str = ""  # official https address, or empty: never guessed
    hotline: str = ""
    aliases: tuple[str, ...] = ()
    sms_senders: tuple[str, ...] = ()  # 【招商银行】 without brackets, only as a source shows it
    sms_senders_guessed: tuple[str, ...] = ()  # guesses: the matcher may use them, never shown as fact
    short_numbers: tuple[str, ...] = ()  # 95555, 1069…
    note: Text | None = None

    def routes_of(self, kind: RouteKind) -> tuple[Route, ...]:
        return tuple(r for r in self.routes if r.kind is kind)

    @property
    def is_unverified(self) -> bool:
        return self.last_verified is None

    def is_stale(self, today: dt.date) -> bool:
        """Checked more than a year ago. An unverified entry is not stale: it says 未核实 instead."""
        return self.last_verified is not None and today - self.last_verified > STALE_AFTER

    def verified_text(self, lang: Lang) -> str:
        """The check date as shown (ISO), or 未核实 / Not verified."""
        if self.last_verified is None:
            return UNVERIFIED_LABEL.get(lang)
        return self.last_verified.isoformat()


@dataclass(frozen=True)
class Platform(Entry):
    category: str = ""
    tier: Tier = Tier.OTHER
    tier_reason: Text | None = None  # one plain sentence the user sees: why this tier
    rank: int = RANK_NICHE  # 1 = nearly everyone has it … 100 niche
    covered_by: tuple[str, ...] = ()  # discovery service ids that find this app
    covered_by_sources: tuple[str, ...] = ()  # the pages saying so: they support covered_by, not a route
    no_code: str = ""  # NONE_KNOWN when no no-code route is known
    accounts_per_number: int = 0  # how many accounts one number may hold, when a source says (0: not known)
    pays_through: str = ""  # the money-tier platform its payments go through (美团 -> 美团支付): added with it
    general_way: str = "app"  # the general way (general_ways.toml) shown after its own routes, or alone

    @property
    def is_general_way_entry(self) -> bool:
        """No public source about its own procedure: no routes of its own, the general way only."""
        return not self.routes

    @property
    def money_risk(self) -> bool:
        """The ¥ 涉及钱 badge: derived from the tier (the old `money_risk` field is gone)."""
        return self.tier is Tier.MONEY

    @property
    def has_no_code_route(self) -> bool:
        return bool(self.routes_of(RouteKind.NO_CODE))

    @cached_property
    def search_text(self) -> str:
        """Names and aliases in one folded string, made once per platform: search runs per keystroke.

        Kept on the platform itself (a module-level cache keyed by id() handed a new catalog the
        haystack of a collected one whose id was reused, and searches then found nothing).
        """
        return " ".join([self.name.zh, self.name.en, *self.aliases]).casefold()

    @cached_property
    def exact_names(self) -> frozenset[str]:
        return frozenset({self.name.zh.casefold(), self.name.en.casefold(), *(a.casefold() for a in self.aliases)})


@dataclass(frozen=True)
class Bank(Entry):
    kind: str = "bank"  # BANK_KINDS
    parent: str = ""  # for a credit-card centre: the id of its bank
    province: Text | None = None  # for a rural bank system: its province
    general_way: str = "bank_counter"  # the general way (general_ways.toml) shown after its own routes


@dataclass(frozen=True)
class DiscoveryService(Entry):
    finds: Text | None = None
    finds_short: Text | None = None  # what it finds in one short line, under its name (checks.FINDS_SHORT_MOST)
    where: Text | None = None
    enter: Text | None = None
    result: Text | None = None
    limits: Text | None = None
    situations: tuple[str, ...] = ()
    # 只做最要紧的 lists it too (core.doors): it finds where her money is (her bank cards, what may take
    # money from them, the app accounts on the number), or it is 最后一步's own step for a recycled number
    urgent: bool = False


@dataclass(frozen=True)
class CarrierStep(Entry):
    situations: tuple[str, ...] = ()


@dataclass(frozen=True)
class GeneralWay(Entry):
    """The way most apps (or banks) do it, written once (general_ways.toml): shown under `label`
    after an entry's own routes, and alone for an entry with no public source about its own."""

    label: Text | None = None  # 通用办法：大多数 App 是这样改的，这个 App 可能不同
    applies_to: str = "platform"  # GENERAL_WAY_TARGETS


GENERAL_WAY_TARGETS = ("platform", "bank")


@dataclass(frozen=True)
class Category:
    id: str
    name: Text
    order: int
    essential: bool  # part of 只做最要紧的
    icon: str = ""


@dataclass(frozen=True)
class SmsSignature:
    """A 【signature】 that is not the platform's own name (WeChat signs as 【腾讯科技】), as a source shows."""

    name: str
    platforms: tuple[str, ...]
    banks: tuple[str, ...]
    sources: tuple[str, ...]


BANK_KINDS = ("bank", "credit_card", "rural")


@dataclass(frozen=True)
class Outlet:
    """A named news outlet (news_outlets.toml); self_media: its hosts or host/path prefixes that are not."""

    domain: str
    name: Text
    self_media: tuple[str, ...] = ()


@dataclass
class CatalogIssue:
    file: str
    entry: str
    field: str
    message: str
    evidence: bool = False  # an evidence-rule finding: fails `catalog check` and CI, not the app's start

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.field}: {self.message}"



@dataclass
class Catalog:
    categories: dict[str, Category] = field(default_factory=dict)
    platforms: dict[str, Platform] = field(default_factory=dict)
    banks: dict[str, Bank] = field(default_factory=dict)
    discovery: dict[str, DiscoveryService] = field(default_factory=dict)
    carrier: dict[str, CarrierStep] = field(default_factory=dict)
    news_outlets: dict[str, Outlet] = field(default_factory=dict)  # domain -> outlet
    sms_signatures: dict[str, SmsSignature] = field(default_factory=dict)  # folded name -> signature
    general_ways: dict[str, GeneralWay] = field(default_factory=dict)  # id -> way

    def general_way_of(self, entry: Entry | None) -> GeneralWay | None:
        """The general way an app or bank shows after its own routes (None: none, or not written yet)."""
        way_id = getattr(entry, "general_way", "")
        return self.general_ways.get(way_id) if way_id else None

    def entry(self, entry_id: str) -> Entry | None:
        for table in (self.platforms, self.banks, self.discovery, self.carrier):
            if entry_id in table:
                return table[entry_id]
        return None

    def platforms_in(self, category_id: str) -> list[Platform]:
        return [p for p in self.platforms.values() if p.category == category_id]

    def sorted_categories(self) -> list[Category]:
        return sorted(self.categories.values(), key=lambda c: (c.order, c.id))

    def is_essential(self, platform: Platform) -> bool:
        """Shown behind the 只做最要紧的 door: the money and identity tiers."""
        return platform.tier is not Tier.OTHER

    def search(self, query: str) -> list[Platform]:
        """Platforms whose names or aliases contain `query` (case-insensitive).

        A platform whose name or alias *is* the query comes first (typing 微信 should show 微信
        before 微信支付), then the others in catalog order.
        """
        needle = query.strip().casefold()
        if not needle:
            return list(self.platforms.values())
        found = [p for p in self.platforms.values() if needle in p.search_text]
        return sorted(found, key=lambda p: needle not in p.exact_names)

    def bank_for_card(self, bank_id: str, credit: bool) -> str:
        """Which bank entry a card belongs to: a credit card goes to its bank's credit-card centre
        when the catalog has one (it keeps its own number, app and hotline); a debit card chosen
        under a card centre goes back to the bank itself."""
        bank = self.banks.get(bank_id)
        if bank is None:
            return bank_id
        if credit:
            if bank.kind == "credit_card":
                return bank.id
            centre = next((b.id for b in self.banks.values()
                           if b.kind == "credit_card" and b.parent == bank.id), "")
            return centre or bank.id
        if bank.kind == "credit_card" and bank.parent in self.banks:
            return bank.parent
        return bank.id

    def all_entries(self) -> list[Entry]:
        return [*self.platforms.values(), *self.banks.values(), *self.discovery.values(),
                *self.carrier.values()]

    def source_kind(self, source: str, entry: Entry | None = None) -> str:
        """official (a government page, or the entry's own domain), news (a listed outlet) or other."""
        host = source_host(source)
        if not host:
            return "other"
        if host == "gov.cn" or host.endswith(".gov.cn"):
            return "official"
        own = registrable_domain(source_host(entry.url)) if entry is not None and entry.url else ""
        if own and registrable_domain(host) == own:
            return "official"
        if entry is not None and _OWN_PAGE.search(source):
            return "official"  # the note says the page is the entry's own (banks have no `url` to compare)
        if source_outlet(source, self.news_outlets):
            return "news"
        return "other"


class CatalogError(Exception):
    def __init__(self, issues: list[CatalogIssue]) -> None:
        self.issues = issues
        super().__init__("\n".join(map(str, issues)))
