"""The SQLite store: every checklist, item, status and note ciphertext, committed before returning.

One connection in autocommit mode, WAL journal: each public method is one transaction, so a crash
loses nothing the user saw saved. Phone numbers arrive already masked; notes arrive already
encrypted (vault.py); this module never sees a secret.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bindguard.core.checklist import (
    BankCard,
    CardType,
    Checklist,
    ChecklistItem,
    ItemKind,
    Progress,
    Status,
    progress,
)
from bindguard.core.errors import BindGuardError
from bindguard.core.paths import ensure_private_dir
from bindguard.core.situation import Scope, Situation
from bindguard.core.store_recovery import (
    CORRUPT,
    RecoveryNotice,
    backup_time,
    check_database,
    list_backups,
    make_backup,
    move_aside,
    restore_newest_backup,
)
from bindguard.core.store_schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

DB_NAME = "bindguard.sqlite3"


@dataclass(frozen=True)
class ChecklistSummary:
    id: int
    name: str
    situation: Situation
    old_number: str
    progress: Progress
    updated: dt.datetime


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Store:
    """Open with Store.open(data_dir); close() when done (the wizard closes it on quit).

    `recovery` is None normally; after a bad database was set aside it says what happened, for the UI.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None,
                 recovery: RecoveryNotice | None = None) -> None:
        self.conn = conn
        self.path = path
        self.recovery = recovery

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, *, backup: bool = True) -> Store:
        """Check, recover if needed, migrate, and (with `backup`) snapshot the database once per start.

        Raises BindGuardError("store.unwritable") when the folder cannot hold a database at all.
        """
        data_dir = Path(data_dir)
        path = data_dir / DB_NAME
        old_umask = os.umask(0o077) if os.name == "posix" else None
        try:
            ensure_private_dir(data_dir)
            recovery = cls._recover_if_bad(data_dir, path)
            fresh = not path.exists() or path.stat().st_size == 0
            try:
                store = cls._connect(path, recovery)
            except sqlite3.OperationalError as exc:  # read-only, full, locked: the file is fine, leave it
                raise BindGuardError("store.unwritable", path=str(data_dir)) from exc
            except sqlite3.DatabaseError as exc:
                if recovery is not None:
                    raise BindGuardError("store.unwritable", path=str(data_dir)) from exc
                # passed the check, failed on use (e.g. a bad page the check did not reach): once more
                log.warning("database failed after its check (%s); setting it aside", exc)
                recovery = cls._set_aside(data_dir, path, CORRUPT, str(exc))
                store = cls._connect(path, recovery)
        except OSError as exc:
            raise BindGuardError("store.unwritable", path=str(data_dir)) from exc
        finally:
            if old_umask is not None:
                os.umask(old_umask)
        if backup and not fresh:
            try:
                make_backup(store.conn, data_dir)
            except (OSError, sqlite3.Error) as exc:  # a failed backup must not stop the user working
                log.warning("automatic backup failed: %s", exc)
        return store

    @classmethod
    def _connect(cls, path: Path, recovery: RecoveryNotice | None) -> Store:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        store = cls(conn, path, recovery)
        try:
            store._prepare()
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def _recover_if_bad(cls, data_dir: Path, path: Path) -> RecoveryNotice | None:
        if not path.exists():
            return None
        problem, detail = check_database(path, SCHEMA_VERSION)
        if problem is None and detail == "empty" and list_backups(data_dir):
            problem, detail = CORRUPT, "empty file while backups exist"
        if problem is None:
            return None
        log.warning("database set aside: %s (%s)", problem, detail)
        return cls._set_aside(data_dir, path, problem, detail)

    @staticmethod
    def _set_aside(data_dir: Path, path: Path, problem: str, detail: str) -> RecoveryNotice:
        moved = move_aside(path)
        restored = restore_newest_backup(data_dir, path, SCHEMA_VERSION)
        return RecoveryNotice(problem, moved, restored, backup_time(restored) if restored else None, detail)

    @classmethod
    def in_memory(cls) -> Store:
        store = cls(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False), None)
        store._prepare()
        return store

    def _prepare(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:  # only when the file changed between check and open
            raise sqlite3.DatabaseError(f"user_version {version} is newer than {SCHEMA_VERSION}")
        if 0 < version < SCHEMA_VERSION and self.path is not None:
            try:  # before anything writes to the old file (even the WAL switch); no backup, no migration
                make_backup(self.conn, self.path.parent)
            except (OSError, sqlite3.Error) as exc:
                raise self._unwritable() from exc
        if self.path is not None:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
        self._migrate(version)
        self._private_files()

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {target}")
            log.info("database migrated to schema %d", target)

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

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write. A full disk, a read-only folder or a long-held lock (sqlite3.OperationalError)
        becomes BindGuardError("store.unwritable"): the previous state is kept and the user is told."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._unwritable() from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                log.warning("write failed: %s", exc)
                raise self._unwritable() from exc
            raise

    def _unwritable(self) -> BindGuardError:
        return BindGuardError("store.unwritable", path=str(self.path.parent) if self.path else ":memory:")

    # -- checklists ----------------------------------------------------------------------------

    def create_checklist(self, checklist: Checklist) -> Checklist:
        now = _now()
        checklist.created = checklist.updated = now
        with self.transaction() as tx:
            cursor = tx.execute(
                "INSERT INTO checklist (name, situation, scope, created, updated) VALUES (?, ?, ?, ?, ?)",
                (checklist.name, checklist.situation.value, checklist.scope.value, now.isoformat(),
                 now.isoformat()),
            )
            checklist.id = cursor.lastrowid
            self._write_meta(tx, checklist)
            for position, item in enumerate(checklist.items):
                self._write_item(tx, checklist.id, item, position)
        return checklist

    def save_meta(self, checklist: Checklist) -> None:
        """Everything but the items: who, situation, scope, numbers, dates, counts, position."""
        with self.transaction() as tx:
            self._write_meta(tx, checklist)

    def _write_meta(self, tx: sqlite3.Connection, checklist: Checklist) -> None:
        import json  # not at the top: the first window lists checklists without it

        checklist.updated = _now()
        tx.execute(
            """UPDATE checklist SET name=?, situation=?, scope=?, old_number=?, new_number=?,
               cancel_date=?, suspended_only=?, discovery_counts=?, page=?, current_item=?, updated=?
               WHERE id=?""",
            (checklist.name, checklist.situation.value, checklist.scope.value, checklist.old_number,
             checklist.new_number, checklist.cancel_date.isoformat() if checklist.cancel_date else None,
             int(checklist.suspended_only), json.dumps(checklist.discovery_counts, sort_keys=True),
             checklist.page, checklist.current_item, checklist.updated.isoformat(), checklist.id),
        )

    def set_position(self, checklist_id: int, page: str, item_key: str = "") -> None:
        with self.transaction() as tx:
            tx.execute("UPDATE checklist SET page=?, current_item=?, updated=? WHERE id=?",
                       (page, item_key, _now().isoformat(), checklist_id))

    def delete_checklist(self, checklist_id: int) -> None:
        with self.transaction() as tx:
            tx.execute("DELETE FROM checklist WHERE id=?", (checklist_id,))

    def list_checklists(self) -> list[ChecklistSummary]:
        rows = self.conn.execute(
            "SELECT id, name, situation, old_number, updated FROM checklist ORDER BY updated DESC, id DESC"
        ).fetchall()
        summaries = []
        for row in rows:
            items = self._read_items(row[0])
            summaries.append(ChecklistSummary(row[0], row[1], _situation(row[2]), row[3], progress(items),
                                              dt.datetime.fromisoformat(row[4])))
        return summaries

    def load_checklist(self, checklist_id: int) -> Checklist | None:
        import json  # not at the top: the first window lists checklists without it

        row = self.conn.execute(
            """SELECT id, name, situation, scope, old_number, new_number, cancel_date, suspended_only,
                      discovery_counts, page, current_item, created, updated FROM checklist WHERE id=?""",
            (checklist_id,),
        ).fetchone()
        if row is None:
            return None
        try:
            counts = {str(k): int(v) for k, v in json.loads(row[8] or "{}").items()}
        except (ValueError, TypeError, AttributeError):
            counts = {}
        return Checklist(
            id=row[0], name=row[1], situation=_situation(row[2]),
            scope=Scope(row[3]) if row[3] in Scope._value2member_map_ else Scope.FULL,
            old_number=row[4], new_number=row[5],
            cancel_date=dt.date.fromisoformat(row[6]) if row[6] else None,
            suspended_only=bool(row[7]), discovery_counts=counts, page=row[9], current_item=row[10],
            created=dt.datetime.fromisoformat(row[11]), updated=dt.datetime.fromisoformat(row[12]),
            items=self._read_items(row[0]),
        )

    # -- items ---------------------------------------------------------------------------------

    def _write_item(self, tx: sqlite3.Connection, checklist_id: int, item: ChecklistItem, position: int) -> None:
        item.updated = item.updated or _now()
        card = item.card
        tx.execute(
            """INSERT INTO item (checklist_id, key, position, kind, ref, title, status, money_risk,
                                 bank_id, last4, card_type, old_number_works, updated)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(checklist_id, key) DO UPDATE SET
                 position=excluded.position, title=excluded.title, status=excluded.status,
                 money_risk=excluded.money_risk, old_number_works=excluded.old_number_works,
                 updated=excluded.updated""",
            (checklist_id, item.key, position, item.kind.value, item.ref, item.title, item.status.value,
             int(item.money_risk), card.bank_id if card else None, card.last4 if card else None,
             card.card_type.value if card else None,
             None if item.old_number_works is None else int(item.old_number_works), item.updated.isoformat()),
        )

    def add_item(self, checklist_id: int, item: ChecklistItem) -> None:
        with self.transaction() as tx:
            position = tx.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM item WHERE checklist_id=?",
                                  (checklist_id,)).fetchone()[0]
            self._write_item(tx, checklist_id, item, position)
            self._touch(tx, checklist_id)

    def update_item(self, checklist_id: int, item: ChecklistItem) -> None:
        item.updated = _now()
        with self.transaction() as tx:
            position = tx.execute("SELECT position FROM item WHERE checklist_id=? AND key=?",
                                  (checklist_id, item.key)).fetchone()
            self._write_item(tx, checklist_id, item, position[0] if position else 1_000_000)
            self._touch(tx, checklist_id)

    def set_status(self, checklist_id: int, key: str, status: Status) -> None:
        with self.transaction() as tx:
            tx.execute("UPDATE item SET status=?, updated=? WHERE checklist_id=? AND key=?",
                       (status.value, _now().isoformat(), checklist_id, key))
            self._touch(tx, checklist_id)

    def remove_item(self, checklist_id: int, key: str) -> None:
        with self.transaction() as tx:
            tx.execute("DELETE FROM item WHERE checklist_id=? AND key=?", (checklist_id, key))
            tx.execute("DELETE FROM note WHERE checklist_id=? AND item_key=?", (checklist_id, key))
            self._touch(tx, checklist_id)

    def _touch(self, tx: sqlite3.Connection, checklist_id: int) -> None:
        tx.execute("UPDATE checklist SET updated=? WHERE id=?", (_now().isoformat(), checklist_id))

    def _read_items(self, checklist_id: int) -> list[ChecklistItem]:
        rows = self.conn.execute(
            """SELECT key, kind, ref, title, status, money_risk, bank_id, last4, card_type,
                      old_number_works, updated
               FROM item WHERE checklist_id=? ORDER BY position, rowid""",
            (checklist_id,),
        ).fetchall()
        items = []
        for key, kind, ref, title, status, money, bank_id, last4, card_type, works, updated in rows:
            if kind not in ItemKind._value2member_map_:
                continue  # written by a newer version: keep it on disk, do not show it
            card = None
            if bank_id and last4 and card_type in CardType._value2member_map_:
                card = BankCard(bank_id, last4, CardType(card_type))
            items.append(ChecklistItem(
                key, ItemKind(kind), ref, title,
                Status(status) if status in Status._value2member_map_ else Status.TODO,
                bool(money), card, None if works is None else bool(works), dt.datetime.fromisoformat(updated),
            ))
        return items

    # -- notes (ciphertext only) ---------------------------------------------------------------

    def put_note(self, checklist_id: int, item_key: str, nonce: bytes, ciphertext: bytes) -> None:
        with self.transaction() as tx:
            tx.execute(
                """INSERT INTO note (checklist_id, item_key, nonce, ciphertext, updated) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(checklist_id, item_key) DO UPDATE SET nonce=excluded.nonce,
                   ciphertext=excluded.ciphertext, updated=excluded.updated""",
                (checklist_id, item_key, nonce, ciphertext, _now().isoformat()),
            )

    def get_note(self, checklist_id: int, item_key: str) -> tuple[bytes, bytes] | None:
        row = self.conn.execute("SELECT nonce, ciphertext FROM note WHERE checklist_id=? AND item_key=?",
                                (checklist_id, item_key)).fetchone()
        return (bytes(row[0]), bytes(row[1])) if row else None

    def delete_note(self, checklist_id: int, item_key: str) -> None:
        with self.transaction() as tx:
            tx.execute("DELETE FROM note WHERE checklist_id=? AND item_key=?", (checklist_id, item_key))

    def count_notes(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM note").fetchone()[0]

    def delete_all_notes(self) -> None:
        with self.transaction() as tx:
            tx.execute("DELETE FROM note")

    # -- settings ------------------------------------------------------------------------------

    def get_setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM setting WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as tx:
            tx.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))


def _situation(value: str) -> Situation:
    return Situation(value) if value in Situation._value2member_map_ else Situation.CANCEL_SOON
