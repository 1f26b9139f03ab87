"""Turning bytes into text: byte-order marks, UTF-8, a declared charset, then detection.

The order matters. A byte-order mark is certain; valid UTF-8 is almost
certain (legacy 8-bit text is rarely valid UTF-8 by accident); a charset
declared by an HTTP header or a ``<meta charset>`` is often wrong, so it is
tried only after UTF-8; charset-normalizer guesses last. Anything that still
looks like binary data is refused with a :class:`~quotetrail.errors.DecodeError`
naming the source.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from quotetrail.errors import DecodeError

# Longest marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# When detection ties between single-byte code pages, the Western one is the
# likelier for news text (charset-normalizer scores cp1250 and cp1252 alike
# on short French or German text).
_PREFERRED_ON_TIE = "cp1252"

# Share of control or replacement characters above which text is called binary.
_MAX_JUNK_SHARE = 0.02
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def meta_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its top."""
    match = _META_CHARSET.search(head[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def junk_share(text: str) -> float:
    """The share of characters that never occur in readable text."""
    if not text:
        return 0.0
    sample = text[:20_000]
    junk = sum(
        1
        for char in sample
        if char == "\ufffd" or (unicodedata.category(char) == "Cc" and char not in _ALLOWED_CONTROLS)
    )
    return junk / len(sample)


def _detect(data: bytes) -> str | None:
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        tied = match.chaos == best.chaos and match.coherence == best.coherence
        if tied and match.encoding == _PREFERRED_ON_TIE:
            return str(match)
    return str(best)


def decode_bytes(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Decode ``data`` read from ``source`` (a path or URL, for error messages).

    ``declared`` is a charset announced by the container (HTTP header, HTML
    meta tag); it is trusted less than a byte-order mark or valid UTF-8.
    """
    bom = bom_encoding(data)
    if bom is not None:
        encoding, length = bom
        try:
            text = data[length:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                source, f"invalid {encoding} after its byte-order mark at byte {exc.start}"
            ) from exc
        return _refuse_junk(text, source, encoding)
    try:
        # Valid UTF-8 is never an accident: if it reads as junk, it is junk.
        return _refuse_junk(data.decode("utf-8"), source, "utf-8")
    except UnicodeDecodeError:
        pass
    declared_codec = _known_codec(declared)
    if declared_codec and declared_codec != "utf-8":
        try:
            text = data.decode(declared_codec)
        except UnicodeDecodeError:
            pass
        else:
            if junk_share(text) <= _MAX_JUNK_SHARE:
                return text
    detected = _detect(data)
    if detected is None:
        raise DecodeError(source, "not UTF-8 and no known character encoding fits; is it binary?")
    return _refuse_junk(detected, source, "detected encoding")


def _refuse_junk(text: str, source: str, how: str) -> str:
    share = junk_share(text)
    if share > _MAX_JUNK_SHARE:
        raise DecodeError(
            source, f"{share:.0%} control characters after decoding ({how}); looks like binary data"
        )
    return text
