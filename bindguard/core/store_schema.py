"""The database schema and its ordered forward migrations (PRAGMA user_version = the last step applied)."""

from __future__ import annotations

SCHEMA_VERSION = 4

SCHEMA_V1 = """
CREATE TABLE checklist (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    situation TEXT NOT NULL,
    scope TEXT NOT NULL,
    old_number TEXT NOT NULL DEFAULT '',
    new_number TEXT NOT NULL DEFAULT '',
    cancel_date TEXT,
    suspended_only INTEGER NOT NULL DEFAULT 0,
    discovery_counts TEXT NOT NULL DEFAULT '{}',
    page TEXT NOT NULL DEFAULT 'situation',
    current_item TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE item (
    checklist_id INTEGER NOT NULL REFERENCES checklist(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'todo',
    money_risk INTEGER NOT NULL DEFAULT 0,
    bank_id TEXT,
    last4 TEXT,
    card_type TEXT,
    old_number_works INTEGER,
    updated TEXT NOT NULL,
    PRIMARY KEY (checklist_id, key)
);
CREATE TABLE note (
    checklist_id INTEGER NOT NULL REFERENCES checklist(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (checklist_id, item_key)
);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# v2: `note.scheme` records how a note was sealed (1 = AES-256-GCM, key from the keyring, AAD bound to
# checklist and item), so a later version can change cipher or key layout without guessing at old rows;
# the index serves the ordered item read that every page does.
SCHEMA_V2 = """
ALTER TABLE note ADD COLUMN scheme INTEGER NOT NULL DEFAULT 1;
CREATE INDEX item_by_position ON item (checklist_id, position);
"""

# v3: the file shrinks after deletes (PRAGMA auto_vacuum = INCREMENTAL). That setting only takes effect
# through a full VACUUM, which cannot run inside the migration's transaction: Store._migrate runs it
# right after this (empty) step; new files get the setting before their first table.
SCHEMA_V3 = ""

# v4: `checklist.promised` keeps what the door promised (issue 20): the JSON list of the keys the door put on
# the list when it was made or its door last changed. Recomputing it from today's door rule made a list
# read "您又加了 6 项" when the rule or the catalog changed under it. Lists saved before have NULL: their
# promise is not known, and no count guesses it (core/counts.py).
SCHEMA_V4 = """
ALTER TABLE checklist ADD COLUMN promised TEXT;
"""

# MIGRATIONS[n] takes a database from user_version n-1 to n. Append only; never edit a shipped step.
MIGRATIONS: dict[int, str] = {1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4}
