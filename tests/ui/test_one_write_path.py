"""Every store write from the window goes through ui/store_writes.save (so a failure is told calmly and
the screen stays true). This walks the source of bindguard/ui: a write method called on a store
anywhere else than inside a save(...) call is a write that a full disk would turn into a crash."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "bindguard" / "ui"
WRITES = {"create_checklist", "save_meta", "set_position", "delete_checklist", "add_item", "update_item",
          "set_status", "remove_item", "put_note", "delete_note", "delete_all_notes", "set_setting",
          "write_note", "reset_notes", "mark_set_aside_read"}
NOT_THE_WINDOW = {"export_cli.py", "store_writes.py"}  # the command line; the path itself


def _saved_functions(tree: ast.AST) -> set[str]:
    """Names of methods handed to save() whole, e.g. save(self, self._create)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_save(node):
            for arg in node.args[1:2]:
                if isinstance(arg, ast.Attribute):
                    names.add(arg.attr)
                if isinstance(arg, ast.Name):
                    names.add(arg.id)
    return names


def _is_save(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Name) and func.id == "save") or (
        isinstance(func, ast.Attribute) and func.attr == "save")


def test_every_store_write_in_the_window_goes_through_the_one_write_path():
    unguarded = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in NOT_THE_WINDOW:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        whole = _saved_functions(tree)
        # a conditional expression picking the method: `write = self._create if ... else self._save_existing`
        for node in ast.walk(tree):
            if isinstance(node, ast.IfExp):
                for side in (node.body, node.orelse):
                    if isinstance(side, ast.Attribute):
                        whole.add(side.attr)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in WRITES):
                continue
            receiver = ast.unparse(node.func.value)
            if "store" not in receiver and "vault" not in receiver:
                continue  # a page's own method (page.set_status), which itself saves through the path
            guarded, up = False, parents.get(node)
            while up is not None:
                if isinstance(up, ast.Call) and _is_save(up):
                    guarded = True
                    break
                if isinstance(up, ast.FunctionDef | ast.AsyncFunctionDef) and up.name in whole:
                    guarded = True
                    break
                up = parents.get(up)
            if not guarded:
                unguarded.append(f"{path.relative_to(UI)}:{node.lineno} {node.func.attr}")
    assert unguarded == []
