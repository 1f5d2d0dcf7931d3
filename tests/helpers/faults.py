"""Real faults for the store tests: a second process holding a lock, a full or read-only tmpfs, a file
the process may not read (root's override capabilities dropped with setpriv). No SQLite is mocked."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NO_OVERRIDE = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its hash; the -shm index (rewritten by any reader of a WAL) is
    left out where a -wal is there, and the instance lock (rewritten by every start) always."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.endswith(".lock"):
            continue
        if path.name.endswith("-shm") and Path(str(path)[:-4] + "-wal").exists():
            continue
        found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "1m") -> Iterator[Path]:
    """A small tmpfs at `where` (root only); skipped with the reason when it cannot be mounted."""
    where.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip() or result.returncode}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True, capture_output=True)


def fill(folder: Path) -> Path:
    """Write a filler file until the disk is full; remove it to free the space again."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(block)
                out.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    with contextlib.suppress(OSError), open(filler, "ab") as out:  # the last partial block
        for _ in range(64):
            out.write(b"\0" * 1024)
            out.flush()
    return filler


@contextlib.contextmanager
def exclusive_holder(db: Path) -> Iterator[subprocess.Popen]:
    """Another program (a backup or sync tool) holding BEGIN EXCLUSIVE on the file until released."""
    script = textwrap.dedent("""
        import sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("BEGIN EXCLUSIVE")
        print("held", flush=True)
        sys.stdin.readline()
        conn.execute("ROLLBACK")
    """)
    holder = subprocess.Popen([sys.executable, "-c", script, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        with contextlib.suppress(OSError, ValueError):
            holder.stdin.write("\n")
            holder.stdin.flush()
        holder.wait(timeout=10)


def setpriv_works(scratch: Path) -> bool:
    """True when a file with mode 000 really cannot be read under setpriv (root, capabilities dropped)."""
    if os.name != "posix" or shutil.which("setpriv") is None:
        return False
    if subprocess.run([*NO_OVERRIDE, sys.executable, "-c", "pass"], capture_output=True).returncode != 0:
        return False  # setpriv itself refused (not root, or no CAP_SETPCAP)
    probe_file = scratch / "probe-000"
    probe_file.write_text("x")
    probe_file.chmod(0)
    try:
        probe = subprocess.run([*NO_OVERRIDE, sys.executable, "-c", f"open({str(probe_file)!r}).read()"],
                               capture_output=True)
    finally:
        probe_file.unlink()
    return probe.returncode != 0


def run_without_override(code: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run Python `code` as root without the capabilities that ignore file modes."""
    full = {**os.environ, **(env or {})}
    full["PYTHONPATH"] = str(ROOT)
    return subprocess.run([*NO_OVERRIDE, sys.executable, "-c", textwrap.dedent(code), *args],
                          capture_output=True, text=True, env=full, timeout=120)
