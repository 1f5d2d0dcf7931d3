"""Checking, setting aside and backing up the progress database, so a bad file never costs the user data.

A database that fails its check is renamed (never written to, never deleted) and the store continues
from the newest automatic backup that passes the same check, or from empty. Backups are made with
SQLite's backup API, which copies a consistent snapshot including pages still in the WAL (a plain file
copy can miss them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bindguard.core.errors import Lang, message
from bindguard.core.paths import ensure_private_dir

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_DIR = "backups"
BACKUP_PREFIX = "bindguard-"
BACKUP_SUFFIX = ".sqlite3"
KEEP_BACKUPS = 5
EXPECTED_TABLES = {"checklist", "item", "note", "setting"}

CORRUPT = "store.corrupt"
TOO_NEW = "store.too_new"


@dataclass(frozen=True)
class RecoveryNotice:
    """What happened to a bad database on open, for the UI to tell the user in plain words."""

    code: str  # store.corrupt or store.too_new
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
        return main if self.code == CORRUPT else f"{main} {restored}"


def check_database(path: Path, known_version: int) -> tuple[str | None, str]:
    """(problem code or None, English detail). Opens read-only so the check cannot change the file."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return CORRUPT, f"unreadable: {type(exc).__name__}"
    if size == 0:
        return None, "empty"
    if header != SQLITE_MAGIC:
        return CORRUPT, "not an SQLite file"
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return CORRUPT, f"cannot open: {exc}"
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > known_version:
            return TOO_NEW, f"user_version {version} > {known_version}"
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return CORRUPT, "integrity_check: " + "; ".join(rows[:3])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0 and tables:
            return CORRUPT, "an SQLite file that BindGuard did not write"
        if version > 0 and not tables >= EXPECTED_TABLES:
            return CORRUPT, "tables missing: " + ", ".join(sorted(EXPECTED_TABLES - tables))
    except sqlite3.Error as exc:
        return CORRUPT, f"{type(exc).__name__}: {exc}"
    finally:
        conn.close()
    return None, "ok"


def _companions(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in ("", "-wal", "-shm")]


def move_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename the database and its -wal/-shm to `<name>.broken-YYYYmmdd-HHMMSS[-n]`; return the new path."""
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


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def list_backups(data_dir: Path) -> list[Path]:
    """Newest first; the name carries the time to the microsecond, so sorting by name sorts by time."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_time(path: Path) -> dt.datetime | None:
    stamp = path.name[len(BACKUP_PREFIX):-len(BACKUP_SUFFIX)][:22]
    try:
        return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f").replace(microsecond=0)
    except ValueError:
        return None


def make_backup(conn: sqlite3.Connection, data_dir: Path, keep: int = KEEP_BACKUPS) -> Path:
    """Snapshot `conn` into data_dir/backups with the backup API, then keep only the newest `keep`."""
    folder = ensure_private_dir(backup_dir(data_dir))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    old_umask = os.umask(0o077) if os.name == "posix" else None
    try:
        dest = sqlite3.connect(partial)
        try:
            # no fsync per page (16 ms -> under 1 ms at start-up): a backup torn by a power cut fails its
            # check on restore and the next older one is used instead
            dest.execute("PRAGMA synchronous = OFF")
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(partial, target)  # a half-written backup never carries a backup's name
    finally:
        if old_umask is not None:
            os.umask(old_umask)
        with contextlib.suppress(OSError):
            partial.unlink()
    for stale in list_backups(data_dir)[keep:]:
        with contextlib.suppress(OSError):
            stale.unlink()
    return target


def restore_newest_backup(data_dir: Path, path: Path, known_version: int) -> Path | None:
    """Copy the newest backup that passes the check to `path`; None if there is none."""
    for candidate in list_backups(data_dir):
        problem, _ = check_database(candidate, known_version)
        if problem is None and candidate.stat().st_size > 0:
            partial = path.with_name(path.name + ".restoring")
            import shutil  # deferred: only a recovery needs it (with bz2/lzma/zlib, ~3 ms at start-up)

            shutil.copyfile(candidate, partial)
            if os.name == "posix":
                os.chmod(partial, 0o600)
            os.replace(partial, path)
            return candidate
    return None
