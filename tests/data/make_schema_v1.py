"""Writes schema_v1.sqlite3: a database exactly as BindGuard's first schema (user_version 1) left it.

Run once; the output is committed so migrations are tested against real old bytes, not today's code.
Usage: python tests/data/make_schema_v1.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bindguard.core.store_schema import SCHEMA_V1

OUT = Path(__file__).with_name("schema_v1.sqlite3")

if __name__ == "__main__":
    OUT.unlink(missing_ok=True)
    conn = sqlite3.connect(OUT, isolation_level=None)
    for statement in SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    t = "2026-11-01T10:00:00"
    conn.execute(
        "INSERT INTO checklist (id, name, situation, scope, old_number, new_number, cancel_date, suspended_only,"
        " discovery_counts, page, current_item, created, updated) VALUES"
        " (1, '妈妈', 'cancel_soon', 'full', '138****1234', '139****5678', '2027-03-01', 0, '{\"wechat\": 2}',"
        " 'work', 'platform:wechat', ?, ?)", (t, t))
    rows = [
        ("platform:wechat", 0, "platform", "wechat", "", "done", 0, None, None, None, 1),
        ("platform:alipay", 1, "platform", "alipay", "", "stuck", 1, None, None, None, None),
        ("bank:ccb:1234:debit", 2, "bank_card", "ccb", "", "todo", 1, "ccb", "1234", "debit", None),
        ("custom:abc123", 3, "custom", "", "小区门禁", "later", 0, None, None, None, 0),
    ]
    for key, pos, kind, ref, title, status, money, bank, last4, ctype, works in rows:
        conn.execute("INSERT INTO item VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (key, pos, kind, ref, title, status, money, bank, last4, ctype, works, t))
    conn.execute("INSERT INTO note VALUES (1, 'platform:wechat', ?, ?, ?)", (b"\x01" * 12, b"\x02" * 40, t))
    conn.execute("INSERT INTO setting VALUES ('language', 'zh')")
    conn.execute("INSERT INTO setting VALUES ('large_text', '1')")
    conn.execute("VACUUM")
    conn.close()
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
