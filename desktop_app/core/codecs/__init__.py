"""Codecs between the document model and text formats (Markdown, plain text, HTML)."""

from __future__ import annotations
