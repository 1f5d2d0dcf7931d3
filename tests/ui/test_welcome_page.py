from PySide6.QtCore import QPoint, Qt

from bindguard.core.checklist import Checklist
from bindguard.core.situation import Situation


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
    assert "妈妈" in text and "138****1234" in text and "旧号已经停用" in text
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
    assert not window.next_button.isVisible() and not window.back_button.isVisible()
    assert window.page("welcome").start_button.isVisible()
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "situation" and window.next_button.isVisible() and window.back_button.isVisible()
