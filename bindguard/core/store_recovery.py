"""Checking, setting aside and restoring the progress database, so a bad file never costs the user data.

Only DAMAGE (store_faults.py) sets a file aside: it is renamed with its -wal, -shm and -journal (never
written to, never deleted) and the store continues from the newest automatic backup that passes the
same check, or from empty. A file that cannot be used right now (disk full, locked, no permission,
read-only, I/O error) raises StoreUnavailable and nothing is moved or changed.

The check opens the file the normal way first, so SQLite rolls back a hot -journal or replays the WAL
left by a kill before anything judges the file; only a read-only check (doctor) skips that.

Backups are made and kept by store_backups.py. A restore copies the newest backup (by the order they
were made) that passes the check to a temporary name, checks the copy, and only then renames it into
place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bindguard.core.errors import Lang, message
from bindguard.core.store_backups import PARTIAL_SUFFIX, backup_dir, list_backups
from bindguard.core.store_backups import backup_time as backup_time  # re-exported: older imports
from bindguard.core.store_backups import make_backup as make_backup
from bindguard.core.store_faults import (
    CORRUPT,
    DAMAGE_CODES,
    FOREIGN,
    TOO_NEW,
    StoreUnavailable,
    classify,
    detail_of,
    unavailable,
)

_log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
EXPECTED_TABLES = {"checklist", "item", "note", "setting"}
COMPANIONS = ("", "-wal", "-shm", "-journal")
RESTORING_SUFFIX = ".restoring"


@dataclass(frozen=True)
class RecoveryNotice:
    """What happened to a bad database on open, for the UI to tell the user in plain words."""

    code: str  # store.corrupt, store.too_new or store.foreign
    moved_to: Path | None  # where the original now lies, byte for byte (None: it was an empty file)
    restored_from: Path | None  # the backup the store continues from, None if it starts empty
    backup_time: dt.datetime | None
    detail: str = ""  # English, for the log only; never personal data

    @property
    def restored_code(self) -> str:
        return "store.restored_backup" if self.restored_from else "store.restored_empty"

    def text(self, lang: Lang = "zh") -> str:
        when = self.backup_time.strftime("%Y-%m-%d %H:%M") if self.backup_time else ""
        restored = message(self.restored_code, lang, when=when)
        path = str(self.moved_to) if self.moved_to else "-"
        main = message(self.code, lang, path=path, restored=restored)
        return main if self.code != TOO_NEW else f"{main} {restored}"


def check_database(path: Path, known_version: int, *, read_only: bool = False) -> tuple[str | None, str]:
    """(damage code or None, English detail); raises StoreUnavailable when the file cannot be used now.

    Opened the normal way, so SQLite first rolls back a hot journal or replays a WAL (that is how a
    killed write is undone, not damage); with `read_only` nothing at all is written (doctor, export).
    """
    folder = path.parent
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise unavailable(exc, folder) from exc
    if size == 0:
        return None, "empty"
    if header != SQLITE_MAGIC:
        return CORRUPT, "not an SQLite file"
    # With no -wal or -journal there is nothing for SQLite to roll back or replay: a read-only look is
    # the same check and leaves no file behind (a failed open on a full disk would keep an empty -wal).
    # That look takes no lock, so damage it reports is confirmed by a normal open before it counts.
    quiet = read_only or not _has_journal(path)
    problem, detail = _check_open(path, known_version, quiet)
    if problem is not None and quiet and not read_only:
        problem, detail = _check_open(path, known_version, False)
    return problem, detail


def _check_open(path: Path, known_version: int, read_only: bool) -> tuple[str | None, str]:
    folder = path.parent
    try:
        conn = _connect(path, read_only)
    except sqlite3.Error as exc:
        return _judge(exc, folder)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and not tables & EXPECTED_TABLES:
            return FOREIGN, "an SQLite file that BindGuard did not write"
        if version > known_version:
            return TOO_NEW, f"user_version {version} > {known_version}"
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return CORRUPT, f"integrity_check failed ({len(rows)} problems)"
        if version == 0 and tables:
            return FOREIGN, "an SQLite file that BindGuard did not write"
        if version > 0 and not tables >= EXPECTED_TABLES:
            return CORRUPT, "tables missing: " + ", ".join(sorted(EXPECTED_TABLES - tables))
    except sqlite3.Error as exc:
        return _judge(exc, folder)
    finally:
        conn.close()
    return None, "ok"


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(read_only_uri(path), uri=True, timeout=1.0)
    return sqlite3.connect(path, timeout=1.0)


def _has_journal(path: Path) -> bool:
    # os.path.exists: False, not PermissionError, in a folder we may not look into (mode 000)
    return any(os.path.exists(str(path) + suffix) for suffix in ("-wal", "-journal"))


def read_only_uri(path: Path) -> str:
    """A URI that reads `path` without creating or changing any file. A file closed cleanly (no -wal,
    no -journal) is opened immutable, so not even an empty -wal/-shm appears beside it; otherwise
    read-only, which reads the WAL of a running window."""
    if _has_journal(path):
        return f"{path.as_uri()}?mode=ro"
    return f"{path.as_uri()}?mode=ro&immutable=1"


def _judge(exc: sqlite3.Error, folder: Path) -> tuple[str, str]:
    """Damage as (code, detail); anything else is raised as StoreUnavailable."""
    code = classify(exc, folder)
    if code in DAMAGE_CODES:
        return code, detail_of(exc)
    raise unavailable(exc, folder) from exc


def _companions(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in COMPANIONS]


def move_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename the database and its -wal/-shm/-journal to `<name>.broken-YYYYmmdd-HHMMSS[-n]`."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while any(p.exists() for p in _companions(target)):
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    for source, dest in zip(_companions(path), _companions(target), strict=True):
        if source.exists():
            os.replace(source, dest)
    return target


def list_set_aside(path: Path) -> list[Path]:
    """Files set aside from `path` (not their -wal/-shm/-journal), newest first."""
    if not path.parent.is_dir():
        return []
    found = [p for p in path.parent.glob(path.name + ".broken-*") if not p.name.endswith(COMPANIONS[1:])]
    return sorted(found, key=lambda p: p.name, reverse=True)


def remove_stale(data_dir: Path, path: Path) -> list[Path]:
    """Delete what a kill left half-made: `<db>.restoring` and backups/*.partial. Returns what went."""
    stale = [Path(str(path) + RESTORING_SUFFIX + suffix) for suffix in COMPANIONS]
    with contextlib.suppress(OSError):  # an unreadable backups folder is not the store's problem
        stale += [p for p in backup_dir(data_dir).iterdir() if PARTIAL_SUFFIX in p.name]
    removed = []
    for candidate in stale:
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    return removed


def prepare_restore(data_dir: Path, path: Path, known_version: int) -> tuple[Path, Path] | None:
    """Copy the newest backup that passes the check to `<db>.restoring`, synced and checked again there.

    Returns (backup, temp copy) or None when no backup is usable; the caller renames the copy into
    place (restore_into). Raises StoreUnavailable (leaving no temp file) if the copy cannot be made."""
    temp = Path(str(path) + RESTORING_SUFFIX)
    try:
        candidates = list_backups(data_dir, strict=True)
    except OSError as exc:  # backups it cannot see: never set the file aside to start empty
        raise unavailable(exc, data_dir) from exc
    for candidate in candidates:
        try:
            if candidate.stat().st_size == 0 or check_database(candidate, known_version)[0] is not None:
                continue
        except StoreUnavailable:
            continue  # this backup cannot be read: try the next one
        try:
            _copy_synced(candidate, temp)
            if check_database(temp, known_version)[0] is None:
                return candidate, temp
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise unavailable(exc, data_dir) from exc
        except StoreUnavailable:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        with contextlib.suppress(OSError):
            temp.unlink()
    return None


def _copy_synced(source: Path, dest: Path) -> None:
    import shutil  # deferred: only a recovery needs it (with bz2/lzma/zlib, ~3 ms at start-up)

    with contextlib.suppress(FileNotFoundError):
        dest.unlink()
    for suffix in COMPANIONS[1:]:
        with contextlib.suppress(FileNotFoundError):
            Path(str(dest) + suffix).unlink()
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())


def copy_whole(source: Path, dest: Path) -> None:
    """Copy a database with its -wal (or -journal) to `dest`, then fold that journal into the copy (the
    normal open replays a WAL or rolls back a hot journal) and leave `dest` a single synced file. A copy
    without its -wal would pass a check that read the -wal and still lack the last changes."""
    _copy_synced(source, dest)
    journals = [suffix for suffix in ("-wal", "-journal") if os.path.exists(str(source) + suffix)]
    if not journals:
        return
    for suffix in journals:
        _copy_synced(Path(str(source) + suffix), Path(str(dest) + suffix))
    conn = sqlite3.connect(dest, isolation_level=None, timeout=1.0)
    try:
        conn.execute("PRAGMA user_version").fetchone()  # the first read replays or rolls back
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")  # checkpoints everything and removes the -wal
    finally:
        conn.close()
    for suffix in COMPANIONS[1:]:
        with contextlib.suppress(FileNotFoundError):
            Path(str(dest) + suffix).unlink()
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore_into(temp: Path, path: Path) -> None:
    os.replace(temp, path)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
