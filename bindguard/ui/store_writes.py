"""The one path for every store write from the window, and the banner that says when one failed.

Pages call `save(self, lambda: self.ctx.store.set_status(...))` and change what they show only when
it returns True. On a failure (disk full, another program's lock, no permission, a read-only folder)
the banner at the top of the window says in plain words that the change was not saved and what to do,
the page's `on_fail` re-reads the truth from disk (reread()), and the app stays usable: a failed write
never reaches the crash dialog. A window started on a file it cannot write shows the same banner with
a Retry button (run.py connects it).
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from bindguard.core.errors import BindGuardError, message
from bindguard.core.store_faults import CHANGED, IO, StoreUnavailable, detail_of, unavailable

log = logging.getLogger(__name__)
_redrawing: list[bool] = []


def save(widget: QWidget | None, write: Callable[[], Any], on_fail: Callable[[], None] | None = None) -> bool:
    """Run one store write. True when it reached the disk; False when it did not (the banner says so and
    `on_fail` runs, to put the truth from disk back on the screen)."""
    try:
        write()
    except (StoreUnavailable, sqlite3.Error, OSError) as exc:
        log.warning("a write from the window failed: %s", detail_of(exc))
        error = exc if isinstance(exc, StoreUnavailable) else _as_unavailable(widget, exc)
        banner = _banner(widget)
        if banner is not None:
            banner.show_not_saved(error)
        ctx = getattr(widget.window(), "ctx", None) if widget is not None else None
        if on_fail is None and error.code == CHANGED and ctx is not None:
            on_fail = lambda: reread(ctx)  # noqa: E731 - the copy on screen is stale: read the disk's
        if on_fail is not None and not _redrawing:
            _redrawing.append(True)  # a redraw that writes (the selected item) and fails again stops here
            try:
                on_fail()
            except (BindGuardError, sqlite3.Error, OSError) as again:  # reading failed too: keep the screen
                log.warning("re-reading after a failed write failed: %s", detail_of(again))
            finally:
                _redrawing.clear()
        return False
    return True  # the notice of an earlier failure stays until read: that change is still not saved


def reread(ctx: Any) -> None:
    """Make ctx.checklist (and its item objects, which pages hold on to) what the disk says."""
    checklist = getattr(ctx, "checklist", None)
    if checklist is None or checklist.id is None:
        return
    disk = ctx.store.load_checklist(checklist.id)
    if disk is None:
        return
    mine = {item.key: item for item in checklist.items}
    items = []
    for stored in disk.items:
        kept = mine.get(stored.key)
        if kept is None:
            items.append(stored)
            continue
        for field in dataclasses.fields(stored):
            setattr(kept, field.name, getattr(stored, field.name))
        items.append(kept)
    for field in dataclasses.fields(disk):
        if field.name != "items":
            setattr(checklist, field.name, getattr(disk, field.name))
    checklist.items[:] = items


def _as_unavailable(widget: QWidget | None, exc: BaseException) -> StoreUnavailable:
    ctx = getattr(widget.window(), "ctx", None) if widget is not None else None
    folder = getattr(ctx, "data_dir", "") or ""
    try:
        return unavailable(exc, folder) if folder else StoreUnavailable(IO, "")
    except Exception:
        return StoreUnavailable(IO, str(folder))


def _banner(widget: QWidget | None) -> StoreBanner | None:
    if widget is None:
        return None
    window = widget.window()
    banner = getattr(window, "store_banner", None)
    return banner if isinstance(banner, StoreBanner) else None


class StoreBanner(QFrame):
    """A calm strip at the top of the window: a write that failed, or a progress file in view-only mode.

    Not a pop-up (PRODUCT.md §7): the user reads it when ready; "Got it" hides a failed-write notice,
    and the view-only notice stays until Retry succeeds."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeBanner")
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("storeMessage")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("storeRetry")
        self.retry_button.clicked.connect(self.retry_requested.emit)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("storeDismiss")
        self.dismiss_button.clicked.connect(self.clear_not_saved)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.dismiss_button)
        self.view_only: StoreUnavailable | None = None  # the store cannot be written at all
        self.view_readable = False
        self.failed: StoreUnavailable | None = None  # the last write that did not happen
        self.other: BindGuardError | None = None  # another plain message (catalog.invalid, ...)
        self._retranslate()
        self.hide()

    def lang(self) -> str:
        ctx = getattr(self.window(), "ctx", None)
        return "en" if getattr(ctx, "lang", "zh") == "en" else "zh"

    def show_view_only(self, reason: StoreUnavailable, readable: bool) -> None:
        self.view_only, self.view_readable, self.failed = reason, readable, None
        self._render()

    def clear_view_only(self) -> None:
        self.view_only = None
        self._render()

    def show_not_saved(self, error: StoreUnavailable) -> None:
        self.failed = error
        self._render()

    def clear_not_saved(self) -> None:
        if self.failed is not None or self.other is not None:
            self.failed = self.other = None
            self._render()

    def show_message(self, error: BindGuardError) -> None:
        """An error the user can understand that is not about saving (e.g. the built-in data is wrong)."""
        self.other = error
        self._render()

    def text(self) -> str:
        return self.label.text()

    def _render(self) -> None:
        lang = self.lang()
        if self.view_only is not None:
            text = self.view_only.text(lang)
            if self.view_readable:
                text += " " + message("store.view_only", lang)
        elif self.failed is not None:
            text = message("store.not_saved", lang, reason=self.failed.text(lang))
        elif self.other is not None:
            text = self.other.text(lang)
        else:
            self.hide()
            return
        self.label.setText(text)
        self.retry_button.setVisible(self.view_only is not None)
        self.dismiss_button.setVisible(self.view_only is None)
        self.setAccessibleName(text)
        if not self.styleSheet():  # styled on first show: nothing of this is paid at start-up
            self.setStyleSheet("#storeBanner { background: #fff4ce; border: 1px solid #c8a400; "
                               "border-radius: 6px; }")
        self.show()

    def _retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setAccessibleDescription(self.tr("Try again to open the progress file for saving"))
        self.dismiss_button.setText(self.tr("Got it"))
        self.dismiss_button.setAccessibleDescription(self.tr("Hide this notice"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.isVisible():
                self._render()
        super().changeEvent(event)


def resync(page: Any) -> None:
    """After a failed write: the checklist from disk, and the page drawn again from it."""
    reread(page.ctx)
    page.enter()
