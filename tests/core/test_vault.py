"""Notes are sealed with a key from the OS keyring; without a usable keyring they lock, never leak."""

from __future__ import annotations

import base64
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringLocked

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind
from bindguard.core.errors import MESSAGES, BindGuardError
from bindguard.core.situation import Situation
from bindguard.core.store import Store
from bindguard.core.vault import SERVICE, Vault, VaultState, probe_keyring

ROOT = Path(__file__).resolve().parents[2]
NOTE = "妈妈的工商银行卡在柜台改了号,密码提示:生日。微信还没改。"


@pytest.fixture
def store(data_dir):
    store = Store.open(data_dir)
    store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=[
        ChecklistItem("platform:wechat", ItemKind.PLATFORM, "wechat"),
        ChecklistItem("platform:alipay", ItemKind.PLATFORM, "alipay"),
    ]))
    yield store
    store.close()


@pytest.fixture
def use_backend():
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


class LockedKeyring(KeyringBackend):
    priority = -1  # type: ignore[assignment]  # never picked by keyring on its own

    def get_password(self, service, username):
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service, username, password):
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service, username):
        raise KeyringLocked("Failed to unlock the collection!")


class RefusingKeyring(LockedKeyring):
    def get_password(self, service, username):
        raise InitError("Failed to create the collection: Prompt dismissed.")


class BrokenKeyring(LockedKeyring):
    def get_password(self, service, username):
        raise RuntimeError("dbus went away")


class ForgetfulKeyring(KeyringBackend):
    """Accepts a secret and silently keeps nothing, like a misconfigured backend."""

    priority = -1  # type: ignore[assignment]  # never picked by keyring on its own

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        pass

    def delete_password(self, service, username):
        pass


class PlaintextKeyring(ForgetfulKeyring):
    pass


PlaintextKeyring.__module__ = "keyrings.alt.file"  # what keyring picks silently once keyrings.alt is installed


def test_note_round_trips_and_the_key_lives_in_the_keyring(store, memory_keyring):
    vault = Vault(store)
    assert vault.state is VaultState.READY
    vault.write_note(1, "platform:wechat", NOTE)
    assert vault.read_note(1, "platform:wechat") == NOTE
    assert vault.read_note(1, "platform:alipay") is None
    [(service, username)] = list(memory_keyring.secrets)
    assert service == SERVICE
    assert username.startswith("notes-key")
    assert len(base64.b64decode(memory_keyring.secrets[(service, username)])) == 32
    # a fresh vault on the same store (the next start) reads it with the same key
    assert Vault(store).read_note(1, "platform:wechat") == NOTE


def test_note_plaintext_is_nowhere_in_the_database_or_its_wal(store, data_dir):
    vault = Vault(store)
    vault.write_note(1, "platform:wechat", NOTE)
    vault.write_note(1, "platform:alipay", NOTE + "支付宝")
    needles = [NOTE.encode("utf-8"), NOTE[:8].encode("utf-8"), NOTE.encode("utf-16-le")[:24], "生日".encode()]
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"plaintext found in {path.name}"


def test_each_write_uses_a_fresh_nonce(store):
    vault = Vault(store)
    vault.write_note(1, "platform:wechat", NOTE)
    first = store.get_note(1, "platform:wechat")
    vault.write_note(1, "platform:wechat", NOTE)
    second = store.get_note(1, "platform:wechat")
    assert len(first[0]) == 12
    assert first[0] != second[0]
    assert first[1] != second[1]


def test_a_note_copied_onto_another_item_is_reported_not_shown(store):
    vault = Vault(store)
    vault.write_note(1, "platform:wechat", NOTE)
    nonce, ciphertext = store.get_note(1, "platform:wechat")
    store.put_note(1, "platform:alipay", nonce, ciphertext)
    with pytest.raises(BindGuardError) as info:
        vault.read_note(1, "platform:alipay")
    assert info.value.code == "vault.tampered"
    assert store.get_note(1, "platform:alipay") == (nonce, ciphertext)  # kept as it was


def test_a_changed_byte_is_reported_as_tampered(store):
    vault = Vault(store)
    vault.write_note(1, "platform:wechat", NOTE)
    nonce, ciphertext = store.get_note(1, "platform:wechat")
    store.put_note(1, "platform:wechat", nonce, bytes([ciphertext[0] ^ 1]) + ciphertext[1:])
    with pytest.raises(BindGuardError, match=r"vault\.tampered"):
        vault.read_note(1, "platform:wechat")


def test_empty_text_deletes_the_note(store):
    vault = Vault(store)
    vault.write_note(1, "platform:wechat", NOTE)
    assert vault.has_note(1, "platform:wechat")
    vault.write_note(1, "platform:wechat", "")
    assert not vault.has_note(1, "platform:wechat")
    vault.write_note(1, "platform:wechat", NOTE)
    vault.write_note(1, "platform:wechat", " \n\u3000 ")  # only spaces (also the full-width one)
    assert not vault.has_note(1, "platform:wechat")
    assert store.count_notes() == 0


@pytest.mark.parametrize(("backend", "state"), [
    (keyring.backends.fail.Keyring(), VaultState.NO_BACKEND),
    (keyring.backends.null.Keyring(), VaultState.NO_BACKEND),
    (ForgetfulKeyring(), VaultState.NO_BACKEND),
    (PlaintextKeyring(), VaultState.PLAINTEXT_BACKEND),
    (LockedKeyring(), VaultState.LOCKED),
    (RefusingKeyring(), VaultState.DENIED),
    (BrokenKeyring(), VaultState.ERROR),
])
def test_no_usable_keyring_locks_notes_and_never_writes_plaintext(store, use_backend, backend, state):
    use_backend(backend)
    vault = Vault(store)
    assert vault.state is state
    assert state.message_code in MESSAGES
    with pytest.raises(BindGuardError) as info:
        vault.write_note(1, "platform:wechat", NOTE)
    assert info.value.code == state.message_code
    assert NOTE not in info.value.text("zh")
    with pytest.raises(BindGuardError):
        vault.read_note(1, "platform:wechat")
    assert store.count_notes() == 0
    assert not vault.has_note(1, "platform:wechat")


def test_chainer_with_nothing_behind_it_counts_as_no_keyring(store, use_backend):
    from keyring.backends.chainer import ChainerBackend

    class EmptyChainer(ChainerBackend):
        backends = ()  # what keyring finds on a machine with no keyring at all

    use_backend(EmptyChainer())
    assert Vault(store).state is VaultState.NO_BACKEND


def test_locked_keyring_still_shows_which_items_have_notes(store, use_backend):
    Vault(store).write_note(1, "platform:wechat", NOTE)
    use_backend(LockedKeyring())
    vault = Vault(store)
    assert vault.state is VaultState.LOCKED
    assert vault.has_note(1, "platform:wechat")
    assert not vault.has_note(1, "platform:alipay")


def test_key_gone_keeps_ciphertext_until_the_user_resets(store, memory_keyring):
    Vault(store).write_note(1, "platform:wechat", NOTE)
    sealed = store.get_note(1, "platform:wechat")
    memory_keyring.secrets.clear()

    vault = Vault(store)
    assert vault.state is VaultState.KEY_MISSING
    with pytest.raises(BindGuardError, match=r"vault\.key_missing"):
        vault.write_note(1, "platform:alipay", "new")
    assert store.get_note(1, "platform:wechat") == sealed
    assert not memory_keyring.secrets  # no new key was made behind the user's back

    assert vault.reset_notes() is VaultState.READY
    assert store.count_notes() == 0
    vault.write_note(1, "platform:alipay", "重新开始")
    assert Vault(store).read_note(1, "platform:alipay") == "重新开始"


def test_key_gone_with_no_notes_left_simply_starts_a_new_key(store, memory_keyring):
    vault = Vault(store)
    vault.write_note(1, "platform:wechat", NOTE)
    vault.write_note(1, "platform:wechat", "")
    memory_keyring.secrets.clear()
    assert Vault(store).state is VaultState.READY
    assert len(memory_keyring.secrets) == 1


def test_a_different_key_in_the_keyring_counts_as_missing_not_tampered(store, memory_keyring):
    Vault(store).write_note(1, "platform:wechat", NOTE)
    [entry] = list(memory_keyring.secrets)
    memory_keyring.secrets[entry] = base64.b64encode(b"\x07" * 32).decode()
    vault = Vault(store)
    assert vault.state is VaultState.KEY_MISSING
    memory_keyring.secrets[entry] = "not base64 !!"
    assert vault.refresh() is VaultState.KEY_MISSING


def test_reset_makes_a_new_key(store, memory_keyring):
    vault = Vault(store)
    vault.write_note(1, "platform:wechat", NOTE)
    old = dict(memory_keyring.secrets)
    vault.reset_notes()
    assert vault.state is VaultState.READY
    assert memory_keyring.secrets != old
    assert vault.read_note(1, "platform:wechat") is None


def test_two_data_folders_do_not_share_a_key(tmp_path, memory_keyring):
    first, second = Store.open(tmp_path / "a"), Store.open(tmp_path / "b")
    assert Vault(first).state is VaultState.READY
    Vault(second).reset_notes()
    assert Vault(first).state is VaultState.READY
    assert len(memory_keyring.secrets) == 2
    first.close()
    second.close()


def test_unlocking_later_and_refreshing_opens_the_notes(store, use_backend, memory_keyring):
    Vault(store).write_note(1, "platform:wechat", NOTE)
    use_backend(LockedKeyring())
    vault = Vault(store)
    assert vault.state is VaultState.LOCKED
    use_backend(memory_keyring)
    assert vault.refresh() is VaultState.READY
    assert vault.read_note(1, "platform:wechat") == NOTE


def test_every_state_has_a_message():
    for state in VaultState:
        if state is not VaultState.READY:
            assert state.message_code in MESSAGES


def test_doctor_reports_a_working_keyring():
    result = probe_keyring()
    assert result["keyring_ok"] is True
    assert result["keyring_backend"].endswith("MemoryKeyring")


@pytest.mark.parametrize(("backend", "problem"), [
    (PlaintextKeyring(), "plaintext"),
    (keyring.backends.fail.Keyring(), "no_backend"),
    (LockedKeyring(), "locked"),
    (ForgetfulKeyring(), "round_trip"),
])
def test_doctor_flags_plaintext_and_broken_keyrings(use_backend, backend, problem):
    use_backend(backend)
    result = probe_keyring()
    assert result["keyring_ok"] is False
    assert problem in result["keyring_problem"]


def test_importing_the_vault_does_not_import_keyring_or_cryptography():
    code = ("import sys; import bindguard.core.vault, bindguard.core.store, bindguard.core.privacy; "
            "print([m for m in ('keyring', 'cryptography') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
