"""Printing grows linearly with the checklist (PRODUCT.md §6 scale, issue 23): a 5,000-item checklist
took 105 s, a third of it walking the whole overview again for each of its 1,300 pages, and 50,000
items never finished. Counted, not timed: each page visits only its own overview rows."""

from __future__ import annotations

import datetime as dt

from bindguard.core.catalog import load_catalog
from bindguard.core.demo import demo_checklist
from bindguard.core.report import build_report


def test_the_overview_is_built_once_and_each_row_painted_once_however_many_pages(qapp, tmp_path, monkeypatch):
    from bindguard.ui import printing

    catalog = load_catalog()
    today = dt.date.today()
    report = build_report(demo_checklist(catalog, today), catalog, lang="zh", notes=None, today=today)
    built, painted = [], []
    overview_rows = printing._Renderer.overview_rows
    paint_row = printing.paint_overview_row
    monkeypatch.setattr(printing._Renderer, "overview_rows", lambda self: built.append(1) or overview_rows(self))
    monkeypatch.setattr(printing, "paint_overview_row", lambda *a, **k: painted.append(1) or paint_row(*a, **k))

    pages = printing.write_pdf(report, tmp_path / "demo.pdf", False)

    assert pages >= 10
    assert len(built) == 1  # not once a page: that made printing quadratic in the number of items
    assert len(painted) == len(report.items)


WARMED_PRINT = """
import datetime as dt, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import segno
from bindguard.core.demo import demo_checklist
from bindguard.core.report import build_report
from bindguard.core.store import Store
from bindguard.ui import printing
from bindguard.ui.context import AppContext
from bindguard.ui.run import warm_up_in_background
folder = Path(sys.argv[1])
ctx = AppContext(store=Store.open(folder), data_dir=folder)
warm_up_in_background(ctx).join(60)
encoded = []
make = segno.make
segno.make = lambda *a, **k: encoded.append(a[0]) or make(*a, **k)
today = dt.date.today()
report = build_report(demo_checklist(ctx.catalog, today), ctx.catalog, lang="zh", notes=None, today=today)
printing.write_pdf(report, folder / "demo.pdf", False)
print(sum(1 for item in report.items if item.qr), len(encoded))
"""


def test_the_catalogs_qr_codes_are_encoded_in_the_background_so_saving_a_pdf_encodes_none(tmp_path):
    """The wait after 保存为 PDF (PRODUCT.md §6): the warm-up thread after the first page encodes every
    catalog address's QR code, so printing only draws them (issue 23)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run([sys.executable, "-c", WARMED_PRINT, str(tmp_path)], capture_output=True, text=True,
                            cwd=root, env=env, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    with_codes, encoded = map(int, result.stdout.split()[-2:])
    assert with_codes >= 10  # the demo prints QR codes at all
    assert encoded == 0


def test_no_text_document_of_the_printout_holds_more_than_a_few_hundred_items(qapp):
    """Drawing one item's slice of a shared text document walks that document: one document for all
    50,000 items made the printout quadratic again, past the page-by-page overview (issue 23)."""
    from collections import Counter

    from bindguard.core.checklist import Checklist, custom_item
    from bindguard.core.situation import Situation
    from bindguard.ui import printing

    catalog = load_catalog()
    checklist = Checklist("大清单", Situation.SWITCH, items=[custom_item(f"App {n}") for n in range(450)])
    report = build_report(checklist, catalog, lang="zh", notes=None, today=dt.date.today())
    renderer = printing._Renderer(printing._reference_device(), report, False)
    per_document = Counter(id(block.doc) for block in renderer.blocks() if block.item is not None)
    assert sum(per_document.values()) == 450
    assert max(per_document.values()) <= 200
