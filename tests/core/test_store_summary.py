"""The welcome page's list: each checklist's progress counted by the store in one query, the same
counts as reading every item (issue 15: 50 checklists of 150 items open at once)."""

from __future__ import annotations

import sqlite3

from bindguard.core.checklist import BankCard, CardType, Checklist, ChecklistItem, ItemKind, Status, bank_item, progress
from bindguard.core.situation import Situation
from bindguard.core.store import DB_NAME, Store


def test_the_saved_lists_show_the_same_progress_as_their_items_newer_kinds_and_statuses_included(data_dir):
    store = Store.open(data_dir)
    mother = store.create_checklist(Checklist("妈妈", Situation.SWITCH, items=[
        ChecklistItem("platform:alipay", ItemKind.PLATFORM, "alipay", money_risk=True),
        ChecklistItem("platform:wechat", ItemKind.PLATFORM, "wechat"),
        ChecklistItem("platform:taobao", ItemKind.PLATFORM, "taobao", money_risk=True),
        bank_item(BankCard("ccb", "1234", CardType.DEBIT)),
    ]))
    store.set_status(mother.id, "platform:alipay", Status.DONE)
    store.set_status(mother.id, "platform:wechat", Status.NOT_APPLICABLE)
    store.set_status(mother.id, "platform:taobao", Status.STUCK)
    me = store.create_checklist(Checklist("我自己", Situation.CANCEL_SOON, items=[
        ChecklistItem("platform:jd", ItemKind.PLATFORM, "jd", money_risk=True)]))
    store.set_status(me.id, "platform:jd", Status.LATER)
    empty = store.create_checklist(Checklist("爸爸", Situation.OLD_DEAD))
    # a newer version wrote a kind this one does not know (not shown) and a status it does not know (to do)
    raw = sqlite3.connect(data_dir / DB_NAME)
    with raw:
        raw.execute("INSERT INTO item (checklist_id, key, position, kind, status, updated) "
                    "VALUES (?, 'robot:x', 9, 'robot', 'done', '2026-12-01T00:00:00')", (mother.id,))
        raw.execute("UPDATE item SET status='paused' WHERE checklist_id=? AND key='platform:jd'", (me.id,))
    raw.close()

    summaries = {s.id: s.progress for s in store.list_checklists()}
    for checklist in (mother, me, empty):
        assert summaries[checklist.id] == progress(store.load_checklist(checklist.id).items), checklist.name
    mine = summaries[mother.id]
    assert (mine.total, mine.finished, mine.money_left) == (4, 2, 2)  # taobao and the card
    assert summaries[me.id].todo == 1
    assert summaries[me.id].money_left == 1
    assert summaries[empty.id].total == 0
    store.close()
