"""Where the screen would show a check date, an unverified entry shows 未核实 (issue 14)."""

import dataclasses
import datetime as dt

from bindguard.core.catalog import load_catalog
from bindguard.ui.widgets.route_card import entry_meta_html


def test_an_unverified_entry_shows_not_verified_where_the_date_would_be(qapp):
    catalog = load_catalog()
    wechat = catalog.platforms["wechat"]
    unverified = dataclasses.replace(wechat, last_verified=None)
    later = dt.date.today() + dt.timedelta(days=800)
    zh = entry_meta_html(unverified, "zh", later)
    en = entry_meta_html(unverified, "en", later)
    assert "未核实" in zh
    assert "Not verified" in en
    assert "out of date" not in en  # no check to grow old
    dated = dataclasses.replace(wechat, last_verified=dt.date(2026, 12, 1))
    assert "2026-12-01" in entry_meta_html(dated, "en", dt.date(2026, 12, 2))
