"""A second start brings the user to the window already open, instead of writing beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bindguard.core.instance import InstanceLock, raise_request_path, request_raise
from bindguard.ui.run import build_window, watch_raise_requests

ROOT = Path(__file__).resolve().parents[2]


def test_second_start_request_brings_the_first_window_forward(qtbot, qapp, store, data_dir):
    window = build_window(qapp, store, "zh")
    qtbot.addWidget(window)
    watch_raise_requests(window, data_dir)
    window.showMinimized()
    raised = []
    window.raise_ = lambda: raised.append(True)  # offscreen has no window manager to ask

    request_raise(data_dir)

    qtbot.waitUntil(lambda: bool(raised), timeout=5000)
    assert not raise_request_path(data_dir).exists()
    assert not window.isMinimized()


def test_second_app_start_exits_with_the_plain_message_and_asks_for_the_window(data_dir):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"BINDGUARD_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    with InstanceLock.acquire(data_dir):
        result = subprocess.run([sys.executable, "-m", "bindguard", "--exit-when-ready"], capture_output=True,
                                text=True, env=env, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 3
    assert "已经在运行" in result.stderr
    assert "already running" in result.stderr
    assert raise_request_path(data_dir).exists()
    assert not (data_dir / "bindguard.sqlite3").exists()  # it never opened the progress file


def test_damaged_progress_file_is_explained_on_the_welcome_page_until_read(qtbot, qapp, data_dir):
    from bindguard.core.store import Store

    data_dir.mkdir(parents=True)
    (data_dir / "bindguard.sqlite3").write_bytes(b"not a database at all" * 40)
    store = Store.open(data_dir)
    window = build_window(qapp, store, "zh")
    qtbot.addWidget(window)
    window.show()
    notice = window.page("welcome").set_aside
    assert notice.isVisible()
    assert str(store.recovery.moved_to) in notice.label.text()
    assert "损坏" in notice.label.text()
    assert not notice.bring_back_button.isVisible()  # a file that fails its check is not offered back
    notice.read_button.click()
    assert not notice.isVisible()
    window.page("welcome").reload()
    assert not notice.isVisible()  # read: it stays hidden, on this and later starts
    store.close()
    again = Store.open(data_dir)
    assert again.set_aside_files() == []
    again.close()


def test_data_folder_that_cannot_be_written_gives_a_plain_message_not_a_traceback(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"BINDGUARD_DATA_DIR": str(blocker / "data"), "PYTHONPATH": str(ROOT),
                "QT_QPA_PLATFORM": "offscreen"})
    result = subprocess.run([sys.executable, "-m", "bindguard", "--exit-when-ready"], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 1  # the window opened, saying so; --exit-when-ready reports it
    assert "保存进度的文件" in result.stderr
    assert "try again" in result.stderr
    assert "Traceback" not in result.stderr
