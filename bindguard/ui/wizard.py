"""The wizard frame: step list on the left, the page on the right, big Back/Next at the bottom.

Not a stock QWizard (PRODUCT.md §3 "Look"): the situation decides which pages take part, pages
are built the first time they are shown, and the position is saved on every move so that a
closed window reopens on the same page and item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bindguard.core.flow import PAGE_ORDER, pages_for
from bindguard.ui import page_table
from bindguard.ui.context import AppContext
from bindguard.ui.store_writes import StoreBanner, save
from bindguard.ui.widgets.enum_props import set_no_focus

if TYPE_CHECKING:
    from bindguard.ui.pages.base import BasePage


NORMAL_SIZE = (1100, 760)
LARGE_SIZE = (1440, 1000)  # large text at 1100x760 leaves the work page's list a few words wide


class WizardWindow(QMainWindow):
    page_changed = Signal(str)
    language_change_requested = Signal(str)
    large_text_change_requested = Signal(bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._built: dict[str, BasePage] = {}
        self.current_id = ""
        self.setObjectName("wizard")
        self.resize(*NORMAL_SIZE)
        self.fit_text_size(ctx.large_text)

        central = QWidget(self)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.step_list = QListWidget(central)
        self.step_list.setObjectName("stepList")
        set_no_focus(self.step_list)  # not Qt.FocusPolicy: see widgets/enum_props.py
        self.step_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.step_list.setFixedWidth(240)
        outer.addWidget(self.step_list)

        right = QVBoxLayout()
        right.setContentsMargins(32, 24, 32, 24)
        right.setSpacing(16)
        self.store_banner = StoreBanner(central)  # a save that failed, a view-only store: ui/store_writes.py
        right.addWidget(self.store_banner)
        self.step_label = QLabel(central)
        self.step_label.setObjectName("stepCounter")
        self.title_label = QLabel(central)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.stack = QStackedWidget(central)
        right.addWidget(self.step_label)
        right.addWidget(self.title_label)
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
        buttons.addWidget(self.next_button)
        right.addLayout(buttons)
        outer.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_menu()
        self.retranslate()
        self.show_page(PAGE_ORDER[0])

    def fit_text_size(self, large_text: bool) -> None:
        """Grow the window for large text, as far as the screen allows; never shrink what the user sized."""
        if not large_text:
            return
        width, height = LARGE_SIZE
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height() - 40)
        self.resize(max(width, self.width()), max(height, self.height()))

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

    # -- pages ---------------------------------------------------------------------------------

    def page(self, page_id: str) -> BasePage:
        """The page object, built on first use: its module is imported then too (start-up time)."""
        page = self._built.get(page_id)
        if page is None:
            page = page_table.page_class(page_id)(self.ctx, self.stack)
            page.completeness_changed.connect(self._refresh_frame)  # the situation may change the flow
            page.navigate_requested.connect(self._on_navigate)
            self._built[page_id] = page
            self.stack.addWidget(page)
        return page

    def built_pages(self) -> list[BasePage]:
        return [self._built[p] for p in PAGE_ORDER if p in self._built]

    def flow(self) -> list[str]:
        """The page ids that take part for the current checklist, in order."""
        return pages_for(self.ctx.checklist)

    def show_page(self, page_id: str) -> None:
        page = self.page(page_id)
        self.current_id = page_id
        page.enter()
        self.stack.setCurrentWidget(page)
        if self.ctx.checklist is not None and self.ctx.checklist.id is not None and page_id != "welcome":
            checklist = self.ctx.checklist
            if save(self, lambda: self.ctx.store.set_position(checklist.id, page_id, checklist.current_item)):
                checklist.page = page_id
        self._refresh_frame()
        self.page_changed.emit(page_id)

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
        page = self.page(self.current_id)
        self.title_label.setText(page.title())
        position = flow.index(self.current_id) + 1 if self.current_id in flow else 1
        self.step_label.setText(self.tr("Step {0} of {1}").format(position, len(flow)))
        self.step_list.clear()
        for number, page_id in enumerate(flow, 1):
            title = self.page_title(page_id)
            if number < position:
                mark = "✓"
            elif number == position:
                mark = "▶"
            else:
                mark = " "
            item = QListWidgetItem(f"{mark} {number}. {title}")
            if number == position:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.step_list.addItem(item)
        self._update_buttons()

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
        self.view_menu.setTitle(self.tr("&View"))
        self.lang_zh_action.setText("中文")
        self.lang_en_action.setText("English")
        self.large_text_action.setText(self.tr("&Large text"))
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
