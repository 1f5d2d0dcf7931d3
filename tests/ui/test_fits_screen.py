"""Issue 12: the wizard on the laptops users own. Every page, in both languages and both text
sizes, on a 1024x728 and a 1366x728 screen (768 less a 40 px taskbar), with the content of the four
situations' walks and a finish page with 60 open money items:

- the window is no larger than the screen, and no page made it grow;
- the page has no horizontal scroll bar and is no wider than its viewport;
- every visible interactive widget, once the page is scrolled to it, lies wholly in the viewport;
- no label or button text is wider than its widget (cut text fails);
- in large text every push button is at least 60x60.

Qt's offscreen platform has one screen size per process, so the two screen tests each run this file
again in a child process on an offscreen screen of that size (tests/helpers/screen.py); the child
runs the parametrized checks. One more test opens the real window under Xvfb with openbox and reads
the frame, title bar included, from the X server.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.helpers.screen import SCREEN_ENV, offscreen_platform, screen_from_env
from tests.helpers.settle import settle

ROOT = Path(__file__).resolve().parents[2]
CHILD_ENV = "BINDGUARD_FIT_CHILD"
IN_CHILD = os.environ.get(CHILD_ENV) == "1"
SCREENS = ((1024, 728), (1366, 728))
# The accounts list showed three rows at 1024x728 in large text (a heading of its own above the
# "not in the list" row): four whole rows is the least to choose from without scrolling every line.
MIN_LIST_ROWS = 4
WORK_REASON = ("the work page is being redesigned around the current item on the `work` branch "
               "(issue 12); this check is expected to pass once that branch is merged")


# -- the parent: one child process per screen size ------------------------------------------------

@pytest.mark.skipif(IN_CHILD, reason="runs in the parent process")
@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_the_screen_in_both_languages_and_text_sizes(size):
    width, height = size
    env = {**os.environ, CHILD_ENV: "1", SCREEN_ENV: f"{width}x{height}",
           "QT_QPA_PLATFORM": offscreen_platform(width, height)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(Path(__file__).relative_to(ROOT)), "-q", "-rfxX", "-x",
         "-p", "no:cacheprovider"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    summary = "\n".join(line for line in result.stdout.splitlines()[-40:])
    assert result.returncode == 0, summary
    assert " passed" in result.stdout, summary


# -- the child: the checks on one screen -----------------------------------------------------------

child_only = pytest.mark.skipif(not IN_CHILD, reason="runs in a child process with a screen of the size")


def _interactive_types():
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    return (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _scroll_areas(widget, page):
    """The scroll areas between `widget` and the window, innermost first (the page's own last)."""
    from PySide6.QtWidgets import QScrollArea

    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


def _scroll_to(area, widget) -> None:
    """Scroll `area` as little as needed to show all of `widget` (QScrollArea.ensureWidgetVisible
    shows only a line edit's text cursor or a list's current row, not the whole widget)."""
    top = widget.mapTo(area.widget(), widget.rect().topLeft()).y()
    bar = area.verticalScrollBar()
    bottom = top + widget.height()
    if bottom > bar.value() + area.viewport().height():
        bar.setValue(bottom - area.viewport().height())
    if top < bar.value():
        bar.setValue(top)


def _shown(widget, page) -> bool:
    return widget.isVisibleTo(page) and widget.width() > 0 and widget.height() > 0


def _text_problem(widget):
    """Why the widget's text does not fit it, or ''."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return ""
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                return f"label needs {needed} px height, has {widget.height()}: {widget.text()[:60]!r}"
            return ""
        if widget.sizeHint().width() > widget.width() + 1:
            return f"label needs {widget.sizeHint().width()} px, has {widget.width()}: {widget.text()[:60]!r}"
    elif isinstance(widget, QAbstractButton) and widget.text() and widget.hasHeightForWidth():
        needed = widget.heightForWidth(widget.width())  # a wrapping check box (widgets/wrap_button.py)
        if needed > widget.height() + 2:
            return f"button needs {needed} px height, has {widget.height()}: {widget.text()[:60]!r}"
    elif isinstance(widget, QAbstractButton) and widget.text() and widget.sizeHint().width() > widget.width() + 1:
        return f"button needs {widget.sizeHint().width()} px, has {widget.width()}: {widget.text()!r}"
    return ""


def check_window(window, large_text: bool) -> list[str]:
    """Every problem with the current page of `window`, in words (empty: it fits)."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

    QApplication.processEvents()
    problems: list[str] = []
    page_id = window.current_id
    page = window.page(page_id)
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"window {frame.getRect()} is outside the screen {screen.getRect()}")
    if window.minimumSizeHint().width() > screen.width() or window.minimumSizeHint().height() > screen.height():
        problems.append(f"minimum size {window.minimumSizeHint().toTuple()} is larger than the screen")
    area = page.scroll_area
    if area.horizontalScrollBar().isVisible():
        problems.append("the page has a horizontal scroll bar")
    if page.width() > area.viewport().width():
        if os.environ.get("FIT_DEBUG"):
            wide = sorted(page.findChildren(QWidget), key=lambda c: -c.minimumSizeHint().width())[:6]
            for child in wide:
                print("WIDE", child.metaObject().className(), child.objectName(), child.minimumSizeHint(),
                      child.sizeHint(), child.parentWidget().objectName())
        problems.append(f"the page is {page.width()} px wide in a {area.viewport().width()} px viewport")

    frame_widgets = [w for w in (window.back_button, window.next_button, window.step_label, window.title_label)
                     if w.isVisible()]
    for widget in frame_widgets:
        where = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
        if not window.rect().contains(where):
            problems.append(f"{widget.objectName()} {where.getRect()} is outside the window")
        if (problem := _text_problem(widget)):
            problems.append(f"{widget.objectName()}: {problem}")
    steps = window.step_list
    steps.doItemsLayout()
    for row in range(steps.count()):
        item = steps.item(row)
        rect = steps.visualItemRect(item)
        # a long step name may wrap onto a second line (small screens), never be cut
        needed = QFontMetrics(item.font() if item.font().bold() else steps.font()).boundingRect(
            0, 0, rect.width() - 8, 10_000, 0x1000, item.text()).height()  # Qt::TextWordWrap; 4 px padding a side
        if needed > rect.height() or rect.top() < 0 or rect.bottom() > steps.viewport().height():
            problems.append(f"step {item.text()!r} needs {needed} px high, has {rect.getRect()} "
                            f"in {steps.viewport().rect().getRect()}")

    interactive = _interactive_types()
    for widget in page.findChildren(interactive[0].__base__):  # every QWidget
        if not _shown(widget, page):
            continue
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        name = f"{widget.metaObject().className()} {widget.objectName()} {text!r}"
        if isinstance(widget, QLabel | interactive[0]) and (problem := _text_problem(widget)):
            problems.append(problem)
        if not isinstance(widget, interactive) or not widget.isEnabled():
            continue
        areas = _scroll_areas(widget, page)
        for _settle in range(2):  # scrolling may re-lay out the page (wrapped rows): scroll again once settled
            for each in areas:  # innermost first: scroll each one to the widget
                _scroll_to(each, widget)
            QApplication.processEvents()
        for each in areas:
            viewport = each.viewport()
            where = widget.rect().translated(widget.mapTo(viewport, widget.rect().topLeft()))
            if not viewport.rect().contains(where):
                if os.environ.get("FIT_DEBUG"):
                    print("DEBUG", name, each.objectName(), each.verticalScrollBar().value(),
                          each.verticalScrollBar().maximum(), each.widget().size(), each.widget().minimumSizeHint(),
                          each.widget().heightForWidth(each.viewport().width()), each.viewport().size())
                problems.append(f"{name}: {where.getRect()} not wholly inside the viewport {viewport.rect().getRect()}")
                break
        if large_text and isinstance(widget, QPushButton) and (widget.width() < 60 or widget.height() < 60):
            problems.append(f"{name}: {widget.width()}x{widget.height()} is smaller than 60x60 in large text")
    from PySide6.QtWidgets import QListWidget

    for lst in page.findChildren(QListWidget):  # a list to choose from shows enough rows to choose in
        rows = [lst.item(r) for r in range(lst.count()) if not lst.item(r).isHidden()]
        if not _shown(lst, page) or len(rows) < MIN_LIST_ROWS:
            continue
        lst.scrollToTop()
        lst.doItemsLayout()  # what the user sees once the event loop has laid the rows out
        QApplication.processEvents()
        height = lst.viewport().height()  # whole rows top to bottom (a long name may run on sideways)
        whole = sum(lst.visualItemRect(row).top() >= 0 and lst.visualItemRect(row).bottom() < height for row in rows)
        if whole < MIN_LIST_ROWS:
            problems.append(f"list {lst.objectName()} shows {whole} whole rows of {len(rows)}, "
                            f"fewer than {MIN_LIST_ROWS}")
    if large_text:
        for button in (window.back_button, window.next_button):
            if button.isVisible() and (button.width() < 60 or button.height() < 60):
                problems.append(f"{button.objectName()} is {button.width()}x{button.height()}")
    area.verticalScrollBar().setValue(0)
    return [f"{page_id}: {p}" for p in problems]


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    """A data folder holding one walked checklist per situation (made by the first test that asks)."""
    return {"folder": tmp_path_factory.mktemp("fits") / "data", "ids": {}}


def _walked_store(walked, qapp, qtbot, situation):
    from bindguard.core.store import Store
    from bindguard.ui.run import build_window
    from tests.ui.test_wizard_paths import walk

    store = Store.open(walked["folder"], backup=False)
    if situation not in walked["ids"]:
        window = build_window(qapp, store, "en", False)
        window.show()
        qtbot.waitExposed(window)
        walk(window, qtbot, situation)
        walked["ids"][situation] = window.ctx.checklist.id
        _close(window)
    return store


def _close(window):
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _reopened(qapp, qtbot, store, lang, large_text, checklist_id):
    """A new window in that language and text size, continued from the welcome page."""
    from bindguard.ui.run import build_window

    window = build_window(qapp, store, lang, large_text)
    window.show()
    qtbot.waitExposed(window)
    problems = check_window(window, large_text)  # the welcome page, with saved checklists
    welcome = window.page("welcome")
    welcome.saved_list.setCurrentRow(welcome.saved_row(checklist_id))
    welcome.continue_button.click()
    return window, problems


def _situations():
    from bindguard.core.situation import Situation

    return list(Situation)


def _cases():
    from bindguard.core.flow import PAGE_ORDER

    cases = []
    for page_id in PAGE_ORDER:
        marks = []
        for lang in ("zh", "en"):
            for large in (False, True):
                cases.append(pytest.param(page_id, lang, large, marks=marks,
                                          id=f"{page_id}-{lang}-{'large' if large else 'normal'}"))
    return cases


@child_only
@pytest.mark.parametrize(("page_id", "lang", "large_text"), _cases())
def test_the_page_fits_after_each_situations_walk(walked, qapp, qtbot, page_id, lang, large_text):
    problems: list[str] = []
    for situation in _situations():
        store = _walked_store(walked, qapp, qtbot, situation)
        try:
            window, welcome_problems = _reopened(qapp, qtbot, store, lang, large_text, walked["ids"][situation])
            if page_id == "welcome":
                problems += welcome_problems
            if page_id in window.flow() and page_id != "welcome":
                window.show_page(page_id)
                settle()
                problems += [f"{situation.value}: {p}" for p in check_window(window, large_text)]
            _close(window)
        finally:
            store.close()
    assert problems == [], "\n".join(problems)


@child_only
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
def test_a_finish_page_with_60_open_money_items_fits_and_the_window_does_not_grow(
        qapp, qtbot, tmp_path, lang, large_text):
    from bindguard.core.checklist import BankCard, CardType, Checklist, bank_item
    from bindguard.core.situation import Situation
    from bindguard.core.store import Store
    from bindguard.ui.run import build_window

    store = Store.open(tmp_path / "data", backup=False)
    try:
        checklist = Checklist("妈妈", Situation.SWITCH, old_number="138****1234")
        banks = ["ccb", "icbc", "abc", "boc", "bocom", "psbc", "cmb", "spdb", "citic", "ceb"]
        checklist.items = [bank_item(BankCard(banks[n % len(banks)], f"{1000 + n}", CardType.DEBIT))
                           for n in range(60)]
        checklist = store.create_checklist(checklist)
        window = build_window(qapp, store, lang, large_text)
        window.show()
        qtbot.waitExposed(window)
        before = window.size()
        window.ctx.checklist = checklist
        window.show_page("finish")
        settle()
        problems = check_window(window, large_text)
        window.show_page("work")
        settle()
        if window.size().height() > before.height():
            problems.append(f"the window grew from {before.toTuple()} to {window.size().toTuple()}")
        _close(window)
    finally:
        store.close()
    assert problems == [], "\n".join(problems)


@child_only
def test_the_child_really_runs_on_a_screen_of_that_size(qapp):
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.primaryScreen().availableGeometry().size().toTuple() == screen_from_env()


# -- the real window under Xvfb with a window manager ----------------------------------------------

REAL_WINDOW = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from bindguard.core.checklist import BankCard, CardType, Checklist, bank_item
    from bindguard.core.situation import Situation
    from bindguard.core.store import Store
    from bindguard.ui.application import Application
    from bindguard.ui.run import build_window

    app = Application(sys.argv[:1])
    store = Store.open(Path(sys.argv[1]), backup=False)
    checklist = Checklist("妈妈", Situation.SWITCH, old_number="138****1234")
    checklist.items = [bank_item(BankCard("icbc", str(1000 + n), CardType.DEBIT)) for n in range(60)]
    checklist = store.create_checklist(checklist)
    window = build_window(app, store, sys.argv[2], sys.argv[3] == "large")
    window.show()
    seen = []

    def wait(ms):
        end = QTimer(); end.setSingleShot(True); end.start(ms)
        while end.isActive():
            app.processEvents()

    wait(1500)
    seen.append(["welcome", window.frameGeometry().getRect(), window.geometry().getRect(), int(window.winId())])
    window.ctx.checklist = checklist
    for page_id in window.flow()[1:]:
        window.show_page(page_id)
        wait(400)
        seen.append([page_id, window.frameGeometry().getRect(), window.geometry().getRect(), int(window.winId())])
    import shutil, subprocess
    xwininfo = ""
    if shutil.which("xwininfo"):
        xwininfo = subprocess.run(["xwininfo", "-frame", "-id", str(int(window.winId()))], capture_output=True,
                                  text=True, check=False).stdout
    print(json.dumps({"screen": window.screen().availableGeometry().getRect(), "seen": seen, "xwininfo": xwininfo}))
    window.close()
    store.close()
""")


def _xwininfo_frame(out: str) -> tuple[int, int, int, int] | None:
    """The window's frame (title bar and borders included) as the X server has it (xwininfo -frame)."""
    values = {}
    for line in out.splitlines():
        key, _, value = line.strip().partition(":")
        values[key] = value.strip()
    try:
        return (int(values["Absolute upper-left X"]), int(values["Absolute upper-left Y"]),
                int(values["Width"]), int(values["Height"]))
    except (KeyError, ValueError):
        return None


@pytest.mark.skipif(IN_CHILD, reason="runs in the parent process")
@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("openbox")),
                    reason="needs Xvfb and openbox (packaging/apt-packages.txt)")
@pytest.mark.parametrize(("screen", "lang", "text_size"), [
    ((1024, 768), "zh", "large"), ((1366, 768), "zh", "normal"), ((1024, 768), "en", "large")])
def test_the_real_window_with_its_title_bar_lies_within_the_screen_under_a_window_manager(
        tmp_path, screen, lang, text_size):
    display = f":{100 + os.getpid() % 500}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{screen[0]}x{screen[1]}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    wm = None
    try:
        for _ in range(50):
            if subprocess.run(["xwininfo", "-root"], env=env, capture_output=True, check=False).returncode == 0:
                break
            time.sleep(0.1)
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        result = subprocess.run([sys.executable, "-c", REAL_WINDOW, str(tmp_path / "data"), lang, text_size],
                                env=env, cwd=ROOT, capture_output=True, text=True, timeout=180, check=False)
        assert result.returncode == 0, result.stderr[-3000:]
        report = json.loads(result.stdout.strip().splitlines()[-1])
        x0, y0, width, height = report["screen"]
        assert (width, height) == screen
        for page_id, (fx, fy, fw, fh), (_gx, gy, _gw, _gh), _window_id in report["seen"]:
            assert gy > fy, f"{page_id}: the window manager gave no title bar (frame {fx, fy, fw, fh})"
            where = (page_id, (fx, fy, fw, fh), screen)
            assert fx >= x0, where
            assert fy >= y0, where
            assert fx + fw <= x0 + width, where
            assert fy + fh <= y0 + height, where
        frame = _xwininfo_frame(report["xwininfo"])
        if frame is not None:
            fx, fy, fw, fh = frame
            assert fx >= 0, ("xwininfo", frame, screen)
            assert fy >= 0, ("xwininfo", frame, screen)
            assert fx + fw <= width, ("xwininfo", frame, screen)
            assert fy + fh <= height, ("xwininfo", frame, screen)
    finally:
        if wm is not None:
            wm.terminate()
            wm.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
