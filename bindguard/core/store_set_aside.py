"""Files set aside from the progress database: which the user has not yet read, and bringing one back.

Mixed into Store (core/store.py). A set-aside file is never written or deleted here; bringing one back
copies it whole (with its -wal), checks the copy, and sets what was in use aside in turn, still offered.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from bindguard.core.errors import BindGuardError
from bindguard.core.store_faults import StoreUnavailable
from bindguard.core.store_recovery import (
    RESTORING_SUFFIX,
    check_database,
    list_set_aside,
    move_aside,
    read_only_uri,
    restore_into,
)
from bindguard.core.store_schema import SCHEMA_VERSION

SET_ASIDE_READ_SETTING = "store.set_aside_read"


class SetAsideFiles:
    """Mixed into Store: needs its conn, path, read_only, recovery, close, _connect and settings."""

    def set_aside_files(self) -> list[Path]:
        """Set-aside copies of the progress file the user has not yet said they read, newest first."""
        if self.path is None:
            return []
        files = list_set_aside(self.path)
        if not files:
            return []  # the usual start: no json to import (~15 M instructions) for nothing
        import json

        try:
            read = set(json.loads(self.get_setting(SET_ASIDE_READ_SETTING) or "[]"))
        except (ValueError, TypeError):
            read = set()
        return [p for p in files if p.name not in read]

    def mark_set_aside_read(self, files: list[Path]) -> None:
        import json

        try:
            read = set(json.loads(self.get_setting(SET_ASIDE_READ_SETTING) or "[]"))
        except (ValueError, TypeError):
            read = set()
        read |= {p.name for p in files}
        self.set_setting(SET_ASIDE_READ_SETTING, json.dumps(sorted(read)))

    def can_bring_back(self, set_aside: Path) -> bool:
        """True when the set-aside copy passes the full check and holds at least one checklist."""
        try:
            if check_database(set_aside, SCHEMA_VERSION, read_only=True)[0] is not None:
                return False
            conn = sqlite3.connect(read_only_uri(set_aside), uri=True, timeout=0.5)
            try:
                return conn.execute("SELECT COUNT(*) FROM checklist").fetchone()[0] > 0
            finally:
                conn.close()
        except (BindGuardError, sqlite3.Error, OSError):
            return False

    def bring_back(self, set_aside: Path) -> Path:
        """Make `set_aside` the progress file again; what was in use is set aside in turn (returned).

        The copy is made and checked under a temporary name before anything moves; the set-aside file
        itself stays where it is. Raises BindGuardError("store.bring_back_failed") with nothing changed."""
        if self.path is None or self.read_only or not self.can_bring_back(set_aside):
            raise BindGuardError("store.bring_back_failed", reason="")
        temp = Path(str(self.path) + RESTORING_SUFFIX)
        from bindguard.core.store_recovery import copy_whole

        try:
            copy_whole(set_aside, temp)  # with its -wal, folded in: what the check read is what comes back
            if check_database(temp, SCHEMA_VERSION)[0] is not None:
                raise BindGuardError("store.bring_back_failed", reason="")
        except (OSError, sqlite3.Error, StoreUnavailable) as exc:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(str(temp) + suffix).unlink()
            reason = exc.text() if isinstance(exc, BindGuardError) else ""
            raise BindGuardError("store.bring_back_failed", reason=reason) from exc
        self.close()
        current = move_aside(self.path)
        restore_into(temp, self.path)
        fresh = self._connect(self.path, None)
        self.conn = fresh.conn
        self._seen = None  # data_version counts per connection
        self.recovery = None
        # only the file brought back counts as read: the progress it replaces stays offered like any
        # other set-aside file, so the user can always go back to it
        self.mark_set_aside_read([set_aside])
        return current
