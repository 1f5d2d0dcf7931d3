"""Saving a file the user asked for (issue 22 points 2 and 7): a device, a FIFO or a folder at the
target is refused and left as it was; a long name is cut by whole characters to 255 bytes."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from bindguard.core.calendar import write_ics
from bindguard.core.catalog import load_catalog
from bindguard.core.demo import demo_checklist
from bindguard.core.errors import BindGuardError
from bindguard.core.safe_write import NAME_MAX_BYTES, fit_name, write_bytes

needs_root = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="mknod needs root")


def make_char_device(path: Path) -> None:
    """A real character device with /dev/null's numbers (1, 3), in a temp folder."""
    os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))


def is_null_device(path: Path) -> bool:
    info = os.lstat(path)
    return stat.S_ISCHR(info.st_mode) and (os.major(info.st_rdev), os.minor(info.st_rdev)) == (1, 3)


@needs_root
def test_a_device_is_refused_and_stays_a_device(tmp_path: Path) -> None:
    device = tmp_path / "reminders.ics"
    make_char_device(device)
    checklist = demo_checklist(load_catalog(), dt.date(2026, 12, 1))
    with pytest.raises(BindGuardError) as caught:
        write_ics(checklist, "zh", device)
    assert caught.value.code == "export.not_a_file"
    assert "不是普通文件" in caught.value.text("zh")
    assert "not an ordinary file" in caught.value.text("en")
    assert is_null_device(device)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reminders.ics"]  # no temporary file left


@needs_root
def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    device = tmp_path / "null"
    make_char_device(device)
    link = tmp_path / "out.pdf"
    link.symlink_to(device)
    with pytest.raises(BindGuardError, match=r"export\.not_a_file"):
        write_bytes(link, b"x")
    assert is_null_device(device)
    assert link.is_symlink()


def test_a_fifo_and_a_folder_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    for target in (fifo, folder):
        with pytest.raises(BindGuardError, match=r"export\.not_a_file"):
            write_bytes(target, b"BEGIN:VCALENDAR")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert folder.is_dir()
    assert not any(folder.iterdir())


def test_a_regular_file_is_replaced_whole_and_a_link_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.ics"
    real.write_bytes(b"old")
    os.chmod(real, 0o640)
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    write_bytes(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the file's own mode is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.ics", "real.ics"]


def test_fit_name_cuts_whole_characters_to_255_bytes() -> None:
    stem = "换号清单-" + "张" * 200
    name = fit_name(stem, ".pdf")
    assert len(name.encode("utf-8")) <= NAME_MAX_BYTES
    assert name.endswith(".pdf")
    assert name.encode("utf-8").decode("utf-8") == name
    assert name.startswith("换号清单-张")
    assert len(name.encode("utf-8")) > NAME_MAX_BYTES - 3  # cut no more than one character's worth
    assert fit_name("short", ".ics") == "short.ics"


def test_a_long_checklist_name_saves_a_pdf_name_and_an_ics(tmp_path: Path) -> None:
    from bindguard.core.file_names import plain_file_name, unused_path

    name = plain_file_name("换号清单", "王" * 300, dt.date(2026, 12, 1), ".ics")
    path = unused_path(tmp_path, name)
    checklist = demo_checklist(load_catalog(), dt.date(2026, 12, 1))
    write_ics(checklist, "zh", path)
    assert path.exists()
    assert len(path.name.encode("utf-8")) <= NAME_MAX_BYTES
    assert path.name.endswith("-2026-12-01.ics")
    again = unused_path(tmp_path, name)  # the second one gets " (2)" and still fits
    write_ics(checklist, "zh", again)
    assert again != path
    assert again.exists()
    assert len(again.name.encode("utf-8")) <= NAME_MAX_BYTES


def test_a_documents_folder_it_may_not_open_gives_a_plain_message(tmp_path: Path) -> None:
    """Mode 000 with root's override capabilities dropped (setpriv): no traceback, a plain sentence."""
    from tests.helpers.faults import run_without_override, setpriv_works

    if not setpriv_works(tmp_path):
        pytest.skip("setpriv cannot drop root's override capabilities here")
    documents = tmp_path / "Documents"
    documents.mkdir()
    documents.chmod(0)
    code = """
import datetime as dt, sys
from pathlib import Path
from bindguard.core.calendar import write_ics
from bindguard.core.catalog import load_catalog
from bindguard.core.demo import demo_checklist
from bindguard.core.errors import BindGuardError
from bindguard.core.file_names import plain_file_name, unused_path

path = unused_path(Path(sys.argv[1]), plain_file_name("换号清单", "妈妈", dt.date(2026, 12, 1), ".ics"))
try:
    write_ics(demo_checklist(load_catalog(), dt.date(2026, 12, 1)), "zh", path)
except BindGuardError as exc:
    print(exc.code)
"""
    try:
        result = run_without_override(code, str(documents))
    finally:
        documents.chmod(0o700)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "export.unwritable"
