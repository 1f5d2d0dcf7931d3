"""A user walk (2026-12-01): words that did not fit the user's situation or the paper."""

from __future__ import annotations

import pytest

from bindguard.core.catalog import load_catalog
from bindguard.core.checklist import Checklist, platform_item
from bindguard.core.doors import door_summary, list_summary
from bindguard.core.flow import numbered_steps
from bindguard.core.routes import discovery_fits
from bindguard.core.situation import Scope, Situation, accounts_question, door_words
from bindguard.core.words import join_sentences


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _service_texts(service) -> list[str]:
    texts = [t for t in (service.name, service.finds, service.where, service.enter, service.result, service.limits)
             if t is not None]
    for route in service.routes:
        texts += [route.title, *route.steps]
    return [t.zh for t in texts] + [t.en for t in texts]


def test_a_new_holder_of_a_recycled_number_is_never_told_about_an_old_number_of_theirs(catalog):
    checklist = Checklist("我自己", Situation.RECYCLED)
    texts = [t for fit in discovery_fits(checklist, catalog) for t in _service_texts(fit.service)]
    for word in ("旧号码", "旧手机", "old number", "old phone"):
        assert not [t for t in texts if word in t], word
    for scope in Scope:
        words = door_words(Situation.RECYCLED, scope)
        assert "您的银行卡" not in words.zh
        assert "your bank cards" not in words.en
        assert "前一个机主" in door_words(Situation.RECYCLED, Scope.ESSENTIAL).zh
    assert accounts_question(Situation.RECYCLED).zh != "您用过下面哪些？"
    assert accounts_question(Situation.OLD_DEAD).zh == "您用过下面哪些？"


def test_a_catalog_step_never_points_at_a_screen_name_the_paper_does_not_have(catalog):
    entries = [*catalog.platforms.values(), *catalog.banks.values(), *catalog.discovery.values(),
               *catalog.carrier.values()]
    found = [(entry.id, step.zh) for entry in entries for route in entry.routes for step in route.steps
             if "最后一步" in step.zh or "last step" in step.en.lower()]
    assert found == []


def test_both_doors_say_how_many_items_and_how_long_and_chinese_sentences_join_without_a_space(catalog):
    for situation in Situation:
        for scope in Scope:
            words = door_summary(None, situation, scope, catalog, "zh")
            assert words.startswith("清单上有 ")
            assert "大约要" in words
    joined = join_sentences("zh", "其他的以后再做。", "清单上有 9 项。")
    assert joined == "其他的以后再做。清单上有 9 项。"
    assert join_sentences("en", "Later.", "9 items.") == "Later. 9 items."


def test_the_time_estimate_grows_when_two_accounts_are_ticked(catalog):
    checklist = Checklist("我自己", Situation.OLD_DEAD)
    ids = list(catalog.platforms)
    checklist.items = [platform_item(catalog.platforms[p]) for p in ids[:11]]
    before = list_summary(checklist, "zh")
    checklist.items += [platform_item(catalog.platforms[p]) for p in ids[11:13]]
    after = list_summary(checklist, "zh")
    assert "清单上有 11 项" in before
    assert "清单上有 13 项" in after
    assert before.split("大约要")[1] != after.split("大约要")[1], (before, after)
    assert "1 小时 50 分钟" in before
    assert "2 小时 10 分钟" in after


def test_before_a_checklist_is_chosen_the_step_list_numbers_only_the_sure_steps():
    steps = dict(numbered_steps(None))
    assert steps["welcome"] == 1
    assert steps["banks"] == 6
    assert steps["work"] == 7
    assert steps["carrier"] is None
    assert steps["finish"] is None
    dead = numbered_steps(Checklist("我自己", Situation.OLD_DEAD))
    assert [p for p, _ in dead][-2:] == ["work", "finish"]
    assert dict(dead)["finish"] == 8
    # chosen on 您的情况, the checklist not made yet: the same steps, numbered (issue 20)
    assert numbered_steps(None, Situation.OLD_DEAD) == dead
    assert dict(numbered_steps(None, Situation.RECYCLED))["finish"] == 9


def test_where_both_doors_start_with_the_same_items_the_full_check_says_what_it_adds():
    """A re-walk, situation 2: both doors read "清单上有 11 项，大约要 1 小时 15 分钟", so the choice
    looked pointless."""
    from bindguard.core.catalog import load_catalog
    from bindguard.core.doors import door_summary
    from bindguard.core.situation import Scope, Situation

    catalog = load_catalog()
    essential = door_summary(None, Situation.OLD_DEAD, Scope.ESSENTIAL, catalog, "zh")
    full = door_summary(None, Situation.OLD_DEAD, Scope.FULL, catalog, "zh")
    assert full != essential
    assert "再挑的 App 会加进来" in full
    assert " " not in full.split("。")[-2][-3:]
    assert "apps you pick next" in door_summary(None, Situation.OLD_DEAD, Scope.FULL, catalog, "en")


def test_each_doors_one_line_count_is_the_count_and_time_of_its_whole_words(catalog):
    """Page 2 shows each door's count in a line (door_count) and what it does under the two
    (door_details): the same numbers as the whole sentence a screen reader hears (door_summary)."""
    import re

    from bindguard.core.doors import door_count, door_details

    checklist = Checklist("我自己", Situation.SWITCH)
    checklist.items = [platform_item(catalog.platforms["taobao"])]
    for situation in Situation:
        for scope in Scope:
            for base in (None, checklist):
                # the urgent door's whole words say its last steps in the count: "清单上有 12 项（5 项在最后一步）"
                for lang, pattern in (("zh", r"清单上有 (\d+) 项(?:（\d+ 项在最后一步）)?，大约要 ([^（。]+)"),
                                      ("en", (r"(\d+) items on the list(?: \(\d+ on the last step\))?, "
                                              r"about ([^(.]+?)[ .(]"))):
                    whole = re.search(pattern, door_summary(base, situation, scope, catalog, lang))
                    short = re.search(pattern, door_count(base, situation, scope, catalog, lang))
                    assert whole and short and whole.groups() == short.groups(), (situation, scope, lang)
            assert door_words(situation, scope).zh in door_details(situation, scope, "zh")
            assert "不算" in door_details(situation, scope, "zh")
