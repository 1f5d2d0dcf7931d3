"""Hand-over through the window: 交给别的电脑 on one computer, 从别的电脑接过来 on another (two data folders,
two keyrings), the passphrase shown large, the sheet printed, bad input said in the dialog."""

from __future__ import annotations

import re
import shutil
import subprocess

import keyring
import pytest
from PySide6.QtCore import Qt

from bindguard.core import handover
from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
from bindguard.core.situation import Situation
from bindguard.core.store import Store
from bindguard.core.vault import Vault
from tests.helpers.mem_keyring import MemoryKeyring

NOTE = "工商银行卡尾号4321，柜员说要带户口本。"


pytestmark = pytest.mark.usefixtures("documents")  # tests/ui/conftest.py: a Documents folder of its own


@pytest.fixture(autouse=True)
def _documents_made(documents):
    """The hand-over dialogs start in Documents: here it exists already."""
    documents.mkdir()


def _saved(store: Store) -> Checklist:
    checklist = store.create_checklist(Checklist("妈妈", Situation.CANCEL_SOON, items=[
        ChecklistItem("platform:alipay", ItemKind.PLATFORM, "alipay", money_risk=True),
        ChecklistItem("platform:wechat", ItemKind.PLATFORM, "wechat")]))
    store.set_status(checklist.id, "platform:alipay", Status.DONE)
    Vault(store).write_note(checklist.id, "platform:wechat", NOTE)
    return checklist


def _export_through_the_window(make_window, qtbot, store, documents):
    window = make_window("zh")
    page = window.page("welcome")
    assert page.hand_over_button.isVisible()
    assert page.hand_over_button.accessibleName() == "交给别的电脑"
    qtbot.mouseClick(page.hand_over_button, Qt.MouseButton.LeftButton)
    dialog = page.handover_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.chosen_ids() == [store.list_checklists()[0].id]
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.passphrase.isVisible())
    files = list(documents.iterdir())
    assert [f.name for f in files] == [dialog.path.name]
    assert dialog.path.name.startswith("换号清单-妈妈-")
    assert dialog.path.suffix == ".bindguard"
    phrase = " ".join(dialog.passphrase.text().split())  # shown with wide spaces between the groups
    assert phrase == dialog.exported.passphrase
    assert len(phrase.split(" ")) == 5
    assert phrase.replace(" ", "").isdigit()
    assert dialog.passphrase.accessibleName() == f"密码：{phrase}"  # what a screen reader says
    assert dialog.passphrase.font().pointSizeF() >= 2 * window.font().pointSizeF() - 0.5
    assert "1 条备注" in dialog.result.text()
    assert "没有这张纸" in dialog.warning.text()
    return window, dialog, phrase


def test_round_trip_through_the_window_with_notes_under_two_keyrings(make_window, qtbot, store, tmp_path,
                                                                      documents, monkeypatch):
    _saved(store)
    _window, dialog, phrase = _export_through_the_window(make_window, qtbot, store, documents)
    path = dialog.path
    dialog.accept()

    keyring.set_keyring(MemoryKeyring())  # the other computer: another keyring, another key
    other = Store.open(tmp_path / "other")
    try:
        window = make_window("zh", the_store=other)
        page = window.page("welcome")
        assert not page.hand_over_button.isVisible()  # nothing saved there yet
        qtbot.mouseClick(page.take_over_button, Qt.MouseButton.LeftButton)
        dialog = page.handover_dialog
        qtbot.waitUntil(dialog.isVisible)
        from bindguard.ui import dialogs

        monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: path)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert dialog.file_label.text() == path.name
        assert not dialog.error.isVisible()

        qtbot.keyClicks(dialog.passphrase, "11111 11111 11111 11111 11111")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.error.isVisible)
        assert "密码不对" in dialog.error.text()
        assert other.list_checklists() == []

        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase, phrase.replace(" ", "-"))  # typed with dashes: forgiven
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.result.isVisible() or dialog.error.isVisible())
        assert not dialog.error.isVisible(), dialog.error.text()
        assert not dialog.error.isVisible()
        assert "妈妈" in dialog.result.text()
        assert "1 条备注" in dialog.result.text()
        qtbot.waitUntil(lambda: page.saved_list.count() == 1)
        arrived = other.load_checklist(other.list_checklists()[0].id)
        assert arrived.item("platform:alipay").status is Status.DONE
        assert window.ctx.vault.read_note(arrived.id, "platform:wechat") == NOTE

        qtbot.keyClicks(dialog.passphrase, phrase)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "已经接过来了" in dialog.result.text())
        assert len(other.list_checklists()) == 1
        dialog.accept()
        window.close()  # before its store closes (the window saves its place on closing)
    finally:
        other.close()


def test_a_file_that_is_not_a_hand_over_is_said_when_chosen(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window("en")
    page = window.page("welcome")
    qtbot.mouseClick(page.take_over_button, Qt.MouseButton.LeftButton)
    dialog = page.handover_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "choose the hand-over file first" in dialog.error.text()
    empty = tmp_path / "empty.bindguard"
    empty.write_bytes(b"")
    dialog.set_file(empty)
    assert dialog.error.isVisible()
    assert "empty" in dialog.error.text()
    dialog.accept()


def test_the_finish_page_hands_over_the_checklist_in_hand(make_window, qtbot, store, documents):
    from tests.ui.walk import open_on

    checklist = _saved(store)
    window = make_window("en")
    page = open_on(window, store.load_checklist(checklist.id), "finish")
    assert page.hand_over_button.accessibleName() == "Hand over to another computer"
    qtbot.mouseClick(page.hand_over_button, Qt.MouseButton.LeftButton)
    dialog = page.handover_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.chosen_ids() == [checklist.id]
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.passphrase.isVisible)
    assert dialog.path.name.startswith("Checklist-妈妈-")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialog.findChildren(QPrintPreviewDialog)))
    for preview in dialog.findChildren(QPrintPreviewDialog):
        preview.reject()
    dialog.accept()


def test_the_passphrase_sheet_has_the_digits_the_file_and_the_warning(qapp, tmp_path):
    import datetime as dt

    from bindguard.ui import print_passphrase

    phrase = handover.new_passphrase()
    pdf = print_passphrase.write_pdf(tmp_path / "sheet.pdf", phrase, "换号清单-妈妈-2026-12-07.bindguard",
                                     dt.date(2026, 12, 7))
    assert pdf.read_bytes().startswith(b"%PDF")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert phrase.replace(" ", "") in "".join(text.split())
    assert "2026-12-07" in text
    assert "bindguard" in text  # the file's name
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", pages)
    assert "595 x 842" in pages  # one A4 page


def test_without_a_keyring_the_checklist_arrives_and_the_dialog_says_the_notes_wait(make_window, qtbot, store,
                                                                                      tmp_path):
    import keyring.backends.fail

    exported = handover.build_export(store, Vault(store), [_saved(store).id])
    path = tmp_path / "file.bindguard"
    path.write_bytes(exported.data)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    other = Store.open(tmp_path / "other")
    try:
        window = make_window("zh", the_store=other)
        page = window.page("welcome")
        qtbot.mouseClick(page.take_over_button, Qt.MouseButton.LeftButton)
        dialog = page.handover_dialog
        qtbot.waitUntil(dialog.isVisible)
        dialog.set_file(path)
        dialog.passphrase.setText(exported.passphrase)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.result.isVisible)
        text = dialog.result.text()
        assert text.startswith("⚠")
        assert "1 条备注暂时锁着" in text
        assert "密码库没有打开" in text
        assert page.saved_list.count() == 1
        assert other.count_notes() == 0
        dialog.accept()

        keyring.set_keyring(MemoryKeyring())  # the keyring works now: the passphrase alone puts the note in
        window.ctx.vault.refresh()
        qtbot.mouseClick(page.take_over_button, Qt.MouseButton.LeftButton)
        dialog = page.handover_dialog
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.pending.isVisible()
        assert "还锁着" in dialog.pending.text()
        dialog.passphrase.setText(exported.passphrase)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.result.isVisible)
        assert "1 条备注放好了" in dialog.result.text()
        assert not dialog.pending.isVisible()
        checklist_id = other.list_checklists()[0].id
        assert window.ctx.vault.read_note(checklist_id, "platform:wechat") == NOTE
        dialog.accept()
        window.close()
    finally:
        other.close()
