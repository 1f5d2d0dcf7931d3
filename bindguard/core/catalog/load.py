"""Loading: every file under the catalog folder, checked; the compiled form when it is current."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from bindguard.core.catalog.checks import (
    check_banks,
    check_evidence,
    check_finds_short,
    check_general_ways,
    check_outlets,
    check_situations,
    file_of,
)
from bindguard.core.catalog.compiled import COMPILED_NAME, compiled_key, read_compiled, source_digest
from bindguard.core.catalog.model import (
    GENERAL_WAY_TARGETS,
    NONE_KNOWN,
    Bank,
    CarrierStep,
    Catalog,
    CatalogError,
    CatalogIssue,
    Category,
    DiscoveryService,
    GeneralWay,
    Platform,
    Text,
    Tier,
)
from bindguard.core.catalog.reader import (
    FILES,
    KEYS,
    PLATFORM_DIR,
    Reader,
    _accounts_per_number,
    _bank_fields,
    _items,
    _load_outlets,
    _load_signatures,
    _read_toml,
)


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
        compiled = read_compiled(root, today)
        if compiled is not None:
            return compiled
    return _load_from_toml(root, today)


def _load_from_toml(root: Path, today: dt.date) -> tuple[Catalog, list[CatalogIssue]]:
    issues: list[CatalogIssue] = []
    catalog = Catalog()
    seen: dict[str, str] = {}

    def claim(reader: Reader, data: dict) -> bool:
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
        reader = Reader(rel, issues, today)
        if not claim(reader, data):
            continue
        reader.known_keys(data, KEYS["category"])
        if "fallback" in data:
            reader.bad("fallback", f"replaced by the one general way in {FILES['general_ways']}; delete it")
        name = reader.text(data, "name") or Text(reader.entry, reader.entry)
        catalog.categories[reader.entry] = Category(
            reader.entry, name, reader.integer(data, "order", 99), reader.boolean(data, "essential"),
            reader.string(data, "icon"),
        )

    rel = FILES["general_ways"]
    doc = _read_toml(root / rel, rel, issues)
    for data in _items(doc, "way", rel, issues):
        reader = Reader(rel, issues, today)
        if not claim(reader, data):
            continue
        reader.known_keys(data, KEYS["way"])
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
            reader = Reader(rel, issues, today)
            if not claim(reader, data):
                continue
            reader.known_keys(data, KEYS["platform"])
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
                covered_by_sources=reader.strings(data, "covered_by_sources"),
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
            reader = Reader(rel, issues, today)
            if not claim(reader, data):
                continue
            reader.known_keys(data, KEYS[key])
            fields = reader.entry_fields(data)
            if not fields["routes"] and cls is not Bank:  # a bank may rely on its general way
                reader.bad("route", "at least one route is required")
            extra: dict[str, Any] = {}
            if cls is Bank:
                extra.update(_bank_fields(reader, data))
            if cls is DiscoveryService:
                for fld in ("finds", "finds_short", "where", "enter", "result", "limits"):
                    extra[fld] = reader.text(data, fld)
                extra["urgent"] = reader.boolean(data, "urgent")
            if cls in (DiscoveryService, CarrierStep):
                extra["situations"] = reader.strings(data, "situations")
            table[reader.entry] = cls(**fields, **extra)

    for platform in catalog.platforms.values():
        for service in platform.covered_by:
            if service not in catalog.discovery:
                issues.append(
                    CatalogIssue(file_of(seen, platform.id), platform.id, "covered_by",
                                 f"unknown discovery service {service!r}")
                )
        if platform.pays_through:
            wallet = catalog.platforms.get(platform.pays_through)
            if wallet is None or wallet.tier is not Tier.MONEY or wallet.id == platform.id:
                issues.append(
                    CatalogIssue(file_of(seen, platform.id), platform.id, "pays_through",
                                 f"must name another platform with tier = \"money\", not {platform.pays_through!r}")
                )
    check_general_ways(catalog, seen, issues)
    check_situations(catalog, seen, issues)
    check_finds_short(catalog, seen, issues)
    catalog.news_outlets = _load_outlets(root, issues)
    catalog.sms_signatures = _load_signatures(root, catalog, issues)
    check_evidence(catalog, seen, issues)
    check_outlets(catalog, issues)
    check_banks(catalog, seen, issues)
    return catalog, issues


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


def compile_catalog(root: Path, out: Path | None = None, today: dt.date | None = None) -> Path:
    """Write the compiled form of the catalog under `root` (default root/compiled.pickle)."""
    import pickle

    today = today or dt.date.today()
    catalog, issues = _load_from_toml(root, today)
    out = out or root / COMPILED_NAME
    payload = {"key": compiled_key(), "digest": source_digest(root), "today": today,
               "catalog": catalog, "issues": issues}
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(out)
    return out
