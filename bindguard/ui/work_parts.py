"""Pieces only the work page uses: the current item's first route in large type, the other routes as
cards, and the help that 遇到困难 opens in place. Text comes from the catalog; the words around it
are translated here (context "WorkParts"); "Way {0}" is the route card's own."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from bindguard.core.catalog import CONFIDENCE_LABELS, NEED_LABELS, Catalog, Route
from bindguard.core.checklist import STATUS_MARKS, ChecklistItem
from bindguard.core.report import item_name
from bindguard.core.routes import OfferedRoute
from bindguard.core.tiers import money_badge
from bindguard.core.words import status_label
from bindguard.ui.theme import FOCUS
from bindguard.ui.widgets.route_card import way_label
from bindguard.ui.widgets.status_bar import StatusBar

STEP_SCALE = 1.15  # the steps of the current route: a little larger than body text
LARGE_BODY = 17.5  # the large-text mode's body size (18 pt, theme.py) and above


def _plain(rich: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", rich)).split())


def route_html(offered: OfferedRoute, lang: str, main: bool, show_kind: bool) -> str:
    """One offered way (办法 1…), with the words that fit the situation (core/routes.py). The main one
    (the way to follow now) has its needs and then its steps in large type; what to say and how sure
    we are follow further down the page. The others are complete cards."""
    e = html.escape
    route = offered.route
    title = f"{way_label(offered.number)}{_colon(lang)}{route.title.get(lang)}"
    parts = [f"<h3 style='margin-top:0; margin-bottom:2px'>{e(title)}</h3>"]
    if show_kind:
        kind = offered.kind_words.get(lang)
        if offered.target is not None:
            kind += ("，" if lang == "zh" else ", ") + offered.target.get(lang)
        parts.append(f"<p style='margin:0'><i>{e(kind)}</i></p>")
    if route.needs:
        needs = _sep(lang).join(f"☐ {e(NEED_LABELS[need].get(lang))}" for need in route.needs)
        heading = e(QCoreApplication.translate("WorkParts", "What you need:"))
        parts.append(f"<p style='margin-top:6px; margin-bottom:0'><b>{heading}</b> {needs}</p>")
    if route.steps:
        # Noto CJK's own line is 1.45 em, so Chinese needs little extra to reach 1.3 (as on paper)
        spacing = 110 if lang == "zh" else 135
        items = "".join(f"<li style='line-height:{spacing}%'>{e(step.get(lang))}</li>" for step in route.steps)
        body = QApplication.font().pointSizeF()
        scale = STEP_SCALE if body < LARGE_BODY else 1.0  # large text is large enough: the steps fit the screen
        size = f"font-size:{body * scale:.1f}pt; " if main else ""
        parts.append(f"<ol style='{size}margin-top:4px'>{items}</ol>")
    if not main:
        parts.append(say_html(route, lang))
        sure = e(QCoreApplication.translate("WorkParts", "How sure we are:"))
        parts.append(f"<p>{sure} {e(CONFIDENCE_LABELS[route.confidence].get(lang))}</p>")
    return "".join(parts)


def say_html(route: Route, lang: str) -> str:
    if route.say is None:
        return ""
    heading = html.escape(QCoreApplication.translate("WorkParts", "What to say (read it out):"))
    return f"<p><b>{heading}</b></p><blockquote>“{html.escape(route.say.get(lang))}”</blockquote>"


def _colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def _sep(lang: str) -> str:
    return "、" if lang == "zh" else ", "


class RouteView(QFrame):
    """One offered way: `main` is the one to follow now, in large type and without a frame, else a
    framed card. Both have `.route`, `.offered` and a focusable `.label` (Tab reaches it, a screen
    reader reads it, a ring shows the focus)."""

    def __init__(self, offered: OfferedRoute, lang: str, show_kind: bool, main: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offered = offered
        self.route = offered.route
        self.main = main
        self.setObjectName("mainRoute" if main else "routeCard")
        # the ring's room is kept when the steps have no focus: taking the focus never moves the text
        # (a border that appeared on focus drew over the first letters: seen at 1024x768 large text)
        focus = (f"QLabel#routeText {{ border: 3px solid transparent; border-radius: 6px; padding: 2px; }} "
                 f"QLabel#routeText:focus {{ border-color: {FOCUS}; }}")
        self.setStyleSheet(focus if main else "QFrame#routeCard { border: 1px solid #9aa5b1; border-radius: 8px;"
                           " background: #fbfcfe; } " + focus)
        layout = QVBoxLayout(self)
        if main:
            layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("routeText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        # selectable with the mouse, links reachable by keyboard; no keyboard caret: a text cursor
        # blinking at the end of the steps looks like a box to type in (seen under Xvfb)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.label)
        self.set_offered(offered, lang, show_kind)

    def set_offered(self, offered: OfferedRoute, lang: str, show_kind: bool) -> None:
        """Show another way in this same view (the work page reuses its views from item to item:
        new text only, no new widgets to create, style and lay out)."""
        self.offered = offered
        self.route = offered.route
        text = route_html(offered, lang, self.main, show_kind)
        self.label.setText(text)
        self.label.setAccessibleName(f"{way_label(offered.number)}{_colon(lang)}{offered.route.title.get(lang)}")
        self.label.setAccessibleDescription(_plain(text))


class ColumnStatusBar(StatusBar):
    """The status buttons as the frame's StatusBar draws them, in four, two or one column: at 1024 px
    in large text two "⊘ 没有这个账号 ✔" side by side are wider than the page, so one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the grid's own minimum is that of its current columns: the widget's is one button's
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def _widest(self) -> int:
        return max(self.widest_hint(status) for status in self.buttons)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widest(), super().minimumSizeHint().height())

    def columns_for(self, width: int) -> int:
        columns = super().columns_for(width)
        return columns if columns == 4 or width >= 2 * self._widest() + self.SPACING else 1


class WorkList(QListWidget):
    """The whole list, opened in place by 全部清单: one row per item in work order, its status as a
    shape and a word that fits the item, money items in words. Keeps the order it was given, so
    rows do not jump while the user works down the list. It is as tall as its rows (never a scroll
    box inside the page)."""

    item_selected = Signal(str)  # item key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(self._on_current)
        self._catalog: Catalog | None = None
        self._lang = "zh"

    def row_text(self, item: ChecklistItem) -> str:
        status = status_label(item.status, item.kind, self._lang)
        money = QCoreApplication.translate("WorkParts", " · money") \
            if money_badge(item, self._catalog) and item.status.is_open else ""
        return f"{STATUS_MARKS[item.status]}  {item_name(item, self._catalog, self._lang)}{money} — {status}"

    def fill(self, items: list[ChecklistItem], catalog: Catalog, lang: str) -> None:
        self._catalog, self._lang = catalog, lang
        self.blockSignals(True)
        self.clear()
        for item in items:
            row = QListWidgetItem(self.row_text(item))
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            self._style(row, item)
            self.addItem(row)
        self.blockSignals(False)

    def refresh(self, item: ChecklistItem) -> None:
        row = self.row_of(item.key)
        if row is not None and self._catalog is not None:
            self.item(row).setText(self.row_text(item))
            self._style(self.item(row), item)

    def _style(self, row: QListWidgetItem, item: ChecklistItem) -> None:
        font = row.font()
        font.setBold(money_badge(item, self._catalog) and item.status.is_open)
        row.setFont(font)

    def row_of(self, key: str) -> int | None:
        for index in range(self.count()):
            if self.item(index).data(Qt.ItemDataRole.UserRole) == key:
                return index
        return None

    def item_keys(self) -> list[str]:
        """The items' keys in the list's order, as she sees them (上一项 / 下一项 / 第 3 项 follow it)."""
        return [str(self.item(index).data(Qt.ItemDataRole.UserRole)) for index in range(self.count())]

    def select_key(self, key: str) -> bool:
        row = self.row_of(key)
        if row is None:
            return False
        self.setCurrentRow(row)
        return True

    def current_key(self) -> str:
        current = self.currentItem()
        return str(current.data(Qt.ItemDataRole.UserRole)) if current is not None else ""

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.item_selected.emit(str(current.data(Qt.ItemDataRole.UserRole)))

    def fit_height(self) -> None:
        """Exactly as tall as its rows: it shows everything and never scrolls itself."""
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 4)


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
