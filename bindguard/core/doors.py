"""The two doors of page 2 and what they put on the list, with its size in items and minutes.

Both doors pre-select the same evidence-based set; 只做最要紧的 then shows only the money and
identity tiers on the accounts page, 全面检查 shows everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bindguard.core.checklist import (
    Checklist,
    ChecklistItem,
    ItemKind,
    entry_item,
    found_refs,
    old_number_works,
    platform_item,
)
from bindguard.core.situation import Scope, Situation, door_words
from bindguard.core.text import Text
from bindguard.core.words import duration_words, join_sentences

if TYPE_CHECKING:
    from bindguard.core.catalog import Catalog, Platform

NEARLY_EVERYONE = 1  # rank 1: 支付宝, 微信, 微信支付, 个人所得税
LIST_SUMMARY = Text("清单上有 {count} 项，大约要 {duration}（去柜台、等审核的时间不算）。",
                    "{count} items on the list, about {duration} (not counting visits to a counter or waiting "
                    "for a review).")
APPS_PICKED_NEXT = Text("您在下一步再挑的 App 会加进来。", "The apps you pick next are added to it.")
# why the two doors may start with the same number: they differ in the apps offered next
ONLY_MONEY_NEXT = Text("下一步只列出跟钱和身份有关的 App。",
                       "Next, only the apps that hold money or your identity are listed.")
# page 2 in short (issue 20, one question per screen): each door's count in one line, what it does said
# once, under the two, for the door chosen
DOOR_COUNT = Text("清单上有 {count} 项，大约要 {duration}。", "{count} items on the list, about {duration}.")
NOT_COUNTED = Text("去柜台、等审核的时间不算。", "Visits to a counter and reviews are not counted.")


def suggested_items(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """Discovery and carrier steps that fit the situation; added when the checklist is made. A
    discovery service that cannot work now (it needs the dead old number's SMS) is not a step: the
    discovery page shows it as unusable, with what to use instead."""
    from bindguard.core.routes import discovery_usable  # deferred: routes loads the catalog module

    items = []
    situation = checklist.situation.value
    for service in catalog.discovery.values():
        if situation in service.situations and discovery_usable(service, checklist):
            items.append(entry_item(ItemKind.DISCOVERY, service.id))
    for step in catalog.carrier.values():
        if situation in step.situations:
            items.append(entry_item(ItemKind.CARRIER, step.id))
    return items


def with_money_side(platform_ids: list[str], catalog: Catalog) -> list[str]:
    """The platforms and, right after each, the wallet its payments go through (美团 -> 美团支付,
    淘宝 -> 支付宝: the catalog's `pays_through`), each once. Whoever holds the old number can spend
    through the wallet, not the shop: a pasted 【美团】 SMS that added only 美团 left the money out."""
    out: list[str] = []
    for pid in platform_ids:
        platform = catalog.platforms.get(pid)
        for each in (pid, platform.pays_through if platform is not None else ""):
            if each and each not in out:
                out.append(each)
    return out


def door_platforms(checklist: Checklist, catalog: Catalog) -> list[Platform]:
    """What both doors tick: the money and identity platforms nearly everyone has (rank 1) and
    every platform discovery found (counts, pasted SMS) with the wallet it pays through, in
    catalog order."""
    found = set(with_money_side(sorted(found_refs(checklist)), catalog))
    return [p for p in catalog.platforms.values()
            if (p.rank <= NEARLY_EVERYONE and catalog.is_essential(p)) or p.id in found]


def door_steps(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """The situation's steps a door puts on a new list: its discovery and carrier steps, behind both
    doors. The door's number is the list's number from the work page to the paper (core.counts): carrier
    steps that joined the list only on 最后一步 made it grow from 14 to 19 items with no word said."""
    return suggested_items(checklist, catalog)


def door_additions(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """The items the door adds that the checklist does not have yet: the door's steps and the
    pre-selected platforms. Call it when the checklist is made and again after discovery found
    something; bank cards come from the bank page."""
    wanted = [*door_steps(checklist, catalog), *(platform_item(p) for p in door_platforms(checklist, catalog))]
    have = {i.key for i in checklist.items}
    out = []
    for item in wanted:
        if item.key not in have:
            have.add(item.key)
            out.append(item)
    return out


def accounts_shown(catalog: Catalog, scope: Scope, ticked: set[str] | frozenset[str] = frozenset(),
                   query: str = "") -> list[Platform]:
    """The accounts page's tiles, in catalog order: those matching the search `query` (a name or
    alias; all when empty), every one for 全面检查; for 只做最要紧的 the money and identity tiers,
    and any `ticked` one from another tier (a ticked tile never hides)."""
    matching = {p.id for p in catalog.search(query)}
    return [p for p in catalog.platforms.values()
            if p.id in matching and (scope is Scope.FULL or catalog.is_essential(p) or p.id in ticked)]


# Rough minutes per item, for "清单上有 12 项，大约要 1 小时": reading the steps and doing them in
# the app; a visit to a counter or a review that takes days is not counted.
_MINUTES = {ItemKind.DISCOVERY: 5, ItemKind.CARRIER: 5, ItemKind.PLATFORM: 5, ItemKind.BANK_CARD: 10,
            ItemKind.CUSTOM: 5}


def estimate_minutes(checklist: Checklist) -> int:
    """Rough time for the open items, rounded up to 5 minutes; without the old number's SMS an
    app takes longer (face scan, appeal)."""
    total = 0
    for item in checklist.items:
        if not item.status.is_open:
            continue
        minutes = _MINUTES[item.kind]
        if item.kind is ItemKind.PLATFORM and not old_number_works(checklist, item):
            minutes = 10
        total += minutes
    return -(-total // 5) * 5


def list_summary(checklist: Checklist, lang: str) -> str:
    """"清单上有 13 项，大约要 1 个小时（去柜台、等审核的时间不算）。" for the door and the accounts page."""
    count = sum(1 for i in checklist.items if i.status.is_open)
    duration = duration_words(estimate_minutes(checklist), lang)
    return LIST_SUMMARY.format(count=count, duration=duration).get(lang)


def door_preview(situation: Situation, scope: Scope, catalog: Catalog, lang: str) -> str:
    """What a door would put on a fresh checklist, in words, before the checklist exists."""
    checklist = Checklist("", situation, scope)
    checklist.items = door_additions(checklist, catalog)
    return list_summary(checklist, lang)


def _door_list(checklist: Checklist | None, situation: Situation, scope: Scope, catalog: Catalog) -> Checklist:
    """The list a door leads to: for a new checklist what that door would put on it; for the checklist
    being made, what it has plus what that door would add (choosing a door never removes)."""
    trial = Checklist(checklist.name if checklist else "", situation, scope)
    if checklist is not None:
        trial.discovery_counts = dict(checklist.discovery_counts)
        trial.items = list(checklist.items)
    trial.items += door_additions(trial, catalog)
    return trial


def door_count(checklist: Checklist | None, situation: Situation, scope: Scope, catalog: Catalog,
               lang: str) -> str:
    """A door's count and time in one line ("清单上有 22 项，大约要 1 小时 55 分钟。"), the numbers of
    door_summary."""
    return list_count(_door_list(checklist, situation, scope, catalog), lang)


def list_count(checklist: Checklist, lang: str) -> str:
    """list_summary in one line, without what the time leaves out (said on page 2): the accounts
    page's count above its list."""
    count = sum(1 for i in checklist.items if i.status.is_open)
    return DOOR_COUNT.format(count=count, duration=duration_words(estimate_minutes(checklist), lang)).get(lang)


def door_details(situation: Situation, scope: Scope, lang: str) -> str:
    """What a door puts first, and what its time leaves out, said once under the two doors for the one
    chosen (what follows on the next page is said there)."""
    return join_sentences(lang, door_words(situation, scope).get(lang), NOT_COUNTED.get(lang))


def door_summary(checklist: Checklist | None, situation: Situation, scope: Scope, catalog: Catalog,
                 lang: str) -> str:
    """Each door's count and time (page 2): for a new checklist what that door would put on it; for the
    checklist being made, what it has plus what that door would add (choosing a door never removes)."""
    if checklist is None:
        summary = door_preview(situation, scope, catalog, lang)
    else:
        summary = list_summary(_door_list(checklist, situation, scope, catalog), lang)
    # both doors start with the same steps and the apps nearly everyone has: each says how it differs
    summary = join_sentences(lang, summary, (APPS_PICKED_NEXT if scope is Scope.FULL else ONLY_MONEY_NEXT).get(lang))
    return summary
