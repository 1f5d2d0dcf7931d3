"""朗读 / Read aloud (issue 25): one button that reads a script (core/speech_text.py) with a voice
chosen for the page's language, and says 停止 while it speaks.

The voice lives in its own process (ui/speech_worker.py): this process never calls QTextToSpeech, so an
engine that blocks (speech-dispatcher starting, or its stop waiting on a speech-dispatcher that never
answers) can never freeze the window. The worker is driven with QProcess and line-delimited JSON; nothing
here waits on it. 朗读 is 停止 at once (a "getting the voice ready" line if the worker takes a moment);
停止 is 朗读 at once, whatever the worker does. A worker that does not answer within a few seconds, crashes
or cannot start is killed and the line under the button says so (core/errors.py "speech.*"); the next press
starts a fresh one. It is started on the first press, never before: the first page is shown without it
(start-up, issue 23). One worker serves every button of the window; a second button that starts reading
stops the first. No voice for the language: the line says how to get one on this system.

`step_changed(int)` says which step of the first way is being read (-1: none); `mark_step()` marks it
in a label of the page (bold, a ▶ and a fill: colour is never the only signal).
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bindguard.core.errors import message
from bindguard.core.speech_text import Utterance, no_voice_code
from bindguard.core.text import Text

log = logging.getLogger(__name__)

ENGINE: str | None = None  # the QTextToSpeech engine by name ("mock" in tests); None: the system's default
SLOW_SETTING = "speech_slow"  # "1": 慢一点 (View menu), saved in the store like large_text
START_MS = 10000  # the worker says ready within this (speech-dispatcher autospawning: 1.7-4 s measured)
ANSWER_MS = 4000  # a command the worker has not acknowledged by then: it is stuck, and killed
PREPARING_MS = 300  # "getting the voice ready" only when the worker takes longer than a moment
WORKER_FLAG = "--speech-worker"  # the frozen app's executable runs the worker with it (packaging/bindguard_main.py)
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


def worker_command() -> list[str]:
    """How the worker process is started: the frozen app's own executable with WORKER_FLAG, else this
    Python with -m (pythonw on Windows when it is there, so no console window opens)."""
    engine = ["--engine", ENGINE] if ENGINE else []
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG, *engine]
    python = Path(sys.executable)
    if sys.platform == "win32" and python.name.lower() == "python.exe" and python.with_name("pythonw.exe").exists():
        python = python.with_name("pythonw.exe")
    return [str(python), "-m", "bindguard.ui.speech_worker", *engine]


class _Speaker(QObject):
    """The window's one worker process, started on first use, and the button now reading."""

    said = Signal(int, str)  # line index, word: what the engine says it is speaking (tests listen)
    event = Signal(dict)  # every event from the worker, as read (tests and measurements listen)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.owner: ReadAloud | None = None
        self.last: ReadAloud | None = None  # the button that last read: a stuck worker's message goes there
        self.process: QProcess | None = None
        self.ready = False
        self.started_at = 0.0
        self.ready_at = 0.0
        self.pid = 0
        self.ident = 0  # the reading now asked for; events of earlier ones are ignored
        self.n = 0
        self.pending: dict[int, float] = {}  # command number -> when it was sent
        self.buffer = b""
        self.voice, self.rate, self.enqueued = "", 0.0, []  # the worker's last "speaking" (tests read them)
        self.watchdog = QTimer(self)
        self.watchdog.setSingleShot(True)
        self.watchdog.timeout.connect(self._check)
        self.preparing = QTimer(self)
        self.preparing.setSingleShot(True)
        self.preparing.timeout.connect(lambda: self.owner is not None and self.owner.preparing(True))

    # -- the process ---------------------------------------------------------------------------------

    def _start(self) -> None:
        process = QProcess(self)
        command = worker_command()
        process.setProgram(command[0])
        process.setArguments(command[1:])
        if not getattr(sys, "frozen", False):  # from source: bindguard importable whatever the working folder
            env = process.processEnvironment()
            if env.isEmpty():
                from PySide6.QtCore import QProcessEnvironment

                env = QProcessEnvironment.systemEnvironment()
            root = str(Path(__file__).resolve().parents[3])
            env.insert("PYTHONPATH", os.pathsep.join(p for p in (root, env.value("PYTHONPATH")) if p))
            process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(lambda: self._read(process))
        process.readyReadStandardError.connect(lambda: self._log(process))
        process.errorOccurred.connect(lambda error: self._died(process, getattr(error, "name", str(error))))
        process.finished.connect(lambda code, _status: self._died(process, f"exit {code}"))
        self.process, self.ready, self.buffer, self.pending = process, False, b"", {}
        self.started_at = time.monotonic()
        process.start()  # asynchronous: a worker that cannot start comes back as errorOccurred
        self._arm()

    def _send(self, **command: object) -> None:
        if self.process is None:
            self._start()
        self.n += 1
        self.pending[self.n] = time.monotonic()
        line = json.dumps({**command, "n": self.n}, ensure_ascii=False) + "\n"
        self.process.write(line.encode("utf-8"))  # buffered by QProcess until the worker reads it
        self._arm()

    def _read(self, process: QProcess) -> None:
        if process is not self.process:
            return
        self.buffer += bytes(process.readAllStandardOutput().data())
        *lines, self.buffer = self.buffer.split(b"\n")
        for line in lines:
            try:
                event = json.loads(line.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                log.debug("speech worker: not a line of the protocol: %r", line[:200])
                continue
            if isinstance(event, dict):
                self._on(event)
            if process is not self.process:  # the event ended this worker
                return

    def _log(self, process: QProcess) -> None:
        text = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        if text:
            log.debug("speech worker: %s", text[-2000:])

    def _arm(self) -> None:
        """The watchdog fires when the worker is due: ready after START_MS, every command ANSWER_MS after."""
        if self.process is None:
            self.watchdog.stop()
            return
        if not self.ready:
            due = self.started_at + START_MS / 1000
        elif self.pending:
            due = max(min(self.pending.values()), self.ready_at) + ANSWER_MS / 1000
        else:
            self.watchdog.stop()
            return
        self.watchdog.start(max(0, int((due - time.monotonic()) * 1000) + 1))

    def _check(self) -> None:
        if self.process is None:
            return
        now = time.monotonic()
        late = (not self.ready and now - self.started_at >= START_MS / 1000) or (
            self.ready and self.pending and now - max(min(self.pending.values()), self.ready_at) >= ANSWER_MS / 1000)
        if late:
            log.warning("speech worker %s did not answer: killed", self.pid or "(starting)")
            self._end("speech.no_answer")
        else:
            self._arm()

    def _died(self, process: QProcess, why: str) -> None:
        if process is not self.process:
            return
        self._read(process)  # its last words first (a "problem" says more than its exit)
        if process is not self.process:
            return
        log.warning("speech worker ended: %s", why)
        self._end("speech.unavailable" if not self.ready else "speech.failed")

    def _end(self, code: str | None) -> None:
        """This worker is done for: killed (never waited on), and the button now reading says `code`."""
        process, self.process = self.process, None
        self.ready, self.pending = False, {}
        self.watchdog.stop()
        self.preparing.stop()
        if process is not None:
            for signal in (process.readyReadStandardOutput, process.readyReadStandardError, process.errorOccurred,
                           process.finished):
                signal.disconnect()
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                # reaped by Qt when it ends; deleted once it has (deleting a running QProcess would wait on it)
                process.finished.connect(process.deleteLater)
            else:
                process.deleteLater()
        owner, self.owner = self.owner, None
        if owner is not None:
            owner.finished(problem=code)
        elif code is not None and self.last is not None:
            try:
                self.last.say(code)
            except RuntimeError:  # that button's window is gone
                pass

    # -- the events ----------------------------------------------------------------------------------

    def _on(self, event: dict) -> None:
        self.event.emit(event)
        kind = event.get("event")
        if kind == "ack":
            self.pending.pop(event.get("n"), None)
            self._arm()
            return
        if kind == "ready":
            self.ready, self.ready_at, self.pid = True, time.monotonic(), int(event.get("pid") or 0)
            self._arm()
            return
        if kind == "problem":  # the worker cannot read here at all, and ends
            self._end("no_voice" if event.get("code") == "no_voice" else "speech.unavailable")
            return
        owner = self.owner
        if owner is None or event.get("id") != self.ident:
            return  # a reading that was stopped meanwhile
        if kind == "speaking":
            self.voice, self.rate = event.get("voice", ""), event.get("rate", 0.0)
            self.enqueued = event.get("lines", [])
            self.preparing.stop()
            owner.preparing(False)
        elif kind == "at":
            owner.reached(int(event.get("line", -1)))
        elif kind == "word":
            self.said.emit(int(event.get("line", -1)), str(event.get("word", "")))
        elif kind in ("done", "error", "no_voice"):
            self.owner = None
            self.preparing.stop()
            owner.finished(problem={"error": "speech.failed", "no_voice": "no_voice"}.get(kind))

    # -- what the buttons ask ------------------------------------------------------------------------

    def speak(self, owner: ReadAloud, lang: str, lines: Sequence[str], slow: bool) -> None:
        if self.owner is not None and self.owner is not owner:
            self.stop()
        self.owner = self.last = owner
        self.ident += 1
        self._send(cmd="speak", id=self.ident, lang=lang, lines=list(lines), slow=slow)
        owner.started()
        if not self.ready:
            self.preparing.start(PREPARING_MS)

    def stop(self) -> None:
        """停止: the button is 朗读 again now; the worker is told, and killed if it does not answer."""
        owner, self.owner = self.owner, None
        self.preparing.stop()
        if self.process is not None:
            self._send(cmd="stop")
        if owner is not None:
            owner.finished()

    def shutdown(self) -> None:
        """The app quits: the worker goes now (it also ends itself when its stdin closes)."""
        self._end(None)


_speaker: _Speaker | None = None


def speaker() -> _Speaker:
    """The window's one worker (its process is started on the first reading)."""
    global _speaker
    if _speaker is None:
        _speaker = _Speaker()
        QCoreApplication.instance().aboutToQuit.connect(reset)  # the voice ends with the app
    return _speaker


def reset() -> None:
    """End the worker and forget it (tests change ENGINE between them)."""
    global _speaker
    if _speaker is not None:
        _speaker.shutdown()
        _speaker.deleteLater()
    _speaker = None


class ReadAloud(QWidget):
    """朗读 / 停止, and a line under it: "getting the voice ready", or why reading aloud cannot work here."""

    step_changed = Signal(int)  # the step of the first way being read, -1 when none
    speaking_changed = Signal(bool)

    def __init__(self, lang: Callable[[], str], script: Callable[[], Sequence[Utterance]],
                 slow: Callable[[], bool] = lambda: False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readAloud")
        self._lang, self._script, self._slow = lang, script, slow
        self._steps: list[int | None] = []  # the step of each line being read
        self._current = -1
        self.speaking = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self)
        self.button.setObjectName("readAloudButton")
        self.button.clicked.connect(self.toggle)
        self.status = QLabel(self)
        self.status.setObjectName("readAloudStatus")
        self.status.setWordWrap(True)  # as the problem line: the page's row then makes room for it
        self.status.hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("readAloudProblem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("class", "warning")
        self.problem.hide()
        row = QHBoxLayout()  # the button as wide as its words, not the page
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        if self.speaking:
            self.button.setText(self.tr("■ Stop"))
            self.button.setAccessibleName(self.tr("Stop reading"))
            self.button.setAccessibleDescription(self.tr("Stops reading aloud"))
        else:
            self.button.setText(self.tr("Read aloud"))  # no emoji: Chinese systems often lack an emoji font
            self.button.setAccessibleName(self.tr("Read aloud"))
            self.button.setAccessibleDescription(self.tr("Reads this item's steps aloud, one by one"))
        self.status.setText(self.tr("Getting the voice ready…"))

    def toggle(self) -> None:
        if self.speaking:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        script = [line for line in self._script() if line.text.strip()]
        if not script:
            return
        self.problem.hide()
        self.button.setToolTip("")
        self._steps = [line.step for line in script]
        speaker().speak(self, self._lang(), [line.text for line in script], self._slow())

    def stop(self) -> None:
        if _speaker is not None and _speaker.owner is self:
            _speaker.stop()
        elif self.speaking:
            self.finished()

    def say(self, code: str) -> None:
        """The line under the button says message `code` (core/errors.py), "no_voice": how to get a voice."""
        lang = self._lang()
        if code == "no_voice":
            text = message(no_voice_code(sys.platform), lang, language=Text("中文", "English").get(lang))
        else:
            text = message(code, lang)
        self.problem.setText(text)
        self.problem.show()
        self.button.setToolTip(text)

    # -- called by the window's one worker (_Speaker) -------------------------------------------------

    def started(self) -> None:
        self.speaking = True
        self._current = -1
        self.retranslate()
        self.speaking_changed.emit(True)

    def preparing(self, on: bool) -> None:
        self.status.setVisible(on and self.speaking)
        self.layout().activate()  # the new height now, and the page's row told of it (else X11 drew the
        self.updateGeometry()  # line under the next label, in a row as tall as before)

    def reached(self, line: int) -> None:
        """The engine is at line `line`: never goes back."""
        if not self.speaking or not 0 <= line < len(self._steps) or line <= self._current:
            return
        self._current = line
        step = self._steps[line]
        self.step_changed.emit(-1 if step is None else step)

    def finished(self, problem: str | None = None) -> None:
        was = self.speaking
        self.speaking = False
        self._current = -1
        self.preparing(False)
        self.retranslate()
        if problem is not None:
            self.say(problem)
        if was:
            self.step_changed.emit(-1)
            self.speaking_changed.emit(False)

    def hideEvent(self, event) -> None:
        self.stop()  # another page, another item, a closed window: the voice stops with it
        super().hideEvent(event)
