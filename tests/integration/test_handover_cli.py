"""`bindguard handover` as a script runs it (a subprocess, no keyring needed): the passphrase alone on the last
line, every bad file a plain message with exit 1 and nothing added, never a traceback, never over a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind
from bindguard.core.situation import Situation
from bindguard.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data_dir: Path, stdin: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"BINDGUARD_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)})
    return subprocess.run([sys.executable, "-m", "bindguard", "handover", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120, check=False)


def _one_saved(folder: Path) -> None:
    store = Store.open(folder)
    store.create_checklist(Checklist("爸爸", Situation.OLD_DEAD, items=[
        ChecklistItem("platform:wechat", ItemKind.PLATFORM, "wechat")]))
    store.close()


def _count(folder: Path) -> int:
    store = Store.open(folder, backup=False)
    try:
        return len(store.list_checklists())
    finally:
        store.close()


def test_export_then_import_and_every_bad_file_plainly(tmp_path):
    son, mother = tmp_path / "son", tmp_path / "mother"
    _one_saved(son)
    _one_saved(mother)
    file = tmp_path / "out.bindguard"
    made = run("export", str(file), data_dir=son)
    assert made.returncode == 0, made.stderr
    phrase = made.stdout.splitlines()[-1]
    assert phrase == " ".join(phrase.split())
    assert len(phrase.replace(" ", "")) == 25
    before = file.read_bytes()
    again = run("export", str(file), data_dir=son)
    assert again.returncode == 1
    assert "没有覆盖" in again.stderr
    assert file.read_bytes() == before

    bad = {"empty": b"", "not": b"PK\x03\x04 a zip file", "cut": before[:len(before) // 2],
           "newer": before.replace(b'"format":1', b'"format":9'),
           "changed": before[:-5] + bytes([before[-5] ^ 1]) + before[-4:]}
    for name, content in bad.items():
        path = tmp_path / f"{name}.bindguard"
        path.write_bytes(content)
        result = run("import", str(path), data_dir=mother, stdin=phrase + "\n")
        assert result.returncode == 1, (name, result.stdout)
        assert "Traceback" not in result.stderr, name
        assert result.stderr.strip(), name
    no_phrase = run("import", str(file), data_dir=mother)  # nothing on stdin
    assert no_phrase.returncode == 1
    assert "25 位数字" in no_phrase.stderr
    assert _count(mother) == 1

    taken = run("import", str(file), data_dir=mother, stdin=phrase + "\n")
    assert taken.returncode == 0, taken.stderr
    assert "爸爸" in taken.stdout
    assert _count(mother) == 2


def test_nothing_of_the_hand_over_loads_before_the_first_page(tmp_path):
    """The welcome page shows 交给别的电脑 for a saved checklist; its modules and cryptography load on the click."""
    import json

    from tests.integration.test_startup_path import PROBE

    _one_saved(tmp_path / "data")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data")], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    modules = set(json.loads(result.stdout.strip().splitlines()[-1])["modules"])
    assert "bindguard.ui.pages.welcome" in modules
    later = {"bindguard.core.handover", "bindguard.ui.handover_dialog", "bindguard.ui.print_passphrase",
             "bindguard.handover_cli", "cryptography", "PySide6.QtPrintSupport"}
    assert sorted(modules & later) == []
