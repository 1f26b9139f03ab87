"""Decoding bytes read from files and pages: what is accepted, and what is refused."""

from __future__ import annotations

import codecs
import random

import pytest

from quotetrail.errors import DecodeError
from quotetrail.ingest.text import decode_bytes, junk_share, meta_charset

SENTENCE = "\u201cThe café will reopen in June,\u201d said the owner, Hélène Rouvière-Marchetti."


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("UTF-8", SENTENCE.encode("utf-8")),
        ("UTF-8 with a byte-order mark", codecs.BOM_UTF8 + SENTENCE.encode("utf-8")),
        ("UTF-16-LE with a byte-order mark", codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le")),
        ("UTF-16-BE with a byte-order mark", codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be")),
        ("UTF-32-LE with a byte-order mark", codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le")),
        ("Windows-1252 (curly quotes, accents)", SENTENCE.encode("cp1252")),
    ],
)
def test_text_in_common_encodings_decodes_to_the_same_sentence(label: str, data: bytes) -> None:
    assert decode_bytes(data, "story.txt") == SENTENCE, label


def test_latin1_french_news_is_read_as_western_european_not_central() -> None:
    text = "Le pont de Brindlewick rouvrira avant l'hiver, a déclaré la maire Hélène Rouvière."
    assert decode_bytes(text.encode("latin-1"), "pont.txt") == text


def test_a_wrong_declared_charset_loses_to_valid_utf8() -> None:
    data = SENTENCE.encode("utf-8")
    assert decode_bytes(data, "page.html", declared="iso-8859-1") == SENTENCE


def test_a_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    text = "Москва: мэр Иван Полозков заявил, что мост откроют в мае."
    assert decode_bytes(text.encode("cp1251"), "page.html", declared="windows-1251") == text


def test_an_unknown_declared_charset_is_ignored() -> None:
    assert decode_bytes(SENTENCE.encode("utf-8"), "page.html", declared="x-made-up-charset") == SENTENCE


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"", "empty.txt") == ""


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("random bytes", random.Random(7).randbytes(4000)),
        ("control characters", bytes(range(1, 9)) * 300),
        ("UTF-16 mark followed by an odd byte count of junk", codecs.BOM_UTF16_LE + b"\x00\xd8\x41"),
    ],
)
def test_binary_junk_is_refused_with_the_source_named(label: str, data: bytes) -> None:
    with pytest.raises(DecodeError) as raised:
        decode_bytes(data, "archive/junk.txt")
    assert "archive/junk.txt" in str(raised.value), label


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<html><head><meta charset="windows-1252"></head>', "windows-1252"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "iso-8859-1"),
        (b"<html><head><title>No charset here</title></head>", None),
    ],
)
def test_meta_charset_is_found_near_the_top_of_a_page(head: bytes, expected: str | None) -> None:
    assert meta_charset(head) == expected


def test_junk_share_counts_controls_but_not_whitespace() -> None:
    assert junk_share("line one\n\tline two\r\n") == 0.0
    assert junk_share("ab\x00\x01") == 0.5
