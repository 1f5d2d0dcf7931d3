"""The printed checklist as a user and support get it: `bindguard export` in a subprocess, then the
PDF read back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) and the QR codes with zbarimg.
Poppler and zbar come from .ci/run; without them these tests skip and say why."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from bindguard import __version__
from bindguard.core.catalog import load_catalog
from bindguard.core.demo import demo_checklist
from bindguard.core.report import build_report
from bindguard.core.store import Store
from bindguard.core.words import STATUS_LABELS
from tests.helpers.checklists import sized_checklist

ROOT = Path(__file__).resolve().parents[2]
POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils missing (apt install poppler-utils)")
needs_zbar = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools missing (apt install zbar-tools)")
BUNDLED_FONT = "NotoSansSC-BindGuard"


def export(*args: str, data_dir: Path, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"BINDGUARD_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)})
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "bindguard", "--lang", "zh", "export", *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False)


def pdftext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def squash(text: str) -> str:
    """pdftotext breaks long lines where the page did; compare without any whitespace."""
    return re.sub(r"\s+", "", text)


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def embedded_fonts(pdf: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 5:
            emb = parts[-5]
            rows.append((parts[0], emb))
    return rows


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    result = export("--demo", "--pdf", str(folder / "out.pdf"), "--ics", str(folder / "out.ics"),
                    data_dir=folder / "data")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def demo_report():
    catalog = load_catalog()
    today = dt.date.today()
    return build_report(demo_checklist(catalog, today), catalog, lang="zh", notes=None, today=today)


def test_export_demo_without_a_display_writes_pdf_and_ics(demo_pdf):
    assert (demo_pdf / "out.pdf").read_bytes().startswith(b"%PDF")
    assert (demo_pdf / "out.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_export_demo_leaves_the_users_data_folder_alone(tmp_path):
    folder = tmp_path / "data"
    store = Store.open(folder)
    store.close()
    before = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir())
    for _ in range(2):
        result = export("--demo", "--ics", str(tmp_path / "demo.ics"), data_dir=folder)
        assert result.returncode == 0, result.stderr
    assert sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()) == before


def test_export_demo_never_creates_a_data_folder(tmp_path):
    result = export("--demo", "--ics", str(tmp_path / "demo.ics"), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data").exists()


@needs_poppler
def test_pdf_text_has_every_item_name_and_status_word(demo_pdf, demo_report):
    text = squash(pdftext(demo_pdf / "out.pdf"))
    assert squash(demo_report.title) in text
    from bindguard.ui.print_parts import short_name

    for item in demo_report.items:  # a finished item is named in the overview only, short if need be
        assert squash(item.name) in text or squash(short_name(item.name)) in text, item.name
    for labels in STATUS_LABELS.values():
        assert labels.zh in text
    assert "第1页，共" in text  # page numbers in the footer
    assert f"BindGuard{__version__}" in text  # digits after Latin text too (the font's 'locl' trap)


@needs_poppler
def test_pdf_embeds_the_bundled_chinese_font(demo_pdf):
    fonts = embedded_fonts(demo_pdf / "out.pdf")
    assert fonts, "no fonts in the PDF"
    assert any(name.endswith(BUNDLED_FONT + "-Regular") and emb == "yes" for name, emb in fonts), fonts
    # item names and labels are bold: drawn from the Bold face, not a thickened Regular
    assert any(name.endswith(BUNDLED_FONT + "-Bold") and emb == "yes" for name, emb in fonts), fonts
    assert all(emb == "yes" for _name, emb in fonts), fonts


@needs_poppler
@needs_zbar
def test_every_qr_code_decodes_to_its_items_official_page(demo_pdf, demo_report, tmp_path):
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(demo_pdf / "out.pdf"), str(tmp_path / "page")],
                   check=True)
    decoded = []
    for png in sorted(tmp_path.glob("page-*.png")):
        result = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=False)
        decoded += [line for line in result.stdout.splitlines() if line]
    expected = [item.url for item in demo_report.items if item.qr]
    assert expected, "the demo should have open items with official pages"
    assert all(item.url and not item.compact for item in demo_report.items if item.qr)
    assert sorted(decoded) == sorted(expected)


@needs_poppler
def test_chinese_text_survives_a_machine_without_any_chinese_font(tmp_path):
    dejavu = next((d for d in ("/usr/share/fonts/truetype/dejavu",) if Path(d).is_dir()), None)
    if dejavu is None:
        pytest.skip("no DejaVu folder to build a font-less fontconfig from")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>
""", encoding="utf-8")
    env = {"FONTCONFIG_FILE": str(conf)}
    if shutil.which("fc-list"):
        listing = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True,
                                 env={**os.environ, **env}, check=False)
        assert listing.stdout.strip() == "", "the test fontconfig still sees a Chinese font"
    result = export("--demo", "--pdf", str(tmp_path / "nofont.pdf"), data_dir=tmp_path / "data", env_extra=env)
    assert result.returncode == 0, result.stderr
    text = squash(pdftext(tmp_path / "nofont.pdf"))
    assert "换号清单" in text
    assert "已完成" in text
    assert "客服电话" in text
    assert any(name.endswith(BUNDLED_FONT + "-Regular") for name, _ in embedded_fonts(tmp_path / "nofont.pdf"))


def _write(tmp_path: Path, count: int, large_text: bool = False, name: str = "") -> Path:
    from bindguard.ui import printing

    catalog = load_catalog()
    today = dt.date.today()
    report = build_report(sized_checklist(catalog, today, count), catalog, lang="zh", notes=None, today=today)
    path = tmp_path / (name or f"items-{count}.pdf")
    returned = printing.write_pdf(report, path, large_text)
    assert returned >= 1
    return path


@needs_poppler
def test_page_count_grows_with_the_number_of_items(qapp, tmp_path):
    ten, many = pages(_write(tmp_path, 10)), pages(_write(tmp_path, 150))
    assert 2 <= ten <= 8
    assert many >= 10 * ten // 2  # 15 times the items: many more pages
    assert many <= 150  # and several items share a page


@needs_poppler
def test_large_text_mode_uses_more_paper(qapp, tmp_path):
    normal = pages(_write(tmp_path, 20, name="normal.pdf"))
    large = pages(_write(tmp_path, 20, large_text=True, name="large.pdf"))
    assert large > normal


def _args(**kw) -> argparse.Namespace:
    base = {"pdf": None, "ics": None, "checklist": None, "demo": False, "notes": False, "lang": "zh"}
    base.update(kw)
    return argparse.Namespace(**base)


@needs_poppler
def test_notes_are_printed_only_when_asked(qapp, tmp_path, data_dir):
    from bindguard.core import vault as vault_module
    from bindguard.ui.export_cli import run_export

    catalog = load_catalog()
    store = Store.open(data_dir)
    try:
        checklist = store.create_checklist(demo_checklist(catalog, dt.date.today()))
        vault = vault_module.Vault(store)
        vault.write_note(checklist.id, checklist.items[0].key, "柜台说要带户口本")
    finally:
        store.close()
    assert run_export(_args(pdf=str(tmp_path / "plain.pdf"), checklist=checklist.id)) == 0
    assert run_export(_args(pdf=str(tmp_path / "notes.pdf"), checklist=checklist.id, notes=True)) == 0
    assert "户口本" not in squash(pdftext(tmp_path / "plain.pdf"))
    notes_text = squash(pdftext(tmp_path / "notes.pdf"))
    assert "户口本" in notes_text
    assert "我的备注" in notes_text


def test_unknown_checklist_is_a_plain_error_not_a_crash(tmp_path):
    result = export("--checklist", "999", "--pdf", str(tmp_path / "x.pdf"), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "找不到这份清单" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_path_is_a_plain_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = export("--demo", "--pdf", str(blocker / "x.pdf"), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "无法保存文件" in result.stderr
    assert "Traceback" not in result.stderr
    result = export("--demo", "--ics", str(blocker / "x.ics"), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "无法保存文件" in result.stderr


def test_export_without_pdf_or_ics_says_what_to_add(tmp_path):
    result = export("--demo", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "--pdf" in result.stderr


def test_bundled_font_covers_qt_buttons_catalog_and_translations():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import make_font_subset
    finally:
        sys.path.pop(0)
    qt_texts = [t for path in make_font_subset.qt_translation_files() for t in make_font_subset.qm_translations(path)]
    assert "取消" in qt_texts or not make_font_subset.qt_translation_files()
    for weight in make_font_subset.WEIGHTS:  # Regular and Bold: the same characters
        font = make_font_subset.out_of(weight)
        assert font.exists()
        assert (font.parent / "OFL.txt").exists()
        assert 1_000_000 < font.stat().st_size < 4_000_000
        assert make_font_subset.missing_from(font, weight) == [], weight


class _FakeState:
    """Stands in for vault.VaultState until the real vault is merged (same names: READY, message_code)."""

    def __init__(self, name: str) -> None:
        self.value = name
        self.message_code = "" if name == "ready" else f"vault.{name}"


_STATES = {name: _FakeState(name) for name in ("ready", "no_backend")}


class _FakeVault:
    notes: ClassVar[dict] = {}
    state_name = "ready"

    def __init__(self, store) -> None:
        self.state = _STATES[self.state_name]
        self.detail = ""

    def read_note(self, checklist_id: int, item_key: str) -> str | None:
        assert self.state is _STATES["ready"], "read while locked"
        note = self.notes.get((checklist_id, item_key))
        if note == "TAMPERED":
            from bindguard.core.errors import BindGuardError

            raise BindGuardError("vault.tampered")
        return note


def _fake_vault(monkeypatch, state: str, notes: dict) -> None:
    import bindguard.core.vault as vault_module

    monkeypatch.setattr(_FakeVault, "state_name", state)
    monkeypatch.setattr(_FakeVault, "notes", notes)
    monkeypatch.setattr(vault_module, "Vault", _FakeVault, raising=False)
    monkeypatch.setattr(vault_module, "VaultState", type("VaultState", (), {"READY": _STATES["ready"]}),
                        raising=False)


@needs_poppler
def test_export_prints_readable_notes_and_skips_a_damaged_one(qapp, tmp_path, data_dir, monkeypatch, capsys):
    from bindguard.ui.export_cli import run_export

    store = Store.open(data_dir)
    try:
        checklist = store.create_checklist(demo_checklist(load_catalog(), dt.date.today()))
    finally:
        store.close()
    first, second = checklist.items[0].key, checklist.items[1].key
    _fake_vault(monkeypatch, "ready", {(checklist.id, first): "柜台说要带户口本", (checklist.id, second): "TAMPERED"})
    assert run_export(_args(pdf=str(tmp_path / "n.pdf"), checklist=checklist.id, notes=True)) == 0
    text = squash(pdftext(tmp_path / "n.pdf"))
    assert "户口本" in text
    assert "TAMPERED" not in text
    assert "有 1 条备注打不开" in capsys.readouterr().err


@needs_poppler
def test_locked_notes_are_explained_and_the_pdf_is_still_written(qapp, tmp_path, data_dir, monkeypatch, capsys):
    from bindguard.ui.export_cli import run_export

    store = Store.open(data_dir)
    try:
        checklist = store.create_checklist(demo_checklist(load_catalog(), dt.date.today()))
    finally:
        store.close()
    _fake_vault(monkeypatch, "no_backend", {(checklist.id, checklist.items[0].key): "柜台说要带户口本"})
    assert run_export(_args(pdf=str(tmp_path / "locked.pdf"), checklist=checklist.id, notes=True)) == 0
    err = capsys.readouterr().err
    assert "这次保存的清单不含备注" in err
    assert "密码库没有打开" in err
    assert "户口本" not in squash(pdftext(tmp_path / "locked.pdf"))


def test_print_preview_shows_the_same_pages_as_the_pdf(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from bindguard.ui import printing

    catalog = load_catalog()
    today = dt.date.today()
    report = build_report(sized_checklist(catalog, today, 12), catalog, lang="zh", notes=None, today=today)
    pdf_pages = printing.write_pdf(report, tmp_path / "same.pdf", False)
    from bindguard.ui import print_preview

    dialog = print_preview.preview_dialog(None, report, False)
    qtbot.addWidget(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == pdf_pages
    assert dialog.windowTitle() == report.title


@needs_poppler
def test_paper_copy_through_qprinter_has_the_same_text_as_the_pdf(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from bindguard.ui import printing
    from bindguard.ui.print_preview import render_turning

    catalog = load_catalog()
    today = dt.date.today()
    report = build_report(demo_checklist(catalog, today), catalog, lang="zh", notes=None, today=today)
    printing.write_pdf(report, tmp_path / "saved.pdf", False)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing.setup_a4(printer)
    render_turning(printer, report, False)  # as the preview's 打印 paints the paper copy
    del printer
    assert squash(pdftext(tmp_path / "printed.pdf")) == squash(pdftext(tmp_path / "saved.pdf"))


def test_screen_font_falls_back_to_the_bundled_one_without_a_system_chinese_font(tmp_path):
    """theme.apply() must give the window a font that has the Chinese glyphs of our texts and of
    Qt's own buttons (下一步, 取消) when fontconfig sees no Chinese font at all."""
    dejavu = "/usr/share/fonts/truetype/dejavu"
    if not Path(dejavu).is_dir():
        pytest.skip("no DejaVu folder to build a font-less fontconfig from")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>
""", encoding="utf-8")
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QFontMetrics\n"
        "app = QApplication([])\n"
        "from bindguard.ui import theme\n"
        "theme.apply(app, False)\n"
        "metrics = QFontMetrics(app.font())\n"
        "text = '换号卫士下一步取消已完成没有这个账号稍后再做遇到困难'\n"
        "print(theme.cjk_family())\n"
        "print(all(metrics.inFontUcs4(ord(c)) for c in text))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    family, covered = result.stdout.strip().splitlines()[-2:]
    assert family == "Noto Sans SC BindGuard"
    assert covered == "True"


@needs_poppler
def test_an_item_longer_than_a_page_continues_on_the_next_page(qapp, tmp_path):
    from bindguard.ui import printing

    catalog = load_catalog()
    today = dt.date.today()
    checklist = demo_checklist(catalog, today)
    key = checklist.items[0].key
    long_note = "\n".join(f"第{i}行:柜台说要带户口本和银行卡。" for i in range(1, 121)) + "\n最后一行:结束"
    report = build_report(checklist, catalog, lang="zh", notes={key: long_note}, today=today)
    count = printing.write_pdf(report, tmp_path / "long.pdf", True)
    text = squash(pdftext(tmp_path / "long.pdf"))
    assert "最后一行:结束" in text  # nothing lost at the end
    assert count == pages(tmp_path / "long.pdf") >= 4
    # every line is on some page, in order; Qt keeps the line just above a page break in the next
    # page's text layer (clipped, invisible: checked by eye with pdftoppm), so allow one per break
    per_page = [squash(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(tmp_path / "long.pdf"), "-"],
                                      capture_output=True, text=True, check=True).stdout)
                for n in range(1, count + 1)]
    seen = [sum(f"第{line}行:" in page for page in per_page) for line in range(1, 121)]
    assert all(n >= 1 for n in seen)
    assert sum(n - 1 for n in seen) <= count - 1
