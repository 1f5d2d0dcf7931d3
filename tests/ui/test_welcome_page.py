from PySide6.QtCore import QPoint, Qt

from bindguard.core.checklist import Checklist
from bindguard.core.situation import Situation
from tests.helpers.settle import settle


def test_window_opens_on_the_welcome_page(make_window):
    window = make_window("en")
    assert window.current_id == "welcome"
    page = window.page("welcome")
    assert "90 days" in page.intro.text()
    assert "stays on this computer" in page.privacy.text()
    assert not page.continue_button.isVisible()  # nothing saved yet


def test_large_text_switch_on_the_first_page_makes_text_bigger_and_is_remembered(make_window, qapp, qtbot, store):
    window = make_window("en")
    before = qapp.font().pointSizeF()
    page = window.page("welcome")
    # a centre click misses a wide QCheckBox (feasibility.md §2): click the box itself
    qtbot.mouseClick(page.large_text, Qt.MouseButton.LeftButton, pos=QPoint(5, page.large_text.height() // 2))
    assert page.large_text.isChecked()
    assert qapp.font().pointSizeF() >= 18 > before
    assert store.get_setting("large_text") == "1"
    assert window.large_text_action.isChecked()


def test_saved_checklists_are_listed_with_progress_and_continue_emits_their_id(make_window, qtbot, store):
    saved = store.create_checklist(Checklist("妈妈", Situation.OLD_DEAD, old_number="138****1234"))
    window = make_window("zh")
    page = window.page("welcome")
    assert page.saved_list.count() == 1
    text = page.saved_list.item(0).text()
    assert "妈妈" in text
    assert "138****1234" in text
    assert "旧号已经停用" in text
    with qtbot.waitSignal(page.continue_requested) as signal:
        qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert signal.args == [saved.id]


def test_start_button_asks_to_start(make_window, qtbot):
    page = make_window("en").page("welcome")
    with qtbot.waitSignal(page.start_requested):
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)


def test_language_switch_from_the_menu_changes_visible_text(make_window, store):
    window = make_window("en")
    assert window.next_button.text() == "Next →"
    window.lang_zh_action.trigger()
    assert store.get_setting("language") == "zh"
    window.lang_en_action.trigger()
    assert window.next_button.text() == "Next →"


def test_the_welcome_page_has_no_greyed_out_back_or_next_button_only_its_own_start_button(make_window, qtbot):
    window = make_window("en")
    window.show()
    assert window.current_id == "welcome"
    assert not window.next_button.isVisible()
    assert not window.back_button.isVisible()
    assert window.page("welcome").start_button.isVisible()
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "situation"
    assert window.next_button.isVisible()
    assert window.back_button.isVisible()


def test_someone_coming_back_in_large_text_on_a_small_laptop_sees_continue_without_scrolling(make_window, qtbot, store):
    """At 1024x768 in large text 继续 sat under the introduction, below the fold; the list of two
    saved checklists measured its wrapped rows as one line each and showed one of them."""
    for name in ("妈妈", "爸爸"):
        store.create_checklist(Checklist(name, Situation.CANCEL_SOON, old_number="138****1234"))
    window = make_window("en", large_text=True)
    window.resize(1024, 728)
    settle()
    page = window.page("welcome")
    viewport = page.scroll_area.viewport()
    assert page.scroll_area.verticalScrollBar().value() == 0
    for widget in (page.saved_list, page.continue_button):
        where = widget.rect().translated(widget.mapTo(viewport, widget.rect().topLeft()))
        assert viewport.rect().contains(where), (widget.objectName(), where, viewport.rect())
    listed = page.saved_list
    for row in range(listed.count()):  # both saved checklists, whole
        assert listed.viewport().rect().contains(listed.visualItemRect(listed.item(row))), row
    focus_order = [page.saved_list]
    while len(focus_order) < 5:
        focus_order.append(focus_order[-1].nextInFocusChain())
        while not focus_order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            focus_order[-1] = focus_order[-1].nextInFocusChain()
    # 交给别的电脑 sits beside 继续 (issue 24): read, and reached, right after it
    assert focus_order == [page.saved_list, page.continue_button, page.hand_over_button, page.start_button,
                           page.large_text]


def test_a_folder_others_can_open_is_said_plainly_on_the_welcome_page(make_window, data_dir):
    """Issue 22 point 1: an existing folder keeps its mode (0755 here); the welcome page says so."""
    import os

    window = make_window("zh")
    page = window.page("welcome")
    assert not page.folder_notice.isVisible()  # the folder the app made itself is 0700
    os.chmod(data_dir, 0o755)
    page.reload()
    assert page.folder_notice.isVisible()
    assert "别的账户也能打开" in page.folder_notice.accessibleName()
    assert str(data_dir) in page.folder_notice.text()
