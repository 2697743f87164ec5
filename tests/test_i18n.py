from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.core.errors import InputError
from desktop_app.i18n import error_text, language_from_locale, system_language

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def test_language_from_locale():
    assert language_from_locale("ar_MA.UTF-8") == "ar"
    assert language_from_locale("fr-FR") == "fr"
    assert language_from_locale("de_DE") == "en"


def test_system_language_reads_posix_order():
    assert system_language({"LC_ALL": "ar_EG.UTF-8", "LANG": "en_US"}) == "ar"
    assert system_language({"LANG": "fr_MA.UTF-8"}) == "fr"
    assert system_language({"LANG": "C"}) == "en"
    assert system_language({"HADATH_LANG": "ar", "LANG": "en_US"}) == "ar"


def test_arabic_catalogue_is_complete():
    tree = ET.parse(TRANSLATIONS / "hadath_ar.ts")
    messages = tree.getroot().findall(".//message")
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


def test_error_text_is_translated():
    error = InputError("{name}: the file is empty.", name="x.txt")
    assert error_text(error, "en") == "x.txt: the file is empty."
    arabic = error_text(error, "ar")
    assert "x.txt" in arabic


def test_catalogues_hold_every_string_in_the_code(tmp_path):
    """Re-running lupdate on copies adds nothing: no string was added without a translation."""
    import shutil

    from tools.update_translations import update

    arabic, english = tmp_path / "hadath_ar.ts", tmp_path / "hadath_en.ts"
    shutil.copy(TRANSLATIONS / "hadath_ar.ts", arabic)
    shutil.copy(TRANSLATIONS / "hadath_en.ts", english)
    update(arabic, english)
    for catalogue in (arabic, english):
        unfinished = [
            m.findtext("source")
            for m in ET.parse(catalogue).getroot().iter("message")
            if m.find("translation").get("type") == "unfinished"
        ]
        assert not unfinished, (catalogue.name, unfinished)
