"""Page 1, 欢迎: what the app does, the privacy promise, start new or continue a saved checklist."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from bindguard.ui import theme
from bindguard.ui.context import AppContext
from bindguard.ui.pages.base import BasePage
from bindguard.ui.set_aside_notice import SetAsideNotice
from bindguard.ui.widgets.enum_props import set_no_horizontal_scroll_bar
from bindguard.ui.widgets.page_body import fit_to_rows, scroll_body, selection_is_the_choice, set_primary, tab_chain
from bindguard.ui.widgets.wrap_button import WrapCheckBox

# a saved checklist's row: its text wraps inside the selected row's 3 px frame and the delegate's 3 px text
# margin a side (ROW_INSET across); down, only the frame (Qt's item text has no margin above or below)
ROW_INSET = 8
ROW_INSET_DOWN = 4
TEXT_WORD_WRAP = 0x1000  # Qt::TextWordWrap, without the Qt namespace on the start path (widgets/enum_props.py)


class WelcomePage(BasePage):
    page_id = "welcome"
    uses_next_button = False
    start_requested = Signal()
    continue_requested = Signal(int)
    large_text_toggled = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._saved_ids: list[int] = []  # by row (not an item data role: see widgets/enum_props.py)
        self._arrived_row: int | None = None  # a checklist just taken over: selected when the dialog closes
        layout = scroll_body(self, spacing=10)  # large text must never clip the introduction
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("intro")
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.privacy.setObjectName("privacy")
        self.large_text = WrapCheckBox(self)
        self.large_text.setObjectName("largeTextSwitch")
        self.large_text.setChecked(ctx.large_text)
        self.large_text.toggled.connect(self.large_text_toggled.emit)
        self.set_aside = SetAsideNotice(ctx, self)  # a progress file set aside: ui/set_aside_notice.py
        self.set_aside.brought_back.connect(self.reload)
        self.folder_notice = QLabel(self)  # a data folder others may open (paths.shared_folder)
        self.folder_notice.setObjectName("sharedFolderNotice")
        self.folder_notice.setWordWrap(True)
        self.folder_notice.hide()

        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(self.start_requested.emit)

        self.start_label = QLabel(self)
        self.start_label.setWordWrap(True)
        self.saved_label = QLabel(self)
        self.saved_label.setWordWrap(True)
        self.saved_list = QListWidget(self)
        self.saved_list.setObjectName("savedChecklists")
        self.saved_list.setWordWrap(True)  # a long name wraps; the list never scrolls sideways
        set_no_horizontal_scroll_bar(self.saved_list)
        self.saved_label.setBuddy(self.saved_list)
        self.saved_list.itemActivated.connect(self._continue_item)
        self.saved_list.currentItemChanged.connect(lambda *_: self._update_continue())
        selection_is_the_choice(self.saved_list)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(lambda: self._continue_item(self.saved_list.currentItem()))
        # hand-over (ui/handover_dialog.py): out for the selected checklist, in from a file
        self.hand_over_button = QPushButton(self)
        self.hand_over_button.setObjectName("handOverButton")
        self.hand_over_button.clicked.connect(self.hand_over)
        self.take_over_button = QPushButton(self)
        self.take_over_button.setObjectName("takeOverButton")
        self.take_over_button.clicked.connect(self.take_over)
        self.handover_dialog = None

        layout.addWidget(self.set_aside)
        layout.addWidget(self.folder_notice)
        # A saved checklist comes first and its 继续 is the primary button: starting again would
        # make a duplicate checklist (issue 12). It stands above the introduction, which the user
        # has read before: below it, 继续 was under the fold at 1024x768 in large text. Without a
        # saved checklist this block is hidden and 开始一份新清单 is the primary button.
        layout.addWidget(self.saved_label)
        layout.addWidget(self.saved_list)
        row2 = QHBoxLayout()
        row2.addWidget(self.continue_button)
        row2.addWidget(self.hand_over_button)
        row2.addStretch(1)
        layout.addLayout(row2)
        # the other way in: right under 继续 when there is a saved checklist (the two ways in side by
        # side), after the introduction when there is none (reload() moves it)
        self.start_box = QWidget(self)
        # the words beside the button, and 大字 beside 从别的电脑接过来: two lines less (issue 20: the
        # page was 2.3 screens at 1024x768 in large text in English)
        start = QHBoxLayout(self.start_box)
        start.setContentsMargins(0, 0, 0, 0)
        start.addWidget(self.start_label)
        start.addWidget(self.start_button)
        start.addStretch(1)
        layout.addWidget(self.start_box)
        layout.addWidget(self.intro)
        layout.addWidget(self.privacy)
        take_row = QHBoxLayout()
        take_row.addWidget(self.large_text)
        take_row.addWidget(self.take_over_button)
        take_row.addStretch(1)
        layout.addLayout(take_row)
        self._take_row = take_row
        layout.addStretch(1)  # any room left stays below the buttons, not between them
        self._layout = layout
        self.retranslate()

    def _folder_notice(self) -> None:
        from bindguard.core.errors import message
        from bindguard.core.paths import shared_folder

        store_path = getattr(self.ctx.store, "path", None)
        folder = store_path.parent if store_path is not None else None
        if folder is None or not shared_folder(folder):
            self.folder_notice.hide()
            return
        text = message("store.folder_shared", "en" if self.ctx.lang == "en" else "zh", path=str(folder))
        self.folder_notice.setText(text)
        self.folder_notice.setAccessibleName(text)
        self.folder_notice.show()

    def title(self) -> str:
        return self.tr("Welcome to BindGuard")

    def enter(self) -> None:
        if self.ctx.checklist is None:  # a situation picked for a list never made is no one's (core.flow)
            self.ctx.chosen_situation = None
        self.large_text.setChecked(self.ctx.large_text)
        self.reload()
        (self.continue_button if self.continue_button.isVisibleTo(self) else self.start_button).setFocus()

    def saved_row(self, checklist_id: int) -> int:
        """The row of a saved checklist in the list on this page, or -1 when it is not listed."""
        return self._saved_ids.index(checklist_id) if checklist_id in self._saved_ids else -1

    def reload(self) -> None:
        self.set_aside.refresh()
        self._folder_notice()
        self.saved_list.clear()
        self._saved_ids = []
        lang = self.ctx.lang
        for summary in self.ctx.store.list_checklists():
            situation = summary.situation.label.get(lang)
            text = self.tr("{name} — {situation} — {done} of {total} done").format(
                name=summary.name, situation=situation, done=summary.progress.finished,
                total=summary.progress.total)
            if summary.old_number:
                text += f" — {summary.old_number}"
            item = QListWidgetItem(text)
            self.saved_list.addItem(item)
            self._saved_ids.append(summary.id)
        has_saved = self.saved_list.count() > 0
        self.saved_label.setVisible(has_saved)
        self.saved_list.setVisible(has_saved)
        self.continue_button.setVisible(has_saved)
        self.hand_over_button.setVisible(has_saved)
        self.start_label.setVisible(has_saved)
        self._layout.removeWidget(self.start_box)
        self._layout.insertWidget(self._layout.indexOf(self.intro) if has_saved
                                  else self._layout.indexOf(self._take_row), self.start_box)
        reading = [self.saved_list, self.continue_button, self.hand_over_button, self.start_button,
                   self.large_text, self.take_over_button] if has_saved \
            else [self.start_button, self.large_text, self.take_over_button]
        tab_chain(reading)  # Tab goes in the order the page is read
        set_primary(self.continue_button, has_saved)
        set_primary(self.start_button, not has_saved)
        if has_saved:
            self.saved_list.setCurrentRow(0)
            self._fit_list()
        self._update_continue()

    def _fit_list(self) -> None:
        """As tall as its rows, up to four: no empty box, no box-in-a-page to scroll for one or two.
        Each row as tall as its text wrapped at the list's width now, inside the selected row's frame:
        measured by Qt's delegate, a long name in large text got one line and "…" (issue 20)."""
        listed = self.saved_list
        width = listed.viewport().width() - 2 * ROW_INSET
        metrics = QFontMetrics(listed.font())
        for row in range(listed.count()):
            item = listed.item(row)
            text = metrics.boundingRect(0, 0, max(width, 1), 100_000, TEXT_WORD_WRAP, item.text())
            least = theme.TARGET_PX if self.ctx.large_text else 0  # a row she clicks: 60 px in large text
            item.setSizeHint(QSize(max(width, 1), max(text.height() + 2 * ROW_INSET_DOWN, least)))
        fit_to_rows(listed, 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.saved_list.isVisibleTo(self):
            self._fit_list()  # wrapped rows change height with the width

    def _update_continue(self) -> None:
        self.continue_button.setEnabled(self.saved_list.currentItem() is not None)
        self.hand_over_button.setEnabled(self.saved_list.currentItem() is not None)

    def hand_over(self) -> None:
        """交给别的电脑: the selected checklist ticked (others can be ticked in the dialog)."""
        item = self.saved_list.currentItem()
        if item is None:
            return
        from bindguard.ui.handover_dialog import ExportDialog

        self.handover_dialog = ExportDialog(self.ctx, [self._saved_ids[self.saved_list.row(item)]], self)
        self.handover_dialog.open()

    def take_over(self) -> None:
        """从别的电脑接过来: the checklists that arrive join the list at once."""
        from bindguard.ui.handover_dialog import ImportDialog

        self.handover_dialog = ImportDialog(self.ctx, self)
        self.handover_dialog.imported.connect(self._arrived)
        self.handover_dialog.finished.connect(lambda _result: self._ready_to_continue())
        self.handover_dialog.open()

    def _arrived(self, checklist_ids: list[int]) -> None:
        """Checklists came from another computer: listed at once, the first of them selected."""
        self.reload()
        rows = [self.saved_row(i) for i in checklist_ids if self.saved_row(i) >= 0]
        if rows:
            self.saved_list.setCurrentRow(rows[0])
            self._arrived_row = rows[0]

    def _ready_to_continue(self) -> None:
        """The dialog closed: the checklist that arrived is selected, its row whole and in view, and the
        focus on 继续 (it was on 开始一份新清单 or on 从别的电脑接过来 at the page's foot)."""
        if self._arrived_row is None or not self.continue_button.isVisibleTo(self):
            return
        self._arrived_row = None
        self._fit_list()
        self.continue_button.setFocus()
        area = getattr(self, "scroll_area", None)
        if area is not None:
            area.ensureWidgetVisible(self.continue_button)
            area.ensureWidgetVisible(self.saved_list)

    def _continue_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.continue_requested.emit(self._saved_ids[self.saved_list.row(item)])

    def is_complete(self) -> bool:
        return False  # the page's own buttons move on

    def retranslate(self) -> None:
        self.intro.setText(theme.para(self.tr(
            "When you stop using a phone number, the carrier sells it again after about 90 days. "
            "Whoever gets it receives the SMS codes of every app and bank card still tied to it. "
            "BindGuard helps you find each of them and move it to your new number, step by step.")))
        self.privacy.setText(theme.para(self.tr(
            "Private: all you enter stays on this computer. No network connection; phone numbers "
            "are kept masked, notes locked with the system keyring.")))
        self.large_text.setText(self.tr("Large text"))
        self.large_text.setAccessibleDescription(self.tr("Make all text and buttons bigger"))
        self.start_button.setText(self.tr("Start a new checklist"))
        self.start_button.setAccessibleDescription(self.tr("Begin a new checklist for yourself or a relative"))
        self.saved_label.setText(self.tr("Continue where you left off:"))
        self.start_label.setText(self.tr("Or start a new checklist:"))
        self.saved_list.setAccessibleName(self.tr("Saved checklists"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleDescription(self.tr("Open the selected checklist where you left it"))
        self.hand_over_button.setText(self.tr("Hand over to another computer"))
        self.hand_over_button.setAccessibleName(self.tr("Hand over to another computer"))
        self.hand_over_button.setAccessibleDescription(
            self.tr("Put the selected checklist with its notes into a locked file for another computer"))
        self.take_over_button.setText(self.tr("Take over from another computer"))
        self.take_over_button.setAccessibleName(self.tr("Take over from another computer"))
        self.take_over_button.setAccessibleDescription(
            self.tr("Open a hand-over file made on another computer and add its checklists"))
        self.set_aside.retranslate()
        if self.isVisible():
            self.reload()
