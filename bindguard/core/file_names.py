"""Where the app saves what she asks for and under which name: the PDF, the calendar file and the hand-over
file alike (one home: the finish page and the hand-over dialog both call it).

换号清单-妈妈-2026-12-07.pdf: what it is, for whom, when; nothing a file system refuses; cut by whole
characters to what a file system takes; never overwriting an earlier file ("… (2).pdf").
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from bindguard.core.safe_write import NAME_MAX_BYTES, fit_name

_NOT_IN_NAMES = '<>:"/\\|?*'  # what Windows refuses in a file name


def documents_folder() -> Path:
    """The user's Documents folder (platformdirs: XDG user-dirs on Linux, Known Folders on Windows)."""
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def plain_file_name(kind: str, person: str, day: dt.date, suffix: str) -> str:
    """换号清单-张三-2026-12-01.pdf: what it is, for whom, when; nothing a file system refuses."""
    safe = "".join(c for c in person if c.isprintable() and c not in _NOT_IN_NAMES).strip(" .") or "BindGuard"
    # a long name is cut by whole characters to what a file system takes (255 bytes), keeping the date
    # and room for unused_path's " (2)"
    return fit_name(f"{kind}-{safe}", f"-{day.isoformat()}{suffix}", NAME_MAX_BYTES - len(" (99999)"))


def unused_path(folder: Path, name: str) -> Path:
    """`name` in `folder`, or `name (2)`, `name (3)`… : an earlier copy is never overwritten."""
    path = folder / fit_name(Path(name).stem, Path(name).suffix)
    stem, suffix = path.stem, path.suffix
    number = 2
    while os.path.lexists(path):  # False in a folder it may not look into: the save then says so plainly
        path = folder / fit_name(stem, f" ({number}){suffix}")
        number += 1
    return path
