"""Inputs for the importer fuzz test: seed files per importer and the ways they are broken.

Everything is a function of `(seed, importer, index)`, so the parent and the worker make
the same bytes without sending them through a pipe, and a failure is reproduced from its
three numbers alone (`python -m tests.faults.fuzz --importer md --seed S --only I`).
"""

from __future__ import annotations

import codecs
import csv
import io
import random
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
IMPORTERS = ("md", "txt", "html", "csv")
SUFFIX = {"md": ".md", "txt": ".txt", "html": ".html", "csv": ".csv"}
# Huge inputs stay far under the importers' 20 MiB refusal so that they are parsed, not
# refused from their size, and so that 2 s is a fair bound: every reader is linear, but
# dense markup goes at about 0.5 MB/s (275,000 `<p>` in 826 KB took 1.6 s to read).
HUGE_MIN, HUGE_MAX = 64 * 1024, 512 * 1024
DEPTH_MIN, DEPTH_MAX = 100, 20_000

_ARABIC_WORDS = (
    "الدورة", "الجمعية", "العامة", "للانتربول", "مراكش", "الأمن", "التعاون", "الدولي",
    "الجلسة", "الافتتاحية", "المتحدث", "القاعة", "٩٣", "١٩٥", "ﻻ", "إِنَّ", "مُؤْتَمَر",
)
_LATIN_WORDS = ("Interpol", "séance", "clôture", "Assemblée", "speaker", "10:00", "2025-11-24", "café")

_MARKDOWN = """# انطلاق أشغال الدورة 93

تنطلق **اليوم** أشغال *الدورة* الثالثة والتسعين في [مراكش](https://example.org/ar "عنوان") بحضور `195` دولة.

## البرنامج

| الوقت | الجلسة | القاعة |
| :--- | :---: | ---: |
| ٠٩:٠٠ | الافتتاح \\| الرسمي | القاعة الكبرى |
| 10:30 | **الجريمة** السيبرانية | B |

<!-- hadath:topics title="أبرز القضايا" ordered -->

1. تعزيز تبادل المعلومات
2. مكافحة مراكز الاحتيال
   - بند فرعي
     - بند أعمق

> «إن الأمن مسؤولية جماعية»
>
> > اقتباس داخل اقتباس

```python
print("مرحبا") # <b>not bold</b>
```

<div dir="rtl"><script>alert(1)</script><p>نص <b>خام</b> &amp; كيان &#x0645;</p></div>

![صورة](pic.png) نص بعد الصورة&nbsp;وفاصل<br>
سطر ثان مع رابط <https://interpol.int> و[مرجع][1].

[1]: https://example.org/ref
<!-- hadath:topics title="فارغة" empty -->
***
"""

_PLAIN_EXTRA = """Clôture de l'Assemblée générale

Les délégués de 195 pays ont clôturé jeudi les travaux. Voir https://www.interpol.int/fr.

Résolutions principales
- Renforcer l'échange de données
• Créer une équipe internationale
1) Promouvoir les femmes
٢- بند بأرقام عربية

| Indicateur | Valeur |
|---|:--:|
| Pays | 195 |
| Délégués | 1 200 \\| record |

|a|b|
|c|d|
"""

_HTML = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الدورة 93 | موقع الأخبار</title>
<style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
<body><nav><a href="/">الرئيسية</a></nav>
<main><article>
<h1>انطلاق أشغال الدورة 93 للجمعية العامة</h1>
<p class="lead">تنطلق <strong>اليوم</strong> في <a href="https://example.org">مراكش</a> أشغال
<em>الدورة</em> بحضور <code>195</code> دولة&nbsp;عضوا &amp; مراقبين.</p>
<h2>البرنامج</h2>
<table dir="rtl"><caption>جلسات اليوم</caption>
<thead><tr><th>الوقت</th><th>الجلسة</th><th>القاعة</th></tr></thead>
<tbody><tr><td>٠٩:٠٠</td><td colspan="2">الافتتاح الرسمي</td></tr>
<tr><td>10:30<td>الجريمة<br>السيبرانية<td><table><tr><td>داخلي</td></tr></table></tr></tbody></table>
<ul><li>تعزيز تبادل المعلومات<ol><li>فرعي <b>غامق</b></li></ol></li><li>مكافحة الاحتيال</ul>
<blockquote><p>«إن الأمن مسؤولية جماعية»</p><div>سطر</div></blockquote>
<pre>سطر أول
سطر ثان</pre>
<div>فقرة أولى<br><br>فقرة ثانية <a href="javascript:alert(1)">رابط</a> <img src="x.png" alt="صورة"></div>
<p dir="ltr">Interpol <i>séance</i> de clôture</p>
<!-- تعليق --><h5>عنوان صغير</h5><dl><dt>مصطلح</dt><dd>تعريف</dd></dl>
</article></main><footer>حقوق</footer></body></html>
"""

_CSV_ROWS = (
    ("الوقت", "الجلسة", "المتحدث", "القاعة", "التاريخ"),
    ("٠٩:٠٠", "الجلسة الافتتاحية", "عبد اللطيف حموشي", "القاعة الكبرى", "24/11/2025"),
    ("10:30", 'الجريمة "السيبرانية"; والاحتيال', "Valdecy Urquiza", "B", "25 نونبر"),
    ("14h00", "سطر\nثان داخل الخلية", "", "C, D", "2025-11-26"),
)


def _csv_text(delimiter: str, quoting: Literal[0, 1, 2, 3]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator="\r\n")
    writer.writerows(_CSV_ROWS)
    return buffer.getvalue()


@cache
def seeds(importer: str) -> tuple[bytes, ...]:
    """Well-formed inputs of each kind: the repository's fixtures and hand-made files
    that use every feature the importer knows."""
    if importer == "md":
        corpus = sorted((FIXTURES / "corpus").glob("*.md"))
        return (*(path.read_bytes() for path in corpus), _MARKDOWN.encode())
    if importer == "txt":
        return ((FIXTURES / "interpol-93-marrakech.txt").read_bytes(), _PLAIN_EXTRA.encode())
    if importer == "html":
        import markdown

        pages = [
            markdown.markdown(path.read_text(encoding="utf-8"), extensions=["tables"]).encode()
            for path in sorted((FIXTURES / "corpus").glob("*.md"))
        ]
        return (*pages, _HTML.encode())
    if importer == "csv":
        return (
            ("\ufeff" + _csv_text(",", csv.QUOTE_ALL)).encode(),
            _csv_text(";", csv.QUOTE_MINIMAL).encode(),
            _csv_text("\t", csv.QUOTE_MINIMAL).encode(),
            ("sep=;\r\n" + _csv_text(";", csv.QUOTE_MINIMAL)).encode(),
        )
    raise ValueError(importer)


# --- mutators ---------------------------------------------------------------------------
# Each takes (rng, data, importer) and returns new bytes.

Mutator = Callable[[random.Random, bytes, str], bytes]


def truncate(rng: random.Random, data: bytes, importer: str) -> bytes:
    # Anywhere: inside a UTF-8 sequence, a tag, a quoted CSV field, a table row.
    return data[: rng.randrange(0, max(1, len(data)))]


def bit_flip(rng: random.Random, data: bytes, importer: str) -> bytes:
    if not data:
        return data
    buffer = bytearray(data)
    # Half the time only the low seven bits of ASCII bytes: the file stays valid UTF-8 and
    # the damage reaches the parser (`#` → `+`, `|` → `}`, `<` → `=`…) instead of the decoder.
    ascii_only = rng.random() < 0.5
    for _ in range(rng.choice((1, 2, 4, 16, 64, max(1, len(data) // 50)))):
        position = rng.randrange(len(buffer))
        if ascii_only and buffer[position] >= 0x80:
            continue
        buffer[position] ^= 1 << rng.randrange(7 if ascii_only else 8)
    return bytes(buffer)


def byte_edits(rng: random.Random, data: bytes, importer: str) -> bytes:
    """Insert, delete, overwrite or duplicate short runs, favouring syntax bytes."""
    buffer = bytearray(data)
    special = b"|#*_`[]()<>!&;\"',\t\r\n\\-=:~>{}/"
    for _ in range(rng.randint(1, 30)):
        position = rng.randrange(len(buffer) + 1)
        choice = rng.random()
        if choice < 0.35:
            buffer[position:position] = bytes(rng.choice(special) for _ in range(rng.randint(1, 8)))
        elif choice < 0.6 and buffer:
            del buffer[position : position + rng.randint(1, 16)]
        elif choice < 0.8 and buffer:
            start = rng.randrange(len(buffer))
            chunk = buffer[start : start + rng.randint(1, 200)]
            buffer[position:position] = chunk * rng.randint(1, 20)
        else:
            buffer[position:position] = rng.randbytes(rng.randint(1, 8))
    return bytes(buffer)


def _huge_unit(rng: random.Random, importer: str) -> str:
    common = [
        rng.choice(_ARABIC_WORDS) + " ",
        rng.choice(_ARABIC_WORDS),  # no space: one endless word
        "x",
        "\u064e",  # a lone combining mark, repeated
        "\u200f\u202e",  # bidi controls
        "&amp;",
        "\\",
        " ",
        "http://a.b/" + "c" * 10,
    ]
    special = {
        "md": ["*", "_", "**a", "*a", "[", "](", "`", "|", "<", "> ", "- ", "#", "![a](", "&#", "<a ", "<div><!["],
        "txt": ["|", "- ", "#", "1. ", "| a ", ":--|"],
        "html": [
            "<b>", "</b>", "<p>", "<td>", "<br>", "&nbsp;", "<!--", "<a href='", "<li>", "<a ", "<![", "<?x", "</ ",
        ],
        "csv": [",", ";", "\t", '"', '""', '",', ",,,,"],
    }[importer]
    return rng.choice(common + special * 2)


def huge_line(rng: random.Random, data: bytes, importer: str) -> bytes:
    unit = _huge_unit(rng, importer).encode()
    size = rng.randint(HUGE_MIN, HUGE_MAX)
    line = unit * (size // len(unit) + 1)
    position = rng.randrange(len(data) + 1)
    return data[:position] + line[:size] + data[position:]


def many_lines(rng: random.Random, data: bytes, importer: str) -> bytes:
    """Tens of thousands of short lines: list items, table rows, headings, blank lines."""
    count = rng.randint(5_000, 30_000)
    line = rng.choice(
        {
            "md": ["- بند", "| a | b |", "# عنوان", "", "> ق", "1. x", "    code", "---", "a  "],
            "txt": ["- بند", "| a | b |", "عنوان", "", "1) x", "سطر قصير"],
            "html": ["<li>بند", "<tr><td>a<td>b", "<p>فقرة", "<br>", "<h2>عنوان</h2>"],
            "csv": ["a,b,c", "٠٩:٠٠;جلسة", '"x","y"', ",", "\t\t"],
        }[importer]
    )
    return data + ("\n".join([line] * count)).encode()


def deep_nesting(rng: random.Random, data: bytes, importer: str) -> bytes:
    depth = rng.randint(DEPTH_MIN, DEPTH_MAX)
    if importer == "md":
        shape = rng.choice(["quote", "list", "emphasis", "link", "mixed", "html"])
        if shape == "quote":
            text = ">" * depth + " نص عميق\n"
        elif shape == "list":
            depth = min(depth, 700)  # indentation grows quadratically in bytes: 0.5 MB
            text = "".join("  " * level + "- بند\n" for level in range(depth))
        elif shape == "emphasis":
            text = "*" * depth + "نص" + "*" * depth + "\n"
        elif shape == "link":
            text = "[" * depth + "نص" + "](http://a)" * depth + "\n"
        elif shape == "mixed":
            text = "".join(rng.choice(["> ", "- ", "1. ", "* "]) for _ in range(depth)) + "نص\n"
        else:
            text = "<div>" * depth + "نص" + "</div>" * rng.choice((0, depth)) + "\n"
    elif importer == "html":
        tag = rng.choice(["div", "b", "blockquote", "ul><li", "table><tr><td", "span", "ol><li", "p", "a href='x'"])
        close = tag.split(">")[0].split()[0]
        text = f"<{tag}>" * depth + "نص عميق" + f"</{close}>" * rng.choice((0, depth // 2, depth))
    elif importer == "txt":
        text = "".join(rng.choice(["- ", "# ", "| ", "1. ", "> ", "\t"]) for _ in range(depth)) + "نص\n"
    else:
        text = '"' * depth + "a,b" + '"' * rng.choice((0, depth)) + "\n" + "a," * depth + "\n"
    position = rng.randrange(len(data) + 1)
    return data[:position] + text.encode() + data[position:]


def random_bytes(rng: random.Random, data: bytes, importer: str) -> bytes:
    size = rng.choice((1, 2, 3, 16, 256, 4096, 65536))
    kind = rng.random()
    if kind < 0.4:
        return rng.randbytes(size)
    if kind < 0.7:
        return bytes(rng.randrange(32, 127) for _ in range(size))
    # Valid UTF-8 of random code points (surrogates excluded), controls included.
    chars: list[str] = []
    while len(chars) < size:
        point = rng.randrange(0x110000)
        if not 0xD800 <= point < 0xE000:
            chars.append(chr(point))
    return "".join(chars).encode()


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def wrong_encoding(rng: random.Random, data: bytes, importer: str) -> bytes:
    text = _text(data)
    how = rng.choice(
        ["utf-16-le", "utf-16-be", "utf-32-le", "cp1256", "cp1252", "latin-1", "mojibake-1256",
         "mojibake-1252", "utf-7", "shift_jis", "koi8-r", "mixed"]
    )
    if how == "mojibake-1256":
        return data.decode("cp1256", errors="replace").encode()
    if how == "mojibake-1252":
        return data.decode("cp1252", errors="replace").encode()
    if how == "mixed":
        half = len(text) // 2
        return text[:half].encode() + text[half:].encode("cp1256", errors="replace")
    return text.encode(how, errors="replace")


def nul_bytes(rng: random.Random, data: bytes, importer: str) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.choice((1, 2, 10, 100))):
        position = rng.randrange(len(buffer) + 1)
        buffer[position:position] = b"\x00" * rng.choice((1, 1, 2, 4))
    if rng.random() < 0.2:
        return b"\x00".join(bytes([b]) for b in data[:4096])
    return bytes(buffer)


_BOM_VARIANTS = (
    codecs.BOM_UTF8,
    codecs.BOM_UTF8 * 2,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
)


def bom_variants(rng: random.Random, data: bytes, importer: str) -> bytes:
    text = _text(data)
    how = rng.randrange(9)
    if how == 0:  # a BOM that does not match the bytes after it
        return rng.choice(_BOM_VARIANTS) + data
    if how == 1:  # matching BOM and encoding
        codec = rng.choice(["utf-8-sig", "utf-16", "utf-32", "utf-16-le", "utf-16-be"])
        prefix = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
        return prefix + text.encode(codec, errors="replace")
    if how == 2:  # only a BOM, or a BOM and blank space
        return rng.choice(_BOM_VARIANTS) + rng.choice((b"", b" \n\t", "\u00a0\u200b".encode()))
    if how == 3:  # BOMs in the middle of lines
        position = rng.randrange(len(text) + 1)
        return (text[:position] + "\ufeff" * rng.randint(1, 5) + text[position:]).encode()
    if how == 4:  # UTF-16 with a BOM, then truncated to an odd length
        encoded = text.encode("utf-16")
        return encoded[: len(encoded) - 1 - 2 * rng.randrange(max(1, len(encoded) // 4))]
    if how == 5:  # a UTF-16 BOM before UTF-8 text that is not valid UTF-16
        return codecs.BOM_UTF16_LE + data + b"\xd8"
    if how == 6:  # a UTF-32 BOM before text whose code units are out of range
        return codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff" + data[:64]
    if how == 7:  # half a BOM
        return rng.choice((b"\xef\xbb", b"\xef", b"\xfe", b"\xff")) + data
    return b"\xef\xbb\xbf" + text.encode("utf-16-le")


def line_endings(rng: random.Random, data: bytes, importer: str) -> bytes:
    text = _text(data)
    ending = rng.choice(["\r", "\r\n", "\n\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\r\r\n"])
    if rng.random() < 0.5:
        return text.replace("\n", ending).encode()
    # Mixed endings, line by line.
    lines = text.split("\n")
    return "".join(line + rng.choice(["\n", "\r\n", "\r", ending]) for line in lines).encode()


def unicode_chaos(rng: random.Random, data: bytes, importer: str) -> bytes:
    text = _text(data)
    pieces = [
        "\u202e\u202d\u202c\u2066\u2067\u2068\u2069\u200e\u200f\u061c",  # bidi controls
        "\u0651" * rng.randint(1, 500),  # tashkeel stack
        "e" + "\u0301" * rng.randint(1, 500),
        "\u200b\u200c\u200d\u2060\u00ad",
        "\ufffe\uffff\U0010ffff\U000e0001",
        "\ue000\U000f0000",
        "👩‍👩‍👧‍👦🇲🇦",
        "\u0000\u0001\u001b[31m",
        "\ufdfd\ufdfa\u0610\u06dd",
        "ﷲ ﷺ ﻷ",
        "\u00a0\u2007\u202f\u3000",
        "\ud800",  # a lone surrogate: not encodable, so it stays as surrogatepass bytes
    ]
    if rng.random() < 0.8:
        pieces.remove("\u0000\u0001\u001b[31m")  # controls make most files "binary": not every time
    out = list(text)
    for _ in range(rng.randint(1, 20)):
        out.insert(rng.randrange(len(out) + 1), rng.choice(pieces))
    return "".join(out).encode("utf-8", errors="surrogatepass")


def splice(rng: random.Random, data: bytes, importer: str) -> bytes:
    """Another importer's seed, or a part of it, inside this one."""
    other = rng.choice(seeds(rng.choice([i for i in IMPORTERS if i != importer])))
    start = rng.randrange(len(other))
    chunk = other[start : start + rng.randint(1, len(other))]
    position = rng.randrange(len(data) + 1)
    return data[:position] + chunk + data[position:]


def blank(rng: random.Random, data: bytes, importer: str) -> bytes:
    return rng.choice(
        (b"", b" ", b"\n\n\n", b"\t \r\n", "\u00a0\u200b\u3000".encode(), b"|", b"---", b"<html></html>",
         b",,,\n,,,", b"#", b"- ", b"<!-- -->", b'"', b"sep=,\n")
    )


MUTATORS: dict[str, Mutator] = {
    "truncate": truncate,
    "bit_flip": bit_flip,
    "byte_edits": byte_edits,
    "huge_line": huge_line,
    "many_lines": many_lines,
    "deep_nesting": deep_nesting,
    "random_bytes": random_bytes,
    "wrong_encoding": wrong_encoding,
    "nul_bytes": nul_bytes,
    "bom_variants": bom_variants,
    "line_endings": line_endings,
    "unicode_chaos": unicode_chaos,
    "splice": splice,
    "blank": blank,
}
_NAMES = tuple(MUTATORS)
# Cheap, structural mutators get more turns than the slow huge ones.
_WEIGHTS = tuple(
    {"huge_line": 4, "many_lines": 3, "deep_nesting": 6, "random_bytes": 5, "blank": 1}.get(name, 8) for name in _NAMES
)


def make_input(importer: str, seed: int, index: int) -> tuple[bytes, str]:
    """The bytes of input `index` and the names of the mutations applied, in order."""
    rng = random.Random(f"{seed}:{importer}:{index}")
    data = rng.choice(seeds(importer))
    applied: list[str] = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        name = rng.choices(_NAMES, weights=_WEIGHTS)[0]
        data = MUTATORS[name](rng, data, importer)
        applied.append(name)
    return data, "+".join(applied)
