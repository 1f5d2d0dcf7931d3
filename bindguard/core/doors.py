"""The two doors of page 2 and what they put on the list, with its size in items and minutes.

Both doors pre-select the same evidence-based apps and the situation's 最后一步 steps; 只做最要紧的 lists
only the few queries that find where her money is (PRODUCT §3.2: about 10-15 items for a typical user,
it was 18 before a bank card) and shows only the money and identity tiers on the accounts page;
全面检查 lists every query and shows everything. The page 先查一查 shows every query behind both doors.
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
    from bindguard.core.catalog import Catalog, Entry, Platform

NEARLY_EVERYONE = 1  # rank 1: 支付宝, 微信, 微信支付, 个人所得税
LIST_SUMMARY = Text("清单上有 {items}，大约要 {duration}（去柜台、等审核的时间不算）。",
                    "{items} on the list, about {duration} (not counting visits to a counter or waiting "
                    "for a review).")
APPS_PICKED_NEXT = Text("您在下一步再挑的 App 会加进来。", "The apps you pick next are added to it.")
# why the two doors may start with the same number: they differ in the apps offered next
# page 2 in short (issue 20, one question per screen): each door's count in one line, what it does said
# once, under the two, for the door chosen
DOOR_COUNT = Text("清单上有 {items}，大约要 {duration}。", "{items} on the list, about {duration}.")
# how many items, finished ones included (the number the work page and the paper say); with some finished,
# how many are left: the time is theirs (a saved list's door counted only the open ones: 22 beside 共 23 项)
ITEMS = Text("{total} 项", "{total} items")
ITEMS_LEFT = Text("{total} 项，还剩 {left} 项", "{total} items ({left} left)")
# the urgent door's items that are 最后一步's, said once under the two doors (the door's own line stays one line)
LAST_STEP_ITEMS = Text("其中 {last} 项在最后一步做。", "{last} of them are for the last step.")
# a saved list that has every item either door would add: both doors read the same count, said why once
# under the two (issue 20: "the doors differ where the situation makes them differ, or say why not")
SAME_LIST = Text("您的清单里已经有这些项：选哪一个，清单都一样。",
                 "Your list has these already: either choice, the same list.")
NOT_COUNTED = Text("去柜台、等审核的时间不算。", "Visits to a counter and reviews are not counted.")
# the steps of 最后一步 are on the list and in its number: the urgent door says how many of them there are,
# inside the count (a sentence of its own made 您的情况 2.1 screens long at 1024x768 large text)
LIST_SUMMARY_LAST = Text("清单上有 {items}（{last} 项在最后一步），大约要 {duration}（去柜台、等审核的时间不算）。",
                         "{items} on the list ({last} on the last step), about {duration} (not counting "
                         "visits to a counter or waiting for a review).")
ONLY_MONEY_NEXT = Text("下一步只列出跟钱和身份有关的 App。",
                       "Next, only the apps that hold money or your identity are listed.")


def last_steps(situation: Situation, catalog: Catalog) -> list[tuple[ItemKind, Entry]]:
    """The steps of 最后一步 (the carrier page) for the situation, in catalog order: its carrier steps
    and, for a recycled number, the queries only a recycled number has (二次号码焕新, caller tags, a
    stranger's SMS). Behind both doors: the page adds any of them the list lacks."""
    steps: list[tuple[ItemKind, Entry]] = [
        (ItemKind.CARRIER, step) for step in catalog.carrier.values() if situation.value in step.situations]
    if situation is Situation.RECYCLED:
        steps += [(ItemKind.DISCOVERY, service) for service in catalog.discovery.values()
                  if tuple(service.situations) == (situation.value,)]
    return steps


def suggested_items(checklist: Checklist, catalog: Catalog) -> list[ChecklistItem]:
    """Discovery and 最后一步 steps that fit the situation and the door; added when the checklist is made.
    A discovery service that cannot work now (it needs the dead old number's SMS) is not a step: the
    discovery page shows it as unusable, with what to use instead. 只做最要紧的 lists only the queries
    marked `urgent` in the catalog (where her money is): the other six (authorisations, phone cards, memory
    joggers …) made its list 18 items before a single bank card; they stay on 先查一查 and in 全面检查."""
    from bindguard.core.routes import discovery_usable  # deferred: routes loads the catalog module

    situation = checklist.situation
    last = last_steps(situation, catalog)
    on_last_page = {entry.id for kind, entry in last if kind is ItemKind.DISCOVERY}
    items = [entry_item(ItemKind.DISCOVERY, service.id) for service in catalog.discovery.values()
             if situation.value in service.situations and service.id not in on_last_page
             and discovery_usable(service, checklist)
             and (checklist.scope is Scope.FULL or service.urgent)]
    return items + [entry_item(kind, entry.id) for kind, entry in last]


def last_step_count(checklist: Checklist, catalog: Catalog) -> int:
    """How many open items of the list belong to 最后一步 (the carrier page): the door's number holds them,
    so it says how many they are ("清单上有 12 项（5 项在最后一步）")."""
    keys = {f"{kind.value}:{entry.id}" for kind, entry in last_steps(checklist.situation, catalog)}
    return sum(1 for i in checklist.items if i.status.is_open and i.key in keys)


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


def list_summary(checklist: Checklist, lang: str, last: int = 0) -> str:
    """"清单上有 13 项，大约要 1 个小时（去柜台、等审核的时间不算）。" for the door and the accounts page;
    with `last` (last_step_count) the door's "清单上有 12 项（5 项在最后一步），……"."""
    duration = duration_words(estimate_minutes(checklist), lang)
    words = LIST_SUMMARY_LAST if last else LIST_SUMMARY
    return words.format(items=_items(checklist, lang), duration=duration, last=last).get(lang)


def _items(checklist: Checklist, lang: str) -> str:
    """"22 项", or with some finished "23 项，还剩 22 项": the total is the list's whole number."""
    total = len(checklist.items)
    left = sum(1 for i in checklist.items if i.status.is_open)
    return (ITEMS_LEFT if left < total else ITEMS).format(total=total, left=left).get(lang)


def _door_list(checklist: Checklist | None, situation: Situation, scope: Scope, catalog: Catalog) -> Checklist:
    """The list a door leads to: for a new checklist what that door would put on it; for the checklist
    being made, what it has plus what that door would add (choosing a door never removes)."""
    trial = Checklist(checklist.name if checklist else "", situation, scope)
    if checklist is not None:
        trial.discovery_counts = dict(checklist.discovery_counts)
        trial.items = list(checklist.items)
    trial.items += door_additions(trial, catalog)
    return trial


def _door_last(trial: Checklist, scope: Scope, catalog: Catalog) -> int:
    """How many of the door's items are 最后一步's, said for the urgent door only (its promise is about
    10-15 items); the full door promises everything (said on both, 您的情况 went past 2 screens)."""
    return last_step_count(trial, catalog) if scope is Scope.ESSENTIAL else 0


def door_count(checklist: Checklist | None, situation: Situation, scope: Scope, catalog: Catalog,
               lang: str) -> str:
    """A door's count and time in one line ("清单上有 22 项，大约要 1 小时 55 分钟。"), the numbers of
    door_summary."""
    return list_line(_door_list(checklist, situation, scope, catalog), lang)


def list_line(checklist: Checklist, lang: str) -> str:
    """list_summary in one line, without what the time leaves out (said on page 2): the accounts
    page's count above its list."""
    duration = duration_words(estimate_minutes(checklist), lang)
    return DOOR_COUNT.format(items=_items(checklist, lang), duration=duration).get(lang)


def door_details(situation: Situation, scope: Scope, lang: str, catalog: Catalog | None = None,
                 checklist: Checklist | None = None) -> str:
    """What a door puts first, and what its time leaves out, said once under the two doors for the one
    chosen (what follows on the next page is said there); with the catalog, how many of the urgent door's
    items are 最后一步's ("其中 5 项在最后一步做。"); for a saved list on which both doors read the same
    count (choosing a door never removes items), why ("您的清单里已经有这些项：……")."""
    last = _door_last(_door_list(checklist, situation, scope, catalog), scope, catalog) if catalog else 0
    return join_sentences(lang, door_words(situation, scope).get(lang),
                          LAST_STEP_ITEMS.format(last=last).get(lang) if last else "",
                          SAME_LIST.get(lang) if doors_read_the_same(checklist, situation, catalog, lang) else "",
                          NOT_COUNTED.get(lang))


def doors_read_the_same(checklist: Checklist | None, situation: Situation, catalog: Catalog | None,
                        lang: str) -> bool:
    """Whether both doors give the same count for this saved list: it has all either door would add."""
    if checklist is None or catalog is None:
        return False
    return len({door_count(checklist, situation, scope, catalog, lang) for scope in Scope}) == 1


def door_summary(checklist: Checklist | None, situation: Situation, scope: Scope, catalog: Catalog,
                 lang: str) -> str:
    """Each door's count and time (page 2): for a new checklist what that door would put on it; for the
    checklist being made, what it has plus what that door would add (choosing a door never removes)."""
    trial = _door_list(checklist, situation, scope, catalog)
    summary = list_summary(trial, lang, _door_last(trial, scope, catalog))
    # both doors start with the same steps and the apps nearly everyone has: each says how it differs
    summary = join_sentences(lang, summary, (APPS_PICKED_NEXT if scope is Scope.FULL else ONLY_MONEY_NEXT).get(lang))
    return summary
