"""Where a source points: its public address, its host, the news outlet it is on (PRODUCT.md §4)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

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


def outlet_of(host: str, outlets: dict[str, Any], path: str = "/") -> str:
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


def source_outlet(source: str, outlets: dict[str, Any]) -> str:
    """The listed outlet a source's address is on, or "". A portal page that only wraps an article
    (cj.sina.com.cn/article/norm_detail?url=https://finance.sina.com.cn/…) is judged by that article."""
    url = source_url(source)
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if not url:
        return ""
    found = outlet_of((parts.hostname or ""), outlets, parts.path or "/")
    if not found:
        inner = next(iter(parse_qs(parts.query).get("url", [])), "")
        if inner.startswith(("https://", "http://")) and inner != url:
            return source_outlet(inner, outlets)
    return found


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
