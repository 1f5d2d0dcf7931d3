"""Issue 22 point 5: backups are chosen by order and content, never by the clock alone. With the clock
once set ahead (2035) and then put right, backups go on and a restore brings back the newest content
(60 items done), not the 2035 backup (22). Once with an injected clock, once under libfaketime."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.situation import Situation
from bindguard.core.store import DB_NAME, Store
from bindguard.core.store_recovery import backup_time, list_backups, make_backup

ROOT = Path(__file__).resolve().parents[2]
AHEAD = dt.datetime(2035, 1, 1, 10, 0, 0)


def items(count: int = 80) -> list[ChecklistItem]:
    return [ChecklistItem(f"k{i}", ItemKind.PLATFORM, f"p{i}", f"item {i}") for i in range(count)]


def mark_done(store: Store, checklist_id: int, keys: range) -> None:
    for i in keys:
        store.set_status(checklist_id, f"k{i}", Status.DONE)


def done_after_damage(data_dir: Path) -> int:
    """Damage the file for real, open the store as the window does, count what came back."""
    db = data_dir / DB_NAME
    with open(db, "r+b") as handle:
        handle.write(b"this is not a database any more" * 4)
    store = Store.open(data_dir)
    try:
        assert store.recovery is not None
        assert store.recovery.restored_from is not None
        checklist = store.load_checklist(store.list_checklists()[0].id)
        return sum(item.status is Status.DONE for item in checklist.items)
    finally:
        store.close()


def test_a_backup_dated_in_the_future_never_wins_over_newer_content(data_dir, monkeypatch):
    store = Store.open(data_dir)
    checklist = store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=items()))
    monkeypatch.setattr("bindguard.core.store._now", lambda: AHEAD)  # the clock set ahead
    mark_done(store, checklist.id, range(22))
    assert make_backup(store.conn, data_dir, now=AHEAD) is not None
    monkeypatch.undo()  # the clock put right
    mark_done(store, checklist.id, range(22, 60))
    resumed = make_backup(store.conn, data_dir)
    assert resumed is not None  # was None: "nothing newer than 2035"
    assert list_backups(data_dir)[0] == resumed  # by order, though its date is 9 years earlier
    assert make_backup(store.conn, data_dir) is None  # nothing written since: no copy for nothing
    store.close()
    assert done_after_damage(data_dir) == 60  # was 22


@pytest.mark.skipif(not shutil.which("faketime"), reason="libfaketime missing (apt install faketime)")
def test_under_a_real_clock_set_ahead_then_put_right(data_dir):
    child = """
import sys
from pathlib import Path
from tests.core.test_store_clock import items, mark_done
from bindguard.core.checklist import Checklist
from bindguard.core.situation import Situation
from bindguard.core.store import Store

folder = Path(sys.argv[1])
store = Store.open(folder)
checklist = store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=items()))
mark_done(store, checklist.id, range(22))
store.close()
Store.open(folder).close()  # the start after a change makes the backup, dated by this clock
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FAKETIME_DONT_FAKE_MONOTONIC": "1"}
    result = subprocess.run(["faketime", "-f", "@" + AHEAD.strftime("%Y-%m-%d %H:%M:%S"), sys.executable, "-c", child,
                             str(data_dir)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    backups = list_backups(data_dir)
    assert len(backups) == 1
    assert backup_time(backups[0]).year == 2035  # the fake clock really ran
    store = Store.open(data_dir)  # the real clock again
    mark_done(store, store.list_checklists()[0].id, range(22, 60))
    store.close()
    Store.open(data_dir).close()
    backups = list_backups(data_dir)
    assert len(backups) == 2
    assert backup_time(backups[0]).year < 2035  # backups resumed
    assert done_after_damage(data_dir) == 60
