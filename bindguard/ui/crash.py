"""The last safety net: an unexpected error shows a calm dialog and writes a scrubbed log.

The user's data is never touched here (every change is already committed by the store). The
report leaves out what is personal: long digit runs (phone, card and ID numbers), masked numbers
and the names of the checklists; exception messages may hold user input, so they are scrubbed
too. The dialog goes through dialogs.crash_report so tests can intercept it.
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
    import traceback  # deferred: loaded at start-up, used only after a crash

    from bindguard import __version__

    lines = traceback.format_exception(exc_type, exc, tb)
    head = f"BindGuard {__version__} · Python {sys.version.split()[0]} · {sys.platform}\n"
    return scrub(head + "".join(lines), names)


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
