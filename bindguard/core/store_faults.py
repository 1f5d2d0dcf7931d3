"""One classification of what can go wrong with the progress file: damage, or "cannot use it now".

DAMAGE means the file itself is bad (not a database, malformed, failing its integrity check, written by
a newer BindGuard, or another program's SQLite file): only then is it set aside. CANNOT USE IT NOW means
the file may be perfectly fine but the computer will not let us read or write it at this moment (disk
full, an I/O error, another program holding a lock, no permission, a read-only folder): then no file is
moved or changed, and the user is told what to do and can try again.

Every code here has its sentence in core/errors.py. sqlite3 errors are classified by their SQLite
result code (Python 3.11 exposes `sqlite_errorcode`), OSErrors by errno; anything we cannot name is
treated as "cannot use it now", because mistaking a passing fault for damage is what loses progress.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from bindguard.core.errors import BindGuardError

# damage codes (the file is set aside)
CORRUPT = "store.corrupt"
TOO_NEW = "store.too_new"
FOREIGN = "store.foreign"
DAMAGE_CODES = frozenset({CORRUPT, TOO_NEW, FOREIGN})

# cannot-use-now codes (no file changes; the user is told what to do, then retries)
FULL = "store.full"
LOCKED = "store.locked"
DENIED = "store.denied"
READ_ONLY = "store.read_only"
IO = "store.io"
NEEDS_WINDOW = "store.needs_window"  # a read-only look found a kill's journal that only a writer may undo
CHANGED = "store.changed_elsewhere"  # another process wrote since this one read: re-read, then write
UNAVAILABLE_CODES = frozenset({FULL, LOCKED, DENIED, READ_ONLY, IO, NEEDS_WINDOW, CHANGED})

# SQLite primary result codes (https://sqlite.org/rescode.html)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM, _SQLITE_READONLY = 3, 5, 6, 7, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_PROTOCOL = 10, 11, 13, 14, 15
_SQLITE_AUTH, _SQLITE_NOTADB = 23, 26
_SQLITE_IOERR_NOMEM = 3082  # an extended I/O code that is not the disk
_SQLITE_READONLY_RECOVERY, _SQLITE_READONLY_ROLLBACK = 264, 776  # read-only, and a WAL/journal to undo

_SQLITE_UNAVAILABLE = {
    _SQLITE_FULL: FULL,
    _SQLITE_BUSY: LOCKED,
    _SQLITE_LOCKED: LOCKED,
    _SQLITE_PROTOCOL: LOCKED,
    _SQLITE_PERM: DENIED,
    _SQLITE_AUTH: DENIED,
    _SQLITE_READONLY: READ_ONLY,
    _SQLITE_IOERR: IO,
    _SQLITE_NOMEM: IO,
    _SQLITE_CANTOPEN: DENIED,  # refined by _cantopen below
}

_ERRNO_UNAVAILABLE = {
    errno.ENOSPC: FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): FULL,  # a quota (not defined on every system)
    errno.EACCES: DENIED,
    errno.EPERM: DENIED,
    errno.EROFS: READ_ONLY,
    errno.EAGAIN: LOCKED,
    errno.EBUSY: LOCKED,
}


class StoreUnavailable(BindGuardError):
    """The progress file cannot be used right now; nothing was changed. `code` is one of
    UNAVAILABLE_CODES; `readable` says whether a read-only view may still work."""

    def __init__(self, code: str, path: Path | str, detail: str = "") -> None:
        if code not in UNAVAILABLE_CODES:
            raise KeyError(code)
        super().__init__(code, path=str(path))
        self.detail = detail  # English, type and SQLite/errno code only: never file contents


def classify(exc: BaseException, folder: Path | str | None = None) -> str:
    """The code for an exception met while opening, checking or writing the store.

    Returns a DAMAGE code only for errors SQLite itself calls damage (SQLITE_CORRUPT, SQLITE_NOTADB);
    every other failure is one of the cannot-use-now codes.
    """
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            return _from_text(str(exc))
        primary = code & 0xFF
        if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return CORRUPT
        if code == _SQLITE_IOERR_NOMEM:
            return IO
        if code in (_SQLITE_READONLY_RECOVERY, _SQLITE_READONLY_ROLLBACK):
            return NEEDS_WINDOW
        if primary == _SQLITE_CANTOPEN:
            return _cantopen(folder)
        return _SQLITE_UNAVAILABLE.get(primary, IO)
    if isinstance(exc, OSError):
        return _ERRNO_UNAVAILABLE.get(exc.errno or 0, IO)
    return IO


def detail_of(exc: BaseException) -> str:
    """For the log: the exception type and its SQLite or errno name, never its message text."""
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        return f"{type(exc).__name__} {name}"
    number = getattr(exc, "errno", None)
    if number:
        return f"{type(exc).__name__} {errno.errorcode.get(number, number)}"
    return type(exc).__name__


def unavailable(exc: BaseException, folder: Path | str) -> StoreUnavailable:
    """A StoreUnavailable for `exc` (which must not be damage), naming the data folder."""
    code = classify(exc, folder)
    if code in DAMAGE_CODES:
        code = IO
    if code == IO and free_bytes(Path(folder)) < MIN_FREE_BYTES:
        code = FULL  # SQLite says only "I/O error" when it cannot grow the -shm on a full disk
    return StoreUnavailable(code, folder, detail_of(exc))


MIN_FREE_BYTES = 64 * 1024  # below this the disk counts as full: the next save would fail


def free_bytes(folder: Path) -> int:
    import os

    try:
        if hasattr(os, "statvfs"):
            info = os.statvfs(folder)
            return info.f_bavail * info.f_frsize
        import shutil

        return shutil.disk_usage(folder).free
    except OSError:
        return MIN_FREE_BYTES  # cannot tell: let the writes themselves say


def _cantopen(folder: Path | str | None) -> str:
    """SQLITE_CANTOPEN: a folder we may not enter is denied; one we may not write (no -shm or -journal
    can be made) is read-only."""
    import os

    if folder is None:
        return DENIED
    folder = Path(folder)
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return READ_ONLY
    except (OSError, AttributeError):
        pass
    if not os.access(folder, os.R_OK | os.X_OK):
        return DENIED
    if not os.access(folder, os.W_OK):
        return READ_ONLY
    return IO


def _from_text(text: str) -> str:
    """Fallback for sqlite3 errors without a result code (should not happen on Python 3.11)."""
    text = text.lower()
    if "malformed" in text or "not a database" in text:
        return CORRUPT
    if "full" in text:
        return FULL
    if "locked" in text or "busy" in text:
        return LOCKED
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "permission" in text or "unable to open" in text:
        return DENIED
    return IO
