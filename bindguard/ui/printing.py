"""Draw a core.report.Report on A4: to a PDF file, and to a printer through the print preview.

One function, render_steps(), paints every page on any QPagedPaintDevice (QPdfWriter or QPrinter), so the
PDF, the preview and the paper copy cannot differ. It lays the pages out itself rather than using
QTextDocument.print_(), which has no per-page footer: each item is a small QTextDocument placed
between a hand-drawn status box (shape and word, never colour alone) and a QR code drawn as vector
rectangles (crisp on paper, decodes at 80 dpi). An item is never split unless it is taller than a
page. A first pass measures everything, so the footer can say "第 2 页,共 7 页".
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from bindguard.core.errors import BindGuardError
from bindguard.core.report import Report, ReportItem, word
from bindguard.ui.print_parts import (
    BODY_PT,
    INK,
    LARGE_BODY_PT,
    LAYOUT_DPI,
    RULE,
    css_line_height_on_list_items,
    esc,
    header_html,
    item_html,
    kept_whole,
    overview_bold,
    overview_lines,
    overview_right,
    paint_overview_row,
    paint_qr,
    paint_status,
    report_font,
    rows_that_fit,
    way_html,
)

MARGIN_MM = 15.0
FOOTER_MM = 9.0
QR_MM = 25.0
BOX_COLUMN_MM = 27.0  # the status box, its word and the QR code under them
GAP_MM = 4.0
ITEM_GAP_MM = 3.0
OVERVIEW_GAP_MM = 8.0
# Items laid out together in one text document: drawing one item's slice of a document walks the
# document's blocks, so one document for 50,000 items made printing quadratic (issue 23); a few
# hundred keep the one-parse gain (each setHtml has a fixed cost) and the walk short.
ITEMS_PER_DOCUMENT = 200
PDF_DPI = LAYOUT_DPI


@dataclass
class _Block:
    """One thing on the page: the header, a section title or an item, measured before painting."""

    doc: QTextDocument
    height: float
    item: ReportItem | None = None
    # the part of `doc` that is this block: items share one document per text width (building
    # 150 small documents costs twice as much as one long one), so an item is the blocks
    # first_block .. first_block + block_count - 1, from `offset` down, `doc_height` tall
    offset: float = 0.0
    doc_height: float = -1.0
    first_block: int = 0
    block_count: int = -1
    whole: tuple[int, ...] = ()  # blocks (counted from first_block) never cut between their lines
    # where it goes: (page, top on that page, from and to in the document); more than one slice
    # only for a block taller than a page, cut between two lines of text
    slices: list[tuple[int, float, float, float]] = field(default_factory=list)


class _Renderer:
    def __init__(self, device: QPagedPaintDevice, report: Report, large_text: bool) -> None:
        # Everything is measured on one reference device at PDF_DPI and painted on the real one
        # under a scale: the PDF, the preview and the printer (1200 dpi) get the same lines and the
        # same pages (pages are filled to the last line, so a printer's own font metrics would move
        # the cuts and the page numbers of 清单一览).
        self.target = device
        self.device = _reference_device()
        self.report = report
        self.body_pt = LARGE_BODY_PT if large_text else BODY_PT
        dpi = PDF_DPI
        self.mm = dpi / 25.4
        rect = device.pageLayout().paintRectPixels(dpi)
        self.width = float(rect.width())
        self.body_height = float(rect.height()) - FOOTER_MM * self.mm
        self.footer_top = self.body_height + 2 * self.mm
        self.font = report_font(self.body_pt, report.lang)
        self.option = QTextOption()
        self.option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # PRODUCT.md §7: line spacing at least 1.3 em, on every block, list items included. Noto
        # CJK's own line is 1.45 em, DejaVu's only 1.16 em. Set by the style sheet where Qt honours
        # a CSS line-height on <li>, else by merging a block format into every block afterwards
        # (as slow as parsing the HTML again).
        percent = 95 if report.lang == "zh" else 130
        self.style = (f"p {{ margin-top: 0; margin-bottom: {self.body_pt * 0.15:.1f}pt; line-height: {percent}%; }}"
                      f" li {{ line-height: {percent}%; }}")
        # the status word under its box takes up to two lines
        word_font = report_font(max(11.0, self.body_pt * 0.8), report.lang)
        self.word_height = QFontMetricsF(word_font, self.device).height() * 2 + 1.5 * self.mm
        new_number = word("new_number", report.lang)
        self.new_number_in_header = any(label == new_number for label, _value in report.header)
        self.overview_pt = self.body_pt * 0.8
        self.overview_metrics = QFontMetricsF(report_font(self.overview_pt, report.lang), self.device)
        self.line_step = self.overview_metrics.height()  # a row's second line, when its text wraps
        self.row_height = self.line_step * 1.2
        self.column_width = (self.width - OVERVIEW_GAP_MM * self.mm) / 2
        self.overview_title_font = report_font(self.body_pt * 1.25, report.lang)
        self.overview_title_font.setBold(True)
        self.overview_title_height = QFontMetricsF(self.overview_title_font, self.device).height() * 1.6
        self.continued_height = QFontMetricsF(report_font(self.body_pt * 0.85, report.lang), self.device).height() * 1.4
        self.overview_title_at = (0, 0.0)
        self.overview_slots = []
        self._overview_rows: list[tuple[str, ReportItem | None]] = []
        self.overview_text: list[list[str]] = []  # each row's lines
        self.way_pages: dict[str, int] = {}  # each general way's page (1-based), for its items' pointer
        # how far a line reaches into the next one (its own height beyond the line spacing), for
        # the largest text of an item (its name)
        natural = QFontMetricsF(report_font(self.body_pt * 1.25, report.lang), self.device).height()
        self.line_overlap = natural * max(0.0, 1 - percent / 100) + 1.0
        self.spacing = QTextBlockFormat()
        self.spacing.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)

    # -- measuring --------------------------------------------------------------------------

    def _doc(self, body: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)  # built once, never edited: no undo history to record
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.font)
        doc.setDefaultTextOption(self.option)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(self.style)
        doc.setHtml(body)
        if "<table" in body or not css_line_height_on_list_items():  # a table leaves an unstyled block
            cursor = QTextCursor(doc)
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(self.spacing)
        doc.setTextWidth(width)
        return doc

    def text_width(self, item: ReportItem) -> float:
        """The text has the whole width right of the side column: the QR code sits in that column."""
        return self.width - BOX_COLUMN_MM * self.mm

    def blocks(self) -> list[_Block]:
        """The header, then (placed by paginate) the overview, then each section's title and the
        items printed with their steps (a finished item without a note is an overview line only)."""
        return _drain(self.block_steps())

    def block_steps(self) -> Generator[None, None, list[_Block]]:
        """blocks() in steps: a pause after each few hundred rows of 清单一览 and each shared document."""
        blocks = [self._measure(self._doc(header_html(self.report, self.body_pt), self.width))]
        # each general way once, right after 清单一览; its items point to its page, so where it lands
        # is found first (the header, the overview and the ways do not depend on the items' text)
        ways = [self._measure(self._doc(way_html(way, self.report.labels, self.body_pt), self.width))
                for way in self.report.general_ways]
        rows = self._overview_rows = self.overview_rows()  # 清单一览's lines, a few hundred rows a step
        for start in range(0, len(rows), ITEMS_PER_DOCUMENT):
            self.overview_text += [self._row_lines(*row) for row in rows[start:start + ITEMS_PER_DOCUMENT]]
            yield
        self.way_pages = {}
        if ways:
            self.paginate([blocks[0], *ways])
            for way, block in zip(self.report.general_ways, ways, strict=True):
                self.way_pages[way.key] = block.slices[0][0] + 1
                block.slices.clear()
            blocks[0].slices.clear()
            blocks.extend(ways)
        detailed = [item for section in self.report.sections for item in section.items if item.detailed]
        parts = yield from self._item_parts(detailed)
        box = (11 * max(1.0, self.body_pt / BODY_PT) + 10) * self.mm  # the status box and its word
        for section in self.report.sections:
            items = [item for item in section.items if item.detailed]
            if not items:
                continue
            title = f"<p style='font-size:{self.body_pt * 1.25:.1f}pt; font-weight:700'>{esc(section.title)}</p>"
            blocks.append(self._measure(self._doc(title, self.width)))
            for item in items:
                part = parts[id(item)]
                height = max(part.doc_height, self.side_height(item), box)
                part.height = height + ITEM_GAP_MM * self.mm
                blocks.append(part)
        return blocks

    def side_height(self, item: ReportItem) -> float:
        """What the column beside the text needs on the item's first page: the QR code and its caption."""
        box = (2 + 11 * max(1.0, self.body_pt / BODY_PT)) * self.mm + self.word_height
        return box + ((QR_MM + 8) * self.mm if item.qr else 0.0)

    # -- 清单一览: every item on one line ------------------------------------------------------

    def overview_rows(self) -> list[tuple[str, ReportItem | None]]:
        rows: list[tuple[str, ReportItem | None]] = []
        for section in self.report.sections:
            rows.append((section.overview_title, None))
            rows.extend((item.name, item) for item in section.items)
        return rows

    def _row_lines(self, text: str, item: ReportItem | None) -> list[str]:
        """A row's text in lines at the overview's size: a section's heading across the column, an
        item's name beside its box, left of its hotline and page (room kept for a two-digit page)."""
        lang = self.report.lang
        if item is None:
            return overview_lines(self.device, text, self.column_width, self.overview_pt, lang, bold=True)
        widest = max(self.report.labels["see_page"].format(page=88), item.status_word,
                     key=self.overview_metrics.horizontalAdvance)
        right = self.overview_metrics.horizontalAdvance(overview_right(item, widest))
        side = min(self.row_height * 0.7, self.line_step * 0.85)
        room = self.column_width - side - 2 * self.mm - right - 3 * self.mm
        # a bank card's name ends with 尾号 4321, what tells two cards of one bank apart: cut in the middle
        elide = Qt.TextElideMode.ElideMiddle if item.key.startswith("bank:") else Qt.TextElideMode.ElideRight
        return overview_lines(self.device, text, room, self.overview_pt, lang, bold=overview_bold(item), elide=elide,
                              then=self.column_width - side - 2 * self.mm)

    def place_overview(self, page: int, y: float) -> tuple[int, float]:
        """Lay the overview's rows out in two columns from (page, y): down the first column, then the
        second, then on to the next page; the last page's columns are balanced, so the items that
        follow start right under it. Returns where the next thing goes."""
        if not self.overview_text:  # measured once: blocks() places the general ways before the items
            self._overview_rows = self.overview_rows()
            self.overview_text = [self._row_lines(text, item) for text, item in self._overview_rows]
        rows = self._overview_rows
        heights = [self.row_height + (len(lines) - 1) * self.line_step for lines in self.overview_text]
        self.overview_title_at = (page, y)
        y += self.overview_title_height
        self.overview_slots: list[tuple[int, int, float, float]] = []  # page, column, top, height
        index = 0
        while index < len(rows):
            room = self.body_height - y
            first = rows_that_fit(heights, index, room)
            second = rows_that_fit(heights, index + first, room)
            if room < 2 * self.row_height or first == 0:
                page, y = page + 1, 0.0
                continue
            if index + first + second >= len(rows):  # the last page of the overview: balance the two columns
                rest = heights[index:]
                split = min((k for k in range(1, len(rest) + 1) if sum(rest[:k]) <= room + 0.01
                             and sum(rest[k:]) <= room + 0.01),
                            key=lambda k: (max(sum(rest[:k]), sum(rest[k:])), -k))
                self._place_column(page, 0, y, heights[index:index + split])
                self._place_column(page, 1, y, heights[index + split:])
                return page, y + max(sum(rest[:split]), sum(rest[split:])) + 3 * self.mm
            self._place_column(page, 0, y, heights[index:index + first])
            self._place_column(page, 1, y, heights[index + first:index + first + second])
            index += first + second
            page, y = page + 1, 0.0
        return page, y

    def _place_column(self, page: int, column: int, y: float, heights: list[float]) -> None:
        for height in heights:
            self.overview_slots.append((page, column, y, height))
            y += height

    def _paint_overview(self, painter: QPainter, page: int, item_pages: dict[int, int],
                        rows_on_page: list[int]) -> None:
        """The overview's rows placed on `page` (their indexes: each page visits only its own rows,
        so 50,000 items on 2,000 pages are not 100 million visits; issue 23)."""
        rows = self._overview_rows
        title_page, title_y = self.overview_title_at
        if page == title_page:
            painter.save()
            painter.setFont(self.overview_title_font)
            painter.setPen(INK)
            painter.drawText(QRectF(0, title_y, self.width, self.overview_title_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.report.labels["overview"])
            painter.restore()
        column_width = self.column_width
        for index in rows_on_page:
            _text, item = rows[index]
            lines = self.overview_text[index]
            _page, column, top, _height = self.overview_slots[index]
            x = column * (column_width + OVERVIEW_GAP_MM * self.mm)
            rect = QRectF(x, top, column_width, self.row_height)  # the row's first line
            if item is None:  # a section's title, its last line at the foot of the row
                painter.save()
                font = report_font(self.overview_pt, self.report.lang)
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(INK)
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextDontClip
                for n, line in enumerate(lines):
                    painter.drawText(rect.translated(0, n * self.line_step), flags, line)
                painter.restore()
                continue
            on = item_pages.get(id(item))
            where = self.report.labels["see_page"].format(page=on + 1) if on is not None else item.status_word
            paint_overview_row(painter, item, rect, self.mm, self.overview_pt, self.report.lang, where, self.device,
                               lines, self.line_step)

    def _item_parts(self, items: list[ReportItem]) -> Generator[None, None, dict[int, _Block]]:
        """Every item's text, laid out in shared documents of up to ITEMS_PER_DOCUMENT items per text
        width (with and without a QR code). Each <p> and <li> of item_html is one block of the
        document, so an item's blocks are found by counting; if Qt ever makes more or fewer, the items
        get a document each."""
        by_width: dict[float, list[tuple[ReportItem, str]]] = {}
        for item in items:
            by_width.setdefault(self.text_width(item), []).append(
                (item, item_html(item, self.report.labels, self.body_pt, show_target=not self.new_number_in_header,
                                 way_pages=self.way_pages)))
        parts: dict[int, _Block] = {}
        chunks = [(width, group[start:start + ITEMS_PER_DOCUMENT]) for width, group in by_width.items()
                  for start in range(0, len(group), ITEMS_PER_DOCUMENT)]
        for width, group in chunks:
            counts = [body.count("<p") + body.count("<li") for _, body in group]
            doc = self._doc("".join(body for _, body in group), width)
            if doc.blockCount() != sum(counts):
                for item, body in group:
                    single = self._doc(body, width)
                    parts[id(item)] = _Block(single, 0.0, item, doc_height=single.size().height(),
                                             block_count=single.blockCount(), whole=kept_whole(body))
                continue
            layout = doc.documentLayout()
            first = 0
            tops = []
            for count in counts:
                tops.append(layout.blockBoundingRect(doc.findBlockByNumber(first)).top())
                first += count
            tops.append(doc.size().height())
            first = 0
            for (item, body), count, top, bottom in zip(group, counts, tops, tops[1:], strict=False):
                parts[id(item)] = _Block(doc, 0.0, item, offset=top, doc_height=bottom - top, first_block=first,
                                         block_count=count, whole=kept_whole(body))
                first += count
            yield
        return parts

    def _measure(self, doc: QTextDocument) -> _Block:
        return _Block(doc, doc.size().height() + 2 * self.mm, doc_height=doc.size().height(),
                      block_count=doc.blockCount())

    def paginate(self, blocks: list[_Block]) -> int:
        """Where every block goes. Pages are filled: an item that does not fit the rest of a page is
        cut between two lines of its text when at least three lines, its status box and its QR code
        fit, and at least two lines go over (its name repeats there, "（续）"); else it starts the
        next page."""
        page, y = 0, 0.0
        for index, block in enumerate(blocks):
            keep_with_next = block.item is None and index + 1 < len(blocks) and blocks[index + 1].item
            needed = block.height + (min(blocks[index + 1].height, self.body_height / 3) if keep_with_next else 0)
            pad = 2 * self.mm if block.item else 0.0
            doc_height = block.doc_height
            start = 0.0
            if y > 0 and y + needed > self.body_height:
                cut = self._first_cut(block, self.body_height - y - pad) if block.item else None
                if cut is None:
                    page, y = page + 1, 0.0
                else:
                    block.slices.append((page, y, 0.0, cut))
                    page, y, start = page + 1, self.continued_height, cut
            if y + block.height - start > self.body_height:  # still taller than a page: cut between lines
                tops = _line_tops(block, cuts_only=True)
                while doc_height - start > self.body_height - y - pad:
                    room = self.body_height - y - pad
                    cut = max((t for t in tops if start < t <= start + room), default=start + room)
                    block.slices.append((page, y, start, cut))
                    page, y, start = page + 1, self.continued_height, cut
            block.slices.append((page, y, start, doc_height))
            y += block.height - start
            if index == 0:  # right under the header: 清单一览
                page, y = self.place_overview(page, y)
        return page + 1

    def _first_cut(self, block: _Block, room: float) -> float | None:
        """Where to cut an item so its first part fills `room`, or None to move it whole."""
        if room < self.side_height(block.item) or block.doc_height <= 0:
            return None
        tops = _line_tops(block)
        if len(tops) < 5:
            return None
        cuts = set(_line_tops(block, cuts_only=True))  # never inside the contact line
        fits = [t for t in tops[3:-1] if t <= room and t in cuts]  # three lines at least here, two at least there
        return fits[-1] if fits else None

    # -- painting ---------------------------------------------------------------------------

    def paint(self) -> int:
        return _drain(self.paint_steps())

    def paint_steps(self) -> Generator[None, None, int]:
        """paint() in steps, a pause after each part of the layout and each page (ui/pages/finish.py)."""
        blocks = yield from self.block_steps()
        pages = self.paginate(blocks)
        yield
        painter = QPainter()
        if not painter.begin(self.target):
            raise BindGuardError("export.unwritable", path=getattr(self.target, "outputFileName", lambda: "")())
        scale = self.target.logicalDpiY() / PDF_DPI
        try:
            on_page: list[list[_Block]] = [[] for _ in range(pages)]
            for block in blocks:
                for page in dict.fromkeys(s[0] for s in block.slices):
                    on_page[page].append(block)
            item_pages = {id(block.item): block.slices[0][0] for block in blocks if block.item is not None}
            overview_on_page: list[list[int]] = [[] for _ in range(pages)]
            for index, slot in enumerate(self.overview_slots):
                overview_on_page[slot[0]].append(index)
            for page in range(pages):
                if page:
                    self.target.newPage()
                painter.save()
                painter.scale(scale, scale)
                self._paint_overview(painter, page, item_pages, overview_on_page[page])
                for block in on_page[page]:
                    self._paint_block(painter, block, page)
                self._paint_footer(painter, page, pages)
                painter.restore()
                yield
        finally:
            painter.end()
        return pages

    def _paint_block(self, painter: QPainter, block: _Block, page: int) -> None:
        for on_page, top, start, end in block.slices:
            if on_page != page:
                continue
            painter.save()
            painter.setClipRect(QRectF(0, 0, self.width, self.body_height))
            if block.item is None:
                painter.translate(0, top - start)
            else:
                if start > 0:  # the rest of an item cut at the foot of the page before: its name again
                    self._paint_continued(painter, block.item, top)
                self._paint_item_side(painter, block.item, top, first=start == 0)
                painter.translate(BOX_COLUMN_MM * self.mm, top + 2 * self.mm - start)
            # half a device pixel inside a cut, so the line just above or below it is not drawn
            # (clipped) on this page as well; likewise at the ends of an item in a shared document
            # (the gap between two items is a paragraph margin, so nothing is lost)
            shared = block.block_count != block.doc.blockCount()
            low = start + 0.5 if start > 0 or shared else start
            high = end - 0.5 if end < block.doc_height or shared else end
            painter.translate(0, -block.offset)
            width = block.doc.textWidth()
            painter.setClipRect(QRectF(0, block.offset + low, width, high - low), Qt.ClipOperation.IntersectClip)
            # Qt draws every line that reaches into its clip and lets the painter cut it off: the line
            # just above a cut (taller than the line spacing) went into the PDF's text layer on both
            # pages, invisible on one ("https://help.jd.com/" read twice). Lines are chosen from a
            # clip that starts below that overlap, and cut off by the exact one.
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, block.offset + low + self.line_overlap, width, high - low - self.line_overlap)
            block.doc.documentLayout().draw(painter, context)
            painter.restore()

    def _paint_continued(self, painter: QPainter, item: ReportItem, top: float) -> None:
        painter.save()
        font = report_font(self.body_pt * 0.85, self.report.lang)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(INK)
        rect = QRectF(BOX_COLUMN_MM * self.mm, top - self.continued_height, self.width - BOX_COLUMN_MM * self.mm,
                      self.continued_height)
        text = QFontMetricsF(font, self.device).elidedText(item.name + self.report.labels["continued"],
                                              Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip,
                         text)
        painter.restore()

    def _paint_item_side(self, painter: QPainter, item: ReportItem, top: float, first: bool) -> None:
        """The rule above an item, its status box and its QR code (on the item's first page only)."""
        if not first:
            return
        mm = self.mm
        painter.save()
        painter.setPen(QPen(RULE, 0.3 * mm))
        painter.drawLine(QPointF(0, top), QPointF(self.width, top))
        paint_status(painter, item, QRectF(0, top + 2 * mm, BOX_COLUMN_MM * mm - 2 * mm, 0), mm,
                     self.body_pt, self.report.lang)
        if item.qr:  # under the status box and its word, in the same column
            y = top + (2 + 11 * max(1.0, self.body_pt / BODY_PT)) * mm + self.word_height
            x = (BOX_COLUMN_MM * mm - 2 * mm - QR_MM * mm) / 2
            paint_qr(painter, item.url, QRectF(x, y, QR_MM * mm, QR_MM * mm))
            painter.setFont(report_font(max(9.0, self.body_pt * 0.6), self.report.lang))
            painter.setPen(INK)
            painter.drawText(QRectF(0, y + QR_MM * mm, BOX_COLUMN_MM * mm - 2 * mm, 8 * mm),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
                             | Qt.TextFlag.TextDontClip,
                             self.report.labels["scan"])
        painter.restore()

    def _paint_footer(self, painter: QPainter, page: int, pages: int) -> None:
        painter.save()
        painter.setPen(QPen(RULE, 0.3 * self.mm))
        painter.drawLine(QPointF(0, self.footer_top), QPointF(self.width, self.footer_top))
        painter.setFont(report_font(max(10.0, self.body_pt * 0.75), self.report.lang))
        painter.setPen(INK)
        rect = QRectF(0, self.footer_top + 1 * self.mm, self.width, FOOTER_MM * self.mm - 3 * self.mm)
        left = f"{self.report.footer} · {self.report.printed}"
        keep = Qt.TextFlag.TextDontClip  # measured at PDF_DPI, drawn at the printer's: never clipped
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | keep, left)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | keep,
                         self.report.page_label(page + 1, pages))
        painter.restore()


def _drain(steps: Generator[None, None, object]):
    """Run steps to the end; return what they return."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


_REFERENCE: list = []


def _reference_device() -> QPdfWriter:
    """A PDF writer at PDF_DPI that is never painted on: the device every printout is measured on."""
    if not _REFERENCE:
        from PySide6.QtCore import QBuffer

        buffer = QBuffer()
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        setup_a4(writer)
        _REFERENCE.extend((buffer, writer))
    return _REFERENCE[1]


def _line_tops(part: _Block, cuts_only: bool = False) -> list[float]:
    """Where each line of the block's text starts, from the block's top: the places a page may be
    cut (a line's own height leaves out the extra line spacing, so its top, not its bottom, is safe).
    `cuts_only`: leave out the lines inside a block kept whole (the contact line: "https://" at the
    foot of one page and the rest of the address on the next cannot be typed or scanned)."""
    layout = part.doc.documentLayout()
    tops = []
    block = part.doc.findBlockByNumber(part.first_block)
    for n in range(part.block_count):
        top = layout.blockBoundingRect(block).top() - part.offset
        lines = block.layout()
        count = 1 if cuts_only and n in part.whole else lines.lineCount()
        for i in range(min(count, lines.lineCount())):
            tops.append(top + lines.lineAt(i).y())
        block = block.next()
    return tops


def render_steps(device: QPagedPaintDevice, report: Report, large_text: bool) -> Generator[None, None, int]:
    """Paint the whole report on `device` (already set to A4) in steps (_Renderer.paint_steps), so the
    caller may let the window repaint in between; the last step returns the number of pages."""
    return _Renderer(device, report, large_text).paint_steps()


def setup_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))


def write_pdf(report: Report, path: Path, large_text: bool) -> int:
    """Save the report as an A4 PDF with the fonts embedded (text stays searchable and copyable);
    return the number of pages. Written beside the target and then renamed, so a failure never
    leaves half a file or spoils an earlier copy; an unwritable place is a plain BindGuardError."""
    return _drain(write_pdf_steps(report, path, large_text))


def write_pdf_steps(report: Report, path: Path, large_text: bool) -> Generator[None, None, int]:
    """write_pdf() in steps (_Renderer.paint_steps), for the window's event loop to run one at a time.
    Closed before the end, the temporary file goes and nothing is left at `path`."""
    from bindguard.core.safe_write import replacing

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise BindGuardError("export.unwritable", path=str(path)) from None
    with replacing(path) as temporary:  # a device, a FIFO or a folder: refused, left as it was
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setTitle(report.title)
        writer.setCreator(report.footer)
        setup_a4(writer)
        pages = yield from _Renderer(writer, report, large_text).paint_steps()
        del writer  # flushes and closes the file
        if temporary.stat().st_size == 0:
            raise OSError("empty PDF")
    return pages
