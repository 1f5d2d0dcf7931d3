"""One catalog load as the app does it (the warm-up thread's load_catalog), in a fresh process.

Prints one JSON line: the load's own seconds (the module already imported, as in the running app),
the entry counts and whether the compiled form was used.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalog", type=Path, required=True)
    args = parser.parse_args()
    from bindguard.core import catalog as module

    start = time.perf_counter()
    catalog = module.load_catalog(args.catalog)
    seconds = time.perf_counter() - start
    print(json.dumps({"load_s": seconds, "platforms": len(catalog.platforms), "banks": len(catalog.banks),
                      "compiled": module.compiled_is_current(args.catalog)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
