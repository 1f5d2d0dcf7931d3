"""Hand-over: checklists, progress and notes in one encrypted file, opened with a generated passphrase.

The file (`换号清单-<name>-<date>.bindguard`)::

    MAGIC (16 bytes) | header length (2 bytes, big-endian) | header (ASCII JSON) | AES-256-GCM ciphertext

The header holds the format version, the KDF's name and parameters, the salt and the nonce, and
nothing about the content; MAGIC + length + header are the GCM associated data, so a changed byte
anywhere (header or ciphertext) fails the tag. The key is Argon2id (cryptography >= 44) over the
passphrase's digits. The payload is JSON of the chosen checklists with their items, statuses and notes
(notes in plain text *inside* the ciphertext: decrypted with this computer's vault key on export and
sealed again under the receiving computer's key on import), padded to a multiple of PAD bytes so the
file's size says little about how many items it holds.

KDF parameters (RFC 9106's second recommendation with 2 passes instead of 3): 64 MiB, 2 passes,
4 lanes; measured on the project's shared 2-core Debian VM (2026-12-07): 0.15-0.21 s a derivation when
quiet, 0.27-0.82 s while other sessions and the test suite ran (`tests/core/test_handover.py::
test_kdf_time_on_this_machine` prints it on each run).

Import adds the checklists as new ones, never replacing one; the export's random id is remembered
(setting `handover.imported.<id>`), so importing the same file again says so and writes nothing. When
this computer has no usable keyring the checklists arrive and the notes stay locked: the file's bytes
(still encrypted under the passphrase) are kept in setting `handover.pending.<id>`; once the keyring works,
the passphrase alone (complete_pending) or importing the same file again puts the notes in (under the new
key) and drops that copy.

`cryptography` is imported inside functions: nothing here loads before the first page is shown.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bindguard.core.checklist import BankCard, CardType, Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.errors import BindGuardError
from bindguard.core.file_names import plain_file_name
from bindguard.core.handover_seal import (
    IMPORTED_PREFIX,
    MAX_FILE_BYTES,
    PENDING_PREFIX,
    SUFFIX,
    new_passphrase,
    normalise_passphrase,
    open_sealed,
    seal,
)
from bindguard.core.situation import Scope, Situation
from bindguard.core.words import LIST_SEP

if TYPE_CHECKING:
    from bindguard.core.store import Store
    from bindguard.core.vault import Vault

# -- checklists to and from the payload ----------------------------------------------------------

def _checklist_to_json(checklist: Checklist, notes: dict[str, str]) -> dict[str, Any]:
    return {
        "name": checklist.name, "situation": checklist.situation.value, "scope": checklist.scope.value,
        "old_number": checklist.old_number, "new_number": checklist.new_number,
        "cancel_date": checklist.cancel_date.isoformat() if checklist.cancel_date else None,
        "suspended_only": checklist.suspended_only, "discovery_counts": checklist.discovery_counts,
        "page": checklist.page, "current_item": checklist.current_item,
        # what the door promised (core.counts); null: not known, as the store keeps it
        "promised": None if checklist.promised is None else list(checklist.promised),
        "items": [{
            "key": item.key, "kind": item.kind.value, "ref": item.ref, "title": item.title,
            "status": item.status.value, "money_risk": item.money_risk,
            "card": [item.card.bank_id, item.card.last4, item.card.card_type.value] if item.card else None,
            "old_number_works": item.old_number_works,
        } for item in checklist.items],
        "notes": notes,
    }


def _text(value: object, default: str = "") -> str:
    if value is None:
        return default
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _promised(value: object) -> tuple[str, ...] | None:
    """The door's promise as the file carries it; a file made before it was carried has none (None: not
    known, never worked out from today's door rule, core.counts). A wrong type is damage."""
    if value is None:
        return None
    if not isinstance(value, list):
        raise TypeError("promised")
    return tuple(_text(key) for key in value)


def _checklist_from_json(data: object) -> tuple[Checklist, dict[str, str]]:
    """Values a newer version may have added fall back the way the store reads them; a wrong type is damage."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise TypeError("not a checklist")
    items = []
    for raw in data["items"]:
        if not isinstance(raw, dict):
            raise TypeError("not an item")
        kind = _text(raw.get("kind"))
        if kind not in ItemKind._value2member_map_:
            continue  # a newer version's kind: left out, as the store leaves it out
        status = _text(raw.get("status"), "todo")
        card = None
        if isinstance(raw.get("card"), list) and len(raw["card"]) == 3:
            bank_id, last4, card_type = (_text(v) for v in raw["card"])
            if card_type in CardType._value2member_map_ and len(last4) == 4 and last4.isdigit():
                card = BankCard(bank_id, last4, CardType(card_type))
        works = raw.get("old_number_works")
        items.append(ChecklistItem(
            _text(raw.get("key")), ItemKind(kind), _text(raw.get("ref")), _text(raw.get("title")),
            Status(status) if status in Status._value2member_map_ else Status.TODO,
            bool(raw.get("money_risk")), card, works if isinstance(works, bool) else None))
    if any(not item.key for item in items) or len({i.key for i in items}) != len(items):
        raise ValueError("item keys")
    situation = _text(data.get("situation"))
    scope = _text(data.get("scope"))
    cancel = data.get("cancel_date")
    counts = data.get("discovery_counts") or {}
    notes = data.get("notes") or {}
    if not isinstance(counts, dict) or not isinstance(notes, dict):
        raise TypeError("counts or notes")
    checklist = Checklist(
        name=_text(data.get("name")) or "BindGuard",
        situation=Situation(situation) if situation in Situation._value2member_map_ else Situation.CANCEL_SOON,
        scope=Scope(scope) if scope in Scope._value2member_map_ else Scope.FULL,
        old_number=_text(data.get("old_number")), new_number=_text(data.get("new_number")),
        cancel_date=dt.date.fromisoformat(_text(cancel)) if cancel else None,
        suspended_only=bool(data.get("suspended_only")), items=items,
        discovery_counts={str(k): int(v) for k, v in counts.items()},
        page=_text(data.get("page"), "situation") or "situation", current_item=_text(data.get("current_item")),
    )
    checklist.promised = _promised(data.get("promised"))
    keys = {item.key for item in items}
    return checklist, {str(k): _text(v) for k, v in notes.items() if k in keys and _text(v).strip()}


# -- export ----------------------------------------------------------------------------------------

@dataclass
class Export:
    data: bytes  # the whole file
    passphrase: str  # grouped, as shown and printed
    names: list[str]
    notes: int  # notes carried in the file
    notes_left_out: int  # notes that could not be opened here (locked keyring, damaged note)
    notes_reason: str = ""  # the errors.py code why, when notes_left_out


def build_export(store: Store, vault: Vault | None, checklist_ids: list[int], passphrase: str | None = None,
                 today: dt.date | None = None) -> Export:
    """Read the chosen checklists and their notes (decrypted with this computer's key) and seal them."""
    if not checklist_ids:
        raise BindGuardError("checklist.not_found")
    checklists = []
    for checklist_id in checklist_ids:
        checklist = store.load_checklist(checklist_id)
        if checklist is None:
            raise BindGuardError("checklist.not_found")
        checklists.append(checklist)
    carried = left_out = 0
    reason = ""
    entries = []
    for checklist in checklists:
        notes: dict[str, str] = {}
        sealed_keys = [i.key for i in checklist.items if store.get_note(checklist.id, i.key) is not None]
        if sealed_keys and (vault is None or vault.state.value != "ready"):
            left_out += len(sealed_keys)
            reason = vault.state.message_code if vault is not None else "vault.error"
        else:
            for key in sealed_keys:
                try:
                    text = vault.read_note(checklist.id, key)  # type: ignore[union-attr]
                except BindGuardError as exc:
                    left_out += 1
                    reason = exc.code
                    continue
                if text:
                    notes[key] = text
        carried += len(notes)
        entries.append(_checklist_to_json(checklist, notes))
    from bindguard import __version__

    payload = {"id": secrets.token_hex(16), "app": __version__,
               "made": (today or dt.date.today()).isoformat(), "checklists": entries}
    passphrase = passphrase or new_passphrase()
    return Export(seal(payload, passphrase), passphrase, [c.name for c in checklists], carried, left_out, reason)


def file_name(names: list[str], day: dt.date, kind: str = "换号清单") -> str:
    """换号清单-妈妈-2026-12-07.bindguard (several checklists: their names joined with 、, shortened)."""
    person = "、".join(names)
    if len(person) > 30:
        person = person[:29] + "…"
    return plain_file_name(kind, person, day, SUFFIX)


def write_file(path: Path, data: bytes, overwrite: bool = False) -> Path:
    """Through a temporary file in the same folder, synced, then put in place: never half a file under
    the real name. Without `overwrite` an existing file is never replaced (a hard link fails on it);
    with it (另存为…, where the save dialog asked) core/safe_write.py does the replacing. Raises
    BindGuardError("export.no_folder" / "export.unwritable" / "export.not_a_file")."""
    path = Path(path)
    if not path.parent.is_dir():
        raise BindGuardError("export.no_folder", path=str(path.parent))
    if overwrite:
        from bindguard.core.safe_write import write_bytes

        return write_bytes(path, data)
    temp = path.with_name(f".bindguard-{secrets.token_hex(4)}.part")
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(temp, path)  # FileExistsError instead of replacing
    except OSError as exc:
        raise BindGuardError("export.unwritable", path=str(path)) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return path


def read_file(path: Path) -> bytes:
    """The file's bytes, refusing a huge one before reading it."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise BindGuardError("handover.too_big", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError as exc:
        raise BindGuardError("handover.not_handover") from exc
    except OSError as exc:
        raise BindGuardError("handover.unreadable", path=str(path)) from exc


# -- import ----------------------------------------------------------------------------------------

@dataclass
class Import:
    checklist_ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    notes: int = 0  # notes put in under this computer's key
    notes_pending: int = 0  # notes kept locked until the keyring works
    notes_reason: str = ""  # the vault's errors.py code when notes_pending
    already: bool = False  # this file was imported before; nothing new was added
    completed: bool = False  # a repeated import that put in the notes kept locked last time


def import_file(store: Store, vault: Vault | None, data: bytes, passphrase: str) -> Import:
    """Add the file's checklists as new ones; nothing is written unless the whole file opens and reads."""
    payload = open_sealed(data, passphrase)
    try:
        parsed = [_checklist_from_json(entry) for entry in payload["checklists"]]
    except (TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise BindGuardError("handover.damaged") from exc
    if not parsed:
        raise BindGuardError("handover.damaged")
    export_id = payload["id"]
    if not export_id.isalnum() or len(export_id) > 64:
        raise BindGuardError("handover.damaged")
    earlier = _earlier_ids(store, export_id)
    ready = vault is not None and vault.state.value == "ready"
    if earlier:
        return _import_again(store, vault, export_id, earlier, parsed, ready)
    note_count = sum(len(notes) for _, notes in parsed)
    result = Import(names=[c.name for c, _ in parsed])
    seal_note = vault.seal if ready and note_count else None  # type: ignore[union-attr]
    settings: dict[str, str] = {}
    if note_count and not ready:
        settings[PENDING_PREFIX + export_id] = base64.b64encode(data).decode("ascii")
        result.notes_pending = note_count
        result.notes_reason = vault.state.message_code if vault is not None else "vault.error"
    created = store.import_checklists(
        [(checklist, notes if seal_note else {}) for checklist, notes in parsed], seal_note, settings,
        lambda ids: {IMPORTED_PREFIX + export_id: json.dumps(ids)})
    result.checklist_ids = created
    result.notes = note_count if seal_note else 0
    return result


def _earlier_ids(store: Store, export_id: str) -> list[int]:
    """The checklists an earlier import of this file made that are still here ([] if none is left)."""
    try:
        ids = json.loads(store.get_setting(IMPORTED_PREFIX + export_id) or "[]")
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, int) and store.load_checklist(i) is not None]


def _import_again(store: Store, vault: Vault | None, export_id: str, earlier: list[int],
                  parsed: list[tuple[Checklist, dict[str, str]]], ready: bool) -> Import:
    result = Import(checklist_ids=earlier, names=[c.name for c, _ in parsed], already=True)
    if not store.get_setting(PENDING_PREFIX + export_id):
        return result
    ids = json.loads(store.get_setting(IMPORTED_PREFIX + export_id))
    if not ready:
        result.notes_pending = sum(len(n) for _, n in parsed)
        result.notes_reason = vault.state.message_code if vault is not None else "vault.error"
        return result
    put = []
    for new_id, (_checklist, notes) in zip(ids, parsed, strict=False):
        if new_id not in earlier:
            continue
        keys = {item.key for item in store.load_checklist(new_id).items}
        put.extend((new_id, key, text) for key, text in notes.items()
                   if key in keys and store.get_note(new_id, key) is None)
    store.put_sealed_notes([(cid, key, *vault.seal(cid, key, text)) for cid, key, text in put],  # type: ignore[union-attr]
                           drop_settings=[PENDING_PREFIX + export_id])
    result.notes, result.completed = len(put), True
    return result


def complete_pending(store: Store, vault: Vault | None, passphrase: str) -> Import:
    """Put in the notes an earlier import kept locked (no keyring then), with the passphrase alone: the
    file's bytes were kept, so the file itself is no longer needed. Raises BindGuardError("handover.no_file")
    when nothing waits, ("handover.wrong_or_changed") when the passphrase opens none of them."""
    rows = store.conn.execute("SELECT value FROM setting WHERE key LIKE ? AND value != '' ORDER BY key",
                              (PENDING_PREFIX + "%",)).fetchall()
    if not rows:
        raise BindGuardError("handover.no_file")
    digits = normalise_passphrase(passphrase)
    for (value,) in rows:
        try:
            data = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            continue
        try:
            return import_file(store, vault, data, digits)
        except BindGuardError as exc:
            if exc.code != "handover.wrong_or_changed":
                raise
    raise BindGuardError("handover.wrong_or_changed")


def pending_count(store: Store) -> int:
    """How many hand-over files wait for a keyring to put their notes in."""
    return store.conn.execute("SELECT COUNT(*) FROM setting WHERE key LIKE ? AND value != ''",
                              (PENDING_PREFIX + "%",)).fetchone()[0]


def result_text(result: Import, lang: str) -> str:
    """What an import did, in one plain paragraph (the window and the command line say the same)."""
    from bindguard.core.errors import message

    pending = ""
    if result.notes_pending:
        reason = message(result.notes_reason, lang, **({"detail": ""} if result.notes_reason == "vault.error"
                                                       else {}))
        pending = message("handover.notes_pending", lang, count=result.notes_pending, reason=reason)
    if result.completed:
        return message("handover.notes_completed", lang, count=result.notes)
    if result.already:
        return " ".join(t for t in (message("handover.already", lang), pending) if t)
    names = LIST_SEP.get(lang).join(result.names)
    done = message("handover.imported", lang, count=len(result.checklist_ids), names=names, notes=result.notes)
    return " ".join(t for t in (done, pending) if t)
