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
