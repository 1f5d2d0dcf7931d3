"""A synthetic catalog of N platforms, written as real TOML so it goes through load_catalog.

Categories, banks, discovery services and carrier steps are copied from the shipped catalog (the
platforms refer to its categories); only the platforms are generated.
"""

from __future__ import annotations

import shutil
from pathlib import Path

WORDS = ["alpha", "bravo", "cloud", "delta", "echo", "forest", "garden", "harbor", "island", "jade",
         "kite", "lotus", "maple", "north", "ocean", "pearl", "quartz", "river", "silver", "tiger"]
ZH = ["云", "山", "海", "星", "金", "木", "水", "火", "土", "风",
      "雷", "电", "光", "龙", "凤", "虎", "鹤", "松", "竹", "梅"]


def _categories(shipped: Path) -> list[str]:
    import tomllib

    with (shipped / "categories.toml").open("rb") as fh:
        return [c["id"] for c in tomllib.load(fh)["category"]]


def write_catalog(shipped: Path, target: Path, count: int = 500) -> Path:
    """Copy the shipped catalog minus its platforms, then add `count` generated platforms."""
    if target.exists():
        shutil.rmtree(target)
    # not the shipped platforms, nor what names them (SMS signatures) or is built from them (compiled)
    shutil.copytree(shipped, target, ignore=shutil.ignore_patterns("platforms", "sms_signatures.toml",
                                                                    "compiled.pickle"))
    (target / "platforms").mkdir()
    categories = _categories(shipped)
    parts = []
    for i in range(count):
        word = WORDS[i % len(WORDS)]
        zh = ZH[i % len(ZH)] + ZH[(i // len(ZH)) % len(ZH)] + "生活"
        parts.append(f'''[[platform]]
id = "synth-{i:03d}"
name = {{ zh = "{zh}{i:03d}", en = "{word.title()} App {i:03d}" }}
aliases = ["{word}{i:03d}", "app{i:03d}"]
category = "{categories[i % len(categories)]}"
tier = "other"
tier_reason = {{ zh = "生成的测试数据。", en = "Generated for the benchmark." }}
rank = {100 + i}
url = "https://www.example.com/synth/{i:03d}"
hotline = "95{i:03d}"
confidence = "reported"
sources = ["generated for the benchmark"]
last_verified = 2026-01-01

[[platform.route]]
kind = "rebind"
title = {{ zh = "用旧号码验证后修改", en = "Verify with the old number, then change" }}
needs = ["old_sms"]
confidence = "reported"
sources = ["generated for the benchmark"]
steps = [
  {{ zh = "打开 App,点“我的”。", en = "Open the app and tap Me." }},
  {{ zh = "点“设置” → “账号与安全” → “手机号”。", en = "Tap Settings → Account and security → Phone number." }},
  {{ zh = "填旧号码收到的验证码,再填新号码。", en = "Enter the code sent to the old number, then the new number." }},
]
''')
    (target / "platforms" / "synthetic.toml").write_text("\n".join(parts), encoding="utf-8")
    return target


def write_doubled(shipped: Path, target: Path) -> Path:
    """The shipped catalog with every platform and bank entered twice (ids suffixed _x2): the catalog
    doubled with real text, compiled too when the shipped one is (as a build would do)."""
    import re

    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(shipped, target, ignore=shutil.ignore_patterns("compiled.pickle"))

    def suffixed(text: str) -> str:
        text = re.sub(r'^id = "([^"]+)"', r'id = "\1_x2"', text, flags=re.M)
        return re.sub(r'^parent = "([^"]+)"', r'parent = "\1_x2"', text, flags=re.M)

    for path in sorted((shipped / "platforms").glob("*.toml")):
        (target / "platforms" / f"{path.stem}_x2.toml").write_text(suffixed(path.read_text("utf-8")), "utf-8")
    banks = (shipped / "banks.toml").read_text("utf-8")
    (target / "banks.toml").write_text(banks + "\n" + suffixed(banks), "utf-8")
    if (shipped / "compiled.pickle").exists():
        from bindguard.core.catalog import compile_catalog

        compile_catalog(target)
    return target


double_catalog = write_doubled  # the name the bench used before the compiled form
