"""Pure-Python core of Hadath: document model, text utilities, codecs, exporters.

Nothing under this package may import Qt (tests/core/test_layering.py enforces it), so the
CLI and the store can use it without a display.
"""

from __future__ import annotations
