"""Size and start-up of the frozen app against a bare PySide6 QtWidgets app packaged the same way.

    python packaging/size_report.py [--runs 15] [--json out.json] [--strict]

Needs both bundles from the same run: `python packaging/build.py --with-bare`. PRODUCT.md §6 sets
the goal at 1.25x for both; these are benchmarks, not gates: over budget prints OVER and exits 0,
unless --strict (or BINDGUARD_BUDGET_STRICT=1). Start-up is the whole process, offscreen,
`--exit-when-ready` (quit once the first window is shown), warm page cache, the two apps interleaved.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_DIR = ROOT / "dist" / "BindGuard"
BARE_DIR = ROOT / "build" / "bare-dist" / "bare"
GOAL = 1.25
MIB = 2 ** 20


def tree_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a bundle folder; symlinks count once, as links."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        total += path.stat().st_size
        files += 1
    return total, files


def time_start(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-500:]}")
    return elapsed


def measure_startup(app_cmd: list[str], bare_cmd: list[str], runs: int, warmup: int = 2) -> dict[str, list[float]]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    times: dict[str, list[float]] = {"app": [], "bare": []}
    for i in range(warmup + runs):
        for key, cmd in (("app", app_cmd), ("bare", bare_cmd)):
            elapsed = time_start(cmd, env)
            if i >= warmup:
                times[key].append(elapsed)
    return times


def report(runs: int) -> dict[str, float | int]:
    exe = APP_DIR / "BindGuard"
    bare = BARE_DIR / "bare"
    for path in (exe, bare):
        if not path.exists():
            raise SystemExit(f"{path} missing: run python packaging/build.py --with-bare first")
    app_bytes, app_files = tree_size(APP_DIR)
    bare_bytes, bare_files = tree_size(BARE_DIR)
    with tempfile.TemporaryDirectory(prefix="bindguard-startup-") as data:
        # the store is created on the first run; the warm-up runs absorb that
        times = measure_startup([str(exe), "--exit-when-ready", "--data-dir", data], [str(bare), "--exit-when-ready"],
                                runs)
    app_med, bare_med = statistics.median(times["app"]), statistics.median(times["bare"])
    return {
        "app_mib": app_bytes / MIB, "app_files": app_files, "bare_mib": bare_bytes / MIB, "bare_files": bare_files,
        "size_ratio": app_bytes / bare_bytes,
        "app_start_median_s": app_med, "app_start_min_s": min(times["app"]), "app_start_max_s": max(times["app"]),
        "bare_start_median_s": bare_med, "bare_start_min_s": min(times["bare"]),
        "bare_start_max_s": max(times["bare"]), "start_ratio": app_med / bare_med, "runs": runs,
    }


def print_table(r: dict[str, float | int]) -> None:
    def verdict(ratio: float) -> str:
        return "ok" if ratio <= GOAL else "OVER"

    print(f"size and start-up: frozen BindGuard vs frozen bare PySide6 QtWidgets app (goal <= {GOAL}x)")
    print(f"  {'':22} {'BindGuard':>12} {'bare':>12} {'ratio':>7}")
    print(f"  {'bundle size (MiB)':22} {r['app_mib']:12.1f} {r['bare_mib']:12.1f} {r['size_ratio']:6.2f}x "
          f"{verdict(r['size_ratio'])}")
    print(f"  {'files':22} {r['app_files']:12d} {r['bare_files']:12d}")
    print(f"  {'start-up median (s)':22} {r['app_start_median_s']:12.3f} {r['bare_start_median_s']:12.3f} "
          f"{r['start_ratio']:6.2f}x {verdict(r['start_ratio'])}")
    app_range = f"{r['app_start_min_s']:.3f}-{r['app_start_max_s']:.3f}"
    bare_range = f"{r['bare_start_min_s']:.3f}-{r['bare_start_max_s']:.3f}"
    print(f"  {'start-up min-max (s)':22} {app_range:>12} {bare_range:>12}")
    print(f"  ({r['runs']} runs each after 2 warm-ups, interleaved, QT_QPA_PLATFORM=offscreen, --exit-when-ready)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a ratio is over the goal")
    args = parser.parse_args(argv)
    result = report(args.runs)
    print_table(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    strict = args.strict or os.environ.get("BINDGUARD_BUDGET_STRICT") == "1"
    over = [k for k in ("size_ratio", "start_ratio") if result[k] > GOAL]
    if over:
        print(f"size_report: over the {GOAL}x goal: {', '.join(over)}" + (" (strict: failing)" if strict else
              " (a benchmark, not a gate: set BINDGUARD_BUDGET_STRICT=1 to fail on it)"))
    return 1 if (strict and over) else 0


if __name__ == "__main__":
    raise SystemExit(main())
