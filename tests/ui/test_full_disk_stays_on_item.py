"""Issue 22 point 9: on a really full disk (a tmpfs filled up) a failed status click leaves the work
page on the item she chose, not the last item whose position was saved; and the stale-copy guard of
point 8 in the window: a status another process changed is re-read, never overwritten, no crash."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bindguard.core.checklist import Status
from bindguard.core.store import Store
from bindguard.ui.run import install_crash_hook
from tests.helpers.faults import fill, tmpfs
from tests.ui.walk import open_on, saved_checklist, status_in_db


def test_a_failed_click_on_a_full_disk_stays_on_the_chosen_item(make_window, qtbot, tmp_path, crash_dialogs):
    with tmpfs(tmp_path / "disk", "3m") as disk:
        store = Store.open(disk / "data")
        window = make_window("en", the_store=store)
        install_crash_hook(window)
        checklist = saved_checklist(store, window.ctx.catalog)
        page = open_on(window, checklist, "work")
        page.select("platform:wechat")  # saved as the position
        filler = fill(disk)
        page.select("platform:alipay")  # the position cannot be saved now, but she is on Alipay
        assert page.item.key == "platform:alipay"
        for _ in range(3):
            qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
            assert status_in_db(store, checklist.id, "platform:alipay") == "todo"
            assert page.item.key == "platform:alipay"  # was platform:wechat: the page jumped
            assert not page.status_bar.buttons[Status.DONE].isChecked()
        assert window.store_banner.isVisible()
        assert "was not saved" in window.store_banner.text()
        filler.unlink()
        qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
        assert status_in_db(store, checklist.id, "platform:alipay") == "done"
        assert crash_dialogs == []
        store.close()


def test_a_status_another_process_changed_is_reread_not_overwritten(make_window, qtbot, store, crash_dialogs):
    window = make_window("zh")
    install_crash_hook(window)
    checklist = saved_checklist(store, window.ctx.catalog)
    page = open_on(window, checklist, "work")
    page.select("platform:wechat")
    other = Store.open(store.path.parent, backup=False)  # another connection: as another window would
    other.load_checklist(checklist.id)
    other.set_status(checklist.id, "platform:wechat", Status.STUCK)
    other.close()
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)
    assert status_in_db(store, checklist.id, "platform:wechat") == "stuck"  # the other's change is kept
    assert "另一个换号卫士窗口" in window.store_banner.text()
    assert page.item.key == "platform:wechat"
    assert page.item.status is Status.STUCK  # the screen re-read
    qtbot.mouseClick(page.status_bar.buttons[Status.DONE], Qt.MouseButton.LeftButton)  # once more: saved
    assert status_in_db(store, checklist.id, "platform:wechat") == "done"
    assert crash_dialogs == []
