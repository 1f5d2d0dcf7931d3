"""A number field with large minus and plus buttons beside it (issue 12: the spin-box arrows were ~10 px).

The field is a plain QSpinBox without its own arrows: the arrow keys and typing still work, the
wheel changes it only while it has focus (widgets/wheel_guard.py). The two buttons are as large as
every other button and are not Tab stops (the field takes the arrow keys).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QPushButton, QSpinBox, QWidget


class NumberStepper(QWidget):
    def __init__(self, spin: QSpinBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = spin
        spin.setParent(self)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.minus = QPushButton("－", self)  # full-width: in the bundled font subset, large like +
        self.plus = QPushButton("+", self)
        for button, step in ((self.minus, spin.stepDown), (self.plus, spin.stepUp)):
            button.setObjectName(f"{spin.objectName()}_{'minus' if button is self.minus else 'plus'}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(True)
            button.clicked.connect(step)
            button.setProperty("class", "stepper")
        layout.addWidget(self.minus)
        layout.addWidget(spin, 1)
        layout.addWidget(self.plus)
        self.retranslate(spin.accessibleName())

    def retranslate(self, name: str) -> None:
        self.minus.setAccessibleName(QCoreApplication.translate("NumberStepper", "One fewer"))
        self.plus.setAccessibleName(QCoreApplication.translate("NumberStepper", "One more"))
        self.minus.setToolTip(QCoreApplication.translate("NumberStepper", "One fewer (or the Down arrow key)"))
        self.plus.setToolTip(QCoreApplication.translate("NumberStepper", "One more (or the Up arrow key)"))
        if name:
            self.minus.setAccessibleDescription(name)
            self.plus.setAccessibleDescription(name)
