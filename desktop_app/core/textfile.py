"""Reading a text file a reporter hands us, refusing what would import as garbage.

Accepted: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, and Windows-1256 (the
Arabic Windows code page) when the result reads as Arabic: at least `CP1256_MIN_ARABIC`
(60%) of its letters Arabic, and a space or line break per `MAX_WORD_LETTERS` (20)
letters. Refused, each with its own message: a missing path, a folder, an unreadable or
non-regular file, an empty or blank file, a binary file (known magic numbers, NUL bytes,
or more than 1% control characters), a file over `max_bytes` (checked with `stat` before
reading; 20 MiB by default), bytes that are neither UTF-8 nor Windows-1256, and mojibake:
UTF-8 Arabic (or French) once decoded with the wrong code page and saved again. Mojibake
must never reach the store: once edited, it cannot be repaired safely.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from pathlib import Path

from desktop_app.core.errors import QT_TRANSLATE_NOOP, InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
CP1256_MIN_ARABIC = 0.6  # share of Arabic letters among all letters
MAX_WORD_LETTERS = 20  # cp1256 text needs a space or line break per this many letters
MAX_CONTROL_SHARE = 0.01
MOJIBAKE_MIN_HITS = 2

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or a Word/OpenDocument file)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "program"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"{\\rtf", "RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Category Cc (C0, DEL, C1) less tab, line feed, vertical tab, form feed and carriage return;
# a regex counts them in C: a loop over the characters took 2 s for a 9 MB file.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


@functools.cache
def _mojibake_table() -> re.Pattern[str]:
    """What Arabic letters and French accents look like after UTF-8 bytes were decoded as
    Windows-1256, Windows-1252 or Latin-1: built from the code pages, not typed by hand,
    on first use (the app's start-up imports this module for its file writer)."""
    chars = [chr(c) for c in range(0x0621, 0x064B)] + list("٠١٢٣٤٥٦٧٨٩")
    chars += list("éèêëàâäçîïôöùûüœÉÈÊÀÂÇÎÔ’‘“”–—…«»")
    forms: set[str] = set()
    for char in chars:
        encoded = char.encode("utf-8")
        for codec in ("cp1256", "cp1252", "latin-1"):
            try:
                form = encoded.decode(codec)
            except UnicodeDecodeError:
                continue
            # Arabic punctuation after ط/ظ happens in real text ("ضغط،"): not evidence.
            if not any(p in form for p in "،؛؟«»“”‘’…–— \u00a0"):
                forms.add(form)
    alternatives = sorted(forms, key=len, reverse=True)
    return re.compile("|".join(re.escape(form) for form in alternatives))



def read_text_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of `path`, decoded. Files larger than `max_bytes` (20 MiB by default) are
    refused from their size on disk, before any byte is read."""
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "{name}: file not found."), name=name
        ) from None
    except PermissionError:
        raise _unreadable(name) from None
    except OSError as exc:
        raise _read_failed(name, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(QT_TRANSLATE_NOOP("errors", "{name}: is a folder, not a file."), name=name)
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end.
        raise InputError(QT_TRANSLATE_NOOP("errors", "{name}: is not a regular file."), name=name)
    if info.st_size > max_bytes:
        raise _too_large(name, info.st_size, max_bytes)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise _unreadable(name) from None
    except OSError as exc:
        raise _read_failed(name, exc) from None
    if len(data) > max_bytes:  # it grew between stat and read
        raise _too_large(name, len(data), max_bytes)
    return decode_bytes(data, name=name)


def _unreadable(name: str) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP("errors", "{name}: permission denied; the file cannot be read."),
        name=name,
    )


def _read_failed(name: str, exc: OSError) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP("errors", "{name}: cannot read the file ({reason})."),
        name=name,
        reason=exc.strerror or str(exc),
    )


def _too_large(name: str, size: int, limit: int) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "errors", "{name}: the file is too large ({size}; the limit is {limit})."
        ),
        name=name,
        size=_human(size),
        limit=_human(limit),
    )


def _human(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def decode_bytes(data: bytes, *, name: str) -> str:
    """Decode a text file's bytes (see the module docstring for what is accepted)."""
    if not data:
        raise InputError(QT_TRANSLATE_NOOP("errors", "{name}: the file is empty."), name=name)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(
                QT_TRANSLATE_NOOP("errors", "{name}: this is a {kind}, not a text file."),
                name=name,
                kind=kind,
            )
    text = _decode(data, name)
    if not text.strip(" \t\n\r\f\v\u00a0\u200b\ufeff"):
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "{name}: the file holds only blank space."), name=name
        )
    if problem := find_mojibake(text):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name}: line {line} looks garbled ({sample}): the text was decoded with the "
                "wrong encoding before it was saved. Open the original and save it as UTF-8.",
            ),
            name=name,
            line=problem[0],
            sample=problem[1],
        )
    # After the mojibake check: Latin-1 mojibake is full of C1 controls, and its own
    # message says more than "binary".
    controls = len(_CONTROLS.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise _binary(name)
    return text.removeprefix("\ufeff")


def _decode(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name}: the file starts with a {encoding} mark but is not "
                        "valid {encoding}.",
                    ),
                    name=name,
                    encoding=codec.removesuffix("-sig").upper(),
                ) from None
    if b"\x00" in data:
        raise _binary(name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")  # cp1256 defines all 256 bytes
    if "\ufffd" not in text and _plausibly_arabic(text):
        return text
    raise InputError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name}: the text is neither UTF-8 nor Windows-1256 (Arabic). "
            "Save it as UTF-8 and import it again.",
        ),
        name=name,
    )


def _binary(name: str) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name}: looks like a binary file, not text (or UTF-16 without a byte-order mark).",
        ),
        name=name,
    )


def _plausibly_arabic(text: str) -> bool:
    """Any byte string decodes as cp1256, so judge the result: mostly Arabic letters, and
    words of a human length (random bytes have letters but hardly any spaces)."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for char in letters if _ARABIC_BLOCK.match(char))
    spaces = sum(1 for char in text if char.isspace())
    return arabic >= CP1256_MIN_ARABIC * len(letters) and spaces * MAX_WORD_LETTERS >= len(letters)


def find_mojibake(text: str) -> tuple[int, str] | None:
    """(line number, a sample) of the first sign of mojibake, or None for clean text.

    Signs: at least `MOJIBAKE_MIN_HITS` sequences that UTF-8 Arabic or French turns into
    when read as Windows-1256/1252 or Latin-1 ("Ø§Ù„", "ط§ظ„", "Ã©", "â€™"), any C1 control
    character, or a U+FFFD replacement character (an earlier lossy conversion)."""
    hits = list(_mojibake_table().finditer(text))
    first: int | None = hits[0].start() if len(hits) >= MOJIBAKE_MIN_HITS else None
    for pattern in ("\ufffd", *(chr(c) for c in range(0x80, 0xA0))):
        found = text.find(pattern)
        if found != -1 and (first is None or found < first):
            first = found
    if first is None:
        return None
    line = text.count("\n", 0, first) + 1
    start = text.rfind("\n", 0, first) + 1
    sample = text[max(start, first - 10) : first + 20].split("\n")[0]
    # C1 controls would vanish in a terminal: show them as escapes.
    return line, "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in sample)


def write_text_file(path: Path, text: str) -> None:
    """Write UTF-8 text with LF line ends beside `path` and rename it into place, so a
    failed write never leaves half a file (exports from the CLI and the GUI)."""
    if path.is_dir():
        raise InputError(QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name."), path=path)
    import tempfile  # here: it brings random, shutil, bz2, lzma, which opening the GUI skips

    folder = path.parent if str(path.parent) else Path(".")
    temp: str | None = None
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temp, path)
    except OSError as error:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {reason}"), path=path, reason=error.strerror
        ) from error
