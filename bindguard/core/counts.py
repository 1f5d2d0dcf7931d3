"""How many items the list has, one number from the door to the paper (issue 20).

The door (page 2) says how many items its list starts with; the work page, the finish page and the
printout count the same list. When she added items (apps ticked, cards, what discovery found, her
own) or took some off, they say so beside the number: "清单上共 19 项。开始时 18 项，您又加了 1 项。"
What the door promised is the rule that made it (core.doors), so nothing extra is stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bindguard.core.checklist import Checklist
from bindguard.core.text import Text
from bindguard.core.words import join_sentences

if TYPE_CHECKING:
    from bindguard.core.catalog import Catalog
    from bindguard.core.situation import Scope, Situation

COUNT = Text("清单上共 {total} 项。", "{total} items on the list.")
ADDED = Text("开始时 {promised} 项，您又加了 {added} 项。", "{promised} at the start, and you added {added}.")
REMOVED = Text("开始时 {promised} 项，您去掉了 {removed} 项。", "{promised} at the start, and you took {removed} off.")
BOTH = Text("开始时 {promised} 项，您又加了 {added} 项，去掉了 {removed} 项。",
            "{promised} at the start; you added {added} and took {removed} off.")


@dataclass(frozen=True)
class ListCount:
    total: int  # items on the list now, finished ones included
    promised: int  # what the door said the list starts with
    added: int  # on the list, not put there by the door
    removed: int  # put there by the door, taken off since


def promised_keys(situation: Situation, scope: Scope, catalog: Catalog) -> list[str]:
    """The items the door puts on a new list for this situation: the number it says."""
    from bindguard.core.doors import door_additions  # doors words its summary with this module's numbers

    return [item.key for item in door_additions(Checklist("", situation, scope), catalog)]


def list_count(checklist: Checklist, catalog: Catalog) -> ListCount:
    promised = set(promised_keys(checklist.situation, checklist.scope, catalog))
    have = {item.key for item in checklist.items}
    return ListCount(total=len(have), promised=len(promised), added=len(have - promised),
                     removed=len(promised - have))


def change_words(checklist: Checklist, catalog: Catalog, lang: str) -> str:
    """What she changed since the door, in one sentence ("开始时 18 项，您又加了 1 项。"); '' if nothing."""
    count = list_count(checklist, catalog)
    text = BOTH if count.added and count.removed else ADDED if count.added else REMOVED if count.removed else None
    if text is None:
        return ""
    return text.format(promised=count.promised, added=count.added, removed=count.removed).get(lang)


def count_words(checklist: Checklist, catalog: Catalog, lang: str) -> str:
    """The number of items, and what she changed since the door (清单上共 19 项。开始时 18 项，您又加了 1 项。)."""
    total = COUNT.format(total=len({item.key for item in checklist.items})).get(lang)
    return join_sentences(lang, total, change_words(checklist, catalog, lang))
