"""The voice in its own process (issue 25): QtTextToSpeech runs here, never in the window's process.

The engine can block its caller for seconds (speech-dispatcher autospawning on the first use) or for good
(libspeechd's stop waiting on a speech-dispatcher that never answers). In the window's process that froze
the window; in a Python thread it deadlocked with the GUI thread. Here only this small process waits, and
widgets/read_aloud.py kills it when it does not answer.

    python -m bindguard.ui.speech_worker [--engine NAME]      (frozen: BindGuard --speech-worker [--engine NAME])

Line-delimited JSON on stdin/stdout. Every command carries "n" and is answered by {"event": "ack", "n": n}
once done (the window's watchdog waits on it):
    {"cmd": "speak", "n": 2, "id": 7, "lang": "zh", "lines": ["…", …], "slow": false}
    {"cmd": "stop", "n": 3}        {"cmd": "quit", "n": 4}
Events: {"event": "ready", "engine": …, "engines": […]} or {"event": "problem", "code": "no_voice" |
"speech.unavailable", "detail": …} (then it ends); for a speak: "no_voice", or "speaking" (voice, rate,
the lines as enqueued), "at" (line index and its text, as the engine reaches it), "word", "done", "error".
It ends itself when its stdin closes (the app is gone, killed or not): no orphan keeps a voice going.
QCoreApplication only: no window, no display needed. The voice rule (pick_voice) is core/speech_text.py's.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time
from collections.abc import Sequence

SLOW_RATE = -0.35  # QTextToSpeech's rate: 0.0 is the system's own speed, -1.0 the slowest
READY_GRACE_MS = 400  # speech-dispatcher goes Ready between lines for a moment (0.1 s measured)
POLL_MS = 20  # how often the commands read by the stdin thread are looked at
EXIT_GRACE_S = 2.0  # stdin closed: the event loop has this long to end before the process ends itself


class _Out:
    """The protocol's own copy of stdout; fd 1 then points at stderr, so a library that prints cannot
    break a line of JSON."""

    def __init__(self) -> None:
        stdout = sys.__stdout__
        if stdout is None:  # no stdout at all: nobody to talk to
            raise SystemExit(2)
        stdout.flush()
        try:
            fd = os.dup(stdout.fileno())
            os.dup2(sys.__stderr__.fileno(), stdout.fileno())
            self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="\n", buffering=1)
        except (OSError, AttributeError, ValueError):  # no real fds (an embedded interpreter): write as is
            self.stream = stdout
        self.lock = threading.Lock()

    def send(self, **event: object) -> None:
        line = json.dumps(event, ensure_ascii=False) + "\n"
        with self.lock:
            try:
                self.stream.write(line)
                self.stream.flush()
            except (OSError, ValueError):  # the window is gone
                os._exit(0)


def _read_stdin(commands: queue.Queue) -> None:
    """Blocking reads, off the Qt thread; no Qt call here (the Python-thread deadlock of ad1ffe2 needed one)."""
    stdin = sys.stdin.buffer if sys.stdin is not None else None
    while stdin is not None:
        try:
            line = stdin.readline()
        except (OSError, ValueError):
            break
        if not line:
            break
        try:
            command = json.loads(line.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(command, dict):
            commands.put(command)
    commands.put(None)
    time.sleep(EXIT_GRACE_S)  # the event loop ends first, unless the engine holds it (a stuck stop)
    os._exit(0)


class Worker:
    def __init__(self, engine, out: _Out, commands: queue.Queue) -> None:
        from PySide6.QtCore import QTimer

        self.engine, self.out, self.commands = engine, out, commands
        self.voices: dict[str, object] = {}
        self.ident: int | None = None  # the speak now being read
        self.utterances: dict[int, int] = {}  # engine utterance id -> line index
        self.texts: list[str] = []
        self.at = -1
        self.early: list[tuple[int, str | None]] | None = None  # what the engine said during enqueue
        engine.stateChanged.connect(self._state)
        engine.aboutToSynthesize.connect(self._reached)
        engine.sayingWord.connect(self._word)
        engine.errorOccurred.connect(lambda _reason, text: self._error(text))
        self.poll = QTimer()
        self.poll.timeout.connect(self._poll)
        self.poll.start(POLL_MS)
        self.grace = QTimer()
        self.grace.setSingleShot(True)
        self.grace.timeout.connect(self._ended)

    def _poll(self) -> None:
        while True:
            try:
                command = self.commands.get_nowait()
            except queue.Empty:
                return
            if command is None or command.get("cmd") == "quit":
                self._quit()
                return
            try:
                self._do(command)
            except Exception as error:  # a bad command or an engine that throws: said, the worker goes on
                self.out.send(event="error", id=command.get("id"), detail=f"{type(error).__name__}: {error}")
            self.out.send(event="ack", n=command.get("n"))

    def _do(self, command: dict) -> None:
        cmd = command.get("cmd")
        if cmd == "stop":
            self.ident = None
            self.grace.stop()
            self.engine.stop()  # may block on a stuck speech-dispatcher: then no ack, and the window kills us
        elif cmd == "speak":
            self._speak(int(command["id"]), str(command.get("lang", "en")),
                        [str(t) for t in command.get("lines", [])], bool(command.get("slow")))

    def _speak(self, ident: int, lang: str, lines: Sequence[str], slow: bool) -> None:
        voice = self._voice(lang)
        if voice is None:
            self.out.send(event="no_voice", id=ident, lang=lang)
            return
        engine = self.engine
        if self.ident is not None:
            self.ident = None
            engine.stop()
        self.grace.stop()
        engine.setLocale(voice.locale())
        engine.setVoice(voice)
        engine.setRate(SLOW_RATE if slow else 0.0)  # the volume and normal speed are the system's
        self.ident, self.texts, self.at = ident, list(lines), -1
        self.utterances, self.early = {}, []
        try:
            for index, text in enumerate(lines):
                self.utterances[engine.enqueue(text)] = index  # speechd may say it began before enqueue returns
        finally:
            early, self.early = self.early, None
        self.out.send(event="speaking", id=ident, voice=engine.voice().name(), rate=engine.rate(),
                      lines=list(lines))
        for utterance, word in early:
            if word is None:
                self._reached(utterance)
            else:
                self._word(word, utterance, 0, 0)

    def _voice(self, lang: str):
        if lang not in self.voices:
            self.voices[lang] = self._choose(lang)
        return self.voices[lang]

    def _choose(self, lang: str):
        from PySide6.QtCore import QLocale

        from bindguard.core.speech_text import pick_voice

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

    def _reached(self, utterance: int) -> None:
        if self.early is not None:
            self.early.append((utterance, None))
            return
        index = self.utterances.get(utterance)
        if self.ident is None or index is None or index <= self.at:
            return  # engines report an utterance twice: never back
        self.at = index
        self.out.send(event="at", id=self.ident, line=index, text=self.texts[index])

    def _word(self, word: str, utterance: int, _start: int, _length: int) -> None:
        if self.early is not None:
            self.early.append((utterance, word))
            return
        self._reached(utterance)
        if self.ident is not None and utterance in self.utterances:
            self.out.send(event="word", id=self.ident, line=self.utterances[utterance], word=word)

    def _state(self, state) -> None:
        name = getattr(state, "name", str(state))
        self.out.send(event="state", state=name)
        if self.ident is None or name in ("Speaking", "Synthesizing", "Paused"):
            self.grace.stop()
            return
        if name == "Error":
            self._error(self.engine.errorString())
            return
        self.grace.start(READY_GRACE_MS)  # Ready between two lines for a moment: only a pause that lasts ends it

    def _ended(self) -> None:
        if self.ident is not None and self.engine.state().name == "Ready":
            ident, self.ident = self.ident, None
            self.out.send(event="done", id=ident)

    def _error(self, text: str) -> None:
        if self.ident is not None:
            ident, self.ident = self.ident, None
            self.out.send(event="error", id=ident, detail=text)

    def _quit(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.poll.stop()
        QCoreApplication.exit(0)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="bindguard-speech-worker")
    parser.add_argument("--engine", default=None, help="QTextToSpeech engine by name (mock in tests)")
    args, _rest = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    out = _Out()
    commands: queue.Queue = queue.Queue()
    threading.Thread(target=_read_stdin, args=(commands,), daemon=True, name="stdin").start()
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:  # PySide6-Addons missing, or on Linux libpulse0
        out.send(event="problem", code="no_voice", detail=str(error))
        return 0
    try:
        engines = list(QTextToSpeech.availableEngines())
        if not engines:
            out.send(event="problem", code="no_voice", detail="no engine", engines=engines)
            return 0
        engine = QTextToSpeech(args.engine) if args.engine else QTextToSpeech()
        if engine.state().name == "Error":
            out.send(event="problem", code="speech.unavailable", detail=engine.errorString(), engines=engines)
            return 0
    except Exception as error:  # an engine plugin that throws
        out.send(event="problem", code="speech.unavailable", detail=f"{type(error).__name__}: {error}")
        return 0
    worker = Worker(engine, out, commands)
    out.send(event="ready", engine=engine.engine(), engines=engines, pid=os.getpid())
    code = app.exec()
    worker.poll.stop()
    out.stream.flush()
    os._exit(code)  # no engine teardown: speech-dispatcher's may block, and nobody is left to hear it


if __name__ == "__main__":
    sys.exit(main())
