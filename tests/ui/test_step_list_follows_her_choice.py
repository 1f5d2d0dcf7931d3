"""Issue 20: only steps that apply appear in the step list, from the moment the situation is chosen. A walk
found 最后一步 (the carrier page) in situation 2's step list until she pressed 下一步, although a dead old
number has no such step (core.flow.pages_for)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bindguard.core.situation import Situation


def _steps(window) -> list[str]:
    return [window.step_list.item(i).text() for i in range(window.step_list.count())]


def test_her_dead_number_never_shows_a_last_step_once_she_chose_it(make_window, qtbot, store):
    window = make_window("zh")
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "situation"
    assert any("最后一步" in s for s in _steps(window))  # nothing chosen yet: it may come, unnumbered
    page = window.page("situation")
    qtbot.mouseClick(page.cards[Situation.OLD_DEAD].radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("最后一步" in s for s in _steps(window)))
    assert window.ctx.checklist is None  # not made yet: 下一步 not pressed
    assert len(_steps(window)) == 8
    assert window.step_label.text() == "第 2 步，共 8 步"
    assert "8" in _steps(window)[-1] and "完成" in _steps(window)[-1]  # numbered: 8. 完成

    # she changes her mind before going on: the step comes back for a number she is cancelling
    qtbot.mouseClick(page.cards[Situation.CANCEL_SOON].radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("最后一步" in s for s in _steps(window)))
    assert window.step_label.text() == "第 2 步，共 9 步"

    # and back to a dead number, then on: the list stays as it was
    qtbot.mouseClick(page.cards[Situation.OLD_DEAD].radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "numbers"
    assert not any("最后一步" in s for s in _steps(window))
    assert len(_steps(window)) == 8


def test_a_new_list_after_a_dead_number_starts_with_every_step_again(make_window, qtbot, store):
    window = make_window("zh")
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    qtbot.mouseClick(page.cards[Situation.OLD_DEAD].radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("最后一步" in s for s in _steps(window)))
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)  # 上一步 to 欢迎: no list was made
    assert window.current_id == "welcome"
    assert any("最后一步" in s for s in _steps(window))
    assert window.step_label.text() == "第 1 步"  # not "共 8 步" for a choice no list has
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    assert page.situation() is None
    assert any("最后一步" in s for s in _steps(window))  # her earlier choice is not this list's
