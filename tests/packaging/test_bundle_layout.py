"""The Linux bundle's layout (tools/build_bundle.py) and its install.sh, on a stand-in for
the PyInstaller folder: fast, and without PyInstaller. The real bundle is checked by
test_bundle_smoke.py (`make package-test`)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import pytest

from tools import build_bundle

APP_ID = "org.hadath.Hadath"


@pytest.fixture
def fake_app(tmp_path: Path) -> Path:
    """A one-folder app whose `hadath` echoes its arguments."""
    app = tmp_path / "pyinstaller" / "hadath"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "libfake.so").write_bytes(b"\x7fELF")
    exe = app / "hadath"
    exe.write_text('#!/bin/sh\necho "hadath ran with: $*"\n', encoding="utf-8")
    exe.chmod(0o755)
    return app


def run(*command: str | Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, env=env, check=True)
    return result.stdout


def test_appdir_runs_the_app_from_the_folder_and_carries_the_desktop_files(fake_app, tmp_path):
    appdir = build_bundle.make_appdir(fake_app, tmp_path / "Hadath-test")
    assert run(appdir / "hadath", "--version") == "hadath ran with: --version\n"
    assert run(appdir / "AppRun", "export", "1") == "hadath ran with: export 1\n"
    share = appdir / "usr" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    # What appimagetool looks for at the top of an AppDir.
    assert (appdir / f"{APP_ID}.desktop").is_file()
    assert (appdir / ".DirIcon").resolve() == (appdir / f"{APP_ID}.png").resolve()


def test_appdir_is_rebuilt_whole(fake_app, tmp_path):
    target = tmp_path / "Hadath-test"
    build_bundle.make_appdir(fake_app, target)
    stale = target / "usr" / "lib" / "hadath" / "_internal" / "libold.so"
    stale.write_bytes(b"old")
    build_bundle.make_appdir(fake_app, target)
    assert not stale.exists()


def test_tarball_keeps_links_and_executable_bits(fake_app, tmp_path):
    appdir = build_bundle.make_appdir(fake_app, tmp_path / "Hadath-test")
    tarball = build_bundle.make_tarball(appdir, tmp_path / "Hadath-test.tar.gz")
    unpacked = tmp_path / "unpacked"
    with tarfile.open(tarball) as archive:
        archive.extractall(unpacked, filter="tar")
    top = unpacked / "Hadath-test"
    assert (top / "hadath").is_symlink()
    assert os.stat(top / "install.sh").st_mode & stat.S_IXUSR
    assert run(top / "hadath", "import", "x.txt") == "hadath ran with: import x.txt\n"


def test_install_sh_adds_the_menu_entry_and_uninstall_removes_it(fake_app, tmp_path):
    appdir = build_bundle.make_appdir(fake_app, tmp_path / "Hadath-test")
    prefix = tmp_path / "home with spaces" / ".local"
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PREFIX": str(prefix)}
    run(appdir / "install.sh", env=env)
    assert run(prefix / "bin" / "hadath", "--version") == "hadath ran with: --version\n"
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    # The menu entry names the installed program: ~/.local/bin is often not on a session's PATH.
    assert f'Exec="{prefix}/lib/hadath/hadath"\n' in desktop.read_text(encoding="utf-8")
    validate = shutil.which("desktop-file-validate")
    if validate:
        assert run(validate, desktop) == ""
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    run(appdir / "install.sh", "--uninstall", env=env)
    left = sorted(str(path.relative_to(prefix)) for path in prefix.rglob("*") if not path.is_dir())
    assert left == []


def test_install_sh_replaces_an_older_install(fake_app, tmp_path):
    appdir = build_bundle.make_appdir(fake_app, tmp_path / "Hadath-test")
    prefix = tmp_path / "prefix"
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PREFIX": str(prefix)}
    run(appdir / "install.sh", env=env)
    old = prefix / "lib" / "hadath" / "_internal" / "libold.so"
    old.write_bytes(b"from an older version")
    run(appdir / "install.sh", env=env)
    assert not old.exists()
    assert (prefix / "lib" / "hadath" / "_internal" / "libfake.so").is_file()
