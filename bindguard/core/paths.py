"""Where BindGuard keeps its data: the platformdirs user data folder, or an override.

The override (--data-dir or BINDGUARD_DATA_DIR) serves portable use and tests. Logs go to the
platformdirs log folder unless an override is set, in which case they stay beside the data.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "BINDGUARD_DATA_DIR"
APP_DIR_NAME = "BindGuard"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    import platformdirs  # deferred: ~45 ms, not needed by catalog commands

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def log_dir(override: str | os.PathLike | None = None) -> Path:
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve() / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` readable by the user alone (0700 on POSIX). An existing folder only loses what
    others may do: a folder its owner made read-only stays read-only (and is not written at all)."""
    existed = path.is_dir()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        mode = path.stat().st_mode & 0o777
        wanted = (mode & 0o700) if existed else 0o700
        if mode != wanted:
            os.chmod(path, wanted)
    return path
