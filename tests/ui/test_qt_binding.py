"""The Qt binding itself must be sound: PySide6 6.12.0 on Python 3.11 lost a reference to None on
every void Qt call, and the app aborted ("none_dealloc") after a few thousand clicks and repaints.
pyproject.toml excludes that version; this test catches any other that does the same."""

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.setText("x")
        edit.clear()
    assert before - sys.getrefcount(None) < 50
