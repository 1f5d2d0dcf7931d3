"""Issue 20's walk as a 65-year-old alone: the leftovers she met, each test named after her story."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bindguard.core.checklist import Status
from bindguard.core.situation import Situation
from bindguard.core.words import quoted
from tests.ui.walk import open_on, saved_checklist


def test_a_name_that_holds_quotes_is_not_wrapped_in_another_pair():
    assert quoted("支付宝") == "“支付宝”"
    assert quoted("云闪付“一键查卡”") == "云闪付“一键查卡”"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_she_marks_the_card_check_done_and_the_undo_bar_does_not_nest_quotes(make_window, store, qtbot, lang):
    window = make_window(lang)
    checklist = saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON)
    page = open_on(window, checklist, "work")
    key = next(k for k in page.item_list.item_keys() if "unionpay" in k)
    page.select(key)
    assert "““" not in page.status_bar.buttons[Status.DONE].accessibleDescription()
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.undo_bar.isVisible)
    said = page.undo_bar.label.text()
    name = window.ctx.catalog.discovery["unionpay_cards"].name.get(lang)
    assert name in said or name.replace("“", "&ldquo;") in said
    for nested in ("““", "””", "”“"):
        assert nested not in said, said
        assert nested not in page.undo_button.accessibleDescription()
    # a plain name is still quoted
    page.select("platform:alipay")
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "“" in page.undo_bar.label.text())
