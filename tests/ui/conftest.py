"""Qt fixtures: one QApplication (ours) per process, a fresh store and window per test."""

from __future__ import annotations

import os

from tests.helpers.screen import offscreen_platform, screen_from_env

if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    # A real laptop screen (1366x768, or BINDGUARD_TEST_SCREEN), not offscreen's 800x600.
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(*screen_from_env())

import pytest

from bindguard.core.store import Store


@pytest.fixture(scope="session", autouse=True)
def built_translations():
    """The .qm is built at install (packaging/setup-venv.sh); build it here too for a bare pytest run."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    qm = root / "resources" / "translations" / "bindguard_zh_CN.qm"
    sources = list((root / "resources" / "translations" / "zh_CN").glob("*.ts"))
    if not qm.exists() or any(ts.stat().st_mtime > qm.stat().st_mtime for ts in sources):
        subprocess.run([sys.executable, str(root / "packaging" / "build_translations.py")], check=True,
                       capture_output=True)


@pytest.fixture(scope="session")
def qapp_cls():
    from bindguard.ui.application import Application

    return Application


@pytest.fixture
def store(data_dir):
    store = Store.open(data_dir)
    yield store
    store.close()


@pytest.fixture
def make_window(qapp, qtbot, store):
    """Build the window exactly as the app does (ui/run.py build_window)."""
    from bindguard.ui.run import build_window

    made = []

    def make(lang: str = "en", large_text: bool = False, the_store: Store | None = None):
        window = build_window(qapp, the_store or store, lang, large_text)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    # Really delete the windows: deleteLater alone waits for an event loop pytest-qt never runs,
    # and every live window re-polishes on each later style or language change (tests slow down).
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def crash_dialogs(monkeypatch):
    """Every crash dialog the test would have shown (none may appear for a failed save)."""
    import sys

    from bindguard.ui import dialogs

    shown = []
    monkeypatch.setattr(dialogs, "crash_report", lambda parent, msg, details: shown.append(details))
    previous = sys.excepthook
    yield shown
    sys.excepthook = previous


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """A Documents folder of the test's own (platformdirs finds ~/Documents through HOME; no
    user-dirs.dirs under the config folder, so ~/Documents). Not made: the app makes it when it saves.
    A module that saves files uses it for every test: `pytestmark = pytest.mark.usefixtures("documents")`."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home / "Documents"

