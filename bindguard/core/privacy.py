"""Spotting a full bank card number or a mainland ID number typed into a note, and masking it.

Notes are encrypted, but printouts and screens are not: a full card number or ID number in a note is
what a fraudster needs, so the UI warns and offers to mask. Detection is checksum-based (Luhn for
cards, ISO 7064 MOD 11-2 for IDs) so ordinary numbers in a note (dates, amounts, phone numbers) rarely
trigger it. Unicode digits count (people type full-width ０-９ in Chinese input methods).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["card", "id"]

# Runs of digits with at most one space or dash between them. A card or ID number is looked for in each
# run at the edges of its groups, so what is written around it (an expiry date after a card, a second
# number after an ID, separators inside) does not hide it: `4111 1111 1111 1111 12/27`, `110105 1949 1231
# 002X`. A run written without separators is taken whole (a long order number is not searched inside).
_CARD_RUN = re.compile(r"(?<!\d)\d(?:[ \-]?\d)*(?!\d)")
_ID_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[ \-]?\d)*(?:[ \-]?[Xx])?(?![\dA-Za-z])")
CARD_LENGTHS = range(16, 20)
ID_LENGTH = 18
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


# Any 16 digits in one run (a card has 16-19, an ID 17 and a check character). A run never crosses a
# line (only a space or a dash joins its groups), so only the lines holding such a run are searched:
# a 1 MB note is skimmed by one C-level search (~15 ms) instead of every short number being looked at
# in Python (~300 ms), with the same findings.
_LONG_RUN = re.compile(r"\d(?:[ \-]?\d){15}")


def find_sensitive(text: str) -> list[Finding]:
    """Every full ID number and full card number in `text`, in order, never overlapping."""
    text = text or ""
    findings: list[Finding] = []
    end = 0
    for match in _LONG_RUN.finditer(text):
        if match.start() < end:
            continue  # its line is done
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        findings += (dataclasses.replace(f, start=f.start + start, end=f.end + start)
                     for f in _find_in_line(text[start:end]))
    return findings


def _find_in_line(text: str) -> list[Finding]:
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for match in _ID_RUN.finditer(text):
        for start, end in _windows(text, match, (ID_LENGTH,)):
            candidate = "".join(c for c in text[start:end] if c not in " -")
            if id_valid(candidate) and not _overlaps(taken, start, end):
                findings.append(Finding("id", start, end, text[start:end]))
                taken.append((start, end))
    for match in _CARD_RUN.finditer(text):
        for start, end in _windows(text, match, CARD_LENGTHS):
            digits = "".join(c for c in text[start:end] if c.isdecimal())
            if luhn_valid(digits) and not _overlaps(taken, start, end):
                findings.append(Finding("card", start, end, text[start:end]))
                taken.append((start, end))
    return sorted(findings, key=lambda f: f.start)


def _windows(text: str, run: re.Match[str], lengths: range | tuple[int, ...]) -> list[tuple[int, int]]:
    """(start, end) spans inside `run` that begin and end at a group edge and hold `lengths` characters
    (digits, or X last); the run itself when written without separators. Longest and earliest first."""
    chars = [i for i in range(run.start(), run.end()) if text[i] not in " -"]
    if len(chars) == run.end() - run.start():  # no separators: all or nothing
        return [(run.start(), run.end())] if len(chars) in lengths else []
    starts = [k for k, i in enumerate(chars) if k == 0 or text[i - 1] in " -"]
    ends = {k + 1 for k, i in enumerate(chars) if k == len(chars) - 1 or text[i + 1] in " -"}
    spans = []
    for first in starts:
        for count in sorted(lengths, reverse=True):
            last = first + count
            if last in ends and not any(text[i] in "Xx" for i in chars[first:last - 1]):
                spans.append((chars[first], chars[last - 1] + 1))
    return spans


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in taken)


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
