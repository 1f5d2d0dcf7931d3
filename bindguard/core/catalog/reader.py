"""Reading the TOML: one table at a time into the model, every problem recorded, never raised."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from bindguard.core.catalog.model import (
    BANK_KINDS,
    RANK_NICHE,
    UNVERIFIED,
    Catalog,
    CatalogIssue,
    Confidence,
    Need,
    Outlet,
    Route,
    RouteKind,
    SmsSignature,
    Text,
    Tier,
)
from bindguard.core.catalog.sources import is_https_url, source_url

FILES = {
    "categories": "categories.toml",
    "banks": "banks.toml",
    "discovery": "discovery.toml",
    "carrier": "carrier.toml",
    "general_ways": "general_ways.toml",
}
PLATFORM_DIR = "platforms"
OUTLETS_FILE = "news_outlets.toml"
SIGNATURES_FILE = "sms_signatures.toml"

# Every key a table may have (issue 21, point 8): anything else is refused by name (`hotlne`).
ROUTE_KEYS = frozenset({"kind", "title", "steps", "needs", "confidence", "sources", "say"})
ENTRY_KEYS = frozenset({"id", "name", "confidence", "sources", "last_verified", "route", "url", "hotline",
                        "aliases", "sms_senders", "sms_senders_guessed", "short_numbers", "note"})
KEYS: dict[str, frozenset[str]] = {
    "platform": ENTRY_KEYS | {"category", "tier", "tier_reason", "rank", "covered_by", "covered_by_sources",
                              "no_code", "accounts_per_number", "pays_through", "general_way",
                              "money_risk"},  # money_risk: refused with its own message (tier_fields)
    "bank": ENTRY_KEYS | {"kind", "parent", "province", "general_way"},
    "service": ENTRY_KEYS | {"finds", "finds_short", "where", "enter", "result", "limits", "situations",
                             "urgent"},
    "step": ENTRY_KEYS | {"situations"},
    "way": ENTRY_KEYS | {"label", "applies_to"},
    "category": frozenset({"id", "name", "order", "essential", "icon"}),
    "outlet": frozenset({"domain", "name", "self_media"}),
    "signature": frozenset({"name", "platforms", "banks", "sources", "confidence"}),
}


class Reader:
    """Reads one TOML table into dataclasses, recording every problem instead of raising."""

    def __init__(self, file: str, issues: list[CatalogIssue], today: dt.date) -> None:
        self.file = file
        self.issues = issues
        self.today = today
        self.entry = "?"

    def bad(self, fld: str, message: str) -> None:
        self.issues.append(CatalogIssue(self.file, self.entry, fld, message))

    def known_keys(self, data: dict, allowed: frozenset[str], where: str = "") -> None:
        """Refuse every key the table may not have, naming it and the nearest known one."""
        import difflib

        for key in data:
            if key not in allowed:
                near = difflib.get_close_matches(str(key), sorted(allowed), n=1)
                hint = f" (did you mean {near[0]!r}?)" if near else f" (known: {', '.join(sorted(allowed))})"
                self.bad(f"{where}{key}", f"unknown field {key!r}{hint}")
                self.issues[-1].evidence = True  # fails `catalog check` and CI; the window still opens

    def integer(self, data: dict, fld: str, default: int) -> int:
        """A whole number, or the default with a plain error (`order = "x1"` is not a traceback)."""
        value = data.get(fld, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(fld, f"must be a whole number, not {value!r}")
            return default
        return value

    def boolean(self, data: dict, fld: str, default: bool = False) -> bool:
        value = data.get(fld, default)
        if not isinstance(value, bool):
            self.bad(fld, f"must be true or false (without quotes), not {value!r}")
            return default
        return value

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
        self.known_keys(data, ROUTE_KEYS, f"{fld}.")
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
    for other in doc:
        if other != key:
            issues.append(CatalogIssue(rel, "-", str(other), f"unknown table {other!r}: this file holds [[{key}]]"))
    items = doc.get(key, [])
    if not isinstance(items, list):
        issues.append(CatalogIssue(rel, "-", key, f"must be a list of [[{key}]] tables"))
        return []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict):
            issues.append(CatalogIssue(rel, f"#{i}", key, f"must be a [[{key}]] table, not {item!r}"))
    return [i for i in items if isinstance(i, dict)]


def _accounts_per_number(reader: Reader, data: dict) -> int:
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


def _bank_fields(reader: Reader, data: dict) -> dict[str, Any]:
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
        reader = Reader(OUTLETS_FILE, issues, dt.date.max)
        domain = reader.string(data, "domain").lower()
        reader.entry = domain or "?"
        reader.known_keys(data, KEYS["outlet"])
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
        reader = Reader(SIGNATURES_FILE, issues, dt.date.max)
        name = reader.string(data, "name", required=True).strip("【】[] ")
        reader.entry = name or "?"
        reader.known_keys(data, KEYS["signature"])
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
        for i, source in enumerate(sources, 1):
            if "shared/research" in source or not source_url(source):
                reader.bad(f"sources[{i}]", f"{source[:60]!r}: every source needs a public address, never the "
                           "team's notebook")
                reader.issues[-1].evidence = True
        if not any(source_url(s) for s in sources):
            reader.bad("sources", "a signature mapping needs a public source (http/https) that shows it")
        if name:
            out[name.casefold()] = SmsSignature(name, platforms, banks, sources)
    return out
