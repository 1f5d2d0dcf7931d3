"""Check that the frozen app behaves like the installed one (Linux; run after packaging/build.py).

    python packaging/smoke.py [--exe dist/BindGuard/BindGuard]

Each check runs the frozen executable in a throwaway HOME/XDG tree, offscreen:
--version, --smoke-test, the in-bundle self-test (resources, Qt's Chinese translations, plugins,
printing, segno, cryptography, keyring metadata, loader environment), doctor --json inside a private
D-Bus session with an unlocked gnome-keyring (keyring_ok must be true), data in the platformdirs folder
and in --data-dir, export --demo --pdf with Chinese text extracted by pdftotext (SKIP while the export
command is not in this build), and a real X11 start under xvfb-run. Exit 1 if any check FAILs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXE = ROOT / "dist" / "BindGuard" / ("BindGuard.exe" if sys.platform == "win32" else "BindGuard")
CJK = re.compile(r"[\u4e00-\u9fff]")
TIMEOUT = 120


class Skip(Exception):
    """The check does not apply to this build (reported as SKIP, never as PASS)."""


@dataclass
class Result:
    name: str
    status: str  # PASS / FAIL / SKIP
    detail: str


def sandbox_env(base: Path) -> dict[str, str]:
    """A private HOME and XDG tree, offscreen Qt, no inherited keyring override."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "BINDGUARD_DATA_DIR",
                                                              "DISPLAY", "WAYLAND_DISPLAY")}
    dirs = {"HOME": "home", "XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache",
            "XDG_RUNTIME_DIR": "run", "XDG_STATE_HOME": "state"}
    for var, name in dirs.items():
        path = base / name
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    os.chmod(base / "run", 0o700)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(cmd: list[str], env: dict[str, str], timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def in_keyring_session(cmd: list[str]) -> list[str]:
    """The tests/run.sh recipe: a private D-Bus session bus with gnome-keyring unlocked on it."""
    script = ('echo -n smoke-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; '
              'exec "$@"')
    return ["dbus-run-session", "--", "sh", "-c", script, "sh", *cmd]


class Smoke:
    def __init__(self, exe: Path, work: Path) -> None:
        self.exe = exe
        self.work = work
        self.env = sandbox_env(work / "sandbox")

    def _ok(self, proc: subprocess.CompletedProcess[str], what: str) -> None:
        if proc.returncode != 0:
            raise AssertionError(f"{what}: exit {proc.returncode}: {(proc.stderr or proc.stdout)[-600:]}")

    def contents(self) -> str:
        """No GTK/cairo/pango (build-machine leakage, feasibility.md §7), no libcups closure, no unused Qt."""
        internal = self.exe.parent / "_internal"
        if not internal.is_dir():
            raise Skip(f"{internal} not found (not a Linux one-folder bundle)")
        names = [p.name for p in internal.rglob("*") if p.is_file()]
        # libQt6Network stays: libQt6Multimedia (read aloud's one dependency) lists it as needed
        banned = re.compile(r"^lib(gtk-3|gdk-3|cairo|pango|atk|cups|gnutls|krb5|Qt6(Qml|Quick|Pdf|Sql|WebEngine"
                            r"\w*))[.-]|^libqgtk3|^Qt(Network|Qml|Quick|Sql|DBus|Multimedia|WebEngine\w*)\.|^libav(codec|format)"
                            r"|^libffmpegmediaplugin|^libqtexttospeech_mock")
        found = sorted(n for n in names if banned.search(n))
        assert not found, f"should not be bundled: {found}"
        needed = ["libqxcb.so", "libqoffscreen.so", "libibusplatforminputcontextplugin.so",
                  "libcomposeplatforminputcontextplugin.so", "libcupsprintersupport.so", "qtbase_zh_CN.qm",
                  "bindguard_zh_CN.qm", "libQt6PrintSupport.so.6",
                  "QtTextToSpeech.abi3.so", "libQt6TextToSpeech.so.6", "libqtexttospeech_speechd.so"]
        missing = [n for n in needed if n not in names]
        assert not missing, f"missing from the bundle: {missing}"
        dangling = [str(p.relative_to(internal)) for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
        assert not dangling, f"links to files that are not in the bundle: {dangling}"
        return f"{len(names)} files; no GTK/cups/unused Qt/WebEngine/QML; IME, print, xcb and TTS plugins present"

    def version(self) -> str:
        from bindguard import __version__

        proc = run([str(self.exe), "--version"], self.env)
        self._ok(proc, "--version")
        assert proc.stdout.strip() == f"BindGuard {__version__}", proc.stdout
        return proc.stdout.strip()

    def smoke_test(self) -> str:
        proc = run([str(self.exe), "--smoke-test", "--data-dir", str(self.work / "smoke-data")], self.env)
        self._ok(proc, "--smoke-test")
        assert "欢迎使用换号卫士" in proc.stdout and "Welcome to BindGuard" in proc.stdout, proc.stdout[-400:]
        return f"{len(proc.stdout.splitlines())} lines, zh + en titles"

    def selftest(self) -> str:
        pdf = self.work / "selftest.pdf"
        proc = run([str(self.exe)], dict(self.env, BINDGUARD_FROZEN_SELFTEST="1", BINDGUARD_SELFTEST_PDF=str(pdf)))
        report = json.loads(proc.stdout)
        failed = {k: v["detail"] for k, v in report.items() if not v["ok"]}
        assert not failed and proc.returncode == 0, json.dumps(failed, ensure_ascii=False)[:800]
        pdf_text = ""
        if shutil.which("pdftotext"):
            pdf_text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                                      check=True).stdout
            # NFKC: Qt's ToUnicode map for a shared Noto CJK glyph can name the Kangxi radical (U+2F20 ⼠)
            # instead of 士 (U+58EB), from source too; the text is intact, only the code point differs.
            assert "换号卫士" in unicodedata.normalize("NFKC", pdf_text), f"Chinese lost in the PDF: {pdf_text!r}"
        return (f"{len(report)} checks ok; PDF text {'has 换号卫士' if pdf_text else 'not checked (no pdftotext)'}; "
                f"{report['fonts']['detail'][:60]}")

    def doctor_keyring(self) -> str:
        if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
            raise Skip("dbus-run-session or gnome-keyring-daemon not installed")
        proc = run(in_keyring_session([str(self.exe), "doctor", "--json"]), self.env)
        self._ok(proc, "doctor --json")
        report = json.loads(proc.stdout)
        assert report.get("frozen") is True, report
        assert report.get("keyring_ok") is True, report
        assert "SecretService" in report.get("keyring_backend", ""), report
        assert report.get("store_ok") is True, report
        expected = Path(self.env["XDG_DATA_HOME"]) / "BindGuard"
        assert Path(report["data_dir"]) == expected, (report["data_dir"], str(expected))
        assert not expected.exists(), f"doctor created {expected}: it must never change a file (issue 11)"
        return f"keyring {report['keyring_backend']} round trip ok; data folder {report['data_dir']} left alone"

    def data_dir_override(self) -> str:
        folder = self.work / "portable-data"
        proc = run([str(self.exe), "--data-dir", str(folder), "doctor", "--json"], self.env)
        self._ok(proc, "--data-dir doctor --json")
        report = json.loads(proc.stdout)
        assert Path(report["data_dir"]) == folder.resolve(), report["data_dir"]
        assert report["store_ok"] and not folder.exists(), report  # doctor reads only
        proc = run([str(self.exe), "--data-dir", str(folder), "--exit-when-ready"], self.env)
        self._ok(proc, "--data-dir --exit-when-ready")
        assert folder.is_dir() and any(folder.iterdir()), "the window made no store in --data-dir"
        return f"store created in {folder.name}/ by the window: {sorted(p.name for p in folder.iterdir())}"

    def export_pdf(self) -> str:
        out = self.work / "demo.pdf"
        proc = run([str(self.exe), "--data-dir", str(self.work / "export-data"), "export", "--demo", "--pdf",
                    str(out)], self.env)
        if proc.returncode != 0 and "bindguard.ui.export_cli" in proc.stderr:
            raise Skip("the export command is not in this build yet (bindguard.ui.export_cli missing)")
        self._ok(proc, "export --demo --pdf")
        if not shutil.which("pdftotext"):
            raise Skip("pdftotext (poppler-utils) not installed")
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        chinese = len(CJK.findall(unicodedata.normalize("NFKC", text)))
        assert chinese >= 20, f"only {chinese} Chinese characters extracted from {out}"
        return f"{out.stat().st_size // 1024} KiB, {chinese} Chinese characters extracted"

    def xcb_start(self) -> str:
        if not shutil.which("xvfb-run"):
            raise Skip("xvfb-run not installed")
        env = {k: v for k, v in self.env.items() if k != "QT_QPA_PLATFORM"}
        proc = run(["xvfb-run", "-a", str(self.exe), "--exit-when-ready", "--data-dir", str(self.work / "x")], env)
        self._ok(proc, "xvfb-run --exit-when-ready")
        return "started and quit under Xvfb (xcb platform plugin)"

    def speech_worker(self) -> str:
        """Read aloud's worker process (issue 25): the bundle's own executable with --speech-worker answers."""
        return talk_to_speech_worker([str(self.exe), "--speech-worker", "--engine", "mock"], self.env)

    def checks(self) -> dict[str, Callable[[], str]]:
        return {"bundle contents": self.contents, "--version": self.version, "--smoke-test": self.smoke_test,
                "bundle self-test": self.selftest,
                "doctor --json + keyring": self.doctor_keyring, "--data-dir": self.data_dir_override,
                "export --demo --pdf": self.export_pdf, "X11 start (xvfb)": self.xcb_start,
                "speech worker": self.speech_worker}


SYSTEM_ENGINE = {"linux": "speechd", "win32": "sapi", "darwin": "darwin"}


def talk_to_speech_worker(cmd: list[str], env: dict[str, str]) -> str:
    """Start read aloud's worker (`cmd`), ask it to read one line and to quit, and check its answers
    (line-delimited JSON, bindguard/ui/speech_worker.py). With Qt's mock engine (from source) it is ready and
    answers the reading; the bundle leaves the mock out (slim.py), so there it must say plainly that this
    engine cannot start while listing the system's engine, which proves QtTextToSpeech and its plugins load."""
    commands = [{"cmd": "speak", "n": 1, "id": 1, "lang": "en", "lines": ["Hello."], "slow": False},
                {"cmd": "quit", "n": 2}]
    text = "".join(json.dumps(c) + "\n" for c in commands)
    proc = subprocess.run(cmd, input=text, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and events, f"exit {proc.returncode}: {(proc.stderr or proc.stdout)[-600:]}"
    first = events[0]
    wanted = next((e for p, e in SYSTEM_ENGINE.items() if sys.platform.startswith(p)), "")
    if first["event"] == "problem":
        engines = first.get("engines") or []
        assert first["code"] == "speech.unavailable" and "mock" not in engines, first
        assert not wanted or wanted in engines, f"the system's engine {wanted} is not listed: {first}"
        return f"answered: the mock engine is not bundled; engines {engines}"
    assert first["event"] == "ready", first
    kinds = [e["event"] for e in events]
    assert {"event": "ack", "n": 1} in events and ("speaking" in kinds or "no_voice" in kinds), kinds
    return f"ready with {first['engine']}; answered the reading: {', '.join(dict.fromkeys(kinds))}"


def run_all(exe: Path = DEFAULT_EXE) -> list[Result]:
    if not exe.exists():
        return [Result("bundle", "FAIL", f"{exe} not found: run python packaging/build.py first")]
    results = []
    with tempfile.TemporaryDirectory(prefix="bindguard-smoke-") as tmp:
        smoke = Smoke(exe, Path(tmp))
        for name, check in smoke.checks().items():
            try:
                results.append(Result(name, "PASS", check()))
            except Skip as skip:
                results.append(Result(name, "SKIP", str(skip)))
            except Exception as exc:
                results.append(Result(name, "FAIL", f"{type(exc).__name__}: {exc}"))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=DEFAULT_EXE)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    results = run_all(args.exe)
    width = max(len(r.name) for r in results)
    print(f"frozen app checks: {args.exe}")
    for r in results:
        print(f"  {r.status:4}  {r.name:{width}}  {r.detail}")
    failed = [r for r in results if r.status == "FAIL"]
    print(f"smoke: {sum(r.status == 'PASS' for r in results)} passed, {len(failed)} failed, "
          f"{sum(r.status == 'SKIP' for r in results)} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
