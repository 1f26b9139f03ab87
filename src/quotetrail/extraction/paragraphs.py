"""The paragraphs of an article, parsed where a statement can be, and the names they mention.

Paragraphs with a quotation or a cue word are parsed (tagger and parser), and the entity
recogniser runs only on those that can hold a statement; the others are tokenized only if read, and
their names are found by capitalised runs. Offsets stay those of the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.marks import Quote
from quotetrail.extraction.name_particles import end_over_of
from quotetrail.extraction.subjects import OPENING_MARKS
from quotetrail.model import Mention, Span
from quotetrail.nlp import ARTICLE_TEXT, whole_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MENTION_LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "place"}


@dataclass
class ParsedParagraph:
    span: Span
    doc_or_tokenize: Doc | Callable[[], Doc]  # a paragraph not parsed is tokenized when first read
    inside_quote: frozenset[int]  # token indices inside quotation marks
    parsed: bool = True  # False: tokenized only, no statement can be in it
    introduces_only: bool = False  # parsed only for whose words the quoted paragraph after it holds

    @property
    def doc(self) -> Doc:
        """The paragraph's tokens (a paragraph not parsed is tokenized at its first reading)."""
        if callable(self.doc_or_tokenize):
            self.doc_or_tokenize = self.doc_or_tokenize()
        return self.doc_or_tokenize


class QuoteIndex:
    """Quotes sorted by position, to find those near a span without scanning them all."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.starts = [q.open_at for q in quotes]
        self.longest = max((q.span.end - q.open_at for q in quotes), default=0)

    def overlapping(self, span: Span) -> list[Quote]:
        lo = bisect.bisect_left(self.starts, span.start - self.longest)
        hi = bisect.bisect_left(self.starts, span.end)
        return [q for q in self.quotes[lo:hi] if q.span.overlaps(span)]


def _tokens_inside(doc: Doc, base: int, quotes: list[Quote]) -> frozenset[int]:
    """Indices of the tokens that start inside a quotation (marks included)."""
    inside: set[int] = set()
    for q in quotes:
        start, end = max(0, q.span.start - base), min(len(whole_text(doc)), q.span.end - base)
        if end <= start:
            continue
        tokens = doc.char_span(start, end, alignment_mode="expand")
        if tokens is not None:
            inside.update(t.i for t in tokens if start <= t.idx < end)
    return frozenset(inside)


def parse_paragraphs(
    text: str,
    paras: list[Span],
    quotes: QuoteIndex,
    parse: Callable[[Iterable[str]], Iterator[Doc]],
    tokenize: Callable[[str], Doc],
    recognise: Callable[[list[Doc]], None] | None = None,
) -> list[ParsedParagraph]:
    """Parse the paragraphs that can hold a statement; the others are tokenized if they are read.

    Named entities (``recognise``) are found only in parsed paragraphs that hold a quotation or
    a cue word with a subject: the other parsed paragraphs cannot give a statement.
    """
    # "The family … issued a statement through police on Thursday." before a paragraph that opens
    # with a quotation mark: it may say whose words follow (signatures.introducing_subject)
    intros = {
        i
        for i, (p, after) in enumerate(pairwise(paras))
        if text[after.start : after.start + 1] in OPENING_MARKS and not quotes.overlapping(p)
    }
    holding = [
        bool(quotes.overlapping(p))
        or lexicon.may_hold_statement(text[p.start : p.end])
        or text[p.start : p.end].rstrip().endswith(":")  # "Caddell went on:" introduces the next paragraph
        for p in paras
    ]
    wanted = [holds or i in intros for i, holds in enumerate(holding)]
    labelled = bool(paras) and ":" in text[paras[0].start : min(paras[0].end, paras[0].start + 60)]
    if labelled:
        wanted[0] = True  # a headline "Name: what they said" (statements._headline_statement)
    docs = parse(text[p.start : p.end] for p, w in zip(paras, wanted, strict=True) if w)
    out = []
    for para, want, holds in zip(paras, wanted, holding, strict=True):
        if not want:
            # No quotation in it, so nothing inside one; most such paragraphs are never read again
            # (their names are found in the text), and tokenizing them all cost 1% of extraction.
            out.append(
                ParsedParagraph(para, partial(tokenize, text[para.start : para.end]), frozenset(), False)
            )
            continue
        doc = next(docs)
        doc.user_data[ARTICLE_TEXT] = text  # what names the article gives elsewhere (nlp.named_elsewhere)
        local = quotes.overlapping(para)
        out.append(
            ParsedParagraph(para, doc, _tokens_inside(doc, para.start, local), introduces_only=not holds)
        )
    if recognise is not None:
        # (and a labelled headline, whose label may be a place: "Iran: opposition leader detained")
        recognise(
            [
                pp.doc
                for i, pp in enumerate(out)
                if pp.parsed and (pp.inside_quote or _has_cue_word(pp.doc) or (i == 0 and labelled))
            ]
        )
    return out


def _from_the_given_name(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts in the recogniser's entity that took in the body before it ("the
    Security Council | Nurlan Abenovich Seitkaliyev"): at the first given name after an organisation's
    word, else where the entity starts."""
    org_words = lexicon.words("org_nouns.txt")
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in lexicon.given_names() and any(t.lower_ in org_words for t in doc[start:k]):
            return k
    return start


def _has_cue_word(doc: Doc) -> bool:
    forms = lexicon.cue_forms()
    return any(
        tok.lower_ in forms and any(c.dep_ in ("nsubj", "nsubjpass", "pobj", "prep") for c in tok.children)
        for tok in doc
    )


# A capitalised word of a name ("McCain", "DeSantis" too), or one with an Arabic article ("al-Amri", "el-Sayed").
_NAME_WORD = (
    r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+)?|(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][a-z]+)"
)
# A particle inside a name: "Hassan bin Faisal al-Amri", "Dieter von Hallberg".
_NAME_PARTICLE = r"(?:bin|bint|ibn|abu|ould|mint|al|el|van|von|de|da|di|du|del|della|dos|das)\s+"
NAME_RUN = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+)?"
    rf"(?:\s+(?:[A-Z]\.\s+|{_NAME_PARTICLE})?{_NAME_WORD})+"
)


# Words that open a sentence before a name: "When Sarah Jones opened …", "But Ian Marr said …".
SENTENCE_OPENERS = frozenset(
    {"but", "and", "as", "after", "when", "while", "before", "since", "if", "though"}
)
# Words that open a sentence before a name or a day and are no part of either.
FUNCTION_OPENERS = frozenset(
    {"every", "each", "for", "with", "from", "by", "to", "of", "this", "last", "next", "during", "until"}
)

# An organisation's name going on after its head noun: "Union| of Journalists", "Bank| of Kalmoria".
ORG_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


# What a country is called before its name: "President of the Republic of Velmar Ilinca Voda".
STATE_OF = re.compile(
    r"\b(?:[Rr]epublic|[Kk]ingdom|[Ee]mirate|[Ss]ultanate|[Pp]rincipality|[Ff]ederation) of\s+$"
)


def _cheap_mentions(text: str, para: Span) -> Iterator[Mention]:
    """Capitalised name runs in a paragraph that was not parsed: people, or organisations by their head noun.
    A subhead ("Pier Pressure") names no one a pronoun goes back to, nor does a caption with its
    credit ("Ana Brill outside her home. Photo: Ivo Sand/Coastline Star")."""
    org_heads = lexicon.words("org_nouns.txt")
    if _a_subhead(text[para.start : para.end]):
        return
    if CREDIT.search(text, para.start, para.end):
        return  # a caption: who is in the picture, and who took it, are no one a "he" goes back to
    for m in NAME_RUN.finditer(text, para.start, para.end):
        name, start = m.group(), m.start()
        words = name.split()
        before = text[max(para.start, start - 3) : start].rstrip(" ”’\"'")
        if not before or before[-1] in ".?!":  # the run opens a sentence
            if words[0].lower() == "the" and len(words) >= 3 and words[-1].lower() in org_heads:
                name = name.split(None, 1)[1]  # "The Information Standards Office has fined …": a body
                start = m.end() - len(name)
                words = words[1:]
            elif words[0].lower() in ("the", "a", "an", "in", "on", "at"):
                continue
            if words[0].lower() in SENTENCE_OPENERS:
                if len(words) < 3:
                    continue
                name = name.split(None, 1)[1]  # "When Sarah Jones opened her first shop": the name
                start = m.end() - len(name)
                words = words[1:]
            if words[0].lower() in lexicon.OPENING_ADVERBS or words[0].lower() in FUNCTION_OPENERS:
                # "Earlier Bahrami said", "For Sunita Rao, the bakery …": the name is after the word;
                # "Every Saturday at 6am" holds none
                if len(words) < 2 or (len(words) == 2 and words[1].lower() in lexicon.DAYS_AND_MONTHS):
                    continue
                name = name.split(None, 1)[1]
                start = m.end() - len(name)
                words = words[1:]
            if words[0].lower() in lexicon.INVERTED_SAYING:  # "Said Ellis: …": the name is after the verb
                name = name.split(None, 1)[1]
                start = m.end() - len(name)
        if len(words) >= 3 and STATE_OF.search(text, max(para.start, start - 30), start):
            name = name.split(None, 1)[1]  # "the Republic of Velmar | Ilinca Voda": the country is no name
            start = m.end() - len(name)
        if lexicon.storm_name(words, weather=True) and lexicon.storm_name(
            words, weather=lexicon.WEATHER_WORDS.search(text, para.start, para.end) is not None
        ):
            continue  # "Storm Agnes hit Devon. “…,” she said": no one she goes back to
        end = m.end()
        label = (
            "organization"
            if words[-1].lower() in org_heads or lexicon.named_as_an_organisation(words)
            else "person"
        )
        if words[-1].lower() in lexicon.words("place_heads.txt"):
            label = "place"  # "moved to Holm Bay": no one the article will call "she"
        if label == "organization" and (more := ORG_OF.match(text, end, para.end)) is not None:
            end = more.end()  # "The Union of Journalists", "the Ministry of Ports"
            name = text[start:end]
        yield Mention(text=name, span=Span(start, end), label=label)


# Where a caption's credit starts: "Photo: Ivo Sand/Coastline Star", "(AFP via Getty Images)".
CREDIT = re.compile(
    r"\(?\b(?:Photo(?:graph)?|Picture|Image|Credit|Illustration|Video)s?\s*(?:by|:)|\(?\b[A-Z]+ via |Getty Images"
)


def _a_subhead(line: str) -> bool:
    """A short line of capitalised words with no stop at its end: a subhead ("Grace Under Fire")."""
    words = line.split()
    return (
        0 < len(words) <= 6
        and "\n" not in line.strip()
        and not line.rstrip().endswith((".", "!", "?", ":", "”", '"', "’"))
        and all(w[:1].isupper() or w.lower() in SUBHEAD_SMALL_WORDS for w in words)
    )


SUBHEAD_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "with", "under", "over"}
)


def _modifies_a_thing(root: Token) -> bool:
    """A name used to describe a common noun ("the president's Pacific roots", "a Chelsea
    neighbourhood", "his RT appearance") is not a person the article goes on to call "he"."""
    return root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN"


def _outlets_named(doc: Doc, base: int) -> list[Span]:
    """The names right after a word for an outlet: "the state news agency Dornpress", "the daily
    Narodni Glas". An invented or foreign paper's name is an organisation whatever the recogniser
    took it for (or if it found nothing), so "the agency" can name it later."""
    found: list[Span] = []
    words = doc.to_array(["LOWER"]).tolist()  # arrays, not token objects: this runs on every paragraph
    outlet_words = {doc.vocab.strings[w] for w in lexicon.OUTLET_NOUNS}
    for i in (i for i, word in enumerate(words) if word in outlet_words):
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        end = tok.i + 1
        while end < len(doc) and (
            (doc[end].pos_ == "PROPN" and doc[end].lower_ not in lexicon.DAYS_AND_MONTHS)
            or (doc[end].text == "-" and not doc[end].whitespace_ and end + 1 < len(doc))
        ):
            end += 1
        while end > tok.i + 1 and doc[end - 1].text == "-":
            end -= 1
        if end == tok.i + 2:
            end = end_over_of(doc, end)  # "the channel Voice of Dernov"
        if end > tok.i + 1:
            last = doc[end - 1]
            found.append(Span(base + doc[tok.i + 1].idx, base + last.idx + len(last.text)))
    return found


def mentions(paras: list[ParsedParagraph], text: str) -> Iterator[Mention]:
    for pp in paras:
        if not pp.parsed:
            yield from _cheap_mentions(text, pp.span)
            continue
        base = pp.span.start
        outlets = _outlets_named(pp.doc, base)
        for outlet in outlets:
            yield Mention(text=text[outlet.start : outlet.end], span=outlet, label="organization")
        # Any entity, not only the people and organisations mentioned: a capitalised run the
        # recogniser calls a place or a date ("South Asia", "Even Friday") is no one a "he" can be.
        ents = [Span(base + e.start_char, base + e.end_char) for e in pp.doc.ents] + outlets
        for cheap in _cheap_mentions(text, pp.span):
            if not any(cheap.span.overlaps(e) for e in ents):
                yield cheap
        taken = -1  # the last token a person's mention took past its entity
        for ent in pp.doc.ents:
            label = MENTION_LABELS.get(ent.label_)
            if ent.label_ == "FAC" and lexicon.named_as_an_organisation([t.text for t in ent]):
                label = "organization"  # "St. Aldric Hospital", "Ostvale Airport": a building that speaks
            if label is None or (label == "person" and _modifies_a_thing(ent.root)) or ent.start <= taken:
                continue
            if any(o.overlaps(Span(base + ent.start_char, base + ent.end_char)) for o in outlets):
                continue  # the outlet's name, given above
            start = ent.start
            while start < ent.end - 1 and pp.doc[start].pos_ in ("VERB", "AUX"):
                start += 1  # "Said Ellis: “…”": the recogniser took the inverted verb into the name
            # Keep a title or honorific right before a person's name: "Mr. Obama", "Speaker Varek".
            while (
                start > 0
                and label == "person"
                and pp.doc[start - 1].pos_ == "PROPN"
                and pp.doc[start - 1].ent_type_ == ""
                and pp.doc[start - 1].dep_ != "pobj"  # "Minister of Foreign Affairs | Sergei Lavrin"
            ):
                start -= 1
            end = ent.end
            while label == "person" and end - 1 > start and pp.doc[end - 1].like_num:
                end -= 1  # "fined Brennick Labs 2 million crowns": the number is no part of the name
            while (
                end + 1 < len(pp.doc)
                and pp.doc[end].text == "-"
                and not pp.doc[end - 1].whitespace_
                and not pp.doc[end].whitespace_
                and pp.doc[end + 1].pos_ == "PROPN"
            ):
                end += 2  # "Maren Holt-Ashby": the recogniser stopped at the hyphen
            if (
                label == "person"
                and end < len(pp.doc)
                and pp.doc[end].pos_ == pp.doc[end - 1].pos_ == "PROPN"
                and pp.doc[end].ent_type_ in ("", "ORG", "PERSON")  # not "Carolina | Republican"
                and pp.doc[end - 1].dep_ == "compound"
                and pp.doc[end - 1].head.i == end
            ):
                end += 1  # "Serik Bolatovich | Amanzholov": the surname the recogniser left out
                taken = end - 1
            if label == "person":
                start = _from_the_given_name(pp.doc, start, end)
            s = base + pp.doc[start].idx
            e = base + pp.doc[end - 1].idx + len(pp.doc[end - 1].text)
            written = whole_text(pp.doc)[s - base : e - base]
            if label == "person" and lexicon.named_as_an_organisation(written.split()):
                label = "organization"  # "Harwick Capital", which the recogniser took for a person
            yield Mention(text=written, span=Span(s, e), label=label)
