"""Issue 20 point 4: "The doors differ where the situation makes them differ, or say why not." Coming
back to 您的情况 with a saved list, both doors may read the same count (choosing a door never removes
items): the line under the doors then says why, once, in Chinese and English; a new list, whose doors
differ, says nothing of it."""

from __future__ import annotations

import pytest

from bindguard.core.checklist import Checklist
from bindguard.core.doors import SAME_LIST, door_additions, door_count, door_details
from bindguard.core.situation import Scope, Situation


@pytest.fixture(scope="module")
def catalog():
    from bindguard.core.catalog import load_catalog

    return load_catalog()


def _saved(catalog, situation: Situation, scope: Scope) -> Checklist:
    checklist = Checklist("妈妈", situation, scope)
    checklist.items = door_additions(checklist, catalog)
    return checklist


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_her_saved_full_list_reads_the_same_behind_both_doors_and_the_line_under_them_says_why_once(
        catalog, situation, lang):
    saved = _saved(catalog, situation, Scope.FULL)
    counts = {door_count(saved, situation, scope, catalog, lang) for scope in Scope}
    assert len(counts) == 1  # the case of the walk: "清单上有 23 项，……" on both
    for scope in Scope:
        line = door_details(situation, scope, lang, catalog, saved)
        assert line.count(SAME_LIST.get(lang)) == 1, line


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_where_the_doors_differ_nothing_is_said_of_it(catalog, situation, lang):
    urgent = _saved(catalog, situation, Scope.ESSENTIAL)  # saved behind the urgent door: the full one adds
    for checklist in (None, urgent):
        counts = {door_count(checklist, situation, scope, catalog, lang) for scope in Scope}
        assert len(counts) == 2, counts
        for scope in Scope:
            assert SAME_LIST.get(lang) not in door_details(situation, scope, lang, catalog, checklist)


def test_the_why_is_said_in_plain_chinese_with_full_width_punctuation():
    zh = SAME_LIST.get("zh")
    assert zh == "您的清单里已经有这些项：选哪一个，清单都一样。"
    assert not any(mark in zh for mark in ",.:;()?!")
