"""Benchmark (PRODUCT.md §6): the PDF of a 150-item checklist with QR codes, whole process, against a
bare PySide6 start-up (QApplication + a shown QWidget, then quit), both measured in the same run.

    .venv/bin/python tests/bench/bench_pdf.py [--runs 7] [--items 150]

Goal: ratio <= 2.0. measure() returns the numbers for tests/bench/run.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOAL = 2.0

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget(); w.resize(800, 600); w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "BINDGUARD_DATA_DIR": str(data_dir)})
    return env


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one child process; CPU time is steadier on a busy
    machine, wall time is what the user waits."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def prepare(data_dir: Path, items: int) -> int:
    """Save a checklist of `items` items in the store; return its id."""
    sys.path.insert(0, str(ROOT))
    from bindguard.core.catalog import load_catalog
    from bindguard.core.store import Store
    from tests.helpers.checklists import sized_checklist

    catalog = load_catalog()
    store = Store.open(data_dir)
    try:
        return store.create_checklist(sized_checklist(catalog, dt.date.today(), items)).id
    finally:
        store.close()


def measure(runs: int = 7, items: int = 150) -> dict[str, float | int]:
    """Median wall times (s) of both processes, interleaved so machine load hits both alike."""
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        folder = Path(tmp)
        checklist_id = prepare(folder / "data", items)
        env = _env(folder / "data")
        pdf = folder / "out.pdf"
        export = [sys.executable, "-m", "bindguard", "--lang", "zh", "export", "--checklist", str(checklist_id),
                  "--pdf", str(pdf)]
        bare = [sys.executable, "-c", BARE]
        _time(bare, env), _time(export, env)  # warm the file cache
        bare_times, pdf_times = [], []
        for _ in range(runs):
            bare_times.append(_time(bare, env))
            pdf_times.append(_time(export, env))
        pages = _pages(pdf)
    bare_s, pdf_s = (statistics.median(t[0] for t in times) for times in (bare_times, pdf_times))
    bare_cpu, pdf_cpu = (statistics.median(t[1] for t in times) for times in (bare_times, pdf_times))
    return {"items": items, "runs": runs, "pages": pages, "bare_startup_s": round(bare_s, 4),
            "pdf_export_s": round(pdf_s, 4), "ratio": round(pdf_s / bare_s, 3),
            "bare_startup_cpu_s": round(bare_cpu, 4), "pdf_export_cpu_s": round(pdf_cpu, 4),
            "cpu_ratio": round(pdf_cpu / bare_cpu, 3), "goal": GOAL}


def _pages(pdf: Path) -> int:
    try:
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return -1
    return next((int(line.split()[-1]) for line in out.splitlines() if line.startswith("Pages:")), -1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--items", type=int, default=150)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.runs, args.items)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"bare PySide6 start-up: {result['bare_startup_s']:.3f} s (median of {args.runs})")
        print(f"PDF of {args.items} items ({result['pages']} pages), whole process: {result['pdf_export_s']:.3f} s")
        print(f"ratio {result['ratio']:.2f} wall, {result['cpu_ratio']:.2f} CPU "
              f"({result['pdf_export_cpu_s']:.3f} s / {result['bare_startup_cpu_s']:.3f} s) (goal <= {GOAL})")
    return 0 if result["ratio"] <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
