"""Wording is part of the product: the same polite 您 everywhere the user is addressed."""

from __future__ import annotations

import re

from bindguard.resources import resource_path


def test_the_user_is_always_addressed_as_nin_never_ni():
    """你们 stays: in the scripts a user reads out, it addresses the staff of a bank or carrier."""
    files = [*resource_path("catalog").rglob("*.toml"), *resource_path("translations").rglob("*.ts")]
    assert len(files) > 10
    found = [f"{path.name}: {line.strip()[:60]}" for path in files
             for line in path.read_text(encoding="utf-8").splitlines() if re.search("你(?!们)", line)]
    assert found == []
