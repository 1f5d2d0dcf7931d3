"""Issue 20, counts that hold: the number of items the door promises is the number the work page, the
finish page and the paper show, for each situation and each door; where she added or took off items,
each of them says so in the same words (core.counts). Item numbers stay the same after a restart,
and the step list names only the pages the situation has."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from bindguard.core.counts import change_words, list_count
from bindguard.core.situation import Scope, Situation
from tests.ui.test_wizard_paths import walk
from tests.ui.walk import FakeVault

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


pytestmark = pytest.mark.usefixtures("documents")  # tests/ui/conftest.py: a Documents folder of its own


def _pdf_text(pdf) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


@needs_poppler
@pytest.mark.parametrize("scope", list(Scope), ids=lambda s: s.value)
@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_the_doors_number_holds_from_the_door_to_the_paper(make_window, store, qtbot, documents, situation, scope):
    window = make_window("en")
    window.ctx.vault = FakeVault()
    expected = walk(window, qtbot, situation, scope)
    promised = int(re.search(r"(\d+) items on the list", expected["door_words"]).group(1))
    checklist = window.ctx.checklist
    total = len(checklist.items)
    count = list_count(checklist)
    assert count.promised == promised
    assert count.total == total
    assert count.removed == 0
    assert count.added == total - promised > 0  # the walk adds apps, a card, her own
    assert store.load_checklist(checklist.id).promised == checklist.promised  # kept with the list
    added = {i.key for i in checklist.items} - set(checklist.promised)
    assert not [k for k in added if k.startswith(("carrier:", "discovery:"))]  # the app's own steps: counted
    changed = f"{promised} at the start, and you added {total - promised}."
    assert change_words(checklist, "en") == changed

    window.show_page("work")
    work = window.page("work")
    assert work.position_label.text().endswith(f"of {total}")
    assert f"{total} items on the list." in work.list_label.text()
    assert changed in work.list_label.text()

    window.show_page("finish")
    finish = window.page("finish")
    assert f"of {total} items finished." in finish.summary.text()
    assert changed in finish.summary.text()
    finish.pdf_button.click()
    qtbot.waitUntil(lambda: not finish.busy())  # the PDF is written in steps
    pdf = next(documents.glob("*.pdf"))
    paper = _pdf_text(pdf)
    assert f"{total} items:" in paper
    assert changed in paper


def test_the_same_number_holds_in_chinese_and_nothing_is_said_when_nothing_changed(make_window, store):
    from bindguard.core.checklist import Checklist
    from bindguard.core.counts import count_words, keep_promise
    from bindguard.core.doors import door_additions, door_summary

    window = make_window("zh")
    catalog = window.ctx.catalog
    for situation in Situation:
        for scope in Scope:
            checklist = Checklist("妈妈", situation, scope)
            checklist.items = door_additions(checklist, catalog)
            keep_promise(checklist)  # as the door page does when it makes the list
            n = len(checklist.items)
            assert f"清单上有 {n} 项" in door_summary(None, situation, scope, catalog, "zh")
            assert count_words(checklist, "zh") == f"清单上共 {n} 项。"
            taken = checklist.items.pop()
            assert count_words(checklist, "zh") == f"清单上共 {n - 1} 项。开始时 {n} 项，您去掉了 1 项。"
            checklist.items.append(taken)


def test_the_doors_say_why_they_start_alike(make_window):
    from bindguard.core.doors import door_summary

    window = make_window("zh")
    for situation in Situation:
        words = {scope: door_summary(None, situation, scope, window.ctx.catalog, "zh") for scope in Scope}
        assert words[Scope.ESSENTIAL] != words[Scope.FULL]
        assert "只列出跟钱和身份有关的 App" in words[Scope.ESSENTIAL]
        assert "再挑的 App 会加进来" in words[Scope.FULL]


@pytest.mark.parametrize("situation", [Situation.CANCEL_SOON, Situation.OLD_DEAD], ids=lambda s: s.value)
def test_item_numbers_hold_after_a_restart_and_the_step_list_has_only_the_situations_pages(
        make_window, store, qtbot, situation):
    window = make_window("en")
    window.ctx.vault = FakeVault()
    walk(window, qtbot, situation)
    window.show_page("work")
    before = list(window.page("work")._keys)
    checklist_id = window.ctx.checklist.id
    window.close()

    again = make_window("en")
    again.ctx.vault = FakeVault()
    again.ctx.checklist = store.load_checklist(checklist_id)
    again.show_page("work")
    assert again.page("work")._keys == before  # finished items keep their number (第 12 项 stays 第 12 项)
    steps = [again.step_list.item(i).text() for i in range(again.step_list.count())]
    assert any("Last step" in step for step in steps) is situation.has_carrier_page, steps


def test_choosing_the_other_door_of_a_saved_list_makes_the_number_it_says_the_new_promise(make_window, store, qtbot):
    """She made a 只做最要紧的 list, added a card, then went back and chose 全面检查: the door said the count
    the list now has, and the work page says that number, with no "开始时 12 项，您又加了 7 项"."""
    from bindguard.core.checklist import BankCard, CardType, bank_item
    from bindguard.core.counts import count_words
    from tests.ui.helpers_wizard import start_checklist

    window = make_window("zh")
    made = start_checklist(window, qtbot, Situation.CANCEL_SOON, name="妈妈", scope=Scope.ESSENTIAL)
    first = len(made.items)
    assert store.load_checklist(made.id).promised == tuple(i.key for i in made.items)
    store.add_item(made.id, bank_item(BankCard("icbc", "1234", CardType.DEBIT)))
    window.ctx.checklist = store.load_checklist(made.id)
    assert count_words(window.ctx.checklist, "zh") == (
        f"清单上共 {first + 1} 项。开始时 {first} 项，您又加了 1 项。")

    window.show_page("situation")
    page = window.page("situation")
    page.doors[Scope.FULL].radio.click()
    qtbot.waitUntil(lambda: store.load_checklist(made.id).scope is Scope.FULL)
    said = int(re.search(r"清单上有 (\d+) 项", page.doors[Scope.FULL].explanation.text()).group(1))
    saved = store.load_checklist(made.id)
    assert said == len(saved.items) > first + 1  # the full door added the other queries
    assert saved.promised == tuple(i.key for i in saved.items)  # what the door just said is the promise
    assert count_words(saved, "zh") == f"清单上共 {said} 项。"

    window.show_page("work")
    words = window.page("work").list_label.text()
    assert f"清单上共 {said} 项。" in words
    assert "开始时" not in words
