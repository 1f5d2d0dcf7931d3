"""A progress file that cannot be used right now opens view-only: the window says what is wrong and
what to do, the checklist can still be seen, Retry opens it for saving once the cause is gone; a broken
catalog is named in the window instead of the crash dialog."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from bindguard.core.checklist import Status
from bindguard.ui import run as run_module
from bindguard.ui.run import install_crash_hook, open_store, show_view_only
from tests.helpers.faults import exclusive_holder, snapshot
from tests.ui.walk import saved_checklist, status_in_db

ROOT = Path(__file__).resolve().parents[2]


def test_a_locked_file_opens_view_only_says_close_the_other_program_and_retry_saves_again(
        make_window, qtbot, data_dir, store, crash_dialogs):
    from bindguard.core.catalog_problem import load_catalog_plainly

    checklist = saved_checklist(store, load_catalog_plainly())
    store.close()
    db = data_dir / "bindguard.sqlite3"
    with exclusive_holder(db):
        before = snapshot(data_dir)
        view, reason, readable = open_store(data_dir)
        assert reason is not None
        assert reason.code == "store.locked"
        assert readable
        window = make_window("zh", the_store=view)
        install_crash_hook(window)
        show_view_only(window, data_dir, reason, readable, None)
        banner = window.store_banner
        assert banner.isVisible()
        assert "关闭那个程序" in banner.text()
        assert "查看和打印" in banner.text()
        assert banner.retry_button.isVisible()
        assert banner.retry_button.text() == "重试"
        welcome = window.page("welcome")
        assert welcome.saved_list.count() == 1  # the checklist is there to see
        welcome.continue_button.click()
        window.show_page("work")
        page = window.page("work")
        page.select("platform:wechat")
        qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
        assert not page.status_bar.buttons[Status.DONE].isChecked()
        banner.retry_button.click()  # still locked: still view-only, no file changed
        assert window.ctx.store.read_only
        assert banner.isVisible()
        assert snapshot(data_dir) == before
    banner.retry_button.click()
    assert not window.ctx.store.read_only
    assert not banner.isVisible()
    assert window.current_id == "welcome"
    welcome.continue_button.click()
    window.show_page("work")
    page = window.page("work")
    page.select("platform:wechat")
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    assert status_in_db(window.ctx.store, checklist.id, "platform:wechat") == "done"
    assert crash_dialogs == []
    window.ctx.store.close()
    for held in run_module._retry_locks:  # what run_gui releases when the window closes
        held.release()
    run_module._retry_locks.clear()


def test_a_catalog_syntax_error_is_named_in_the_window_not_the_crash_dialog(
        make_window, qtbot, tmp_path, monkeypatch, crash_dialogs):
    import bindguard.resources as resources

    root = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "catalog", root / "catalog")
    path = root / "catalog" / "platforms" / "social.toml"
    text = path.read_text(encoding="utf-8").replace('id = "qq"\n', 'id = "qq"\nname = { zh = "QQ" en = "QQ" }\n', 1)
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(resources, "resources_dir", lambda: root)
    window = make_window("zh")
    window.ctx.catalog = None
    install_crash_hook(window)
    qtbot.mouseClick(window.page("welcome").start_button, Qt.MouseButton.LeftButton)  # needs the catalog
    banner = window.store_banner
    assert crash_dialogs == []
    assert banner.isVisible()
    assert "程序自带的资料有错误" in banner.text()
    assert "platforms/social.toml" in banner.text()
    assert "qq" in banner.text()


def test_a_sound_set_aside_file_can_be_brought_back_from_the_welcome_page(
        make_window, store, data_dir, crash_dialogs):
    from bindguard.core.catalog_problem import load_catalog_plainly
    from bindguard.core.store import DB_NAME, Store

    saved_checklist(store, load_catalog_plainly())
    store.close()  # the last connection: its WAL goes into the file
    set_aside = data_dir / f"{DB_NAME}.broken-20261130-101010"  # healthy, set aside by an older version
    (data_dir / DB_NAME).rename(set_aside)
    current = Store.open(data_dir)
    window = make_window("zh", the_store=current)
    welcome = window.page("welcome")
    notice = welcome.set_aside
    assert welcome.saved_list.count() == 0
    assert notice.isVisible()
    assert str(set_aside) in notice.label.text()
    assert "可以把它找回来" in notice.label.text()
    notice.bring_back_button.click()
    assert welcome.saved_list.count() == 1  # the checklist is back
    assert "已找回" in notice.label.text()
    assert not notice.bring_back_button.isVisible()
    assert set_aside.exists()  # the set-aside copy itself is kept
    assert len(list(data_dir.glob(f"{DB_NAME}.broken-*"))) == 2  # what was in use is set aside too
    assert not list(data_dir.glob(f"{DB_NAME}.broken-*-shm"))  # looking at a file adds nothing beside it
    notice.read_button.click()
    # the progress that was in use is never hidden (issue 22 point 4): it is offered like any other
    replaced = max(p for p in data_dir.glob(f"{DB_NAME}.broken-*") if p != set_aside)
    assert notice.isVisible()
    assert str(replaced) in notice.label.text()
    notice.read_button.click()
    assert not notice.isVisible()
    assert crash_dialogs == []
    current.close()
