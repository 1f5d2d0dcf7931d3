"""A QR code of an official page, to scan with the phone (the apps live on the phone).

segno is imported on first use (~0.08 s). The image is rendered at a whole number of pixels per
module with a quiet zone of 4, so it stays sharp and scannable; no smoothing is ever applied.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_SIDE = 180  # px: comfortably scannable from a phone held at arm's length


def qr_image(text: str, min_side: int = MIN_SIDE) -> QImage:
    """The QR code of `text` as an image at least `min_side` pixels wide, integer-scaled."""
    import segno

    code = segno.make(text, error="m", micro=False)
    modules = code.symbol_size(scale=1, border=4)[0]
    scale = max(3, -(-min_side // modules))
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff")
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


class QrView(QLabel):
    """Shows the QR code of one URL, or nothing (hidden) when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.url = ""

    def set_url(self, url: str, min_side: int = MIN_SIDE) -> None:
        self.url = url
        if not url:
            self.clear()
            self.hide()
            return
        self.setPixmap(QPixmap.fromImage(qr_image(url, min_side)))
        self.setFixedSize(self.pixmap().size())
        self.show()

    def sizeHint(self) -> QSize:
        pixmap = self.pixmap()
        return pixmap.size() if pixmap is not None and not pixmap.isNull() else QSize(0, 0)
