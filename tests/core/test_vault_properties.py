"""Property tests: any note text, for any item, comes back exactly and only for its own item."""

from __future__ import annotations

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bindguard.core.errors import BindGuardError
from bindguard.core.store import Store
from bindguard.core.vault import Vault, VaultState
from tests.helpers.mem_keyring import MemoryKeyring

item_keys = st.text(min_size=1, max_size=40)
notes = st.text(min_size=1, max_size=400).filter(str.strip)  # blank text deletes a note


@pytest.fixture(scope="module")
def vault():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    store = Store.in_memory()
    store.conn.execute("PRAGMA foreign_keys = OFF")  # notes without checklists, to test the sealing alone
    vault = Vault(store)
    assert vault.state is VaultState.READY
    yield vault
    store.close()
    keyring.set_keyring(previous)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(checklist_id=st.integers(1, 2**31), item_key=item_keys, text=notes)
def test_any_note_round_trips(vault, checklist_id, item_key, text):
    vault.write_note(checklist_id, item_key, text)
    assert vault.read_note(checklist_id, item_key) == text
    _nonce, ciphertext = vault.store.get_note(checklist_id, item_key)
    if len(text.encode("utf-8")) >= 8:  # shorter strings can turn up in random bytes by chance
        assert text.encode("utf-8") not in ciphertext
    assert len(ciphertext) == len(text.encode("utf-8")) + 16  # GCM tag, no padding, no plaintext copy


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(checklist_id=st.integers(1, 1000), key_a=item_keys, key_b=item_keys, other_id=st.integers(1, 1000),
       text=notes)
def test_a_note_moved_to_any_other_item_never_opens(vault, checklist_id, key_a, key_b, other_id, text):
    if (checklist_id, key_a) == (other_id, key_b):
        return
    vault.write_note(checklist_id, key_a, text)
    vault.store.put_note(other_id, key_b, *vault.store.get_note(checklist_id, key_a))
    with pytest.raises(BindGuardError) as info:
        vault.read_note(other_id, key_b)
    assert info.value.code == "vault.tampered"
