"""The Linux desktop files, the macOS and Windows metadata and the app icon agree with the
app, and pass the freedesktop validators when those are installed
(`apt-get install desktop-file-utils appstream`)."""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import __version__
from tools import make_icons

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.hadath.Hadath"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def validator(name: str, package: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return tool


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_desktop_entry_runs_the_installed_command_with_the_app_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] in PYPROJECT["project"]["scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["Name[ar]"] == "حدث"
    assert entry.getboolean("Terminal") is False


def test_desktop_entry_passes_no_files_the_command_line_would_reject():
    # `hadath FILE` is a usage error: the menu entry must not hand it files (%f, %F, %u, %U).
    entry = desktop_entry()
    assert "%" not in entry["Exec"]
    assert "MimeType" not in entry


def test_desktop_file_validate():
    tool = validator("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_metainfo_names_the_app_its_desktop_file_and_this_version():
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == desktop_entry()["Exec"]
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]["text"]
    # The newest release comes first; a version bump must add its <release>.
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__


def test_appstreamcli_validate():
    tool = validator("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if re.match(r"[EW]: ", line)]
    assert problems == []


def test_versions_agree_everywhere():
    assert PYPROJECT["project"]["version"] == __version__
    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as plist:
        info = plistlib.load(plist)
    assert info["CFBundleShortVersionString"] == __version__
    assert info["CFBundleIdentifier"] == APP_ID
    iss = (ROOT / "packaging" / "windows" / "hadath.iss").read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "([^"]+)"', iss).group(1) == __version__  # type: ignore[union-attr]


def test_hicolor_icons_exist_at_their_sizes():
    for size in make_icons.HICOLOR_SIZES:
        path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(path) == (size, size)


def test_icon_renders_and_the_window_icon_loads(qapp):
    from PySide6.QtGui import QIcon, QImage

    from desktop_app.resources import resource_path

    svg = resource_path("icons", f"{APP_ID}.svg")
    assert svg == make_icons.SVG
    image = QImage.fromData(make_icons.render_png(64), "PNG")
    assert (image.width(), image.height()) == (64, 64)
    # The page is opaque in the middle and the corners are transparent.
    assert image.pixelColor(32, 40).alpha() == 255
    assert image.pixelColor(0, 0).alpha() == 0
    assert not QIcon(str(svg)).pixmap(32, 32).isNull()


@pytest.mark.parametrize(
    ("writer", "suffix", "sizes"),
    [
        (make_icons.write_ico, "ico", sorted(make_icons.ICO_SIZES)),
        (make_icons.write_icns, "icns", [size for _kind, size in make_icons.ICNS_TYPES]),
    ],
)
def test_windows_and_macos_icons_hold_every_size(qapp, tmp_path, writer, suffix, sizes):
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(writer(tmp_path / f"hadath.{suffix}")))
    found = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        found.append(reader.read().width())
    assert found == sizes
