"""BindGuard's Qt face. Imports bindguard.core; never imported by it.

Start-up (PRODUCT.md §6, issue 23): after PySide6 is imported, its `__feature__` import hook reads
the source of every module imported next and searches it for "PySide6" (inspect.getsource), to
decide whether `from __feature__ import snake_case` could apply to it: about 31 M instructions for
the first page's modules, a twentieth of a bare window's start-up. BindGuard uses no `__feature__`,
and the packaged app ships bytecode only, where that search finds no source and answers "no" for
every module. The same answer is given here without reading the files, so running from source
starts like the packaged app. Harmless if a PySide6 version names these differently.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs the hook this adjusts)


def _no_feature_source_scan() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: True


_no_feature_source_scan()
