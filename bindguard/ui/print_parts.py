"""What goes inside a printed page: the item and header text (HTML for QTextDocument), the
status box drawn as a shape, the QR code as vector rectangles (segno encodes it), and the fonts.
printing.py places these on A4 pages; splitting them keeps each file small.
"""

from __future__ import annotations

import functools
import html
import re

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextBlockFormat, QTextDocument

from bindguard.core.checklist import Status
from bindguard.core.report import Report, ReportGeneralWay, ReportItem

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


LAYOUT_DPI = 300  # every printout is laid out at this resolution (printing._reference_device)


@functools.lru_cache(maxsize=64)
def _report_font(points: float, lang: str) -> QFont:
    """Built once per size: every item sets the same few fonts for its status and QR labels. Sized
    in pixels of the layout resolution, not points: painted on a 1200 dpi printer under the
    layout's scale, a point size would be scaled twice."""
    font = QFont()
    font.setFamilies(list(families(lang)))
    font.setPixelSize(max(1, round(points * LAYOUT_DPI / 72)))
    return font


def header_html(report: Report, pt: float) -> str:
    pairs = list(report.header)
    # a label never breaks ("打印日" / "期" in large print): its cell grows instead
    cells = [f"<td width='14%' style='white-space:nowrap'><b>{esc(label)}</b></td><td width='36%'>{esc(value)}</td>"
             for label, value in pairs]
    rows = "".join(f"<tr>{''.join(cells[i:i + 2])}</tr>" for i in range(0, len(cells), 2))
    parts = [f"<p style='font-size:{pt * 1.6:.1f}pt; font-weight:700'>{esc(report.title)}</p>",
             f"<table cellspacing='0' cellpadding='3' width='100%'>{rows}</table>"]
    if report.dates:
        parts.append(f"<p style='margin-top:{pt * 0.6:.1f}pt'><b>{esc(report.labels['dates'])}</b></p>")
        parts.append("<ul style='margin-top:0'>" + "".join(f"<li>{esc(s)}</li>" for s in report.dates) + "</ul>")
    summary = ("" if report.lang == "zh" else " ").join(esc(s) for s in report.summary)  # no space after 。
    parts.append(f"<p style='margin-top:{pt * 0.4:.1f}pt'><b>{esc(report.labels['summary'])}"
                 f"{esc(report.labels['colon'])}</b>{summary}</p>")
    parts.append(f"<p>{esc(report.how_to_use)}</p>")
    return "".join(parts)


CONTACT_P = "<p class='contact'>"  # the hotline and official page's paragraph (Qt ignores the class)


def kept_whole(body: str) -> tuple[int, ...]:
    """Which blocks of an item's HTML (each <p> and <li> is one) a page must not cut: the contact line."""
    at = body.find(CONTACT_P)
    if at < 0:
        return ()
    before = body[:at]
    return (before.count("<p") + before.count("<li"),)


def way_html(way: ReportGeneralWay, labels: dict[str, str], pt: float) -> str:
    """A general way, printed once after 清单一览: its title, its label (大多数 App 是这样改的，这个
    App 可能不同), each of its ways with steps, what to bring and what to say, and its source line."""
    c = esc(labels["colon"])
    parts = [f"<p style='font-size:{pt * 1.25:.1f}pt; font-weight:700'>{esc(way.title)}</p>"]
    if way.label:
        parts.append(f"<p><b>{esc(way.label)}</b></p>")
    if getattr(way, "notice", ""):  # the warning its items share, as an item prints its own
        parts.append(f"<p><b>⚠ {esc(way.notice)}</b></p>")
    for route in way.routes:
        number = f" {route.number}" if len(way.routes) > 1 else ""
        parts.append(f"<p><b>{esc(labels['how'])}{number}{c}</b>{esc(route.title)}</p>")
        if route.steps:
            parts.append("<ol style='margin-top:0; margin-bottom:0'>"
                         + "".join(f"<li>{esc(step)}</li>" for step in route.steps) + "</ol>")
        if route.needs:
            parts.append(f"<p><b>{esc(labels['bring'])}{c}</b>{esc(labels['list_sep'].join(route.needs))}</p>")
        if route.say:
            parts.append(f"<p><b>{esc(labels['say'])}{c}</b>“{esc(route.say)}”</p>")
    if way.note:
        parts.append(f"<p>{esc(way.note)}</p>")
    if way.source:
        parts.append(f"<p><span style='color:#3d4a57; font-size:{pt * 0.8:.1f}pt'>{esc(labels['confidence'])}{c}"
                     f"{esc(way.source)}</span></p>")
    return "".join(parts)


def follow_line(item: ReportItem, page: int) -> str:
    """The line pointing to the general way the item follows: "按第 5 页的“通用办法”做"."""
    return item.follow.replace("{page}", str(page)) if getattr(item, "follow", "") else ""


def item_html(item: ReportItem, labels: dict[str, str], pt: float, show_target: bool = True,
              way_pages: dict[str, int] | None = None) -> str:
    """An item's text. `show_target` off: the new number is in the header already, so "换成新号码
    139****5678" is not repeated on every way (a line less for most items). `way_pages`: the page
    (1-based) of each general way printed once, for the line that points to it."""
    badge = f"【{item.tier_word}】" if getattr(item, "tier_word", "") else labels["money"]  # 涉及钱 / 身份
    money = (f" <span style='color:{MONEY.name()}; font-size:{pt * 0.85:.1f}pt'>{esc(badge)}</span>"
             if item.money_risk or getattr(item, "tier_word", "") else "")
    c = esc(labels["colon"])
    if item.compact:
        money = ""
    parts = [f"<p style='font-size:{pt * 1.2:.1f}pt; font-weight:700'>{esc(item.name)}{money}</p>"]
    if item.compact:  # finished: keep the paper short, but never drop the user's own note
        if item.note:
            note = "<br/>".join(esc(line) for line in item.note.splitlines())
            parts.append(f"<p style='background-color:#f1f1f1'><b>{esc(labels['note'])}{c}</b>{note}</p>")
        return "".join(parts)
    if getattr(item, "notice", ""):  # the situation's plain word first, e.g. the usual way needs the old number
        parts.append(f"<p><b>⚠ {esc(item.notice)}</b></p>")
    if getattr(item, "several", ""):  # one number may hold several accounts here: check each
        parts.append(f"<p><b>{esc(item.several)}</b></p>")
    if item.route_title:
        number = f" {item.route_number}" if getattr(item, "route_number", 0) else ""
        shown = getattr(item, "target", "") if show_target else ""
        target = (f"（{esc(shown)}）" if labels["colon"] != ": " else f" ({esc(shown)})") if shown else ""
        parts.append(f"<p><b>{esc(labels['how'])}{number}{c}</b>{esc(item.route_title)}{target}</p>")
    if getattr(item, "follow", "") and way_pages and item.general_way in way_pages:
        parts.append(f"<p><b>{esc(labels['how'])}{c}</b>{esc(follow_line(item, way_pages[item.general_way]))}</p>")
    if item.steps:
        parts.append("<ol style='margin-top:0; margin-bottom:0'>"
                     + "".join(f"<li>{esc(step)}</li>" for step in item.steps) + "</ol>")
    if item.needs:
        parts.append(f"<p><b>{esc(labels['bring'])}{c}</b>{esc(labels['list_sep'].join(item.needs))}</p>")
    if getattr(item, "say", "") and not getattr(item, "help", ()) and _talks_to_someone(item):
        parts.append(f"<p><b>{esc(labels['say'])}{c}</b>“{esc(item.say)}”</p>")
    if getattr(item, "help", ()):  # stuck: the other ways, the hotline, what to say, ask a relative
        lines = "<br/>".join(esc(line) for line in item.help)
        parts.append(f"<p style='background-color:#f1f1f1'>{lines}</p>")
    contact = []  # the hotline and the official page share a line: one line less for every item
    if item.hotline:
        contact.append(f"<b>{esc(labels['hotline'])}{c}</b>{esc(item.hotline)}")
    if item.url:
        contact.append(f"<b>{esc(labels['url'])}{c}</b>{esc(item.url)}")
    source = getattr(item, "source", "") or " · ".join(s for s in (item.confidence, item.checked) if s)
    if source:  # how sure, small and grey, after the hotline on the same line when it fits
        contact.append(f"<span style='color:#3d4a57; font-size:{pt * 0.8:.1f}pt'>{esc(labels['confidence'])}{c}"
                       f"{esc(source)}</span>")
    if contact:  # never cut across two pages (printing.py finds it by CONTACT_P): an address stays whole
        parts.append(f"{CONTACT_P}{'&nbsp;&nbsp;&nbsp; '.join(contact)}</p>")
    if item.note:
        note = "<br/>".join(esc(line) for line in item.note.splitlines())
        parts.append(f"<p style='background-color:#f1f1f1'><b>{esc(labels['note'])}{c}</b>{note}</p>")
    return "".join(parts)


def _talks_to_someone(item: ReportItem) -> bool:
    """What to say is printed where the way is a call or a counter (or the usual way cannot work):
    an in-app change needs no script, and leaving it out keeps the paper short."""
    from bindguard.core.catalog import NEED_LABELS, Need

    labels = [NEED_LABELS[need] for need in (Need.HOTLINE, Need.COUNTER_VISIT)]
    spoken = {word for label in labels for word in (label.zh, label.en)}
    return bool(getattr(item, "notice", "")) or any(need in spoken or need[:1].upper() + need[1:] in spoken
                                                   for need in item.needs)


def paint_box(painter: QPainter, status: Status, box: QRectF, mm: float) -> None:
    """A box to tick with a pen, its shape saying the status: empty (to do), a tick (done), a dash
    (nothing to do), a clock (later), an exclamation mark (stuck)."""
    side = box.width()
    weight = max(0.25, min(1.0, side / (11 * mm)))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(INK, 0.6 * mm * weight))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    inner = box.adjusted(side * 0.2, side * 0.2, -side * 0.2, -side * 0.2)
    painter.setPen(QPen(INK, 0.9 * mm * weight, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    if status is Status.DONE:  # a tick
        path = QPainterPath(QPointF(inner.left(), inner.center().y()))
        path.lineTo(inner.left() + inner.width() * 0.4, inner.bottom())
        path.lineTo(inner.right(), inner.top())
        painter.drawPath(path)
    elif status is Status.NOT_APPLICABLE:  # a dash: nothing to do
        painter.drawLine(QPointF(inner.left(), inner.center().y()), QPointF(inner.right(), inner.center().y()))
    elif status is Status.LATER:  # a clock
        painter.setPen(QPen(INK, 0.5 * mm * weight))
        painter.drawEllipse(inner)
        c = inner.center()
        painter.drawLine(c, QPointF(c.x(), inner.top() + inner.height() * 0.2))
        painter.drawLine(c, QPointF(inner.right() - inner.width() * 0.25, c.y()))
    elif status is Status.STUCK:  # an exclamation mark
        c = inner.center()
        painter.drawLine(QPointF(c.x(), inner.top()), QPointF(c.x(), inner.bottom() - inner.height() * 0.35))
        painter.setBrush(INK)
        painter.drawEllipse(QPointF(c.x(), inner.bottom()), 0.5 * mm * weight, 0.5 * mm * weight)
    painter.restore()


def paint_status(painter: QPainter, item: ReportItem, column: QRectF, mm: float, pt: float,
                 lang: str = "zh") -> None:
    """A box to tick with a pen, its shape saying the status, and the status in words beneath."""
    side = 11 * mm * max(1.0, pt / BODY_PT)
    box = QRectF(column.left() + (column.width() - side) / 2, column.top(), side, side)
    paint_box(painter, item.status, box, mm)
    painter.save()
    painter.setFont(report_font(max(11.0, pt * 0.8), lang))
    painter.setPen(INK)
    label = QRectF(column.left() - 1 * mm, box.bottom() + 1.5 * mm, column.width() + 2 * mm, 14 * mm)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere \
        | Qt.TextFlag.TextDontClip
    painter.drawText(label, flags, item.status_word)
    painter.restore()


def paint_overview_row(painter: QPainter, item: ReportItem, rect: QRectF, mm: float, pt: float, lang: str,
                       where: str, measure, lines: list[str], line_step: float) -> None:
    """One row of 清单一览: the box, the name (bold when money is at stake) on one line or two, the
    hotline, and where its steps are (第 3 页) or, for a finished item, its status word. `rect` is the
    row's first line; `lines` come from overview_lines (measured when the rows were placed)."""
    font = report_font(pt, lang)
    metrics = QFontMetricsF(font, measure)  # the device the page was laid out on
    side = min(rect.height() * 0.7, metrics.height() * 0.85)
    box = QRectF(rect.left(), rect.center().y() - side / 2, side, side)
    paint_box(painter, item.status, box, mm)
    painter.save()
    painter.setPen(INK)
    right = overview_right(item, where)
    painter.setFont(font)
    right_width = metrics.horizontalAdvance(right)
    # measured on the layout device, drawn on the printer's: never clipped by a printer's wider glyphs
    align = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip
    painter.drawText(QRectF(rect.right() - right_width, rect.top(), right_width, rect.height()),
                     align | Qt.AlignmentFlag.AlignRight, right)
    left = box.right() + 2 * mm
    name_font = report_font(pt, lang)
    name_font.setBold(overview_bold(item))
    painter.setFont(name_font)
    room = rect.right() - right_width - 3 * mm - left  # at least the room the lines were measured in
    for n, line in enumerate(lines):  # the lines after the first run under the hotline and the page
        width = room if n == 0 else rect.right() - left
        painter.drawText(QRectF(left, rect.top() + n * line_step, width, rect.height()),
                         align | Qt.AlignmentFlag.AlignLeft, line)
    painter.restore()


def overview_right(item: ReportItem, where: str) -> str:
    """What stands at the right of an overview row: the hotline and the page (or the status word)."""
    return f"{item.hotline}  {where}" if item.hotline else where


def overview_bold(item: ReportItem) -> bool:
    return item.money_risk and not item.compact


OVERVIEW_LINES = 3  # a row of 清单一览 takes three lines at most (a bank card's English name in large text)


def overview_lines(measure, text: str, width: float, pt: float, lang: str, bold: bool = False,
                   elide=None, then: float = 0.0) -> list[str]:
    """`text` broken into lines that fit `width` at the overview's own size (never smaller: a
    shrunken name is hard to read), OVERVIEW_LINES at most. A text too long for them drops its
    explanation in brackets (“医院挂号（医院的 App…）” → “医院挂号”); only a name too long even then
    has its last line cut with "…" (at the end, or where `elide` says). `then`: the width of the
    lines after the first, when wider (they run under the hotline and the page, which stand on the
    first line only)."""
    font = report_font(pt, lang)
    font.setBold(bold)
    then = max(then, width)
    lines = wrapped(measure, font, text, width, then)
    if len(lines) > OVERVIEW_LINES:  # breaking between Chinese characters too may make it fit
        lines = wrapped(measure, font, text, width, then, at_spaces=False)
    if len(lines) <= OVERVIEW_LINES:
        return [line.strip() for line in lines]
    short = short_name(text)
    if short != text:
        return overview_lines(measure, short, width, pt, lang, bold, elide, then)
    head = lines[:OVERVIEW_LINES - 1]
    rest = text[len("".join(head)):].strip()
    metrics = QFontMetricsF(font, measure)
    return [*(line.strip() for line in head), metrics.elidedText(rest, elide or Qt.TextElideMode.ElideRight, then)]


def wrapped(measure, font: QFont, text: str, width: float, then: float | None = None,
            at_spaces: bool = True) -> list[str]:
    """The lines `text` breaks into, the first `width` wide and the others `then`: at its spaces
    when every word fits a line ("中国工商银行 信用卡" / "尾号5678", never "尾号" / "5678"), else where
    Qt breaks it (between words, or between any two Chinese characters)."""
    from PySide6.QtGui import QTextLayout, QTextOption

    by_words = _wrapped_at_spaces(QFontMetricsF(font, measure), text, width,
                                  width if then is None else then) if at_spaces else None
    if by_words is not None:
        return by_words

    layout = QTextLayout(text, font, measure)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    spans = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width if not spans or then is None else then)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return [text[start:start + length] for start, length in spans]  # in order, each with its spaces


def _wrapped_at_spaces(metrics: QFontMetricsF, text: str, width: float, then: float) -> list[str] | None:
    """`text` broken at its spaces only, or None when it has none or a word is wider than its line.
    Each line keeps its trailing space, so the lines joined are `text` again."""
    words = text.split(" ")
    if len(words) < 2:
        return None
    lines: list[str] = []
    current = words[0]
    for word in words[1:]:
        limit = width if not lines else then
        if metrics.horizontalAdvance(f"{current} {word}") <= limit:
            current = f"{current} {word}"
            continue
        if metrics.horizontalAdvance(current) > limit:
            return None
        lines.append(current + " ")
        current = word
    if metrics.horizontalAdvance(current) > (width if not lines else then):
        return None
    return [*lines, current]


def short_name(text: str) -> str:
    """The name without a trailing explanation in brackets: “微保（微信里的保险）” → “微保”."""
    return re.sub(r"\s*[（(][^（()）]*[)）]\s*$", "", text) or text


QR_BORDER = 4  # the quiet zone scanners need, in modules
_DARK_TO_BLACK = bytes.maketrans(b"\x00\x01", b"\xff\x00")


_MATRICES: dict[str, tuple[bytes, int]] = {}  # url -> (one grey byte a module, dark = 0; modules a side)


def qr_matrix(url: str) -> tuple[bytes, int]:
    """segno's encoding of `url`, once per URL per run. Plain Python, no Qt: the warm-up thread
    computes the catalog's codes while the user reads the first page (precompute_catalog_qr), so
    the wait after 保存为 PDF draws them instead of encoding them (~1 ms each; issue 23)."""
    found = _MATRICES.get(url)
    if found is None:
        import segno  # ~50 ms to import: only when printing, or in the warm-up thread

        # mask=0 instead of segno scoring all eight masks: 1.7 ms a code instead of 8. Any mask is a
        # valid QR code; the tests decode every printed one.
        rows = segno.make(url, error="m", micro=False, mask=0, boost_error=False).matrix
        found = _MATRICES[url] = (b"".join(rows).translate(_DARK_TO_BLACK), len(rows))
    return found


_DARK_RUN = re.compile(b"\x00+")
_RUNS: dict[str, tuple[tuple[tuple[int, int, int, int], ...], int]] = {}  # url -> (rects, side with quiet zone)


def qr_runs(url: str) -> tuple[tuple[tuple[int, int, int, int], ...], int]:
    """The QR code as rectangles (x, y, w, h) in modules, quiet zone included: each run of dark
    modules in a row, one rectangle for the same run on the rows below it. Plain Python, no Qt
    (once per URL, in the warm-up thread): drawn with drawRects under a scale, the PDF gets one
    short `x y w h re` per rectangle, vector, so sharp on paper and lossless (Qt would store a small
    image as JPEG, with fuzzy edges), and compact (a path of the same squares is ~8 times the bytes).
    It was a QRegion of a QBitmap, 0.2 ms a code at the first print and GUI thread only (issue 23)."""
    found = _RUNS.get(url)
    if found is None:
        pixels, size = qr_matrix(url)
        rects = []
        open_runs: dict[tuple[int, int], int] = {}  # a run's columns -> the row it starts on
        for y in range(size + 1):  # one row past the end closes every run
            base = y * size
            row = ({(run.start() - base, run.end() - base) for run in _DARK_RUN.finditer(pixels, base, base + size)}
                   if y < size else set())
            for span in [span for span in open_runs if span not in row]:
                top = open_runs.pop(span)
                rects.append((QR_BORDER + span[0], QR_BORDER + top, span[1] - span[0], y - top))
            for span in row:
                open_runs.setdefault(span, y)
        found = _RUNS[url] = (tuple(sorted(rects, key=lambda r: (r[1], r[0]))), size + 2 * QR_BORDER)
    return found


def precompute_catalog_qr(catalog, pause: float = 0.0) -> int:
    """Encode the QR code of every https address in the catalog (what a printout can show) and find
    its rectangles; returns how many. Safe off the GUI thread: no Qt object is made; `pause` after
    each code hands the interpreter to the window's thread."""
    import time

    from bindguard.core.catalog import is_https_url

    urls = {entry.url for table in (catalog.platforms, catalog.banks, catalog.discovery, catalog.carrier)
            for entry in table.values() if is_https_url(entry.url)}
    for url in sorted(urls):
        qr_runs(url)
        if pause:
            time.sleep(pause)
    return len(urls)


@functools.lru_cache(maxsize=512)
def qr_rects(url: str) -> tuple[list[QRect], int]:
    """qr_runs as the QRects drawRects takes (kept for the next printout)."""
    rects, size = qr_runs(url)
    return [QRect(*rect) for rect in rects], size


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


def rows_that_fit(heights: list[float], start: int, room: float) -> int:
    """How many of the rows from `start` fit one after the other in `room`."""
    count, used = 0, 0.0
    for index in range(start, len(heights)):  # no slice: a copy of the rest per page was quadratic
        if used + heights[index] > room + 0.01:
            break
        used += heights[index]
        count += 1
    return count


@functools.cache
def css_line_height_on_list_items() -> bool:
    """Whether this Qt applies a style sheet's line-height to list items too (checked once: a
    tiny document, well under a millisecond)."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet("p, li { line-height: 130%; }")
    doc.setHtml("<p>a</p><ol><li>b</li><li>c</li></ol><p>d</p>")
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.lineHeightType() != QTextBlockFormat.LineHeightTypes.ProportionalHeight.value or fmt.lineHeight() != 130:
            return False
        block = block.next()
    return True
