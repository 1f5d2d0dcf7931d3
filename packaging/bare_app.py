"""The baseline for the size and start-up ratios (PRODUCT.md §6): a bare PySide6 QtWidgets window.

Packaged by packaging/bare_app.spec with the same slim filters as BindGuard, in the same build run.
`--exit-when-ready` quits once the window is shown, like BindGuard's own flag.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("bare PySide6 QtWidgets app"))
    window.show()
    if "--exit-when-ready" in sys.argv:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
