"""The built-in catalog as a plain message when it cannot be loaded: never a traceback.

A missing folder, an unreadable file or a directory where a file should be is `catalog.missing`
(reinstall); a file that loads but is wrong, including a TOML syntax error, is `catalog.invalid`
naming the file and the entry (for a syntax error: the last `id = "..."` above the bad line).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from bindguard.core.errors import BindGuardError

if TYPE_CHECKING:
    from bindguard.core.catalog import Catalog, CatalogIssue

_AT_LINE = re.compile(r"at line (\d+)")
_ID_LINE = re.compile(r"""^\s*id\s*=\s*["']([^"']+)["']""")
SHOWN_ISSUES = 3


def catalog_root() -> Path:
    """resources/catalog; BindGuardError("catalog.missing") when the resources folder is gone."""
    from bindguard.resources import resource_path

    try:
        return resource_path("catalog")
    except OSError as exc:
        raise BindGuardError("catalog.missing", path=getattr(exc, "filename", None) or "resources/catalog") from exc


def load_catalog_plainly(root: Path | None = None) -> Catalog:
    """load_catalog, with every failure turned into catalog.missing or catalog.invalid."""
    from bindguard.core.catalog import CatalogError, load_catalog

    root = root or catalog_root()
    if not root.is_dir():
        raise BindGuardError("catalog.missing", path=str(root))
    try:
        return load_catalog(root)
    except CatalogError as exc:
        raise BindGuardError("catalog.invalid", detail=describe(exc.issues, root)) from exc
    except OSError as exc:  # unreadable (PermissionError), a directory (IsADirectoryError), ...
        raise BindGuardError("catalog.missing", path=str(getattr(exc, "filename", None) or root)) from exc


def describe(issues: list[CatalogIssue], root: Path) -> str:
    """The first few problems, each naming its file and entry; a syntax error gets its entry found."""
    lines = [issue_text(issue, root) for issue in issues[:SHOWN_ISSUES]]
    if len(issues) > SHOWN_ISSUES:
        lines.append(f"(+{len(issues) - SHOWN_ISSUES})")
    return "; ".join(lines)


def issue_text(issue: CatalogIssue, root: Path) -> str:
    """`file: entry: field: message`, as CatalogIssue prints, with the entry of a syntax error found."""
    import dataclasses

    if issue.entry in ("-", "", "?"):
        found = entry_at_error(root / issue.file, issue.message)
        if found:
            return str(dataclasses.replace(issue, entry=found))
    return str(issue)


def entry_at_error(path: Path, text: str) -> str:
    """The id of the [[table]] a TOML syntax error lies in, from the line number in its message (the
    table's `id` may come after the bad line: it is looked for from the table's header on)."""
    match = _AT_LINE.search(text)
    if not match:
        return ""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    wanted = int(match.group(1))  # 1-based
    header = max((i for i, line in enumerate(lines[:wanted]) if line.lstrip().startswith("[[")), default=-1)
    for line in lines[header + 1:] if header >= 0 else reversed(lines[:wanted]):
        if line.lstrip().startswith("[[") and header >= 0:
            break
        found = _ID_LINE.match(line)
        if found:
            return found.group(1)
    return ""
