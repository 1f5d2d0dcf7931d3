"""Read aloud (issue 25): the 朗读 button of 逐项处理 and of 遇到困难's help, driven through Qt's own
`mock` text-to-speech engine (real signals, real timing: it "speaks" a word every ~0.1 s), and once
through speech-dispatcher with espeak-ng's Mandarin voice."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bindguard.core.checklist import Status
from bindguard.ui import work_widgets
from bindguard.ui.widgets import read_aloud
from tests.ui.walk import FakeVault, open_on, saved_checklist

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def engine():
    """Which engine the buttons use; the shared engine is made again for each test."""

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


def record(speaker):
    """What the engine itself says it is speaking: (utterance id, word), in order."""
    heard: list[tuple[int, str]] = []
    speaker.engine.sayingWord.connect(lambda word, ident, _start, _length: heard.append((ident, word)))
    return heard


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
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    heard = record(read_aloud._speaker)
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
    # the engine was handed the script, line by line, in order
    by_line: dict[int, list[str]] = {}
    for ident, word in heard:
        by_line.setdefault(ident, []).append(word)
    spoken = [" ".join(words) for _ident, words in sorted(by_line.items())]
    assert [_words(s) for s in spoken] == [_words(u.text) for u in script]


def _words(text: str) -> str:
    """A line as the mock engine reports its words: the Latin words and numbers, without punctuation."""
    return " ".join(re.findall(r"[A-Za-z0-9]+", text))


def test_stop_ends_the_reading_at_once(work, engine, qtbot):
    engine("mock")
    _window, page = work("en")
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    heard = record(read_aloud._speaker)
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=20000)
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)  # 停止
    assert not page.read_aloud.speaking
    assert page.read_aloud.button.accessibleName() == "Read aloud"
    qtbot.waitUntil(lambda: read_aloud._speaker.engine.state().name == "Ready", timeout=5000)
    count = len(heard)
    # an absence has no condition to wait on: the mock engine says a word every ~0.1 s, none in 0.6 s
    with qtbot.assertNotEmitted(read_aloud._speaker.engine.sayingWord, wait=600):
        pass
    assert len(heard) == count
    assert "▶" not in page.route_cards[0].label.text()


def test_another_item_stops_the_voice(work, engine, qtbot):
    engine("mock")
    _window, page = work("en")
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    assert page.read_aloud.speaking
    qtbot.mouseClick(page.next_item_button, Qt.MouseButton.LeftButton)
    assert not page.read_aloud.speaking
    qtbot.waitUntil(lambda: read_aloud._speaker.engine.state().name == "Ready", timeout=5000)


def test_the_help_of_stuck_reads_the_tip_the_hotline_and_what_to_say(work, engine, qtbot):
    engine("mock")
    _window, page = work("en")
    qtbot.mouseClick(page.status_bar.buttons[Status.STUCK], Qt.MouseButton.LeftButton)
    help_button = page.help_read_aloud.button
    assert help_button.isVisible()
    script = work_widgets.help_speech(page)
    texts = [u.text for u in script]
    assert texts[0].startswith("Stuck?") and any(t.startswith("What to say: ") for t in texts)
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    heard = record(read_aloud._speaker)
    qtbot.waitUntil(lambda: not page.help_read_aloud.speaking, timeout=60000)
    assert _words(" ".join(w for _i, w in heard)) == _words(" ".join(texts))


def test_slower_in_the_view_menu_is_saved_and_slows_the_voice(work, engine, qtbot, store):
    engine("mock")
    window, page = work("en")
    window.slow_speech_action.setChecked(True)
    assert store.get_setting(read_aloud.SLOW_SETTING) == "1"
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    assert read_aloud._speaker.engine.rate() == pytest.approx(read_aloud.SLOW_RATE)
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    window.slow_speech_action.setChecked(False)
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    assert read_aloud._speaker.engine.rate() == 0.0  # the system's own speed
    page.read_aloud.stop()


def test_no_chinese_voice_says_how_to_get_one(work, engine, qtbot):
    engine("mock")  # its voices are English (Bob and Anne): none reads Chinese
    _window, page = work("zh")
    assert page.read_aloud.button.text() == "朗读"
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    problem = page.read_aloud.problem
    assert problem.isVisible() and not page.read_aloud.speaking
    assert "中文" in problem.text() and "speech-dispatcher" in problem.text()


def test_without_qttexttospeech_the_button_explains_and_nothing_breaks(work, engine, qtbot, monkeypatch):
    engine(None)
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails, as without libpulse0
    _window, page = work("en")
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    assert page.read_aloud.problem.isVisible()
    assert "speech-dispatcher" in page.read_aloud.problem.text()
    assert not page.read_aloud.speaking
    page.select("platform:wechat")  # the page goes on working
    assert page.name_label.text()


def test_an_engine_that_cannot_start_is_said_plainly(work, engine, qtbot):
    engine("no-such-engine")
    _window, page = work("en")
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    assert page.read_aloud.problem.isVisible() and not page.read_aloud.speaking


STARTUP = """
import json, sys
sys.argv = ["bindguard", "--exit-when-ready", "--data-dir", sys.argv[1]]
from bindguard.cli import main
code = main()
print(json.dumps({"code": code, "modules": [m for m in sys.modules if "Speech" in m or "Multimedia" in m
                  or m in ("bindguard.ui.widgets.read_aloud", "bindguard.core.speech_text")]}))
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
def test_speech_dispatcher_reads_chinese_with_a_mandarin_voice(work, engine, qtbot):
    """The real engine: speech-dispatcher started on demand inside tests/run.sh's D-Bus session, espeak-ng's
    Mandarin voice (listed under the "C" locale), libao's null sink (tests/run.sh)."""
    engine("speechd")
    _window, page = work("zh")
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)  # starts speech-dispatcher (~4 s)
    assert not page.read_aloud.problem.isVisible(), page.read_aloud.problem.text()
    speaker = read_aloud._speaker
    states: list[str] = []
    speaker.engine.stateChanged.connect(lambda state: states.append(state.name))
    assert "Mandarin" in speaker.engine.voice().name()
    assert page.read_aloud.button.text() == "■ 停止"
    qtbot.waitUntil(lambda: not page.read_aloud.speaking, timeout=60000)  # every line read, to the end
    assert "Speaking" in states or speaker.engine.state().name == "Ready"
    assert page.read_aloud.button.text() == "朗读"
    assert not page.read_aloud.problem.isVisible()
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)  # again, and 停止 at once
    qtbot.mouseClick(page.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: speaker.engine.state().name == "Ready", timeout=20000)
    assert page.read_aloud.button.text() == "朗读"
