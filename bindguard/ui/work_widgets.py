"""Two parts of the work page with words of their own: "如果今天只做一件事" (the most urgent item left,
and a button to show it) and the help 遇到困难 opens in place (a tip, the hotline, what to say, where
the other ways are). Words are translated in the context "WorkPage", as they were on the page."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bindguard.core.audience import query_reason
from bindguard.core.catalog import Catalog
from bindguard.core.checklist import ChecklistItem, ItemKind
from bindguard.core.report import item_name
from bindguard.core.routes import RoutePlan, stuck_help
from bindguard.core.situation import Situation
from bindguard.core.speech_text import help_script, item_script
from bindguard.core.tiers import money_badge, tier_reason
from bindguard.core.words import LIST_SEP, USE_INSTEAD, join_sentences
from bindguard.ui.widgets.option_group import option_group
from bindguard.ui.widgets.read_aloud import plain
from bindguard.ui.work_folds import rich_label
from bindguard.ui.work_parts import FlowLayout, WorkList


class UrgentLine(QFrame):
    """"If you do only one thing today": the item's name and 去看这一项, or why nothing is named."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("class", "notice")
        row = QHBoxLayout(self)
        self.label = rich_label(self, "urgentLabel")
        self.button = QPushButton(self)
        self.button.setObjectName("urgentButton")
        row.addWidget(self.label, 1)
        row.addWidget(self.button)

    def render(self, name: str | None, on_screen: bool, stuck_left: bool, lang: str) -> None:
        """`name`: the urgent item's, or None when nothing urgent is left (`stuck_left`: only items she
        got stuck on). Cheap on every move: the label is only set again when its words change."""
        heading = html.escape(QCoreApplication.translate("WorkPage", "If you do only one thing today:"))
        show_button = False
        if name is None:
            words = (QCoreApplication.translate(
                "WorkPage", "Only the items you got stuck on are left: ask a relative to help, or take "
                        "your ID card to the counter.") if stuck_left
                     else QCoreApplication.translate("WorkPage", "Nothing urgent is left. Well done."))
            text = f"<b>{heading}</b> " + html.escape(words)
        elif on_screen:  # it is already on the screen
            stop = "。" if lang == "zh" else ". "
            text = f"<b>{heading}</b> {html.escape(name)}{stop}" + html.escape(
                QCoreApplication.translate("WorkPage", "That is the item you are looking at now."))
        else:
            show_button = True
            text = f"<b>{heading}</b> {html.escape(name)}"
        if self.button.isVisibleTo(self) != show_button:
            self.button.setVisible(show_button)
        if text != self.label.text():
            self.label.setText(text)
            if name is not None:
                self.button.setAccessibleDescription(QCoreApplication.translate("WorkPage", "Show: {0}").format(name))

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("WorkPage", "Show it"))
        self.button.setAccessibleName(QCoreApplication.translate("WorkPage", "Show the most urgent item"))


class StuckPanel(QFrame):
    """遇到困难, opened in place under the status buttons (core.routes.stuck_help gives the words)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stuckHelp")
        self.setProperty("class", "warning")
        box = QVBoxLayout(self)
        self.heading = rich_label(self, "stuckHeading")
        self.tip = rich_label(self, "stuckTip")
        self.call = rich_label(self, "stuckCall")
        self.call.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.heading, self.tip, self.call):
            box.addWidget(widget)
        self.hide()

    def show_help(self, help_, more_words: str) -> None:
        """`more_words`: the name of the button the other ways are folded under ('' if there are none)."""
        heading = QCoreApplication.translate("WorkPage", "Stuck? You can still do it:")
        self.heading.setText(f"<b>⚠ {html.escape(heading)}</b>")
        self.tip.setText(html.escape(help_.tip))
        call = []
        if help_.hotline:
            words = QCoreApplication.translate("WorkPage", "Call the hotline:")
            call.append(f"☎ {html.escape(words)} <b>{html.escape(help_.hotline)}</b>")
        if help_.say:
            words = QCoreApplication.translate("WorkPage", "On the phone or at the counter, say:")
            call.append(f"{html.escape(words)}<blockquote>“{html.escape(help_.say)}”</blockquote>")
        if more_words:
            words = QCoreApplication.translate(
                "WorkPage", "The other ways to do it are under “{0}” below.").format(more_words)
            call.append(f"<b>{html.escape(words)}</b>")
        self.call.setText("<br>".join(call))
        self.call.setVisible(bool(call))


class WorkNavigator(QWidget):
    """Where am I: 上一项 · 第 3 项，共 15 项 · 下一项 · 全部清单, the progress bar with its words on one
    line, and the whole list (opened in place by 全部清单). The page connects the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.row = QWidget(self)
        self.row.setObjectName("navigator")
        nav = FlowLayout(self.row)
        self.prev_button = QPushButton(self.row)
        self.prev_button.setObjectName("prevItem")
        self.position_label = QLabel(self.row)
        self.position_label.setObjectName("itemPosition")
        self.next_button = QPushButton(self.row)
        self.next_button.setObjectName("nextItem")
        self.list_button = QPushButton(self.row)
        self.list_button.setObjectName("showList")
        self.list_button.setCheckable(True)
        # where she is and how far, as two lines between the buttons (第 6 项，共 24 项 over 已完成 0 项，
        # 还剩 24 项): one row for the whole navigator, the item starts high on the first screen
        where = QWidget(self.row)
        where_box = QVBoxLayout(where)
        where_box.setContentsMargins(0, 0, 0, 0)
        where_box.setSpacing(0)
        self.progress_label = QLabel(where)
        self.progress_label.setObjectName("progressWords")
        where_box.addWidget(self.position_label)
        where_box.addWidget(self.progress_label)
        for widget in (self.prev_button, where, self.next_button, self.list_button):
            nav.addWidget(widget)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.list_panel = QWidget(self)
        self.list_panel.setObjectName("listPanel")
        panel = QVBoxLayout(self.list_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        self.list_label = QLabel(self.list_panel)
        self.list_label.setWordWrap(True)
        self.item_list = WorkList(self.list_panel)
        self.item_list.setObjectName("itemList")
        self.list_label.setBuddy(self.item_list)
        panel.addWidget(self.list_label)
        panel.addWidget(self.item_list)
        self.list_panel.hide()
        box.addWidget(self.row)
        box.addWidget(self.progress_bar)
        box.addWidget(self.list_panel)

    def retranslate(self) -> None:
        self.prev_button.setText(QCoreApplication.translate("WorkPage", "← Previous"))
        self.prev_button.setAccessibleName(QCoreApplication.translate("WorkPage", "Previous item"))
        self.prev_button.setAccessibleDescription(QCoreApplication.translate(
            "WorkPage", "Go to the item before this one"))
        self.next_button.setText(QCoreApplication.translate("WorkPage", "Next item →"))
        self.next_button.setAccessibleName(QCoreApplication.translate("WorkPage", "Next item"))
        self.next_button.setAccessibleDescription(QCoreApplication.translate(
            "WorkPage", "Go to the next item that is not finished"))
        self.list_button.setText(QCoreApplication.translate("WorkPage", "Whole list"))
        self.list_button.setAccessibleName(QCoreApplication.translate("WorkPage", "Whole list"))
        self.list_button.setAccessibleDescription(QCoreApplication.translate(
            "WorkPage", "Show or hide every item of the checklist"))
        self.progress_bar.setAccessibleName(QCoreApplication.translate("WorkPage", "Progress"))
        self.item_list.setAccessibleName(QCoreApplication.translate("WorkPage", "Your list"))
        self.item_list.setAccessibleDescription(QCoreApplication.translate(
            "WorkPage", "Use the arrow keys to choose an item"))


def reason_html(item: ChecklistItem, catalog: Catalog, situation: Situation | None, lang: str) -> str:
    """Why it matters, in one line: the tier's reason (core.tiers.tier_reason), after a warning for a
    money item still open (on a recycled number: someone else's money, touch nothing)."""
    text = tier_reason(item, catalog, lang, situation)
    if not text and item.kind is ItemKind.DISCOVERY:
        text = query_reason(situation).get(lang)  # core.audience: a recycled number's are the previous holder's
    if not text and item.kind is ItemKind.CARRIER:
        text = QCoreApplication.translate("WorkPage", "A step with your phone company.")
    parts = []
    if money_badge(item, catalog) and item.status.is_open:
        if situation is Situation.RECYCLED and item.kind is ItemKind.PLATFORM:  # someone else's money
            stake = QCoreApplication.translate(
                "WorkPage", "Someone else's money may be on it: do this one first, and touch nothing in it.")
        else:
            stake = QCoreApplication.translate("WorkPage", "Money is at stake: do this one first.")
        parts.append(f"<b>⚠ {html.escape(stake)}</b>")
    if text:
        parts.append(html.escape(text))
    return " ".join(parts)


def notice_html(plan: RoutePlan, catalog: Catalog, lang: str) -> str:
    """The plain line above the ways (core.routes.plan_routes): why the usual way cannot work now and
    what to use instead; one number holding several accounts here (not a warning sign)."""
    notice = plan.notice.get(lang) if plan.notice is not None else ""
    if not plan.usable and plan.instead:
        names = [catalog.discovery[i].name.get(lang) for i in plan.instead if i in catalog.discovery]
        notice = join_sentences(lang, notice, USE_INSTEAD.format(names=LIST_SEP.get(lang).join(names)).get(lang))
    lines = [f"⚠ {html.escape(notice)}"] if notice else []
    if plan.several is not None:
        lines.append(f"<b>{html.escape(plan.several.get(lang))}</b>")
    return "<br>".join(lines)


class _LineLabel(QLabel):
    """A word-wrapped label that asks for its whole text on one line (a wrapped QLabel's hint is a
    narrower "nice" width): beside its answers it wraps only when the line is really too short."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        line = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(max(hint.width(), line), hint.height())


class SmsQuestion(QWidget):
    """"Does the old number still receive SMS codes?" with its answers 能 / 不能 on one line (saved per item)."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = _LineLabel(self)
        self.label.setWordWrap(True)
        self.yes = QRadioButton(self)
        self.no = QRadioButton(self)
        self.group = QButtonGroup(self)
        row = FlowLayout(self, spacing=16)
        for widget in (self.label, self.yes, self.no):
            row.addWidget(widget)
        for radio, works in ((self.yes, True), (self.no, False)):
            self.group.addButton(radio)
            radio.toggled.connect(lambda on, works=works: on and self.answered.emit(works))
        option_group(self.group)  # Tab enters at the answer given, the arrows answer (widgets/option_group.py)

    def show_answer(self, works: bool) -> None:
        for radio in (self.yes, self.no):
            radio.blockSignals(True)
        (self.yes if works else self.no).setChecked(True)
        for radio in (self.yes, self.no):
            radio.blockSignals(False)

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("WorkPage", "Does the old number still receive SMS codes?"))
        self.yes.setText(QCoreApplication.translate("WorkPage", "Yes"))  # short: question and answers on one line
        self.no.setText(QCoreApplication.translate("WorkPage", "No"))
        self.yes.setAccessibleName(QCoreApplication.translate("WorkPage", "Yes, it still gets SMS"))
        self.no.setAccessibleName(QCoreApplication.translate("WorkPage", "No, it gets no SMS any more"))
        self.yes.setAccessibleDescription(QCoreApplication.translate("WorkPage", "Show the normal way first"))
        self.no.setAccessibleDescription(
            QCoreApplication.translate("WorkPage", "Show the ways that need no code first"))


def item_speech(page):
    """What 朗读 reads (issue 25, core/speech_text.py): the item's name, why it matters, the first way's
    steps and what to say, in the page's language."""
    if page.item is None:
        return ()
    first = page.route_cards[0].route if page.route_cards else None
    steps = [step.get(page.lang) for step in first.steps] if first is not None else []
    say = first.say.get(page.lang) if first is not None and first.say is not None else ""
    return item_script(page.lang, item_name(page.item, page.ctx.catalog, page.lang),
                       plain(page.reason_label.text()), steps, say)


def help_speech(page):
    """What 朗读 reads in the help 遇到困难 opens."""
    if page.item is None or page.ctx.checklist is None:
        return ()
    help_ = stuck_help(page.ctx.checklist, page.item, page.ctx.catalog, page.lang)
    return help_script(page.lang, plain(page.stuck_heading.text()), help_.tip, help_.hotline, help_.say)
