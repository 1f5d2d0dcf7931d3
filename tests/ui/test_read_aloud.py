"""Read aloud (issue 25): the 朗读 button of 逐项处理 and of 遇到困难's help, driven through Qt's own
`mock` text-to-speech engine in the speech worker process (real signals, real timing: it "speaks" a word
every ~0.1 s, and the worker reports what it enqueued and said), and once through speech-dispatcher with
espeak-ng's Mandarin voice. The window's process never calls QTextToSpeech: a worker that hangs, dies or
cannot start is made for real (SIGSTOP, SIGKILL, a command that never answers, one that does not exist),
and the window's event loop is measured to keep turning (a 10 ms QTimer) while it does."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from bindguard.core.checklist import Status
from bindguard.core.errors import message
from bindguard.ui import work_widgets
from bindguard.ui.speech_worker import SLOW_RATE
from bindguard.ui.widgets import read_aloud
from tests.ui.walk import FakeVault, open_on, saved_checklist

ROOT = Path(__file__).resolve().parents[2]
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP/SIGKILL make the fault for real on POSIX")
STALL_LIMIT_MS = 300  # the longest the window may stop turning while the voice starts, stops or hangs


@pytest.fixture
def engine():
    """Which engine the worker uses; a fresh worker for each test, ended after it."""

    def use(name: str | None) -> None:
        read_aloud.reset()
        read_aloud.ENGINE = name

    yield use
    read_aloud.reset()
    read_aloud.ENGINE = None


@pytest.fixture
def work(make_window, store):
    def build(lang: str = "en"):
        window = make_window(lang)
        window.ctx.vault = FakeVault()
        checklist = saved_checklist(store, window.ctx.catalog)
        page = open_on(window, checklist, "work")
        page.select("platform:alipay")
        return window, page

    return build


class Stall:
    """The window's event loop, watched: a 10 ms QTimer notes when it runs; `longest_ms` is the longest
    gap between two of its runs (the longest the window could not repaint or take a key)."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))
        self.timer.start()
        self.ticks.append(time.monotonic())

    @property
    def longest_ms(self) -> float:
        gaps = [b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
        return 1000 * max([*gaps, time.monotonic() - self.ticks[-1]])

    def stop(self) -> float:
        longest = self.longest_ms
        self.timer.stop()
        return longest


def record():
    """What the engine itself says it is speaking, as the worker reports it: (line, word), in order."""
    heard: list[tuple[int, str]] = []
    read_aloud.speaker().said.connect(lambda line, word: heard.append((line, word)))
    return heard


def events():
    """Every event the worker sends, in order."""
    seen: list[dict] = []
    read_aloud.speaker().event.connect(seen.append)
    return seen


def worker_pid(qtbot) -> int:
    speaker = read_aloud.speaker()
    qtbot.waitUntil(lambda: speaker.ready and speaker.pid > 0, timeout=20000)
    return speaker.pid


def alive(pid: int) -> bool:
    """Whether process `pid` still runs (a zombie, killed and not yet reaped, counts as ended)."""
    if sys.platform == "win32":  # os.kill would end it there
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    if not Path("/proc").is_dir():
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_reads_the_item_step_by_step_and_marks_the_step_being_read(work, engine, qtbot):
    engine("mock")
    _window, page = work("en")
    button = page.read_aloud.button
    assert button.accessibleName() == "Read aloud"
    script = work_widgets.item_speech(page)
    steps = [u for u in script if u.step is not None]
    assert script[0].text == "Alipay" and len(steps) >= 2 and steps[0].text.startswith("Step 1. ")
    marked: list[int] = []
    page.read_aloud.step_changed.connect(marked.append)
    heard = record()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.accessibleName() == "Stop reading"
    # the step being read is marked on screen: the first way's step in bold, with ▶
    qtbot.waitUntil(lambda: 0 in marked, timeout=20000)
    label = page.route_cards[0].label
    assert "▶" in label.text()
    qtbot.waitUntil(lambda: not page.read_aloud.speaking, timeout=60000)
    assert button.accessibleName() == "Read aloud"
    assert "▶" not in label.text()  # unmarked when the reading ends
    assert marked[-1] == -1 and [m for m in marked if m >= 0] == sorted({m for m in marked if m >= 0})
    assert {m for m in marked if m >= 0} == set(range(len(steps)))
    # the engine was handed the script, line by line, in order, and said every line of it
    assert read_aloud.speaker().enqueued == [u.text for u in script]
    by_line: dict[int, list[str]] = {}
    for line, word in heard:
        by_line.setdefault(line, []).append(word)
    spoken = [" ".join(words) for _line, words in sorted(by_line.items())]
    assert [_words(s) for s in spoken] == [_words(u.text) for u in script]
    assert not page.read_aloud.problem.isVisible()


def _words(text: str) -> str:
    """A line as the mock engine reports its words: the Latin words and numbers, without punctuation."""
    return " ".join(re.findall(r"[A-Za-z0-9]+", text))


def test_stop_ends_the_reading_at_once(work, engine, qtbot):
    engine("mock")
    _window, page = work("en")
    heard = record()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=20000)
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)  # 停止
    assert not page.read_aloud.speaking
    assert page.read_aloud.button.accessibleName() == "Read aloud"
    speaker = read_aloud.speaker()
    qtbot.waitUntil(lambda: not speaker.pending, timeout=5000)  # the worker did stop the engine
    count = len(heard)
    # an absence has no condition to wait on: the mock engine says a word every ~0.1 s, none in 0.6 s
    with qtbot.assertNotEmitted(speaker.said, wait=600):
        pass
    assert len(heard) == count
    assert "▶" not in page.route_cards[0].label.text()
    assert speaker.process is not None  # the worker stays for the next reading


def test_another_item_stops_the_voice(work, engine, qtbot):
    engine("mock")
    _window, page = work("en")
    heard = record()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    assert page.read_aloud.speaking
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=20000)
    qtbot.mouseClick(page.next_item_button, Qt.MouseButton.LeftButton)
    assert not page.read_aloud.speaking
    qtbot.waitUntil(lambda: not read_aloud.speaker().pending, timeout=5000)
    with qtbot.assertNotEmitted(read_aloud.speaker().said, wait=600):
        pass


def test_the_help_of_stuck_reads_the_tip_the_hotline_and_what_to_say(work, engine, qtbot):
    engine("mock")
    _window, page = work("en")
    qtbot.mouseClick(page.status_bar.buttons[Status.STUCK], Qt.MouseButton.LeftButton)
    help_button = page.help_read_aloud.button
    assert help_button.isVisible()
    script = work_widgets.help_speech(page)
    texts = [u.text for u in script]
    assert texts[0].startswith("Stuck?") and any(t.startswith("What to say: ") for t in texts)
    heard = record()
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.help_read_aloud.speaking, timeout=60000)
    assert read_aloud.speaker().enqueued == texts
    assert _words(" ".join(w for _i, w in heard)) == _words(" ".join(texts))


def test_a_second_button_stops_the_first(work, engine, qtbot):
    engine("mock")
    _window, page = work("en")
    qtbot.mouseClick(page.status_bar.buttons[Status.STUCK], Qt.MouseButton.LeftButton)
    heard = record()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=20000)
    qtbot.mouseClick(page.help_read_aloud.button, Qt.MouseButton.LeftButton)
    assert page.help_read_aloud.speaking and not page.read_aloud.speaking
    texts = [u.text for u in work_widgets.help_speech(page)]
    qtbot.waitUntil(lambda: read_aloud.speaker().enqueued == texts, timeout=5000)
    page.help_read_aloud.stop()


def test_slower_in_the_view_menu_is_saved_and_slows_the_voice(work, engine, qtbot, store):
    engine("mock")
    window, page = work("en")
    window.slow_speech_action.setChecked(True)
    assert store.get_setting(read_aloud.SLOW_SETTING) == "1"
    seen = events()
    speaking = lambda: [e for e in seen if e.get("event") == "speaking"]  # noqa: E731
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(speaking()) == 1, timeout=20000)
    assert speaking()[0]["rate"] == pytest.approx(SLOW_RATE)
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    window.slow_speech_action.setChecked(False)
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(speaking()) == 2, timeout=20000)
    assert speaking()[1]["rate"] == 0.0  # the system's own speed
    page.read_aloud.stop()


def test_no_chinese_voice_says_how_to_get_one(work, engine, qtbot):
    engine("mock")  # its voices are English (Bob and Anne): none reads Chinese
    _window, page = work("zh")
    assert page.read_aloud.button.text() == "朗读"
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    problem = page.read_aloud.problem
    qtbot.waitUntil(problem.isVisible, timeout=20000)
    assert not page.read_aloud.speaking and page.read_aloud.button.text() == "朗读"
    assert "中文" in problem.text() and "speech-dispatcher" in problem.text()


def test_without_qttexttospeech_the_button_explains_and_nothing_breaks(work, engine, qtbot, monkeypatch):
    engine(None)
    # a real worker whose QtTextToSpeech import fails, as without libpulse0 or PySide6-Addons
    broken = ("import sys; sys.modules['PySide6.QtTextToSpeech'] = None; "
              "from bindguard.ui.speech_worker import main; sys.exit(main())")
    monkeypatch.setattr(read_aloud, "worker_command", lambda: [sys.executable, "-c", broken])
    _window, page = work("en")
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.read_aloud.problem.isVisible, timeout=20000)
    assert "speech-dispatcher" in page.read_aloud.problem.text()
    assert not page.read_aloud.speaking
    page.select("platform:wechat")  # the page goes on working
    assert page.name_label.text()


def test_an_engine_that_cannot_start_is_said_plainly(work, engine, qtbot):
    engine("no-such-engine")
    _window, page = work("en")
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.read_aloud.problem.isVisible, timeout=20000)
    assert page.read_aloud.problem.text() == message("speech.unavailable", "en")
    assert not page.read_aloud.speaking


def test_a_worker_that_cannot_be_started_is_said_plainly_and_the_next_press_tries_again(work, engine, qtbot,
                                                                                         monkeypatch, tmp_path):
    engine("mock")
    monkeypatch.setattr(read_aloud, "worker_command", lambda: [str(tmp_path / "no-such-program")])
    _window, page = work("en")
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.read_aloud.problem.isVisible, timeout=10000)
    assert page.read_aloud.problem.text() == message("speech.unavailable", "en")
    assert not page.read_aloud.speaking and page.read_aloud.button.accessibleName() == "Read aloud"
    monkeypatch.undo()
    read_aloud.ENGINE = "mock"
    heard = record()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    assert not page.read_aloud.problem.isVisible()
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=20000)
    page.read_aloud.stop()


def test_a_worker_that_never_answers_is_killed_and_the_window_keeps_turning(work, engine, qtbot, monkeypatch):
    engine("mock")
    monkeypatch.setattr(read_aloud, "START_MS", 1500)
    # a real process that reads nothing and says nothing, like a worker stuck connecting to speech-dispatcher
    monkeypatch.setattr(read_aloud, "worker_command", lambda: [sys.executable, "-c", "import time; time.sleep(120)"])
    _window, page = work("en")
    stall = Stall()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    assert page.read_aloud.speaking and page.read_aloud.button.accessibleName() == "Stop reading"  # at once
    status = page.read_aloud.status
    qtbot.waitUntil(status.isVisible, timeout=1000)  # "getting the voice ready": it takes more than a moment
    assert status.text() == "Getting the voice ready…"
    process = read_aloud.speaker().process
    pid = process.processId()
    qtbot.waitUntil(page.read_aloud.problem.isVisible, timeout=5000)
    assert page.read_aloud.problem.text() == message("speech.no_answer", "en")
    assert not page.read_aloud.speaking and not status.isVisible()
    qtbot.waitUntil(lambda: not alive(pid), timeout=5000)  # killed, not left behind
    assert stall.stop() < STALL_LIMIT_MS


@POSIX
def test_a_stuck_worker_neither_freezes_stop_nor_the_window_and_the_next_press_works(work, engine, qtbot,
                                                                                      monkeypatch):
    """The failure of issue 25: QTextToSpeech.stop() blocked on a speech-dispatcher that did not answer and
    froze the window. Here the real worker is frozen mid-speech (SIGSTOP), as a worker blocked in that stop."""
    engine("mock")
    monkeypatch.setattr(read_aloud, "ANSWER_MS", 1500)
    _window, page = work("en")
    heard = record()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=20000)
    pid = worker_pid(qtbot)
    os.kill(pid, signal.SIGSTOP)
    stall = Stall()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)  # 停止
    assert not page.read_aloud.speaking  # at once, whatever the worker does
    assert page.read_aloud.button.accessibleName() == "Read aloud"
    ticks = len(stall.ticks)
    qtbot.waitUntil(lambda: len(stall.ticks) >= ticks + 20, timeout=2000)  # the event loop keeps turning
    qtbot.waitUntil(page.read_aloud.problem.isVisible, timeout=5000)  # not answered: killed, and said
    assert page.read_aloud.problem.text() == message("speech.no_answer", "en")
    qtbot.waitUntil(lambda: not alive(pid), timeout=5000)
    longest = stall.stop()
    assert longest < STALL_LIMIT_MS, f"the window stood still for {longest:.0f} ms"
    # the next press starts a fresh worker, and it reads
    count = len(heard)
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    assert not page.read_aloud.problem.isVisible()
    qtbot.waitUntil(lambda: len(heard) >= count + 2, timeout=20000)
    assert worker_pid(qtbot) != pid
    page.read_aloud.stop()


@POSIX
def test_a_worker_killed_mid_speech_says_so(work, engine, qtbot):
    engine("mock")
    _window, page = work("en")
    heard = record()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=20000)
    pid = worker_pid(qtbot)
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not page.read_aloud.speaking, timeout=5000)
    assert page.read_aloud.button.accessibleName() == "Read aloud"
    assert page.read_aloud.problem.isVisible()
    assert page.read_aloud.problem.text() == message("speech.failed", "en")
    assert "▶" not in page.route_cards[0].label.text()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)  # a fresh worker reads again
    qtbot.waitUntil(lambda: len(heard) >= 4 and worker_pid(qtbot) != pid, timeout=20000)
    page.read_aloud.stop()


KILLED_APP = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from bindguard.core.store import Store
from bindguard.ui.run import build_window
from bindguard.ui.widgets import read_aloud
from tests.ui.walk import FakeVault, open_on, saved_checklist
read_aloud.ENGINE = "mock"
app = QApplication(sys.argv[:1])
store = Store.open(Path(tempfile.mkdtemp()) / "data")
window = build_window(app, store, "en", False)
window.ctx.vault = FakeVault()
window.show()
page = open_on(window, saved_checklist(store, window.ctx.catalog), "work")
page.select("platform:alipay")
page.read_aloud.button.click()
page.read_aloud.speaking_changed.connect(lambda on: on or print(read_aloud.speaker().pid, flush=True))
app.exec()
"""


@POSIX
def test_a_killed_app_leaves_no_worker_behind(qtbot):
    """The app's process is killed (SIGKILL: no aboutToQuit) with its worker idle after a reading (a worker
    that speaks also ends when its next event finds nobody to read it): its stdin closes and it ends."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen([sys.executable, "-c", KILLED_APP], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    try:
        pid = int(app.stdout.readline())  # the reading is over, the worker waits for the next
        assert alive(pid)
        app.kill()
        app.wait(timeout=10)
        qtbot.waitUntil(lambda: not alive(pid), timeout=10000)  # the worker does not outlive the app
    finally:
        if app.poll() is None:
            app.kill()


def test_the_worker_ends_itself_when_its_stdin_closes():
    """The same from the worker's side, on every system: stdin closed mid-speech, and it ends."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    worker = subprocess.Popen([sys.executable, "-m", "bindguard.ui.speech_worker", "--engine", "mock"], cwd=ROOT,
                              env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert json.loads(worker.stdout.readline())["event"] == "ready"
        speak = {"cmd": "speak", "n": 1, "id": 1, "lang": "en", "lines": ["One two three four five six."] * 20}
        worker.stdin.write((json.dumps(speak) + "\n").encode())
        worker.stdin.flush()
        kinds = set()
        while "word" not in kinds:
            kinds.add(json.loads(worker.stdout.readline())["event"])
        worker.stdin.close()  # as when the app's process ends, however it ends
        assert worker.wait(timeout=10) == 0
    finally:
        if worker.poll() is None:
            worker.kill()


def test_reset_ends_the_worker(work, engine, qtbot):
    """Quitting the app (aboutToQuit -> reset) ends the worker at once."""
    engine("mock")
    _window, page = work("en")
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    pid = worker_pid(qtbot)
    read_aloud.reset()
    assert not page.read_aloud.speaking
    qtbot.waitUntil(lambda: not alive(pid), timeout=5000)


STARTUP = """
import json, sys
sys.argv = ["bindguard", "--exit-when-ready", "--data-dir", sys.argv[1]]
from bindguard.cli import main
code = main()
print(json.dumps({"code": code, "modules": [m for m in sys.modules if "Speech" in m or "Multimedia" in m
                  or m in ("bindguard.ui.widgets.read_aloud", "bindguard.ui.speech_worker",
                                                   "bindguard.core.speech_text")]}))
"""


def test_nothing_of_text_to_speech_loads_before_the_first_page(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", STARTUP, str(tmp_path / "data")], capture_output=True,
                            text=True, cwd=ROOT, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "modules": []}


def _speechd() -> bool:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return False
    return "speechd" in QTextToSpeech.availableEngines()


@pytest.mark.integration
@pytest.mark.skipif(not _speechd(), reason="needs speech-dispatcher, espeak-ng, libpulse0 (packaging/apt-packages.txt)")
def test_speech_dispatcher_reads_chinese_with_a_mandarin_voice_and_never_blocks_the_window(work, engine, qtbot):
    """The real engine: speech-dispatcher started on demand inside tests/run.sh's D-Bus session, espeak-ng's
    Mandarin voice (listed under the "C" locale), libao's null sink (tests/run.sh). The window's event loop is
    watched the whole time: the worker starting speech-dispatcher (1.7-4 s blocked in the window before) and
    停止 (spd_cancel, which froze it) happen in the worker only."""
    engine("speechd")
    _window, page = work("zh")
    seen = events()
    stall = Stall()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)  # starts the worker and speech-dispatcher
    assert page.read_aloud.button.text() == "■ 停止"  # at once
    qtbot.waitUntil(lambda: any(e.get("event") == "speaking" for e in seen) or page.read_aloud.problem.isVisible(),
                    timeout=30000)
    assert not page.read_aloud.problem.isVisible(), page.read_aloud.problem.text()
    speaking = [e for e in seen if e.get("event") == "speaking"]
    assert "Mandarin" in speaking[0]["voice"]
    qtbot.waitUntil(lambda: {"event": "state", "state": "Speaking"} in seen, timeout=30000)
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)  # 停止
    assert page.read_aloud.button.text() == "朗读"  # at once
    speaker = read_aloud.speaker()
    qtbot.waitUntil(lambda: not speaker.pending, timeout=10000)  # the worker's stop returned
    # again, to the end: every line read
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.read_aloud.speaking, timeout=90000)
    assert not page.read_aloud.problem.isVisible(), page.read_aloud.problem.text()
    assert [e for e in seen if e.get("event") == "done"]
    longest = stall.stop()
    assert longest < STALL_LIMIT_MS, f"the window stood still for {longest:.0f} ms"
