"""Issue 20, "nothing she types is lost": in each situation a user fills in every field of the pages
before 逐项处理 without pressing the field's own button (添加这张卡, 找账号, 添加), presses 下一步, and
everything she entered is on disk (read back with a new Store) and on the printed checklist
(`bindguard export --pdf` in a subprocess, read back with pdftotext)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bindguard.core.checklist import ItemKind
from bindguard.core.situation import Scope, Situation
from bindguard.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _next(qtbot, window) -> None:
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)


def _next_until(qtbot, window, page_id: str, most: int = 2) -> int:
    """Press 下一步 until the page is `page_id`; how many presses it took."""
    for presses in range(1, most + 1):
        _next(qtbot, window)
        if window.current_id == page_id:
            return presses
    raise AssertionError(f"still on {window.current_id} after {most} presses of Next")


def _pdf_text(data_dir: Path, checklist_id: int, out: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"BINDGUARD_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)})
    result = subprocess.run([sys.executable, "-m", "bindguard", "--lang", "zh", "export", "--pdf", str(out),
                             "--checklist", str(checklist_id)], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("situation", list(Situation), ids=lambda s: s.value)
def test_every_field_filled_without_its_own_button_reaches_the_store_and_the_paper(
        make_window, qtbot, store, data_dir, tmp_path, situation):
    window = make_window("zh")
    today = dt.date.today()

    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)
    page = window.page("situation")
    page.cards[situation].radio.click()
    page.doors[Scope.FULL].radio.click()
    page.name_edit.setText("王阿姨")
    _next(qtbot, window)
    assert window.current_id == "numbers"
    checklist_id = window.ctx.checklist.id

    page = window.page("numbers")  # typed, never left with Tab: 下一步 saves them
    if situation.asks_old_number:
        page.old_edit.setText("13812345678")
    page.new_edit.setText("139 8765 4321")
    date = today + dt.timedelta(days=20) if situation.old_number_works else today - dt.timedelta(days=30)
    page.date_edit.setText(date.isoformat())
    _next(qtbot, window)
    assert window.current_id == "discovery"

    page = window.page("discovery")
    page.open_senders()
    next(box for s, box in page.sender_boxes.items() if s.id == "pinduoduo").setChecked(True)
    page.sender_edit.setText("【美团】")
    page.open_paste()
    page.sms_edit.setPlainText("【京东】您的验证码是 112233")
    assert _next_until(qtbot, window, "accounts") == 2  # the page stayed once to say what was found

    page = window.page("accounts")
    page.custom_edit.setText("小区门禁")
    assert _next_until(qtbot, window, "banks") == 2

    page = window.page("banks")
    page.bank_search.setText("招商银行信用卡")
    page.last4_edit.setText("4321")
    assert _next_until(qtbot, window, "work") == 2

    saved = Store.open(data_dir, backup=False).load_checklist(checklist_id)  # from disk, a new Store
    assert saved.name == "王阿姨"
    assert saved.situation is situation
    if situation.asks_old_number:
        assert saved.old_number == "138****5678"
    assert saved.new_number == "139****4321"
    assert saved.cancel_date == date
    assert {"pinduoduo", "meituan", "jd"} <= saved.selected_refs(ItemKind.PLATFORM)
    assert any(i.kind is ItemKind.CUSTOM and i.title == "小区门禁" for i in saved.items)
    cards = [(i.card.bank_id, i.card.last4, i.card.card_type.value) for i in saved.items if i.card is not None]
    assert cards == [("cmb_cc", "4321", "credit")]

    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils missing: the store is checked, the paper is not")
    text = _pdf_text(data_dir, checklist_id, tmp_path / "清单.pdf")
    for words in ("拼多多", "美团", "京东", "小区门禁", "4321"):
        assert words in text, words
