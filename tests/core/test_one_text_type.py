"""One bilingual text type (core.text.Text) and one place that picks the language (core.text.pick):
no other module in core compares language codes or keeps its words as {"zh": …, "en": …} dicts."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bindguard.core.text import Text, pick, say

CORE = Path(__file__).resolve().parents[2] / "bindguard" / "core"
THE_ONE_PLACE = CORE / "text.py"
LANG_COMPARISON = re.compile(r"""[=!]=\s*["'](zh|en)["']|["'](zh|en)["']\s*[=!]=""")


def core_modules() -> list[Path]:
    out = []
    for path in sorted(CORE.rglob("*.py")):
        if path != THE_ONE_PLACE:
            out.append(path)
    return out


def test_the_walker_sees_core():
    names = {p.name for p in core_modules()}
    assert {"words.py", "report.py", "routes.py"} <= names
    assert "text.py" not in names


def test_the_comparison_pattern_finds_both_spellings():
    assert LANG_COMPARISON.search('x if lang == "zh" else y')
    assert LANG_COMPARISON.search("'en' != lang")
    assert not LANG_COMPARISON.search('Text("zh", "en")')


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(CORE)))
def test_no_language_comparison_outside_core_text(path):
    lines = [f"{n}: {line.strip()}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if LANG_COMPARISON.search(line)]
    assert lines == []


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(CORE)))
def test_no_zh_en_dicts_in_core(path):
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if keys == {"zh", "en"}:
                found.append(node.lineno)
    assert found == []


def test_pick_is_chinese_only_for_zh():
    assert [pick(code) for code in ("zh", "en", "fr", "")] == ["zh", "en", "en", "en"]


def test_text_gives_the_language_asked_for():
    words = Text("已完成", "Done")
    assert (words.get("zh"), words.get("en")) == ("已完成", "Done")


def test_text_format_fills_both_languages():
    assert Text("共 {n} 项", "{n} items").format(n=3) == Text("共 3 项", "3 items")


def test_say_builds_in_place():
    assert say("en", "中文", "English") == "English"
