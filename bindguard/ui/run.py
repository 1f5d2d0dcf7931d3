"""Composition root: build the application, translators, theme, store and window, in that order.

Tests build the window through build_window() so they exercise the same wiring as a user.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QTimer
from PySide6.QtWidgets import QApplication

from bindguard.core.errors import BindGuardError
from bindguard.core.flow import PAGE_ORDER
from bindguard.core.instance import InstanceLock, request_raise, take_raise_request
from bindguard.core.paths import data_dir
from bindguard.core.store import Store
from bindguard.core.store_faults import StoreUnavailable
from bindguard.ui import theme
from bindguard.ui.application import Application, set_language
from bindguard.ui.context import AppContext
from bindguard.ui.store_writes import save
from bindguard.ui.wizard import WizardWindow


def _has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def default_language() -> str:
    from PySide6.QtCore import QLocale

    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def build_window(app: QApplication, store: Store, lang: str | None = None,
                 large_text: bool | None = None) -> WizardWindow:
    """Wire a window to `store`; the language and text size default to the saved settings."""
    lang = lang or store.get_setting("language") or default_language()
    if large_text is None:
        large_text = store.get_setting("large_text") == "1"
    set_language(app, lang)
    theme.apply(app, large_text)
    ctx = AppContext(store=store, data_dir=store.path.parent if store.path else data_dir(), lang=lang,
                     large_text=large_text)
    window = WizardWindow(ctx)
    connect_settings(app, window)
    connect_flow(window)
    return window


def connect_flow(window: WizardWindow) -> None:
    """The welcome page's two ways in: a new checklist starts on the situation page (which creates
    it); a saved one reopens on the page where the user left it."""
    ctx = window.ctx
    welcome = window.page("welcome")

    def start_new() -> None:
        ctx.checklist = None
        window.show_page("situation")

    def continue_saved(checklist_id: int) -> None:
        checklist = ctx.store.load_checklist(checklist_id)
        if checklist is None:
            welcome.reload()
            return
        ctx.checklist = checklist
        ctx.situation_draft = None  # the answers for a list never made are dropped: she chose a saved one
        flow = window.flow()
        window.show_page(checklist.page if checklist.page in flow and checklist.page != "welcome" else "situation")

    welcome.start_requested.connect(start_new)
    welcome.continue_requested.connect(continue_saved)


def connect_settings(app: QApplication, window: WizardWindow) -> None:
    ctx = window.ctx

    def change_language(lang: str) -> None:
        ctx.lang = lang
        save(window, lambda: ctx.store.set_setting("language", lang))  # not saved: this session only
        set_language(app, lang)
        window.retranslate()

    def change_large_text(on: bool) -> None:
        ctx.large_text = on
        save(window, lambda: ctx.store.set_setting("large_text", "1" if on else "0"))
        theme.apply(app, on)
        window.large_text_action.setChecked(on)
        window.fit_text_size(on)

    window.language_change_requested.connect(change_language)
    window.large_text_change_requested.connect(change_large_text)
    welcome = window.page("welcome")
    welcome.large_text_toggled.connect(change_large_text)


def install_crash_hook(window: WizardWindow) -> None:
    """Unexpected errors: a calm dialog and a scrubbed log; the checklist names are scrubbed."""
    from bindguard.ui import crash

    ctx = window.ctx

    def names() -> list[str]:
        return [s.name for s in ctx.store.list_checklists()] + ([ctx.checklist.name] if ctx.checklist else [])

    crash.install(names, lambda: ctx.lang, lambda: window)


def run_gui(smoke_test: bool = False, exit_when_ready: bool = False, lang: str | None = None,
            large_text: bool = False) -> int:
    if (smoke_test or exit_when_ready) and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not _has_display() and not os.environ.get("QT_QPA_PLATFORM"):
        print("BindGuard needs a screen: no display was found (DISPLAY is not set).\n"
              "换号卫士需要在有屏幕的桌面上运行。", file=sys.stderr)
        return 1
    folder = data_dir()
    lock: InstanceLock | None = None
    lock_error: StoreUnavailable | None = None
    try:
        lock = InstanceLock.acquire(folder)
    except StoreUnavailable as exc:  # a full disk, a read-only folder: the window says so, view only
        lock_error = exc
    except BindGuardError as exc:  # store.in_use: bring the running window forward instead
        print(f"{exc.text('zh')}\n{exc.text('en')}", file=sys.stderr)
        request_raise(folder)
        return 3
    try:
        store, reason, readable = open_store(folder, lock_error)
        if reason is not None:
            print(f"{reason.text('zh')}\n{reason.text('en')}", file=sys.stderr)
        app = Application(sys.argv[:1])
        try:
            if smoke_test:
                return smoke(app, store)
            window = build_window(app, store, lang, large_text or None)
            watch_raise_requests(window, folder)  # the watcher is a child of the window
            install_crash_hook(window)
            if reason is not None:
                show_view_only(window, folder, reason, readable, lock)
            window.show()
            if exit_when_ready:
                QTimer.singleShot(0, app.quit)
                code = app.exec()
                return 1 if reason is not None else code
            QTimer.singleShot(0, lambda: warm_up_in_background(window.ctx))  # after the first page shows
            return app.exec()
        finally:
            store.close()
    finally:
        if lock is not None:
            lock.release()
        for held in _retry_locks:
            held.release()
        _retry_locks.clear()


_retry_locks: list[InstanceLock] = []


def open_store(folder: Path, lock_error: StoreUnavailable | None = None,
               ) -> tuple[Store, StoreUnavailable | None, bool]:
    """(store, why it cannot be written or None, whether the saved checklists can be seen).

    A file that cannot be used now is opened read-only if it can be read at all (so the user can look
    and print); else the window starts on an empty in-memory store that saves nothing. No file changes."""
    reason = lock_error
    if reason is None:
        try:
            return Store.open(folder), None, True
        except StoreUnavailable as exc:
            reason = exc
    try:
        return Store.open_read_only(folder, reason), reason, True
    except BindGuardError:
        empty = Store.in_memory()
        empty.unavailable = reason
        return empty, reason, False


def show_view_only(window: WizardWindow, folder: Path, reason: StoreUnavailable, readable: bool,
                   lock: InstanceLock | None) -> None:
    """The banner says what is wrong and what to do; 重试 opens the file for saving once the cause is gone."""
    banner = window.store_banner
    banner.show_view_only(reason, readable)
    held = [lock] if lock is not None else []

    def retry() -> None:
        if not held:
            try:
                held.append(InstanceLock.acquire(folder))
            except BindGuardError as exc:
                banner.show_view_only(exc if isinstance(exc, StoreUnavailable) else reason, readable)
                return
            _retry_locks.append(held[0])
        try:
            fresh = Store.open(folder)
        except StoreUnavailable as exc:
            banner.show_view_only(exc, readable)
            return
        window.ctx.store.adopt(fresh)
        window.ctx.checklist = None
        with contextlib.suppress(Exception):
            window.ctx.vault = None  # the vault reads its key settings from the store it was made with
        banner.clear_view_only()
        banner.retry_requested.disconnect(retry)
        window.show_page("welcome")

    banner.retry_requested.connect(retry)


def warm_up_in_background(ctx: AppContext) -> threading.Thread:
    """Load what later pages need while the user reads the first page: the catalog (~0.1 s, the
    next two pages), keyring and its backend lookup, cryptography and segno (~0.3 s together,
    shared/research/feasibility.md; the work page). Otherwise the first clicks would freeze for them.
    Then the QR code of every catalog address (~1 ms each, one at a time with a pause that lets the
    window's thread go first), so that 保存为 PDF and 打印 draw them instead of encoding them (issue 23).
    Nothing is read from the keyring here; any real problem is reported by the page that needs it.
    Not a daemon thread: exiting waits for it rather than tearing down an import half-way."""

    def work() -> None:
        with contextlib.suppress(Exception):  # a broken catalog is reported by the page that needs it
            ctx.catalog  # noqa: B018 (loads it, under the context's lock)
        try:
            import keyring
            import segno  # noqa: F401
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: F401

            keyring.get_keyring()
        except Exception:  # the vault and the QR widget say what went wrong, in plain words
            pass
        with contextlib.suppress(Exception):  # printing encodes what is missing itself
            from bindguard.ui.print_parts import precompute_catalog_qr

            precompute_catalog_qr(ctx.catalog, pause=0.001)

    thread = threading.Thread(target=work, name="bindguard-warm-up")
    thread.start()
    return thread


def watch_raise_requests(window: WizardWindow, folder: Path) -> QFileSystemWatcher:
    """A second start drops a request file in the data folder; bring this window to the front."""
    take_raise_request(folder)  # a stale request from before this start means nothing
    watcher = QFileSystemWatcher([str(folder)], window)

    def on_change(_path: str) -> None:
        if take_raise_request(folder):
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()

    watcher.directoryChanged.connect(on_change)
    return watcher


def smoke(app: QApplication, store: Store) -> int:
    """Build the window and every page in both languages and both text sizes; print the titles."""
    try:
        for lang in ("zh", "en"):
            for large in (False, True):
                window = build_window(app, store, lang, large)
                print(f"== {lang} {'large' if large else 'normal'} text ==")
                for page_id in PAGE_ORDER:
                    page = window.page(page_id)
                    print(page.title())
                window.close()
                window.deleteLater()
        return 0
    except Exception:
        import traceback

        traceback.print_exc()
        print("smoke test FAILED", file=sys.stderr)
        return 1
