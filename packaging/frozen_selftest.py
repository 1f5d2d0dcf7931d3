"""Checks only a frozen bundle can fail, run inside it (BINDGUARD_FROZEN_SELFTEST=1, see bindguard_main.py).

Prints one JSON object {check: {"ok": bool, "detail": str}} and exits 1 if any check failed.
Works from source too (python packaging/frozen_selftest.py) so the checks themselves can be tested.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def _resources() -> tuple[bool, str]:
    from bindguard.resources import resources_dir

    root = resources_dir()
    meipass = getattr(sys, "_MEIPASS", None)
    inside = meipass is None or str(root).startswith(str(meipass))
    catalog = sorted(p.name for p in (root / "catalog").glob("*.toml"))
    return inside and bool(catalog), f"{root} ({len(catalog)} catalog files)"


def _app_translations() -> tuple[bool, str]:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from bindguard.resources import resource_path

    results = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_zh_CN", qt_dir), ("qt_zh_CN", qt_dir),
                         ("bindguard_zh_CN", str(resource_path("translations")))):
        results.append((name, QTranslator().load(name, folder)))
    probe = QTranslator()
    probe.load("qtbase_zh_CN", qt_dir)
    cancel = probe.translate("QPlatformTheme", "Cancel")
    # qt_zh_CN.qm is a meta catalog naming modules the wheel lacks, so it does not load even from source;
    # it is bundled for completeness, and only qtbase (Qt's dialog buttons) and ours are required.
    ok = dict(results)["qtbase_zh_CN"] and dict(results)["bindguard_zh_CN"] and cancel == "取消"
    return ok, ", ".join(f"{n}={'ok' if loaded else 'not loaded'}" for n, loaded in results) + f"; Cancel->{cancel!r}"


def _image_formats() -> tuple[bool, str]:
    from PySide6.QtGui import QIcon, QImageReader

    from bindguard.resources import resource_path

    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    icon_file = resource_path("icons", "app.svg")
    icon = QIcon(str(icon_file))
    pixmap_ok = not icon.pixmap(64, 64).isNull()
    return "svg" in formats and pixmap_ok, f"formats={formats}; app.svg renders={pixmap_ok}"


def _plugins() -> tuple[bool, str]:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    found = {d.name: sorted(f.name for f in d.iterdir()) for d in plugins.iterdir() if d.is_dir()}
    needed = ["platforms", "printsupport", "imageformats"]
    if sys.platform.startswith("linux"):
        needed.append("platforminputcontexts")
    unwanted = [d for d in found if d in ("platformthemes", "sqldrivers", "qmltooling", "networkinformation", "tls")
                and getattr(sys, "frozen", False)]
    ok = all(found.get(n) for n in needed) and not unwanted
    return ok, json.dumps(found, ensure_ascii=False)


def _print_pdf() -> tuple[bool, str]:
    from PySide6.QtGui import QPageSize, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    # smoke.py names the file and checks its text with pdftotext (Chinese must survive the frozen build)
    out = Path(os.environ.get("BINDGUARD_SELFTEST_PDF") or Path(tempfile.mkdtemp()) / "selftest.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(out))
    doc = QTextDocument()
    doc.setPlainText("换号卫士 BindGuard")
    doc.print_(printer)
    size = out.stat().st_size if out.exists() else 0
    return size > 500, f"{out} {size} bytes"


def _segno_and_crypto() -> tuple[bool, str]:
    import segno
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    qr = segno.make("https://example.org/bindguard")
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    plain = AESGCM(key).decrypt(nonce, AESGCM(key).encrypt(nonce, b"note", None), None)
    return plain == b"note" and qr.version > 0, f"segno QR version {qr.version}; AES-GCM round trip ok"


def _keyring_backends() -> tuple[bool, str]:
    """keyring finds backends through entry points in its package metadata: frozen, that metadata
    must be bundled and the platform backend importable (the round trip itself is `doctor --json`)."""
    import importlib
    from importlib.metadata import entry_points

    names = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    want = {"linux": ("SecretService", "secretstorage"), "win32": ("Windows", "win32ctypes"),
            "darwin": ("macOS", "keyring.backends.macOS.api")}
    backend, module = next((v for k, v in want.items() if sys.platform.startswith(k)), ("", ""))
    importlib.import_module(module)
    return backend in names, f"entry points: {names}; {module} imports"


def _loader_env() -> tuple[bool, str]:
    leaked = [k for k in ("LD_LIBRARY_PATH", "LD_LIBRARY_PATH_ORIG") if k in os.environ
              and getattr(sys, "_MEIPASS", "\0") in os.environ[k]]
    return not leaked, f"LD_LIBRARY_PATH={os.environ.get('LD_LIBRARY_PATH')!r}; leaked={leaked}"


def _fonts() -> tuple[bool, str]:
    from bindguard.resources import resources_dir

    fonts = resources_dir() / "fonts"
    files = sorted(p.name for p in fonts.glob("*")) if fonts.is_dir() else []
    return True, f"bundled fonts: {files or 'none (resources/fonts absent in this build)'}"


def _compiled_catalog() -> tuple[bool, str]:
    """The bundle's compiled catalog is the one this bundle's code would make (else every start parses TOML)."""
    from bindguard.core.catalog import COMPILED_NAME, compiled_is_current
    from bindguard.resources import resource_path

    root = resource_path("catalog")
    if not (root / COMPILED_NAME).exists():
        return False, f"{COMPILED_NAME} missing: run packaging/build_catalog.py before PyInstaller"
    current = compiled_is_current(root)
    return current, "compiled catalog is current" if current else "compiled catalog is stale for this bundle's code"


def _text_to_speech() -> tuple[bool, str]:
    """Read aloud (issue 25): QtTextToSpeech imports from the bundle (libpulse0 from the system) and lists
    the system's engine (speech-dispatcher on Linux)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:
        return False, f"QtTextToSpeech does not import: {error}"
    engines = QTextToSpeech.availableEngines()
    wanted = {"linux": "speechd", "win32": "sapi", "darwin": "darwin"}.get(sys.platform, "")
    test_engine = "mock" in engines and getattr(sys, "frozen", False)  # Qt's mock engine is for tests only
    return (wanted in engines if wanted else bool(engines)) and not test_engine, f"engines: {engines}"


CHECKS: dict[str, Callable[[], tuple[bool, str]]] = {
    "resources": _resources,
    "translations": _app_translations,
    "image_formats": _image_formats,
    "qt_plugins": _plugins,
    "print_pdf": _print_pdf,
    "segno_cryptography": _segno_and_crypto,
    "keyring_backends": _keyring_backends,
    "loader_env": _loader_env,
    "fonts": _fonts,
    "compiled_catalog": _compiled_catalog,
    "text_to_speech": _text_to_speech,
}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    report: dict[str, dict[str, object]] = {}
    for name, check in CHECKS.items():
        try:
            ok, detail = check()
        except Exception as exc:  # a broken bundle shows up as a failed check, not a traceback
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        report[name] = {"ok": ok, "detail": detail}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if all(r["ok"] for r in report.values()) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
