"""`python -m build` makes an sdist and, from it, a wheel that carries every resource; the
wheel installed in a fresh virtual environment runs the command line and the GUI from
outside the checkout.

About 30 s, most of it pip fetching PySide6 for the isolated build and the new
environment. Without a reachable package index the test is skipped, and says so.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app import __version__

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "interpol-93-marrakech.txt"
# What pip prints when it cannot reach an index: then the test cannot say anything.
OFFLINE = (
    "NewConnectionError", "Temporary failure in name resolution", "Network is unreachable",
    "No matching distribution found", "Could not find a version that satisfies",
)


def _run(command: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0 and any(sign in result.stdout + result.stderr for sign in OFFLINE):
        pytest.skip(f"no package index reachable: {' '.join(map(str, command[:4]))} …")
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", out, ROOT])
    return {
        "wheel": out / f"hadath-{__version__}-py3-none-any.whl",
        "sdist": out / f"hadath-{__version__}.tar.gz",
    }


@pytest.fixture(scope="module")
def installed(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel; returns its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    # This environment's pip installs into the new one: faster than bootstrapping a pip there.
    _run([sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--quiet", built["wheel"]])
    return venv / "bin"


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """Nothing from this test run: no virtual environment, no PYTHONPATH, no checkout."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", **extra}


def test_wheel_carries_every_resource(built):
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    expected = {f"desktop_app/gui/forms/{ui.stem}_ui.py" for ui in (ROOT / "ui").glob("*.ui")}
    resources = ROOT / "resources"
    for path in resources.rglob("*"):
        if path.is_file() and path.suffix not in (".ts", ".qm") and "__pycache__" not in path.parts:
            expected.add(f"desktop_app/_resources/{path.relative_to(resources).as_posix()}")
    # Translations are compiled while the wheel builds: every .ts gives a .qm, no .ts ships.
    for ts in (resources / "translations").glob("*.ts"):
        expected.add(f"desktop_app/_resources/translations/{ts.stem}.qm")
    migrations = ROOT / "desktop_app" / "store" / "migrations"
    expected |= {f"desktop_app/store/migrations/versions/{path.name}" for path in migrations.glob("versions/*.py")}
    expected |= {"desktop_app/store/migrations/env.py", "desktop_app/store/migrations/script.py.mako"}
    expected |= {"desktop_app/py.typed", "desktop_app/resources.py", "desktop_app/__main__.py"}
    assert expected - names == set()
    assert not [name for name in names if name.endswith(".ts") or "__pycache__" in name]
    assert {name.split("/")[0] for name in names} == {"desktop_app", f"hadath-{__version__}.dist-info"}


def test_wheel_declares_both_commands(built):
    with zipfile.ZipFile(built["wheel"]) as wheel:
        entry_points = wheel.read(f"hadath-{__version__}.dist-info/entry_points.txt").decode()
    assert "hadath = desktop_app.__main__:main" in entry_points
    assert "hadath-gui = desktop_app.app:main" in entry_points


def test_sdist_holds_sources_not_generated_files(built):
    import tarfile

    with tarfile.open(built["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"ui/main_window.ui", "tools/wheel_build.py", "tools/build_resources.py", "MANIFEST.in"} <= names
    assert "resources/translations/hadath_ar.ts" in names
    assert not [name for name in names if name.endswith((".qm", "_ui.py"))]


def test_installed_wheel_imports_exports_and_opens_the_window(installed, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    hadath = installed / "hadath"
    db = home / "x.sqlite3"
    env = _clean_env(home)

    where = _run([installed / "python", "-c", "from desktop_app import resources; print(resources._FOLDER)"], env=env,
                 cwd=home)
    assert Path(where.stdout.strip()).is_relative_to(installed.parent), "the app ran from the checkout"

    article = _run([hadath, "--db", db, "import", SAMPLE], env=env, cwd=home).stdout.strip()
    assert article.isdigit()
    html = _run([hadath, "--db", db, "export", article, "--format", "html"], env=env, cwd=home).stdout
    assert '<html lang="ar" dir="rtl">' in html
    assert "box-sizing: border-box" in html  # the stylesheet from desktop_app/_resources

    missing = subprocess.run(
        [str(hadath), "--db", str(db), "export", "99999", "--format", "md"],
        env=_clean_env(home, LANG="ar_MA.UTF-8"), cwd=home, capture_output=True, text=True, check=False,
    )
    assert missing.returncode == 1
    assert "مقال" in missing.stderr, missing.stderr  # the Arabic .qm shipped and loaded

    gui = _run([hadath, "--db", db], env=_clean_env(home, HADATH_STARTUP_PROBE="1"), cwd=home, timeout=120)
    words = [line.split()[0] for line in gui.stdout.splitlines() if line.strip()]
    assert words == ["shown", "painted", "vmhwm"]


def test_installed_gui_script_starts_the_window(installed, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    db = home / "x.sqlite3"
    _run([installed / "hadath", "--db", db, "import", SAMPLE], env=_clean_env(home), cwd=home)
    # hadath-gui reads no arguments: the database comes from $HADATH_DB.
    gui = _run([installed / "hadath-gui"], env=_clean_env(home, HADATH_STARTUP_PROBE="1", HADATH_DB=str(db)),
               cwd=home, timeout=120)
    assert "painted" in gui.stdout
