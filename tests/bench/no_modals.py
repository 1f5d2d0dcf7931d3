"""Keep a benchmark from hanging on a modal dialog: every dialog answers at once and is counted.

Pages open modals only through bindguard.ui.dialogs (house rule), but may have imported its functions
by name, so the Qt entry points are patched as well.
"""

from __future__ import annotations

SHOWN: list[str] = []


def install() -> None:

    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def refuse(name: str, answer):
        def stub(*_args, **_kwargs):
            SHOWN.append(name)
            return answer
        return stub

    QDialog.exec = refuse("QDialog.exec", 0)  # type: ignore[method-assign]
    QMessageBox.exec = refuse("QMessageBox.exec", QMessageBox.StandardButton.No)  # type: ignore[method-assign]
    QFileDialog.getSaveFileName = refuse("QFileDialog.getSaveFileName", ("", ""))  # type: ignore[method-assign]
    QDesktopServices.openUrl = refuse("QDesktopServices.openUrl", True)  # type: ignore[method-assign]
    try:
        from bindguard.ui import dialogs
    except ImportError:
        return
    dialogs.ask = refuse("dialogs.ask", False)
    dialogs.tell = refuse("dialogs.tell", None)
    dialogs.ask_save_path = refuse("dialogs.ask_save_path", None)

