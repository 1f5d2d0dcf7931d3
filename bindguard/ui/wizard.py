"""The wizard frame: step list on the left, the page on the right, big Back/Next at the bottom.

Not a stock QWizard (PRODUCT.md §3 "Look"): the situation decides which pages take part, pages
are built the first time they are shown, and the position is saved on every move so that a
closed window reopens on the same page and item.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bindguard.core.flow import PAGE_ORDER, numbered_steps, pages_for
from bindguard.ui import page_table
from bindguard.ui.context import AppContext
from bindguard.ui.store_writes import StoreBanner, save
from bindguard.ui.widgets.enum_props import set_no_focus, set_no_horizontal_scroll_bar

if TYPE_CHECKING:
    from bindguard.ui.pages.base import BasePage


NORMAL_SIZE = (1240, 860)  # capped by the screen: 1240x728 on a 1366x768 laptop, 1008x728 on 1024x768
LARGE_SIZE = (1440, 1000)  # large text at 1100x760 leaves the work page's list a few words wide
# Before the window manager has framed the window its title bar and borders are unknown: the first
# size leaves this much of the screen's available height (and a little of its width) for them.
FRAME_ALLOWANCE = QSize(16, 40)


def first_size(available: QSize, large_text: bool, remembered: QSize | None = None) -> QSize:
    """The window's first size: the remembered one for this screen size, else the preferred one,
    never larger than the screen's available area less the frame (1024x728 after a taskbar)."""
    width, height = remembered.toTuple() if remembered is not None else (LARGE_SIZE if large_text else NORMAL_SIZE)
    room = available - FRAME_ALLOWANCE
    return QSize(min(width, room.width()), min(height, room.height()))


class WizardWindow(QMainWindow):
    page_changed = Signal(str)
    language_change_requested = Signal(str)
    large_text_change_requested = Signal(bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._built: dict[str, BasePage] = {}
        self.current_id = ""
        self._step_widths: dict[tuple, int] = {}  # (language, font) -> the step list's one width
        self._furthest = 0  # the furthest step reached in the flow: the step list lets the user jump back to it
        self._entered: set[str] = set()
        self._after_first_paint: list | None = []  # work the first page does not need to be drawn (issue 23)
        self.setObjectName("wizard")
        self.resize(self._first_size(ctx.large_text))

        central = QWidget(self)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.step_list = QListWidget(central)
        self.step_list.setObjectName("stepList")
        set_no_focus(self.step_list)  # not Qt.FocusPolicy: see widgets/enum_props.py
        self.step_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        set_no_horizontal_scroll_bar(self.step_list)
        self.step_list.setWordWrap(True)  # on a small screen a long step name wraps (see _step_list_width)
        self.step_list.itemClicked.connect(self._on_step_clicked)
        outer.addWidget(self.step_list)

        right = QVBoxLayout()
        right.setContentsMargins(24, 16, 24, 16)
        right.setSpacing(10)
        self.store_banner = StoreBanner(central)  # a save that failed, a view-only store: ui/store_writes.py
        right.addWidget(self.store_banner)
        self.step_label = QLabel(central)
        self.step_label.setObjectName("stepCounter")
        self.title_label = QLabel(central)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.stack = QStackedWidget(central)
        right.addWidget(self.title_label)
        # Each page sits in its own scroll area (page()), so no page's content can push the window
        # taller or wider than the screen: the stack's minimum size is that of an empty scroll area.
        right.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(central)
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton(central)
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.step_label)  # "第 3 步，共 9 步" between the buttons: the page keeps the height
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        right.addLayout(buttons)
        outer.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_menu()
        self.retranslate()
        self.show_page(PAGE_ORDER[0])
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Where the keyboard goes, the page scrolls to (issue 20: the arrow keys moved the focus to an
        option below the fold and Space picked what she could not see)."""
        page = self._built.get(self.current_id)
        area = getattr(page, "scroll_area", None)
        if new is None or area is None or area.widget() is None or not area.widget().isAncestorOf(new):
            return
        area.ensureWidgetVisible(new, 0, 16)

    def _screen_key(self) -> str:
        screen = self.screen()
        size = screen.size() if screen is not None else QSize()
        return f"window_size_{size.width()}x{size.height()}"

    def _available(self) -> QSize:
        screen = self.screen()
        return screen.availableGeometry().size() if screen is not None else QSize(*LARGE_SIZE) + FRAME_ALLOWANCE

    def _first_size(self, large_text: bool) -> QSize:
        saved = self.ctx.store.get_setting(self._screen_key())
        match = saved.split("x") if saved else []
        remembered = None
        if len(match) == 2 and all(m.isdigit() for m in match):
            remembered = QSize(int(match[0]), int(match[1]))
        return first_size(self._available(), large_text, remembered)

    def fit_text_size(self, large_text: bool) -> None:
        """Grow the window for large text, as far as the screen allows; never shrink what the user sized."""
        if large_text:
            wanted = first_size(self._available(), True)
            self.resize(max(wanted.width(), self.width()), max(wanted.height(), self.height()))
        self.keep_on_screen()

    def keep_on_screen(self) -> None:
        """Shrink and move the window so that its frame, title bar included, lies within the screen's
        available area (the frame is known once the window manager has decorated the window)."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        area = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        if extra_w == 0 and extra_h == 0:  # not framed yet: assume a title bar
            extra_w, extra_h = FRAME_ALLOWANCE.width(), FRAME_ALLOWANCE.height()
        width = min(inner.width(), area.width() - extra_w)
        height = min(inner.height(), area.height() - extra_h)
        if (width, height) != (inner.width(), inner.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
        y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, area.x()), max(y, area.y()))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.keep_on_screen)
        QTimer.singleShot(300, self, self.keep_on_screen)  # after the window manager has framed the window
        QTimer.singleShot(300, self, self._run_after_first_paint)  # at the latest, if no paint came

    def keyPressEvent(self, event) -> None:
        """Enter presses the focused button, as Space does. Outside a dialog Qt's buttons ignore
        Enter, and older users press Enter on 开始一份新清单, 添加这张卡 or 上一步 (walked under Xvfb).
        Not by making every button auto-default: a focused auto-default button becomes the default
        one and is painted filled, like the page's main button (focused must be a ring only)."""
        from PySide6.QtCore import Qt  # after the first key press: not on the start path

        button = self.focusWidget()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat()
                and isinstance(button, QPushButton) and button.isEnabled() and button.isVisible()):
            button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit_menu(self) -> None:
        """Room for every item's words and shortcut. Qt sized the menu for the font's first family,
        not the Chinese one it draws with, and cut 大字模式 to "大…式" in large text (seen under Xvfb)."""
        metrics = QFontMetrics(self.view_menu.font())
        widest = max(metrics.horizontalAdvance(action.text().replace("&", ""))
                     + metrics.horizontalAdvance(action.shortcut().toString()) for action in self.view_menu.actions())
        self.view_menu.setMinimumWidth(widest + 4 * metrics.height())  # tick column, gap, margins

    def closeEvent(self, event) -> None:
        if not self.isMaximized() and not self.isFullScreen():
            try:  # remembered per screen size, for the next start on this screen
                key, size = self._screen_key(), f"{self.width()}x{self.height()}"
                save(self, lambda: self.ctx.store.set_setting(key, size))
            except Exception:  # a closed store must never stop the window from closing
                pass
        super().closeEvent(event)

    # -- menu ----------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        self.view_menu = self.menuBar().addMenu("")
        self.lang_zh_action = QAction(self)
        self.lang_en_action = QAction(self)
        self.lang_zh_action.triggered.connect(lambda: self.language_change_requested.emit("zh"))
        self.lang_en_action.triggered.connect(lambda: self.language_change_requested.emit("en"))
        self.large_text_action = QAction(self)
        self.large_text_action.setCheckable(True)
        self.large_text_action.setChecked(self.ctx.large_text)
        # A property from a string, not setShortcut(QKeySequence(...)): their overloads build the Qt
        # namespace's and QKeySequence's Python enums first (widgets/enum_props.py).
        self.large_text_action.setProperty("shortcut", "Ctrl++")
        self.large_text_action.toggled.connect(self.large_text_change_requested.emit)
        self.view_menu.addAction(self.lang_zh_action)
        self.view_menu.addAction(self.lang_en_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.large_text_action)
        # 朗读慢一点 (issue 25): the setting widgets/read_aloud.py SLOW_SETTING reads (not imported: start-up)
        self.slow_speech_action = QAction(self)
        self.slow_speech_action.setCheckable(True)
        self.slow_speech_action.setChecked(self.ctx.store.get_setting("speech_slow") == "1")
        self.slow_speech_action.toggled.connect(
            lambda on: save(self, lambda: self.ctx.store.set_setting("speech_slow", "1" if on else "0")))
        self.view_menu.addAction(self.slow_speech_action)
        self.view_menu.aboutToShow.connect(self._fit_menu)

    # -- pages ---------------------------------------------------------------------------------

    def page(self, page_id: str) -> BasePage:
        """The page object, built on first use: its module is imported then too (start-up time)."""
        page = self._built.get(page_id)
        if page is None:
            area = QScrollArea(self.stack)
            area.setObjectName(f"pageScroll_{page_id}")
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            set_no_horizontal_scroll_bar(area)
            set_no_focus(area)
            page = page_table.page_class(page_id)(self.ctx, area)
            area.setWidget(page)
            page.scroll_area = area  # the one scroll area of the page's body
            page.completeness_changed.connect(self._refresh_frame)  # the situation may change the flow
            page.navigate_requested.connect(self._on_navigate)
            self._built[page_id] = page
            self.stack.addWidget(self._with_footer(area, page.footer))
        return page

    def _with_footer(self, area: QScrollArea, footer: QWidget | None) -> QWidget:
        """The page's scroll area, and under it the page's footer if it offers one (the work page's
        status buttons): fixed above 上一步/下一步, on screen whatever the scroll (issue 20)."""
        if footer is None:
            return area
        holder = QWidget(self.stack)
        holder.setObjectName(f"pageHolder_{area.objectName().removeprefix('pageScroll_')}")
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(area, 1)
        box.addWidget(footer)
        return holder

    def built_pages(self) -> list[BasePage]:
        return [self._built[p] for p in PAGE_ORDER if p in self._built]

    def flow(self) -> list[str]:
        """The page ids that take part for the current checklist, in order."""
        return pages_for(self.ctx.checklist, self.ctx.chosen_situation)

    def show_page(self, page_id: str) -> None:
        page = self.page(page_id)
        self.current_id = page_id
        if page_id in ("welcome", "situation") and self.ctx.checklist is None:
            self._furthest = 0
        page.enter()
        holder = page.scroll_area
        self.stack.setCurrentWidget(holder if self.stack.indexOf(holder) >= 0 else holder.parentWidget())
        if page_id in self._entered:  # a new page's area is at the top (its scroll bar not touched: issue 23)
            page.scroll_area.verticalScrollBar().setValue(0)
        self._entered.add(page_id)
        self._guard_wheel(page)
        if self.ctx.checklist is not None and self.ctx.checklist.id is not None and page_id != "welcome":
            checklist = self.ctx.checklist
            if save(self, lambda: self.ctx.store.set_position(checklist.id, page_id, checklist.current_item)):
                checklist.page = page_id
        flow = self.flow()
        if page_id in flow:
            self._furthest = max(self._furthest, flow.index(page_id))
        self._refresh_frame()
        self.focus_first_field(page)
        self.page_changed.emit(page_id)

    def _guard_wheel(self, page: BasePage) -> None:
        """Boxes and lists take no wheel turn meant for the page (widgets/wheel_guard.py). Before the
        window is first shown, the first page (no box or list of its own) waits for the first
        event-loop turn: start-up (issue 23)."""
        if self._after_first_paint is not None and page is self._built.get(PAGE_ORDER[0]):
            self._after_first_paint.append(lambda: self._guard_now(page))
            return
        self._guard_now(page)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self._run_after_first_paint()

    def _run_after_first_paint(self) -> None:
        """What the first page could be drawn without runs on the event-loop turn after it is drawn
        (start-up is measured to the first drawn page; `--exit-when-ready` quits before this)."""
        jobs, self._after_first_paint = self._after_first_paint, None
        if jobs:
            QTimer.singleShot(0, lambda: [job() for job in jobs])

    @staticmethod
    def _guard_now(page: BasePage) -> None:
        from bindguard.ui.widgets.wheel_guard import guard_wheel

        with contextlib.suppress(RuntimeError):  # the window was closed before the first turn
            guard_wheel(page)

    def focus_first_field(self, page: BasePage) -> None:
        """Entering a page puts the keyboard on its first field (the Tab order), not on Next, unless
        the page's enter() already chose where it goes (the finish page's 打印)."""
        chosen = self.focusWidget()
        if chosen is not None and page.isAncestorOf(chosen) and chosen.isVisibleTo(page):
            self._top_then_focus(page, chosen)
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                    and int(widget.focusPolicy().value) & 1):  # Qt::TabFocus
                widget.setFocus()
                page.scroll_area.verticalScrollBar().setValue(0)
                return
            widget = widget.nextInFocusChain()

    def _top_then_focus(self, page: BasePage, widget: QWidget) -> None:
        """The page from its top, scrolled only as far as the focus needs. enter() set the focus before
        the page was laid out, and the frame scrolled to it by a stale geometry (the walk: 您的情况, 银行卡
        and 完成 opened 15-30 px down, the first card's top cut off); once laid out, again."""
        area = page.scroll_area

        def place() -> None:
            if self._built.get(self.current_id) is page and self.focusWidget() is widget:
                area.verticalScrollBar().setValue(0)
                top = widget.mapTo(area.widget(), QPoint(0, 0)).y()  # its start on the first screen: enough
                if top + min(widget.height(), 60) + 16 > area.viewport().height():
                    area.ensureWidgetVisible(widget, 0, 16)

        if self._after_first_paint is not None:  # the first page, before the window is drawn: just after
            self._after_first_paint.append(place)  # (its scroll bar is PySide6 enum classes: issue 23)
            return
        place()
        QTimer.singleShot(0, self, place)

    def _on_step_clicked(self, item: QListWidgetItem) -> None:
        """A click on a step already reached goes there (forward only through the current page's checks)."""
        flow = self.flow()
        row = self.step_list.row(item)
        if not 0 <= row < len(flow) or row > self._furthest or flow[row] == self.current_id:
            return
        here = flow.index(self.current_id) if self.current_id in flow else 0
        if row > here:
            page = self.page(self.current_id)
            if not page.is_complete() or not page.leave():
                self._update_buttons()
                return
        self.show_page(flow[row])

    def go_next(self) -> None:
        page = self.page(self.current_id)
        if not page.is_complete() or not page.leave():
            self._update_buttons()
            return
        flow = self.flow()
        index = flow.index(self.current_id) if self.current_id in flow else -1
        if index + 1 < len(flow):
            self.show_page(flow[index + 1])

    def go_back(self) -> None:
        flow = self.flow()
        index = flow.index(self.current_id) if self.current_id in flow else 0
        if index > 0:
            self.show_page(flow[index - 1])

    def _on_navigate(self, target: str) -> None:
        if target == "next":
            self.go_next()
        elif target in PAGE_ORDER:
            self.show_page(target)

    # -- frame ---------------------------------------------------------------------------------

    def _refresh_frame(self) -> None:
        flow = self.flow()
        steps = numbered_steps(self.ctx.checklist, self.ctx.chosen_situation)
        page = self.page(self.current_id)
        self.title_label.setText(page.title())
        position = flow.index(self.current_id) + 1 if self.current_id in flow else 1
        if all(number is not None for _, number in steps):
            self.step_label.setText(self.tr("Step {0} of {1}").format(position, len(flow)))
        else:  # the situation is not chosen yet: how many steps there will be is not known
            self.step_label.setText(self.tr("Step {0}").format(position))
        self.step_list.clear()
        strip = self._narrow_steps()
        for index, (page_id, number) in enumerate(steps, 1):
            if index < position:
                mark = "✓"
            elif index == position:
                mark = "▶"
            else:
                mark = " "
            text = self._step_text(mark, number, self.page_title(page_id))
            item = QListWidgetItem(f"{mark}{number or ''}" if strip else text)
            if strip:  # the strip shows numbers; the name is still read out and shown on hover
                from PySide6.QtCore import Qt  # never on the start path (widgets/enum_props.py)

                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                item.setToolTip(text)
            if index == position:
                font = self.step_list.font()
                font.setBold(True)
                item.setFont(font)
            if index - 1 <= self._furthest and index != position:
                item.setToolTip(self.tr("Go back to this step"))
            self.step_list.addItem(item)
        self.step_list.setFixedWidth(self._strip_width() if strip else self._step_list_width())
        # and its title gives way too: the item's name is the page's heading there, the strip's ▶ and
        # the navigator say where she is (issue 20: the first screen holds the item and its buttons)
        self.title_label.setVisible(not strip)
        self._update_buttons()

    def _narrow_steps(self) -> bool:
        """In large text the work page gets the room: its step list folds to a strip of numbers (at
        1024 px the full list took a quarter of the width and the item ran to more screens)."""
        return self.ctx.large_text and self.current_id == "work"

    def _strip_width(self) -> int:
        font = self.step_list.font()
        font.setBold(True)
        return QFontMetrics(font).horizontalAdvance(f"▶{len(PAGE_ORDER)}") + 24 + 8 + 12

    @staticmethod
    def _step_text(mark: str, number: int | None, title: str) -> str:
        return f"{mark} {number}. {title}" if number is not None else f"{mark}    {title}"

    def _step_list_width(self) -> int:
        """One width per language and text size: the widest label any step can show (every page, the
        highest number, the widest mark, bold), so the page beside it never moves sideways
        (210, 228 then 222 px from page to page in a user walk). Computed once for each."""
        font = self.step_list.font()
        font.setBold(True)  # the current step is bold, and any step may become it
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1366
        key = (self.ctx.lang, font.pointSizeF(), font.pixelSize(), font.family(), screen)
        width = self._step_widths.get(key)
        if width is None:
            metrics = QFontMetrics(font)
            widest = max(metrics.horizontalAdvance(self._step_text(mark, len(PAGE_ORDER), self.page_title(page_id)))
                         for page_id in PAGE_ORDER for mark in ("✓", "▶", " "))
            # the list's padding and the item's padding included; never more than about a quarter of
            # the screen: in English large text the steps took 350 of 1010 px at 1024x768 and squeezed
            # the work page. A longer name wraps onto a second line instead.
            width = self._step_widths[key] = min(widest + 24 + 8 + 12, max(180, round(screen * 0.26)))
        return width

    def page_title(self, page_id: str) -> str:
        return page_table.short_title(page_id)

    def _update_buttons(self) -> None:
        flow = self.flow()
        index = flow.index(self.current_id) if self.current_id in flow else 0
        self.back_button.setVisible(index > 0)  # nothing to go back to on the first page
        is_last = index == len(flow) - 1
        page = self.page(self.current_id)
        self.next_button.setVisible(not is_last and page.uses_next_button)
        self.next_button.setEnabled(page.is_complete())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("BindGuard — change your number safely"))
        # No mnemonic letter in Chinese ("显示(&V)" reads machine-made): the translation drops the "&";
        # the keyboard shortcut stays, shown in the menu and in the tooltip.
        self.view_menu.setTitle(self.tr("&View"))
        self.view_menu.setToolTipsVisible(True)
        self.lang_zh_action.setText("中文")
        self.lang_en_action.setText("English")
        self.large_text_action.setText(self.tr("&Large text"))
        self.large_text_action.setToolTip(self.tr("Large text (Ctrl and +)"))
        self.slow_speech_action.setText(self.tr("Read aloud more &slowly"))
        self.back_button.setText(self.tr("← Back"))
        self.next_button.setText(self.tr("Next →"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.back_button.setAccessibleDescription(self.tr("Go to the previous step"))
        self.next_button.setAccessibleDescription(self.tr("Go to the next step"))
        for page in self._built.values():
            page.retranslate()
        if self.current_id:
            self._refresh_frame()
