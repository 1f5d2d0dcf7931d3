"""Page 8, 最后一步: the carrier steps that fit the situation, each with saved status buttons."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from bindguard.core.checklist import Status
from bindguard.core.situation import Situation
from tests.ui.walk import open_on, saved_checklist, status_in_db


@pytest.fixture
def catalog_with_steps():
    """The shipped catalog plus a 携号转网 step and a recycled-number step (written by the catalog work)."""
    from bindguard.core.catalog import load_catalog

    catalog = load_catalog()
    base = catalog.carrier["counter_cancel"]
    carrier = dict(catalog.carrier)
    carrier["port_out"] = dataclasses.replace(base, id="port_out", situations=("cancel_soon", "switch"),
                                              name=dataclasses.replace(base.name, zh="携号转网", en="Port out"))
    carrier["renewal"] = dataclasses.replace(base, id="renewal", situations=("recycled",),
                                             name=dataclasses.replace(base.name, zh="二次号码焕新", en="Renewal"))
    discovery = dict(catalog.discovery)
    any_service = next(iter(discovery.values()))
    discovery["caller_tag_test"] = dataclasses.replace(any_service, id="caller_tag_test", situations=("recycled",))
    return dataclasses.replace(catalog, carrier=carrier, discovery=discovery)


def _open(make_window, store, catalog, situation):
    window = make_window("en")
    window.ctx.catalog = catalog
    checklist = saved_checklist(store, catalog, situation)
    return window, checklist, open_on(window, checklist, "carrier")


@pytest.mark.parametrize(("situation", "shown", "not_shown"), [
    (Situation.CANCEL_SOON, ["port_out", "counter_cancel"], ["renewal", "caller_tag_test"]),  # keeping first
    (Situation.SWITCH, ["port_out", "counter_cancel"], ["renewal", "caller_tag_test"]),
    (Situation.RECYCLED, ["renewal", "caller_tag_test"], ["counter_cancel", "port_out"]),  # + recycled-only services
])
def test_the_carrier_page_lists_the_steps_for_the_situation(make_window, store, catalog_with_steps, situation,
                                                            shown, not_shown):
    _window, _checklist, page = _open(make_window, store, catalog_with_steps, situation)
    ids = [card.step.id for card in page.step_cards]
    assert all(step in ids for step in shown), ids
    assert not any(step in ids for step in not_shown), ids
    assert ids.index(shown[0]) < ids.index(shown[1])  # catalog order


def test_there_is_no_carrier_page_when_the_old_number_is_already_dead(make_window, store):
    window = make_window("en")
    window.ctx.checklist = saved_checklist(store, window.ctx.catalog, Situation.OLD_DEAD)
    assert "carrier" not in window.flow()


def test_a_carrier_step_status_is_saved_on_click(make_window, store, qtbot, catalog_with_steps):
    _window, checklist, page = _open(make_window, store, catalog_with_steps, Situation.CANCEL_SOON)
    card = next(card for card in page.step_cards if card.step.id == "counter_cancel")
    qtbot.mouseClick(card.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    assert status_in_db(store, checklist.id, "carrier:counter_cancel") == "done"


def test_a_step_the_catalog_gained_later_becomes_a_saved_item(make_window, store, catalog_with_steps):
    _window, checklist, page = _open(make_window, store, catalog_with_steps, Situation.CANCEL_SOON)
    card = next(card for card in page.step_cards if card.step.id == "port_out")
    card.status_bar.buttons[Status.LATER].click()
    assert status_in_db(store, checklist.id, "carrier:port_out") == "later"


def test_a_recycled_only_service_shares_its_item_with_the_work_page(make_window, store, catalog_with_steps):
    _window, checklist, page = _open(make_window, store, catalog_with_steps, Situation.RECYCLED)
    card = next(card for card in page.step_cards if card.step.id == "caller_tag_test")
    card.status_bar.buttons[Status.DONE].click()
    assert status_in_db(store, checklist.id, "discovery:caller_tag_test") == "done"
    assert checklist.item("discovery:caller_tag_test").status is Status.DONE


def test_the_counter_visit_shows_what_to_say(make_window, store, catalog_with_steps):
    _window, _checklist, page = _open(make_window, store, catalog_with_steps, Situation.CANCEL_SOON)
    card = next(card for card in page.step_cards if card.step.id == "counter_cancel")
    text = card.cards[0].label.text()
    assert "What to say" in text
    assert "ID card" in text


def test_a_carrier_step_offers_not_needed_never_no_such_account(make_window, store, catalog_with_steps):
    _window, _checklist, page = _open(make_window, store, catalog_with_steps, Situation.CANCEL_SOON)
    card = next(card for card in page.step_cards if card.step.id == "counter_cancel")
    words = [button.text() for button in card.status_bar.buttons.values()]
    assert any("Not needed" in w for w in words), words
    assert not any("No such account" in w for w in words), words


@pytest.mark.parametrize("situation", [Situation.CANCEL_SOON, Situation.SWITCH])
def test_someone_about_to_cancel_sees_how_to_keep_the_number_first(make_window, store, situation):
    """A user walk: 携号转网 and 保号套餐 came about 12 scrolls into the last page, after the counter visit;
    PRODUCT.md §2 asks for them before cancelling at all: on the numbers page and first on the last page."""
    window = make_window("zh")
    checklist = saved_checklist(store, window.ctx.catalog, situation)
    numbers = open_on(window, checklist, "numbers")
    note = numbers.keep_note
    assert note.isVisibleTo(numbers)
    assert "携号转网" in note.text()
    assert "保号套餐" in note.text()
    assert note.mapTo(numbers, note.rect().topLeft()).y() < numbers.date_edit.mapTo(numbers, numbers.date_edit.rect()
                                                                                   .topLeft()).y() + 200
    steps = [step.id for step, _kind in open_on(window, checklist, "carrier").steps()]
    assert steps.index("port_out") < steps.index("counter_cancel")
    assert steps.index("keep_number") < steps.index("counter_cancel")
    assert steps[:2] == ["port_out", "keep_number"]


def test_no_keep_the_number_note_when_the_number_is_already_gone_or_was_someone_elses(make_window, store):
    for situation in (Situation.OLD_DEAD, Situation.RECYCLED):
        window = make_window("zh")
        numbers = open_on(window, saved_checklist(store, window.ctx.catalog, situation), "numbers")
        assert not numbers.keep_note.isVisibleTo(numbers), situation


def test_each_step_is_one_line_with_its_status_and_one_opens_at_a_time(make_window, store, qtbot, catalog_with_steps):
    """Issue 20: every step and way open made the page 11 screens long at 1024x768 in large text."""
    _window, checklist, page = _open(make_window, store, catalog_with_steps, Situation.CANCEL_SOON)
    first, second = page.step_cards[0], page.step_cards[1]
    assert first.body.isVisible(), "the first step still to do is open"
    assert not second.body.isVisible(), "the first step still to do is open"
    assert not first.how_part.isVisible(), "its ways wait behind 怎么做"
    qtbot.mouseClick(first.how, Qt.MouseButton.LeftButton)
    assert first.how_part.isVisible()
    assert first.cards
    qtbot.mouseClick(second.heading, Qt.MouseButton.LeftButton)
    assert second.body.isVisible()
    assert not first.body.isVisible()
    qtbot.mouseClick(second.status_bar.buttons[Status.LATER], Qt.MouseButton.LeftButton)
    assert "Later" in second.heading.words()
    assert status_in_db(store, checklist.id, f"carrier:{second.step.id}") == "later"


def test_a_screen_reader_pressing_done_saves_it(make_window, store, qtbot, catalog_with_steps):
    """Walked through the accessibility tree under Xvfb (as Orca does): 已完成 is a checkable button, whose
    accessible action is Toggle, and toggling it changed nothing on disk (only a mouse click was heard)."""
    from PySide6.QtGui import QAccessible

    _window, checklist, page = _open(make_window, store, catalog_with_steps, Situation.CANCEL_SOON)
    card = next(card for card in page.step_cards if card.step.id == "counter_cancel")
    button = card.status_bar.buttons[Status.DONE]
    actions = QAccessible.queryAccessibleInterface(button).actionInterface()
    first = actions.actionNames()[0]  # what a screen reader's "activate" calls
    actions.doAction(first)
    qtbot.waitUntil(lambda: status_in_db(store, checklist.id, "carrier:counter_cancel") == "done")
    assert button.isChecked()
    later = card.status_bar.buttons[Status.LATER]
    QAccessible.queryAccessibleInterface(later).actionInterface().doAction(first)
    qtbot.waitUntil(lambda: status_in_db(store, checklist.id, "carrier:counter_cancel") == "later")
    assert later.isChecked() and not button.isChecked()  # one chosen at a time
