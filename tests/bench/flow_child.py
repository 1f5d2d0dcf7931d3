"""One process: what a user waits for while moving through the wizard (PRODUCT.md §6).

Builds the real window (ui/run.py build_window) on a store holding one checklist of `--items` items
from a synthetic catalog, then times, each until Qt has processed the resulting events:
- the first showing of the work page (budget 100 ms),
- moving between items once the page is shown (p95 within a 16 ms frame),
- moving between pages already shown (p95 within a frame),
- a 1 MB note: selecting its item, and saving an edit to it (each within 100 ms).

Widgets are found by object name or accessible name, never by layout, so the work page can be
redesigned without breaking the benchmark. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import typing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _settle(app) -> None:
    """Process everything the action posted (layouts, paints of the offscreen window)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    app.processEvents()


CPU_MS: list[float] = []  # the main thread's CPU time of each _timed action, in order


def _timed(app, action) -> float:
    """Wall milliseconds until Qt has processed what the action posted; the main thread's CPU time
    goes to CPU_MS (a loaded machine stretches the wall time, much less the CPU time)."""
    cpu = time.thread_time()
    start = time.perf_counter()
    action()
    _settle(app)
    wall = (time.perf_counter() - start) * 1000
    CPU_MS.append((time.thread_time() - cpu) * 1000)
    return wall


def _cpu_since(mark: int) -> list[float]:
    return CPU_MS[mark:]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalog", required=True, help="catalog folder with at least --items platforms")
    parser.add_argument("--items", type=int, default=150)
    parser.add_argument("--moves", type=int, default=60)
    parser.add_argument("--note-bytes", type=int, default=1_000_000)
    args = parser.parse_args()

    import no_modals
    from pyside_none import immortalize_none

    no_modals.install()
    immortalize_none()

    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        """The bench never touches a real keyring; notes still go through the real Vault."""

        priority = 1
        _data: typing.ClassVar[dict] = {}

        def get_password(self, service, username):
            return self._data.get((service, username))

        def set_password(self, service, username, password):
            self._data[(service, username)] = password

        def delete_password(self, service, username):
            self._data.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())

    from PySide6.QtWidgets import QApplication

    from bindguard.core.catalog import load_catalog
    from bindguard.core.checklist import Checklist, platform_item
    from bindguard.core.situation import Situation
    from bindguard.core.store import Store
    from bindguard.ui.run import build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = load_catalog(Path(args.catalog))
    tmp = Path(tempfile.mkdtemp(prefix="bench-flow-"))
    store = Store.open(tmp)
    items = [platform_item(p) for p in list(catalog.platforms.values())[: args.items]]
    checklist = store.create_checklist(Checklist("bench", Situation.SWITCH, items=items))

    window = build_window(app, store, "zh", False)
    window.ctx.catalog = catalog
    window.ctx.checklist = store.load_checklist(checklist.id)
    window.resize(1366, 728)
    window.show()
    _settle(app)

    out: dict = {"items": len(items)}
    first_work_ms = _timed(app, lambda: window.show_page("work"))
    out["first_work_ms"] = first_work_ms
    out["cpu"] = {"first_work_ms": CPU_MS[-1:]}
    page = window.page("work")

    # moving between items: the page's own navigation (select by key), as a click on the list or on
    # 上一项/下一项 does
    keys = [i.key for i in window.ctx.checklist.items]
    select = getattr(page, "select", None)
    if select is None:
        out["missing"] = "WorkPage.select(key)"
    else:
        targets = [keys[(n * 7) % len(keys)] for n in range(args.moves)]
        mark = len(CPU_MS)
        out["item_ms"] = [_timed(app, lambda k=key: select(k)) for key in targets]
        out["cpu"]["item_ms"] = _cpu_since(mark)

    # moving between pages already shown
    for pid in window.flow():
        window.show_page(pid)
        _settle(app)
    flow = [p for p in window.flow() if p != "welcome"]
    pages = [flow[n % len(flow)] for n in range(args.moves)]
    mark = len(CPU_MS)
    out["page_ms"] = [_timed(app, lambda p=pid: window.show_page(p)) for pid in pages]
    out["cpu"]["page_ms"] = _cpu_since(mark)

    # a 1 MB note
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    window.show_page("work")
    _settle(app)
    vault = window.ctx.vault
    note_key, other_key = keys[0], keys[1]
    line = "去营业厅办理，带身份证。柜台电话 95588，周一到周五 9:00-17:00。\n"
    text = (line * (args.note_bytes // len(line.encode()) + 1))[: args.note_bytes // 3]
    while len(text.encode()) < args.note_bytes:
        text += line
    vault.write_note(checklist.id, note_key, text)
    editors = [w for w in [*page.findChildren(QPlainTextEdit), *page.findChildren(QTextEdit)]
               if w.objectName() == "noteEdit" or "note" in w.accessibleName().lower()
               or "备注" in w.accessibleName()]
    if select is None or not editors:
        out["note_missing"] = "WorkPage.select or the note editor (objectName noteEdit)"
    else:
        editor = editors[0]
        select_ms, save_ms = [], []
        for n in range(5):
            select(other_key)
            _settle(app)
            select_ms.append(_timed(app, lambda: select(note_key)))
            out["cpu"].setdefault("note_select_ms", []).append(CPU_MS[-1])
            loaded = len(editor.toPlainText().encode())
            if loaded < args.note_bytes * 0.9:
                out["note_missing"] = f"the note did not load into the editor ({loaded} bytes)"
                break
            cursor = editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            cursor.insertText(f" 第{n}次修改")
            holder = next((w for w in _ancestors(editor) if hasattr(w, "flush")), None)
            flush = holder.flush if holder is not None else None
            if flush is None:
                out["note_missing"] = "a flush() on the note editor"
                break
            save_ms.append(_timed(app, flush))
            out["cpu"].setdefault("note_save_ms", []).append(CPU_MS[-1])
            saved = vault.read_note(checklist.id, note_key) or ""
            if not saved.endswith(f" 第{n}次修改"):
                out["note_missing"] = "the edit did not reach the store"
                break
        out["note_select_ms"], out["note_save_ms"] = select_ms, save_ms
    out["dialogs"] = len(no_modals.SHOWN)
    print(json.dumps(out))
    window.close()
    store.close()
    return 0


def _ancestors(widget):
    while widget is not None:
        yield widget
        widget = widget.parentWidget()


if __name__ == "__main__":
    raise SystemExit(main())
