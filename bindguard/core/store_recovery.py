"""Checking, setting aside and backing up the progress database, so a bad file never costs the user data.

Only DAMAGE (store_faults.py) sets a file aside: it is renamed with its -wal, -shm and -journal (never
written to, never deleted) and the store continues from the newest automatic backup that passes the
same check, or from empty. A file that cannot be used right now (disk full, locked, no permission,
read-only, I/O error) raises StoreUnavailable and nothing is moved or changed.

The check opens the file the normal way first, so SQLite rolls back a hot -journal or replays the WAL
left by a kill before anything judges the file; only a read-only check (doctor) skips that.

Backups are made with SQLite's backup API, which copies a consistent snapshot including pages still in
the WAL (a plain file copy can miss them). A backup is made only when something changed since the
newest one; the newest, the last one of each of the 5 latest days that saw changes, and any backup no
kept one matches in items and recency (within 30 days) are kept. A restore copies to a temporary name,
checks the copy, and only then renames it into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bindguard.core.errors import Lang, message
from bindguard.core.paths import ensure_private_dir
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

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_DIR = "backups"
BACKUP_PREFIX = "bindguard-"
BACKUP_SUFFIX = ".sqlite3"
KEEP_DAYS = 5
KEEP_BEST_DAYS = 30
EXPECTED_TABLES = {"checklist", "item", "note", "setting"}
COMPANIONS = ("", "-wal", "-shm", "-journal")
RESTORING_SUFFIX = ".restoring"
PARTIAL_SUFFIX = ".partial"
LAST_CHANGE_SETTING = "store.last_change"  # written by deletes, which leave no newer `updated` behind
_FINGERPRINT = re.compile(r"-n(\d+)-c(\d{14}|0)$")


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


@dataclass(frozen=True)
class Fingerprint:
    """How much a database holds and how recent its last change is: backups are compared by it."""

    items: int
    last_change: str  # YYYYmmddHHMMSS or "0"

    def covers(self, other: Fingerprint) -> bool:
        return self.items >= other.items and self.last_change >= other.last_change


def fingerprint(conn: sqlite3.Connection) -> Fingerprint:
    items = conn.execute("SELECT COUNT(*) FROM item").fetchone()[0]
    row = conn.execute("SELECT MAX(x) FROM (SELECT MAX(updated) AS x FROM checklist "
                       "UNION ALL SELECT MAX(updated) FROM note "
                       "UNION ALL SELECT value FROM setting WHERE key=?)", (LAST_CHANGE_SETTING,)).fetchone()
    digits = re.sub(r"\D", "", row[0] or "")[:14]
    return Fingerprint(int(items), digits if len(digits) == 14 else "0")


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
    folder = backup_dir(data_dir)
    if folder.is_dir():
        stale += [p for p in folder.iterdir() if PARTIAL_SUFFIX in p.name]
    removed = []
    for candidate in stale:
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    return removed


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
    # "%Y%m%d-%H%M%S-%f" as make_backup writes it, read without strptime (its first use imports
    # _strptime and compiles its locale's patterns: ~5 ms of every start-up, which lists the backups)
    date, time, micro = stamp[:8], stamp[9:15], stamp[16:]
    if not (len(stamp) == 22 and stamp[8] == stamp[15] == "-" and (date + time + micro).isascii()
            and (date + time + micro).isdigit()):
        return None
    try:
        return dt.datetime(int(date[:4]), int(date[4:6]), int(date[6:]), int(time[:2]), int(time[2:4]), int(time[4:]))
    except ValueError:
        return None


def backup_fingerprint(path: Path) -> Fingerprint | None:
    """From the name (written since fingerprints exist), else read from the file; None if unreadable."""
    match = _FINGERPRINT.search(path.name[:-len(BACKUP_SUFFIX)])
    if match:
        return Fingerprint(int(match.group(1)), match.group(2))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=0.5)
        try:
            return fingerprint(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def make_backup(conn: sqlite3.Connection, data_dir: Path, *, now: dt.datetime | None = None,
                force: bool = False) -> Path | None:
    """Snapshot `conn` into data_dir/backups with the backup API, then thin the backups out by day.

    Nothing is made (None) when the database holds no change newer than the newest backup, unless
    `force` (before a migration, which must always have its backup)."""
    folder = ensure_private_dir(backup_dir(data_dir))
    mine = fingerprint(conn)
    existing = list_backups(data_dir)
    if existing and not force:
        newest = backup_fingerprint(existing[0])
        if newest is not None and mine.last_change <= newest.last_change:
            return None  # nothing changed since (or this is a restored, older state): keep what is there
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{BACKUP_PREFIX}{stamp}-n{mine.items}-c{mine.last_change}{BACKUP_SUFFIX}"
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
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
    prune_backups(data_dir, now=now)
    return target


def backups_to_keep(backups: list[Path], now: dt.datetime | None = None) -> set[Path]:
    """The newest; the newest of each of the KEEP_DAYS latest days; and, within KEEP_BEST_DAYS, every
    readable backup that no kept one covers (as many items and as recent a change): a restart over a
    damaged or emptied file never pushes out the last good copy."""
    if not backups:
        return set()
    keep = {backups[0]}
    days: list[dt.date] = []
    for backup in backups:
        when = backup_time(backup)
        day = when.date() if when else None
        if day is not None and day not in days:
            if len(days) == KEEP_DAYS:
                break
            days.append(day)
            keep.add(backup)
    prints = {b: backup_fingerprint(b) for b in backups}
    horizon = (now or dt.datetime.now()) - dt.timedelta(days=KEEP_BEST_DAYS)
    for backup in backups:
        mine = prints[backup]
        when = backup_time(backup)
        if backup in keep or mine is None or (when is not None and when < horizon):
            continue
        if not any(prints[k] is not None and prints[k].covers(mine) for k in keep):
            keep.add(backup)
    return keep


def prune_backups(data_dir: Path, now: dt.datetime | None = None) -> None:
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups, now)
    for stale in backups:
        if stale not in keep:
            with contextlib.suppress(OSError):
                stale.unlink()


def prepare_restore(data_dir: Path, path: Path, known_version: int) -> tuple[Path, Path] | None:
    """Copy the newest backup that passes the check to `<db>.restoring`, synced and checked again there.

    Returns (backup, temp copy) or None when no backup is usable; the caller renames the copy into
    place (restore_into). Raises StoreUnavailable (leaving no temp file) if the copy cannot be made."""
    temp = Path(str(path) + RESTORING_SUFFIX)
    for candidate in list_backups(data_dir):
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


def restore_newest_backup(data_dir: Path, path: Path, known_version: int) -> Path | None:
    """Put the newest backup that passes the check at `path` (atomically); None if there is none."""
    prepared = prepare_restore(data_dir, path, known_version)
    if prepared is None:
        return None
    backup, temp = prepared
    restore_into(temp, path)
    return backup
