"""The printed checklist as the user holds it (issue 12, 13): a first page "清单一览" with every item on
one line and the page of its steps, pages filled, stuck items under their own heading, only the
open items when asked, and a print preview whose 打印 is a large labelled button. Read back with
poppler (pdfinfo, pdftotext) as the user's printer would get it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import unicodedata

import pytest

from bindguard.core.catalog import load_catalog
from bindguard.core.checklist import Status
from bindguard.core.demo import demo_checklist
from bindguard.core.report import build_report
from bindguard.core.situation import Situation
from tests.integration.test_export_pdf import export, needs_poppler, pages, pdftext, squash

# Before 清单一览 and the packing, the renderer put about 3.5 items on a page: `bindguard export --demo
# --pdf` took 27 pages for 95 items (main at the start of this work; 29 for today's 100-item demo
# drawn by that renderer). The catalog keeps growing, so the test holds the density, not a count.
ITEMS_PER_PAGE_BEFORE = 95 / 27


def _page_text(pdf, page: int) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("printed")
    result = export("--demo", "--pdf", str(folder / "demo.pdf"), data_dir=folder / "data")
    assert result.returncode == 0, result.stderr
    catalog = load_catalog()
    today = dt.date.today()
    return folder / "demo.pdf", build_report(demo_checklist(catalog, today), catalog, lang="zh", notes=None,
                                             today=today)


@needs_poppler
def test_a_normal_95_item_checklist_prints_on_clearly_fewer_pages_than_before(demo):
    pdf, report = demo
    assert len(report.items) >= 90
    # 27 pages before, 23 with 清单一览; 25 when catalog v3 printed the general way under each of its
    # items; 19 with the general way printed once (issue 21, point 3)
    assert len(report.items) / pages(pdf) >= ITEMS_PER_PAGE_BEFORE * 1.15, pages(pdf)


def _plain(text: str) -> str:
    """Without whitespace and with the font's ligatures ("ﬁ") undone, as a reader copies it."""
    return unicodedata.normalize("NFKC", squash(text))


def _pointer(template: str) -> re.Pattern:
    """A general way's pointer line, "按第 {page} 页的“通用办法”做", to find in _plain text."""
    before, after = _plain(template).split("{page}")
    return re.compile(re.escape(before) + r"(\d+)" + re.escape(after))


@needs_poppler
@pytest.mark.parametrize(("lang", "situation", "ways"), [
    ("zh", Situation.CANCEL_SOON, {"app", "bank_counter"}),
    ("en", Situation.CANCEL_SOON, {"app", "bank_counter"}),
    # a number used before: the apps' shared way for the previous holder's account, and its warning
    ("zh", Situation.RECYCLED, {"recycled", "bank_counter"}),
])
def test_the_general_way_prints_once_and_each_item_that_follows_it_points_to_its_page(qapp, tmp_path, lang,
                                                                                     situation, ways):
    """Issue 21 point 3 on paper: the general way's steps were printed under each of its items (47
    times in the demo). Now once, after 清单一览, and each item prints its own part and a line
    "按第 N 页的“通用办法”做" with the page the general way is really on."""
    from bindguard.ui.printing import write_pdf

    catalog = load_catalog()
    today = dt.date.today()
    checklist = dataclasses.replace(demo_checklist(catalog, today), situation=situation)
    report = build_report(checklist, catalog, lang=lang, notes=None, today=today)
    pdf = tmp_path / f"demo-{lang}.pdf"
    count = write_pdf(report, pdf, False)
    assert {way.key for way in report.general_ways} == ways
    whole = _plain(pdftext(pdf))
    texts = [_page_text(pdf, page) for page in range(1, count + 1)]
    for way in report.general_ways:
        for route in way.routes:
            for step in route.steps:
                assert whole.count(_plain(step)) == 1, step  # once, however many items follow it
        if way.notice:  # once with the way; only the items with ways of their own print it too
            own = sum(item.notice == way.notice for item in report.items
                      if item.detailed and item.general_way != way.key)
            assert whole.count(_plain(way.notice)) == 1 + own
        followers = [item for item in report.items if item.general_way == way.key and item.detailed]
        assert followers
        assert all(not item.steps and not item.route_title for item in followers)
        found = [(number, int(match.group(1))) for number, text in enumerate(texts, 1)
                 for match in _pointer(followers[0].follow).finditer(_plain(text))]
        assert len(found) == len(followers), (way.key, found)  # one line per item that follows it
        for on_page, points_to in found:
            assert points_to <= on_page  # near the front
            target = _plain(texts[points_to - 1])
            assert _plain(way.title) in target, (way.key, points_to)
            assert _plain(way.label) in target, (way.key, points_to)
            assert _plain(way.routes[0].steps[0]) in target


@needs_poppler
def test_page_one_starts_the_whole_list_at_a_glance_with_every_item_on_one_line(demo):
    pdf, report = demo
    first = _page_text(pdf, 1)
    assert "清单一览" in first
    text = squash(pdftext(pdf))
    overview = text[text.index("清单一览"):]
    from bindguard.ui.print_parts import short_name

    for item in report.items:  # every item, the finished ones too, by name (without its bracketed
        # explanation where the whole name does not fit one line of the column: never cut)
        assert squash(item.name) in overview or squash(short_name(item.name)) in overview, item.name
    assert "…" not in first  # no name on the list at a glance is cut
    # an open item points to the page of its steps
    assert re.search(r"第\d+页", squash(first))


@needs_poppler
def test_the_page_the_overview_names_is_the_page_where_the_items_steps_are(qapp, demo):
    pdf, report = demo
    from PySide6.QtGui import QPdfWriter

    from bindguard.ui import printing

    writer = QPdfWriter(str(pdf.with_name("probe.pdf")))
    writer.setResolution(printing.PDF_DPI)
    printing.setup_a4(writer)
    renderer = printing._Renderer(writer, report, False)
    blocks = renderer.blocks()
    renderer.paginate(blocks)
    overview_pages = {slot[0] for slot in renderer.overview_slots}
    checked = 0
    for block in blocks:
        if block.item is None or block.slices[0][0] in overview_pages:
            continue
        page = block.slices[0][0] + 1
        assert squash(block.item.name) in squash(_page_text(pdf, page)), (block.item.name, page)
        checked += 1
    assert checked >= 20


@needs_poppler
def test_page_one_is_full(qapp, demo):
    """The header, then the overview's rows down to the foot of the page: no half-empty first page."""
    pdf, report = demo
    from PySide6.QtGui import QPdfWriter

    from bindguard.ui import printing

    writer = QPdfWriter(str(pdf.with_name("probe1.pdf")))
    writer.setResolution(printing.PDF_DPI)
    printing.setup_a4(writer)
    renderer = printing._Renderer(writer, report, False)
    renderer.paginate(renderer.blocks())
    lowest = max(top + height for page, _column, top, height in renderer.overview_slots if page == 0)
    assert lowest >= renderer.body_height - 2 * renderer.row_height


@needs_poppler
def test_stuck_items_are_printed_under_their_own_heading(demo):
    pdf, report = demo
    stuck = [item for item in report.items if item.status is Status.STUCK]
    assert stuck
    text = squash(pdftext(pdf))
    heading = text.index("遇到困难的项目", text.index("清单一览") + 10)
    for item in stuck:
        assert squash(item.name) in text[heading:]
    titles = [section.title for section in report.sections]
    assert any(title.startswith("遇到困难的项目") for title in titles)
    assert all(item.status is Status.STUCK for section in report.sections
               if section.title.startswith("遇到困难") for item in section.items)


@needs_poppler
def test_print_only_the_open_items_leaves_the_finished_ones_out(qapp, tmp_path):
    from bindguard.ui import printing

    catalog = load_catalog()
    today = dt.date.today()
    checklist = demo_checklist(catalog, today)
    full = build_report(checklist, catalog, lang="zh", notes=None, today=today)
    open_only = build_report(checklist, catalog, lang="zh", notes=None, today=today, only_open=True)
    printing.write_pdf(full, tmp_path / "full.pdf", False)
    printing.write_pdf(open_only, tmp_path / "open.pdf", False)
    text = squash(pdftext(tmp_path / "open.pdf"))
    finished = [i for i in checklist.items if not i.status.is_open]
    assert finished
    left_out = {i.key for i in full.items} - {i.key for i in open_only.items}
    assert left_out == {i.key for i in full.items if i.compact}  # the finished ones, and only they
    for item in open_only.items:
        assert squash(item.name) in text, item.name
    for item in full.items:  # a finished item whose name no other text contains is not on the paper
        if item.compact and len(item.name) >= 4 and not any(
                squash(item.name) in squash(o.name + o.say + " ".join(o.help)) for o in open_only.items):
            assert squash(item.name) not in text, item.name
    assert "已经处理好的项目" not in text
    assert pages(tmp_path / "open.pdf") <= pages(tmp_path / "full.pdf")


def test_the_print_preview_shows_print_as_a_large_labelled_button_first_on_the_left(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar, QToolButton


    catalog = load_catalog()
    today = dt.date.today()
    report = build_report(demo_checklist(catalog, today), catalog, lang="zh", notes=None, today=today)
    from bindguard.ui import print_preview

    dialog = print_preview.preview_dialog(None, report, False)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QToolButton, "previewPrint")
    assert button is not None
    assert button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert button.text().replace("&", "")
    assert button.width() >= 100
    assert button.height() >= 44
    toolbar = dialog.findChild(QToolBar)
    assert toolbar.widgetForAction(toolbar.actions()[0]) is button
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width()
    assert dialog.height() <= screen.height()


@needs_poppler
def test_a_large_print_header_keeps_each_label_on_one_line(qapp, tmp_path):
    """Saved as PDF in large text (walked under Xvfb, situation 2): the header read "打印日" with "期" on
    the next line under it. A label never breaks; the value beside it may wrap."""
    from bindguard.core.checklist import Checklist
    from bindguard.core.situation import Situation
    from bindguard.ui import printing

    catalog = load_catalog()
    today = dt.date.today()
    checklist = Checklist("我自己", Situation.OLD_DEAD, old_number="138****5678", new_number="139****4321")
    labels = {"zh": ("给谁", "情况", "旧号码", "新号码", "打印日期"),
              "en": ("For", "Situation", "Old number", "New number", "Printed on")}  # was "Situatio" / "n"
    for lang, words in labels.items():
        report = build_report(checklist, catalog, lang=lang, notes=None, today=today)
        printing.write_pdf(report, tmp_path / f"large-{lang}.pdf", True)
        first = _page_text(tmp_path / f"large-{lang}.pdf", 1)
        for label in words:
            assert label in first, (label, first[:300])


@needs_poppler
def test_two_cards_of_one_bank_stay_apart_in_the_large_print_overview(qapp, tmp_path):
    """Saved as PDF in large text (walked under Xvfb): 清单一览 read "中国工商银行 借记卡 尾…", the last
    4 digits cut off, so two cards of one bank read the same. The name is cut in the middle instead."""
    from bindguard.core.checklist import BankCard, CardType, Checklist, bank_item
    from bindguard.core.situation import Situation
    from bindguard.ui import printing

    catalog = load_catalog()
    checklist = Checklist("我自己", Situation.OLD_DEAD, old_number="138****5678", new_number="139****4321")
    checklist.items = [bank_item(BankCard("icbc", last4, CardType.DEBIT)) for last4 in ("1111", "2222")]
    report = build_report(checklist, catalog, lang="zh", notes=None, today=dt.date.today())
    printing.write_pdf(report, tmp_path / "cards.pdf", True)
    text = squash(_page_text(tmp_path / "cards.pdf", 1))
    start = text.index("清单一览")
    first_section = text.index(squash(report.sections[0].title), start)  # the overview's own heading
    overview = text[start:text.index(squash(report.sections[0].title), first_section + 1)]  # then the items
    assert "尾号1111" in overview, overview
    assert "尾号2222" in overview, overview


@needs_poppler
def test_the_chinese_paper_has_full_width_punctuation_after_every_label(demo):
    # 要准备:、客服电话:、资料来源: were printed with an ASCII colon (the label word's zh form was ":")
    pdf, _report = demo
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    ascii_next_to_chinese = re.findall(r".{0,6}(?:[\u4e00-\u9fff][:;,?!()]|[:;,?!()][\u4e00-\u9fff]).{0,6}", text)
    assert ascii_next_to_chinese == []
    assert "要准备：" in text
