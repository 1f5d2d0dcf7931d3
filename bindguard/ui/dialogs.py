"""The only places that open a modal dialog. Tests patch these names where they are used
(monkeypatch bindguard.ui.dialogs.ask), never QMessageBox itself; pages never build dialogs inline.

PRODUCT.md §7: no pop-ups that interrupt. Use these for questions the user asked for (saving a
file, confirming a delete), not for information: show that on the page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def ask(parent: QWidget | None, question: str, yes: str | None = None, no: str | None = None) -> bool:
    """A yes/no question; 'no' is the default so Enter never deletes anything by accident."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.window().windowTitle() if parent else "", question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if yes:
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
    if no:
        box.button(QMessageBox.StandardButton.No).setText(no)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, parent.window().windowTitle() if parent else "", message,
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()


# Strings of Qt's own file dialog that Qt's Chinese translation lacks or marks with mnemonic letters
# ("(&N)"): our translation of these contexts is installed after Qt's, so it wins (issue 12).
QT_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
)


def save_dialog(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> QFileDialog:
    """The save dialog: the system's own where the platform has one (Windows, macOS, a Linux desktop
    with a portal); where Qt draws its own, every label is set here in the user's language."""
    from PySide6.QtCore import QCoreApplication

    dialog = QFileDialog(parent, title, str(suggested.parent), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested.name)
    if suggested.suffix:
        dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
    _name_labels(dialog, QCoreApplication.translate("dialogs", "Save"))
    return dialog


def _name_labels(dialog: QFileDialog, accept: str) -> None:
    """Where Qt draws its own file dialog, every label in the user's language (one list for save and open)."""
    from PySide6.QtCore import QCoreApplication

    label = QFileDialog.DialogLabel
    for which, text in (
            (label.LookIn, QCoreApplication.translate("dialogs", "Folder:")),
            (label.FileName, QCoreApplication.translate("dialogs", "File name:")),
            (label.FileType, QCoreApplication.translate("dialogs", "File type:")),
            (label.Accept, accept),
            (label.Reject, QCoreApplication.translate("dialogs", "Cancel"))):
        dialog.setLabelText(which, text)


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to save a file; None if the user cancelled."""
    dialog = save_dialog(parent, title, suggested, file_filter)
    if not dialog.exec():
        return None
    files = dialog.selectedFiles()
    return Path(files[0]) if files and files[0] else None


def ask_open_path(parent: QWidget | None, title: str, folder: Path, file_filter: str) -> Path | None:
    """Which file to open (the hand-over file); None if the user cancelled."""
    from PySide6.QtCore import QCoreApplication

    dialog = QFileDialog(parent, title, str(folder), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    _name_labels(dialog, QCoreApplication.translate("dialogs", "Open"))
    if not dialog.exec():
        return None
    files = dialog.selectedFiles()
    return Path(files[0]) if files and files[0] else None


def show_link(parent: QWidget | None, url: str) -> None:
    """The browser did not open: show the address to copy and its QR code to scan with the phone."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

    from bindguard.ui.widgets.qr_view import QrView

    dialog = QDialog(parent)
    dialog.setWindowTitle(parent.window().windowTitle() if parent else "")
    layout = QVBoxLayout(dialog)
    explain = QLabel(QCoreApplication.translate(
        "dialogs", "The browser could not be opened. Copy this address into your browser, "
        "or scan the code with your phone."), dialog)
    explain.setWordWrap(True)
    field = QLineEdit(url, dialog)
    field.setReadOnly(True)
    field.setAccessibleName(QCoreApplication.translate("dialogs", "Web address"))
    copy = QPushButton(QCoreApplication.translate("dialogs", "Copy the address"), dialog)
    copy.setAccessibleDescription(QCoreApplication.translate("dialogs", "Put the address on the clipboard"))
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(url))
    qr = QrView(dialog)
    qr.set_url(url)
    qr.setAccessibleName(QCoreApplication.translate("dialogs", "QR code of the address"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    for widget in (explain, field, copy, qr, buttons):
        layout.addWidget(widget)
    dialog.exec()


def crash_report(parent: QWidget | None, message: str, details: str) -> None:
    """The calm 'something went wrong' window: plain words, a Copy details button, Close.
    `details` must already be scrubbed of personal data (ui/crash.py does that)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setObjectName("crashDialog")
    dialog.setWindowTitle(QCoreApplication.translate("dialogs", "Something went wrong"))
    layout = QVBoxLayout(dialog)
    carry_on = QCoreApplication.translate(
        "dialogs", "You can carry on. If it happens again, copy the details and "
        "send them to us: they contain no numbers, names or notes.")
    label = QLabel(message + "\n\n" + carry_on, dialog)
    label.setWordWrap(True)
    layout.addWidget(label)
    row = QHBoxLayout()
    copy = QPushButton(QCoreApplication.translate("dialogs", "Copy details"), dialog)
    copy.setObjectName("copyDetails")
    copy.setAccessibleDescription(
        QCoreApplication.translate("dialogs", "Copies a technical report without personal data"))
    close = QPushButton(QCoreApplication.translate("dialogs", "Close"), dialog)
    close.setDefault(True)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    close.clicked.connect(dialog.accept)
    row.addWidget(copy)
    row.addStretch(1)
    row.addWidget(close)
    layout.addLayout(row)
    dialog.exec()
