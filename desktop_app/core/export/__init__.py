"""Exporters: the document model rendered for publishing."""

from __future__ import annotations
