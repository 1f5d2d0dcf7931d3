"""The printable checklist as plain data: what goes on paper, decided once, without Qt.

ui/printing.py draws this model to a printer or a PDF, so the printed copy, the preview and the
saved PDF cannot differ, and tests can check the content without rendering anything. Every text is
already in the chosen language; the renderer only decides where things go.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from bindguard import __version__
from bindguard.core.audience import money_left_note
from bindguard.core.catalog import (
    CONFIDENCE_LABELS,
    NEED_LABELS,
    TIER_LABELS,
    Catalog,
    Entry,
    GeneralWay,
    Route,
    is_https_url,
)
from bindguard.core.checklist import STATUS_MARKS, Checklist, ChecklistItem, ItemKind, Status, progress
from bindguard.core.counts import change_words
from bindguard.core.situation import Situation
from bindguard.core.text import Lang, Text, pick, say
from bindguard.core.tiers import item_tier, money_badge, tier_reason
from bindguard.core.timeline import date_in_words, days_left, days_left_sentence, timeline
from bindguard.core.words import LIST_SEP, USE_INSTEAD, money_left_words, status_label
from bindguard.core.work_order import money_left, work_order

if TYPE_CHECKING:
    from bindguard.core.routes import OfferedRoute

# Words on the page, by language. Catalog text is bilingual data; these are the report's own.
WORDS: dict[str, Text] = {
    "title": Text("换号清单", "Phone number change checklist"),
    "for_whom": Text("给谁", "For"),
    "situation": Text("情况", "Situation"),
    "old_number": Text("旧号码", "Old number"),
    "new_number": Text("新号码", "New number"),
    "printed": Text("打印日期", "Printed on"),
    "dates": Text("要记住的日期", "Dates to remember"),
    "summary": Text("进度", "Progress"),
    "summary_text": Text(
        "共 {total} 项：已完成 {done} 项，没有这个账号 {na} 项，还剩 {left} 项。",
        "{total} items: {done} done, {na} with no such account, {left} left.",
    ),
    "how_to_use": Text(
        "做完一项，就在方框里打个勾。每一项都写了办法、要准备的东西、客服电话，用手机扫二维码可以打开官方网页。",
        "Tick the box when an item is done. Each item shows how, what to bring and the hotline; "
        "scan the QR code with your phone to open the official page.",
    ),
    "section_money": Text("先做这些：涉及钱，还没做完", "First: items that involve money, not yet done"),
    "section_open": Text("其他还没做完的项目", "Other items not yet done"),
    "section_stuck": Text("遇到困难的项目：换个办法，或请家人帮忙、带上身份证去柜台",
                          "Stuck: try another way, ask family to help, or go to the counter with your ID"),
    # on the list at a glance the heading alone: the advice is printed once, over the stuck items
    "section_stuck_short": Text("遇到困难的项目", "Items you are stuck on"),
    "stuck_other": Text("还可以试", "You can also try"),
    "say": Text("怎么说", "What to say"),
    "section_finished": Text("已经处理好的项目", "Items already dealt with"),
    "money": Text("【涉及钱】", "[Involves money]"),
    "how": Text("办法", "Way"),
    "bring": Text("要准备", "You need"),
    "hotline": Text("客服电话", "Hotline"),
    "url": Text("官方网页", "Official page"),
    "scan": Text("手机扫码打开", "Scan with your phone"),
    "confidence": Text("资料来源", "Source"),
    "checked": Text("核对于 {date}", "checked on {date}"),
    "stale": Text("已超过一年，可能有变化", "over a year old, may be out of date"),
    "unverified": Text("未核实", "not verified"),
    # after the route's source label when the entry has no check date: "官方说明（没有记下核对日期）"
    "no_check_date": Text("（没有记下核对日期）", " (no check date recorded)"),
    "custom": Text("自己添加的项目", "Added by you"),
    "no_route": Text(
        "打开这个 App 或网站，在“我的 → 设置 → 账号与安全 → 手机号”里更换。",
        "Open the app or website and change the number under Me → Settings → Account and security → Phone.",
    ),
    "note": Text("我的备注", "My note"),
    "overview": Text("清单一览", "The whole list at a glance"),
    "see_page": Text("第 {{page}} 页", "p. {{page}}"),  # formatted by the renderer
    "continued": Text("（续）", " (continued)"),
    "none": Text("（无）", "(none)"),
    "page": Text("第 {page} 页，共 {pages} 页", "Page {page} of {pages}"),
    "colon": Text("：", ": "),  # after a label
    "list_sep": LIST_SEP,
    "comma": Text("，", ", "),  # between two parts of one line
    "use_instead": USE_INSTEAD,
    "footer": Text("换号卫士 BindGuard {version}", "BindGuard {version}"),
    # an item that follows a general way points to it, printed once near the front (issue 21 point 3);
    # {page} is filled in by the renderer, which knows where the general way lands
    "follow_way": Text("按第 {{page}} 页的“{name}”做", "Follow the {name} on page {{page}}"),
    "follow_way_route": Text("按第 {{page}} 页的“{name}”做（它的办法 {number}）",
                             "Follow the {name} on page {{page}} (its way {number})"),
    # a number used before (situation 4): the way every app shares for the previous holder's account
    # (routes.RECYCLED_GENERIC), printed once like a general way
    "recycled_way": Text("号码以前是别人的：通用办法", "General way for a number that was someone else's"),
    "recycled_way_label": Text("这个 App 没有写明自己的办法时，照这样做；这个 App 可能不同。",
                               "When the app has no way of its own written down, do this; this app may differ."),
}


def word(key: str, lang: Lang, **params: object) -> str:
    return WORDS[key].get(lang).format(**params)


@dataclass(frozen=True)
class ReportItem:
    key: str
    status: Status
    status_mark: str  # the shape, for renderers that draw text; printing.py draws its own box
    status_word: str
    name: str
    money_risk: bool
    route_title: str = ""
    steps: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    hotline: str = ""
    url: str = ""  # https only; the QR code encodes exactly this
    confidence: str = ""
    checked: str = ""  # "核对于 2026年11月28日", with a warning when stale
    # the line printed after 资料来源：the route's label, then the entry's check date or, when the
    # entry has none, "（没有记下核对日期）" (never "官方说明 · 未核实", which reads as a contradiction)
    source: str = ""
    note: str | None = None
    compact: bool = False  # done or no such account: the name and the status are enough on paper
    tier: str = "other"  # Tier value: money / identity / other
    tier_word: str = ""  # 涉及钱 / 身份 / "" (other is not labelled)
    tier_reason: str = ""  # why, in one sentence
    notice: str = ""  # e.g. "平常的办法要给旧号码发验证码，现在用不了……" (situation-fitting)
    target: str = ""  # situation 3: "换成新号码 139****5678"
    route_number: int = 0  # 办法 N of the route printed (0: none)
    say: str = ""  # 怎么说, from the route (or, for a stuck item, a plain sentence)
    help: tuple[str, ...] = ()  # stuck items: other ways, the hotline, what to say, ask a relative
    several: str = ""  # one number may hold several accounts here: check each
    # the general way it follows (its key in Report.general_ways) instead of steps of its own, and the
    # line pointing to it, "按第 {page} 页的“通用办法”做", {page} left for the renderer
    general_way: str = ""
    follow: str = ""

    @property
    def detailed(self) -> bool:
        """Printed with its steps: still to do, or finished with a note of the user's (a finished
        item without one is a line of the overview only)."""
        return not self.compact or bool(self.note)

    @property
    def qr(self) -> bool:
        """A QR code only where there is still something to do on the phone."""
        return bool(self.url) and not self.compact


@dataclass(frozen=True)
class ReportWayRoute:
    """One way of a general way, as printed once: 办法 N, its steps, what to bring and what to say."""

    number: int
    title: str
    steps: tuple[str, ...]
    needs: tuple[str, ...]
    say: str = ""


@dataclass(frozen=True)
class ReportGeneralWay:
    """A general way (general_ways.toml) printed once, as its own short section after 清单一览:
    every item that follows it prints only what is its own and a line pointing here."""

    key: str  # the way's id: ReportItem.general_way
    title: str  # 通用办法
    label: str  # 通用办法：大多数 App 是这样改的，这个 App 可能不同
    routes: tuple[ReportWayRoute, ...]
    source: str  # 资料来源 line, like an item's
    note: str = ""
    notice: str = ""  # the warning its items share (situation 4: the account may be the previous holder's)


@dataclass(frozen=True)
class ReportSection:
    title: str
    items: tuple[ReportItem, ...]
    short_title: str = ""  # on the list at a glance (清单一览), when shorter than the title

    @property
    def overview_title(self) -> str:
        return self.short_title or self.title


@dataclass(frozen=True)
class Report:
    lang: Lang
    title: str
    header: tuple[tuple[str, str], ...]  # (label, value) rows: for whom, situation, numbers, date
    dates: tuple[str, ...]  # the timeline in sentences
    summary: tuple[str, ...]
    how_to_use: str
    sections: tuple[ReportSection, ...]
    footer: str
    printed: str
    labels: dict[str, str] = field(default_factory=dict)  # field names for the renderer
    general_ways: tuple[ReportGeneralWay, ...] = ()  # printed once, after 清单一览

    @property
    def items(self) -> tuple[ReportItem, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def page_label(self, page: int, pages: int) -> str:
        return word("page", self.lang, page=page, pages=pages)


def item_name(item: ChecklistItem, catalog: Catalog, lang: Lang) -> str:
    """What the user calls it, on screen and on paper (the one naming rule): the catalog name, their own
    title, or '招商银行 借记卡 尾号1234'."""
    if item.kind is ItemKind.CUSTOM:
        return item.title or item.key
    entry = catalog.entry(item.ref) if item.ref else None
    name = entry.name.get(lang) if entry else (item.title or item.ref or item.key)
    if item.kind is ItemKind.BANK_CARD and item.card is not None:
        card_type, last4 = item.card.card_type.label.get(lang).split("（")[0], item.card.last4
        if card_type.casefold() in name.casefold():  # 招商银行信用卡: not "招商银行信用卡 信用卡 尾号4321"
            card_type = ""
        # "尾号" is how banks and their customers name a card; dots print badly
        return say(lang, f"{name} {card_type} 尾号{last4}".replace("  ", " "),
                   f"{name} {card_type} ending {last4}".replace("  ", " "))
    return name


def _needs_words(route: Route, lang: Lang) -> tuple[str, ...]:
    needs = tuple(NEED_LABELS[need].get(lang) for need in route.needs)
    # in English on paper they run on in one line ("You need: a face scan, your ID card")
    return tuple(say(lang, need, need[:1].lower() + need[1:]) for need in needs)


def _source_line(entry: Entry | None, confidence: str, lang: Lang, today: dt.date) -> tuple[str, str]:
    """The check date in words, and the line printed after 资料来源: the label, then the date or,
    when the entry has none, "（没有记下核对日期）"."""
    checked = ""
    if entry is not None and entry.last_verified is None:
        checked = word("unverified", lang)
    elif entry is not None:
        checked = word("checked", lang, date=date_in_words(entry.last_verified, lang))
        if entry.is_stale(today):
            checked += word("comma", lang) + word("stale", lang)
    if entry is not None and entry.last_verified is None:
        source = confidence + word("no_check_date", lang) if confidence else word("unverified", lang)
    else:
        source = " · ".join(s for s in (confidence, checked) if s)
    return checked, source


RECYCLED_WAY = "recycled"  # Report.general_ways key of routes.RECYCLED_GENERIC on paper

# a general way from general_ways.toml (None: the recycled-number way), its ways as the situation offers
# them, and the notice its items share (printed once with it)
_Way = tuple["GeneralWay | None", "tuple[OfferedRoute, ...]", "Text | None"]


def _general_way(key: str, used: _Way, lang: Lang, today: dt.date) -> ReportGeneralWay:
    """A general way as printed once: its ways in the order the situation offers them."""
    way, offered, notice = used
    routes = tuple(
        ReportWayRoute(number, o.route.title.get(lang), tuple(step.get(lang) for step in o.route.steps),
                       _needs_words(o.route, lang), o.route.say.get(lang) if o.route.say is not None else "")
        for number, o in enumerate(offered, 1))
    if way is None:  # the recycled-number way: reported advice of ours, not one app's procedure
        _checked, source = _source_line(None, CONFIDENCE_LABELS[offered[0].route.confidence].get(lang), lang, today)
        return ReportGeneralWay(key, word("recycled_way", lang), word("recycled_way_label", lang), routes, source,
                                notice=notice.get(lang) if notice is not None else "")
    _checked, source = _source_line(way, CONFIDENCE_LABELS[way.confidence].get(lang), lang, today)
    label = way.label.get(lang) if way.label is not None else ""
    return ReportGeneralWay(key, way.name.get(lang), label, routes, source,
                            way.note.get(lang) if getattr(way, "note", None) is not None else "")


def _follows(item: ReportItem, way: ReportGeneralWay, lang: Lang) -> ReportItem:
    """The item without what the general way prints once: its way's title and steps, what to bring
    (kept when this item needs something else) and what to say (kept when its own); with the line
    pointing to the general way."""
    # its way's title is the route title printed before the way's label ("…（通用办法：…）")
    number = max((r for r in way.routes if item.route_title.startswith(r.title)), key=lambda r: len(r.title),
                 default=way.routes[0]).number
    shown = way.routes[number - 1]
    name = say(lang, way.title, way.title[:1].lower() + way.title[1:])  # "Follow the general way on page 3"
    follow = (word("follow_way", lang, name=name) if number == 1
              else word("follow_way_route", lang, name=name, number=number))
    return replace(item, route_title="", steps=(), route_number=0, target="",
                   needs=() if item.needs == shown.needs else item.needs,
                   say="" if item.say == shown.say else item.say, follow=follow,
                   notice="" if item.notice == way.notice else item.notice)


def _report_item(checklist: Checklist, item: ChecklistItem, catalog: Catalog, lang: Lang,
                 notes: dict[str, str] | None, today: dt.date,
                 ways: dict[str, _Way] | None = None) -> ReportItem:
    """One item as printed. `ways` collects the general ways the open items follow (their way
    first, fitted to the situation): build_report prints each once and trims the items."""
    from bindguard.core.routes import RECYCLED_GENERIC, plan_routes, stuck_help

    entry = catalog.entry(item.ref) if item.ref else None
    plan = plan_routes(checklist, item, catalog)  # the same situation-fitting routes as the screen
    offered = plan.first
    general_way = ""
    way = catalog.general_way_of(entry) if offered is not None and offered.fallback else None
    if way is not None and item.status.is_open and ways is not None:
        general_way = way.id
        ways.setdefault(way.id, (way, tuple(o for o in plan.routes if o.fallback), None))
    elif offered is not None and offered.route is RECYCLED_GENERIC and item.status.is_open and ways is not None:
        general_way = RECYCLED_WAY
        ways.setdefault(RECYCLED_WAY, (None, (offered,), plan.notice))
    route = offered.route if offered is not None else None
    notice = plan.notice.get(lang) if plan.notice is not None else ""
    if route is not None:
        steps = tuple(step.get(lang) for step in route.steps)
        needs = _needs_words(route, lang)
        confidence = CONFIDENCE_LABELS[route.confidence].get(lang)
        route_title = route.title.get(lang)
        if offered is not None and offered.fallback:  # the general way says so: 这个 App 可能不同
            label = offered.kind_words.get(lang)
            route_title += say(lang, f"（{label}）", f" ({label})")
    elif item.kind in (ItemKind.DISCOVERY, ItemKind.CARRIER) or plan.held_back:
        instead = [catalog.discovery[i].name.get(lang) for i in plan.instead if i in catalog.discovery]
        steps = (word("use_instead", lang, names=word("list_sep", lang).join(instead)),) if instead else ()
        needs, confidence, route_title = (), "", ""
    else:
        steps, needs = (word("no_route", lang),), ()
        confidence = word("custom", lang) if item.kind is ItemKind.CUSTOM else ""
        route_title = ""
    tier = item_tier(item, catalog)
    help_lines: tuple[str, ...] = ()
    script = route.say.get(lang) if route is not None and route.say is not None else ""
    if item.status is Status.STUCK:
        stuck = stuck_help(checklist, item, catalog, lang)
        colon = word("colon", lang)
        lines = []
        others = [o.route.title.get(lang) for o in stuck.other_routes]
        if stuck.fallback is not None:
            others.append(stuck.fallback.route.title.get(lang))
        if others:
            lines.append(word("stuck_other", lang) + colon + word("list_sep", lang).join(others))
        hotline = entry.hotline if entry is not None else ""
        if stuck.hotline and stuck.hotline != hotline:  # the item's contact line has its own hotline
            lines.append(word("hotline", lang) + colon + stuck.hotline)
        lines.append(word("say", lang) + colon + stuck.say)
        lines.append(stuck.tip)
        help_lines = tuple(lines)
    checked, source = _source_line(entry, confidence, lang, today)
    url = entry.url if entry is not None and is_https_url(entry.url) else ""
    note = None
    if isinstance(notes, dict):  # None (or False from a caller): the user did not ask for notes
        text = (notes.get(item.key) or "").strip()
        note = text or None
    return ReportItem(
        key=item.key, status=item.status, status_mark=STATUS_MARKS[item.status],
        status_word=status_label(item.status, item.kind, lang), name=item_name(item, catalog, lang),
        money_risk=money_badge(item, catalog), route_title=route_title, steps=steps, needs=needs,
        hotline=entry.hotline if entry is not None else "", url=url, confidence=confidence,
        checked=checked, source=source, note=note, compact=not item.status.is_open,
        tier=tier.value, tier_word=TIER_LABELS[tier].get(lang) if tier.value != "other" else "",
        tier_reason=tier_reason(item, catalog, lang, checklist.situation), notice=notice,
        target=offered.target.get(lang) if offered is not None and offered.target is not None else "",
        route_number=offered.number if offered is not None else 0, say=script, help=help_lines,
        several=plan.several.get(lang) if plan.several is not None else "",
        general_way=general_way,
    )


def _sections(checklist: Checklist, catalog: Catalog) -> tuple[list[ChecklistItem], ...]:
    """Open money items first (a stranger with the old number can spend from them), then the other
    open items in work order, then the stuck ones under their own heading, then what is finished."""
    work = work_order(checklist, catalog)
    open_ = [i for i in work if i.status.is_open and i.status is not Status.STUCK]
    money = [i for i in open_ if money_badge(i, catalog)]
    rest = [i for i in open_ if not money_badge(i, catalog)]
    stuck = [i for i in work if i.status is Status.STUCK]
    finished = [i for i in work if not i.status.is_open]
    return money, rest, stuck, finished


def build_report(checklist: Checklist, catalog: Catalog, *, lang: str, notes: dict[str, str] | None,
                 today: dt.date, only_open: bool = False) -> Report:
    """The whole printout. `notes` is None unless the user ticked "include my notes"; `only_open`
    (只打印还没做完的) leaves the finished items out (the progress line still counts them)."""
    lang_ = pick(lang)
    situation = checklist.situation
    header: list[tuple[str, str]] = [
        (word("for_whom", lang_), checklist.name),
        (word("situation", lang_), situation.label.get(lang_)),
    ]
    if checklist.old_number:
        header.append((word("old_number", lang_), checklist.old_number))
    if checklist.new_number:
        header.append((word("new_number", lang_), checklist.new_number))
    printed = date_in_words(today, lang_)
    header.append((word("printed", lang_), printed))

    dates = timeline(situation, checklist.cancel_date, checklist.suspended_only)
    sentences = [d.sentence(lang_) for d in dates]
    left = days_left(dates, today)
    if situation is Situation.OLD_DEAD and left is not None:
        sentences.append(days_left_sentence(left, lang_))

    count = progress(checklist.items)
    summary = [word("summary_text", lang_, total=count.total, done=count.done, na=count.not_applicable,
                    left=count.total - count.finished)]
    changed = change_words(checklist, lang_)  # the door's number, and what she changed since
    if changed:
        summary.append(changed)
    money = money_left(checklist, catalog)  # the finish page counts the same, stuck ones included
    if money:
        summary.append(money_left_words(money, lang_))  # the heading 先做这些 says to do them first
        note = money_left_note(situation)  # a recycled number: the apps' money is a stranger's
        if note is not None:
            summary.append(note.get(lang_))

    sections = []
    used: dict[str, _Way] = {}
    for title_key, group in zip(("section_money", "section_open", "section_stuck", "section_finished"),
                                _sections(checklist, catalog), strict=True):
        if group and not (only_open and title_key == "section_finished"):
            rendered = tuple(_report_item(checklist, i, catalog, lang_, notes, today, used) for i in group)
            short = word("section_stuck_short", lang_) if title_key == "section_stuck" else ""
            sections.append(ReportSection(word(title_key, lang_), rendered, short))
    # a general way's steps once, near the front; each item that follows it only points there
    ways = {key: _general_way(key, way, lang_, today) for key, way in used.items()}
    sections = [replace(section, items=tuple(_follows(item, ways[item.general_way], lang_) if item.general_way
                                             else item for item in section.items)) for section in sections]

    labels = {key: word(key, lang_) for key in ("how", "bring", "hotline", "url", "scan", "confidence",
                                                 "note", "money", "dates", "summary", "colon", "list_sep",
                                                 "say", "stuck_other", "overview", "see_page", "continued")}
    return Report(
        lang=lang_, title=word("title", lang_) + word("colon", lang_) + checklist.name,
        header=tuple(header), dates=tuple(sentences), summary=tuple(summary),
        how_to_use=word("how_to_use", lang_), sections=tuple(sections),
        footer=word("footer", lang_, version=__version__), printed=printed, labels=labels,
        general_ways=tuple(ways.values()),
    )

