"""Which link targets an export may carry: http, https, mailto and relative ones.

A browser forgives a lot before it decides on a scheme: it drops tabs and line breaks
anywhere in a URL, trims control characters and spaces at the ends, lower-cases the
scheme, and an attribute value has its character references decoded first. So the
scheme is judged on the target as the browser will see it (`_as_browser_reads`), and a
target that still names another scheme (`javascript:`, `data:`, `vbscript:`, `file:`...),
however disguised, is refused. Whatever survives is written without its control and
invisible format characters, which have no business in a link.
"""

from __future__ import annotations

import html
import re
import unicodedata

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
# Characters a browser's URL parser removes or trims before it reads the scheme.
_IGNORED = re.compile(r"[\x00-\x20\x7f-\x9f]")
_FIRST_SEGMENT = re.compile(r"[/?#\\]")


def _invisible(char: str) -> bool:
    # Cc: controls; Cf: zero-width and bidi format characters a reader cannot see.
    return unicodedata.category(char) in ("Cc", "Cf")


def _as_browser_reads(href: str) -> str:
    text = href
    # Decode until stable: a target written as `&amp;#x6a;avascript:` may be decoded
    # more than once on its way through a CMS.
    for _ in range(4):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return _IGNORED.sub("", "".join(c for c in text if not _invisible(c)))


def safe_href(href: str | None) -> str | None:
    """`href` cleaned of invisible characters when it may be published, else None."""
    if href is None:
        return None
    cleaned = "".join(c for c in href if not _invisible(c)).strip()
    if not cleaned:
        return None
    seen = _as_browser_reads(cleaned)
    match = _SCHEME.match(seen)
    if match:
        return cleaned if match.group(1).lower() in ALLOWED_SCHEMES else None
    # No scheme: a relative reference, whose first segment cannot hold a colon (RFC 3986
    # 4.2). One that does is a scheme in disguise that some parser may still honour.
    if ":" in _FIRST_SEGMENT.split(seen, maxsplit=1)[0]:
        return None
    return cleaned
