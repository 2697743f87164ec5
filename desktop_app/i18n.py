"""UI language: which one, and loading its Qt translators.

The language is decided once at start (preference, else the system locale) and passed
around; nothing here runs at import time.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop_app.core.errors import HadathError
from desktop_app.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SUPPORTED = ("ar", "en", "fr")
RTL_LANGUAGES = frozenset({"ar"})


def language_from_locale(name: str) -> str:
    """'ar_MA.UTF-8' → 'ar'; anything we do not translate falls back to English."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in SUPPORTED else "en"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as POSIX resolves it (LC_ALL wins)."""
    env = os.environ if environ is None else environ
    override = env.get("HADATH_LANG")
    if override:
        return language_from_locale(override)
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key)
        if value and value not in ("C", "POSIX"):
            return language_from_locale(value)
    return "en"


def translation_file(language: str) -> str:
    return str(resource_path("translations", f"hadath_{language}.qm"))


@functools.cache
def load_translator(language: str) -> QTranslator | None:
    """Hadath's own translator for `language` (English has one too: its plural forms), or
    None when no catalogue was built for it. Loaded once: the CLI's argument parser, its
    error messages and the GUI it may start all share it."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(translation_file(language)) else None


def error_text(error: HadathError, language: str) -> str:
    """The error's message in the UI language (English when no translation exists)."""
    translator = load_translator(language)
    if translator is None:
        return error.message()

    def translate(template: str) -> str:
        return translator.translate("errors", template) or template

    return error.message(translate)


def translated_error(error: HadathError) -> str:
    """The error's message through the application's installed translators (GUI)."""
    from PySide6.QtCore import QCoreApplication

    return error.message(lambda template: QCoreApplication.translate("errors", template))
