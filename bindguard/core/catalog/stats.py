"""The catalog as an open dataset: counts (`catalog stats --json`), the export (`catalog export --json`,
with its format version) and a JSON Schema of that export (`catalog schema`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections import Counter
from enum import StrEnum
from typing import Any

import bindguard.core.catalog.model as model
from bindguard.core.catalog.model import BANK_KINDS, Catalog, Confidence, Entry, Need, Tier

SCHEMA_ID = "urn:bindguard:catalog-export"  # a name, not an address


def evidence_stats(catalog: Catalog) -> dict[str, Any]:
    """Labels and sources over every entry (platforms, banks, discovery, carrier)."""
    entries = catalog.all_entries()
    kinds: Counter[str] = Counter({"official": 0, "news": 0, "other": 0})
    for entry in entries:
        for source in {*entry.sources, *(s for r in entry.routes for s in r.sources)}:
            kinds[catalog.source_kind(source, entry)] += 1
    labels = [c.value for c in Confidence]
    by_entry = Counter(str(e.confidence) for e in entries)
    by_route = Counter(str(r.confidence) for e in entries for r in e.routes)
    platforms = list(catalog.platforms.values())
    tiers = [t.value for t in Tier]
    return {
        "entries": len(entries),
        "entries_by_label": {label: by_entry.get(label, 0) for label in labels},
        "routes_by_label": {label: by_route.get(label, 0) for label in labels},
        "entries_unverified": sum(e.is_unverified for e in entries),
        "general_way_entries": sum(p.is_general_way_entry for p in platforms),
        "general_way_entries_by_tier": {t: sum(p.is_general_way_entry and p.tier == t for p in platforms)
                                        for t in tiers},
        # the entry's own routes that do not need the old number's SMS (situation 2 can use them)
        "routes_without_old_number_by_tier": {
            t: sum(Need.OLD_SMS not in r.needs for p in platforms if p.tier == t for r in p.routes)
            for t in tiers},
        "platforms_with_a_way_without_old_number_by_tier": {
            t: sum(any(Need.OLD_SMS not in r.needs for r in p.routes) for p in platforms if p.tier == t)
            for t in tiers},
        "sources_by_kind": dict(kinds),
        "sources_without_address": sum(not _has_address(s) for e in entries
                                       for s in (*e.sources, *(s for r in e.routes for s in r.sources))),
        "banks_by_kind": {k: sum(b.kind == k for b in catalog.banks.values()) for k in BANK_KINDS},
    }


def _has_address(source: str) -> bool:
    from bindguard.core.catalog.sources import source_url

    return bool(source_url(source))


def stats(catalog: Catalog) -> dict[str, Any]:
    entries: list[Entry] = [*catalog.platforms.values(), *catalog.banks.values(), *catalog.discovery.values()]
    return {
        **evidence_stats(catalog),
        "platforms": len(catalog.platforms),
        "banks": len(catalog.banks),
        "discovery_services": len(catalog.discovery),
        "carrier_steps": len(catalog.carrier),
        "categories": len(catalog.categories),
        "general_ways": len(catalog.general_ways),
        "with_no_code_route": sum(p.has_no_code_route for p in catalog.platforms.values()),
        "money_risk": sum(p.money_risk for p in catalog.platforms.values()),
        "by_tier": dict(Counter(str(p.tier) for p in catalog.platforms.values())),
        "by_confidence": dict(Counter(str(e.confidence) for e in entries)),
        "by_category": dict(Counter(p.category for p in catalog.platforms.values())),
        "routes_by_confidence": dict(Counter(str(r.confidence) for e in entries for r in e.routes)),
    }


# -- the export ---------------------------------------------------------------------------------

_TABLES: dict[str, tuple[str, str]] = {  # export key -> (Catalog attribute, record class)
    "categories": ("categories", "Category"),
    "general_ways": ("general_ways", "GeneralWay"),
    "platforms": ("platforms", "Platform"),
    "banks": ("banks", "Bank"),
    "discovery_services": ("discovery", "DiscoveryService"),
    "carrier_steps": ("carrier", "CarrierStep"),
}


def _plain(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_plain(v) for v in obj]
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj


def export(catalog: Catalog) -> dict[str, Any]:
    from bindguard.core.catalog.compiled import format_version

    out: dict[str, Any] = {"format_version": format_version(), "schema": SCHEMA_ID}
    for key, (attr, _cls) in _TABLES.items():
        values = catalog.sorted_categories() if attr == "categories" else getattr(catalog, attr).values()
        out[key] = [_plain(dataclasses.asdict(v)) for v in values]
    return out


def _type_schema(tp: Any) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp is type(None):
        return {"type": "null"}
    if origin in (types.UnionType, typing.Union):
        return {"anyOf": [_type_schema(a) for a in typing.get_args(tp)]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0])}
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if dataclasses.is_dataclass(tp):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    return {}


def _record_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(model))
    props = {f.name: _type_schema(hints[f.name]) for f in dataclasses.fields(cls)}
    return {"type": "object", "properties": props, "required": sorted(props), "additionalProperties": False}


def schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of `catalog export --json`, made from the model itself."""
    from bindguard.core.catalog.compiled import format_version

    records = ("Text", "Route", *(cls for _attr, cls in _TABLES.values()))
    defs = {name: _record_schema(getattr(model, name)) for name in records}
    props: dict[str, Any] = {
        "format_version": {"type": "string", "const": format_version()},
        "schema": {"type": "string"},
    }
    props.update({key: {"type": "array", "items": {"$ref": f"#/$defs/{cls}"}} for key, (_a, cls) in _TABLES.items()})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "BindGuard catalog export",
        "description": "Per-app and per-bank ways to change the phone number an account is bound to, "
                       "each with its sources and how sure they are (official / news / reported).",
        "type": "object",
        "properties": props,
        "required": sorted(props),
        "additionalProperties": False,
        "$defs": defs,
    }
