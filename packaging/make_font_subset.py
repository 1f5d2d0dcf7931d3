"""Build resources/fonts/NotoSansSC-BindGuard-{Regular,Bold}.otf: the Chinese font BindGuard ships.

Why: a Linux machine may have no Chinese font at all; Qt then draws boxes on screen and leaves the
Chinese out of the PDF (shared/research/feasibility.md §3). Windows and macOS always have one.
The subset covers all of GB2312 (every common hanzi and symbol) plus every character in the
catalog, the translations, the Python sources (errors, labels, report texts) and Qt's own Chinese
button texts (qtbase_zh_CN.qm), so nothing in the app can fall back to a box.

    python packaging/make_font_subset.py              # rebuild from the system's Noto Sans CJK
    python packaging/make_font_subset.py --check      # exit 1 if a needed character is missing

Source: "Noto Sans CJK SC" (the SC face of NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc, Debian
fonts-noto-cjk), SIL OFL 1.1, no Reserved Font Name; OFL.txt sits beside the subset. Needs fonttools
(packaging extra). Why a Bold too: with one weight Qt thickens the Regular for every heading and item
name, which smudged the print preview and every printer that rasterises (Windows prints through GDI).
"""

from __future__ import annotations

import argparse
import struct
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTO = Path("/usr/share/fonts/opentype/noto")
FACE = "Noto Sans CJK SC"
FONTS = ROOT / "resources" / "fonts"
# A name of its own, so the bundled subset never hides (or is hidden by) a system Noto Sans CJK SC,
# and the PDF can always use it. OFL allows this; Noto CJK declares no Reserved Font Name.
FAMILY = "Noto Sans SC BindGuard"
WEIGHTS = ("Regular", "Bold")  # one family, style-linked: Qt picks the Bold for bold text
SOURCE = NOTO / "NotoSansCJK-Regular.ttc"
OUT = FONTS / "NotoSansSC-BindGuard-Regular.otf"


def source_of(weight: str) -> Path:
    return NOTO / f"NotoSansCJK-{weight}.ttc"


def out_of(weight: str) -> Path:
    return FONTS / f"NotoSansSC-BindGuard-{weight}.otf"


def gb2312_chars() -> set[str]:
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def qm_translations(path: Path) -> list[str]:
    """The translated texts in a Qt .qm file (format: qtbase/src/corelib/kernel/qtranslator.cpp)."""
    data = path.read_bytes()
    pos, texts = 16, []  # 16-byte magic
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        block = data[pos + 5:pos + 5 + length]
        pos += 5 + length
        if tag != 0x69:  # Messages
            continue
        m = 0
        while m < len(block):
            t = block[m]
            m += 1
            if t == 1:  # end of message
                continue
            if t == 5:  # obsolete: a 4-byte hash
                m += 4
                continue
            size = struct.unpack(">I", block[m:m + 4])[0]
            m += 4
            if size == 0xFFFFFFFF:
                continue
            if t == 3:  # translation, UTF-16 big-endian
                texts.append(block[m:m + size].decode("utf-16-be", errors="ignore"))
            m += size
    return texts


def qt_translation_files() -> list[Path]:
    try:
        from PySide6.QtCore import QLibraryInfo

        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    except ImportError:
        return []
    return sorted(folder.glob("qtbase_zh_CN.qm"))


# Text that is never drawn: what the voice reads (its symbol tables name arrows and marks it drops).
NEVER_DRAWN = {"bindguard/core/speech_text.py"}


def project_chars() -> set[str]:
    chars: set[str] = set()
    patterns = ("resources/catalog/**/*.toml", "resources/translations/**/*.ts", "bindguard/**/*.py")
    for pattern in patterns:
        for path in ROOT.glob(pattern):
            if path.relative_to(ROOT).as_posix() not in NEVER_DRAWN:
                chars.update(path.read_text(encoding="utf-8"))
    for path in qt_translation_files():
        for text in qm_translations(path):
            chars.update(text)
    return chars


def _is_radical(c: str) -> bool:
    """Kangxi radicals and radical supplements share glyphs with ordinary hanzi (⽤ and 用); if
    the font maps both, Qt's PDF text layer writes the radical and copy/search breaks."""
    return 0x2E80 <= ord(c) <= 0x2FDF


def wanted_chars() -> set[str]:
    ascii_printable = {chr(c) for c in range(0x20, 0x7F)}
    chars = gb2312_chars() | project_chars() | ascii_printable
    return {c for c in chars if c.isprintable() and c != "\ufffd" and not _is_radical(c)}


def rename(font, weight: str) -> None:
    postscript = f"NotoSansSC-BindGuard-{weight}"
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 16):
            name.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 3:
            name.setName(f"{postscript};BindGuard subset", 3, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            name.setName(f"{FAMILY} {weight}", 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            name.setName(postscript, 6, record.platformID, record.platEncID, record.langID)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName = f"{FAMILY} {weight}"
        top.FamilyName = FAMILY


def source_font(weight: str = "Regular"):
    from fontTools.ttLib import TTCollection

    for font in TTCollection(str(source_of(weight))).fonts:
        if font["name"].getDebugName(1) == FACE:
            return font
    raise SystemExit(f"{FACE!r} not found in {source_of(weight)}")


def missing_from(font_path: Path, weight: str = "Regular") -> list[str]:
    """Characters the app shows that the bundled subset lacks (and the full face has)."""
    from fontTools.ttLib import TTFont

    have = TTFont(str(font_path)).getBestCmap()
    full = source_font(weight).getBestCmap() if source_of(weight).exists() else None
    return sorted(c for c in wanted_chars()
                  if ord(c) not in have and (full is None or ord(c) in full) and ord(c) > 0x7F)


def build(weight: str = "Regular") -> int:
    from fontTools import subset

    out = out_of(weight)
    started = time.perf_counter()
    font = source_font(weight)
    cmap = font.getBestCmap()
    codepoints = sorted(ord(c) for c in wanted_chars() if ord(c) in cmap)
    options = subset.Options()
    # Keep the features Qt applies by default, but not 'locl': for Latin runs it swaps the digits
    # for glyphs the cmap does not reach, and the PDF's text layer then loses "2026" (measured).
    options.layout_features = ["ccmp", "liga", "kern", "vert", "vrt2", "vkrn", "halt", "palt", "vhal", "vpal",
                               "fwid", "hwid", "pwid"]
    options.name_IDs = ["*"]  # keep the copyright and licence entries
    options.name_languages = ["*"]
    options.hinting = False  # CFF hints are not needed at print and screen sizes; saves space
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    rename(font, weight)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    size = out.stat().st_size
    print(f"{out.relative_to(ROOT)}: {len(codepoints)} characters, {size / 1024 / 1024:.2f} MiB, "
          f"{time.perf_counter() - started:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list characters the subset lacks; exit 1 if any")
    args = parser.parse_args(argv)
    if args.check:
        failed = 0
        for weight in WEIGHTS:
            missing = missing_from(out_of(weight), weight)
            if missing:
                print(f"missing from the bundled {weight} font: " + "".join(missing), file=sys.stderr)
                failed = 1
        if not failed:
            print("bundled fonts cover every character the app shows")
        return failed
    return max(build(weight) for weight in WEIGHTS)


if __name__ == "__main__":
    raise SystemExit(main())
