"""The only places that open a modal dialog. Tests patch these names where they are used
(monkeypatch bindguard.ui.dialogs.ask), never QMessageBox itself; pages never build dialogs inline.

PRODUCT.md §7: no pop-ups that interrupt. Use these for questions the user asked for (saving a
file, confirming a delete), not for information: show that on the page.
"""

from __future__ import annotations

from pathlib import Path

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


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to save a file; None if the user cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(path) if path else None


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

    def tr(text: str) -> str:
        return QCoreApplication.translate("dialogs", text)

    dialog = QDialog(parent)
    dialog.setObjectName("crashDialog")
    dialog.setWindowTitle(tr("Something went wrong"))
    layout = QVBoxLayout(dialog)
    label = QLabel(message + "\n\n" + tr("You can carry on. If it happens again, copy the details and "
                                         "send them to us: they contain no numbers, names or notes."), dialog)
    label.setWordWrap(True)
    layout.addWidget(label)
    row = QHBoxLayout()
    copy = QPushButton(tr("Copy details"), dialog)
    copy.setObjectName("copyDetails")
    copy.setAccessibleDescription(tr("Copies a technical report without personal data"))
    close = QPushButton(tr("Close"), dialog)
    close.setDefault(True)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    close.clicked.connect(dialog.accept)
    row.addWidget(copy)
    row.addStretch(1)
    row.addWidget(close)
    layout.addLayout(row)
    dialog.exec()
