"""Where BindGuard keeps its data: the platformdirs user data folder, or an override.

The override (--data-dir or BINDGUARD_DATA_DIR) serves portable use and tests. Logs go to the
platformdirs log folder unless an override is set, in which case they stay beside the data.
"""

from __future__ import annotations

import errno
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
    """Create `path` (and any missing parents) readable by the user alone (0700 on POSIX). A folder
    that already exists keeps its mode: the app changes the mode only of what it creates, and keeps its
    own files 0600 inside (shared_folder() says when others may look into the folder)."""
    if str(Path(os.path.realpath(path))) in SYSTEM_FOLDERS:  # cli.py says so plainly before this
        raise PermissionError(errno.EPERM, "a system folder is never a data folder", str(path))
    missing = []
    probe = path
    while not probe.exists() and not probe.is_symlink() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        for made in missing:  # mkdir's mode is cut by the umask; parents get 0777 & ~umask
            if (made.stat().st_mode & 0o777) != 0o700:
                os.chmod(made, 0o700)
    return path


# Folders of the operating system itself (and their real places on macOS): never a data folder, even
# through a symlink; what is inside belongs to the system and everyone on it.
SYSTEM_FOLDERS = frozenset({
    "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt",
    "/opt", "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var", "/usr/bin",
    "/usr/lib", "/usr/local", "/usr/sbin", "/usr/share", "/var/lib", "/var/log", "/var/tmp",
    "/Applications", "/Library", "/System", "/Users", "/Volumes", "/private", "/private/etc",
    "/private/tmp", "/private/var",
})


def data_dir_refusal(chosen: str | os.PathLike | None = None) -> str:
    """"" when the data folder may be used; else why not, in English for the log: a system folder
    (or a drive's root), or a symlink to a folder that belongs to another account. Reads only."""
    raw = chosen or os.environ.get(ENV_DATA_DIR)
    if not raw:
        return ""
    given = Path(raw).expanduser().absolute()
    real = Path(os.path.realpath(given))
    if str(real) in SYSTEM_FOLDERS or real == Path(real.anchor) or _is_windows_folder(real):
        return "a system folder"
    linked = real != Path(os.path.normpath(given))
    try:
        if linked and os.name == "posix" and real.is_dir() and real.stat().st_uid != os.geteuid():
            return "a symlink to another account's folder"
    except OSError:
        return ""  # cannot look: opening the store says plainly what is wrong
    return ""


def _is_windows_folder(real: Path) -> bool:
    windows = os.environ.get("SYSTEMROOT") if os.name == "nt" else None
    return bool(windows) and str(real).lower().startswith(str(Path(windows)).lower())


def shared_folder(path: Path) -> bool:
    """True when accounts other than the owner may list or read `path` (our files in it stay 0600)."""
    if os.name != "posix":
        return False
    try:
        return bool(path.stat().st_mode & 0o055)
    except OSError:
        return False
