"""Issue 22 point 8: one window per data folder holds even when bindguard.lock is deleted under a running
window (a real window process, a real second start), and no process writes back a stale copy of a row
another process changed (two real processes on one file)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.instance import LOCK_NAME, InstanceLock
from bindguard.core.situation import Situation
from bindguard.core.store import Store
from bindguard.core.store_faults import CHANGED, StoreUnavailable

ROOT = Path(__file__).resolve().parents[2]


def app_env(data_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"BINDGUARD_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    return env


@pytest.mark.skipif(os.name != "posix", reason="the folder lock is POSIX")
def test_a_deleted_lock_file_does_not_let_a_second_window_in(data_dir: Path) -> None:
    first = subprocess.Popen([sys.executable, "-m", "bindguard"], env=app_env(data_dir), cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (data_dir / "bindguard.sqlite3").exists() or not InstanceLock.is_held(data_dir):
            assert first.poll() is None, "the first window did not start"
            assert time.monotonic() < deadline, "the first window did not start"
            time.sleep(0.1)
        (data_dir / LOCK_NAME).unlink()  # a clean-up tool, or a user tidying the folder
        tries = []
        for _ in range(3):
            second = subprocess.run([sys.executable, "-m", "bindguard", "--exit-when-ready"], env=app_env(data_dir),
                                    cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
            tries.append(second.returncode)
            assert "已经在运行" in second.stderr, second.stderr
            assert "already running" in second.stderr, second.stderr
        assert tries == [3, 3, 3]  # was 0: a second window on the same data
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    after = subprocess.run([sys.executable, "-m", "bindguard", "--exit-when-ready"], env=app_env(data_dir),
                           cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert after.returncode == 0, after.stderr  # the kill freed the folder: nothing stays "in use"


OTHER = """
import datetime as dt, sys
from pathlib import Path
from bindguard.core.checklist import Status
from bindguard.core.store import Store

store = Store.open(Path(sys.argv[1]), backup=False)
checklist = store.load_checklist(int(sys.argv[2]))
checklist.cancel_date = dt.date(2027, 3, 1)
store.save_meta(checklist)
store.set_status(checklist.id, "k1", Status.DONE)
store.close()
"""


def test_no_process_writes_back_a_stale_copy_of_a_row_another_changed(data_dir: Path) -> None:
    mine = Store.open(data_dir)
    items = [ChecklistItem(f"k{i}", ItemKind.PLATFORM, f"p{i}", f"item {i}") for i in range(3)]
    checklist = mine.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=items))
    stale = mine.load_checklist(checklist.id)
    other = subprocess.run([sys.executable, "-c", OTHER, str(data_dir), str(checklist.id)], env=app_env(data_dir),
                           cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert other.returncode == 0, other.stderr
    stale.suspended_only = True  # this window's own change, on a copy read before the other's
    refused = 0
    for write in (lambda: mine.save_meta(stale), lambda: mine.set_status(checklist.id, "k1", Status.LATER)):
        with pytest.raises(StoreUnavailable) as caught:
            write()
        assert caught.value.code == CHANGED
        assert "另一个换号卫士窗口" in caught.value.text("zh")
        refused += 1
    disk = mine.load_checklist(checklist.id)  # re-read: what the other process saved is all there
    assert refused == 2
    assert disk.cancel_date == dt.date(2027, 3, 1)
    assert disk.item("k1").status is Status.DONE
    assert not disk.suspended_only
    disk.suspended_only = True  # after reading, the write goes through and keeps the other's changes
    mine.save_meta(disk)
    mine.set_status(checklist.id, "k2", Status.LATER)
    final = mine.load_checklist(checklist.id)
    assert final.suspended_only
    assert final.cancel_date == dt.date(2027, 3, 1)
    assert final.item("k1").status is Status.DONE
    assert final.item("k2").status is Status.LATER
    mine.close()
