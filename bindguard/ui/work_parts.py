"""Pieces only the work page uses: the current item's first route in large type, the other routes as
cards, and the help that 遇到困难 opens in place. Text comes from the catalog; the words around it
are translated here (context "WorkParts") or reuse the route card's own (context "RouteCard")."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLayout, QListWidget, QVBoxLayout, QWidget

from bindguard.core.catalog import NEED_LABELS, Route
from bindguard.ui.widgets.route_card import kind_label, route_html, way_label

STEP_SCALE = 1.15  # the steps of the current route: a little larger than body text


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkParts", text)


def _plain(rich: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", rich)).split())


def main_route_html(route: Route, lang: str, number: int, fallback: bool, show_kind: bool) -> str:
    """The route the user is to follow: its title, what to bring, then the numbered steps in large type.
    What to say and how sure we are follow further down the page."""
    e = html.escape
    points = QApplication.font().pointSizeF() * STEP_SCALE
    title = f"{way_label(number)}{_colon(lang)}{route.title.get(lang)}"
    parts = [f"<h3 style='margin-top:0; margin-bottom:2px'>{e(title)}</h3>"]
    if show_kind:
        kind = QCoreApplication.translate("RouteCard", "If the menus look different") if fallback else \
            kind_label(route.kind)
        parts.append(f"<p style='margin:0'><i>{e(kind)}</i></p>")
    if route.needs:
        needs = _sep(lang).join(f"☐ {e(NEED_LABELS[need][lang])}" for need in route.needs)
        heading = e(QCoreApplication.translate("RouteCard", "What you need:"))
        parts.append(f"<p style='margin-top:6px; margin-bottom:0'><b>{heading}</b> {needs}</p>")
    if route.steps:
        # Noto CJK's own line is 1.45 em, so Chinese needs little extra to reach 1.3 (as on paper)
        spacing = 110 if lang == "zh" else 135
        steps = "".join(f"<li style='line-height:{spacing}%'>{e(step.get(lang))}</li>" for step in route.steps)
        parts.append(f"<ol style='font-size:{points:.1f}pt; margin-top:4px'>{steps}</ol>")
    return "".join(parts)


def say_html(route: Route, lang: str) -> str:
    if route.say is None:
        return ""
    heading = html.escape(QCoreApplication.translate("RouteCard", "What to say (read it out):"))
    return f"<p><b>{heading}</b></p><blockquote>“{html.escape(route.say.get(lang))}”</blockquote>"


def _colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def _sep(lang: str) -> str:
    return "、" if lang == "zh" else ", "


class RouteView(QFrame):
    """One route: `main` is the current one in large type (no frame), else a framed card as the route
    card draws it. Both have `.route` and a focusable `.label` (Tab reaches it, screen readers read it)."""

    def __init__(self, route: Route, lang: str, number: int, fallback: bool, show_kind: bool, main: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.route = route
        self.main = main
        self.setObjectName("mainRoute" if main else "routeCard")
        focus = "QLabel#routeText:focus { border: 3px solid #c2410c; border-radius: 6px; }"  # theme.FOCUS
        self.setStyleSheet(focus if main else "QFrame#routeCard { border: 1px solid #9aa5b1; border-radius: 8px;"
                           " background: #fbfcfe; } " + focus)
        layout = QVBoxLayout(self)
        if main:
            layout.setContentsMargins(0, 0, 0, 0)
        text = main_route_html(route, lang, number, fallback, show_kind) if main else \
            route_html(route, lang, number, fallback, show_kind)
        self.label = QLabel(text, self)
        self.label.setObjectName("routeText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label.setAccessibleName(f"{way_label(number)}{_colon(lang)}{route.title.get(lang)}")
        self.label.setAccessibleDescription(_plain(text))
        layout.addWidget(self.label)


def stuck_tip(kind_is_account: bool) -> str:
    if kind_is_account:
        return _tr("If it does not work: ask a son, daughter or friend to sit with you, or take your ID card "
                   "to the counter or service hall and ask the staff to help you do it there.")
    return _tr("If it does not work: ask a son, daughter or friend to help you, or go to the carrier's "
               "service hall with your ID card.")


class WheelToPage(QObject):
    """Sends the wheel over a widget inside the page (the whole list shown in full) to the page's
    scroll bar, so the wheel always scrolls the page."""

    def __init__(self, scroll_bar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scroll_bar = scroll_bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel:
            QApplication.sendEvent(self.scroll_bar, event)
            return True
        return False


def fit_list_height(view: QListWidget) -> None:
    """Make the list exactly as tall as its rows: it shows everything and never scrolls itself."""
    rows = sum(view.sizeHintForRow(row) for row in range(view.count()))
    view.setFixedHeight(rows + 2 * view.frameWidth() + 4)


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next line when the page is narrow (large text, 1024 px):
    nothing is squeezed or cut. An item wider than the line gets the line to itself and wraps its
    own text (a word-wrapped label)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple] = []

        def finish_line() -> None:
            for item, left, width, height in line:
                if apply:  # each item centred on its line
                    item.setGeometry(QRect(left, y + (line_height - height) // 2, width, height))

        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            height = max(height, item.minimumSize().height())
            if line and x + width > area.right() + 1:
                finish_line()
                y += line_height + self._spacing
                x, line_height, line = area.x(), 0, []
            line.append((item, x, width, height))
            x += width + self._spacing
            line_height = max(line_height, height)
        finish_line()
        return y + line_height - rect.y() + margins.bottom()
