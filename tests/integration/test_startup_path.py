"""Start-up stays light (PRODUCT.md §6): what the first page does not need is not imported before
it is shown. The benchmark (tests/bench/run.py) measures the time; this guards the cause."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Each of these costs milliseconds to import and is first needed after the welcome page.
LATER = (
    "bindguard.ui.pages.situation", "bindguard.ui.pages.numbers", "bindguard.ui.pages.discovery",
    "bindguard.ui.pages.accounts", "bindguard.ui.pages.banks", "bindguard.ui.pages.work",
    "bindguard.ui.pages.carrier", "bindguard.ui.pages.finish", "bindguard.core.catalog", "tomllib",
    "keyring", "segno", "cryptography", "PySide6.QtPrintSupport", "PySide6.QtSvg",
)

PROBE = """
import json, sys
sys.argv = ["bindguard", "--exit-when-ready", "--data-dir", sys.argv[1]]
from bindguard.cli import main
code = main()
import PySide6.QtCore
print(json.dumps({"code": code, "modules": sorted(sys.modules), "qt_namespace": "Qt" in vars(PySide6.QtCore)}))
"""


def test_the_first_page_shows_without_loading_the_other_pages_the_catalog_the_keyring_or_qt_enums(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data")], capture_output=True,
                            text=True, cwd=ROOT, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    modules = set(report["modules"])
    assert "bindguard.ui.pages.welcome" in modules  # the probe really reached the first page
    assert sorted(modules.intersection(LATER)) == []
    # PySide6 builds all ~120 enums of the Qt namespace on its first use (~30 ms): widgets/enum_props.py
    assert report["qt_namespace"] is False


WARM_UP = """
import sys
from pathlib import Path
from bindguard.core.store import Store
from bindguard.ui.context import AppContext
from bindguard.ui.run import warm_up_in_background
later = ("keyring", "segno", "cryptography", "bindguard.core.catalog")
before = [m for m in later if m in sys.modules]
folder = Path(sys.argv[1])
ctx = AppContext(store=Store.open(folder), data_dir=folder)
warm_up_in_background(ctx).join(60)
print(before, [m for m in later if m in sys.modules], len(ctx._catalog.platforms))
"""


def test_what_the_work_page_needs_is_imported_in_the_background_after_the_first_page(tmp_path):
    """The catalog, keyring's backend lookup, cryptography and segno (~0.4 s) load while the user reads the
    welcome page, so the first opening of the work page does not freeze for them."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", WARM_UP, str(tmp_path)], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("[] ['keyring', 'segno', 'cryptography', 'bindguard.core.catalog'] ")
    assert int(result.stdout.split()[-1]) >= 60  # the catalog itself is loaded, not only imported
