"""One way to change the number (a catalog Route) as a card: title, numbered steps, what to bring,
what to say, and how sure we are; and the entry's own texts (how sure, when checked, what a
discovery service does). Text only from the catalog; headings scale with the app font."""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from bindguard.core.audience import fit_text
from bindguard.core.catalog import (
    CONFIDENCE_LABELS,
    NEED_LABELS,
    DiscoveryService,
    Entry,
    Need,
    Route,
    RouteKind,
)
from bindguard.core.checklist import ChecklistItem, ItemKind
from bindguard.core.situation import Situation


def kind_label(kind: RouteKind, old_code: bool = True) -> str:
    """`old_code`: the route really sends a code to the old number (core offers such a route only
    where that can work; a rebind route without it must not say so)."""
    if kind is RouteKind.REBIND and not old_code:
        return QCoreApplication.translate("RouteCard", "Change the number")
    return {
        RouteKind.REBIND: QCoreApplication.translate("RouteCard", "Change the number (the old number gets a code)"),
        RouteKind.NO_CODE: QCoreApplication.translate("RouteCard", "Without a code to the old number"),
        RouteKind.CLOSE: QCoreApplication.translate("RouteCard", "Close the account instead"),
        RouteKind.RECYCLED: QCoreApplication.translate("RouteCard", "If your number was used by someone before"),
    }[kind]


def way_label(number: int) -> str:
    return QCoreApplication.translate("RouteCard", "Way {0}").format(number)


def route_html(route: Route, lang: str, number: int, fallback: bool = False, show_kind: bool = True) -> str:
    e = html.escape
    title = route.title.get(lang)
    colon = "：" if lang == "zh" else ": "
    parts = [f"<h3>{e(way_label(number))}{colon}{e(title)}</h3>"]
    if show_kind:
        kind = QCoreApplication.translate("RouteCard", "If the menus look different") if fallback else \
            kind_label(route.kind, Need.OLD_SMS in route.needs)
        parts.append(f"<p><i>{e(kind)}</i></p>")
    if route.steps:
        steps = "".join(f"<li>{e(step.get(lang))}</li>" for step in route.steps)
        parts.append(f"<ol>{steps}</ol>")
    if route.needs:
        needs = "".join(f"<li>☐ {e(NEED_LABELS[need].get(lang))}</li>" for need in route.needs)
        heading = e(QCoreApplication.translate("RouteCard", "What you need:"))
        parts.append(f"<p><b>{heading}</b></p><ul style='list-style-type: none;'>{needs}</ul>")
    if route.say is not None:
        heading = e(QCoreApplication.translate("RouteCard", "What to say (read it out):"))
        parts.append(f"<p><b>{heading}</b></p><blockquote>“{e(route.say.get(lang))}”</blockquote>")
    sure = e(QCoreApplication.translate("RouteCard", "How sure we are:"))
    parts.append(f"<p>{sure} {e(CONFIDENCE_LABELS[route.confidence].get(lang))}</p>")
    return "".join(parts)


class RouteCard(QFrame):
    def __init__(self, route: Route, lang: str, number: int, fallback: bool = False,
                 parent: QWidget | None = None, show_kind: bool = True) -> None:
        super().__init__(parent)
        self.route = route
        self.setObjectName("routeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#routeCard { border: 1px solid #9aa5b1; border-radius: 8px;"
                           " background: #fbfcfe; }")
        layout = QVBoxLayout(self)
        self.label = QLabel(route_html(route, lang, number, fallback, show_kind), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        # Selectable by mouse (to copy a hotline), not by keyboard: that drew a blinking text cursor
        # in read-only text. Still a Tab stop (screen readers read it), with the focus ring (theme.py).
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, read by screen readers
        self.label.setAccessibleName(f"{way_label(number)}: {route.title.get(lang)}")
        plain = html.unescape(re.sub(r"<[^>]+>", " ", self.label.text()))
        self.label.setAccessibleDescription(" ".join(plain.split()))
        layout.addWidget(self.label)


def entry_meta_html(entry: Entry | None, lang: str, today: dt.date, situation: Situation | None = None) -> str:
    """How sure we are and when it was checked; older than a year says it may be out of date; the
    entry's note in the words that fit the situation (core/audience.py)."""
    if entry is None:
        return ""
    text = QCoreApplication.translate("EntryText", "How sure we are: {0}. Last checked: {1}.").format(
        CONFIDENCE_LABELS[entry.confidence].get(lang), entry.verified_text(lang))
    meta = html.escape(text)
    if entry.is_stale(today):
        stale = QCoreApplication.translate("EntryText", "May be out of date: the app may have changed since.")
        meta += f"<br><b>⚠ {html.escape(stale)}</b>"
    note = fit_text(entry.note, situation) if situation is not None else entry.note
    if note is not None:
        meta += f"<br>{html.escape(note.get(lang))}"
    return meta


def entry_info_html(item: ChecklistItem, entry: Entry | None, lang: str, part: str = "all") -> str:
    """What a discovery service does, or the generic way for a custom item. `part`: "first" is what
    it finds (the work page's first screen), "rest" the other rows (folded under 更多办法), "all" both."""
    e = html.escape
    if isinstance(entry, DiscoveryService):
        rows = [(QCoreApplication.translate("EntryText", "What it finds"), entry.finds),
                (QCoreApplication.translate("EntryText", "Where"), entry.where),
                (QCoreApplication.translate("EntryText", "What to enter"), entry.enter),
                (QCoreApplication.translate("EntryText", "What you get"), entry.result),
                (QCoreApplication.translate("EntryText", "Limits"), entry.limits)]
        rows = rows[:1] if part == "first" else rows[1:] if part == "rest" else rows
        colon = "：" if lang == "zh" else ": "  # full-width in Chinese (PRODUCT.md §7)
        return "".join(f"<p><b>{e(title)}{colon}</b>{e(text.get(lang))}</p>" for title, text in rows if text)
    if (item.kind is ItemKind.CUSTOM or entry is None) and part != "rest":
        return e(QCoreApplication.translate(
            "EntryText", "Open the app or website, sign in, and look under 我的 (Me) → 设置 (Settings) → "
            "账号与安全 (Account and security) → 手机号 (Phone number). Change it to your new "
            "number, or close the account. Write down below what you did."))
    return ""
