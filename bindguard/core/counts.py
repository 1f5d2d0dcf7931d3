"""How many items the list has, one number from the door to the paper (issue 20).

The door (page 2) says how many items its list starts with; the work page, the finish page and the
printout count the same list. When she added items (apps ticked, cards, what discovery found, her
own) or took some off, they say so beside the number: "清单上共 19 项。开始时 18 项，您又加了 1 项。"

What the door promised is stored with the list when the door makes it (`keep_promise`, the store's
`checklist.promised`, schema 4), never worked out again from today's door rule: a rule or catalog change
under a saved list (the urgent door went from 18 to 12 items) made a list she never changed read
"开始时 12 项，您又加了 6 项". A list saved before the promise was stored has none (`promised` is None):
its count says only the total ("清单上共 18 项。"). What its door said back then is not known, and
today's rule may differ from it, so any "开始时 …" would be a guess that can tell her she added or
removed items she never touched; the total is true and she can check it on the list herself. Choosing a
door again (page 2) makes a new promise, and from then on the changes are said."""

from __future__ import annotations

from dataclasses import dataclass

from bindguard.core.checklist import Checklist
from bindguard.core.text import Text
from bindguard.core.words import join_sentences

COUNT = Text("清单上共 {total} 项。", "{total} items on the list.")
ADDED = Text("开始时 {promised} 项，您又加了 {added} 项。", "{promised} at the start, and you added {added}.")
REMOVED = Text("开始时 {promised} 项，您去掉了 {removed} 项。", "{promised} at the start, and you took {removed} off.")
BOTH = Text("开始时 {promised} 项，您又加了 {added} 项，去掉了 {removed} 项。",
            "{promised} at the start; you added {added} and took {removed} off.")


@dataclass(frozen=True)
class ListCount:
    total: int  # items on the list now, finished ones included
    promised: int | None  # what the door said the list starts with; None: not known (saved before schema 4)
    added: int  # on the list, not put there by the door (0 when the promise is not known)
    removed: int  # put there by the door, taken off since (0 when the promise is not known)


def keep_promise(checklist: Checklist) -> None:
    """What the door just said becomes the list's promise: the keys on it now. Call it when the door
    makes the list and when she chooses its door (or situation) again on page 2; the store saves it with
    the list (save_meta, create_checklist)."""
    checklist.promised = tuple(dict.fromkeys(item.key for item in checklist.items))


def list_count(checklist: Checklist) -> ListCount:
    have = {item.key for item in checklist.items}
    if checklist.promised is None:
        return ListCount(total=len(have), promised=None, added=0, removed=0)
    promised = set(checklist.promised)
    return ListCount(total=len(have), promised=len(promised), added=len(have - promised),
                     removed=len(promised - have))


def change_words(checklist: Checklist, lang: str) -> str:
    """What she changed since the door, in one sentence ("开始时 18 项，您又加了 1 项。"); '' if nothing,
    and '' when the promise is not known (never a guess: see the module's docstring)."""
    count = list_count(checklist)
    text = BOTH if count.added and count.removed else ADDED if count.added else REMOVED if count.removed else None
    if text is None:
        return ""
    return text.format(promised=count.promised, added=count.added, removed=count.removed).get(lang)


def count_words(checklist: Checklist, lang: str) -> str:
    """The number of items, and what she changed since the door (清单上共 19 项。开始时 18 项，您又加了 1 项。)."""
    total = COUNT.format(total=len({item.key for item in checklist.items})).get(lang)
    return join_sentences(lang, total, change_words(checklist, lang))
