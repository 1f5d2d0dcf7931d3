"""The SMS paste matcher of the discovery page (PRODUCT.md §3 page 4).

The user pastes SMS texts or sender names (【招商银行】, 95588, 1069…) and we say which platforms
and banks they come from. Chinese SMS carry the sender's 【signature】 at the start *or at the end*
of the message (banks and WeChat sign at the end); a signature is not always the brand's name
(WeChat signs as 【腾讯科技】: resources/catalog/sms_signatures.toml maps such names, with sources).
Bank messages often come from long 106… gateway numbers rather than the bank's hotline.

Everything happens on this computer and nothing is kept: the caller clears the text box, and this
module returns ids only, never the pasted text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from bindguard.core.catalog import Catalog, Entry

_BRACKETED = re.compile(r"[【\[]([^【】\[\]]{1,30})[】\]]")
# A signature opens or closes a message: only spaces, quotes or closing punctuation may surround it.
_EDGE = " \t\r\u3000\"'“”‘’.。,，!！?？:：;；)）"
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


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().casefold()


def _names(entry: Entry) -> list[str]:
    """Every name a sender could appear under, folded for comparison; too-short words dropped."""
    out = []
    for name in (*entry.sms_senders, *entry.sms_senders_guessed, entry.name.zh, entry.name.en, *entry.aliases):
        folded = _fold(name)
        if not folded:
            continue
        if folded.isascii() and len(folded) < _MIN_ASCII_WORD:
            continue
        if not folded.isascii() and len(folded) < 2:
            continue
        out.append(folded)
    return out


def signatures(text: str) -> list[str]:
    """The 【…】 signatures of each pasted message: the bracket that starts or ends a line.

    A bracket in the middle of a message (【温馨提示】) is not a signature. A line that is only a
    signature (a pasted sender name) counts too. Folded (NFKC, case-folded), in order, no repeats.
    """
    found: list[str] = []
    for line in _fold(text).splitlines():
        line = line.strip(_EDGE)
        if not line:
            continue
        for match in _BRACKETED.finditer(line):
            at_start = not line[: match.start()].strip(_EDGE)
            at_end = not line[match.end():].strip(_EDGE)
            # "2026-11-28 10:00 10690001 【招商银行】…": a pasted sender number or time may come first
            after_number = re.fullmatch(r"[\d\s:：\-/+]*", line[: match.start()]) is not None
            name = match.group(1).strip()
            if name and (at_start or at_end or after_number) and name not in found:
                found.append(name)
    return found


def _name_in(name: str, text: str) -> bool:
    if name.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None
    return name in text


def _number_matches(short: str, run: str) -> bool:
    """95588 matches 95588 itself. A 106… gateway number matches a short number it ends with, or a
    95xxx/96xxx service number it carries inside (1069095588 01); a 106 number is not a bank's own:
    most bank messages come from 106 numbers that carry no hotline at all, so the signature decides."""
    if run == short:
        return True
    if len(short) < _MIN_SHORT_NUMBER or not run.startswith("106") or len(run) <= len(short) + 3:
        return False
    return run.endswith(short) or (short[:2] in ("95", "96") and short in run[3:])


def match(text: str, catalog: Catalog) -> SmsMatches:
    """Which platforms and banks the pasted text mentions (signatures, names, short numbers)."""
    folded = _fold(text)
    result = SmsMatches()
    if not folded:
        return result
    signed = signatures(folded)
    brackets = [b.strip() for b in _BRACKETED.findall(folded)]
    runs = _DIGITS.findall(folded)
    by_signature: set[str] = set()
    for name in signed:
        mapped = catalog.sms_signatures.get(name)
        if mapped is not None:
            by_signature.update(mapped.platforms, mapped.banks)
    for table, found in ((catalog.platforms, result.platforms), (catalog.banks, result.banks)):
        for entry in table.values():
            names = _names(entry)
            hit = entry.id in by_signature
            hit = hit or any(s == n for s in signed for n in names)
            hit = hit or any(len(b) >= 2 and n in b for b in brackets for n in names)
            hit = hit or any(_name_in(n, folded) for n in names)
            hit = hit or any(_number_matches(s, r) for s in entry.short_numbers for r in runs)
            if hit:
                found.append(entry.id)
    result.banks = _card_centre_or_bank(result.banks, folded, catalog)
    return result


def _card_centre_or_bank(found: list[str], folded: str, catalog: Catalog) -> list[str]:
    """A bank and its credit-card centre sign alike (【建设银行】): the message names the card centre
    only when it speaks of a credit card (信用卡); otherwise it is the bank's own SMS."""
    credit = "信用卡" in folded or "credit card" in folded
    kept = []
    for bank_id in found:
        bank = catalog.banks.get(bank_id)
        parent = getattr(bank, "parent", "") if getattr(bank, "kind", "") == "credit_card" else ""
        if parent and parent in found and not credit:
            continue  # the bank's SMS, not the card centre's
        if credit and any(getattr(catalog.banks.get(b), "parent", "") == bank_id for b in found):
            continue  # a credit-card SMS: the card centre, not the bank
        kept.append(bank_id)
    return kept


# -- senders to tick (issue 20: copying an SMS to the computer is not needed) ---------------------

COMMON_PLATFORM_RANK = 5  # rank 1 (nearly everyone) and 5 (very common): see resources/catalog/README.md
COMMON_BANKS = 8  # the first banks of banks.toml (the national banks, listed first)


@dataclass(frozen=True)
class Sender:
    """One sender the user may have had SMS from: a platform or a bank of the catalog."""

    kind: str  # "platform" | "bank"
    id: str

    def label(self, catalog: Catalog, lang: str) -> str:
        """Its name and what the user can see on the phone: its service number (95555) or the
        【signature】 it signs with when that is not its name (微信 【腾讯科技】); only catalog facts."""
        entry = catalog.platforms[self.id] if self.kind == "platform" else catalog.banks[self.id]
        seen = [f"【{s.name}】" for s in catalog.sms_signatures.values()
                if self.id in (s.platforms if self.kind == "platform" else s.banks)]
        seen += [f"【{s}】" for s in entry.sms_senders if s != entry.name.zh]
        seen += [n for n in entry.short_numbers if len(n) <= 6][:1]  # the short one: 95555, not 1065795555
        return " ".join([entry.name.get(lang), *seen])


def common_senders(catalog: Catalog) -> list[Sender]:
    """The senders most people get SMS from: the platforms of rank 1 and 5 (by rank, then catalog
    order), then the first banks (kind "bank") that have a short service number."""
    platforms = sorted((p for p in catalog.platforms.values() if p.rank <= COMMON_PLATFORM_RANK),
                       key=lambda p: p.rank)
    banks = [b for b in catalog.banks.values()
             if getattr(b, "kind", "") == "bank" and any(len(n) <= 6 for n in b.short_numbers)][:COMMON_BANKS]
    return [*(Sender("platform", p.id) for p in platforms), *(Sender("bank", b.id) for b in banks)]


def from_senders(senders: list[Sender]) -> SmsMatches:
    """What ticking these senders finds: the same answer as pasting their SMS would give."""
    return SmsMatches([s.id for s in senders if s.kind == "platform"], [s.id for s in senders if s.kind == "bank"])


def combined(*found: SmsMatches) -> SmsMatches:
    """Several answers as one, in first-seen order, no repeats."""
    out = SmsMatches()
    for each in found:
        out.platforms += [p for p in each.platforms if p not in out.platforms]
        out.banks += [b for b in each.banks if b not in out.banks]
    return out
