"""Finding a bank (or any entry) by what an older user types: part of a name or alias, or the
full pinyin of a name whose catalog alias is its short pinyin form.

The catalog gives each bank a short pinyin alias ("gonghang" for 工行). People also type the pinyin
of the longer name, "gongshang" (工商) or "gongshangyinhang" (工商银行). Without a pinyin table
(none in the standard library), those are recognised when the short alias can be read out of the
typed word letter by letter, in order, starting with the same syllable: g-o-n-g-(s)-h-a-n-g.
"""

from __future__ import annotations

from collections.abc import Iterable

MIN_PINYIN = 5  # shorter words ("gh") would match far too much


def _is_pinyin(text: str) -> bool:
    return text.isascii() and text.isalpha()


def _reads_out(alias: str, typed: str) -> bool:
    """`alias` is a subsequence of `typed` (every letter in order, others may lie between)."""
    letters = iter(typed)
    return all(letter in letters for letter in alias)


def matches(typed: str, names: Iterable[str]) -> bool:
    """Whether what the user typed finds an entry with these names and aliases."""
    needle = "".join(typed.split()).casefold()
    if not needle:
        return True
    folded = [name.casefold() for name in names]
    if any(needle in name or needle in "".join(name.split()) for name in folded):
        return True
    if not (_is_pinyin(needle) and len(needle) >= MIN_PINYIN):
        return False
    for alias in folded:
        if _is_pinyin(alias) and len(alias) >= MIN_PINYIN and alias[:2] == needle[:2] and _reads_out(alias, needle):
            return True
    return False
