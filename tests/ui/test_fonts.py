"""Chinese on screen is drawn with the bundled subset on every system (same look, far less memory
than a system CJK collection); the system's Chinese font stays behind it for rarer characters."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics, QRawFont

from bindguard.ui import fonts

BUNDLED = "Noto Sans SC BindGuard"


def test_the_window_font_puts_the_bundled_chinese_font_before_the_systems(make_window, qapp):
    make_window("zh")
    families = qapp.font().families()
    assert families[1] == BUNDLED
    system = fonts.system_cjk_family()
    if system:  # e.g. Noto Sans CJK SC from fonts-noto-cjk, installed by dev-setup
        assert families[2] == system


def test_the_buttons_words_are_drawn_from_the_bundled_font(make_window, qapp):
    window = make_window("zh")
    text = window.next_button.text() + window.page("welcome").start_button.text()
    assert any("\u4e00" <= c <= "\u9fff" for c in text)
    raw = QRawFont.fromFont(qapp.font().__class__(BUNDLED))
    assert all(raw.supportsCharacter(ord(c)) for c in text if not c.isascii())
    assert all(QFontMetrics(qapp.font()).inFontUcs4(ord(c)) for c in text)
    assert BUNDLED in QFontDatabase.families()


def test_bold_chinese_is_drawn_from_the_bundled_bold_face_not_a_thickened_regular(qapp):
    """With one weight Qt emboldened the Regular: headings and item names smudged in the print preview."""
    from PySide6.QtGui import QFont, QFontInfo

    assert fonts.load_bundled_font() == BUNDLED
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(BUNDLED))
    bold = QFont(BUNDLED)
    bold.setBold(True)
    assert QFontInfo(bold).styleName() == "Bold"
    assert QRawFont.fromFont(bold).weight() >= 700
    plain = QFont(BUNDLED)
    assert QFontInfo(plain).styleName() == "Regular"
