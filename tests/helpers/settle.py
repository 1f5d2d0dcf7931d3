"""Let Qt finish what it has queued, instead of waiting a fixed time (issue 19).

A fixed 20 ms wait passes on an idle machine and fails on a loaded one (2 cores, 8 engineers);
what those waits were for is the event loop's queue: layout requests after a page is shown or the
window resized, zero-time timers (the window's keep_on_screen, a page's scroll to a new widget), the
repaints they post. Those are run here, in a few rounds. Without it four tests fail (test_wheel twice,
test_navigation, test_welcome_page: the layout is not done yet); one round was enough for them,
three leave room for deeper pages. Where a test waits for a visible effect, it uses qtbot.waitUntil
on that effect instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

ROUNDS = 3  # laying out a page posts layout requests to the widgets inside it: a few rounds reach the leaves


def settle() -> None:
    """Run what the event loop has queued (posted events, due zero-time timers), a few rounds."""
    for _ in range(ROUNDS):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
