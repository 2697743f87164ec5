"""Whitespace and invisible-character clean-up shared by the plain-text and HTML readers.

Text pasted from web pages and e-mail carries invisible junk (zero-width spaces, byte-order
marks, soft hyphens, no-break spaces) that breaks search and word counts. ZWNJ and ZWJ are
kept: Persian and some Arabic spellings need them inside words.
"""

from __future__ import annotations

import re

from desktop_app.core.inline import Inline, Run

# Zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel separator: never wanted.
_JUNK = re.compile("[\u200b\u2060\ufeff\u00ad\u180e]")
# C0 controls other than tab and newline (wire feeds wrap stories in SOH/STX/ETX), DEL, C1.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
# No-break, figure, thin, ideographic and other fixed-width spaces.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_RUNS_OF_SPACE = re.compile(r"[ \t]+")
_URL = re.compile(r"\bhttps?://[^\s<>\"']+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}»\"'،؛؟…"


def clean(text: str) -> str:
    """Unify line ends, drop invisible junk and controls, turn exotic spaces into spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = _JUNK.sub("", text)
    text = _CONTROLS.sub("", text)
    return _SPACES.sub(" ", text)


def squeeze(line: str) -> str:
    """One space between words, none at the ends (tabs count as spaces)."""
    return _RUNS_OF_SPACE.sub(" ", line).strip()


def linkify(text: str) -> Inline:
    """Plain text as inline runs, with bare http(s) URLs turned into links."""
    runs: list[Run] = []
    position = 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_URL_TRAILING)
        # A closing parenthesis belongs to the URL when it opened one (Wikipedia links).
        while url.count("(") > url.count(")") and match.group(0)[len(url) :].startswith(")"):
            url += ")"
        if len(url) <= len("https://"):
            continue
        start = match.start()
        runs.append(Run(text[position:start]))
        runs.append(Run(url, href=url))
        position = start + len(url)
    runs.append(Run(text[position:]))
    return Inline(tuple(runs))
