"""Who a cue's verb names as the one speaking: its subject, as the parse gives it or as the parse
hides it.

The parser often hangs a speaker elsewhere: a name between a quotation and the verb joined to the
quotation's verb, a name before an aside taken for an apposition of the phrase before it, a
participle hung on the quotation's verb, a second verb of saying joined to the clause the first
reports. Each helper here recovers one such case; :func:`cue_subject` tries them in order.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.nlp import named_elsewhere, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


# Verbs that give something a name or a label: its participle after a noun names that noun.
NAMING_LEMMAS = frozenset({"dub", "brand", "label", "nickname", "term", "style", "christen"})


def agent(verb: Token) -> Token | None:
    """The agent of a passive verb: "was first reported by The Washington Post" -> "Post"."""
    if verb.tag_ != "VBN" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "said by telephone" is no passive
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def asked_aside(verb: Token) -> Token | None:
    """For "Marchetti, asked whether …, said: …", which the parser reads as "Marchetti asked
    whether …" (with "said" its clause, or "asked" a clause beside "said"): the verb of saying
    after the aside (else None). The asking is not Marchetti's."""
    doc = verb.doc
    if verb.lemma_.lower() not in ("ask", "question", "press") or verb.tag_ not in ("VBD", "VBN"):
        return None
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i - 1 for c in verb.children):
        return None
    saying = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if verb.dep_ in ("parataxis", "advcl", "ccomp") and verb.head.i > verb.i:
        saying.append(verb.head)
    for clause in saying:
        if (
            clause.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
            and doc[clause.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        ):
            return clause
    return None


def asked_before(verb: Token) -> Token | None:
    """The "asked" of "Marchetti, asked whether …, said" for its verb of saying (else None)."""
    for asker in [
        verb.head,
        *(c for c in verb.children if c.dep_ in ("parataxis", "advcl", "ccomp") and c.i < verb.i),
    ]:
        if asker != verb and asked_aside(asker) == verb:
            return asker
    return None


def quoted_as_saying(verb: Token) -> Token | None:
    """The verb "quote" of "was quoted as saying", "quoted the minister as saying", for "saying"
    (and "record" of "was recorded as saying")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    if verb.tag_ != "VBG" and not any(c.lower_ == "having" and c.dep_ == "aux" for c in verb.children):
        return None  # "as saying", "as having said"
    if verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return None  # "quoted the figures as showing …": no one speaks
    quoting = prep.head.lemma_.lower() in ("quote", "cite") or (
        prep.head.lower_ == "recorded" and any(c.dep_ == "auxpass" for c in prep.head.children)
    )
    # "TNA reported Interior Minister Rashid Fakhoury as saying …": reported someone, as quoted
    quoting = quoting or (
        prep.head.lemma_.lower() == "report"
        and any(c.dep_ in ("dobj", "nsubjpass") for c in prep.head.children)
    )
    return prep.head if quoting and prep.head.pos_ == "VERB" else None


def headline_quoted(quoting: Token) -> bool:
    """ "Stanek quoted as saying …": "quoted" with a subject and no object is a passive whose "was"
    a headline left out (one cannot quote as saying nothing)."""
    return quoting.lower_ == "quoted" and not any(
        c.dep_ in ("dobj", "aux", "auxpass") for c in quoting.children
    )


# Verbs by which someone is heard or seen saying something: "can be heard saying", "showed him
# saying" (word forms: the fast parse lemmatizes only verbs that can be cues).
PERCEIVED = frozenset(
    {"heard", "overheard", "caught", "filmed", "recorded", "taped", "videotaped", "captured"}
)
# Remembering someone saying it: "he remembers her saying “…”" is her saying it.
REMEMBERING = frozenset({"remember", "remembers", "remembered", "recall", "recalls", "recalled"})
SHOWING_FORMS = (
    frozenset({"show", "shows", "showed", "shown", "has", "have", "had", "depicts", "depicted"})
    | PERCEIVED
    | REMEMBERING
)
CATCHING_FORMS = (
    PERCEIVED | REMEMBERING | frozenset({"heard", "hear", "hears", "saw", "see", "sees", "watched"})
)


def _object_caught_saying(verb: Token) -> Token | None:
    """ "The cockpit voice recorder captured the captain saying “…”", "She remembers her father
    telling her that …": the object of a verb of recording, hearing or remembering, right before the
    participle, is who says it (the parser hangs the participle on the verb)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "ccomp", "acl"):
        return None
    host = verb.head if verb.dep_ != "acl" else verb.head.head
    if host.lower_ not in CATCHING_FORMS:
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if own is not None and someone(own):
        return own  # "he remembers her saying": the parser made her the participle's subject
    obj = next((c for c in host.children if c.dep_ == "dobj" and c.right_edge.i == verb.i - 1), None)
    if obj is None and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.i == verb.i - 1:
        obj = verb.head
    return obj if obj is not None and obj.right_edge.i == obj.i and someone(obj) else None


# Who may speak besides the roles, bodies and groups of the word lists: kin, a family, people
# described only as such ("the family", "his client", "the man", "the suspect").
SOMEONE_NOUNS = frozenset(
    {"family", "families", "client", "clients", "relatives", "parents", "widow", "widower", "victim"}
    | {"victims", "husband", "wife", "father", "mother", "son", "daughter", "brother", "sister", "partner"}
    | {"children", "man", "woman", "men", "women", "boy", "girl", "crowd", "suspect", "driver"}
)


def someone(word: Token) -> bool:
    """A person or a body, who may speak or write: a name that is no place, a personal pronoun, or
    a noun of a role, a body, a group or kin ("the captain", "the family", "his client"); not "a
    statement", "the meeting", "himself", "his notes", "a teleprompter"."""
    if word.pos_ == "PRON":
        return word.lower_ in ("him", "her", "them", "me", "us", "he", "she", "they")
    if word.pos_ == "PROPN":
        return word.ent_type_ not in ("GPE", "LOC", "FAC")
    lower = word.lower_
    return (
        lower in SOMEONE_NOUNS
        or lower in lexicon.words("person_roles.txt")
        or lower.removesuffix("s") in lexicon.words("person_roles.txt")
        or lower in lexicon.words("org_nouns.txt")
        or lower in lexicon.words("group_nouns.txt")
    )


def _says_a_clause(verb: Token) -> bool:
    """A participle of saying with a clause ("saying that …", "telling her to …"), not "calling
    friends on their cellphones"."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
        and verb.lemma_.lower() != "call"
        and any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
    )


def perceived_saying(verb: Token) -> Token | None:
    """The one heard, filmed or caught saying it: "Stanek can be heard saying that …", "Trump was
    heard on a microphone telling Christie to …" (the parser may hang the participle on the
    microphone). The subject of the passive, not the device, is the speaker."""
    if not _says_a_clause(verb):
        return None
    host = verb.head
    if verb.dep_ == "acl" and host.dep_ == "pobj" and host.head.dep_ == "prep":
        host = host.head.head
    elif verb.dep_ not in ("xcomp", "advcl", "ccomp"):
        return None
    if host.lower_ not in PERCEIVED or host.tag_ != "VBN" or host.i > verb.i:
        return None
    return next((c for c in host.children if c.dep_ == "nsubjpass" and c.i < host.i), None)


def shown_saying(verb: Token) -> bool:
    """ "A transcript showed President Stanek saying that …", "Yeni Sabah had the president saying
    …": a participle of saying with its own subject, under a verb of showing, is that subject's."""
    if not _says_a_clause(verb):
        return False
    if verb.dep_ not in ("ccomp", "xcomp", "dobj", "oprd", "advcl") or verb.head.lower_ not in SHOWING_FORMS:
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON") and c.i < verb.i for c in verb.children
    )


def _passive_participle(verb: Token) -> bool:
    """ "Described as a turning point, the vote …": a past participle set off by itself is said of
    the subject, not by it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return False
    # "Worried the nation might miss its target, the government …": a state of mind with its clause
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "ccomp") for c in verb.children)


def _passive_like_its_head(verb: Token) -> bool:
    """A second verb that shares a passive's auxiliary and reports nothing of its own: "was
    broadcast live and repeated on the evening news" ("was interviewed and said the port …" is
    the subject speaking)."""
    if verb.tag_ not in ("VBN", "VBD") or not _joined_to_a_passive(verb):
        return False
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp", "dative")
    return not any(c.dep_ in own for c in verb.children)


def _told_like_its_passive_head(verb: Token) -> bool:
    """ "was summoned to the ministry and told that the arrests were unacceptable": "told" with no
    one told, after a passive it shares the auxiliary of, is passive too; its subject was the one
    told."""
    if verb.lower_ not in TOLD_FORMS or not _joined_to_a_passive(verb):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj", "dative") for c in verb.children)


def _joined_to_a_passive(verb: Token) -> bool:
    """A verb joined to a passive participle with its auxiliary ("was summoned … and told")."""
    head = verb.head
    return verb.dep_ == "conj" and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)


def _nearest(subjects: list[Token], verb: Token) -> Token:
    """Of two subjects the parser gave one verb, the one right before it: in "Speaking in Salem,
    New Hampshire, Trump went after Bush" the place before the comma is no subject."""
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if len(subjects) > 1 and before else subjects[0]


def _subject_after_with(verb: Token) -> Token | None:
    """ "began with Senator Quist telling members that …": a participle right after "with" and a
    noun phrase is that phrase's doing (the parser hung the participle on the main verb)."""
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "advcl"
        or verb.i < 2
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "pobj" or before.head.lower_ != "with" or before.pos_ not in ("PROPN", "NOUN"):
        return None
    return before


def _outlet_of_a_quoted_name(subjects: list[Token], inside_quote: frozenset[int]) -> list[Token]:
    """ "The newspaper “Izvestia” reported …": the parser took the quoted name for the subject and
    the noun for the outlet before it for its modifier; the noun stands for the phrase."""
    return [
        c
        for subject in subjects
        for c in subject.children
        if c.dep_ in ("nmod", "compound", "appos")
        and c.lower_ in lexicon.OUTLET_NOUNS
        and c.i not in inside_quote
    ][:1]


def _participle_aside(subject: Token) -> bool:
    """A subject the parser made of a participial aside set off by commas: "addressing supporters"
    in "Marouf, addressing supporters in Kesh, said" (the participle read as the noun's modifier)."""
    first = subject.left_edge
    return (
        first.tag_ == "VBG"
        and first.dep_ == "amod"
        and first.head == subject
        and first.i > 0
        and subject.doc[first.i - 1].text == ","
    )


def cue_subject(verb: Token, inside_quote: frozenset[int]) -> Token | None:
    """The cue's subject outside quotation marks (the parser sometimes takes a quoted word); for a
    passive cue, the agent ("was first reported by The Washington Post")."""
    if (quoting := quoted_as_saying(verb)) is not None:
        # "Ostrin was quoted by the agency as saying …": the one quoted is the speaker
        quoted = [c for c in quoting.children if c.dep_ in ("nsubjpass", "dobj") and c.i not in inside_quote]
        if not quoted and headline_quoted(quoting):
            # "Stanek quoted as saying West “wants another Kosar”": a headline drops the "was"
            quoted = [c for c in quoting.children if c.dep_ == "nsubj" and c.i not in inside_quote]
        return quoted[0] if quoted else None
    if (asker := asked_before(verb)) is not None:
        # "Marchetti, asked whether the army would be deployed, said: …" read as "Marchetti asked"
        named = next((c for c in asker.children if c.dep_ == "nsubj" and c.i not in inside_quote), None)
        if named is not None and named.tag_ == "CD":  # "11:45 — Marchetti, asked …": past a live blog's time
            named = next((c for c in named.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return named
    by = agent(verb)
    if by is not None and by.i not in inside_quote:
        return by
    if (absolute := _subject_after_with(verb)) is not None:
        return absolute  # "The hearing began with Senator Quist telling members that …"
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass"]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # a passive with no agent names no speaker ("the plan was criticised")
    outside = [c for c in subjects if c.i not in inside_quote] or _outlet_of_a_quoted_name(
        subjects, inside_quote
    )
    if len(outside) > 1:
        # "Marouf, addressing supporters in Kesh, said": the parser reads the aside as a second subject
        outside = [c for c in outside if not _participle_aside(c)] or outside
    if outside:
        nearest = _nearest(outside, verb)
        if nearest.i > verb.i and verb.tag_ == "VBZ" and nearest.tag_ == "NNS":
            return None  # "Varesh rejects terms, says talks dead": "talks" cannot be what "says"
        if nearest.i > verb.i and (named := _named_after_verb(verb, inside_quote)) is not None:
            if _surname_read_as_adverb(named) and named.i < nearest.i:
                return named  # '“…,” said Skelly, a former clerk': the subject is the name's apposition
        return _after_a_fronted_phrase_s_name(nearest, verb) or nearest
    if (named := _named_before_verb(verb, inside_quote)) is not None:
        return named  # the parser may take a word of the quotation for the subject
    if subjects:
        return _named_after_verb(verb, inside_quote)
    if (opening := _name_read_as_adverb(verb)) is not None:
        return opening  # "Halvast has repeatedly described the front as …"
    if (
        verb.tag_ != "VBG"
        and (verb.lemma_.lower() in lexicon.CORE_CUE_LEMMAS or _after_quote_and_comma(verb))
        and _right_after_quote(verb, inside_quote)
        and (named := _named_after_verb(verb, inside_quote)) is not None
        and (verb.lemma_.lower() in lexicon.CORE_CUE_LEMMAS or _names_someone(named))
    ):
        return named  # '“…,” added another delegate', '“…,” exhorted her introducer'
    # "Lasken, asked about the review, said …": the parser may hang the subject on the clause before.
    for child in verb.children:
        if child.dep_ == "advcl" and child.i < verb.i:
            borrowed = [
                c for c in child.children if c.dep_ == "nsubj" and c.i < child.i and c.i not in inside_quote
            ]
            if borrowed:
                return borrowed[0]
    if (stranded := _stranded_subject(verb, inside_quote)) is not None:
        return stranded
    if (series := _subject_of_a_series(verb, inside_quote)) is not None:
        return series
    if (age := age_before_verb(verb, inside_quote)) is not None:
        return age
    shares = [c for c in verb.children if c.dep_ == "nummod" and c.i < verb.i and c.i not in inside_quote]
    if shares and verb.tag_ in ("VBP", "VBD", "VBZ"):
        return shares[0]  # "About 4 in 10 say …": the parser took a poll's share for a number of the verb
    # Participles and conjoined verbs borrow the subject of the verb they hang on:
    # "…, saying that …", "X arrived and said …".
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i in inside_quote:
        # "Clinton seemed ready to riff on it, telling the crowd, “Some people get …”": the parser
        # hung the participle on the quotation's verb; it borrows the subject of the sentence.
        root = sentence_of(verb).root
        if root.i < verb.i and root.i not in inside_quote:
            borrowed = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i not in inside_quote]
            return borrowed[0] if borrowed else None
    if (shown := _shown_saying(verb, inside_quote)) is not None:
        return shown
    if (captured := _object_caught_saying(verb)) is not None and captured.i not in inside_quote:
        return captured  # "The recorder captured the captain saying “…”": the captain's words
    if (heard := perceived_saying(verb)) is not None and heard.i not in inside_quote:
        return heard  # "Trump was heard on a microphone telling Christie …"
    if (outer := first_saying(verb) or _reporting_verb(verb)) is not None:
        borrowed = [c for c in outer.children if c.dep_ in SUBJECT_DEPS and c.i not in inside_quote]
        if borrowed:
            return borrowed[0]
    if _root_read_as_antecedent(verb):
        return verb.head
    if (speaker := _subject_of_the_clause_before(verb, inside_quote)) is not None:
        return speaker
    # "Varek waved to the crowd, then leaned in and boomed: …": the parser left "leaned" a bare
    # dependent of the verb before it; it is the next verb of the same subject
    in_series = (
        verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and verb.head.i < verb.i
    )
    if (verb.dep_ in ("advcl", "conj", "xcomp", "acl") or in_series) and verb.head != verb:
        if (source := _document_source(verb, inside_quote)) is not None:
            return source  # "State TV carried a statement from the Interior Ministry saying …"
        if verb.dep_ == "acl":
            if _publishes_the_venue(verb):
                return None  # "said in a video posted online that …": the video is where, not who
            if (issuer := _issuer(verb.head, inside_quote)) is not None:
                return issuer  # "His office put out a statement saying …": the office says it
            if (sender := _sender(verb.head, inside_quote)) is not None:
                return sender  # "emailed supporters saying …": the supporters only read it
            if (doer := _doer_of_an_object(verb.head, inside_quote)) is not None:
                return doer  # "rejected the notion …, saying", "placed ads calling", "at one point calling"
            if verb.lower_ in TOLD_FORMS and not any(c.dep_ == "agent" for c in verb.children):
                return None  # "Residents told to evacuate on Tuesday were …": those told, not who told them
            if verb.lemma_.lower() in NAMING_LEMMAS and verb.tag_ in ("VBN", "VBD"):
                # "The law, dubbed the “foreign agents” bill, …", "The plan, branded “a betrayal” by
                # unions, …": what is named; the namer is the one after "by", if any
                return next(
                    (o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"),
                    None,
                )
            return verb.head if verb.head.pos_ in ("NOUN", "PROPN", "PRON") else None
        if _passive_like_its_head(verb) or _passive_participle(verb):
            return None  # "The sermon was broadcast on state radio and repeated on the evening news"
        if _told_like_its_passive_head(verb):
            return None  # "The ambassador was summoned … and told that …": told, by someone unnamed
        if _passed_on(verb):
            return None  # "Deputy minister likes post calling for …": the post calls for it
        if (prompted := _the_one_prompted(verb, inside_quote)) is not None:
            return prompted
        borrowed = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.i not in inside_quote]
        if borrowed:
            return _nearest(borrowed, verb.head)
        if verb.dep_ == "conj" and (
            verb.head.dep_ in ("advcl", "conj", "xcomp")
            or (verb.head.dep_ in ("ROOT", "dep") and verb.head.pos_ == "VERB")
        ):
            # "X left, calling it … and asserting that …"; "Lasken summed up Tovek as “reckless,”
            # denounced her record and said …" with "Lasken" misread as a verb
            return cue_subject(verb.head, inside_quote)
        if verb.dep_ == "advcl" and _second_verb_of_a_subject(verb.head):
            # "Warren appeared with Maddow and endorsed Clinton, saying, “…”": the subject of the
            # verb the participle's host is the second of
            return cue_subject(verb.head, inside_quote)
    # "… distanced himself from the movement by saying …", "After saying …, she …": a gerund after
    # a preposition of manner or time borrows the subject of the verb the preposition hangs on.
    prep = verb.head
    aside_from = prep.lower_ == "from" and prep.head.lower_ == "aside" and prep.head.head != prep.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "of" and prep.head.lower_ in HABIT_OF:
        # "The mayor is fond of saying that …", "never tires of saying …": what the subject says often
        host = prep.head.head if prep.head.dep_ == "acomp" else prep.head
        return next((c for c in host.children if c.dep_ == "nsubj" and c.i not in inside_quote), None)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and (prep.lower_ in GERUND_PREPOSITIONS or aside_from):
        host = prep.head.head if aside_from else prep.head  # "refuses to discuss it, aside from saying …"
        if host == prep:
            return None
        for child in host.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in inside_quote:
                return child
        if _passive_like_its_head(host):  # "was booed and shouted down after telling …"
            return next(
                (c for c in host.head.children if c.dep_ == "nsubjpass" and c.i not in inside_quote), None
            )
        if host.dep_ in ("xcomp", "conj") and host.pos_ == "VERB":
            # "appeared to assert his plans by saying, “…”", "appeared on TV and began by saying …":
            # the subject of the verb the host hangs on
            return cue_subject(host, inside_quote)
    return None


# Verbs that make someone else act: "the defeat prompted Brandt to call …" is Brandt's word.
# Word forms, since the fast parse lemmatises only cue words.
CAUSING_FORMS = frozenset(
    [
        "prompt",
        "prompts",
        "prompted",
        "prompting",
        "lead",
        "leads",
        "led",
        "leading",
        "cause",
        "causes",
        "caused",
        "causing",
        "force",
        "forces",
        "forced",
        "forcing",
        "compel",
        "compels",
        "compelled",
        "compelling",
        "drive",
        "drives",
        "drove",
        "driven",
        "driving",
        "push",
        "pushes",
        "pushed",
        "pushing",
        "inspire",
        "inspires",
        "inspired",
        "inspiring",
        "spur",
        "spurs",
        "spurred",
        "spurring",
        "provoke",
        "provokes",
        "provoked",
        "provoking",
        "pressure",
        "pressures",
        "pressured",
        "pressuring",
    ]
)


def _the_one_prompted(verb: Token, inside_quote: frozenset[int]) -> Token | None:
    """ "The ruling led the minister to declare …", "That prompted Rubio to call Trump …": a verb
    of saying after a verb of causing has the one caused to act for its subject, not the cause."""
    if verb.dep_ != "xcomp" or verb.head.lower_ not in CAUSING_FORMS:
        return None
    caused = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.i not in inside_quote]
    if not caused:
        return None
    return caused[0] if _animate(caused[0]) or caused[0].lower_ in OBJECT_PRONOUNS else None


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "whom"})


def _second_verb_of_a_subject(verb: Token) -> bool:
    """Whether ``verb`` is the second verb of its subject, right after "and" ("appeared with X
    and officially endorsed Y"), not a verb whose own subject the parser joined to the first clause
    ("charged the officer with murder and Emanuel fired …")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "nsubj" for c in verb.head.children):
        return False  # "the event, organized by X and attended by Y, …": no one's verbs
    joins = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return bool(joins) and all(t.pos_ == "ADV" for t in verb.doc[joins[-1].i + 1 : verb.i])


RECORDING_NOUNS = frozenset(
    {
        "footage",
        "video",
        "videos",
        "clip",
        "clips",
        "recording",
        "recordings",
        "tape",
        "audio",
        "image",
        "images",
    }
)


def _shown_saying(verb: Token, inside_quote: frozenset[int]) -> Token | None:
    """ "The ad uses footage of Hillary Clinton asking, “…”": a participle right after the person a
    recording shows has that person for its subject, not the ad that shows them. Read in word
    order: the parser may hang the name on the participle instead of on "of"."""
    if verb.tag_ != "VBG":
        return None
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].pos_ in NAME_POS and doc[start - 1].i not in inside_quote:
        start -= 1
    if start == verb.i or start == 0:
        return None
    of = doc[start - 1]
    if of.lower_ != "of" or of.head.lower_ not in RECORDING_NOUNS:
        return None
    name = [t for t in doc[start : verb.i] if not start <= t.head.i < verb.i]
    if len(name) != 1:
        return None
    # "a video of a general saying …": the tagger took the noun for an adjective, the parser did not
    return name[0] if name[0].pos_ in ("PROPN", "NOUN") or name[0].dep_ == "pobj" else None


NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ"})


GERUND_PREPOSITIONS = frozenset({"by", "after", "upon", "before", "while", "in"})
# Words of a habit before "of saying": "is fond of saying", "never tires of saying".
HABIT_OF = frozenset({"fond", "tired", "weary", "tires", "tire"})
CLOSING_MARKS = frozenset({"”", '"', "’", "'", "»", "''"})
OPENING_MARKS = lexicon.OPENING_MARKS


DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "letter", "release", "memo", "note", "message", "post", "tweet"}
    | {"email", "e-mail", "voicemail", "cable"}
)


def _document_source(participle: Token, inside_quote: frozenset[int]) -> Token | None:
    """Whom a document with "from" or "by" comes from, right before a participle of saying: "State
    TV carried a statement from the Interior Ministry saying …" (the ministry says it, whoever
    carried it)."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "acl"):
        return None
    host = participle.head
    if participle.dep_ == "acl":
        documents = [host] if host.lower_ in DOCUMENT_NOUNS else []
    else:
        documents = [c for c in host.children if c.dep_ == "dobj" and c.lower_ in DOCUMENT_NOUNS]
    if not documents or documents[0].i > participle.i:
        return None
    document = documents[0]
    doc = participle.doc
    # the source's phrase ends right before the participle, or before a comma there ("from his
    # client, Elsa Nord, saying …")
    ends = {participle.i - 1} | ({participle.i - 2} if doc[participle.i - 1].text == "," else set())
    for prep in [*document.children, *document.head.children]:
        if prep.dep_ != "prep" or not document.i < prep.i < participle.i:
            continue
        if prep.lower_ == "on":  # "a statement on behalf of his client"
            behalf = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "behalf"), None)
            prep = (
                next((c for c in behalf.children if c.lower_ == "of"), prep) if behalf is not None else prep
            )
            if prep.lower_ != "of":
                continue
        elif prep.lower_ not in ("from", "by"):
            continue
        source = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if source is None or source.i in inside_quote:
            continue
        if source.right_edge.i in ends or _only_a_time_between(doc, source.right_edge.i, participle.i):
            return source  # ("a letter from the school on Monday saying …")
    return None


DATE_WORDS = frozenset({"on", "last", "this", "earlier", "late", "early", "in", "at", ","})
TIME_WORDS = lexicon.DAYS_AND_MONTHS | frozenset(
    {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "today", "yesterday"}
)


def _only_a_time_between(doc: Doc, left: int, right: int) -> bool:
    """Whether only a time ("on Monday", "last week", "this morning") stands between two words."""
    between = doc[left + 1 : right]
    times = [t for t in between if t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_WORDS or t.like_num]
    return bool(times) and all(t in times or t.lower_ in DATE_WORDS for t in between)


def _subject_before(verb: Token, limit: int, inside_quote: frozenset[int]) -> Token | None:
    """The verb's subject outside quotation marks, before token ``limit``."""
    return next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i not in inside_quote and c.i < limit), None
    )


def _publishes_the_venue(participle: Token) -> bool:
    """ "posted" in "said in a video posted online": it publishes the venue of another verb."""
    venue = participle.head
    prep = venue.head
    return (
        participle.tag_ == "VBN"
        and venue.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ == "VERB"
        and venue.lower_ in lexicon.words("venue_nouns.txt")
    )


def _issuer(document: Token, inside_quote: frozenset[int]) -> Token | None:
    """Who put out the statement, report or letter that is the object of their verb, or who
    published the video or ad ("posted a video calling the affair …")."""
    if document.dep_ != "dobj":
        return None
    handling = document.head.lemma_.lower()
    published = document.lower_ in PUBLISHED_NOUNS and handling in PUBLISHING_LEMMAS
    if document.lower_ not in DOCUMENT_NOUNS and not published:
        return None
    if handling in PASSING_ON_LEMMAS and not published:
        return None  # "liked a post calling for …", "retweeted a message saying …": someone else's
    return _subject_before(document.head, document.i, inside_quote)


def _passed_on(participle: Token) -> bool:
    """A participle of saying after someone else's post or message that its subject liked, shared
    or forwarded, and the parser hung on the verb: "likes post calling for …"."""
    verb = participle.head
    return verb.lemma_.lower() in PASSING_ON_LEMMAS and any(
        c.dep_ == "dobj" and c.lower_ in DOCUMENT_NOUNS and c.i < participle.i for c in verb.children
    )


# What is done with someone else's post or message: liking, sharing or forwarding it, or seeing
# it, does not make it yours.
PASSING_ON_LEMMAS = frozenset(
    {
        "like",
        "retweet",
        "repost",
        "share",
        "forward",
        "see",
        "view",
        "receive",
        "obtain",
        "flag",
        "cite",
        "quote",
    }
)


# What a speaker publishes that speaks for them when they publish it (not when they watch it).
PUBLISHED_NOUNS = frozenset({"video", "clip", "recording", "ad", "advert", "advertisement", "podcast"})
PUBLISHING_LEMMAS = frozenset(
    {"post", "publish", "release", "share", "upload", "air", "broadcast", "run", "issue", "tweet", "put"}
)


# Verbs of writing or sending to someone: their object is who was written to.
MESSAGING_LEMMAS = frozenset(
    {"email", "e-mail", "text", "message", "mail", "write", "tweet", "alert", "remind"}
)
SENT_NOUNS = DOCUMENT_NOUNS | frozenset({"email", "e-mail", "text", "mail", "mailer", "appeal", "call"})


def writing_verb(noun: Token) -> Token | None:
    """The verb that sent ``noun`` out or wrote to it: its object ("put out a statement", "emailed
    supporters") or the "to" after the verb or its object ("sent a text message to supporters")."""
    if noun.dep_ == "dobj":
        return noun.head
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ != "to":
        return None
    return to.head.head if to.head.dep_ == "dobj" else to.head


def _sender(addressee: Token, inside_quote: frozenset[int]) -> Token | None:
    """Who wrote to the people a participle of saying hangs on: "emailed supporters saying …",
    "sent out a text message to supporters saying …" (the supporters are written to)."""
    verb = writing_verb(addressee)
    if verb is None:
        return None
    if addressee.dep_ == "dobj":
        if verb.lemma_.lower() not in MESSAGING_LEMMAS:
            return None
    else:  # what was sent: the verb's object before the "to"
        sent = next((c for c in verb.children if c.dep_ == "dobj" and c.i < addressee.head.i), None)
        if sent is None or sent.lower_ not in SENT_NOUNS:
            return None
    return _subject_before(verb, verb.i, inside_quote)


def _ends_quotation(tok: Token, inside_quote: frozenset[int]) -> bool:
    """A word of a quotation, or the mark that closes one (not the apostrophe of "Sanders’ plan")."""
    return tok.i in inside_quote or (tok.text in CLOSING_MARKS and tok.i - 1 in inside_quote)


def _names_someone(noun: Token) -> bool:
    """A name, or a noun with a name beside it ("her introducer, actress Lena Ruzic"), or another
    of those just quoted ("“…,” tweeted another")."""
    return (
        noun.pos_ == "PROPN"
        or noun.lower_ == "another"
        or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > noun.i for c in noun.children)
        # "“Get out,” shouted one fan", "“…,” chanted protesters": someone by what they are, after
        # a quotation that opens the sentence (not "The tweet, “…,” angered the mayor")
        or (
            noun.tag_ in ("NN", "NNS")
            and (noun.lower_ if noun.tag_ == "NN" else noun.lower_.removesuffix("s"))
            in lexicon.words("person_roles.txt")
            and noun.doc[sentence_of(noun).start].is_quote
        )
    )


def _after_quote_and_comma(verb: Token) -> bool:
    """ "“It's about time,” exhorted her introducer": a past-tense verb right after a quotation that
    ends in a comma, its subject after it, is how the words were said, whatever the verb."""
    doc, i = verb.doc, verb.i
    return (
        verb.tag_ == "VBD"
        and i >= 2
        and (
            (doc[i - 1].is_quote and doc[i - 2].text == ",")
            or (doc[i - 1].text == "," and doc[i - 2].is_quote)  # "‘Get out’, shouted one fan"
        )
    )


def _right_after_quote(verb: Token, inside_quote: frozenset[int]) -> bool:
    """'“…,” added another delegate': the verb comes straight after the quotation."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].is_punct and not _ends_quotation(doc[i], inside_quote):
        i -= 1
    return i >= 0 and _ends_quotation(doc[i], inside_quote)


def _named_after_verb(verb: Token, inside_quote: frozenset[int]) -> Token | None:
    """'“…,” said Leslie Wimes': the name after the verb, taken for an object or a modifier."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        nxt is not None
        and nxt.head.i == verb.i
        and _surname_read_as_adverb(nxt)
        and nxt.i not in inside_quote
    ):
        return nxt  # '“…,” said Skelly, a former aide.': a surname in -ly, tagged an adverb
    for child in sorted(verb.children, key=lambda t: (t.pos_ != "PROPN", abs(t.i - verb.i))):
        if (
            child.i not in inside_quote
            and child.dep_ in ("dobj", "attr", "npadvmod", "appos", "nsubj", "dep", "oprd")
            and (child.pos_ in ("PROPN", "NOUN", "PRON") or child.lower_ == "another")
            and child.ent_type_ not in ("DATE", "TIME")
        ):
            return child
    # '“…,” said Robin Maynard, half joking': the name right after the verb, which the parser made
    # the subject of a later word
    # subject of a later word; or a noun phrase so taken ('“…,” said the woman, who … declined …')
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    while after is not None and after.dep_ in ("compound", "flat") and after.head.i > after.i:
        after = after.head
    if after is not None and after.pos_ == "PROPN" and after.i not in inside_quote and after.i > verb.i:
        return after
    first = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if first is not None and first.dep_ == "det" and first.head.i > first.i:
        noun = first.head
        if (
            noun.pos_ == "NOUN"
            and noun.dep_ in ("nsubj", "nsubjpass")
            and noun.head.i > noun.i
            and noun.i not in inside_quote
            and all(t.dep_ in ("det", "amod", "compound") for t in verb.doc[first.i : noun.i])
        ):
            return noun
    return None


def _surname_read_as_adverb(tok: Token) -> bool:
    """A capitalised word inside a sentence that the tagger took for an adverb ("Skelly", "Connolly")."""
    return tok.tag_ == "RB" and tok.text[:1].isupper() and tok.text[1:].islower() and not tok.is_sent_start


# Adverbs that open sentences and are no stop words (PolNeAR train, and their kin); stop words
# ("Still", "Meanwhile", "Perhaps") are left out by ``is_stop`` already.
OPENING_ADVERBS = frozenset(
    {"abroad", "afterward", "ahead", "alas", "altogether", "apart", "aside", "away", "best", "earlier"}
    | {"exactly", "far", "finally", "furthermore", "home", "inside", "instead", "later", "likewise"}
    | {"maybe", "meantime", "nonetheless", "nowadays", "online", "outside", "overall", "regardless"}
    | {"right", "second", "seldom", "soon", "sure", "today", "tomorrow", "tonight", "twice", "yesterday"}
)


def _name_read_as_adverb(verb: Token) -> Token | None:
    """A name the tagger does not know, opening the sentence right before the verb (and its
    auxiliaries or adverbs), read as an adverb: "Halvast has repeatedly described …"."""
    first = sentence_of(verb)[0]
    if first.i >= verb.i or first.tag_ != "RB" or first.head.i != verb.i or not first.is_alpha:
        return None
    if not first.text[:1].isupper() or first.text[1:] != first.text[1:].lower():
        return None
    low = first.lower_
    if (low.endswith("ly") or low in OPENING_ADVERBS or first.is_stop) and not named_elsewhere(first):
        return None  # "Finally said …" is no name; "Jolly said …" is, after "Rep. David Jolly"
    between = verb.doc[first.i + 1 : verb.i]
    if any(t.dep_ not in ("aux", "neg", "advmod") for t in between):
        return None
    return first


def _named_before_verb(verb: Token, inside_quote: frozenset[int]) -> Token | None:
    """'“…,” Ramos, 58, told the agency': a noun phrase between the quotation and the verb is the
    speaker, whatever the parser hung it on (it may join the phrase to the quotation's verb)."""
    doc = verb.doc
    if verb.tag_ == "VBG":
        return None  # "…,” telling reporters …": a participle borrows its subject (see _subject)
    words: list[Token] = []
    i = verb.i - 1
    while i >= 0 and not _ends_quotation(doc[i], inside_quote) and len(words) < 30:
        words.append(doc[i])
        i -= 1
    if i < 0 or not words or not _ends_quotation(doc[i], inside_quote):
        return None
    words.reverse()
    commas = [n for n, w in enumerate(words) if w.text == ","]
    if commas and commas[0] > 0 and words[-1].text == ",":
        words = words[: commas[0]]  # '“…,” Daniloff, now 81 and retired, said': the name before the aside
    verbs = [w for w in words if w.pos_ in ("VERB", "AUX", "SCONJ")]
    if any(not _role_read_as_verb(w, words) for w in verbs):
        return None
    ids = {w.i for w in words}
    heads = [w for w in words if w.head.i not in ids and w.pos_ in ("PROPN", "NOUN")]
    if not heads and verbs:
        heads = [words[-1]]  # "screenwriter Cole Varga" hung on "screenwriter": the name
    if not heads and len(words) == 2 and words[0].pos_ == "DET" and words[1].tag_ == "JJ":
        heads = [words[1]]  # "“…,” the editorial read": the noun tagged as an adjective
    return heads[0] if heads and heads[0].ent_type_ not in ("DATE", "TIME") else None


def role_read_as_verb(subject: Token) -> Token | None:
    """The role word right before a name the tagger took for a verb ("screenwriter Cole Varga")."""
    first = subject.left_edge.i
    if first == 0 or subject.pos_ != "PROPN":
        return None
    word = subject.doc[first - 1]
    return word if _role_read_as_verb(word, list(subject.doc[first : subject.i + 1])) else None


def _role_read_as_verb(word: Token, phrase: list[Token]) -> bool:
    """ "“…,” screenwriter Cole Varga wrote": a lower-case word the tagger took for a verb, with
    only a name after it in the phrase, is the name's role."""
    after = [w for w in phrase if w.i > word.i]
    return (
        word.is_lower and word.tag_ in ("VB", "VBP") and bool(after) and all(w.pos_ == "PROPN" for w in after)
    )


AGE_UNITS = frozenset({"year", "month", "week"})


def age_before_verb(verb: Token, inside_quote: frozenset[int]) -> Token | None:
    """ "“We will march again,” the 62-year-old said": the parser hung "the" and "old" on the verb
    as modifiers; the person the age stands for is the speaker."""
    doc, i = verb.doc, verb.i - 1
    hung = doc[i].head == verb or verb.head.i == i  # or the verb on the age: "the 43-year-old asked"
    if i < 4 or doc[i].lower_ != "old" or not hung or i in inside_quote:
        return None
    if (
        doc[i - 1].text == "-"
        and doc[i - 2].lower_ in AGE_UNITS
        and doc[i - 3].text == "-"
        and doc[i - 4].like_num
    ):
        return doc[i]
    return None


def _subject_of_a_series(verb: Token, inside_quote: frozenset[int]) -> Token | None:
    """ "Varek summed up Tovek as “reckless,” denounced her record and said …", "Osk, who sits
    at zero endorsements, said that …": the parser read the words opening the sentence as a clause
    reported by the verb (as in "“…,” said Varek"), with the sentence's subject as that clause's.
    It is the verb's subject when the clause ends at the comma right before the verb and holds no
    second clause of its own; for a verb of saying, only when it reports a clause after it, and
    either the clause before is the subject's relative clause or no noun follows the verb that
    could be its own subject ("He had a voice in it, said a former spokesman …" is an attribution
    closing the sentence instead)."""
    doc, sent = verb.doc, sentence_of(verb)
    saying = verb.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
    if saying and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    # "…, says she warned …", "…, said that …": what follows the verb cannot be its subject
    plainly_reports = verb.i + 1 < sent.end and (
        doc[verb.i + 1].lower_ == "that" or doc[verb.i + 1].tag_ == "PRP"
    )
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i or clause.left_edge.i != sent.start:
            continue
        gap = doc[clause.right_edge.i + 1 : verb.i]
        if any(not t.is_punct for t in gap) or "," not in {t.text for t in doc[verb.i - 2 : verb.i]}:
            continue
        if any(c.dep_ in ("cc", "conj") for c in clause.children):
            continue  # "Few deputies would admit this, but Lasken says …"
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if not subjects or subjects[0].left_edge.i != sent.start or subjects[0].i in inside_quote:
            continue
        if (
            saying
            and not plainly_reports
            and not any(t.tag_ in ("WP", "WP$") for t in doc[subjects[0].i : clause.i])
        ):
            continue  # "He had a voice in it, said a former spokesman …": an attribution, not a series
        return subjects[0]
    return None


def _after_a_fronted_phrase_s_name(subject: Token, verb: Token) -> Token | None:
    """ "In a statement read by the prosecutor, Ben Aldous, the victim's widow, Lucy Harker, said":
    the parser made the name that closes the opening phrase the subject, and the speaker its
    apposition; the speaker is the person named after it."""
    doc = verb.doc
    start = subject.left_edge.i
    if subject.pos_ != "PROPN" or subject.i > verb.i or start < 2 or doc[start - 1].text != ",":
        return None
    described = doc[start - 2]  # "the prosecutor", "the mayor", "her lawyer"
    if described.pos_ != "NOUN" or described.dep_ != "pobj":
        return None
    opening = described
    while opening.head != opening and opening.head.i < subject.i and opening.head != verb:
        opening = opening.head
    if opening.head != verb or opening.dep_ != "prep" or opening.left_edge.i != sentence_of(verb).start:
        return None  # only a phrase set before the subject: "In a letter to the mayor, Tom Reed, …"
    asides = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    if len(asides) < 2 or asides[0].pos_ != "NOUN" or asides[1].pos_ != "PROPN":
        return None
    return asides[1]


def _stranded_subject(verb: Token, inside_quote: frozenset[int]) -> Token | None:
    """ "In a statement to the Observer, her adviser, Jake Sullivan, said: …": the parser took the
    speaker for an apposition to the phrase before it and left the verb with no subject."""
    doc = verb.doc
    i = verb.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and (aside := _relative_aside(doc[i], verb)) is not None:
        i = aside.left_edge.i - 2  # "…, Imam Yusuf Adelan, who is appointed by the ministry, told"
    if i >= 2 and doc[i].like_num and doc[i].dep_ == "appos" and doc[i - 1].text == ",":
        i -= 2  # "Samira Tovek, 38, said": past the age
    if i >= 0 and doc[i].text == ")":  # "Sen. Elena Varga (Unity-Dravin) said": past the bracket
        opening = next((t.i for t in reversed(doc[max(0, i - 8) : i]) if t.text == "("), None)
        i = opening - 1 if opening is not None else -1
    if verb.dep_ != "ROOT" or i < 0:
        return None
    node = doc[i]
    while node.dep_ in ("compound", "flat") and node.head.i > node.i:
        node = node.head
    # "Col. Steven Warren, a military spokesman in Baghdad, said": out of the aside's own phrase,
    # to the name it describes
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head.i >= verb.i:
            break
        node = node.head
    # "When … the second front, Obama and Clinton call them …": names the parser joined to the
    # phrase before the comma; the first of them heads the subject
    while node.dep_ == "conj" and node.pos_ == "PROPN" and node.head.pos_ == "PROPN" and node.head.i < node.i:
        node = node.head
    if node.dep_ == "conj" and node.pos_ == "PROPN" and node.head.pos_ == "NOUN":
        opening = node.left_edge.i
        if node.head.i < opening and doc[opening - 1].text == "," and node.i not in inside_quote:
            return node
        return None
    if (
        node.dep_ == "appos"
        and node.pos_ == "NOUN"
        and node.head.dep_ == "appos"
        and node.head.pos_ == "PROPN"
    ):
        node = node.head
    # "her adviser, Jake Sullivan": the whole apposition; "his wife Hillary Clinton, former
    # president Bill Clinton": not the name before
    while node.dep_ == "appos" and node.head.dep_ == "appos" and node.head.pos_ == "NOUN":
        node = node.head
    if node.dep_ != "appos" or node.pos_ not in ("NOUN", "PROPN") or node.i in inside_quote:
        return None
    return node


def _relative_aside(last: Token, verb: Token) -> Token | None:
    """The relative clause set off by commas that ``last`` ends, right before ``verb``."""
    for clause in [last, *last.ancestors]:
        if clause.i >= verb.i:
            return None
        if clause.dep_ == "relcl" and clause.right_edge.i == last.i:
            opening = clause.left_edge.i
            if opening >= 2 and clause.doc[opening - 1].text == "," and clause.head.i < opening:
                return clause
            return None
    return None


def _subject_of_the_clause_before(verb: Token, inside_quote: frozenset[int]) -> Token | None:
    """ "It was a potent punch, as Mrs. Clinton echoed the criticism, saying …": a participle set
    off after a clause with its own subject says what that subject said, not the empty "it" of the
    sentence's verb."""
    if not set_off_participle(verb):
        return None
    own = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own and own[0].lower_ not in ("it", "this", "that", "there"):
        return None
    for clause in verb.head.children:
        if clause.dep_ == "advcl" and clause.i < verb.i and clause.right_edge.i == verb.i - 2:
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i not in inside_quote]
            if subjects and (
                subjects[0].pos_ in ("PROPN", "NOUN") or subjects[0].lower_ in ("he", "she", "they")
            ):
                return subjects[0]
    return None


def _root_read_as_antecedent(verb: Token) -> bool:
    """ "Speaker Paul Ryan, the party's highest-ranking member, on Tuesday called …": with the
    apposition the parser made the name the sentence's root and the finite verb a relative clause
    on it, with no relative word; the name is the verb's subject."""
    head = verb.head
    return (
        verb.dep_ == "relcl"
        and (
            verb.tag_ in ("VBD", "VBZ", "VBP")
            # a participle only as the tagger's guess right after a comma
            or (verb.tag_ == "VBN" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",")
        )
        and head.dep_ == "ROOT"
        and head.pos_ in ("PROPN", "NOUN")
        and not any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in verb.children)
        and any(c.dep_ == "appos" and c.i < verb.i for c in head.children)
    )


def set_off_participle(verb: Token) -> bool:
    """A participle after a comma, hung on the clause before it: "…, telling reporters that …"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _reporting_verb(participle: Token) -> Token | None:
    """ "Ramos said the vote mattered, referring to the Hispanic community": any participle set off
    by a comma that the parser hung on the reported clause is the reporting verb's, whose subject it
    borrows (not "the vote"); first_saying does the same for verbs of saying only."""
    clause = participle.head
    if not set_off_participle(participle) or clause.dep_ != "ccomp":
        return None
    reporting = clause.head
    return (
        reporting if reporting.i < clause.i and reporting.lemma_.lower() in lexicon.CORE_CUE_LEMMAS else None
    )


def first_saying(verb: Token) -> Token | None:
    """ "He says the response was … and says he introduced …", "Carson said he saw no need …, telling
    reporters that …": the parser joined the second verb of saying to the clause the first one
    reports; the first verb, whose subject both share."""
    outer = verb.head.head
    if (
        (verb.dep_ == "conj" or set_off_participle(verb))
        and verb.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
        and verb.head.dep_ == "ccomp"
        and outer.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
        and outer.i < verb.head.i
    ):
        return outer
    return None


ANIMATE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
ANIMATE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})


def _animate(tok: Token) -> bool:
    """A person, group or body that can say something."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ANIMATE_PRONOUNS
    if tok.pos_ == "PROPN" or tok.ent_type_ in ANIMATE_ENTS:
        return True
    words = _speaking_nouns()
    return tok.lower_ in words or tok.lemma_.lower() in words


@cache
def _speaking_nouns() -> frozenset[str]:
    """Nouns for people, groups and bodies (read once, not on every participle)."""
    return (
        lexicon.words("person_roles.txt") | lexicon.words("group_nouns.txt") | lexicon.words("org_nouns.txt")
    )


def _doer_of_an_object(noun: Token, inside_quote: frozenset[int]) -> Token | None:
    """A participle of saying hung on the object of someone's verb ("Carson rejected the
    notion …, saying", "the effort placed national newspaper ads calling the deal …", "Clinton ended
    the debate with a reference to …, remarking"): the one who did it speaks, unless the object is a
    person or body (who may speak themselves), or whom the words were addressed to ("to employees")."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        return None
    addressed = noun.dep_ == "pobj" and noun.head.lower_ == "to"
    if lexicon.inscribed(noun.lower_):
        return None  # "held up a sign saying …": the sign's words (PolNeAR mostly agrees)
    if _animate(noun) and not addressed:
        return None
    host = noun.head.head if noun.dep_ == "pobj" else noun.head
    for _ in range(6):
        if host.pos_ not in ("VERB", "AUX"):
            return None
        if host.lemma_.lower() in PASSING_ON_LEMMAS or host.lower_ in (
            "liked",
            "likes",
            "forwarded",
            "shared",
            "retweeted",
        ):
            return None  # "liked a post calling for …": someone else's words
        subjects = [c for c in host.children if c.dep_ == "nsubj" and c.i not in inside_quote]
        if subjects:
            return subjects[0] if _animate(subjects[0]) else None
        if host.dep_ == "xcomp":  # "prompted the tabloid to do a cover saying …": the one prompted
            objects = [c for c in host.head.children if c.dep_ == "dobj" and c.i not in inside_quote]
            if objects:
                return objects[0] if _animate(objects[0]) else None
        if host.dep_ not in ("conj", "xcomp", "advcl") or host.head == host:
            return None
        host = host.head
    return None


# Participles whose noun is the one spoken to: "residents told to leave", "people warned about the flood".
TOLD_FORMS = frozenset({"told", "warned", "asked", "urged", "advised", "ordered", "instructed", "informed"})
