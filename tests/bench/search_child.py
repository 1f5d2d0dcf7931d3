"""One process: the real AccountsPage offscreen, typing a 4-letter query and deleting it, timed per key.

Prints one JSON object: per-keystroke milliseconds (key event → filtering applied → events processed),
core Catalog.search milliseconds for the same prefixes, or {"missing": "..."} when the page lacks a
search box. "Applied" is checked, not assumed: a calibration pass waits for the page to settle after
each key and records what is visible; timed passes stop the clock only when that state is reached, so a
debounced (timer-deferred) filter is timed to its end too.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def find_search_box(page):  # -> QLineEdit | None
    from PySide6.QtWidgets import QLineEdit

    for attr in ("search_edit", "search_box", "search", "search_field"):
        widget = getattr(page, attr, None)
        if isinstance(widget, QLineEdit):
            return widget
    edits = page.findChildren(QLineEdit)
    named = [e for e in edits if "search" in e.objectName().lower()]
    if named:
        return named[0]
    return edits[0] if len(edits) == 1 else None


def view_state(page) -> tuple:
    """What the user sees of the filter: hidden flags of widgets, rows of item views."""
    from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTreeWidget, QWidget

    state: list = []
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        rows = model.rowCount() if model is not None else -1
        hidden = 0
        if isinstance(view, QListWidget):
            hidden = sum(view.item(r).isHidden() for r in range(view.count()))
        elif isinstance(view, QTreeWidget):
            root = view.invisibleRootItem()
            hidden = sum(root.child(r).isHidden() for r in range(root.childCount()))
        elif hasattr(view, "isRowHidden") and model is not None:
            hidden = sum(view.isRowHidden(r) for r in range(rows))
        state.append((view.objectName(), rows, hidden))
    # The search box's own clear button fades in and out over ~150 ms (a Qt animation, not the
    # filter): widgets inside a QLineEdit are left out, or that fade would be timed as filtering.
    state.append(tuple(w.isHidden() for w in page.findChildren(QWidget) if not _inside_line_edit(w)))
    return tuple(state)


def _inside_line_edit(widget) -> bool:
    from PySide6.QtWidgets import QLineEdit

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def query_for(catalog) -> str:
    """A 4-letter ASCII query taken from the catalog (an alias prefix), so typing narrows the list."""
    for platform in catalog.platforms.values():
        for alias in (*platform.aliases, platform.name.en):
            word = "".join(ch for ch in alias.lower() if ch.isascii() and ch.isalpha())
            if len(word) >= 4:
                return word[:4]
    return "bank"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalog", help="catalog folder (default: the shipped one)")
    parser.add_argument("--cycles", type=int, default=12)
    args = parser.parse_args()
    import no_modals
    from pyside_none import immortalize_none

    no_modals.install()
    immortalize_none()  # see pyside_none.py: the loops below make thousands of void Qt calls

    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bindguard.core.catalog import load_catalog
    from bindguard.core.checklist import Checklist
    from bindguard.core.situation import Situation
    from bindguard.core.store import Store
    from bindguard.ui.context import AppContext

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (must outlive the page)
    catalog = load_catalog(Path(args.catalog)) if args.catalog else load_catalog()
    tmp = Path(tempfile.mkdtemp(prefix="bench-search-"))
    store = Store.open(tmp)
    checklist = store.create_checklist(Checklist("bench", Situation.SWITCH))
    ctx = AppContext(store=store, data_dir=tmp, lang="zh", checklist=checklist)
    ctx.catalog = catalog
    try:
        from bindguard.ui.pages.accounts import AccountsPage
    except ImportError as exc:
        print(json.dumps({"missing": f"bindguard.ui.pages.accounts ({exc})"}))
        return 0
    page = AccountsPage(ctx)
    page.resize(860, 700)
    page.show()
    page.enter()
    QCoreApplication.processEvents()
    edit = find_search_box(page)
    if edit is None:
        print(json.dumps({"missing": "a search box (QLineEdit) on AccountsPage"}))
        return 0
    edit.setFocus()
    edit.clear()
    QCoreApplication.processEvents()

    query = query_for(catalog)
    keys: list[str | None] = [*query, *([None] * len(query))]  # None = Backspace

    def press(key: str | None) -> None:
        if key is None:
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
        else:
            QTest.keyClick(edit, key)

    def settle(ms: int = 400) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)

    # calibration: the settled state after each key
    initial = view_state(page)
    expected = []
    for key in keys:
        press(key)
        settle()
        expected.append(view_state(page))
    changes = sum(a != b for a, b in zip([initial, *expected], expected, strict=False))
    deferred = False
    samples: list[float] = []
    timeouts = 0
    for _ in range(args.cycles):
        for key, want in zip(keys, expected, strict=True):
            start = time.perf_counter()
            press(key)
            QCoreApplication.processEvents()
            stop = time.perf_counter()
            if view_state(page) != want:
                deferred = True
                limit = start + 2.0
                while True:
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
                    stop = time.perf_counter()
                    if view_state(page) == want or stop > limit:
                        timeouts += stop > limit
                        break
            samples.append((stop - start) * 1000)
    core = []
    prefixes = [query[:n] for n in range(1, len(query) + 1)] + [query[:n] for n in range(len(query) - 1, -1, -1)]
    for _ in range(args.cycles):
        for prefix in prefixes:
            start = time.perf_counter()
            catalog.search(prefix)
            core.append((time.perf_counter() - start) * 1000)
    print(json.dumps({
        "platforms": len(catalog.platforms), "query": query, "keys_per_cycle": len(keys),
        "samples_ms": samples, "core_ms": core, "deferred": deferred, "timeouts": timeouts,
        "visible_changes": changes, "dialogs": len(no_modals.SHOWN),
        "search_box": edit.objectName() or type(edit).__name__,
    }))
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
