"""A user walk on paper (situation 2, 旧号已经停用/注销, the urgent door, large text): the printout read
back with pdftotext as the user holds it. The money count says what is listed (the stuck bank card is
one of the money items not finished), the list at a glance is whole and at its own size, an item's
contact line (hotline and official page) is never cut across two pages, an entry with no check date
says so in plain words, and a stuck item's hotline is printed once."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess

import pytest

from bindguard.core.catalog import load_catalog
from bindguard.core.checklist import BankCard, CardType, Checklist, Status, bank_item, platform_item
from bindguard.core.doors import door_additions
from bindguard.core.report import build_report
from bindguard.core.situation import Scope, Situation
from bindguard.ui.printing import FOOTER_MM, MARGIN_MM

MM_PT = 72 / 25.4
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def walk_checklist(catalog, today: dt.date, banks: tuple[str, ...] = ("ccb",)) -> Checklist:
    """What the walk made: the urgent door for a stopped number, three apps, a bank card it got stuck
    on (建设银行), 支付宝 done."""
    checklist = Checklist("我自己", Situation.OLD_DEAD, scope=Scope.ESSENTIAL, old_number="138****5678",
                          new_number="139****4321", cancel_date=today - dt.timedelta(days=47))
    checklist.items = door_additions(checklist, catalog)
    for pid in ("jd", "meituan", "baidu_netdisk"):
        checklist.items.append(platform_item(catalog.platforms[pid]))
    for bank in banks:
        checklist.items.append(bank_item(BankCard(bank, "5678", CardType.DEBIT)))
    checklist.item("bank:ccb:5678:debit").status = Status.STUCK
    checklist.item("platform:alipay").status = Status.DONE
    return checklist


def _pages(pdf) -> list[str]:
    """Each page's text as printed: the words inside the page's body (not its footer). A line just
    past a cut is also in the PDF's text layer, clipped off the page (above its top margin or under
    its body), so plain pdftotext would read it on both pages."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    for ligature, letters in (("ﬃ", "ffi"), ("ﬁ", "fi"), ("ﬂ", "fl"), ("ﬀ", "ff")):  # as the font draws them
        out = out.replace(ligature, letters)
    pages = []
    for page in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', out, re.S):
        height, body = float(page[0]), page[1]
        top = MARGIN_MM * MM_PT - 1
        bottom = height - (MARGIN_MM + FOOTER_MM) * MM_PT + 1
        words = [html.unescape(w) for y0, y1, w in _words(body)
                 if top <= y0 and y1 <= bottom]
        pages.append(" ".join(words))
    return pages


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# the walk's own layout (large text, one bank) and a few others, in both languages
LAYOUTS = [("zh", True, ("ccb",)), ("zh", False, ("ccb",)), ("zh", False, ("icbc", "ccb")),
           ("zh", True, ("icbc", "ccb")), ("en", True, ("ccb",)), ("en", False, ("icbc", "ccb"))]


@pytest.fixture(scope="module")
def printed(qapp, tmp_path_factory):
    """Every layout written as a PDF once: (report, pages' text, renderer laid out the same way)."""
    from bindguard.ui import printing

    catalog = load_catalog()
    today = dt.date.today()
    folder = tmp_path_factory.mktemp("walk2")
    out = {}
    for lang, large, banks in LAYOUTS:
        report = build_report(walk_checklist(catalog, today, banks), catalog, lang=lang, notes=None, today=today)
        pdf = folder / f"{lang}-{large}-{len(banks)}.pdf"
        printing.write_pdf(report, pdf, large)
        renderer = printing._Renderer(printing._reference_device(), report, large)
        blocks = renderer.blocks()
        renderer.paginate(blocks)
        out[(lang, large, banks)] = (report, _pages(pdf), renderer, blocks)
    return out


@needs_poppler
def test_the_money_sentence_counts_the_stuck_bank_card_and_says_it_is_stuck(printed):
    """The walk: "其中 3 项涉及钱" over a list of 2 (the stuck card was under 遇到困难的项目)."""
    report, pages, _renderer, _blocks = printed[("zh", True, ("ccb",))]
    first = squash(pages[0])
    assert "有3个涉及钱的项目还没做完，其中1个遇到困难。" in first
    assert "其中3项涉及钱" not in first
    money = next(s for s in report.sections if s.title.startswith("先做这些"))
    stuck = next(s for s in report.sections if s.title.startswith("遇到困难"))
    # what the sentence counts is what is listed: 2 to do first, and the 1 stuck (a money item too)
    assert len(money.items) == 2
    assert [i.money_risk for i in stuck.items] == [True]
    _en, en_pages, _r, _b = printed[("en", True, ("ccb",))]
    assert "3 items that involve money are not finished yet, 1 of them stuck." in " ".join(en_pages[0].split())


@needs_poppler
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: f"{layout[0]}-{'large' if layout[1] else 'normal'}"
                         f"-{len(layout[2])}bank")
def test_every_official_address_is_printed_whole_on_one_page(printed, layout):
    """The walk: "https://" at the foot of page 6 and "etax.chinatax.gov.cn/" on page 7, and help.jd.com
    split the same way: an address cut across two pages cannot be typed in."""
    report, pages, _renderer, _blocks = printed[layout]
    for item in report.items:
        if not item.url or not item.detailed:
            continue
        on = [n for n, text in enumerate(pages) if squash(item.url) in squash(text)]
        assert on, (item.name, item.url)


def _contact_line_inner_tops(block, labels) -> set[float]:
    """The tops of the contact line's second and later lines (found by its words: 客服电话 or 官方网页
    first), measured from the item's top: a page cut at one of them splits the line."""
    layout = block.doc.documentLayout()
    para = block.doc.findBlockByNumber(block.first_block)
    inner = set()
    for _ in range(block.block_count):
        if para.text().startswith((labels["hotline"], labels["url"])):
            top = layout.blockBoundingRect(para).top() - block.offset
            lines = para.layout()
            inner |= {top + lines.lineAt(i).y() for i in range(1, lines.lineCount())}
        para = para.next()
    return inner


@pytest.mark.parametrize("layout", LAYOUTS[:4], ids=lambda layout: f"{layout[0]}-{'large' if layout[1] else 'normal'}"
                         f"-{len(layout[2])}bank")
def test_a_page_is_never_cut_inside_an_items_contact_line_wherever_the_item_falls(printed, layout):
    """Wherever the foot of a page falls on an item, the cut is never between two lines of its
    hotline-and-address line (the walk's two split addresses had 3-line contact lines)."""
    from bindguard.ui.printing import _line_tops

    report, _pages_text, renderer, blocks = printed[layout]
    checked = 0
    for block in blocks:
        if block.item is None or not block.item.url:
            continue
        inner = _contact_line_inner_tops(block, report.labels)
        if not inner:
            continue
        checked += 1
        for top in _line_tops(block):  # the foot of the page anywhere on the item
            cut = renderer._first_cut(block, top + 0.5)
            assert cut not in inner, (block.item.name, top, cut)
        cuts = {start for _page, _top, start, _end in block.slices if start > 0}
        assert not cuts & inner, block.item.name
    assert checked >= 3


@needs_poppler
def test_an_entry_with_no_check_date_says_so_in_plain_words_not_official_and_unverified(printed):
    """The walk: "资料来源：官方说明 · 未核实" (云闪付“一键查卡”) read as a contradiction."""
    _report, pages, _r, _b = printed[("zh", True, ("ccb",))]
    text = squash("".join(pages))
    assert "（没有记下核对日期）" in text  # with the entry's own label
    assert "·未核实" not in text
    assert "官方说明·未核实" not in text
    _en, en_pages, _r, _b = printed[("en", True, ("ccb",))]
    english = " ".join("".join(en_pages).split())
    assert "(no check date recorded)" in english
    assert "· not verified" not in english


@needs_poppler
def test_an_official_way_with_no_check_date_says_so_in_plain_words(qapp, tmp_path):
    """The walk: "资料来源：官方说明 · 未核实" (云闪付“一键查卡”) read as a contradiction. Since issue 21 that
    step's way is reported (its official source was the notebook): a bank card whose way rests on the
    bank's own page, read on no recorded day (济宁银行), stands in for it."""
    from bindguard.ui import printing

    catalog = load_catalog()
    bank = catalog.banks["jnbank"]
    assert bank.last_verified is None
    assert bank.routes[0].confidence.value == "official"
    texts = {}
    for lang in ("zh", "en"):
        checklist = Checklist("我自己", Situation.OLD_DEAD, old_number="138****5678", new_number="139****4321")
        checklist.items = [bank_item(BankCard("jnbank", "5678", CardType.DEBIT))]
        report = build_report(checklist, catalog, lang=lang, notes=None, today=dt.date.today())
        printing.write_pdf(report, tmp_path / f"{lang}.pdf", True)
        texts[lang] = _pages(tmp_path / f"{lang}.pdf")
    text = squash("".join(texts["zh"]))
    assert "资料来源：官方说明（没有记下核对日期）" in text
    assert "·未核实" not in text
    assert "官方说明·未核实" not in text
    english = " ".join("".join(texts["en"]).split())
    assert "Source: Official source (no check date recorded)" in english
    assert "· not verified" not in english


@needs_poppler
def test_a_stuck_bank_cards_hotline_is_printed_once(printed):
    """The walk: "客服电话：95533" twice for 建设银行 (in the stuck help and in the contact line)."""
    report, pages, _r, _b = printed[("zh", True, ("ccb",))]
    card = next(i for i in report.items if i.key == "bank:ccb:5678:debit")
    assert card.hotline == "95533"
    text = squash("".join(pages))
    assert text.count("客服电话：95533") == 1
    assert not any("95533" in line for line in card.help)


def _words(pdf_page_bbox: str) -> list[tuple[float, float, str]]:
    return [(float(y0), float(y1), word) for y0, y1, word in
            re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
                       pdf_page_bbox)]


@needs_poppler
@pytest.mark.parametrize("large", [True, False])
def test_the_english_list_at_a_glance_names_every_item_whole(printed, large):
    """A bank card's English name is long ("China Construction Bank Debit card ending 5678"): wrapped,
    not cut, in large text too."""
    report, pages, _r, _b = printed[("en", large, ("ccb",) if large else ("icbc", "ccb"))]
    text = " ".join(" ".join(pages).split())
    start = text.index("The whole list at a glance")
    overview = text[start:text.index(report.sections[0].title, start + 30)]
    assert "…" not in overview
    # a wrapped name's first line has the hotline and the page beside it: read the name without them
    overview = re.sub(r"\b\d{5,}\b|\bp\. \d+\b|\bDone\b", " ", overview)
    for item in report.items:
        assert squash(item.name) in squash(overview), item.name


@needs_poppler
@pytest.mark.parametrize("large", [True, False])
def test_the_list_at_a_glance_is_whole_and_at_its_own_size(qapp, tmp_path, large):
    """The walk: "遇到困难的项目：换个办法，或请家里人帮忙、带上身…" and "中国建设银行 … 尾号5678" in tiny type.
    Every row of 清单一览 is whole, wrapped onto a second line where it is long, never shrunk."""
    from bindguard.ui import printing

    catalog = load_catalog()
    today = dt.date.today()
    report = build_report(walk_checklist(catalog, today), catalog, lang="zh", notes=None, today=today)
    pdf = tmp_path / "walk.pdf"
    printing.write_pdf(report, pdf, large)
    first = squash(_pages(pdf)[0])
    start = first.index("清单一览")
    heading = report.sections[0].title  # the first section's heading again: the items' steps begin
    end = first.find(squash(heading), first.index(squash(report.sections[0].overview_title), start) + 1)
    overview = first[start:end if end > 0 else None]
    assert "…" not in overview
    assert "中国建设银行借记卡尾号5678" in overview
    assert "遇到困难的项目" in overview
    assert "换个办法" not in overview  # the advice is over the stuck items
    for item in report.items:
        assert squash(item.name) in overview, item.name
    bbox = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = _words(bbox)
    top = next(y1 for _y0, y1, word in words if word == "清单一览")
    again = [y0 for y0, _y1, word in words if y0 > top and word == heading][1:]  # the items' steps begin
    bottom = again[0] if again else next(y0 for y0, _y1, word in words if word == "换号卫士")  # or the footer
    rows = [(y1 - y0, word) for y0, y1, word in words if top < y0 < bottom and not re.search(r"\d|页", word)]
    row_height = next(h for h, word in rows if word == "微信支付")
    small = [word for h, word in rows if h < row_height * 0.97]
    assert not small, small  # nothing on the list at a glance is set smaller than its rows
