"""Hand-over through the command line between two computers: two data folders, two gnome-keyrings
(each in its own D-Bus session with its own HOME), a note written under one key arrives under the other."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
                       reason="needs dbus-run-session and gnome-keyring-daemon"),
]
ROOT = Path(__file__).resolve().parents[2]
NOTE = "妈妈的建设银行卡尾号1234，柜员说带户口本。"
NAME = "妈妈李桂芳"

WRITE_NOTE = textwrap.dedent(f"""
    import hashlib, json, keyring
    from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, Status
    from bindguard.core.situation import Situation
    from bindguard.core.store import Store
    from bindguard.core.vault import SERVICE, Vault
    import os
    store = Store.open(os.environ["BINDGUARD_DATA_DIR"])
    c = store.create_checklist(Checklist({NAME!r}, Situation.CANCEL_SOON, items=[
        ChecklistItem("bank:ccb:1234:debit", ItemKind.BANK_CARD, "ccb", money_risk=True),
        ChecklistItem("platform:alipay", ItemKind.PLATFORM, "alipay", money_risk=True)]))
    store.set_status(c.id, "platform:alipay", Status.DONE)
    vault = Vault(store)
    assert vault.state.value == "ready", vault.detail
    vault.write_note(c.id, "bank:ccb:1234:debit", {NOTE!r})
    key = keyring.get_keyring().get_password(SERVICE, vault._username())
    print(json.dumps({{"backend": vault.detail, "key": hashlib.sha256(key.encode()).hexdigest()}}))
""")

READ_NOTES = textwrap.dedent("""
    import hashlib, json, keyring, os
    from bindguard.core.store import Store
    from bindguard.core.vault import SERVICE, Vault
    store = Store.open(os.environ["BINDGUARD_DATA_DIR"])
    vault = Vault(store)
    state = vault.state.value
    out = {"backend": vault.detail, "state": state, "checklists": []}
    if vault.state.value == "ready":
        key = keyring.get_keyring().get_password(SERVICE, vault._username())
        out["key"] = hashlib.sha256(key.encode()).hexdigest()
    for summary in store.list_checklists():
        c = store.load_checklist(summary.id)
        out["checklists"].append({"name": c.name, "status": {i.key: i.status.value for i in c.items},
            "notes": {i.key: vault.read_note(c.id, i.key) for i in c.items if vault.has_note(c.id, i.key)}})
    print(json.dumps(out, ensure_ascii=False))
""")


class Computer:
    """A home folder, a data folder and, per command, a private D-Bus session with an unlocked gnome-keyring."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_", "BINDGUARD_"))}
        self.env.pop("PYTHON_KEYRING_BACKEND", None)
        for name in ("home", "data", "config", "cache", "run"):
            (root / name).mkdir(parents=True)
        (root / "run").chmod(0o700)
        self.env.update(HOME=str(root / "home"), XDG_DATA_HOME=str(root / "data"),
                        XDG_CONFIG_HOME=str(root / "config"), XDG_CACHE_HOME=str(root / "cache"),
                        XDG_RUNTIME_DIR=str(root / "run"), BINDGUARD_DATA_DIR=str(root / "bindguard"),
                        QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))

    def run(self, *argv: str, stdin: str = "") -> subprocess.CompletedProcess:
        script = 'echo -n pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"'
        return subprocess.run(["dbus-run-session", "--", "sh", "-c", script, "sh", sys.executable, *argv],
                              env=self.env, input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_a_note_moves_between_two_keyrings_through_the_command_line(tmp_path):
    son, mother = Computer(tmp_path / "son"), Computer(tmp_path / "mother")
    wrote = son.run("-c", WRITE_NOTE)
    assert wrote.returncode == 0, wrote.stderr
    son_key = json.loads(wrote.stdout.splitlines()[-1])
    assert son_key["backend"].endswith("SecretService.Keyring")

    file = tmp_path / "换号清单.bindguard"
    exported = son.run("-m", "bindguard", "handover", "export", str(file))
    assert exported.returncode == 0, exported.stderr
    passphrase = exported.stdout.splitlines()[-1]
    assert len(passphrase.replace(" ", "")) == 25
    assert passphrase.replace(" ", "").isdigit()
    data = file.read_bytes()
    for marker in (NOTE, NOTE[:4], NAME, "ccb", "1234", "alipay", "bank:", "done"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert marker.encode(encoding) not in data, (marker, encoding)

    wrong = mother.run("-m", "bindguard", "handover", "import", str(file), stdin="11111 11111 11111 11111 11111\n")
    assert wrong.returncode == 1
    assert "Traceback" not in wrong.stderr
    assert "密码不对" in wrong.stderr
    imported = mother.run("-m", "bindguard", "handover", "import", str(file),
                          stdin=passphrase.replace(" ", "") + "\n")
    assert imported.returncode == 0, imported.stderr
    assert "1 份清单" in imported.stdout
    assert "1 条备注" in imported.stdout
    again = mother.run("-m", "bindguard", "handover", "import", str(file), stdin=passphrase + "\n")
    assert again.returncode == 0
    assert "已经接过来了" in again.stdout

    read = mother.run("-c", READ_NOTES)
    assert read.returncode == 0, read.stderr
    seen = json.loads(read.stdout.splitlines()[-1])
    assert seen["state"] == "ready"
    assert seen["backend"].endswith("SecretService.Keyring")
    assert seen["key"] != son_key["key"]  # another keyring, another key: the note was sealed again
    assert seen["checklists"] == [{"name": NAME, "status": {"bank:ccb:1234:debit": "todo", "platform:alipay": "done"},
                                   "notes": {"bank:ccb:1234:debit": NOTE}}]
    for path in (tmp_path / "mother").rglob("*"):
        if path.is_file():
            assert NOTE.encode() not in path.read_bytes(), path
