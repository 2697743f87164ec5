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
