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
)
from bindguard.core.errors import BindGuardError, message
from bindguard.core.paths import ensure_private_dir
from bindguard.core.situation import Scope, Situation
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
    LAST_CHANGE_SETTING,
    RESTORING_SUFFIX,
    RecoveryNotice,
    backup_time,
    check_database,
    list_backups,
    list_set_aside,
    make_backup,
    move_aside,
    prepare_restore,
    read_only_uri,
    remove_stale,
    restore_into,
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


BUSY_TIMEOUT = 2.0  # seconds a write waits for another program's lock before the user is told
SET_ASIDE_READ_SETTING = "store.set_aside_read"


class Store:
    """Open with Store.open(data_dir); close() when done (the wizard closes it on quit).

    `recovery` is None normally; after a bad database was set aside it says what happened, for the UI.
    `unavailable` is None normally; on a read-only view (Store.open_read_only) it is the reason no
    write is possible, and every write raises it without touching the file.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None,
                 recovery: RecoveryNotice | None = None, unavailable: StoreUnavailable | None = None) -> None:
        self.conn = conn
        self.path = path
        self.recovery = recovery
        self.unavailable = unavailable

    @property
    def read_only(self) -> bool:
        return self.unavailable is not None

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, *, backup: bool = True, recover: bool = True) -> Store:
        """Check, recover if damaged, migrate, and (with `backup`) snapshot the database if it changed.

        Raises StoreUnavailable (a BindGuardError: store.full, store.locked, store.denied,
        store.read_only, store.io) when the file cannot be used right now; then no file was changed.
        Without `recover` (commands other than the window) a damaged file is left where it is and
        BindGuardError("store.damaged_open_window") is raised.
        """
        data_dir = Path(data_dir)
        path = data_dir / DB_NAME
        old_umask = os.umask(0o077) if os.name == "posix" else None
        existed = {suffix for suffix in ("-wal", "-shm") if Path(str(path) + suffix).exists()}
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
    def open_read_only(cls, data_dir: Path, reason: StoreUnavailable) -> Store:
        """The database as it is, for looking and printing only: nothing is checked, recovered, migrated
        or written. Raises StoreUnavailable when it cannot even be read (or BindGuardError for damage)."""
        path = Path(data_dir) / DB_NAME
        conn = None
        last: BaseException = reason
        # immutable (read_only_uri) when no -wal: not even an empty -wal/-shm is created; then plain
        # immutable as a last try, e.g. a read-only folder where the -shm of a -wal cannot be made
        for uri in (read_only_uri(path), f"{path.as_uri()}?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                       check_same_thread=False, timeout=BUSY_TIMEOUT)
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if not 0 < version <= SCHEMA_VERSION:
                    conn.close()
                    raise StoreUnavailable(reason.code, data_dir)  # nothing of ours to show
                if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                    raise sqlite3.DatabaseError("quick_check failed")
                break
            except sqlite3.Error as exc:
                if conn is not None:
                    conn.close()
                conn = None
                last = exc
        if conn is None:
            raise unavailable(last, data_dir) from last
        return cls(conn, path, None, reason)

    @classmethod
    def _connect(cls, path: Path, recovery: RecoveryNotice | None) -> Store:
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
        if problem is None and detail == "empty" and list_backups(data_dir):
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

    # -- files set aside -----------------------------------------------------------------------

    def set_aside_files(self) -> list[Path]:
        """Set-aside copies of the progress file the user has not yet said they read, newest first."""
        if self.path is None:
            return []
        files = list_set_aside(self.path)
        if not files:
            return []  # the usual start: no json to import (~15 M instructions) for nothing
        import json

        try:
            read = set(json.loads(self.get_setting(SET_ASIDE_READ_SETTING) or "[]"))
        except (ValueError, TypeError):
            read = set()
        return [p for p in files if p.name not in read]

    def mark_set_aside_read(self, files: list[Path]) -> None:
        import json

        try:
            read = set(json.loads(self.get_setting(SET_ASIDE_READ_SETTING) or "[]"))
        except (ValueError, TypeError):
            read = set()
        read |= {p.name for p in files}
        self.set_setting(SET_ASIDE_READ_SETTING, json.dumps(sorted(read)))

    def can_bring_back(self, set_aside: Path) -> bool:
        """True when the set-aside copy passes the full check and holds at least one checklist."""
        try:
            if check_database(set_aside, SCHEMA_VERSION, read_only=True)[0] is not None:
                return False
            conn = sqlite3.connect(read_only_uri(set_aside), uri=True, timeout=0.5)
            try:
                return conn.execute("SELECT COUNT(*) FROM checklist").fetchone()[0] > 0
            finally:
                conn.close()
        except (BindGuardError, sqlite3.Error, OSError):
            return False

    def bring_back(self, set_aside: Path) -> Path:
        """Make `set_aside` the progress file again; what was in use is set aside in turn (returned).

        The copy is made and checked under a temporary name before anything moves; the set-aside file
        itself stays where it is. Raises BindGuardError("store.bring_back_failed") with nothing changed."""
        if self.path is None or self.read_only or not self.can_bring_back(set_aside):
            raise BindGuardError("store.bring_back_failed", reason="")
        temp = Path(str(self.path) + RESTORING_SUFFIX)
        from bindguard.core.store_recovery import _copy_synced

        try:
            _copy_synced(set_aside, temp)
            if check_database(temp, SCHEMA_VERSION)[0] is not None:
                raise BindGuardError("store.bring_back_failed", reason="")
        except (OSError, StoreUnavailable) as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            reason = exc.text() if isinstance(exc, BindGuardError) else ""
            raise BindGuardError("store.bring_back_failed", reason=reason) from exc
        self.close()
        current = move_aside(self.path)
        restore_into(temp, self.path)
        fresh = self._connect(self.path, None)
        self.conn = fresh.conn
        self.recovery = None
        self.mark_set_aside_read([current, set_aside])
        return current

    def adopt(self, other: Store) -> None:
        """Take over `other`'s connection (a retry that now opened the file for writing)."""
        self.close()
        self.conn, self.path, self.recovery, self.unavailable = other.conn, other.path, other.recovery, None

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
            with self.transaction():
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

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write. A full disk, a read-only folder, a long-held lock or an I/O error becomes
        StoreUnavailable (store.full, ...): the previous state is kept and the user is told."""
        if self.unavailable is not None:
            raise StoreUnavailable(self.unavailable.code, self.path.parent if self.path else ":memory:")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._unwritable(exc) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and not isinstance(
                    exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                log.warning("write failed: %s", detail_of(exc))
                raise self._unwritable(exc) from exc
            raise

    def _unwritable(self, exc: BaseException) -> StoreUnavailable:
        folder = self.path.parent if self.path else ":memory:"
        return unavailable(exc, folder)

    def not_saved_text(self, error: BindGuardError, lang: str = "zh") -> str:
        """The calm sentence for a write that did not happen."""
        return message("store.not_saved", "en" if lang == "en" else "zh", reason=error.text(
            "en" if lang == "en" else "zh"))

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

    def import_checklists(self, entries, seal, settings: dict[str, str], more_settings) -> list[int]:
        """Hand-over (core/handover.py): new checklists with their notes and settings in one transaction,
        all or nothing. `entries` is [(checklist, {item key: note text})]; `seal(checklist_id, key, text)`
        gives (nonce, ciphertext) under this computer's key; `more_settings(ids)` the settings that name
        the new ids."""
        now = _now()
        ids: list[int] = []
        with self.transaction() as tx:
            for checklist, notes in entries:
                checklist.created = checklist.updated = now
                cursor = tx.execute(
                    "INSERT INTO checklist (name, situation, scope, created, updated) VALUES (?, ?, ?, ?, ?)",
                    (checklist.name, checklist.situation.value, checklist.scope.value, now.isoformat(),
                     now.isoformat()))
                checklist.id = cursor.lastrowid
                ids.append(checklist.id)
                self._write_meta(tx, checklist)
                for position, item in enumerate(checklist.items):
                    self._write_item(tx, checklist.id, item, position)
                for key, text in notes.items():
                    nonce, ciphertext = seal(checklist.id, key, text)
                    tx.execute("INSERT INTO note (checklist_id, item_key, nonce, ciphertext, updated) "
                               "VALUES (?, ?, ?, ?, ?)", (checklist.id, key, nonce, ciphertext, now.isoformat()))
            for key, value in {**settings, **more_settings(ids)}.items():
                tx.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))
        return ids

    def put_sealed_notes(self, notes: list[tuple[int, str, bytes, bytes]], drop_settings: list[str]) -> None:
        """Notes kept locked by a hand-over, now sealed under this computer's key, in one transaction."""
        with self.transaction() as tx:
            for checklist_id, key, nonce, ciphertext in notes:
                tx.execute("INSERT INTO note (checklist_id, item_key, nonce, ciphertext, updated) "
                           "VALUES (?, ?, ?, ?, ?)", (checklist_id, key, nonce, ciphertext, _now().isoformat()))
            for key in drop_settings:
                tx.execute("DELETE FROM setting WHERE key=?", (key,))

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
            self._mark_change(tx)
        self.vacuum_some()

    def _mark_change(self, tx: sqlite3.Connection) -> None:
        """A delete leaves no newer `updated` behind: note the time so the next backup is made."""
        tx.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                   "value=excluded.value", (LAST_CHANGE_SETTING, _now().isoformat()))

    def list_checklists(self) -> list[ChecklistSummary]:
        """Every checklist with its progress, newest first: one counting query for all their items
        (the welcome page lists 50 checklists of 150 items without reading 7500 items)."""
        rows = self.conn.execute(
            "SELECT id, name, situation, old_number, updated FROM checklist ORDER BY updated DESC, id DESC"
        ).fetchall()
        kinds = tuple(ItemKind._value2member_map_)  # as _read_items: a newer version's kinds are not shown
        counts: dict[int, list[tuple[Status, bool, int]]] = {}
        for checklist_id, status, money, count in self.conn.execute(
                f"""SELECT checklist_id, status, money_risk != 0, COUNT(*) FROM item
                    WHERE kind IN ({", ".join("?" * len(kinds))}) GROUP BY checklist_id, status, money_risk != 0""",
                kinds):
            status = Status(status) if status in Status._value2member_map_ else Status.TODO
            counts.setdefault(checklist_id, []).append((status, bool(money), count))
        return [ChecklistSummary(row[0], row[1], _situation(row[2]), row[3], _counted(counts.get(row[0], [])),
                                 dt.datetime.fromisoformat(row[4])) for row in rows]

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
            self._mark_change(tx)

    def count_notes(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM note").fetchone()[0]

    def delete_all_notes(self) -> None:
        with self.transaction() as tx:
            tx.execute("DELETE FROM note")
            self._mark_change(tx)
        self.vacuum_some()

    # -- settings ------------------------------------------------------------------------------

    def get_setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM setting WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as tx:
            tx.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))


def _forget_new_companions(path: Path, existed: set[str]) -> None:
    """An open that failed (a full disk) may leave an empty -wal and its -shm it just made: remove
    them, so "cannot use it now" leaves the folder as it was. Never a -wal with content."""
    wal, shm = Path(str(path) + "-wal"), Path(str(path) + "-shm")
    with contextlib.suppress(OSError):
        if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
        if "-shm" not in existed and shm.exists() and not wal.exists():
            shm.unlink()


def _counted(groups: list[tuple[Status, bool, int]]) -> Progress:
    """progress() of a checklist's items from (status, money, how many) groups."""
    by_status = dict.fromkeys(Status, 0)
    money_left = 0
    for status, money, count in groups:
        by_status[status] += count
        if money and status.is_open:
            money_left += count
    return Progress(sum(by_status.values()), by_status[Status.DONE], by_status[Status.NOT_APPLICABLE],
                    by_status[Status.LATER], by_status[Status.STUCK], by_status[Status.TODO], money_left)


def _situation(value: str) -> Situation:
    return Situation(value) if value in Situation._value2member_map_ else Situation.CANCEL_SOON
