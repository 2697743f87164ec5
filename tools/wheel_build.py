"""setuptools `build_py` for the wheel (pyproject: [tool.setuptools.cmdclass]).

A checkout keeps generated files out of git: the compiled forms and the .qm translations
are built here, at wheel-build time, by the same code as `make forms`. The top-level
`resources/` folder (export CSS, translations, icons…) is copied into the package as
`desktop_app/_resources`, where desktop_app/resources.py looks first: site-packages has
no top-level folder of ours.

setuptools loads this file by its path, without the `tools` package, so it imports
build_resources by path too.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_AS = ("desktop_app", "_resources")
# Translation sources are for translators; the app reads only the compiled .qm.
NOT_SHIPPED = ("*.ts", "__pycache__", "*.pyc")


def _build_resources() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hadath_build_resources", ROOT / "tools" / "build_resources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def copy_resources(target: Path) -> None:
    """Copy the shipped resources to `target` (replaced whole, so nothing stale is kept)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "resources", target, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    missing = [ts.stem for ts in sources if not (target / "translations" / f"{ts.stem}.qm").is_file()]
    if missing:
        raise SystemExit(f"wheel_build: translations not compiled: {', '.join(missing)}")


class BuildPy(build_py):
    """build_py that first compiles forms and translations, then ships the resources."""

    def run(self) -> None:
        # An editable install runs from the checkout, where `make forms` builds these.
        editable = getattr(self, "editable_mode", False)
        if not editable:
            resources = _build_resources()
            resources.compile_forms()
            resources.compile_translations()
        super().run()
        if not editable:
            copy_resources(Path(self.build_lib).joinpath(*SHIPPED_AS))
