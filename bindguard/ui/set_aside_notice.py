"""The welcome page's notice about a progress file that was set aside (damaged, or from a newer version).

It stays until the user says they have read it, names where the file lies, and, when that file passes
the full integrity check, offers to bring it back (what is in use now is set aside in turn, never lost).
Self-contained: the welcome page only places it and calls refresh().
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bindguard.core.errors import BindGuardError, message
from bindguard.ui.store_writes import save


class SetAsideNotice(QFrame):
    brought_back = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setAsideNotice")
        self._files: list[Path] = []
        self._candidate: Path | None = None
        self._checked: dict[tuple[str, int], bool] = {}  # (path, mtime) -> passes the check
        self._done_text = ""
        column = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("setAsideText")
        self.label.setWordWrap(True)
        row = QHBoxLayout()
        self.bring_back_button = QPushButton(self)
        self.bring_back_button.setObjectName("bringBack")
        self.bring_back_button.clicked.connect(self._bring_back)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("setAsideRead")
        self.read_button.clicked.connect(self._mark_read)
        row.addWidget(self.bring_back_button)
        row.addWidget(self.read_button)
        row.addStretch(1)
        column.addWidget(self.label)
        column.addLayout(row)
        self.retranslate()
        self.hide()

    @property
    def lang(self) -> str:
        return "en" if self.ctx.lang == "en" else "zh"

    def refresh(self) -> None:
        store = self.ctx.store
        if self._done_text:
            self._show(self._done_text, can_return=False)
            return
        try:
            self._files = store.set_aside_files()
        except Exception:  # a store that cannot be read says so in the window's banner
            self._files = []
        if not self._files:
            self.hide()
            return
        newest = self._files[0]
        recovery = store.recovery
        if recovery is not None and recovery.moved_to == newest:
            text = recovery.text(self.lang)
        else:
            text = message("store.set_aside_found", self.lang, path=str(newest))
        self._candidate = newest if self._passes(newest) else None
        if self._candidate is not None:
            text += " " + message("store.set_aside_can_return", self.lang)
        self._show(text, can_return=self._candidate is not None)

    def _passes(self, path: Path) -> bool:
        try:
            key = (str(path), path.stat().st_mtime_ns)
        except OSError:
            return False
        if key not in self._checked:
            self._checked[key] = not self.ctx.store.read_only and self.ctx.store.can_bring_back(path)
        return self._checked[key]

    def _show(self, text: str, can_return: bool) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.bring_back_button.setVisible(can_return)
        if not self.styleSheet():
            self.setStyleSheet("#setAsideNotice { background: #fff4ce; border: 1px solid #c8a400; "
                               "border-radius: 6px; }")
        self.show()

    def _mark_read(self) -> None:
        if self._done_text:
            self._done_text = ""
            self.refresh()
            return
        files = list(self._files)
        if save(self, lambda: self.ctx.store.mark_set_aside_read(files)):
            self.refresh()

    def _bring_back(self) -> None:
        if self._candidate is None:
            return
        try:
            self.ctx.store.bring_back(self._candidate)
        except BindGuardError as exc:
            self._show(exc.text(self.lang), can_return=False)
            return
        self.ctx.checklist = None
        self.ctx.vault = None  # the notes key settings live in the file just brought back
        self._done_text = message("store.brought_back", self.lang)
        self.brought_back.emit()
        self.refresh()

    def retranslate(self) -> None:
        self.bring_back_button.setText(self.tr("Bring that file back"))
        self.bring_back_button.setAccessibleDescription(self.tr(
            "Use the set-aside progress file again; what you have now is set aside, not deleted"))
        self.read_button.setText(self.tr("I have read this"))
        self.read_button.setAccessibleDescription(self.tr("Hide this notice"))
        if self.isVisible():
            self.refresh()
