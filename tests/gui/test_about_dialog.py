"""Help → About: the version, and the licences of what Hadath ships with."""

from __future__ import annotations

from email.message import Message
from importlib import metadata

import pytest
from PySide6.QtCore import Qt

from desktop_app import __version__
from desktop_app.gui import about_dialog
from desktop_app.gui.about_dialog import AboutDialog, bundled_components, licence_name


@pytest.fixture(scope="module")
def components():
    return {c.name.casefold().replace("_", "-"): c for c in bundled_components()}


@pytest.mark.parametrize(
    ("name", "licence"),
    [
        ("pyside6-essentials", "LGPL-3.0"),
        ("qt", "LGPL-3.0-only"),
        ("sqlalchemy", "MIT"),
        ("alembic", "MIT"),
        ("markdown", "BSD"),
        ("nh3", "MIT"),
        ("qtawesome", "MIT"),
        ("platformdirs", "MIT"),
        ("font awesome free", "OFL-1.1"),
    ],
)
def test_each_bundled_library_is_listed_with_its_licence(components, name, licence):
    component = components[name]
    assert licence in component.licence
    assert component.text.strip()  # the licence's own words, not just its name
    if name not in ("qt", "font awesome free"):
        assert component.version == metadata.version(name)


def test_texts_are_the_licences_themselves(components):
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in components["pyside6-essentials"].text
    assert "GNU GENERAL PUBLIC LICENSE" in components["qt"].text  # the LGPL builds on the GPL
    assert "SIL OPEN FONT LICENSE" in components["font awesome free"].text
    assert "CC BY 4.0" in components["font awesome free"].text
    assert "Permission is hereby granted" in components["sqlalchemy"].text
    assert components["font awesome free"].version.count(".") == 2


def test_dependencies_of_dependencies_are_included(components):
    # Alembic brings Mako, Mako brings MarkupSafe: they are shipped too.
    assert {"mako", "markupsafe", "shiboken6"} <= set(components)
    assert not {"pytest", "ruff", "mypy"} & set(components)  # test tools are not shipped


def test_licence_names_from_any_kind_of_metadata():
    def meta(**fields: str | list[str]) -> Message:
        message = Message()
        for key, value in fields.items():
            for item in value if isinstance(value, list) else [value]:
                message[key.replace("_", "-")] = item
        return message

    assert licence_name(meta(License_Expression="MIT")) == "MIT"
    assert licence_name(meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    long_text = "Copyright (c) 2020\n\nPermission is hereby granted, free of charge…"
    classifiers = ["Programming Language :: Python", "License :: OSI Approved :: MIT License"]
    classified = meta(License=long_text, Classifier=classifiers)
    assert licence_name(classified) == "MIT License"
    assert licence_name(meta()) == ""


def test_a_bundle_without_metadata_still_names_the_licences(monkeypatch):
    def missing(*_args):
        raise metadata.PackageNotFoundError("gone")

    monkeypatch.setattr(about_dialog.metadata, "requires", missing)
    monkeypatch.setattr(about_dialog.metadata, "distribution", missing)
    named = {c.name: c for c in bundled_components()}
    assert named["SQLAlchemy"].licence == "MIT" and named["SQLAlchemy"].version == ""
    assert "GNU LESSER" in named["PySide6-Essentials"].text
    assert "Qt" in named and "Python" in named


def test_dialog_shows_the_version_and_the_chosen_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert __version__ in ui.titleLabel.text()
    tree = ui.librariesTree
    assert tree.topLevelItemCount() == len(dialog.components) >= 10
    (row,) = tree.findItems("SQLAlchemy", Qt.MatchFlag.MatchExactly, 0)
    tree.setCurrentItem(row)
    assert row.text(2) == "MIT" and "Permission is hereby granted" in ui.licenceText.toPlainText()
    assert ui.licenceText.isReadOnly()


def test_help_menu_opens_it(qtbot, database, isolated_settings, monkeypatch):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(database, "en")
    qtbot.addWidget(window)
    opened: list[int] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda d: opened.append(len(d.components)) or 0)
    try:
        window.ui.actionAbout.trigger()
        assert opened and opened[0] >= 10
    finally:
        window.autosaver.shutdown()
