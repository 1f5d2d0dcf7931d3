"""Build (and optionally refresh) BindGuard's translations.

    python packaging/build_translations.py            # .ts -> resources/translations/bindguard_zh_CN.qm
    python packaging/build_translations.py --update   # first re-extract tr() strings with pyside6-lupdate

UI strings are written in English in the code (tr()); Chinese lives in one .ts file per source file
under resources/translations/zh_CN/ (bindguard/ui/pages/work.py -> ui.pages.work.ts), so people
working on different pages never edit the same .ts. All of them are compiled into one .qm.
Catalog text is bilingual data in resources/catalog/, not here.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "bindguard" / "ui"
TS_DIR = ROOT / "resources" / "translations" / "zh_CN"
QM = ROOT / "resources" / "translations" / "bindguard_zh_CN.qm"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def ts_for(source: Path) -> Path:
    rel = source.relative_to(ROOT / "bindguard").with_suffix("")
    return TS_DIR / (".".join(rel.parts) + ".ts")


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for source in sorted(UI.rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        if "tr(" not in text and "translate(" not in text:
            continue
        target = ts_for(source)
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        "-target-language", "zh_CN",
                        str(source), "-ts", str(target)], check=True)
        if "<message>" not in target.read_text(encoding="utf-8"):
            target.unlink()  # a file that only mentions QTranslator has nothing to translate


def unfinished() -> list[tuple[str, str]]:
    """(file, source text) of every message that still lacks a Chinese translation."""
    import xml.etree.ElementTree as ET

    missing = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete") or not (
                translation.text or ""
            ).strip():
                if translation is not None and translation.get("type") == "obsolete":
                    continue
                missing.append((ts.name, message.findtext("source") or ""))
    return missing


def fill(mapping: dict[str, str]) -> int:
    """Set the Chinese for every message whose English source is a key of `mapping`."""
    import xml.etree.ElementTree as ET

    changed = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        tree = ET.parse(ts)
        dirty = False
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source in mapping and translation is not None:
                translation.text = mapping[source]
                translation.attrib.pop("type", None)
                dirty = True
                changed += 1
        if dirty:
            tree.getroot().set("language", "zh_CN")
            ET.indent(tree)
            body = ET.tostring(tree.getroot(), encoding="unicode")
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return changed


def release() -> Path:
    sources = sorted(TS_DIR.glob("*.ts"))
    if not sources:
        raise SystemExit(f"no .ts files in {TS_DIR}")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", *map(str, sources), "-qm", str(QM)], check=True)
    return QM


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-extract strings before building")
    parser.add_argument("--unfinished", action="store_true", help="list strings still untranslated")
    parser.add_argument("--fill", metavar="JSON", help='set translations from {"English": "中文", ...}')
    args = parser.parse_args()
    if args.update:
        update()
    if args.fill:
        import json

        print(f"{fill(json.loads(Path(args.fill).read_text(encoding='utf-8')))} message(s) filled")
    if args.unfinished:
        for name, source in unfinished():
            print(f"{name}: {source}")
        return 0
    print(release())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
