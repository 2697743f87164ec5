"""Help → About: Hadath's version and licence, and the licences of the libraries and fonts
it ships with, read from their installed metadata (importlib.metadata) so the list
follows what is actually installed or bundled."""

from __future__ import annotations

import functools
import platform
import re
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidgetItem, QWidget

from desktop_app import __version__
from desktop_app.gui.forms.about_dialog_ui import Ui_AboutDialog
from desktop_app.resources import resource_path

APP_DISTRIBUTION = "hadath"
# What the app needs at run time, for a build whose own metadata was left out (a bundle):
# the closure of pyproject's dependencies, with their licences as their projects state them.
RUNTIME_LICENCES = {
    "PySide6-Essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "SQLAlchemy": "MIT",
    "greenlet": "MIT AND PSF-2.0",
    "typing_extensions": "PSF-2.0",
    "alembic": "MIT",
    "Mako": "MIT",
    "MarkupSafe": "BSD-3-Clause",
    "Markdown": "BSD-3-Clause",
    "nh3": "MIT",
    "QtAwesome": "MIT",
    "QtPy": "MIT",
    "packaging": "Apache-2.0 OR BSD-2-Clause",
    "platformdirs": "MIT",
}
# The Qt binding ships no licence file in its wheel: the texts come with Hadath.
QT_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6"}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    text: str


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str | None:
    """'SQLAlchemy>=2.0' → 'SQLAlchemy'; None for an optional extra's requirement."""
    spec, _, marker = requirement.partition(";")
    if "extra" in marker:
        return None
    found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
    return found.group(1) if found else None


def runtime_distributions() -> list[str]:
    """Hadath's run-time dependencies and theirs, as installed."""
    try:
        pending = [n for n in (_requirement_name(r) for r in metadata.requires(APP_DISTRIBUTION) or []) if n]
    except metadata.PackageNotFoundError:
        pending = list(RUNTIME_LICENCES)
    found: dict[str, str] = {}
    while pending:
        name = pending.pop()
        if _canonical(name) in found:
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            if name in RUNTIME_LICENCES:
                found[_canonical(name)] = name
            continue
        found[_canonical(name)] = name
        pending.extend(n for n in (_requirement_name(r) for r in requires) if n)
    return list(found.values())


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    values = meta.get_all(key) or []
    return str(values[0]).strip() if values else ""


def licence_name(meta: metadata.PackageMetadata) -> str:
    """The licence a distribution declares: its SPDX expression, a short License field,
    or the name in its licence classifier."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= 80:
        return field
    for classifier in meta.get_all("Classifier") or []:
        if str(classifier).startswith("License ::"):
            return str(classifier).split("::")[-1].strip()
    return ""


def _licence_files(distribution: metadata.Distribution) -> list[str]:
    texts: list[str] = []
    for name in distribution.metadata.get_all("License-File") or []:
        for candidate in (f"licenses/{name}", name):
            text = distribution.read_text(candidate)
            if text:
                texts.append(text.strip())
                break
    return texts


@functools.cache  # the Qt licences serve Qt, PySide6 and shiboken6 alike
def _resource_texts(names: tuple[str, ...]) -> str:
    return "\n\n".join(resource_path("licenses", n).read_text(encoding="utf-8").strip() for n in names)


def library(name: str) -> Component:
    """One installed library: its version, licence and licence texts."""
    try:
        distribution = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        licence = RUNTIME_LICENCES.get(name, "")
        text = _resource_texts(QT_TEXTS) if _canonical(name) in QT_DISTRIBUTIONS else ""
        return Component(name, "", licence, text)
    meta = distribution.metadata
    texts = _licence_files(distribution)
    if not texts and _canonical(name) in QT_DISTRIBUTIONS:
        texts = [_resource_texts(QT_TEXTS)]
    licence = licence_name(meta) or RUNTIME_LICENCES.get(name, "")
    # Wheels' metadata may carry the normalised name (PySide6_Essentials): show the project's.
    shown = (_field(meta, "Name") or name).replace("_", "-")
    return Component(shown, distribution.version, licence, "\n\n".join(texts))


def font_awesome() -> Component:
    """The Font Awesome Free icon font the icons are drawn from (through QtAwesome)."""
    from desktop_app.gui.icons import font_file

    try:
        version = font_file("fa6s").stem.rsplit("-", 1)[-1]
    except RuntimeError:  # no qtawesome, or no font in it
        version = ""
    notice = (
        "Font Awesome Free by Fonticons, Inc. — https://fontawesome.com\n"
        "Licence: https://fontawesome.com/license/free\n"
        "Icons: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)\n"
        "Fonts: SIL Open Font License 1.1 (below)\n"
        "Code: MIT License"
    )
    return Component("Font Awesome Free", version, "OFL-1.1 (font), CC-BY-4.0 (icons)",
                     notice + "\n\n" + _resource_texts(("OFL-1.1.txt",)))


def qt() -> Component:
    return Component("Qt", qVersion(), "LGPL-3.0-only", _resource_texts(QT_TEXTS))


def python() -> Component:
    licence_file = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    try:
        text = licence_file.read_text(encoding="utf-8").strip()
    except OSError:
        text = "Python Software Foundation License, version 2 — https://docs.python.org/3/license.html"
    return Component("Python", platform.python_version(), "PSF-2.0", text)


def bundled_components() -> list[Component]:
    """Everything Hadath ships with that has a licence of its own, by name."""
    components = [library(name) for name in runtime_distributions()]
    components += [qt(), font_awesome(), python()]
    return sorted(components, key=lambda c: c.name.casefold())


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened from a menu, each time anew
        ui = self.ui
        ui.titleLabel.setText(self.tr("Hadath {version}").format(version=__version__))
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = QIcon(str(resource_path("icons", "org.hadath.Hadath.svg")))
        ui.iconLabel.setPixmap(icon.pixmap(64, 64))
        self.components = bundled_components()
        for component in self.components:
            item = QTreeWidgetItem(ui.librariesTree, [component.name, component.version, component.licence])
            item.setData(0, Qt.ItemDataRole.UserRole, component.text)
        for column in range(2):
            ui.librariesTree.resizeColumnToContents(column)
        ui.librariesTree.currentItemChanged.connect(self._show_text)
        if ui.librariesTree.topLevelItemCount():
            ui.librariesTree.setCurrentItem(ui.librariesTree.topLevelItem(0))

    def _show_text(self, item: QTreeWidgetItem | None) -> None:
        text = str(item.data(0, Qt.ItemDataRole.UserRole) or "") if item is not None else ""
        self.ui.licenceText.setPlainText(text or self.tr("This build does not include the licence's text."))
