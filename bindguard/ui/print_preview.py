"""The print preview dialog: the same pages as the PDF (printing.render), with 打印 as a large
labelled button. Split from ui/printing.py, which lays out and paints the pages (issue 23)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bindguard.core.report import Report
from bindguard.ui.printing import render_steps, setup_a4


def preview_dialog(parent, report: Report, large_text: bool):
    """The print preview, built but not shown (tests look at it without a modal loop)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_a4(printer)
    printer.setDocName(report.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(report.title)
    dialog.paintRequested.connect(lambda device: render_turning(device, report, large_text))
    dialog.printer = printer  # keep the printer alive as long as the dialog
    _large_print_button(dialog)
    screen = (parent.screen() if parent is not None else None) or dialog.screen()
    room = screen.availableGeometry().size() if screen is not None else None
    width, height = 900, 1000
    if room is not None:  # never larger than the screen (1024x728 after a taskbar), title bar included
        width, height = min(width, room.width() - 16), min(height, room.height() - 40)
    dialog.resize(width, height)
    return dialog


def render_turning(device, report: Report, large_text: bool) -> int:
    """printing.render with the event loop turning after each page: the preview lays out every page
    before it shows (and again to print), and meanwhile the window repaints (issue 23). A click
    waits in the queue until the pages are done."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    steps = render_steps(device, report, large_text)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _large_print_button(dialog) -> None:
    """The preview's toolbar is small icons; its Print action becomes a large button with the word
    打印 beside the icon, first on the left (Qt's own action, so it prints exactly as the icon did)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QToolBar, QToolButton

    word = QCoreApplication.translate("QPrintPreviewDialog", "Print")
    for toolbar in dialog.findChildren(QToolBar):
        for action in toolbar.actions():
            if action.text().replace("&", "") != word.replace("&", ""):
                continue
            toolbar.removeAction(action)  # first on the left, where the eye starts
            toolbar.insertAction(toolbar.actions()[0] if toolbar.actions() else None, action)
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setObjectName("previewPrint")
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                font = button.font()
                font.setPointSizeF(font.pointSizeF() * 1.2)
                font.setBold(True)
                button.setFont(font)
                button.setMinimumSize(120, 48)
                button.setAccessibleName(action.text().replace("&", ""))
            return


def preview(parent, report: Report, large_text: bool) -> None:
    """Show the print preview; its Print button sends the same pages to the printer. A modal the
    user asked for (the Print button on the finish page), like dialogs.ask_save_path."""
    dialog = preview_dialog(parent, report, large_text)
    dialog.exec()
    dialog.deleteLater()


