"""Worker process of the fuzz test: imports inputs into its own database, one at a time.

Reads one JSON request a line on stdin (`{"importer", "seed", "index"}`), makes the input
with `mutations.make_input`, writes it to a file and imports it the way the app does:

* md, txt, html: `core.importer.load_file` then `store.articles.create_articles` (the CLI's
  `hadath import` and File → Import);
* csv: `core.textfile.read_text_file`, `core.table_io.read_delimited`, the column kinds
  the agenda editor guesses, then `store.agenda.create_table_from_block` (the event
  sheet's Import table).

Answers one JSON line per request: the outcome (`imported`, `refused` for a HadathError,
`crash` for anything else), the seconds the import took, and whether the database
changed — read from a separate sqlite3 connection (`PRAGMA data_version` moves when any
other connection commits) and from every table's row count.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from tests.faults.mutations import SUFFIX, make_input


class Importer:
    def __init__(self, db_path: Path, folder: Path) -> None:
        from desktop_app.store.database import Database
        from desktop_app.store.events import create_event

        self.folder = folder
        self.db = Database.open(db_path)
        self.event_id = create_event(self.db, "الدورة 93 للجمعية العامة للانتربول")
        self.observer = sqlite3.connect(db_path, isolation_level=None)
        self.tables = [
            name
            for (name,) in self.observer.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        articles, tables = self.tables.index("articles"), self.tables.index("agenda_tables")
        self.primary = {"md": articles, "txt": articles, "html": articles, "csv": tables}

    def state(self) -> tuple[int, tuple[int, ...]]:
        version = self.observer.execute("PRAGMA data_version").fetchone()[0]
        counts = tuple(self.observer.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in self.tables)
        return version, counts

    def run(self, importer: str, path: Path) -> None:
        if importer == "csv":
            self._import_table(path)
        else:
            self._import_article(path)

    def _import_article(self, path: Path) -> None:
        from desktop_app.core.importer import load_file
        from desktop_app.store.articles import NewArticle, create_articles

        loaded = load_file(path)
        create_articles(self.db, [NewArticle(loaded.document, loaded.language, loaded.direction)])

    def _import_table(self, path: Path) -> None:
        from desktop_app.core.table_io import guess_kinds, read_delimited
        from desktop_app.core.textfile import read_text_file
        from desktop_app.store.agenda import create_table_from_block

        text = read_text_file(path)
        block = read_delimited(text, name=path.name).table_block()
        create_table_from_block(self.db, block, path.stem, event_id=self.event_id, kinds=guess_kinds(block))

    def handle(self, request: dict[str, object]) -> dict[str, object]:
        from desktop_app.core.errors import HadathError

        importer, seed, index = str(request["importer"]), int(str(request["seed"])), int(str(request["index"]))
        data, mutation = make_input(importer, seed, index)
        path = self.folder / f"input-{index}{SUFFIX[importer]}"
        path.write_bytes(data)
        before = self.state()
        outcome, detail, reason = "imported", "", ""
        started = time.perf_counter()
        try:
            self.run(importer, path)
        except HadathError as error:
            outcome, detail, reason = "refused", f"{type(error).__name__}: {error}", error.template
        except BaseException as error:  # anything else is the finding, even SystemExit
            if isinstance(error, KeyboardInterrupt):
                raise
            outcome, detail = "crash", "".join(traceback.format_exception(error))
        seconds = time.perf_counter() - started
        path.unlink()
        after = self.state()
        return {
            "index": index,
            "mutation": mutation,
            "size": len(data),
            "outcome": outcome,
            "detail": detail[-4000:],
            "reason": reason,
            "seconds": seconds,
            "changed": after != before,
            # FTS5 merges its own segments, so only the importer's own table is counted.
            "rows_added": after[1][self.primary[importer]] - before[1][self.primary[importer]],
        }

    def integrity(self) -> str:
        return str(self.observer.execute("PRAGMA integrity_check").fetchone()[0])


def main(db_path: str, folder: str) -> int:
    importer = Importer(Path(db_path), Path(folder))
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("integrity"):
            print(json.dumps({"integrity": importer.integrity()}), flush=True)
            continue
        print(json.dumps(importer.handle(request), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
