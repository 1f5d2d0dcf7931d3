"""Notes vault: a random key in the OS keyring, notes sealed with AES-256-GCM (placeholder v0).

The full vault (states, AES-GCM, reset) is built in the store/vault issue; this holds the probe
that `doctor` uses.
"""

from __future__ import annotations

import secrets
from typing import Any

SERVICE = "BindGuard"
PLAINTEXT_BACKENDS = ("keyrings.alt", "PlaintextKeyring", "null.Keyring", "fail.Keyring")


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def probe_keyring() -> dict[str, Any]:
    """Which backend keyring picked, and whether a throwaway secret round-trips through it."""
    import keyring

    backend = keyring.get_keyring()
    name = backend_name(backend)
    result: dict[str, Any] = {"keyring_backend": name, "keyring_ok": False}
    if any(marker in name for marker in PLAINTEXT_BACKENDS):
        result["keyring_problem"] = "plaintext_or_no_backend"
        return result
    probe_user = "doctor-probe-" + secrets.token_hex(4)
    probe_value = secrets.token_hex(16)
    try:
        keyring.set_password(SERVICE, probe_user, probe_value)
        result["keyring_ok"] = keyring.get_password(SERVICE, probe_user) == probe_value
        keyring.delete_password(SERVICE, probe_user)
    except Exception as exc:
        result["keyring_problem"] = type(exc).__name__
    return result
