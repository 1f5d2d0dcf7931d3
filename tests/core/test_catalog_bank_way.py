"""Banks (issue 21, point 5): the counter procedure lives once, as the general bank way; each bank keeps
what is its own; a bank is dated only where a source was read that day."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bindguard.core.catalog import Need, RouteKind, load_catalog

GENERIC = ("aliyunyh.com", "dvbcn.com")  # a how-to page and a trade-news quote about banks in general


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(today=dt.date.today())


def _public(sources) -> list[str]:
    return [s for s in sources if re.match(r"https?://", s)]


def test_the_counter_procedure_is_written_once_with_public_sources_and_names_no_bank(catalog):
    way = catalog.general_ways["bank_counter"]
    assert way.applies_to == "bank"
    assert "可能不同" in way.label.zh
    counter = [r for r in way.routes_of(RouteKind.NO_CODE)
               if {Need.ID_CARD, Need.BANK_CARD, Need.COUNTER_VISIT} <= set(r.needs)]
    assert len(counter) == 1
    route = counter[0]
    assert Need.OLD_SMS not in route.needs
    assert route.say is not None
    assert _public(route.sources)
    assert all(_public([s]) for s in way.sources)
    words = " ".join(t.zh for t in (route.title, *route.steps, route.say))
    for bank in catalog.banks.values():
        assert bank.name.zh not in words, bank.id


def test_no_bank_keeps_a_route_that_rests_only_on_a_page_about_banks_in_general(catalog):
    for bank in catalog.banks.values():
        assert catalog.general_way_of(bank) is catalog.general_ways["bank_counter"], bank.id
        for route in bank.routes:
            own = [s for s in _public(route.sources) if not any(h in s for h in GENERIC)]
            assert own, f"{bank.id}: {route.title.zh}"


def test_a_bank_is_dated_only_where_a_source_was_read_that_day(catalog):
    for bank in catalog.banks.values():
        if bank.last_verified is None:
            continue
        day = bank.last_verified.isoformat()
        cited = list(bank.sources) + [s for r in bank.routes for s in r.sources]
        assert any(day in s and ("read" in s or "seen" in s) for s in _public(cited)), bank.id
