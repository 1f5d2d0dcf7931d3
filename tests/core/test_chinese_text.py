"""Chinese on screen and on paper reads as Chinese (PRODUCT.md §7): full-width punctuation — no ASCII
, : ; ( ) ? ! next to a Chinese character — and one word for one thing (resources/translations/
GLOSSARY.md), in every zh text we ship: the translations, the catalog's zh values and the Chinese
string literals in the code (errors, report, calendar, timeline, status words)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HAN = r"[\u3400-\u9fff]"
BAD = re.compile(HAN + r"\s?[,:;?!()]|[,:;?!()]\s?" + HAN)


def _ts_texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "resources/translations/zh_CN").glob("*.ts")):
        text = path.read_text(encoding="utf-8")
        out += [(path.name, t) for t in re.findall(r"<translation[^>]*>(.*?)</translation>", text, re.S)]
    return out


def _catalog_texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "resources/catalog").rglob("*.toml")):
        text = path.read_text(encoding="utf-8")
        out += [(path.name, t) for t in re.findall(r'\bzh\s*=\s*"((?:[^"\\]|\\.)*)"', text)]
    return out


def _code_texts() -> list[tuple[str, str]]:
    """String literals that are Chinese text (more Chinese characters than Latin letters); docstrings
    and English text that quotes a Chinese word are not user-facing Chinese."""
    out = []
    for path in sorted((ROOT / "bindguard").rglob("*.py")):
        for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if tok.type != tokenize.STRING or tok.string.startswith(('"""', "'''")):
                continue
            han = len(re.findall(HAN, tok.string))
            latin = len(re.findall(r"[A-Za-z]", re.sub(r"\{[^{}]*\}", "", tok.string)))  # {path} is no word
            if han and han >= latin:
                out.append((f"{path.name}:{tok.start[0]}", tok.string))
    return out


@pytest.mark.parametrize("source", [_ts_texts, _catalog_texts, _code_texts],
                         ids=["translations", "catalog", "code"])
def test_chinese_text_uses_full_width_punctuation(source) -> None:
    texts = source()
    assert texts, "found no Chinese text to check: the scan itself is broken"
    bad = [f"{where}: {text[:80]}" for where, text in texts if BAD.search(text)]
    assert not bad, f"{len(bad)} Chinese texts use ASCII punctuation:\n" + "\n".join(bad[:20])


def test_the_scan_catches_ascii_punctuation() -> None:
    assert BAD.search("第 2 步,共 9 步")
    assert BAD.search("保护隐私:")
    assert BAD.search("(如果有)")
    assert not BAD.search("第 2 步，共 9 步")
    assert not BAD.search("https://example.cn 官网")


def _never_words() -> list[str]:
    """The glossary's "never write" column."""
    text = (ROOT / "resources/translations/GLOSSARY.md").read_text(encoding="utf-8")
    words = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and re.search(HAN, cells[3]):
            words += [w.strip() for w in re.split("[、,，]", cells[3]) if w.strip()]
    return words


def test_glossary_lists_words_to_avoid() -> None:
    assert "涉及钱款" in _never_words()


@pytest.mark.parametrize("source", [_ts_texts, _catalog_texts, _code_texts],
                         ids=["translations", "catalog", "code"])
def test_one_word_for_one_thing(source) -> None:
    never = _never_words()
    bad = [f"{where}: {word} in {text[:60]}" for where, text in source() for word in never if word in text]
    assert not bad, "words the glossary says never to use:\n" + "\n".join(bad[:20])
