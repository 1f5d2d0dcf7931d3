"""The folded parts of the work page (issue 20): what fits on its first screen is the item's name,
why it matters, the first way's steps and the status buttons; the rest opens in place behind plain
buttons — 更多办法 (what to say, the other ways, the hotline, the official page and its QR code, how
sure we are) and 备注 (the private note). After 已完成 or 没有这个账号 the page moves on and the undo
bar offers 撤销, above the status buttons in the page's footer. Words are translated in the context "WorkFolds"."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bindguard.core.words import quoted
from bindguard.ui.widgets.qr_view import QrView
from bindguard.ui.work_parts import ColumnStatusBar


def rich_label(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    if name:
        label.setObjectName(name)
    return label


class FoldButton(QPushButton):
    """A plain button that opens (and closes) a part of the page in place; its words say which way
    it goes (▸ closed, ▾ open), so the state is never carried by a colour alone."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setCheckable(True)
        self._words = ""
        self.toggled.connect(lambda _on: self._draw())

    def set_words(self, words: str, description: str) -> None:
        self._words = words
        self.setAccessibleName(words)
        self.setAccessibleDescription(description)
        self._draw()

    def _draw(self) -> None:
        self.setText(f"{'▾' if self.isChecked() else '▸'} {self._words}")


class MorePanel(QWidget):
    """更多办法, opened in place: what to say, the other ways (cards), the hotline, the official page
    with its QR code, and how sure we are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("morePanel")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.info_label = rich_label(self, "itemInfoMore")  # a discovery service's where, what, limits
        self.say_label = rich_label(self, "sayText")
        self.more_heading = rich_label(self, "moreHeading")
        self.routes_box = QVBoxLayout()
        self.hotline_label = rich_label(self, "hotline")
        self.hotline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        link_row = QHBoxLayout()
        link_col = QVBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openOfficial")
        self.qr_caption = QLabel(self)
        self.qr_caption.setWordWrap(True)
        link_col.addWidget(self.open_button)
        link_col.addWidget(self.qr_caption)
        link_col.addStretch(1)
        self.qr_view = QrView(self)
        self.qr_view.setObjectName("qrCode")
        link_row.addLayout(link_col, 1)
        link_row.addWidget(self.qr_view)
        self.meta_label = rich_label(self, "itemMeta")
        box.addWidget(self.info_label)
        box.addWidget(self.say_label)
        box.addWidget(self.more_heading)
        box.addLayout(self.routes_box)
        box.addWidget(self.hotline_label)
        box.addLayout(link_row)
        box.addWidget(self.meta_label)

    def retranslate(self) -> None:
        self.open_button.setText(QCoreApplication.translate("WorkPage", "Open the official page"))
        self.open_button.setAccessibleName(QCoreApplication.translate("WorkPage", "Open the official page"))
        self.qr_caption.setText(QCoreApplication.translate(
            "WorkPage", "Or scan this code with your phone to open the same page there."))
        self.qr_view.setAccessibleName(QCoreApplication.translate("WorkPage", "QR code of the official page"))


class UndoBar(QFrame):
    """Said after 已完成 / 没有这个账号 moved the page on: what was marked, and 撤销 to put it back."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setProperty("class", "notice")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 2, 4, 2)  # above the status buttons: it takes little of the page's room
        self.label = rich_label(self, "undoText")
        self.button = QPushButton(self)
        self.button.setObjectName("undoStatus")
        self.button.clicked.connect(self.undo_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.key = ""  # the item whose status 撤销 puts back
        self.previous = None  # its status before the click
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        undo = QCoreApplication.translate("WorkFolds", "Undo")
        self.button.setText(undo)
        self.button.setAccessibleName(undo)

    def offer(self, key: str, previous, name: str, status_words: str) -> None:
        self.key, self.previous = key, previous
        text = QCoreApplication.translate("WorkFolds", "{0} is marked: {1}. Here is the next item.")
        self.label.setText(f"✔ {html.escape(text.format(quoted(name), status_words))}")
        self.retranslate()
        self.button.setAccessibleDescription(
            QCoreApplication.translate("WorkFolds", "Put {0} back as it was and show it again").format(quoted(name)))
        self.show()

    def withdraw(self) -> None:
        self.key, self.previous = "", None
        self.hide()


class WorkFooter(QWidget):
    """The work page's footer (BasePage.footer): the frame puts it under the page's scroll area, above
    上一步/下一步, so the status buttons are on screen whatever the scroll (issue 20: at 1024x768 in
    large text they were below the first screen); 撤销 shows above them after one moved the page on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workFooter")
        self.undo_bar = UndoBar(self)
        self.status_bar = ColumnStatusBar(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 12, 0)  # the page body's right edge
        box.setSpacing(6)
        box.addWidget(self.undo_bar)
        box.addWidget(self.status_bar)


def scroll_into_view(page: QWidget, widget: QWidget, again: bool = True) -> None:
    """Scroll the page's scroll area (only as far as needed) so that `widget` shows whole, or from
    its top when it is taller than the area (Qt's ensureWidgetVisible would centre it); `again` once
    the scroll area has taken the page's new height (on the event loop's next turn)."""
    area = getattr(page, "scroll_area", None)  # set by the frame; a bare page (benchmarks) has none
    if area is None or not widget.isVisible():
        return
    if again:
        QTimer.singleShot(0, page, lambda: scroll_into_view(page, widget, again=False))
    page.layout().activate()
    if widget.height() + 16 <= area.viewport().height():
        area.ensureWidgetVisible(widget, 0, 16)
    else:
        bar = area.verticalScrollBar()
        bar.setValue(min(max(0, widget.mapTo(page, widget.rect().topLeft()).y() - 8), bar.maximum()))
