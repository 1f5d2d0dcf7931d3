"""The catalog: platforms, banks, discovery services, carrier steps and categories (PRODUCT.md §4).

The data lives in resources/catalog/*.toml (TOML because contributors write Chinese prose with
comments; tomllib is in the standard library). Loading validates everything and collects every
problem as a CatalogIssue naming the file, the entry and the field, so `bindguard catalog check`
can list them all at once instead of stopping at the first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bindguard.core.errors import Lang


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
TIER_LABELS: dict[Tier, dict[str, str]] = {
    Tier.MONEY: {"zh": "涉及钱", "en": "Money"},
    Tier.IDENTITY: {"zh": "身份", "en": "Identity"},
    Tier.OTHER: {"zh": "其他", "en": "Other"},
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


NEED_LABELS: dict[Need, dict[str, str]] = {
    Need.OLD_SMS: {"zh": "旧号码能收到短信", "en": "The old number receives SMS"},
    Need.NEW_SMS: {"zh": "新号码能收到短信", "en": "The new number receives SMS"},
    Need.FACE_SCAN: {"zh": "刷脸（人脸识别）", "en": "A face scan"},
    Need.ID_CARD: {"zh": "本人身份证", "en": "Your ID card"},
    Need.BANK_CARD: {"zh": "本人银行卡", "en": "Your bank card"},
    Need.TRUSTED_DEVICE: {"zh": "一台已经登录的手机或电脑", "en": "A phone or computer already signed in"},
    Need.EMAIL: {"zh": "绑定的电子邮箱", "en": "The linked e-mail address"},
    Need.PASSWORD: {"zh": "登录密码或支付密码", "en": "Your login or payment password"},
    Need.COUNTER_VISIT: {"zh": "去营业厅/柜台办理", "en": "A visit to a counter"},
    Need.HOTLINE: {"zh": "打客服电话", "en": "A call to the hotline"},
    Need.FRIEND: {"zh": "一位好友帮忙验证", "en": "A friend to help verify you"},
}

CONFIDENCE_LABELS: dict[Confidence, dict[str, str]] = {
    Confidence.OFFICIAL: {"zh": "官方说明", "en": "Official source"},
    Confidence.NEWS: {"zh": "新闻报道", "en": "News report"},
    Confidence.REPORTED: {"zh": "网友经验，仅供参考", "en": "Users' reports, not confirmed"},
}

NONE_KNOWN = "none_known"
UNVERIFIED = "unverified"  # last_verified when no public source supporting the entry was checked
STALE_AFTER = dt.timedelta(days=365)
UNVERIFIED_LABEL: dict[str, str] = {"zh": "未核实", "en": "Not verified"}


@dataclass(frozen=True)
class Text:
    """A bilingual string. Catalog text is data, not .ts: every field has zh and en."""

    zh: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


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
            return UNVERIFIED_LABEL[lang]
        return self.last_verified.isoformat()


@dataclass(frozen=True)
class Platform(Entry):
    category: str = ""
    tier: Tier = Tier.OTHER
    tier_reason: Text | None = None  # one plain sentence the user sees: why this tier
    rank: int = RANK_NICHE  # 1 = nearly everyone has it … 100 niche
    covered_by: tuple[str, ...] = ()  # discovery service ids that find this app
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
    where: Text | None = None
    enter: Text | None = None
    result: Text | None = None
    limits: Text | None = None
    situations: tuple[str, ...] = ()


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
        if _source_outlet(source, self.news_outlets):
            return "news"
        return "other"

    def evidence_stats(self) -> dict[str, Any]:
        """Labels and sources over every entry (platforms, banks, discovery, carrier)."""
        entries = self.all_entries()
        kinds: Counter[str] = Counter({"official": 0, "news": 0, "other": 0})
        for entry in entries:
            for source in {*entry.sources, *(s for r in entry.routes for s in r.sources)}:
                kinds[self.source_kind(source, entry)] += 1
        labels = [c.value for c in Confidence]
        by_entry = Counter(str(e.confidence) for e in entries)
        by_route = Counter(str(r.confidence) for e in entries for r in e.routes)
        return {
            "entries": len(entries),
            "entries_by_label": {label: by_entry.get(label, 0) for label in labels},
            "routes_by_label": {label: by_route.get(label, 0) for label in labels},
            "entries_unverified": sum(e.is_unverified for e in entries),
            "sources_by_kind": dict(kinds),
            "banks_by_kind": {k: sum(b.kind == k for b in self.banks.values()) for k in BANK_KINDS},
        }

    def stats(self) -> dict[str, Any]:
        entries: list[Entry] = [*self.platforms.values(), *self.banks.values(), *self.discovery.values()]
        return {
            **self.evidence_stats(),
            "platforms": len(self.platforms),
            "banks": len(self.banks),
            "discovery_services": len(self.discovery),
            "carrier_steps": len(self.carrier),
            "categories": len(self.categories),
            "with_no_code_route": sum(p.has_no_code_route for p in self.platforms.values()),
            "money_risk": sum(p.money_risk for p in self.platforms.values()),
            "by_tier": dict(Counter(str(p.tier) for p in self.platforms.values())),
            "by_confidence": dict(Counter(str(e.confidence) for e in entries)),
            "by_category": dict(Counter(p.category for p in self.platforms.values())),
            "routes_by_confidence": dict(
                Counter(str(r.confidence) for e in entries for r in e.routes)
            ),
        }

    def to_json(self) -> dict[str, Any]:
        def plain(obj: Any) -> Any:
            if isinstance(obj, dict):
                return {k: plain(v) for k, v in obj.items()}
            if isinstance(obj, list | tuple):
                return [plain(v) for v in obj]
            if isinstance(obj, dt.date):
                return obj.isoformat()
            return obj

        return {
            "categories": [plain(asdict(c)) for c in self.sorted_categories()],
            "platforms": [plain(asdict(p)) for p in self.platforms.values()],
            "banks": [plain(asdict(b)) for b in self.banks.values()],
            "discovery_services": [plain(asdict(d)) for d in self.discovery.values()],
            "carrier_steps": [plain(asdict(c)) for c in self.carrier.values()],
        }


class CatalogError(Exception):
    def __init__(self, issues: list[CatalogIssue]) -> None:
        self.issues = issues
        super().__init__("\n".join(map(str, issues)))


# ---------------------------------------------------------------------------------------------
# Loading and validation


FILES = {
    "categories": "categories.toml",
    "banks": "banks.toml",
    "discovery": "discovery.toml",
    "carrier": "carrier.toml",
    "general_ways": "general_ways.toml",
}
PLATFORM_DIR = "platforms"


class _Reader:
    """Reads one TOML table into dataclasses, recording every problem instead of raising."""

    def __init__(self, file: str, issues: list[CatalogIssue], today: dt.date) -> None:
        self.file = file
        self.issues = issues
        self.today = today
        self.entry = "?"

    def bad(self, fld: str, message: str) -> None:
        self.issues.append(CatalogIssue(self.file, self.entry, fld, message))

    def text(self, data: dict, fld: str, required: bool = True, label: str = "") -> Text | None:
        value = data.get(fld)
        label = label or fld
        if value is None:
            if required:
                self.bad(label, "missing")
            return None
        return self._text_value(value, label)

    def _text_value(self, value: Any, fld: str) -> Text | None:
        if not isinstance(value, dict):
            self.bad(fld, "must be a table with zh and en")
            return None
        ok = True
        for lang in ("zh", "en"):
            if not isinstance(value.get(lang), str) or not value[lang].strip():
                self.bad(fld, f"missing language {lang}")
                ok = False
        extra = set(value) - {"zh", "en"}
        if extra:
            self.bad(fld, f"unknown language key(s): {', '.join(sorted(extra))}")
        return Text(value["zh"].strip(), value["en"].strip()) if ok else None

    def texts(self, data: dict, fld: str, label: str) -> tuple[Text, ...]:
        value = data.get(fld)
        if not isinstance(value, list) or not value:
            self.bad(label, "needs at least one step")
            return ()
        out = []
        for i, item in enumerate(value, 1):
            text = self._text_value(item, f"{label}[{i}]")
            if text:
                out.append(text)
        return tuple(out)

    def strings(self, data: dict, fld: str) -> tuple[str, ...]:
        value = data.get(fld, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.bad(fld, "must be a list of non-empty strings")
            return ()
        return tuple(v.strip() for v in value)

    def string(self, data: dict, fld: str, required: bool = False) -> str:
        value = data.get(fld, "")
        if not isinstance(value, str):
            self.bad(fld, "must be a string")
            return ""
        if required and not value.strip():
            self.bad(fld, "missing")
        return value.strip()

    def confidence(self, data: dict, label: str = "confidence") -> Confidence:
        value = data.get("confidence")
        fld = label
        try:
            return Confidence(value)
        except ValueError:
            words = ", ".join(c.value for c in Confidence)
            self.bad(fld, f"unknown confidence {value!r} (use one of: {words})")
            return Confidence.REPORTED

    def sources(self, data: dict) -> tuple[str, ...]:
        if "sources" not in data:
            self.bad("sources", "missing (write sources = [] only with confidence = \"reported\" and "
                     "last_verified = \"unverified\")")
        return self.strings(data, "sources")  # an empty list is judged by _check_evidence

    def date(self, data: dict, fld: str = "last_verified") -> dt.date | None:
        value = data.get(fld)
        if value == UNVERIFIED:
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            self.bad(fld, f"missing or not a date (write 2026-11-28 without quotes, or \"{UNVERIFIED}\")")
            return None
        if value > self.today:
            self.bad(fld, f"{value} is in the future")
        return value

    def url(self, data: dict, fld: str = "url") -> str:
        value = self.string(data, fld)
        if value and not is_https_url(value):
            self.bad(fld, f"{value!r} is not a well-formed https URL")
        return value

    def route(self, data: Any, fld: str) -> Route | None:
        if not isinstance(data, dict):
            self.bad(fld, "must be a table")
            return None
        try:
            kind = RouteKind(data.get("kind"))
        except ValueError:
            self.bad(f"{fld}.kind", f"unknown route kind {data.get('kind')!r}")
            return None
        needs = []
        for token in self.strings(data, "needs"):
            try:
                needs.append(Need(token))
            except ValueError:
                self.bad(f"{fld}.needs", f"unknown token {token!r}")
        title = self.text(data, "title", label=f"{fld}.title")
        steps = self.texts(data, "steps", f"{fld}.steps")
        sources = self.strings(data, "sources")  # an empty list is judged by _check_evidence
        say = self.text(data, "say", required=False, label=f"{fld}.say")
        confidence = self.confidence(data, f"{fld}.confidence")
        if not title or not steps:
            return None
        return Route(kind, title, steps, tuple(needs), confidence, sources, say)

    def tier_fields(self, data: dict) -> tuple[Tier, Text | None, int]:
        """`tier`, `tier_reason` and `rank` of a platform; a missing or wrong one is an issue.

        They fail `catalog check` and CI, but do not stop the app from starting (like the evidence
        rule's findings): a safe default stands in (money, the most serious tier; rank 100)."""
        before = len(self.issues)
        value = data.get("tier")
        try:
            tier = Tier(value)
        except ValueError:
            words = ", ".join(t.value for t in Tier)
            self.bad("tier", "missing (write tier = \"money\", \"identity\" or \"other\")" if value is None
                     else f"unknown tier {value!r} (use one of: {words})")
            tier = Tier.MONEY  # a broken entry is treated as the most serious
        reason = self.text(data, "tier_reason")
        rank = data.get("rank")
        if rank is None:
            self.bad("rank", "missing (1 = nearly everyone has it, 10 very common, 50 common, 100 niche)")
            rank = RANK_NICHE
        elif isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
            self.bad("rank", f"must be a positive whole number, not {rank!r}")
            rank = RANK_NICHE
        if "money_risk" in data:
            self.bad("money_risk", "replaced by tier (money_risk is derived from tier = \"money\"); delete the line")
        for issue in self.issues[before:]:
            issue.evidence = True
        return tier, reason, rank

    def routes(self, data: dict) -> tuple[Route, ...]:
        raw = data.get("route", [])
        if not isinstance(raw, list):
            self.bad("route", "must be a list of [[…route]] tables")
            return ()
        routes = []
        for i, item in enumerate(raw, 1):
            route = self.route(item, f"route[{i}]")
            if route:
                routes.append(route)
        return tuple(routes)

    def entry_fields(self, data: dict) -> dict[str, Any]:
        return {
            "id": self.entry,
            "name": self.text(data, "name") or Text(self.entry, self.entry),
            "confidence": self.confidence(data),
            "sources": self.sources(data),
            "last_verified": self.date(data),
            "routes": self.routes(data),
            "url": self.url(data),
            "hotline": self.string(data, "hotline"),
            "aliases": self.strings(data, "aliases"),
            "sms_senders": tuple(s.strip("【】[] ") for s in self.strings(data, "sms_senders")),
            "sms_senders_guessed": tuple(s.strip("【】[] ") for s in self.strings(data, "sms_senders_guessed")),
            "short_numbers": self.strings(data, "short_numbers"),
            "note": self.text(data, "note", required=False),
        }


def is_https_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    host = parts.hostname or ""
    return (
        parts.scheme == "https"
        and "." in host
        and not any(c.isspace() for c in value)
        and all(label for label in host.split("."))
    )


def _read_toml(path: Path, rel: str, issues: list[CatalogIssue]) -> dict:
    import tomllib  # here: the compiled catalog never needs it

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        issues.append(CatalogIssue(rel, "-", "-", "file missing"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        issues.append(CatalogIssue(rel, "-", "-", f"not valid TOML: {exc}"))
    return {}


def _items(doc: dict, key: str, rel: str, issues: list[CatalogIssue]) -> list[dict]:
    items = doc.get(key, [])
    if not isinstance(items, list):
        issues.append(CatalogIssue(rel, "-", key, f"must be a list of [[{key}]] tables"))
        return []
    return [i for i in items if isinstance(i, dict)]


def load_catalog_collecting(
    root: Path, today: dt.date | None = None, use_compiled: bool = True
) -> tuple[Catalog, list[CatalogIssue]]:
    """Load every file under `root`; return what could be read plus every problem found.

    The compiled form (root/compiled.pickle, made by packaging/build_catalog.py) is used when it was
    made from exactly these TOML files (their digest) by this Python, not after `today`; otherwise,
    and for `catalog check` (use_compiled=False), the TOML is read.
    """
    today = today or dt.date.today()
    if use_compiled:
        compiled = _read_compiled(root, today)
        if compiled is not None:
            return compiled
    return _load_from_toml(root, today)


def _load_from_toml(root: Path, today: dt.date) -> tuple[Catalog, list[CatalogIssue]]:
    issues: list[CatalogIssue] = []
    catalog = Catalog()
    seen: dict[str, str] = {}

    def claim(reader: _Reader, data: dict) -> bool:
        entry_id = data.get("id")
        reader.entry = str(entry_id) if entry_id else "?"
        if not isinstance(entry_id, str) or not entry_id.strip():
            reader.bad("id", "missing")
            return False
        if not entry_id.replace("_", "").replace("-", "").isalnum() or not entry_id.isascii():
            reader.bad("id", "use lower-case ASCII letters, digits, - and _")
        if entry_id in seen:
            reader.bad("id", f"duplicate id (also in {seen[entry_id]})")
            return False
        seen[entry_id] = reader.file
        return True

    rel = FILES["categories"]
    doc = _read_toml(root / rel, rel, issues)
    for data in _items(doc, "category", rel, issues):
        reader = _Reader(rel, issues, today)
        if not claim(reader, data):
            continue
        if "fallback" in data:
            reader.bad("fallback", f"replaced by the one general way in {FILES['general_ways']}; delete it")
        name = reader.text(data, "name") or Text(reader.entry, reader.entry)
        catalog.categories[reader.entry] = Category(
            reader.entry, name, int(data.get("order", 99)), bool(data.get("essential", False)),
            reader.string(data, "icon"),
        )

    rel = FILES["general_ways"]
    doc = _read_toml(root / rel, rel, issues)
    for data in _items(doc, "way", rel, issues):
        reader = _Reader(rel, issues, today)
        if not claim(reader, data):
            continue
        applies_to = reader.string(data, "applies_to") or "platform"
        if applies_to not in GENERAL_WAY_TARGETS:
            reader.bad("applies_to", f"unknown {applies_to!r} (use one of: {', '.join(GENERAL_WAY_TARGETS)})")
        catalog.general_ways[reader.entry] = GeneralWay(
            **reader.entry_fields(data), label=reader.text(data, "label"), applies_to=applies_to)

    platform_files = sorted((root / PLATFORM_DIR).glob("*.toml"))
    if not platform_files:
        issues.append(CatalogIssue(PLATFORM_DIR, "-", "-", "no platform files"))
    for path in platform_files:
        rel = f"{PLATFORM_DIR}/{path.name}"
        doc = _read_toml(path, rel, issues)
        for data in _items(doc, "platform", rel, issues):
            reader = _Reader(rel, issues, today)
            if not claim(reader, data):
                continue
            fields = reader.entry_fields(data)
            category = reader.string(data, "category", required=True)
            if category and category not in catalog.categories:
                reader.bad("category", f"unknown category {category!r}")
            tier, tier_reason, rank = reader.tier_fields(data)
            no_code = reader.string(data, "no_code")
            if no_code and no_code != NONE_KNOWN:
                reader.bad("no_code", f"the only allowed value is {NONE_KNOWN!r}")
            platform = Platform(
                **fields, category=category, tier=tier, tier_reason=tier_reason, rank=rank,
                covered_by=reader.strings(data, "covered_by"), no_code=no_code,
                accounts_per_number=_accounts_per_number(reader, data),
                pays_through=reader.string(data, "pays_through"),
                general_way=reader.string(data, "general_way") if "general_way" in data else "app",
            )
            if platform.has_no_code_route and no_code:
                reader.bad("no_code", "says none known but a no_code route is listed")
            if tier is Tier.MONEY and not platform.has_no_code_route and no_code != NONE_KNOWN:
                reader.bad(
                    "no_code",
                    f"money-risk platform needs a no_code route or no_code = {NONE_KNOWN!r}",
                )
            catalog.platforms[platform.id] = platform

    for key, rel, cls, table in (
        ("bank", FILES["banks"], Bank, catalog.banks),
        ("service", FILES["discovery"], DiscoveryService, catalog.discovery),
        ("step", FILES["carrier"], CarrierStep, catalog.carrier),
    ):
        doc = _read_toml(root / rel, rel, issues)
        for data in _items(doc, key, rel, issues):
            reader = _Reader(rel, issues, today)
            if not claim(reader, data):
                continue
            fields = reader.entry_fields(data)
            if not fields["routes"] and cls is not Bank:  # a bank may rely on its general way
                reader.bad("route", "at least one route is required")
            extra: dict[str, Any] = {}
            if cls is Bank:
                extra.update(_bank_fields(reader, data))
            if cls is DiscoveryService:
                for fld in ("finds", "where", "enter", "result", "limits"):
                    extra[fld] = reader.text(data, fld)
            if cls in (DiscoveryService, CarrierStep):
                extra["situations"] = reader.strings(data, "situations")
            table[reader.entry] = cls(**fields, **extra)

    for platform in catalog.platforms.values():
        for service in platform.covered_by:
            if service not in catalog.discovery:
                issues.append(
                    CatalogIssue(_file_of(seen, platform.id), platform.id, "covered_by",
                                 f"unknown discovery service {service!r}")
                )
        if platform.pays_through:
            wallet = catalog.platforms.get(platform.pays_through)
            if wallet is None or wallet.tier is not Tier.MONEY or wallet.id == platform.id:
                issues.append(
                    CatalogIssue(_file_of(seen, platform.id), platform.id, "pays_through",
                                 f"must name another platform with tier = \"money\", not {platform.pays_through!r}")
                )
    _check_general_ways(catalog, seen, issues)
    _check_situations(catalog, seen, issues)
    catalog.news_outlets = _load_outlets(root, issues)
    catalog.sms_signatures = _load_signatures(root, catalog, issues)
    _check_evidence(catalog, seen, issues)
    _check_banks(catalog, seen, issues)
    return catalog, issues


def _file_of(seen: dict[str, str], entry_id: str) -> str:
    return seen.get(entry_id, "?")


def _check_general_ways(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    """Each app or bank names a general way of its kind; an app with no routes of its own needs one
    that has routes (its page shows nothing else)."""
    for entry, target in [*((p, "platform") for p in catalog.platforms.values()),
                          *((b, "bank") for b in catalog.banks.values())]:
        way_id = entry.general_way
        way = catalog.general_ways.get(way_id)
        file = _file_of(seen, entry.id)
        if way_id and way is None:
            issues.append(CatalogIssue(file, entry.id, "general_way",
                                       f"unknown general way {way_id!r} ({FILES['general_ways']})"))
        elif way is not None and way.applies_to != target:
            issues.append(CatalogIssue(file, entry.id, "general_way",
                                       f"{way_id!r} is a general way for a {way.applies_to}, not a {target}"))
        if not entry.routes and (way is None or not way.routes):
            issues.append(CatalogIssue(file, entry.id, "route", "no route of its own and no general way with "
                                       f"routes: write general_way = \"app\" ({FILES['general_ways']})"))


def _check_situations(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    from bindguard.core.situation import Situation

    known = {s.value for s in Situation}
    for entry in [*catalog.discovery.values(), *catalog.carrier.values()]:
        for situation in entry.situations:
            if situation not in known:
                issues.append(
                    CatalogIssue(_file_of(seen, entry.id), entry.id, "situations",
                                 f"unknown situation {situation!r}")
                )


def load_catalog(root: Path | None = None, today: dt.date | None = None) -> Catalog:
    """Load and validate; raise CatalogError listing every problem if there is any."""
    if root is None:
        from bindguard.resources import resource_path

        root = resource_path("catalog")
    catalog, issues = load_catalog_collecting(root, today)
    # Evidence-rule findings (a label above its source, a date without a public source, 上面/下面 in
    # a step) stop `bindguard catalog check` and CI from shipping the catalog; they do not make a
    # user's window refuse to open. Everything else does.
    broken = [i for i in issues if not i.evidence]
    if broken:
        raise CatalogError(broken)
    return catalog


# ---------------------------------------------------------------------------------------------
# The evidence rule (PRODUCT.md §4, issue 14): labels no higher than their sources, honest dates,
# sourced SMS senders, routes that name each other, and the bank model.

OUTLETS_FILE = "news_outlets.toml"
SIGNATURES_FILE = "sms_signatures.toml"
_URL = re.compile(r"https?://[^\s()（）]+")
# 上面/下面 point at another route (the screen reorders them); 最上面/最下面 ("at the very top of
# Settings") point at the phone's own screen and are fine.
_RELATIVE_WORDS = re.compile(r"(?<!最)上面|(?<!最)下面|上文|下文|\babove\b|\bbelow\b", re.IGNORECASE)


def source_url(source: str) -> str:
    """The public address a source line cites ("https://… (what it says)"), or ""."""
    found = _URL.search(source)
    return found.group(0) if found else ""


def source_host(source: str) -> str:
    url = source_url(source)
    try:
        return (urlsplit(url).hostname or "").lower() if url else ""
    except ValueError:
        return ""


def registrable_domain(host: str) -> str:
    """weixin110.qq.com -> qq.com; www.icbc.com.cn -> icbc.com.cn (enough for Chinese sites)."""
    labels = [label for label in host.lower().split(".") if label]
    if len(labels) >= 3 and labels[-1] == "cn" and labels[-2] in {"com", "net", "org", "gov", "edu", "ac"}:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def outlet_of(host: str, outlets: dict[str, Outlet], path: str = "/") -> str:
    """The listed outlet domain `host` belongs to (subdomains count), or "": a portal's self-media
    channel (网易号 163.com/dy/, 新浪看点 k.sina.com.cn …, the outlet's `self_media`) is not the outlet."""
    host = host.lower()
    for domain in outlets:
        if not _on(host, domain):
            continue
        for prefix in outlets[domain].self_media:
            where, _slash, under = prefix.partition("/")
            if _on(host, where) and (not under or path.startswith("/" + under)):
                return ""
        return domain
    return ""


def _source_outlet(source: str, outlets: dict[str, Outlet]) -> str:
    url = source_url(source)
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return outlet_of((parts.hostname or ""), outlets, parts.path or "/") if url else ""


def _nothing_found(entry: Entry) -> bool:
    """The schema's marker for an entry with no public source: sources = [], reported, unverified."""
    return not entry.sources and entry.confidence is Confidence.REPORTED and entry.is_unverified


def _accounts_per_number(reader: _Reader, data: dict) -> int:
    value = data.get("accounts_per_number", 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > 99:
        reader.bad("accounts_per_number", "must be a whole number such as 5 (how many accounts one number may hold)")
        return 0
    if value > 1 and not any(source_url(s) for s in reader_sources(data)):
        reader.bad("accounts_per_number", "needs a public source (http/https address) that says so")
    return value


def reader_sources(data: dict) -> list[str]:
    raw = data.get("sources", [])
    return [s for s in raw if isinstance(s, str)] if isinstance(raw, list) else []


def _bank_fields(reader: _Reader, data: dict) -> dict[str, Any]:
    kind = reader.string(data, "kind") or "bank"
    if kind not in BANK_KINDS:
        reader.bad("kind", f"unknown bank kind {kind!r} (use one of: {', '.join(BANK_KINDS)})")
        kind = "bank"
    province = reader.text(data, "province", required=kind == "rural")
    way = reader.string(data, "general_way") if "general_way" in data else "bank_counter"
    return {"kind": kind, "parent": reader.string(data, "parent"), "province": province, "general_way": way}


def _load_outlets(root: Path, issues: list[CatalogIssue]) -> dict[str, Outlet]:
    doc = _read_toml(root / OUTLETS_FILE, OUTLETS_FILE, issues)
    outlets: dict[str, Outlet] = {}
    for data in _items(doc, "outlet", OUTLETS_FILE, issues):
        reader = _Reader(OUTLETS_FILE, issues, dt.date.max)
        domain = reader.string(data, "domain").lower()
        reader.entry = domain or "?"
        if not domain or "." not in domain or "/" in domain or not domain.isascii():
            reader.bad("domain", "write the bare domain, e.g. people.com.cn")
            continue
        if domain in outlets:
            reader.bad("domain", "listed twice")
        name = reader.text(data, "name")
        outlets[domain] = Outlet(domain, name or Text(domain, domain), reader.strings(data, "self_media"))
    if not outlets:
        issues.append(CatalogIssue(OUTLETS_FILE, "-", "outlet", "no news outlets listed"))
    return outlets


def _load_signatures(root: Path, catalog: Catalog, issues: list[CatalogIssue]) -> dict[str, SmsSignature]:
    path = root / SIGNATURES_FILE
    if not path.exists():
        return {}
    doc = _read_toml(path, SIGNATURES_FILE, issues)
    out: dict[str, SmsSignature] = {}
    for data in _items(doc, "signature", SIGNATURES_FILE, issues):
        reader = _Reader(SIGNATURES_FILE, issues, dt.date.max)
        name = reader.string(data, "name", required=True).strip("【】[] ")
        reader.entry = name or "?"
        platforms = reader.strings(data, "platforms")
        banks = reader.strings(data, "banks")
        for pid in platforms:
            if pid not in catalog.platforms:
                reader.bad("platforms", f"unknown platform {pid!r}")
        for bid in banks:
            if bid not in catalog.banks:
                reader.bad("banks", f"unknown bank {bid!r}")
        if not platforms and not banks:
            reader.bad("platforms", "name at least one platform or bank")
        sources = reader.strings(data, "sources")
        if not any(source_url(s) for s in sources):
            reader.bad("sources", "a signature mapping needs a public source (http/https) that shows it")
        if name:
            out[name.casefold()] = SmsSignature(name, platforms, banks, sources)
    return out


def _evidence_issue(file: str, entry: str, fld: str, message: str) -> CatalogIssue:
    return CatalogIssue(file, entry, fld, message, evidence=True)


def _check_route_words(route: Route, where: str, add: Any) -> None:
    """A route names another route ("按办法 2"), never 上面/下面/above/below: the screen reorders them."""
    texts = [("title", route.title), *((f"steps[{i}]", t) for i, t in enumerate(route.steps, 1))]
    if route.say is not None:
        texts.append(("say", route.say))
    for fld, text in texts:
        for lang in ("zh", "en"):
            found = _RELATIVE_WORDS.search(text.get(lang))
            if found:
                add(f"{where}.{fld}", f"says {found.group(0)!r}: name the route instead "
                    "(“按办法 2 的路径” / “as in route 2”); routes are reordered per situation")


def _check_evidence(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    outlets = catalog.news_outlets

    def cites_outlet(sources: tuple[str, ...]) -> bool:
        return any(_source_outlet(s, outlets) for s in sources)

    for entry in [*catalog.all_entries(), *catalog.general_ways.values()]:
        file = _file_of(seen, entry.id)

        def add(fld: str, message: str, eid: str = entry.id, file: str = file) -> None:
            issues.append(_evidence_issue(file, eid, fld, message))

        nothing_found = _nothing_found(entry)
        all_sources = [*entry.sources, *(s for r in entry.routes for s in r.sources)]
        if not entry.sources and not nothing_found:
            add("sources", 'empty: allowed only with confidence = "reported" and last_verified = "unverified"')
        if entry.last_verified is not None and not any(source_url(s) for s in all_sources):
            add("last_verified", 'a date claims a check of a public source, but no source has an '
                'http/https address: write last_verified = "unverified"')
        if entry.confidence is Confidence.NEWS and outlets and not cites_outlet(entry.sources):
            add("confidence", "labelled news but no source is on a listed news outlet "
                f"({OUTLETS_FILE}): lower it to reported, or cite the outlet's article")
        for i, route in enumerate(entry.routes, 1):
            where = f"route[{i}]"
            if not route.sources and not (nothing_found and route.confidence is Confidence.REPORTED):
                add(f"{where}.sources", "at least one source is required")
            if route.confidence is Confidence.NEWS and outlets and not cites_outlet(route.sources):
                add(f"{where}.confidence", "labelled news but no source is on a listed news outlet "
                    f"({OUTLETS_FILE}): lower it to reported, or cite the outlet's article")
            _check_route_words(route, where, add)
        _check_senders(entry, all_sources, add)


def _check_senders(entry: Entry, sources: list[str], add: Any) -> None:
    """A sourced 【sender】 must be named in the note of a public source; guesses go in sms_senders_guessed."""
    public = [s for s in sources if source_url(s)]
    guessed = {g.casefold() for g in entry.sms_senders_guessed}
    for sender in entry.sms_senders:
        if sender.casefold() in guessed:
            add("sms_senders", f"【{sender}】 is listed as both sourced and guessed")
        elif not any(sender in s for s in public):
            add("sms_senders", f"【{sender}】 is not named in any public source's note: write which page "
                f"shows it (“https://… (SMS signed 【{sender}】)”) or move it to sms_senders_guessed")


def _check_banks(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    for bank in catalog.banks.values():
        def add(fld: str, message: str, bid: str = bank.id) -> None:
            issues.append(CatalogIssue(_file_of(seen, bid), bid, fld, message))

        if bank.parent:
            parent = catalog.banks.get(bank.parent)
            if parent is None:
                add("parent", f"unknown bank {bank.parent!r}")
            elif parent.id == bank.id or parent.kind != "bank":
                add("parent", f"{bank.parent!r} must be a bank of kind \"bank\"")
            if bank.kind != "credit_card":
                add("parent", 'only a kind = "credit_card" entry has a parent')
        elif bank.kind == "credit_card":
            add("parent", "a credit-card centre names its bank: parent = \"<bank id>\"")
        if bank.province is not None and bank.kind != "rural":
            add("province", 'only a kind = "rural" entry has a province')


# ---------------------------------------------------------------------------------------------
# The compiled form: parsing TOML is most of the load time (tomllib is pure Python: about 0.2 s
# for a 120-platform, 110-bank catalog, twice that doubled); unpickling the validated result takes
# a few milliseconds. Generated by packaging/build_catalog.py (setup-venv.sh, build.py), never
# edited, not committed (like the .qm); tests check that it reproduces the TOML exactly.

COMPILED_NAME = "compiled.pickle"
_COMPILED_FORMAT = 1


def catalog_files(root: Path) -> list[Path]:
    """Every TOML file the catalog is read from, in a fixed order."""
    return sorted(root.glob("*.toml")) + sorted((root / PLATFORM_DIR).glob("*.toml"))


def source_digest(root: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    for path in catalog_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _compiled_key() -> tuple[Any, ...]:
    """What a compiled file must have been made with: this format, this Python, these classes' fields
    (a pickle of an older class layout would unpickle into objects lacking the new fields)."""
    import sys
    from dataclasses import fields

    classes = (Text, Route, Entry, Platform, Bank, DiscoveryService, CarrierStep, GeneralWay, Category,
               SmsSignature, Outlet, CatalogIssue, Catalog)
    schema = tuple((c.__name__, tuple((f.name, _default_text(f)) for f in fields(c))) for c in classes)
    return _COMPILED_FORMAT, tuple(sys.version_info[:2]), schema, _code_digest()


def _default_text(f: Any) -> str:
    from dataclasses import MISSING

    if f.default is not MISSING:
        return repr(f.default)
    return getattr(f.default_factory, "__name__", "") if f.default_factory is not MISSING else ""


def _stable(obj: Any) -> str:
    """repr without the per-process order of sets (string hashing is randomised per process)."""
    if isinstance(obj, set | frozenset):
        return "{" + ",".join(sorted(_stable(v) for v in obj)) + "}"
    if isinstance(obj, dict):
        return "{" + ",".join(f"{_stable(k)}:{_stable(v)}" for k, v in obj.items()) + "}"
    if isinstance(obj, list | tuple):
        return "(" + ",".join(_stable(v) for v in obj) + ")"
    return repr(obj)


def _code_digest() -> str:
    """The reading and checking code of this module, as bytecode and constants (not file names, so a
    source run and the packaged app agree): a compiled catalog made by other code is not used."""
    import hashlib
    import sys
    from types import CodeType, FunctionType

    from bindguard.core.situation import Situation

    digest = hashlib.sha256()

    def add(code: CodeType) -> None:
        digest.update(code.co_code)
        digest.update(repr(code.co_names).encode())
        digest.update(_stable([c for c in code.co_consts if not isinstance(c, CodeType)]).encode())
        for const in code.co_consts:
            if isinstance(const, CodeType):
                add(const)

    module = sys.modules[__name__]
    for name, obj in sorted(vars(module).items()):
        if isinstance(obj, FunctionType) and obj.__module__ == __name__:
            add(obj.__code__)
        elif isinstance(obj, type) and obj.__module__ == __name__:
            for attr_name, attr in sorted(vars(obj).items()):
                func = getattr(attr, "fget", None) or getattr(attr, "func", None) or attr
                if isinstance(func, FunctionType):
                    add(func.__code__)
                elif not attr_name.startswith("_"):
                    digest.update(f"{name}.{attr_name}={_stable(attr)}".encode())
        elif isinstance(obj, re.Pattern):
            digest.update(f"{name}={obj.pattern}".encode())
        elif isinstance(obj, str | int | tuple | frozenset | dict) and not name.startswith("__"):
            digest.update(f"{name}={_stable(obj)}".encode())
    digest.update(repr([s.value for s in Situation]).encode())
    return digest.hexdigest()


def compile_catalog(root: Path, out: Path | None = None, today: dt.date | None = None) -> Path:
    """Write the compiled form of the catalog under `root` (default root/compiled.pickle)."""
    import pickle

    today = today or dt.date.today()
    catalog, issues = _load_from_toml(root, today)
    out = out or root / COMPILED_NAME
    payload = {"key": _compiled_key(), "digest": source_digest(root), "today": today,
               "catalog": catalog, "issues": issues}
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(out)
    return out


def compiled_is_current(root: Path) -> bool:
    return _read_compiled(root, dt.date.max) is not None


def _read_compiled(root: Path, today: dt.date) -> tuple[Catalog, list[CatalogIssue]] | None:
    import pickle

    path = root / COMPILED_NAME
    try:
        payload = pickle.loads(path.read_bytes())  # a file the app ships, like its .py files
    except FileNotFoundError:
        return None
    except Exception:  # truncated, another Python's classes, garbage: read the TOML instead
        return None
    if not isinstance(payload, dict) or payload.get("key") != _compiled_key():
        return None
    if not isinstance(payload.get("today"), dt.date) or today < payload["today"]:
        return None  # "in the future" was judged on another day
    if payload.get("digest") != source_digest(root):
        return None  # the TOML changed since: it wins
    catalog, issues = payload.get("catalog"), payload.get("issues")
    if not isinstance(catalog, Catalog) or not isinstance(issues, list):
        return None
    return catalog, issues
