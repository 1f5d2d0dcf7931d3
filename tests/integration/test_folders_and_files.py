"""Issue 22, run as a user or an administrator would (a subprocess, real modes, a real device):
an existing folder keeps its mode, a symlink to a system folder is refused, export never replaces a
device, and a data folder with mode 000 under dropped rights gives a plain message, not a traceback."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
posix_root = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root (mknod, chown)")
DROP = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner",
        "--inh-caps", "-dac_override,-dac_read_search,-fowner"]


def run(*args: str, data_dir: Path | str, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"BINDGUARD_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)})
    return subprocess.run([*(prefix or []), sys.executable, "-m", "bindguard", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=180, check=False)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("kept", [0o755, 0o1777])
def test_an_existing_folder_keeps_its_mode_and_our_files_are_private(tmp_path: Path, kept: int) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, kept)
    result = run("--exit-when-ready", data_dir=shared)  # the window opens its store and lock there
    assert result.returncode == 0, result.stderr
    assert mode(shared) == kept  # was 0700 before
    ours = [p for p in shared.iterdir() if p.is_file()]
    assert ours, [(p.name, oct(mode(p))) for p in ours]
    assert all(mode(p) == 0o600 for p in ours), [(p.name, oct(mode(p))) for p in ours]
    doctor = run("doctor", "--json", data_dir=shared)
    assert '"data_dir_shared": true' in doctor.stdout
    assert "别的账户也能打开" in doctor.stdout


@posix_root
def test_a_symlink_to_a_system_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    system = tmp_path / "system"  # stands for /etc: another account's folder (nobody's), 0755
    system.mkdir()
    (system / "passwd").write_text("x")
    os.chown(system, 65534, 65534)
    os.chmod(system, 0o755)
    link = tmp_path / "mydata"
    link.symlink_to(system)
    for args in (["export", "--demo", "--ics", str(tmp_path / "r.ics")], ["--exit-when-ready"]):
        result = run(*args, data_dir=link)
        assert result.returncode == 2, result.stderr
        assert "属于电脑系统或别的账户" in result.stderr
        assert "belongs to the computer's system" in result.stderr
        assert "Traceback" not in result.stderr
    assert mode(system) == 0o755
    assert os.stat(system).st_uid == 65534
    assert sorted(p.name for p in system.iterdir()) == ["passwd"]
    from bindguard.core.paths import data_dir_refusal

    assert data_dir_refusal("/") == "a system folder"  # read-only checks: nothing is run on "/"
    assert data_dir_refusal(str(tmp_path / "new")) == ""


@posix_root
@pytest.mark.parametrize("kind", ["--pdf", "--ics"])
def test_export_onto_a_device_is_refused_and_the_device_stays(tmp_path: Path, kind: str) -> None:
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    result = run("--lang", "zh", "export", "--demo", kind, str(device), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "不是普通文件" in result.stderr
    assert "Traceback" not in result.stderr
    info = os.lstat(device)
    assert stat.S_ISCHR(info.st_mode)
    assert os.major(info.st_rdev) == 1
    assert os.minor(info.st_rdev) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]  # refused before anything was opened


@posix_root
@pytest.mark.skipif(not shutil.which("setpriv"), reason="setpriv (util-linux) missing")
def test_a_mode_000_folder_without_admin_rights_says_so_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    from bindguard.core.catalog import load_catalog
    from bindguard.core.demo import demo_checklist
    from bindguard.core.store import Store

    store = Store.open(folder)
    store.create_checklist(demo_checklist(load_catalog(), dt.date(2026, 12, 1)))
    store.close()
    os.chmod(folder, 0)
    try:
        export = run("--lang", "zh", "export", "--pdf", str(tmp_path / "x.pdf"), data_dir=folder, prefix=DROP)
        window = run("--exit-when-ready", data_dir=folder, prefix=DROP)
    finally:
        os.chmod(folder, 0o700)
    for result in (export, window):
        assert "Traceback" not in result.stderr, result.stderr
        assert "没有权限读写保存进度的文件夹" in result.stderr, result.stderr
    assert "not allowed" in window.stderr
    assert export.returncode == 1
    assert not (tmp_path / "x.pdf").exists()
