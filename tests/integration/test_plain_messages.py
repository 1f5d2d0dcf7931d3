"""Every failure a user or support can meet from the command line ends in a plain message (zh and en,
exit code 1), never a traceback; doctor and export read the store without changing any file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.situation import Situation
from bindguard.core.store import DB_NAME, Store
from tests.helpers.faults import fill, run_without_override, setpriv_works, snapshot, tmpfs

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data_dir: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"BINDGUARD_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    return subprocess.run([sys.executable, "-m", "bindguard", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=timeout, check=False)


def plain(result: subprocess.CompletedProcess, code: int = 1) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, (result.returncode, result.stderr)
    return result.stderr


def _saved(folder: Path) -> int:
    store = Store.open(folder)
    items = [ChecklistItem(f"custom:k{i}", ItemKind.CUSTOM, title=f"item {i}") for i in range(10)]
    checklist = store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=items))
    store.set_status(checklist.id, "custom:k1", Status.DONE)
    store.close()
    Store.open(folder).close()
    return checklist.id


def test_a_full_disk_at_start_says_so_and_the_next_start_has_everything(tmp_path):
    with tmpfs(tmp_path / "disk", "2m") as disk:
        folder = disk / "data"
        checklist_id = _saved(folder)
        filler = fill(disk)
        before = snapshot(folder)
        stderr = plain(run("--exit-when-ready", data_dir=folder))  # the window opened view-only, and says why
        assert "磁盘满了" in stderr
        assert "disk is full" in stderr
        assert snapshot(folder) == before
        filler.unlink()
        plain(run("--exit-when-ready", data_dir=folder), code=0)
        store = Store.open(folder)
        assert store.recovery is None
        assert len(store.load_checklist(checklist_id).items) == 10
        store.close()


def test_a_checklist_number_too_big_for_the_database_is_not_found(tmp_path):
    _saved(tmp_path / "data")
    stderr = plain(run("--lang", "zh", "export", "--checklist", "99999999999999999999999",
                       "--pdf", str(tmp_path / "x.pdf"), data_dir=tmp_path / "data"))
    assert "找不到这份清单" in stderr
    assert not (tmp_path / "x.pdf").exists()


def test_an_empty_data_dir_is_refused(tmp_path):
    stderr = plain(run("--data-dir", "", "--exit-when-ready", data_dir=tmp_path / "data"), code=2)
    assert "--data-dir" in stderr
    assert "cannot be empty" in stderr


def test_export_into_a_folder_that_does_not_exist_says_so_and_makes_none(tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "x.pdf"
    stderr = plain(run("--lang", "zh", "export", "--demo", "--pdf", str(target), data_dir=tmp_path / "data"))
    assert "文件夹不存在" in stderr
    assert not (tmp_path / "no").exists()


def test_doctor_changes_no_file_even_on_a_damaged_store(tmp_path):
    folder = tmp_path / "data"
    _saved(folder)
    (folder / DB_NAME).write_bytes(b"scrambled" * 900)
    before = snapshot(folder)
    result = run("doctor", "--json", data_dir=folder)
    plain(result, code=0)
    report = json.loads(result.stdout)
    assert report["store_ok"] is False
    assert report["store_error"] == "store.corrupt"
    assert snapshot(folder) == before  # nothing set aside, restored or backed up
    stderr = plain(run("export", "--pdf", str(tmp_path / "x.pdf"), data_dir=folder))
    assert snapshot(folder) == before  # export takes no part in recovery either
    assert "Traceback" not in stderr


HOLD_WINDOW_LOCK = textwrap.dedent("""
    import sys
    from pathlib import Path
    from bindguard.core.instance import InstanceLock
    lock = InstanceLock.acquire(Path(sys.argv[1]))
    print("held", flush=True)
    sys.stdin.readline()
""")


def test_with_a_window_open_export_and_the_demo_read_and_change_nothing(tmp_path):
    folder = tmp_path / "data"
    _saved(folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WINDOW_LOCK, str(folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout.readline().strip() == "held"
        before = snapshot(folder)
        plain(run("export", "--ics", str(tmp_path / "x.ics"), data_dir=folder), code=0)
        assert (tmp_path / "x.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
        plain(run("export", "--demo", "--ics", str(tmp_path / "y.ics"), data_dir=folder), code=0)
        assert (tmp_path / "y.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
        plain(run("doctor", data_dir=folder), code=0)
        assert snapshot(folder) == before
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)


CATALOG_PROBE = textwrap.dedent("""
    import sys
    from pathlib import Path
    import bindguard.resources as resources
    root = Path(sys.argv[1])
    if sys.argv[2] == "gone":
        def gone():
            raise FileNotFoundError("BindGuard resources folder not found")
        resources.resources_dir = gone
    else:
        resources.resources_dir = lambda: root
    from bindguard.cli import main
    raise SystemExit(main(sys.argv[3:]))
""")


def _resources(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", root, ignore=shutil.ignore_patterns("screenshots"))
    return root


def _probe(root: Path, mode: str, *args: str, data: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"BINDGUARD_DATA_DIR": str(data), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    return subprocess.run([sys.executable, "-c", CATALOG_PROBE, str(root), mode, *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120, check=False)


def _break_catalog(root: Path, how: str) -> None:
    catalog = root / "catalog"
    if how == "folder missing":
        shutil.rmtree(catalog)
    elif how == "a directory":
        (catalog / "banks.toml").unlink()
        (catalog / "banks.toml").mkdir()
    elif how == "syntax error":
        path = catalog / "platforms" / "social.toml"
        lines = path.read_text(encoding="utf-8").splitlines()
        qq = next(i for i, line in enumerate(lines) if line.strip() == 'id = "qq"')
        lines.insert(qq + 1, "name = { zh = 'QQ' en = 'QQ' }")  # a missing comma inside the qq entry
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("how", ["gone", "folder missing", "a directory", "syntax error"])
def test_a_broken_catalog_is_a_plain_message_for_every_command(tmp_path, how):
    root = _resources(tmp_path)
    if how != "gone":
        _break_catalog(root, how)
    mode = "gone" if how == "gone" else "copy"
    for args in (["catalog", "check"], ["catalog", "stats"], ["--lang", "zh", "export", "--demo", "--ics",
                                                              str(tmp_path / "x.ics")]):
        stderr = plain(_probe(root, mode, *args, data=tmp_path / "data"))
        if how == "syntax error":
            assert "platforms/social.toml" in stderr
            assert "qq" in stderr
            assert "TOML" in stderr
        else:
            assert "程序自带的资料" in stderr


def test_an_unreadable_catalog_file_is_a_plain_message(tmp_path):
    if not setpriv_works(tmp_path):
        pytest.skip("setpriv cannot drop root's override capabilities here")
    root = _resources(tmp_path)
    (root / "catalog" / "banks.toml").chmod(0)
    for args in (["catalog", "check"], ["--lang", "zh", "export", "--demo", "--ics", str(tmp_path / "x.ics")]):
        env = {"BINDGUARD_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
        result = run_without_override(CATALOG_PROBE, str(root), "copy", *args, env=env)
        stderr = plain(result)
        assert "程序自带的资料" in stderr
        assert "banks.toml" in stderr


def test_a_start_while_another_program_locks_the_file_says_close_it_and_changes_nothing(tmp_path):
    from tests.helpers.faults import exclusive_holder

    folder = tmp_path / "data"
    checklist_id = _saved(folder)
    with exclusive_holder(folder / DB_NAME):
        before = snapshot(folder)
        stderr = plain(run("--exit-when-ready", data_dir=folder))
        assert "关闭那个程序" in stderr
        assert "close that program" in stderr
        assert snapshot(folder) == before
    plain(run("--exit-when-ready", data_dir=folder), code=0)
    store = Store.open(folder)
    assert store.recovery is None
    assert len(store.load_checklist(checklist_id).items) == 10
    store.close()
