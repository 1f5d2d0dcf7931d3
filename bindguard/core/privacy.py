"""Spotting a full bank card number or a mainland ID number typed into a note, and masking it.

Notes are encrypted, but printouts and screens are not: a full card number or ID number in a note is
what a fraudster needs, so the UI warns and offers to mask. Detection is checksum-based (Luhn for
cards, ISO 7064 MOD 11-2 for IDs) so ordinary numbers in a note (dates, amounts, phone numbers) rarely
trigger it. Unicode digits count (people type full-width ０-９ in Chinese input methods).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["card", "id"]

# 16-19 digits, each optionally followed by one space or dash; no digit on either side.
_CARD_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){15,18}(?!\d)")
# 17 digits and a digit or X; no digit or Latin letter on either side.
_ID_RE = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


@dataclass(frozen=True)
class Finding:
    kind: Kind
    start: int
    end: int
    text: str

    @property
    def message_code(self) -> str:
        return "privacy.card_in_text" if self.kind == "card" else "privacy.id_in_text"


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits of a mainland ID number."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def id_valid(text: str) -> bool:
    """18 characters, a real birth date, and the right check character (X for 10)."""
    if len(text) != 18 or not text[:17].isdecimal():
        return False
    digits = "".join(str(int(c)) for c in text[:17])
    try:
        born = dt.date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
    except ValueError:
        return False
    if not 1900 <= born.year <= 2100:
        return False
    last = text[17].upper()
    last = str(int(last)) if last.isdecimal() else last
    return id_check_char(digits) == last


def find_sensitive(text: str) -> list[Finding]:
    """Every full ID number and full card number in `text`, in order, never overlapping."""
    text = text or ""
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for match in _ID_RE.finditer(text):
        if id_valid(match.group()):
            findings.append(Finding("id", match.start(), match.end(), match.group()))
            taken.append(match.span())
    for match in _CARD_RE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        digits = "".join(c for c in match.group() if c.isdecimal())
        if 16 <= len(digits) <= 19 and luhn_valid(digits):
            findings.append(Finding("card", match.start(), match.end(), match.group()))
    return sorted(findings, key=lambda f: f.start)


def mask_finding(finding: Finding) -> str:
    """A card keeps its last 4 digits; an ID keeps its first 6 (region) and last 4 characters."""
    chars = list(finding.text)
    digit_positions = [i for i, c in enumerate(chars) if c.isdecimal() or c in "Xx"]
    keep = set(digit_positions[-4:])
    if finding.kind == "id":
        keep |= set(digit_positions[:6])
    for position in digit_positions:
        if position not in keep:
            chars[position] = "*"
    return "".join(chars)


def mask_sensitive(text: str) -> str:
    """The text with every finding masked; everything else unchanged."""
    text = text or ""
    pieces: list[str] = []
    cursor = 0
    for finding in find_sensitive(text):
        pieces.append(text[cursor:finding.start])
        pieces.append(mask_finding(finding))
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces)
