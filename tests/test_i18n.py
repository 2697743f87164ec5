from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.core.errors import InputError
from desktop_app.i18n import RTL_LANGUAGES, SUPPORTED, error_text, language_from_locale, system_language

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATED = ("ar", "fr")  # every entry translated; English carries only plural forms
# {name} and %1 must come through a translation unchanged; %n too, except where a plural
# form spells the number out (Arabic "صف واحد", French "la première").
PLACEHOLDERS = re.compile(r"\{[a-z_]+\}|%L?[1-9]")


def _messages(language: str) -> list[ET.Element]:
    return list(ET.parse(TRANSLATIONS / f"hadath_{language}.ts").getroot().iter("message"))


def _unfinished(catalogue: Path) -> list[str | None]:
    return [
        m.findtext("source")
        for m in ET.parse(catalogue).getroot().iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]


def test_language_from_locale():
    assert language_from_locale("ar_MA.UTF-8") == "ar"
    assert language_from_locale("fr-FR") == "fr"
    assert language_from_locale("fr_MA.UTF-8@euro") == "fr"
    assert language_from_locale("de_DE") == "en"


def test_system_language_reads_posix_order():
    assert system_language({"LC_ALL": "ar_EG.UTF-8", "LANG": "en_US"}) == "ar"
    assert system_language({"LANG": "fr_MA.UTF-8"}) == "fr"
    assert system_language({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "ar_MA"}) == "fr"
    assert system_language({"LANG": "C"}) == "en"
    assert system_language({"HADATH_LANG": "ar", "LANG": "en_US"}) == "ar"
    assert system_language({"HADATH_LANG": "fr", "LANG": "ar_MA"}) == "fr"


def test_french_is_supported_and_only_arabic_is_right_to_left():
    assert set(SUPPORTED) == {"ar", "en", "fr"}
    assert set(RTL_LANGUAGES) == {"ar"}


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_is_complete(language):
    root = ET.parse(TRANSLATIONS / f"hadath_{language}.ts").getroot()
    assert root.get("language") == language
    messages = _messages(language)
    assert len(messages) > 20
    missing = []
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(source)
            continue
        numerus = translation.findall("numerusform")
        if not (translation.text or "").strip() and not any((n.text or "").strip() for n in numerus):
            missing.append(source)
    assert not missing, missing


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_has_a_context(language):
    """An entry with no context is a call lupdate misread (`tr = QCoreApplication.translate`
    then `tr("Context", "text")` files "Context" as the text): its real text is never found."""
    root = ET.parse(TRANSLATIONS / f"hadath_{language}.ts").getroot()
    misread = [
        (m.findtext("source"), m.findtext("comment"))
        for context in root.iter("context")
        if not (context.findtext("name") or "").strip()
        for m in context.iter("message")
    ]
    assert not misread, misread


def test_french_catalogue_has_two_plural_forms_and_the_doctype():
    text = (TRANSLATIONS / "hadath_fr.ts").read_text(encoding="utf-8")
    assert "<!DOCTYPE TS>" in text
    plurals = [m for m in _messages("fr") if m.get("numerus") == "yes"]
    assert plurals
    for message in plurals:
        forms = [n.text or "" for n in message.iter("numerusform")]
        assert len(forms) == 2 and all(f.strip() for f in forms), message.findtext("source")
        assert "%n" in forms[1], message.findtext("source")  # "2 lignes": the number is shown


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_and_accelerators(language):
    wrong = []
    for message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished":
            continue  # test_catalogue_is_complete reports it
        forms = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(PLACEHOLDERS.findall(source))
        # A plural form for few may say less ("%1 — no sessions" for none); the last one,
        # for the most, says it all.
        if sorted(PLACEHOLDERS.findall(forms[-1])) != wanted:
            wrong.append((source, forms[-1], "placeholders"))
        for form in forms:
            if not set(PLACEHOLDERS.findall(form)) <= set(wanted):
                wrong.append((source, form, "unknown placeholder"))
            accelerators = len(re.findall(r"&[^&\s]", source.replace("&&", "")))
            if len(re.findall(r"&[^&\s]", form.replace("&&", ""))) != accelerators:
                wrong.append((source, form, "accelerator"))
    assert not wrong, wrong


def test_french_accelerators_do_not_clash_in_the_menu_bar():
    by_source = {m.findtext("source"): m.findtext("translation") or "" for m in _messages("fr")}
    titles = [by_source[s] for s in ("&File", "&Edit", "&Insert", "F&ormat", "&Article", "&Help")]
    keys = [re.search(r"&(\w)", t).group(1).lower() for t in titles]  # type: ignore[union-attr]
    assert len(set(keys)) == len(keys), titles


def test_error_text_is_translated():
    error = InputError("{name}: the file is empty.", name="x.txt")
    assert error_text(error, "en") == "x.txt: the file is empty."
    arabic = error_text(error, "ar")
    assert "x.txt" in arabic and arabic != "x.txt: the file is empty."
    assert error_text(error, "fr") == "x.txt\u00a0: le fichier est vide."


def test_french_ui_loads_hadaths_and_qts_own_catalogues(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop_app.app import install_translations

    try:
        install_translations(qapp, "fr")
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert QCoreApplication.translate("MainWindow", "%n word(s)", "", 3) == "3 mots"
        assert QCoreApplication.translate("MainWindow", "%n word(s)", "", 1) == "1 mot"
        # Qt's own strings (tab scroll buttons, file dialogs) come from Qt's catalogue.
        assert QCoreApplication.translate("QTabBar", "Scroll Left") != "Scroll Left"
        assert QLocale().language() == QLocale.Language.French
    finally:
        install_translations(qapp, "en")


def test_compiled_catalogues_are_built_not_committed():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "/resources/translations/*.qm" in ignored
    for language in (*TRANSLATED, "en"):
        assert (TRANSLATIONS / f"hadath_{language}.qm").exists(), "run tools/build_resources.py"


def test_catalogues_hold_every_string_in_the_code(tmp_path):
    """Re-running lupdate on copies adds nothing: no string was added without a translation."""
    from tools.update_translations import update

    copies = [tmp_path / f"hadath_{language}.ts" for language in TRANSLATED]
    english = tmp_path / "hadath_en.ts"
    for copy in (*copies, english):
        shutil.copy(TRANSLATIONS / copy.name, copy)
    update(copies, english)
    for catalogue in (*copies, english):
        assert not _unfinished(catalogue), (catalogue.name, _unfinished(catalogue))
        before = len(ET.parse(TRANSLATIONS / catalogue.name).getroot().findall(".//message"))
        assert len(ET.parse(catalogue).getroot().findall(".//message")) == before, catalogue.name
