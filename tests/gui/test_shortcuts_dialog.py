"""The keyboard-shortcuts reference: built from the window's live actions, filterable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.gui.shortcuts_dialog import ShortcutsDialog, collect_shortcuts, key_text, plain_text


@pytest.fixture
def dialog(qtbot, window):
    made = ShortcutsDialog(window, window)
    qtbot.addWidget(made)
    return made


def _strip(text: str) -> str:
    return text.strip("\u2066\u2069")  # the left-to-right isolate around key names


def test_every_action_with_a_shortcut_is_listed(window, dialog):
    listed = {(s.command, s.keys) for s in dialog.shortcuts}
    expected = {
        (plain_text(a.text()), key_text(a))
        for a in window.findChildren(QAction)
        if a.shortcuts() and a.text()
    }
    assert expected <= listed and len(expected) >= 25
    groups = [s.group for s in dialog.shortcuts]
    assert groups.index("File") < groups.index("Edit") < groups.index("Help")  # menu order
    by_command = {s.command: s for s in dialog.shortcuts}
    assert by_command["Bold"].group == "Format" and by_command["Bold"].keys == "Ctrl+B"
    assert by_command["Preferences"].keys == "Ctrl+," and by_command["Preferences"].group == "Edit"
    assert by_command["User guide"].keys == "F1" and by_command["Keyboard shortcuts"].keys == "Ctrl+/"
    assert ("Export", "Ctrl+E") in [(c, _strip(k)) for c, k in dialog.visible_commands()]


def test_shortcuts_of_panels_are_listed_under_their_panel(qtbot, window, database):
    from desktop_app.store.events import create_event

    window.events.show_event(create_event(database, "Interpol"))  # its agenda editor brings table shortcuts
    shortcuts = collect_shortcuts(window)
    add_row = [s for s in shortcuts if s.command == "Add row"]
    assert add_row and add_row[0].keys == QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
    assert add_row[0].group not in ("", "File", "Edit")
    assert len(add_row) == 1  # the fact box's table and the agenda's share one line


def test_the_list_is_never_out_of_date(qtbot, window):
    window.ui.actionDuplicate.setShortcut(QKeySequence("Ctrl+Shift+D"))
    fresh = ShortcutsDialog(window, window)
    qtbot.addWidget(fresh)
    assert any(s.command == "Duplicate" and s.keys == "Ctrl+Shift+D" for s in fresh.shortcuts)


def test_filter_by_name_key_or_menu(dialog):
    dialog.set_filter("bold")
    assert [c for c, _ in dialog.visible_commands()] == ["Bold"]
    dialog.set_filter("ctrl+shift+c")
    assert [c for c, _ in dialog.visible_commands()] == ["Copy for CMS"]
    dialog.set_filter("Format")  # a menu's name shows its commands
    assert {"Bold", "Italic", "Link"} <= {c for c, _ in dialog.visible_commands()}
    dialog.set_filter("zzzz")
    assert dialog.visible_commands() == [] and dialog.ui.emptyLabel.isVisibleTo(dialog)
    dialog.set_filter("")
    assert len(dialog.visible_commands()) == len(dialog.shortcuts) and not dialog.ui.emptyLabel.isVisibleTo(dialog)


def test_typing_in_the_filter_box_filters(qtbot, dialog):
    qtbot.keyClicks(dialog.ui.filterEdit, "italic")
    assert [c for c, _ in dialog.visible_commands()] == ["Italic"]


def test_menu_texts_read_plainly():
    assert plain_text("&Export…") == "Export"
    assert plain_text("Save && &quit") == "Save & quit"
    assert plain_text("Heading &2") == "Heading 2"


def test_help_menu_opens_it(window, monkeypatch):
    shown: list[int] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda d: shown.append(len(d.shortcuts)) or 0)
    window.ui.actionShortcuts.trigger()
    assert shown and shown[0] >= 25
