"""Recognising a source's kind by its content, never by its name alone.

A file called ``story.txt`` that holds an RSS feed is read as a feed; a
``.html`` file that is really a JSON Lines dump is read as JSON Lines.
Only the first bytes are looked at (:data:`SNIFF_BYTES`).
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Literal

from quotetrail.ingest.text import bom_encoding

SourceKind = Literal["warc", "feed", "html", "jsonl", "text", "binary", "gzip"]

SNIFF_BYTES = 65_536

_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"

# Formats that are certainly not text, by their magic numbers.
_BINARY_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"\x7fELF", "executable"),
)

# Prolog before the root element: XML declaration, comments, processing
# instructions, a doctype.
_PROLOG = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.IGNORECASE | re.DOTALL)
_ROOT_TAG = re.compile(r"<([A-Za-z][\w:.-]*)")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})
_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_ANYWHERE = re.compile(
    r"<(?:html|body|head)\b|<(?:p|div|article)\b[^>]*>.*?</(?:p|div|article)>", re.I | re.S
)


def binary_description(head: bytes) -> str | None:
    """What a binary file is ("PDF document"), or None when it may be text."""
    for magic, description in _BINARY_MAGICS:
        if head.startswith(magic):
            return description
    if bom_encoding(head) is None and b"\x00" in head[:4096]:
        return "binary data (NUL bytes)"
    return None


def _head_text(head: bytes) -> str:
    bom = bom_encoding(head)
    if bom is not None:
        encoding, length = bom
        # A multi-byte encoding may be cut mid-character at the sniff limit.
        return head[length:].decode(encoding, errors="ignore")
    # Every marker looked for is ASCII; latin-1 keeps byte positions and never fails.
    return head.decode("latin-1")


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return b""


def _looks_like_jsonl(text: str, complete: bool) -> bool:
    """The first non-blank line opens a JSON object, and one of the first lines is one.

    Looking past the first line lets a dump whose first record is broken
    still be read as JSON Lines (and that one line reported).
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not lines[0].startswith("{"):
        return False
    if len(lines) == 1 and not complete:
        return True  # one line longer than the sniffed head: trust the opening brace
    for line in lines[:3]:
        try:
            if isinstance(json.loads(line), dict):
                return True
        except ValueError:
            continue
    return False


def sniff(head: bytes) -> SourceKind:
    """The kind of source whose first bytes are ``head``."""
    if head.startswith(_GZIP_MAGIC):
        return "warc" if _gunzip_head(head).startswith(_WARC_MAGIC) else "gzip"
    if head.startswith(_WARC_MAGIC):
        return "warc"
    if binary_description(head) is not None:
        return "binary"
    text = _head_text(head)
    stripped = text.lstrip()
    if stripped.startswith("<"):
        prolog = _PROLOG.match(text)
        rest = text[prolog.end() if prolog else 0 :]
        root = _ROOT_TAG.match(rest)
        if root and root.group(1).lower() in _FEED_ROOTS:
            return "feed"
    if _HTML_START.match(text):
        return "html"
    if _looks_like_jsonl(text, complete=len(head) < SNIFF_BYTES):
        return "jsonl"
    if stripped.startswith("<") and _HTML_ANYWHERE.search(text):
        return "html"
    return "text"
