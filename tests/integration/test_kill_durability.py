"""Killing BindGuard at any moment loses no change it had reported saved (PRODUCT.md §6).

A writer subprocess marks items one by one and prints each key only after set_status returned; it is
killed with SIGKILL at random moments. After every kill the database reopens without recovery, passes
the integrity check, and holds every reported change.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bindguard.core.checklist import Status
from bindguard.core.store import Store
from bindguard.core.store_recovery import check_database, list_backups
from bindguard.core.store_schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 24

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from pathlib import Path
    from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
    from bindguard.core.situation import Situation
    from bindguard.core.store import Store

    statuses = [Status.DONE, Status.LATER, Status.STUCK, Status.NOT_APPLICABLE]
    store = Store.open(Path(sys.argv[1]))
    items = [ChecklistItem(f"custom:k{i}", ItemKind.CUSTOM, title=f"item {i}") for i in range(500)]
    checklist = store.create_checklist(Checklist("kill test", Situation.CANCEL_SOON, items=items))
    sys.stdout.write(f"ready {checklist.id}\\n")  # one write: a kill never leaves half a line
    sys.stdout.flush()
    j = 0
    while True:  # never finishes on its own: every round ends in SIGKILL
        key, status = f"custom:k{j % 500}", statuses[(j // 500) % len(statuses)]
        store.set_status(checklist.id, key, status)
        print(key, status.value, flush=True)
        j += 1
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killing_the_writer_at_random_moments_loses_no_reported_change(data_dir):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    total_reported = 0
    for round_no in range(ROUNDS):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(ROOT)],
                                  stdout=subprocess.PIPE, text=True, bufsize=1)
        first = writer.stdout.readline().split()
        assert first[:1] == ["ready"], f"writer did not start (seed {seed})"
        checklist_id = int(first[1])
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(writer.pid, signal.SIGKILL)
        rest = writer.stdout.read()
        writer.wait(timeout=10)
        assert writer.returncode == -signal.SIGKILL
        # only whole lines count as reported: the kill may cut the last one mid-write
        reported = [parts for parts in (line.split() for line in rest.split("\n")[:-1]) if len(parts) == 2]
        total_reported += len(reported)

        store = Store.open(data_dir, backup=False)
        try:
            assert store.recovery is None, f"round {round_no}: a kill looked like damage (seed {seed})"
            assert store.integrity_ok(), f"round {round_no} (seed {seed})"
            checklist = store.load_checklist(checklist_id)
            assert checklist is not None
            last_reported = dict(reported)  # key -> the status it last reported saved
            expected = {i.key: last_reported.get(i.key, Status.TODO.value) for i in checklist.items}
            actual = {i.key: i.status.value for i in checklist.items}
            differ = [key for key in expected if expected[key] != actual[key]]
            # only the change in flight when the kill came may be there without having been reported
            in_flight = f"custom:k{len(reported) % 500}"
            assert differ in ([], [in_flight]), f"round {round_no}: reported changes lost {differ} (seed {seed})"
        finally:
            store.close()
    print("reported changes:", total_reported)
    assert total_reported > ROUNDS  # the kills really landed mid-work, not before the first change


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killing_during_start_up_backup_or_migration_never_damages_anything(data_dir):
    """Kills that land while the store opens, checks, backs up or creates the first checklist."""
    rng = random.Random()
    started = time.perf_counter()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(ROOT)], stdout=subprocess.PIPE,
                              text=True)
    first = writer.stdout.readline().split()
    to_ready = time.perf_counter() - started  # measured, so the kills land in Store.open even on a busy machine
    writer.kill()
    writer.wait(timeout=10)
    seen_ids = {int(first[1])}
    for _ in range(12):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(ROOT)],
                                  stdout=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.4, 1.1) * to_ready)
        os.kill(writer.pid, signal.SIGKILL)
        line = writer.stdout.readline()
        writer.stdout.close()
        writer.wait(timeout=10)
        first = line.split()
        if line.endswith("\n") and len(first) == 2 and first[0] == "ready":  # a whole line: it was ready
            seen_ids.add(int(first[1]))
        store = Store.open(data_dir, backup=False)
        try:
            assert store.recovery is None
            assert store.integrity_ok()
            ids = {summary.id for summary in store.list_checklists()}
            assert seen_ids <= ids
        finally:
            store.close()
    for backup in list_backups(data_dir):
        assert check_database(backup, SCHEMA_VERSION) == (None, "ok")
