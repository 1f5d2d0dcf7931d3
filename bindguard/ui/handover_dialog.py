"""交给别的电脑 / 从别的电脑接过来: the two hand-over dialogs (the rules are in core/handover.py).

Export: tick the checklists (the one in hand is ticked), 生成文件 writes 换号清单-<name>-<date>.bindguard
into Documents (never over another file) and shows the generated passphrase in large digits, with
打印密码纸, 打开所在文件夹 and 另存为… (the same file again, elsewhere). Import: 选择文件…, type the passphrase
(spaces forgiven), 接过来; what happened is said in the dialog, in plain words, never in a pop-up.
Both are opened with open() (window-modal, no nested event loop), only when the user asked for them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bindguard.core import handover, handover_seal
from bindguard.core.errors import BindGuardError, message
from bindguard.core.file_names import documents_folder, unused_path
from bindguard.ui import dialogs
from bindguard.ui.context import AppContext
from bindguard.ui.widgets.page_body import error_label, set_primary, show_error, tab_chain


def _big(widget: QWidget, factor: float, bold: bool = True) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class _Base(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # the body scrolls as one (large text on a 1366x768 screen); 关闭 stays in view under it
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll)
        self._layout = QVBoxLayout(body)
        self._layout.setSpacing(12)
        self.scroll.setWidget(body)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("handoverClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer.addWidget(self.scroll, 1)
        outer.addLayout(bottom)

    def _fit(self) -> None:
        """As wide as reads well and as tall as its content, never larger than the screen."""
        screen = (self.parentWidget().screen() if self.parentWidget() is not None else None) or self.screen()
        room = screen.availableGeometry() if screen is not None else None
        width = 760 if room is None else min(760, room.width() - 40)
        body = self.scroll.widget()
        body.layout().activate()
        height = body.layout().totalHeightForWidth(width - 40)
        if height < 0:
            height = body.sizeHint().height()
        height += self.close_button.sizeHint().height() + 90  # margins, spacing, the frame: no scroll bar for a few px
        if room is not None:
            height = min(height, room.height() - 60)
        self.resize(width, height)
        if room is not None and self.isVisible():  # grown downwards: centred again, inside the screen
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: self._centre(room))

    def _centre(self, room) -> None:
        frame = self.frameGeometry()
        parent = self.parentWidget()
        frame.moveCenter(parent.window().frameGeometry().center() if parent is not None else room.center())
        self.move(max(room.left(), min(frame.left(), room.right() - frame.width())),
                  max(room.top(), min(frame.top(), room.bottom() - frame.height())))

    def _label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


class ExportDialog(_Base):
    """交给别的电脑."""

    written = Signal(str)  # the file's path

    def __init__(self, ctx: AppContext, chosen: list[int], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("handoverExportDialog")
        self.setWindowTitle(self.tr("Hand over to another computer"))
        self.exported: handover.Export | None = None
        self.path: Path | None = None
        self._ids: list[int] = []
        self.intro = self._label("handoverIntro", self.tr(
            "This puts the checklists ticked below, with their progress and your notes, into one locked file in "
            "your Documents folder. Copy the file to the other computer (for example with a USB stick) and open "
            "it there with the digits BindGuard shows you next."))
        self.list = QListWidget(self)
        self.list.setObjectName("handoverChecklists")
        self.list.setAccessibleName(self.tr("Checklists to hand over"))
        for summary in ctx.store.list_checklists():
            item = QListWidgetItem(summary.name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if summary.id in chosen else Qt.CheckState.Unchecked)
            self._ids.append(summary.id)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * min(4, max(1, self.list.count())) + 8)
        self.write_button = QPushButton(self.tr("Make the file"), self)
        self.write_button.setObjectName("handoverWrite")
        self.write_button.setAccessibleName(self.tr("Make the file"))
        self.write_button.setAccessibleDescription(self.tr("Write the locked file into your Documents folder"))
        set_primary(self.write_button, True)
        self.write_button.clicked.connect(self.write)
        self.write_button.setDefault(True)
        self.error = error_label(self, "handoverError")
        self.result = self._label("handoverResult")
        self.passphrase_title = self._label("handoverPassphraseTitle", self.tr("The passphrase for this file:"))
        self.passphrase = self._label("handoverPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reaches it by Tab
        self.passphrase.setStyleSheet("QLabel { border: 2px solid #202020; padding: 10px; }")
        _big(self.passphrase, 2.0)
        self.warning = self._label("handoverWarning", "⚠ " + self.tr(
            "Without this sheet nobody can open the file. Keep the sheet and the file apart."))
        _big(self.warning, 1.0)
        self.print_button = QPushButton(self.tr("Print the passphrase sheet"), self)
        self.print_button.setObjectName("handoverPrint")
        self.print_button.setAccessibleName(self.tr("Print the passphrase sheet"))
        self.print_button.setAccessibleDescription(
            self.tr("One A4 page with the passphrase, the file's name and the date"))
        self.print_button.clicked.connect(self.print_sheet)
        self.folder_button = QPushButton(self.tr("Open the folder"), self)
        self.folder_button.setObjectName("handoverOpenFolder")
        self.folder_button.setAccessibleName(self.tr("Open the folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.save_as_button = QPushButton(self.tr("Save as…"), self)
        self.save_as_button.setObjectName("handoverSaveAs")
        self.save_as_button.setAccessibleName(self.tr("Save as…"))
        self.save_as_button.setAccessibleDescription(self.tr("Save the same file in another folder too"))
        self.save_as_button.clicked.connect(self.save_as)
        self.after = QWidget(self)
        after = QVBoxLayout(self.after)
        after.setContentsMargins(0, 0, 0, 0)
        for widget in (self.result, self.passphrase_title, self.passphrase, self.warning):
            after.addWidget(widget)
        row = QHBoxLayout()
        for button in (self.print_button, self.folder_button, self.save_as_button):
            row.addWidget(button)
        row.addStretch(1)
        after.addLayout(row)
        self.after.hide()
        for button in (self.print_button, self.folder_button, self.save_as_button, self.close_button):
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.write_button)
        top.addStretch(1)
        for widget in (self.intro, self.list):
            self._layout.addWidget(widget)
        self._layout.addLayout(top)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.after)
        self._layout.addStretch(1)
        tab_chain([self.list, self.write_button, self.passphrase, self.print_button, self.folder_button,
                   self.save_as_button, self.close_button])
        self.write_button.setFocus()
        self._fit()

    def chosen_ids(self) -> list[int]:
        return [self._ids[row] for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def write(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            show_error(self.error, self.tr("Tick at least one checklist."))
            return
        show_error(self.error, "")
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key takes ~0.3 s to make
        try:
            exported = handover.build_export(self.ctx.store, self.ctx.vault, ids)
            name = handover.file_name(exported.names, dt.date.today(), kind=self.tr("Checklist"))
            path = handover.write_file(unused_path(documents_folder(), name), exported.data)
        except BindGuardError as error:
            show_error(self.error, error.text(self.ctx.lang))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.exported, self.path = exported, path
        self._show_written(path)
        self.written.emit(str(path))

    def _show_written(self, path: Path) -> None:
        exported = self.exported
        text = self.tr("☑ Saved in the folder “{0}” as “{1}”: {2} checklist(s), {3} note(s).").format(
            str(path.parent), path.name, len(exported.names), exported.notes)
        if exported.notes_left_out:
            lang = self.ctx.lang
            reason = message(exported.notes_reason, lang, **({"detail": ""} if exported.notes_reason == "vault.error"
                                                             else {}))
            text += "\n⚠ " + message("handover.notes_left_out", lang, count=exported.notes_left_out, reason=reason)
        self.result.setText(text)
        self.passphrase.setText(exported.passphrase.replace(" ", "\u2003"))  # an em space: groups stand apart
        # a screen reader says the name: the digits themselves, group by group, not just "passphrase"
        self.passphrase.setAccessibleName(self.tr("Passphrase: {0}").format(exported.passphrase))
        self.after.show()
        for done in (self.intro, self.list, self.write_button):  # made: what is left is the file and its digits
            done.hide()
        self._fit()
        self.print_button.setFocus()
        self.scroll.ensureWidgetVisible(self.print_button)

    def print_sheet(self) -> None:
        if self.exported is None or self.path is None:
            return
        from bindguard.ui import print_passphrase

        dialog = print_passphrase.preview_dialog(self, self.exported.passphrase, self.path.name, dt.date.today())
        dialog.open()

    def open_folder(self) -> None:
        if self.path is not None:
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def save_as(self) -> None:
        if self.exported is None or self.path is None:
            return
        target = dialogs.ask_save_path(self, self.tr("Save the hand-over file"), self.path,
                                       self.tr("Hand-over files") + " (*.bindguard)")
        if target is None:
            return
        try:
            handover.write_file(Path(target), self.exported.data, overwrite=True)  # the dialog asked about it
        except BindGuardError as error:
            show_error(self.error, error.text(self.ctx.lang))
            return
        show_error(self.error, "")
        self.path = Path(target)
        self._show_written(self.path)


class ImportDialog(_Base):
    """从别的电脑接过来."""

    imported = Signal(list)  # the new (or earlier) checklist ids

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("handoverImportDialog")
        self.setWindowTitle(self.tr("Take over from another computer"))
        self.path: Path | None = None
        self.intro = self._label("handoverIntro", self.tr(
            "Choose the file made on the other computer with “Hand over to another computer”, then type the "
            "digits from its passphrase sheet. The checklists are added to yours; nothing here is replaced."))
        self.choose_button = QPushButton(self.tr("Choose the file…"), self)
        self.choose_button.setObjectName("handoverChooseFile")
        self.choose_button.setAccessibleName(self.tr("Choose the file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = self._label("handoverFileName", self.tr("No file chosen yet."))
        # notes an earlier take-over kept locked (no keyring then): the passphrase alone puts them in
        self.pending = self._label("handoverPending", self.tr(
            "Notes taken over earlier are still locked. Once this computer's password store works, type "
            "the passphrase from that sheet and press “Take over”; no file is needed."))
        self.pending.setVisible(handover.pending_count(ctx.store) > 0)
        self.passphrase_label = QLabel(self.tr("Passphrase from the sheet:"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("handoverPassphraseInput")
        self.passphrase.setAccessibleName(self.tr("Passphrase from the sheet"))
        self.passphrase.setAccessibleDescription(self.tr("25 digits; spaces are optional"))
        self.passphrase.setPlaceholderText("12345 67890 12345 67890 12345")
        self.passphrase.setMaxLength(80)
        _big(self.passphrase, 1.5, bold=False)
        self.passphrase_label.setBuddy(self.passphrase)
        self.import_button = QPushButton(self.tr("Take over"), self)
        self.import_button.setObjectName("handoverImport")
        self.import_button.setAccessibleName(self.tr("Take over"))
        self.import_button.setAccessibleDescription(self.tr("Open the file and add its checklists"))
        set_primary(self.import_button, True)
        self.import_button.clicked.connect(self.take_over)
        for button in (self.choose_button, self.close_button):
            button.setAutoDefault(False)
        self.import_button.setDefault(True)  # Enter in the passphrase box takes over, never closes
        self.error = error_label(self, "handoverError")
        self.result = self._label("handoverResult")
        self.result.hide()
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        go = QHBoxLayout()
        go.addWidget(self.import_button)
        go.addStretch(1)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.pending)
        self._layout.addLayout(row)
        self._layout.addWidget(self.passphrase_label)
        self._layout.addWidget(self.passphrase)
        self._layout.addLayout(go)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.result)
        self._layout.addStretch(1)
        tab_chain([self.choose_button, self.passphrase, self.import_button, self.close_button])
        self.choose_button.setFocus()
        self._fit()

    def choose_file(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Choose the hand-over file"), documents_folder(),
                                     # the pattern stays ASCII: Qt reads it only between ASCII brackets
                                     self.tr("Hand-over files") + " (*.bindguard);;" + self.tr("All files") + " (*)")
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """The chosen file; one that cannot be a hand-over is said at once, before the passphrase."""
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.result.hide()
        try:
            handover_seal.check_file(handover.read_file(self.path))
        except BindGuardError as error:
            show_error(self.error, error.text(self.ctx.lang))
            return
        show_error(self.error, "")
        self.passphrase.setFocus()

    def take_over(self) -> None:
        from bindguard.ui.store_writes import save

        self.result.hide()
        if self.path is None and not self.pending.isVisible():
            show_error(self.error, message("handover.no_file", self.ctx.lang))
            return
        done: list[handover.Import] = []
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            passphrase = self.passphrase.text()
            if self.path is None:
                def write() -> None:
                    done.append(handover.complete_pending(self.ctx.store, self.ctx.vault, passphrase))
            else:
                data = handover.read_file(self.path)

                def write() -> None:
                    done.append(handover.import_file(self.ctx.store, self.ctx.vault, data, passphrase))
            if not save(self, write):
                show_error(self.error, message("store.not_saved", self.ctx.lang, reason=""))
                return
        except BindGuardError as error:
            show_error(self.error, error.text(self.ctx.lang))
            self._fit()
            self.passphrase.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        show_error(self.error, "")
        result = done[0]
        self.result.setText(("☑ " if not result.notes_pending else "⚠ ") + handover.result_text(result, self.ctx.lang))
        self.result.show()
        self.pending.setVisible(handover.pending_count(self.ctx.store) > 0)
        self._fit()
        self.passphrase.clear()
        self.imported.emit(list(result.checklist_ids))
        self.close_button.setFocus()
