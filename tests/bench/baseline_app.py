"""The physical floor: a bare QApplication with one QWidget shown, quit on the first event-loop turn.

Started exactly like `python -m bindguard --exit-when-ready` (same interpreter, env and cwd), so the
ratio between the two is what BindGuard itself adds.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1100, 760)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
