"""Hadath: an offline, Arabic-first editor for reporters who cover events."""

from __future__ import annotations

__version__ = "0.1.0"
