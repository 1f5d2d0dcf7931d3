"""Issue 20, counts that hold: what the door promised is kept with the list when the door makes it, never
worked out again from today's door rule. A list made under yesterday's rule (the urgent door put 18 items
on a situation-1 list; today it puts 12) read "开始时 12 项，您又加了 6 项" to a woman who added nothing. A
list saved before the promise was kept says only its total; the promise goes through the store, its
migration and the hand-over file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bindguard.core import handover, handover_seal
from bindguard.core.checklist import BankCard, CardType, Checklist, bank_item, entry_item
from bindguard.core.checklist import ItemKind as Kind
from bindguard.core.counts import count_words, keep_promise, list_count
from bindguard.core.doors import door_additions
from bindguard.core.situation import Scope, Situation
from bindguard.core.store import DB_NAME, Store
from bindguard.core.store_schema import SCHEMA_VERSION

DATA = Path(__file__).resolve().parents[1] / "data"
CARD = bank_item(BankCard("icbc", "1234", CardType.DEBIT))


@pytest.fixture(scope="module")
def catalog():
    from bindguard.core.catalog import load_catalog

    return load_catalog()


def _yesterdays_urgent_list(catalog) -> Checklist:
    """A 只做最要紧的 list for situation 1 as yesterday's door made it: today's items and the six queries it
    no longer puts on (the 全面检查 list of today, 18 items)."""
    checklist = Checklist("妈妈", Situation.CANCEL_SOON, Scope.ESSENTIAL)
    checklist.items = door_additions(Checklist("妈妈", Situation.CANCEL_SOON, Scope.FULL), catalog)
    keep_promise(checklist)
    return checklist


def test_a_list_made_with_yesterdays_door_rule_says_only_what_she_changed(data_dir, catalog):
    store = Store.open(data_dir)
    made = store.create_checklist(_yesterdays_urgent_list(catalog))
    todays = door_additions(Checklist("妈妈", Situation.CANCEL_SOON, Scope.ESSENTIAL), catalog)
    assert len(made.items) == 18 and len(todays) == 12  # the rule changed under the saved list
    store.close()

    store = Store.open(data_dir)  # the next day, today's rule
    checklist = store.load_checklist(made.id)
    assert checklist.promised == tuple(i.key for i in made.items)  # the store round trip keeps it
    assert count_words(checklist, "zh") == "清单上共 18 项。"  # no invented "您又加了 6 项"
    count = list_count(checklist)
    assert (count.total, count.promised, count.added, count.removed) == (18, 18, 0, 0)

    store.add_item(checklist.id, CARD)  # now she does add one
    checklist = store.load_checklist(made.id)
    assert count_words(checklist, "zh") == "清单上共 19 项。开始时 18 项，您又加了 1 项。"
    taken = next(i for i in checklist.items if i.key == "discovery:memory_joggers")
    store.remove_item(checklist.id, taken.key)
    checklist = store.load_checklist(made.id)
    assert count_words(checklist, "en") == "18 items on the list. 18 at the start; you added 1 and took 1 off."
    store.close()


def test_an_old_schema_file_migrates_and_its_list_says_only_the_total(data_dir, catalog):
    """schema_v3.sqlite3 (tests/data/make_schema_v3.py): yesterday's 18-item urgent list, saved before the
    promise was kept. What its door said is not known: no "开始时 …" is guessed from today's rule."""
    data_dir.mkdir(parents=True)
    shutil.copyfile(DATA / "schema_v3.sqlite3", data_dir / DB_NAME)
    store = Store.open(data_dir)
    assert store.recovery is None
    assert store.schema_version == SCHEMA_VERSION
    checklist = store.load_checklist(1)
    assert checklist.promised is None
    assert len(checklist.items) == 18
    assert [i.key for i in checklist.items if not i.status.is_open] == ["discovery:yzt2", "platform:wechat"]
    assert count_words(checklist, "zh") == "清单上共 18 项。"
    assert list_count(checklist).promised is None
    store.add_item(1, CARD)
    store.remove_item(1, "platform:iit")
    checklist = store.load_checklist(1)
    assert count_words(checklist, "zh") == "清单上共 18 项。"  # still no guess at what changed
    assert count_words(checklist, "en") == "18 items on the list."
    store.close()


def test_the_committed_fixture_is_really_schema_v3_without_a_promise():
    conn = sqlite3.connect(f"{(DATA / 'schema_v3.sqlite3').as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "promised" not in {r[1] for r in conn.execute("PRAGMA table_info(checklist)")}
    conn.close()


def test_the_store_round_trip_keeps_the_promise_and_a_changed_one(data_dir, catalog):
    store = Store.open(data_dir)
    checklist = Checklist("妈妈", Situation.RECYCLED, Scope.FULL)
    checklist.items = door_additions(checklist, catalog)
    assert checklist.promised is None  # not a promise until the door keeps it
    keep_promise(checklist)
    made = store.create_checklist(checklist)
    assert store.load_checklist(made.id).promised == tuple(i.key for i in checklist.items)
    made.items.append(entry_item(Kind.CUSTOM, "x"))
    keep_promise(made)
    store.save_meta(made)
    again = store.load_checklist(made.id)
    assert again.promised[-1] == "custom:x"
    assert len(again.promised) == len(checklist.items)
    store.conn.execute("UPDATE checklist SET promised='not json' WHERE id=?", (made.id,))
    assert store.load_checklist(made.id).promised is None  # unreadable: not known, never a crash
    store.close()


def test_a_hand_over_keeps_the_promise_and_an_older_file_arrives_without_one(tmp_path, catalog):
    from bindguard.core.vault import Vault

    sender = Store.open(tmp_path / "sender")
    made = sender.create_checklist(_yesterdays_urgent_list(catalog))
    sender.add_item(made.id, CARD)
    exported = handover.build_export(sender, None, [made.id])
    receiver = Store.open(tmp_path / "receiver")
    result = handover.import_file(receiver, Vault(receiver), exported.data, exported.passphrase)
    arrived = receiver.load_checklist(result.checklist_ids[0])
    assert arrived.promised == made.promised
    assert count_words(arrived, "zh") == "清单上共 19 项。开始时 18 项，您又加了 1 项。"

    # a file made before the promise was carried: the same payload without "promised", sealed again
    payload = handover_seal.open_sealed(exported.data, exported.passphrase)
    assert payload["checklists"][0]["promised"] == list(made.promised)
    del payload["checklists"][0]["promised"]
    payload["id"] = "cd" * 16  # another export, not the one already imported
    result = handover.import_file(receiver, Vault(receiver), handover_seal.seal(payload, exported.passphrase),
                                  exported.passphrase)
    old = receiver.load_checklist(result.checklist_ids[0])
    assert old.promised is None
    assert count_words(old, "zh") == "清单上共 19 项。"  # the total only: no guess
    sender.close()
    receiver.close()


def test_an_old_schema_file_seen_read_only_shows_its_list_with_the_total_only(data_dir, catalog):
    """A file that cannot be written (another program holds it) is shown as it is, not migrated: a schema-3
    file has no `promised` column, and its list still opens and says only its total."""
    from bindguard.core.store_faults import LOCKED, StoreUnavailable

    data_dir.mkdir(parents=True)
    shutil.copyfile(DATA / "schema_v3.sqlite3", data_dir / DB_NAME)
    view = Store.open_read_only(data_dir, StoreUnavailable(LOCKED, data_dir))
    assert view.schema_version == 3
    checklist = view.load_checklist(1)
    assert checklist.promised is None
    assert count_words(checklist, "zh") == "清单上共 18 项。"
    view.close()


def test_a_saved_list_with_finished_items_the_door_counts_them_all_and_says_how_many_are_left(catalog):
    """Back on 您的情况 or 选择账号 with one item done, the door said "清单上有 17 项" (open ones only) while the
    work page and the paper said 共 18 项: the whole number, and how many are left."""
    from bindguard.core.checklist import Status
    from bindguard.core.doors import door_count
    from bindguard.core.doors import list_line as door_list_count

    checklist = _yesterdays_urgent_list(catalog)
    checklist.items[0].status = Status.DONE
    total = len(checklist.items)
    assert f"清单上有 {total} 项，还剩 {total - 1} 项，大约要" in door_list_count(checklist, "zh")
    assert f"{total} items ({total - 1} left) on the list" in door_list_count(checklist, "en")
    said = door_count(checklist, checklist.situation, checklist.scope, catalog, "zh")
    assert f"清单上有 {total} 项，还剩 {total - 1} 项" in said
    checklist.items[0].status = Status.TODO
    assert f"清单上有 {total} 项，大约要" in door_list_count(checklist, "zh")
