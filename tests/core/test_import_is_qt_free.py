"""Rule 8.2.1: bindguard.core never imports Qt, bindguard.ui or the CLI."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "bindguard" / "core"


def test_importing_core_leaves_pyside6_out_of_sys_modules():
    modules = sorted(p.stem for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import bindguard.core.{m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'bindguard.ui'))]\n"
        + "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=CORE.parents[1], check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) >= 8


def test_no_core_file_imports_qt_ui_or_cli():
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.startswith(("PySide6", "shiboken6", "bindguard.ui", "bindguard.cli")):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []
