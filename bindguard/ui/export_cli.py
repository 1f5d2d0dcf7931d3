"""`bindguard export`: the printable PDF and the calendar file without opening a window.

For support ("send me the PDF"), tests and the benchmark. It runs offscreen when there is no
display, uses the same report and renderer as the finish page, and says in plain words what went
wrong (unknown checklist, a folder it cannot write to, notes that are locked) instead of a trace.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from bindguard.core.errors import BindGuardError, Lang, message


def _ensure_gui_app() -> object:
    if sys.platform == "linux" and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(sys.argv[:1])
    return app


def _lang(args: argparse.Namespace, store: object) -> Lang:
    chosen = getattr(args, "lang", None) or store.get_setting("language")  # type: ignore[attr-defined]
    if not chosen:
        from PySide6.QtCore import QLocale

        chosen = "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"
    return "en" if chosen == "en" else "zh"


def read_notes(store: object, checklist_id: int, item_keys: list[str], lang: Lang) -> tuple[dict[str, str], str]:
    """The user's notes for the printout, and a plain sentence when some or all could not be read.
    A locked vault never stops the export: the PDF is written without notes."""
    try:
        from bindguard.core.vault import Vault, VaultState  # type: ignore[attr-defined]
    except ImportError:
        return {}, message("vault.error", lang, detail="notes are not available in this version")
    vault = Vault(store)
    state = vault.state
    if state is not VaultState.READY:
        code = state.message_code or "vault.error"
        params = {"detail": getattr(vault, "detail", "") or state.value} if code == "vault.error" else {}
        return {}, message("export.notes_skipped", lang, reason=message(code, lang, **params))
    notes: dict[str, str] = {}
    failed = 0
    for key in item_keys:
        try:
            text = vault.read_note(checklist_id, key)
        except BindGuardError:
            failed += 1
            continue
        if text:
            notes[key] = text
    problem = message("export.notes_some_failed", lang, count=failed) if failed else ""
    return notes, problem


def run_export(args: argparse.Namespace) -> int:
    """Reads the store read-only and takes no part in recovery. --demo never touches the data folder: its
    sample checklist lives in a temporary store that is deleted afterwards."""
    from bindguard.core.catalog_problem import load_catalog_plainly
    from bindguard.core.paths import data_dir

    lang: Lang = "en" if getattr(args, "lang", None) == "en" else "zh"
    if not args.pdf and not args.ics:
        print(message("export.no_output", lang), file=sys.stderr)
        return 2
    for target in (args.pdf, args.ics):
        problem = _target_problem(target, lang)
        if problem:
            print(problem, file=sys.stderr)
            return 1
    try:
        catalog = load_catalog_plainly()
    except BindGuardError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    demo_folder = tempfile.TemporaryDirectory(prefix="bindguard-demo-") if args.demo else None
    try:
        store = _open_for_demo(Path(demo_folder.name)) if demo_folder is not None else _open_for_reading(data_dir())
    except BindGuardError as exc:
        print(exc.text(lang), file=sys.stderr)
        if demo_folder is not None:
            demo_folder.cleanup()
        return 1
    try:
        lang = _lang(args, store)
        return _export(args, store, catalog, lang)
    except BindGuardError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    finally:
        store.close()
        if demo_folder is not None:
            demo_folder.cleanup()


def _target_problem(target: str | None, lang: Lang) -> str:
    """A plain sentence when the file cannot go there: a folder that does not exist is not made."""
    if not target:
        return ""
    parent = Path(target).expanduser().absolute().parent
    if not parent.exists():
        return message("export.no_folder", lang, path=str(parent))
    if not parent.is_dir():
        return message("export.unwritable", lang, path=str(Path(target)))
    from bindguard.core.safe_write import target_for

    try:  # a device, a FIFO or a folder is refused before anything is read
        target_for(target)
    except BindGuardError as exc:
        return exc.text(lang)
    return ""


def _open_for_reading(folder: Path):
    """The saved checklists as they are on disk: read-only, never checked, recovered or migrated."""
    from bindguard.core.store import DB_NAME, Store
    from bindguard.core.store_faults import IO, StoreUnavailable, unavailable

    try:  # a folder with mode 000 (administrator rights dropped): a plain message, not a traceback
        os.stat(folder / DB_NAME)
    except FileNotFoundError:
        raise BindGuardError("checklist.not_found") from None
    except OSError as exc:
        raise unavailable(exc, folder) from exc
    return Store.open_read_only(folder, StoreUnavailable(IO, folder))


def open_for_writing(folder: Path):
    """A command that writes (hand-over import) opens the data folder under the instance lock, so never
    behind an open window; returns the store and the lock to release after closing it."""
    from bindguard.core.instance import InstanceLock
    from bindguard.core.store import Store

    if InstanceLock.is_held(folder):
        raise BindGuardError("store.window_open")
    try:
        lock = InstanceLock.acquire(folder)
    except BindGuardError as exc:
        if exc.code == "store.in_use":
            raise BindGuardError("store.window_open") from exc
        raise
    try:
        return Store.open(folder, backup=False, recover=False), lock
    except BaseException:
        lock.release()
        raise


def _open_for_demo(folder: Path):
    """The sample checklist's own store, in a temporary folder: the user's saved checklists and settings are
    never read or changed by --demo (it used to add a checklist to the real data folder on every run)."""
    from bindguard.core.store import Store

    return Store.open(folder, backup=False, recover=False)


def _export(args: argparse.Namespace, store, catalog, lang: Lang) -> int:
    today = dt.date.today()
    if args.demo:
        from bindguard.core.demo import demo_checklist

        checklist = store.create_checklist(demo_checklist(catalog, today))
    else:
        checklist_id = args.checklist
        if checklist_id is None:
            saved = store.list_checklists()
            if not saved:
                raise BindGuardError("checklist.not_found")
            checklist_id = saved[0].id  # the one worked on most recently
        checklist = store.load_checklist(checklist_id) if 0 < checklist_id < 2**63 else None
        if checklist is None:
            raise BindGuardError("checklist.not_found")
    notes = None
    if args.notes:
        notes, problem = read_notes(store, checklist.id, [i.key for i in checklist.items], lang)
        if problem:
            print(problem, file=sys.stderr)
    if args.pdf:
        _ensure_gui_app()
        from bindguard.core.report import build_report
        from bindguard.ui import printing

        report = build_report(checklist, catalog, lang=lang, notes=notes, today=today)
        large_text = store.get_setting("large_text") == "1"
        pages = printing.write_pdf(report, Path(args.pdf), large_text)
        print(message("export.saved_pdf", lang, path=str(Path(args.pdf)), pages=pages))
    if args.ics:
        from bindguard.core.calendar import write_ics

        path = write_ics(checklist, lang, Path(args.ics), catalog)
        print(message("export.saved_ics", lang, path=str(path)))
    return 0
