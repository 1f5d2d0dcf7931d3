"""Every UI string has Chinese, and the Chinese keeps the English placeholders."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations" / "zh_CN"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|&[A-Za-z]")


def _messages():
    for ts in sorted(TS_DIR.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            yield ts.name, message.findtext("source") or "", message.find("translation")


def test_every_ui_string_is_translated_to_chinese():
    missing = [f"{name}: {source}" for name, source, tr in _messages()
               if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert missing == []


def test_translations_keep_placeholders():
    wrong = []
    for name, source, tr in _messages():
        if tr is None or not tr.text:
            continue
        wanted = sorted(p for p in PLACEHOLDER.findall(source) if not p.startswith("&"))
        got = sorted(p for p in PLACEHOLDER.findall(tr.text) if not p.startswith("&"))
        if wanted != got:
            wrong.append(f"{name}: {source!r} -> {tr.text!r}")
    assert wrong == []


def test_ts_files_declare_chinese():
    for ts in TS_DIR.glob("*.ts"):
        assert ET.parse(ts).getroot().get("language") == "zh_CN", ts.name
