"""The private note of one item, sealed by the vault (key in the OS keyring, never plaintext on disk).

Saved when the user leaves the box or pauses typing (no Save button). When the vault is not ready
the box is read-only and says why and what to do; with the key missing it offers to reset notes
(confirmed through dialogs.ask). A full card or ID number in the text is pointed out on the page,
with a button to mask it: no pop-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bindguard.core.errors import BindGuardError, message
from bindguard.ui.store_writes import save

SAVE_PAUSE_MS = 800
BIG_NOTE = 20_000  # characters: from here a note keeps its own laid-out document (see _set_text)
KEPT_DOCUMENTS = 2


def _privacy() -> Any:
    try:
        from bindguard.core import privacy
    except ImportError:
        return None
    return privacy


def find_sensitive(text: str) -> list:
    privacy = _privacy()
    return list(privacy.find_sensitive(text)) if privacy is not None else []


class NoteEditor(QWidget):
    def __init__(self, get_vault: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._get_vault = get_vault
        self.lang = "zh"
        self.checklist_id: int | None = None
        self.item_key = ""
        self._loaded = ""
        self._writable = False
        self._scanned: dict[str, list] = {}  # text -> its findings: saved, then shown again
        self._dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteEdit")
        # every document the box shows belongs to this widget: the box deletes a document of its own
        # when another is set, and short notes come back to this one
        self._own_document = self._new_document()
        self.edit.setDocument(self._own_document)
        self._documents: dict[tuple, tuple[str, QTextDocument]] = {}  # long notes: (text it holds, document)
        self.edit.setTabChangesFocus(True)  # Tab leaves the box, as everywhere else
        self.edit.setMinimumHeight(90)
        self.heading.setBuddy(self.edit)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("noteState")
        self.state_label.setWordWrap(True)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetNotes")
        self.reset_button.hide()
        self.reset_button.clicked.connect(self._reset)
        warn_row = QHBoxLayout()
        self.warning = QLabel(self)
        self.warning.setObjectName("noteWarning")
        self.warning.setWordWrap(True)
        self.mask_button = QPushButton(self)
        self.mask_button.setObjectName("maskNote")
        self.mask_button.clicked.connect(self.mask)
        warn_row.addWidget(self.warning, 1)
        warn_row.addWidget(self.mask_button)
        for widget in (self.heading, self.edit, self.state_label, self.reset_button):
            layout.addWidget(widget)
        layout.addLayout(warn_row)
        self._show_warning([])
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._on_changed)
        self.edit.installEventFilter(self)
        self.retranslate(self.lang)

    # -- loading -------------------------------------------------------------------------------

    def vault(self) -> Any:
        try:
            return self._get_vault()
        except Exception:  # the vault module or keyring failed to load: notes only are affected
            return None

    def _set_text(self, text: str) -> None:
        """The box's text without a change signal; not dirty until the user types.

        A long note keeps its own laid-out document while the user moves to other items and back
        (setPlainText of 1 MB costs 30-40 ms; swapping the document in, ~2 ms), as long as what the
        document holds is still what the vault holds. Short notes share the box's own document."""
        key = (self.checklist_id, self.item_key)
        kept = self._documents.get(key)
        if len(text) >= BIG_NOTE:
            if kept is None or kept[0] != text:
                document = self._new_document()
                document.setDefaultTextOption(self._own_document.defaultTextOption())
                document.setPlainText(text)
                if kept is not None:
                    kept[1].deleteLater()
                while len(self._documents) >= KEPT_DOCUMENTS:
                    self._documents.pop(next(iter(self._documents)))[1].deleteLater()
                kept = self._documents[key] = (text, document)
            self._use_document(kept[1])
        else:
            self._use_document(self._own_document)
            if text or self._own_document.characterCount() > 1:  # an empty box set empty costs nothing
                self.edit.blockSignals(True)
                self.edit.setPlainText(text)
                self.edit.blockSignals(False)
        self._dirty = False

    def _new_document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(self.edit.font())
        return document

    def _use_document(self, document: QTextDocument) -> None:
        if self.edit.document() is not document:
            if document.defaultFont() != self.edit.font():  # large text was switched on meanwhile
                document.setDefaultFont(self.edit.font())
            self.edit.blockSignals(True)
            self.edit.setDocument(document)
            self.edit.blockSignals(False)

    def set_item(self, checklist_id: int | None, item_key: str) -> None:
        self.flush()
        if self._dirty:  # not saved: the document kept for that note no longer holds what the vault does
            self._forget(self.checklist_id, self.item_key)
        self.checklist_id, self.item_key = checklist_id, item_key
        self._loaded = ""
        self._writable = False
        self.reset_button.hide()
        self._show_warning([])
        text = self._read(checklist_id, item_key)
        self._set_text(text or "")
        if text is None:
            return
        self._loaded = text
        self._writable = True
        self.edit.setReadOnly(False)
        self.edit.setEnabled(True)
        self.state_label.setText(self.tr("Only you can read this note: it is locked with the system keyring."))
        self._show_warning(self._findings(text))

    def _read(self, checklist_id: int | None, item_key: str) -> str | None:
        """The note's text, or None with the box locked and the reason shown."""
        vault = self.vault()
        if vault is None:
            return self._lock(message("vault.error", self.lang,
                                      detail=self.tr("the lock for notes could not be started.")))
        state = vault.state
        if state.name != "READY":
            self.reset_button.setVisible(state.name == "KEY_MISSING")
            return self._lock(message(state.message_code, self.lang))
        if checklist_id is None:
            return self._lock("")
        try:
            return vault.read_note(checklist_id, item_key) or ""
        except BindGuardError as error:
            return self._lock(error.text(self.lang))

    def _forget(self, checklist_id: int | None, item_key: str) -> None:
        kept = self._documents.pop((checklist_id, item_key), None)
        if kept is not None:
            if self.edit.document() is kept[1]:
                self._use_document(self._own_document)
            kept[1].deleteLater()

    def _lock(self, why: str) -> None:
        """A locked box looks locked: greyed and out of the Tab order (a white box with a focus ring that
        ignored typing looked broken in a user walk)."""
        self._writable = False
        self.edit.setReadOnly(True)
        self.edit.setEnabled(False)
        self.state_label.setText(why)

    def _findings(self, text: str) -> list:
        """find_sensitive, once per text: the text saved and then shown again is scanned once."""
        found = self._scanned.get(text)
        if found is None:
            if len(self._scanned) >= 4:
                self._scanned.clear()
            found = self._scanned[text] = find_sensitive(text)
        return found

    # -- saving --------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        self._dirty = True  # typed, pasted or masked since the last load or save
        if self._writable:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Write the note now if it changed (sealed by the vault; empty text deletes it)."""
        self.timer.stop()
        if not self._writable or self.checklist_id is None or not self._dirty:
            return  # nothing typed since it was loaded or saved (no 1 MB copy out of the box to compare)
        text = self.edit.toPlainText()
        self._show_warning(self._findings(text))
        if text == self._loaded:
            self._dirty = False
            return
        vault = self.vault()
        if vault is None:
            return
        try:  # not saved (disk full, ...): the text stays in the box, the next pause or leaving tries again
            if not save(self, lambda: vault.write_note(self.checklist_id, self.item_key, text)):
                return
        except BindGuardError as error:
            self._lock(error.text(self.lang))
            return
        self._loaded = text
        self._dirty = False
        key = (self.checklist_id, self.item_key)
        if key in self._documents and self._documents[key][1] is self.edit.document():
            self._documents[key] = (text, self.edit.document())  # it holds what was just saved

    def mask(self) -> None:
        privacy = _privacy()
        if privacy is None:
            return
        self.edit.setPlainText(privacy.mask_sensitive(self.edit.toPlainText()))
        if self.mask_button.hasFocus():  # the button is about to hide: keep the user at the note, not
            self.edit.setFocus()         # on whatever comes next in the Tab order (a status button)
        self.flush()

    def _show_warning(self, findings: list) -> None:
        if not findings:
            self.warning.hide()
            self.mask_button.hide()
            return
        codes = []
        for finding in findings:
            kind = str(getattr(finding, "kind", "card"))
            code = getattr(finding, "message_code", "") or (
                "privacy.id_in_text" if kind == "id" else "privacy.card_in_text")
            if code not in codes:
                codes.append(code)
        self.warning.setText("⚠ " + " ".join(message(code, self.lang) for code in codes))
        self.warning.show()
        self.mask_button.show()

    def _reset(self) -> None:
        from bindguard.ui import dialogs

        vault = self.vault()
        if vault is None or not dialogs.ask(self, self.tr(
                "Delete all saved notes and start new ones? The notes cannot be opened any more without "
                "their key, so nothing readable is lost."), self.tr("Reset notes"), self.tr("Keep them")):
            return
        if save(self, vault.reset_notes):
            self.set_item(self.checklist_id, self.item_key)

    # -- text ----------------------------------------------------------------------------------

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.heading.setText(self.tr("&My private note (for example: which counter, whom I called)"))
        self.edit.setAccessibleName(self.tr("My private note"))
        self.edit.setAccessibleDescription(self.tr("Saved by itself and locked with the system keyring"))
        self.reset_button.setText(self.tr("Reset notes"))
        self.reset_button.setAccessibleDescription(self.tr("Delete the notes that can no longer be opened"))
        self.mask_button.setText(self.tr("Mask it"))
        self.mask_button.setAccessibleDescription(self.tr("Hide all but the last 4 digits"))
