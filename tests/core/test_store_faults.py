"""A passing fault is never taken for damage: a locked, full, unreadable or read-only store changes no
file, says what is wrong and what to do, and the next start after the cause is gone has every item.

Real faults only (helpers/faults.py): a second process holding BEGIN EXCLUSIVE, a full tmpfs, mode 000
with root's override capabilities dropped, a tmpfs remounted read-only.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.errors import BindGuardError
from bindguard.core.situation import Situation
from bindguard.core.store import DB_NAME, Store
from bindguard.core.store_faults import (
    CORRUPT,
    FULL,
    IO,
    LOCKED,
    READ_ONLY,
    UNAVAILABLE_CODES,
    StoreUnavailable,
    classify,
)
from tests.helpers.faults import (
    exclusive_holder,
    fill,
    remount,
    run_without_override,
    setpriv_works,
    snapshot,
    tmpfs,
)

STATUSES = [Status.DONE, Status.LATER, Status.STUCK, Status.NOT_APPLICABLE, Status.TODO]


def _saved(folder: Path, count: int = 30) -> tuple[int, dict[str, Status]]:
    """A store with `count` items in several statuses, opened twice so a backup exists, then closed."""
    store = Store.open(folder)
    items = [ChecklistItem(f"custom:k{i}", ItemKind.CUSTOM, title=f"item {i}") for i in range(count)]
    checklist = store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=items))
    expected = {}
    for i, item in enumerate(items):
        expected[item.key] = STATUSES[i % len(STATUSES)]
        store.set_status(checklist.id, item.key, expected[item.key])
    store.close()
    Store.open(folder).close()
    return checklist.id, expected


def _has_every_item(folder: Path, checklist_id: int, expected: dict[str, Status]) -> None:
    store = Store.open(folder)
    try:
        assert store.recovery is None
        loaded = store.load_checklist(checklist_id)
        assert {i.key: i.status for i in loaded.items} == expected
    finally:
        store.close()


def _nothing_set_aside(folder: Path) -> None:
    assert not list(folder.glob(DB_NAME + ".broken-*"))


def test_classification_names_damage_only_for_what_sqlite_calls_damage():
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode, corrupt.sqlite_errorname = 11, "SQLITE_CORRUPT"
    assert classify(corrupt) == CORRUPT
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode, busy.sqlite_errorname = 5, "SQLITE_BUSY"
    assert classify(busy) == LOCKED
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13
    assert classify(full) == FULL
    assert classify(OSError(28, "No space left on device")) == FULL
    assert classify(OSError(30, "Read-only file system")) == READ_ONLY
    assert classify(PermissionError(13, "Permission denied")) == "store.denied"
    assert classify(RuntimeError("something we cannot name")) == IO  # unknown: never damage


@pytest.mark.parametrize("code", sorted(UNAVAILABLE_CODES))
def test_every_cannot_use_now_message_says_nothing_is_lost_and_what_to_do(code):
    error = StoreUnavailable(code, "/data")
    assert "没有丢失" in error.text("zh")
    assert "Nothing is lost" in error.text("en")
    assert "再试一次" in error.text("zh")
    assert "try again" in error.text("en")


def test_a_program_holding_the_file_exclusively_is_told_to_close_and_nothing_moves(data_dir):
    checklist_id, expected = _saved(data_dir)
    before = snapshot(data_dir)
    with exclusive_holder(data_dir / DB_NAME):
        with pytest.raises(StoreUnavailable) as info:
            Store.open(data_dir)
        assert info.value.code == LOCKED
        assert "关闭那个程序" in info.value.text("zh")
        view = Store.open_read_only(data_dir, info.value)  # the user can still look and print
        assert {i.key: i.status for i in view.load_checklist(checklist_id).items} == expected
        with pytest.raises(StoreUnavailable):
            view.set_status(checklist_id, "custom:k0", Status.TODO)
        view.close()
    assert snapshot(data_dir) == before
    _nothing_set_aside(data_dir)
    _has_every_item(data_dir, checklist_id, expected)


def test_a_full_disk_at_start_changes_no_file_and_the_next_start_has_everything(tmp_path):
    with tmpfs(tmp_path / "disk", "1m") as disk:
        folder = disk / "data"
        checklist_id, expected = _saved(folder)
        filler = fill(disk)
        before = snapshot(folder)
        with pytest.raises(StoreUnavailable) as info:
            Store.open(folder)
        assert info.value.code in (FULL, IO)
        assert info.value.code == FULL, info.value.detail
        assert "磁盘满了" in info.value.text("zh")
        assert "make room" in info.value.text("en")
        view = Store.open_read_only(folder, info.value)
        assert len(view.load_checklist(checklist_id).items) == len(expected)
        view.close()
        assert snapshot(folder) == before
        _nothing_set_aside(folder)
        filler.unlink()
        _has_every_item(folder, checklist_id, expected)


def test_a_write_on_a_full_disk_is_refused_plainly_and_the_file_keeps_its_state(tmp_path):
    with tmpfs(tmp_path / "disk", "1m") as disk:
        folder = disk / "data"
        checklist_id, expected = _saved(folder)
        store = Store.open(folder, backup=False)
        filler = fill(disk)
        with pytest.raises(StoreUnavailable) as info:
            for i in range(200):  # the WAL grows until the disk says no
                store.put_note(checklist_id, f"custom:k{i % 30}", b"n" * 12, bytes(4000))
        assert info.value.code in (FULL, IO)
        assert not store.conn.in_transaction
        filler.unlink()
        store.close()
        _has_every_item(folder, checklist_id, expected)


@pytest.fixture
def no_override(tmp_path):
    if not setpriv_works(tmp_path):
        pytest.skip("setpriv cannot drop root's override capabilities here (needs util-linux setpriv)")


OPEN_AND_REPORT = """
    import json, sys
    from pathlib import Path
    from bindguard.core.errors import BindGuardError
    from bindguard.core.store import Store
    folder = Path(sys.argv[1])
    try:
        Store.open(folder).close()
        print(json.dumps({"code": ""}))
    except BindGuardError as exc:
        try:
            view = Store.open_read_only(folder, exc)
            readable = len(view.list_checklists())
            view.close()
        except BindGuardError:
            readable = -1
        print(json.dumps({"code": exc.code, "zh": exc.text("zh"), "readable": readable}))
"""


def test_an_unreadable_file_is_a_permission_problem_not_damage(data_dir, no_override):
    checklist_id, expected = _saved(data_dir)
    db = data_dir / DB_NAME
    before = snapshot(data_dir)
    db.chmod(0)
    try:
        result = run_without_override(OPEN_AND_REPORT, str(data_dir))
        assert result.returncode == 0, result.stderr
        seen = json.loads(result.stdout)
        assert seen["code"] == "store.denied"
        assert "权限" in seen["zh"]
        assert seen["readable"] == -1
    finally:
        db.chmod(0o600)
    assert snapshot(data_dir) == before
    _nothing_set_aside(data_dir)
    _has_every_item(data_dir, checklist_id, expected)


def test_a_read_only_folder_shows_the_checklist_read_only_and_changes_nothing(data_dir, no_override):
    checklist_id, expected = _saved(data_dir)
    before = snapshot(data_dir)
    data_dir.chmod(0o500)
    try:
        result = run_without_override(OPEN_AND_REPORT, str(data_dir))
        assert result.returncode == 0, result.stderr
        seen = json.loads(result.stdout)
        assert seen["code"] == READ_ONLY
        assert "只读" in seen["zh"]
        assert seen["readable"] == 1
    finally:
        data_dir.chmod(0o700)
    assert snapshot(data_dir) == before
    _nothing_set_aside(data_dir)
    _has_every_item(data_dir, checklist_id, expected)


def test_a_read_only_disk_shows_the_checklist_read_only_and_changes_nothing(tmp_path):
    with tmpfs(tmp_path / "disk", "4m") as disk:
        folder = disk / "data"
        checklist_id, expected = _saved(folder)
        before = snapshot(folder)
        remount(disk, "ro")
        try:
            with pytest.raises(StoreUnavailable) as info:
                Store.open(folder)
            assert info.value.code == READ_ONLY
            view = Store.open_read_only(folder, info.value)
            assert {i.key: i.status for i in view.load_checklist(checklist_id).items} == expected
            view.close()
        finally:
            remount(disk, "rw")
        assert snapshot(folder) == before
        _nothing_set_aside(folder)
        _has_every_item(folder, checklist_id, expected)


def test_damage_is_still_set_aside(data_dir):
    _saved(data_dir)
    (data_dir / DB_NAME).write_bytes(b"not a database at all" * 200)
    store = Store.open(data_dir)
    assert store.recovery is not None
    assert store.recovery.code == CORRUPT
    store.close()


def test_a_view_only_store_refuses_every_write_without_touching_the_file(data_dir):
    checklist_id, _ = _saved(data_dir)
    before = snapshot(data_dir)
    view = Store.open_read_only(data_dir, StoreUnavailable(LOCKED, data_dir))
    for write in (lambda: view.set_setting("language", "en"), lambda: view.delete_checklist(checklist_id),
                  lambda: view.set_position(checklist_id, "work", "custom:k1")):
        with pytest.raises(BindGuardError) as info:
            write()
        assert info.value.code == LOCKED
    view.close()
    assert snapshot(data_dir) == before


def test_a_damaged_file_moves_aside_with_its_journal(data_dir):
    _saved(data_dir)
    db = data_dir / DB_NAME
    db.write_bytes(b"garbage" * 600)
    Path(str(db) + "-journal").write_bytes(b"journal bytes")
    store = Store.open(data_dir)
    moved = store.recovery.moved_to
    store.close()
    assert Path(str(moved) + "-journal").read_bytes() == b"journal bytes"
    assert not Path(str(db) + "-journal").exists()


def _file_size(folder: Path) -> int:
    return (folder / DB_NAME).stat().st_size


def test_the_file_shrinks_after_the_notes_or_a_checklist_are_deleted(data_dir):
    store = Store.open(data_dir)
    assert store.conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental, from the first table
    items = [ChecklistItem(f"custom:k{i}", ItemKind.CUSTOM, title="x" * 300) for i in range(300)]
    checklist = store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=items))
    checklist_id = checklist.id
    for i in range(300):
        store.put_note(checklist_id, f"custom:k{i}", b"n" * 12, bytes(3000))
    store.close()
    full = _file_size(data_dir)
    store = Store.open(data_dir, backup=False)
    store.delete_all_notes()
    store.close()
    without_notes = _file_size(data_dir)
    assert without_notes < full * 0.6
    store = Store.open(data_dir, backup=False)
    store.delete_checklist(checklist_id)
    store.close()
    assert _file_size(data_dir) < without_notes * 0.6


def test_an_older_file_is_migrated_to_incremental_vacuum_keeping_everything(data_dir):
    import shutil

    data_dir.mkdir(parents=True)
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "schema_v1.sqlite3", data_dir / DB_NAME)
    store = Store.open(data_dir)
    assert store.schema_version >= 3  # schema 3 made it shrink; later steps follow
    assert store.conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
    assert len(store.load_checklist(1).items) == 4
    assert store.integrity_ok()
    store.close()


def test_a_read_only_look_at_a_file_left_by_a_kill_asks_for_the_window_once(data_dir):
    """A hot journal only a writer may roll back: doctor and export say so instead of calling it damage."""
    import subprocess
    import sys
    import textwrap

    from bindguard.core.store_recovery import check_database
    from bindguard.core.store_schema import SCHEMA_VERSION

    _saved(data_dir)
    db = data_dir / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    killed = textwrap.dedent("""
        import os, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("BEGIN")
        conn.execute("UPDATE item SET title = hex(randomblob(400))")
        os._exit(9)  # mid-transaction: the journal is hot
    """)
    subprocess.run([sys.executable, "-c", killed, str(db)], check=False)
    assert Path(str(db) + "-journal").stat().st_size > 0
    with pytest.raises(StoreUnavailable) as info:
        check_database(db, SCHEMA_VERSION, read_only=True)
    assert info.value.code == "store.needs_window"
    assert "窗口" in info.value.text("zh")
    assert check_database(db, SCHEMA_VERSION) == (None, "ok")  # a normal open rolls it back
    assert not Path(str(db) + "-journal").exists() or Path(str(db) + "-journal").stat().st_size == 0
