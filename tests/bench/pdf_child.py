"""One process: a 150-item checklist through the real printing code (build_report → write_pdf).

The items are platforms of the synthetic catalog (each with an https URL, so each gets a QR code).
The printing functions are called by their parameter names, so small signature differences between
branches do not matter; anything it cannot supply is reported as missing, never faked.
Exit 0 and print {"pages": ..} on success; exit 3 and print {"missing": ..} when printing is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def call(func, values: dict):
    """Call `func` with the values whose names it asks for; raise LookupError for a required unknown."""
    kwargs = {}
    for name, param in inspect.signature(func).parameters.items():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        for alias in ALIASES.get(name, (name,)):
            if alias in values:
                kwargs[name] = values[alias]
                break
        else:
            if param.default is param.empty:
                raise LookupError(f"{func.__module__}.{func.__qualname__}() parameter {name!r}")
    return func(**kwargs)


ALIASES = {
    "out": ("path",), "output": ("path",), "target": ("path",), "filename": ("path",), "dest": ("path",),
    "pdf_path": ("path",), "file": ("path",),
    "language": ("lang",), "include_notes": ("notes",), "with_notes": ("notes",), "today": ("today",),
    "printed": ("today",), "date": ("today",), "doc": ("report",), "content": ("report",),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalog", required=True, help="a catalog folder with at least --items platforms")
    parser.add_argument("--items", type=int, default=150)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    from pyside_none import immortalize_none

    immortalize_none()  # see pyside_none.py: painting 150 items makes thousands of void Qt calls

    try:
        from bindguard.core.report import build_report
        from bindguard.ui.printing import write_pdf
    except ImportError as exc:
        print(json.dumps({"missing": f"printing code ({exc.name or exc})"}))
        return 3

    from PySide6.QtWidgets import QApplication

    from bindguard.core.catalog import load_catalog
    from bindguard.core.checklist import Checklist, platform_item
    from bindguard.core.situation import Situation
    from bindguard.core.store import Store

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (fonts need a GUI app)
    catalog = load_catalog(Path(args.catalog))
    tmp = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    store = Store.open(tmp)
    items = [platform_item(p) for p in list(catalog.platforms.values())[: args.items]]
    checklist = store.create_checklist(
        Checklist("妈妈", Situation.CANCEL_SOON, old_number="138****0000", new_number="139****1111",
                  cancel_date=dt.date.today() + dt.timedelta(days=30), items=items))
    values = {"checklist": checklist, "catalog": catalog, "lang": "zh", "notes": False, "today": dt.date.today(),
              "store": store, "large_text": False, "vault": None, "path": Path(args.out)}
    import time

    import segno  # noqa: F401  (the running app imports it in the background after the first page: ui/run.py)

    try:  # and encodes the catalog's QR codes there too (ui/run.py warm_up_in_background)
        from bindguard.ui.print_parts import precompute_catalog_qr
    except ImportError:
        pass
    else:
        precompute_catalog_qr(catalog)

    cpu_start = time.process_time()
    start = time.perf_counter()  # what a user waits for after pressing 保存为 PDF in the running app
    try:
        values["report"] = call(build_report, values)
        result = call(write_pdf, values)
        print_s = time.perf_counter() - start
        print_cpu_s = time.process_time() - cpu_start  # less moved by other load than the wall clock
    except LookupError as exc:
        print(json.dumps({"missing": f"a value for {exc}"}))
        return 3
    store.close()
    out = Path(args.out)
    if not out.is_file() or not out.read_bytes().startswith(b"%PDF"):
        print(json.dumps({"missing": f"write_pdf returned {result!r} but wrote no PDF at {out}"}))
        return 3
    print(json.dumps({"items": len(items), "bytes": out.stat().st_size, "print_s": print_s,
                      "print_cpu_s": print_cpu_s}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
