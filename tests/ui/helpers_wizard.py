"""Small steps the page tests share: start a checklist the way a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bindguard.core.situation import Scope, Situation


def start_checklist(window, qtbot, situation: Situation, name: str = "Mum", scope: Scope = Scope.FULL):
    """From the welcome page: Start, pick the situation and the door, type the name, Next."""
    welcome = window.page("welcome")
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    assert window.current_id == "situation"
    page.cards[situation].radio.click()
    page.doors[scope].radio.click()
    page.name_edit.setText(name)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    return window.ctx.checklist
