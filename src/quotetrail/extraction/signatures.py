"""Statements whose source is shown by layout or punctuation rather than a verb of saying.

- ``Varek: “…”`` — a name and a colon before a quotation;
- ``“…” ― Name`` — a quotation signed with a dash;
- ``Rush Limbaugh: Hillary ‘Reeks of Fear’`` — a headline that gives a name, a colon and the words;
- ``PENCE: Well, look, …`` — a transcript line;
- a paragraph that is all quotation after one that ends on a named person.

Also what tells a headline apart, and whether a cue in it reports speech.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING

from quotetrail.extraction import context, lexicon
from quotetrail.extraction.marks import Quote
from quotetrail.extraction.paragraphs import NAME_RUN, ParsedParagraph, QuoteIndex
from quotetrail.extraction.phrases import ORG_LABELS, SpeakerPhrase, describes, phrase_fields, speaker_phrase
from quotetrail.extraction.saying import LABEL_VERB_FORMS, mute
from quotetrail.model import Span
from quotetrail.nlp import known_word, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

    from quotetrail.extraction.cues import Cue


SETTING_PREPS = frozenset({"in", "on", "at", "during", "since", "from"})  # when and where, not who


def colon_source(
    text: str, quote: Quote, paras: list[ParsedParagraph]
) -> tuple[Span, Token, frozenset[int]] | None:
    """``Varek: “…”`` — a name right before a colon introducing the quote."""
    pp = next((pp for pp in paras if pp.span.start <= quote.open_at < pp.span.end), None)
    if pp is None:
        return None
    base = pp.span.start
    colon = quote.open_at - 1  # the colon right before the quote's opening mark, spaces apart
    while colon >= pp.span.start and text[colon].isspace():
        colon -= 1
    found = pp.doc.char_span(colon - base, colon - base + 1) if colon >= pp.span.start else None
    if found is None or found.text != ":":
        return None
    tok = found[0]
    sent = sentence_of(tok)
    before = [t for t in sent if t.i < tok.i and t.i not in pp.inside_quote]
    inverted = None
    if before and before[0].lower_ in lexicon.INVERTED_SAYING and len(before) > 1:
        inverted, before = before[0], before[1:]  # "Said Ellis: “…”", "Continued Lasken: “…”"
    lead: frozenset[int] = frozenset()
    dashes = [
        n
        for n, t in enumerate(before)
        if t.text in ("-", "--", "—", "–") and (t.whitespace_ or (n and before[n - 1].whitespace_))
    ]  # a dash set off by a space, not the hyphen of "Mir-Hossein"
    if dashes and 0 < len(before) - dashes[-1] - 1 <= 5:
        after_dash = before[dashes[-1] + 1 :]
        if all(t.text[:1].isupper() for t in after_dash):
            # "… for the primaries - Mira Osk: “…”": the name after the dash
            lead = frozenset(t.i for t in before[: dashes[-1] + 1])
            before = after_dash
    more = _more_from(before)
    if more is not None:  # "15:20 — More from Kovic, speaking to reporters: “…”"
        lead |= frozenset(t.i for t in before if t not in more)
        before = more
    speaking = _name_before_a_participle(before)
    if speaking is not None:  # "Miro Lasken, speaking at a rally: “…”"
        lead |= frozenset(t.i for t in before if t not in speaking)
        before = speaking
    captioned = _after_a_caption_label(before)
    if captioned is not None:  # "Image caption, Lina Obeid: “…”": a page's label, then the name
        lead |= frozenset(t.i for t in before if t not in captioned)
        before = captioned
    if not before or _topic_label(text, before, pp.span.end):
        return None
    if " ".join(t.lower_ for t in before) in NOT_SPEAKER_LABELS or before[0].lower_ in STORM_WORDS:
        return None  # "Verdict: “Misleading.”": a fact check's box; "Storm Idris: ‘…’", a storm
    if _an_occasion_label(before):
        return None  # "Friday sermon, Dravin: “…”": where the words were said, not who said them
    if any(t.pos_ in ("VERB", "AUX") for t in before) and not named_again(text, before, pp.span.end):
        return None
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in before)
    capitalised = len(before) <= 4 and all(t.text[:1].isupper() for t in before)
    described = more is not None and describes(before[-1].lower_)  # "More from the mayor:"
    if not named and not capitalised and not described and not _a_role_opening(before):
        return None  # a name (or a capitalised headline name the tagger missed) before the colon
    # the phrase's head: a name or noun, not one inside a phrase of time or place ("Here’s
    # Varek in December 1992: “…”")
    placed = {t.i for t in before if t.dep_ == "pobj" and t.head in before and t.head.lower_ in SETTING_PREPS}
    nominal = [t for t in before if t.pos_ in ("PROPN", "NOUN", "PRON") and t.i not in placed]
    head = max(nominal or before, key=lambda t: len([s for s in t.subtree if s != inverted]))
    exclude = (frozenset({inverted.i}) if inverted is not None else frozenset()) | lead
    return Span(base + tok.idx, base + tok.idx + 1), head, exclude


def _first_comma(before: list[Token]) -> int | None:
    """Where the first comma of a label before a colon is ("Miro Lasken, speaking at a rally")."""
    return next((n for n, t in enumerate(before) if t.text == ","), None)


def _name_before_a_participle(before: list[Token]) -> list[Token] | None:
    """The name before a comma and a participle set off after it ("Miro Lasken, speaking at a
    rally", "Lasken, addressing supporters in Kesh"): the participle says how, not who."""
    comma = _first_comma(before)
    if comma is None or comma == 0 or comma + 1 >= len(before) or before[comma + 1].tag_ != "VBG":
        return None
    name = before[:comma]
    if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in name) or any(
        t.pos_ in ("VERB", "AUX") for t in name
    ):
        return None
    return name


CAPTION_LABELS = frozenset({"caption", "photo", "picture", "image", "video", "media", "credit"})


def _after_a_caption_label(before: list[Token]) -> list[Token] | None:
    """The name after a caption's label and its comma: "Image caption, Lina Obeid"."""
    comma = _first_comma(before)
    if comma is None or comma == 0 or comma + 1 >= len(before):
        return None
    if not all(t.lower_ in CAPTION_LABELS for t in before[:comma]):
        return None
    return before[comma + 1 :]


def _an_occasion_label(before: list[Token]) -> bool:
    """A label that opens with an occasion ("Friday sermon, Dravin", "Rally, Kesh"), not a name: the
    words of its first phrase end in a venue's noun."""
    comma = _first_comma(before)
    if not comma:
        return False  # "From Bush's Facebook post: “…”" names its author
    first = before[:comma]
    return first[-1].lower_ in lexicon.words("venue_nouns.txt") and not any(
        t.tag_ == "POS" or t.ent_type_ == "PERSON" for t in first
    )


def _more_from(before: list[Token]) -> list[Token] | None:
    """The name of a live blog's "More from Kovic:", "More from Kovic, speaking to reporters:" or
    "Quote of the day, from Marta Holm:"."""
    for n, tok in enumerate(before[:-1]):
        if tok.lower_ == "more" and before[n + 1].lower_ == "from" and (n == 0 or not before[n - 1].is_alpha):
            name = list(itertools.takewhile(lambda t: t.text != ",", before[n + 2 :]))
            if name and len(name) <= 5 and not any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in name):
                return name
    # "Quote of the day so far, from Marta Holm:": a name after ", from" ends the label
    for n, tok in enumerate(before[:-1]):
        if tok.lower_ == "from" and n > 0 and before[n - 1].text == ",":
            name = before[n + 1 :]
            if len(name) <= 4 and all(t.pos_ == "PROPN" for t in name):
                return name
    return None


def _a_role_opening(before: list[Token]) -> bool:
    """ "Finance minister: “…”", "Striking dockers: “…”": a short capitalised phrase ending on a word
    for a person, group or body, at the start of its paragraph."""
    if not before or len(before) > 4 or not before[0].text[:1].isupper() or before[0].i != 0:
        return False
    return describes(before[-1].lower_)


def _signed(text: str, speaker: Span, speaker_type: str, cue: Span) -> dict[str, object]:
    """The speaker fields of a statement signed by a name, as written, and its mark (":", "―")."""
    name = text[speaker.start : speaker.end]
    return {
        "speaker": name,
        "speaker_span": speaker,
        "speaker_name": name,
        "speaker_type": speaker_type,
        "cue": text[cue.start : cue.end],
        "cue_span": cue,
    }


DASH_SIGNATURE = re.compile(
    r"^[\s,]*[―—–-]{1,2}\s*(?P<title>[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){1,3}\s+(?=[A-Z]))?"
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}?)"
    # a post's signature: "— Lena Falk (@lenafalk) March 5, 2026"
    r"(?:\s*\(@\w{1,30}\)(?:\s+(?P<posted>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?)?)?"  # "4 March 2026", "at 9:14 AM"
    r"(?:,\s*(?P<role>[^.!?\n“”\"]{1,60}?))?[\s.,]*$"  # "— Odo Brant, 54, docker"
)
AGE = re.compile(r"^\d{1,3}(?:,\s*|$)")
SPEAKING_ASIDE = re.compile(
    r"(?:speaking|talking|writing|addressing)\s+(?P<venue>(?:at|to|in|on|before)\s+.+?)"
    r"(?:\s+(?P<day>(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?$"
)


def dash_source(
    text: str, quote: Quote, para: ParsedParagraph, below: ParsedParagraph | None = None
) -> dict[str, object] | None:
    """``“…” ― Name``: a quote signed with a dash and a name at the end of its paragraph, or on the
    line below a paragraph that is all quotation (a pull quote: ``“…”`` then ``— Name, role``)."""
    end = para.span.end
    if below is not None and _signed_below(text, quote, para, below):
        end = below.span.end
    rest = text[quote.span.end : end]
    if below is not None and end == below.span.end:
        # a masked bullet ("- Bernie Sanders." masked to spaces): read it as the dash it was
        line_start = text.rfind("\n", 0, below.span.start) + 1
        if line_start < below.span.start and not text[line_start : below.span.start].strip():
            at = line_start - quote.span.end
            rest = rest[:at] + "-" + rest[at + 1 :]
    m = DASH_SIGNATURE.match(rest)
    if not m:
        return None
    start = quote.span.end + m.start("title" if m.group("title") else "name")
    name = m.group("name").rstrip(".,")  # "— Opposition leader Mir-Hossein Navid": the title stays the role
    dash = re.search(r"[―—–-]", rest)
    assert dash is not None
    dash_at = quote.span.end + dash.start()
    kind = "person" if len(name.split()) >= 2 else "unknown"
    name_end = quote.span.end + m.start("name") + len(name)
    signed = _signed(text, Span(start, name_end), kind, Span(dash_at, dash_at + 1))
    signed["speaker_name"] = name
    role = AGE.sub("", m.group("role") or "").strip(" ,") or (m.group("title") or "").strip()
    if (speaking := SPEAKING_ASIDE.match(role)) is not None:
        # "— Councillor Piet Amberly, speaking at an emergency council meeting on Tuesday": where
        # and when, not what he is
        first = name.split()[0]
        role = first if first.lower() in lexicon.titles() and " " in name else ""  # "Councillor"
        signed["venue"] = speaking["venue"]
        if speaking["day"]:
            signed["said_on_words"] = speaking["day"]
    if role:
        signed["speaker_role"] = role  # what the signature says of them, without their age
    if m.group("posted") and (posted := context.resolve_date(m.group("posted"), None)) is not None:
        signed["said_on"] = posted
    return signed


SIGNATURE_LINE = re.compile(r"[ \t]*(?:[―—–]|--)")
MAX_LINES_TO_SIGNATURE = 2  # the line right below, or the one after a blank line


def _signed_below(text: str, quote: Quote, para: ParsedParagraph, below: ParsedParagraph) -> bool:
    """The quotation is its whole paragraph and the next line opens with a dash (not a hyphen,
    which opens a list's item)."""
    if text[para.span.start : quote.open_at].strip() or text[quote.span.end : para.span.end].strip():
        return False
    if text.count("\n", para.span.end, below.span.start) > MAX_LINES_TO_SIGNATURE:
        return False
    if SIGNATURE_LINE.match(text, below.span.start) is not None:
        return True
    # "- Bernie Sanders." / "-President Obama, tweeting after …": a hyphen opens a signature
    # when the line below is nothing but a name (and a short role), not a list's item
    line = text[below.span.start : below.span.end]
    line_start = text.rfind("\n", 0, below.span.start) + 1
    bullet = line_start < below.span.start and not text[line_start : below.span.start].strip()
    if bullet:
        line = "-" + line.lstrip()  # the masked text holds a line's bullet "- " as spaces
    if bullet and text.count("\n", para.span.end, below.span.start) < 2:
        return False  # "- Samir Haddad, farmer" on the very next line opens a list's item
    return (
        line.lstrip().startswith("-") and len(line.split()) <= 10 and DASH_SIGNATURE.match(line) is not None
    )


HEADLINE_LABELS = frozenset(
    {
        "the",
        "a",
        "an",
        "update",
        "watch",
        "video",
        "live",
        "analysis",
        "opinion",
        "exclusive",
        "breaking",
        "editorial",
        "review",
        "photos",
        "poll",
        "fact",
        "factbox",
        "explainer",
        "obituary",
        "profile",
        "interview",
        "timeline",
        "podcast",
        "letters",
        "comment",
        "related",
        "background",
        "q&a",
        "q & a",
    }
)


def headline_statement(text: str, pp: ParsedParagraph) -> tuple[str, Span, dict[str, object]] | None:
    """ "Rush Limbaugh: Hillary ‘Reeks of Fear’": a headline that gives a name, a colon, and what
    the named said. Only the first paragraph, only a name (proper nouns, no verb) before the colon."""
    if not pp.parsed:
        return None
    doc, base = pp.doc, pp.span.start
    colon = next((t for t in doc if t.text == ":"), None)
    if colon is None or colon.i == 0 or colon.i > 5 or colon.i + 1 >= len(doc):
        return None
    before = doc[: colon.i]
    if before[0].lower_ in HEADLINE_LABELS or _topic_label(text, list(before), pp.span.end):
        return None
    if " ".join(t.lower_ for t in before) in NOT_SPEAKER_LABELS or before[0].lower_ in STORM_WORDS:
        return None  # "Verdict: Misleading.": a fact check's box; "Storm Idris: …", a storm's topic
    tagged_name = all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in before)
    if not tagged_name and not named_again(text, list(before), pp.span.end):
        return None
    if before.text.isupper():
        return None  # "FIX IS IN:" — a kicker, not a name
    if before[-1].lower_ in LABEL_VERB_FORMS:
        return None  # "PSL Schedule Announced: …": a listing's label (review 3 of session 43)
    if _a_feature_title(doc[colon.i + 1 :]):
        return None  # "Varek: the making of a minister": a profile's title, not her words
    after = [t for t in doc[colon.i + 1 :] if not t.is_punct]
    if (
        after
        and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in after)
        and text[pp.span.start : pp.span.end].rstrip().endswith((".", ")"))  # (a headline has no stop)
    ):
        return None  # "Speaker: Dana Varek.", "Moderator: Tom Ashby": a listing's name (red team 181)
    rest = Span(base + doc[colon.i + 1].idx, pp.span.end)
    content = trim_span(text, rest)
    if content is None:
        return None
    speaker = Span(base + before.start_char, base + before.end_char)
    kind = "mixed" if re.search(r"[“”\"‘’«»]", text[content.start : content.end]) else "indirect"
    if kind == "indirect" and _place_named(text, list(before), pp.span.end):
        return None  # "Dravin: Port strike enters third week": where the news is, not who said it
    if _says_who_after(doc, colon.i):
        return None  # "Khemistan: Security Council official warns of plot": the rest names its speaker
    ent = before[-1].ent_type_
    speaker_type = "organization" if ent in ("ORG", "NORP") else "person" if ent == "PERSON" else "unknown"
    return kind, content, _signed(text, speaker, speaker_type, Span(base + colon.idx, base + colon.idx + 1))


def _a_feature_title(after: TokenSpan) -> bool:
    """After a headline's colon, a lower-case "the", "a" or "an" and no finite verb: a feature's
    title about the one named ("Varek: the making of a minister"), not what she said ("Varek: the
    port will stay open")."""
    return (
        len(after) > 1
        and after[0].text in ("the", "a", "an")
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in after)
    )


HEADLINE_SAYS = frozenset({"says", "say"})


def _says_who_after(doc: Doc, colon: int) -> bool:
    """A verb of saying after a headline's colon with its own subject there ("official warns",
    "“…,” says judiciary chief"): the headline names who spoke, and the label is its place or topic."""
    return any(
        t.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
        and t.pos_ == "VERB"
        and any(
            c.dep_ == "nsubj" and c.i > colon and (describes(c.lower_) or c.ent_type_ in ("PERSON", "ORG"))
            for c in t.children
        )
        for t in doc[colon + 1 :]
    )


def headline_says(text: str, pp: ParsedParagraph) -> tuple[str, Span, dict[str, object]] | None:
    """ "Varek says port deal ‘a betrayal’", "Army says counter-attack under way": a headline's
    "X says" followed by words with no verb, as headlines drop "is". What follows is what X said.
    With a clause ("Varek says talks will fail") the cues read it already."""
    if not pp.parsed or not is_headline(text, pp):
        return None
    doc, base = pp.doc, pp.span.start
    verb = next(
        (t for t in doc if t.lower_ in HEADLINE_SAYS and t.dep_ in ("ROOT", "conj", "parataxis")), None
    )
    if verb is None or verb.i + 2 > len(doc):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[-1].tag_ in ("WP", "PRP") or mute(subjects[-1]):
        return None  # (not "Storm Agnes Says Goodbye")
    subject = subjects[-1]  # the parser may make a label before a colon a subject too ("Report: …")
    opens = subject.left_edge.i
    if opens != 0 and doc[opens - 1].text not in (";", ":", "—", "–"):
        return None  # "Rebels seize town; army says …": the subject opens the headline or its second half
    after = doc[verb.i + 1 :]
    if any(t.pos_ in ("VERB", "AUX") and t.i not in pp.inside_quote for t in after):
        return None  # "Varek says talks will fail": a clause, which the cues read
    source = speaker_phrase(subject, base, pp.inside_quote)
    content = trim_span(text, Span(base + after[0].idx, pp.span.end))
    if source is None or content is None:
        return None
    kind = "mixed" if any(t.i in pp.inside_quote for t in after) else "indirect"
    cue = {"cue": verb.text, "cue_span": Span(base + verb.idx, base + verb.idx + len(verb.text))}
    return kind, content, {**phrase_fields(source), **cue}


def _topic_label(text: str, words: list[Token], body_start: int) -> bool:
    """ "Interview: …", "Heatwave: city opens cooling centres": a kicker naming the kind of story or
    its topic, not a speaker; a single word that is a label, or that the article writes again in
    lower case (a common noun, not a name)."""
    if words and "".join(t.text + t.whitespace_ for t in words).strip().lower() in HEADLINE_LABELS:
        return True  # "Q&A: …", however it is tokenized
    if len(words) != 1:
        return False
    word = words[0]
    if word.lower_ in HEADLINE_LABELS:
        return True
    if describes(word.lower_):
        return False  # "Police: …", "Ministry: …": a body that speaks
    return (
        word.text[:1].isupper() and re.search(rf"\b{re.escape(word.lower_)}\b", text[body_start:]) is not None
    )


PLACE_NOUNS = (
    r"(?:town|city|village|hamlet|port|district|region|province|county|island|municipality|suburb|"
    r"borough|parish|capital)"
)


def _place_named(text: str, words: list[Token], body_start: int) -> bool:
    """Words before a headline's colon that name a place: the entity recogniser says so, or the
    article does, with a dateline ("DRAVIN —"), "the port of Dravin" or "a Dravin-based firm"."""
    if words[-1].ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    name = re.escape(" ".join(t.text for t in words))
    body = text[body_start:]
    dateline = re.search(rf"(?:^|\n)[ \t]*{name.upper()}\b[^\n]{{0,40}}?[—―–-]", body)
    marked = re.search(rf"\b{PLACE_NOUNS}\s+of\s+{name}\b|\b{name}-based\b", body)
    return dateline is not None or marked is not None


TRANSCRIPT_LABEL = re.compile(
    r"[ \t]*[\"“]?(?P<name>[^\W\d_a-z](?:[^\W\d_a-z]|[’'.-])+(?: [^\W\d_a-z](?:[^\W\d_a-z]|[’'.-])+){0,2})"
    r"(?: \((?P<aside>[^()\n:]{1,40})\))?:[ \t]+(?=\S)"  # "ANCHOR (Marta Lenz):", "NOVAK (via phone):"
)
# The person in the parenthesis after a role's label: "ANCHOR (Marta Lenz):".
ASIDE_NAME = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}")
# A whole answer in one word: "No.", "Never!"
ONE_WORD_ANSWER = re.compile(r"[^\W\d_]+[.!?]")
# Storms by their names ("Storm Idris", "Hurricane Maren"): no one speaks under them.
STORM_WORDS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical", "tornado", "blizzard"})
NOT_SPEAKER_LABELS = frozenset(
    {"note", "editor's note", "editor’s note", "correction", "source", "sources", "photo"}
    # a fact check's boxes: "Verdict: Misleading.", "Our rating: False" (red team 76)
    | {
        "verdict",
        "our verdict",
        "rating",
        "our rating",
        "ruling",
        "our ruling",
        "claim",
        "the claim",
        "facts",
    }
    | {"the facts", "bottom line", "the bottom line", "conclusion", "summary", "context", "what we found"}
)


def transcript_lines(text: str, paras: list[ParsedParagraph]) -> list[tuple[int, Span, dict[str, object]]]:
    """The lines of an article that a label says who spoke: a transcript's or an interview's (see
    :func:`_labelled_lines`), and a parliamentary record's (see :func:`record_line`)."""
    lines = _labelled_lines(text, paras)
    taken = {i for i, _, _ in lines}
    records = [
        (i, *line)
        for i, pp in enumerate(paras)
        if i not in taken and (line := record_line(text, pp, i) or chair_line(text, pp, i))
    ]
    return sorted(lines + records, key=lambda line: line[0]) if records else lines


# "Ms Nadia Ferran (Kesh North): Mr Speaker, …", "Mr Dariush Homayun (Minister of Information): …": a
# parliamentary record's speaker, by honorific and name, with the seat or office in brackets.
RECORD_LABEL = re.compile(
    r"[ \t]*(?P<speaker>(?:(?P<honorific>Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.? )?"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}))(?: \((?P<seat>[^()\n:]{1,60})\))?"
    r"(?: \((?P<party>[^()\n:]{1,30})\))?:[ \t]+(?=\S)"
)


# "The Minister for Health (Ms Alma Reyes): …": a minister answering, by office, named in brackets.
OFFICE_RECORD_LABEL = re.compile(
    r"[ \t]*(?:The )?(?P<seat>[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|for|the|and)){0,6}) "
    r"\((?P<speaker>(?:(?P<honorific>Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.? )?"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}))\):[ \t]+(?=\S)"
)


def _a_person_s_label(label: str, either_sex: bool = False) -> bool:
    """A full name by a known given name, not a place ("George Street", "Victoria Line"); by a name of
    either sex ("Dana Varek") too when ``either_sex`` (a line answering a question: "Sam Kerr: Solid
    at the back." in a list of ratings is no one's words, review 3 of session 42)."""
    return _full_name(label, either_sex) and label.split()[-1].lower() not in lexicon.words(
        "place_heads.txt"
    ) | {"line"}


def _spoken_line(text: str, start: int, end: int) -> bool:
    """What follows a label with no honorific reads as someone's words: a sentence of a few words
    opening with a capital, not a profile, a tally or a listing ("works as a teaching assistant",
    "12,430 votes", "won the women's race")."""
    words = text[start:end].split()
    return len(words) >= 3 and words[0][:1].isupper() and not words[0][:1].isdigit()


def _two_capitalised_words(name: str) -> bool:
    """A name of two words or more, each capitalised: "Garrow Tennant", whose given name the
    lexicon need not know when an office in capitals stands before it; not a place or a body
    ("West Midlands", "Kessland Rail", "Budget Office", "Northgate Homes")."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].lower()
    if words[0].lower() in DIRECTIONS or last in lexicon.organisation_words() | lexicon.words(
        "place_heads.txt"
    ):
        return False
    return not known_word(last) and not known_word(last.removesuffix("s"))


DIRECTIONS = frozenset({"north", "south", "east", "west", "central", "greater", "new", "upper", "lower"})


def _full_name(name: str, either_sex: bool = False) -> bool:
    """A given name the lexicon knows and more: "Nadia Korrell", not "The Weather" nor "Pryce"."""
    words = name.split()
    known = lexicon.label_given_names() if either_sex else lexicon.given_names()
    return len(words) >= 2 and words[0].lower() in known


# "Madam Speaker: Order, order.": the chair of the House, by office.
CHAIR_LABEL = re.compile(
    r"[ \t]*(?P<speaker>(?:Mr|Madam|Madame) (?P<office>(?:Deputy )?Speaker)):[ \t]+(?=\S)"
)
# "The Speaker, Dame Hilary Cossart,", "Speaker Hilary Cossart": whom the article names as the chair.
CHAIR_NAMED = re.compile(
    r"\b(?:[Tt]he )?(?P<office>(?:Deputy )?Speaker)(?:, | )(?:(?:Dame|Sir|Lord|Lady|Mr|Mrs|Ms|Dr)\.? )?"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2})"
)


def chair_line(text: str, pp: ParsedParagraph, index: int) -> tuple[Span, dict[str, object]] | None:
    """ "Madam Speaker: Order, order." in a parliamentary record: the Speaker's words, named when the
    article names the one in the chair ("The Speaker, Dame Hilary Cossart, …"), else by office."""
    m = CHAIR_LABEL.match(text, pp.span.start, pp.span.end)
    if m is None or index == 0:
        return None
    content = trim_span(text, Span(m.end(), pp.span.end))
    if content is None:
        return None
    colon_at = m.end("speaker")
    fields = _signed(text, Span(m.start("speaker"), m.end("speaker")), "person", Span(colon_at, colon_at + 1))
    named = [
        n for n in CHAIR_NAMED.finditer(text, 0, pp.span.start) if n.group("office") == m.group("office")
    ]
    fields["speaker_name"] = named[-1].group("name") if named else None
    fields["speaker_role"] = m.group("office")
    return content, fields


def record_line(text: str, pp: ParsedParagraph, index: int) -> tuple[Span, dict[str, object]] | None:
    """ "Ms Nadia Ferran (Kesh North): Mr Speaker, this government …" — a line of a parliamentary
    record: the honorific makes the label a person's, so one line is enough. Not "Mr Speaker:" (a
    chair, named by office) nor an article's first paragraph (a headline). A minister may answer by
    office, named in brackets: "The Minister for Health (Ms Alma Reyes): …". Without an honorific,
    a full name by a known given name, before a seat in brackets or in the office's brackets, and
    words that read as said (see :func:`_spoken_line`): "Nadia Korrell (Eastmoor) (Green): Will …"."""
    m = RECORD_LABEL.match(text, pp.span.start, pp.span.end)
    if (
        m is not None
        and m.group("honorific") is None
        and not (m.group("seat") and _full_name(m.group("name")) and _spoken_line(text, m.end(), pp.span.end))
    ):
        m = None  # without an honorific, a full name and its seat in brackets: "Nadia Korrell (Eastmoor):"
    if m is None:
        m = OFFICE_RECORD_LABEL.match(text, pp.span.start, pp.span.end)
        if m is not None and not any(w.lower() in lexicon.titles() for w in m.group("seat").split()):
            m = None
        if (
            m is not None
            and m.group("honorific") is None
            and not (_two_capitalised_words(m.group("name")) and _spoken_line(text, m.end(), pp.span.end))
        ):
            m = None  # "The Minister for Health (Owen Pryce): I can …", not "(Pryce)"
    # the first paragraph is a headline, unless the label is a member's with a seat in brackets
    opening = index == 0 and not (m is not None and m.group("seat") and m.group("honorific"))
    if m is None or opening or m.group("name").lower() in ("speaker", "chairman", "president", "deputy"):
        return None
    content = trim_span(text, Span(m.end(), pp.span.end))
    if content is None:
        return None
    colon_at = text.index(":", max(m.end("seat") if m.group("seat") else 0, m.end("speaker")))
    fields = _signed(text, Span(m.start("speaker"), m.end("speaker")), "person", Span(colon_at, colon_at + 1))
    fields["speaker_name"] = m.group("name")
    seat = m.group("seat")
    if seat is not None and any(w.lower() in lexicon.titles() for w in seat.split()):
        fields["speaker_role"] = seat  # "Minister of Information"; a constituency is where, not who
    return content, fields


def _labelled_lines(text: str, paras: list[ParsedParagraph]) -> list[tuple[int, Span, dict[str, object]]]:
    """The transcript lines of an article: only where there is a transcript, two lines or more, each
    label a name the article also writes in ordinary case ("PENCE:" and "Mike Pence") or a label
    that speaks more than once. A lone "WASHINGTON:" or "READ MORE:" is not a speaker."""
    answers = interview_answers(text, paras)
    if answers:
        return answers
    found = [(i, line) for i, pp in enumerate(paras) if (line := transcript_line(text, pp, i)) is not None]
    if paras and (first := transcript_line(text, paras[0], 0, opening=False)) is not None:
        below = {str(fields["speaker"]) for _, (_, fields) in found}
        if (not found or found[0][0] != 0) and str(first[1]["speaker"]) in below and len(below) > 1:
            found.insert(0, (0, first))  # "MORROW: …" opening a transcript, Morrow's again below: no headline
    if len(found) < 2:
        # "Q: Will schools close?" / "FALK: Not this week.": one answer in capitals, under a name the
        # article writes in ordinary case, to the question on the line before
        answer = [
            (i, content, fields)
            for i, (content, fields) in found
            if str(fields["speaker"]).upper() not in ASKERS | {"ANSWER", "A"}
            and not text[content.start : content.end].rstrip().endswith("?")
            and (
                # a surname the article writes after a given name ("Oren Falk", not "Kelso Foods"),
                # answering a question or saying a sentence ("Maria Lenz took questions." / "LENZ: We
                # do not see a bubble.")
                (
                    _written_after_a_given_name(text, str(fields["speaker"]))
                    and (
                        _answers_a_question(text, paras, i)
                        # a sentence said ("LENZ: We do not see a bubble."), not a heading ("FORD: A
                        # family business")
                        or (
                            _spoken_line(text, content.start, content.end)
                            and _ends_a_sentence(text[content.start : paras[i].span.end])
                        )
                    )
                )
                # or a full name in capitals, a known given name and more ("PILAR SOTO: No. Prices will
                # remain stable.", red teams 186 and 190), answering a question or saying a sentence
                or (
                    _a_person_s_label(str(fields["speaker"]).title())
                    and (
                        _answers_a_question(text, paras, i)
                        or (
                            # a sentence, under a name the article also writes in ordinary case ("Ward
                            # spoke after training."): not a dateline's "GEORGE TOWN:", a shop's "JOHN
                            # LEWIS:" or a caption's "EMMA STONE: The actress wore …" (review 4)
                            _spoken_line(text, content.start, content.end)
                            and _ends_a_sentence(text[content.start : paras[i].span.end])
                            and re.search(
                                rf"\b{re.escape(str(fields['speaker']).split()[-1].title())}\b", text
                            )
                            is not None
                        )
                    )
                )
                # or answering a question under a one-word label that is no English word: "Q: Is
                # Okafor fit?" / "OSEI: He trained today."
                or (
                    _answers_a_question(text, paras, i)
                    and " " not in str(fields["speaker"])
                    and not known_word(str(fields["speaker"]).lower())
                    and re.search(r"[AEIOUY]", str(fields["speaker"])) is not None  # not "RMT", "NHS"
                    # (not the first word of a name the article writes: "Kelso Foods")
                    and re.search(rf"\b{re.escape(str(fields['speaker']).title())}\s+[A-Z]", text) is None
                )
            )
        ]
        return sorted(_named_transcript(text, paras) + answer, key=lambda line: line[0])
    labels = [str(line[1]["speaker"]) for _, line in found]
    # Each label judged once (a long transcript repeats a few labels many times): how often it
    # speaks, whether the article names someone so ("PENCE:" and "Mike Pence"), whether it only asks.
    count = Counter(labels)
    named = {label: re.search(rf"\b{re.escape(label.title())}\b", text) is not None for label in count}
    answering = {
        label
        for (_, (content, _fields)), label in zip(found, labels, strict=True)
        if not text[content.start : content.end].rstrip().endswith("?")
    }
    # "TNA: Mr Minister, what is your message?" each time: the outlet's questions, no statement
    asking = {
        label
        for label in count
        if (not named[label] and label not in answering) or label.upper().rstrip(".") in ASKERS
    }
    lines = [
        (i, content, fields)
        for (i, (content, fields)), label in zip(found, labels, strict=True)
        if label not in asking and (count[label] > 1 or named[label])
    ]
    if asking:  # the answers may be under surnames: "TNA: …?" / "Vessel: Go home."
        taken = {i for i, _, _ in lines}
        lines += [line for line in _named_transcript(text, paras) if line[0] not in taken]
    return sorted(lines, key=lambda line: line[0])


# Labels for whoever asks, never a name: their remarks between questions are the outlet's too.
ASKERS = frozenset({"QUESTION", "Q", "REPORTER", "JOURNALIST", "INTERVIEWER", "QUESTIONER"})
NAME_LABEL = re.compile(r"[ \t]*(?P<name>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?):[ \t]+(?=\S)")


def _named_transcript(text: str, paras: list[ParsedParagraph]) -> list[tuple[int, Span, dict[str, object]]]:
    """ "Abernethy: Honestly, less than I hoped." — an interview written with surnames as labels: a
    label used twice or more that ends a longer name the article writes ("Ruth Abernethy"). A label
    whose every line is a question is the interviewer's ("Ledger: Will you run again?"), no statement."""
    found = [
        (i, m)
        for i, pp in enumerate(paras)
        if i and (m := NAME_LABEL.match(text, pp.span.start, pp.span.end))
    ]
    lines: dict[str, list[tuple[int, Span]]] = {}
    for i, m in found:
        content = trim_span(text, Span(m.end(), paras[i].span.end))
        if content is not None and re.search(r"[^\W\d]{2,}", text[content.start : content.end]):
            lines.setdefault(m.group("name"), []).append((i, content))  # words, not a tally: "Clinton: 547"
    out: list[tuple[int, Span, dict[str, object]]] = []
    labelled = {i: label for label, said in lines.items() for i, _ in said}
    for label, said in lines.items():
        if label.lower() in HEADLINE_LABELS or label.lower() in NOT_SPEAKER_LABELS:
            continue
        if len(said) < 2 and not (
            _a_turn_of_an_exchange(text, label, said[0], labelled)
            or (
                _a_person_s_label(label, either_sex=True)
                and _answers_a_question(text, paras, said[0][0])
                and not _a_listing(text[said[0][1].start : said[0][1].end])
            )
        ):
            continue
        once = len(said) < 2
        if all(text[content.start : content.end].rstrip().endswith("?") for _, content in said):
            continue  # the interviewer's questions
        # "Ola Dahl" written in the article, or as the label of a line of an exchange
        # (or a full name by a known given name answering another's questions: "Tom Ashby: …?" /
        # "Dana Varek: Every day." twice, red team 181; not a list of player ratings, review 3)
        full = " " in label and (
            once
            or (_a_person_s_label(label, either_sex=True) and _asked_by_another(text, paras, label, lines))
            or re.search(rf"\b{re.escape(label)}\b(?!:)", text) is not None
        )
        if not full and re.search(rf"\b[A-Z][a-z’'-]+ {re.escape(label)}\b", text) is None:
            continue  # not a name the article writes in full
        for i, content in said:
            at = text.index(label, paras[i].span.start)
            colon = Span(at + len(label), at + len(label) + 1)
            out.append((i, content, _signed(text, Span(at, at + len(label)), "person", colon)))
    return sorted(out, key=lambda line: line[0])


def _asked_by_another(
    text: str, paras: list[ParsedParagraph], label: str, lines: dict[str, list[tuple[int, Span]]]
) -> bool:
    """Another label's line is a question, or a labelled question stands before one of this label's
    ("Q: …?" / "Dana Varek: …")."""
    return any(
        text[c.start : c.end].rstrip().endswith("?")
        for other, lines_of in lines.items()
        if other != label
        for _, c in lines_of
    ) or any(_answers_a_question(text, paras, i) for i, _ in lines[label])


QUESTION_LINE = re.compile(
    r"[ \t]*(?:Q|[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,3})[:.][ \t]+\S[^\n]*\?[ \t”\"]*$"
)


def _a_listing(line: str) -> bool:
    """ "incumbent, 54, Green Party.", "23rd minute, header from a corner": a listing's details, not an
    answer ("No.", "Absolutely not.", "£2 million, maybe more." are answers)."""
    return (
        line[:1].islower()
        or re.search(r",\s*\d", line) is not None
        or re.match(r"\d+(?:st|nd|rd|th)\b", line) is not None
    )


def _answers_a_question(text: str, paras: list[ParsedParagraph], i: int) -> bool:
    """The line before is a labelled question ("Q: Is the bridge safe?", "Tidewater Post: Is the
    bridge safe?"): a person's labelled line after it is the answer."""
    if i == 0:
        return False
    before = paras[i - 1].span
    line = text[before.start : before.end]
    label = line.split(":", 1)[0].strip().lower()
    return (
        QUESTION_LINE.match(line) is not None
        and label not in HEADLINE_LABELS
        and label not in NOT_SPEAKER_LABELS
    )


def _a_turn_of_an_exchange(text: str, label: str, line: tuple[int, Span], labelled: dict[int, str]) -> bool:
    """ "Nadia Korrell: We will fight for the hospital." / "Owen Pryce: No decision has been taken.":
    a full name, by a given name, labelling a sentence next to another person's labelled line; not
    a section heading ("Jeb Bush: Student loans …" paragraphs apart), a title-case headline, a
    listing ("Ana Lind: supports a rent freeze", "Lars Brekke: kept his side in the game. 7") or a
    place ("Victoria Line: minor delays")."""
    i, content = line
    words = text[content.start : content.end].split()
    if not _a_person_s_label(label):
        return False
    if not any(
        labelled.get(k) not in (None, label) and _a_person_s_label(labelled[k]) for k in (i - 1, i + 1)
    ):
        return False  # a turn next to another person's, not beside "Goals:" or "Serves:"
    capitalised = sum(w[:1].isupper() for w in words)
    return _spoken_line(text, content.start, content.end) and capitalised < 0.6 * len(words)


QA_LABEL = re.compile(r"[ \t]*(?P<label>Q|A)[:.][ \t]+(?=\S)")
INTERVIEWEE_PARAGRAPHS = 3  # how far before the first question the interviewee is named


def interview_answers(text: str, paras: list[ParsedParagraph]) -> list[tuple[int, Span, dict[str, object]]]:
    """A question-and-answer interview ("Q: Will you run again?" / "A: Ask me in a year."): each
    answer is the interviewee's, named by the paragraph nearest before the first question that names
    someone: the person it says was interviewed ("X spoke to Y"), else the first person it names
    (none when they name no one); the questions are the interviewer's, and no statement."""
    labelled = [
        (i, m) for i, pp in enumerate(paras) if (m := QA_LABEL.match(text, pp.span.start, pp.span.end))
    ]
    if not any(m.group("label") == "Q" for _, m in labelled):
        return []
    first = labelled[0][0]
    name = None
    for pp in reversed(paras[max(0, first - INTERVIEWEE_PARAGRAPHS) : first]):
        titled = _titled_people(text, pp)
        if len(titled) > 1 and JOINED_NAMES.fullmatch(text, titled[0][1], titled[1][0]):
            break  # "Spokesman X and Minister Y held a joint news conference": either may answer
        if (
            name := (titled[0][2] if titled else None) or _interviewed(text, pp) or _first_person(text, pp)
        ) is not None:
            break  # the introduction is about the interviewee: "Actress Diane Guerrero has become …"
    answers = [(i, m, "label") for i, m in labelled if m.group("label") == "A"]
    if name is not None and len(name.split()) > 1:
        # "Q: Will you meet the union?" / "Berg: My door is open.": the answers under the surname
        surname = name.split()[-1]
        answers += [
            (i, m, "name")
            for i, pp in enumerate(paras)
            if i > first
            and (m := NAME_LABEL.match(text, pp.span.start, pp.span.end))
            and m.group("name") == surname
        ]
    out: list[tuple[int, Span, dict[str, object]]] = []
    for i, m, group in sorted(answers, key=lambda answer: answer[0]):
        content = trim_span(text, Span(m.end(), paras[i].span.end))
        if content is None:
            continue
        fields = _signed(
            text, Span(m.start(group), m.end(group)), "person", Span(m.end(group), m.end(group) + 1)
        )
        fields["speaker_name"] = name
        out.append((i, content, fields))
    return out


# "Nordic Wire's Sara Lindqvist spoke to …", "… sat down with …": the reporter comes first.
INTERVIEWING = re.compile(
    r"\b(?:(?:spoke|talked|chatted) (?:to|with)|interviewed|(?:sat down|caught up) with)\b"
)


JOURNALISTS = re.compile(
    r"\b(?:reporters?|writers?|correspondents?|journalists?|editors?|columnists?|hosts?|anchors?|"
    r"interviewers?|presenters?|producers?)\b",
    re.IGNORECASE,
)


def _interviewed(text: str, pp: ParsedParagraph) -> str | None:
    """The person an introduction says was interviewed ("X spoke to opposition leader Y"), not the
    reporter who did it, the first person the paragraph names."""
    m = INTERVIEWING.search(text, pp.span.start, pp.span.end)
    name = _first_person(text, pp, after=m.end()) if m is not None else None
    if m is None or name is None:
        return None
    if re.compile(rf"\s+the\s+{re.escape(name)}\b").match(text, m.end()):
        return None  # "spoke to the Ledger": a newspaper, not the interviewee
    stop = re.compile(r"[.;!?]\s").search(text, m.end(), pp.span.end)
    if JOURNALISTS.search(text, m.end(), stop.start() if stop else pp.span.end):
        return None  # "he spoke with POLITICO senior writer Michael Grunwald": the other way round
    return name


# Between two titled names joined as one subject: " and Interior Minister ", ", and the spokesman ".
JOINED_NAMES = re.compile(r",?\s+and\s+(?:[\w.’'-]+\s+){0,4}")


def _titled_people(text: str, pp: ParsedParagraph) -> list[tuple[int, int, str]]:
    """The people an introduction names with a title or role that is not a journalist's ("Interior
    Minister Haro Vessel spoke to Tessar One", "opposition leader Lina Marouf"): whom an interview
    is with, whether named before the outlet or after. Each name once, in order, with where its run of
    words (title included) starts and ends; by the entity recogniser when it ran there, else by runs
    of capitalised words."""
    titles = lexicon.titles()

    def titled(word: str) -> bool:
        return word.lower().rstrip(".") in titles and JOURNALISTS.fullmatch(word) is None

    found: list[tuple[int, int, str]] = []
    people = [(pp.span.start + e.start_char, e.text) for e in pp.doc.ents if e.label_ == "PERSON"]
    runs = people or [(m.start(), m.group()) for m in NAME_RUN.finditer(text, pp.span.start, pp.span.end)]
    for at, run in runs:
        words = run.split()
        last_title = max((i for i, w in enumerate(words) if titled(w)), default=None)
        if last_title is not None:
            words = words[last_title + 1 :]  # "Interior Minister Haro Vessel"
        else:
            before = re.search(r"([A-Za-z][\w.-]*)\s+$", text[pp.span.start : at])
            if before is None or not titled(before.group(1)):
                continue
        name = " ".join(words)
        if len(words) >= 2 and all(name != other for _, _, other in found):
            found.append((at, at + len(run), name))
    return found


def _first_person(text: str, pp: ParsedParagraph, after: int = 0) -> str | None:
    """The first person a paragraph names (after offset ``after``): by the entity recogniser when it
    ran there, else the first run of capitalised words that is no organisation, its titles left out
    ("Mayor Lina Osborne")."""
    start = max(after, pp.span.start)
    people = [e.text for e in pp.doc.ents if e.label_ == "PERSON" and pp.span.start + e.start_char >= start]
    if not people:
        titles, orgs = lexicon.titles(), lexicon.words("org_nouns.txt")
        for m in NAME_RUN.finditer(text, start, pp.span.end):
            words = m.group().split()
            while words and words[0].lower().rstrip(".") in titles:
                words.pop(0)
            if (
                len(words) >= 2
                and words[-1].lower() not in orgs
                and words[0].lower() not in ("the", "a", "an")
            ):
                people.append(" ".join(words))
    return people[0] if people else None


# Words of a two-word title before its head: "VICE PRESIDENT", "PRIME MINISTER", "ATTORNEY GENERAL".
TITLE_MODIFIERS = frozenset(
    {"vice", "prime", "attorney", "chief", "deputy", "acting", "former", "defense", "defence", "foreign"}
    | {"home", "interior", "finance", "health", "education", "state", "lord", "lieutenant", "lt.", "major"}
)
LABEL_HONORIFIC = re.compile(r"(?:MR|MRS|MS|MISS|DR|PROF)\.? ")


def _ends_a_sentence(line: str) -> bool:
    """ "We will not let inflation come back!", "“…”", "We will see." — not a heading ("A family business")."""
    line = line.rstrip().rstrip("”’\"'")
    return line[-1:] in (".", "!", "?", "…")


def _a_given_name_or_a_title(word: str) -> bool:
    """ "Oren", "Sen.", "Gov", "Yuki" (no English word); not "In", "The", "Port"."""
    lower = word.lower()
    return (
        lower.rstrip(".") in lexicon.given_names()
        or lower in lexicon.titles()
        or lower.rstrip(".") in lexicon.titles()
        or not known_word(lower.rstrip("."))
    )


def _written_after_a_given_name(text: str, label: str) -> bool:
    """ "FALK" a surname the article writes after a given name ("Oren Falk", "Oren J. Falk"), not the
    first word of a longer name ("Falk Foods")."""
    return any(
        _a_given_name_or_a_title(before.group(1))
        for before in re.finditer(
            rf"\b([A-Z][\w’'-]*\.?) (?:[A-Z]\. )?{re.escape(label.title())}\b(?!\s+(?!Jr\b|Sr\b)[A-Z])", text
        )
    )  # (a given name or a title before it: not "In Karachi", "Port Ellis", "The Mumbai police")


def transcript_line(
    text: str, pp: ParsedParagraph, index: int, *, opening: bool = True
) -> tuple[Span, dict[str, object]] | None:
    """ "PENCE: Well, look, …" — a transcript line: a speaker's name in capitals, a colon, and the
    words said, to the end of the paragraph (a quotation mark before the name is the transcript's).
    The first paragraph is a headline when ``opening``."""
    m = TRANSCRIPT_LABEL.match(text, pp.span.start, pp.span.end)
    if m is None or (index == 0 and opening and m.group("aside") is None):
        return None  # the first paragraph is a headline ("BREAKING: …"), unless its label names someone
    name = m.group("name")
    if not name.isupper():
        return None  # capitals of any alphabet ("PETROVIĆ:"), but capitals
    if name.lower() in HEADLINE_LABELS or name.lower() in NOT_SPEAKER_LABELS:
        return None
    content = trim_span(text, Span(m.end(), pp.span.end))
    if content is None:
        return None
    if len(text[content.start : content.end].split()) < 2 and not ONE_WORD_ANSWER.fullmatch(
        text[m.end() : pp.span.end].strip()
    ):
        return None
    at = text.index(":", m.end("aside") + 1 if m.group("aside") else m.end("name"))
    colon = Span(at, at + 1)
    speaker = Span(m.start("name"), m.end("name"))
    if (honorific := LABEL_HONORIFIC.match(name)) is not None and honorific.end() < len(name):
        speaker = Span(speaker.start + honorific.end(), speaker.end)  # "MR KELL:" is Kell's line
    role = None
    words = text[speaker.start : speaker.end].split(" ")
    lead = 0
    while lead < len(words) - 1 and (
        words[lead].lower().rstrip(".") in lexicon.titles() or words[lead].lower() in TITLE_MODIFIERS
    ):
        lead += 1
    if lead and words[lead - 1].lower().rstrip(".") in lexicon.titles():
        # "GOVERNOR LENZ:", "COL. HARAS:", "VICE PRESIDENT REYES:": the title before the name is the role
        role = " ".join(words[:lead]).title()
        speaker = Span(speaker.start + len(" ".join(words[:lead])) + 1, speaker.end)
    aside = m.group("aside")
    if aside is not None and ASIDE_NAME.fullmatch(aside):
        speaker = Span(m.start("aside"), m.end("aside"))  # "ANCHOR (Marta Lenz)": the anchor is Marta Lenz
        role = None
    fields = _signed(text, speaker, "person", colon)
    if aside is None or not ASIDE_NAME.fullmatch(aside):
        fields["speaker_name"] = text[speaker.start : speaker.end].title()  # "HARAS": Haras
    if role is not None:
        fields["speaker_role"] = role
    return content, fields


def named_again(text: str, words: list[Token], after: int) -> bool:
    """Capitalised words before a headline's colon that the article writes again further on: a name,
    whatever the tagger made of it ("Lasken: …" tagged as a verb), not a label ("Breaking: …")."""
    if not words or len(words) > 4 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    return all(re.search(rf"\b{re.escape(t.text)}\b", text[after:]) for t in words)


def trim_span(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " .\n\t":
        end -= 1
    return Span(start, end) if end > start else None


def is_headline(text: str, pp: ParsedParagraph) -> bool:
    """The article's first paragraph, written as a headline: one line with no closing full stop."""
    line = text[pp.span.start : pp.span.end].strip()
    return "\n" not in line and not line.endswith((".", "!", "?", ".”", '."', "!”", '!"', "?”", '?"'))


def speech_in_headline(cue: Cue) -> bool:
    """In a headline only a verb of saying with a clause reports speech ("Varek warns talks will fail")."""
    verb = cue.token
    if any(c.lower_ in ("what", "how", "why") and c.i < verb.i for c in verb.subtree):
        return False  # "Q&A: What the mayor said about the budget": a topic, what is not said
    # not the quotation before the colon: "‘Enough is enough’: villagers fight back"
    clausal = any(
        c.dep_ in ("ccomp", "parataxis") and not any(t.text == ":" for t in verb.doc[c.i : verb.i])
        for c in verb.children
    )
    return (
        clausal or verb.lemma_.lower() in lexicon.CORE_CUE_LEMMAS or cue.text.lower().startswith("according")
    )


PERSONAL_PRONOUNS = frozenset({"he", "she"})


QUOTES_FROM = re.compile(
    r"\s*(?:(?:key|more|main|selected|further)\s+)?(?:quotes|quotations|excerpts|highlights|remarks)\s+from\s+",
    re.I,
)


def _quotes_from(pp: ParsedParagraph) -> SpeakerPhrase | None:
    """ "Key quotes from Health Minister Ines Varga:": a label that names whose the quotations after
    it are (not "Key quotes from the speech:", which names no one)."""
    text = pp.doc.text
    if not text.rstrip().endswith(":") or (m := QUOTES_FROM.match(text)) is None:
        return None
    from_ = next((t for t in pp.doc if t.lower_ == "from" and t.idx < m.end()), None)
    named = next((c for c in from_.children if c.dep_ == "pobj"), None) if from_ is not None else None
    if named is None:
        return None
    src = speaker_phrase(named, pp.span.start, pp.inside_quote)
    return src if src is not None and src.name is not None else None


def introducing_subject(pp: ParsedParagraph, quotes: QuoteIndex) -> SpeakerPhrase | None:
    """ "Asked about the imam, Ms Tovek was brief." then a paragraph that is all quotation: the
    person the paragraph before ends on is who speaks. Only a named person or he/she, as subject
    of the last sentence, in a paragraph with no quotation of its own."""
    if not pp.parsed or quotes.overlapping(pp.span):
        return None
    if (listed := _quotes_from(pp)) is not None:
        return listed  # "Key quotes from Health Minister Ines Varga:"
    sents = list(pp.doc.sents)
    if not sents or not sents[-1].text.rstrip().endswith((".", ":")):
        return None
    root = sents[-1].root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    doc = root.doc
    # "The family of Jonah Feld, the cyclist killed …, issued": an apposition read as a second subject
    subjects = subjects[:1] + [c for c in subjects[1:] if doc[c.left_edge.i - 1].text != ","]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    # "The family of Jonah Feld … issued a statement through police on Thursday.": whoever issued it
    announces = any(
        c.dep_ == "dobj" and c.lower_ in ANNOUNCED_NOUNS and not any(d.dep_ == "poss" for d in c.children)
        for c in root.children
    )
    # "the opposition leader, Margit Solberg, set out her case …": a person named in apposition
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
    if (
        subject.lower_ not in PERSONAL_PRONOUNS
        and not (subject.pos_ == "PROPN" and subject.ent_type_ not in ORG_LABELS)
        and not named
        and not announces
    ):
        return None
    src = speaker_phrase(subject, pp.span.start, pp.inside_quote)
    return src if src is not None and (src.type == "person" or announces) else None


# What a paragraph says its subject issued before the words themselves: "issued a statement".
ANNOUNCED_NOUNS = frozenset({"statement", "tribute", "message", "letter", "appeal", "plea"})
