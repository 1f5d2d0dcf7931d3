"""Build resources/catalog/compiled.pickle: the validated catalog, ready to unpickle in milliseconds.

Generated, never edited, not committed (like the .qm files). The app uses it only while it matches
the TOML files byte for byte (a digest of them is inside); otherwise it reads the TOML, so a stale
file costs time, never correctness. tests/core/test_catalog_compiled.py checks it against the TOML.

    .venv/bin/python packaging/build_catalog.py          # refuses a catalog with problems
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from bindguard.core.catalog import compile_catalog, load_catalog_collecting

    root = ROOT / "resources" / "catalog"
    _catalog, issues = load_catalog_collecting(root, use_compiled=False)
    broken = [i for i in issues if not i.evidence]
    if broken:
        for issue in broken:
            print(f"error: {issue}", file=sys.stderr)
        return 1
    out = compile_catalog(root)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size // 1024} KiB"
          + (f" ({len(issues)} evidence finding(s): run `bindguard catalog check`)" if issues else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
