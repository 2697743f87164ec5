"""Build the Linux bundle: `make bundle` (or `.venv/bin/python tools/build_bundle.py`).

1. PyInstaller builds the one-folder app from packaging/hadath.spec into dist/hadath/.
2. It is laid out as an AppDir, the layout AppImage and /usr share:

       Hadath-<version>-linux-<arch>/
         hadath -> usr/lib/hadath/hadath       run it from here, nothing to install
         AppRun, org.hadath.Hadath.desktop, org.hadath.Hadath.png, .DirIcon   (AppImage)
         install.sh                            menus and icons for one user (or PREFIX=/usr/local)
         usr/lib/hadath/                       the PyInstaller folder
         usr/share/{applications,metainfo,icons/hicolor}/

3. dist/Hadath-<version>-linux-<arch>.tar.gz is that folder; with `appimagetool` on the
   PATH, dist/Hadath-<version>-<arch>.AppImage is made from it too.

Then tools/smoke_bundle.sh runs the result from a fresh folder with a clean environment.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app import __version__  # noqa: E402

APP_ID = "org.hadath.Hadath"
LINUX = ROOT / "packaging" / "linux"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"

APP_RUN = """#!/bin/sh
# AppImage entry point; also runs the app from the unpacked folder.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/hadath/hadath" "$@"
"""

INSTALL_SH = """#!/bin/sh
# Put Hadath in the applications menu: ./install.sh for you alone (~/.local),
# PREFIX=/usr/local ./install.sh (as root) for everyone, ./install.sh --uninstall to remove.
set -eu
HERE="$(dirname "$(readlink -f "$0")")"
PREFIX="${PREFIX:-$HOME/.local}"
LIB="$PREFIX/lib/hadath"
SHARE="$PREFIX/share"
# A newer folder makes GTK look again; an icon cache is only updated where one already is
# (a cache made here would go stale when other programs add icons without updating it).
refresh_icons() {
    [ -d "$SHARE/icons/hicolor" ] || return 0
    touch "$SHARE/icons/hicolor"
    if [ -f "$SHARE/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
    fi
}
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB"
    rm -f "$PREFIX/bin/hadath" "$SHARE/applications/@APP_ID@.desktop" "$SHARE/metainfo/@APP_ID@.metainfo.xml"
    find "$SHARE/icons/hicolor" -name '@APP_ID@.*' -delete 2>/dev/null || true
    refresh_icons
    echo "Hadath removed from $PREFIX"
    exit 0
fi
mkdir -p "$PREFIX/bin" "$PREFIX/lib" "$SHARE/applications" "$SHARE/metainfo"
rm -rf "$LIB"
cp -R "$HERE/usr/lib/hadath" "$LIB"
ln -sf "$LIB/hadath" "$PREFIX/bin/hadath"
cp -R "$HERE/usr/share/icons" "$SHARE/"
cp "$HERE/usr/share/metainfo/@APP_ID@.metainfo.xml" "$SHARE/metainfo/"
# The menu entry names the installed program, so it starts even when $PREFIX/bin is not on
# the PATH; quoted, as the desktop entry spec asks of a path that may hold spaces.
sed "s|^Exec=hadath|Exec=\\"$LIB/hadath\\"|" "$HERE/usr/share/applications/@APP_ID@.desktop" \\
    > "$SHARE/applications/@APP_ID@.desktop"
refresh_icons
echo "Hadath installed in $PREFIX: run 'hadath' or open it from the applications menu"
"""


def run_pyinstaller(clean: bool) -> Path:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "hadath.spec"),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return DIST / "hadath"


def _write(path: Path, text: str, executable: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if executable:
        path.chmod(0o755)


def make_appdir(app: Path, target: Path) -> Path:
    """The AppDir of the module docstring, replaced whole."""
    shutil.rmtree(target, ignore_errors=True)
    lib = target / "usr" / "lib" / "hadath"
    shutil.copytree(app, lib, symlinks=True)
    share = target / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(LINUX / "icons" / "hicolor", share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / f"{APP_ID}.svg", scalable)
    # AppImage wants the entry point, the desktop file and the icon at the top.
    _write(target / "AppRun", APP_RUN, executable=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", target)
    shutil.copy2(LINUX / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png", target)
    (target / ".DirIcon").symlink_to(f"{APP_ID}.png")
    (target / "hadath").symlink_to("usr/lib/hadath/hadath")
    _write(target / "install.sh", INSTALL_SH.replace("@APP_ID@", APP_ID), executable=True)
    return target


def make_tarball(appdir: Path, tarball: Path) -> Path:
    tarball.unlink(missing_ok=True)
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(appdir, arcname=appdir.name)
    return tarball


def make_appimage(appdir: Path, target: Path) -> Path | None:
    tool = shutil.which("appimagetool")
    if tool is None:
        return None
    env = dict(os.environ, ARCH=platform.machine())
    subprocess.run([tool, "--no-appstream", str(appdir), str(target)], check=True, env=env)
    return target


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Linux one-folder bundle, its AppDir and .tar.gz.")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    if sys.platform != "linux":
        sys.exit("build_bundle: Linux only; see packaging/windows and packaging/macos/BUILD.md")
    app = run_pyinstaller(args.clean)
    name = f"Hadath-{__version__}-linux-{platform.machine()}"
    appdir = make_appdir(app, ROOT / "build" / "appdir" / name)
    tarball = make_tarball(appdir, DIST / f"{name}.tar.gz")
    print(f"one-folder app: {app.relative_to(ROOT)} ({mib(folder_size(app))})")
    print(f"tarball: {tarball.relative_to(ROOT)} ({mib(tarball.stat().st_size)})")
    appimage = make_appimage(appdir, DIST / f"Hadath-{__version__}-{platform.machine()}.AppImage")
    if appimage is None:
        print("AppImage: skipped (appimagetool is not on the PATH)")
    else:
        print(f"AppImage: {appimage.relative_to(ROOT)} ({mib(appimage.stat().st_size)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
