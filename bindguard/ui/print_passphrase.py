"""打印密码纸: one A4 page with a hand-over file's passphrase, the file's name and date, and what to do.

Drawn with QPainter on any paged device (the PDF writer, the print preview, a printer), in the
bundled Chinese font (ui/fonts.py) so the digits and words look the same on paper as on screen. Kept
apart from ui/printing.py (the checklist's printout): this page has nothing of the checklist on it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter


def sheet_texts(passphrase: str, file_name: str, day: dt.date) -> dict[str, str]:
    """Every line of the sheet (tests read them; the page draws them)."""
    return {
        "title": QCoreApplication.translate("print_passphrase", "BindGuard: passphrase for the hand-over file"),
        "file": QCoreApplication.translate("print_passphrase", "File: {0}").format(file_name),
        "date": QCoreApplication.translate("print_passphrase", "Made on: {0}").format(day.isoformat()),
        "passphrase": passphrase,
        "warning": QCoreApplication.translate(
            "print_passphrase", "Without this sheet nobody can open the file. Keep the sheet and the file apart."),
        "how": QCoreApplication.translate(
            "print_passphrase", "On the other computer: open BindGuard, choose “Take over from another "
            "computer” on the first page, choose the file, then type the digits above (spaces are optional)."),
        "keep": QCoreApplication.translate(
            "print_passphrase", "Do not send a photo of this sheet together with the file."),
    }


def setup_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))


def paint(device: QPagedPaintDevice, passphrase: str, file_name: str, day: dt.date) -> None:
    from bindguard.ui.fonts import cjk_family

    texts = sheet_texts(passphrase, file_name, day)
    painter = QPainter(device)
    try:
        rect = device.pageLayout().paintRectPixels(device.resolution())
        width = rect.width()
        dpi = device.resolution()
        family = cjk_family()

        def font(points: float, bold: bool = False) -> QFont:
            made = QFont(family) if family else QFont()
            made.setPointSizeF(points)
            made.setBold(bold)
            return made

        y = 0.0
        flags = Qt.TextFlag.TextWordWrap

        def block(text: str, points: float, bold: bool = False, gap_mm: float = 6,
                  align=Qt.AlignmentFlag.AlignLeft) -> None:
            nonlocal y
            painter.setFont(font(points, bold))
            box = painter.boundingRect(QRectF(0, y, width, 10_000), int(flags | align), text)
            painter.drawText(QRectF(0, y, width, box.height()), int(flags | align), text)
            y += box.height() + gap_mm * dpi / 25.4

        block(texts["title"], 18, True, 10)
        block(texts["file"], 13, gap_mm=2)
        block(texts["date"], 13, gap_mm=12)
        # the passphrase: very large, one group after another with room between, in a frame
        groups = passphrase.split(" ")
        line = "  ".join(groups)
        pad = 6 * dpi / 25.4
        points = 32.0
        while True:  # as large as fits on one line: a group is never split across two
            painter.setFont(font(points, True))
            box = painter.boundingRect(QRectF(0, 0, 100_000, 10_000), int(Qt.AlignmentFlag.AlignLeft), line)
            if box.width() <= width - 2 * pad or points <= 14:
                break
            points -= 1
        frame = QRectF(0, y, width, box.height() + 2 * pad)
        pen = painter.pen()
        pen.setWidthF(dpi / 72 * 1.5)
        painter.setPen(pen)
        painter.drawRect(frame)
        painter.drawText(frame, int(flags | Qt.AlignmentFlag.AlignCenter), line)
        y += frame.height() + 12 * dpi / 25.4
        block("⚠ " + texts["warning"], 16, True, 8)
        block(texts["how"], 13, gap_mm=4)
        block(texts["keep"], 13)
    finally:
        painter.end()


def write_pdf(path: Path, passphrase: str, file_name: str, day: dt.date) -> Path:
    """The sheet as a PDF, through core/safe_write.py (a temporary file, synced, renamed: never half a file)."""
    from bindguard.core.safe_write import replacing

    with replacing(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(300)
        writer.setTitle(QCoreApplication.translate("print_passphrase", "Passphrase sheet"))
        setup_a4(writer)
        paint(writer, passphrase, file_name, day)
        del writer  # closes the file
    return Path(path)


def preview_dialog(parent, passphrase: str, file_name: str, day: dt.date):
    """The print preview of the sheet, built but not shown (its Print button prints the same page)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_a4(printer)
    printer.setDocName(QCoreApplication.translate("print_passphrase", "Passphrase sheet"))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("passphrasePreview")
    dialog.setWindowTitle(QCoreApplication.translate("print_passphrase", "Print the passphrase sheet"))
    dialog.paintRequested.connect(lambda device: paint(device, passphrase, file_name, day))
    dialog.printer = printer  # keep the printer alive as long as the dialog
    screen = (parent.screen() if parent is not None else None) or dialog.screen()
    room = screen.availableGeometry().size() if screen is not None else None
    width, height = 800, 900
    if room is not None:
        width, height = min(width, room.width() - 16), min(height, room.height() - 40)
    dialog.resize(width, height)
    return dialog
