"""A check box and a radio button whose text wraps onto more lines instead of widening the page.

Qt's QCheckBox/QRadioButton draw their text on one line: in large text a sentence-long label made
the page wider than a 1024-px screen's window (issue 12). These draw the box, the focus ring and
the indicator through the style (so the stylesheet applies), then the text word-wrapped beside it,
and report a height for their width to the layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QCheckBox, QRadioButton, QSizePolicy

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionButton

WRAP = 0x1000 | 0x0001 | 0x0080  # Qt::TextWordWrap | AlignLeft | AlignVCenter: see widgets/enum_props.py
MIN_CHARS = 8  # the narrowest a wrapped label gets, in average character widths


class _Wrapping:
    # By name, looked up on first use: importing QStyle makes PySide6 build all 25 of its enums (~700
    # members, ~10 ms at start-up); the welcome page's one-line check box never needs them, so QStyle,
    # its option and QPainter are imported only where a label really wraps.
    _control_name: str
    _contents_name: str

    def _setup(self) -> None:
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)  # Fixed would cap it at one line
        self.setSizePolicy(policy)

    def _option(self, width: int | None = None) -> QStyleOptionButton:
        from PySide6.QtWidgets import QStyleOptionButton

        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        if width is not None:
            option.rect = QRect(0, 0, width, 10_000)
        return option

    def _text_rect(self, option: QStyleOptionButton) -> QRect:
        from PySide6.QtWidgets import QStyle

        contents = getattr(QStyle.SubElement, self._contents_name)
        rect = self.style().subElementRect(contents, option, self)
        return rect.adjusted(0, 0, -2, 0)

    def _one_line(self) -> QSize:
        return type(self).__mro__[2].sizeHint(self)  # the Qt class's own one-line size

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = self._one_line()
        if width >= one_line.width():
            return one_line.height()  # it fits on one line
        metrics = self.fontMetrics()
        # the box and its spacing as the Qt class measures them (its one-line width less the text's),
        # not the style's contents rect: that needs QStyle (see _control_name), and layouts ask this
        # at narrow widths while the first page is being laid out. Never wider than that rect.
        box = one_line.width() - metrics.horizontalAdvance(self.text())
        text_width = max(1, width - box - 2)
        text_height = metrics.boundingRect(QRect(0, 0, text_width, 100_000), WRAP, self.text()).height()
        return max(one_line.height(), one_line.height() - metrics.height() + text_height)

    def sizeHint(self) -> QSize:
        return self._one_line()

    def minimumSizeHint(self) -> QSize:
        one_line = self._one_line()
        text = self.fontMetrics().horizontalAdvance(self.text())
        narrow = one_line.width() - text + self.fontMetrics().averageCharWidth() * MIN_CHARS
        return QSize(min(one_line.width(), narrow), one_line.height())

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)  # the whole wrapped text is the label, not its first line

    def paintEvent(self, event) -> None:
        if self.width() >= self._one_line().width():
            type(self).__mro__[2].paintEvent(self, event)  # one line: the Qt class draws it as ever
            return
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle

        painter = QPainter(self)
        option = self._option()
        self.style().drawControl(getattr(QStyle.ControlElement, self._control_name), option, painter, self)
        painter.setFont(self.font())
        # through the style, with the palette's role: painter.setPen(QColor) would build the Qt
        # namespace's Python enums on the first page (widgets/enum_props.py)
        from PySide6.QtGui import QPalette

        self.style().drawItemText(painter, self._text_rect(option), WRAP, self.palette(), self.isEnabled(),
                                  self.text(), QPalette.ColorRole.WindowText)
        painter.end()


class WrapCheckBox(_Wrapping, QCheckBox):
    _control_name = "CE_CheckBox"
    _contents_name = "SE_CheckBoxContents"

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._setup()


class WrapRadioButton(_Wrapping, QRadioButton):
    _control_name = "CE_RadioButton"
    _contents_name = "SE_RadioButtonContents"

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._setup()
