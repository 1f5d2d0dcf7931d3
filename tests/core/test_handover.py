"""Hand-over file: round trip with notes, nothing readable outside the ciphertext, every bad file refused
plainly with nothing written, a repeated import said so, notes kept locked without a keyring."""

from __future__ import annotations

import json
import math
import struct
import time

import keyring
import keyring.backends.fail
import pytest

from bindguard.core import handover, handover_seal
from bindguard.core.checklist import BankCard, CardType, Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.errors import MESSAGES, BindGuardError
from bindguard.core.file_names import unused_path
from bindguard.core.situation import Situation
from bindguard.core.store import Store
from bindguard.core.vault import Vault, VaultState
from tests.helpers.mem_keyring import MemoryKeyring

NOTE = "妈妈的工商银行卡在柜台改了号，柜员姓王。支付宝还差刷脸。"
NAME = "妈妈张秀兰"


def make_sender(folder) -> tuple[Store, Checklist]:
    store = Store.open(folder)
    checklist = store.create_checklist(Checklist(NAME, Situation.SWITCH, old_number="138****1234", items=[
        ChecklistItem("platform:alipay", ItemKind.PLATFORM, "alipay", money_risk=True),
        ChecklistItem("platform:wechat", ItemKind.PLATFORM, "wechat"),
        ChecklistItem("bank:icbc:4321:debit", ItemKind.BANK_CARD, "icbc", money_risk=True,
                      card=BankCard("icbc", "4321", CardType.DEBIT)),
        ChecklistItem("custom:abc123", ItemKind.CUSTOM, "", "小区物业缴费"),
    ]))
    store.set_status(checklist.id, "platform:alipay", Status.DONE)
    store.set_status(checklist.id, "platform:wechat", Status.STUCK)
    Vault(store).write_note(checklist.id, "bank:icbc:4321:debit", NOTE)
    return store, store.load_checklist(checklist.id)


@pytest.fixture
def sender(tmp_path):
    store, checklist = make_sender(tmp_path / "sender")
    yield store, checklist
    store.close()


@pytest.fixture
def receiver(tmp_path):
    store = Store.open(tmp_path / "receiver")
    yield store
    store.close()


@pytest.fixture(scope="module")
def sample():
    """One sealed file for the bad-file tests (each derivation costs ~0.3 s)."""
    payload = {"id": "ab" * 16, "checklists": []}
    return handover.seal(payload, "12345 67890 12345 67890 12345")


def test_passphrase_has_80_bits_in_five_groups_of_five_digits():
    phrase = handover.new_passphrase()
    groups = phrase.split(" ")
    assert [len(g) for g in groups] == [5] * 5
    assert all(g.isdigit() for g in groups)
    assert handover_seal.PASSPHRASE_DIGITS * math.log2(10) >= 80
    assert len({handover.new_passphrase() for _ in range(50)}) == 50


def test_typing_back_forgives_spaces_dashes_and_full_width_digits():
    digits = "1234567890" * 2 + "12345"
    assert handover.normalise_passphrase(" 12345-67890 1234567890，12345 ") == digits
    assert handover.normalise_passphrase("１２３４５ ６７８９０ １２３４５ ６７８９０ １２３４５") == digits
    with pytest.raises(BindGuardError) as short:
        handover.normalise_passphrase("12345 67890")
    assert short.value.code == "handover.passphrase_length"
    assert "10" in short.value.text("zh")
    with pytest.raises(BindGuardError) as letter:
        handover.normalise_passphrase("12345 6789O 12345 67890 12345")
    assert letter.value.code == "handover.passphrase_chars"


def test_kdf_time_on_this_machine(capsys):
    salt = b"s" * 16
    times = []
    for _ in range(3):
        start = time.perf_counter()
        handover_seal.derive_key("1" * 25, salt)
        times.append(time.perf_counter() - start)
    with capsys.disabled():
        seal = handover_seal
        print(f"\nArgon2id m={seal.KDF_MEMORY_KIB} KiB t={seal.KDF_ITERATIONS} p={seal.KDF_LANES}: "
              f"{', '.join(f'{t:.3f}' for t in times)} s")
    assert min(times) < 1.0  # well under a second here (0.27-0.34 s at a normal load)


def test_round_trip_carries_progress_and_notes_under_the_new_computers_key(sender, receiver):
    store, checklist = sender
    exported = handover.build_export(store, Vault(store), [checklist.id])
    assert exported.notes == 1
    assert exported.notes_left_out == 0
    keyring.set_keyring(MemoryKeyring())  # the other computer: its own keyring, its own key
    vault = Vault(receiver)
    result = handover.import_file(receiver, vault, exported.data, exported.passphrase.replace(" ", ""))
    assert result.notes == 1
    assert not result.already
    assert result.names == [NAME]
    arrived = receiver.load_checklist(result.checklist_ids[0])
    assert arrived.name == NAME
    assert arrived.situation is Situation.SWITCH
    assert arrived.old_number == "138****1234"
    assert {i.key: i.status for i in arrived.items} == {i.key: i.status for i in checklist.items}
    assert arrived.item("bank:icbc:4321:debit").card == BankCard("icbc", "4321", CardType.DEBIT)
    assert arrived.item("custom:abc123").title == "小区物业缴费"
    assert vault.read_note(arrived.id, "bank:icbc:4321:debit") == NOTE
    _nonce, sealed = receiver.get_note(arrived.id, "bank:icbc:4321:debit")
    assert NOTE.encode() not in sealed  # sealed again under the receiving computer's key


def test_the_file_holds_nothing_readable(sender):
    store, checklist = sender
    data = handover.build_export(store, Vault(store), [checklist.id]).data
    markers = [NAME, NOTE[:6], "小区物业缴费", "138****1234", "alipay", "wechat", "icbc", "4321", "switch",
               "stuck", '"items"', "platform:"]
    for marker in markers:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert marker.encode(encoding) not in data, (marker, encoding)
    header_len = struct.unpack(">H", data[16:18])[0]
    header = json.loads(data[18:18 + header_len])
    assert set(header) == {"format", "kdf", "m", "t", "p", "salt", "nonce", "cipher"}
    assert (len(data) - 18 - header_len - 16) % handover_seal.PAD == 0  # padded: the size hides the count


def test_a_repeated_import_says_so_and_adds_nothing(sender, receiver):
    store, checklist = sender
    exported = handover.build_export(store, Vault(store), [checklist.id])
    first = handover.import_file(receiver, Vault(receiver), exported.data, exported.passphrase)
    again = handover.import_file(receiver, Vault(receiver), exported.data, exported.passphrase)
    assert again.already
    assert again.checklist_ids == first.checklist_ids
    assert len(receiver.list_checklists()) == 1
    receiver.delete_checklist(first.checklist_ids[0])  # deleted here: taking it over again is allowed
    third = handover.import_file(receiver, Vault(receiver), exported.data, exported.passphrase)
    assert not third.already
    assert len(receiver.list_checklists()) == 1


def test_without_a_keyring_notes_stay_locked_and_go_in_once_it_works(sender, receiver):
    store, checklist = sender
    exported = handover.build_export(store, Vault(store), [checklist.id])
    keyring.set_keyring(keyring.backends.fail.Keyring())
    vault = Vault(receiver)
    assert vault.state is VaultState.NO_BACKEND
    result = handover.import_file(receiver, vault, exported.data, exported.passphrase)
    assert result.notes == 0
    assert result.notes_pending == 1
    assert result.notes_reason == "vault.no_backend"
    new_id = result.checklist_ids[0]
    assert receiver.get_note(new_id, "bank:icbc:4321:debit") is None
    assert receiver.count_notes() == 0  # so a keyring that appears later can make a new key
    assert handover.pending_count(receiver) == 1
    again = handover.import_file(receiver, vault, exported.data, exported.passphrase)
    assert again.already
    assert again.notes_pending == 1

    keyring.set_keyring(MemoryKeyring())
    vault = Vault(receiver)
    assert vault.state is VaultState.READY
    with pytest.raises(BindGuardError) as wrong:
        handover.complete_pending(receiver, vault, "11111 11111 11111 11111 11111")
    assert wrong.value.code == "handover.wrong_or_changed"
    assert receiver.count_notes() == 0
    done = handover.import_file(receiver, vault, exported.data, exported.passphrase)
    assert done.already
    assert done.completed
    assert done.notes == 1
    assert vault.read_note(new_id, "bank:icbc:4321:debit") == NOTE
    assert handover.pending_count(receiver) == 0
    assert len(receiver.list_checklists()) == 1


def test_export_with_a_locked_keyring_leaves_the_notes_out_and_says_why(sender):
    store, checklist = sender
    keyring.set_keyring(keyring.backends.fail.Keyring())
    exported = handover.build_export(store, Vault(store), [checklist.id])
    assert exported.notes == 0
    assert exported.notes_left_out == 1
    assert exported.notes_reason == "vault.no_backend"


def _refused(receiver, data: bytes, passphrase: str = "12345 67890 12345 67890 12345") -> str:
    before = receiver.conn.execute("SELECT COUNT(*) FROM setting").fetchone()[0]
    with pytest.raises(BindGuardError) as caught:
        handover.import_file(receiver, Vault(receiver), data, passphrase)
    assert receiver.list_checklists() == []
    assert receiver.conn.execute("SELECT COUNT(*) FROM setting").fetchone()[0] == before
    assert caught.value.code in MESSAGES
    assert caught.value.text("zh")
    assert caught.value.text("en")
    return caught.value.code


def test_every_bad_file_is_refused_plainly_with_nothing_written(receiver, sample):
    good = "12345 67890 12345 67890 12345"
    assert _refused(receiver, sample, "12345 67890 12345 67890 12346") == "handover.wrong_or_changed"
    changed = bytearray(sample)
    changed[-40] ^= 0x01
    assert _refused(receiver, bytes(changed), good) == "handover.wrong_or_changed"
    header_changed = sample.replace(b'"m":65536,"t":2', b'"t":2,"m":65536')  # the same meaning, other bytes
    assert header_changed != sample
    assert _refused(receiver, header_changed, good) == "handover.wrong_or_changed"
    for cut in (5, 17, 40, len(sample) - 100, len(sample) - 1):
        assert _refused(receiver, sample[:cut], good) in ("handover.damaged", "handover.wrong_or_changed")
    assert _refused(receiver, sample[:len(sample) - 4000], good) == "handover.wrong_or_changed"
    newer = sample.replace(b'"format":1', b'"format":2')
    assert _refused(receiver, newer, good) == "handover.too_new"
    assert _refused(receiver, b"%PDF-1.7\n" + b"x" * 100, good) == "handover.not_handover"
    assert _refused(receiver, b"", good) == "handover.empty"
    assert _refused(receiver, b"\0" * (handover.MAX_FILE_BYTES + 1), good) == "handover.too_big"
    greedy = sample.replace(b'"m":65536', b'"m":99999999')
    assert _refused(receiver, greedy, good) == "handover.damaged"  # a header asking for 95 GiB is not obeyed


def test_an_empty_or_huge_file_on_disk_is_refused_before_reading(tmp_path):
    empty = tmp_path / "empty.bindguard"
    empty.write_bytes(b"")
    with pytest.raises(BindGuardError) as caught:
        handover_seal.check_file(handover.read_file(empty))
    assert caught.value.code == "handover.empty"
    huge = tmp_path / "huge.bindguard"
    with open(huge, "wb") as handle:
        handle.truncate(handover.MAX_FILE_BYTES + 1)  # sparse: no 64 MB written
    with pytest.raises(BindGuardError) as caught:
        handover.read_file(huge)
    assert caught.value.code == "handover.too_big"
    with pytest.raises(BindGuardError) as caught:
        handover.read_file(tmp_path)
    assert caught.value.code == "handover.not_handover"


def test_a_sealed_payload_of_the_wrong_shape_is_damage_not_a_crash(receiver):
    good = "12345 67890 12345 67890 12345"
    for payload in ({"id": "ab", "checklists": [{"items": "x"}]}, {"id": "ab", "checklists": [5]},
                    {"id": "ab", "checklists": []}, {"id": "a/b", "checklists": [{"items": []}]},
                    {"id": "ab", "checklists": [{"items": [], "discovery_counts": {"alipay": float("inf")}}]}):
        assert _refused(receiver, handover.seal(payload, good), good) == "handover.damaged"


def test_the_file_is_written_whole_and_never_over_another(tmp_path):
    name = handover.file_name([NAME], __import__("datetime").date(2026, 12, 7))
    assert name == f"换号清单-{NAME}-2026-12-07.bindguard"
    first = handover.write_file(unused_path(tmp_path, name), b"one")
    second = handover.write_file(unused_path(tmp_path, name), b"two")
    assert first.read_bytes() == b"one"
    assert second.name == f"换号清单-{NAME}-2026-12-07 (2).bindguard"
    with pytest.raises(BindGuardError) as caught:
        handover.write_file(first, b"three")
    assert caught.value.code == "export.unwritable"
    assert first.read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])  # no .part left
    with pytest.raises(BindGuardError) as caught:
        handover.write_file(tmp_path / "missing" / name, b"x")
    assert caught.value.code == "export.no_folder"


def test_a_build_without_argon2id_says_so_plainly(monkeypatch):
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.kdf import argon2

    def refuse(*args, **kwargs):
        raise UnsupportedAlgorithm("argon2id is not supported by this version of OpenSSL.")

    monkeypatch.setattr(argon2, "Argon2id", refuse)
    with pytest.raises(BindGuardError) as caught:
        handover.seal({"id": "ab", "checklists": []}, "12345 67890 12345 67890 12345")
    assert caught.value.code == "handover.unsupported"


def test_locked_notes_go_in_with_the_passphrase_alone_once_the_keyring_works(sender, receiver):
    store, checklist = sender
    exported = handover.build_export(store, Vault(store), [checklist.id])
    keyring.set_keyring(keyring.backends.fail.Keyring())
    first = handover.import_file(receiver, Vault(receiver), exported.data, exported.passphrase)
    assert first.notes_pending == 1
    keyring.set_keyring(MemoryKeyring())
    vault = Vault(receiver)
    done = handover.complete_pending(receiver, vault, exported.passphrase)  # the file itself is gone
    assert done.completed
    assert done.notes == 1
    assert vault.read_note(first.checklist_ids[0], "bank:icbc:4321:debit") == NOTE
    with pytest.raises(BindGuardError) as nothing:
        handover.complete_pending(receiver, vault, exported.passphrase)
    assert nothing.value.code == "handover.no_file"
