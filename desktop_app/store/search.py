"""Full-text search over articles, behind one interface with a backend per database.

Folding is ours (DESIGN.md fact 5): the index holds `fold_for_search(title)` and
`fold_for_search(body)`, and every query word goes through the same function, so أحمد,
احمد and أَحْمَد meet. On SQLite the folded text sits in an FTS5 table ranked with bm25
(title weighted higher); elsewhere a plain table searched with LIKE stands in.

Query syntax for users: plain words (all must match), `"a phrase"`, `prefix*`. Anything
else (FTS operators, brackets, stray quotes, punctuation) is dropped or quoted away, so user
input never reaches the engine as syntax.

Snippets quote the ORIGINAL text (tashkeel and hamza forms kept): about ten words around
the first match, with the match wrapped in `[` and `]` (`SNIPPET_OPEN` / `SNIPPET_CLOSE`),
a plain-text marker the CLI prints as is and the GUI may turn into highlighting. They are
computed in Python for the returned hits only.
"""

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, text

from desktop_app.core.arabic import fold_for_search
from desktop_app.core.document import Document, block_text
from desktop_app.core.errors import QT_TRANSLATE_NOOP, StoreError
from desktop_app.store.records import SNIPPET_CLOSE, SNIPPET_OPEN, SearchHit

if TYPE_CHECKING:
    from desktop_app.store.database import Database

SNIPPET_WORDS = 10
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0

FTS_TABLE = "article_search"
LIKE_TABLE = "article_search_text"

# Bare FTS5 operators a user may type out of habit; they carry no meaning in our syntax.
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_QUERY_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


def document_body(document: Document) -> str:
    """The text the index holds for an article's body: one block per line, no title."""
    return "\n".join(text for text in (block_text(block) for block in document.blocks) if text)


@dataclass(frozen=True)
class QueryTerm:
    """One thing that must match: a word, or a phrase of words in order."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        # Words hold only \w characters, so quoting cannot be broken out of.
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


def parse_query(query: str) -> list[QueryTerm]:
    """Split user input into folded terms; StoreError when nothing searchable is left."""
    terms: list[QueryTerm] = []
    for match in _QUERY_TOKEN.finditer(query):
        phrase, token = match.group(1), match.group(2)
        if phrase is not None:
            words = tuple(_WORD.findall(fold_for_search(phrase)))
            prefix = False
        else:
            if token in _OPERATORS:
                continue
            prefix = token.endswith("*")
            words = tuple(_WORD.findall(fold_for_search(token)))
            # A one-letter prefix expands to most of the vocabulary: treat it as a word.
            if prefix and words and len(words[-1]) < 2:
                prefix = False
        if words:
            terms.append(QueryTerm(words, prefix))
    if not terms:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Nothing to search for in “{query}”: empty query."),
            query=query,
        )
    return terms


class SearchIndex(ABC):
    """What the store needs from a search backend. `conn` is the caller's connection, so
    index writes share the transaction of the article they describe. Both backends keep
    (key, folded title, folded body, original body) rows in one table."""

    _text_source: tuple[str, str]  # (table, column holding the article id)

    def index_article(self, conn: Connection, article_id: int, title: str, body: str) -> None:
        """Add or replace one article (title and body as written; folding happens here)."""
        self.remove(conn, article_id)
        self.index_many(conn, [(article_id, title, body)])

    def index_many(self, conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
        """Index brand-new articles in bulk (ids not yet in the index)."""
        params = [
            {"id": article_id, "title": fold_for_search(title), "body": fold_for_search(body), "original": body}
            for article_id, title, body in rows
        ]
        if params:
            table, key = self._text_source
            conn.execute(
                text(f"INSERT INTO {table} ({key}, title, body, original) VALUES (:id, :title, :body, :original)"),
                params,
            )

    def remove(self, conn: Connection, article_id: int) -> None:
        table, key = self._text_source
        conn.execute(text(f"DELETE FROM {table} WHERE {key} = :id"), {"id": article_id})

    @abstractmethod
    def _ranked_ids(
        self, conn: Connection, terms: Sequence[QueryTerm], limit: int
    ) -> list[tuple[int, float]]: ...

    def search(self, conn: Connection, query: str, limit: int = 20) -> list[SearchHit]:
        terms = parse_query(query)
        if limit <= 0:
            return []
        ranked = self._ranked_ids(conn, terms, limit)
        if not ranked:
            return []
        texts = _original_texts(conn, [i for i, _ in ranked], *self._text_source)
        hits = []
        for article_id, rank in ranked:
            if article_id not in texts:
                continue  # an index row left behind by a deleted article
            title, body, folded = texts[article_id]
            snippet = (
                make_snippet(body, terms, folded_hint=folded)
                or make_snippet(title, terms)
                or _lead(body)
            )
            hits.append(SearchHit(article_id, title, snippet, rank))
        return hits


class SqliteFtsIndex(SearchIndex):
    """FTS5 table `article_search(title, body, original)` whose rowid is the article id;
    `original` is the unfolded body, unindexed, kept for snippets."""

    _text_source = (FTS_TABLE, "rowid")

    def _ranked_ids(
        self, conn: Connection, terms: Sequence[QueryTerm], limit: int
    ) -> list[tuple[int, float]]:
        match = " ".join(term.fts() for term in terms)
        rows = conn.execute(
            text(
                f"SELECT rowid, bm25({FTS_TABLE}, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score "
                f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match ORDER BY score LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        )
        return [(int(row[0]), float(row[1])) for row in rows]


class LikeSearchIndex(SearchIndex):
    """A portable fallback for servers without FTS5: folded text matched with LIKE, title
    matches first. Slower and without word boundaries, but the same interface."""

    _text_source = (LIKE_TABLE, "article_id")

    def _ranked_ids(
        self, conn: Connection, terms: Sequence[QueryTerm], limit: int
    ) -> list[tuple[int, float]]:
        params: dict[str, Any] = {"limit": limit}
        clauses = []
        title_hits = []
        for number, term in enumerate(terms):
            pattern = "%" + _like_escape(" ".join(term.words)) + "%"
            params[f"p{number}"] = pattern
            clauses.append(
                f"(title LIKE :p{number} ESCAPE '\\' OR body LIKE :p{number} ESCAPE '\\')"
            )
            title_hits.append(f"(CASE WHEN title LIKE :p{number} ESCAPE '\\' THEN 1 ELSE 0 END)")
        score = "-(" + " + ".join(title_hits) + ")"
        rows = conn.execute(
            text(
                f"SELECT article_id, {score} AS score FROM {LIKE_TABLE} "
                f"WHERE {' AND '.join(clauses)} ORDER BY score, article_id DESC LIMIT :limit"
            ),
            params,
        )
        return [(int(row[0]), float(row[1])) for row in rows]


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_index_for(dialect_name: str) -> SearchIndex:
    return SqliteFtsIndex() if dialect_name == "sqlite" else LikeSearchIndex()


def _original_texts(
    conn: Connection, ids: Sequence[int], table: str, key: str
) -> dict[int, tuple[str, str, str]]:
    """Title and body as written (and the folded body), for the hits only: snippets quote
    the original text, which the index keeps in an unindexed column: one lookup per hit."""
    rows = conn.execute(
        text(
            f"SELECT a.id, a.title, s.original, s.body FROM articles AS a "
            f"JOIN {table} AS s ON s.{key} = a.id "
            "WHERE a.id IN :ids AND a.deleted_at IS NULL"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": list(ids)},
    )
    return {int(row[0]): (str(row[1]), str(row[2]), str(row[3])) for row in rows}


# --- snippets -------------------------------------------------------------------------


class _CharFolds(dict[int, str]):
    """`str.translate` table that folds one character at a time, filled on first use:
    folding a whole body this way runs at C speed and matches `fold_with_map` exactly."""

    def __missing__(self, code: int) -> str:
        folded = unicodedata.normalize("NFD", fold_for_search(chr(code)))
        # Latin accents dropped too, as FTS5's `remove_diacritics 2` does, so a snippet
        # finds what the index matched.
        self[code] = result = "".join(c for c in folded if not unicodedata.combining(c))
        return result


_CHAR_FOLDS = _CharFolds()


def _fold_char(char: str) -> str:
    return _CHAR_FOLDS[ord(char)]


def _fold_line(line: str) -> str:
    return line.translate(_CHAR_FOLDS)


def fold_with_map(line: str) -> tuple[str, list[int]]:
    """Fold `line` character by character; `index[i]` is the original position of folded
    character i, so a match in folded text maps back to the text as written."""
    parts: list[str] = []
    index: list[int] = []
    for position, char in enumerate(line):
        folded = _fold_char(char)
        parts.append(folded)
        index.extend([position] * len(folded))
    return "".join(parts), index


def _term_pattern(terms: Sequence[QueryTerm], refold: bool = True) -> re.Pattern[str]:
    alternatives = []
    for term in terms:
        words = [re.escape(_fold_line(word) if refold else word) for word in term.words]
        body = r"\W+".join(words)
        alternatives.append(r"(?<!\w)" + body + (r"\w*" if term.prefix else r"(?!\w)"))
    return re.compile("|".join(alternatives))


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def make_snippet(
    text_: str,
    terms: Sequence[QueryTerm],
    words: int = SNIPPET_WORDS,
    folded_hint: str | None = None,
) -> str:
    """About `words` words of `text_` around the first match of any term, the match in
    brackets; '' when no term matches.

    The fast path searches the text as written with a pattern that accepts every spelling
    that folds to the query (أ/إ/ا, ة/ه, tashkeel anywhere), so no folding of the body is
    needed. Text the pattern cannot follow (compatibility forms that NFKC expands) falls
    back to folding line by line. `folded_hint`, the index's folded copy, rules out texts
    where the match is in the title only."""
    found = _spelling_pattern(tuple(terms)).search(text_)
    if found is not None and found.end() > found.start():
        line_start = text_.rfind("\n", 0, found.start()) + 1
        line_end = text_.find("\n", found.end())
        line = text_[line_start : line_end if line_end >= 0 else len(text_)]
        return _window(line, found.start() - line_start, found.end() - line_start, words)
    if folded_hint is not None and not _hint_matches(folded_hint, terms, _term_pattern(terms)):
        return ""
    return snippet_by_folding(text_, terms, words)


def snippet_by_folding(text_: str, terms: Sequence[QueryTerm], words: int = SNIPPET_WORDS) -> str:
    """The slow, sure way: fold each line with an index map back to the original."""
    pattern = _term_pattern(terms)
    for line in text_.split("\n"):
        if not pattern.search(_fold_line(line)):
            continue
        folded, index = fold_with_map(line)
        match = pattern.search(folded)
        if match is None or match.end() <= match.start():
            continue
        start = index[match.start()]
        end = index[match.end() - 1] + 1
        # Tashkeel after the last matched letter belongs to it.
        while end < len(line) and not _fold_char(line[end]):
            end += 1
        return _window(line, start, end, words)
    return ""


def _hint_matches(folded_hint: str, terms: Sequence[QueryTerm], pattern: re.Pattern[str]) -> bool:
    if _term_pattern(terms, refold=False).search(folded_hint):
        return True
    # Latin accents are dropped by the tokenizer, not by our folding: look again without.
    return bool(pattern.search(_COMBINING.sub("", unicodedata.normalize("NFD", folded_hint))))


# Characters whose fold is one other character, grouped by that character: the spellings a
# folded query letter stands for. Built once, on first search, from the folding itself.
_SPELLING_RANGES = ((0x20, 0x250), (0x600, 0x700), (0x750, 0x780), (0x8A0, 0x900), (0x1E00, 0x1F00))


@lru_cache(maxsize=1)
def _spellings() -> tuple[dict[str, str], str]:
    variants: dict[str, set[str]] = {}
    ignorable: set[str] = set()
    for low, high in _SPELLING_RANGES:
        for code in range(low, high):
            char = chr(code)
            folded = _fold_char(char)
            if folded == "":
                ignorable.add(char)
            elif len(folded) == 1:
                variants.setdefault(folded, {folded}).add(char)
    classes = {key: "[" + "".join(re.escape(c) for c in sorted(chars)) + "]" for key, chars in variants.items()}
    return classes, "[" + "".join(re.escape(c) for c in sorted(ignorable)) + "]"


@lru_cache(maxsize=256)
def _spelling_pattern(terms: tuple[QueryTerm, ...]) -> re.Pattern[str]:
    classes, ignorable = _spellings()
    skip = ignorable + "*"

    def word_pattern(word: str) -> str:
        return "".join(classes.get(char, re.escape(char)) + skip for char in _fold_line(word))

    alternatives = []
    for term in terms:
        # A phrase stays within one line, as the folding path reads line by line.
        body = r"[^\w\n]+".join(word_pattern(word) for word in term.words)
        tail = rf"(?:\w|{ignorable})*" if term.prefix else r"(?!\w)"
        alternatives.append(r"(?<!\w)" + body + tail)
    return re.compile("|".join(alternatives))


def _window(line: str, start: int, end: int, words: int) -> str:
    tokens = [m.span() for m in re.finditer(r"\S+", line)]
    first = next(i for i, (_, token_end) in enumerate(tokens) if token_end > start)
    last = next(
        (i for i, (token_start, _) in enumerate(tokens) if token_start >= end), len(tokens)
    ) - 1
    before = max(0, (words - (last - first + 1)) // 2)
    lo = max(0, first - before)
    hi = min(len(tokens) - 1, max(last, lo + words - 1))
    lo = max(0, min(lo, hi - words + 1))
    left, right = tokens[lo][0], tokens[hi][1]
    snippet = (
        line[left:start] + SNIPPET_OPEN + line[start:end] + SNIPPET_CLOSE + line[end:right]
    )
    return ("… " if lo > 0 else "") + snippet + (" …" if hi < len(tokens) - 1 else "")


def _lead(body: str, words: int = SNIPPET_WORDS) -> str:
    tokens = body.split()
    return " ".join(tokens[:words]) + (" …" if len(tokens) > words else "")


def search_articles(db: Database, query: str, limit: int = 20) -> list[SearchHit]:
    """Articles matching `query` (see the module docstring for the syntax), best first."""
    with db.engine.connect() as conn:
        return db.search_index.search(conn, query, limit)
