"""The one build command: translations, icons, PyInstaller, release archive.

    python packaging/build.py              # -> dist/BindGuard/BindGuard + dist/BindGuard-<v>-<os>-<arch>.tar.gz
    python packaging/build.py --with-bare  # also the bare PySide6 baseline (build/bare-dist/bare) for size_report
    python packaging/build.py --no-archive # bundle only

Run it with the Python that has BindGuard's dependencies and PyInstaller (.venv/bin/python). On Linux it
also writes the release archive (the bundle + bindguard.desktop + icon + install.sh + INSTALL.txt); on
Windows and macOS the installer steps follow in packaging/windows and packaging/macos (see README.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BARE_DIST = BUILD / "bare-dist"
sys.path.insert(0, str(ROOT))

from bindguard import APP_NAME, __version__  # noqa: E402


def _run(cmd: list[str], what: str) -> None:
    started = time.monotonic()
    subprocess.run(cmd, cwd=ROOT, check=True)
    print(f"build: {what} done in {time.monotonic() - started:.1f} s", flush=True)


def _pyinstaller(spec: str, distpath: Path, workpath: Path, log: Path) -> tuple[list[str], Path, dict[str, str]]:
    """A fresh work folder each time; a cache folder per spec, because two builds sharing PyInstaller's
    default cache (~/.cache/pyinstaller) in parallel delete each other's files under --clean."""
    shutil.rmtree(workpath, ignore_errors=True)
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(BUILD / "pyi-cache" / workpath.name))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(distpath), "--workpath", str(workpath), str(HERE / spec)]
    return cmd, log, env


def build_bundles(with_bare: bool) -> None:
    """PyInstaller for the app (and the bare baseline in parallel: each build keeps about one core busy)."""
    BUILD.mkdir(exist_ok=True)
    jobs = [_pyinstaller("bindguard.spec", DIST, BUILD / "pyinstaller", BUILD / "pyinstaller-bindguard.log")]
    if with_bare:
        jobs.append(_pyinstaller("bare_app.spec", BARE_DIST, BUILD / "pyinstaller-bare",
                                 BUILD / "pyinstaller-bare.log"))
    started = time.monotonic()
    running = []
    for cmd, log, env in jobs:
        fh = log.open("w")
        running.append((subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT), log, fh))
    failed = []
    for proc, log, fh in running:
        proc.wait()
        fh.close()
        slim_lines = [line for line in log.read_text(errors="replace").splitlines() if line.startswith("slim:")]
        for line in slim_lines:
            print(f"build: {log.stem}: {line[:200]}{'…' if len(line) > 200 else ''}")
        if proc.returncode:
            failed.append(log)
    for log in failed:
        print(log.read_text(errors="replace")[-4000:], file=sys.stderr)
    if failed:
        raise SystemExit(f"build: PyInstaller failed, see {', '.join(map(str, failed))}")
    print(f"build: PyInstaller done in {time.monotonic() - started:.1f} s", flush=True)


def archive_name() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("arm64", "aarch64")
    return f"{APP_NAME}-{__version__}-{system}-{machine}"


def make_archive() -> Path:
    """The Linux release: BindGuard/ (the bundle) with the desktop file, icon and install hint inside it."""
    bundle = DIST / APP_NAME
    extras = {
        HERE / "linux" / "bindguard.desktop": "bindguard.desktop",
        HERE / "linux" / "org.bindguard.BindGuard.metainfo.xml": "org.bindguard.BindGuard.metainfo.xml",
        HERE / "linux" / "install.sh": "install.sh",
        HERE / "linux" / "INSTALL.txt": "INSTALL.txt",
        HERE / "icons" / "app-256.png": "bindguard.png",
    }
    for src, name in extras.items():
        shutil.copy2(src, bundle / name)
    (bundle / "install.sh").chmod(0o755)
    out = DIST / f"{archive_name()}.tar.gz"
    started = time.monotonic()
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=APP_NAME)
    print(f"build: archive {out.name} ({out.stat().st_size / 2**20:.1f} MiB) in {time.monotonic() - started:.1f} s")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-bare", action="store_true", help="also build the bare PySide6 baseline")
    parser.add_argument("--no-archive", action="store_true", help="skip the release archive")
    args = parser.parse_args(argv)
    started = time.monotonic()
    _run([sys.executable, str(HERE / "build_translations.py")], "translations")
    _run([sys.executable, str(HERE / "build_catalog.py")], "compiled catalog")
    _run([sys.executable, str(HERE / "make_icons.py")], "icons")
    build_bundles(args.with_bare)
    exe = DIST / APP_NAME / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    if not (exe.exists() or (DIST / f"{APP_NAME}.app").exists()):
        raise SystemExit(f"build: {exe} was not produced")
    if sys.platform.startswith("linux") and not args.no_archive:
        make_archive()
    print(f"build: {exe} ready; total {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
