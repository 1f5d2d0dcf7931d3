"""The compiled catalog (packaging/build_catalog.py) is the TOML, loaded faster: never different."""

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bindguard.core.catalog import (
    COMPILED_NAME,
    compile_catalog,
    compiled_is_current,
    load_catalog_collecting,
)
from bindguard.resources import resource_path

TODAY = dt.date(2026, 12, 1)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def root(tmp_path):
    root = tmp_path / "catalog"
    shutil.copytree(resource_path("catalog"), root, ignore=shutil.ignore_patterns(COMPILED_NAME))
    return root


def test_the_compiled_form_gives_exactly_what_the_toml_gives(root):
    from_toml = load_catalog_collecting(root, TODAY, use_compiled=False)
    compile_catalog(root, today=TODAY)
    assert compiled_is_current(root)
    from_compiled = load_catalog_collecting(root, TODAY)
    assert from_compiled[0] == from_toml[0]
    assert [str(i) for i in from_compiled[1]] == [str(i) for i in from_toml[1]]
    assert from_compiled[0].platforms["wechat"].search_text == from_toml[0].platforms["wechat"].search_text


def test_an_edit_to_the_toml_after_compiling_wins(root):
    compile_catalog(root, today=TODAY)
    path = root / "platforms" / "payment.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('en = "Alipay" }', 'en = "Alipay (edited)" }', 1), encoding="utf-8")
    assert not compiled_is_current(root)
    catalog, _issues = load_catalog_collecting(root, TODAY)
    assert catalog.platforms["alipay"].name.en == "Alipay (edited)"


def test_a_new_platform_file_after_compiling_wins(root):
    compile_catalog(root, today=TODAY)
    shutil.copy(root / "platforms" / "payment.toml", root / "platforms" / "zz_copy.toml")
    _catalog, issues = load_catalog_collecting(root, TODAY)
    assert any(i.field == "id" and "duplicate" in i.message for i in issues)


def test_a_damaged_compiled_file_is_ignored(root):
    compile_catalog(root, today=TODAY)
    (root / COMPILED_NAME).write_bytes(b"\x80\x05garbage")
    catalog, _issues = load_catalog_collecting(root, TODAY)
    assert "wechat" in catalog.platforms


def test_a_clock_before_the_compile_day_reads_the_toml(root):
    compile_catalog(root, today=TODAY)
    path = root / "discovery.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("last_verified = 2026-12-01", "last_verified = 2026-11-30", 1), encoding="utf-8")
    compile_catalog(root, today=TODAY)
    _catalog, issues = load_catalog_collecting(root, dt.date(2026, 11, 29))
    assert any(i.field == "last_verified" and "future" in i.message for i in issues)


def test_the_build_script_writes_a_current_compiled_catalog(tmp_path):
    work = tmp_path / "tree"
    shutil.copytree(ROOT / "packaging", work / "packaging", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "bindguard", work / "bindguard", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(resource_path("catalog"), work / "resources" / "catalog",
                    ignore=shutil.ignore_patterns(COMPILED_NAME))
    done = subprocess.run([sys.executable, str(work / "packaging" / "build_catalog.py")], cwd=work,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert compiled_is_current(work / "resources" / "catalog")


def test_the_shipped_compiled_catalog_if_built_matches_the_toml():
    root = resource_path("catalog")
    if not (root / COMPILED_NAME).exists():
        pytest.skip("resources/catalog/compiled.pickle not built (packaging/build_catalog.py)")
    assert compiled_is_current(root), "stale: run .venv/bin/python packaging/build_catalog.py"
    compiled = load_catalog_collecting(root)
    assert compiled[0] == load_catalog_collecting(root, use_compiled=False)[0]


def test_a_compiled_file_from_an_older_class_layout_is_ignored(root, monkeypatch):
    import dataclasses

    from bindguard.core.catalog import model

    compile_catalog(root, today=TODAY)
    assert compiled_is_current(root)

    @dataclasses.dataclass(frozen=True)
    class Outlet:  # the same name with one more field, as after a code change
        domain: str
        name: model.Text
        self_media: tuple = ()
        region: str = ""

    monkeypatch.setattr(model, "Outlet", Outlet)
    assert not compiled_is_current(root)


def test_a_compiled_file_of_another_catalog_format_is_ignored(root, monkeypatch):
    """The key is the format version (CATALOG_FORMAT, raised with any change to reading or checking,
    and the records' layout) and the data digest."""
    from bindguard.core.catalog import compiled

    compile_catalog(root, today=TODAY)
    assert compiled_is_current(root)
    monkeypatch.setattr(compiled, "CATALOG_FORMAT", compiled.CATALOG_FORMAT + 1)
    assert not compiled_is_current(root)


def test_the_format_version_is_the_same_in_every_process():
    probe = "from bindguard.core.catalog import format_version; print(format_version())"
    versions = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                               env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"}, cwd=ROOT).stdout
                for seed in (1, 2, 3)}
    assert len(versions) == 1
    assert next(iter(versions)).startswith("3.")
