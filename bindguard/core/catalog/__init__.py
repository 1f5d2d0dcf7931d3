"""The catalog: platforms, banks, discovery services, carrier steps, categories and the general ways
(PRODUCT.md §4).

The data lives in resources/catalog/*.toml (TOML because contributors write Chinese prose with
comments; tomllib is in the standard library). Loading validates everything and collects every
problem as a CatalogIssue naming the file, the entry and the field, so `bindguard catalog check`
can list them all at once instead of stopping at the first.

The package, one job a module: `model` (the records and words), `sources` (addresses, hosts,
outlets), `reader` (TOML tables into records, strict about keys and types), `checks` (the evidence
rule and the cross-entry checks), `load` (reading it all, and writing the compiled form), `compiled` (the
fast cache: its key and reading it) and `stats`
(counts, the export and its JSON Schema). Import from here: the names below are the public ones.
"""

from bindguard.core.catalog.compiled import (
    CATALOG_FORMAT,
    COMPILED_NAME,
    catalog_files,
    compiled_is_current,
    format_version,
    source_digest,
)
from bindguard.core.catalog.load import compile_catalog, load_catalog, load_catalog_collecting
from bindguard.core.catalog.model import (
    BANK_KINDS,
    CONFIDENCE_LABELS,
    GENERAL_WAY_TARGETS,
    NEED_LABELS,
    NONE_KNOWN,
    RANK_NICHE,
    STALE_AFTER,
    TIER_LABELS,
    TIER_ORDER,
    UNVERIFIED,
    UNVERIFIED_LABEL,
    Bank,
    CarrierStep,
    Catalog,
    CatalogError,
    CatalogIssue,
    Category,
    Confidence,
    DiscoveryService,
    Entry,
    GeneralWay,
    Need,
    Outlet,
    Platform,
    Route,
    RouteKind,
    SmsSignature,
    Text,
    Tier,
)
from bindguard.core.catalog.reader import FILES, OUTLETS_FILE, PLATFORM_DIR, SIGNATURES_FILE
from bindguard.core.catalog.sources import (
    is_https_url,
    outlet_of,
    registrable_domain,
    source_host,
    source_outlet,
    source_url,
)

__all__ = [
    "BANK_KINDS", "CATALOG_FORMAT", "COMPILED_NAME", "CONFIDENCE_LABELS", "FILES", "GENERAL_WAY_TARGETS",
    "NEED_LABELS", "NONE_KNOWN", "OUTLETS_FILE", "PLATFORM_DIR", "RANK_NICHE", "SIGNATURES_FILE",
    "STALE_AFTER", "TIER_LABELS", "TIER_ORDER", "UNVERIFIED", "UNVERIFIED_LABEL", "Bank", "CarrierStep",
    "Catalog", "CatalogError", "CatalogIssue", "Category", "Confidence", "DiscoveryService", "Entry",
    "GeneralWay", "Need", "Outlet", "Platform", "Route", "RouteKind", "SmsSignature", "Text", "Tier",
    "catalog_files", "compile_catalog", "compiled_is_current", "format_version", "is_https_url",
    "load_catalog", "load_catalog_collecting", "outlet_of", "registrable_domain", "source_digest",
    "source_host", "source_outlet", "source_url",
]
