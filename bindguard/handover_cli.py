"""`bindguard handover export FILE [--checklist ID]` and `bindguard handover import FILE`, without a window.

Export prints what it wrote, then the generated passphrase alone on the last line of standard output
(for scripts and tests). Import reads the passphrase from standard input (one line) when that is not a
terminal, else asks for it without echo. Every problem is a plain sentence on standard error (exit 1),
never a traceback; nothing is written unless the whole file opened. No Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bindguard.core.errors import BindGuardError, Lang, message


def _lang(store) -> Lang:
    chosen = store.get_setting("language") if store is not None else ""
    return "en" if chosen == "en" else "zh"


def _open_store(write: bool):
    """Export reads the store read-only (as `bindguard export`); import writes, so it takes the instance
    lock first: never behind an open window on the same data folder."""
    from bindguard.core.paths import data_dir
    from bindguard.ui.export_cli import _open_for_reading, open_for_writing  # no Qt at their import

    folder = data_dir()
    if write:
        return open_for_writing(folder)  # the instance lock: never behind an open window
    return _open_for_reading(folder), None


def run_handover(args: argparse.Namespace) -> int:
    lang: Lang = "zh"
    store = lock = None
    try:
        store, lock = _open_store(write=args.handover_command == "import")
        lang = _lang(store)
        if args.handover_command == "export":
            return _export(args, store, lang)
        return _import(args, store, lang)
    except BindGuardError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        if store is not None:
            store.close()
        if lock is not None:
            lock.release()


def _export(args: argparse.Namespace, store, lang: Lang) -> int:
    from bindguard.core import handover
    from bindguard.core.vault import Vault

    ids = args.checklist or [summary.id for summary in store.list_checklists()]
    if not ids or 0 in ids:
        raise BindGuardError("checklist.not_found")
    target = Path(args.file).expanduser()
    if target.exists():
        raise BindGuardError("handover.exists", path=str(target))  # never over an existing file
    exported = handover.build_export(store, Vault(store), ids)
    handover.write_file(target.absolute(), exported.data)
    if exported.notes_left_out:
        reason = message(exported.notes_reason, lang, **({"detail": ""} if exported.notes_reason == "vault.error"
                                                         else {}))
        print(message("handover.notes_left_out", lang, count=exported.notes_left_out, reason=reason),
              file=sys.stderr)
    print(message("handover.saved", lang, path=str(target), count=len(ids), notes=exported.notes))
    print(exported.passphrase)
    return 0


def _read_passphrase(lang: Lang) -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(message("handover.ask_passphrase", lang) + " ")
    return sys.stdin.readline().strip()


def _import(args: argparse.Namespace, store, lang: Lang) -> int:
    from bindguard.core import handover, handover_seal
    from bindguard.core.vault import Vault

    data = handover.read_file(Path(args.file).expanduser())
    handover_seal.check_file(data)  # a file that is not one is said before asking for the passphrase
    passphrase = _read_passphrase(lang)
    result = handover.import_file(store, Vault(store), data, passphrase)
    print(handover.result_text(result, lang))
    return 0
