"""A QR code of an official page, to scan with the phone (the apps live on the phone).

segno is imported on first use (~0.08 s). The image is rendered at a whole number of pixels per
module with a quiet zone of 4, so it stays sharp and scannable; no smoothing is ever applied.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_SIDE = 180  # px: comfortably scannable from a phone held at arm's length


BORDER = 4  # modules of quiet zone
_DARK_TO_BLACK = bytes.maketrans(b"\x00\x01", b"\xff\x00")  # segno's matrix: 1 = dark
_CACHE: dict[tuple[str, int], QImage] = {}  # moving back to an item shows its code at once


def qr_image(text: str, min_side: int = MIN_SIDE) -> QImage:
    """The QR code of `text` as an image at least `min_side` pixels wide, integer-scaled.

    The same code as on paper (print_parts.qr_rects: mask 0, not segno scoring all eight masks, ~1.5 ms
    instead of ~5; any mask is a valid code), drawn from segno's matrix straight into an image and
    scaled without smoothing (no PNG written and read back)."""
    cached = _CACHE.get((text, min_side))
    if cached is not None:
        return cached
    import segno

    rows = segno.make(text, error="m", micro=False, mask=0, boost_error=False).matrix
    size = len(rows)
    side = size + 2 * BORDER
    quiet = b"\xff" * side
    pixels = b"".join([quiet * BORDER,
                       *(b"\xff" * BORDER + bytes(row).translate(_DARK_TO_BLACK) + b"\xff" * BORDER
                         for row in rows),
                       quiet * BORDER])
    small = QImage(pixels, side, side, side, QImage.Format.Format_Grayscale8)
    scale = max(3, -(-min_side // side))
    image = small.scaled(side * scale, side * scale, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.FastTransformation)  # a copy: owns its pixels
    if len(_CACHE) > 200:
        _CACHE.clear()
    _CACHE[(text, min_side)] = image
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
