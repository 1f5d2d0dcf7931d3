"""朗读 / Read aloud (issue 25): one button that reads a script (core/speech_text.py) with a voice
chosen for the page's language, and says 停止 while it speaks.

QtTextToSpeech (PySide6-Addons) is imported on the first press, never before: the first page is shown
without it (start-up, issue 23). One engine serves every button of the window; a second button that
starts reading stops the first. Nothing here can stop the app: no QtTextToSpeech (on Debian it needs
libpulse0), no engine, no voice for the language, an engine error: the line under the button says so,
in the page's language, and how to get a voice on this system (core/errors.py "speech.*").

The engine lives in its own thread (_Worker, made there on the first press; the window's side is
_Speaker): the window never calls QTextToSpeech. Making the engine takes speech-dispatcher 3–4 s (the
button says 正在准备朗读… meanwhile), and with no working audio output speechd's stop() blocks for good:
停止 is 朗读 again at once, and a later 朗读 says plainly that reading aloud does not work right now
("speech.stuck"). On quit the thread is waited on QUIT_WAIT_MS at most.

`step_changed(int)` says which step of the first way is being read (-1: none); `mark_step()` marks it
in a label of the page (bold, a ▶ and a fill: colour is never the only signal).
"""

from __future__ import annotations

import atexit
import html
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bindguard.core.errors import message
from bindguard.core.speech_text import Utterance, no_voice_code, pick_voice
from bindguard.core.text import Text

ENGINE: str | None = None  # the QTextToSpeech engine by name ("mock" in tests); None: the system's default
FACTORY: Callable[[], object] | None = None  # makes the engine instead, in the speech thread (tests)
STUCK_MS = 1500  # a stop that has not returned by then: the engine is stuck (speechd with no audio output)
QUIT_WAIT_MS = 2000  # on quit, the speech thread is waited on this long, then left behind
SLOW_SETTING = "speech_slow"  # "1": 慢一点 (View menu), saved in the store like large_text
SLOW_RATE = -0.35  # QTextToSpeech's rate: 0.0 is the system's own speed, -1.0 the slowest
READY_GRACE_MS = 400  # speech-dispatcher goes Ready between lines for a moment (0.1 s measured)
MARK = "background-color:#ffe8a3; font-weight:bold"


def plain(rich: str) -> str:
    """A label's rich text as the words on screen."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", rich)).split())


def mark_step(label: QLabel, step: int) -> None:
    """Mark step `step` (0-based, the label's n-th <li>) as the one being read; -1 unmarks. The label's
    own text is kept: a new text set by the page meanwhile is taken as the unmarked one."""
    text = label.text()
    unmarked = label.property("unmarkedText")
    if unmarked is None or text != label.property("markedText"):
        unmarked = text
    marked = unmarked
    if step >= 0:
        items = list(re.finditer(r"<li\b[^>]*>(.*?)</li>", unmarked, flags=re.S))
        if step < len(items):
            item = items[step]
            inner = f"<span style='{MARK}'>▶ {item.group(1)}</span>"
            marked = unmarked[:item.start(1)] + inner + unmarked[item.end(1):]
    label.setProperty("unmarkedText", unmarked)
    label.setProperty("markedText", marked)
    if marked != text:
        label.setText(marked)


class _Worker(QObject):
    """Lives in the speech thread and is the only code that calls QTextToSpeech: the engine is made there
    on first use (speech-dispatcher takes 3–4 s to start), and its stop() may block for good (speechd with
    no working audio output): the window never waits on either. Requests come as queued signals; `wanted`
    is the one request the window still wants (set from the window's thread: a plain int)."""

    started = Signal(int, object)  # token, the utterance ids in order
    reached = Signal(int, int)  # token, the utterance id being read
    said = Signal(int, str)  # utterance id, word: what the engine says it is speaking
    ended = Signal(int, bool)  # token, failed
    problem = Signal(int, str)  # token, a message code ("no_voice": none for the language)
    stopped = Signal(int)  # the stop request `serial` has returned

    def __init__(self, factory: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.factory = factory
        self.engine = None
        self.trouble: str | None = None  # why there is no engine at all (a message code), once found
        self.voices: dict[str, object] = {}  # lang -> QVoice (or None: no voice for it)
        self.wanted = 0
        self.token = 0  # the reading the engine is doing now, 0: none

    def _make(self) -> bool:
        if self.engine is not None or self.trouble is not None:
            return self.engine is not None
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # PySide6-Addons missing, or on Linux libpulse0
            self.trouble = "no_voice"
            return False
        try:
            if self.factory is not None:
                engine = self.factory()
            elif not QTextToSpeech.availableEngines():
                self.trouble = "no_voice"
                return False
            else:
                engine = QTextToSpeech(ENGINE) if ENGINE else QTextToSpeech()
            if engine.state().name == "Error":
                self.trouble = "speech.unavailable"
                return False
        except Exception:  # an engine plugin that throws must not take the window with it
            self.trouble = "speech.unavailable"
            return False
        self.engine = engine
        engine.stateChanged.connect(self._state)
        engine.aboutToSynthesize.connect(self._at)
        engine.sayingWord.connect(self._word)
        engine.errorOccurred.connect(lambda _reason, _text: self._state(engine.state()))
        return True

    @Slot(int, str, object, bool)
    def speak(self, token: int, lang: str, texts: list, slow: bool) -> None:
        if token != self.wanted:
            return  # stopped or replaced before its turn came
        if not self._make():
            self.problem.emit(token, self.trouble or "speech.unavailable")
            return
        try:
            if lang not in self.voices:
                self.voices[lang] = self._choose(lang)
            voice = self.voices[lang]
            if voice is None:
                self.problem.emit(token, "no_voice")
                return
            engine = self.engine
            if self.token:
                engine.stop()
            engine.setLocale(voice.locale())
            engine.setVoice(voice)
            engine.setRate(SLOW_RATE if slow else 0.0)  # the volume and normal speed are the system's
            self.token = token
            ids = [engine.enqueue(text) for text in texts]
        except Exception:  # an engine that fails on enqueue: said, never raised into the window
            self.token = 0
            self.problem.emit(token, "speech.failed")
            return
        self.started.emit(token, ids)

    @Slot(int)
    def stop(self, serial: int) -> None:
        self.token = 0
        if self.engine is not None:
            self.engine.stop()  # may block for good: only this thread waits
        self.stopped.emit(serial)

    @Slot()
    def shut(self) -> None:
        """The app quits: stop, let the engine go in its own thread, end the thread's loop."""
        self.token = 0
        engine, self.engine = self.engine, None
        if engine is not None:
            engine.stop()
            engine.deleteLater()
        QThread.currentThread().quit()

    def _choose(self, lang: str):
        from PySide6.QtCore import QLocale

        engine = self.engine
        default = engine.voice().name()
        prefix = "zh" if lang == "zh" else "en"
        locales = [engine.locale(), QLocale.c()]
        locales += [loc for loc in engine.availableLocales() if loc.name().startswith(prefix) and loc not in locales]
        voices, seen = [], set()
        for locale in locales:
            engine.setLocale(locale)
            for voice in engine.availableVoices():
                key = (voice.name(), voice.locale().name())
                if key not in seen:
                    seen.add(key)
                    voices.append(voice)
        index = pick_voice(lang, [(v.name(), v.locale().name()) for v in voices], default)
        return voices[index] if index is not None else None

    def _word(self, word: str, ident: int, _start: int, _length: int) -> None:
        self.said.emit(ident, word)
        self._at(ident)

    def _at(self, ident: int) -> None:
        if self.token:
            self.reached.emit(self.token, ident)

    def _state(self, state) -> None:
        name = getattr(state, "name", str(state))
        if not self.token or name in ("Speaking", "Synthesizing", "Paused"):
            return
        if name == "Error":
            token, self.token = self.token, 0
            self.ended.emit(token, True)
            return
        # speech-dispatcher is Ready between two lines for a moment: only a pause that lasts is the end
        QTimer.singleShot(READY_GRACE_MS, self, self._ended)

    def _ended(self) -> None:
        if self.token and self.engine is not None and self.engine.state().name == "Ready":
            token, self.token = self.token, 0
            self.ended.emit(token, False)


class _Speaker(QObject):
    """The window's side of the speech thread: which button is reading, and the requests sent. It never
    calls the engine; a stop that has not returned after STUCK_MS means the engine is stuck."""

    _speak = Signal(int, str, object, bool)
    _stop = Signal(int)
    _shut = Signal()

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.owner: ReadAloud | None = None
        self.token = 0
        self.serial = 0
        self.pending: dict[int, float] = {}  # stop requests not yet returned: serial -> when sent
        self.thread = QThread()
        self.thread.setObjectName("readAloudThread")
        self.worker = _Worker(FACTORY)
        self.worker.moveToThread(self.thread)
        self._speak.connect(self.worker.speak)
        self._stop.connect(self.worker.stop)
        self._shut.connect(self.worker.shut)
        self.worker.started.connect(self._started)
        self.worker.reached.connect(self._reached)
        self.worker.ended.connect(self._ended)
        self.worker.problem.connect(self._problem)
        self.worker.stopped.connect(lambda serial: self.pending.pop(serial, None))
        self.thread.start()

    @property
    def engine(self):
        """The engine (made in the speech thread; None before the first reading): for tests to look at."""
        return self.worker.engine

    def stuck(self) -> bool:
        now = time.monotonic()
        return any(now - sent > STUCK_MS / 1000 for sent in self.pending.values())

    def stopping(self) -> bool:
        return bool(self.pending)

    def speak(self, owner: ReadAloud, lang: str, texts: list[str], slow: bool) -> None:
        if self.owner is not None and self.owner is not owner:
            self.stop()
        self.owner = owner
        self.token += 1
        self.worker.wanted = self.token
        self._speak.emit(self.token, lang, texts, slow)

    def stop(self) -> None:
        owner, self.owner = self.owner, None
        self.worker.wanted = 0  # a reading still queued is dropped when its turn comes
        self.serial += 1
        self.pending[self.serial] = time.monotonic()
        self._stop.emit(self.serial)
        if owner is not None:
            owner.finished()

    def forget(self, owner: ReadAloud) -> None:
        """`owner` gives up a reading that has not started (the engine is stuck): nothing is sent."""
        if self.owner is owner:
            self.owner = None
            self.worker.wanted = 0

    def _started(self, token: int, ids: list) -> None:
        if token == self.token and self.owner is not None:
            self.owner.started(ids)

    def _reached(self, token: int, ident: int) -> None:
        if token == self.token and self.owner is not None:
            self.owner.reached(ident)

    def _ended(self, token: int, failed: bool) -> None:
        if token == self.token and self.owner is not None:
            owner, self.owner = self.owner, None
            owner.finished(failed=failed)

    def _problem(self, token: int, code: str) -> None:
        if token == self.token and self.owner is not None:
            owner, self.owner = self.owner, None
            owner.cannot(code)

    def shut(self, wait_ms: int) -> bool:
        """Ask the speech thread to end and wait at most `wait_ms`: True if it ended. A thread stuck in
        the engine is left behind (kept, never destroyed) and the process ends without waiting on it
        (_exit_now); it cannot be ended by force (QThread.terminate under Python crashes the process)."""
        self.worker.wanted = 0
        self.owner = None
        self._shut.emit()
        if self.thread.wait(wait_ms):
            return True
        self.worker.disconnect(self)
        if not _left_behind:
            atexit.register(_exit_now)  # runs before PySide's own clean-up (registered earlier)
        _left_behind.append((self.thread, self.worker))
        return False


_speaker: _Speaker | None = None
_left_behind: list = []  # speech threads stuck in their engine at reset/quit (never destroyed here)


def _exit_now() -> None:
    """At exit a speech thread still stuck in its engine would make Qt abort the process (PySide's clean-up
    destroys the running QThread): the process ends here instead, logs and output flushed, with 0 (the
    window was closed). atexit runs the last registered first: the handlers registered before this one
    (PySide's clean-up among them) do not run."""
    if not any(thread.isRunning() for thread, _worker in _left_behind):
        return
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(0)


def speaker() -> _Speaker:
    """The window's one speech thread, started now (QtTextToSpeech is imported there on the first reading)."""
    global _speaker
    if _speaker is None:
        _speaker = _Speaker()
        QCoreApplication.instance().aboutToQuit.connect(reset)  # the voice ends with the app
    return _speaker


def reset() -> None:
    """Stop the speech thread, waiting at most QUIT_WAIT_MS (quit; tests change ENGINE between them)."""
    global _speaker
    if _speaker is not None:
        _speaker.shut(QUIT_WAIT_MS)
        _speaker.deleteLater()
    _speaker = None


class ReadAloud(QWidget):
    """朗读 / 停止, and a line under it when reading aloud cannot work here."""

    step_changed = Signal(int)  # the step of the first way being read, -1 when none
    speaking_changed = Signal(bool)

    def __init__(self, lang: Callable[[], str], script: Callable[[], Sequence[Utterance]],
                 slow: Callable[[], bool] = lambda: False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readAloud")
        self._lang, self._script, self._slow = lang, script, slow
        self._ids: dict[int, int | None] = {}
        self._current = -1
        self.speaking = False
        self.preparing = False  # 朗读 pressed, the speech thread not started yet
        self._lines: list[Utterance] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self)
        self.button.setObjectName("readAloudButton")
        self.button.clicked.connect(self.toggle)
        self.problem = QLabel(self)
        self.problem.setObjectName("readAloudProblem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("class", "warning")
        self.problem.hide()
        row = QHBoxLayout()  # the button as wide as its words, not the page
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        if self.speaking:
            self.button.setText(self.tr("■ Stop"))
            self.button.setAccessibleName(self.tr("Stop reading"))
            self.button.setAccessibleDescription(self.tr("Stops reading aloud"))
        elif self.preparing:  # the engine is being made (speech-dispatcher starting): said at once
            self.button.setText(self.tr("Getting ready to read…"))
            self.button.setAccessibleName(self.tr("Getting ready to read"))
            self.button.setAccessibleDescription(self.tr("Press to cancel reading aloud"))
        else:
            self.button.setText(self.tr("Read aloud"))  # no emoji: Chinese systems often lack an emoji font
            self.button.setAccessibleName(self.tr("Read aloud"))
            self.button.setAccessibleDescription(self.tr("Reads this item's steps aloud, one by one"))

    def toggle(self) -> None:
        if self.speaking or self.preparing:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        lines = [line for line in self._script() if line.text.strip()]
        if not lines:
            return
        shared = speaker()
        if shared.stuck():  # never queued behind a stop that does not return
            self._say_problem(message("speech.stuck", self._lang()))
            return
        self.problem.hide()
        self._lines = lines
        self.preparing = True
        self.retranslate()
        shared.speak(self, self._lang(), [line.text for line in lines], self._slow())
        if shared.stopping():  # a stop still running in the engine: is it stuck?
            QTimer.singleShot(STUCK_MS + 100, self, self._check_stuck)

    def _check_stuck(self) -> None:
        if self.preparing and _speaker is not None and _speaker.stuck():
            _speaker.forget(self)
            self.preparing = False
            self.retranslate()
            self._say_problem(message("speech.stuck", self._lang()))

    def stop(self) -> None:
        if _speaker is not None and _speaker.owner is self:
            _speaker.stop()  # a request to the speech thread: the button is 朗读 again at once
        elif self.speaking or self.preparing:
            self.finished()

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.button.setToolTip(text)

    # -- called by the window's speech thread's proxy (_Speaker) --------------------------------------

    def cannot(self, code: str) -> None:
        """No reading: `code` says why ("no_voice": no voice for the page's language)."""
        self.finished()
        lang = self._lang()
        if code == "no_voice":
            language = Text("中文", "English").get(lang)
            self._say_problem(message(no_voice_code(sys.platform), lang, language=language))
        else:
            self._say_problem(message(code, lang))

    def started(self, ids: Sequence[int]) -> None:
        self._ids = {ident: line.step for ident, line in zip(ids, self._lines, strict=False)}
        self.speaking = True
        self.preparing = False
        self._current = -1
        self.retranslate()
        self.speaking_changed.emit(True)
        first = next(iter(self._ids), None)
        if first is not None:
            self.reached(first)

    def reached(self, ident: int) -> None:
        """The engine is at utterance `ident`: never goes back (engines report an utterance twice)."""
        if ident not in self._ids or ident <= self._current:
            return
        self._current = ident
        step = self._ids[ident]
        self.step_changed.emit(-1 if step is None else step)

    def finished(self, failed: bool = False) -> None:
        was = self.speaking
        self.speaking = False
        self.preparing = False
        self._current = -1
        self.retranslate()
        if failed:
            self._say_problem(message("speech.failed", self._lang()))
        if was:
            self.step_changed.emit(-1)
            self.speaking_changed.emit(False)

    def hideEvent(self, event) -> None:
        self.stop()  # another page, another item, a closed window: the voice stops with it
        super().hideEvent(event)
