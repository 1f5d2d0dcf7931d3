"""The last safety net: an unexpected error shows a calm dialog and writes a clean log.

The user's data is never touched here (every change is already committed by the store). The report
holds the exception types and where they happened in our own code (file, line, function), never
the exception messages, which may hold note words or numbers the user typed; long digit runs, masked
numbers and the checklist names are scrubbed from what is left as well. A store write that failed
(StoreUnavailable) or an error the user can act on (BindGuardError, e.g. catalog.invalid) is not a
crash: the window's banner says it in plain words. The dialog goes through dialogs.crash_report so
tests can intercept it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType

from bindguard.core.errors import message
from bindguard.core.paths import ensure_private_dir, log_dir

# Patterns, compiled by re on first use: this module loads at every start, a crash is rare.
_LONG_DIGITS = r"\d[\d \-*]{5,}\d"
_MASKED = r"1[3-9]\d\*{4}\d{4}"


def scrub(text: str, names: Iterable[str] = ()) -> str:
    """Remove digit runs of 7 or more (spaces, dashes and stars inside count), masked numbers
    and the given names (checklist names such as 妈妈)."""
    text = re.sub(_MASKED, "<number>", text)

    def digits(match: re.Match[str]) -> str:
        run = match.group(0)
        return "<number>" if sum(c.isdigit() for c in run) >= 7 else run

    text = re.sub(_LONG_DIGITS, digits, text)
    for name in sorted({n for n in names if n and n.strip()}, key=len, reverse=True):
        text = text.replace(name, "<name>")
    return text


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
           names: Iterable[str] = ()) -> str:
    """Exception types (with their causes) and our own frames; other frames are only counted."""
    from bindguard import __version__

    head = f"BindGuard {__version__} · Python {sys.version.split()[0]} · {sys.platform}\n"
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_tb = tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.insert(0, _one(type(current), current_tb))
        link = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if link is not None:
            parts.insert(0, "(while handling the exception above)\n" if link is current.__context__
                         else "(the direct cause of the exception below)\n")
        current, current_tb = link, (link.__traceback__ if link is not None else None)
    return scrub(head + "".join(parts), names)


def _one(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    import traceback  # deferred: loaded at start-up, used only after a crash

    lines = ["Traceback (our frames only):\n"]
    hidden = 0
    for frame in traceback.extract_tb(tb):
        where = _own_path(frame.filename)
        if where is None:
            hidden += 1
            continue
        if hidden:
            lines.append(f"  ... {hidden} frame(s) outside BindGuard\n")
            hidden = 0
        lines.append(f'  File "{where}", line {frame.lineno}, in {frame.name}\n')
    if hidden:
        lines.append(f"  ... {hidden} frame(s) outside BindGuard\n")
    code = getattr(exc_type, "__module__", "")
    lines.append(f"{code}.{exc_type.__qualname__}\n" if code and code != "builtins" else f"{exc_type.__qualname__}\n")
    return "".join(lines)


def _own_path(filename: str) -> str | None:
    """`bindguard/ui/pages/work.py` for our files (no home folder in the log); None for others."""
    parts = Path(filename).parts
    if "bindguard" not in parts:
        return None
    index = len(parts) - 1 - parts[::-1].index("bindguard")
    return "/".join(parts[index:])


def write_log(text: str, folder: Path | None = None) -> Path | None:
    """Write the scrubbed report as crash-<time>.log (0600); None if the folder is not writable."""
    try:
        folder = ensure_private_dir(folder or log_dir())
        path = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.log"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        return path
    except OSError:
        return None


def install(names: Callable[[], Iterable[str]], lang: Callable[[], str],
            parent: Callable[[], object] = lambda: None) -> None:
    """Make sys.excepthook show the dialog; `names` returns the checklist names to scrub."""
    busy: list[bool] = []

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or busy:
            sys.__excepthook__(exc_type, exc, tb)
            return
        busy.append(True)
        try:
            if _tell_plainly(exc, parent):
                return
            try:
                known = list(names())
            except Exception:
                known = []
            text = report(exc_type, exc, tb, known)
            write_log(text)
            print(text, file=sys.stderr)
            from bindguard.ui import dialogs

            code_lang = "zh" if lang() == "zh" else "en"
            dialogs.crash_report(parent(), message("generic.unexpected", code_lang), text)  # type: ignore[arg-type]
        except Exception:
            sys.__excepthook__(exc_type, exc, tb)
        finally:
            busy.clear()

    sys.excepthook = hook


def _tell_plainly(exc: BaseException, parent: Callable[[], object]) -> bool:
    """A failed store write or an error with a plain message: the banner says it; True when handled."""
    import sqlite3

    from bindguard.core.errors import BindGuardError

    if not isinstance(exc, BindGuardError | sqlite3.OperationalError):
        return False
    try:
        window = parent()
        banner = getattr(window, "store_banner", None)
        if banner is None:
            return False
        from bindguard.core.store_faults import StoreUnavailable, unavailable

        if isinstance(exc, StoreUnavailable):
            banner.show_not_saved(exc)
        elif isinstance(exc, sqlite3.OperationalError):
            ctx = getattr(window, "ctx", None)
            banner.show_not_saved(unavailable(exc, getattr(ctx, "data_dir", "")))
        else:
            banner.show_message(exc)
        log_line = f"handled without the crash dialog: {type(exc).__name__} {getattr(exc, 'code', '')}"
        print(log_line, file=sys.stderr)
        return True
    except Exception:
        return False
