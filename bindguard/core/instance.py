"""One running BindGuard per data folder: an OS file lock on data_dir/bindguard.lock and, on POSIX, on
the data folder itself.

The lock file can be deleted under a running window (a clean-up tool, a user); a second start would then
make a new file and lock it. The folder cannot be replaced under its own lock: it is locked too, and the
lock file's identity (st_dev, st_ino) is checked after locking, so a file swapped in between is retried.

Two windows writing the same progress would each show a stale picture of the other's changes. The OS
drops the lock when the process dies (even by SIGKILL), so a crash never leaves the folder "in use".
A second start leaves a small request file that the first instance watches, to bring its window up.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from bindguard.core.errors import BindGuardError
from bindguard.core.paths import ensure_private_dir
from bindguard.core.store_faults import unavailable

LOCK_NAME = "bindguard.lock"
RAISE_REQUEST = "bindguard.raise"


class InstanceLock:
    """Hold it for the life of the app; `release()` (or process exit) frees the folder."""

    def __init__(self, path: Path, fd: int, folder_fd: int | None = None) -> None:
        self.path = path
        self._fd: int | None = fd
        self._folder_fd = folder_fd

    @classmethod
    def acquire(cls, data_dir: Path) -> InstanceLock:
        """Raises BindGuardError("store.in_use") when another BindGuard holds this data folder, and
        StoreUnavailable (store.full, store.denied, ...) when the folder cannot be created or written."""
        path = Path(data_dir) / LOCK_NAME
        try:
            ensure_private_dir(Path(data_dir))
        except OSError as exc:
            raise unavailable(exc, data_dir) from exc
        folder_fd = _lock_folder(Path(data_dir))  # store.in_use when another window holds the folder
        try:
            fd = _lock_file(path, data_dir)
        except BaseException:
            if folder_fd is not None:
                os.close(folder_fd)
            raise
        try:  # the pid is for people reading the folder; a full disk must not stop the start here
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode("ascii"))
        except OSError:
            pass
        return cls(path, fd, folder_fd)

    @staticmethod
    def is_held(data_dir: Path) -> bool:
        """True while a running BindGuard holds this folder (tried without taking it for long)."""
        path = Path(data_dir) / LOCK_NAME
        if os.name == "posix":
            try:
                folder_fd = _lock_folder(Path(data_dir))
            except BindGuardError:
                return True
            except OSError:
                folder_fd = None
            if folder_fd is not None:
                os.close(folder_fd)
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            _lock(fd)
        except OSError:
            return True
        else:
            with contextlib.suppress(OSError):
                _unlock(fd)
            return False
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None
        if self._folder_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._folder_fd)  # closing drops its flock
            self._folder_fd = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _lock_folder(folder: Path) -> int | None:
    """flock the data folder itself (POSIX): it cannot be deleted and made again under a running window
    the way a lock file can. Raises BindGuardError("store.in_use") when another BindGuard holds it."""
    if os.name != "posix":
        return None
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None  # a folder we may not open: the lock file's own error says so plainly
    try:
        _lock(fd)
    except OSError as exc:
        os.close(fd)
        raise BindGuardError("store.in_use") from exc
    return fd


def _lock_file(path: Path, data_dir: Path) -> int:
    """Open and lock bindguard.lock; when the file at `path` is no longer the one locked (deleted or
    replaced in between), try again with the new one."""
    for _ in range(5):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise unavailable(exc, data_dir) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise BindGuardError("store.in_use") from exc
        try:
            mine, there = os.fstat(fd), os.stat(path)
            if (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino):
                return fd
        except OSError:
            pass
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)
    raise BindGuardError("store.in_use")


def raise_request_path(data_dir: Path) -> Path:
    return Path(data_dir) / RAISE_REQUEST


def request_raise(data_dir: Path) -> None:
    """Ask the running instance to show its window (it watches this file, then deletes it)."""
    with contextlib.suppress(OSError):
        target = raise_request_path(data_dir)
        partial = target.with_name(target.name + ".tmp")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # our files stay 0600
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(str(os.getpid()))
        os.replace(partial, target)


def take_raise_request(data_dir: Path) -> bool:
    """True (and the request is consumed) if a second start asked for the window."""
    try:
        raise_request_path(data_dir).unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True


if os.name == "nt":  # pragma: no cover - exercised on the Windows CI runner
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
