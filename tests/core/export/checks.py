"""Independent checkers for exported text: the Nu Html Checker, a structural reading of
HTML, WordPress's block grammar, double-quoted YAML, and a scan for active content.

They are written against the outside specifications (HTML, WordPress's block parser,
YAML 1.2), not against our exporters, so a test that uses them checks the exporters.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from markdown_it import MarkdownIt

# ---------------------------------------------------------------------------- vnu


def vnu_command() -> list[str] | None:
    local = Path(__file__).resolve().parents[3] / ".tools/node_modules/vnu-jar/build/dist/vnu.jar"
    java = shutil.which("java")
    for jar in (os.environ.get("VNU_JAR", ""), str(local)):
        if java and jar and Path(jar).exists():
            return [java, "-jar", jar]
    return None


def run_vnu(files: list[Path]) -> subprocess.CompletedProcess[str]:
    """One checker run (one JVM) over all `files`; warnings count as errors."""
    command = vnu_command()
    assert command is not None
    return subprocess.run(
        [*command, "--Werror", "--format", "text", *map(str, files)], capture_output=True, text=True, timeout=300
    )


# ---------------------------------------------------------------------------- structure

STRUCTURE_TAGS = ("h1", "h2", "h3", "h4", "li", "th", "td", "a")


class _Texts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.found: dict[str, list[str]] = {t: [] for t in STRUCTURE_TAGS}
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in STRUCTURE_TAGS:
            self.stack.append(tag)
            self.found[tag].append("")
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for tag in self.stack:
            self.found[tag][-1] += data


def structure(markup: str) -> tuple[dict[str, list[str]], list[str]]:
    """Texts of headings, list items, cells and links (whitespace folded), and link
    targets (percent-decoded: markdown-it percent-encodes what Python-Markdown leaves)."""
    parser = _Texts()
    parser.feed(markup)
    parser.close()
    texts = {tag: [" ".join(v.split()) for v in values] for tag, values in parser.found.items()}
    return texts, [unquote(h) for h in parser.hrefs]


def markdown_it(markdown: str, *, raw_html: bool = True) -> str:
    """CommonMark + GFM tables, raw HTML passed through as CommonMark says."""
    return MarkdownIt("commonmark", {"html": raw_html}).enable("table").render(markdown)


def strip_front_matter(markdown: str) -> str:
    """The body a static site generator renders: without the leading `---` block."""
    if markdown.startswith("---\n"):
        end = markdown.index("\n---\n", 3)
        body = markdown[end + 5 :]
        return body[1:] if body.startswith("\n") else body
    return markdown


# ---------------------------------------------------------------------------- YAML

_YAML_LINE = re.compile(r'^([a-z_]+): ("(?:[^"\\]|\\.)*")$')
_YAML_SIMPLE = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0",
    "L": "\u2028", "P": "\u2029",
}
_YAML_HEX = {"x": 2, "u": 4, "U": 8}


def yaml_double_quoted(scalar: str) -> str:
    """The value of a one-line double-quoted YAML 1.2 scalar (section 7.3.1)."""
    assert scalar.startswith('"') and scalar.endswith('"') and len(scalar) >= 2
    body, out, index = scalar[1:-1], [], 0
    while index < len(body):
        char = body[index]
        if char == '"':
            raise ValueError("unescaped quote inside a double-quoted scalar")
        if char != "\\":
            if (ord(char) < 0x20 and char != "\t") or char == "\x7f":
                raise ValueError(f"non-printable character {char!r} in YAML")
            out.append(char)
            index += 1
            continue
        code = body[index + 1]
        if code in _YAML_SIMPLE:
            out.append(_YAML_SIMPLE[code])
            index += 2
        elif code in _YAML_HEX:
            width = _YAML_HEX[code]
            out.append(chr(int(body[index + 2 : index + 2 + width], 16)))
            index += 2 + width
        else:
            raise ValueError(f"unknown escape \\{code}")
    return "".join(out)


def parse_front_matter(markdown: str) -> dict[str, str]:
    """Front matter made only of `key: "double-quoted"` lines, as our exporter writes it."""
    assert markdown.startswith("---\n"), markdown[:40]
    end = markdown.index("\n---\n", 3)
    values: dict[str, str] = {}
    for line in markdown[4:end].split("\n"):
        match = _YAML_LINE.match(line)
        assert match, f"not a key with a double-quoted value: {line!r}"
        assert match.group(1) not in values, f"duplicate key {match.group(1)}"
        values[match.group(1)] = yaml_double_quoted(match.group(2))
    return values


# ---------------------------------------------------------------------------- WordPress

# The block delimiter of WordPress's own parser (WP_Block_Parser::next_token).
_DELIMITER = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<namespace>[a-z][a-z0-9_-]*/)?(?P<name>[a-z][a-z0-9_-]*)\s+"
    r"(?P<attrs>\{(?:(?:[^}]+|}+(?=})|(?!}\s+/?-->).)*+)?}\s+)?(?P<void>/)?-->",
    re.DOTALL,
)


@dataclass
class WpBlock:
    name: str
    attrs: dict[str, object]
    inner_html: str = ""
    inner_blocks: list[WpBlock] = field(default_factory=list)


def parse_blocks(text: str) -> list[WpBlock]:
    """Blocks as WordPress's parser finds them. Fails on a closer without its opener, a
    block left open, attributes that are not a JSON object, or any text outside blocks
    other than blank lines."""
    top: list[WpBlock] = []
    stack: list[WpBlock] = []
    position = 0
    for match in _DELIMITER.finditer(text):
        between = text[position : match.start()]
        if stack:
            stack[-1].inner_html += between
        else:
            assert not between.strip(), f"text outside any block: {between[:80]!r}"
        position = match.end()
        name = (match.group("namespace") or "core/") + match.group("name")
        if match.group("closer"):
            assert stack and stack[-1].name == name, f"closer {name} does not match"
            done = stack.pop()
            (stack[-1].inner_blocks if stack else top).append(done)
            continue
        attrs = json.loads(match.group("attrs")) if match.group("attrs") else {}
        assert isinstance(attrs, dict), attrs
        new = WpBlock(name, attrs)
        if match.group("void"):
            (stack[-1].inner_blocks if stack else top).append(new)
        else:
            stack.append(new)
    assert not stack, f"blocks left open: {[b.name for b in stack]}"
    assert not text[position:].strip(), f"text after the last block: {text[position:][:80]!r}"
    return top


def all_blocks(blocks: list[WpBlock]) -> list[WpBlock]:
    result = []
    for block in blocks:
        result.append(block)
        result.extend(all_blocks(block.inner_blocks))
    return result


def delimiter_count(text: str) -> int:
    return len(_DELIMITER.findall(text))


# ---------------------------------------------------------------------------- active content

SAFE_TAGS = frozenset(
    {"html", "head", "meta", "title", "style", "body", "main", "article", "header", "div", "figure",
     "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "ul", "ol", "li",
     "table", "caption", "thead", "tbody", "tr", "th", "td", "a", "strong", "em", "code", "pre"}
)
SAFE_ATTRIBUTES = frozenset({"lang", "dir", "id", "href", "scope", "class", "charset", "name", "content", "title"})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


def link_is_safe(href: str) -> bool:
    """http, https, mailto or relative, judged on what a browser would read."""
    seen = re.sub(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]", "", html.unescape(href))
    match = _SCHEME.match(seen)
    if match:
        return match.group(1).lower() in ("http", "https", "mailto")
    return ":" not in re.split(r"[/?#\\]", seen, maxsplit=1)[0]


class ActiveContent(HTMLParser):
    """Collects whatever could run or load: unknown elements, event handlers and other
    attributes, unsafe link targets, comments, processing instructions, declarations."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.comments: list[str] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in SAFE_TAGS:
            self.problems.append(f"element <{tag}>")
        for name, value in attrs:
            if name not in SAFE_ATTRIBUTES or name.startswith("on"):
                self.problems.append(f"attribute {name} on <{tag}>")
            if name == "href" and not link_is_safe(value or ""):
                self.problems.append(f"link {value!r}")
            if tag == "meta" and name == "name" and value not in ("viewport", "description"):
                self.problems.append(f"meta {value!r}")
        self._in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._in_style = False

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)
        else:
            self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_decl(self, decl: str) -> None:
        if decl.lower() != "doctype html":
            self.problems.append(f"declaration {decl!r}")

    def handle_pi(self, data: str) -> None:
        self.problems.append(f"processing instruction {data!r}")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"declaration {data!r}")


def scan(markup: str) -> ActiveContent:
    scanner = ActiveContent()
    scanner.feed(markup)
    scanner.close()
    return scanner
