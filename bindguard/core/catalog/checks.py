"""The checks over the whole catalog: the evidence rule (PRODUCT.md §4, issues 14 and 21), the bank
model, the general ways and the situations. Each problem names file, entry and field."""

from __future__ import annotations

import re
from typing import Any

from bindguard.core.catalog.model import (
    Catalog,
    CatalogIssue,
    Confidence,
    Entry,
    Route,
)
from bindguard.core.catalog.reader import FILES, OUTLETS_FILE
from bindguard.core.catalog.sources import source_outlet, source_url

# 上面/下面 point at another route (the screen reorders them); 最上面/最下面 ("at the very top of
# Settings") point at the phone's own screen and are fine.
_RELATIVE_WORDS = re.compile(r"(?<!最)上面|(?<!最)下面|上文|下文|\babove\b|\bbelow\b", re.IGNORECASE)


def file_of(seen: dict[str, str], entry_id: str) -> str:
    return seen.get(entry_id, "?")


def check_general_ways(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    """Each app or bank names a general way of its kind; an app with no routes of its own needs one
    that has routes (its page shows nothing else)."""
    for entry, target in [*((p, "platform") for p in catalog.platforms.values()),
                          *((b, "bank") for b in catalog.banks.values())]:
        way_id = entry.general_way
        way = catalog.general_ways.get(way_id)
        file = file_of(seen, entry.id)
        if way_id and way is None:
            issues.append(CatalogIssue(file, entry.id, "general_way",
                                       f"unknown general way {way_id!r} ({FILES['general_ways']})"))
        elif way is not None and way.applies_to != target:
            issues.append(CatalogIssue(file, entry.id, "general_way",
                                       f"{way_id!r} is a general way for a {way.applies_to}, not a {target}"))
        if not entry.routes and (way is None or not way.routes):
            issues.append(CatalogIssue(file, entry.id, "route", "no route of its own and no general way with "
                                       f"routes: write general_way = \"app\" ({FILES['general_ways']})"))


def check_situations(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    from bindguard.core.situation import Situation

    known = {s.value for s in Situation}
    for entry in [*catalog.discovery.values(), *catalog.carrier.values()]:
        for situation in entry.situations:
            if situation not in known:
                issues.append(
                    CatalogIssue(file_of(seen, entry.id), entry.id, "situations",
                                 f"unknown situation {situation!r}")
                )


def _nothing_found(entry: Entry) -> bool:
    """The schema's marker for an entry with no public source: sources = [], reported, unverified."""
    return not entry.sources and entry.confidence is Confidence.REPORTED and entry.is_unverified


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


def check_evidence(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    outlets = catalog.news_outlets

    def cites_outlet(sources: tuple[str, ...]) -> bool:
        return any(source_outlet(s, outlets) for s in sources)

    for entry in [*catalog.all_entries(), *catalog.general_ways.values()]:
        file = file_of(seen, entry.id)

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


def check_banks(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    for bank in catalog.banks.values():
        def add(fld: str, message: str, bid: str = bank.id) -> None:
            issues.append(CatalogIssue(file_of(seen, bid), bid, fld, message))

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
