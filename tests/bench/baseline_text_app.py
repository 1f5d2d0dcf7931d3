"""A second floor: a bare window that shows the welcome page's two paragraphs (Chinese, word-wrapped).

The bare baseline (baseline_app.py) draws no text at all, so it never populates the font database
or lays out a line. Any first page with words pays that. run.py --instructions prints BindGuard's
ratio against this floor too, as information for the budget (PRODUCT.md §6), not as the budget.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

TEXT = (
    ("手机号停用后,大约 90 天就会被运营商重新卖给别人。拿到号码的人,会收到所有还绑着它的 App 和银行卡的验证码。"
     "换号卫士一步一步帮您找出它们,把每一个都换到新号码上。"),
    "保护隐私:您填写的一切只保存在这台电脑上。本程序不联网,手机号只保存遮盖后的样子,备注用系统密码库加密。",
)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    for paragraph in TEXT:
        label = QLabel(paragraph, window)
        label.setWordWrap(True)
        layout.addWidget(label)
    window.resize(1100, 760)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
