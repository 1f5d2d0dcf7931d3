"""Issue 22 point 9, made for real: an unreadable -shm (root's override capabilities dropped with
setpriv), an unreadable backups/ folder, and a disk without room for a backup (a small tmpfs)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.situation import Situation
from bindguard.core.store import DB_NAME, Store
from bindguard.core.store_recovery import list_backups, make_backup
from tests.helpers.faults import ROOT, run_without_override, setpriv_works, tmpfs

WRITER = """
import sys, time
from pathlib import Path
from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.situation import Situation
from bindguard.core.store import Store

store = Store.open(Path(sys.argv[1]))
items = [ChecklistItem(f"k{i}", ItemKind.PLATFORM, f"p{i}", f"item {i}") for i in range(60)]
checklist = store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=items))
for i in range(27):
    store.set_status(checklist.id, f"k{i}", Status.DONE)
store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # 27 done in the file itself
store.conn.execute("PRAGMA wal_autocheckpoint = 0")
for i in range(27, 48):
    store.set_status(checklist.id, f"k{i}", Status.DONE)  # 21 more in the -wal only
print("ready", flush=True)
time.sleep(60)
"""

VIEW = """
import sys
from pathlib import Path
from bindguard.core.checklist import Status
from bindguard.core.store import Store
from bindguard.core.store_faults import DENIED, StoreUnavailable

folder = Path(sys.argv[1])
store = Store.open_read_only(folder, StoreUnavailable(DENIED, folder))
checklist = store.load_checklist(store.list_checklists()[0].id)
print(sum(i.status is Status.DONE for i in checklist.items))
store.close()
"""

OPEN_AND_WRITE = """
import sys
from pathlib import Path
from bindguard.core.store import Store

store = Store.open(Path(sys.argv[1]))
print("read_only" if store.read_only else "writable")
store.set_setting("after", "1")
print(store.get_setting("after"))
store.close()
"""


@pytest.fixture
def dropped(tmp_path: Path) -> None:
    if not setpriv_works(tmp_path):
        pytest.skip("setpriv cannot drop root's override capabilities here")


def killed_writer(folder: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(folder)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout.readline().strip() == "ready"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)


def test_with_an_unreadable_shm_the_view_reads_the_wal_too(data_dir: Path, dropped) -> None:
    killed_writer(data_dir)
    shm = Path(str(data_dir / DB_NAME) + "-shm")
    assert shm.exists()
    assert Path(str(data_dir / DB_NAME) + "-wal").stat().st_size > 0
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    shm.chmod(0)
    result = run_without_override(VIEW, str(data_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "48"  # was 27: the view read the main file alone
    shm.chmod(0o600)
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == before  # nothing changed
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("bindguard-view-*"))  # the copy is gone


def test_an_unreadable_backups_folder_leaves_the_store_writable(data_dir: Path, dropped) -> None:
    store = Store.open(data_dir)
    store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON))
    store.close()
    Store.open(data_dir).close()  # makes the first backup
    backups = data_dir / "backups"
    assert list_backups(data_dir)
    backups.chmod(0)
    try:
        result = run_without_override(OPEN_AND_WRITE, str(data_dir))
    finally:
        backups.chmod(0o700)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["writable", "1"]  # was view-only: store.denied


def test_a_backup_checks_free_space_first(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        store = Store.open(disk / "data")
        items = [ChecklistItem(f"k{i}", ItemKind.PLATFORM, f"p{i}", "x" * 400) for i in range(3000)]
        checklist = store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=items))
        size = store.conn.execute("PRAGMA page_count").fetchone()[0] * 4096
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        assert size < free < 2 * size + 64 * 1024  # room for one copy, not for it and as much again
        store.set_status(checklist.id, "k1", Status.DONE)
        assert make_backup(store.conn, disk / "data") is None  # skipped, said in the log
        assert not list_backups(disk / "data")
        assert not [p for p in (disk / "data" / "backups").iterdir()]  # no half copy left behind
        store.set_status(checklist.id, "k2", Status.DONE)  # the store itself keeps working
        store.close()


DAMAGED_OPEN = """
import sys
from pathlib import Path
from bindguard.core.store import Store
from bindguard.core.store_faults import StoreUnavailable

try:
    Store.open(Path(sys.argv[1]))
except StoreUnavailable as exc:
    print(exc.code)
"""


def test_a_damaged_file_beside_backups_it_cannot_see_is_not_set_aside_to_start_empty(
        data_dir: Path, dropped) -> None:
    store = Store.open(data_dir)
    store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON))
    store.close()
    Store.open(data_dir).close()
    assert list_backups(data_dir)
    db = data_dir / DB_NAME
    with open(db, "r+b") as handle:
        handle.write(b"damaged" * 4)
    damaged = db.read_bytes()
    (data_dir / "backups").chmod(0)
    try:
        result = run_without_override(DAMAGED_OPEN, str(data_dir))
    finally:
        (data_dir / "backups").chmod(0o700)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "store.denied"  # told plainly; nothing moved, nothing started empty
    assert db.read_bytes() == damaged
    assert not list(data_dir.glob(DB_NAME + ".broken-*"))
    recovered = Store.open(data_dir)  # with the backups readable again, the backup comes back
    assert recovered.recovery is not None
    assert recovered.list_checklists()[0].name == "妈妈"
    recovered.close()
