"""Progress is private, committed before each call returns, and one app at a time writes it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bindguard.core.checklist import BankCard, CardType, Checklist, ChecklistItem, ItemKind, Status, bank_item
from bindguard.core.errors import BindGuardError
from bindguard.core.instance import InstanceLock, request_raise, take_raise_request
from bindguard.core.situation import Situation
from bindguard.core.store import DB_NAME, Store
from bindguard.core.store_faults import UNAVAILABLE_CODES

ROOT = Path(__file__).resolve().parents[2]


def _other_connection(folder: Path) -> sqlite3.Connection:
    return sqlite3.connect(folder / DB_NAME)


def test_every_change_is_visible_to_another_reader_as_soon_as_the_call_returns(data_dir):
    store = Store.open(data_dir)
    checklist = store.create_checklist(Checklist(
        "我自己", Situation.CANCEL_SOON, items=[ChecklistItem("platform:wechat", ItemKind.PLATFORM, "wechat")]))
    reader = _other_connection(data_dir)

    store.set_status(checklist.id, "platform:wechat", Status.DONE)
    assert reader.execute("SELECT status FROM item").fetchone()[0] == "done"

    store.add_item(checklist.id, bank_item(BankCard("ccb", "1234", CardType.DEBIT)))
    assert reader.execute("SELECT COUNT(*) FROM item").fetchone()[0] == 2

    store.set_position(checklist.id, "work", "platform:wechat")
    assert reader.execute("SELECT page, current_item FROM checklist").fetchone() == ("work", "platform:wechat")

    store.put_note(checklist.id, "platform:wechat", b"n" * 12, b"c" * 20)
    assert reader.execute("SELECT COUNT(*) FROM note").fetchone()[0] == 1

    store.set_setting("language", "en")
    assert reader.execute("SELECT value FROM setting WHERE key='language'").fetchone()[0] == "en"

    store.remove_item(checklist.id, "platform:wechat")
    assert reader.execute("SELECT COUNT(*) FROM note").fetchone()[0] == 0
    assert not store.conn.in_transaction
    reader.close()
    store.close()


def test_store_uses_wal_with_full_sync(data_dir):
    store = Store.open(data_dir)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_progress_folder_and_files_are_private(data_dir):
    store = Store.open(data_dir)
    store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON))
    assert data_dir.stat().st_mode & 0o777 == 0o700
    for suffix in ("", "-wal", "-shm"):
        path = Path(str(data_dir / DB_NAME) + suffix)
        if path.exists():
            assert path.stat().st_mode & 0o777 == 0o600, path
    store.close()


def test_failed_transaction_leaves_previous_state(data_dir):
    store = Store.open(data_dir)
    store.set_setting("language", "zh")
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.execute("UPDATE setting SET value='en' WHERE key='language'")
        raise RuntimeError("boom")
    assert store.get_setting("language") == "zh"
    store.close()


def test_folder_that_cannot_hold_a_database_gives_a_plain_error(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(BindGuardError) as info:
        Store.open(blocker / "data")
    assert info.value.code in UNAVAILABLE_CODES


def test_second_start_on_the_same_folder_is_told_it_is_in_use(data_dir):
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from bindguard.core.instance import InstanceLock
        lock = InstanceLock.acquire(Path({str(data_dir)!r}))
        print("locked", flush=True)
        sys.stdin.readline()
    """)
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(BindGuardError) as info:
            InstanceLock.acquire(data_dir)
        assert info.value.code == "store.in_use"
        assert "已经在运行" in info.value.text("zh")
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
    with InstanceLock.acquire(data_dir) as lock:  # free again once the first one exits
        assert lock.path.exists()


def test_lock_is_freed_when_the_first_instance_is_killed(data_dir):
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from bindguard.core.instance import InstanceLock
        lock = InstanceLock.acquire(Path({str(data_dir)!r}))
        print("locked", flush=True)
        time.sleep(60)
    """)
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    holder.kill()
    holder.wait(timeout=10)
    InstanceLock.acquire(data_dir).release()


def test_lock_released_in_process_can_be_taken_again(data_dir):
    first = InstanceLock.acquire(data_dir)
    with pytest.raises(BindGuardError):
        InstanceLock.acquire(data_dir)
    first.release()
    InstanceLock.acquire(data_dir).release()


def test_raise_request_is_taken_once(data_dir):
    data_dir.mkdir(parents=True)
    assert not take_raise_request(data_dir)
    request_raise(data_dir)
    assert take_raise_request(data_dir)
    assert not take_raise_request(data_dir)


def test_a_write_that_cannot_reach_the_disk_is_a_plain_error_and_keeps_the_previous_state(data_dir):
    store = Store.open(data_dir)
    checklist = store.create_checklist(Checklist(
        "妈妈", Situation.CANCEL_SOON, items=[ChecklistItem("platform:wechat", ItemKind.PLATFORM, "wechat")]))
    store.conn.execute("PRAGMA query_only = ON")  # stands in for a full disk or a read-only folder
    with pytest.raises(BindGuardError) as info:
        store.set_status(checklist.id, "platform:wechat", Status.DONE)
    assert info.value.code == "store.read_only"
    assert str(data_dir) in info.value.text("en")
    assert not store.conn.in_transaction
    store.conn.execute("PRAGMA query_only = OFF")
    assert store.load_checklist(checklist.id).item("platform:wechat").status is Status.TODO
    store.set_status(checklist.id, "platform:wechat", Status.DONE)  # works again once the disk is back
    store.close()


def test_lock_in_a_folder_that_cannot_be_made_is_a_plain_error(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(BindGuardError) as info:
        InstanceLock.acquire(blocker / "data")
    assert info.value.code in UNAVAILABLE_CODES
