"""Issue 12: Chinese labels carry no mnemonic letters ("(Y)", "(M)", "大字模…L)"); the shortcut stays,
shown in the tooltip. Where Qt draws its own save dialog it is wholly Chinese ("Look in:", "Files of
type:" were English)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from bindguard.ui import dialogs
from tests.helpers.settle import settle

MNEMONIC = re.compile(r"[（(]&?[A-Za-z][)）]|&")


def test_the_chinese_menu_has_no_mnemonic_letters_and_its_items_are_not_cut(make_window, qtbot):
    window = make_window("zh", large_text=True)
    menu = window.view_menu
    assert not MNEMONIC.search(menu.title()), menu.title()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    try:
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert not MNEMONIC.search(action.text()), action.text()
            needed = menu.fontMetrics().horizontalAdvance(action.text())
            assert menu.actionGeometry(action).width() >= needed, (action.text(), menu.actionGeometry(action))
    finally:
        menu.hide()
    assert window.large_text_action.shortcut().toString() == "Ctrl++"  # the shortcut is kept …
    assert "Ctrl" in window.large_text_action.toolTip()  # … and named in the tooltip
    assert menu.toolTipsVisible()


def test_english_keeps_its_mnemonics(make_window):
    window = make_window("en")
    assert window.view_menu.title() == "&View"


def test_qts_own_save_dialog_is_all_chinese(make_window, qtbot, tmp_path):
    window = make_window("zh")
    dialog = dialogs.save_dialog(window, "保存为 PDF", tmp_path / "换号清单.pdf", "PDF (*.pdf)")
    dialog.show()
    settle()
    try:
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
                 if w.isVisible() and w.text()]
        texts += [w.toolTip() for w in dialog.findChildren(QWidget) if w.isVisible() and w.toolTip()]
        assert texts, "the dialog's widgets were found"
        english = [t for t in texts if re.search(r"[A-Za-z]{2,}", t)]
        assert english == [], english
        assert [t for t in texts if MNEMONIC.search(t)] == []
        assert dialog.selectedFiles()
        assert Path(dialog.selectedFiles()[0]).name == "换号清单.pdf"
    finally:
        dialog.reject()
        QApplication.processEvents()


def test_every_chinese_page_shows_full_width_punctuation_as_drawn(make_window, store):
    """What the sources scan cannot see: text put together at run time (a label word and its colon,
    a count and its comma). Every label and button of every page, as the user reads it."""
    import html as html_module

    from PySide6.QtWidgets import QAbstractButton

    from bindguard.core.flow import PAGE_ORDER
    from tests.ui.walk import FakeVault, open_on, saved_checklist

    window = make_window("zh")
    window.ctx.vault = FakeVault()
    checklist = saved_checklist(store, window.ctx.catalog, platforms=("wechat", "alipay", "iit", "weibo"))
    ascii_next_to_chinese = re.compile(r"[\u4e00-\u9fff][:;,?!()]|[:;,?!()][\u4e00-\u9fff]")
    found = []
    checked = 0
    for page_id in PAGE_ORDER:
        page = open_on(window, None if page_id == "welcome" else checklist, page_id)
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QLabel):
                text = html_module.unescape(re.sub(r"<[^>]+>", "", widget.text()))
            elif isinstance(widget, QAbstractButton):
                text = widget.text()
            else:
                continue
            checked += bool(re.search(r"[\u4e00-\u9fff]", text))
            if ascii_next_to_chinese.search(text):
                found.append((page_id, text[:80]))
    assert found == []
    assert checked >= 100  # the pages really were read (161 Chinese texts on 2026-12-01)
