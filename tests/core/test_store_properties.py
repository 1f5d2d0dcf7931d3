"""Property test: whatever a user types and picks comes back from the store exactly as saved."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bindguard.core.checklist import BankCard, CardType, Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.situation import Scope, Situation
from bindguard.core.store import Store

texts = st.text(max_size=60)
items = st.lists(
    st.builds(
        ChecklistItem,
        key=st.text(min_size=1, max_size=30),
        kind=st.sampled_from([ItemKind.PLATFORM, ItemKind.CUSTOM, ItemKind.DISCOVERY]),
        ref=texts, title=texts, status=st.sampled_from(list(Status)), money_risk=st.booleans(),
        old_number_works=st.none() | st.booleans(),
    ),
    max_size=12, unique_by=lambda item: item.key,
)


@settings(max_examples=60, deadline=None)
@given(name=st.text(min_size=1, max_size=30), situation=st.sampled_from(list(Situation)),
       scope=st.sampled_from(list(Scope)), items=items, last4=st.from_regex(r"\A[0-9]{4}\Z"),
       cancel=st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)),
       counts=st.dictionaries(st.text(min_size=1, max_size=10), st.integers(0, 99), max_size=4))
def test_any_checklist_round_trips(name, situation, scope, items, last4, cancel, counts):
    store = Store.in_memory()
    card = ChecklistItem(f"bank:icbc:{last4}:debit", ItemKind.BANK_CARD, "icbc", money_risk=True,
                         card=BankCard("icbc", last4, CardType.DEBIT))
    saved = store.create_checklist(Checklist(name, situation, scope, items=[*items, card], cancel_date=cancel,
                                             discovery_counts=counts, old_number="138****1234"))
    loaded = store.load_checklist(saved.id)
    assert (loaded.name, loaded.situation, loaded.scope, loaded.cancel_date) == (name, situation, scope, cancel)
    assert loaded.discovery_counts == counts
    assert [(i.key, i.kind, i.ref, i.title, i.status, i.money_risk, i.old_number_works, i.card)
            for i in loaded.items] == [(i.key, i.kind, i.ref, i.title, i.status, i.money_risk, i.old_number_works,
                                        i.card) for i in [*items, card]]
    store.close()
