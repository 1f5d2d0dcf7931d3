"""The documented screenshot tour (README) still runs: every page, both languages, both text sizes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_the_screenshot_tour_renders_every_page_in_both_languages_and_sizes(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "BINDGUARD_DATA_DIR": str(tmp_path / "data")}
    out = tmp_path / "shots"
    result = subprocess.run([sys.executable, "packaging/screenshots.py", str(out)], capture_output=True,
                            text=True, cwd=ROOT, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    shots = sorted(p.name for p in out.glob("*.png"))
    # two screens × two languages × two text sizes × nine pages, and per screen the four situations'
    # discovery and work pages side by side (issue 13)
    assert len(shots) == 2 * 4 * 9 + 2 * 4 * 2
    assert "1366x768-zh-normal-situation-old_dead-work.png" in shots
    assert "1024x768-zh-large-7-work.png" in shots
    assert "1366x768-en-normal-1-welcome.png" in shots
    for screen, width in (("1024x768", 1024), ("1366x768", 1366)):
        for name in (f"{screen}-zh-normal-5-accounts.png", f"{screen}-zh-large-9-finish.png"):
            image = QImage(str(out / name))
            # the window the app opens on that screen: never wider or taller than it (title bar room left)
            assert 900 <= image.width() <= width, (name, image.size())
            assert 600 <= image.height() <= 768 - 40, (name, image.size())
