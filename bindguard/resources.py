"""The one place that knows where resources/ lives.

In a source checkout and an editable install it sits beside the package; in a PyInstaller bundle
it is unpacked under sys._MEIPASS (the spec copies it there as "resources"); a wheel install
ships it inside the package as bindguard/_resources.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "_resources"]
    for candidate in candidates:
        if (candidate / "catalog").is_dir():
            return candidate
    raise FileNotFoundError("BindGuard resources folder not found; looked in: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("catalog", "banks.toml")."""
    return resources_dir().joinpath(*parts)
