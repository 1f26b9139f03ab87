"""Extract attributed statements from one article's text.

The stage's entry point is :func:`extract_statements`; it returns statements
whose speaker fields hold what the sentence itself says (the mention, a name
inside it, a role) and the named mentions of the article, which the resolve
stage uses to name pronoun and description speakers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from quotetrail.extraction.entity_names import join_entities
from quotetrail.extraction.masking import for_parser, mask, unmask, unmask_mention
from quotetrail.extraction.repairs import repair
from quotetrail.extraction.statements import Extraction, dispatch_date
from quotetrail.extraction.statements import extract_statements as _extract

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Raise it whenever the statements for the same text change: a store re-extracts the articles an
# older extractor stored when they are ingested again (pipeline.ingest_into_store).
EXTRACTOR_VERSION = "quotetrail.extract.v51"

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract_statements"]


def _parse(texts: Iterable[str]) -> Iterator[Doc]:
    from quotetrail import nlp
    from quotetrail.extraction.lexicon import MIN_QUOTE_CUE_RATE, cue_forms

    forms = cue_forms(MIN_QUOTE_CUE_RATE)
    return map(repair, nlp.parse_fast(map(for_parser, texts), lemmatize_if=forms.__contains__))


def _recognise(docs: list[Doc]) -> None:
    from quotetrail import nlp

    nlp.add_entities(docs)
    for doc in docs:
        join_entities(doc)  # "Pieter van der" + "Merwe": one name


def _tokenize(text: str) -> Doc:
    from quotetrail import nlp

    text = for_parser(text)
    doc = nlp.load().make_doc(text)
    doc.user_data["text"] = text  # nlp.whole_text, without joining the tokens again
    return doc


def extract_statements(text: str, *, article_date: date | None = None) -> Extraction:
    """Statements (speakers unresolved) and named mentions in ``text``."""
    masked = mask(text)
    article_date = dispatch_date(text, article_date)
    found = _extract(
        masked, article_date=article_date, parse=_parse, tokenize=_tokenize, recognise=_recognise
    )
    if masked == text and for_parser(text) == text:
        return found  # otherwise the texts read from the parse are taken again from the original
    return Extraction(
        [unmask(s, text) for s in found.statements],
        [unmask_mention(m, text) for m in found.mentions],
    )
