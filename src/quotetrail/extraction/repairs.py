"""Mend the parser's known misreadings of names before anything reads the parse.

The small English model does not know most names, and a name it does not know, right after a
title, it may take for an adverb of the verb: in "President Halvast tweeted that …" the title
"President" becomes the subject and "Halvast" an adverb, so the speaker would be "President" and
the cue "Halvast tweeted". Each repair here sets heads and labels on the parsed ``Doc`` so the
rest of the extractor reads the sentence as a reader would.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.clause_repairs import repair_clauses
from quotetrail.extraction.lexicon import DAYS_AND_MONTHS, WEEKDAYS
from quotetrail.extraction.name_particles import join_parse
from quotetrail.extraction.reported_clauses import LISTENERS
from quotetrail.nlp import known_word, sentence_of, whole_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass")


# Nouns a weekday names a kind of: "Friday prayers", "Sunday services", "Monday mornings".
DAY_S_OWN_NOUNS = frozenset(
    {"prayer", "prayers", "service", "services", "market", "markets", "class", "classes", "lesson", "lessons"}
    | {"morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights"}
    | {"meeting", "meetings", "sermon", "sermons", "talks", "game", "games", "match", "matches", "training"}
    | {"shift", "shifts", "edition", "editions", "paper", "papers", "deadline", "session", "sessions"}
    | {"school", "mass", "worship", "rally", "rallies", "protest", "protests", "strike", "strikes", "vote"}
    | {"trading", "closing", "opening", "lunch", "dinner", "brunch", "briefing", "briefings", "show", "shows"}
)


def _day_read_into_the_reported_clause(on: Token) -> None:
    """ "Pell said on Wednesday taxes would not rise", "said on Monday talks with Kedria had stalled":
    with no "that", the parser ran the day into the reported clause's subject ("Monday talks") or
    took the subject for a second object of "on", so the claim lost its subject. The day is what
    "on" governs; the noun after it opens the clause."""
    doc = on.doc
    day, noun = doc[on.i + 1], doc[on.i + 2]
    if on.dep_ != "prep" or noun.tag_ not in ("NN", "NNS") or not on.head.tag_.startswith("VB"):
        return
    if day.dep_ == "compound" and day.head == noun and noun.dep_ in ("nsubj", "nsubjpass"):
        if not any(c.dep_ == "pobj" for c in on.children):
            day.head, day.dep_ = on, "pobj"  # "on Monday talks … had stalled"
        return
    # "on Tuesday talks had stalled" ("Tuesday talks" the object of "on"), "on Wednesday taxes would
    # not rise" (both objects of "on")
    day_read_into_it = (day.dep_ == "compound" and day.head == noun) or (
        day.dep_ == "pobj" and day.head == on
    )
    if day_read_into_it and noun.dep_ == "pobj" and noun.head == on:
        clause = next(
            (c for c in on.head.children if c.dep_ == "ccomp" and c.i > noun.i and not _has_subject(c)), None
        )
        if clause is not None and noun.right_edge.i < clause.i:
            day.head, day.dep_ = on, "pobj"
            noun.head, noun.dep_ = clause, "nsubj"


# "-ing" words that describe documents: "charging documents", "sentencing papers".
DOCUMENT_ADJECTIVES = frozenset({"charging", "sentencing", "briefing", "planning", "hearing", "filing"})


def _document_s_adjective_read_as_a_participle(word: Token) -> None:
    """ "Draper hid the gun in a storm drain, charging documents say.": the parser read "charging"
    as a participle whose clause is "documents say", so the closing attribution reported nothing.
    The documents say the sentence before the comma."""
    doc = word.doc
    documents = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if documents is None or documents.dep_ != "nsubj" or documents.tag_ != "NNS":
        return
    say = documents.head
    main = word.head
    if say.head != word or say.dep_ != "ccomp" or say.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return
    if doc[word.i - 1].text != "," or main.dep_ != "ROOT" or main.i > word.i:
        return
    if any(not t.is_punct for t in doc[say.i + 1 :]):
        return  # the attribution closes the sentence
    say.head, say.dep_ = say, "ROOT"
    main.head, main.dep_ = say, "ccomp"
    word.head, word.dep_ = documents, "amod"
    for t in doc[word.i - 1 :]:
        if t.is_punct and t.head == main:
            t.head = say


ALIAS_WORDS = frozenset({"known", "dubbed", "nicknamed", "called", "named"})


def _alias_read_as_the_speaker_of_as(verb: Token) -> None:
    """'“We have done nothing wrong,” the streamer known as Kobra said on Wednesday.': the parser
    read "as Kobra said" as a clause of "known", so the quotation's verb took the streamer as its
    object. The name is the alias; the one so known is the subject of "said", which reports the
    quotation."""
    doc = verb.doc
    alias, as_ = doc[verb.i - 1], doc[verb.i - 2]
    known = verb.head
    if verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS or known.lower_ not in ALIAS_WORDS:
        return
    if as_.head != verb or alias.head != verb or alias.dep_ != "nsubj" or alias.pos_ != "PROPN":
        return
    noun = known.head
    if known.dep_ != "acl" or known.i != as_.i - 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return
    quoted = noun.head
    if quoted.i >= noun.i or quoted.dep_ != "ROOT" or not any(t.is_quote for t in doc[quoted.i : noun.i]):
        return
    as_.head, as_.dep_ = known, "prep"
    alias.head, alias.dep_ = as_, "pobj"
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    quoted.head, quoted.dep_ = verb, "ccomp"
    for t in doc[verb.i + 1 :]:
        if t.is_punct and t.head == quoted and t.i == len(doc) - 1:
            t.head = verb


def _listeners_read_into_the_reported_subject(listeners: Token) -> None:
    """ "Nadia Ferro told reporters enrolment would resume in April.": the parser made "reporters" a
    modifier of the clause's subject ("reporters enrolment"), so they were told nothing and became
    part of the claim. Those told are the verb's object."""
    told, noun = listeners.doc[listeners.i - 1], listeners.head
    if (
        listeners.lower_ not in LISTENERS
        or noun.i != listeners.i + 1
        or noun.dep_ not in ("nsubj", "nsubjpass")
    ):
        return
    if noun.head.dep_ != "ccomp" or noun.head.head != told or any(c.dep_ == "dobj" for c in told.children):
        return
    listeners.head, listeners.dep_ = told, "dobj"


# What is told, not whom: "told the story he had heard", "the same account he gave officers".
TOLD_THINGS = frozenset(
    {"story", "stories", "account", "accounts", "joke", "jokes", "tale", "tales", "lie", "lies", "version"}
    | {"thing", "things", "answer", "truth", "news", "anecdote", "details", "same"}
)
# What a clause said to someone has beside its subject: an object, a complement, or a passive.
_CLAUSE_PARTS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "auxpass", "oprd"})


def _reported_clause_read_as_the_listeners_relative(clause: Token) -> None:
    """ "Jo Lee told the Dáil the Government had “lost control”.": the parser made what she said a
    relative clause of those told ("the Dáil [that] the Government had …"), so they were part of
    the claim (red team 187). A clause with a subject of its own and its own object, complement or
    passive, right after the object of "told", is what was told, not a description of the listeners
    ("told the story he had heard": the clause lacks its object)."""
    listeners, told = clause.head, clause.head.head
    if listeners.dep_ != "dobj" or told.lemma_.lower() != "tell" or clause.i < listeners.i:
        return
    if listeners.lower_ in TOLD_THINGS or any(c.dep_ == "dative" for c in told.children):
        return  # "told the court the same story he told detectives" (review 3)
    if clause.right_edge.pos_ == "ADP":
        return  # "told the jokes he is known for": the clause lacks its preposition's object
    children = list(clause.children)
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that":
        return
    if subject.left_edge.i != clause.left_edge.i:
        return  # the clause opens on its subject ("the Government had …")
    if clause.left_edge.i - 1 != max(t.i for t in listeners.subtree if t.i < clause.left_edge.i):
        return  # right after the words of those told
    if not any(c.dep_ in _CLAUSE_PARTS for c in children) or any(c.dep_ == "ccomp" for c in told.children):
        return
    clause.head, clause.dep_ = told, "ccomp"


def _subject_read_as_a_modifier_of_the_verb(noun: Token) -> None:
    """ "Court documents allege that Holt moved the money": the parser made "documents" a modifier
    of "allege", as if "documents allege" were one noun, so the claim had no one making it. The
    noun before the verb is its subject."""
    verb = noun.head
    if verb.i != noun.i + 1 or verb.tag_ != "VBP" or verb.dep_ != "ROOT":
        return
    if not lexicon.is_cue_lemma(verb.lemma_.lower(), has_complement=True):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return
    for word in noun.doc[noun.left_edge.i : noun.i]:
        if word.head == verb:
            word.head = noun
    noun.dep_ = "nsubj"


def _age_read_as_the_listeners_modifier(told: Token) -> None:
    """ "“I am innocent,” the 27-year-old told reporters.": the parser read "the 27-year-old told
    reporters" as one noun phrase, "told" an adjective of "reporters", so no one told anything. The
    age is the subject, "told" the verb, the reporters its object; a quotation before it, or a
    "that" clause the parser hung on the reporters, is what was told."""
    doc = told.doc
    listeners, old = told.head, doc[told.i - 1]
    if listeners.i != told.i + 1 or listeners.lower_ not in LISTENERS or old.head != listeners:
        return
    host, dep = listeners.head, listeners.dep_
    for child in [c for c in listeners.children if c.i < told.i and c.i != old.i]:
        child.head = old  # "the"
    clauses = [
        c for c in listeners.children if c.dep_ in ("relcl", "acl") and doc[c.left_edge.i].lower_ == "that"
    ]
    if dep == "ROOT":
        told.head, told.dep_ = told, "ROOT"
        for child in [c for c in listeners.children if c.is_punct and c.i > listeners.i]:
            child.head = told
    elif host.i < old.i and dep in ("attr", "dobj", "npadvmod", "appos"):
        # the quotation's verb before it: its sentence is what was told
        told.head, told.dep_ = told, "ROOT"
        for child in [c for c in host.children if c.is_punct and c.i > listeners.i]:
            child.head = told
        host.head, host.dep_ = told, "ccomp"
    else:
        return
    old.head, old.dep_, old.pos_, old.tag_ = told, "nsubj", "NOUN", "NN"
    listeners.head, listeners.dep_ = told, "dobj"
    for clause in clauses:
        clause.head, clause.dep_ = told, "ccomp"


def _weekday_read_into_the_reported_subject(day: Token) -> None:
    """ "Pell said Monday talks had stalled": the American "said Monday" with no "that"; the parser
    made the day a modifier of the clause's subject ("Monday talks")."""
    verb, noun = day.doc[day.i - 1], day.head
    if noun.i != day.i + 1 or noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ not in ("NN", "NNS"):
        return
    if noun.lower_ in DAY_S_OWN_NOUNS:
        return  # "said Friday prayers would be held outdoors": the prayers are Friday's
    if (
        verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS
        or noun.head.head != verb
        or noun.head.dep_ != "ccomp"
    ):
        return
    day.head, day.dep_ = verb, "npadvmod"


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _surname_read_as_the_given_name_s_object(surname: Token) -> None:
    """ "Torsten Malk, chairman of Brightwater Utilities, said …": the parser made the surname the
    object of the given name before it, as if that were a verb. The two are one name, headed by the
    surname."""
    given = surname.head
    if given.tag_ != "NNP" or given.pos_ != "PROPN" or not given.is_title or not surname.is_title:
        return
    if any(c.dep_ in ("dobj", "nsubj") and c != surname for c in given.children):
        return
    surname.head, surname.dep_ = given.head if given.head != given else surname, given.dep_
    for child in list(given.children):
        if child != surname and child.i > surname.i:
            child.head = surname  # the appositive and its commas
    given.head, given.dep_ = surname, "compound"


def _surname_read_as_the_subject(surname: Token) -> None:
    """ "A spokesman for District Attorney Lyle Banning said …": the parser ended a sentence inside
    the name, "A spokesman for … Lyle" on its own and "Banning" the subject of "said". A given name
    ending a preposition's phrase, a capitalised word right after it: one name, and the phrase's
    head the verb's subject."""
    doc = surname.doc
    given, verb = doc[surname.i - 1], surname.head
    if given.dep_ != "pobj" or verb.i < surname.i:
        return
    titled = any(
        c.dep_ == "compound"
        and (c.lower_ in lexicon.titles() or c.lower_ in lexicon.words("person_roles.txt"))
        for c in given.children
    )
    if given.lower_ not in lexicon.given_names() and not titled:
        return
    if any(c.dep_ == "compound" for c in surname.children) or given.whitespace_ != " ":
        return
    prep = given.head
    head = prep.head
    if prep.dep_ != "prep" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > prep.i:
        return
    if not verb.tag_.startswith("VB") or verb.dep_ != "ROOT":
        return
    surname.head, surname.dep_ = prep, "pobj"
    given.head, given.dep_ = surname, "compound"
    head.head, head.dep_ = verb, "nsubj"


def _family_name_read_as_do(do: Token) -> None:
    """ "Do Thi Hoa, the trade minister, said …": a Vietnamese family name opening the sentence,
    read as the auxiliary "do". No auxiliary "Do" comes before a name and a verb in the past (a
    question's is "Do they say"): it is the first word of the name."""
    verb, name = do.head, do.doc[do.i + 1] if do.i + 1 < len(do.doc) else None
    if name is None or name.tag_ != "NNP" or verb.tag_ not in ("VBD", "VBZ") or not do.is_title:
        return
    subject = name if name.dep_ in ("nsubj", "nsubjpass") else name.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head != verb or subject.i < name.i:
        return
    do.tag_, do.pos_, do.dep_, do.head = "NNP", "PROPN", "compound", subject


def repair(doc: Doc) -> Doc:
    """``doc`` with the names its parse split joined again, then its clauses
    (:func:`~quotetrail.extraction.clause_repairs.repair_clauses`), in place."""
    nnp, adverb = doc.vocab.strings["NNP"], doc.vocab.strings["RB"]
    adverbial = (doc.vocab.strings["advmod"], doc.vocab.strings["npadvmod"])
    subject, apposition = doc.vocab.strings["nsubj"], doc.vocab.strings["appos"]
    object_of_preposition = doc.vocab.strings["pobj"]
    plural = doc.vocab.strings["NNS"]
    split_off = {doc.vocab.strings[d] for d in ("nsubj", "nsubjpass", "pobj", "dobj", "dep")}
    hyph, dash = doc.vocab.strings["HYPH"], doc.vocab.strings["-"]
    base_verbs = (doc.vocab.strings["VB"], doc.vocab.strings["VBP"])
    common_nouns = (doc.vocab.strings["NN"], doc.vocab.strings["NNS"])
    stray = (apposition, doc.vocab.strings["punct"], doc.vocab.strings["dep"], doc.vocab.strings["prep"])
    tv = doc.vocab.strings["TV"]
    modal, auxiliary = doc.vocab.strings["MD"], doc.vocab.strings["aux"]
    present_third = doc.vocab.strings["VBZ"]
    join_parse(doc)  # "Carlos dos Santos said", "Pieter van der Merwe"
    _handles_are_names(doc)
    closing_adverbs = {doc.vocab.strings[w] for w in NAME_CLOSING_ADVERBS}
    preposition, comma = doc.vocab.strings["prep"], doc.vocab.strings[","]
    interjection = doc.vocab.strings["intj"]
    paid, plus = doc.vocab.strings["paid"], doc.vocab.strings["Plus"]
    read, root_dep = doc.vocab.strings["read"], doc.vocab.strings["ROOT"]
    clausal_subject = doc.vocab.strings["csubj"]
    compound_dep = doc.vocab.strings["compound"]
    closing_name = (doc.vocab.strings["ROOT"], doc.vocab.strings["npadvmod"], subject)
    clock_halves = {doc.vocab.strings[w] for w in ("a.m.", "p.m.")}
    nnps = doc.vocab.strings["NNPS"]
    words = doc.vocab.strings["words"]
    according = doc.vocab.strings["According"]
    according_lower = doc.vocab.strings["according"]
    do_, on_ = doc.vocab.strings["Do"], doc.vocab.strings["on"]
    adverbial_clause_dep = doc.vocab.strings["advcl"]
    relative_clause_dep = doc.vocab.strings["relcl"]
    gerund = doc.vocab.strings["VBG"]
    adjective_dep, told_ = doc.vocab.strings["amod"], doc.vocab.strings["told"]
    ex_ = doc.vocab.strings["ex"]
    conj_dep = doc.vocab.strings["conj"]
    legal_forms = {doc.vocab.strings[w] for w in LEGAL_FORMS}
    subjects = (subject, doc.vocab.strings["nsubjpass"])
    before = 0  # the tag of the word before
    for i, (tag, dep, orth) in enumerate(doc.to_array(["TAG", "DEP", "ORTH"]).tolist()):
        before_tag = before
        after_a_name, before = before == nnp, tag
        if tag == nnp and dep == compound_dep and i > 1 and doc[i].lower_ in WEEKDAYS:
            _weekday_read_into_the_reported_subject(doc[i])  # "Pell said Monday talks had stalled"
        if dep == adjective_dep and orth == told_ and i > 1 and doc[i - 1].lower_ == "old":
            _age_read_as_the_listeners_modifier(doc[i])  # "“…,” the 27-year-old told reporters."
        if dep == compound_dep and tag == plural and i > 0 and doc[i - 1].lemma_ == "tell":
            _listeners_read_into_the_reported_subject(doc[i])  # "told reporters enrolment would resume"
        if dep == relative_clause_dep and i > 3:
            _reported_clause_read_as_the_listeners_relative(doc[i])  # "told the Dáil the Government had …"
        if dep == compound_dep and tag == plural and i + 1 < len(doc) and doc[i].head.i == i + 1:
            _subject_read_as_a_modifier_of_the_verb(doc[i])  # "Court documents allege that …"
        if dep == adverbial_clause_dep and tag == gerund and i > 3 and doc[i].lower_ in DOCUMENT_ADJECTIVES:
            _document_s_adjective_read_as_a_participle(doc[i])  # "…, charging documents say."
        if dep == adverbial_clause_dep and i > 4 and doc[i - 2].lower_ == "as":
            _alias_read_as_the_speaker_of_as(doc[i])  # '“…,” the streamer known as Kobra said'
        if orth == on_ and i > 0 and i + 2 < len(doc) and doc[i + 1].lower_ in DAYS_AND_MONTHS:
            _day_read_into_the_reported_clause(doc[i])  # "said on Wednesday taxes would not rise"
        if orth == ex_ and i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
            _ex_read_apart_from_its_noun(doc[i])  # "…, says ex-general": the general is the subject
        if doc[i].lower_ in ("later", "earlier", "ago") and i > 2 and doc[i].head.dep_ == "dobj":
            _time_read_as_the_object_s(doc[i])  # "Arvo Lind said the opposite a day later."
        if i + 1 < len(doc) and doc[i].text in TRANSCRIPT_MARKS and dep == compound_dep:
            _transcript_mark_read_into_the_subject(doc[i])  # "Q. Critics say …": the question's label
        if dep == auxiliary and orth == do_ and doc[i].is_sent_start:
            _family_name_read_as_do(doc[i])  # "Do Thi Hoa, the trade minister, said"
        if (tag == hyph or orth == dash) and 0 < i < len(doc) - 1:  # "al-Khatib": a hyphen tagged NNP
            _join_a_hyphenated_name(doc[i])
        if tag == nnp and after_a_name and doc[i].dep_ == "dobj" and doc[i].head.i == i - 1:
            _surname_read_as_the_given_name_s_object(doc[i])  # "Torsten Malk, chairman of …, said"
        if tag == nnp and dep == subject and after_a_name and i > 3:
            _surname_read_as_the_subject(doc[i])  # "A spokesman for District Attorney Lyle | Banning said"
        if tag == nnp and dep in split_off and i > 0:
            _join_name_to_its_description(doc[i])
        elif tag == nnp and dep == apposition and i > 3 and doc[doc[i].left_edge.i - 1].dep_ == "pobj":
            _join_name_to_its_description(doc[i])  # "A spokesman for the rock star Jon Vale said"
        if tag == nnp and i > 1 and doc[i].is_lower and doc[i - 1].text == "-" and doc[i - 2].is_lower:
            doc[i].tag_, doc[i].pos_ = "NN", "NOUN"  # "the secretary-general" (not "Ji-woo Han"): no name
        if tag == nnp and dep == object_of_preposition and i > 2:
            _name_after_an_office_of_a_body(doc[i])
        if dep in stray and i > 2 and tag in common_nouns:
            _role_hung_inside_the_quotation(doc[i])  # '“… None,” defence lawyer Sven Holt said'
        if dep in (root_dep, preposition) and i > 2 and tag == common_nouns[0] and doc[i - 1].tag_ == "''":
            _role_read_as_the_root_after_the_quotation(doc[i])  # '“…,” resident Ama Pelletier told X'
        if tag == nnp and dep == apposition and i > 2:
            _name_after_a_role_in_a_phrase(doc[i])  # "The defence for lawyer Ida Kaur argued"
        if tag == nnp and dep in (subject, apposition, adverbial[1]) and i > 2:
            _set_off_role_hung_inside_the_quotation(
                doc[i]
            )  # '“…,” the agency's director-general, Dr. X, said'
        if tag == nnp and dep == subject and i > 2:
            _name_of_a_phrase_read_as_a_second_subject(doc[i])  # "The defence in the trial of X argued"
            _person_of_a_body_read_as_its_name(doc[i])  # "Lotte Brask of Rights Watch Meridian said"
        if tag == nnp and dep == apposition and i > 1:
            _name_after_its_title(doc[i])
            _title_before_a_set_off_name(doc[i])
            _title_after_a_style(doc[i])
        if tag in base_verbs and i + 2 < len(doc) and doc[i + 1].text == "," and not doc[i].is_lower:
            _name_read_as_a_verb(doc[i])  # "Lanternwatch, citing court documents, said …"
        if tag in base_verbs and i > 2 and doc[i].dep_ == "ccomp" and not doc[i].is_lower:
            _outlet_s_name_read_as_a_verb(doc[i])  # "told the newspaper Dagposten that …"
        if tag == nnp and dep in adverbial and i + 2 < len(doc):
            _title_read_as_adverb(doc[i])  # "Commander-in-chief Petr Vasko said"
        if tag == nnp and dep in adverbial and i + 1 < len(doc) and i > 0:
            _outlet_s_name_read_as_an_adverb(doc[i])  # "The state news agency KARNA quoted …"
        if dep in adverbial and tag in (nnp, adverb) and doc[i].is_sent_start:
            _opening_name_read_as_adverb(doc[i])  # "Kiptoo said he was delighted."
        if doc[i].is_sent_start and doc[i].lower_ in lexicon.OPENING_ADVERBS and i + 2 < len(doc):
            _opening_adverb_read_into_the_name(doc[i])  # "Afterwards Velani told reporters …"
        if i > 0 and dep in adverbial and (tag == nnp or (tag == adverb and doc[i - 1].tag == nnp)):
            _join_name_read_as_adverb(doc[i])  # "Radko Vesely admitted": a surname in "-ly" tagged an adverb
        elif tag == nnp and dep == subject and i > 0:
            _part_a_day_from_the_name(doc[i])
        elif tag == plural and dep == subject:
            _name_read_as_a_plural(doc[i])
        if tag in (modal, nnp) and dep == auxiliary and not doc[i].is_lower:
            _name_read_as_a_modal(doc[i])  # "George Will wrote", "May said …"
            if tag == nnp and i > 0:
                _name_read_as_an_auxiliary(doc[i])  # "Cllr Haq told councillors: …"
        if tag == present_third and after_a_name and i > 2 and not doc[i].is_lower:
            _name_s_last_word_read_as_a_verb(doc[i])  # "in the journal Clinical Nutrition Reports that"
        if orth == tv and i > 0:
            _channel_named_or_described(doc[i])  # "State TV said", "Mesra TV, citing sources, said"
        if orth in closing_adverbs and i > 0 and before_tag in (nnp, nnps):
            _now_closing_a_name(doc[i])  # "Consumer group Fairplay Now said", "According to Liberty Now,"
        if tag in base_verbs and i > 0 and doc[i - 1].tag_ == "''" and doc[i].is_title:
            _company_read_as_a_verb(doc[i])  # '“…,” Quillform chief executive Adaeze Marrow wrote'
        if tag in common_nouns and dep in split_off and doc[i].is_upper and 2 <= len(doc[i]) <= 6:
            _acronym_read_as_a_noun(doc[i])  # "TNA quoted him as saying …"
        if tag in base_verbs and dep == clausal_subject and i > 1 and doc[i].is_title:
            _named_cause_read_as_a_clause(doc[i])  # "The Committee to Protect Detainees said"
        if (
            tag == common_nouns[0]
            and i > 0
            and i + 3 < len(doc)
            and doc[i].is_title
            and doc[i + 1].lower_ == "to"
        ):
            _body_s_noun_before_its_cause(doc[i])  # "The Campaign to End the Blockade said"
        if orth == read and dep == root_dep and i > 1 and tag in common_nouns:
            _read_taken_for_a_noun(doc[i])  # '“…,” the post read.'
        if dep == root_dep and i > 0 and tag in common_nouns and doc[i].lower_ in FORECAST_FORMS:
            _forecast_read_as_a_noun(doc[i])  # "ABARES forecast on Tuesday that output would fall"
        if orth == plus and i > 0 and before_tag == nnp:
            _plus_closing_a_name(doc[i])  # "said on Al-Nahar Plus late on Wednesday that …"
        if orth == paid and i > 0 and i + 1 < len(doc):
            _paid_tribute_read_as_a_noun_phrase(doc[i])  # "Kwame Osei-Bright paid tribute on Instagram:"
        if tag in common_nouns and dep == compound_dep and i + 1 < len(doc) and doc[i + 1].tag == nnp:
            _unknown_given_name_read_as_a_noun(doc[i])  # "Tomasz Pike said"
        if tag in common_nouns and i > 0 and doc[i].is_title and doc[i].lower_ in FORCE_HEADS:
            _force_s_name_read_as_common_nouns(doc[i])  # "Northshire Police have confirmed"
        if i > 0 and i + 1 < len(doc) and doc[i].lower_ in lexicon.NAME_PREPOSITIONS and doc[i].is_title:
            _name_with_a_capitalised_preposition(doc[i])  # "Doctors Without Walls said"
        if tag == present_third and dep == auxiliary and i > 0 and doc[i].is_title:
            _name_read_as_the_past_verb_s_auxiliary(doc[i])  # "Médecins Solidaires said"
        if tag == nnp and dep in closing_name and i > 3:
            _name_set_off_after_according_to(doc[i])  # "…, according to its publisher, Helen Barr."
        if orth == according_lower and i + 4 < len(doc) and doc[i + 1].lower_ == "to":
            _source_s_description_read_as_the_object(doc[i])  # "…, according to ZNA, the state news agency."
        if dep == interjection and tag == nnp and i + 3 < len(doc) and doc[i].is_sent_start:
            _first_of_two_names_read_as_an_interjection(doc[i])  # "Orvik and Brascorp said"
        if dep == preposition and i > 2 and doc[i - 1].orth == comma:
            _occasion_set_off_after_the_subject(doc[i])  # "Ilse Marr, in the weekly Talsin Review, argued"
        if orth == words and dep == object_of_preposition and 0 < i + 3 < len(doc):
            _words_read_on_into_the_owner_s_apposition(doc[i])  # "was, in the words of X, a “warning shot”"
        if orth == according and doc[i].is_sent_start and i + 6 < len(doc):
            _name_set_off_after_an_opening_according_to(
                doc[i]
            )  # "According to her agent, Simone Raddick, Carys Wynne had …"
        if tag == nnp and dep == subject and 3 < i + 1 < len(doc) and doc[i - 1].text in ("-", "–"):
            _party_label_read_as_the_subject(doc[i])  # "Sen. Ruth Okonkwo-Hale (D-Vt.) said"
        if tag == nnp and dep == subject and doc[i].lower_ in lexicon.titles():
            _title_and_its_name_read_as_two_subjects(
                doc[i]
            )  # "Oil Minister Faisal al-Rumaithi of Saldara said"
            _two_titles_of_one_name(
                doc[i]
            )  # "Deputy Prime Minister and Foreign Minister Hamad al-Ghanemi said"
        if tag == base_verbs[0] and dep == root_dep and i > 0:
            _present_root_read_as_the_base_form(doc[i])  # "Many residents, however, deny this and say …"
        if tag == base_verbs[0] and dep == conj_dep and doc[i].head.tag == base_verbs[1]:
            _present_read_as_the_base_form(doc[i])  # "They deny this and say they are peaceful."
        if orth in legal_forms and (dep in subjects or dep == apposition) and i > 1:
            _legal_form_read_as_the_subject(doc[i])  # "Corvex Therapeutics, Inc. said"
        if orth in clock_halves and i > 0:
            _clock_half_hung_off_its_number(doc[i])  # "added that counting would resume at 8 a.m."
    return repair_clauses(doc)


def _words_read_on_into_the_owner_s_apposition(words: Token) -> None:
    """ "The ruling was, in the words of Justice Amara Quell, a “warning shot” to the industry": the
    parser made what the ruling was the judge's apposition, so she seemed to be "a warning shot" and
    to have said "The ruling was". The phrase is set off by commas; what follows it is the verb's."""
    doc = words.doc
    prep = words.head
    if prep.lower_ != "in" or prep.i == 0 or doc[prep.i - 1].text != "," or prep.head.pos_ != "AUX":
        return
    of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None:
        return
    said = next((c for c in owner.children if c.dep_ == "appos" and c.i > owner.i + 1), None)
    if said is None or doc[said.left_edge.i - 1].text != "," or doc[said.left_edge.i - 1].head != owner:
        return
    if (
        said.pos_ == "PROPN"
        or said.lemma_.lower() in lexicon.words("person_roles.txt")
        or said.lower_ in lexicon.titles()
    ):
        # "in the words of Dana Kral, the mayor of Tarn, a disaster": her office, then what it was
        said = next(
            (
                t
                for t in reversed(list(said.subtree))
                if t.dep_ == "appos" and t.head != said.head and doc[t.left_edge.i - 1].text == ","
            ),
            None,
        )
        if said is None:
            return
    verb = prep.head
    comma = doc[said.left_edge.i - 1]
    said.head, said.dep_ = verb, "attr"
    comma.head = verb


def _name_set_off_after_an_opening_according_to(according: Token) -> None:
    """ "According to her longtime agent, Simone Raddick, Carys Wynne had been working …": the parser
    made the agent's name, set off after the phrase, the subject, and the sentence's real subject
    its apposition. The name is the agent's; what follows it is the clause vouched for."""
    doc = according.doc
    to = doc[according.i + 1]
    role = next((c for c in to.children if c.dep_ == "pobj"), None)
    if to.lower_ != "to" or role is None or role.pos_ != "NOUN" or doc[role.right_edge.i + 1].text != ",":
        return
    name = doc[role.right_edge.i + 2]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.dep_ not in ("nsubj", "nsubjpass") or doc[name.i + 1].text != ",":
        return
    subject = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i + 1), None)
    verb = name.head
    if subject is None:  # "According to the water company, Lenmore Water, the leak was fixed": two subjects
        subject = next((c for c in verb.children if c.dep_ == name.dep_ and c.i > name.i + 1), None)
    if subject is None or subject.right_edge.i + 1 >= len(doc) or verb.i <= subject.right_edge.i:
        return
    if not all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in doc[subject.right_edge.i + 1 : verb.i]):
        return  # the apposition right before its verb
    subject.head, subject.dep_ = verb, name.dep_
    name.head, name.dep_ = role, "appos"
    doc[name.i + 1].head = verb


PARTY_LABEL = re.compile(r"\(\s*[DRI]\s*[-–]\s*[A-Z][A-Za-z.]*\s*\.?\s*\)")


def _party_label_read_as_the_subject(state: Token) -> None:
    """ "Sen. Ruth Okonkwo-Hale (D-Vt.) said …": the parser made the state of the party label the
    subject, and the senator its modifier. The name before the bracket is the subject; the label is
    its apposition."""
    doc = state.doc
    opening = next((t for t in doc[max(0, state.i - 4) : state.i] if t.text == "("), None)
    closing = next((t for t in doc[state.i + 1 : state.i + 4] if t.text == ")"), None)
    if opening is None or closing is None or opening.i == 0:
        return
    if PARTY_LABEL.fullmatch(whole_text(doc)[opening.idx : closing.idx + 1]) is None:
        return
    name = doc[opening.i - 1]
    verb = state.head
    if name.pos_ != "PROPN" or verb.pos_ not in ("VERB", "AUX") or state.left_edge.i >= opening.i:
        return
    for t in doc[state.left_edge.i : opening.i]:
        if t != name and not name.is_ancestor(t):
            t.head = name
            if t.pos_ == "PROPN":
                t.dep_ = "compound"
    name.head, name.dep_ = verb, "nsubj"
    for t in doc[opening.i : closing.i + 1]:
        t.head = name if t.i in (opening.i, closing.i) or t == state else state
    state.dep_ = "appos"


def _title_and_its_name_read_as_two_subjects(title: Token) -> None:
    """ "Oil Minister Faisal al-Rumaithi of Saldara said …": the parser made the title one subject
    and the surname another, the given name between them hung on the verb. The words after the
    title, to the second subject, are its holder's name; the title is the name's."""
    doc = title.doc
    verb = title.head
    name = next(
        (c for c in verb.children if c.dep_ == title.dep_ and c.pos_ == "PROPN" and c.i > title.i), None
    )
    if name is None or name.i - title.i > 6 or name.i == title.i + 1:
        return
    between = doc[title.i + 1 : name.i]
    if not all(t.tag_ in ("NNP", "HYPH") or t.text == "-" for t in between):
        return
    for t in between:
        if not name.is_ancestor(t):
            t.head = name
            if t.dep_ != "punct":
                t.dep_ = "compound"
    title.head, title.dep_ = name, "compound"


def _two_titles_of_one_name(title: Token) -> None:
    """ "Deputy Prime Minister and Foreign Minister Hamad al-Ghanemi said …": one man's two offices,
    which the parser read as two subjects joined by "and", the office and the name. The name is the
    subject; both offices are its titles."""
    doc = title.doc
    name = next((c for c in title.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    joining = next((c for c in title.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if name is None or joining is None or joining.i > name.i or title.left_edge.pos_ == "DET":
        return  # (not "The Minister and Senator Leon Marsh": the minister may be another)
    second = [t for t in doc[joining.i + 1 : name.i] if t.pos_ == "PROPN"]
    titles = [k for k, t in enumerate(second) if t.lower_ in lexicon.titles()]
    if not titles or len(second) - titles[-1] < 2:
        return  # the second office, then a name of its own after it
    if any(
        t.pos_ == "PROPN" and t.lower_ not in lexicon.titles() and not known_word(t.lower_)
        for t in doc[title.left_edge.i : joining.i]
    ):
        return  # "President Ana Holt and Prime Minister Leon Marsh": a name in the first half too
    name.head, name.dep_ = title.head, title.dep_
    title.head, title.dep_ = name, "compound"
    joining.head = name


def _clock_half_hung_off_its_number(half: Token) -> None:
    """The "a.m." of "would resume at 8 a.m." hung on the main verb, so the time reported ended
    at "8": it belongs to its number."""
    number = half.doc[half.i - 1]
    if (
        not number.like_num
        or half.head in (number, half)
        or half in number.ancestors
        or len(list(half.children))
    ):
        return
    half.head, half.dep_ = number, "advmod"


def _name_with_a_capitalised_preposition(prep: Token) -> None:
    """ "Doctors Without Walls, the medical charity, said", "Action Against Famine said": a name
    whose words are capitalised, a preposition among them, which the parser read as a noun and its
    prepositional phrase, or as a common noun before a name. The words are one name, headed by the last."""
    doc = prep.doc
    before, after = doc[prep.i - 1], doc[prep.i + 1]
    if prep.is_sent_start or not (before.is_title and after.is_title and after.is_alpha):
        return
    if before.is_sent_start and before.lower_ in lexicon.titles():
        return
    last = after
    while last.i + 1 < len(doc) and doc[last.i + 1].is_title and doc[last.i + 1].head in (last, before, prep):
        last = doc[last.i + 1]  # "Women For Peace Network"
    flat = before.dep_ == "compound" and before.head == last  # "Action Against Famine"
    phrase = prep.head == before and prep.dep_ == "prep" and after.head == prep  # "Doctors | Without Walls"
    if not (flat or phrase):
        return
    words_of_sentence = [t for t in prep.sent if t.is_alpha]  # (no cached sentence starts while repairing)
    if sum(t.is_title for t in words_of_sentence) * 2 > len(words_of_sentence):
        return  # a headline in title case: "Clinton Under Pressure From Those Who Called For …"
    words = list(doc[before.i : last.i + 1])
    if phrase:
        last.head, last.dep_ = (last, "ROOT") if before.head == before else (before.head, before.dep_)
        for child in [c for c in before.children if c.i < before.i or c.i > last.i]:
            child.head = last  # "the" before it, the appositive after it
    for word in words[:-1]:
        word.head, word.dep_ = last, "compound"
    for word in words:
        word.tag_, word.pos_ = "NNP", "PROPN"


def _name_read_as_the_past_verb_s_auxiliary(word: Token) -> None:
    """ "Médecins Solidaires said on Tuesday …": the tagger read the last word of a name it does not
    know as "is" or "has" before the verb. No auxiliary comes before a verb in the past tense."""
    verb = word.head
    if verb.tag_ != "VBD" or verb.i != word.i + 1 or any(c.dep_ in SUBJECTS for c in verb.children):
        return
    word.tag_, word.pos_, word.dep_ = "NNP", "PROPN", "nsubj"
    for before in word.doc[word.left_edge.i : word.i]:
        if before.head == verb and before.dep_ in ("compound", "nsubj", "npadvmod"):
            before.head, before.dep_ = word, "compound"
    for k in range(word.i - 1, -1, -1):
        tok = word.doc[k]
        if tok.head != word or not tok.is_title:
            break
        tok.tag_, tok.pos_ = "NNP", "PROPN"


# The last word of a force's or a service's name: "Northshire Police", "Dunmore Constabulary".
FORCE_HEADS = frozenset({"police", "constabulary", "council", "fire", "ambulance", "coastguard"})


def _force_s_name_read_as_common_nouns(head: Token) -> None:
    """ "Northshire Police have confirmed …": the tagger read a place it does not know and the
    capitalised "Police" after it as common nouns (a plural verb after them helps it to), so the
    name was lost. Capitalised, after a capitalised word no dictionary has, they are a name."""
    before = head.doc[head.i - 1]
    if before.head != head or before.dep_ != "compound" or not before.is_title or not before.is_alpha:
        return
    if known_word(before.lower_) or before.lower_ in lexicon.titles():
        return
    for word in (before, head):
        word.tag_, word.pos_ = "NNP", "PROPN"


def _unknown_given_name_read_as_a_noun(word: Token) -> None:
    """ "Tomasz Pike said the cat was missing.": the tagger read a capitalised word it does not
    know, right before a name, as a common noun, so it became the speaker's role. It is the name's."""
    doc = word.doc
    if word.head.i <= word.i or not word.is_title or not word.is_alpha or word.is_stop:
        return  # ("Everything Trump says is a lie")
    if any(t.tag_ != "NNP" for t in doc[word.i + 1 : word.head.i + 1]):
        return  # the name's words up to its head ("Seán Ó Briain", red team 187)
    if word.tag_ == "NNS" and word.lower_.endswith("s"):
        return  # a plural ("Black Lives Matter"); "Seán" is no plural, whatever its tag
    if known_word(word.lower_):
        return
    if word.lower_ in lexicon.titles() or word.lower_ in DAYS_AND_MONTHS:
        return
    word.tag_, word.pos_ = "NNP", "PROPN"


def _paid_tribute_read_as_a_noun_phrase(paid: Token) -> None:
    """ "Kwame Osei-Bright paid tribute on Instagram: “…”": the tagger read "paid" as a participle
    describing "tribute", and the name before it as the noun phrase's modifier. "Paid" is the verb,
    the name its subject, the tribute its object."""
    doc = paid.doc
    tribute = doc[paid.i + 1]
    name = doc[paid.i - 1]
    if paid.head != tribute or tribute.lower_ != "tribute" or tribute.dep_ != "ROOT" or name.head != tribute:
        return
    if name.pos_ != "PROPN":
        return
    paid.head, paid.dep_, paid.tag_, paid.pos_ = paid, "ROOT", "VBD", "VERB"
    for child in [c for c in tribute.children if c.i > tribute.i]:
        child.head = paid  # "on Instagram", the colon and what follows
    tribute.head, tribute.dep_ = paid, "dobj"
    name.head, name.dep_ = paid, "nsubj"


def _name_set_off_after_according_to(name: Token) -> None:
    """ "The novel sold two million copies, according to its publisher, Helen Barr.": the name set
    off after the source is the source's; the parser hung it on the verb, made it the sentence's
    verb and the claim its clause, or (the source first) a second subject of the claim."""
    doc = name.doc
    first = name.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == name:
        first -= 1  # "Helen" of "Helen Barr"
    if first < 4 or doc[first - 1].text != "," or any(t.i > name.i for t in name.subtree if not t.is_punct):
        return
    source = doc[first - 2]
    to = source.head
    if source.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if name.dep_ == "nsubj":
        # "According to her agent, Paul Grieve, the singer had been ill": set off before the claim
        if (
            after is None
            or after.text != ","
            or not any(c.dep_ == "nsubj" and c.i > name.i for c in name.head.children)
        ):
            return
        after.head = source
    elif after is not None and after.text not in (".", "!", "?"):
        return  # the name ends its sentence
    if name.dep_ == "ROOT":
        claims = [c for c in name.children if c.i < first - 1 and c.dep_ in ("ccomp", "advcl", "parataxis")]
        if len(claims) != 1:
            return
        claim = claims[0]
        claim.head, claim.dep_ = claim, "ROOT"
        for child in [c for c in name.children if c.i > name.i or (c.is_punct and c.i < first)]:
            child.head = claim
    name.head, name.dep_ = source, "appos"
    doc[first - 1].head = source


def _first_of_two_names_read_as_an_interjection(name: Token) -> None:
    """ "Orvik and Brascorp said on Monday …": the parser took a name it did not know, opening the
    sentence before "and", for an interjection, and the second name alone for the subject. The two
    are the subject together."""
    doc = name.doc
    conjunction, second = doc[name.i + 1], doc[name.i + 2]
    verb = name.head
    if conjunction.lower_ != "and" or second.dep_ != "nsubj" or second.head != verb or verb.i <= second.i:
        return
    if not all(t.dep_ in ("advmod", "aux", "neg") for t in doc[second.right_edge.i + 1 : verb.i]):
        return  # only an adverb or an auxiliary between the second name and the verb
    if not name.is_alpha or known_word(name.lower_) or verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return
    name.dep_ = "nsubj"
    second.head, second.dep_ = name, "conj"
    conjunction.head, conjunction.dep_ = name, "cc"


# Prepositions of an occasion or a medium, set off after a speaker: "X, in a statement, said".
OCCASION_PREPOSITIONS = frozenset({"in", "on", "during"})


def _occasion_set_off_after_the_subject(prep: Token) -> None:
    """ "The commentator Ilse Marr, in the weekly Talsin Review, argued that …": the parser hung the
    phrase set off between the subject and its verb of saying on the subject, which made it part of
    the speaker. It says where the words were said: it is the verb's."""
    subject = prep.head
    verb = subject.head
    doc = prep.doc
    if prep.lower_ not in OCCASION_PREPOSITIONS or subject.dep_ not in SUBJECTS or verb.i <= prep.i:
        return
    end = prep.right_edge.i
    if end + 2 != verb.i or doc[end + 1].text != "," or verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return
    prep.head = verb
    doc[end + 1].head = verb


# Words that describe a channel rather than name it: "state TV", "Kestovian public TV".
CHANNEL_DESCRIPTIONS = frozenset(
    {"state", "national", "public", "local", "regional", "independent", "satellite", "cable", "private"}
    | {"government", "pro-government", "opposition", "official", "live", "on"}
)

DEMONYM_ENDS = ("ian", "an", "ese", "ish", "ic", "i")


def _channel_named_or_described(tv: Token) -> None:
    """ "TV" after a word that describes the channel ("State TV", "state TV") is a common noun, as
    "television" is: the parser often tags it a name, and "TV" became the speaker's name. After a
    capitalised word that does not describe it ("Mesra TV", which the tagger may read as an
    adjective and a noun), the two are the channel's name."""
    before = tv.doc[tv.i - 1]
    if before.text in ("-", "–") and not before.whitespace_:
        return  # "KING-TV", a station's call sign, as the parser read it
    demonym = before.pos_ == "ADJ" and before.lower_.endswith(DEMONYM_ENDS)  # "Russian TV", "Kestovian TV"
    if before.lower_ in CHANNEL_DESCRIPTIONS or before.is_lower or demonym:
        tv.tag_, tv.pos_ = "NN", "NOUN"
    elif before.text[:1].isupper() and before.is_alpha and before.pos_ in ("ADJ", "NOUN", "PROPN"):
        before.tag_, before.pos_ = "NNP", "PROPN"
        tv.tag_, tv.pos_ = "NNP", "PROPN"


# Verb forms no modal can come before: "Will wrote", "May has said", "Will described" (VBN).
NO_MODAL_BEFORE = frozenset({"VBD", "VBZ", "VBN"})


def _name_read_as_a_modal(name: Token) -> None:
    """ "Columnist George Will wrote …", "May said the talks were useful", "“…,” Will said": a
    capitalised "Will" or "May" that the tagger took for a modal is a name when the verb after it is
    a form no modal takes. After a given name it takes that name's place in the parse, the given
    name joined to it; alone, it is the verb's subject, if the verb has none."""
    doc = name.doc
    verb = name.head
    if verb.i <= name.i or not name.is_alpha or name.lower_ not in ("will", "may"):
        return
    following = [t for t in doc[name.i + 1 : verb.i + 1] if t.pos_ in ("AUX", "VERB")]
    if not following or following[0].tag_ not in NO_MODAL_BEFORE:
        return
    if any(t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in doc[name.i + 1 : verb.i]):
        return
    name.tag_, name.pos_ = "NNP", "PROPN"
    before = doc[name.i - 1] if name.i > 0 else None
    if before is not None and before.tag_ == "NNP" and before.dep_ not in ("compound", "ROOT"):
        name.head, name.dep_ = before.head, before.dep_  # "George Will": the surname heads the name
        before.head, before.dep_ = name, "compound"
    elif not any(c.dep_ in SUBJECTS for c in verb.children):
        name.dep_ = "nsubj"


def _name_read_as_an_auxiliary(name: Token) -> None:
    """ "Cllr Haq told councillors: …": the parser made the surname an auxiliary of the verb right
    after it and the title the subject. The surname heads the subject, the title before it."""
    doc = name.doc
    verb, title = name.head, doc[name.i - 1]
    if name.lower_ in ("will", "may") or verb.i != name.i + 1 or not name.is_alpha:
        return
    if title.head != verb or title.dep_ not in SUBJECTS or title.tag_ != "NNP":
        return
    name.head, name.dep_ = verb, title.dep_
    title.head, title.dep_ = name, "compound"
    for word in [c for c in title.children]:
        word.head = name


def _handles_are_names(doc: Doc) -> None:
    """ "wrote @sarif_mom": a social-media handle is a name, whatever the tagger made of it (a
    number, for one with an underscore)."""
    if "@" not in (doc.user_data.get("text") or doc.text):
        return
    for tok in doc:
        if len(tok.text) > 1 and tok.text[0] == "@" and tok.text[1:].replace("_", "").isalnum():
            tok.tag_, tok.pos_ = "NNP", "PROPN"


def _join_name_read_as_adverb(name: Token) -> None:
    """ "President Halvast tweeted", "Commissioner Halvast told reporters": a capitalised word the
    parser took for an adverb of the verb right after it is the name that is the verb's subject.
    The title before it, if the parser made that the subject, becomes part of the name."""
    doc = name.doc
    verb = name.head
    if not (
        verb.i > name.i
        and verb.pos_ in ("VERB", "AUX")
        and name.text[:1].isupper()
        and name.is_alpha
        and not name.is_sent_start
        and name.lower_ not in DAYS_AND_MONTHS  # "Varek Monday said": a date, not a name
        and all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in doc[name.i + 1 : verb.i])
    ):
        return
    title = doc[name.i - 1]
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if name.tag_ == "RB":
        if subjects != [title] or title.tag_ != "NNP" or not verb.text[:1].islower():
            return  # a headline's adverb: "Hillary Just Vowed", "Trump Quickly Responds"
        name.tag_, name.pos_ = "NNP", "PROPN"
    if subjects == [title] and title.tag_ == "NNP":
        name.dep_ = title.dep_
        title.dep_ = "compound"
        title.head = name
    elif not subjects and title.head.i == name.i and title.dep_ == "compound" and title.tag_ == "NNP":
        name.dep_ = "nsubj"


def _opening_adverb_read_into_the_name(adverb: Token) -> None:
    """ "Afterwards Velani told reporters …", "Earlier Bahrami said …": with no comma after it, the
    parser made the adverb opening the sentence part of the subject's name. It says when."""
    name = adverb.head
    if adverb.dep_ != "compound" or name.i != adverb.i + 1 or name.pos_ != "PROPN":
        return
    verb = name.head
    if name.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return
    adverb.head, adverb.dep_, adverb.tag_, adverb.pos_ = verb, "advmod", "RB", "ADV"


def _opening_name_read_as_adverb(name: Token) -> None:
    """ "Kiptoo said he was delighted.", "Kiptoo, 24, said …": the parser made a surname it does
    not know, opening the sentence, an adverb of the verb of saying, which then had no subject (or
    the age set off after the name for one). The name is the subject."""
    doc = name.doc
    verb = name.head
    if verb.i <= name.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return
    if not (name.is_alpha and name.text[:1].isupper() and name.lower_ not in DAYS_AND_MONTHS):
        return
    if name.tag_ == "RB" and known_word(name.lower_):
        return  # "Meanwhile said …" is no name
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    age = None
    if subjects:  # "Kiptoo, 24, said"; "Orvik, the Kestrel City tech company, said"
        age = subjects[0]
        if len(subjects) != 1 or not (_an_age_set_off(name, age) or _a_description_set_off(name, age)):
            return
        if doc[name.i + 1].text != "," or doc[verb.i - 1].text != ",":
            return
    elif any(not (t.is_punct or t.dep_ in ("advmod", "neg", "aux")) for t in doc[name.i + 1 : verb.i]):
        return
    name.tag_, name.pos_, name.dep_ = "NNP", "PROPN", "nsubj"
    if age is not None:
        age.head, age.dep_ = name, "appos"
        for comma in (doc[name.i + 1], doc[verb.i - 1]):
            comma.head = name


def _an_age_set_off(name: Token, age: Token) -> bool:
    return age.tag_ == "CD" and age.i == name.i + 2 and age.head.i == name.i + 4


def _a_description_set_off(name: Token, noun: Token) -> bool:
    """ "Orvik, the Kestrel City tech company, said": the parser took the description for the
    subject; a description set off by commas between an opening word and the verb is the name's."""
    return (
        noun.tag_ in ("NN", "NNS")
        and noun.left_edge.i == name.i + 2
        and noun.left_edge.lower_ in ("the", "a", "an")
        and noun.right_edge.i in (noun.head.i - 2, noun.head.i - 1)  # the closing comma may hang on it
        and all(t.dep_ in ("det", "compound", "amod", "nmod", "poss") for t in noun.lefts)
    )


# Words for a publication whose name may end in a verb's form: "the journal Clinical Nutrition Reports".
PUBLICATION_NOUNS = frozenset(
    {"journal", "magazine", "newspaper", "bulletin", "newsletter", "review", "periodical"}
)


def _name_s_last_word_read_as_a_verb(word: Token) -> None:
    """ "The researchers wrote in the journal Clinical Nutrition Reports that …": the tagger read the
    last word of the journal's name as a verb with the name before it for its subject, and made it
    the object of "wrote". It ends the name; the clause after it is what was written."""
    doc = word.doc
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or subjects[0].i != word.i - 1:
        return
    name = subjects[0]
    publication = doc[name.left_edge.i - 1]
    if publication.lower_ not in PUBLICATION_NOUNS or publication.dep_ != "pobj":
        return
    host = word.head
    if host.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS or any(c.dep_ == "ccomp" for c in host.children):
        return
    for clause in [c for c in word.children if c.dep_ == "ccomp" and c.i > word.i]:
        clause.head = host
    word.tag_, word.pos_ = "NNP", "PROPN"
    word.head, word.dep_ = publication, "appos"
    name.head, name.dep_ = word, "compound"


def _join_a_hyphenated_name(hyphen: Token) -> None:
    """ "Okafor-Reyes said", "his co-star Lila Fenn": the parser may make the two halves of a
    double-barrelled name or noun (and the hyphen) siblings of their own; the second half is the head."""
    doc = hyphen.doc
    left, right = doc[hyphen.i - 1], doc[hyphen.i + 1]
    names = left.pos_ == "PROPN" and right.pos_ == "PROPN"
    # "by his co-star Lila Fenn": a hyphenated noun the tagger read as three nouns
    noun = left.is_lower and left.is_alpha and right.is_lower and right.pos_ == "NOUN"
    # "The Tarn Dairy Co-op said": a name's last word hyphenated, its second half in lower case
    noun = noun or (left.pos_ == "PROPN" and right.is_lower and right.is_alpha and right.dep_ == left.dep_)
    if hyphen.whitespace_ or left.whitespace_ or not (names or noun):
        if not (hyphen.whitespace_ or left.whitespace_):
            _hyphenated_role_split_from_its_name(left, hyphen, right)
        return
    if left.head == right and hyphen.head == right:
        return
    if names and right.head == left and all(c == hyphen for c in right.children):
        # "The rapper Kwame Osei-Bright said": the second half read as the first's apposition
        right.head, right.dep_ = (right, "ROOT") if left.head == left else (left.head, left.dep_)
    elif left.dep_ != right.dep_ or left.head != right.head:
        return  # only two halves the parser made siblings
    for child in [c for c in left.children if c.i < left.i]:
        child.head = right  # "his" of "his co-star"
    left.head, left.dep_ = right, "compound"
    hyphen.head, hyphen.dep_ = right, "punct"


def _hyphenated_role_split_from_its_name(left: Token, hyphen: Token, right: Token) -> None:
    """ "was remembered by his co-star Nadia Feld": the tagger read "star" as an adjective of the
    name and "co" as a second object of "by", so the speaker was "his co". The role's halves go
    on the name, as its first words."""
    name = right.head
    if not (left.is_lower and left.is_alpha and right.is_lower and right.pos_ in ("ADJ", "NOUN")):
        return
    if name.pos_ != "PROPN" or name.i <= right.i or hyphen.head not in (name, left, right):
        return
    if left.dep_ != name.dep_ or left.head != name.head or any(c.i > left.i for c in left.children):
        return
    for child in [c for c in left.children if c.i < left.i]:
        child.head = name  # "his" of "his co-star"
    left.head, left.dep_ = name, "compound"
    hyphen.head, hyphen.dep_ = name, "punct"


def _join_name_to_its_description(name: Token) -> None:
    """ "The official news agency Petra reported", "according to the state news agency KNA", "the
    opposition daily Sabah Kestova": a description with the name right after it, no comma between,
    which the parser split into two subjects or two objects, or hung the name on nothing. The name
    becomes the description's apposition, as when the parser reads it so ("The state broadcaster
    KTV said")."""
    doc = name.doc
    if _paper_between_its_description_and_name(name):
        return
    start = name.left_edge.i
    if start == 0 or not all(_inside_a_name(t) for t in doc[start : name.i]):
        return
    if any(True for _ in name.rights):
        return
    noun = doc[start - 1]
    described = doc[noun.i - 1] if noun.i > 0 else noun
    if _newspaper_read_as_an_adjective(name, noun, described):
        return
    if (
        noun.lower_ in PAPERS
        and noun.pos_ == "ADV"
        and described.pos_ == "NOUN"
        and described.head != described
        and described.right_edge.i <= noun.i
    ):
        _newspaper_read_as_adverb(noun, described)
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.right_edge.i != start - 1:
        return
    if noun.lower_ in DAYS_AND_MONTHS or noun.lower_ in ("week", "month", "year", "today", "night"):
        return
    office = noun
    while office.dep_ == "pobj" and office.head.lower_ == "of" and office.head.head.pos_ == "NOUN":
        office = office.head.head
    if office.i != noun.i and start < name.i and office.lower_ in lexicon.words("person_roles.txt"):
        # "Friday prayer leader of the capital Ayatollah Ali Kazemi said": an office of a place or a
        # body, then the holder's name of two words or more, which the parser made a second subject
        if name.dep_ == office.dep_ and name.head == office.head:
            name.head, name.dep_ = office, "appos"
        return
    # "A spokeswoman for the pop star Cassia Wren told …": the name a second subject of the verb
    # the phrase's head is the subject of; it names the one the phrase is about
    in_a_phrase = (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("for", "of")
        # the one the phrase is about is a person named by what they are ("the pop star", "the
        # comedian"), not a body ("Spokesman for the council Dan Hale said": Hale is the spokesman)
        and (noun.lower_ in lexicon.words("person_roles.txt") or noun.lower_ in PERFORMERS)
        and (
            (
                name.dep_ in ("nsubj", "nsubjpass")
                and noun.head.head.dep_ == name.dep_
                and noun.head.head.head == name.head
            )
            or (
                name.dep_ == "appos" and name.head == noun.head.head
            )  # "A spokesman for the rock star Jon Vale"
        )
    )
    # two subjects or objects of one word, or of the preposition and the word it hangs on
    if not in_a_phrase and (
        name.dep_ not in (noun.dep_, "dep") or name.head not in (noun.head, noun.head.head)
    ):
        return
    name.head = noun
    name.dep_ = "appos"


PERFORMERS = frozenset({"star", "superstar", "rapper", "actress", "popstar", "influencer", "youtuber"})


def _inside_a_name(token: Token) -> bool:
    """A word of a name before its last ("Ali", "Mohammad" and "Reza" in "Mohammad-Reza Kazemi")."""
    if token.pos_ == "PROPN":
        return token.dep_ == "compound"
    doc = token.doc
    return token.tag_ == "HYPH" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_


def _title_before_a_set_off_name(name: Token) -> None:
    """ "The Secretary-General of the council, Anna Berg, stated …": a title after "the", with the
    person's name set off after it, is a description (as "the council's president, Dana Varek" is),
    not a name: the tagger's proper noun becomes a common one."""
    title = name.head
    doc = name.doc
    if title.i >= name.i or doc[name.left_edge.i - 1].text != "," or title.tag_ != "NNP":
        return
    if title.lower_ not in lexicon.titles() or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in title.children
    ):
        return
    if not all(t.tag_ == "NNP" for t in name.subtree if t.text != "-"):
        return
    for tok in [title, *(c for c in title.children if c.dep_ == "compound" and c.tag_ == "NNP")]:
        tok.tag_, tok.pos_ = "NN", "NOUN"


def _name_after_its_title(name: Token) -> None:
    """ "Treasury Principal Secretary Dr. Wanjiru Kamau-Ndegwa said": the parser made the title the
    subject and the name, right after it with no comma, its apposition; so the title was read as
    the name. A title followed by a person's name is that name's title, as in "President Ada Holt"."""
    title = name.head
    start = name.left_edge.i
    if title.i != start - 1 or title.tag_ != "NNP" or title.lower_ not in lexicon.titles():
        return
    if title.lower_ in lexicon.STYLES_OF_ADDRESS:
        return  # "His Highness Sheikh Hamad …" is read as it was: a style, no office
    doc = name.doc
    # "Councillor Ama Boateng (Lab, Kingsley) said": a party and a ward in brackets after the name
    bracket = name.i + 1 < len(doc) and doc[name.i + 1].text == "(" and name.right_edge.text == ")"
    inside = range(name.i + 1, name.right_edge.i + 1) if bracket else range(0)
    words = [t for t in name.subtree if t.text != "-" and t.i not in inside]
    if len(words) < 2 or any(t.tag_ != "NNP" for t in words):
        return
    if any(c.i > name.i and c.i not in inside for c in name.children):
        return
    _modifier_of(title, name)


def _name_read_as_a_verb(word: Token) -> None:
    """ "Lanternwatch, citing court documents, said …", "The rights group Lanternwatch, in a report,
    said …": the tagger took a name it did not know, set off by a comma, for a verb, and the parser
    built the sentence around it. A capitalised word no English dictionary has, before a comma, that
    opens the sentence or ends a noun phrase, is the subject of the verb of saying after it."""
    doc = word.doc
    start = sentence_of(word).start
    before = doc[start : word.i]
    if any(t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ") for t in before) or known_word(word.lower_):
        return
    if word.text[1:] == word.text[1:].upper() and len(word) > 1:
        return  # "NO, …": an acronym or a shout
    verbs = [
        t for t in doc[word.i + 2 : sentence_of(word).end] if t.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
    ]
    verb = next(
        (
            t
            for t in verbs
            if t.tag_ in ("VBD", "VBZ", "VBP")
            and (t.head == word or word.is_ancestor(t) or t.is_ancestor(word))
        ),
        None,
    )
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i > word.i for c in verb.children):
        return
    noun = next((c for c in word.children if c.dep_ == "nsubj" and c.i < word.i), None)  # "The rights group"
    if verb.head == word:  # the sentence's verb hung on the name: it heads the sentence again
        for child in [c for c in word.children if c.i > word.i and c != verb]:
            child.head = verb
        verb.head, verb.dep_ = (verb, "ROOT") if word.head == word else (word.head, word.dep_)
    word.tag_, word.pos_ = "NNP", "PROPN"
    if noun is not None:
        noun.head, noun.dep_ = verb, "nsubj"
        word.head, word.dep_ = noun, "appos"
    else:
        word.head, word.dep_ = verb, "nsubj"


def _outlet_s_name_read_as_a_verb(word: Token) -> None:
    """ "Lindqvist told the newspaper Dagposten that the club would …": the tagger took the paper's
    name, which no dictionary has, for a verb whose clause is what was told. The name is the
    paper's; the clause is the teller's."""
    doc = word.doc
    noun = doc[word.i - 1]
    told = noun.head
    if word.head != told or noun.dep_ not in ("dobj", "dative") or noun.lower_ not in lexicon.OUTLET_NOUNS:
        return
    if known_word(word.lower_) or not word.is_title:
        return
    clauses = [c for c in word.children if c.dep_ == "ccomp" and c.i > word.i]
    if len(clauses) != 1 or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in word.children):
        return
    clauses[0].head = told
    word.tag_, word.pos_, word.head, word.dep_ = "NNP", "PROPN", noun, "appos"


def _outlet_s_name_read_as_an_adverb(name: Token) -> None:
    """ "The state news agency KARNA quoted President Toldek as saying …": the parser read the
    agency's name, right before the verb, as an adverb of it, so the agency went unnamed. It is
    the name the noun before it goes by."""
    doc = name.doc
    noun, verb = doc[name.i - 1], name.head
    if verb == noun and noun.lower_ in lexicon.OUTLET_NOUNS and name.lower_ not in DAYS_AND_MONTHS:
        name.dep_ = "appos"  # "…, according to the state news agency PARNA."
        return
    if verb.i != name.i + 1 or noun.head != verb or noun.dep_ not in ("nsubj", "nsubjpass"):
        return
    if name.lower_ in DAYS_AND_MONTHS or name.ent_type_ in ("DATE", "TIME"):
        return  # "The company Tuesday said …": the day, the American way
    if noun.lower_ not in lexicon.OUTLET_NOUNS and noun.lower_ not in lexicon.words("org_nouns.txt"):
        return
    name.head, name.dep_ = noun, "appos"


def _source_s_description_read_as_the_object(according: Token) -> None:
    """ "The crossings will reopen on Monday, according to ZNA, the state news agency.": the parser
    made the agency's description the object of "reopen", so it read as part of the claim. A noun
    phrase set off after "according to X," that closes the sentence describes X."""
    doc = according.doc
    to = doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None or source.right_edge.i + 2 >= len(doc) or doc[source.right_edge.i + 1].text != ",":
        return
    start = source.right_edge.i + 2
    noun = next(
        (t for t in doc[start:] if t.head.i < start and t.dep_ in ("dobj", "npadvmod", "attr", "appos")), None
    )
    if (
        noun is None
        or noun.left_edge.i != start
        or noun.head.i >= according.i  # on the claim's verb or a noun before it ("The curfew …, the agency")
        or noun.pos_ not in ("NOUN", "PROPN")
    ):
        return
    describing = lexicon.OUTLET_NOUNS | lexicon.words("org_nouns.txt") | lexicon.words("person_roles.txt")
    if noun.lower_ not in describing:
        return  # "…, according to public filings, a huge sum for a firm …": the sum is the claim's
    if any(not t.is_punct for t in doc[noun.right_edge.i + 1 : sentence_of(noun).end]):
        return  # the sentence goes on after it
    noun.head, noun.dep_ = source, "appos"


CLOSING_MARK_TAGS = frozenset({"''", "``"})


def _ex_read_apart_from_its_noun(ex: Token) -> None:
    """ "Tank upgrade ‘a fiasco’, says ex-general": the parser made "ex" (and the hyphen) the
    subject and the noun an adjective; "ex-general" is one noun, headed by "general"."""
    doc = ex.doc
    hyphen, noun = doc[ex.i + 1], doc[ex.i + 2]
    if hyphen.whitespace_ or not noun.is_alpha or ex.head == noun:
        return
    head, dep = ex.head, ex.dep_
    if head.i in (hyphen.i, noun.i):
        return
    for child in list(ex.children):
        if child not in (hyphen, noun):
            child.head = noun
    noun.head, noun.dep_ = (head, dep) if head != ex else (noun, "ROOT")
    noun.tag_, noun.pos_ = "NN", "NOUN"
    ex.head, ex.dep_ = noun, "amod"
    hyphen.head, hyphen.dep_ = noun, "punct"


def _time_read_as_the_object_s(later: Token) -> None:
    """ "Arvo Lind said the opposite a day later.": the parser hung "a day later" on the object;
    it says when the verb happened, not what was said."""
    noun = later.head
    if later.i < noun.i or later.right_edge.i != later.i:
        return
    if not any(c.dep_ == "npadvmod" and c.i < later.i for c in later.children):
        return  # "a day later", "two weeks earlier", "three years ago"
    later.head = noun.head


# The label of an interview's questions written with a full stop: "Q. …".
TRANSCRIPT_MARKS = frozenset({"Q."})  # (not "A.", an initial as often: "A. Smith said")


def _transcript_mark_read_into_the_subject(mark: Token) -> None:
    """ "Q. Critics call the new tariff a “tax on thirst.”": the label opening an interview's line
    is no part of the name after it; the parser made it the name's first word."""
    doc = mark.doc
    line_start = mark.idx == 0 or whole_text(doc)[max(0, mark.idx - 8) : mark.idx].rstrip(" \t").endswith(
        "\n"
    )
    if not line_start or mark.head.i <= mark.i:
        return
    root = mark.head
    while root.head != root:
        root = root.head
    mark.head, mark.dep_ = root, "meta"  # (entity_names takes it out of the recogniser's name)


def _role_hung_inside_the_quotation(role: Token) -> None:
    """'“There was no court order. None,” defence lawyer Sven Holt said.': the parser made the
    role after the quotation an apposition of the quotation's last word. A role right before the
    speaker's name, with a closing mark between it and its head, is the name's."""
    doc = role.doc
    head = role.head
    if head.i >= role.i or not any(t.tag_ in CLOSING_MARK_TAGS for t in doc[head.i : role.i]):
        return
    if role.right_edge.i != role.i or role.i + 1 >= len(doc):
        return
    first = doc[role.i + 1]
    name = first
    while name.dep_ == "compound" and name.head.i > name.i and name.pos_ == "PROPN":
        name = name.head
    if first.pos_ != "PROPN" or name.pos_ != "PROPN" or name.dep_ not in ("nsubj", "nsubjpass"):
        return
    if name.left_edge.i != first.i:
        return
    role.head, role.dep_ = name, "compound"


def _role_read_as_the_root_after_the_quotation(role: Token) -> None:
    """'“The water came in so fast,” resident Ama Pelletier told the Eastport Courier.': the parser
    made the role the sentence's root, the quotation its clause and the verb a relative clause of
    it. The verb of saying is the root, the role the name's, the quotation the verb's."""
    doc = role.doc
    mark = role.head  # or the opening mark, which the parser made the root, the role its preposition
    if role.dep_ != "ROOT" and not (mark.dep_ == "ROOT" and mark.is_quote and mark.i < role.i):
        return
    verb = next((c for c in role.children if c.dep_ == "relcl" and c.i > role.i), None)
    if verb is None or verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return
    name = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i != role.i + 1:
        return
    if any(c.dep_ in ("det", "amod", "compound", "poss") for c in role.children):
        return
    for c in list(role.children):
        if c != verb:
            c.head = verb
            if c.dep_ not in ("punct", "ccomp"):
                c.dep_ = "ccomp" if c.pos_ in ("VERB", "AUX") else c.dep_
    verb.head, verb.dep_ = verb, "ROOT"
    if mark != role:
        mark.head, mark.dep_ = verb, "punct"
    role.head, role.dep_ = name, "compound"
    doc[role.i - 1].head = verb


def _set_off_role_hung_inside_the_quotation(name: Token) -> None:
    """'“This is not over,” the agency's director-general, Dr. Tomas Rehn, said.': the parser hung
    the role between the closing mark and the name on the quotation's clause. The role set off before
    the speaker's name is the name's apposition."""
    doc = name.doc
    first = name.left_edge
    if first.i == 0:
        return
    comma = first if first.text == "," else doc[first.i - 1]  # (the parser may hang the comma on the name)
    if comma.text != ",":
        return
    close = next((t for t in reversed(doc[max(0, comma.i - 8) : comma.i]) if t.tag_ == "''"), None)
    if close is None or close.i + 2 > comma.i or doc[close.i + 1].lower_ != "the":
        return
    role = doc[close.i + 1 : comma.i]
    roots = [t for t in role if not (close.i < t.head.i < comma.i)]
    if (
        len(roots) != 1
        or roots[0].pos_ not in ("NOUN", "ADJ")
        or any(t.pos_ in ("VERB", "AUX") for t in role)
    ):
        return
    if roots[0].head.i >= close.i or not any(t.lower_ in lexicon.words("person_roles.txt") for t in role):
        return  # (not '“…,” the dawn of the modern conservative movement, Bozell says')
    if name.dep_ != "nsubj" or name.head.i < name.i:
        # "…, Dr. Tomas Rehn, said": the parser hung the name on the quotation's clause too
        verb = doc[name.i + 2] if name.i + 2 < len(doc) and doc[name.i + 1].text == "," else None
        if verb is None or verb.tag_ != "VBD" or verb.dep_ != "ROOT" or name.text.endswith("."):
            return  # (not "Mass.", "Calif.", nor the "had" of "X, Y, had already endorsed")
        if verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS or any(
            c.dep_ == "nsubj" for c in verb.children
        ):
            return
        name.head, name.dep_ = verb, "nsubj"
        doc[name.i + 1].head = name
    roots[0].head, roots[0].dep_ = name, "appos"
    comma.head = name


def _name_after_a_role_in_a_phrase(name: Token) -> None:
    """ "The defence for lawyer Ida Kaur argued …": the parser made the name an apposition of the
    subject ("defence … , Ida Kaur"), though no comma sets it off: it is the role's name, inside
    the "for" phrase."""
    doc = name.doc
    role = doc[name.left_edge.i - 1]
    prep = role.head
    if role.dep_ != "pobj" or role.pos_ != "NOUN" or prep.dep_ != "prep" or prep.head != name.head:
        return
    if role.right_edge.i != role.i or role.lower_ not in lexicon.words("person_roles.txt"):
        return
    role.head, role.dep_ = name, "compound"
    name.head, name.dep_ = prep, "pobj"


def _name_of_a_phrase_read_as_a_second_subject(name: Token) -> None:
    """ "The defence in the trial of human rights lawyer Ida Kaur argued …": the parser left "of"
    with no object and made the name a second subject of the verb. The name is the object of the
    "of" right before its phrase."""
    doc = name.doc
    verb = name.head
    prep = doc[name.left_edge.i - 1]
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < name.i and c != name), None)
    if first is None or prep.dep_ != "prep" or any(c.dep_ == "pobj" for c in prep.children):
        return
    if not first.is_ancestor(prep):
        return
    name.head, name.dep_ = prep, "pobj"


def _person_of_a_body_read_as_its_name(subject: Token) -> None:
    """ "Lotte Brask of Rights Watch Meridian said …": the parser made the body's last word the
    subject and the person a modifier of it, with "of" and the body's first word hung on the
    person. The person is the subject; the words from "of" on name the body."""
    doc = subject.doc
    person = next(
        (c for c in subject.children if c.dep_ == "nmod" and c.tag_ == "NNP" and c.i < subject.i), None
    )
    if person is None:
        return
    of = next((c for c in person.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > person.i), None)
    first = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is None or first is None or first.i != of.i + 1 or not first.text[:1].isupper():
        return
    body = doc[first.i : subject.i + 1]
    if any(t.i > first.i and (t.head != subject or t.dep_ != "compound") for t in body[1:-1]):
        return
    if not any(t.lower_ in lexicon.organisation_words() for t in body) or any(
        t.lower_ in lexicon.titles()
        or t.lower_ in lexicon.words("person_roles.txt")
        or t.lower_ in lexicon.given_names()
        for t in [person, *body]
    ):
        return  # "Bank of England Governor Andrew Bailey", "Chief of Staff Katie Walsh": a titled person
    verb = subject.head
    person.head, person.dep_ = verb, subject.dep_
    subject.head, subject.dep_ = of, "pobj"
    first.head, first.dep_ = subject, "compound"


# Capitalised adverbs that end a campaign's or a fan group's name: "Peace Now", "Rovers Forever",
# "Stronger Together".
NAME_CLOSING_ADVERBS = ("Now", "Forever", "Together")


def _now_closing_a_name(now: Token) -> None:
    """ "Fairplay Now said", "According to Liberty Now, …", "Supporters' group Rovers Forever said":
    a capitalised "Now" (or "Forever", "Together") right after a name, inside a sentence, ends the
    name ("Peace Now", "Equality Now"), not an adverb of time."""
    name = now.doc[now.i - 1]
    if now.is_sent_start or (name.is_sent_start and name.dep_ not in ("nsubj", "pobj", "appos")):
        return
    if now.dep_ != "advmod" or not name.text[:1].isupper():
        return
    now.tag_, now.pos_ = "NNP", "PROPN"
    now.head, now.dep_ = (now, name.dep_) if name.head == name else (name.head, name.dep_)
    name.head, name.dep_ = now, "compound"


def _named_cause_read_as_a_clause(verb: Token) -> None:
    """ "The Committee to Protect Detainees said …": the parser read the body's name as a clause,
    "the Committee to protect detainees", subject of "said". The body is the subject; its cause
    ("to Protect Detainees") hangs on it."""
    doc = verb.doc
    to, body = doc[verb.i - 1], doc[verb.i - 2]
    if to.lower_ != "to" or body.head != verb or body.pos_ != "PROPN" or not body.is_title:
        return
    said = verb.head
    body.head, body.dep_ = said, "nsubj"
    verb.head, verb.dep_ = body, "acl"


def _body_s_noun_before_its_cause(noun: Token) -> None:
    """ "The Campaign to End the Blockade said …": a capitalised common noun inside the sentence,
    after "the" and before a capitalised verb with "to", is a body's name (the Committee to Protect
    Journalists), which the tagger read as the common noun."""
    doc = noun.doc
    verb = doc[noun.i + 2]
    if noun.is_sent_start or doc[noun.i - 1].lower_ != "the" or not verb.is_title or verb.tag_ != "VB":
        return
    if doc[noun.i - 1].is_sent_start and noun.sent.end - noun.sent.start < 6:
        return  # "The Plan to Cut Taxes": a headline, no one's name
    noun.tag_, noun.pos_ = "NNP", "PROPN"


def _acronym_read_as_a_noun(word: Token) -> None:
    """ "TNA quoted him as saying …": a body's initials the tagger read as a common noun, so the
    speaker had no name. Not in a headline set in capitals."""
    doc = word.doc
    if not word.is_alpha or any(doc[k].text == "-" for k in (word.i - 1, word.i + 1) if 0 <= k < len(doc)):
        return  # (not the call sign "KING-TV")
    sentence = [t for t in word.sent if t.is_alpha]
    if sum(t.is_upper for t in sentence) * 2 > len(sentence):
        return
    word.tag_, word.pos_ = "NNP", "PROPN"


def _read_taken_for_a_noun(read: Token) -> None:
    """'“…,” the post read.': the parser read "post read" as one noun; "read" is the verb, the
    post (the statement, the sign) its subject."""
    doc = read.doc
    thing = doc[read.i - 1]
    if thing.head != read or thing.dep_ != "compound" or thing.pos_ != "NOUN":
        return
    if read.i + 1 < len(doc) and not doc[read.i + 1].is_punct:
        return  # ("the post read count"): only a sentence that ends with it
    read.tag_, read.pos_, read.lemma_ = "VBD", "VERB", "read"
    thing.dep_ = "nsubj"
    for det in (c for c in read.children if c.dep_ in ("det", "poss", "amod") and c.i < thing.i):
        det.head = thing  # "the" was the noun phrase's


# A company's legal form after its name and a comma: "Corvex Therapeutics, Inc.", "Halden Foods, LLC".
LEGAL_FORMS = frozenset(
    {"Inc.", "Inc", "LLC", "Ltd", "Ltd.", "plc", "PLC", "Corp.", "GmbH", "AG", "LLP", "LP"}
)


def _legal_form_read_as_the_subject(form: Token) -> None:
    """ "Corvex Therapeutics, Inc. said …": the parser made the legal form the subject and the name
    its modifier, so the speaker was "Inc."; the name is the subject, the form a word of it."""
    doc = form.doc
    name = doc[form.i - 2] if form.i >= 2 else None
    if doc[form.i - 1].text != "," or name is None or name.pos_ != "PROPN":
        return
    if form.dep_ == "appos":
        if form.head == name:  # "Corvex Therapeutics, Inc. (“Corvex”) today announced": no role
            form.dep_ = "npadvmod"
        return
    # ("Halden Foods, LLC said": the name hung on the verb; "Halden Foods, LLC today reported": both
    # its subjects)
    if name.head != form and not (
        name.head == form.head and name.dep_ in ("npadvmod", "nmod", "dep", "nsubj")
    ):
        return
    name.head, name.dep_ = form.head, form.dep_
    form.head, form.dep_ = name, "npadvmod"
    doc[form.i - 1].head = name


def _present_root_read_as_the_base_form(verb: Token) -> None:
    """ "Many residents, however, deny this and say …": a sentence's verb in the present with a plural
    subject before it, tagged as the base form; the verb joined to it is then read as it is."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS", "PRP") or subject.lower_ in ("he", "she", "it"):
        return
    between = verb.doc[subject.i + 1 : verb.i]
    if any(t.text == ":" for t in between) or (len(between) == 1 and between[0].text == ","):
        return  # "Parents: tell us …", "Democrats, stop whining and say …": whom an order is to (review 6)
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return
    verb.tag_ = "VBP"


def _present_read_as_the_base_form(verb: Token) -> None:
    """ "They deny this and say they are peaceful": the second of two verbs in the present, tagged as
    the base form (so the cue model took it for an infinitive's), unless the first has an auxiliary
    both share ("will deny this and say", "to deny this and say")."""
    if any(c.dep_ in ("aux", "auxpass") for c in (*verb.head.children, *verb.children)):
        return
    verb.tag_ = "VBP"


FORECAST_FORMS = {"forecast": "VBD", "forecasts": "VBZ"}
# Times and things a forecast is of, before the noun: "the January forecast", "the weather forecast".
FORECAST_TIMES = frozenset(
    {"spring", "summer", "autumn", "winter", "weather", "budget", "weekend", "morning", "evening", "daily"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "weekly", "monthly", "annual", "quarterly", "official", "latest", "new"}
)


def _forecast_read_as_a_noun(word: Token) -> None:
    """ "ABARES forecast on Tuesday that wheat output would fall", "The IMF forecast that growth
    would slow": a name and "forecast" read as one noun with nothing to be its verb, the forecast
    clause hung on it. A sentence whose root is that noun has no verb but the forecast: the name
    is its subject. (Not "Its forecast that growth would slow was wrong": there the verb is "was".)"""
    doc = word.doc
    subject = doc[word.i - 1]
    if subject.head != word or subject.dep_ != "compound" or subject.pos_ not in ("PROPN", "NOUN"):
        return
    if subject.pos_ == "NOUN" and not subject.is_title:
        return  # ("the wheat forecast that …", a heading's "Weather forecast:")
    titled = any(c.lower_.rstrip(".") in ("mr", "mrs", "ms", "miss", "dr", "prof") for c in subject.lefts)
    if (subject.lower_ in FORECAST_TIMES and not titled) or any(c.lower_ in ("a", "an") for c in word.lefts):
        return  # "Spring forecast that …", "A January forecast that was shared …": a forecast
    clause = next(
        (c for c in word.rights if c.dep_ in ("ccomp", "relcl") and c.pos_ in ("VERB", "AUX")), None
    )
    if clause is None or not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in ("that", "which")
        for c in clause.children
    ):
        return  # (a forecast with no clause of its own: "The IMF forecast of 3% growth", "… that was published")
    if any(t.dep_ == "punct" and t.text == ":" and t.head == word for t in word.rights):
        return  # "Wheat forecast: …": a label
    word.tag_, word.pos_, word.lemma_ = FORECAST_FORMS[word.lower_], "VERB", "forecast"
    subject.dep_ = "nsubj"
    for det in (c for c in word.lefts if c.dep_ in ("det", "poss", "amod", "compound") and c.i < subject.i):
        det.head = subject  # "The" was the noun phrase's
    clause.dep_ = "ccomp"
    for that in (c for c in clause.children if c.lower_ == "that" and c.i < clause.i and c.dep_ != "nsubj"):
        that.dep_ = "mark"  # "that growth would slow": it introduces the clause, it is not its object


def _company_read_as_a_verb(word: Token) -> None:
    """'“We grew too fast,” Quillform chief executive Adaeze Marrow wrote': after a closing mark, a
    capitalised word the tagger does not know, read as a verb, before a role and a name: the name of
    the speaker's company, as in "Orbitly chief executive Helena Voss"."""
    doc = word.doc
    if known_word(word.lower_) or word.i + 3 >= len(doc):
        return
    k = word.i + 1
    while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_lower:
        k += 1  # "chief executive"
    if k == word.i + 1 or k >= len(doc) or doc[k - 1].lower_ not in lexicon.words("person_roles.txt"):
        return
    name = doc[k]
    while name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN" and doc[name.i + 1].is_title:
        name = doc[name.i + 1]
    verb = word.head
    if name.pos_ != "PROPN" or verb.i != name.i + 1 or verb.pos_ != "VERB":
        return  # the name right before the verb the parser gave the company word
    word.tag_, word.pos_ = "NNP", "PROPN"
    for t in doc[word.i : name.i]:
        if t.dep_ != "amod":
            t.head, t.dep_ = name, "compound"
    name.head, name.dep_ = verb, "nsubj"


def _plus_closing_a_name(plus: Token) -> None:
    """ "Samir Haddouk said on Al-Nahar Plus late on Wednesday that …": a capitalised "Plus" right
    after a name, inside a sentence, ends the name of a channel or a service, not a conjunction."""
    name = plus.doc[plus.i - 1]
    if (
        plus.is_sent_start
        or plus.tag_ != "CC"
        or any(c.dep_ == "conj" for c in plus.head.children if c.i > plus.i)
    ):
        return  # "Corvin plus Maro": a conjunction that joins
    plus.tag_, plus.pos_ = "NNP", "PROPN"
    if name.head == plus:
        return  # "Netflix Plus said": the parse made "Plus" the name's head already
    for child in plus.children:
        child.head = name
    plus.head, plus.dep_ = (plus, name.dep_) if name.head == name else (name.head, name.dep_)
    for child in [c for c in name.children if c.i < name.i]:
        child.head = plus
    name.head, name.dep_ = plus, "compound"


def _title_read_as_adverb(title: Token) -> None:
    """ "Commander-in-chief Petr Vasko said …": the parser hung the title on the verb as a phrase
    of time or manner; right before the subject's name, it is the name's title."""
    if title.lower_ not in lexicon.titles() or title.lower_ in lexicon.STYLES_OF_ADDRESS:
        return
    name = next((c for c in title.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if name is None or name.left_edge.i != title.i + 1 or name.tag_ != "NNP":
        return
    if any(t.tag_ != "NNP" for t in name.subtree if t.text != "-"):
        return
    title.head, title.dep_ = name, "compound"


def _name_after_an_office_of_a_body(name: Token) -> None:
    """ "Minister of Foreign Affairs Sergei Lavrin said", "Head of the Presidential Administration Igor
    Sergeyenko": state agencies' word order, an office of a body then the holder's name with no comma.
    The parser made one proper noun of the body and the name, the object of "of"; the name starts at
    its given name (or where the recogniser's person starts), and is the office's apposition, as in
    "the head of the judiciary, Gholamhossein Ejei-Far"."""
    doc = name.doc
    of = name.head
    office = of.head
    while office.dep_ == "pobj" and office.head.lower_ == "of":
        office = office.head.head  # "Governor of the Bank of Selmark Andrew Bailey"
    if of.lower_ != "of" or doc[office.i + 1].lower_ != "of":
        return
    if office.lower_ not in lexicon.titles():
        _name_after_a_body_s_office(name, of, office)
        return
    if office.dep_ not in ("nsubj", "nsubjpass", "ROOT", "appos"):
        return
    chain = [t for t in doc[of.i + 1 : name.i + 1] if t.dep_ != "det"]
    if (
        not chain
        or any(
            (t.tag_ not in ("NNP", "NNPS") and not (t.tag_ == "HYPH" and not t.whitespace_))  # "Ali-Reza"
            or not of.i < t.head.i <= name.i
            for t in chain[:-1]
        )
    ):
        return
    given = lexicon.given_names()
    starts = [k for k, t in enumerate(chain) if k >= 1 and (t.lower_ in given or t.ent_type_ == "PERSON")]
    if not starts or (chain[starts[0]].ent_iob_ == "I" and chain[starts[0]].ent_type_ == "PERSON"):
        return  # the recogniser's person takes in the body's words too: no telling where the name starts
    first = starts[0]
    if len(chain) - first < 2:
        return  # a given name alone is no holder's name
    body = chain[first - 1]
    body.head, body.dep_ = of, "pobj"
    for t in doc[of.i + 1 : body.i]:
        t.head = body
    for t in chain[first:-1]:
        t.head = name
    name.head, name.dep_ = office, "appos"


def _name_after_a_body_s_office(name: Token, of: Token, body: Token) -> None:
    """ "Central Bank of Marovia Governor Amal Reshid told …": a body's name, its office and the
    holder's name, with no comma. The parser made the body the subject and the rest the object of
    its "of"; the holder is the subject, the body and office the words before the name."""
    doc = name.doc
    if body.dep_ not in ("nsubj", "nsubjpass") or body.tag_ != "NNP":
        return
    chain = doc[of.i + 1 : name.i + 1]
    if any(t.tag_ not in ("NNP", "NNPS") or not of.i < t.head.i <= name.i for t in chain[:-1]):
        return
    titles = [k for k, t in enumerate(chain) if k >= 1 and t.lower_ in lexicon.titles()]
    if not titles or len(chain) - titles[-1] < 3:
        return  # a title, then a name of two words at least
    given = chain[titles[-1] + 1]
    if given.lower_ not in lexicon.given_names() and given.ent_type_ != "PERSON":
        return
    name.head, name.dep_ = body.head, body.dep_
    body.head, body.dep_ = name, "compound"


def _modifier_of(word: Token, head: Token) -> None:
    """``head`` takes ``word``'s place in the sentence (and the words after ``word`` that hung on it);
    ``word`` becomes its compound: "President | Ada Holt", "His Excellency | the President"."""
    head.head, head.dep_ = (head, "ROOT") if word.head == word else (word.head, word.dep_)
    for child in [c for c in word.children if c.i > word.i]:
        child.head = head
    word.head, word.dep_ = head, "compound"


def _title_after_a_style(title: Token) -> None:
    """ "His Excellency the Foreign Minister said": the parser made the style of address the
    subject and the title its apposition. The style only adorns the title: the title is the head."""
    style = title.head
    if style.lower_ not in lexicon.STYLES_OF_ADDRESS or title.lower_ not in lexicon.titles():
        return
    between = title.doc[style.i + 1 : title.left_edge.i]
    if len(between) > 0 or not all(t.tag_ == "NNP" or t.lower_ == "the" for t in title.subtree):
        return
    _modifier_of(style, title)


PAPERS = frozenset({"daily", "weekly"})


def _paper_between_its_description_and_name(name: Token) -> bool:
    """ "The government daily Al-Mirsad reported (on Tuesday) that …": the parser made "government" the
    subject and "daily" an adverb, with the name its object or a second subject. The paper is the
    subject, what describes it its compound, the name its apposition."""
    doc = name.doc
    first = name.i
    while first > 0 and _inside_a_name(doc[first - 1]):
        first -= 1
    if first < 2:
        return False
    paper, described = doc[first - 1], doc[first - 2]
    if (
        paper.lower_ not in PAPERS
        or paper.pos_ == "NOUN"
        or described.pos_ != "NOUN"
        or described.dep_ != "nsubj"
    ):
        return False
    verb = described.head
    if verb.pos_ != "VERB" or not (name.head == paper or (name.head == verb and name.dep_ == "nsubj")):
        return False
    _paper_the_subject(paper, described, name, verb)
    return True


def _paper_the_subject(paper: Token, described: Token, name: Token, verb: Token) -> None:
    """The newspaper the verb's subject, what describes it its compound, its name its apposition."""
    paper.tag_, paper.pos_ = "NN", "NOUN"
    paper.head, paper.dep_ = verb, "nsubj"
    for child in [c for c in described.children if c.i < described.i]:
        child.head = paper  # "The"
    described.head, described.dep_ = paper, "compound"
    name.head, name.dep_ = paper, "appos"


def _newspaper_read_as_adverb(paper: Token, described: Token) -> None:
    """ "the opposition daily": the parser read the newspaper as an adverb (of the noun before it,
    which describes it, or of the verb)."""
    paper.tag_, paper.pos_ = "NN", "NOUN"
    paper.head = described.head
    paper.dep_ = described.dep_
    described.head = paper
    described.dep_ = "compound"


def _newspaper_read_as_an_adjective(name: Token, paper: Token, described: Token) -> bool:
    """ "The hardline daily Kayhan Ledger wrote …": the parser made "hardline" the sentence's noun,
    "daily" its adjective and the rest a relative clause. The newspaper is the verb's subject, what
    describes it its compound, the name its apposition."""
    verb = name.head
    if not (
        paper.lower_ in PAPERS
        and paper.pos_ in ("ADJ", "ADV")
        and paper.head == described
        and described.pos_ == "NOUN"
        and described.dep_ == "ROOT"
        and name.dep_ == "nsubj"
        and verb.dep_ == "relcl"
        and verb.head == described
    ):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    _paper_the_subject(paper, described, name, verb)
    return True


def _part_a_day_from_the_name(day: Token) -> None:
    """ "Varek Monday said …": the parser made the weekday the subject and the name its
    modifier; the name is the subject, the day when it was said."""
    verb = day.head
    if day.lower_ not in WEEKDAYS or verb.i <= day.i or verb.pos_ not in ("VERB", "AUX"):
        return
    name = [c for c in day.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not name or name[-1].i != day.i - 1 or list(day.rights):
        return
    head = name[-1]
    for word in name[:-1]:
        word.head = head
    head.head = verb
    head.dep_ = "nsubj"
    day.dep_ = "npadvmod"


# Plurals without a final "s", which a capitalised subject may well be ("Police said", "People say").
PLURALS_WITHOUT_S = frozenset(
    {"people", "police", "men", "women", "children", "folk", "staff", "media", "data", "clergy"}
    | {"personnel", "youth", "cattle", "alumni", "faithful", "elderly", "military", "public", "crew"}
)


GROUP_ENDINGS = ("ers", "ists", "istas", "ians", "ans", "ites", "ees", "ards", "ese", "ics")
# Plural endings and the singular's: "officials", "churches", "companies", "wolves".
PLURAL_ENDS = (("s", ""), ("es", ""), ("ies", "y"), ("ves", "f"), ("ves", "fe"))


def _name_read_as_a_plural(word: Token) -> None:
    """ "Fairlow insists …": an unknown capitalised subject the tagger calls a plural noun, though
    it has no plural's "s" (or has one after a given name), is a name."""
    text = word.text
    capitalised = text[:1].isupper() and text[1:].islower() and word.is_alpha
    # "Terry “The Hammer” Dawes told reporters": a surname in "s" after a given name
    given = any(c.dep_ in ("nmod", "compound") and c.ent_type_ == "PERSON" for c in word.lefts)
    # "Ilves, who was not involved in the study, said": a word in "s" set off by a comma, whose
    # singular is no English word either, and no people's name
    lower = word.lower_
    unknown = (
        text.endswith("s")
        and word.i + 1 < len(word.doc)
        and word.doc[word.i + 1].text == ","
        and not known_word(lower)
        and not any(known_word(lower[: -len(end)] + new) for end, new in PLURAL_ENDS if lower.endswith(end))
        and word.ent_type_ != "NORP"
        # not a people or a camp the dictionary lacks ("Brexiteers, who …", "Kyivans, sheltering …"),
        # unless the recogniser saw a person
        and (word.ent_type_ == "PERSON" or not lower.endswith(GROUP_ENDINGS))
        and not any(c.dep_ in ("det", "amod", "nummod", "poss") for c in word.lefts)
    )
    if capitalised and (
        given
        or unknown
        or (
            not text.endswith(("s", "men"))  # "Spokesmen said"
            and word.lower_ not in PLURALS_WITHOUT_S
            and not any(c.dep_ in ("det", "amod", "nummod", "compound") for c in word.lefts)
        )
    ):
        word.tag_ = "NNP"
        word.pos_ = "PROPN"
