"""One look on every system (Fusion, light palette), so a relative helping over the phone sees
what the user sees, whatever style the desktop asks for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
from bindguard.ui.application import Application
app = Application(["bindguard"])
print(app.style().name())
"""


def test_the_app_uses_fusion_even_when_the_desktop_asks_for_another_style():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "QT_STYLE_OVERRIDE": "Windows"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().lower() == "fusion"
