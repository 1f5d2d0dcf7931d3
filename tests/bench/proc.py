"""Whole-process timing: wall clock from spawn to exit, and the child's own peak RSS via os.wait4.

wait4 gives the rusage of exactly that child (not the sum of all children), so two programs
measured in the same run never mix their peaks.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    seconds: float
    rss_mib: float | None
    returncode: int
    stderr: str
    cpu: float | None = None  # user + sys seconds: less sensitive than wall time to a busy machine


def bench_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """One environment for every child: offscreen Qt, the checkout on sys.path, no empty keyring var."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if env.get("PYTHON_KEYRING_BACKEND") == "":
        env.pop("PYTHON_KEYRING_BACKEND")  # empty crashes keyring (feasibility.md §9)
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    if extra:
        env.update(extra)
    return env


def run_once(argv: Sequence[str], env: dict[str, str], timeout: float = 120.0) -> Run:
    errfile = Path(env.get("BENCH_TMP", "/tmp")) / f"bench-stderr-{os.getpid()}.txt"
    with errfile.open("w+b") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=ROOT)
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss is KiB on Linux, bytes on macOS
            rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
            cpu = usage.ru_utime + usage.ru_stime
        else:  # Windows: wall time only
            proc.wait(timeout)
            seconds = time.perf_counter() - start
            rss = cpu = None
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    errfile.unlink(missing_ok=True)
    return Run(seconds, rss, proc.returncode, stderr, cpu)


@dataclass
class Series:
    """Medians of whole-process runs after warm-ups; min and max show the noise."""

    times: list[float]
    rss: list[float]
    failure: str = ""
    cpu: list[float] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failure and bool(self.times)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def rss_median(self) -> float | None:
        return statistics.median(self.rss) if self.rss else None


def series(argv: Sequence[str], env: dict[str, str], runs: int, warmups: int) -> Series:
    times: list[float] = []
    rss: list[float] = []
    for i in range(warmups + runs):
        run = run_once(argv, env)
        if run.returncode != 0:
            tail = "\n".join(run.stderr.strip().splitlines()[-6:])
            return Series(times, rss, f"exit code {run.returncode}: {tail}")
        if i >= warmups:
            times.append(run.seconds)
            if run.rss_mib is not None:
                rss.append(run.rss_mib)
    return Series(times, rss)


def interleaved(commands: dict[str, Sequence[str]], env: dict[str, str], runs: int,
                warmups: int) -> dict[str, Series]:
    """Alternate the programs run by run, so a slow spell of the machine hits all of them alike."""
    out = {name: Series([], []) for name in commands}
    for i in range(warmups + runs):
        for name, argv in commands.items():
            if out[name].failure:
                continue
            run = run_once(argv, env)
            if run.returncode != 0:
                tail = "\n".join(run.stderr.strip().splitlines()[-6:])
                out[name].failure = f"exit code {run.returncode}: {tail}"
                continue
            if i >= warmups:
                out[name].times.append(run.seconds)
                if run.rss_mib is not None:
                    out[name].rss.append(run.rss_mib)
                if run.cpu is not None:
                    out[name].cpu.append(run.cpu)
    return out


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); exact on the small samples used here."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]
