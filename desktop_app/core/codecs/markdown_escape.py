"""Character-level escaping shared by the Markdown writer and reader.

Every escape here must be read back the same way by Python-Markdown (our importer, whose
backslash escapes cover only `ESCAPED_CHARS`) and by CommonMark parsers such as
markdown-it-py. Where Python-Markdown has no backslash escape (`<`, `&`, `~`, whitespace)
we write a character reference instead: both parsers decode those.
"""

from __future__ import annotations

import re
import unicodedata

# Escaped wherever they appear: each can open or close some inline construct.
# `{` would start an attr_list block in our HTML exporter (Python-Markdown + attr_list).
ALWAYS_BACKSLASHED = frozenset("\\`*_[]|{")
# Only meaningful where a line starts (headings, quotes, bullets, thematic breaks).
LINE_START_BACKSLASHED = frozenset("#>+-")
# Line-start characters Python-Markdown cannot backslash-escape: `~~~` opens a code fence
# in CommonMark.
LINE_START_ENTITY = frozenset("~")

# Python-Markdown accepts any alphanumeric name (`&foo;`), CommonMark only known names,
# and an HTML parser reading Python-Markdown's output decodes `&copy` or `&#0` even
# without the semicolon; so any `&` before a letter, digit or `#` is written `&amp;`.
_ENTITY_AHEAD = re.compile(r"[#0-9A-Za-z]")

# CommonMark's Unicode whitespace (Zs plus tab, line feed, form feed, carriage return).
_CM_SPACE_EXTRA = frozenset("\t\n\x0c\r")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x85")

# `clean_text` as a translation table. Unicode's stability policy freezes the set of `Cc`
# code points (C0, DEL, C1), so looking at the first 256 finds them all.
_CLEANING: dict[int, str | None] = {
    code: None for code in range(0x100) if chr(code) != "\t" and unicodedata.category(chr(code)) == "Cc"
}
_CLEANING.update((ord(char), " ") for char in _LINE_BREAKS)
_NEEDS_CLEANING = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_CLEANING)) + "]")

# What a character needs wherever it sits away from the edges of a line or a delimiter
# (see `escape_inner`); `&` is left to `_AMPERSAND`, which looks at the next character.
_INNER_ESCAPES = str.maketrans({"\t": "&#9;", "<": "&lt;", **{char: "\\" + char for char in ALWAYS_BACKSLASHED}})
_AMPERSAND = re.compile(f"&(?={_ENTITY_AHEAD.pattern})")


def char_ref(char: str) -> str:
    return f"&#{ord(char)};"


def is_space(char: str) -> bool:
    """Whitespace as CommonMark's flanking rules define it."""
    return char in _CM_SPACE_EXTRA or unicodedata.category(char) == "Zs"


def is_punct(char: str) -> bool:
    """Punctuation as CommonMark 0.31 defines it (Unicode P* and S* categories)."""
    return unicodedata.category(char)[0] in "PS"


def clean_text(text: str) -> str:
    """The text the Markdown round trip can carry.

    Line breaks become spaces: a newline inside a paragraph is a soft break, which both
    parsers keep as a newline in the text but renderers show as a space, and hard breaks
    are not part of the model. Other control characters are dropped: Python-Markdown uses
    STX/ETX as placeholders and CommonMark replaces NUL.
    """
    # Most text has nothing to clean, and a regex search is far cheaper than a translate.
    return text.translate(_CLEANING) if _NEEDS_CLEANING.search(text) else text


def entity_ahead(text: str, index: int) -> bool:
    """True when the `&` at `text[index]` would be read as the start of an entity."""
    return _ENTITY_AHEAD.match(text, index + 1) is not None


def escape_inner(text: str) -> str:
    """`text` escaped for the middle of a line: no neighbouring delimiter, line start or
    line end to care about. A final `&` is kept as it is: whether it would start an entity
    depends on a character `text` does not hold, so callers must not cut text there."""
    escaped = _AMPERSAND.sub("&amp;", text).translate(_INNER_ESCAPES)
    # `\]:` could close a reference-definition label (see markdown_inline_out).
    return escaped.replace("\\]:", char_ref("]") + ":") if "]:" in text else escaped


def escape_url(url: str) -> str:
    """A link destination both parsers read back as `url` (after entity decoding)."""
    out: list[str] = []
    for index, char in enumerate(url):
        if char in "\\()|":
            out.append("\\" + char)
        elif char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append("&gt;")
        elif char in "'\"" or is_space(char):
            # Spaces end a bare destination; the `<...>` form is no way out because
            # Python-Markdown may take `</a ...>` in it for a raw HTML tag.
            # Python-Markdown also takes a quoted tail of the destination for a title.
            out.append(char_ref(char))
        elif char == "&" and entity_ahead(url, index):
            out.append("&amp;")
        else:
            out.append(char)
    return "".join(out)


def code_span(text: str) -> str:
    """`text` as a code span: a fence longer than any backtick run inside, padded when
    the text starts or ends with a backtick (CommonMark strips one space each side)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    if text.startswith("`") or text.endswith("`"):
        return f"{fence} {text} {fence}"
    return f"{fence}{text}{fence}"


def escape_comment_value(value: str) -> str:
    """A value safe inside `"..."` in an HTML comment: no `--`, no `>`, no quote."""
    out: list[str] = []
    for index, char in enumerate(value):
        if char == "&":
            out.append("&amp;")
        elif char == '"':
            out.append("&quot;")
        elif char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append("&gt;")
        elif char == "-" and (index + 1 == len(value) or value[index + 1] == "-"):
            out.append("&#45;")
        elif char in _LINE_BREAKS or char == "\t":
            out.append(char_ref(char))
        else:
            out.append(char)
    return "".join(out)
