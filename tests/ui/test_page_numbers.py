import datetime as dt

from PySide6.QtCore import Qt, QTimer

from bindguard.core.situation import Situation
from tests.ui.helpers_wizard import start_checklist


def _type(qtbot, edit, text):
    """ASCII typing with real key presses, then leave the field (editingFinished)."""
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_old_number_is_kept_masked_and_shown_masked_after_entry(make_window, qtbot, store):
    window = make_window("en")
    checklist = start_checklist(window, qtbot, Situation.CANCEL_SOON)
    page = window.page("numbers")
    _type(qtbot, page.old_edit, "138 1234 5678")
    assert page.old_edit.text() == "138****5678"
    saved = store.load_checklist(checklist.id)
    assert saved.old_number == "138****5678"
    row = store.conn.execute("SELECT * FROM checklist").fetchone()
    assert "12345678" not in repr(row)
    assert "13812345678" not in repr(row)
    assert window.next_button.isEnabled()


def test_a_short_old_number_shows_the_message_disables_next_and_saves_nothing(make_window, qtbot, store):
    window = make_window("en")
    checklist = start_checklist(window, qtbot, Situation.CANCEL_SOON)
    page = window.page("numbers")
    _type(qtbot, page.old_edit, "1381234")
    assert page.old_error.isVisible()
    assert "only 7 digits" in page.old_error.text()
    assert not window.next_button.isEnabled()
    assert store.load_checklist(checklist.id).old_number == ""
    window.go_next()
    assert window.current_id == "numbers"


def test_a_bad_edit_keeps_the_previous_good_number(make_window, qtbot, store):
    window = make_window("zh")
    checklist = start_checklist(window, qtbot, Situation.CANCEL_SOON)
    page = window.page("numbers")
    _type(qtbot, page.old_edit, "13812345678")
    _type(qtbot, page.old_edit, "23812345678")
    assert "以 1 开头" in page.old_error.text()
    assert store.load_checklist(checklist.id).old_number == "138****5678"
    assert not window.next_button.isEnabled()


def test_switch_needs_the_new_number_and_refuses_the_same_number_twice(make_window, qtbot, store):
    window = make_window("en")
    checklist = start_checklist(window, qtbot, Situation.SWITCH)
    page = window.page("numbers")
    _type(qtbot, page.old_edit, "13812345678")
    assert not window.next_button.isEnabled()
    assert "new number" in page.hint.text()
    _type(qtbot, page.new_edit, "138-1234-5678")
    assert "same as the old" in page.new_error.text()
    assert store.load_checklist(checklist.id).new_number == ""
    _type(qtbot, page.new_edit, "+86 139 8765 4321")
    assert store.load_checklist(checklist.id).new_number == "139****4321"
    assert window.next_button.isEnabled()


def test_a_bad_date_shows_the_message_and_is_not_saved(make_window, qtbot, store):
    window = make_window("en")
    checklist = start_checklist(window, qtbot, Situation.CANCEL_SOON)
    page = window.page("numbers")
    _type(qtbot, page.old_edit, "13812345678")
    _type(qtbot, page.date_edit, "2027-02-30")
    assert "could not be read" in page.date_error.text()
    assert not window.next_button.isEnabled()
    assert store.load_checklist(checklist.id).cancel_date is None
    _type(qtbot, page.date_edit, "1999-01-01")
    assert "too far" in page.date_error.text()
    assert store.load_checklist(checklist.id).cancel_date is None


def test_planned_date_shows_the_timeline_in_plain_words(make_window, qtbot, store):
    window = make_window("zh")
    checklist = start_checklist(window, qtbot, Situation.CANCEL_SOON)
    page = window.page("numbers")
    _type(qtbot, page.old_edit, "13812345678")
    date = dt.date.today() + dt.timedelta(days=10)
    page.date_edit.setText(f"{date.year}年{date.month}月{date.day}日")
    page.date_edit.editingFinished.emit()
    assert store.load_checklist(checklist.id).cancel_date == date
    rerelease = date + dt.timedelta(days=90)
    wanted = f"最早可能被重新放号：{rerelease.year}年{rerelease.month}月{rerelease.day}日之后"
    assert wanted in page.timeline_label.text()
    assert page.date_edit.text() == date.isoformat()


def test_old_dead_suspended_only_moves_the_dates_and_counts_days_left(make_window, qtbot, store):
    window = make_window("en")
    checklist = start_checklist(window, qtbot, Situation.OLD_DEAD)
    page = window.page("numbers")
    assert page.suspended.isVisible()
    _type(qtbot, page.old_edit, "13812345678")
    stopped = dt.date.today() - dt.timedelta(days=10)
    _type(qtbot, page.date_edit, stopped.isoformat())
    assert "80 days left" in page.timeline_label.text()
    page.suspended.click()
    assert store.load_checklist(checklist.id).suspended_only
    assert "140 days left" in page.timeline_label.text()
    assert "terminated" in page.timeline_label.text()


def test_recycled_asks_for_the_received_number_not_the_old_one(make_window, qtbot, store):
    window = make_window("en")
    checklist = start_checklist(window, qtbot, Situation.RECYCLED)
    page = window.page("numbers")
    assert not page.old_edit.isVisible()
    assert "received" in page.new_label.text()
    assert not window.next_button.isEnabled()
    _type(qtbot, page.new_edit, "13912345678")
    _type(qtbot, page.date_edit, dt.date.today().isoformat())
    saved = store.load_checklist(checklist.id)
    assert saved.new_number == "139****5678"
    assert saved.old_number == ""
    assert saved.cancel_date == dt.date.today()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "discovery"


def test_language_switch_changes_labels_and_the_timeline(make_window, qtbot):
    window = make_window("en")
    start_checklist(window, qtbot, Situation.CANCEL_SOON)
    page = window.page("numbers")
    _type(qtbot, page.old_edit, "13812345678")
    _type(qtbot, page.date_edit, (dt.date.today() + dt.timedelta(days=5)).isoformat())
    assert "may be given to someone else" in page.timeline_label.text()
    window.lang_zh_action.trigger()
    assert page.old_label.text() == "您的旧号码"
    assert "最早可能被重新放号" in page.timeline_label.text()


def test_a_pause_in_typing_shows_why_next_is_disabled_without_saving(make_window, qtbot, store, monkeypatch):
    window = make_window("en")
    checklist = start_checklist(window, qtbot, Situation.CANCEL_SOON)
    page = window.page("numbers")
    pause = page.findChild(QTimer, "typingPause")
    pause.setInterval(10)
    page.old_edit.setFocus()
    qtbot.keyClicks(page.old_edit, "1381234")
    assert not window.next_button.isEnabled()
    qtbot.waitUntil(page.old_error.isVisible, timeout=1000)
    assert "only 7 digits" in page.old_error.text()
    assert store.load_checklist(checklist.id).old_number == ""


def test_a_number_stays_readable_while_typed_even_after_a_pause_and_is_masked_once_stored(
        make_window, qtbot, store):
    """Issue 20: she reads back what she types; only what is kept is masked."""
    window = make_window("zh")
    checklist = start_checklist(window, qtbot, Situation.SWITCH)
    page = window.page("numbers")
    pause = page.findChild(QTimer, "typingPause")
    pause.setInterval(10)
    page.old_edit.setFocus()
    qtbot.keyClicks(page.old_edit, "138 1234 5678")
    qtbot.waitUntil(lambda: not pause.isActive())  # a pause in typing: every digit stays as typed
    assert page.old_edit.text() == "138 1234 5678"
    assert store.load_checklist(checklist.id).old_number == ""
    qtbot.keyClick(page.old_edit, Qt.Key.Key_Tab)
    assert page.old_edit.text() == "138****5678"
    assert store.load_checklist(checklist.id).old_number == "138****5678"


def test_each_question_stands_beside_its_box_and_the_boxs_example_is_never_cut_off(make_window, qtbot):
    """Issue 20: a question above each box made the page 2.4 screens at 1024x768 in large text in English.
    Each question now stands beside its box, and the box stays wide enough for its whole example."""
    import pytest

    from tests.helpers.settle import settle

    for lang in ("zh", "en"):
        window = make_window(lang, large_text=True)
        window.resize(1008, 728)
        start_checklist(window, qtbot, Situation.SWITCH)
        window.show_page("numbers")
        page = window.page("numbers")
        for edit in (page.old_edit, page.new_edit, page.date_edit):
            edit.clear()
        settle()
        for label, edit in ((page.old_label, page.old_edit), (page.new_label, page.new_edit),
                            (page.date_label, page.date_edit)):
            room = edit.width() - 20  # the box's frame and text margins
            assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room, (lang, edit.objectName())
            assert label.geometry().right() < edit.geometry().left(), "the question beside its box"
            assert label.geometry().center().y() == pytest.approx(edit.geometry().center().y(), abs=3)
