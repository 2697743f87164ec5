"""`hadath trash list | restore KIND ID... | empty [--yes]`: the trash from the command line.

Kept apart from `cli.py`, which registers the command (`add_trash_parser`, `cmd_trash`).
Errors are HadathErrors, which `cli.main` prints in the UI language with a non-zero exit;
every change is one transaction (`store.trash`), so a refused restore changes nothing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any, TextIO

from desktop_app.core.errors import QT_TRANSLATE_NOOP

KINDS = ("article", "event", "table", "list")  # as store.trash.KINDS, without importing the store


def add_trash_parser(commands: Any, tr: Callable[[str], str]) -> None:
    """Add `trash` and its actions to the `hadath` subcommands."""
    parser = commands.add_parser(
        "trash", help=tr(QT_TRANSLATE_NOOP("cli", "list, restore or empty the trash"))
    )
    actions = parser.add_subparsers(dest="trash_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=tr(QT_TRANSLATE_NOOP("cli", "what is in the trash, newest first")))
    listing.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "print JSON")))
    restore = actions.add_parser(
        "restore", help=tr(QT_TRANSLATE_NOOP("cli", "put articles, events, tables or lists back"))
    )
    restore.add_argument("kind", choices=KINDS, metavar="KIND", help="|".join(KINDS))
    restore.add_argument("ids", nargs="+", type=int, metavar="ID")
    empty = actions.add_parser("empty", help=tr(QT_TRANSLATE_NOOP("cli", "delete everything in the trash for good")))
    empty.add_argument("--yes", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "do not ask for confirmation")))


def cmd_trash(args: argparse.Namespace, out: TextIO) -> int:
    from desktop_app.cli import EXIT_OK, _confirm, _open_db
    from desktop_app.store import trash

    tr: Callable[[str], str] = args.tr
    db = _open_db(args)
    try:
        if args.trash_action == "list":
            _print_list(trash.list_trash(db), args.json, out)
        elif args.trash_action == "restore":
            restored = trash.restore_items(db, [(args.kind, item_id) for item_id in args.ids])
            for kind, item_id in restored:
                print(f"{kind}\t{item_id}", file=out)
        else:
            count = trash.trash_count(db)
            if count and not args.yes:
                _confirm(
                    tr,
                    QT_TRANSLATE_NOOP("cli", "Delete the {count} item(s) in the trash for good? [y/N] "),
                    QT_TRANSLATE_NOOP(
                        "errors", "Emptying the trash deletes {count} item(s) for good; add --yes to confirm."
                    ),
                    QT_TRANSLATE_NOOP("errors", "Nothing was deleted."),
                    count=count,
                )
            deleted = trash.empty_trash(db)
            print(tr(QT_TRANSLATE_NOOP("cli", "Deleted for good: {count}")).format(count=deleted), file=out)
    finally:
        db.close()
    return EXIT_OK


def _print_list(items: list[Any], as_json: bool, out: TextIO) -> None:
    if as_json:
        json.dump([item.to_json() for item in items], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for item in items:
        event = f"\t{item.event_title}" if item.event_title else ""
        print(f"{item.kind}\t{item.id}\t{item.deleted_at:%Y-%m-%d %H:%M}\t{item.title}{event}", file=out)

