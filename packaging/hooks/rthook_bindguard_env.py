"""PyInstaller runtime hook: give child processes the user's own loader environment back.

The Linux bootloader puts the bundle's _internal/ folder in front of LD_LIBRARY_PATH and keeps the
user's value in LD_LIBRARY_PATH_ORIG. Every child inherits that: xdg-open, the browser and the PDF
viewer then load our Qt/ICU/libstdc++ copies and fail (pyinstaller #3668, #6825; code-anchors §7.4).
The dynamic loader reads LD_LIBRARY_PATH once at process start, so restoring it here changes nothing
for BindGuard itself and fixes QDesktopServices.openUrl, subprocess and QProcess for every child.
"""

import os
import sys


def restore_loader_env(environ=os.environ, platform=sys.platform):
    if not platform.startswith(("linux", "freebsd")) and platform != "aix":
        return
    for var in ("LD_LIBRARY_PATH", "LIBPATH"):
        orig = environ.pop(var + "_ORIG", None)
        if orig is not None:
            environ[var] = orig
        else:
            environ.pop(var, None)


if getattr(sys, "frozen", False):
    restore_loader_env()
