"""`bindguard catalog links`: are the catalog's official addresses still there?

Maintainers run this by hand; the app itself never does. It is the only place in BindGuard that
opens network connections, and only when someone types this command. Many Chinese sites refuse
foreign machines, send anti-bot pages or time out, so anything that is not a clear answer is
"unknown", not "dead", and the command never fails a build: a flaky site must not block a release.

Redirects are not followed, so a moved page is reported with its target and a human decides
whether the new address is still the platform's own.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import ssl
import sys
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from bindguard.core.catalog import Catalog

OK, DEAD, MOVED, UNKNOWN = "ok", "dead", "moved", "unknown"
USER_AGENT = "BindGuard-catalog-links/1.0 (maintainer link check)"
DEFAULT_REPORT = "catalog-links-report.json"
NETWORK_NOTE = (
    "This checker opens network connections only when a maintainer runs `bindguard catalog links`; "
    "the BindGuard app never does."
)


@dataclass(frozen=True)
class LinkResult:
    entry: str
    url: str
    status: str  # ok / dead / moved / unknown
    code: int | None = None
    target: str = ""  # where a redirect points
    detail: str = ""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Turn every 3xx into an HTTPError so we can report the move instead of following it."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect())


def catalog_urls(catalog: Catalog) -> list[tuple[str, str]]:
    """(entry id, url) for every non-empty url field, in catalog order."""
    entries = [
        *catalog.platforms.values(), *catalog.banks.values(),
        *catalog.discovery.values(), *catalog.carrier.values(),
    ]
    return [(e.id, e.url) for e in entries if e.url]


def _classify_status(code: int, location: str) -> tuple[str, str]:
    if 200 <= code < 300:
        return OK, ""
    if 300 <= code < 400:
        return MOVED, location
    if code in (404, 410):
        return DEAD, ""
    return UNKNOWN, ""  # 403 anti-bot walls, 429, 5xx …


def _request(url: str, method: str, timeout: float) -> LinkResult:
    req = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with _OPENER.open(req, timeout=timeout) as resp:
            status, target = _classify_status(resp.status, "")
            return LinkResult("", url, status, resp.status, target, method)
    except urllib.error.HTTPError as exc:
        location = exc.headers.get("Location", "") if exc.headers else ""
        status, target = _classify_status(exc.code, location)
        return LinkResult("", url, status, exc.code, target, f"{method}: HTTP {exc.code}")
    except urllib.error.URLError as exc:
        return _from_exception(url, exc.reason, method)
    except (TimeoutError, ssl.SSLError, OSError, ValueError) as exc:
        return _from_exception(url, exc, method)


def _from_exception(url: str, reason: object, method: str) -> LinkResult:
    if isinstance(reason, socket.gaierror):
        return LinkResult("", url, DEAD, None, "", f"{method}: no such host ({reason})")
    if isinstance(reason, TimeoutError):
        return LinkResult("", url, UNKNOWN, None, "", f"{method}: timeout")
    if isinstance(reason, ssl.SSLError):
        return LinkResult("", url, UNKNOWN, None, "", f"{method}: TLS error ({reason})")
    return LinkResult("", url, UNKNOWN, None, "", f"{method}: {reason}")


def check_url(url: str, timeout: float = 10.0) -> LinkResult:
    """HEAD first (cheap); GET when HEAD gives no clear answer, since many servers refuse HEAD."""
    head = _request(url, "HEAD", timeout)
    if head.status in (OK, MOVED) or "timeout" in head.detail:
        return head
    return _request(url, "GET", timeout)


def check_urls(
    items: list[tuple[str, str]], timeout: float = 10.0, workers: int = 6
) -> list[LinkResult]:
    """Check (entry id, url) pairs with a small thread pool; results keep the input order."""

    def one(item: tuple[str, str]) -> LinkResult:
        entry, url = item
        result = check_url(url, timeout)
        return LinkResult(entry, url, result.status, result.code, result.target, result.detail)

    if not items:
        return []
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(items)))) as pool:
        return distrust_dns_when_offline(list(pool.map(one, items)))


def distrust_dns_when_offline(results: list[LinkResult]) -> list[LinkResult]:
    """A machine without DNS or network says "no such host" for everything; that proves nothing.

    If not a single URL got an HTTP answer, "no such host" is downgraded to unknown, so an
    offline run never tells a maintainer to delete good addresses.
    """
    if any(r.code is not None for r in results):
        return results
    return [
        LinkResult(r.entry, r.url, UNKNOWN, r.code, r.target, f"{r.detail}; no URL answered: offline?")
        if r.status == DEAD else r
        for r in results
    ]


def write_report(results: list[LinkResult], path: Path) -> None:
    report = {
        "checked_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "note": NETWORK_NOTE,
        "summary": dict(Counter(r.status for r in results)),
        "offline_suspected": bool(results) and all(r.code is None for r in results),
        "results": [asdict(r) for r in results],
    }
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def print_table(results: list[LinkResult], out: TextIO) -> None:
    width = max((len(r.entry) for r in results), default=5)
    for r in results:
        extra = f" -> {r.target}" if r.target else (f" ({r.detail})" if r.status != OK else "")
        print(f"{r.status:<8} {r.entry:<{width}} {r.url}{extra}", file=out)
    counts = Counter(r.status for r in results)
    if results and all(r.code is None for r in results):
        print("warning: no URL answered at all; this machine may be offline or without DNS", file=out)
    summary = ", ".join(f"{counts.get(s, 0)} {s}" for s in (OK, DEAD, MOVED, UNKNOWN))
    print(f"{len(results)} URL(s): {summary}", file=out)


def check_links(
    catalog: Catalog,
    report_path: str | Path | None = None,
    timeout: float = 10.0,
    out: TextIO | None = None,
) -> int:
    """Check every catalog URL, print a table, write the JSON report. Always returns 0."""
    out = out or sys.stdout
    results = check_urls(catalog_urls(catalog), timeout=timeout)
    print_table(results, out)
    path = Path(report_path) if report_path else Path(DEFAULT_REPORT)
    try:
        write_report(results, path)
        print(f"report: {path}", file=out)
    except OSError as exc:
        print(f"could not write the report {path}: {exc}", file=out)
    print(NETWORK_NOTE, file=out)
    return 0
