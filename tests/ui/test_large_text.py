"""PRODUCT.md §7 in numbers: body text >= 18 pt, main buttons >= 60x60 px (44x44 normally), line
spacing >= 1.3x, contrast >= 4.5:1, measured on the built pages."""

import re

from PySide6.QtWidgets import QLabel, QPushButton

from bindguard.core.situation import Situation
from bindguard.ui import theme
from tests.helpers.contrast import contrast_ratio
from tests.helpers.settle import settle
from tests.ui.helpers_wizard import start_checklist

MY_PAGES = ("situation", "numbers", "discovery", "accounts", "banks")


def _visible(page, cls):
    return [w for w in page.findChildren(cls) if w.isVisibleTo(page)]


def test_large_text_mode_gives_18pt_text_and_60px_buttons_on_every_page(make_window, qtbot, qapp):
    window = make_window("zh", large_text=True)
    start_checklist(window, qtbot, Situation.SWITCH, "妈妈")
    assert qapp.font().pointSizeF() >= 18
    for page_id in MY_PAGES:
        window.show_page(page_id)
        settle()
        page = window.page(page_id)
        for label in _visible(page, QLabel):
            assert label.font().pointSizeF() >= 18 or label.fontInfo().pointSizeF() >= 18, (page_id, label.text())
        for button in [*_visible(page, QPushButton), window.back_button, window.next_button]:
            if button.isVisible():
                assert button.width() >= 60, (page_id, button.text(), button.size())
                assert button.height() >= 60, (page_id, button.text(), button.size())


def test_normal_mode_buttons_are_at_least_44px(make_window, qtbot):
    window = make_window("en")
    start_checklist(window, qtbot, Situation.RECYCLED)
    for page_id in MY_PAGES:
        window.show_page(page_id)
        settle()
        for button in [*_visible(window.page(page_id), QPushButton), window.next_button]:
            if button.isVisible():
                assert button.width() >= 44, (page_id, button.text())
                assert button.height() >= 44, (page_id, button.text())


def test_switching_large_text_on_grows_the_fields_of_an_open_page(make_window, qtbot):
    window = make_window("en")
    start_checklist(window, qtbot, Situation.SWITCH)
    numbers = window.page("numbers")
    before = numbers.old_edit.height()
    window.large_text_action.trigger()
    settle()
    assert numbers.old_edit.fontInfo().pointSizeF() >= 18
    assert numbers.old_edit.height() > before


def test_multi_line_texts_use_at_least_1_3_line_spacing(make_window, qtbot):
    window = make_window("en", large_text=True)
    start_checklist(window, qtbot, Situation.OLD_DEAD)
    checked = 0
    for page_id in MY_PAGES:
        window.show_page(page_id)
        for label in _visible(window.page(page_id), QLabel):
            if label.wordWrap() and len(label.text()) > 60 and "<" in label.text():
                spacing = re.search(r"line-height:(\d+)%", label.text())
                assert spacing, (page_id, label.text()[:60])
                assert int(spacing.group(1)) >= 130, (page_id, label.text()[:60])
                checked += 1
    assert checked >= 5


def test_every_colour_pair_of_the_theme_has_at_least_4_5_to_1_contrast():
    low = [(fg, bg, round(contrast_ratio(fg, bg), 2)) for fg, bg in theme.CONTRAST_PAIRS
           if contrast_ratio(fg, bg) < 4.5]
    assert low == []
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0


def test_a_dark_system_palette_is_replaced_by_the_readable_light_one(make_window, qapp):
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    qapp.setPalette(dark)
    make_window("en")
    palette = qapp.palette()
    ratio = contrast_ratio(palette.color(QPalette.ColorRole.WindowText).name(),
                                 palette.color(QPalette.ColorRole.Window).name())
    assert ratio >= 4.5
    assert palette.color(QPalette.ColorRole.Window).name() == theme.WINDOW


def test_large_text_is_in_the_menu_with_ctrl_plus_and_switches_the_text_size(make_window, qtbot, qapp):
    window = make_window("en")
    action = window.large_text_action
    assert action.shortcut().toString() == "Ctrl++"
    before = qapp.font().pointSizeF()
    action.trigger()
    assert action.isChecked()
    assert qapp.font().pointSizeF() >= 18 > before


def test_in_large_text_the_work_page_buttons_show_their_whole_words(make_window, qtbot, store):
    """The 'Next item' button was once squeezed to 'ext item -' by the long line beside it."""
    from tests.ui.walk import open_on, saved_checklist

    window = make_window("en", large_text=True)
    page = open_on(window, saved_checklist(store, window.ctx.catalog, Situation.CANCEL_SOON), "work")
    settle()
    for button in [page.next_item_button, *page.findChildren(QPushButton)]:
        if button.isVisible() and button.text():
            needed = button.fontMetrics().horizontalAdvance(button.text())
            assert button.width() >= needed, (button.text(), button.width(), needed)
