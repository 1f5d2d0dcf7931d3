"""Automatic backups of the progress database: when one is made, which are kept, which comes first.

Backups are made with SQLite's backup API, which copies a consistent snapshot including pages still in
the WAL (a plain file copy can miss them). A backup is made only when something was written since the
newest one, by content (a count of every write, the items and the last change), never by the clock;
and only when the disk has room for the copy and as much again. Each name carries the order it was made
in (-s<serial>): the newest is the last made, whatever the clock said, so a backup made while the clock
read 2035 never wins over the content written after it was put right. Kept: the newest, the last one of
each of the 5 latest days that saw changes, and any backup no kept one covers (within 30 days).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bindguard.core.paths import ensure_private_dir
from bindguard.core.store_faults import MIN_FREE_BYTES, free_bytes

_log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
BACKUP_PREFIX = "bindguard-"
BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
KEEP_DAYS = 5
KEEP_BEST_DAYS = 30
LAST_CHANGE_SETTING = "store.last_change"  # written by deletes, which leave no newer `updated` behind
CHANGES_SETTING = "store.changes"  # counts every committed write (Store.transaction): content, not clock
_FINGERPRINT = re.compile(r"-n(\d+)-c(\d{14}|0)(?:-k(\d+)-s(\d+))?$")


@dataclass(frozen=True)
class Fingerprint:
    """How much a database holds, how recent its last change is and how many writes it has seen:
    backups are compared by it. `changes` is -1 for a backup named before the count existed."""

    items: int
    last_change: str  # YYYYmmddHHMMSS or "0"
    changes: int = -1

    def covers(self, other: Fingerprint) -> bool:
        if self.changes >= 0 and other.changes >= 0 and self.changes < other.changes:
            return False
        return self.items >= other.items and self.last_change >= other.last_change

    def same_content(self, other: Fingerprint) -> bool:
        """Nothing written since `other` was taken (the clock plays no part: a backup dated in 2035
        does not stop the next one)."""
        if self.changes >= 0 and other.changes >= 0:
            return (self.changes, self.items, self.last_change) == (other.changes, other.items,
                                                                    other.last_change)
        return (self.items, self.last_change) == (other.items, other.last_change) and self.changes <= 0


def fingerprint(conn: sqlite3.Connection) -> Fingerprint:
    items = conn.execute("SELECT COUNT(*) FROM item").fetchone()[0]
    row = conn.execute("SELECT MAX(x) FROM (SELECT MAX(updated) AS x FROM checklist "
                       "UNION ALL SELECT MAX(updated) FROM note "
                       "UNION ALL SELECT value FROM setting WHERE key=?)", (LAST_CHANGE_SETTING,)).fetchone()
    digits = re.sub(r"\D", "", row[0] or "")[:14]
    counted = conn.execute("SELECT value FROM setting WHERE key=?", (CHANGES_SETTING,)).fetchone()
    changes = int(counted[0]) if counted and str(counted[0]).isdigit() else 0
    return Fingerprint(int(items), digits if len(digits) == 14 else "0", changes)


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def list_backups(data_dir: Path, *, strict: bool = False) -> list[Path]:
    """Newest first, by the order they were made (the serial number in the name), never by the clock
    alone: a backup made while the clock read 2035 sorts before those made after it was put right.
    Backups named before serial numbers come after, by the time in their name. An unreadable backups
    folder lists nothing (the store itself stays usable); with `strict` (a restore, which must not
    start empty beside backups it cannot see) anything but a missing folder raises OSError."""
    folder = backup_dir(data_dir)
    try:
        found = [p for p in folder.iterdir() if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)]
    except FileNotFoundError:
        return []
    except OSError:
        if strict:
            raise
        return []
    return sorted(found, key=lambda p: (backup_serial(p), p.name), reverse=True)


def backup_serial(path: Path) -> int:
    """The order a backup was made in (1, 2, ...); 0 for one named before serial numbers."""
    match = _FINGERPRINT.search(path.name[:-len(BACKUP_SUFFIX)])
    return int(match.group(4)) if match and match.group(4) else 0


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
        return Fingerprint(int(match.group(1)), match.group(2), int(match.group(3) or -1))
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, timeout=0.5)  # no journal
        try:
            return fingerprint(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def make_backup(conn: sqlite3.Connection, data_dir: Path, *, now: dt.datetime | None = None,
                force: bool = False) -> Path | None:
    """Snapshot `conn` into data_dir/backups with the backup API, then thin the backups out by day.

    Nothing is made (None) when nothing was written since the newest backup (by order and content,
    not the clock), unless `force` (before a migration, which must always have its backup), nor when
    the disk has not room for the copy and as much again (logged; the store keeps working)."""
    folder = ensure_private_dir(backup_dir(data_dir))
    mine = fingerprint(conn)
    existing = list_backups(data_dir)
    if existing and not force:
        newest = backup_fingerprint(existing[0])
        if newest is not None and mine.same_content(newest):
            return None  # nothing written since: keep what is there
    size = conn.execute("PRAGMA page_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    if free_bytes(folder) < 2 * size + MIN_FREE_BYTES:
        _log.warning("backup skipped: %d bytes free, the copy needs %d and as much again",
                     free_bytes(folder), size)
        return None
    serial = max((backup_serial(p) for p in existing), default=0) + 1
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / (f"{BACKUP_PREFIX}{stamp}-n{mine.items}-c{mine.last_change}-k{max(mine.changes, 0)}"
                       f"-s{serial}{BACKUP_SUFFIX}")
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
