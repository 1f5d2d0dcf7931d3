"""One process: click the work page's status buttons and time click → change visible on disk.

"On disk" is checked with a second sqlite3 connection (another reader sees only committed data).
When the work page has no status buttons yet, Store.set_status is timed instead and the output
says so ("via": "store"). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

STATUS_WORDS = {"done": ("已完成", "done"), "not_applicable": ("没有这个账号", "no such account"),
                "later": ("稍后再做", "later"), "stuck": ("遇到困难", "stuck")}


def find_status_buttons(page) -> list:
    """The page's status buttons: a `status_buttons` mapping/list, or buttons named or labelled so."""
    from PySide6.QtWidgets import QAbstractButton

    given = getattr(page, "status_buttons", None)
    if isinstance(given, dict):
        return [b for b in given.values() if isinstance(b, QAbstractButton)]
    if isinstance(given, list | tuple):
        return [b for b in given if isinstance(b, QAbstractButton)]
    buttons = page.findChildren(QAbstractButton)
    named = [b for b in buttons if "status" in b.objectName().lower()]
    if len(named) >= 2:
        return named
    words = {w for pair in STATUS_WORDS.values() for w in pair}
    return [b for b in buttons if any(w in b.text().lower() for w in words)]


def snapshot(reader: sqlite3.Connection, checklist_id: int) -> tuple:
    """What another process would see: the items, and data_version (changes on every commit by others)."""
    rows = reader.execute("SELECT key, status, updated FROM item WHERE checklist_id=?", (checklist_id,))
    version = reader.execute("PRAGMA data_version").fetchone()[0]
    return version, {key: (status, updated) for key, status, updated in rows}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clicks", type=int, default=60)
    parser.add_argument("--items", type=int, default=40)
    args = parser.parse_args()
    import no_modals
    from pyside_none import immortalize_none

    no_modals.install()
    immortalize_none()  # see pyside_none.py: the loops below make thousands of void Qt calls

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from bindguard.core.catalog import load_catalog
    from bindguard.core.checklist import Checklist, Status, custom_item, platform_item
    from bindguard.core.situation import Situation
    from bindguard.core.store import Store
    from bindguard.ui.context import AppContext

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    catalog = load_catalog()
    tmp = Path(tempfile.mkdtemp(prefix="bench-status-"))
    store = Store.open(tmp)
    items = [platform_item(p) for p in catalog.platforms.values()]
    items += [custom_item(f"Bench account {i}") for i in range(max(0, args.items - len(items)))]
    checklist = store.create_checklist(Checklist("bench", Situation.SWITCH, items=items))
    ctx = AppContext(store=store, data_dir=tmp, lang="zh", checklist=checklist)
    ctx.catalog = catalog
    reader = sqlite3.connect(store.path, isolation_level=None)

    buttons: list = []
    missing = ""
    try:
        from bindguard.ui.pages.work import WorkPage

        page = WorkPage(ctx)
        page.resize(860, 700)
        page.show()
        page.enter()
        QCoreApplication.processEvents()
        found = find_status_buttons(page)
        buttons = [b for b in found if b.isEnabled()]
        if len(buttons) < 2:
            missing = ("status buttons on WorkPage" if len(found) < 2 else
                       f"enabled status buttons on WorkPage ({len(found)} found, disabled after enter())")
    except ImportError as exc:
        missing = f"bindguard.ui.pages.work ({exc})"

    samples: list[float] = []
    returned_committed = 0
    never = 0
    statuses = [Status.DONE, Status.LATER, Status.STUCK, Status.NOT_APPLICABLE]
    keys = [i.key for i in checklist.items]
    for n in range(args.clicks):
        before = snapshot(reader, checklist.id)
        start = time.perf_counter()
        if missing:
            store.set_status(checklist.id, keys[n % len(keys)], statuses[(n + n // len(keys)) % len(statuses)])
        else:
            buttons[(n + n // len(buttons)) % len(buttons)].click()  # never the same button twice running
        handler_done = time.perf_counter()
        after = snapshot(reader, checklist.id)
        if after != before:
            returned_committed += 1
            stop = time.perf_counter()
        else:
            limit = start + 2.0
            while after == before and time.perf_counter() < limit:
                QCoreApplication.processEvents()
                after = snapshot(reader, checklist.id)
            stop = time.perf_counter()
            never += after == before
        # the handler's own time to "committed"; the verification read is not the app's cost
        samples.append(((handler_done if after != before and stop >= handler_done else stop) - start) * 1000)
        time.sleep(0.01)
    print(json.dumps({
        "via": "store" if missing else "ui", "missing": missing, "buttons": len(buttons),
        "samples_ms": samples, "committed_before_return": returned_committed, "clicks": args.clicks,
        "never_committed": never, "dialogs": len(no_modals.SHOWN),
    }))
    reader.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
