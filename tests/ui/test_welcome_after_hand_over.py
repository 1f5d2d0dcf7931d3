"""Issue 20, a walk as a 65-year-old alone: after 从别的电脑接过来 the 欢迎 page's saved-checklist row was cut
with "…" and the focus was on 开始一份新清单. The checklist that arrived is selected, its row readable in
full (wrapped, at 1024x768 in large text) and the focus on 继续, so Enter opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from bindguard.core import handover
from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind
from bindguard.core.situation import Situation
from bindguard.core.store import Store
from bindguard.core.vault import Vault
from tests.helpers.settle import settle

LONG_NAME = "住在城东的大姨妈王秀英（电话本上第三个）"


@pytest.fixture
def hand_over_file(store, tmp_path):
    checklist = store.create_checklist(Checklist(LONG_NAME, Situation.OLD_DEAD, old_number="138****1234", items=[
        ChecklistItem("platform:alipay", ItemKind.PLATFORM, "alipay", money_risk=True)]))
    exported = handover.build_export(store, Vault(store), [checklist.id])
    path = tmp_path / "file.bindguard"
    path.write_bytes(exported.data)
    return path, exported.passphrase


def _whole(listed, row: int) -> bool:
    """The row holds its text wrapped, line by line, inside the selected row's 3 px frame and, across, the
    item's text margin (3 px a side): Qt elides with "…" the line that does not fit."""
    item = listed.item(row)
    rect = listed.visualItemRect(item)
    if not listed.viewport().rect().contains(rect):
        return False
    metrics = QFontMetrics(listed.font())
    frame, margin = 3, 3
    wrapped = metrics.boundingRect(QRect(0, 0, rect.width() - 2 * (frame + margin), 10_000),
                                   Qt.TextFlag.TextWordWrap, item.text())
    lines = max(1, round(wrapped.height() / metrics.height()))
    return lines * metrics.lineSpacing() + 2 * frame <= rect.height()


@pytest.mark.parametrize("saved_before", [0, 2], ids=["first_on_this_computer", "beside_two_saved"])
def test_her_handed_over_checklist_is_selected_whole_with_continue_ready(make_window, qtbot, tmp_path,
                                                                         hand_over_file, saved_before):
    path, passphrase = hand_over_file
    other = Store.open(tmp_path / "other")
    try:
        for name in ("爸爸", "妈妈")[:saved_before]:
            other.create_checklist(Checklist(name, Situation.CANCEL_SOON))
        window = make_window("zh", large_text=True, the_store=other)
        window.resize(1024, 728)
        settle()
        page = window.page("welcome")
        qtbot.mouseClick(page.take_over_button, Qt.MouseButton.LeftButton)
        dialog = page.handover_dialog
        qtbot.waitUntil(dialog.isVisible)
        dialog.set_file(path)
        dialog.passphrase.setText(passphrase)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.result.isVisible)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        settle()

        arrived = next(s.id for s in other.list_checklists() if s.name == LONG_NAME)
        listed = page.saved_list
        assert listed.count() == saved_before + 1
        row = page.saved_row(arrived)
        assert listed.currentRow() == row
        assert LONG_NAME in listed.currentItem().text()
        qtbot.waitUntil(lambda: _whole(listed, row))
        assert all(listed.visualItemRect(listed.item(r)).height() >= 60 for r in range(listed.count()))  # 适老化
        qtbot.waitUntil(lambda: window.focusWidget() is page.continue_button)  # the focus when the window is back
        window.activateWindow()
        qtbot.waitUntil(page.continue_button.hasFocus)
        viewport = page.scroll_area.viewport()
        for widget in (listed, page.continue_button):  # in view, not scrolled off by the dialog's button
            where = widget.rect().translated(widget.mapTo(viewport, widget.rect().topLeft()))
            assert viewport.rect().contains(where), widget.objectName()
        with qtbot.waitSignal(page.continue_requested) as opened:
            qtbot.keyClick(page.continue_button, Qt.Key.Key_Return)
        assert opened.args == [arrived]
        window.close()
    finally:
        other.close()
