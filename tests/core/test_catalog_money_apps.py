"""Well-known money apps that were missing (issue 21, point 9): added the honest way, as general-way
entries: a name, a money tier with its reason, no steps and no hotline without a source."""

from __future__ import annotations

import datetime as dt

import pytest

from bindguard.core.catalog import load_catalog

ADDED = ("ctrip_naquhua", "cib_consumer_finance", "xinyongfei", "zhongyou_xiaofei", "haier_xiaofei", "lakala",
         "bestpay")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(today=dt.date.today())


@pytest.mark.parametrize("pid", ADDED)
def test_added_money_app_is_a_general_way_entry_claiming_nothing_unsourced(catalog, pid):
    app = catalog.platforms[pid]
    assert app.tier == "money"
    assert app.tier_reason.zh
    assert app.tier_reason.en
    assert app.category in ("loans", "payment")
    assert app.routes == ()  # no steps of its own: the general way shows
    assert catalog.general_way_of(app) is catalog.general_ways["app"]
    assert app.no_code == "none_known"
    assert app.sources == ()
    assert app.last_verified is None
    assert app.hotline == ""
    assert app.url == ""
    assert app.sms_senders == ()
    assert "通用办法" in app.note.zh
    assert app.name.zh in app.note.zh
