"""朗读 / Read aloud (issue 25): one button that reads a script (core/speech_text.py) with a voice
chosen for the page's language, and says 停止 while it speaks.

QtTextToSpeech (PySide6-Addons) is imported on the first press, never before: the first page is shown
without it (start-up, issue 23). One engine serves every button of the window; a second button that
starts reading stops the first. Nothing here can stop the app: no QtTextToSpeech (on Debian it needs
libpulse0), no engine, no voice for the language, an engine error: the line under the button says so,
in the page's language, and how to get a voice on this system (core/errors.py "speech.*").

`step_changed(int)` says which step of the first way is being read (-1: none); `mark_step()` marks it
in a label of the page (bold, a ▶ and a fill: colour is never the only signal).
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bindguard.core.errors import message
from bindguard.core.speech_text import Utterance, no_voice_code, pick_voice
from bindguard.core.text import Text

ENGINE: str | None = None  # the QTextToSpeech engine by name ("mock" in tests); None: the system's default
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


class _Speaker(QObject):
    """The window's one engine, made on first use, and the button now reading."""

    def __init__(self, engine) -> None:
        super().__init__(QCoreApplication.instance())
        self.engine = engine
        self.owner: ReadAloud | None = None
        self.voices: dict[str, object] = {}  # lang -> QVoice (or None: no voice for it)
        engine.stateChanged.connect(self._state)
        engine.aboutToSynthesize.connect(self._at)
        engine.sayingWord.connect(lambda _word, ident, _start, _length: self._at(ident))
        engine.errorOccurred.connect(lambda _reason, _text: self._state(engine.state()))

    def voice_for(self, lang: str):
        if lang not in self.voices:
            self.voices[lang] = self._choose(lang)
        return self.voices[lang]

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

    def speak(self, owner: ReadAloud, lines: Sequence[Utterance], voice, slow: bool) -> None:
        if self.owner is not None and self.owner is not owner:
            self.stop()
        self.owner = owner
        engine = self.engine
        engine.setLocale(voice.locale())
        engine.setVoice(voice)
        engine.setRate(SLOW_RATE if slow else 0.0)  # the volume and normal speed are the system's
        owner._ids = {}
        for line in lines:
            owner._ids[engine.enqueue(line.text)] = line.step
        owner.started()

    def stop(self) -> None:
        owner, self.owner = self.owner, None
        self.engine.stop()
        if owner is not None:
            owner.finished()

    def _at(self, ident: int) -> None:
        if self.owner is not None:
            self.owner.reached(ident)

    def _state(self, state) -> None:
        name = getattr(state, "name", str(state))
        if self.owner is None or name in ("Speaking", "Synthesizing", "Paused"):
            return
        if name == "Error":
            owner, self.owner = self.owner, None
            owner.finished(failed=True)
            return
        # speech-dispatcher is Ready between two lines for a moment: only a pause that lasts is the end
        QTimer.singleShot(READY_GRACE_MS, self, self._ended)

    def _ended(self) -> None:
        if self.owner is not None and self.engine.state().name == "Ready":
            owner, self.owner = self.owner, None
            owner.finished()


_speaker: _Speaker | None = None
_problem: str | None = None  # why there is no engine at all (a message code), once found


def _get_speaker() -> _Speaker | None:
    """The shared engine, made now (QtTextToSpeech imported now); None when this system has none."""
    global _speaker, _problem
    if _speaker is not None or _problem is not None:
        return _speaker
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # PySide6-Addons missing, or on Linux libpulse0
        _problem = "no_voice"
        return None
    try:
        if not QTextToSpeech.availableEngines():
            _problem = "no_voice"
            return None
        engine = QTextToSpeech(ENGINE) if ENGINE else QTextToSpeech()
        if engine.state().name == "Error":
            _problem = "speech.unavailable"
            return None
    except Exception:  # an engine plugin that throws must not take the window with it
        _problem = "speech.unavailable"
        return None
    _speaker = _Speaker(engine)
    QCoreApplication.instance().aboutToQuit.connect(reset)  # the voice ends with the app
    return _speaker


def reset() -> None:
    """Forget the engine (tests change ENGINE between them)."""
    global _speaker, _problem
    if _speaker is not None:
        _speaker.engine.stop()
        _speaker.deleteLater()
    _speaker, _problem = None, None


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
        else:
            self.button.setText(self.tr("Read aloud"))  # no emoji: Chinese systems often lack an emoji font
            self.button.setAccessibleName(self.tr("Read aloud"))
            self.button.setAccessibleDescription(self.tr("Reads this item's steps aloud, one by one"))

    def toggle(self) -> None:
        if self.speaking:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        lang = self._lang()
        lines = [line for line in self._script() if line.text.strip()]
        if not lines:
            return
        speaker = _get_speaker()
        voice = speaker.voice_for(lang) if speaker is not None else None
        if speaker is None and _problem == "speech.unavailable":
            self._say_problem(message("speech.unavailable", lang))
            return
        if voice is None:
            language = Text("中文", "English").get(lang)
            self._say_problem(message(no_voice_code(sys.platform), lang, language=language))
            return
        self.problem.hide()
        try:
            speaker.speak(self, lines, voice, self._slow())
        except Exception:  # an engine that fails on enqueue: said, never raised into the window
            self._say_problem(message("speech.failed", lang))

    def stop(self) -> None:
        if _speaker is not None and _speaker.owner is self:
            _speaker.stop()
        elif self.speaking:
            self.finished()

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.button.setToolTip(text)

    # -- called by the engine's one owner (_Speaker) ------------------------------------------------

    def started(self) -> None:
        self.speaking = True
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
