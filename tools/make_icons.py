"""Render the app icon (resources/icons/org.hadath.Hadath.svg) for the desktops.

    python tools/make_icons.py            # rewrite packaging/linux/icons/hicolor/*/apps/*.png
    python tools/make_icons.py --ico F    # a Windows .ico (PNG entries, 16 to 256 px)
    python tools/make_icons.py --icns F   # a macOS .icns (PNG entries, 16 to 1024 px)

The hicolor PNGs are committed (distribution packagers take them as they are); rerun this
after changing the SVG. The .ico and .icns are written at bundle time by
packaging/hadath.spec. Both containers are written here rather than through Qt's image
plugins: Qt's .ico writer keeps one size only.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.hadath.Hadath"
SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Type codes of the PNG-carrying .icns entries, by pixel size (the @2x ones share pixels).
ICNS_TYPES = (
    ("icp4", 16), ("icp5", 32), ("ic11", 32), ("icp6", 64), ("ic12", 64),
    ("ic07", 128), ("ic08", 256), ("ic13", 256), ("ic09", 512), ("ic14", 512), ("ic10", 1024),
)


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon drawn at `size` × `size` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
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
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding each PNG (Windows Vista and later read PNG entries at every size)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = [], []
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns with one PNG entry per type code of ICNS_TYPES."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_hicolor(folder: Path = HICOLOR) -> list[Path]:
    written = []
    for size in HICOLOR_SIZES:
        target = folder / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(size))
        written.append(target)
    return written


def write_ico(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes({size: render_png(size) for size in ICO_SIZES}))
    return target


def write_icns(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    sizes = {size for _kind, size in ICNS_TYPES}
    target.write_bytes(icns_bytes({size: render_png(size) for size in sizes}))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path, metavar="FILE", help="write a Windows .ico")
    parser.add_argument("--icns", type=Path, metavar="FILE", help="write a macOS .icns")
    args = parser.parse_args(argv)
    if args.ico:
        print(write_ico(args.ico))
    if args.icns:
        print(write_icns(args.icns))
    if not (args.ico or args.icns):
        for path in write_hicolor():
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
