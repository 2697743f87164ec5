"""The `hadath` command line: thin commands over core and store.

No arguments (or `open ID`) starts the GUI; everything else runs headless. Every error is
one line on standard error in the UI language, a non-zero exit, and an unchanged database:
imports parse every file before anything is written, and each write is one transaction.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop_app import __version__
from desktop_app.cli_trash import add_trash_parser, cmd_trash
from desktop_app.core.errors import QT_TRANSLATE_NOOP, HadathError, InputError
from desktop_app.i18n import error_text, load_translator, system_language

if TYPE_CHECKING:
    from desktop_app.preferences import Preferences
    from desktop_app.store.database import Database

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

Translate = Callable[[str], str]


def _translator(language: str) -> Translate:
    translator = load_translator(language)
    if translator is None:
        return lambda text: text
    return lambda text: translator.translate("cli", text) or text


def _confirm(tr: Translate, question: str, needs_yes: str, declined: str, **values: object) -> None:
    """Ask a [y/N] `question` on the terminal and raise InputError(`declined`) unless the
    answer is yes; without a terminal nobody can answer, so raise InputError(`needs_yes`)
    (a script passes --yes). `values` fill all three messages."""
    if not sys.stdin.isatty():
        raise InputError(needs_yes, **values)
    answer = input(tr(question).format(**values)).strip().lower()
    if answer not in ("y", "yes", tr(QT_TRANSLATE_NOOP("cli", "y")).lower()):
        raise InputError(declined, **values)


def build_parser(tr: Translate) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hadath",
        description=tr(QT_TRANSLATE_NOOP("cli", "Hadath: write and publish event coverage.")),
    )
    parser.add_argument("--version", action="version", version=f"hadath {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=tr(QT_TRANSLATE_NOOP("cli", "database file (default: $HADATH_DB or the user data folder)")),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import", help=tr(QT_TRANSLATE_NOOP("cli", "import .md, .txt or .html files and folders"))
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument(
        "--event", metavar="TITLE",
        help=tr(QT_TRANSLATE_NOOP("cli", "attach the articles to this event (created if new)")),
    )
    imp.add_argument(
        "--title", metavar="TITLE", help=tr(QT_TRANSLATE_NOOP("cli", "article title (when importing one file)"))
    )

    exp = commands.add_parser(
        "export", help=tr(QT_TRANSLATE_NOOP("cli", "export an article as HTML or Markdown"))
    )
    exp.add_argument("id", type=int, metavar="ID")
    exp.add_argument(
        "--format", required=True, choices=("html", "md", "wordpress"),
        help=tr(QT_TRANSLATE_NOOP("cli", "output format")),
    )
    exp.add_argument("--fragment", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "HTML body only, for a CMS")))
    exp.add_argument(
        "--digits", choices=("as_typed", "western", "arabic-indic"), default=None,
        help=tr(QT_TRANSLATE_NOOP(
            "cli", "digits in the text: as typed, Western 0-9 or Arabic-Indic (default: as in Preferences)"
        )),
    )
    exp.add_argument(
        "--front-matter", action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "YAML front matter for Hugo or Jekyll (Markdown)")),
    )
    exp.add_argument("--no-title", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "leave the title out")))
    exp.add_argument(
        "--no-summary", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "leave the summary paragraph out"))
    )
    exp.add_argument(
        "--no-fact-box", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "leave the event's fact box out"))
    )
    exp.add_argument(
        "-o", "--output", metavar="FILE", default="-",
        help=tr(QT_TRANSLATE_NOOP("cli", "output file; - for standard output")),
    )

    bundle = commands.add_parser(
        "export-event",
        help=tr(QT_TRANSLATE_NOOP("cli", "export an event's articles to a folder or a .zip, with an index page")),
    )
    bundle.add_argument(
        "event", metavar="EVENT", help=tr(QT_TRANSLATE_NOOP("cli", "the event's id or exact title"))
    )
    bundle.add_argument(
        "--to", required=True, type=Path, metavar="DIR|FILE.zip",
        help=tr(QT_TRANSLATE_NOOP("cli", "a new or empty folder, or a file name ending in .zip")),
    )
    bundle.add_argument(
        "--articles", metavar="ID,ID",
        help=tr(QT_TRANSLATE_NOOP("cli", "only these articles of the event (default: all of them)")),
    )
    bundle.add_argument(
        "--format", choices=("html", "md", "both"), default="both",
        help=tr(QT_TRANSLATE_NOOP("cli", "files per article: HTML, Markdown or both (default: both)")),
    )

    lst = commands.add_parser("list", help=tr(QT_TRANSLATE_NOOP("cli", "list the articles")))
    lst.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "print JSON")))

    sea = commands.add_parser("search", help=tr(QT_TRANSLATE_NOOP("cli", "search the articles")))
    sea.add_argument("query", metavar="QUERY")
    sea.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "print JSON")))
    sea.add_argument(
        "--limit", type=int, default=20, help=tr(QT_TRANSLATE_NOOP("cli", "at most this many hits"))
    )

    bak = commands.add_parser("backup", help=tr(QT_TRANSLATE_NOOP("cli", "back the database up now")))
    bak.add_argument(
        "--to", type=Path, metavar="PATH",
        help=tr(QT_TRANSLATE_NOOP("cli", "a folder or a new file name (default: the backup folder)")),
    )
    res = commands.add_parser(
        "restore", help=tr(QT_TRANSLATE_NOOP("cli", "replace the database by a backup (backed up first)"))
    )
    res.add_argument("backup", type=Path, metavar="PATH")
    res.add_argument("--yes", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "do not ask for confirmation")))

    add_trash_parser(commands, tr)

    opn = commands.add_parser("open", help=tr(QT_TRANSLATE_NOOP("cli", "open the app on an article")))
    opn.add_argument("id", type=int, metavar="ID")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    language = system_language()
    tr = _translator(language)
    parser = build_parser(tr)
    args = parser.parse_args(args_list)
    if args.command in (None, "open"):
        from desktop_app.app import main as gui_main

        return gui_main(db=args.db, article_id=getattr(args, "id", None))
    try:
        from desktop_app.preferences import load_preferences

        args.preferences = load_preferences()  # read once; the commands take what they need
        args.tr = tr
        status = _COMMANDS[args.command](args, sys.stdout)
        sys.stdout.flush()  # inside the try: a closed pipe surfaces here, not at exit
        return status
    except HadathError as error:
        print(f"hadath: {error_text(error, language)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `hadath search … | head`: the reader left; stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _open_db(args: argparse.Namespace) -> Database:
    # Imported here: `hadath --help` should not pay for SQLAlchemy.
    from desktop_app.store.database import Database
    from desktop_app.store.retention import configure_retention

    preferences: Preferences = args.preferences
    configure_retention(preferences.revisions_kept, preferences.revisions_protected)
    return Database.open(args.db)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from desktop_app.core.importer import collect_files, load_file
    from desktop_app.store.articles import NewArticle, create_articles

    files = collect_files(args.files)
    if args.title and len(files) > 1:
        raise InputError(QT_TRANSLATE_NOOP("errors", "--title can only be used when importing one file."))
    # Parse everything first: one bad file stops the import before the database is touched.
    loaded = [load_file(path, title=args.title) for path in files]
    items = [
        NewArticle(
            document=item.document,
            language=item.language,
            direction=item.direction,
            event_title=args.event,
        )
        for item in loaded
    ]
    db = _open_db(args)
    try:
        ids = create_articles(db, items)
    finally:
        db.close()
    for article_id in ids:
        print(article_id, file=out)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from desktop_app.core.export.publish import ExportOptions, export_article
    from desktop_app.store.publishing import export_article_of

    db = _open_db(args)
    try:
        article = export_article_of(db, args.id)
        # The exported text stays in the article's history (skipped when already there).
        from desktop_app.store.revisions import revision_before_export

        revision_before_export(db, args.id)
    finally:
        db.close()
    formats = {"md": "markdown", "wordpress": "wordpress", "html": "fragment" if args.fragment else "html"}
    options = ExportOptions(
        format=formats[args.format],  # type: ignore[arg-type]
        digits=args.digits or args.preferences.digit_style,
        include_title=not args.no_title,
        include_summary=not args.no_summary,
        include_fact_box=not args.no_fact_box,
        front_matter=args.front_matter,
    )
    _write_output(export_article(article, options), args.output, out)
    return EXIT_OK


def _write_output(text: str, target: str, out: TextIO) -> None:
    if target == "-":
        out.write(text)
        out.flush()
        return
    from desktop_app.core.textfile import write_text_file

    write_text_file(Path(target), text)


def _article_ids(text: str) -> list[int]:
    parts = [part.strip() for part in text.split(",")]
    if not all(part.isdecimal() for part in parts):
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not a list of article ids such as 3,5,8."), value=text
        )
    return [int(part) for part in parts]


def cmd_export_event(args: argparse.Namespace, out: TextIO) -> int:
    from desktop_app.core.export.bundle import check_target, plan_bundle, write_bundle
    from desktop_app.store.publishing import find_event, read_event_export

    article_ids = None if args.articles is None else _article_ids(args.articles)
    # Before the database is opened: a target we cannot write is refused at once.
    target = check_target(args.to)
    db = _open_db(args)
    try:
        export = read_event_export(db, find_event(db, args.event), article_ids)
    finally:
        db.close()
    plan = plan_bundle(
        export.articles,
        event_title=export.title,
        locale=export.language,
        time_zone=export.time_zone,
        formats="markdown" if args.format == "md" else args.format,
    )
    written = write_bundle(plan, target)
    assert written is not None  # only a progress callback can cancel, and there is none
    print(written, file=out)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from desktop_app.store.articles import list_articles

    db = _open_db(args)
    try:
        summaries = list_articles(db)
    finally:
        db.close()
    if args.json:
        json.dump([s.to_json() for s in summaries], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for s in summaries:
        event = f"\t{s.event_title}" if s.event_title else ""
        print(f"{s.id}\t{s.status}\t{s.updated_at:%Y-%m-%d %H:%M}\t{s.title}{event}", file=out)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from desktop_app.store.search import search_articles

    db = _open_db(args)
    try:
        hits = search_articles(db, args.query, limit=max(1, args.limit))
    finally:
        db.close()
    if args.json:
        payload = [
            {"id": h.article_id, "title": h.title, "snippet": h.snippet, "rank": h.rank} for h in hits
        ]
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for hit in hits:
        print(f"{hit.article_id}\t{hit.title}\n\t{hit.snippet}", file=out)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    """Prints the new backup's path (a script can keep it)."""
    from desktop_app.store import backups

    path = backups.local_database_path(args.db)
    if args.to is not None:
        made = backups.backup_to(path, args.to)
    else:
        made = backups.make_backup(path, backups.BackupSettings.from_preferences(path, args.preferences))
    print(made.path, file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from desktop_app.store import backups

    tr: Translate = args.tr
    path = backups.local_database_path(args.db)
    backups.check_restorable(args.backup, path)  # a file that cannot be restored is refused before asking
    from desktop_app.gui.single_instance import held_elsewhere

    if held_elsewhere(path):
        # The open window would keep its text and write it over the restored file.
        raise InputError(
            QT_TRANSLATE_NOOP(
                "errors", "Hadath has “{path}” open: quit it first, or restore from its File menu (Backups…)."
            ),
            path=str(path),
        )
    if not args.yes:
        _confirm(
            tr,
            QT_TRANSLATE_NOOP("cli", "Replace the database {path} with the backup {backup}? [y/N] "),
            QT_TRANSLATE_NOOP("errors", "Restoring replaces the database “{path}”; add --yes to confirm."),
            QT_TRANSLATE_NOOP("errors", "Nothing was restored."),
            path=str(path),
            backup=str(args.backup),
        )
    result = backups.restore_backup(args.backup, path, backups.BackupSettings.from_preferences(path, args.preferences))
    restored = tr(QT_TRANSLATE_NOOP("cli", "Restored {backup} into {path}."))
    print(restored.format(backup=args.backup, path=path), file=out)
    if result.previous is not None:
        saved = tr(QT_TRANSLATE_NOOP("cli", "The database it replaced is kept as {previous}."))
        print(saved.format(previous=result.previous.path), file=out)
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "import": cmd_import,
    "export": cmd_export,
    "export-event": cmd_export_event,
    "list": cmd_list,
    "search": cmd_search,
    "trash": cmd_trash,
}
