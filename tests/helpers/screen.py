"""A screen of a given size for Qt's offscreen platform (Qt >= 6.5 reads a JSON screen list from
`-platform offscreen:configfile=FILE`; plain `offscreen` is an 800x600 screen)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

DEFAULT_SCREEN = (1366, 768)  # the most common laptop screen among BindGuard's users (issue 12)
SCREEN_ENV = "BINDGUARD_TEST_SCREEN"  # "1024x728": the screen the Qt tests run on


def offscreen_platform(width: int, height: int) -> str:
    """The QT_QPA_PLATFORM value for an offscreen screen of width x height at 96 dpi."""
    config = {"screens": [{"name": f"test{width}x{height}", "x": 0, "y": 0, "width": width, "height": height,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    path = Path(tempfile.gettempdir()) / f"bindguard-offscreen-{width}x{height}.json"
    if not path.exists() or json.loads(path.read_text() or "{}") != config:
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(config))
        tmp.replace(path)
    return f"offscreen:configfile={path}"


def screen_from_env() -> tuple[int, int]:
    value = os.environ.get(SCREEN_ENV, "")
    width, _, height = value.partition("x")
    return (int(width), int(height)) if width.isdigit() and height.isdigit() else DEFAULT_SCREEN
