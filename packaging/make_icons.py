"""Every app icon size from the one source image, resources/icons/app.svg.

    python packaging/make_icons.py [--out packaging/icons]

Writes PNGs 16-1024 (Qt's QSvgRenderer, offscreen: no display, no Pillow), app.ico (Windows: PNG
entries in an ICO container, Vista+) and app.icns (macOS: PNG entries in an ICNS container) with the
standard library only, so the same command works on all three build machines. The outputs are
generated at build time and not committed (.gitignore); only the SVG is the source.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.svg"
OUT = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS OSType -> pixels (ic10-ic14 are the @2x retina variants: ic11 = 16pt@2x = 32 px, ...);
# every one of these types holds PNG data (macOS 10.7+).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def render_pngs(svg: Path, out: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    """Render the SVG at each size; small sizes are rendered directly (not scaled down) so they stay sharp."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
        (out / f"app-{size}.png").write_bytes(pngs[size])
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (width/height byte 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then (OSType, length incl. 8-byte header, PNG data) blocks."""
    body = b""
    for ostype, pixels in ICNS_TYPES:
        data = pngs[pixels]
        body += ostype.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def make_icons(out: Path = OUT, svg: Path = SVG) -> list[Path]:
    pngs = render_pngs(svg, out)
    (out / "app.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out / "app.icns").write_bytes(icns_bytes(pngs))
    return sorted(out.iterdir())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    files = make_icons(args.out)
    print(f"icons: {len(files)} files in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
