"""What a cue reports: the content of a cue's clause, as the parse has it and where it hides it.

A verb's clausal complement (with its "that"), or its object and an infinitive ("urged voters to
stay home"); the clause a cue set off by commas interrupts ("The port, Varek said, will …"); the
object of a verb that names ("called it “a trap”"); an answer ("said yes"). Also the words around
a cue that say when or where, not what ("said in a statement", "on Friday").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.context import MONTHS, WEEKDAYS, on_a_named_platform
from quotetrail.extraction.subjects import (
    CLOSING_MARKS,
    OPENING_MARKS,
    agent,
    headline_quoted,
    quoted_as_saying,
)
from quotetrail.nlp import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SentSpan
    from spacy.tokens import Token


def referred_to_as(verb: Token) -> list[Token]:
    """ "referred to him as “the best harbour master we ever had”": who is named, and the name."""
    if verb.lemma_.lower() != "refer":
        return []
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep" and c.i > verb.i}
    if "to" not in preps or "as" not in preps or preps["to"].i > preps["as"].i:
        return []
    named = [t for c in preps["to"].children if c.dep_ == "pobj" for t in c.subtree]
    name = list(preps["as"].subtree)
    closing = [t.i for t in name if t.text in CLOSING_MARKS and t.i > preps["as"].i + 1]
    if verb.doc[preps["as"].i + 1].text in OPENING_MARKS and closing:
        name = [t for t in name if t.i <= closing[0]]  # the quoted name, not what the parser hung on it
    return sorted([*named, *name], key=lambda t: t.i) if named else []


def clause_after_venue(verb: Token) -> list[Token]:
    """A that-clause the parser hung on the venue or time noun: "said in a statement that …",
    "reported at the time that …"."""
    if (closing := _that_clause_closing_the_venue(verb)) is not None:
        return [closing]
    for prep in verb.children:
        if prep.i < verb.i:
            continue
        # "told reporters the same day that …": a time noun hung on the verb itself
        objects = [prep] if prep.dep_ == "npadvmod" else list(prep.children) if prep.dep_ == "prep" else []
        for obj in objects:
            if obj.dep_ not in ("pobj", "npadvmod"):
                continue
            venue = (
                obj.lower_ in lexicon.words("venue_nouns.txt")
                or _press_release(obj)
                # "said on an earnings call that …" (not "a call for calm", no venue)
                or (obj.lower_ == "call" and prep.lower_ in ("on", "during"))
            )
            if obj.dep_ == "npadvmod" and obj.pos_ == "PROPN" and obj.doc[obj.left_edge.i - 1].text == ",":
                # "wrote on X, formerly Twitter, that …": the clause hung on the platform's aside
                marked = [
                    c
                    for c in obj.children
                    if c.dep_ in ("relcl", "acl", "ccomp")
                    and any(
                        m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children
                    )
                ]
                if marked:
                    return marked[:1]
            # "told reporters outside the courthouse that …", "said after the verdict that …"
            occasion = prep.dep_ == "prep" and prep.lower_ in ("after", "outside")
            if (
                not venue
                and not occasion
                and obj.lower_
                not in (
                    "time",
                    "day",
                    "week",
                    "afternoon",
                    "weekend",
                    *CALENDAR_WORDS,
                )
            ):
                continue
            # the venue's own phrase may come between: "in a piece for the Journal that …"
            after = max(
                (t.right_edge.i for t in obj.children if t.dep_ == "prep" and t.i > obj.i), default=obj.i
            )
            if venue and (carried := _clause_of_the_venue_participle(obj)):
                return carried  # "said in a statement issued on Thursday that …"
            for clause in obj.children:
                # "that" opens the clause; on a time noun the parser may read it as a relative word,
                # and on a venue too when the clause has a subject and a verb that takes no document
                # ("in a press release that profits rose", not "in a letter that the ministry sent")
                thats = [
                    c
                    for c in clause.children
                    if c.lower_ == "that"
                    and (c.dep_ == "mark" or not venue or _that_read_as_relative(clause, c))
                ]
                if (
                    clause.dep_ in ("acl", "ccomp", "relcl")
                    and thats
                    and thats[0].i in (obj.i + 1, after + 1)
                    # after an occasion, only a clause misread as a relative one ("the news that …" is the news's)
                    and (not occasion or venue or _that_read_as_relative(clause, thats[0]))
                ):
                    return [clause]
    return []


VENUE_PREPS = frozenset({"in", "at", "during", "on"})


def _that_clause_closing_the_venue(verb: Token) -> Token | None:
    """ "said in an Instagram story that …", "said in a statement that ran to four pages that …": a
    clause opened by the conjunction "that" (with a subject of its own) deep in the verb's venue
    phrase, ending the sentence, is what the verb reports."""
    if verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return None
    sent = verb.sent
    last = sent.end - 1
    while last > verb.i and verb.doc[last].is_punct:
        last -= 1
    for prep in verb.children:
        if (
            prep.dep_ != "prep"
            or prep.i < verb.i
            or prep.right_edge.i < last
            or prep.lower_ not in VENUE_PREPS
        ):
            continue
        for t in prep.subtree:
            if (
                t.dep_ == "relcl"  # (a noun's own that-clause, "reports that …", is an acl)
                and t.right_edge.i >= last
                and any(c.dep_ == "mark" and c.lower_ == "that" and c.i == t.left_edge.i for c in t.children)
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
            ):
                return t
    return None


# What one does to a document ("a statement that the ministry issued"): "that" is then its object.
DOCUMENT_VERBS = frozenset(
    {"issued", "released", "published", "posted", "sent", "signed", "saw", "seen", "obtained", "wrote"}
    | {"written", "made", "gave", "given", "delivered", "filed", "submitted", "read", "drafted", "shared"}
    | {"circulated", "reviewed", "received", "quoted", "cited", "distributed", "put", "prepared"}
    | {"presented", "leaked", "reported", "described", "had", "has", "have", "got", "tweeted"}
)


def _press_release(obj: Token) -> bool:
    """ "in a press release": a venue, where a bare "release" mostly is not ("the release of …")."""
    return obj.lower_ == "release" and any(
        c.dep_ == "compound" and c.lower_ in ("press", "news", "earnings", "results") for c in obj.children
    )


def _that_read_as_relative(clause: Token, that: Token) -> bool:
    """ "in a press release that profits rose": the parser took "that" for a relative pronoun, the
    object of a clause that has its own subject and a verb no one does to a document."""
    return (
        clause.dep_ == "relcl"
        and that.dep_ == "dobj"
        and clause.lower_ not in DOCUMENT_VERBS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


PUBLISHING_PARTICIPLES = frozenset(
    {"issued", "posted", "published", "released", "sent", "broadcast", "aired", "carried", "shared"}
    | {"uploaded", "circulated", "distributed", "read", "delivered", "given", "e-mailed", "emailed"}
)


def _clause_of_the_venue_participle(venue: Token) -> list[Token]:
    """ "said in a video posted online on Wednesday that …": the parser hangs the that-clause on
    the venue, or on the participle that publishes it; either way it is what was said. So with a
    participle of the occasion and its own phrase ("in a speech opening the new session that …",
    "in a letter addressed to the opposition that …"), when the clause right after that phrase has
    "that" and a subject of its own."""
    for participle in venue.children:
        if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBG"):
            continue
        if participle.tag_ == "VBN" and participle.lower_ in PUBLISHING_PARTICIPLES:
            for clause in [*participle.children, *venue.children]:
                if clause.dep_ in ("ccomp", "acl") and clause.i > participle.i and clause != participle:
                    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                        return [clause]
            continue
        for clause in participle.subtree:
            if clause.i <= participle.i or clause.dep_ not in ("ccomp", "acl", "relcl", "advcl"):
                continue
            that = clause.left_edge
            if (
                that.lower_ == "that"
                and that.dep_ == "mark"
                and that.head == clause
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                and clause.right_edge.i == participle.right_edge.i  # nothing of the occasion after it
            ):
                return [clause]
    return []


def _reports_clauses(verb: Token) -> bool:
    """A core verb of saying that reports a clause, not one that names ("called Burma “a story in
    an era when we see …”" is naming, not reporting a clause)."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.CORE_CUE_LEMMAS and lemma not in NAMING_LEMMAS


def _before_the_comma(sent: SentSpan, comma: int) -> list[Token]:
    """The words of a sentence closed by ", <subject> said" before that comma: what was said. Not
    after an opening participle ("Asked about the strike, the mayor said.": it says how, not what)."""
    doc = sent.doc
    if doc[sent.start].tag_ in ("VBN", "VBG"):
        return []
    return list(doc[sent.start : comma])


def _clause_read_as_adverbial(verb: Token) -> list[Token]:
    """ "Varek said after the vote he would not accept the offer": the parser took the reported
    clause for an adverbial one (it has its own subject and no subordinator). Its words from the
    subject on are the content; those before it ("after the vote") say when."""
    if not _reports_clauses(verb):
        return []  # "called Burma “a story in an era when we see …”": naming, not reporting a clause
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        if any(m.dep_ == "mark" and m.lower_ != "that" for m in clause.children):
            continue  # "said he would go if …" is not this; "when", "because" open a real adverbial
        opening = clause.left_edge
        wh_word = opening.tag_ in ("WRB", "WDT", "WP") and opening.lower_ != "that"
        if wh_word or any(t.is_punct for t in verb.doc[verb.i + 1 : opening.i + 1]):
            continue  # "recalled sitting in when he worked …", "reported $9 million, most of it …"
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
        if subjects:
            start = subjects[0].left_edge.i
            return [t for t in clause.subtree if t.i >= start]
    return []


# Words that open a sentence without being said: "Well, Varek said, …".
FILLERS = frozenset({"well", "so", "now", "um", "uh", "er"})


def _sentence_before_speaker(verb: Token) -> list[Token]:
    """ "As the march began, a girl was pepper-sprayed by a bystander, police said.": the parser hung
    the reported sentence on the verb as adverbial clauses. When the sentence ends with
    ", <subject> said", everything before that comma is the content."""
    if not _reports_clauses(verb):
        return []
    doc, sent = verb.doc, sentence_of(verb)
    if any(not t.is_punct for t in doc[verb.i + 1 : sent.end]):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[0].right_edge.i + 1 != verb.i:
        return []
    comma = subjects[0].left_edge.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return []
    if not any(
        (c.dep_ in ("advcl", "dep", "parataxis", "intj") or c.tag_ == "UH")
        and c.i < comma
        and c.lower_ not in FILLERS
        for c in verb.children
    ):
        return []  # (an interjection is said too: "Sorry, Sanders said.")
    return _before_the_comma(sent, comma)


# What may stand between a closing "said" and the end of its sentence besides its subject: "she
# said on Saturday", "police said in a statement".
CLOSING_EXTRAS = frozenset({"prep", "npadvmod", "advmod", "punct", "aux", "neg"})


def closing_attribution(verb: Token) -> list[Token]:
    """ "The internet has made it possible …, she said.", "… under pressure from imports, said the
    company's chief executive.": the parser made the reported sentence the root and hung the
    attribution that closes it on it (as an adverbial or a conjunct). When the cue and its subject
    are all that follows the sentence's last comma, everything before that comma is the content."""
    if not _reports_clauses(verb):
        return []
    if verb.dep_ not in ("advcl", "conj", "parataxis", "dep") or verb.head.dep_ != "ROOT":
        return []
    doc, sent = verb.doc, sentence_of(verb)
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if before and before[-1].right_edge.i + 1 == verb.i:
        subject, comma = before[-1], before[-1].left_edge.i - 1  # ", she said."
    else:
        after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
        if not after:
            return []
        subject, comma = after[0], verb.i - 1  # ", said the company's chief executive."
    if comma <= sent.start + 2 or doc[comma].text != "," or verb.head.i >= comma:
        return []
    if any(c.dep_ not in CLOSING_EXTRAS for c in verb.children if c.i > comma and c.i != subject.i):
        return []  # the verb has words of its own: "…, she said of the plan that …"
    settings = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]  # "… reported on Tuesday."
    if any(
        not t.is_punct
        for t in doc[max(verb.i, subject.right_edge.i) + 1 : sent.end]
        if t.head != verb and not any(c.is_ancestor(t) for c in settings)
    ):
        return []  # the sentence goes on after the attribution
    return [t for t in _before_the_comma(sent, comma) if not (t.i == sent.start and t.dep_ == "cc")]


def said_before_being_quoted(verb: Token) -> list[Token]:
    """ "Talks will resume, Petrov was quoted as saying.": the parser hung the reported sentence on
    "quoted", whose subject is the one quoted; everything before the comma that precedes that
    subject is what they said. Only the passive: in "…, Severnaya quoted Petrov as saying." the
    sentence is the agency's report (its subject, its own statement)."""
    quoting = quoted_as_saying(verb)
    if quoting is None or quoting.dep_ != "ROOT" or headline_quoted(quoting):
        return []
    children = list(quoting.children)
    if any(c.dep_ == "neg" for c in children):
        return []  # "…, Petrov was not quoted as saying."
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    clause = next((c for c in children if c.dep_ == "ccomp"), None)
    if (
        subject is None
        or clause is None
        or clause.i > subject.i
        or not any(c.dep_ == "auxpass" for c in children)
    ):
        return []
    doc, sent = verb.doc, sentence_of(verb)
    comma = subject.left_edge.i - 1
    if comma <= sent.start + 2 or doc[comma].text != "," or clause.right_edge.i >= comma:
        return []
    if any(
        c.i > comma and c.dep_ not in CLOSING_EXTRAS | {"nsubjpass", "auxpass", "agent"} for c in children
    ):
        return []  # the sentence goes on after the attribution
    return _before_the_comma(sent, comma)


def reported_by_participle(verb: Token, clause: Token) -> bool:
    """ "Varek took a risk, telling the crowd, “I'm a negotiator”": the parser hung the quotation on
    the verb, but a participle of saying between them is what reports it."""
    first = clause.left_edge.i
    return any(
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and verb.i < c.i < first
        and c.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
        for c in verb.children
    )


def _title_before(clause: Token, subjects: list[Token]) -> bool:
    """``clause`` ends right before the first word of a subject that follows it."""
    last = max(t.i for t in clause.subtree)
    return any(min(t.i for t in subject.subtree) == last + 1 for subject in subjects)


def _quoted_name(obj: Token, inside_quote: frozenset[int]) -> list[Token]:
    """The object and the quotation right after it that names it, through its closing mark: "it
    “another super Tuesday”"; empty when no quotation follows the object."""
    doc, first = obj.doc, obj.right_edge.i + 1
    if first >= len(doc) or first not in inside_quote or doc[first].text not in OPENING_MARKS:
        return []
    last = first
    while last + 1 < len(doc) and last + 1 in inside_quote:
        last += 1
    return list(doc[obj.left_edge.i : last + 1]) if last > first + 1 else []


def complement_of(verb: Token, inside_quote: frozenset[int]) -> list[Token]:
    """The reported content: a clausal complement (with its ``that``), or object + infinitive; for
    a verb of naming, the object and the quotation that names it ("called it “another super Tuesday
    for our campaign”") even where the parse tore them apart."""
    toks = _parsed_complement(verb, inside_quote)
    if verb.lemma_.lower() in NAMING_LEMMAS:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
        named = _quoted_name(objects[0], inside_quote) if objects else []
        toks = named if named and not {t.i for t in named} <= {t.i for t in toks} else toks
        if toks and toks[0].i == verb.i + 1 and toks[0].text in ("“", '"', "‘"):
            # "Patients with what doctors call “long fever” report fatigue": the name right after
            # the verb ends with its quotation; the sentence goes on without it
            closing = next((k for k, t in enumerate(toks[1:], 1) if t.text in ("”", '"', "’")), None)
            toks = toks[: closing + 1] if closing is not None else toks
    if toks and toks[-1].i < verb.i and _semicolon_between(toks[-1], verb):
        return []  # "Rebels seize town; army says …": a clause of its own, not what the army says
    if any(t.lower_ == "what" and t.tag_ == "WP" and t.head == verb and t.i < verb.i for t in toks):
        # "in what police described as a “targeted” attack": what they called it is the description
        toks = [t for t in toks if t.i > verb.i]
        toks = toks[1:] if toks and toks[0].lower_ == "as" else toks
    if len(toks) > 2 and toks[0].lower_ == "only" and toks[1].lower_ == "that" and toks[0].i > verb.i:
        toks = toks[1:]  # "saying only that …": how little was said, the reporter's word
    glosses = {t.i for g in toks if _gloss_between_dashes(g) for t in (g.doc[g.left_edge.i - 1], *g.subtree)}
    toks = [t for t in toks if t.i not in glosses] if glosses else toks
    return _without_a_closing_date(toks)


def _without_a_closing_date(toks: list[Token]) -> list[Token]:
    """ "dismissed the protesters as “a noisy few” on Thursday": a content with no verb of its own
    ends before the day it was said, which the parser hung inside it (a clause keeps its dates:
    "said talks would resume on Monday")."""
    if len(toks) < 3 or any(t.pos_ in ("VERB", "AUX") for t in toks):
        return toks
    last = toks[-1]
    when = next((t for t in toks[1:] if t.dep_ == "prep" and t.right_edge == last and _on_a_weekday(t)), None)
    if when is None or when.doc[when.i - 1].tag_ != "''":
        return toks  # only a day right after the quotation closes
    return [t for t in toks if t.i < when.i]


# Verbs whose object is to come, dated by its own day: "predicted a record turnout on Sunday".
LOOKING_AHEAD = frozenset(
    {"predict", "forecast", "expect", "promise", "pledge", "vow", "plan", "schedule", "propose"}
)


def _looks_ahead(verb: Token) -> bool:
    return verb.lemma_.lower() in LOOKING_AHEAD or verb.lower_.startswith(("predict", "forecast", "expect"))


def _on_a_weekday(prep: Token) -> bool:
    """ "on Thursday", "on Tuesday evening": the day a thing was said (not "in 1971", "over the past
    eight years", "on the evening of April 4", which may be what was said)."""
    return prep.lower_ == "on" and any(c.dep_ == "pobj" and c.lower_ in WEEKDAYS for c in prep.children)


GLOSS_DASHES = frozenset({"—", "–", "--"})


def _gloss_between_dashes(word: Token) -> bool:
    """ "called the rebels “khawarij” — a term for heretics who rise against a ruler —": the
    reporter's explanation of a quoted word, set off by dashes, is not what was said."""
    doc = word.doc
    first, last = word.left_edge.i, word.right_edge.i
    return (
        word.dep_ == "appos"
        and first > 1
        and doc[first - 1].text in GLOSS_DASHES
        and doc[first - 2].is_quote
        and last + 1 < len(doc)
        and doc[last + 1].text in GLOSS_DASHES
    )


def _semicolon_between(last: Token, verb: Token) -> bool:
    return any(t.text == ";" for t in last.doc[last.i + 1 : verb.i])


# Verbs that tell someone to do something: what follows the person told is what was said.
DIRECTIVE_LEMMAS = frozenset(
    {"tell", "urge", "ask", "encourage", "order", "instruct", "advise", "implore", "beg", "invite", "remind"}
)


def _infinitive_after_told(verb: Token, told: Token) -> list[Token]:
    """An infinitive the parser hung on the verb as an adverbial clause, after the person told and a
    phrase between ("tells his supporters at a Michigan rally to “go …”")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > told.i
        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
    ][:1]


NAME_PREPOSITIONS = frozenset({"of", "to", "for", "against", "toward", "towards", "with", "from", "about"})


def _name_goes_on(verb: Token, comps: list[Token], inside_quote: frozenset[int]) -> list[Token]:
    """What the parser hung on the verb that belongs to the name it gives: "called the test “a
    violation” of five resolutions", "described it as “provocative” and a “grave threat” to
    regional stability"; not when or where ("called it “a trap” on Monday")."""
    doc = verb.doc
    end = max(t.right_edge.i for t in comps)
    extra: list[Token] = []
    for child in verb.children:
        if child.i <= end or child.dep_ == "cc":
            continue  # a conjunction goes in with the phrase it joins
        if any(not t.is_punct and t.dep_ != "cc" for t in doc[end + 1 : child.left_edge.i]):
            break  # only quotation marks may stand between the name and what goes on it
        noun_phrase = child.dep_ == "conj" and child.pos_ == "NOUN"
        phrase = child.dep_ == "prep" and child.lower_ in NAME_PREPOSITIONS and not is_time(child)
        quoted = child.i in inside_quote  # the rest of the quoted name ("“a violation and in disregard”")
        if not quoted and (not (noun_phrase or phrase) or is_setting(child) or _is_venue(child)):
            break
        extra.append(child)
        extra.extend(c for c in verb.children if c.dep_ == "cc" and end < c.i < child.i)
        end = child.right_edge.i
    return extra


# Verbs whose object is whom they speak to: "told reporters he would …" reports the clause alone.
ADDRESSEE_LEMMAS = DIRECTIVE_LEMMAS | {
    "inform",
    "assure",
    "warn",
    "notify",
    "convince",
    "persuade",
    "show",
    "promise",
    "teach",
}


def _object_with_relative_clause(verb: Token, objects: list[Token], clause: Token) -> list[Token] | None:
    """ "Varek mentioned disparaging remarks Lasken had made about her": a relative clause with no
    "that" right after the object, which the parser took for a clause the verb reports; the object
    and its clause are what was mentioned. Not after a verb whose object is its hearer ("told
    reporters he would …"), nor when the clause has an object of its own."""
    if not objects or verb.lemma_.lower() in ADDRESSEE_LEMMAS:
        return None
    obj = objects[0]
    if obj.pos_ != "NOUN" or obj.i > clause.i or obj.right_edge.i + 1 != clause.left_edge.i:
        return None
    if any(c.dep_ in ("mark", "dobj", "ccomp", "xcomp") for c in clause.children):
        return None  # "said that …", "reminded X it had …": a clause of its own
    return [obj, clause]


# Verbs of telling someone something: the person told, then what they were told.
TELLING_LEMMAS = frozenset({"tell", "warn", "inform", "assure", "remind", "notify", "promise", "convince"})


def _clause_after_addressee(verb: Token) -> list[Token]:
    """ "told one of his aides on a regular basis that “terrorism is the answer”": a that-clause with
    its own subject, which the parser hung on a noun after the person told, is what was told."""
    if verb.lemma_.lower() not in TELLING_LEMMAS:
        return []  # not "showed no sign that …", where the clause says what the sign was
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative", "prep") and c.i > verb.i]
    statement_nouns = lexicon.words("statement_nouns.txt")  # "told them of her belief that …"
    for phrase in told:
        for clause in phrase.subtree:
            if clause.dep_ not in ("acl", "relcl", "ccomp", "advcl") or clause.head.lower_ in statement_nouns:
                continue
            if clause.dep_ == "advcl" and clause.head.dep_ != "relcl":
                continue  # "told reporters who gathered outside that …": the parser's adverbial clause
            if any(c.lower_ in ("so", "such") for c in clause.head.subtree if c.i < clause.head.i):
                continue  # "tells so many lies that …": what follows from the lies
            first = clause.left_edge
            opens = first.lower_ == "that" and first.dep_ == "mark" and first.head == clause
            if opens and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return [clause]
    return []


def _infinitive_read_as_purpose(verb: Token) -> list[Token]:
    """ "called on worshippers during Friday prayers to reject …": the parser read the infinitive
    as a purpose of the calling; after "called on" someone, it is what they were called on to do."""
    if verb.lemma_.lower() != "call":
        return []
    on = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == verb.i + 1),
        None,
    )
    if on is None or not any(o.dep_ == "pobj" for o in on.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > on.i
        and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)
    ][:1]


CITING_LEMMAS = frozenset({"cite", "quote"})


def _past_a_citing_aside(clause: Token) -> bool:
    """In "The Herald reported, citing two officials, that the border would close", the clause
    the parser gave "citing": it is what the verb before the aside reported."""
    aside = clause.head
    return (
        aside.dep_ == "advcl"
        and aside.tag_ == "VBG"
        and aside.lemma_.lower() in CITING_LEMMAS
        and aside.i < aside.head.i + 3
        and clause.i > aside.i
        and clause.left_edge.i > 0
        and clause.doc[clause.left_edge.i - 1].text == ","
        and aside.head.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
    )


def _clause_past_a_citing_aside(verb: Token) -> list[Token]:
    return [
        clause
        for aside in verb.children
        if aside.dep_ == "advcl"
        for clause in aside.children
        if clause.dep_ == "ccomp" and _past_a_citing_aside(clause)
    ][:1]


def _a_noun_names_the_sentence_before(subjects: list[Token]) -> bool:
    """Two subjects, the first a noun set off by a comma: ", a verdict her lawyers said …"."""
    if len(subjects) < 2:
        return False
    first = min(subjects, key=lambda t: t.i)
    edge = first.left_edge.i
    return first.pos_ == "NOUN" and edge > 0 and first.doc[edge - 1].text == ","


def _title_read_as_clause(clause: Token) -> bool:
    """A clause of capitalised words only, the way titles are written ("Roads Not Taken")."""
    setting = {t.i for c in clause.children if c.dep_ == "prep" for t in c.subtree}  # "In her memoir"
    words = [t for t in clause.subtree if t.is_alpha and t.i not in setting]
    return bool(words) and len(words) <= 8 and all(t.text[:1].isupper() for t in words)


def _a_tally(word: Token) -> bool:
    """A count of votes: the "289" and "201" of "voted 289 to 201", the "52-48" of "voted 52-48"."""
    return word.like_num or re.fullmatch(r"\d+[-–]\d+", word.text) is not None


def _second_that_clause(verb: Token, children: list[Token], clausal: list[Token]) -> list[Token]:
    """ "said it was “deeply sorry” and that servers would return by Friday" (red team 173): the
    parser joined the second that-clause to the verb; it is reported too, with its "and"."""
    last = max(c.i for c in clausal)
    second = next(
        (
            c
            for c in children
            if c.dep_ == "conj"
            and c.i > last
            # the "that" opens it (not "and now that the inquiry has reported he faces …")
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)
        ),
        None,
    )
    if second is None:
        return []
    return [c for c in children if c.dep_ == "cc" and last < c.i < second.i] + [second]


def _parsed_complement(verb: Token, inside_quote: frozenset[int]) -> list[Token]:
    """The reported content as the parse has it."""
    children = list(verb.children)  # read once: each reading makes new token objects
    clausal = [
        c
        for c in children
        if c.dep_ in ("ccomp", "parataxis")
        and not reported_by_participle(verb, c)
        and not _past_a_citing_aside(c)
    ] or _clause_past_a_citing_aside(verb)
    xcomps = [c for c in children if c.dep_ == "xcomp"] or _infinitive_read_as_purpose(verb)
    objects = [c for c in children if c.dep_ in ("dobj", "oprd")]
    if not xcomps and objects and verb.lemma_.lower() in DIRECTIVE_LEMMAS:
        xcomps = _infinitive_after_told(verb, objects[0])  # "tells his supporters at a rally to “go …”"
    comps: list[Token] = []
    if not clausal:
        # "said in a statement that …", "told one of his aides on a regular basis that …"
        clausal = clause_after_venue(verb) or _clause_after_addressee(verb)
    if not clausal and (reported := _clause_read_as_adverbial(verb) or _sentence_before_speaker(verb)):
        return reported
    if len(clausal) > 1:
        # Two clauses, one before the subject with no comma between: the parser took a subject's
        # title for a clause ("Rovers striker Kofi Asante said the win …"), which is not content.
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
        clausal = [c for c in clausal if not _title_before(c, subjects)] or clausal
        after_that = [
            c
            for c in clausal
            if c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
        if after_that and all(_title_read_as_clause(c) for c in clausal if c.i < verb.i):
            # 'In her memoir, "Roads Not Taken," Fell argues that …': the title is no clause
            clausal = [c for c in clausal if c.i > verb.i]
        if after_that:
            # "said in a sermon broadcast live on state radio that …": the parser read "live" as a
            # clause; a clause with no subject or mark before the that-clause is a misread venue
            clausal = [
                c
                for c in clausal
                if not (
                    verb.i < c.i < after_that[0].i
                    and not any(d.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for d in c.children)
                )
            ]
        if _a_noun_names_the_sentence_before(subjects) and any(c.i > verb.i for c in clausal):
            # "A court sentenced her …, a verdict her lawyers said they would appeal": the verdict is
            # the sentence before; the lawyers said what follows the verb
            clausal = [c for c in clausal if c.i > verb.i]
        if not subjects and any(c.i > verb.i for c in clausal):
            # "Osk, who sits at zero endorsements, said that …": the parser read the subject and
            # its relative clause as a clause reported by the verb; what was said comes after it
            clausal = [c for c in clausal if c.i > verb.i or c.left_edge.i != sentence_of(verb).start]
    if clausal and (relative := _object_with_relative_clause(verb, objects, clausal[0])) is not None:
        comps = relative  # "mentioned remarks Trump had made about her": the remarks, and which
    elif clausal:
        comps = clausal + _second_that_clause(verb, children, clausal)
    elif xcomps and verb.lemma_.lower() == "vote" and any(_a_tally(t) for t in (*objects[:1], *xcomps)):
        # "voted 289 to 201 to lift his immunity": what the vote did, not its count
        comps = [c for c in xcomps if not _a_tally(c)] or [
            c  # the parser's "to lift …" hung as a purpose: "voted 289 to 201 to lift his immunity"
            for c in children
            if c.dep_ == "advcl"
            and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
    elif xcomps:
        # "X urged voters to stay home": the object belongs to the content; so does the one
        # "called on" names ("called on the board to resign": "on" stays with the cue).
        called_on = (
            [c for c in children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < xcomps[0].i]
            if verb.lemma_ == "call"
            else []
        )
        if objects and objects[0].i < xcomps[0].i:
            comps = objects[:1] + xcomps
        elif called_on and any(o.dep_ == "pobj" for o in called_on[0].children):
            comps = called_on[:1] + xcomps
        else:
            comps = xcomps
    elif objects and (
        as_prep := [
            c
            for c in children
            if c.i > objects[0].i
            and (
                (c.dep_ == "prep" and c.lower_ == "as")
                # "dismissed the report as “fabricated …”": the parser makes the participle a clause
                or (
                    c.dep_ == "advcl"
                    and c.tag_ in ("VBN", "JJ")
                    and c.left_edge.lower_ == "as"
                    and not any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children)
                )
            )
        ]
    ):
        comps = objects[:1] + as_prep  # "X described the plan as “a trap”"
        comps += _name_goes_on(verb, comps, inside_quote)
    elif len(objects) >= 2:
        comps = objects  # "X called the move a declaration of war"
        comps += _name_goes_on(verb, comps, inside_quote)
    elif (objects and any(c.dep_ in ("xcomp", "oprd", "acl") for c in objects[0].children)) or (
        objects and any(t.i in inside_quote for t in objects[0].subtree)
    ):
        comps = objects
    elif for_clause := [
        c
        for c in children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
    ]:
        comps = for_clause[:1]  # "called for all candidates to lay out their plans"
    else:
        preps = [
            c
            for c in children
            if c.dep_ == "prep" and c.lower_ in ("on", "for") and not is_time(c)  # not "called on Monday"
        ]
        out = next((c for c in children if c.dep_ == "prt" and c.lower_ == "out"), None)
        if verb.lemma_ == "call" and preps and out and objects and out.i < objects[0].i < preps[0].i:
            comps = [objects[0], preps[0]]  # "called out his rival for alienating voters"
        elif verb.lemma_ == "call" and preps and (out or not objects or objects[0].pos_ in ("PRON", "PROPN")):
            # "called for a ban", "called them on it", not "called a debate on whether to …"
            comps = [preps[0]]
    if not comps:
        return []
    toks: list[Token] = []
    for comp in comps:
        toks.extend(comp.subtree)
    toks.sort(key=lambda t: t.i)
    if toks and (when := leading_date(comps[0], inside_quote)):
        toks = [t for t in toks if t.i not in when]  # "said on Monday it would …": when it was said
    while toks and toks[0].lower_ in ("on", "for") and toks[0].dep_ in ("prep", "mark"):
        toks.pop(0)
    if (
        len(toks) > 1
        and toks[0].tag_ in ("WDT", "WP")
        and toks[0].i < verb.i < toks[1].i
        and verb.lemma_.lower() in ("call", "describe", "brand", "label", "dub", "term")
        and (toks[1].is_quote or toks[1].doc[toks[1].i - 1].is_quote)
    ):
        toks.pop(0)  # "The ruling, which the government called “a disgrace”": the name, not "which"
    return toks


PERIODS = frozenset({"week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter"})


def leading_date(word: Token, inside_quote: frozenset[int]) -> set[int]:
    """ "on Monday", "last week": a date the parser hung on the reported clause, before it opens."""
    first = next(word.lefts, None)  # the leftmost child before the word
    if first is None or first.left_edge.i != word.left_edge.i or first.left_edge.i < word.head.i:
        return set()  # a date after the verb: "“Fourteen days,” Tovek said" is what was said
    if any(t.i in inside_quote for t in first.subtree):
        return set()  # "pointed out, “In the week before the convention, …”": quoted words
    relative = first.lower_ in PERIODS and any(c.lower_ in ("last", "this", "next") for c in first.children)
    dated = (first.dep_ == "prep" and is_time(first)) or (
        first.dep_ in ("npadvmod", "tmod")
        and (first.ent_type_ in ("DATE", "TIME") or first.lower_ in CALENDAR_WORDS or relative)
    )
    return {t.i for t in first.subtree} if dated else set()


def within_relative_clause(verb: Token, complement: list[Token]) -> list[Token]:
    """ "The bill, which critics say gives police too much power, passed on Tuesday": a cue inside a
    relative clause set off by commas reports no further than the comma that closes the clause,
    whatever the parser hung on it."""
    first = verb.left_edge.i
    if verb.dep_ != "relcl" or first == 0 or verb.doc[first - 1].text != ",":
        return complement
    for i, tok in enumerate(complement):
        if tok.text == "," and tok.i > verb.i and i > 0:
            return complement[:i]
    return complement


def relative_object_as_its_antecedent(verb: Token, complement: list[Token]) -> list[Token]:
    """ "The findings, which the authors described as “preliminary,” were posted": the relative
    pronoun stands for what was described; the claim is the findings as preliminary, not "which"."""
    # (or a clause the parser hung the verb on: "said the tool was slow, which she described as a
    # quirk", red team 177)
    if verb.dep_ != "relcl" and not (verb.dep_ == "advcl" and verb.lemma_.lower() in NAMING_LEMMAS):
        return complement
    pronoun = next(
        (
            t
            for t in complement
            if t.head == verb and t.dep_ == "dobj" and t.tag_ in ("WDT", "WP") and t.i < verb.i
        ),
        None,
    )
    if pronoun is None:
        return complement
    doc = verb.doc
    first = verb.left_edge.i
    antecedent = [t for t in verb.head.subtree if t.i < first and t.dep_ != "punct"]
    if antecedent and antecedent[0].dep_ == "mark":
        antecedent = antecedent[1:]  # "said on Monday that the tool was slow, which …": the reporter's "that"
    if not antecedent or doc[first - 1].text != ",":
        return complement
    return antecedent + [t for t in complement if t != pronoun]


CALENDAR_WORDS = (
    frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | {"today", "tonight", "yesterday", "tomorrow", "morning", "evening", "night"}
)


def is_time(prep: Token) -> bool:
    """ "on Monday", "for Tuesday", "for May": a preposition that dates, not one that asks."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and (objects[0].ent_type_ in ("DATE", "TIME") or objects[0].lower_ in CALENDAR_WORDS)


AS_CLAUSE_OWN_DEPS = ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "dative", "advcl")


def as_clause(verb: Token) -> bool:
    """ "as Kolt noted, …", "as one aide put it in a statement, …"; not "as he talked about …, Trump …"."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(
            c.dep_ in AS_CLAUSE_OWN_DEPS
            and c.lower_ != "it"
            and not (c.dep_ == "prep" and (is_time(c) or is_setting(c)))
            and not (c.dep_ in ("dobj", "dative") and _told_whom(verb, c))  # "As Clinton told the News, …"
            for c in verb.children
        )
    )


def _told_aside(verb: Token) -> bool:
    """ "Every Friday, the former executive told the Post, Fiorina would lead a meeting": an
    attribution with whom it was told, set off by a comma before the clause it tells, that the
    parser made an adverbial clause of it."""
    doc = verb.doc
    end = verb.right_edge.i + 1
    return (
        verb.dep_ == "advcl"
        and verb.head.i > end
        and end < len(doc)
        and doc[end].text == ","
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "xcomp", "advmod") and c.i > verb.i for c in verb.children)
        and not any(c.dep_ == "mark" for c in verb.children)  # not "after X told the Post, …"
        and any(_told_whom(verb, c) for c in verb.children if c.i > verb.i)
    )


def parenthetical_host(verb: Token) -> list[Token]:
    """``The museum, Mr. Obama said, would …``, ``As Kolt noted, the budget …``: the clause the cue
    interrupts or introduces is the content."""
    if verb.dep_ != "parataxis" and not as_clause(verb) and not _told_aside(verb):
        return []
    host = _host(verb)
    if host.pos_ not in ("VERB", "AUX") and not _set_off_by_commas(verb):
        return []
    if (claimed := _clause_judged_true_or_false(host, verb)) is not None:
        return claimed  # "It is not true, as X has claimed, that the mine will close": X's claim
    if verb.dep_ == "parataxis" and (between := _between_commas(verb)) is not None:
        # "Rather than raise taxes, said Ana Lee, the port would sell land": all but the aside
        first, last = between
        own_acts = {  # "…, Cruz explained, recalling the time …": the speaker's doing, not words
            t.i
            for c in verb.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > last
            for t in c.subtree
        }
        return [t for t in host.subtree if (t.i < first or t.i > last) and t.i not in own_acts]
    own = {t.i for t in verb.subtree}
    toks = [t for t in host.subtree if t.i not in own]
    while toks and (
        toks[0].dep_ == "cc"
        # "If, as I've suggested, X …, they should …": the clause suggested is X; the "if" is the writer's
        or (toks[0].dep_ == "mark" and toks[0].head == host and host.dep_ == "advcl")
        or toks[0].is_punct
        or (
            toks[0].i == verb.right_edge.i + 1
            and toks[0].dep_ == "npadvmod"
            and toks[0].lower_ in CALENDAR_WORDS
        )
    ):
        toks.pop(0)  # "As the tabloid noted in an op-ed Thursday, …": the day is when it was noted
    return toks


TRUTH_WORDS = frozenset({"true", "untrue", "false", "correct", "incorrect", "right", "wrong", "accurate"})


def _clause_judged_true_or_false(host: Token, verb: Token) -> list[Token] | None:
    """ "It is (not) true, as X has claimed, that P": what X claimed is P; the verdict on it is the
    writer's (or the sentence's speaker's), not X's."""
    frames = [c for c in host.children if c.dep_ == "ccomp" and c.i < verb.i and _a_verdict(c)]
    if frames and host.i > verb.i:
        # the parser's other reading: "It is not true" hung on the claim's own verb
        dropped = {t.i for t in (*frames[0].subtree, *verb.subtree)}
        toks = [t for t in host.subtree if t.i not in dropped]
        while toks and toks[0].is_punct:
            toks.pop(0)
        return toks
    if not _a_verdict(host):
        return None
    claims = [
        c
        for c in host.children
        if c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
    ]
    return sorted(claims[0].subtree, key=lambda t: t.i) if claims else None


def _a_verdict(be: Token) -> bool:
    """ "It is (not) true", "was false": a verb of being with a word of truth."""
    return be.lower_ in ("is", "was", "'s", "’s", "be") and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in TRUTH_WORDS for c in be.children
    )


def interrupting_root(verb: Token) -> list[Token]:
    """ "These dockers, Harlan explained, were “well-paid”": a cue between commas that the parser
    made the sentence's root, the subject before it hung on it and the rest of the clause
    conjoined to it. What was said is the sentence without the aside."""
    if verb.dep_ != "ROOT" or (between := _between_commas(verb)) is None:
        return []
    first, last = between
    if any(c.dep_ in OBJECT_DEPS and first < c.i < last for c in verb.children):
        return []  # "On Friday, he acknowledged the appeal, then …": the verb has its own object
    heads = [c for c in verb.children if c.i < first]
    if (
        len(heads) != 1
        or heads[0].pos_ not in ("NOUN", "PROPN", "PRON")
        or heads[0].left_edge.i != sentence_of(verb).start
    ):
        return []  # the clause's subject, a noun phrase, must open the sentence
    rest = [c for c in verb.children if c.dep_ == "conj" and c.i > last]
    if not rest or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in rest[0].children):
        return []
    return [*heads[0].subtree, *rest[0].subtree]


OBJECT_DEPS = ("dobj", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd")


def _host(verb: Token) -> Token:
    """The clause a parenthetical cue interrupts: "The difference now, he told me, is that …" has
    the parser hang "told" on "difference", the subject of the clause that is reported."""
    host = verb.head
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ in ("nsubj", "nsubjpass") and host.head.dep_ == "ROOT":
        return host.head
    if host.dep_ in ("aux", "auxpass") and host.head.i > host.i:
        return host.head  # "The ceasefire, she said, was “holding”": hung on the auxiliary
    return host


def _between_commas(verb: Token) -> tuple[int, int] | None:
    """The commas around a cue and its subject inside a sentence (", Ana Lee said,", ", said Ana
    Lee, the port's lawyer,"), as token indices, or None when the cue is not set off by them."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    left = min([verb.i, *(c.left_edge.i for c in subjects)])
    left = min([left, *(c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod") and c.i < verb.i)])
    if left < 1 or doc[left - 1].text != ",":
        return None
    right = max([verb.i, *(c.right_edge.i for c in subjects)]) + 1
    while right < sentence_of(verb).end and doc[right].text != ",":
        if doc[right].is_sent_end or doc[right].text in (".", "?", "!", ";", ":"):
            return None
        right += 1
    if right >= sentence_of(verb).end - 1:
        return None
    return left - 1, right


def _set_off_by_commas(verb: Token) -> bool:
    """ "Proposals to raise taxes, he added, amount to …": a cue between commas in the middle of the
    sentence interrupts it, whatever word the parser made the sentence's root."""
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    return (
        verb.head.dep_ == "ROOT"
        and doc[first].text == ","
        and doc[last].text == ","
        and first > sentence_of(verb).start + 1
    )


# Verbs that name something in the speaker's words: with a quotation as their complement they
# always attribute it, whatever the classifier makes of the clause around them.
NAMING_LEMMAS = frozenset(
    {"call", "describe", "label", "brand", "dub", "term", "characterize", "characterise"}
)


CONTENT_PREPOSITIONS = frozenset(
    {"about", "on", "upon", "for", "to", "against", "of", "as", "over", "into", "with"}
)


TIME_NOUNS = frozenset({"hours", "days", "weeks", "minutes", "months", "years", "time", "moment", "day"})


def _is_venue(prep: Token) -> bool:
    """ "on the movement's website", "within hours": where or when it was said, not what."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "by" and any(c.dep_ == "pobj" and c.lower_ == "name" for c in prep.children):
        return False  # "did not mention Sanders by name"
    if prep.lower_ not in CONTENT_PREPOSITIONS:
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    obj = objects[0]
    return (
        obj.lower_ in lexicon.words("venue_nouns.txt")
        or (prep.lower_ == "on" and obj.text in lexicon.PLATFORM_NAMES)  # "conceded on X"
        or on_a_named_platform(prep, obj, prep.head)  # "wrote on Chirp: “…”"
        or obj.lower_ in TIME_NOUNS
        or obj.ent_type_ in ("DATE", "TIME")
        or obj.lower_ in lexicon.WEEKDAYS  # "approved the plans … on Tuesday": when
    )


# Verbs of talking, whose "to" or "with" gives whom the speaker talked to: "talking to reporters".
TALKING_LEMMAS = frozenset({"talk", "speak", "chat"})


# Verbs whose plain object is whom they were said to: "told reporters", "briefed us".
TOLD_LEMMAS = frozenset({"tell", "assure", "reassure", "brief", "notify", "question", "interview"})
AUDIENCES = frozenset(
    {"reporters", "journalists", "audience", "crowd", "supporters", "listeners", "viewers", "readers"}
    | {"lawmakers", "members", "delegates", "voters", "residents", "worshippers", "students", "staff"}
    | {"workers", "employees", "colleagues", "officials", "parliament", "congress", "media", "press"}
)


ASKING_LEMMAS = frozenset({"ask", "question", "press", "quiz"})


def _told_whom(verb: Token, obj: Token) -> bool:
    """ "Varek told reporters on Monday", "What shoppers told us:": the object is who heard it;
    "asked Cara Delmonte about the vote": who was asked, not what."""
    asked_about = verb.lemma_.lower() in ASKING_LEMMAS and any(
        c.dep_ == "prep" and c.lower_ in ("about", "on", "over") and c.i > obj.i for c in verb.children
    )
    return (
        obj.dep_ in ("dobj", "dative")
        and (verb.lemma_.lower() in TOLD_LEMMAS or asked_about)
        and (
            obj.pos_ in ("PRON", "PROPN")
            or obj.lower_ in AUDIENCES
            or obj.lemma_.lower() in lexicon.words("person_roles.txt")
            or obj.lower_.removesuffix("s") in lexicon.words("person_roles.txt")  # (lemmas are for cues only)
        )
    )


def _a_tally_s_second_number(verb: Token, prep: Token) -> bool:
    """ "rejected the application by seven votes to two": the "to two" ends the count of votes (the
    "by" phrase is no content either), not what was rejected."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(c.dep_ == "pobj" and c.like_num for c in prep.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "by"
            and c.i < prep.i
            and any(o.lower_ in ("votes", "vote") for o in c.subtree)
            for c in verb.children
        )
    )


def _written_to(verb: Token, prep: Token) -> bool:
    """ "wrote to the education secretary on Monday": whom the letter went to, not what it said
    ("wrote the letter to the adviser" keeps its object; "responded to X", as PolNeAR reads it,
    says what was answered, a body or a person included)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and verb.lemma_.lower() == "write"
        and all(t.pos_ in ("ADV", "PART") for t in verb.doc[verb.i + 1 : prep.i])
        and not any(c.dep_ == "pobj" and c.lower_ == "effect" for c in prep.children)  # "to the effect that"
    )


def _addressed(verb: Token, prep: Token) -> bool:
    """ "Ayesha Malik, talking to reporters, opined that …": in a participle set off before the verb
    of saying, the reporters are who heard it, not what was said ("talking to voters about health
    care" says what about)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("to", "with")
        and verb.lemma_.lower() in TALKING_LEMMAS
        and verb.tag_ == "VBG"
        and _set_off_before_a_verb(verb)
        and not any(t.lower_ in ("about", "on") for t in prep.subtree)
    )


def _set_off_before_a_verb(participle: Token) -> bool:
    """ ", talking to reporters in Lahore, alleged": between commas, a verb right after (however the
    parser joined them: it may make the participle the sentence's root)."""
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return False
    for k in range(participle.i + 1, min(participle.i + 8, len(doc) - 1)):
        if doc[k].text == ",":
            return doc[k + 1].pos_ in ("VERB", "AUX")
    return False


def object_of(verb: Token, inside_quote: frozenset[int]) -> list[Token]:
    """What a cue with no clause is about: the rest of its clause after it, object first
    ("criticized the plan as a trap", "linked the hack to the campaign"); for a passive cue with
    an agent, its subject ("The issue was first reported by the Post")."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive and agent(verb) is not None:
        # "Baran was accused by Zelenka of “betraying the country”": the subject and what it is
        # accused of, described as, criticised for, as "Zelenka accused Baran of …" gives them
        charge = [
            c
            for c in verb.children
            if c.i > verb.i and c.dep_ in ("prep", "oprd") and lexicon.a_charge(verb.lemma_.lower(), c.lower_)
        ]
        return sorted([*passive[0].subtree, *(t for c in charge for t in c.subtree)], key=lambda t: t.i)
    right = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.dep_ in ("dobj", "attr", "prep", "dative", "oprd")
        and not _is_venue(c)
        and not _addressed(verb, c)
        and not _told_whom(verb, c)
        and not _written_to(verb, c)
        and not _a_tally_s_second_number(verb, c)
        # "criticised the plan on Tuesday" (not "predicted a record turnout on Sunday")
        and not (c.dep_ == "prep" and _on_a_weekday(c) and c.i > verb.i + 1 and not _looks_ahead(verb))
    ]
    if not any(c.dep_ in ("dobj", "attr", "prep") for c in right):
        return []
    # "criticized the citation and the demand for …": a second object the parser joined to the verb
    joined = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > right[0].i
        and (
            c.pos_ == "PROPN"
            or (
                c.pos_ == "NOUN"
                and any(d.dep_ in ("det", "poss", "amod", "compound", "nummod") for d in c.children)
            )
        )
    ]  # a noun phrase, not a verb read as a noun ("chides Kestovia and praises Dravin")
    if joined:
        right += joined + [c for c in verb.children if c.dep_ == "cc" and right[0].i < c.i < joined[0].i]
    settings = {t.i for c in right if c.dep_ == "dobj" and c.pos_ == "PROPN" for t in _settings_of_a_name(c)}
    toks = [t for c in right for t in c.subtree if t.i not in settings]
    if right and right[0].dep_ == "prep" and right[0].i == verb.i + 1:
        toks = [t for t in toks if t.i != right[0].i]  # "worried about X": "about" goes with the cue
    return _before_another_speaker(verb, _without_a_closing_date(sorted(toks, key=lambda t: t.i)))


# Prepositions of when, which a name never takes as its own.
WHEN_PREPOSITIONS = frozenset({"after", "before", "during", "following"})


def _settings_of_a_name(name: Token) -> list[Token]:
    """ "praised striker Adam Fell after the match", "on Sunday": when or where the praise was, which
    the parser hung on the name (a name does not take them; "Fell of Kesh United" does)."""
    return [
        t
        for p in name.children
        if p.dep_ == "prep"
        and p.i > name.i
        and (
            p.lower_ in WHEN_PREPOSITIONS
            or (
                p.lower_ in ("at", "on", "in")
                and (
                    is_setting(p)
                    or any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in p.children)
                )
            )
        )
        for t in p.subtree
    ]


def _before_another_speaker(verb: Token, toks: list[Token]) -> list[Token]:
    """ "accusing the union of “…” and union leaders vowing to stay out": the parser hung a second
    subject's clause inside the object; the object ends before "and"."""
    doc = verb.doc
    for tok in toks:
        if tok.dep_ != "nsubj" or tok.head.i == verb.i or tok.head.tag_ != "VBG" or tok.i > tok.head.i:
            continue
        opening = tok.head.left_edge.i
        if opening > 0 and doc[opening - 1].dep_ == "cc" and doc[opening - 1].i > toks[0].i:
            return [t for t in toks if t.i < opening - 1]
    return toks


def is_setting(prep: Token) -> bool:
    """ "at a rally", "on Friday", "within hours": a preposition of the occasion or time."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    obj, doc = objects[0], prep.doc
    word = obj.lower_
    if obj.i >= 2 and doc[obj.i - 1].text == "-":
        word = f"{doc[obj.i - 2].lower_}-{word}"  # "in an op-ed", tokenized "op - ed"
    return word in lexicon.words("venue_nouns.txt") or obj.lower_ in TIME_NOUNS


ANSWERS = frozenset({"yes", "no", "so"})


def answer(verb: Token) -> list[Token]:
    """ "46 percent of voters said yes", "Half said so in the last poll": an answer right after a
    verb of saying is what was said."""
    if verb.lemma_.lower() not in ("say", "answer", "reply") or verb.i + 1 >= len(verb.doc):
        return []
    word = verb.doc[verb.i + 1]
    return [word] if word.head.i == verb.i and word.lower_ in ANSWERS and word.dep_ != "cc" else []
