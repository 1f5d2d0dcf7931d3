"""Saving a file the user asked for (a PDF, a calendar file) without harming what is already there.

The target must be a regular file or a new name: a device, a FIFO, a socket or a folder is refused
with a plain message and left exactly as it was. The content is written to a temporary file in the
same folder (a short name of its own, so a long target name never makes it too long), synced, then
renamed over the target; a symlink to a regular file is followed, so the link stays a link. A file
name longer than the file system allows (255 bytes) is cut by whole characters with fit_name().
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bindguard.core.errors import BindGuardError

NAME_MAX_BYTES = 255  # ext4, NTFS (in UTF-16 units, which is never more than UTF-8 bytes here), APFS
TEMP_PREFIX = ".bindguard-"
TEMP_SUFFIX = ".part"


def fit_name(stem: str, suffix: str = "", limit: int = NAME_MAX_BYTES) -> str:
    """`stem + suffix` cut to at most `limit` bytes of UTF-8, dropping whole characters from the end
    of the stem (never half a Chinese character); the suffix (".pdf") is always kept."""
    room = limit - len(suffix.encode("utf-8"))
    encoded = stem.encode("utf-8", "surrogatepass")
    if len(encoded) <= room:
        return stem + suffix
    cut = encoded[:max(room, 0)].decode("utf-8", "ignore")  # "ignore" drops a split last character
    return cut.rstrip() + suffix


def target_for(path: Path | str) -> Path:
    """Where the content will really go: `path`, or what its symlink points to. Raises
    BindGuardError("export.not_a_file") for anything that exists and is not a regular file."""
    path = Path(path).expanduser().absolute()
    if os.path.islink(path):  # False, not an error, in a folder it may not look into
        path = Path(os.path.realpath(path))
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return path
    except OSError:
        raise BindGuardError("export.unwritable", path=str(path)) from None
    if not stat.S_ISREG(mode):
        raise BindGuardError("export.not_a_file", path=str(path))
    return path


@contextlib.contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """Yield a temporary file beside the target to write into; on a clean exit it is synced and renamed
    over the target (checked again just before). On any error the temporary file goes and the target is
    untouched. OSError becomes BindGuardError("export.unwritable"); the target's own mode is kept."""
    target = target_for(path)
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
        os.close(fd)
    except OSError:
        raise BindGuardError("export.unwritable", path=str(target)) from None
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        if target_for(target) != target:  # it became a link meanwhile: go where it points
            raise BindGuardError("export.not_a_file", path=str(target))
        with contextlib.suppress(OSError):
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temporary, target)
    except OSError:
        raise BindGuardError("export.unwritable", path=str(target)) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def write_bytes(path: Path | str, data: bytes) -> Path:
    """Save `data` at `path` as described above; returns where it went."""
    with replacing(path) as temporary:
        temporary.write_bytes(data)
    return target_for(path)
