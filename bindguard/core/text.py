"""The one bilingual text type of core, and the one place that picks the language.

Every word core says to a user (the paper, the command line, the sentences the pages show) is a
`Text` holding its Chinese and its English; `pick` turns a `lang` code into the language to use,
and nothing else in core compares language codes. The UI's own wording goes through Qt's tr() and
the .ts files instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["zh", "en"]


def pick(lang: str) -> Lang:
    """The language to use for a `lang` code: Chinese for "zh", English for anything else."""
    return "zh" if lang == "zh" else "en"


@dataclass(frozen=True)
class Text:
    """A bilingual string: what core says, in Chinese and in English."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.zh if pick(lang) == "zh" else self.en

    def format(self, **params: object) -> Text:
        """Both languages with the same `{name}` fields filled in."""
        return Text(self.zh.format(**params), self.en.format(**params))


def say(lang: str, zh: str, en: str) -> str:
    """One sentence built in place, in the language asked for (both are built; one is returned)."""
    return Text(zh, en).get(lang)
