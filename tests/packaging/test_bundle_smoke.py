"""The built Linux bundle runs from a fresh folder with a clean environment
(tools/smoke_bundle.sh). Needs `make bundle` first, so it runs in `make package-test`,
which builds it, and not in `make test`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


def test_built_bundle_imports_exports_and_opens_the_window():
    tarballs = sorted((ROOT / "dist").glob(f"Hadath-{__version__}-linux-*.tar.gz"))
    if not tarballs:
        pytest.skip("no bundle in dist/: run `make bundle` (or `make package-test`)")
    result = subprocess.run(
        ["bash", str(ROOT / "tools" / "smoke_bundle.sh"), str(tarballs[-1])],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("smoke: OK")
    assert "window shown, article painted, quit with exit 0" in result.stdout


def test_built_bundle_carries_the_metadata_and_licences_the_about_dialog_shows():
    from desktop_app.gui.about_dialog import QT_DISTRIBUTIONS, _canonical, runtime_distributions

    internal = ROOT / "dist" / "hadath" / "_internal"
    if not internal.is_dir():
        pytest.skip("no bundle in dist/: run `make bundle` (or `make package-test`)")
    found = {_canonical(path.name.split("-")[0]): path for path in internal.glob("*.dist-info")}
    # Hadath's own: an egg-info when the build found the source tree's first (editable install).
    own = found.get("hadath") or internal / "hadath.egg-info"
    assert (own / "METADATA").is_file() or (own / "requires.txt").is_file()
    needed = runtime_distributions()  # as installed here, where the bundle was built
    assert len(needed) >= 8
    for name in needed:
        info = found.get(_canonical(name))
        assert info is not None and (info / "METADATA").is_file(), name
        licences = [p for p in info.rglob("*") if p.is_file() and "licen" in p.name.lower()]
        # Qt's wheels ship no licence file: the app carries the texts (resources/licenses).
        assert licences or _canonical(name) in QT_DISTRIBUTIONS, name
