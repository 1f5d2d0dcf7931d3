"""Notes vault: one random key in the OS keyring, each note sealed with AES-256-GCM.

The database only ever sees nonce + ciphertext. The associated data binds a note to its checklist and
item, so a ciphertext copied onto another item fails to open instead of showing the wrong note. When
the keyring is missing, locked, refuses, or would store the key in plain text, notes are locked (the
rest of the app works); nothing is ever written in plain text as a fallback, and ciphertext is only
deleted by an explicit reset_notes().

`keyring` and `cryptography` are imported inside functions: keyring's import plus backend discovery
costs about 0.2 s, which must not delay the first window.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import secrets
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from bindguard.core.errors import BindGuardError

if TYPE_CHECKING:
    from bindguard.core.store import Store

log = logging.getLogger(__name__)

SERVICE = "BindGuard"
KEY_USER = "notes-key"
KEY_BYTES = 32
NONCE_BYTES = 12
SCHEME = 1  # stored in note.scheme: AES-256-GCM, AAD = _aad(checklist, item)
VAULT_ID_SETTING = "vault_id"
CANARY_SETTING = "vault_canary"
CANARY_TEXT = b"BindGuard notes canary v1"

# Backends that keep nothing (fail, null) or keep secrets in a plain file (keyrings.alt).
NO_BACKEND_MARKERS = ("keyring.backends.fail.", "keyring.backends.null.")
PLAINTEXT_MARKERS = ("keyrings.alt", "PlaintextKeyring")
# kept for callers of the v0 placeholder
PLAINTEXT_BACKENDS = (*PLAINTEXT_MARKERS, "null.Keyring", "fail.Keyring")


class VaultState(StrEnum):
    READY = "ready"
    NO_BACKEND = "no_backend"
    PLAINTEXT_BACKEND = "plaintext_backend"
    LOCKED = "locked"
    DENIED = "denied"
    KEY_MISSING = "key_missing"
    ERROR = "error"

    @property
    def message_code(self) -> str:
        """The errors.py code that explains this state to the user ('' when READY)."""
        return "" if self is VaultState.READY else f"vault.{self.value}"


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def classify_backend(backend: object) -> VaultState | None:
    """NO_BACKEND / PLAINTEXT_BACKEND from the backend's class alone, None if it may be usable."""
    name = backend_name(backend)
    if any(marker in name for marker in PLAINTEXT_MARKERS):
        return VaultState.PLAINTEXT_BACKEND
    if any(name.startswith(marker) for marker in NO_BACKEND_MARKERS):
        return VaultState.NO_BACKEND
    try:
        from keyring.backends.chainer import ChainerBackend
    except ImportError:
        return None
    if isinstance(backend, ChainerBackend):
        states = [classify_backend(child) for child in backend.backends]
        if not states:
            return VaultState.NO_BACKEND
        if all(state is not None for state in states):
            return VaultState.PLAINTEXT_BACKEND if VaultState.PLAINTEXT_BACKEND in states else VaultState.NO_BACKEND
    return None


def state_from_exception(exc: BaseException) -> VaultState:
    """Map a keyring exception to what the user can do about it."""
    try:
        from keyring import errors
    except ImportError:  # a build without keyring: no keyring, plainly
        return VaultState.NO_BACKEND
    if isinstance(exc, errors.KeyringLocked):
        return VaultState.LOCKED
    if isinstance(exc, errors.NoKeyringError):
        return VaultState.NO_BACKEND
    if isinstance(exc, errors.InitError):
        return VaultState.DENIED
    text = str(exc).lower()
    if any(word in text for word in ("denied", "dismissed", "refused", "not allowed", "cancel")):
        return VaultState.DENIED
    if "locked" in text:
        return VaultState.LOCKED
    return VaultState.ERROR


def _aad(checklist_id: int, item_key: str) -> bytes:
    return f"bindguard-note-v{SCHEME}\x00{int(checklist_id)}\x00{item_key}".encode()


class Vault:
    """Notes for one store. `state` is probed on first use (that is when keyring gets imported)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._state: VaultState | None = None
        self._key: bytes | None = None
        self.detail = ""  # English, for logs and vault.error; never a secret

    # -- state ---------------------------------------------------------------------------------

    @property
    def state(self) -> VaultState:
        if self._state is None:
            self._state = self._probe()
            if self._state is not VaultState.READY:
                log.info("notes locked: %s %s", self._state.value, self.detail)
        return self._state

    def refresh(self) -> VaultState:
        """Probe again, e.g. after the user unlocked the keyring."""
        self._state, self._key, self.detail = None, None, ""
        return self.state

    def _username(self) -> str:
        vault_id = self.store.get_setting(VAULT_ID_SETTING)
        if not vault_id:
            vault_id = secrets.token_hex(8)
            self.store.set_setting(VAULT_ID_SETTING, vault_id)
        return f"{KEY_USER}:{vault_id}"  # one key per data folder: a reset elsewhere cannot break these notes

    def _probe(self) -> VaultState:
        try:
            import keyring

            backend = keyring.get_keyring()
            self.detail = backend_name(backend)
            by_class = classify_backend(backend)
            if by_class is not None:
                return by_class
            username = self._username()
            stored = backend.get_password(SERVICE, username)
            if stored is None:
                if self.store.count_notes():
                    return VaultState.KEY_MISSING  # never make a new key over notes the old one sealed
                return self._create_key(backend, username)  # first use, or nothing left to lose
            key = _decode_key(stored)
            if key is None or not self._canary_opens(key):
                if self.store.count_notes():
                    return VaultState.KEY_MISSING  # a stranger's or damaged key: the notes stay sealed
                if key is None:
                    return self._create_key(backend, username)
                self._write_canary(key)  # no notes to protect: adopt the key that is there
            self._key = key
            return VaultState.READY
        except Exception as exc:
            self.detail = type(exc).__name__
            return state_from_exception(exc)

    def _create_key(self, backend: Any, username: str) -> VaultState:
        key = secrets.token_bytes(KEY_BYTES)
        encoded = base64.b64encode(key).decode("ascii")
        backend.set_password(SERVICE, username, encoded)
        if backend.get_password(SERVICE, username) != encoded:  # e.g. a backend that silently drops it
            return VaultState.NO_BACKEND
        self._key = key
        self._write_canary(key)
        return VaultState.READY

    def _write_canary(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = nonce + AESGCM(key).encrypt(nonce, CANARY_TEXT, b"canary")
        self.store.set_setting(CANARY_SETTING, base64.b64encode(sealed).decode("ascii"))

    def _canary_opens(self, key: bytes) -> bool:
        """The key in the keyring is the one these notes were sealed with (not a stranger's)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        stored = self.store.get_setting(CANARY_SETTING)
        if not stored:
            if self.store.count_notes():
                return True  # notes from before the canary existed: let each note's tag decide
            self._write_canary(key)
            return True
        try:
            sealed = base64.b64decode(stored, validate=True)
            return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], b"canary") == CANARY_TEXT
        except (InvalidTag, binascii.Error, ValueError):
            return False

    def _require_key(self) -> bytes:
        state = self.state
        if state is not VaultState.READY or self._key is None:
            params = {"detail": self.detail or state.value} if state is VaultState.ERROR else {}
            raise BindGuardError(state.message_code or "vault.error", **params)
        return self._key

    # -- notes ---------------------------------------------------------------------------------

    def has_note(self, checklist_id: int, item_key: str) -> bool:
        """Works while locked: it only asks whether ciphertext exists."""
        return self.store.get_note(checklist_id, item_key) is not None

    def read_note(self, checklist_id: int, item_key: str) -> str | None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        key = self._require_key()
        sealed = self.store.get_note(checklist_id, item_key)
        if sealed is None:
            return None
        nonce, ciphertext = sealed
        try:
            plain = AESGCM(key).decrypt(nonce, ciphertext, _aad(checklist_id, item_key))
            return plain.decode("utf-8")
        except (InvalidTag, ValueError) as exc:
            log.warning("a note failed to open (checklist %s)", checklist_id)
            raise BindGuardError("vault.tampered") from exc

    def write_note(self, checklist_id: int, item_key: str, text: str) -> None:
        """Seal and store; empty (or blank) text deletes the note. Raises (and writes nothing) when not READY."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        key = self._require_key()
        if not text or not text.strip():
            self.store.delete_note(checklist_id, item_key)
            return
        nonce = secrets.token_bytes(NONCE_BYTES)
        ciphertext = AESGCM(key).encrypt(nonce, text.encode("utf-8"), _aad(checklist_id, item_key))
        self.store.put_note(checklist_id, item_key, nonce, ciphertext)

    def seal(self, checklist_id: int, item_key: str, text: str) -> tuple[bytes, bytes]:
        """(nonce, ciphertext) of `text` for that item, not stored (the hand-over import stores it with
        its checklist in one transaction). Raises when not READY, as write_note does."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        key = self._require_key()
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce, AESGCM(key).encrypt(nonce, text.encode("utf-8"), _aad(checklist_id, item_key))

    def reset_notes(self) -> VaultState:
        """Delete every note and start a new key. Only after the user confirmed it in the UI."""
        import keyring
        from keyring.errors import PasswordDeleteError

        self.store.delete_all_notes()
        self.store.set_setting(CANARY_SETTING, "")
        self._state, self._key = None, None
        try:
            backend = keyring.get_keyring()
            username = self._username()
            if classify_backend(backend) is None:
                with contextlib.suppress(PasswordDeleteError):
                    backend.delete_password(SERVICE, username)
        except Exception as exc:
            log.info("old notes key not removed: %s", type(exc).__name__)
        return self.state


def _decode_key(stored: str) -> bytes | None:
    try:
        key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def probe_keyring() -> dict[str, Any]:
    """Which backend keyring picked, and whether a throwaway secret round-trips through it (doctor)."""
    import keyring

    backend = keyring.get_keyring()
    name = backend_name(backend)
    result: dict[str, Any] = {"keyring_backend": name, "keyring_ok": False}
    by_class = classify_backend(backend)
    if by_class is VaultState.PLAINTEXT_BACKEND:
        result["keyring_problem"] = "plaintext_backend: secrets would be stored unencrypted (remove keyrings.alt)"
        return result
    if by_class is VaultState.NO_BACKEND:
        result["keyring_problem"] = "no_backend: no usable system keyring"
        return result
    probe_user = "doctor-probe-" + secrets.token_hex(4)
    probe_value = secrets.token_hex(16)
    try:
        backend.set_password(SERVICE, probe_user, probe_value)
        result["keyring_ok"] = backend.get_password(SERVICE, probe_user) == probe_value
        backend.delete_password(SERVICE, probe_user)
        if not result["keyring_ok"]:
            result["keyring_problem"] = "round_trip_failed: the secret did not come back"
    except Exception as exc:
        result["keyring_problem"] = f"{state_from_exception(exc).value}: {type(exc).__name__}"
    return result
