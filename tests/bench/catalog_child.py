"""One process: the catalog load the app does in the background after the first page shows.

Imports what the warm-up thread has already imported (the catalog module), then times load_catalog()
alone on the given folder. Prints one JSON object: {"load_s": [...], "platforms": N, "banks": N,
"compiled": whether the compiled form (packaging/build_catalog.py) was current and so used}.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalog", help="catalog folder (default: the shipped one)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from bindguard.core.catalog import compiled_is_current, load_catalog
    from bindguard.resources import resource_path

    root = Path(args.catalog) if args.catalog else None
    times = []
    catalog = None
    for _ in range(args.repeat):
        start = time.perf_counter()
        catalog = load_catalog(root)
        times.append(time.perf_counter() - start)
    print(json.dumps({"load_s": times, "platforms": len(catalog.platforms), "banks": len(catalog.banks),
                      "compiled": compiled_is_current(root or resource_path("catalog"))}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
