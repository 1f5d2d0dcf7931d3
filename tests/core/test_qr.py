"""core/qr.py, the printout's own QR encoder, module for module against segno (level M, mask 0,
byte mode) in every version 1-40, and the version choice at each capacity edge."""

from __future__ import annotations

import random

import pytest
import segno
import segno.encoder

from bindguard.core import qr


@pytest.fixture
def standard_segno(monkeypatch):
    """segno pads a bit stream that already ends on a byte boundary with one more zero byte (valid,
    decoders stop at the terminator, but not the standard's codewords); make it pad only when needed."""
    monkeypatch.setattr(segno.encoder, "write_padding_bits",
                        lambda buff, version, length: buff.extend([0] * (-length % 8)))


def reference(text: str) -> list[bytes]:
    code = segno.make(text, error="m", mode="byte", mask=0, micro=False, boost_error=False, encoding="utf-8")
    return [bytes(row) for row in code.matrix]


def test_every_version_matches_segno(standard_segno):
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789/:.?=&-_%"
    seen = set()
    for version in range(1, 41):
        capacity = qr._capacity_bytes(version)
        for length in {capacity, capacity - 1, max(0, capacity - 7)}:
            text = "".join(rng.choice(alphabet) for _ in range(length))
            rows = qr.encode(text)
            assert rows == reference(text), (version, length)
            seen.add((len(rows) - 17) // 4)
    assert seen == set(range(1, 41))


def test_chinese_and_https_urls(standard_segno):
    for text in ("https://www.example.com/synth/001", "https://例子.中国/路径?名字=妈妈", "é", ""):
        assert qr.encode(text) == reference(text)


def test_version_grows_exactly_at_capacity():
    for version in range(1, 40):
        capacity = qr._capacity_bytes(version)
        assert qr.version_for(capacity) == version
        assert qr.version_for(capacity + 1) == version + 1
    with pytest.raises(ValueError):
        qr.version_for(qr._capacity_bytes(40) + 1)
