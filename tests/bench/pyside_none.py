"""PySide6 6.12.0 on CPython 3.11 drops one reference to None on every call of a void Qt method
(setText, show, click, processEvents …); after about 5,000 such calls the process aborts with
"Fatal Python error: none_dealloc". Measured here; Python 3.12+ is immune (None is immortal).

leak_per_call() measures it (the suite reports it as a check); immortalize_none() gives None a huge
reference count, as 3.12 does, so the timing loops below can run thousands of calls.
"""

from __future__ import annotations

import ctypes
import sys


def leak_per_call(calls: int = 1000) -> float:
    """References to None lost per void Qt call (0.0 when PySide6 is sound)."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(calls):
        edit.setText("x")
    return (before - sys.getrefcount(None)) / calls


def immortalize_none() -> None:
    if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
