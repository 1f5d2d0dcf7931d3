"""No import cycle anywhere in bindguard/: a module's imports are read with `ast`, all of them
(at the top, inside functions, under TYPE_CHECKING), since a deferred import still ties the two
modules together and only hides the cycle until the day the import moves up."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "bindguard"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The bindguard modules `name` imports, by any import statement anywhere in it."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            # `from pkg import sub` imports the module pkg.sub (pkg itself only as every submodule's parent,
            # as `from pkg.sub import x` does); `from mod import name` imports mod
            subs = [f"{source}.{alias.name}" for alias in node.names]
            targets = subs if all(sub in modules for sub in subs) else [source, *subs]
        else:
            continue
        for target in targets:
            if target in modules and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_walker_sees_a_cycle_hidden_in_a_function_and_under_type_checking():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_the_walker_reads_deferred_and_type_checking_imports(tmp_path):
    source = ("from typing import TYPE_CHECKING\n"
              "if TYPE_CHECKING:\n    from bindguard.core.situation import Situation\n"
              "def f():\n    from bindguard.core import phone\n")
    path = tmp_path / "mod.py"
    path.write_text(source, encoding="utf-8")
    modules = all_modules()
    assert imports_of("bindguard.core.x", path, modules) == {"bindguard.core.situation", "bindguard.core.phone"}


def test_a_name_from_a_package_is_an_import_of_the_package(tmp_path):
    path = tmp_path / "mod.py"
    path.write_text("from bindguard.core import phone, __file__\n", encoding="utf-8")
    assert imports_of("bindguard.core.x", path, all_modules()) == {"bindguard.core", "bindguard.core.phone"}


def test_no_import_cycle_in_bindguard():
    assert cycles(import_graph()) == []
