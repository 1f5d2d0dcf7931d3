"""Opening the progress database: check, recover if damaged, migrate, back up; the read-only view.

The opening half of Store (core/store.py), kept apart by subject: what happens to the file before the
first read or write, and the upkeep of the file as a whole (vacuum, integrity, modes). A file that
cannot be used now raises StoreUnavailable with no file changed (store_faults.py); damage sets the
file aside and continues from a backup (store_recovery.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path
from typing import Self

from bindguard.core.errors import BindGuardError
from bindguard.core.paths import ensure_private_dir
from bindguard.core.store_backups import backup_time, list_backups, make_backup
from bindguard.core.store_faults import (
    DAMAGE_CODES,
    FULL,
    MIN_FREE_BYTES,
    StoreUnavailable,
    classify,
    detail_of,
    free_bytes,
    unavailable,
)
from bindguard.core.store_recovery import (
    CORRUPT,
    RecoveryNotice,
    check_database,
    move_aside,
    prepare_restore,
    read_only_uri,
    remove_stale,
    restore_into,
)
from bindguard.core.store_schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger("bindguard.core.store")

DB_NAME = "bindguard.sqlite3"
BUSY_TIMEOUT = 2.0  # seconds a write waits for another program's lock before the user is told


class StoreOpen:
    """Mixed into Store: the class methods that make one, and the upkeep of the file."""

    conn: sqlite3.Connection
    path: Path | None
    _scratch: Path | None = None  # the private copy a read-only view reads (open_read_only)

    @classmethod
    def open(cls, data_dir: Path, *, backup: bool = True, recover: bool = True) -> Self:
        """Check, recover if damaged, migrate, and (with `backup`) snapshot the database if it changed.

        Raises StoreUnavailable (a BindGuardError: store.full, store.locked, store.denied,
        store.read_only, store.io) when the file cannot be used right now; then no file was changed.
        Without `recover` (commands other than the window) a damaged file is left where it is and
        BindGuardError("store.damaged_open_window") is raised.
        """
        data_dir = Path(data_dir)
        path = data_dir / DB_NAME
        old_umask = os.umask(0o077) if os.name == "posix" else None
        existed = {suffix for suffix in ("-wal", "-shm") if os.path.exists(str(path) + suffix)}
        try:
            try:
                ensure_private_dir(data_dir)
            except OSError as exc:
                raise unavailable(exc, data_dir) from exc
            recovery = cls._recover_if_bad(data_dir, path, recover)
            fresh = not path.exists() or path.stat().st_size == 0
            try:
                store = cls._connect(path, recovery)
            except sqlite3.Error as exc:
                if classify(exc, data_dir) not in DAMAGE_CODES or recovery is not None:
                    raise unavailable(exc, data_dir) from exc
                if not recover:
                    raise BindGuardError("store.damaged_open_window") from exc
                # passed the check, failed on use (e.g. a bad page the check did not reach): once more
                log.warning("database failed after its check (%s); setting it aside", detail_of(exc))
                recovery = cls._set_aside(data_dir, path, CORRUPT, detail_of(exc))
                store = cls._connect(path, recovery)
            remove_stale(data_dir, path)
        except OSError as exc:
            _forget_new_companions(path, existed)
            raise unavailable(exc, data_dir) from exc
        except StoreUnavailable:
            _forget_new_companions(path, existed)
            raise
        finally:
            if old_umask is not None:
                os.umask(old_umask)
        if backup and not fresh:
            try:
                make_backup(store.conn, data_dir)
            except (OSError, sqlite3.Error) as exc:  # a failed backup must not stop the user working
                log.warning("automatic backup failed: %s", detail_of(exc))
        return store

    @classmethod
    def open_read_only(cls, data_dir: Path, reason: StoreUnavailable) -> Self:
        """The database as it is, for looking and printing only: nothing is checked, recovered, migrated
        or written. Raises StoreUnavailable when it cannot even be read (or BindGuardError for damage)."""
        path = Path(data_dir) / DB_NAME
        conn = None
        scratch: Path | None = None
        last: BaseException = reason
        # immutable (read_only_uri) when no -wal: not even an empty -wal/-shm is created; then, when the
        # -wal cannot be read in place (e.g. an unreadable -shm), a private copy with the -wal folded in,
        # so the view shows what is really in the file; plain immutable (the main file alone) last
        for attempt in ("in place", "copy", "main file"):
            try:
                if attempt == "in place":
                    uri = read_only_uri(path)
                elif attempt == "copy":
                    if not os.path.exists(str(path) + "-wal"):
                        continue
                    scratch = _private_copy(path)
                    uri = f"{(scratch / DB_NAME).as_uri()}?mode=ro&immutable=1"
                else:
                    uri = f"{path.as_uri()}?mode=ro&immutable=1"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                       check_same_thread=False, timeout=BUSY_TIMEOUT)
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if not 0 < version <= SCHEMA_VERSION:
                    conn.close()
                    _remove_scratch(scratch)
                    raise StoreUnavailable(reason.code, data_dir)  # nothing of ours to show
                if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                    raise sqlite3.DatabaseError("quick_check failed")
                break
            except (sqlite3.Error, OSError) as exc:
                if conn is not None:
                    conn.close()
                conn = None
                _remove_scratch(scratch)
                scratch = None
                last = exc
        if conn is None:
            raise unavailable(last, data_dir) from last
        store = cls(conn, path, None, reason)
        store._scratch = scratch  # removed by close()
        return store

    @classmethod
    def _connect(cls, path: Path, recovery: RecoveryNotice | None) -> Self:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT)
        store = cls(conn, path, recovery)
        try:
            store._prepare()
            store._probe_writable()
        except BaseException:
            conn.close()
            raise
        return store

    def _probe_writable(self) -> None:
        """Fail now, not at the user's first click, when the file is locked, read-only or the disk full."""
        if self.path is None:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("ROLLBACK")
        if free_bytes(self.path.parent) < MIN_FREE_BYTES:
            raise StoreUnavailable(FULL, self.path.parent, "free space below the minimum")

    @classmethod
    def _recover_if_bad(cls, data_dir: Path, path: Path, recover: bool = True) -> RecoveryNotice | None:
        if not path.exists():
            return None
        problem, detail = check_database(path, SCHEMA_VERSION)  # StoreUnavailable: nothing changed
        if problem is None and detail == "empty" and list_backups(data_dir, strict=True):
            problem, detail = CORRUPT, "empty file while backups exist"
        if problem is None:
            return None
        if not recover:
            raise BindGuardError("store.damaged_open_window")
        log.warning("database set aside: %s (%s)", problem, detail)
        return cls._set_aside(data_dir, path, problem, detail)

    @staticmethod
    def _set_aside(data_dir: Path, path: Path, problem: str, detail: str) -> RecoveryNotice:
        """The backup is copied and checked under a temporary name first: if that cannot be done now
        (StoreUnavailable), the damaged file has not been moved either."""
        prepared = prepare_restore(data_dir, path, SCHEMA_VERSION)
        try:
            moved = move_aside(path)
        except OSError:
            if prepared:
                with contextlib.suppress(OSError):
                    prepared[1].unlink()
            raise
        restored = None
        if prepared:
            restored, temp = prepared
            restore_into(temp, path)
        return RecoveryNotice(problem, moved, restored, backup_time(restored) if restored else None, detail)


    @classmethod
    def in_memory(cls) -> Self:
        store = cls(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False), None)
        store._prepare()
        return store

    def _prepare(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:  # only when the file changed between check and open
            raise sqlite3.DatabaseError(f"user_version {version} is newer than {SCHEMA_VERSION}")
        if 0 < version < SCHEMA_VERSION and self.path is not None:
            # before anything writes to the old file (even the WAL switch); no backup, no migration
            make_backup(self.conn, self.path.parent, force=True)
        if version == 0 and self.path is not None:
            self.conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # before the first table: free
        if self.path is not None:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
        self._migrate(version)
        self._private_files()

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction(counted=False):  # the user's content is the same: no new backup
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {target}")
            log.info("database migrated to schema %d", target)
        # schema 3: incremental vacuum. auto_vacuum can only change with a full VACUUM (outside a
        # transaction); a file too big for the free space keeps working without it.
        if (0 < version < 3 and self.path is not None
                and self.conn.execute("PRAGMA auto_vacuum").fetchone()[0] != 2):
            try:
                self.conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
                self.conn.execute("VACUUM")
            except sqlite3.OperationalError as exc:
                log.warning("vacuum for incremental auto_vacuum failed: %s", detail_of(exc))

    def vacuum_some(self) -> None:
        """Give freed pages back to the disk after a delete (the checklist or the notes)."""
        if self.read_only:
            return
        try:
            # sqlite3_exec runs every step (execute() would stop after the first page)
            self.conn.executescript("PRAGMA incremental_vacuum;")
        except sqlite3.Error as exc:  # freed pages stay for reuse: nothing lost
            log.info("incremental vacuum skipped: %s", detail_of(exc))

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    def _private_files(self) -> None:
        if self.path is None or os.name != "posix":
            return
        for suffix in ("", "-wal", "-shm"):
            candidate = Path(str(self.path) + suffix)
            if candidate.exists():
                os.chmod(candidate, 0o600)



def _private_copy(path: Path) -> Path:
    """The database and its -wal copied into a new private temporary folder, the -wal folded in."""
    import tempfile

    from bindguard.core.store_recovery import copy_whole

    scratch = Path(tempfile.mkdtemp(prefix="bindguard-view-"))
    try:
        copy_whole(path, scratch / DB_NAME)
    except BaseException:
        _remove_scratch(scratch)
        raise
    return scratch


def _remove_scratch(scratch: Path | None) -> None:
    if scratch is not None:
        import shutil

        shutil.rmtree(scratch, ignore_errors=True)


def _forget_new_companions(path: Path, existed: set[str]) -> None:
    """An open that failed (a full disk) may leave an empty -wal and its -shm it just made: remove
    them, so "cannot use it now" leaves the folder as it was. Never a -wal with content."""
    wal, shm = Path(str(path) + "-wal"), Path(str(path) + "-shm")
    with contextlib.suppress(OSError):
        if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
        if "-shm" not in existed and shm.exists() and not wal.exists():
            shm.unlink()


