"""A log that survives SIGKILL: what a child process says it did, read by its parent.

Each record is one JSON line written with `os.write` on an O_APPEND descriptor and
fsync'd before `write` returns, so a record the child got past is on disk whatever
happens to the child next; a record cut short by the kill is the last line, unfinished,
and `read_log` drops it.
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from typing import Any


class SideLog:
    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._lock = threading.Lock()  # the autosave worker thread writes too

    def write(self, event: str, **fields: Any) -> None:
        data = (json.dumps({"e": event, "t": time.time(), **fields}, ensure_ascii=False) + "\n").encode()
        with self._lock:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)


def read_log(path: Path) -> list[dict[str, Any]]:
    """The complete records, in order; an unfinished last line is left out."""
    if not path.exists():
        return []
    *complete, _unfinished = path.read_bytes().split(b"\n")
    return [json.loads(line) for line in complete if line]
