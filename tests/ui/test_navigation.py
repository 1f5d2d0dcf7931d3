"""Issue 12: the step list takes the user back to any step already reached, a page opens with the
keyboard on its first field, and a saved checklist makes 继续 the welcome page's main button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from bindguard.core.checklist import Checklist
from bindguard.core.situation import Situation
from bindguard.ui import theme
from tests.helpers.settle import settle
from tests.ui.helpers_wizard import start_checklist
from tests.ui.test_wizard_paths import walk


def _click_step(qtbot, window, number: int) -> None:
    steps = window.step_list
    rect = steps.visualItemRect(steps.item(number - 1))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_on_a_step_already_reached_goes_there_and_back(make_window, qtbot):
    window = make_window("en")
    walk(window, qtbot, Situation.SWITCH)
    assert window.current_id == "finish"
    _click_step(qtbot, window, 2)
    assert window.current_id == "situation"  # one click, not seven Backs
    _click_step(qtbot, window, 7)
    assert window.current_id == "work"
    _click_step(qtbot, window, 9)
    assert window.current_id == "finish"


def test_a_step_not_reached_yet_cannot_be_clicked(make_window, qtbot):
    window = make_window("en")
    start_checklist(window, qtbot, Situation.SWITCH)
    assert window.current_id == "numbers"
    _click_step(qtbot, window, 6)
    assert window.current_id == "numbers"
    _click_step(qtbot, window, 2)
    assert window.current_id == "situation"


def test_entering_a_page_puts_the_keyboard_on_its_first_field(make_window, qtbot):
    window = make_window("en")
    start_checklist(window, qtbot, Situation.SWITCH)
    assert window.focusWidget() is window.page("numbers").old_edit
    window.show_page("accounts")
    assert window.focusWidget() is window.page("accounts").search
    window.show_page("banks")
    assert window.focusWidget() is window.page("banks").bank_search
    assert window.focusWidget() is not window.next_button


def _fill(button) -> str:
    return QColor(button.grab().toImage().pixel(button.width() // 2, 5)).name()


def test_with_a_saved_checklist_continue_is_the_main_button_and_the_list_never_scrolls_sideways(
        make_window, qtbot, store):
    store.create_checklist(Checklist("王阿姨和她的老伴儿李叔叔，还有他们的女儿" * 3, Situation.SWITCH,
                                     old_number="138****1234"))
    window = make_window("zh", large_text=True)
    page = window.page("welcome")
    settle()
    assert _fill(page.continue_button) == theme.ACCENT
    assert _fill(page.start_button) == theme.WINDOW
    assert window.focusWidget() is page.continue_button
    assert page.continue_button.mapTo(page, QPoint(0, 0)).y() < page.start_button.mapTo(page, QPoint(0, 0)).y()
    assert not page.saved_list.horizontalScrollBar().isVisible()
    assert page.saved_list.horizontalScrollBar().maximum() == 0
    gap = page.start_button.mapTo(page, QPoint(0, 0)).y() - (
        page.continue_button.mapTo(page, QPoint(0, 0)).y() + page.continue_button.height())
    assert gap < 3 * page.fontMetrics().height(), "no blank gap between the two ways in"


def test_without_a_saved_checklist_start_is_the_main_button(make_window, qtbot):
    window = make_window("zh")
    page = window.page("welcome")
    settle()
    assert _fill(page.start_button) == theme.ACCENT
    assert not page.continue_button.isVisible()


def test_a_keyboard_user_presses_enter_on_the_focused_button_and_it_acts_as_space_does(make_window, qtbot, store):
    """Walked under Xvfb with the keyboard: Enter on the focused 开始一份新清单 did nothing (Space
    worked); the same for 添加这张卡 and 上一步. Outside a dialog Qt's buttons ignore Enter."""
    window = make_window("zh")
    start = window.page("welcome").start_button
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert window.current_id == "situation"

    start_checklist_from_situation = window.page("situation")
    start_checklist_from_situation.cards[Situation.OLD_DEAD].radio.click()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    window.show_page("banks")
    banks = window.page("banks")
    banks.bank_search.setText("gongshang")
    banks.last4_edit.setText("4321")
    banks.add_button.setFocus()
    qtbot.keyClick(banks.add_button, Qt.Key.Key_Return)
    assert banks.cards.count() == 1

    window.back_button.setFocus()
    qtbot.keyClick(window.back_button, Qt.Key.Key_Enter)
    assert window.current_id == "accounts"


def test_a_focused_button_shows_a_ring_not_the_main_buttons_fill(make_window, qtbot):
    """Focus on 开始一份新清单 (Tab) must not paint it like the page's main button: auto-default
    buttons become the default one when focused and QPushButton:default is filled."""
    window = make_window("zh")
    start = window.page("welcome").start_button
    start.setFocus()
    settle()
    assert start.hasFocus()
    assert not start.isDefault()
    window.back_button.setFocus()
    assert not window.back_button.isDefault()


def test_in_large_text_the_view_menu_shows_large_text_whole_beside_its_shortcut(make_window, qtbot):
    """Under Xvfb the menu read "✔ 大…式   Ctrl++": the item's words were cut in large text."""
    from PySide6.QtGui import QFontMetrics

    window = make_window("zh", large_text=True)
    menu = window.view_menu
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitExposed(menu)
    metrics = QFontMetrics(menu.font())
    action = window.large_text_action
    words = metrics.horizontalAdvance(action.text()) + metrics.horizontalAdvance(action.shortcut().toString())
    assert action.text() == "大字模式"
    assert menu.width() - words >= 3 * metrics.height(), (menu.width(), words, metrics.height())
    menu.close()
