"""The checks over the whole catalog: the evidence rule (PRODUCT.md §4, issues 14 and 21), the bank
model, the general ways and the situations. Each problem names file, entry and field."""

from __future__ import annotations

import re
from typing import Any

from bindguard.core.catalog.model import (
    Bank,
    Catalog,
    CatalogIssue,
    Confidence,
    Entry,
    Platform,
    Route,
    RouteKind,
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


# `finds_short`, under each discovery service's name on 先查一查: one line of plain words (issue 20), at most
# this many characters per language; a faithful short form of the entry's own sourced `finds`
FINDS_SHORT_MOST = (("zh", 25), ("en", 50))  # one line at 1024x768 in large text (a limit, not a Text)


def check_finds_short(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    """Every discovery service says what it finds in one short line (a missing one is the reader's
    "missing"); a longer line or a second sentence fails `catalog check` and CI."""
    for service in catalog.discovery.values():
        line = service.finds_short
        if line is None:
            continue
        for lang, most in FINDS_SHORT_MOST:
            words = line.get(lang)
            problem = ""
            if "\n" in words:
                problem = "one line only: no line break"
            elif len(words) > most:
                problem = f"{len(words)} characters: one short line is at most {most} (the details are in finds)"
            elif words[-1] in "。.！!":
                problem = "a line, not a sentence: no full stop at the end"
            if problem:
                # evidence=True: fails `catalog check` and CI; the window still opens
                issues.append(CatalogIssue(file_of(seen, service.id), service.id, "finds_short",
                                           f"{lang}: {problem}", evidence=True))


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


_RANK = {Confidence.REPORTED: 0, Confidence.NEWS: 1, Confidence.OFFICIAL: 2}
NOTEBOOK = "shared/research"  # the team's notebook: not a public source (issue 21, point 1)
# Whole portals: their self-media (看点, 企鹅号, 网易号) would pass as news; list their news sections instead.
PORTALS = frozenset({"sina.com.cn", "sina.cn", "qq.com", "163.com", "sohu.com", "ifeng.com", "baidu.com",
                     "toutiao.com", "126.com", "weibo.com", "douyin.com", "kuaishou.com", "zhihu.com"})


def coverage_pages(catalog: Catalog) -> frozenset[str]:
    """Addresses of pages about discovery coverage (the discovery services' sources and the platforms'
    covered_by_sources): they support `covered_by`, never a route or an app's or bank's label."""
    urls = {source_url(s) for d in catalog.discovery.values()
            for s in (*d.sources, *(s for r in d.routes for s in r.sources))}
    urls |= {source_url(s) for p in catalog.platforms.values() for s in p.covered_by_sources}
    return frozenset(u for u in urls if u)


def earned(catalog: Catalog, sources: tuple[str, ...] | list[str], entry: Entry | None,
           coverage: frozenset[str] = frozenset()) -> Confidence:
    """The highest label these sources carry: official (a government page or the entry's own site),
    news (a listed outlet), else reported. A coverage page carries nothing here."""
    best = Confidence.REPORTED
    for source in sources:
        if source_url(source) in coverage:
            continue
        kind = catalog.source_kind(source, entry)
        label = Confidence.OFFICIAL if kind == "official" else Confidence.NEWS if kind == "news" else None
        if label is not None and _RANK[label] > _RANK[best]:
            best = label
    return best


def _check_addresses(sources: tuple[str, ...], where: str, add: Any) -> None:
    """Every source carries a public address (https, or http where only that exists); never the notebook."""
    for i, source in enumerate(sources, 1):
        if NOTEBOOK in source:
            add(f"{where}[{i}]", f"cites the team's notebook ({source[:60]!r}): cite the public address the "
                "notebook gives for that fact, or drop the claim")
        elif not source_url(source):
            add(f"{where}[{i}]", f"{source[:60]!r} has no public address: write “https://… (what it says)”, "
                "or drop the claim")


def check_evidence(catalog: Catalog, seen: dict[str, str], issues: list[CatalogIssue]) -> None:
    outlets = catalog.news_outlets
    coverage = coverage_pages(catalog)

    def cites_outlet(sources: tuple[str, ...]) -> bool:
        return any(source_outlet(s, outlets) for s in sources)

    for entry in [*catalog.all_entries(), *catalog.general_ways.values()]:
        file = file_of(seen, entry.id)

        def add(fld: str, message: str, eid: str = entry.id, file: str = file) -> None:
            issues.append(_evidence_issue(file, eid, fld, message))

        account = isinstance(entry, Platform | Bank)  # an app's or bank's label is about changing the number
        nothing_found = _nothing_found(entry)
        all_sources = [*entry.sources, *(s for r in entry.routes for s in r.sources)]
        _check_addresses(entry.sources, "sources", add)
        if isinstance(entry, Platform):
            _check_addresses(entry.covered_by_sources, "covered_by_sources", add)
        if not entry.sources and not nothing_found:
            add("sources", 'empty: allowed only with confidence = "reported" and last_verified = "unverified"')
        if entry.last_verified is not None and not any(source_url(s) for s in all_sources):
            add("last_verified", 'a date claims a check of a public source, but no source has an '
                'http/https address: write last_verified = "unverified"')
        if entry.confidence is Confidence.NEWS and outlets and not cites_outlet(entry.sources):
            add("confidence", "labelled news but no source is on a listed news outlet "
                f"({OUTLETS_FILE}): lower it to reported, or cite the outlet's article")
        ceiling = earned(catalog, entry.sources, entry, coverage if account else frozenset())
        for i, route in enumerate(entry.routes, 1):
            where = f"route[{i}]"
            # a recycled-number route may rest on the unbinding service's page (二次号码焕新 names the app)
            cover = frozenset() if route.kind is RouteKind.RECYCLED or not account else coverage
            _check_addresses(route.sources, f"{where}.sources", add)
            if not route.sources and (isinstance(entry, Platform) or not nothing_found
                                      or route.confidence is not Confidence.REPORTED):
                add(f"{where}.sources", "at least one source is required")
            elif isinstance(entry, Platform) and not any(source_url(s) and source_url(s) not in cover
                                                          and NOTEBOOK not in s for s in route.sources):
                add(f"{where}.sources", "app-specific steps need a public source about this app's own "
                    "procedure (a page about discovery coverage is not one): without one, delete the route; "
                    "the entry then shows the general way")
            if route.confidence is Confidence.NEWS and outlets and not cites_outlet(route.sources):
                add(f"{where}.confidence", "labelled news but no source is on a listed news outlet "
                    f"({OUTLETS_FILE}): lower it to reported, or cite the outlet's article")
            elif route.confidence is Confidence.OFFICIAL \
                    and earned(catalog, route.sources, entry, cover) is not Confidence.OFFICIAL:
                add(f"{where}.confidence", "labelled official but no source is the platform's, bank's or a "
                    "government page about this procedure" + (" (a discovery-coverage page is not)" if cover
                                                               else "") + ": lower it")
            if route.kind is not RouteKind.RECYCLED:  # how to change *your* number earns the entry's label
                route_label = min(route.confidence, earned(catalog, route.sources, entry, cover), key=_RANK.get)
                ceiling = max(ceiling, route_label, key=_RANK.get)
            _check_route_words(route, where, add)
        news_unlisted = entry.confidence is Confidence.NEWS and outlets and not cites_outlet(entry.sources)
        if _RANK[entry.confidence] > _RANK[ceiling] and not news_unlisted:  # said once; discovery and carrier too
            add("confidence", f"labelled {entry.confidence.value} but its own routes, URL and hotline earn "
                f"{ceiling.value} at most (a page about discovery coverage supports covered_by only): lower it")
        _check_senders(entry, all_sources, add)


def check_outlets(catalog: Catalog, issues: list[CatalogIssue]) -> None:
    """News outlets are listed by their news sections or outlet accounts, never a whole portal."""
    for domain in catalog.news_outlets:
        if domain in PORTALS:
            issues.append(_evidence_issue(OUTLETS_FILE, domain, "domain", f"{domain!r} is a whole portal: its "
                                          "self-media would pass as news; list its news sections instead "
                                          "(e.g. news.qq.com, finance.sina.com.cn, news.163.com)"))


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
