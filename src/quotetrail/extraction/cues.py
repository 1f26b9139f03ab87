"""Cues: the words that signal a statement, and the source each one names.

A cue is a reporting verb (``said``, ``told``, ``warned``), ``according to``,
or a colon after a name introducing a quote. Each found cue carries its source
(the subject phrase, found by ``subjects``), the tokens of its clause (to judge
whether a quote sits next to it) and its complement (the reported content, for
indirect speech, found by ``complements``); which words beyond the verb belong
to the cue ("called for", "expressed concern about") is ``cue_words``'s. Whether a verb's use says
anything at all ("took questions", "declined to comment", "seems to") is ``saying``'s.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from quotetrail.extraction import cue_model, lexicon
from quotetrail.extraction.complements import (
    NAMING_LEMMAS,
    answer,
    closing_attribution,
    complement_of,
    interrupting_root,
    leading_date,
    object_of,
    parenthetical_host,
    referred_to_as,
    relative_object_as_its_antecedent,
    said_before_being_quoted,
    within_relative_clause,
)
from quotetrail.extraction.cue_words import BE_FORMS, chain, cue_words, light_object, made_clear, of_the_view
from quotetrail.extraction.naming import estimated_at, naming_misparsed
from quotetrail.extraction.phrases import (
    SpeakerPhrase,
    is_outlet,
    named_after_a_role,
    speaker_phrase,
    token_span,
)
from quotetrail.extraction.reading_out import READ_OUT_WORDS, writer_read_out
from quotetrail.extraction.saying import (
    CITING_FORMS,
    IMPERSONAL_LEMMAS,
    LETTING_FORMS,
    MODALS,
    OBJECT_PRONOUNS,
    PLEADING,
    RAISING_LEMMAS,
    TITLING_LEMMAS,
    WEAK_CUE_PROBABILITY,
    WH_WORDS,
    a_label_before_a_colon,
    a_listing_s_label,
    a_plea,
    absolute_with,
    answers_a_claim,
    bare_light_verb,
    before_a_quoting_colon,
    beside_a_quotation,
    calls_back,
    draws_a_response,
    fronted_topic,
    imagined,
    impersonal_passive,
    inverted_speaker,
    judged_as_quoted,
    message_before_colon,
    mute,
    no_saying,
    nobody,
    only_a_source,
    opens_a_quotation,
    owner_of_words,
    said_in_passing,
    says_by_its_construction,
    says_nothing,
    seems,
    speaks_in_a_manner,
    states_a_stance,
    the_report_s_source,
    tribute_to_quoted,
)
from quotetrail.extraction.subjects import (
    REMEMBERING,
    age_before_verb,
    asked_aside,
    asked_before,
    cue_subject,
    headline_quoted,
    quoted_as_saying,
    role_read_as_verb,
    writing_verb,
)
from quotetrail.model import Span
from quotetrail.nlp import whole_text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SentSpan

COMPLEMENT_DEPS = ("ccomp", "xcomp", "parataxis")
CLAUSE_DEPS = (
    "aux",
    "auxpass",
    "neg",
    "advmod",
    "prt",
    "dative",
    "npadvmod",
    "prep",
    "agent",
    "dobj",
    "punct",
)


@dataclass(slots=True)
class Cue:
    token: Token  # the cue's head word
    base: int  # offset of the token's paragraph in the article
    span: Span  # absolute span of the cue words ("said", "according to")
    text: str
    source: SpeakerPhrase | None
    clause: list[Token]  # cue + source + modifiers outside quotes: the attribution "frame"
    complement: list[Token] = field(default_factory=list)  # tokens of the reported content, if any
    used: bool = False
    sentence: SentSpan | None = None  # the sentence the cue is in
    strong: bool = True  # a cue on its own; weak cues only attribute an adjacent quotation
    impersonal: bool = False  # "It was stated that …": said, by no one the text names
    _frame: Span | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def clause_start(self) -> int | None:
        """Where the clause a phrase cue sits in begins ("…, because, in her words, “…”"): the
        sentence's words before it are not what was said. None for a verb, whose sentence it is."""
        if self.token.pos_ != "ADP" or not self.complement:
            return None
        return self.base + self.complement[0].idx

    @property
    def frame(self) -> Span:
        """Where the clause runs, from its first word to its last (computed once: every quotation
        of the paragraph asks)."""
        if self._frame is None:
            first = min(self.clause, key=lambda t: t.i)
            last = max(self.clause, key=lambda t: t.i)
            self._frame = Span(self.base + first.idx, self.base + last.idx + len(last.text))
        return self._frame


def _according_to(tok: Token, base: int, inside_quote: frozenset[int], sent: SentSpan) -> Cue | None:
    """ "according to X": X is the source of the sentence the phrase sits in. The phrase ends at
    the first comma after "to" outside quotation marks, whatever the parse makes of the words: it may read
    "according to show insiders" as a verb and its object, or hang the whole sentence on
    "According" ("According to host Rush Limbaugh, the move reeks of …")."""
    doc = tok.doc
    to = doc[tok.i + 1]
    end = next((t.i for t in doc[to.i + 1 : sent.end] if t.text == "," and t.i not in inside_quote), sent.end)
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if objects and objects[0].lower_ in ("translation", "translations"):
        return None  # "…, according to a translation, that …": how the words came into English
    parsed = bool(objects) and objects[0].i < end and tok.head != tok
    if not objects or objects[0].i >= end:
        named = [t for t in doc[to.i + 1 : end] if t.pos_ in ("NOUN", "PROPN")]
        if not named:
            return None
        objects = [named[-1]]
    # Where the parse holds, the phrase is the object's (appositions included: "X, a former aide").
    limit = sent.end if parsed else end
    source = speaker_phrase(objects[0], base, inside_quote | frozenset(range(limit, sent.end)))
    first = doc[to.i + 1]
    if not parsed and source is not None and base + first.idx < source.span.start and end - first.i <= 4:
        # "according to show insiders" read as a verb and its object: the words are still the source
        start = base + first.idx
        text = whole_text(doc)[start - base : source.span.end - base]
        source = replace(source, span=Span(start, source.span.end), text=text)
    named = _name_set_off_after_the_source(doc, objects[0], end, sent, inside_quote)
    if named:
        # "According to her agent, Lorne Pettifer, Quent finished …": the name is the source's
        source = speaker_phrase(named[-1], base, inside_quote) or source
        named = [doc[end], *named]  # with the comma before the name
        end = named[-1].i + 1
    span = Span(base + tok.idx, base + to.idx + len(to.text))
    clause = [tok, to, *(t for t in objects[0].subtree if t.i < limit), *named]
    if tok.head != tok:
        excluded = {t.i for t in tok.subtree} | _source_s_description_after(doc, end, sent)
        excluded |= {t.i for t in named} | ({end} if named and doc[end].text == "," else set())
        complement = [t for t in tok.head.subtree if t.i not in excluded]
    else:  # "According" is the root: the sentence around the phrase is what X says
        complement = [t for t in sent if (t.i < tok.i or t.i > end) and not t.is_space]
        while complement and complement[-1].is_punct and complement[-1].i not in inside_quote:
            complement.pop()
    words = whole_text(doc)[span.start - base : span.end - base]
    return Cue(tok, base, span, words, source, clause, complement, sentence=sent)


def _name_set_off_after_the_source(
    doc: Doc, source: Token, comma: int, sent: SentSpan, inside_quote: frozenset[int]
) -> list[Token]:
    """ "according to her agent, Lorne Pettifer, …": a name of one to four words between the comma
    that ends a described source and the next one, naming it. Empty otherwise."""
    if comma >= sent.end - 1 or doc[comma].text != ",":
        return []
    after = next((t.i for t in doc[comma + 1 : sent.end] if t.text == ","), None)
    if after is None or not 1 <= after - comma - 1 <= 4 or after + 1 >= sent.end:
        return []
    name = list(doc[comma + 1 : after])
    if any(t.i in inside_quote for t in name) or not named_after_a_role(source, name, [doc[after + 1]]):
        return []
    return name


def _titled_in_quotes(phrase: Token, inside_quote: frozenset[int]) -> bool:
    """A phrase whose only quoted words are a title before its noun: "on the ‘Morning Ledger’
    podcast on Wednesday", "the “Morning Ledger” podcast"."""
    noun = phrase if phrase.dep_ == "dobj" else next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if noun is None or noun.i in inside_quote:
        return False
    quoted = [t.i for t in phrase.subtree if t.i in inside_quote]
    return bool(quoted) and max(quoted) < noun.i


def _source_s_description_after(doc: Doc, comma: int, sent: SentSpan) -> set[int]:
    """ "…, according to the Monitor for Civic Freedoms, a Lisbon-based group.": a noun phrase set off
    after the phrase, ending the sentence, describes the source (the parser hangs it on the claim)."""
    tail = [t for t in doc[comma + 1 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]
    if not tail or tail[0].lower_ not in ("a", "an"):
        return set()
    inside = {t.i for t in tail}
    roots = [t for t in tail if t.head.i not in inside]
    if len(roots) != 1 or roots[0].pos_ != "NOUN":
        return set()
    root = roots[0]
    # the parser may make it a second object of the claim's verb ("The tour grossed $40 million,
    # according to Billcount, a trade publication that …"), when the verb has its object already
    second_object = root.dep_ in ("dobj", "npadvmod", "dep") and any(
        c.dep_ in ("dobj", "attr") and c.i < comma and c != root for c in root.head.children
    )
    if root.dep_ != "appos" and not second_object:
        return set()
    return inside


# One poll: "in the polls" (plural, the race in general) is no one's claim ("rose in the polls");
# an "average" counts when it is of polls ("the RealClearPolitics average of state polls").
POLL_NOUNS = frozenset({"poll", "survey"})
# Taking part in a poll ("Forty dockers voted in the poll") is not what the poll found.
TAKING_PART = frozenset(
    {
        "vote",
        "participate",
        "take",
        "respond",
        "answer",
        "include",
        "ask",
        "question",
        "interview",
        "survey",
        "sample",
    }
)


def _poll_cue(prep: Token, base: int, inside_quote: frozenset[int], sent: SentSpan) -> Cue | None:
    """ "In a Dravin Herald poll released Monday, Varek led Kolt by nine points": the poll is the
    source of the clause its "in" qualifies, "in" the cue (as PolNeAR reads polls)."""
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)  # most "in"s end here
    if poll is None or (poll.lower_ not in POLL_NOUNS and poll.lower_ != "average"):
        return None
    if poll.lower_ == "average" and not any(t.lower_ in ("polls", "surveys") for t in poll.subtree):
        return None
    verb = prep.head
    if (
        prep.dep_ != "prep"
        or verb.pos_ not in ("VERB", "AUX")
        or verb.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
        or verb.lemma_.lower() in TAKING_PART
        or any(t.i in inside_quote for t in poll.subtree)
    ):
        return None  # "voters said in the poll that …": the voters are the speakers
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    source = speaker_phrase(poll, base, inside_quote)
    if source is None:
        return None
    framed = {t.i for t in prep.subtree}
    complement = _without_edge_punctuation([t for t in verb.subtree if t.i not in framed], frozenset())
    if len(complement) < 3:
        return None
    span = Span(base + prep.idx, base + prep.idx + len(prep.text))
    return Cue(prep, base, span, prep.text, source, [prep, *poll.subtree], complement, sentence=sent)


def _in_the_words_of(prep: Token, base: int, inside_quote: frozenset[int], sent: SentSpan) -> Cue | None:
    """ "The plan is, in Kral's words, “a recipe for ruin”", "In the words of Dana Kral, …": whose
    words the clause the phrase sits in gives ("in" or "in the words of" the cue)."""
    words = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if words is None or words.lower_ != "words" or prep.dep_ != "prep" or words.i in inside_quote:
        return None
    owner = next((c for c in words.children if c.dep_ == "poss"), None)
    of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if owner is None and of is not None:
        owner = next((c for c in of.children if c.dep_ == "pobj"), None)
    verb = prep.head
    after = next((t for t in prep.doc[prep.right_edge.i + 1 : sent.end] if not t.is_punct), None)
    while after is not None and after.pos_ not in ("VERB", "AUX") and after.head.i != after.i:
        after = after.head
    if (
        after is not None
        and after.i > prep.i
        and after.pos_ in ("VERB", "AUX")
        and prep.i < after.left_edge.i
    ):
        verb = after  # "promised to help because, in her words, “he knows how”": the clause after it
    if owner is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lexicon.CORE_CUE_LEMMAS:
        return None  # "said, in his own words, that …": the verb is the cue
    children = list(verb.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
        return None  # "This speech can be summed up in the very words of Lincoln": not his claim
    source = speaker_phrase(owner, base, inside_quote)
    if source is None or (source.type == "unknown" and owner.pos_ != "PROPN"):
        return None  # "in other words", "in plain words"
    framed = {t.i for t in prep.subtree} | {c.i for c in children if c.dep_ == "mark" and c.i < prep.i}
    complement = [t for t in verb.subtree if t.i not in framed and not t.is_space]  # not "because"
    complement = _without_edge_punctuation(complement, inside_quote)
    if len(complement) < 2:
        return None
    last = of if owner.dep_ == "pobj" and of is not None else prep
    span = Span(base + prep.idx, base + last.idx + len(last.text))
    text = whole_text(prep.doc)[span.start - base : span.end - base]
    return Cue(prep, base, span, text, source, [prep, *words.subtree], complement, sentence=sent)


def _without_edge_punctuation(tokens: list[Token], inside_quote: frozenset[int]) -> list[Token]:
    """The tokens without the punctuation at either end, quotation marks of a quotation aside."""
    start, end = 0, len(tokens)
    while start < end and tokens[start].is_punct and tokens[start].i not in inside_quote:
        start += 1
    while end > start and tokens[end - 1].is_punct and tokens[end - 1].i not in inside_quote:
        end -= 1
    return tokens[start:end]


CONFIRMING = frozenset(
    {"confirm", "announce", "reveal", "admit", "disclose", "acknowledge", "say", "tell", "add", "report"}
    | {"warn", "claim", "insist", "explain", "state"}
)


def _closes_what_it_reports(verb: Token) -> bool:
    """ "A man was arrested, police have confirmed.": the verb, its subject and nothing else after
    the comma that closes the clause it reports (the clause hung on it)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN"):
        return False  # (not "… in states, which …", a noun the parser made a verb)
    children = list(verb.children)
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i < verb.i), None)
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if clause is None or subject is None or not clause.i < subject.i:
        return False
    comma = subject.left_edge.i - 1
    if comma <= clause.i or doc[comma].text != "," or clause.right_edge.i != comma - 1:
        return False
    rest = doc[verb.i + 1 : verb.sent.end]
    return all(t.is_punct and t.text not in ("“", '"', "‘") for t in rest) and len(rest) <= 2


def _occasion_of_a_venue(tok: Token, lemma: str) -> bool:
    """A participle of what a speech or letter marks, opens or answers ("in a speech celebrating
    the anniversary", "a letter addressed to the opposition"), not a verb of saying of its own."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBG", "VBN")
        and tok.head.dep_ == "pobj"
        and tok.head.lower_ in lexicon.words("venue_nouns.txt")
        and lemma not in lexicon.CORE_CUE_LEMMAS
        and max(lexicon.cue_rate(lemma, has_complement=True), lexicon.cue_rate(lemma, has_complement=False))
        < 0.5
    )


def _noun_cue(noun: Token, base: int, inside_quote: frozenset[int], sent: SentSpan) -> Cue | None:
    """A noun of saying with its owner and a that-clause: "Trump's claim that …", "her warning that …"."""
    if noun.i in inside_quote:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i]
    clauses = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "ccomp")
        and c.i > noun.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    if not clauses and noun.dep_ == "nsubj" and noun.head.lower_ in COPULA_FORMS:
        # "The senator's answer was that “…”", "His assumption all along was that …"
        clauses = [
            c
            for c in noun.head.children
            if c.dep_ == "ccomp"
            and c.i > noun.head.i
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == noun.head.i + 1 for m in c.children)
        ]
    if not owners or not clauses or noun.lower_ not in lexicon.words("statement_nouns.txt"):
        return None
    source = speaker_phrase(owners[0], base, inside_quote)
    if source is None:
        return None
    complement = sorted(clauses[0].subtree, key=lambda t: t.i)
    span = Span(base + noun.idx, base + noun.idx + len(noun.text))
    clause = [noun, *owners[0].subtree]
    return Cue(noun, base, span, noun.text, source, clause, complement, sentence=sent)


COPULA_FORMS = frozenset({"is", "was", "'s", "’s"})
QUESTION_WORDS = WH_WORDS | {"whom", "whose"}
ASIDE_OPENERS = frozenset({"when", "after", "once", "if", "before", ","})


def _question_put(verb: Token, base: int, inside_quote: frozenset[int], sent: SentSpan) -> Cue | None:
    """ "… Marouf said when asked by Mesra TV if the boycott would go on": the question put to the
    speaker is the asker's statement when the text names the asker. The cue is "asked" ("asked
    about" for a topic), what was asked the question or the topic. With no asker named ("Asked
    whether the talks had failed, Marchetti said …") it is the reporter's question and no one's
    statement, though PolNeAR counts it (README, "Accuracy")."""
    if verb.lower_ != "asked" or verb.tag_ not in ("VBN", "VBD") or verb.i in inside_quote:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if agent is None or asker is None:
        return None  # the reporter's "Asked whether …": no one's statement
    doc = verb.doc
    opens = verb.i == sent.start or doc[verb.i - 1].lower_ in ASIDE_OPENERS
    if not opens or (
        any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") for c in verb.children)
        and asked_aside(verb) is None
    ):
        return None  # "Varek asked whether …" is Varek's question, read as any other cue
    cue_tokens, complement = [verb], []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if (
            child.dep_ in ("ccomp", "advcl", "xcomp", "parataxis")
            and child.left_edge.lower_ in QUESTION_WORDS
        ):
            ahead = [
                c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1 == child.left_edge.i - 1
            ]
            complement = [*ahead, *child.subtree]  # "Asked specifically what should be done …"
            break
        if (
            child.dep_ == "prep"
            and child.lower_ == "about"
            and child.i in (verb.i + 1, agent.right_edge.i + 1)
        ):
            topic = next((c for c in child.children if c.dep_ == "pobj"), None)
            if topic is not None:
                # one span: "asked about", but "asked" alone before "by Mesra TV about"
                cue_tokens = [verb, child] if child.i == verb.i + 1 else [verb]
                complement = list(topic.subtree)
                break
    if (
        not complement
        or sent.root in complement
        or (verb.dep_ == "ROOT" and any(t.text == "," for t in complement))
    ):
        return None  # "When asked why, Sembler responded: …": the parser hung the answer on the question
    complement.sort(key=lambda t: t.i)
    source = speaker_phrase(asker, base, inside_quote)
    if source is None:
        return None
    span = token_span(cue_tokens, base) or Span(base + verb.idx, base + verb.idx + len(verb.text))
    text = whole_text(doc)[span.start - base : span.end - base]
    return Cue(verb, base, span, text, source, [*cue_tokens, *agent.subtree], complement, sentence=sent)


# Who hears evidence: "the court heard", "the jury was told", "the inquiry heard".
HEARING_BODIES = frozenset(
    {"court", "jury", "tribunal", "inquiry", "inquest", "hearing", "panel", "committee"}
)
# Members who are told something in their chamber: "MPs heard that …" (not "heard the minister defend …").
HEARING_MEMBERS = frozenset(
    {"mps", "lawmakers", "senators", "councillors", "councilors", "peers", "delegates", "msps", "meps", "tds"}
)
# A chamber told something: "The Commons was told that …", "Parliament was told on Tuesday …".
CHAMBERS = frozenset({"commons", "parliament", "chamber", "senate", "assembly", "lords"})


def _heard_by_a_body(verb: Token) -> bool:
    """ "…, a court has heard", "The jury heard that …": a court, jury or hearing hears it."""
    return any(c.dep_ == "nsubj" and c.lower_ in HEARING_BODIES for c in verb.children)


# A meeting told or informed what it heard: "The meeting was informed that …" (red team 179's
# state-agency English), "The cabinet was told that …"; only with a that-clause.
# (not a council or a board: "Westfield Council were told that their application had been rejected"
# is a letter or a ruling, which cannot be told from a meeting's briefing; reviews 5 to 7)
GATHERINGS_TOLD = frozenset({"meeting", "cabinet", "session", "conference", "summit"})


# A council or a board that meets to hear reports: "The Security Council was told that aid convoys had
# been blocked", "The parole board was told …" (review 1 of session 43), not any council a letter
# reaches ("Westfield Council were told that their application had been rejected").
DELIBERATING_KINDS = frozenset(
    {"security", "rights", "parole", "health", "planning", "executive", "governing", "scrutiny", "licensing"}
)


WRITTEN_TO = frozenset({"letter", "email", "notice", "memo", "circular", "note"})


def _body_told(verb: Token, that_clause: bool = False) -> Token | None:
    """The court, jury or hearing a passive "told" has for its subject: "The jury was told that …",
    "Southwark Magistrates' Court was told on Tuesday …", "MPs were told that …" (red team 165); None
    for anyone else ("He was told …")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    told = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if told is None:
        return None
    deliberating = (
        that_clause
        and told.lower_ in ("council", "board")
        and any(c.dep_ in ("compound", "amod") and c.lower_ in DELIBERATING_KINDS for c in told.children)
        # (not "was told in a letter from the minister that …": written to, review 2)
        and not any(
            c.dep_ == "prep" and any(o.lemma_.lower() in WRITTEN_TO for o in c.children)
            for c in verb.children
        )
    )
    if not deliberating and told.lower_ not in HEARING_BODIES | HEARING_MEMBERS | CHAMBERS | {
        "jurors",
        "magistrates",
    } | (GATHERINGS_TOLD if that_clause else frozenset()):
        return None
    if told.lower_ in CHAMBERS | HEARING_MEMBERS and any(
        c.dep_ == "xcomp" and _an_order_to_move(c, told.lower_ in HEARING_MEMBERS) for c in verb.children
    ):
        return None  # "The assembly was told to disperse / to prepare to leave": an order, maybe to a crowd
    return told


# What an order to a crowd or a room tells it to do: "told to disperse", "told to prepare to leave".
# Only the literal moves: "to take cover", not "to take the threat seriously"; "to remain seated",
# not "to remain vigilant"; "to return to the chamber", not "to return to the issue" (review 1).
ALWAYS_MOVING = frozenset({"disperse", "evacuate", "vacate", "shelter"})
MOVING_TO_A_PLACE = frozenset({"leave", "go", "move", "head", "exit", "return", "clear", "wait", "get"})
MOVING_TO_A_PLACE |= {"lie", "sit", "proceed", "gather", "assemble", "barricade"}
ROOMS = frozenset(
    {"chamber", "building", "gallery", "galleries", "room", "hall", "seats", "seat", "lobby", "lobbies"}
    | {"basement", "premises", "exits", "exit", "estate", "palace", "home", "outside", "inside", "offices"}
    | {"indoors", "out", "down", "away", "cover", "doors", "windows", "cafeteria", "themselves"}
)
STAYING_PUT = frozenset({"seated", "put", "indoors", "inside", "calm", "where"})
# What members (not a chamber) told to go "home", "away" or "out" are told is a party's line: "Labour
# MPs were told to stay away from picket lines", "to go home and listen" (review 2); "away from the
# windows", "out of the chamber" are moves still (review 3).
FIGURATIVE_FOR_MEMBERS = frozenset({"home", "out", "away", "where"})


def _places(action: Token, members: bool) -> list[Token]:
    """The words of where an action goes or stays: its object, its particles and adverbs, and the
    objects of its prepositions and of theirs ("stay away from the windows")."""
    found: list[Token] = []
    for c in action.children:
        if c.dep_ not in ("dobj", "prep", "advmod", "prt", "acomp", "oprd", "xcomp"):
            continue
        further = [o for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if c.dep_ == "prep":
            found += [o for o in c.children if o.dep_ == "pobj"]
        elif members and c.lower_ in FIGURATIVE_FOR_MEMBERS:
            found += further  # "away from the windows", not "away from picket lines"
        else:
            found += [c, *further]
    return found


def _literal_move(action: Token, members: bool = False) -> bool:
    """ "to disperse", "to take cover", "to remain seated", "to return to the chamber", "to leave
    the building", "to get out": a move of the body, not "to take note", "to stay the course".
    ``members``: told to members, not a chamber, who may be told to "stay away" from a picket line."""
    word = action.lower_
    if word in ALWAYS_MOVING or (word == "seated" and any(c.dep_ == "auxpass" for c in action.children)):
        return True
    places = _places(action, members)
    if word in ("remain", "stay"):
        return any(w.lower_ in STAYING_PUT or w.lower_ in ROOMS or w.lower_ == "place" for w in places)
    if word in ("take", "seek"):
        return any(c.dep_ == "dobj" and c.lower_ in ("cover", "shelter", "refuge") for c in action.children)
    if word in ("stand", "rise"):
        return not any(c.dep_ not in ("aux", "prt", "punct", "cc", "conj", "advmod") for c in action.children)
    if word == "leave" and not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("to", "as")) for c in action.children
    ):
        return True  # "told to leave", "to leave at once" (not "to leave it to the courts")
    return word in MOVING_TO_A_PLACE and any(w.lower_ in ROOMS for w in places)


def _an_order_to_move(action: Token, members: bool = False) -> bool:
    """ "to disperse", "to prepare to leave", "to prepare for an evacuation" (not "to expect a vote",
    "to prepare for cuts", "to prepare for the departure of 40,000 nurses")."""
    if _literal_move(action, members):
        return True
    return action.lower_ == "prepare" and any(
        (c.dep_ == "xcomp" and _literal_move(c, members))
        or (
            c.dep_ == "prep"
            and any(
                o.lower_ in ("evacuation", "departure") and not any(x.dep_ == "prep" for x in o.children)
                for o in c.children
            )
        )
        for c in action.children
    )


def _runs_to_a_quoting_colon(verb: Token, inside_quote: frozenset[int]) -> bool:
    """ "Holt recalled the 12 hours she spent under the rubble: “I thought I would die.”": the verb's
    own words end at a colon that opens a quotation (review 6: not any quotation in the sentence)."""
    doc = verb.doc
    for k in range(verb.i + 1, verb.sent.end):
        if doc[k].is_quote or doc[k].text in (".", ";", "!", "?") or k in inside_quote:
            return False  # a quotation or a sentence's end before any colon
        if doc[k].text in (":", "—", "–"):  # "recalled their ordeal — “we thought we would die.”"
            quoting = k + 1 < len(doc) and (doc[k + 1].is_quote or k + 1 in inside_quote)
            # (a dash's quotation runs to the sentence's end: not 'its hummus — “Classic” — over …')
            return quoting and (
                doc[k].text == ":" or not any(t.text in ("—", "–") for t in doc[k + 1 : verb.sent.end])
            )
    return False


def _headline_s_body_told(verb: Token, subject: Token) -> bool:
    """ "Court told of ‘…’", "Jury told defendant ‘…’": a headline (no full stop) opening with a
    hearing body, bare (no "the"), right before "told", and a quotation of what it was told."""
    return (
        verb.lower_ == "told"
        and not any(t.text in (".", "!", "?") for t in verb.sent)
        # the words it was told are quoted, and it was told nothing to do: not "Panel told Congress
        # the pipeline was safe", "Court told jury to disregard …"
        and any(t.is_quote for t in verb.sent)
        and not any(c.dep_ == "xcomp" for c in verb.children)
        and subject.lower_ in HEARING_BODIES
        and subject.is_sent_start is True
        and subject.i + 1 == verb.i
        and subject.text[:1].isupper()
    )


# Nouns for the words a post or a picture came with: "with the comment “…”", "with the caption “…”".
WORDING_NOUNS = frozenset(
    {"comment", "caption", "message", "words", "note", "text", "remark", "line", "reply"}
)
# Putting something online, which says nothing by itself but may come with words.
POSTING_FORMS = frozenset(
    {"posted", "shared", "tweeted", "retweeted", "reposted", "uploaded", "posts", "shares", "tweets"}
)


def _words_it_came_with(verb: Token, inside_quote: frozenset[int]) -> list[Token] | None:
    """ "retweeted the clip with the comment “Shameful.”", "shared the photo with the caption “…”":
    the quoted words after "with the comment" are what the poster said, not the thing posted."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in WORDING_NOUNS), None)
        if noun is None:
            continue
        doc = verb.doc
        k = noun.i + 1
        if k < len(doc) and doc[k].text in (":", "that"):
            k += 1
        if k >= len(doc) or not doc[k].is_quote:
            continue  # the quotation right after the noun, not a title further on ("with a note citing “…”")
        words = [t for t in doc[k : noun.right_edge.i + 2] if t.i in inside_quote]
        if words:
            return words
    return None


def _heard_from_someone_speaking(verb: Token) -> bool:
    """ "The court heard from Kayleigh Dunn, who told jurors: “…”": the witness's own verb
    attributes the words, not the court's hearing."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "from"
        and any(
            c.dep_ in ("relcl", "acl") and c.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for c in pobj.children
        )
        for prep in verb.children
    )


def _impersonal(
    verb: Token,
    cue_tokens: list[Token],
    subject: Token,
    complement: list[Token],
    base: int,
    sent: SentSpan,
    inside_quote: frozenset[int],
) -> Cue:
    """A cue whose speaker the text does not give: "It was stated that …", "The jury heard that …"."""
    span = token_span(cue_tokens, base) or Span(base + verb.idx, base + verb.idx + len(verb.text))
    text = whole_text(sent.doc)[span.start - base : span.end - base]
    clause = [subject, *cue_tokens]
    for child in verb.children:  # "on Monday", "at the meeting": when and where it was said
        if child.dep_ in CLAUSE_DEPS and not any(t.i in inside_quote for t in child.subtree):
            clause.extend(child.subtree)
    return Cue(verb, base, span, text, None, clause, complement, sentence=sent, strong=True, impersonal=True)


def _lead_to_a_quoting_colon(words: Iterable[Token], inside_quote: frozenset[int]) -> list[Token]:
    """The words of a phrase that lead to a colon opening a quotation the parser hung on the phrase
    ("with a question: “Who pays for this?”", "to the verdict: “Shame.”"): they end the cue's
    clause, and the quotation is what was said. Empty when no such colon ends them, a verb stands
    among them (a clause of its own, not a lead) or a name ends them (the name's own words)."""
    toks = sorted(words, key=lambda t: t.i)
    first_quoted = next((n for n, t in enumerate(toks) if t.i in inside_quote), None)
    if not first_quoted or toks[first_quoted - 1].text != ":":
        return []
    lead = toks[:first_quoted]
    if lead[-1].i - lead[0].i + 1 != len(lead) or lead[-1].i + 1 != toks[first_quoted].i:
        return []  # not one run of words right up to the quotation
    if any(t.pos_ in ("VERB", "AUX") for t in lead):
        return []
    if len(lead) > 1 and lead[-2].pos_ == "PROPN":
        return []  # "… doesn't surprise pollster Daron Shaw: “…”": a name before the colon speaks
    return lead


def _inverted_after_a_quotation(verb: Token, children: list[Token]) -> bool:
    """ "“Stay indoors tonight,” read a message circulating on WhatsApp": no one reads; the message
    after the verb is what the words are written in, as in "“No entry,” read a sign"."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        before is not None and before.is_quote and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    )


def _carries_a_thing_saying(verb: Token) -> bool:
    """ "Supporters wore T-shirts saying “…”", which the parser read as "wore" a clause whose
    subject is the T-shirts: the words are the T-shirts' ("saying" is the cue), not the wearers'."""
    for carried in verb.children:  # "waved flags reading “Menko Forever”"
        if carried.dep_ == "dobj" and lexicon.inscribed(carried.lower_):
            if any(c.dep_ == "acl" and c.lower_ in ("reading", "saying") for c in carried.children):
                return True
            after = carried.doc[carried.i + 1] if carried.i + 1 < len(carried.doc) else None
            if after is not None and after.lower_ in ("reading", "saying") and after.head == verb:
                return True  # "held a banner reading “…”", the participle read as a second object
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lower_ not in ("reading", "saying"):
            continue
        thing = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if thing is not None and lexicon.inscribed(thing.lower_):
            return True
    return False


# Verbs of carrying or showing a thing words are written on: "carried banners reading “…”".
CARRYING_FORMS = frozenset(
    {"carry", "carries", "carried", "carrying", "hold", "holds", "held", "holding", "wave", "waves", "waved"}
    | {"waving", "wear", "wears", "wore", "worn", "wearing", "unfurl", "unfurls", "unfurled", "unfurling"}
    | {"display", "displays", "displayed", "displaying", "brandish", "brandished", "brandishing", "raise"}
    | {"raises", "raised", "raising"}
)


def _what_a_carried_thing_says(participle: Token) -> bool:
    """ "Protesters carried banners reading “No to war”", with "reading" hung on "carried": the
    banners' words (no one's), not the carriers'."""
    if participle.lower_ not in ("reading", "saying") or participle.dep_ not in ("advcl", "xcomp", "dep"):
        return False
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    return (
        before is not None
        and participle.head.lower_ in CARRYING_FORMS  # (not "emailed the board saying …")
        and before.head == participle.head
        and before.dep_ == "dobj"
        and lexicon.inscribed(before.lower_)
    )


def _an_outlet_understands(verb: Token, children: list[Token]) -> bool:
    """ "The Pellridge Evening Post understands that a second man has been arrested", "The BBC
    understands …": a news outlet or a body, in the present, telling what it has learned."""
    if verb.tag_ != "VBZ":
        return False
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return False
    name = [t for t in subject.subtree if t.dep_ != "det" and t.i < verb.i]
    return is_outlet(name) or subject.ent_type_ == "ORG"


def _a_body_or_people_saying(verb: Token, children: list[Token]) -> bool:
    """ "fined Orbix Systems, which said …", "independents, who say …": a relative "who", or "which"
    after a name or a body, set off by a comma (not "a letter that says", "a hat which says": a
    thing's words)."""
    if verb.dep_ != "relcl":
        return False
    relative = next((c for c in children if c.dep_ == "nsubj"), None)
    if relative is None or relative.lower_ not in ("which", "who"):
        return False
    if relative.i == 0 or relative.doc[relative.i - 1].text != ",":
        return False  # only set off by a comma: not "a farmer who says …", "Anyone who says …"
    antecedent = verb.head
    return (
        relative.lower_ == "who"
        or antecedent.pos_ == "PROPN"
        or antecedent.lower_ in lexicon.words("org_nouns.txt")
    )


SAYING_PARTICIPLES = frozenset(
    {"saying", "telling", "shouting", "asking", "announcing", "yelling", "screaming", "whispering"}
    | {"warning", "insisting", "declaring", "explaining", "joking", "crying", "muttering", "exclaiming"}
)


def _remembers_someone_saying(verb: Token) -> bool:
    """ "he remembers her saying", "Kai recalls Lotte telling him that …": a participle of saying
    with its own speaker (its subject, or the verb's object right before it)."""
    for clause in verb.children:
        if clause.lower_ not in SAYING_PARTICIPLES or clause.dep_ not in ("ccomp", "xcomp", "advcl", "dobj"):
            continue  # (not "recalled Obama talking about a book": the recollection is the statement)
        if any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children):
            return True
        if any(c.dep_ == "dobj" and c.right_edge.i == clause.i - 1 for c in verb.children):
            return True
    return False


def _when_asked(clause: Token) -> bool:
    """ "told Congress when asked about the inquiry: “…”": the question put is part of the frame."""
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and clause.tag_ == "VBN"
        and clause.lemma_.lower() == "ask"
    )  # (not "Asked whether …, Ban demurred": there the question is what he answered)


def _possible_cues(doc: Doc) -> list[int]:
    """Indices of the words of ``doc`` that may head a cue (verbs, main-verb auxiliaries, nouns of
    saying, "according", the "in" of "in a poll"), read from whole-document arrays: most words are none of these, and
    looking at each as a token object cost more than judging the few that are."""
    found = doc.user_data.get(_POSSIBLE_CUES)
    if found is None:
        from spacy.attrs import DEP, LOWER, POS
        from spacy.parts_of_speech import IDS

        verb, aux, noun = IDS["VERB"], IDS["AUX"], IDS["NOUN"]
        auxiliary, root, phrase_words, nouns = _word_ids()
        found = doc.user_data[_POSSIBLE_CUES] = [
            i
            for i, (pos, dep, lower) in enumerate(doc.to_array([POS, DEP, LOWER]).tolist())
            if pos == verb
            or (pos == aux and dep not in auxiliary)
            or (pos == noun and (dep == root or lower in nouns))
            or lower in phrase_words
        ]
    return cast("list[int]", found)


@lru_cache(maxsize=1)
def _word_ids() -> tuple[frozenset[int], int, frozenset[int], frozenset[int]]:
    """The string ids :func:`_possible_cues` compares with (spaCy's ids are hashes of the strings)."""
    from spacy.strings import get_string_id

    return (
        frozenset({get_string_id("aux"), get_string_id("auxpass")}),
        get_string_id("ROOT"),
        frozenset({get_string_id("according"), get_string_id("in")}),
        frozenset(get_string_id(w) for w in lexicon.words("statement_nouns.txt")),
    )


_POSSIBLE_CUES = "quotetrail.possible_cues"


QUESTION_OPENINGS = frozenset(
    {
        "will",
        "would",
        "did",
        "does",
        "do",
        "can",
        "could",
        "should",
        "shall",
        "is",
        "are",
        "has",
        "have",
        "may",
    }
)


def asked_of(sent: SentSpan, inside_quote: frozenset[int]) -> bool:
    """A question put in the reporter's own words, opening on its auxiliary and ending on "?"
    ("Will the minister meet me …?", "Did Varek say that …?"): no one is said to have said it."""
    doc, end = sent.doc, sent.end - 1
    while end > sent.start and doc[end].is_punct and doc[end].text != "?":
        end -= 1  # the closing marks after "?"
    if doc[end].text != "?":
        return False  # most sentences: no question, nothing more to read
    words = [t for t in sent if not t.is_punct or t.text in ("?", ":")]
    colons = [k for k, t in enumerate(words) if t.text == ":"]
    words = words[colons[-1] + 1 :] if colons else words  # "Mr Tomas Reyd (Eastmoor): Will the minister …?"
    if len(words) < 3 or words[-1].text != "?" or words[0].lower_ not in QUESTION_OPENINGS:
        return False
    return not any(t.i in inside_quote for t in words)


def _a_vote(agent: Token) -> bool:
    """ "by 121 votes to 9": how it passed, not who named it."""
    return any(c.lower_ in ("votes", "vote", "majority") or c.like_num for c in agent.children)


# A cue the model is sure of, and how rarely a verb may report with only an object before it must be
SURE_CUE_PROBABILITY = 0.6
RARE_CUE_RATE = 0.08


def _spellings(lemma: str) -> set[str]:
    """The lemma as the lexicon may spell it: "lambaste"/"lambast", "criticize"/"criticise"."""
    return {
        lemma,
        lemma.removesuffix("e"),
        lemma + "e",
        lemma.replace("ize", "ise"),
        lemma.replace("ise", "ize"),
    }


def find_cues(sent: SentSpan, base: int, inside_quote: frozenset[int]) -> list[Cue]:
    """Cues in one sentence; tokens inside quotation marks are never cues."""
    cues: list[Cue] = []
    doc = sent.doc
    possible = _possible_cues(doc)
    asked: bool | None = None  # whether the sentence is a question in the writer's words, read once
    for i in possible[bisect.bisect_left(possible, sent.start) : bisect.bisect_left(possible, sent.end)]:
        if i in inside_quote:
            continue
        tok = doc[i]
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            if (according := _according_to(tok, base, inside_quote, sent)) is not None:
                cues.append(according)
            continue
        if tok.lower_ == "in":
            if (poll := _poll_cue(tok, base, inside_quote, sent)) is not None:
                cues.append(poll)  # "In a Herald poll, Varek led …"
            elif (words := _in_the_words_of(tok, base, inside_quote, sent)) is not None:
                cues.append(words)  # "The plan is, in Kral's words, “a recipe for ruin”"
            continue
        if tok.pos_ == "NOUN" and (noun_cue := _noun_cue(tok, base, inside_quote, sent)) is not None:
            cues.append(noun_cue)  # "Trump's claim that …"
            continue
        if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
            continue
        if tok.pos_ == "AUX" and tok.dep_ in ("aux", "auxpass"):
            continue
        if asked is None:
            asked = asked_of(sent, inside_quote)
        if asked and (
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            or any(
                c.i == sent.start and c.dep_ in ("aux", "auxpass") for c in tok.children
            )  # "Did Varek say …?"
        ):
            continue  # "Will the minister meet me to discuss the bypass?": a question asserts nothing
        if (
            tok.dep_ == "amod"
            and tok.tag_ == "VBN"
            and tok.head.i == tok.i + 1
            and tok.head.dep_ in ("nsubj", "nsubjpass")
            and tok.head.lower_
            in lexicon.words("statement_nouns.txt") | lexicon.words("issued_documents.txt")
        ):
            continue  # "the minister's written answer said": a kind of answer, which says it itself
        lemma = tok.lemma_.lower()
        if (question := _question_put(tok, base, inside_quote, sent)) is not None:
            cues.append(question)  # "… Marouf said when asked by Mesra TV whether …": Mesra TV's question
            continue
        if asked_aside(tok) is not None:
            continue  # "Marchetti, asked whether …, said": the asking was someone else's
        if _occasion_of_a_venue(tok, lemma):
            continue  # "said in a speech celebrating the anniversary that …": the speech's occasion
        # "Lasken, a Tovek ally, called X “strong.”" with no verb; "Police put the crowd at 3,000"
        misread = naming_misparsed(tok) or estimated_at(tok)
        clear = (made_clear(tok) or of_the_view(tok)) if misread is None else None
        # Words that can cue nothing are dropped before their clauses are looked for (most verbs).
        judged = clear is None and misread is None and cue_model.candidate(tok)
        announced: list[Token] = []  # "had a message for them:" (see message_before_colon)
        manner = False
        # "posted the photo with the caption “Our city, our future.”": the caption is the poster's
        posted_with = _words_it_came_with(tok, inside_quote) if tok.lower_ in POSTING_FORMS else None
        if judged:
            likelihood = cue_model.probability(tok)
            strong = likelihood >= cue_model.threshold() or answers_a_claim(tok, lemma)
            # "A man was arrested, police have confirmed.": a verb the model only half trusts, closing
            # the sentence it reports, after a comma and its subject
            strong = strong or (
                likelihood >= WEAK_CUE_PROBABILITY
                and lemma in lexicon.CORE_CUE_LEMMAS | CONFIRMING
                and _closes_what_it_reports(tok)
            )
            manner = speaks_in_a_manner(tok)  # "Leon Vard was more blunt: “…”"
            strong = strong or manner
            announced = [] if strong else message_before_colon(tok)
            weak = (
                likelihood >= WEAK_CUE_PROBABILITY
                or lexicon.can_introduce_quote(lemma)
                or bool(announced)
                or before_a_quoting_colon(tok, inside_quote)
                or posted_with is not None
            )
            if not strong and not weak:
                continue
        elif clear is None and misread is None and not lexicon.can_introduce_quote(lemma):
            continue  # nor a cue lemma: can_introduce_quote is the looser test (lexicon.MIN_QUOTE_CUE_RATE)
        children = list(tok.children)  # read once: each reading makes new token objects
        if a_listing_s_label(tok, children):
            continue  # "Result announced:- PTI wins seat."
        complement = within_relative_clause(
            tok,
            complement_of(tok, inside_quote)
            or parenthetical_host(tok)
            or interrupting_root(tok)
            or closing_attribution(tok)
            or said_before_being_quoted(tok)
            or referred_to_as(tok)
            or answer(tok),
        )
        complement = relative_object_as_its_antecedent(
            tok, complement
        )  # "The findings, which X described as …"
        if complement and a_label_before_a_colon(tok, complement):
            complement = []  # "Load-shedding: Minister defends Eskap as …": the headline's topic
        has_comp = bool(complement) or any(
            c.dep_ in COMPLEMENT_DEPS and c.i in inside_quote for c in children
        )
        if clear is not None:
            complement = sorted(clear[1].subtree, key=lambda t: t.i)  # "made it clear that …"
            strong, from_object = True, False
        elif misread is not None:
            complement, strong, from_object = misread[1], True, False
        elif judged:
            if (
                no_saying(tok, lemma)
                and posted_with is None
                and (
                    lemma != "address"
                    or not (opens_a_quotation(sent) or any(t.i in inside_quote for t in sent))
                )
                and (
                    lemma not in ("add", "recall", "order") or not _runs_to_a_quoting_colon(tok, inside_quote)
                )
            ):
                # but "Varek addressed the crowd: “…”", "Holt recalled their last conversation: “…”"
                # attribute the quotation (review 5)
                continue
            strong = strong or absolute_with(tok, lemma, complement)
            # "It was affirmed that …", "It was pointed out that …": a meeting's words, as state
            # agencies write them (the classifier doubts "affirmed"; red team 179)
            strong = strong or (
                (lemma in IMPERSONAL_LEMMAS or lemma == "point")
                and impersonal_passive(tok, complement) is not None
            )
            # "fined Orbix Systems, which said it would appeal": a relative pronoun saying a clause
            # (the classifier weighs the context of "which said" low)
            strong = strong or (
                lemma in ("say", "tell") and bool(complement) and _a_body_or_people_saying(tok, children)
            )
            if not strong and states_a_stance(tok, lemma):
                # "affirmed the Kingdom's keenness to …", as state agencies write; the object may
                # quote ("underlined the need for “unity …”")
                strong = True
            strong = strong or judged_as_quoted(tok, lemma, inside_quote)
            # "The Pellridge Evening Post understands that …": what an outlet says it has learned
            strong = strong or (
                lemma == "understand" and bool(complement) and _an_outlet_understands(tok, children)
            )
            # "The committee chairman, Rhodri Pascoe, asked whether …": a question put, whatever comes before
            strong = strong or (
                lemma == "ask"
                and tok.tag_ in ("VBD", "VBZ", "VBP")
                and bool(complement)
                and complement[0].lower_ in ("whether", "if")
                and any(c.dep_ == "nsubj" and c.i < tok.i for c in children)
            )
            # "issued a statement on Monday accusing X of “…”": accusing someone is saying something,
            # wherever the participle stands (the classifier loses it after a date)
            strong = strong or (
                lemma == "accuse"
                and tok.dep_ == "acl"
                and tok.head.lower_ in lexicon.words("issued_documents.txt")
                and any(c.dep_ == "dobj" for c in children)
            )
            strong = strong or (posted_with is not None and not complement)
            strong = strong or (
                lemma in lexicon.UNLEARNED_CUE_LEMMAS
                and any(c.dep_ in ("ccomp", "parataxis") for c in children)
                and tok.pos_ == "VERB"
                # (not "had not reckoned the cost would be so high", "Little did they reckon …")
                and not any(c.dep_ == "neg" or c.lower_ == "little" for c in children)
            )
            # "termed the move illegal": naming, as "called" is (too rare in PolNeAR to be learned;
            # South Asian copy's verb, red team 180)
            strong = strong or (
                lemma == "term"
                and tok.pos_ == "VERB"
                and (
                    any(c.dep_ == "ccomp" for c in children)  # "termed the strike illegal"
                    or (
                        any(c.dep_ == "dobj" for c in children)
                        and any(c.dep_ in ("oprd", "xcomp", "acomp") for c in children)
                    )
                )
            )
            from_object = strong and not complement
            if (
                from_object
                and likelihood < SURE_CUE_PROBABILITY
                and max(lexicon.cue_rate(v, has_complement=False) for v in _spellings(lemma)) < RARE_CUE_RATE
                and not any(t.i in inside_quote for c in children for t in c.subtree)
                and not (answers_a_claim(tok, lemma) or manner or posted_with is not None)
                and not any(c.dep_ == "dobj" and c.lower_ in ("tribute", "homage") for c in children)
                and light_object(tok, object_of(tok, inside_quote)) is None  # "took aim at", "made the case"
            ):
                # "The minister met elders.", "took 57 percent of the vote": a verb that reports with
                # only an object in fewer than one in twelve of its uses in PolNeAR, which the model
                # only half trusts, is an act (it may still attribute a quotation beside it; red
                # team 179)
                strong = from_object = False
            if from_object:
                complement = object_of(tok, inside_quote)  # no clause: "criticized the plan"
                if lemma not in NAMING_LEMMAS and _lead_to_a_quoting_colon(complement, inside_quote):
                    complement = []  # "replied to the verdict: “Shame.”": what was said is the quotation
                elif (came_with := _words_it_came_with(tok, inside_quote)) is not None:
                    complement = came_with  # "retweeted the clip with the comment “Shameful.”": the comment
            strong = strong or says_by_its_construction(tok, lemma, complement)
            quoted = [t for t in complement if t.i in inside_quote and not t.is_punct]
            if not strong and lemma in NAMING_LEMMAS and len(quoted) >= 2:
                strong = True  # naming in quotation marks: "who called the bill ‘a declaration of war’"
        else:
            from_object = False
            strong = lexicon.is_cue_lemma(lemma, has_complement=has_comp)
        strong = strong or tribute_to_quoted(tok, inside_quote)  # "paid tribute to “a giant …”"
        quoting = quoted_as_saying(tok)
        if quoting is not None and complement:
            strong = True  # "was quoted as saying the port would reopen"
        elif lemma == "quote" and any(quoted_as_saying(c) is not None for t in children for c in t.children):
            if any(c.dep_ == "nsubjpass" for c in children) or headline_quoted(tok):
                continue  # "Ostrin was quoted as saying …": the cue is "saying", the speaker Ostrin
            strong = strong or bool(complement)  # "the agency KNB, which quoted him as saying …": a hop
        if not strong and complement and lemma in lexicon.CORE_CUE_LEMMAS and asked_before(tok) is not None:
            strong = True  # "Marchetti, asked whether …, said that …"
        if strong and judged and not manner and bare_light_verb(tok, complement):
            strong = False  # "The candidates took questions", "He went hiking": doing, not saying
        if not strong and tok.lower_ in BE_FORMS:
            continue  # "the message was that “…”": being says nothing, even beside a quotation
        if lemma == "hear" and complement and _heard_by_a_body(tok):
            strong = True  # "A man stole a car, a court has heard.": the court report's opening line
        if lemma in PLEADING and a_plea(lemma, [t for c in children if c.dep_ == "dobj" for t in c.subtree]):
            continue  # "denies murder", "denies “coercive and controlling behaviour”": a plea, quoted or not
        inverted_reading = lemma == "read" and _inverted_after_a_quotation(tok, children)
        if (
            strong
            and not manner
            and not inverted_reading
            and says_nothing(tok, lemma, complement, from_object)
        ):
            if imagined(tok):
                continue  # "the minister might say: “…”": no one's words, the quotation either
            strong = False  # may still attribute a quotation right next to it
        if not strong and not inside_quote and not opens_a_quotation(sent):
            continue  # a weak cue only attributes a quotation, and this paragraph has none
        if (
            tok.tag_ == "VBN"
            and tok.dep_ == "pcomp"
            and tok.head.lower_ == "with"
            and not any(c.dep_ in ("aux", "auxpass", "agent", "ccomp") for c in children)
        ):
            continue  # "with storms forecast for the evening": the storms were forecast, they said nothing
        if [t.lower_ for t in complement if not t.is_punct] == ["so"] and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in children
        ):
            continue  # "Few shopkeepers would say so": no one said it ("Half of them said so" did)
        if said_in_passing(tok) or calls_back(tok, lemma):
            continue  # "shares said to be worth …", "That said, …": no one says anything
        if seems(tok, lemma):
            continue  # "Both objections seem to carry little weight": the reporter's view, no one's claim
        if lemma in RAISING_LEMMAS and not any(
            c.dep_ in ("ccomp", "xcomp", "acomp", "attr", "oprd") for c in children
        ):
            continue  # "The word “martyr” appears 14 times in the textbook": no one says anything
        if draws_a_response(tok, lemma):
            continue  # "The campaign drew thousands to the square": no one says anything
        if fronted_topic(tok, sent):
            continue  # "Referring to the recent events, the Leader stated …": the topic of what follows
        if tok.lower_ in CITING_FORMS and not quoted_as_saying(tok) and only_a_source(complement):
            continue  # "Tasnim, which cited the prosecutor, …": whom it relied on, not what was said
        if tok.lower_ == "citing" and the_report_s_source(tok, complement):
            continue  # "Narodni Glas, citing Dornpress, reported that …"
        if (
            tok.dep_ in ("acl", "advcl")
            and tok.tag_ == "VBN"
            and not any(
                c.dep_ in ("aux", "auxpass") or (c.dep_ == "agent" and not _a_vote(c)) for c in children
            )
            and (lemma in NAMING_LEMMAS or lemma in TITLING_LEMMAS)
            and misread is None
        ):
            continue  # "a group called “We The People”", "The scheme, branded “ParkEasy,”": a name
        writer = None
        if lemma == "read" and any(
            c.dep_ == "dobj" and c.lower_.removesuffix("s") in READ_OUT_WORDS for c in children
        ):
            # "read a statement from the family: “…”": the words are the writer's, when the text
            # names one; the reader says nothing of his own ('“…,” read a tweet from Talvik Airways'
            # is the airline's too; '“…,” read a message circulating on WhatsApp' the message's)
            if (writer := writer_read_out(tok, children, inside_quote)) is None and not inverted_reading:
                continue
        if _carries_a_thing_saying(tok) or _what_a_carried_thing_says(tok):
            continue  # "wore T-shirts saying “…”": the T-shirts' words, not the wearers'
        if tok.lower_ in REMEMBERING and _remembers_someone_saying(tok):
            continue  # "he remembers her saying “…”": her words; the participle is the cue
        subject = writer or (misread[0] if misread is not None else cue_subject(tok, inside_quote))
        if subject is None and strong and (expletive := impersonal_passive(tok, complement)) is not None:
            # "It was stated at the meeting that …": a statement whose speaker the text does not give
            cue_tokens = [t for t in tok.children if t.dep_ == "auxpass"] + [tok]
            cue_tokens += [t for t in tok.children if t.dep_ == "prt"]  # "was pointed out"
            cues.append(_impersonal(tok, cue_tokens, expletive, complement, base, sent, inside_quote))
            continue
        that_clause = bool(complement) and complement[0].dep_ == "mark" and complement[0].lower_ == "that"
        hearers = HEARING_BODIES | HEARING_MEMBERS if that_clause else HEARING_BODIES
        if lemma == "hear" and _heard_from_someone_speaking(tok):
            continue  # "The court heard from Kayleigh Dunn, who told jurors: “…”": her words
        if subject is not None and lemma == "hear" and subject.lower_ in hearers and complement:
            # "The jury heard that …", "…, court hears": what was said before it, by someone it does not name
            before = [t for t in children if t.dep_ in ("aux", "neg") and t.i == tok.i - 1]
            heard = [*before, tok]  # "has heard"
            cues.append(_impersonal(tok, heard, subject, complement, base, sent, inside_quote))
            continue
        if (
            subject is None
            and lemma in ("tell", "inform")
            and complement
            and (told := _body_told(tok, that_clause)) is not None
        ):
            # "The jury was told that …", "Jurors were told …": as "the jury heard", no one named
            cue_tokens = [t for t in children if t.dep_ == "auxpass"] + [tok]
            cues.append(_impersonal(tok, cue_tokens, told, complement, base, sent, inside_quote))
            continue
        if lemma == "tell" and complement and subject is not None and _headline_s_body_told(tok, subject):
            # "Court told of ‘reign of terror’", "Inquiry told minister ‘ignored warnings’": a
            # headline's passive, the court the hearer, as "the court was told"
            cues.append(_impersonal(tok, [tok], subject, complement, base, sent, inside_quote))
            continue
        if subject is None and inverted_reading:
            # "“Stay indoors,” read a message circulating on WhatsApp": the message the parser took for the object
            subject = next((c for c in children if c.dep_ == "dobj"), None)
            complement = []
        if subject is None or subject.i in inside_quote:
            continue
        if manner and (owner := owner_of_words(subject)) is not None:
            subject = owner  # "His answer was blunt: “…”": his words
        if (inverted := inverted_speaker(tok, subject)) is not None:
            # "Nonsense, replied the mayor.": the words before the comma are what was said
            subject, complement, strong = inverted, list(tok.doc[sent.start : tok.i - 1]), True
        if subject.lower_ in OBJECT_PRONOUNS and tok.head.lower_ in LETTING_FORMS:
            continue  # "let them know that “…”": the people told, not who tells
        if subject.lower_ == "there" or (
            subject.lower_ == "it"
            and not (complement and (lemma in lexicon.CORE_CUE_LEMMAS or lemma == "quote"))
            # "The audit office reviewed 19 projects. It found that 11 were over budget.": a finding
            and not (
                lemma == "find" and tok.tag_ in ("VBD", "VBZ") and any(c.dep_ == "ccomp" for c in children)
            )
            and not (beside_a_quotation(subject, tok, inside_quote) and lemma not in RAISING_LEMMAS)
        ):
            continue  # "it seems", "there is"; but "It says the campaign violated …", "“…,” it reads" stay
        if nobody(subject) or mute(subject):
            continue  # "Neither the minister nor his deputy said whether …": no one said anything
        if subject.is_ancestor(tok):  # "a sign saying …": the speaker is "a sign", without the cue
            source = speaker_phrase(subject, base, inside_quote | frozenset(t.i for t in tok.subtree))
        else:
            source = speaker_phrase(subject, base, inside_quote)
        if clear is not None and (source is None or (source.type == "unknown" and subject.pos_ == "NOUN")):
            continue  # "The storm made it clear that …": no one claims anything
        clause = [tok]
        before_verb = (
            subject.i < tok.i and subject.right_edge.i < tok.i
        )  # a subject the parser hung elsewhere
        if subject.head == tok or tok.dep_ in ("advcl", "conj") or before_verb:
            clause.extend(t for t in subject.subtree if t.i not in inside_quote)
            if before_verb and (role := role_read_as_verb(subject)) is not None:
                clause.append(role)  # "“…,” screenwriter Cole Varga wrote": the role opens the frame
        elif subject.is_ancestor(tok) and age_before_verb(tok, inside_quote) is not None:
            # "“…?” the 43-year-old asked": the parser hung the cue on its speaker
            clause.extend(t for t in subject.subtree if t.i < tok.i and t.i not in inside_quote)
        elif source is not None and subject.i > tok.i:
            # '“A,” said Tomas Varga, an economist who …, “B”': the parser hung the speaker on a word
            # it took for the content; the speaker's phrase is the frame, not what was said
            named = [t for t in sent if source.span.start <= base + t.idx < source.span.end]
            clause.extend(t for t in named if t.i not in inside_quote)
            complement = [t for t in complement if t not in named]
        for child in children:
            if (child.dep_ in CLAUSE_DEPS or _when_asked(child)) and not any(
                t.i in inside_quote for t in child.subtree
            ):
                clause.extend(child.subtree)
            elif (child.dep_ == "prep" or (child.dep_ == "dobj" and lemma == "tell")) and _titled_in_quotes(
                child, inside_quote
            ):
                # "on the ‘Morning Ledger’ podcast on Wednesday": a title quoted inside the venue
                clause.extend(t for t in child.subtree if t.i not in inside_quote)
            elif child.dep_ in CLAUSE_DEPS and (
                lead := _lead_to_a_quoting_colon(child.subtree, inside_quote)
            ):
                clause.extend(
                    lead
                )  # "answered reporters with a question: “…”", the quotation hung on "question"
            elif child.dep_ in ("ccomp", "parataxis", "xcomp"):
                clause.extend(
                    tok.doc[i] for i in sorted(leading_date(child, inside_quote))
                )  # "said on Monday it …"
        clause.extend(t for t in announced if t.i not in inside_quote)
        if (
            tok.head.lower_ in REMEMBERING
            and tok.head.i < tok.i
            and tok.dep_ in ("ccomp", "xcomp", "advcl", "dobj")
        ):
            # "“…,” he remembers her saying": the remembering is the frame around the participle
            rememberer = tok.head
            clause.extend(
                t for t in rememberer.subtree if t.i < tok.i and t.i not in inside_quote and not t.is_punct
            )
        if manner:  # "was more blunt": the frame runs to the colon
            clause.extend(t for c in children if c.dep_ == "acomp" for t in c.subtree)
        # a determiner the parser hung on the verb belongs to the subject after it ("the 62-year-old said")
        clause.extend(c for c in children if c.dep_ == "det" and c.i < subject.i < tok.i)
        cue_tokens = cue_words(tok, complement)
        if (
            subject.dep_ in ("advmod", "aux") and subject.head == tok
        ):  # a name read as an adverb is no cue word
            cue_tokens = [t for t in cue_tokens if t.i != subject.i]
        if tok.dep_ == "acl" and subject.dep_ == "nsubj" and writing_verb(tok.head) == subject.head:
            # "put out a statement saying", "emailed supporters saying": one cue, from the verb on
            writing = subject.head
            cue_tokens = [*tok.doc[min(t.i for t in cue_words(writing, [])) : tok.i], *cue_tokens]
            if strong:  # the writing verb's own cue would report the same words again
                cues = [c for c in cues if c.token.i != writing.i]
        if clear is not None:
            cue_tokens = [*cue_tokens, *tok.doc[tok.i : clear[0].i + 1]]
        if manner:  # "was more blunt"
            cue_tokens = list(tok.doc[tok.i : max(c.right_edge.i for c in children if c.dep_ == "acomp") + 1])
        if quoting is not None:  # "was quoted (by the agency) as saying", "as saying" after an object
            passive = [c for c in quoting.children if c.dep_ == "auxpass"]
            first = min([quoting, *passive], key=lambda t: t.i) if passive else tok.head
            if headline_quoted(quoting):
                first = quoting  # "Stanek quoted as saying …"
            cue_tokens = list(tok.doc[first.i : tok.i + 1])
        complement = [t for t in complement if t.i not in {w.i for w in cue_tokens}]
        if strong and (light := light_object(tok, complement)) is not None:
            end_tok, complement = light
            cue_tokens = [*cue_tokens, *tok.doc[tok.i : end_tok.i + 1]]
        if (chained := chain(tok, complement)) is not None:
            extra, complement = chained
            carrying = [c for c in cues if c.token.i in {t.i for t in extra}]
            if any(c.strong for c in carrying) or (carrying and not strong):
                continue  # "continued to call for": the carrying verb's cue already holds this one
            cues = [c for c in cues if c.token.i not in {k.token.i for k in carrying}]  # a weak cue
            cue_tokens = [*cue_tokens, *extra]
        span = token_span(cue_tokens, base) or Span(base + tok.idx, base + tok.idx + len(tok.text))
        text = whole_text(sent.doc)[span.start - base : span.end - base]
        cues.append(Cue(tok, base, span, text, source, clause, complement, sentence=sent, strong=strong))
    # "expressed his hope that …": the noun is a word of the verb's cue, not a cue of its own
    return [
        c
        for c in cues
        if c.token.pos_ != "NOUN"
        or not any(o is not c and o.span.start <= base + c.token.idx < o.span.end for o in cues)
    ]
