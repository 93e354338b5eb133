"""Make the Windows ``.ico`` and the macOS ``.icns`` from the app's SVG icon.

Usage: python packaging/make_icons.py OUT_DIR

Qt renders the SVG at each size; both formats hold plain PNG images (Windows
Vista and later, macOS 10.7 and later read them), so no image library is
needed. The spec runs this before a Windows or macOS build.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "mat-companion.svg"

#: The sizes Windows asks an .ico for (the shell, the task bar, Explorer's large icons).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The .icns PNG types and their pixel sizes (the @2x types are the Retina ones).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon as a square PNG of ``size`` pixels, transparent around it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not an SVG Qt can render: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return data.data()


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico of PNG images: a header, one 16-byte entry per image, then the images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An .icns of PNG images: 'icns' and its length, then a type, a length and a PNG each."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path) -> tuple[Path, Path]:
    """Write ``mat-companion.ico`` and ``mat-companion.icns`` into ``out``; their paths."""
    sizes = {*ICO_SIZES, *(size for _, size in ICNS_TYPES)}
    pngs = {size: render_png(size) for size in sorted(sizes)}
    out.mkdir(parents=True, exist_ok=True)
    windows, macos = out / "mat-companion.ico", out / "mat-companion.icns"
    windows.write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    macos.write_bytes(icns(pngs))
    return windows, macos


if __name__ == "__main__":
    for made in make_icons(Path(sys.argv[1])):
        print(made)
