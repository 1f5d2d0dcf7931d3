"""Opening an official page in the system browser, safely (code-anchors.md §8.6).

Only https addresses that come from the catalog are opened: the caller passes the entry's url,
never text the user typed. A frozen Linux build must not hand its own library path to the browser
(PyInstaller prepends _internal/ to LD_LIBRARY_PATH, which breaks xdg-open: pyinstaller #3668,
#6825), so there the variables are restored from PyInstaller's *_ORIG copies first. If nothing
opens, the address is shown with Copy and a QR code, so the user still has a way forward.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from bindguard.core.catalog import is_https_url

# Loader variables PyInstaller changes for its own process (see its "run-time information" page).
LOADER_VARIABLES = ("LD_LIBRARY_PATH", "LD_PRELOAD", "LIBPATH", "DYLD_LIBRARY_PATH", "QT_PLUGIN_PATH",
                    "QML2_IMPORT_PATH", "PYTHONPATH", "PYTHONHOME")


def restored_environment(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The environment a child program should get: each variable as it was before the bootloader."""
    env = dict(os.environ if environ is None else environ)
    for name in LOADER_VARIABLES:
        original = env.pop(f"{name}_ORIG", None)
        if original is not None:
            env[name] = original
        elif name in ("LD_LIBRARY_PATH", "LIBPATH", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
            env.pop(name, None)  # set by the bootloader only: the child must not see it
    return env


def _frozen_linux() -> bool:
    return bool(getattr(sys, "frozen", False)) and sys.platform.startswith("linux")


def _xdg_open(url: str) -> bool:
    opener = shutil.which("xdg-open")
    if not opener:
        return False
    try:
        subprocess.Popen([opener, url], env=restored_environment(), stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        return False
    return True


def open_external(url: str, parent: QWidget | None) -> bool:
    """Open a catalog URL in the browser; refuse anything but https; on failure show it to copy."""
    if not is_https_url(url or ""):
        return False
    opened = _xdg_open(url) if _frozen_linux() else QDesktopServices.openUrl(QUrl(url))
    if not opened:
        from bindguard.ui import dialogs

        dialogs.show_link(parent, url)
    return opened
