"""The SQLite store: every checklist, item, status and note ciphertext, committed before returning.

One connection in autocommit mode, WAL journal: each public method is one transaction, so a crash
loses nothing the user saw saved. Opening, recovery and upkeep of the file: store_open.py; the
set-aside files: store_set_aside.py; this module holds the rows. Phone numbers arrive already masked;
notes arrive already encrypted (vault.py); this module never sees a secret.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
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
from bindguard.core.situation import Scope, Situation
from bindguard.core.store_backups import CHANGES_SETTING, LAST_CHANGE_SETTING
from bindguard.core.store_faults import CHANGED, StoreUnavailable, detail_of, unavailable
from bindguard.core.store_open import BUSY_TIMEOUT, DB_NAME, StoreOpen
from bindguard.core.store_recovery import RecoveryNotice
from bindguard.core.store_set_aside import SET_ASIDE_READ_SETTING, SetAsideFiles

__all__ = ["BUSY_TIMEOUT", "DB_NAME", "SET_ASIDE_READ_SETTING", "ChecklistSummary", "Store"]

log = logging.getLogger(__name__)



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




class Store(StoreOpen, SetAsideFiles):
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
        # PRAGMA data_version when this connection last read a checklist: a write from a copy read
        # before another process changed the file is refused (store.changed_elsewhere), never written
        self._seen: int | None = None

    @property
    def read_only(self) -> bool:
        return self.unavailable is not None

    def adopt(self, other: Store) -> None:
        """Take over `other`'s connection (a retry that now opened the file for writing)."""
        self.close()
        self.conn, self.path, self.recovery, self.unavailable = other.conn, other.path, other.recovery, None
        self._seen = None  # data_version counts per connection

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._scratch is not None:  # a read-only view's private copy
            from bindguard.core.store_open import _remove_scratch

            _remove_scratch(self._scratch)
            self._scratch = None

    @contextlib.contextmanager
    def transaction(self, counted: bool = True, fresh: bool = False) -> Iterator[sqlite3.Connection]:
        """One atomic write. A full disk, a read-only folder, a long-held lock or an I/O error becomes
        StoreUnavailable (store.full, ...): the previous state is kept and the user is told."""
        if self.unavailable is not None:
            raise StoreUnavailable(self.unavailable.code, self.path.parent if self.path else ":memory:")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._unwritable(exc) from exc
        try:
            if fresh and self._seen is not None and self._data_version() != self._seen:
                # another process wrote since this window read the checklist: writing now would put
                # back a stale copy of its rows (compare-and-set under the write lock)
                raise StoreUnavailable(CHANGED, self.path.parent if self.path else ":memory:",
                                       "changed by another process since it was read")
            yield self.conn
            # every committed write is counted: backups compare content by it, never by the clock
            if counted:
                self.conn.execute("INSERT INTO setting (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET "
                                  "value = CAST(value AS INTEGER) + 1", (CHANGES_SETTING,))
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

    def _data_version(self) -> int:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _unwritable(self, exc: BaseException) -> StoreUnavailable:
        folder = self.path.parent if self.path else ":memory:"
        return unavailable(exc, folder)

    def not_saved_text(self, error: BindGuardError, lang: str = "zh") -> str:
        """The calm sentence for a write that did not happen."""
        return message("store.not_saved", lang, reason=error.text(lang))

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
        self._seen = self._data_version()
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
        with self.transaction(fresh=True) as tx:
            self._write_meta(tx, checklist)

    def _write_meta(self, tx: sqlite3.Connection, checklist: Checklist) -> None:
        import json  # not at the top: the first window lists checklists without it

        checklist.updated = _now()
        tx.execute(
            """UPDATE checklist SET name=?, situation=?, scope=?, old_number=?, new_number=?,
               cancel_date=?, suspended_only=?, discovery_counts=?, page=?, current_item=?, updated=?,
               promised=? WHERE id=?""",
            (checklist.name, checklist.situation.value, checklist.scope.value, checklist.old_number,
             checklist.new_number, checklist.cancel_date.isoformat() if checklist.cancel_date else None,
             int(checklist.suspended_only), json.dumps(checklist.discovery_counts, sort_keys=True),
             checklist.page, checklist.current_item, checklist.updated.isoformat(),
             None if checklist.promised is None else json.dumps(list(checklist.promised), ensure_ascii=False),
             checklist.id),
        )

    def set_position(self, checklist_id: int, page: str, item_key: str = "") -> None:
        with self.transaction(fresh=True) as tx:
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

        self._seen = self._data_version()  # read before the rows: a change in between is caught
        # a read-only view shows an older file as it is (not migrated): before schema 4 no promise was kept
        promised = "promised" if self.schema_version >= 4 else "NULL"
        row = self.conn.execute(
            f"""SELECT id, name, situation, scope, old_number, new_number, cancel_date, suspended_only,
                       discovery_counts, page, current_item, created, updated, {promised} FROM checklist
                WHERE id=?""",
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
            items=self._read_items(row[0]), promised=_promised(row[13]),
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
        with self.transaction(fresh=True) as tx:
            position = tx.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM item WHERE checklist_id=?",
                                  (checklist_id,)).fetchone()[0]
            self._write_item(tx, checklist_id, item, position)
            self._touch(tx, checklist_id)

    def update_item(self, checklist_id: int, item: ChecklistItem) -> None:
        item.updated = _now()
        with self.transaction(fresh=True) as tx:
            position = tx.execute("SELECT position FROM item WHERE checklist_id=? AND key=?",
                                  (checklist_id, item.key)).fetchone()
            self._write_item(tx, checklist_id, item, position[0] if position else 1_000_000)
            self._touch(tx, checklist_id)

    def set_status(self, checklist_id: int, key: str, status: Status) -> None:
        with self.transaction(fresh=True) as tx:
            tx.execute("UPDATE item SET status=?, updated=? WHERE checklist_id=? AND key=?",
                       (status.value, _now().isoformat(), checklist_id, key))
            self._touch(tx, checklist_id)

    def remove_item(self, checklist_id: int, key: str) -> None:
        with self.transaction(fresh=True) as tx:
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


def _promised(value: str | None) -> tuple[str, ...] | None:
    """The door's keys as stored (schema 4); NULL (a list saved before) or an unreadable value: not known."""
    import json

    if value is None:
        return None
    try:
        keys = json.loads(value)
    except ValueError:
        return None
    return tuple(keys) if isinstance(keys, list) and all(isinstance(k, str) for k in keys) else None


def _situation(value: str) -> Situation:
    return Situation(value) if value in Situation._value2member_map_ else Situation.CANCEL_SOON
