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
    """(data folder, whether the progress file is sound, problem code or ''). Read-only: doctor never
    changes, moves or creates a file, takes no part in recovery, and works beside an open window."""
    from bindguard.core.store import DB_NAME
    from bindguard.core.store_faults import StoreUnavailable
    from bindguard.core.store_recovery import check_database
    from bindguard.core.store_schema import SCHEMA_VERSION

    folder = data_dir()
    path = folder / DB_NAME
    try:
        if not path.exists():
            return str(folder), True, ""  # nothing saved yet
        problem, _ = check_database(path, SCHEMA_VERSION, read_only=True)
    except StoreUnavailable as exc:
        return str(folder), False, exc.code
    except Exception as exc:
        return str(folder), False, type(exc).__name__
    return str(folder), problem is None, problem or ""


def set_aside_count() -> int:
    from bindguard.core.store import DB_NAME
    from bindguard.core.store_recovery import list_set_aside

    try:
        return len(list_set_aside(data_dir() / DB_NAME))
    except OSError:
        return 0


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
    from pathlib import Path

    from bindguard.core.paths import shared_folder

    report["data_dir_shared"] = shared_folder(Path(folder))
    if report["data_dir_shared"]:  # said plainly, for the relative who runs doctor
        from bindguard.core.errors import message

        report["data_dir_note"] = (f"{message('store.folder_shared', 'zh', path=folder)} "
                                   f"{message('store.folder_shared', 'en', path=folder)}")
    report["store_set_aside_files"] = set_aside_count()
    report.update(keyring_check())
    return report
