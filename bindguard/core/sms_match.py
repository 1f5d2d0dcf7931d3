"""The SMS paste matcher of the discovery page (PRODUCT.md §3 page 4).

The user pastes SMS texts or sender names (【招商银行】, 95588, 1069…) and we say which platforms
and banks they come from. Everything happens on this computer and nothing is kept: the caller
clears the text box, and this module returns ids only, never the pasted text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from bindguard.core.catalog import Catalog, Entry

_BRACKETED = re.compile(r"[【\[]([^【】\[\]]{1,30})[】\]]")
_DIGITS = re.compile(r"\d{5,}")
_MIN_SHORT_NUMBER = 5  # 95588 and up; shorter runs (a price, a date) are not sender numbers
_MIN_ASCII_WORD = 3  # "wx" or "QQ" alone would match too much ordinary English


@dataclass
class SmsMatches:
    """Catalog ids found, in catalog order; empty lists when nothing matched."""

    platforms: list[str] = field(default_factory=list)
    banks: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.platforms or self.banks)


def _names(entry: Entry) -> list[str]:
    """Every name a sender could appear under, folded for comparison; too-short words dropped."""
    out = []
    for name in (*entry.sms_senders, entry.name.zh, entry.name.en, *entry.aliases):
        folded = unicodedata.normalize("NFKC", name).strip().casefold()
        if not folded:
            continue
        if folded.isascii() and len(folded) < _MIN_ASCII_WORD:
            continue
        if not folded.isascii() and len(folded) < 2:
            continue
        out.append(folded)
    return out


def _name_in(name: str, text: str) -> bool:
    if name.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None
    return name in text


def _number_matches(short: str, run: str) -> bool:
    """95588 matches 95588 itself; 1069… gateway numbers often end with or contain the short number."""
    if run == short:
        return True
    return len(short) >= _MIN_SHORT_NUMBER and run.startswith("106") and short in run[3:]


def match(text: str, catalog: Catalog) -> SmsMatches:
    """Which platforms and banks the pasted text mentions (sender names, names, short numbers)."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    result = SmsMatches()
    if not folded.strip():
        return result
    brackets = [b.strip() for b in _BRACKETED.findall(folded)]
    runs = _DIGITS.findall(folded)
    for table, found in ((catalog.platforms, result.platforms), (catalog.banks, result.banks)):
        for entry in table.values():
            names = _names(entry)
            hit = any(b == n or (len(b) >= 2 and n in b) for b in brackets for n in names)
            hit = hit or any(_name_in(n, folded) for n in names)
            hit = hit or any(_number_matches(s, r) for s in entry.short_numbers for r in runs)
            if hit:
                found.append(entry.id)
    return result
