"""Issue 20, "one question per screen": at 1024x768 in large text (the hardest case users own) no
wizard page is longer than 2 screens of its scroll area, each page opens with the keyboard on its
first question, on its first screen, and on the pages before 逐项处理 (and 最后一步) every control she
clicks is at least 60 px tall and has a name. Measured after each situation's walk (tests/ui/
test_wizard_paths.py), in Chinese and in English, on an offscreen screen of 1024x728 (768 less a
taskbar) in a child process (Qt's offscreen platform has one screen size per process:
tests/helpers/screen.py).

Set PAGE_LENGTH_REPORT=FILE to have each child add every page's length (the longest over the four
situations) to FILE as JSON, under its case ("1024x728-large-zh" ...); `-k 1366` measures 1366x728
in normal text the same way (for the report only).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.screen import SCREEN_ENV, offscreen_platform
from tests.helpers.settle import settle

ROOT = Path(__file__).resolve().parents[2]
CHILD_ENV = "BINDGUARD_LENGTH_CHILD"
LARGE_ENV = "BINDGUARD_LENGTH_LARGE"
LANGUAGE_ENV = "BINDGUARD_LENGTH_LANGUAGE"
IN_CHILD = os.environ.get(CHILD_ENV) == "1"
MOST_SCREENS = 2.0
WORK_ITEMS = 4  # 逐项处理: the first items of the work order are measured too
# pages another engineer is still shortening ("page id" or "page id:language" -> reason): measured, xfail
# (not strict) while too long
OTHERS: dict[str, str] = {}  # none at the last merge: 逐项处理 in English (2.11 before b77e68b, 1.97 after) too
# the pages whose every control is at least 60 px tall in large text (issue 20 point 5): every page now
# (逐项处理 and 完成 joined once their buttons were measured at 60 px and more)
MINE = ("welcome", "situation", "numbers", "discovery", "accounts", "banks", "work", "carrier", "finish")
CASES = {f"{size}-{language}": (width, 728, large, language)
         for size, width, large in (("1024x728-large", 1024, True), ("1366x728-normal", 1366, False))
         for language in ("zh", "en")}


@pytest.mark.skipif(IN_CHILD, reason="runs in the parent process")
@pytest.mark.parametrize("case", list(CASES))
def test_no_page_is_longer_than_two_screens(case):
    width, height, large, language = CASES[case]
    env = {**os.environ, CHILD_ENV: "1", SCREEN_ENV: f"{width}x{height}", LARGE_ENV: "1" if large else "0",
           LANGUAGE_ENV: language, "QT_QPA_PLATFORM": offscreen_platform(width, height)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(Path(__file__).relative_to(ROOT)), "-q", "-rfxX",
         "-p", "no:cacheprovider"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    summary = "\n".join(result.stdout.splitlines()[-60:])
    assert result.returncode == 0, summary
    assert " passed" in result.stdout, summary


child_only = pytest.mark.skipif(not IN_CHILD, reason="runs in a child process with a screen of the size")


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    """One data folder with a checklist walked in each situation, and every page's length."""
    return {"folder": tmp_path_factory.mktemp("length") / "data", "ids": {}, "lengths": {}}


def _close(window):
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pages():
    from bindguard.core.flow import PAGE_ORDER

    return list(PAGE_ORDER)


@child_only
@pytest.mark.parametrize("page_id", _pages())
def test_the_page_is_at_most_two_screens_and_opens_on_its_first_question(walked, qapp, qtbot, page_id, request):
    from bindguard.core.situation import Situation
    from bindguard.core.store import Store
    from bindguard.ui.run import build_window
    from tests.ui.page_length import focus_on_first_screen, screens, small_targets
    from tests.ui.test_wizard_paths import walk

    large = os.environ.get(LARGE_ENV) == "1"
    language = os.environ.get(LANGUAGE_ENV, "zh")
    problems: list[str] = []
    longest = 0.0
    store = Store.open(walked["folder"], backup=False)
    try:
        for situation in Situation:
            if situation not in walked["ids"]:
                window = build_window(qapp, store, "en", False)
                window.show()
                qtbot.waitExposed(window)
                walk(window, qtbot, situation)
                walked["ids"][situation] = window.ctx.checklist.id
                _close(window)
            window = build_window(qapp, store, language, large)
            window.show()
            qtbot.waitExposed(window)
            if page_id != "welcome":
                welcome = window.page("welcome")
                welcome.saved_list.setCurrentRow(welcome.saved_row(walked["ids"][situation]))
                welcome.continue_button.click()
            if page_id in window.flow():
                window.show_page(page_id)
                page = window.page(page_id)
                settle()
                length = screens(page)
                if page_id == "work":  # the page is built around one item: measure the first few too
                    from bindguard.core.work_order import work_order

                    for item in work_order(window.ctx.checklist, window.ctx.catalog)[:WORK_ITEMS]:
                        page.select(item.key)
                        length = max(length, screens(page))
                    window.show_page(page_id)  # as it opens, for the focus check below
                longest = max(longest, length)
                if length > MOST_SCREENS:
                    problems.append(f"{situation.value}: {length:.1f} screens")
                if (why := focus_on_first_screen(window, page)):
                    problems.append(f"{situation.value}: {why}")
                if large and page_id in MINE:
                    problems += [f"{situation.value}: {p}" for p in small_targets(page)]
            _close(window)
    finally:
        store.close()
    walked["lengths"][page_id] = round(longest, 2)
    if (report := os.environ.get("PAGE_LENGTH_REPORT")):
        path = Path(report)
        table = json.loads(path.read_text() or "{}") if path.exists() else {}
        table[f"{os.environ[SCREEN_ENV]}-{'large' if large else 'normal'}-{language}"] = walked["lengths"]
        path.write_text(json.dumps(table, ensure_ascii=False, indent=1))
    other = OTHERS.get(f"{page_id}:{language}") or OTHERS.get(page_id)
    if other and problems:
        pytest.xfail(f"{other} ({language}): " + "; ".join(problems))
    if not large:
        return  # 1366x728 in normal text: measured for the report only
    assert problems == [], f"{page_id} ({language}):\n" + "\n".join(problems)
