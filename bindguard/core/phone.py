"""Mainland China mobile numbers: read them the way people type them, keep them masked.

The app never stores a full number (PRODUCT.md §5): the wizard validates what was typed, keeps
`mask(number)` and forgets the rest.
"""

from __future__ import annotations

import re
import unicodedata

from bindguard.core.errors import BindGuardError

_ALLOWED_SEPARATORS = " \t-–—()()\u3000.·"
_MASKED = re.compile(r"^1[3-9]\d\*{4}\d{4}$")


def normalize(text: str) -> str:
    """Return the 11-digit number in `text` or raise BindGuardError with a plain reason.

    Accepts spaces, dashes, brackets, full-width digits, and a +86 / 0086 / 86 prefix.
    """
    raw = (text or "").strip()
    if not raw:
        raise BindGuardError("phone.empty")
    raw = unicodedata.normalize("NFKC", raw)  # full-width digits and ＋ from Chinese IMEs
    digits: list[str] = []
    had_plus = False
    if raw[0] in "-–—":  # -13812345678 reads as a negative number, not a phone number
        raise BindGuardError("phone.leading_dash", char=raw[0])
    for char in raw:
        if char.isdigit() and char.isascii():
            digits.append(char)
        elif char == "+" and not digits and not had_plus:
            had_plus = True
        elif char in _ALLOWED_SEPARATORS:
            continue
        else:
            raise BindGuardError("phone.bad_char", char=char)
    number = "".join(digits)
    if number.startswith("0086") and len(number) == 15:
        number = number[4:]
    elif number.startswith("86") and len(number) == 13 and (had_plus or number[2] == "1"):
        number = number[2:]
    elif had_plus:
        raise BindGuardError("phone.not_mobile")
    if len(number) < 11:
        raise BindGuardError("phone.too_short", count=len(number))
    if len(number) > 11:
        raise BindGuardError("phone.too_long", count=len(number))
    if number[0] != "1" or number[1] not in "3456789":
        raise BindGuardError("phone.not_mobile")
    return number


def mask(number: str) -> str:
    """138****1234: enough for the user to recognise the number, useless to anyone else."""
    number = normalize(number)
    return f"{number[:3]}****{number[-4:]}"


def is_masked(text: str) -> bool:
    return bool(_MASKED.match(text or ""))


def parse_and_mask(text: str) -> str:
    """What the wizard keeps: the masked form of a valid number (raises on bad input)."""
    return mask(text)
