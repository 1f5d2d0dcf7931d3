"""No dead twins (issue 19): every function, class and constant defined at the top of a module in
bindguard/ is used somewhere in bindguard/. A name only the tests use is dead too: the tests would
then guard a rule the app does not apply. Read with `ast`; a page class named in ui/page_table.py's
"module:Class" strings counts as used."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "bindguard"
# Kept on purpose, each with its reason.
KEPT = {
    "tell": "ui/dialogs.py: the one entry point for a plain message box (house style §8.2 rule 4)",
    "reset": "ui/widgets/read_aloud.py: the one speaker is process-wide; tests choose the engine between tests",
}


def _defined(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return [n for n in names if not (n.startswith("__") and n.endswith("__"))]


def _used(tree: ast.Module) -> set[str]:
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
        elif isinstance(node, ast.alias):
            used.add(node.name.rpartition(".")[2])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and ":" in node.value:
            used.add(node.value.rpartition(":")[2])  # "bindguard.ui.pages.welcome:WelcomePage"
    return used


def dead_names(root: Path = PACKAGE) -> list[str]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(root.rglob("*.py"))}
    used = set().union(*(_used(tree) for tree in trees.values()))
    return [f"{path.relative_to(root)}: {name}" for path, tree in trees.items() for name in _defined(tree)
            if name not in used and name not in KEPT]


def test_the_finder_sees_an_unused_function(tmp_path):
    (tmp_path / "a.py").write_text("def used():\n    pass\n\n\ndef unused():\n    used()\n", encoding="utf-8")
    assert dead_names(tmp_path) == ["a.py: unused"]


def test_no_name_in_bindguard_is_defined_and_never_used():
    assert dead_names() == []
