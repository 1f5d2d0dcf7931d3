"""The catalog: platforms, banks, discovery services, carrier steps and categories (PRODUCT.md §4).

The data lives in resources/catalog/*.toml (TOML because contributors write Chinese prose with
comments; tomllib is in the standard library). Loading validates everything and collects every
problem as a CatalogIssue naming the file, the entry and the field, so `bindguard catalog check`
can list them all at once instead of stopping at the first.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
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
    Need.FACE_SCAN: {"zh": "刷脸(人脸识别)", "en": "A face scan"},
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
    Confidence.REPORTED: {"zh": "网友经验,仅供参考", "en": "Users' reports, not confirmed"},
}

NONE_KNOWN = "none_known"
STALE_AFTER = dt.timedelta(days=365)


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
    last_verified: dt.date
    routes: tuple[Route, ...] = ()
    url: str = ""  # official https address, or empty: never guessed
    hotline: str = ""
    aliases: tuple[str, ...] = ()
    sms_senders: tuple[str, ...] = ()  # 【招商银行】 without brackets: 招商银行
    short_numbers: tuple[str, ...] = ()  # 95555, 1069…
    note: Text | None = None

    def routes_of(self, kind: RouteKind) -> tuple[Route, ...]:
        return tuple(r for r in self.routes if r.kind is kind)

    def is_stale(self, today: dt.date) -> bool:
        return today - self.last_verified > STALE_AFTER


@dataclass(frozen=True)
class Platform(Entry):
    category: str = ""
    tier: Tier = Tier.OTHER
    tier_reason: Text | None = None  # one plain sentence the user sees: why this tier
    rank: int = RANK_NICHE  # 1 = nearly everyone has it … 100 niche
    covered_by: tuple[str, ...] = ()  # discovery service ids that find this app
    no_code: str = ""  # NONE_KNOWN when no no-code route is known

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
    kind: str = "bank"


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
class Category:
    id: str
    name: Text
    order: int
    essential: bool  # part of 只做最要紧的
    icon: str = ""
    fallback: Route | None = None


@dataclass
class CatalogIssue:
    file: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.field}: {self.message}"


@dataclass
class Catalog:
    categories: dict[str, Category] = field(default_factory=dict)
    platforms: dict[str, Platform] = field(default_factory=dict)
    banks: dict[str, Bank] = field(default_factory=dict)
    discovery: dict[str, DiscoveryService] = field(default_factory=dict)
    carrier: dict[str, CarrierStep] = field(default_factory=dict)

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

    def stats(self) -> dict[str, Any]:
        entries: list[Entry] = [*self.platforms.values(), *self.banks.values(), *self.discovery.values()]
        return {
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
        sources = self.strings(data, "sources")
        if not sources:
            self.bad("sources", "at least one source is required")
        return sources

    def date(self, data: dict, fld: str = "last_verified") -> dt.date:
        value = data.get(fld)
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            self.bad(fld, "missing or not a date (write 2026-11-28 without quotes)")
            return dt.date.min
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
        sources = self.strings(data, "sources")
        if not sources:
            self.bad(f"{fld}.sources", "at least one source is required")
        say = self.text(data, "say", required=False, label=f"{fld}.say")
        for i, step in enumerate(steps, 1):
            for lang in ("zh", "en"):
                found = route_reference(step.get(lang))
                if found:
                    self.bad(f"{fld}.steps[{i}]", f"refers to another route by place ({found!r}): name it, "
                             "e.g. “按办法 2 的路径” / “as in route 2”, or write the steps out")
        confidence = self.confidence(data, f"{fld}.confidence")
        if not title or not steps:
            return None
        return Route(kind, title, steps, tuple(needs), confidence, sources, say)

    def tier_fields(self, data: dict) -> tuple[Tier, Text | None, int]:
        """`tier`, `tier_reason` and `rank` of a platform; a missing or wrong one is an issue."""
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
            "short_numbers": self.strings(data, "short_numbers"),
            "note": self.text(data, "note", required=False),
        }


# A route's step that points at another route by where it sits on the screen ("按上面的路径",
# "见上一条办法", "see the general way below") breaks once routes are filtered or re-ordered for a
# situation. "点最上面的账号名" (a place on the phone's screen) and "扫下面的二维码" are not references.
_ZH_REFERENCE = re.compile(
    r"(上面|下面|上一条|下一条|上述|下述)[的这那一条种个“”\s]{0,4}[^，。；！？\s]{0,4}?(路径|办法|步骤|方法)")
_EN_REFERENCE = re.compile(
    r"\bas\s+(?:shown\s+)?(?:above|below)\b|\b(?:route|way|path|steps?|method)\s+(?:above|below)\b"
    r"|\b(?:above|below)\s+(?:route|way|path|steps?|method)\b", re.IGNORECASE)


def route_reference(text: str) -> str:
    """The words by which `text` points at another route by place ("" when it does not)."""
    match = _ZH_REFERENCE.search(text) or _EN_REFERENCE.search(text)
    return match.group(0) if match else ""


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
    root: Path, today: dt.date | None = None
) -> tuple[Catalog, list[CatalogIssue]]:
    """Load every file under `root`; return what could be read plus every problem found."""
    today = today or dt.date.today()
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
        fallback = reader.route(data["fallback"], "fallback") if "fallback" in data else None
        if fallback is None and "fallback" not in data:
            reader.bad("fallback", "every category needs a generic fallback route")
        name = reader.text(data, "name") or Text(reader.entry, reader.entry)
        catalog.categories[reader.entry] = Category(
            reader.entry, name, int(data.get("order", 99)), bool(data.get("essential", False)),
            reader.string(data, "icon"), fallback,
        )

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
            )
            if not platform.routes:
                reader.bad("route", "at least one route is required")
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
            if not fields["routes"]:
                reader.bad("route", "at least one route is required")
            extra: dict[str, Any] = {}
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
    _check_situations(catalog, seen, issues)
    return catalog, issues


def _file_of(seen: dict[str, str], entry_id: str) -> str:
    return seen.get(entry_id, "?")


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
    if issues:
        raise CatalogError(issues)
    return catalog
