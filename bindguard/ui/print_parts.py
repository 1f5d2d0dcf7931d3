"""What goes inside a printed page: the item and header text (HTML for QTextDocument), the
status box drawn as a shape, the QR code as vector rectangles (segno encodes it), and the fonts.
printing.py places these on A4 pages; splitting them keeps each file small.
"""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBitmap, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QRegion

from bindguard.core.checklist import Status
from bindguard.core.report import Report, ReportItem

BODY_PT = 14.0  # PRODUCT.md §7: large type on paper too
LARGE_BODY_PT = 18.0
INK = QColor("#1a1a1a")
MONEY = QColor("#a40000")
RULE = QColor("#8a8f94")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


@functools.cache
def families(lang: str = "zh") -> tuple[str, ...]:
    """The bundled subset first (every GB2312 character, one code point per glyph, so the PDF's
    text layer copies and searches correctly), then the system's Chinese font for rarer characters
    in notes, then a Latin font. An English page puts the Latin font first (Latin quotes and
    spacing), the Chinese ones still catch any Chinese name."""
    from PySide6.QtGui import QFontDatabase

    from bindguard.ui import fonts

    chinese = fonts.chinese_families()
    latin = [QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family(), "DejaVu Sans", "Sans Serif"]
    ordered = [*latin, *chinese] if lang == "en" else [*chinese, *latin]
    return tuple(dict.fromkeys(f for f in ordered if f))


def report_font(points: float, lang: str = "zh") -> QFont:
    return QFont(_report_font(points, lang))  # a copy: the caller may change it


@functools.lru_cache(maxsize=64)
def _report_font(points: float, lang: str) -> QFont:
    """Built once per size: every item sets the same few fonts for its status and QR labels."""
    font = QFont()
    font.setFamilies(list(families(lang)))
    font.setPointSizeF(points)
    return font


def header_html(report: Report, pt: float) -> str:
    rows = "".join(
        f"<tr><td width='22%'><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>" for label, value in report.header
    )
    parts = [f"<p style='font-size:{pt * 1.6:.1f}pt; font-weight:700'>{esc(report.title)}</p>",
             f"<table cellspacing='0' cellpadding='3' width='100%'>{rows}</table>"]
    if report.dates:
        parts.append(f"<p style='margin-top:{pt * 0.6:.1f}pt'><b>{esc(report.labels['dates'])}</b></p>")
        parts.append("<ul style='margin-top:0'>" + "".join(f"<li>{esc(s)}</li>" for s in report.dates) + "</ul>")
    summary = " ".join(esc(s) for s in report.summary)
    parts.append(f"<p style='margin-top:{pt * 0.4:.1f}pt'><b>{esc(report.labels['summary'])}"
                 f"{esc(report.labels['colon'])}</b>{summary}</p>")
    parts.append(f"<p>{esc(report.how_to_use)}</p>")
    return "".join(parts)


def item_html(item: ReportItem, labels: dict[str, str], pt: float) -> str:
    money = (f" <span style='color:{MONEY.name()}; font-size:{pt * 0.85:.1f}pt'>{esc(labels['money'])}</span>"
             if item.money_risk else "")
    c = esc(labels["colon"])
    if item.compact:
        money = ""
    parts = [f"<p style='font-size:{pt * 1.2:.1f}pt; font-weight:700'>{esc(item.name)}{money}</p>"]
    if item.compact:  # finished: keep the paper short, but never drop the user's own note
        if item.note:
            note = "<br/>".join(esc(line) for line in item.note.splitlines())
            parts.append(f"<p style='background-color:#f1f1f1'><b>{esc(labels['note'])}{c}</b>{note}</p>")
        return "".join(parts)
    if item.route_title:
        parts.append(f"<p><b>{esc(labels['how'])}{c}</b>{esc(item.route_title)}</p>")
    if item.steps:
        parts.append("<ol style='margin-top:0; margin-bottom:0'>"
                     + "".join(f"<li>{esc(step)}</li>" for step in item.steps) + "</ol>")
    if item.needs:
        parts.append(f"<p><b>{esc(labels['bring'])}{c}</b>{esc(labels['list_sep'].join(item.needs))}</p>")
    if item.hotline:
        parts.append(f"<p><b>{esc(labels['hotline'])}{c}</b>{esc(item.hotline)}</p>")
    if item.url:
        parts.append(f"<p><b>{esc(labels['url'])}{c}</b>{esc(item.url)}</p>")
    source = " · ".join(s for s in (item.confidence, item.checked) if s)
    if source:
        parts.append(f"<p style='color:#3d4a57; font-size:{pt * 0.8:.1f}pt'>{esc(labels['confidence'])}{c}"
                     f"{esc(source)}</p>")
    if item.note:
        note = "<br/>".join(esc(line) for line in item.note.splitlines())
        parts.append(f"<p style='background-color:#f1f1f1'><b>{esc(labels['note'])}{c}</b>{note}</p>")
    return "".join(parts)


def paint_status(painter: QPainter, item: ReportItem, column: QRectF, mm: float, pt: float,
                 lang: str = "zh") -> None:
    """A box to tick with a pen, its shape saying the status, and the status in words beneath."""
    side = 11 * mm * max(1.0, pt / BODY_PT)
    box = QRectF(column.left() + (column.width() - side) / 2, column.top(), side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(INK, 0.6 * mm))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    inner = box.adjusted(side * 0.2, side * 0.2, -side * 0.2, -side * 0.2)
    painter.setPen(QPen(INK, 0.9 * mm, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    if item.status is Status.DONE:  # a tick
        path = QPainterPath(QPointF(inner.left(), inner.center().y()))
        path.lineTo(inner.left() + inner.width() * 0.4, inner.bottom())
        path.lineTo(inner.right(), inner.top())
        painter.drawPath(path)
    elif item.status is Status.NOT_APPLICABLE:  # a dash: nothing to do
        painter.drawLine(QPointF(inner.left(), inner.center().y()), QPointF(inner.right(), inner.center().y()))
    elif item.status is Status.LATER:  # a clock
        painter.setPen(QPen(INK, 0.5 * mm))
        painter.drawEllipse(inner)
        c = inner.center()
        painter.drawLine(c, QPointF(c.x(), inner.top() + inner.height() * 0.2))
        painter.drawLine(c, QPointF(inner.right() - inner.width() * 0.25, c.y()))
    elif item.status is Status.STUCK:  # an exclamation mark
        c = inner.center()
        painter.drawLine(QPointF(c.x(), inner.top()), QPointF(c.x(), inner.bottom() - inner.height() * 0.35))
        painter.setBrush(INK)
        painter.drawEllipse(QPointF(c.x(), inner.bottom()), 0.5 * mm, 0.5 * mm)
    painter.restore()
    painter.save()
    painter.setFont(report_font(max(11.0, pt * 0.8), lang))
    painter.setPen(INK)
    label = QRectF(column.left() - 1 * mm, box.bottom() + 1.5 * mm, column.width() + 2 * mm, 14 * mm)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere
    painter.drawText(label, flags, item.status_word)
    painter.restore()


QR_BORDER = 4  # the quiet zone scanners need, in modules
_DARK_TO_BLACK = bytes.maketrans(b"\x00\x01", b"\xff\x00")


@functools.lru_cache(maxsize=512)
def qr_rects(url: str) -> tuple[list[QRect], int]:
    """The QR code as rectangles in module units (runs of dark modules, stacked where whole rows
    repeat), and its size with the quiet zone. Drawn with drawRects under a scale, the PDF gets
    one short `x y w h re` per rectangle: vector, so sharp on paper at any resolution and lossless
    (Qt would store a small image as JPEG, with fuzzy edges), and compact (a path of the same
    squares is ~8 times the bytes, which Qt then has to compress). QRegion finds the runs in C++,
    a few times faster than doing it in Python."""
    import segno  # ~50 ms to import: only when printing

    # mask=0 instead of segno scoring all eight masks: 1.7 ms a code instead of 8. Any mask is a
    # valid QR code; the tests decode every printed one.
    rows = segno.make(url, error="m", micro=False, mask=0, boost_error=False).matrix
    size = len(rows)
    pixels = b"".join(rows).translate(_DARK_TO_BLACK)  # one grey byte a module, dark = 0 (black)
    image = QImage(pixels, size, size, size, QImage.Format.Format_Grayscale8)
    region = QRegion(QBitmap.fromImage(image, Qt.ImageConversionFlag.ThresholdDither))  # the black pixels
    return list(region.translated(QR_BORDER, QR_BORDER)), size + 2 * QR_BORDER


def paint_qr(painter: QPainter, url: str, rect: QRectF) -> None:
    rects, size = qr_rects(url)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, QColor("#ffffff"))
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / size, rect.height() / size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#000000"))
    painter.drawRects(rects)
    painter.restore()
