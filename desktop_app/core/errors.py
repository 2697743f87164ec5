"""Errors a user sees, kept translatable without importing Qt.

Core and store raise `HadathError` with an English message template and its parameters.
The template is marked with `QT_TRANSLATE_NOOP("errors", ...)` so `pyside6-lupdate` collects
it; the CLI and the GUI translate it with `QCoreApplication.translate("errors", template)`
and then fill the parameters (see `desktop_app/i18n.py`).
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class HadathError(Exception):
    """An error with a message meant for the user, not a traceback."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate: Any = None) -> str:
        template = translate(self.template) if translate else self.template
        return template.format(**self.params)


class InputError(HadathError):
    """A file or argument that cannot be imported or used."""


class StoreError(HadathError):
    """The database cannot be opened, read or written."""


class NotFoundError(StoreError):
    """An id that names nothing in the database."""
