"""One process: 保存为 PDF pressed in a real window (the finish page, a checklist of --items items), and
how long the window stood still meanwhile (issue 23 point 3).

A timer of 0 ms ticks on every turn of the event loop; the longest stretch between two ticks from the
click to the result line is the longest time the window could not repaint. The QR codes are encoded
first, as the app's warm-up thread does after the first page. Prints one JSON line:
{"items", "wait_s", "wait_cpu_s", "longest_still_s", "turns"}.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=150)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench-wait-"))
    os.environ["HOME"] = str(home)  # ~/Documents, where 保存为 PDF saves
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ.pop("XDG_DOCUMENTS_DIR", None)
    from pyside_none import immortalize_none

    immortalize_none()  # as pdf_child.py: thousands of void Qt calls while painting

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bindguard.core.store import Store
    from bindguard.ui.print_parts import precompute_catalog_qr
    from bindguard.ui.run import build_window
    from tests.helpers.checklists import sized_checklist

    app = QApplication(sys.argv[:1])
    store = Store.open(home / "data")
    window = build_window(app, store, "zh", False)
    window.show()
    checklist = store.create_checklist(sized_checklist(window.ctx.catalog, dt.date.today(), args.items))
    import segno  # noqa: F401  (as the warm-up thread: ui/run.py)

    precompute_catalog_qr(window.ctx.catalog)
    window.ctx.checklist = checklist
    window.show_page("finish")
    page = window.page("finish")
    ticks: list[float] = []
    clicked: list[tuple[float, float]] = []
    done: list[tuple[float, float]] = []

    def tick() -> None:
        now = time.perf_counter()
        ticks.append(now)
        if clicked and not done and page.result.text().startswith(("☑", "⚠")):
            done.append((now, time.process_time()))
            app.quit()

    def click() -> None:
        clicked.append((time.perf_counter(), time.process_time()))
        page.pdf_button.click()

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(0)
    QTimer.singleShot(200, click)  # after the window has settled
    QTimer.singleShot(300_000, app.quit)
    app.exec()
    ticker.stop()
    if not done or not page.result.text().startswith("☑"):
        print(json.dumps({"missing": f"no PDF saved: {page.result.text()!r}"}))
        return 3
    (start, start_cpu), (end, end_cpu) = clicked[0], done[0]
    during = [start, *(t for t in ticks if start < t <= end)]
    still = max(b - a for a, b in itertools.pairwise(during))
    store.close()
    print(json.dumps({"items": args.items, "wait_s": end - start, "wait_cpu_s": end_cpu - start_cpu,
                      "longest_still_s": still, "turns": len(during) - 1}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
