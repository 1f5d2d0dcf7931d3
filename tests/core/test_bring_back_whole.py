"""Issue 22 points 3 and 4: 找回这个文件 brings a set-aside file back whole (its -wal too), and the
progress it replaces stays offered like any other set-aside file. The -wal is made for real: a child
process writes with checkpoints off and is killed (SIGKILL) before it can fold the -wal in."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from bindguard.core.checklist import Status
from bindguard.core.store import DB_NAME, Store

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys, time
from pathlib import Path
from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.situation import Situation
from bindguard.core.store import Store

store = Store.open(Path(sys.argv[1]))
items = [ChecklistItem(f"k{i}", ItemKind.PLATFORM, f"p{i}", f"item {i}") for i in range(20)]
checklist = store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=items))
for i in range(5):
    store.set_status(checklist.id, f"k{i}", Status.DONE)
store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # 5 done are in the file itself
store.conn.execute("PRAGMA wal_autocheckpoint = 0")
for i in range(5, 15):
    store.set_status(checklist.id, f"k{i}", Status.DONE)  # 10 more only in the -wal
print("ready", flush=True)
time.sleep(60)
"""


def killed_with_a_wal(folder: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], stdout=subprocess.PIPE, text=True,
                             env=env)
    try:
        assert child.stdout.readline().strip() == "ready"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert Path(str(folder / DB_NAME) + "-wal").stat().st_size > 0


def done(store: Store) -> int:
    checklist = store.load_checklist(store.list_checklists()[0].id)
    return sum(item.status is Status.DONE for item in checklist.items)


def test_a_set_aside_file_with_its_wal_comes_back_whole(data_dir: Path) -> None:
    killed_with_a_wal(data_dir)
    db = data_dir / DB_NAME
    set_aside = data_dir / f"{DB_NAME}.broken-20261130-101010"
    for suffix in ("", "-wal", "-shm"):  # set aside as move_aside does: with its -wal and -shm
        if os.path.exists(str(db) + suffix):
            os.replace(str(db) + suffix, str(set_aside) + suffix)
    current = Store.open(data_dir)
    try:
        assert current.list_checklists() == []
        assert current.can_bring_back(set_aside)
        replaced = current.bring_back(set_aside)
        assert done(current) == 15  # was 5: the copy had left its -wal behind
        assert current.integrity_ok()
        assert not os.path.exists(str(db) + ".restoring")
        # point 4: the file that was in use is set aside and still offered, not marked as read
        assert replaced in current.set_aside_files()
        assert set_aside not in current.set_aside_files()
    finally:
        current.close()
    reopened = Store.open(data_dir)  # from the next start too
    try:
        assert done(reopened) == 15
        assert replaced in reopened.set_aside_files()
    finally:
        reopened.close()
