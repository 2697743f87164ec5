from __future__ import annotations

import os
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.errors import InputError
from desktop_app.core.textfile import decode_bytes, find_mojibake, read_text_file

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def refused(data: bytes) -> str:
    with pytest.raises(InputError) as info:
        decode_bytes(data, name="f.txt")
    assert info.value.message().startswith("f.txt: ")
    return info.value.template


def test_utf8_plain_and_with_bom(sample_text):
    assert decode_bytes(sample_text.encode("utf-8"), name="x") == sample_text
    assert decode_bytes(b"\xef\xbb\xbf" + sample_text.encode("utf-8"), name="x") == sample_text


def test_utf16_and_utf32_with_bom(sample_text):
    assert decode_bytes(sample_text.encode("utf-16"), name="x") == sample_text
    assert decode_bytes(b"\xfe\xff" + sample_text.encode("utf-16-be"), name="x") == sample_text
    assert decode_bytes(sample_text.encode("utf-32"), name="x") == sample_text


def test_cp1256_arabic_accepted(sample_text):
    data = sample_text.encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_bytes(data, name="x") == sample_text


def test_cp1252_french_refused_as_neither_utf8_nor_cp1256():
    data = "Le sommet s'est ouvert à Marrakech, où les délégués étaient réunis.".encode("cp1252")
    assert "neither UTF-8 nor Windows-1256" in refused(data)


def test_random_high_bytes_refused():
    # cp1256 defines all 256 bytes, so nothing is "undefined": these decode to Arabic
    # letters without a single space, which no Arabic text looks like.
    assert bytes(range(256)).decode("cp1256")
    assert "neither UTF-8 nor Windows-1256" in refused(bytes(range(0x80, 0x100)) * 3)


def test_cp1256_with_some_latin_words_accepted():
    text = "افتتح المؤتمر في مراكش بحضور Interpol و Europol اليوم.\n"
    assert decode_bytes(text.encode("cp1256"), name="x") == text


def test_invalid_utf16_after_bom():
    assert "mark but is not" in refused(b"\xff\xfe\x00\xd8")


def test_empty_and_blank():
    assert "empty" in refused(b"")
    assert "blank" in refused(b" \n\t\r\n")
    assert "blank" in refused("\ufeff \u00a0\n".encode())
    assert "blank" in refused(" \n".encode("utf-16"))


@pytest.mark.parametrize(
    "data",
    [
        PNG,
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"%PDF-1.7\n%\xe2\xe3",
        b"PK\x03\x04\x14\x00",
        b"GIF89a",
    ],
)
def test_binary_magic_refused(data):
    assert "not a text file" in refused(data)


def test_nul_bytes_refused():
    assert "binary" in refused(b"hello\x00world")
    assert "binary" in refused("نص".encode("utf-16-le"))  # UTF-16 without a BOM


def test_many_control_characters_refused():
    assert "binary" in refused(b"ab\x01\x02\x03\x04cd")


def test_few_wire_control_characters_accepted():
    text = "\x01" + "Wire story text. " * 20 + "\x03"
    assert decode_bytes(text.encode(), name="x") == text


@pytest.mark.parametrize(
    "garbled",
    [
        "Ø§Ù„Ø¯ÙˆØ±Ø©",  # UTF-8 Arabic read as Windows-1252
        "ط§ظ„ط¯ظˆط±ط©",  # UTF-8 Arabic read as Windows-1256
        "Le sommet s’est ouvert Ã  Marrakech, oÃ¹ les dÃ©lÃ©guÃ©s",
        "Ø§Ù\x84Ø¯Ù\x88Ø±Ø©",  # read as Latin-1: C1 controls
        "damaged \ufffd text",
    ],
)
def test_mojibake_refused(garbled):
    assert "garbled" in refused(("Intro line\n" + garbled + "\n").encode("utf-8"))
    assert find_mojibake("Intro line\n" + garbled)[0] == 2


def test_sample_mojibake_in_every_form_refused(sample_text):
    raw = sample_text.encode("utf-8")
    for codec in ("cp1256", "cp1252", "latin-1"):
        garbled = raw.decode(codec, errors="ignore")
        assert "garbled" in refused(garbled.encode("utf-8")), codec


def test_clean_text_is_not_mojibake(sample_text):
    assert find_mojibake(sample_text) is None
    legit = "الضغط، والحظ… «ضبط» “ضبط” ظلّ Øresund Ùa café — naïve Ça"
    assert find_mojibake(legit) is None


@given(st.text(min_size=1).filter(lambda s: s.isprintable() and s.strip()))
def test_utf8_round_trip(text):
    if find_mojibake(text) is None:
        assert decode_bytes(text.encode("utf-8"), name="x") == text


def test_utf8_round_trip_of_mixed_scripts():
    text = "مراكش Marrakech مراكش ١٢٣ 123 «نعم» café می\u200cخواهم\n"
    assert decode_bytes(text.encode("utf-8"), name="x") == text


# -- files ------------------------------------------------------------------------------


def file_refused(path, **kwargs) -> str:
    with pytest.raises(InputError) as info:
        read_text_file(path, **kwargs)
    assert str(path) in info.value.message()
    return info.value.template


def test_read_sample(sample_path, sample_text):
    assert read_text_file(sample_path) == sample_text


def test_missing_file(tmp_path):
    assert "not found" in file_refused(tmp_path / "nope.txt")


def test_directory(tmp_path):
    assert "folder" in file_refused(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    try:
        assert "permission" in file_refused(path)
    finally:
        path.chmod(0o600)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    assert "regular" in file_refused(path)


def test_too_large_with_small_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 101)
    assert "too large" in file_refused(path, max_bytes=100)
    assert read_text_file(path, max_bytes=101) == "x" * 101


def test_sparse_100_mb_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    started = time.perf_counter()
    assert "too large" in file_refused(path)
    assert time.perf_counter() - started < 10  # a hang guard; speed is the benchmarks' job


def test_png_file_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG)
    assert "not a text file" in file_refused(path)


def test_write_text_file_replaces_whole_and_refuses_a_folder(tmp_path):
    from desktop_app.core.textfile import write_text_file

    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    write_text_file(target, "سطر\r\nline\n")
    assert target.read_bytes() == "سطر\r\nline\n".encode()
    with pytest.raises(InputError, match="folder"):
        write_text_file(tmp_path, "x")
    with pytest.raises(InputError, match="Cannot write"):
        write_text_file(tmp_path / "missing" / "out.md", "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]
