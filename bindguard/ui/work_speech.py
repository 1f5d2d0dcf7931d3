"""朗读 on the work page (issue 25): the two buttons (the item, 遇到困难's help) hooked into the page, and
what each reads. The button is widgets/read_aloud.py; the words, written to be heard, core/speech_text.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bindguard.core import routes as fit
from bindguard.core.speech_text import Utterance, help_script, item_script
from bindguard.ui.widgets.item_list import item_name
from bindguard.ui.widgets.read_aloud import SLOW_SETTING, ReadAloud, mark_step, plain

if TYPE_CHECKING:
    from bindguard.ui.pages.work import WorkPage


def attach(page: WorkPage) -> None:
    """朗读 at the end of the navigator's row (the item's first screen keeps its height) and in the help
    that 遇到困难 opens, under its heading; the step being read is marked in the first way."""
    slow = lambda: page.ctx.store.get_setting(SLOW_SETTING) == "1"  # noqa: E731  (显示 → 朗读慢一点)
    page.read_aloud = ReadAloud(lambda: page.lang, lambda: item_lines(page), slow, page.navigator)
    page.read_aloud.step_changed.connect(lambda n: page.route_cards and mark_step(page.route_cards[0].label, n))
    page.navigator.layout().addWidget(page.read_aloud)
    page.help_read_aloud = ReadAloud(lambda: page.lang, lambda: help_lines(page), slow, page.stuck_panel)
    page.stuck_panel.layout().insertWidget(1, page.help_read_aloud)


def show_item(page: WorkPage, item) -> None:
    """Another item (or none): the voice reads the item on screen, or nothing."""
    page.read_aloud.stop()
    page.read_aloud.setVisible(item is not None)


def retranslate(page: WorkPage) -> None:
    page.read_aloud.retranslate()
    page.help_read_aloud.retranslate()


def item_lines(page: WorkPage) -> tuple[Utterance, ...]:
    """The item's name, why it matters (as on screen), the first way's steps, what to say."""
    if page.item is None:
        return ()
    lang = page.lang
    first = page.route_cards[0].route if page.route_cards else None
    steps = [step.get(lang) for step in first.steps] if first is not None else []
    say = first.say.get(lang) if first is not None and first.say is not None else ""
    return item_script(lang, item_name(page.item, page.ctx.catalog, lang), plain(page.reason_label.text()), steps,
                       say)


def help_lines(page: WorkPage) -> tuple[Utterance, ...]:
    """遇到困难's help: its heading, the tip, the hotline, what to say."""
    if page.item is None or page.ctx.checklist is None:
        return ()
    help_ = fit.stuck_help(page.ctx.checklist, page.item, page.ctx.catalog, page.lang)
    return help_script(page.lang, plain(page.stuck_heading.text()), help_.tip, help_.hotline, help_.say)
