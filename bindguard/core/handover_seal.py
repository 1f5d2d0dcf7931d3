"""The sealed hand-over file: its layout, the passphrase and the crypto (split from core/handover.py,
which puts checklists into the payload and takes them out).

    MAGIC (16 bytes) | header length (2 bytes, big-endian) | header (ASCII JSON) | AES-256-GCM ciphertext

The header holds the format version, the KDF's name and parameters, the salt and the nonce, and nothing
about the content; MAGIC + length + header are the GCM associated data, so a changed byte anywhere fails
the tag. The key is Argon2id (cryptography >= 44) over the passphrase's digits; the payload is padded to a
multiple of PAD bytes. `cryptography` is imported inside functions: nothing loads before the first page.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import struct
import unicodedata
from dataclasses import dataclass
from typing import Any

from bindguard.core.errors import BindGuardError

MAGIC = b"BindGuardHandOvr"  # 16 bytes
FORMAT_VERSION = 1
SUFFIX = ".bindguard"
KDF_NAME = "argon2id"
KDF_MEMORY_KIB = 64 * 1024
KDF_ITERATIONS = 2
KDF_LANES = 4
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
PAD = 4096
MAX_FILE_BYTES = 64 * 1024 * 1024  # 150 items with long notes is a few MB; anything far bigger is not ours
MAX_HEADER_BYTES = 1024
# a crafted header must not make us spend minutes or gigabytes
KDF_LIMITS = {"m": (8 * 1024, 1024 * 1024), "t": (1, 10), "p": (1, 16)}

GROUPS = 5
GROUP_DIGITS = 5
PASSPHRASE_DIGITS = GROUPS * GROUP_DIGITS
IMPORTED_PREFIX = "handover.imported."
PENDING_PREFIX = "handover.pending."


# -- passphrase ------------------------------------------------------------------------------------

def new_passphrase() -> str:
    """Five groups of five digits from the OS's CSPRNG, e.g. "40715 88213 02946 71380 55102".

    Entropy: each digit is one of 10 values chosen uniformly and independently (secrets.randbelow),
    so 25 digits carry 25 × log2(10) = 25 × 3.3219 = 83.05 bits (≥ 80). Digits, because they are read
    aloud and typed the same way in Chinese and English with any input method; groups of five
    because a group is said in one breath and a missed group is easy to spot.
    """
    digits = "".join(str(secrets.randbelow(10)) for _ in range(PASSPHRASE_DIGITS))
    return format_passphrase(digits)


def format_passphrase(digits: str) -> str:
    return " ".join(digits[i:i + GROUP_DIGITS] for i in range(0, len(digits), GROUP_DIGITS))


def normalise_passphrase(typed: str) -> str:
    """The digits of what was typed: spaces, dashes, full-width digits (１２３) and case forgiven.

    Raises BindGuardError("handover.passphrase_length") when the count of digits is not 25, and
    ("handover.passphrase_chars") for a letter or sign that is not a separator."""
    text = unicodedata.normalize("NFKC", typed or "")
    digits = []
    for char in text:
        if char.isdigit() and char.isascii():
            digits.append(char)
        elif char.isspace() or char in "-_.,，。·":
            continue
        else:
            raise BindGuardError("handover.passphrase_chars", char=char)
    if len(digits) != PASSPHRASE_DIGITS:
        raise BindGuardError("handover.passphrase_length", count=len(digits), expected=PASSPHRASE_DIGITS)
    return "".join(digits)


# -- the file format -------------------------------------------------------------------------------

def derive_key(digits: str, salt: bytes, memory_kib: int = KDF_MEMORY_KIB, iterations: int = KDF_ITERATIONS,
               lanes: int = KDF_LANES) -> bytes:
    """Argon2id. A cryptography or OpenSSL build without it, or parameters this computer cannot run
    (memory), is a plain BindGuardError, never a traceback."""
    try:
        from cryptography.exceptions import UnsupportedAlgorithm
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    except ImportError as exc:  # cryptography older than 44
        raise BindGuardError("handover.unsupported") from exc
    try:
        return Argon2id(salt=salt, length=KEY_BYTES, iterations=iterations, lanes=lanes,
                        memory_cost=memory_kib).derive(digits.encode("ascii"))
    except UnsupportedAlgorithm as exc:
        raise BindGuardError("handover.unsupported") from exc
    except (ValueError, MemoryError) as exc:
        raise BindGuardError("handover.damaged") from exc


def seal(payload: dict[str, Any], passphrase: str) -> bytes:
    """The whole file for `payload`, encrypted under `passphrase` (its digits)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    digits = normalise_passphrase(passphrase)
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    header = json.dumps({
        "format": FORMAT_VERSION, "kdf": KDF_NAME, "m": KDF_MEMORY_KIB, "t": KDF_ITERATIONS, "p": KDF_LANES,
        "salt": base64.b64encode(salt).decode("ascii"), "nonce": base64.b64encode(nonce).decode("ascii"),
        "cipher": "aes-256-gcm"}, separators=(",", ":")).encode("ascii")
    prefix = MAGIC + struct.pack(">H", len(header)) + header
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    body += b" " * (-len(body) % PAD)  # JSON ignores trailing spaces
    key = derive_key(digits, salt)
    return prefix + AESGCM(key).encrypt(nonce, body, prefix)


@dataclass(frozen=True)
class _Header:
    prefix: bytes
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes
    nonce: bytes


def _read_header(data: bytes) -> _Header:
    if not data:
        raise BindGuardError("handover.empty")
    if len(data) > MAX_FILE_BYTES:
        raise BindGuardError("handover.too_big", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    if not data.startswith(MAGIC):
        if len(data) < len(MAGIC) and MAGIC.startswith(data):
            raise BindGuardError("handover.damaged")
        raise BindGuardError("handover.not_handover")
    start = len(MAGIC) + 2
    if len(data) < start:
        raise BindGuardError("handover.damaged")
    (length,) = struct.unpack(">H", data[len(MAGIC):start])
    if length > MAX_HEADER_BYTES or len(data) < start + length:
        raise BindGuardError("handover.damaged")
    try:
        header = json.loads(data[start:start + length].decode("ascii"))
        version = header["format"]
        if not isinstance(version, int):
            raise TypeError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise BindGuardError("handover.damaged") from exc
    if version > FORMAT_VERSION:
        raise BindGuardError("handover.too_new")
    try:
        if version != FORMAT_VERSION or header["kdf"] != KDF_NAME or header.get("cipher") != "aes-256-gcm":
            raise ValueError
        params = {name: header[name] for name in KDF_LIMITS}
        for name, (low, high) in KDF_LIMITS.items():
            if not isinstance(params[name], int) or not low <= params[name] <= high:
                raise ValueError
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        if len(salt) < 8 or len(nonce) != NONCE_BYTES:
            raise ValueError
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise BindGuardError("handover.damaged") from exc
    return _Header(data[:start + length], params["m"], params["t"], params["p"], salt, nonce)


def check_file(data: bytes) -> None:
    """Raise the plain error for a file that cannot be a hand-over (before asking for the passphrase)."""
    header = _read_header(data)
    if len(data) - len(header.prefix) < 16:  # shorter than the GCM tag
        raise BindGuardError("handover.damaged")


def open_sealed(data: bytes, passphrase: str) -> dict[str, Any]:
    """The payload of a hand-over file. Raises BindGuardError with a plain message, never anything else."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_file(data)
    header = _read_header(data)
    digits = normalise_passphrase(passphrase)
    key = derive_key(digits, header.salt, header.memory_kib, header.iterations, header.lanes)
    try:
        body = AESGCM(key).decrypt(header.nonce, data[len(header.prefix):], header.prefix)
    except InvalidTag as exc:
        raise BindGuardError("handover.wrong_or_changed") from exc
    try:
        payload = json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BindGuardError("handover.damaged") from exc
    if not isinstance(payload, dict) or not isinstance(payload.get("checklists"), list) \
            or not isinstance(payload.get("id"), str):
        raise BindGuardError("handover.damaged")
    return payload
