"""Helpers for the work-through, carrier and finish page tests: a saved checklist built directly
through core + store (pages 2-6 are tested elsewhere), a window shown on a page, fake vaults."""

from __future__ import annotations

import dataclasses
import sqlite3
from enum import Enum

from bindguard.core.checklist import BankCard, CardType, Checklist, ChecklistItem, bank_item, custom_item, platform_item
from bindguard.core.doors import suggested_items
from bindguard.core.errors import BindGuardError
from bindguard.core.situation import Situation


def saved_checklist(store, catalog, situation: Situation = Situation.CANCEL_SOON,
                    platforms: tuple[str, ...] = ("wechat", "alipay", "iit")) -> Checklist:
    checklist = Checklist("妈妈", situation, old_number="138****1234")
    checklist.items = [platform_item(catalog.platforms[p]) for p in platforms]
    checklist.items.append(bank_item(BankCard("ccb", "1234", CardType.DEBIT)))
    checklist.items.append(custom_item("小区门禁"))
    checklist.items += suggested_items(checklist, catalog)
    return store.create_checklist(checklist)


def open_on(window, checklist: Checklist, page_id: str):
    window.ctx.checklist = checklist
    window.show_page(page_id)
    return window.page(page_id)


def status_in_db(store, checklist_id: int, key: str) -> str:
    """Read the status straight from the file, through a second connection: proves it was committed."""
    conn = sqlite3.connect(store.path)
    try:
        row = conn.execute("SELECT status FROM item WHERE checklist_id=? AND key=?", (checklist_id, key)).fetchone()
    finally:
        conn.close()
    return row[0]


def item(checklist: Checklist, key: str) -> ChecklistItem:
    found = checklist.item(key)
    assert found is not None, key
    return found


def with_entry(catalog, entry_id: str, **changes):
    """A copy of the catalog with one platform/bank/carrier entry changed."""
    for table_name in ("platforms", "banks", "discovery", "carrier"):
        table = getattr(catalog, table_name)
        if entry_id in table:
            new_table = dict(table)
            new_table[entry_id] = dataclasses.replace(table[entry_id], **changes)
            return dataclasses.replace(catalog, **{table_name: new_table})
    raise KeyError(entry_id)


class FakeState(Enum):
    """Mirrors bindguard.core.vault.VaultState's names and message codes."""

    READY = "vault.error"
    NO_BACKEND = "vault.no_backend"
    KEY_MISSING = "vault.key_missing"

    @property
    def message_code(self) -> str:
        return self.value


class FakeVault:
    def __init__(self, state: FakeState = FakeState.READY) -> None:
        self.state = state
        self.notes: dict[tuple[int, str], str] = {}
        self.writes: list[tuple[int, str, str]] = []
        self.resets = 0

    def read_note(self, checklist_id: int, item_key: str) -> str | None:
        if self.state is not FakeState.READY:
            raise BindGuardError(self.state.message_code)
        return self.notes.get((checklist_id, item_key))

    def write_note(self, checklist_id: int, item_key: str, text: str) -> None:
        if self.state is not FakeState.READY:
            raise BindGuardError(self.state.message_code)
        self.writes.append((checklist_id, item_key, text))
        if text:
            self.notes[(checklist_id, item_key)] = text
        else:
            self.notes.pop((checklist_id, item_key), None)

    def has_note(self, checklist_id: int, item_key: str) -> bool:
        return (checklist_id, item_key) in self.notes

    def reset_notes(self) -> None:
        self.resets += 1
        self.notes.clear()
        self.state = FakeState.READY
