"""A bad progress file is set aside byte for byte, the user is told, and work continues from a backup."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.errors import BindGuardError
from bindguard.core.situation import Situation
from bindguard.core.store import DB_NAME, Store
from bindguard.core.store_recovery import list_backups
from bindguard.core.store_schema import SCHEMA_VERSION

DATA = Path(__file__).resolve().parents[1] / "data"


def _checklist(name: str = "妈妈") -> Checklist:
    return Checklist(name, Situation.CANCEL_SOON, items=[
        ChecklistItem("platform:wechat", ItemKind.PLATFORM, "wechat"),
        ChecklistItem("platform:alipay", ItemKind.PLATFORM, "alipay", money_risk=True),
    ])


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _saved_with_backup(folder: Path) -> int:
    """A store with progress, closed, then opened once more so a backup of that progress exists."""
    store = Store.open(folder)
    checklist = store.create_checklist(_checklist())
    store.set_status(checklist.id, "platform:wechat", Status.DONE)
    store.close()
    Store.open(folder).close()
    assert list_backups(folder)
    return checklist.id


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _garbage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # keep page 1 (header + schema), scramble the rest
        data[offset + 8: offset + page] = os.urandom(page - 8)
    path.write_bytes(bytes(data))


def _text_file(path: Path) -> None:
    path.write_text("这不是数据库 / this is not a database\n" * 50, encoding="utf-8")


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", [_random_bytes, _truncated, _header_only, _garbage_pages, _text_file,
                                    _foreign_sqlite])
def test_damaged_progress_file_is_set_aside_untouched_and_progress_comes_back_from_backup(data_dir, damage):
    checklist_id = _saved_with_backup(data_dir)
    db = data_dir / DB_NAME
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    damage(db)
    original = _sha(db)

    store = Store.open(data_dir)

    notice = store.recovery
    expected = "store.foreign" if damage is _foreign_sqlite else "store.corrupt"
    assert notice is not None
    assert notice.code == expected
    assert notice.moved_to is not None
    assert notice.moved_to.name.startswith(DB_NAME + ".broken-")
    assert _sha(notice.moved_to) == original  # byte for byte
    assert notice.restored_from is not None
    assert notice.backup_time is not None
    loaded = store.load_checklist(checklist_id)
    assert loaded is not None
    assert loaded.item("platform:wechat").status is Status.DONE
    assert store.integrity_ok()
    assert str(notice.moved_to) in notice.text("zh")
    assert "自动备份" in notice.text("zh")
    if damage is _foreign_sqlite:
        assert "别的程序" in notice.text("zh")
        assert "another program" in notice.text("en")
        assert "newer" not in notice.text("en")
    assert "backup" in notice.text("en")
    store.close()


def test_damaged_file_without_any_backup_starts_empty_and_says_so(data_dir):
    data_dir.mkdir(parents=True)
    db = data_dir / DB_NAME
    _random_bytes(db)
    original = _sha(db)

    store = Store.open(data_dir)

    assert store.recovery.code == "store.corrupt"
    assert store.recovery.restored_from is None
    assert _sha(store.recovery.moved_to) == original
    assert store.list_checklists() == []
    assert "从头开始" in store.recovery.text("zh")
    store.close()


def test_file_from_a_newer_version_is_kept_unchanged_and_the_user_is_told_to_update(data_dir):
    checklist_id = _saved_with_backup(data_dir)
    db = data_dir / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    original = _sha(db)

    store = Store.open(data_dir)

    assert store.recovery.code == "store.too_new"
    assert _sha(store.recovery.moved_to) == original
    assert store.load_checklist(checklist_id) is not None  # from the backup
    assert "最新版本" in store.recovery.text("zh")
    assert "newest version" in store.recovery.text("en")
    store.close()


def test_too_new_backups_are_skipped_when_restoring(data_dir):
    _saved_with_backup(data_dir)
    for backup in list_backups(data_dir):
        conn = sqlite3.connect(backup)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    _random_bytes(data_dir / DB_NAME)

    store = Store.open(data_dir)

    assert store.recovery.restored_from is None
    assert store.list_checklists() == []
    store.close()


def test_empty_file_with_backups_restores_the_backup(data_dir):
    checklist_id = _saved_with_backup(data_dir)
    db = data_dir / DB_NAME
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.write_bytes(b"")

    store = Store.open(data_dir)

    assert store.recovery is not None
    assert store.recovery.moved_to.stat().st_size == 0
    assert store.load_checklist(checklist_id) is not None
    store.close()


def test_empty_file_without_backups_simply_starts(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / DB_NAME).write_bytes(b"")
    store = Store.open(data_dir)
    assert store.recovery is None
    assert store.schema_version == SCHEMA_VERSION
    store.close()


def test_two_recoveries_in_the_same_second_never_overwrite_the_first_copy(data_dir):
    data_dir.mkdir(parents=True)
    db = data_dir / DB_NAME
    db.write_bytes(b"first broken file" * 100)
    Store.open(data_dir).close()
    db.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.write_bytes(b"second broken file" * 100)
    Store.open(data_dir).close()
    copies = sorted(p.read_bytes()[:6] for p in data_dir.glob(DB_NAME + ".broken-*") if not p.name.endswith(
        ("-wal", "-shm")))
    assert copies == [b"first ", b"second"]


def test_backups_are_made_only_after_a_change_and_kept_by_day(data_dir, monkeypatch):
    import datetime as dt

    from bindguard.core import store_recovery

    store = Store.open(data_dir)
    checklist = store.create_checklist(_checklist())
    store.close()
    for _ in range(4):  # starts without a change make no new backup
        Store.open(data_dir).close()
    assert len(list_backups(data_dir)) == 1
    day = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9))
    for number in range(9):  # nine days, two changed starts each
        for hour in (9, 15):
            now = day + dt.timedelta(days=number, hours=hour - 9)
            monkeypatch.setattr("bindguard.core.store._now", lambda now=now: now)
            store = Store.open(data_dir, backup=False)
            store.set_status(checklist.id, "platform:wechat", Status.DONE if hour == 9 else Status.LATER)
            store_recovery.make_backup(store.conn, data_dir, now=now)
            store.close()
    backups = list_backups(data_dir)
    days = sorted({store_recovery.backup_time(b).date() for b in backups})
    assert len(days) == 5
    assert days[-1] == (day + dt.timedelta(days=8)).date()
    assert len(backups) == 5  # one a day: the day's last
    assert all(store_recovery.backup_time(b).hour == 15 for b in backups)
    if os.name == "posix":
        assert all(p.stat().st_mode & 0o777 == 0o600 for p in backups)
        assert (data_dir / "backups").stat().st_mode & 0o777 == 0o700


def test_schema_v1_database_is_migrated_keeping_every_item_and_setting(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copyfile(DATA / "schema_v1.sqlite3", data_dir / DB_NAME)

    store = Store.open(data_dir)

    assert store.recovery is None
    assert store.schema_version == SCHEMA_VERSION
    checklist = store.load_checklist(1)
    assert checklist.name == "妈妈"
    assert checklist.old_number == "138****1234"
    assert checklist.discovery_counts == {"wechat": 2}
    assert checklist.page == "work"
    assert checklist.promised is None  # schema 4: a list saved before has no promise (core.counts)
    assert [i.status for i in checklist.items] == [Status.DONE, Status.STUCK, Status.TODO, Status.LATER]
    card = checklist.item("bank:ccb:1234:debit").card
    assert card is not None
    assert card.last4 == "1234"
    assert store.get_note(1, "platform:wechat") == (b"\x01" * 12, b"\x02" * 40)
    assert store.get_setting("large_text") == "1"
    columns = {r[1] for r in store.conn.execute("PRAGMA table_info(note)")}
    assert "scheme" in columns
    store.close()
    # the pre-migration backup is still schema 1, made before anything changed
    versions = []
    for backup in list_backups(data_dir):
        conn = sqlite3.connect(backup)
        versions.append(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.close()
    assert 1 in versions


def test_committed_fixture_is_really_schema_v1():
    conn = sqlite3.connect(f"{(DATA / 'schema_v1.sqlite3').as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_read_only_or_full_disk_is_not_mistaken_for_damage(data_dir, monkeypatch):
    _saved_with_backup(data_dir)
    original = _sha(data_dir / DB_NAME)

    def read_only(self):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Store, "_prepare", read_only)  # root ignores file modes, so simulate it
    with pytest.raises(BindGuardError) as info:
        Store.open(data_dir)
    assert info.value.code == "store.read_only"
    assert not list(data_dir.glob(DB_NAME + ".broken-*"))
    assert _sha(data_dir / DB_NAME) == original


def test_no_migration_without_its_backup(data_dir, monkeypatch):
    data_dir.mkdir(parents=True)
    shutil.copyfile(DATA / "schema_v1.sqlite3", data_dir / DB_NAME)
    original = _sha(data_dir / DB_NAME)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bindguard.core.store_open.make_backup", full_disk)
    with pytest.raises(BindGuardError) as info:
        Store.open(data_dir)
    assert info.value.code == "store.full"
    assert _sha(data_dir / DB_NAME) == original  # still schema 1, untouched
    assert not list(data_dir.glob(DB_NAME + ".broken-*"))
