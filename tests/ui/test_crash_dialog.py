import sys

from bindguard.core.checklist import Checklist
from bindguard.core.situation import Situation
from bindguard.ui import crash, dialogs
from bindguard.ui.run import install_crash_hook


def test_scrub_removes_numbers_masked_numbers_and_names():
    text = "failed for 妈妈: 138 1234 5678 / 6222021234567890 / 138****5678 at line 42, code 123456"
    clean = crash.scrub(text, ["妈妈"])
    for secret in ("妈妈", "5678", "6222021234567890", "138****5678"):
        assert secret not in clean
    assert "line 42" in clean
    assert "123456" in clean  # short numbers stay: they help debugging


def test_an_unexpected_error_shows_the_calm_dialog_writes_a_clean_log_and_keeps_the_data(
        make_window, store, monkeypatch, data_dir):
    saved = store.create_checklist(Checklist("妈妈", Situation.OLD_DEAD, old_number="138****1234"))
    window = make_window("zh")
    shown = []
    monkeypatch.setattr(dialogs, "crash_report", lambda parent, msg, details: shown.append((msg, details)))
    previous = sys.excepthook
    try:
        install_crash_hook(window)
        try:
            raise ValueError("bad input from 妈妈: 13812341234")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    msg, details = shown[0]
    assert msg == "出了点意外。您的资料没有受影响。"
    assert "ValueError" in details
    assert "妈妈" not in details
    assert "13812341234" not in details
    logs = list((data_dir / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    log = logs[0].read_text(encoding="utf-8")
    assert "ValueError" in log
    assert "妈妈" not in log
    assert "13812341234" not in log
    assert oct(logs[0].stat().st_mode & 0o777) == "0o600"
    assert store.load_checklist(saved.id).name == "妈妈"  # the data is untouched


def test_the_crash_dialog_copies_the_details(qtbot, qapp, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QPushButton

    def press_copy_then_close():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        dialog.findChild(QPushButton, "copyDetails").click()
        dialog.accept()

    QTimer.singleShot(50, press_copy_then_close)
    dialogs.crash_report(None, "Something unexpected happened.", "Traceback: <number>")
    assert qapp.clipboard().text() == "Traceback: <number>"


def test_the_crash_log_keeps_types_and_our_frames_but_never_the_exception_text():
    from bindguard.core.privacy import luhn_valid
    from bindguard.ui.crash import report

    try:
        try:
            luhn_valid("去营业厅找王经理")  # int() of a note word: its message would carry the word
        except ValueError as inner:
            raise RuntimeError("while reading 去营业厅找王经理 13812341234") from inner
    except RuntimeError as exc:
        text = report(type(exc), exc, exc.__traceback__)
    assert "ValueError" in text
    assert "RuntimeError" in text
    assert 'File "bindguard/core/privacy.py"' in text
    assert "in luhn_valid" in text
    assert "营业厅" not in text
    assert "王经理" not in text
    assert "13812341234" not in text
    assert "/root" not in text
    assert "/home" not in text
