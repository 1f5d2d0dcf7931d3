"""Writes schema_v3.sqlite3: a database as BindGuard's schema 3 left it, just before the door's promise was
stored (schema 4, issue 20). Its one checklist is a 只做最要紧的 list for situation 1 made by the door rule of
that time, 18 items (today's rule gives 12): the count must not read "开始时 12 项，您又加了 6 项".

Run once; the output is committed so the migration is tested against real old bytes, not today's code.
The keys are written out here, not taken from today's catalog or door rule.
Usage: python tests/data/make_schema_v3.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bindguard.core.store_schema import SCHEMA_V1, SCHEMA_V2, SCHEMA_V3

OUT = Path(__file__).with_name("schema_v3.sqlite3")

# what 只做最要紧的 put on a situation-1 list before the urgent door was cut to the queries marked `urgent`
DOOR_OF_THAT_TIME = [
    "discovery:yzt2", "discovery:yzt1", "discovery:unicom_yihao", "discovery:unionpay_cards",
    "discovery:wechat_pay_id_check", "discovery:alipay_authorizations", "discovery:wechat_authorizations",
    "discovery:bank_quickpay", "discovery:memory_joggers", "carrier:port_out", "carrier:keep_number",
    "carrier:renewal_warning", "carrier:tell_contacts", "carrier:counter_cancel", "platform:iit",
    "platform:alipay", "platform:wechat_pay", "platform:wechat",
]

if __name__ == "__main__":
    OUT.unlink(missing_ok=True)
    conn = sqlite3.connect(OUT, isolation_level=None)
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # as schema 3 makes new files
    for schema in (SCHEMA_V1, SCHEMA_V2, SCHEMA_V3):
        for statement in schema.split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    t = "2026-12-06T10:00:00"
    conn.execute(
        "INSERT INTO checklist (id, name, situation, scope, old_number, new_number, cancel_date, suspended_only,"
        " discovery_counts, page, current_item, created, updated) VALUES"
        " (1, '妈妈', 'cancel_soon', 'essential', '138****1234', '139****5678', '2027-03-01', 0, '{}',"
        " 'work', 'platform:alipay', ?, ?)", (t, t))
    for position, key in enumerate(DOOR_OF_THAT_TIME):
        kind, ref = key.split(":")
        status = "done" if key in ("discovery:yzt2", "platform:wechat") else "todo"
        money = int(key in ("platform:alipay", "platform:wechat_pay"))
        conn.execute("INSERT INTO item (checklist_id, key, position, kind, ref, title, status, money_risk,"
                     " updated) VALUES (1, ?, ?, ?, ?, '', ?, ?, ?)", (key, position, kind, ref, status, money, t))
    conn.execute("INSERT INTO setting VALUES ('language', 'zh')")
    conn.execute("VACUUM")
    conn.close()
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
