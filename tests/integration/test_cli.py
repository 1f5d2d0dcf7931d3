"""Each command-line switch, run as a user or support would: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bindguard import __version__

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data_dir: Path, env_extra: dict | None = None, timeout: int = 120):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"BINDGUARD_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)})
    env.pop("QT_QPA_PLATFORM", None)  # the app must set offscreen itself when there is no display
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "bindguard", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=timeout, check=False)


def test_version(data_dir):
    result = run("--version", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.strip() == f"BindGuard {__version__}"


def test_smoke_test_builds_every_page_without_a_display(data_dir):
    result = run("--smoke-test", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Welcome to BindGuard" in result.stdout
    assert "== zh large text ==" in result.stdout


def test_exit_when_ready_quits_by_itself(data_dir):
    result = run("--exit-when-ready", data_dir=data_dir, env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr


def test_data_dir_switch_keeps_data_there(tmp_path):
    folder = tmp_path / "portable"
    result = run("--data-dir", str(folder), "--exit-when-ready", data_dir=tmp_path / "other",
                 env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert (folder / "bindguard.sqlite3").exists()
    assert not (tmp_path / "other").exists()


def test_gui_without_display_says_so_instead_of_aborting(data_dir):
    result = run(data_dir=data_dir)
    assert result.returncode == 1
    assert "DISPLAY" in result.stderr


def test_doctor_json_has_the_support_keys_and_no_personal_data(data_dir):
    result = run("doctor", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for key in ("version", "qt_version", "data_dir", "store_ok", "keyring_backend", "keyring_ok", "cjk_font"):
        assert key in report
    assert report["version"] == __version__
    assert report["store_ok"] is True
    assert report["data_dir"] == str(data_dir)
    assert "****" not in result.stdout


def test_catalog_check_passes_on_the_shipped_catalog(data_dir):
    result = run("catalog", "check", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "catalog OK" in result.stdout


def test_catalog_stats_json(data_dir):
    result = run("catalog", "stats", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    for key in ("platforms", "banks", "discovery_services", "with_no_code_route", "by_confidence", "by_category"):
        assert key in stats
    assert stats["platforms"] == sum(stats["by_category"].values())


def test_catalog_export_json_is_the_whole_catalog(data_dir):
    result = run("catalog", "export", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    ids = {p["id"] for p in doc["platforms"]}
    assert {"wechat", "alipay", "iit"} <= ids
    wechat = next(p for p in doc["platforms"] if p["id"] == "wechat")
    assert wechat["name"]["zh"] == "微信"
    assert wechat["routes"][0]["steps"][0]["zh"]


@pytest.mark.parametrize("args", [["catalog"], ["catalog", "nonsense"], ["--no-such-switch"]])
def test_bad_arguments_exit_non_zero(data_dir, args):
    assert run(*args, data_dir=data_dir).returncode != 0


@pytest.mark.parametrize("command", [("doctor",), ("doctor", "--json"), ("catalog", "stats", "--json"),
                                     ("catalog", "schema"), ("--help",)])
def test_a_reader_that_stops_early_never_gets_a_traceback(tmp_path, command):
    """`bindguard doctor | head -1`: the reader closes the pipe after a line; the command ends quietly."""
    env = {**os.environ, "BINDGUARD_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    read_end, write_end = os.pipe()
    os.close(read_end)  # a reader that is already gone: every write meets a closed pipe
    proc = subprocess.run([sys.executable, "-m", "bindguard", *command], stdout=write_end,
                          stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env, timeout=120, check=False)
    os.close(write_end)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
