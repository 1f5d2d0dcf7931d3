"""One entry point, two faces: the GUI by default, and commands for support, tests and benchmarks.

Nothing here imports Qt at module level: `bindguard catalog check` must stay fast and work on a
machine without a display. GUI paths import bindguard.ui lazily.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bindguard import __version__
from bindguard.core.paths import ENV_DATA_DIR

COMMANDS = ("doctor", "catalog", "export", "handover")


def _parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line. Without `with_commands` only the window's switches: the sub-commands'
    parsers (and the shutil import argparse makes for them) cost ~8 ms of every double-click start."""
    parser = argparse.ArgumentParser(
        prog="bindguard",
        description="BindGuard (换号卫士): find and undo every binding of an old phone number.",
    )
    parser.add_argument("--version", action="version", version=f"BindGuard {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"keep all data in DIR (also env {ENV_DATA_DIR})")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the window and every page, print their titles, exit")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="quit as soon as the first page is shown (start-up benchmark)")
    parser.add_argument("--lang", choices=["zh", "en"], help="language of the window")
    parser.add_argument("--large-text", action="store_true", help="start in large-text mode")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command")

    doctor = sub.add_parser("doctor", help="what support needs to know (no personal data)")
    doctor.add_argument("--json", action="store_true")

    catalog = sub.add_parser("catalog", help="check, count or export the built-in catalog")
    catalog_sub = catalog.add_subparsers(dest="catalog_command", required=True)
    check = catalog_sub.add_parser("check", help="validate resources/catalog; exit 1 on any error")
    stats = catalog_sub.add_parser("stats", help="counts per category and confidence")
    stats.add_argument("--json", action="store_true")
    export = catalog_sub.add_parser("export", help="the whole validated catalog as JSON")
    export.add_argument("--json", action="store_true", required=True)
    catalog_sub.add_parser("schema", help="a JSON Schema of `catalog export --json`")
    for command in (check, stats, export):
        command.add_argument("--root", metavar="DIR", help="check another copy of the catalog folder")
    links = catalog_sub.add_parser("links", help="check every catalog URL over the network (never fails)")
    links.add_argument("--report", metavar="FILE", help="write the report to FILE (JSON)")
    links.add_argument("--timeout", type=float, default=10.0)

    exp = sub.add_parser("export", help="write the printable checklist (PDF) and calendar reminders (.ics)")
    exp.add_argument("--pdf", metavar="OUT.pdf")
    exp.add_argument("--ics", metavar="OUT.ics")
    which = exp.add_mutually_exclusive_group()
    which.add_argument("--checklist", type=_checklist_id, metavar="ID")
    which.add_argument("--demo", action="store_true", help="a sample checklist with every catalog platform")
    exp.add_argument("--notes", action="store_true", help="include my notes")

    hand = sub.add_parser("handover", help="move checklists and notes to another computer in one encrypted file")
    hand_sub = hand.add_subparsers(dest="handover_command", required=True)
    hand_out = hand_sub.add_parser("export", help="write FILE; the passphrase is the last line of the output")
    hand_out.add_argument("file", metavar="FILE")
    hand_out.add_argument("--checklist", type=_checklist_id, metavar="ID", action="append",
                          help="this checklist (repeat for several; default: all)")
    hand_in = hand_sub.add_parser("import", help="add FILE's checklists; the passphrase comes from standard input")
    hand_in.add_argument("file", metavar="FILE")
    return parser


def _checklist_id(text: str) -> int:
    """A whole number; one too big for the database is simply a checklist that is not there (0)."""
    value = int(text)  # argparse turns a ValueError into its own plain usage message
    return value if 0 < value < 2**63 else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Every command; a reader that stops early (`bindguard doctor | head -3`) is not an error."""
    try:
        return _main(argv)
    except BrokenPipeError:
        _quiet_stdout()
        return 0


def _quiet_stdout() -> None:
    """Python flushes stdout again at exit: after a closed pipe, let that go nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _main(argv: Sequence[str] | None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    with_commands = any(w in COMMANDS or w in ("-h", "--help") for w in words)
    args = _parser(with_commands).parse_args(words)
    if args.data_dir is not None:
        if not args.data_dir.strip():
            from bindguard.core.errors import message

            print(f"{message('data_dir.empty', 'zh')}\n{message('data_dir.empty', 'en')}", file=sys.stderr)
            return 2
        os.environ[ENV_DATA_DIR] = args.data_dir
    if args.command != "catalog":
        from bindguard.core.paths import data_dir_refusal

        if data_dir_refusal():  # a system folder, or a symlink to another account's: nothing touched
            from bindguard.core.errors import message
            from bindguard.core.paths import data_dir

            where = os.environ.get(ENV_DATA_DIR) or str(data_dir())
            print(f"{message('data_dir.system_folder', 'zh', path=where)}\n"
                  f"{message('data_dir.system_folder', 'en', path=where)}", file=sys.stderr)
            return 2
    if args.command == "doctor":
        return _doctor(args)
    if args.command == "catalog":
        return _catalog(args)
    if args.command == "export":
        from bindguard.ui.export_cli import run_export

        return run_export(args)
    if args.command == "handover":
        from bindguard.handover_cli import run_handover

        return run_handover(args)
    from bindguard.ui.run import run_gui

    return run_gui(smoke_test=args.smoke_test, exit_when_ready=args.exit_when_ready, lang=args.lang,
                   large_text=args.large_text)


def _doctor(args: argparse.Namespace) -> int:
    from bindguard.ui.doctor_qt import full_report

    report = full_report()
    if args.json:
        import json

        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


def _emit(text: str) -> int:
    """Print to stdout; a reader that stops early (`catalog export --json | head`) is not an error."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    return 0


def _catalog(args: argparse.Namespace) -> int:
    from bindguard.core.catalog import load_catalog_collecting
    from bindguard.core.catalog.stats import export
    from bindguard.core.catalog.stats import stats as catalog_stats
    from bindguard.core.catalog_problem import catalog_root, issue_text
    from bindguard.core.errors import BindGuardError, message

    if args.catalog_command == "schema":
        import json

        from bindguard.core.catalog.stats import schema

        return _emit(json.dumps(schema(), ensure_ascii=False, indent=2))
    try:
        root = Path(args.root) if getattr(args, "root", None) else catalog_root()
        if not root.is_dir():
            raise BindGuardError("catalog.missing", path=str(root))
        catalog, issues = load_catalog_collecting(root, use_compiled=args.catalog_command != "check")
    except BindGuardError as exc:
        print(f"{exc.text('zh')}\n{exc.text('en')}", file=sys.stderr)
        return 1
    except OSError as exc:  # unreadable, or a directory where a file should be
        where = str(getattr(exc, "filename", None) or "resources/catalog")
        print(f"{message('catalog.missing', 'zh', path=where)}\n{message('catalog.missing', 'en', path=where)}",
              file=sys.stderr)
        return 1
    if args.catalog_command == "check":
        for issue in issues:
            print(f"error: {issue_text(issue, root)}", file=sys.stderr)
        if issues:
            print(f"{len(issues)} error(s) in {root}", file=sys.stderr)
            return 1
        stats = catalog_stats(catalog)
        print(f"catalog OK: {stats['platforms']} platforms, {stats['banks']} banks, "
              f"{stats['discovery_services']} discovery services, {stats['carrier_steps']} carrier steps")
        return 0
    broken = [i for i in issues if not i.evidence]  # evidence findings fail `check` only
    if broken:
        for issue in broken:
            print(f"error: {issue_text(issue, root)}", file=sys.stderr)
        return 1
    import json  # here, not at the top: the window's start never needs it

    if args.catalog_command == "stats":
        stats = catalog_stats(catalog)
        if args.json:
            return _emit(json.dumps(stats, ensure_ascii=False, indent=2, sort_keys=True))
        return _emit("\n".join(f"{key}: {value}" for key, value in stats.items()))
    if args.catalog_command == "export":
        return _emit(json.dumps(export(catalog), ensure_ascii=False, indent=2))
    if args.catalog_command == "links":
        from bindguard.core.links_check import check_links

        return check_links(catalog, report_path=args.report, timeout=args.timeout)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
