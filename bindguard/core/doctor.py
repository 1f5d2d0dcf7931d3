"""Facts support needs from a non-technical user, without any personal data.

Qt-free; bindguard/ui/doctor_qt.py adds the Qt version and the Chinese font check.
"""

from __future__ import annotations

import platform
import sys
from typing import Any

from bindguard import __version__
from bindguard.core.paths import data_dir


def store_check() -> tuple[str, bool, str]:
    """(data folder, whether the store opens, error code or ''). A set-aside file is reported by code."""
    from bindguard.core.errors import BindGuardError
    from bindguard.core.store import Store

    folder = data_dir()
    try:
        store = Store.open(folder, backup=False)
    except BindGuardError as exc:
        return str(folder), False, exc.code
    except Exception as exc:
        return str(folder), False, type(exc).__name__
    problem = store.recovery.code if store.recovery else ""
    store.close()
    return str(folder), True, problem


def keyring_check() -> dict[str, Any]:
    """keyring_backend, keyring_ok (a throwaway secret round-trips) and keyring_problem when not OK.

    A backend that would keep secrets in plain text (keyrings.alt) is reported as not OK.
    """
    from bindguard.core.vault import probe_keyring

    return probe_keyring()


def core_report() -> dict[str, Any]:
    folder, store_ok, store_error = store_check()
    report: dict[str, Any] = {
        "version": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "frozen": bool(getattr(sys, "frozen", False)),
        "data_dir": folder,
        "store_ok": store_ok,
    }
    if store_error:
        report["store_error"] = store_error
    report.update(keyring_check())
    return report
