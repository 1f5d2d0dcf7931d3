"""Issue 12: the window's first size comes from the screen (never larger), is remembered per screen
size, and switching to large text never makes it wider than the screen. The Qt tests run on a
1366x768 offscreen screen (tests/helpers/screen.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize

from bindguard.ui.wizard import FRAME_ALLOWANCE, first_size
from tests.helpers.settle import settle


def test_the_first_size_is_the_preferred_one_capped_by_the_screen_less_the_title_bar():
    assert first_size(QSize(1024, 728), large_text=True) == QSize(1024, 728) - FRAME_ALLOWANCE
    assert first_size(QSize(1366, 728), large_text=False).height() == 728 - FRAME_ALLOWANCE.height()
    assert first_size(QSize(2560, 1400), large_text=False) == QSize(1240, 860)
    assert first_size(QSize(1024, 728), False, remembered=QSize(3000, 2000)) == QSize(1024, 728) - FRAME_ALLOWANCE


def test_the_window_opens_within_the_screen_in_both_text_sizes(make_window, qtbot):
    for large in (False, True):
        window = make_window("zh", large_text=large)
        settle()
        screen = window.screen().availableGeometry()
        assert screen.contains(window.frameGeometry()), (large, window.frameGeometry(), screen)
        assert window.minimumSizeHint().width() < 1024
        assert window.minimumSizeHint().height() < 728 - 40


def test_turning_large_text_on_never_makes_the_window_wider_than_the_screen(make_window, qtbot):
    window = make_window("zh")
    window.large_text_action.trigger()
    qtbot.waitUntil(lambda: window.frameGeometry().width() <= window.screen().availableGeometry().width())
    screen = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= screen.width()
    assert screen.contains(window.frameGeometry())


def test_the_size_the_user_gave_the_window_is_remembered_for_this_screen_size(make_window, qtbot, store):
    window = make_window("en")
    window.resize(1000, 640)
    window.close()
    size = window.screen().size()
    assert store.get_setting(f"window_size_{size.width()}x{size.height()}") == "1000x640"
    again = make_window("en")
    assert again.size() == QSize(1000, 640)
