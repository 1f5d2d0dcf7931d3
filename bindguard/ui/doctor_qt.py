"""doctor: the core facts plus what only Qt can tell (its version, a font with Chinese glyphs)."""

from __future__ import annotations

import os
from typing import Any

from bindguard.core.doctor import core_report


def full_report() -> dict[str, Any]:
    report = core_report()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    from bindguard.ui.fonts import cjk_family, system_cjk_family

    report["qt_version"] = qVersion()
    report["pyside_version"] = pyside_version
    report["cjk_font"] = cjk_family()  # what the app draws Chinese with (the bundled subset)
    report["system_cjk_font"] = system_cjk_family()  # behind it, for rarer characters
    report["qt_platform"] = app.platformName()
    return report
