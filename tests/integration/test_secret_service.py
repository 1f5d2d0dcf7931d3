"""With a real Secret Service (gnome-keyring in the D-Bus session tests/run.sh starts): key, note, restart."""

from __future__ import annotations

import os

import pytest

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind
from bindguard.core.situation import Situation
from bindguard.core.store import Store
from bindguard.core.vault import SERVICE, Vault, VaultState, probe_keyring

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
                       reason="needs a D-Bus session with gnome-keyring: run bash tests/run.sh"),
]
NOTE = "爸爸的建设银行卡 尾号1234 已在柜台改号;支付宝还差人脸识别。"


@pytest.fixture
def secret_service():
    import keyring
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_note_survives_a_restart_with_the_key_in_gnome_keyring(data_dir, secret_service):
    import keyring
    from keyring.backends import SecretService

    store = Store.open(data_dir)
    checklist = store.create_checklist(Checklist("爸爸", Situation.CANCEL_SOON, items=[
        ChecklistItem("bank:ccb:1234:debit", ItemKind.BANK_CARD, "ccb")]))
    vault = Vault(store)
    assert vault.state is VaultState.READY, vault.detail
    vault.write_note(checklist.id, "bank:ccb:1234:debit", NOTE)
    username = vault._username()
    first_key = secret_service.get_password(SERVICE, username)
    assert first_key  # the key really is in the Secret Service
    store.close()

    keyring.set_keyring(SecretService.Keyring())  # a fresh backend, as after a restart
    store = Store.open(data_dir)
    try:
        reopened = Vault(store)
        assert reopened.state is VaultState.READY, reopened.detail
        assert reopened.read_note(checklist.id, "bank:ccb:1234:debit") == NOTE
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert NOTE.encode("utf-8") not in path.read_bytes()
        reopened.reset_notes()
    finally:
        store.close()
    assert secret_service.get_password(SERVICE, username) not in (None, first_key)  # reset made a new key
    secret_service.delete_password(SERVICE, username)


def test_doctor_sees_the_secret_service_and_a_round_trip(secret_service):
    result = probe_keyring()
    assert result["keyring_backend"].endswith("SecretService.Keyring")
    assert result["keyring_ok"] is True
