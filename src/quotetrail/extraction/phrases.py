"""Noun phrases around a cue: the speaker's span, role and type.

Works on spaCy tokens of one parsed paragraph; offsets are made absolute by
adding the paragraph's start offset (``base``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.entity_names import post_nominal
from quotetrail.extraction.name_particles import PARTICLES, PATRONYMIC_PARTICLES, end_over_of
from quotetrail.model import Span
from quotetrail.nlp import known_word, sentence_of, styled_elsewhere, whole_text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

PRONOUNS_PERSON = frozenset({"he", "she", "i", "him", "her", "who", "whom", "his", "hers"})
PRONOUNS_PLURAL = frozenset({"they", "we", "them", "us"})
PRONOUNS_NEUTER = frozenset({"it", "which", "that"})
ALL_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_PLURAL | PRONOUNS_NEUTER | {"you", "this", "these", "those"}
PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC"})
# A wire dateline opening a paragraph: "WASHINGTON —", "FLINT, Mich., Oct. 4 (UPI) —". Always used
# with match(), which anchors it where the paragraph or piece starts (a "^" would hold only at 0).
# "Nov. 30 ", "Dec 29 ", day first as many agencies write it: "12 November ", "November 12. ", and
# the agency after the date's comma ("Nov 12, ARNA -- "); a press release's year ("March 2, 2026 -- ").
_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)(?:[.,]|,\s*[A-Z][A-Za-z]{1,15}(?=\s*[—―–-]))?\s*"
# "(KNA) - ", "— ", an agency between slashes ("/VESTA/. ", "/KhemInform/ -- ").
# (A hyphen is a dash only with a space on one side: "AHMADI-FAR:" is a name.)
_DASH = r"(?:[—―–]{1,2}|(?<=\s)-{1,2}|-{1,2}(?=\s))"
_AGENCY_AND_DASH = rf"(?:\([^)]{{1,30}}\)\s*{_DASH}|/[A-Za-z][^/\n]{{0,29}}/\.?\s*(?:{_DASH})?|{_DASH})\s*"
# The place: in capitals ("FLINT, Mich., "; or a kicker in capitals, "EVEN HIS BOSS THINKS SO — "), or
# as a name when a date follows ("Tehran, Nov 12, ").
_PLACE = rf"(?:[A-Z][A-Z .,'’-]{{2,80}}(?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?,?\s*)?|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*(?={_DATE}))"
# and, after a place and a date, an agency in brackets with no dash: "MUMBAI, Mar 3 (NTN) Vinayak …"
# and Business Wire's "SAN DIEGO--(BUSINESS WIRE)--", with its date after ("Feb. 26, 2026--")
DATELINE = re.compile(
    rf"{_PLACE}(?:{_DATE})?{_AGENCY_AND_DASH}|{_PLACE}{_DATE}\([A-Z][A-Za-z]{{1,15}}\)\s+(?=[A-Z])"
    rf"|{_PLACE}\([A-Z][A-Za-z ]{{1,20}}\)-{{1,2}}\s*(?:{_DATE}-{{1,2}}\s*)?"
)
# "DHAKA: Road Transport Minister …", "LAHORE: ": South Asian papers set the place off with a colon.
COLON_DATELINE = re.compile(r"[A-Z][A-Z'’. -]{2,30}:\s+(?=[A-Z][a-z])")
# A hyphen inside a word ("UN Secretary-General Abel Dorn"), which DATELINE also takes for a dash.
WORD_HYPHEN = re.compile(r"\w-\w")
EDGE_PUNCT = frozenset(",.;:!?—–-()[]\"“”‘’'«»„")
# Parts of speech that never head a name, whatever entity they are in.
NEVER_NAMES = frozenset({"VERB", "AUX", "PART", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "PUNCT", "NUM"})
# Entity labels that never make a name: the model's DATE for the "Today" of "Kestovia Today".
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    span: Span
    text: str
    name: str | None  # a proper name inside the phrase, titles stripped
    role: str | None
    type: str
    head_lower: str


def token_span(tokens: Iterable[Token], base: int) -> Span | None:
    """The span from the first to the last token given, trimmed of edge punctuation."""
    given = sorted(tokens, key=lambda t: t.i)
    toks = list(given)
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].text in EDGE_PUNCT):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].text in EDGE_PUNCT):
        if toks[-1].text == "%" and len(toks) > 1 and toks[-2].like_num:
            break  # "outages fell by 18%": the unit of the number
        toks.pop()
    if not toks:
        return None
    after = given.index(toks[-1]) + 1
    opened = sum(t.text == "(" for t in toks) - sum(t.text == ")" for t in toks)
    if opened > 0 and after < len(given) and given[after].text == ")":
        toks.append(given[after])  # "Sen. Ola Varek (D-Kestovia)"
    return Span(base + toks[0].idx, base + toks[-1].idx + len(toks[-1].text))


def contiguous_subtree(head: Token, *, exclude: frozenset[int] = frozenset()) -> list[Token]:
    """The head's subtree, cut at the first excluded token on each side of the head."""
    toks = [t for t in head.subtree]
    left = [t for t in toks if t.i < head.i]
    right = [t for t in toks if t.i > head.i]
    kept_left: list[Token] = []
    for t in reversed(left):
        if t.i in exclude:
            break
        kept_left.append(t)
    kept_right: list[Token] = []
    for t in right:
        if t.i in exclude:
            break
        kept_right.append(t)
    return [*sorted(kept_left, key=lambda t: t.i), head, *kept_right]


BROADCAST_NOUNS = frozenset({"tv", "television", "radio"})


INSCRIPTION_CUES = frozenset({"reading", "saying", "read"})  # "Graffiti on the bridge read “…”"


def _an_inscribed_thing_opening(head: Token) -> bool:
    """The first word of its sentence is a thing words are written on, and the words are read off
    it ("Graffiti reading …", "Banners saying …", "Graffiti on the wall read …")."""
    if head.i != head.sent.start or not lexicon.inscribed(head.lower_):
        return False
    doc = head.doc
    if head.i + 1 < len(doc) and doc[head.i + 1].lower_ in ("reading", "saying"):
        return True  # "Graffiti reading “…”", whatever the recogniser made of the word
    verb = head.head
    if verb.lower_ not in INSCRIPTION_CUES:
        return False
    # "Wall read a statement from the family": a surname, reading something aloud
    return not any(c.dep_ == "dobj" and not _holds_a_quotation_mark(c) for c in verb.children)


def _holds_a_quotation_mark(tok: Token) -> bool:
    return any(t.is_quote for t in tok.subtree)


def _a_company_s_plural(head: Token) -> bool:
    """ "Bluewake Ferries", "Redline Buses": a capitalised plural the tagger took for a common noun,
    ending a company's name after a proper noun."""
    return (
        head.text[:1].isupper()
        and head.lower_ in lexicon.words("org_name_ends.txt")
        and any(
            c.i == head.i - 1
            and (c.dep_, c.pos_) in (("compound", "PROPN"), ("amod", "ADJ"))
            and c.text[:1].isupper()
            for c in head.children
        )  # ("Bluewake" may be read as an adjective)
    )


# Offices the press abbreviates in capitals after naming them in full (resources/role_families.txt
# says which): "Chief Minister Ravi Kumar … The CM said"; and "The NGO said", "State TV said", kinds of body.
ROLE_ABBREVIATIONS = frozenset(
    {"pm", "cm", "dcp", "igp", "pcso", "cmo", "cno", "ngo", "tv"}
    # South Asian and African offices (red team 180): "The PPRO, SP Aminu Bello, said", "the DC said"
    | {"dc", "sdm", "ppro", "pro", "mec", "dgp", "dsp", "bdo", "sho", "dm"}
)
# Letters that are an office only before a name set off after them ("The CPS, Mr Tunde Adeyemi, said"),
# and a body on their own ("The CPS said", Britain's prosecutors).
OFFICE_LETTERS_BEFORE_A_NAME = frozenset({"cps"})


def _people_by_a_plural_opening(head: Token) -> bool:
    """One plural English word opening its sentence, no body by the recogniser's label and none
    the article writes mid-sentence: "Shoppers", "Neighbours" (not "Rangers said", an ORG)."""
    lower = head.lower_
    if not head.is_sent_start or head.ent_type_ == "ORG" or not lower.endswith("s"):
        return False
    if any(c.dep_ == "compound" for c in head.children) or not known_word(lower[:-1]):
        return False
    if lower[:-1] not in lexicon.words("person_roles.txt") and lower[:-1] not in PEOPLE_WORDS:
        return False
    # (a name the article writes capitalised mid-sentence too: "the Chiefs", "Ms Cousins")
    return (
        re.search(rf"(?<![\w’'-])[a-z][\w’'-]*[,;:]? {re.escape(head.text)}\b", whole_text(head.doc)) is None
    )


# Plural people nouns no role list has: "Shoppers", "Neighbours", "Passers-by".
PEOPLE_WORDS = frozenset({"shopper", "neighbour", "neighbor", "commuter", "local", "villager", "onlooker"})


def _name_tokens(head: Token) -> list[Token]:
    """The proper-name part of a phrase headed by ``head`` (compounds and flat names)."""
    if (
        head.pos_ != "PROPN"
        and head.ent_type_ not in PERSON_LABELS | ORG_LABELS
        and not _a_company_s_plural(head)
    ):
        return []
    if head.pos_ in NEVER_NAMES:
        return []  # the "’s" of "Here’s Clinton", inside the recogniser's entity
    if _an_inscribed_thing_opening(head):
        return []  # "Graffiti reading “…” appeared": capitalised only because it opens the sentence
    if _people_by_a_plural_opening(head):
        return []  # "Shoppers told …", "Neighbours described him as …": people, capitalised as the sentence opens
    if (
        head.pos_ == "NOUN"
        and head.lower_ in BROADCAST_NOUNS
        and (head.i == 0 or head.doc[head.i - 1].text != "-")
    ):
        return []  # "Russian TV", "state radio": a channel described, inside the recogniser's entity
    toks = [head]
    doc = head.doc
    # Proper nouns right before the name that modify it, however nested ("Selm" in "Selm Dockers Union"),
    # and over hyphens ("Olga Koval-Sayenko").
    while True:
        while toks[0].i > 0:
            before = doc[toks[0].i - 1]
            if (ezafe := _ezafe_before(before)) is not None:
                toks = [*ezafe, *toks]  # "Sobh-e Azad", "Hezb-e Tudeh": a Persian name's linking "-e"
                continue
            if (
                before.dep_ == "amod"
                and toks == [head]
                and before.i == head.i - 1
                and _a_company_s_plural(head)
            ):
                toks.insert(0, before)  # "Bluewake Ferries", the tagger's adjective a word of the name
                continue
            if before.like_num and (
                _in_the_organisation_s_entity(before, head, numbered=True)
                or _a_numbered_channel(before, toks)
            ):
                toks.insert(0, before)  # "Channel 9 News", "Kanal 5 Nyheter": the number is of the name
                continue
            if (
                before.dep_ not in ("compound", "flat", "nmod")
                or (
                    before.pos_ != "PROPN"
                    and not _in_the_person_s_entity(before, head)
                    and not _in_the_organisation_s_entity(before, head)
                )
                or before.head not in toks
            ):
                break
            toks.insert(0, before)
        joined = _join_hyphens(toks)
        if len(joined) == len(toks):
            break
        toks = joined
    # Keep only the tokens of the head's own entity when it is in one ("Actress | Danai Gurira",
    # where the recogniser made "Actress" an entity of its own), but all of an organisation's name
    # ("Kellmouth | Transit", "Open Ledger Watch").
    org_named = lexicon.named_as_an_organisation([t.text for t in toks])
    if head.ent_type_ and head.ent_type_ not in NOT_NAME_LABELS and not org_named:
        entity_start = head.i
        while entity_start > 0 and doc[entity_start].ent_iob_ == "I":
            entity_start -= 1
        # "Agnes | Marlowe-Pike", "Marina | Olegovna Reshetova", "Serik Bolatovich | Amanzholov": the
        # recogniser split a given name (or a patronymic and the given name) from the rest of the name
        while entity_start > 0 and (given := doc[entity_start - 1]) in toks:
            if (
                given.lower_ not in _given_names()
                and not PATRONYMIC.fullmatch(given.text)
                and not (given.text == "Do" and given.tag_ == "NNP")  # "Do Thi Hoa" (see repairs)
                and given.lower_ not in PARTICLES  # "Jan-Willem van den | Broek"
                and not (given.i + 1 < len(doc) and doc[given.i + 1].lower_ in PARTICLES)
            ):
                break
            if given.ent_type_ in ("GPE", "LOC", "NORP") or head.ent_type_ == "NORP":
                break  # "South Carolina | Republican", a place and a party
            if given.is_sent_start and given.lower_ == "said":
                break  # "Said Ellis: …", the verb before the name, not the given name Said
            entity_start -= 1
        while (
            entity_start >= 2
            and doc[entity_start - 1].text == "-"
            and not doc[entity_start - 1].whitespace_
            and not doc[entity_start - 2].whitespace_
            and doc[entity_start - 2].pos_ == "PROPN"
        ):
            entity_start -= 2  # "Iran-e | Farda": the recogniser's entity began after a hyphen
        if entity_start > 0 and (ezafe := _ezafe_before(doc[entity_start - 1])) is not None:
            entity_start = ezafe[0].i  # "Sobh-e | Azad": the recogniser's entity began after the "-e"
        toks = [t for t in toks if t.i >= entity_start] or toks
    # Drop leading titles and honorifics ("President", "Mr."), also when the entity recogniser took
    # them in ("NYPD | Commissioner James O’Neill"), but not from an organisation's name ("Interior
    # Ministry").
    titles = _words_before_names()
    organisation = (
        org_named
        or head.ent_type_ in ORG_LABELS
        or head.lower_ in lexicon.words("org_nouns.txt")
        or (toks == [head] and _a_body_named_with_a_preposition(head))
    )
    while len(toks) > 1 and not organisation:
        if toks[0].lower_ in titles and toks[1].lower_ not in PATRONYMIC_PARTICLES and not _given_gen(toks):
            toks.pop(0)
        elif (
            len(toks) > 2
            and toks[0].text == "Con"
            and doc[toks[0].i - 1].lower_.rstrip(".") in ("det", "detective")
        ):
            toks.pop(0)  # "Det Con James Huddle": a detective constable (not the given name Con)
        elif (
            len(toks) > 2
            and toks[0].lower_.endswith(NATIONAL_MAN)
            and toks[0].lower_ in lexicon.words("nationals.txt")
        ):
            toks.pop(0)  # "Frenchman Luc Barre"; not "Dane Whitlock" or "German Larrea Mota", given names
        elif len(toks) > 3 and toks[1].text == "-" and f"{toks[0].lower_}-{toks[2].lower_}" in titles:
            del toks[:3]  # the "al-Islam" of "Hujjat al-Islam", in three tokens
        else:
            break
    # A place or a body before the title: "County Coroner | Jan Pike", "Harris County Sheriff | Ed Vane".
    last_title = max(
        (
            k
            for k, t in enumerate(toks[:-2])
            if t.lower_ in titles and not (k > 0 and toks[k - 1].lower_ in PATRONYMIC_PARTICLES)
        ),
        default=None,
    )  # not the father's name of "Saif bin Sultan Al Marri"
    if last_title is not None and not organisation and toks[0].lower_ not in _given_names():
        toks = toks[last_title + 1 :]
    if organisation:
        toks = [*_possessor_in_the_name(toks), *toks]
        if (
            toks[0].i > 0
            and (number := doc[toks[0].i - 1]).head in toks
            and UNIT_NUMBER.fullmatch(number.text)
        ):
            toks.insert(0, number)  # "the 4th Mechanised Brigade", one entity (entity_names)
        toks = [*_coordinated_before(toks), *toks, *_name_continuation(head)]
    elif toks == [head] and head.text[:1].isupper() and head.lower_ in lexicon.words("outlet_words.txt"):
        toks = [*_possessor_in_the_name(toks), *toks]  # "The People's Tribune": a paper's whole name
    elif len(toks) >= 3 and post_nominal(toks[-1]):
        toks = toks[:-1]  # "Dr Anna Berg OBE", "Harriet Quayle KC"
    return toks


NATIONAL_MAN = ("chman", "shman", "sman", "chwoman", "shwoman", "swoman")  # Frenchman, Scotswoman; not German
UNIT_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")
RANKS_BEFORE_GEN = frozenset({"lt", "lieutenant", "maj", "major", "brig", "brigadier"})


def _given_gen(toks: list[Token]) -> bool:
    """ "Defence Minister Gen Nakamori": "Gen" before a surname alone is a given name; "Lt Gen Omar
    Haddani", "Gen Omar Haddani" are ranks."""
    first = toks[0]
    before = first.doc[first.i - 1].lower_.rstrip(".") if first.i else ""
    return first.text == "Gen" and len(toks) == 2 and before not in RANKS_BEFORE_GEN


# A Russian or Central Asian patronymic between the given name and the surname: "Olegovna", "Bolatovich".
PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|yevich|yevna|ichna|uly|kyzy)")


def _in_the_person_s_entity(word: Token, head: Token) -> bool:
    """ "Seán" of "Seán O'Neill-Baptiste", which the tagger took for a plural noun: a given name in
    the person's own entity is a word of the name (not "Billionaire" of "Billionaire Donald Trump")."""
    doc = head.doc
    return (
        word.lower_ in _given_names()
        and head.ent_type_ in PERSON_LABELS
        and word.ent_type_ == head.ent_type_
        and all(doc[i].ent_iob_ == "I" for i in range(word.i + 1, head.i + 1))
    )


# Broadcasters numbered in their names: "Channel 4", "Kanal 5 Nyheter", "Rete 4", "Canal 13".
NUMBERED_CHANNELS = frozenset({"channel", "tv", "radio", "kanal", "canal", "rete", "kanaal", "station"})


def _a_numbered_channel(number: Token, toks: list[Token]) -> bool:
    """ "Kanal 5 | Nyheter": a channel's number between its word and the rest of its name, which the
    recogniser saw as no entity."""
    doc = number.doc
    word = doc[number.i - 1] if number.i else None
    return (
        word is not None
        and word.lower_ in NUMBERED_CHANNELS
        and word.text[:1].isupper()
        and number.head == word
        and word.head in toks
    )


def _in_the_organisation_s_entity(word: Token, head: Token, *, numbered: bool = False) -> bool:
    """ "Open" of "Open Hand International", which the tagger took for an adjective: a capitalised
    word in the organisation's own entity is a word of its name (or, ``numbered``, a number inside
    it with a word before: "Channel 9 News")."""
    doc = head.doc
    if numbered and not (word.ent_iob_ == "I" and word.i > 0 and doc[word.i - 1].text[:1].isupper()):
        return False
    return (
        (numbered or word.text[:1].isupper())
        and word.lower_ not in _words_before_names()  # "Spokeswoman | Haley Morris"
        and head.ent_type_ == "ORG"
        and word.ent_type_ == "ORG"
        and all(doc[i].ent_iob_ == "I" for i in range(word.i + 1, head.i + 1))
    )


COLLECTIVE_POSSESSORS = frozenset({"people", "women", "men", "children", "workers"})
# A state's bodies, named after the country that owns them: "Kalmoria's Foreign Ministry".
STATE_BODIES = frozenset(
    {"ministry", "government", "parliament", "army", "embassy", "police", "navy", "cabinet", "presidency"}
)


SAINT_WORDS = frozenset({"st", "saint", "ste", "sainte"})
# Offices named after the post that holds them: "Sheriff's Office", "District Attorney's Office".
OFFICE_HOLDERS = frozenset(
    {"sheriff", "attorney", "prosecutor", "coroner", "governor", "mayor", "president", "comptroller"}
    | {"auditor", "solicitor", "marshal", "marshals", "chancellor", "controller", "treasurer", "clerk"}
)


def _possessor_in_the_name(toks: list[Token]) -> list[Token]:
    """ "the Kestovian Journalists' Union", "the People's Party": a capitalised plural possessor
    is part of an organisation's name (not "Varek's Front")."""
    doc = toks[0].doc
    first = toks[0].i
    mark = doc[first - 1] if first >= 2 else None
    if mark is None or not (mark.tag_ == "POS" or mark.text in ("'", "’")):
        return []
    owner = doc[first - 2]
    if owner.dep_ not in ("poss", "nmod") or owner.head not in toks or not owner.text[:1].isupper():
        return []
    country = owner.tag_ == "NNP" and owner.ent_type_ != "PERSON" and toks[-1].lower_ in STATE_BODIES
    saint = owner.i > 0 and doc[owner.i - 1].lower_.rstrip(".") in SAINT_WORDS  # "St Olav's Hospital"
    role = owner.lower_ in OFFICE_HOLDERS  # "the Lowmarsh County Sheriff's Office"
    if owner.tag_ != "NNPS" and owner.lower_ not in COLLECTIVE_POSSESSORS and not (country or saint or role):
        return []  # ("Kalmoria's Foreign Ministry" is that country's, not any foreign ministry)
    words = [owner, doc[first - 1]]
    while words[0].i > 0:
        before = doc[words[0].i - 1]
        if (
            before.dep_ not in ("compound", "amod")
            or before.head not in words
            or not before.text[:1].isupper()
        ):
            if before.lower_.rstrip(".") in SAINT_WORDS and before.i == owner.i - 1:
                words.insert(0, before)  # "St" of "St Olav's", whatever the parser hung it on
            break
        words.insert(0, before)
    return words


def _capitalised_name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and tok.text[:1].isupper())


def _coordinated_before(toks: list[Token]) -> list[Token]:
    """Capitalised words joined by "and" before an organisation's name, inside its phrase: the
    "Central and East European" of "Central and East European Coalition", which the parser makes
    a coordination hung on the name."""
    doc = toks[0].doc
    inside = {t.i for t in toks[-1].subtree}
    start = toks[0].i
    while start > 0 and start - 1 in inside:
        before = doc[start - 1]
        if _capitalised_name_word(before) or (
            before.lower_ in ("and", "&") and start - 2 in inside and _capitalised_name_word(doc[start - 2])
        ):
            start -= 1
        else:
            break
    if start == toks[0].i or not any(doc[i].lower_ in ("and", "&") for i in range(start, toks[0].i)):
        return []
    return [doc[i] for i in range(start, toks[0].i)]


# Lower-case words inside an organisation's name after its noun: "Ministry of Defence", "Committee
# against Torture", "Commission on Human Rights".
NAME_PREPOSITIONS = frozenset({"of", "for", "against", "on"})


# Nouns a name's "in" takes ("Watchlist for Children in Conflict", "Journalists in Exile"); after
# "in", a place is where the body is, not its name ("the Ministry of Defence in Dravin").
IN_NAME_NOUNS = frozenset({"conflict", "need", "exile", "danger", "distress", "crisis", "war", "armed"})


def _name_preposition(word: Token, after: Token) -> bool:
    """``word`` carries an organisation's name on to ``after``."""
    if word.lower_ == "on" and after.text in lexicon.PLATFORM_NAMES:
        return False  # "the Free Hollin Front on Telegram": where it posted
    if word.lower_ in NAME_PREPOSITIONS:
        return True
    if word.lower_ == "in" and word.i > 0 and word.nbor(-1).lower_ == "mission" and after.is_title:
        return True  # "The UN Mission in Lorrow": a mission is named for where it serves
    return (
        word.lower_ == "in" and after.lower_ in IN_NAME_NOUNS and word.i > 0 and word.nbor(-1).pos_ == "PROPN"
    )


def _a_body_named_with_a_preposition(head: Token) -> bool:
    """ "The Monitor for Civic Freedoms", "the Observatory for Detainee Rights", "The Committee to
    Protect Detainees": a capitalised head after "the", then a name's preposition and capitalised
    words, which the recogniser did not see as an organisation."""
    doc = head.doc
    if (
        head.pos_ != "PROPN"
        or not head.is_title
        or head.i + 2 >= len(doc)
        or head.lower_ in _words_before_names()
    ):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    after = doc[head.i + 1]
    return bool(_named_cause(after)) or (
        after.lower_ in NAME_PREPOSITIONS and doc[head.i + 2].is_title and doc[head.i + 2].pos_ == "PROPN"
    )


def _named_cause(to: Token) -> list[Token]:
    """The "to Protect Detainees" of "the Committee to Protect Detainees": a capitalised verb and its
    capitalised words after "to", in a body's name."""
    doc = to.doc
    if to.lower_ != "to" or to.i + 2 >= len(doc):
        return []
    verb = doc[to.i + 1]
    if not verb.is_title or verb.pos_ not in ("VERB", "PROPN"):
        return []
    end = verb.i
    while end + 1 < len(doc):
        after = doc[end + 1]
        if after.is_title and after.pos_ in ("PROPN", "NOUN"):
            end += 1
        elif (  # "the Coalition to Save the Harbour", "to End the War"
            after.lower_ == "the"
            and end == verb.i
            and end + 2 < len(doc)
            and doc[end + 2].is_title
            and doc[end + 2].pos_ in ("PROPN", "NOUN")
        ):
            end += 2
        else:
            break
    return list(doc[to.i : end + 1]) if end > verb.i else []


def _name_continuation(head: Token) -> list[Token]:
    """The words of an organisation's name after its head: the rest of the entity ("Royal College
    | of Surgeons"), then "of"/"for" and capitalised words ("Ministry | of Defence", "Tesmar Monitor
    | for Civil Liberties") when the head is an organisation's noun or its entity ends there.
    Empty when nothing continues the name."""
    doc = head.doc
    if head.i + 2 < len(doc) and head.is_title and (cause := _named_cause(doc[head.i + 1])):
        return [doc[i] for i in range(head.i + 1, cause[-1].i + 1)]  # "The Committee to Protect Journalists"
    subtree_end = head.right_edge.i
    end = head.i
    if head.ent_type_ in ORG_LABELS:
        while end < subtree_end and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == head.ent_type_:
            end += 1
        while end > head.i and doc[end].pos_ in ("ADP", "DET"):
            end -= 1  # the recogniser's "The Office of the | Prime Minister"
    # After an organisation's noun ("Ministry | of Defence"), or where the recogniser's entity stopped
    # short of the name's prepositions ("Tesmar Monitor | for Civil Liberties").
    # Not a party's people ("Democrats | on the House Judiciary Committee") nor a post ("County
    # Supervisor | of Elections Susan Bucher").
    entity_ends = (
        head.ent_type_ == "ORG"
        and head.lower_ not in _words_before_names()
        and (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I")
    )
    noun_named = end == head.i and head.lower_ in lexicon.words("org_nouns.txt")
    # "The Monitor for Civic Freedoms", "the Observatory for Detainee Rights": a capitalised head after
    # "the" with capitalised words after its preposition, which the recogniser did not see
    noun_named = noun_named or (end == head.i and _a_body_named_with_a_preposition(head))
    while (noun_named or entity_ends) and end + 2 <= subtree_end:
        if not _name_preposition(doc[end + 1], doc[end + 2]) or (
            not noun_named and doc[end + 1].lower_ == "on"
        ):
            break
        the = 1 if doc[end + 2].lower_ == "the" and end + 3 <= subtree_end else 0  # "Office of the Leader"
        word = doc[end + 2 + the]
        if word.pos_ != "PROPN" or not word.text[:1].isupper() or word.lower_ in lexicon.DAYS_AND_MONTHS:
            break  # not "The National Liberation Front on Monday asked"
        if doc[end + 1].lower_ == "for" and _another_body_from(word):
            break  # "Merrow Research | for the Eastport Ledger": the client, a body of its own
        end += 2 + the
        while end < subtree_end:
            if (
                doc[end + 1].pos_ == "PROPN"
                and doc[end + 1].text[:1].isupper()
                and doc[end + 1].ent_type_ != "PERSON"
            ):
                end += 1
            elif (
                doc[end + 1].tag_ == "POS"
                and end + 2 <= subtree_end
                and doc[end + 2].pos_ == "PROPN"
                and doc[end + 2].text[:1].isupper()
            ):
                end += 2  # "Committee on Veterans' | Affairs"
            else:
                break
    if end > head.i and (noun_named or entity_ends):
        end = _and_more_of_the_name(head, end, subtree_end)
    while end > head.i and doc[end].pos_ in ("ADP", "CCONJ", "DET", "PUNCT"):
        end -= 1  # never end on "of", "and", "the" or a comma
    return [doc[i] for i in range(head.i + 1, end + 1)]


def _another_body_from(word: Token) -> bool:
    """The capitalised words from ``word`` name a paper of their own (a poll's client; not "the
    Campaign for | Kelso Hospital", whose cause is a body's name too)."""
    doc = word.doc
    end = word.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title:
        end += 1
    toks = list(doc[word.i : end + 1])
    run = [t.text for t in toks]
    return len(run) >= 2 and (is_outlet(toks) or lexicon.paper_named(run))


def _and_more_of_the_name(head: Token, end: int, subtree_end: int) -> int:
    """ "The Office for Fair Trading | and Markets": capitalised words joined by "and" to the words
    after the name's preposition, which go on with it; not another body or a person's title ("the
    Ministry of Defence and Interior Ministry", "… and Foreign Minister Ida Marr")."""
    doc = head.doc
    if doc[end].lower_ in ("and", "&"):
        end -= 1  # (the recogniser's entity may end on the "and")
    if end + 2 > subtree_end or doc[end + 1].lower_ not in ("and", "&"):
        return end
    last = end + 1
    while (
        last + 1 <= subtree_end
        and doc[last + 1].pos_ in ("PROPN", "NOUN")  # (the tagger's "Harbours")
        and doc[last + 1].is_title
        and doc[last + 1].ent_type_ != "PERSON"
    ):
        last += 1
    joined = doc[end + 2 : last + 1]
    if not len(joined) or joined[0].dep_ != "conj" or not head.i < joined[0].head.i <= end:
        return end
    if any(t.lower_ in lexicon.organisation_words() or t.lower_ in _words_before_names() for t in joined):
        return end
    return last


def _is_dateline(head: Token) -> bool:
    """An all-capitals place name opening its paragraph or followed by a dash, as datelines open
    wire stories ("DRAVIN —", "DRAVIN, June 29 (KNA) —")."""
    doc = head.doc
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is None or len(head.text) <= 2:
        return False
    if not head.text.isupper():
        # "Dolmar, March 2, ARNA -- Foreign Minister …": a place as a name, with its date
        return head.i == 0 and after.text == "," and DATELINE.match(whole_text(doc)) is not None
    first = head.i  # "AL-QARIM", "PORT-AUBRAC": back over the hyphenated parts
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 2].whitespace_
        and doc[first - 2].text.isupper()
    ):
        first -= 2
    if after.text in ("—", "―", "–", "--", "-"):
        return True
    # "DRAVIN, June 29 (KNA) —", not "KNA, quoting the minister, said": a date or agency and a dash follow
    return (
        first == 0
        and after.text in (",", "(")
        and DATELINE.match(whole_text(doc)[doc[first].idx :]) is not None
    )


def _text_of(toks: list[Token]) -> str:
    """The text the tokens cover, as written."""
    return whole_text(toks[0].doc)[toks[0].idx : toks[-1].idx + len(toks[-1].text)]


EZAFE = frozenset({"e", "ye", "i", "yi"})


def _ezafe_before(tok: Token) -> list[Token] | None:
    """ "Sobh-e": a capitalised word, a hyphen and the Persian linking "e" written without spaces,
    right before a name's next word: all of it is the name's."""
    doc = tok.doc
    if tok.lower_ not in EZAFE or tok.i < 2 or not tok.whitespace_:
        return None
    hyphen, word = doc[tok.i - 1], doc[tok.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or not word.text[:1].isupper():
        return None
    return [word, hyphen, tok]


def _join_hyphens(toks: list[Token]) -> list[Token]:
    """Extend a name over hyphens written without spaces: "Ilse Brannock-Varga"."""
    if not toks:
        return toks
    doc = toks[0].doc
    first = toks[0].i
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 1].whitespace_
        and not doc[first - 2].whitespace_
    ):
        first -= 2
    return [doc[i] for i in range(first, toks[-1].i + 1)]


def _share_of(head: Token, toks: list[Token]) -> list[Token]:
    """ "Nearly 6 in 10 said": the parser hung "in 10" on the verb; the share is the speaker."""
    if head.pos_ != "NUM" or not toks:
        return []
    doc, end = head.doc, toks[-1].i
    if end + 2 < len(doc) and doc[end + 1].lower_ == "in" and doc[end + 2].pos_ == "NUM":
        return [doc[end + 1], doc[end + 2]]
    return []


def occasion_after_name(prep: Token) -> bool:
    """ "said Grete Lindqvist at the launch of the report": an occasion the parser hung on the
    speaker's name, which is where the words were said, not who said them."""
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "during", "in", "on", "by", "via"):
        return False
    name = prep.head
    # '“…,” said Lindqvist in a statement', '… said the spokesman on X.': what ends an attribution
    # after its verb, where nothing of the speaker's phrase comes after it
    closing = name.dep_ == "nsubj" and name.head.i < name.i and name.right_edge.i == prep.right_edge.i
    if name.pos_ != "PROPN" and not closing:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if prep.lower_ in ("at", "during") and name.pos_ != "PROPN":
        # "said the spokesman at a briefing"; not "said a senior editor at the paper" (where she works)
        return obj.lower_ in OCCASIONS
    if prep.lower_ in ("at", "during"):
        return obj.lower_ in lexicon.words("venue_nouns.txt") or (closing and obj.lower_ == "call")
    if not closing:
        return False
    if prep.lower_ in ("by", "via"):
        return obj.lower_ in BY_WIRE  # "said Dunn by phone"
    if prep.lower_ == "on":
        # "said Lindqvist on X", "on the earnings call", "on state television" (not "a source on
        # the panel", one of its members)
        return (
            obj.text == "X"
            or obj.lower_ == "call"
            or obj.lower_ in ON_AIR
            # "said Kell on Sky News", "on BBC Radio Kent"
            or (obj.pos_ == "PROPN" and any(t.text in BROADCAST_NAME_WORDS for t in obj.subtree))
        )
    return obj.lower_ in lexicon.words("venue_nouns.txt") and any(
        c.dep_ in ("det", "poss", "amod", "compound") for c in obj.children
    )  # "in a statement", "in his speech" ("on television" names none: not "on behalf")


# Occasions words are said at, never a workplace: "at a briefing", "during the call".
OCCASIONS = frozenset(
    {"statement", "interview", "meeting", "hearing", "call", "briefing", "conference", "rally", "summit"}
    | {"panel", "symposium", "webinar", "event", "launch", "ceremony", "debate", "session", "vigil"}
    | {"funeral", "memorial", "gathering", "forum", "speech", "address", "lecture", "inauguration"}
    | {"unveiling", "sermon", "prayers", "appearance", "sidelines", "discussion", "inquest", "trial"}
)
BROADCAST_NAME_WORDS = frozenset({"TV", "Radio", "News", "Channel", "FM", "Television"})
# What words are said on: a platform, a broadcast.
ON_AIR = frozenset(name.lower() for name in lexicon.PLATFORM_NAMES - {"X", "VK"}) | frozenset(
    {"substack", "vkontakte", "television", "tv", "radio", "podcast", "show", "programme", "program"}
    | {"livestream", "air", "website", "blog"}
)
# How words reach a reporter from afar: "said by phone", "told the Ledger by telephone".
BY_WIRE = frozenset({"phone", "telephone", "email", "e-mail", "videolink", "text", "satphone"})


def _one_body_s_name(first: Token, last: Token) -> bool:
    """ "Devon and Cornwall Police", "Kent Fire and Rescue Service": words joined by "and" that the
    recognised names hold as one organisation's name, not two speakers."""
    doc = first.doc
    start = first.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # "Kent | Fire and Rescue Service": the name may begin before the head
    return doc[start].ent_iob_ == "B" and all(
        t.ent_type_ == "ORG" and (t.i == start or t.ent_iob_ == "I") for t in doc[start : last.i + 1]
    )


def _absolute(appositive: Token) -> bool:
    """ "Marsh, his hands on the wheel,": how the speaker is, not who: a possessive, a noun that is
    no role, and where it is."""
    return (
        appositive.left_edge.lower_ in ("his", "her", "their")
        and appositive.lower_ not in _person_words()
        and any(c.dep_ == "prep" for c in appositive.children)
    )


# Doing, not being: "addressing supporters", never "acting director" or "ranking member".
ASIDE_PARTICIPLES = frozenset(
    {"addressing", "speaking", "answering", "responding", "replying", "talking", "briefing", "greeting"}
    | {"telling", "testifying", "writing", "campaigning", "touring", "meeting", "thanking", "urging"}
)


def _participle_read_as_a_modifier(appositive: Token) -> bool:
    """ "Lina Marouf, addressing supporters in Kesh, said": a participle the parser read as a
    modifier of its object ("addressing" of "supporters"), the object as the name's apposition:
    what the speaker was doing, not who she is."""
    first = appositive.left_edge
    return (
        first.head == appositive and first.dep_ in ("amod", "compound") and first.lower_ in ASIDE_PARTICIPLES
    )


def _asides(head: Token) -> frozenset[int]:
    """What a speaker phrase leaves out:

    - a participle set off by a comma after the name ("Trump, speaking to a veterans group in
      Virginia, said"), even one the parser read as a modifier ("Marouf, addressing supporters, said");
    - words before a name that end at a comma or a dash ("… the election, Minyon Moore said",
      "predictable - Donald J. Trump said");
    - a leading "even" ("Even China said");
    - a relative clause that reports a statement of its own ("Cruz, who says the polls have
      tightened, said"): that clause is its own statement, with "who" for its speaker;
    - a clause about a thing that closes the phrase ("Ana Lee, head of the dockers' union, which
      has 4,000 members, said"): it tells the reader about the union, not who spoke;
    - an occasion hung on the name ("said Grete Lindqvist at the launch of the report").

    An aside about the speaker ("Ilse Varga, who led the talks, said"; "Ilse Varga, a lawyer for
    the union, said") stays."""
    doc = head.doc
    out: set[int] = set()
    for tok in head.children:
        if tok.i > head.i and occasion_after_name(tok):
            out.update(range(tok.i, tok.right_edge.i + 1))  # "Lindqvist at the launch of the report"
    for tok in head.subtree:
        first = tok.left_edge.i
        # set off by a comma, or a participle by a dash ("Castellano — speaking to reporters — said",
        # red team 193)
        dashed = (
            doc[first - 1].text in ("—", "–", "--") and tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG"
        )
        if tok.i <= head.i or first <= head.i or (doc[first - 1].text != "," and not dashed):
            continue
        if tok.head != head:
            appositive = tok.head.dep_ == "appos" and tok.head.head == head
            if appositive and tok.dep_ == "relcl" and _reports(tok):
                # "her son, Pavel Velikov, who said she had been ill": the appositive's clause too
                out.update(range(first - 1, tok.right_edge.i + 1))
            continue
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if tok.dep_ == "appos" and (_absolute(tok) or _participle_read_as_a_modifier(tok)):
            out.update(range(first - 1, tok.right_edge.i + 1))  # "said Marsh, his hands on the wheel,"
        elif tok.dep_ in ("acl", "advcl") and (tok.tag_ in ("VBG", "VBN") or not own_subject):
            out.update(range(first - 1, tok.right_edge.i + 1))  # "Trump, speaking to …"
        elif tok.dep_ == "relcl" and _reports(tok):
            out.update(range(first - 1, tok.right_edge.i + 1))  # "Cruz, who says the polls have tightened,"
    last_word = max((t.i for t in head.subtree if not t.is_punct), default=head.i)
    for tok in head.subtree:
        # "Mulgrew, president of the teachers' union, which represents 75,000 educators, said": a
        # clause about a thing closing the phrase tells the reader about it, not who spoke.
        opening = tok.left_edge
        if (
            tok.dep_ == "relcl"
            and opening.lower_ in THING_RELATIVES
            and opening.i > head.i
            and doc[opening.i - 1].text == ","
            and tok.right_edge.i >= last_word
        ):
            out.update(range(opening.i - 1, tok.right_edge.i + 1))
    if head.pos_ == "PROPN":
        name_start = min(
            (c.i for c in head.children if c.dep_ in ("compound", "flat") and c.i < head.i), default=head.i
        )
        for i in range(name_start - 1, head.left_edge.i - 1, -1):
            spaced = doc[i].whitespace_ != "" and i > 0 and doc[i - 1].whitespace_ != ""
            if doc[i].text == "," or (doc[i].text in ("-", "--", "—", "–") and spaced):
                out.update(range(head.left_edge.i, i + 1))
                break
    for child in head.lefts:  # "Twenty years ago, a Herald article hailed …": when, not who
        after = child.right_edge.i + 1
        if child.dep_ in LEADING_ADVERBIALS and after < head.i and doc[after].text == ",":
            out.update(range(child.left_edge.i, after + 1))
    last = head.right_edge
    dated = [c for c in head.children if c.i > head.i and c.right_edge == last and _dates(c)]
    if dated and doc[dated[0].left_edge.i - 1].text != ",":
        out.update(range(dated[0].left_edge.i, last.i + 1))  # "The front on Monday asked …": when, not who
    leftmost = head.left_edge
    if leftmost.i < head.i and leftmost.lower_ == "even":
        out.add(leftmost.i)
    return frozenset(out)


THING_RELATIVES = frozenset({"which", "where"})
# Characters that never open a speaker's words: list dashes, markup and quotation marks left over.
LEADING_RESIDUE = "-—–\"'“”‘’>.\u202a\u202c "
NOT_SPEAKERS = frozenset({"s", "and", "or", "but"})  # what is left of "’s" or "—and" once trimmed
# What the parser may hang before a speaker it took for the sentence's root, set off by a comma.
LEADING_ADVERBIALS = frozenset({"advmod", "npadvmod", "prep", "advcl", "intj"})


def _reports(verb: Token) -> bool:
    """A verb of saying, the head of a clause that is a statement of its own."""
    return verb.lower_ in lexicon.cue_forms()  # cached by the lexicon


def _dates(tok: Token) -> bool:
    """ "on Monday", "on June 23", "last week", "Monday": a date the parser hung on a speaker."""
    if tok.dep_ == "npadvmod":
        word: Token | None = tok
    elif tok.dep_ == "prep" and tok.lower_ in ("on", "at"):
        word = next((c for c in tok.children if c.dep_ == "pobj"), None)
    else:
        return False
    if word is None:
        return False
    if tok.lower_ == "at":
        return word.lower_ in ("time", "point")  # "Trump at the time said …", "at one point"
    relative = word.lower_ in ("week", "month", "year", "weekend") and any(
        c.lower_ in ("last", "this") for c in word.children
    )
    return (
        relative
        or word.lower_ in lexicon.WEEKDAYS
        or (word.lower_ in lexicon.MONTHS and word.lower_ != "may")
    )


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# What an antecedent must be to speak through a relative pronoun: "a reporter who asked", "the
# union, which said"; "who" also stands for a bare name of unknown type ("Brisk, who called").
WHO_SPEAKER_TYPES = frozenset({"person", "anonymous", "group", "organization"})
WHICH_SPEAKER_TYPES = frozenset({"group", "organization"})
PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "from", "near"})


def _can_speak_through(pronoun: Token, antecedent: SpeakerPhrase) -> bool:
    """Whether the antecedent is something that speaks, and the clause says who it is: a name only
    through a clause set off by a comma ("Brisk, who …"); "Republicans who suggest …" are some
    Republicans, not the party."""
    if antecedent.name is not None and not (_set_off(pronoun) or _cleft(pronoun)):
        return False
    if pronoun.lower_ in ("who", "whom"):
        return antecedent.name is not None or antecedent.type in WHO_SPEAKER_TYPES
    if pronoun.lower_ == "that":  # "the official that said …" as well as "the agency that said …"
        return antecedent.type in WHO_SPEAKER_TYPES
    return antecedent.type in WHICH_SPEAKER_TYPES  # "which": never a date or a film


def _cleft(pronoun: Token) -> bool:
    """ "It was the Dravin Courier that first reported …": the clause says who, as a comma would."""
    antecedent = pronoun.head.head
    verb = antecedent.head
    return antecedent.dep_ == "attr" and any(c.lower_ == "it" and c.dep_ == "nsubj" for c in verb.children)


def _set_off(pronoun: Token) -> bool:
    """A comma or a dash right before the pronoun: a non-restrictive clause."""
    return pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text in (",", "—", "–", "--", "-")


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a relative pronoun stands for, by the parse: "Brisk" in "Brisk, who called …".

    A "who" the parser attached to a place or an organisation inside a prepositional phrase or an
    appositive is about the person that phrase describes ("Democrats on Capitol Hill, who …",
    "Howard Vell, an analyst at Jefferies, who …")."""
    clause = head.head
    if head.lower_ not in RELATIVE_PRONOUNS or clause.dep_ != "relcl" or clause == head:
        return None
    antecedent = clause.head
    if head.lower_ in ("who", "whom"):
        if antecedent.dep_ == "pobj" and antecedent.pos_ == "PROPN":
            place = antecedent.head.lower_ in PLACE_PREPOSITIONS  # "councillors on Castle Hill"
            if antecedent.ent_type_ != "PERSON" or place:
                antecedent = antecedent.head.head
        if antecedent.dep_ == "appos":
            antecedent = antecedent.head
    elif head.lower_ == "which" and antecedent.dep_ == "pobj" and antecedent.head.lower_ in ("by", "from"):
        document = antecedent.head.head  # "a post by Artem Sokol, which said …": the post says it
        if document.lower_ in lexicon.words("issued_documents.txt"):
            antecedent = document
    if antecedent.conjuncts:
        return None  # "A, B and C, who …": all of them, or only C? The parse does not tell.
    return antecedent if antecedent.pos_ in ("PROPN", "NOUN") and antecedent.i < head.i else None


TITLE_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "case"})  # "Selm police spokeswoman"


def _detached_titles(first: Token) -> list[Token]:
    """Abbreviated titles the tokenizer split off before a name ("Cllr. | Odo Brant", "Det. Insp. |
    Hana Rusk"): each a title word written with its full stop, right before ``first``, with the
    words that describe the first of them ("Selm police spokeswoman Sgt. | Ana Bell")."""
    doc = first.doc
    titles = lexicon.titles()
    start = first.i
    while (
        start >= 2
        and doc[start - 1].text == "."
        and not doc[start - 2].whitespace_
        and f"{doc[start - 2].lower_}." in titles
    ):
        start -= 2
    if start < first.i:
        described = doc[start].left_edge.i
        if all(doc[i].dep_ in TITLE_MODIFIERS for i in range(described, start)):
            start = described
    return [doc[i] for i in range(start, first.i)]


QUOTED_NAME = r"[«“\"„‹‘'](?P<name>[A-Z][^«»“”\"„‹›\n]{0,60}?)(?<![,.!?;:])[»”\"“›’']"
NAME_IN_QUOTES_BEFORE = re.compile(rf"(?:\b[Tt]he\s+)?{QUOTED_NAME}\s*$")
NAME_IN_QUOTES_AFTER = re.compile(rf"\s*{QUOTED_NAME}")


def _outlet_named_in_quotes(head: Token, base: int) -> SpeakerPhrase | None:
    """ "«Der Morgen» newspaper quoted …", "the newspaper «Izvestia» wrote": translated agency copy
    sets an outlet's name in quotation marks beside the noun for it. The marks are part of the
    phrase, the name is the quoted words."""
    if head.lower_ not in lexicon.OUTLET_NOUNS or head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    text = whole_text(head.doc)
    end = head.idx + len(head.text)
    before = NAME_IN_QUOTES_BEFORE.search(text, max(0, head.idx - 80), head.idx)
    if before is not None:
        start = before.start()
        name = before.group("name")
    else:
        after = NAME_IN_QUOTES_AFTER.match(text, end)
        if after is None:
            return None
        determiner = head.doc[head.i - 1] if head.i > 0 else None
        start = determiner.idx if determiner is not None and determiner.lower_ == "the" else head.idx
        name, end = after.group("name"), after.end()
    return SpeakerPhrase(
        Span(base + start, base + end), text[start:end], name, head.text, "organization", head.lower_
    )


def _issuer_of_document(head: Token, inside_quote: frozenset[int]) -> Token | None:
    """Who a document speaking as subject comes from: "a statement from the front", "a letter by
    30 deputies", "a statement issued by the ministry", "the ministry's statement"."""
    if head.pos_ != "NOUN":
        return None
    if _editors(head):
        # "The Northgate Herald's editorial board wrote", "the editorial board of the Valemont Star":
        # the board speaks as its paper
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN" and child.i not in inside_quote:
                return None if _a_person_s_name(child) else child  # not "Lina Park's editors"
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj" and c.i not in inside_quote), None)
                if obj is not None and obj.pos_ == "PROPN":
                    return obj
        return None
    if head.lower_ not in lexicon.words("issued_documents.txt"):
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN") and child.i not in inside_quote:
            # "Sanders’ email": a name, or the parser's plural? "Mendes’s book" is the name's
            misread = child.tag_ == "NNS" and child.text[:1].isupper()
            misread = misread and not any(c.lower_ in ("’s", "'s") for c in child.children)
            return None if misread else child
        by = child
        if child.dep_ == "acl" and child.lemma_.lower() in (
            "issue",
            "release",
            "send",
            "sign",
            "publish",
            "deliver",
        ):
            by = next((c for c in child.children if c.dep_ == "agent"), child)
        if by.dep_ in ("prep", "agent") and by.lower_ in ("from", "by"):
            obj = next((c for c in by.children if c.dep_ == "pobj" and c.i not in inside_quote), None)
            if (
                obj is not None
                and by is not child
                and child.lemma_.lower() == "deliver"
                and not _a_person_s_name(obj)
            ):
                continue  # "delivered by television", "by Zoom": how, not who (but "by Ayatollah X")
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


def _a_person_s_name(name: Token) -> bool:
    """A name the recogniser or a title before it shows to be a person's."""
    words = [t for t in name.subtree if t.i <= name.i and t.pos_ == "PROPN"]
    return (
        name.ent_type_ == "PERSON"
        or any(t.lower_ in lexicon.titles() for t in words)
        or (len(words) >= 2 and words[0].lower_ in _given_names())
    )


# Surnames a court gives those it does not name, numbered when there are several ("John Doe 3").
PSEUDONYM_SURNAMES = frozenset({"Doe", "Roe"})


def _numbered(word: Token) -> str | None:
    """The number right after ``word``, when one follows it."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return after.text if after is not None and after.is_digit and len(after.text) <= 3 else None


def _editors(head: Token) -> bool:
    """A paper's editors or its editorial board, by which it speaks."""
    return head.lower_ == "editors" or (
        head.lower_ in ("board", "team", "staff") and any(c.lower_ == "editorial" for c in head.children)
    )


def _without_a_cut_aside(head: Token, toks: list[Token], inside_quote: frozenset[int]) -> list[Token]:
    """ "Ahmad Tehrani, whose film “Winter Orchard” was banned", "Del. Marcia “Cia” Price": a short
    quotation inside the phrase (a title, a nickname) is part of it; a longer one cuts it, and the
    aside it cut ends at the comma that opened it ("Jon Meacham, the author of" is "Jon Meacham")."""
    if not toks or toks[-1].i <= head.i:
        return toks
    doc = head.doc
    after = toks[-1].i + 1
    if after >= len(doc) or after not in inside_quote or not head.is_ancestor(doc[after]):
        return toks  # not cut by a quotation
    run = [after]
    while run[-1] + 1 < len(doc) and run[-1] + 1 in inside_quote:
        run.append(run[-1] + 1)
    resumes = run[-1] + 1 < len(doc) and head.is_ancestor(doc[run[-1] + 1])
    if len(run) <= SHORT_QUOTATION and resumes and all(head.is_ancestor(doc[i]) for i in run):
        return contiguous_subtree(head, exclude=(inside_quote - frozenset(run)) | _asides(head))
    commas = [k for k, t in enumerate(toks) if t.text == "," and t.i > head.i]
    return toks[: commas[-1]] if commas else toks


SHORT_QUOTATION = 6  # tokens, marks included: "“Winter Orchard”", "“Cia”"


def _aside_read_as_the_subject(head: Token, base: int, inside_quote: frozenset[int]) -> SpeakerPhrase | None:
    """ "Writing on Facebook, the mayor of Sadek, Ivo Rem, said …": the parser made the opening
    participle the subject and hung the speaker on its object as appositions; the speaker is the
    appositions, the name the last of them."""
    if (
        head.tag_ != "VBG"
        or head.lower_ not in ASIDE_PARTICIPLES
        or head.dep_ != "nsubj"
        or head.left_edge.i != head.i
    ):
        return None
    appositives = sorted(
        (t for t in head.subtree if t.dep_ == "appos" or (t.dep_ == "npadvmod" and t.pos_ == "PROPN")),
        key=lambda t: t.i,
    )
    if not appositives or appositives[-1].pos_ != "PROPN":
        return None
    described = speaker_phrase(appositives[-1], base, inside_quote)
    if described is None or described.type not in ("person", "unknown"):
        return None
    first = appositives[0].left_edge
    start = base + first.idx
    text = whole_text(head.doc)[start - base : described.span.end - base]
    role = None
    if len(appositives) > 1:
        role_span = token_span([t for t in appositives[0].subtree if t.dep_ != "det"], base)
        role = whole_text(head.doc)[role_span.start - base : role_span.end - base] if role_span else None
    return replace(described, span=Span(start, described.span.end), text=text, role=role or described.role)


# Words for one more of those already quoted: "said another, Eva Lindqvist".
ANOTHER = frozenset({"another", "one", "other"})


def _another_named(head: Token, inside_quote: frozenset[int]) -> Token | None:
    """The name right after "another," that the parser made a subject of the same verb."""
    doc = head.doc
    if head.lower_ not in ANOTHER or head.pos_ not in ("DET", "PRON", "NUM") or head.i + 2 >= len(doc):
        return None
    if doc[head.i + 1].text != "," or head.i + 2 in inside_quote:
        return None
    return next(
        (
            c
            for c in head.head.children
            if c.dep_ == head.dep_
            and c.pos_ == "PROPN"
            and c.left_edge.i == head.i + 2
            and c.ent_type_ == "PERSON"
        ),
        None,
    )


def _two_people_named(toks: list[Token]) -> bool:
    """A subject naming two people joined by "and", each with a title or role of their own
    ("Prosecutor Ana Leik and defence attorney Bram Oduya"), whichever way the parser hung them."""
    for t in toks:
        if t.dep_ != "cc" or t.lower_ != "and" or t.ent_type_:
            continue
        before = [x for x in toks if t.i - 6 <= x.i < t.i]
        after = [x for x in toks if t.i < x.i <= t.i + 7]
        if any(x.tag_ == "POS" and _a_full_name_ends(x.doc[x.i - 1]) for x in toks if x.i > t.i + 1):
            continue  # "Ana Lind and Piotr Vask's lawyer": the lawyer (not "and Reuters’ Luciana Lopez")
        if any(x.pos_ in ("ADP", "VERB", "AUX") or x.lower_ in ("who", "whose") for x in toks if x.i < t.i):
            continue  # "Gene Sperling, an adviser to President Bill Clinton and President Obama": one
        if not before or not _a_full_name_ends(before[-1]):
            continue
        # the second name, after titles and roles only: "and defence attorney Bram Oduya"
        related = False  # "and his wife Michelle": a relative, by a given name alone
        for x in after:
            if _a_full_name_ends(x) or (related and _a_person_s_name_ends(x)):
                return True
            related = related or x.tag_ == "PRP$"
            if not (
                x.pos_ in ("NOUN", "PROPN", "ADJ", "DET") or x.lower_ in _person_words() or x.tag_ == "PRP$"
            ):
                break
    return False


def _a_full_name_ends(t: Token) -> bool:
    """A person's name of two words or more ends at ``t``: "Ana Leik", "Alex Seitz-Wald", not the
    "Johnson" of "Former Johnson and Johnson executive Ana Leikford" (a firm's "and")."""
    if not _a_person_s_name_ends(t):
        return False
    doc = t.doc
    k = t.i - 1
    while k > 1 and doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_:
        k -= 2  # "Seitz-Wald": one word of the name
    before = doc[k] if k >= 0 and k < t.i else None
    return (
        before is not None
        and before.pos_ == "PROPN"
        and before.is_title
        and before.lower_ not in _person_words()
    )


def _a_person_s_name_ends(t: Token) -> bool:
    """The recogniser's person, or, in a paragraph it did not read, a name's second capitalised word."""
    if t.ent_type_:
        return t.ent_type_ == "PERSON"
    return (
        t.tag_ == "NNP"
        and t.i > 0
        and t.doc[t.i - 1].tag_ == "NNP"
        and t.is_title
        and t.doc[t.i - 1].is_title
        and t.doc[t.i - 1].lower_ not in _person_words()
        and t.lower_ not in _person_words()
    )


def speaker_phrase(head: Token, base: int, inside_quote: frozenset[int]) -> SpeakerPhrase | None:
    """Describe the speaker phrase headed by ``head`` (the subject of a cue, or the object of 'according to').

    A relative pronoun ("Brisk, who called the plan a disgrace") keeps its own span and takes its
    antecedent's name, role and type."""
    antecedent = _relative_antecedent(head)
    if antecedent is not None:
        own = token_span([head], base)
        if own is None:
            return None
        described = speaker_phrase(antecedent, base, inside_quote | {head.i})
        if described is not None and (
            _can_speak_through(head, described)
            # "a post by the blogger Artem Sokol that said …": the document speaks for its author
            or (
                head.lower_ in ("that", "which") and _issuer_of_document(antecedent, inside_quote) is not None
            )
        ):
            # A named antecedent's role is read off a phrase that holds the relative clause: leave it.
            # An antecedent with neither name nor role is described by its words ("rights groups,
            # who said …"), so "who" says whom it stands for.
            role = None if described.name else described.role or _short_description(described.text)
            kind = described.type
            one_word = described.name is not None and " " not in described.name
            if head.lower_ in ("who", "whom") and kind == "organization" and one_word:
                kind = "unknown"  # "McConnell, who …": the recogniser's organisation, but "who" is someone
            return replace(described, span=own, text=head.text, role=role, type=kind, head_lower=head.lower_)
        if (
            described is not None
            and head.lower_ in ("that", "which")
            and lexicon.inscribed(antecedent.lower_)
        ):
            # "a banner that read “…”": the banner, no one's, not "that" (up to the relative pronoun)
            if described.span.start < own.start < described.span.end:
                lead = whole_text(head.doc)[described.span.start - base : own.start - base].rstrip(" ,—–-")
                described = replace(
                    described, span=Span(described.span.start, described.span.start + len(lead)), text=lead
                )
            return described
    outlet = _outlet_named_in_quotes(head, base)
    if outlet is not None:
        return outlet
    aside = _aside_read_as_the_subject(head, base, inside_quote)
    if aside is not None:
        return aside
    named = _another_named(head, inside_quote)
    if named is not None and (described := speaker_phrase(named, base, inside_quote)) is not None:
        # "said another, Eva Lindqvist": the parser made the name a second subject
        from_another = Span(base + head.idx, described.span.end)
        text = whole_text(head.doc)[from_another.start - base : from_another.end - base]
        return replace(described, span=from_another, text=text)
    issuer = _issuer_of_document(head, inside_quote)
    if issuer is not None:
        # "A statement from the front said …": the words are the front's; the phrase stays whole
        whole = token_span(contiguous_subtree(head, exclude=inside_quote | _asides(head)), base)
        described = speaker_phrase(issuer, base, inside_quote)
        # an author of no known kind, named after "by"/"from", still speaks: "by the account @IronTalvesa"
        named_author = described is not None and described.name is not None and issuer.dep_ == "pobj"
        if whole is not None and described is not None and (described.type != "unknown" or named_author):
            text = whole_text(head.doc)[whole.start - base : whole.end - base]
            return replace(described, span=whole, text=text)
    toks = _without_a_cut_aside(
        head, contiguous_subtree(head, exclude=inside_quote | _asides(head)), inside_quote
    )
    toks += _share_of(head, toks)
    spanned = {t.i for t in toks}
    detached = _detached_titles(toks[0]) if toks else []
    span = token_span([*detached, *toks], base)
    if span is None:
        return None
    doc_text = whole_text(head.doc)
    text = doc_text[span.start - base : span.end - base]
    dateline = DATELINE.match(text) or COLON_DATELINE.match(text)
    if dateline and dateline.end() < len(text) and not WORD_HYPHEN.match(text, dateline.end() - 2):
        span = Span(span.start + dateline.end(), span.end)  # "FLINT, Mich., Oct. 4 (UPI) — Bill Clinton"
        text = text[dateline.end() :]
    if _is_dateline(head):
        # "DRAVIN — …": the parser took the dateline for the subject; "AL-QARIM, Nov 30 - The
        # mayor, Ali Haddad, said": the speaker is the phrase it took for the dateline's apposition
        after = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.i not in inside_quote]
        return speaker_phrase(after[0], base, inside_quote) if after else None
    if text.count("(") > text.count(")"):  # "Sen. Bernie Sanders (I-Vt.)": the tokens cut at "Vt"
        closing = re.match(r"\.?\)", doc_text[span.end - base : span.end - base + 2])
        if closing is not None:
            span, text = Span(span.start, span.end + closing.end()), text + closing.group()
    residue = len(text) - len(text.lstrip(LEADING_RESIDUE))
    if residue:  # "-Pollster Ann Selzer says", '">Sanders said': a dash or markup left before the words
        span, text = Span(span.start + residue, span.end), text[residue:]
    if not text or text.split()[0].lower() in NOT_SPEAKERS:
        return None  # "Pence’s call for …", "—and promised": a possessive or a link word, no one
    if _two_people_named(toks):
        # "Health Minister Oriana Pelk and Chief Medical Officer Tamsin Ruel said": both, not the first
        return SpeakerPhrase(span, text, None, None, "group", head.lower_)
    name_toks = _name_tokens(head)
    if (
        len(name_toks) == 1
        and head.is_sent_start
        and head.lower_ in _person_words()
        and _appositive_name(head) is not None
    ):
        name_toks = []  # "Lawyer for the bank, Priya Natarajan, told": a role, capitalised to open the sentence
    if name_toks == [head] and head.text.isupper() and head.lower_ in ROLE_ABBREVIATIONS:
        name_toks = []  # "The CM said", "the DCP told": an office abbreviated, no body's name
    elif (
        name_toks == [head]
        and head.text.isupper()
        and head.lower_ in OFFICE_LETTERS_BEFORE_A_NAME
        and _appositive_name(head) is not None
    ):
        name_toks = []  # "The CPS, Mr Tunde Adeyemi, said": the chief press secretary
    appos_name = (
        _appositive_name(head)
        if not name_toks or _is_title_only(name_toks) or _an_office_in_capitals(name_toks)
        else None
    )
    if appos_name is None and name_toks[-1:] == [head] and head.lower_ in lexicon.titles():
        appos_name = _name_after_an_office(head)  # "UN High Commissioner for Refugees Amara Oyelaran"
    if appos_name is None and not name_toks and head.pos_ == "NOUN" and head.lower_ in lexicon.OUTLET_NOUNS:
        appos_name = _outlet_s_name_before_its_noun(
            head
        )  # "The Tasnim news agency", "the Kelso Herald newspaper"
    if appos_name is None and not name_toks:
        appos_name = _alias(head)  # "The militia's leader, known as Commander Drago, said"
    if appos_name is not None:
        # "the NLF leader, Samira Tovek": the name is in the appositive, the role is the head phrase.
        titles = {t.i for t in _title_appositives(head) if t.i < appos_name[0].i}
        # "former chief of staff, Linda Asare", "The MP for Eastfield, Samuel Darko": the role's own
        # "of"/"for" phrase, right before the comma that opens the name
        doc = head.doc
        for c in head.children:
            if c.dep_ != "prep" or c.i != head.i + 1 or c.lower_ not in OFFICE_PREPOSITIONS:
                continue
            # where the phrase ends: before the name, when the parser hung the name inside it ("The
            # speaker of parliament, Milan Rusnak": the name is the apposition of "parliament")
            end = c.right_edge.i if c.right_edge.i < appos_name[0].i else appos_name[0].i - 2
            if appos_name[-1] in c.children and appos_name[-1].dep_ == "pobj":
                end = appos_name[0].i - 1  # "Minister for Housing Cathal Breathnach": no comma
            if (
                (end + 1 < appos_name[0].i and doc[end + 1].text == ",")
                or end + 1 == appos_name[0].i  # "Minister of Foreign Affairs Sergei Lavrin"
                or _only_a_rank(doc[end + 1 : appos_name[0].i].text)
            ):
                titles |= {t.i for t in c.subtree if t.i <= end}
        in_the_name = {t.i for t in appos_name}
        role_toks = [
            t
            for t in head.subtree
            if (t.i <= head.i or t.i in titles) and t.dep_ not in ("det", "punct") and t.i not in in_the_name
        ]
        role_span = token_span(role_toks, 0)
        appos_role = _without_determiner(doc_text[role_span.start : role_span.end]) if role_span else None
        appos_text = _text_of(appos_name)
        kind = _named_by_its_role(_type(appos_name[-1], appos_name, appos_text), appos_role)
        if kind == "organization" and _a_person_s_role(appos_role, appos_name):
            kind = "person"  # "His son, Dariush", "the head of the judiciary, Gholamhossein Ejei-Far"
        return SpeakerPhrase(span, text, appos_text, _without_styles(appos_role), kind, head.lower_)
    honorific = any(t.lower_ in lexicon.HONORIFICS for t in head.subtree if t.i <= head.i)
    if name_toks and (_is_title_only(name_toks) or _an_office_in_capitals(name_toks)) and not honorific:
        # "the Interior Minister": a title, not a name; the whole title is the role.
        role_toks = [
            t for t in head.subtree if head.i - 4 <= t.i <= head.i and t.dep_ not in ("det", "punct")
        ]
        role_span = token_span(role_toks, 0)
        title_role = _without_determiner(doc_text[role_span.start : role_span.end]) if role_span else None
        role = _without_styles(_undated(title_role, head))  # "His Highness" alone: no role
        role = _without_determiner(role) if role else None  # "His Excellency the President"
        return SpeakerPhrase(span, text, None, role, "person", head.lower_)
    joined = [
        c
        for c in head.children
        if c.dep_ == "conj"
        and c.i in spanned
        and (
            c.pos_ == "PROPN"
            or (
                c.pos_ == "NOUN"
                and (c.lower_ in _person_words() or c.lower_.removesuffix("s") in _person_words())
                and _joined_directly(head, c)
            )
        )
    ]  # "Bill and Hillary Clinton", "President Rahbari and his counterpart, Emir Hamad", "Solvang and her colleagues"
    if (
        name_toks
        and joined
        and not any(c.dep_ == "cc" and c.text == "&" for c in head.children)
        and not _one_body_s_name(head, joined[-1])
    ):
        return SpeakerPhrase(span, text, None, None, "group", head.lower_)
    if _a_national(head, name_toks):
        # "the Dane said", "the Brazilian added": someone described by nationality, no body's name
        return SpeakerPhrase(span, text, None, head.text, "person", head.lower_)
    if (member := _a_party_member_from_a_place(head)) is not None:
        # "the Nevada Democrat said": a member of a party by the state they stand for, no body's name
        return SpeakerPhrase(span, text, None, _text_of(member), "person", head.lower_)
    name = (_text_of(name_toks).lstrip(LEADING_RESIDUE) or None) if name_toks else None
    if name is not None and name_toks[-1].text in PSEUDONYM_SURNAMES and (number := _numbered(name_toks[-1])):
        name = f"{name} {number}"  # "John Doe 3": one of several witnesses the court numbered
    if name is not None and (owner := _owner_of_a_generic_body(head, name_toks)) is not None:
        # "Kessaria's General Staff": every country has one; the owner is part of the name
        name = doc_text[owner.idx : name_toks[-1].idx + len(name_toks[-1].text)]
    named_body = _named_body(head) if name is None else []
    if named_body:
        name = _text_of(named_body)  # "The Green Dawn movement said": its name ends in a common noun
    role = head.lower_ if named_body else _role(head, name_toks, base)
    if name is not None and name.islower() and name.replace("-", "").isalpha() and name_toks == [head]:
        # "Varesh's foreign ministry": the recogniser's organisation is a common noun, not a name;
        # with a named possessor the whole phrase names it
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        name = _text_of([owner, head]) if owner is not None else None
        if owner is not None:
            role = None
        elif describes(head.lower_) or head.lower_ in lexicon.words("org_nouns.txt"):
            # "the foreign ministry in Kerasgrad": the role is the noun and its words
            words = [
                t
                for t in head.subtree
                if head.i - ROLE_WORDS <= t.i <= head.i and t.dep_ not in ("det", "punct")
            ]
            role_span = token_span(words, 0)
            role = _without_determiner(doc_text[role_span.start : role_span.end]) if role_span else role
    elif name is not None and name.islower() and len(name_toks) > 1 and describes(head.lower_):
        name, role = None, name  # "says judiciary chief": a headline's description, tagged as a name
    if detached:
        role = ", ".join(filter(None, (_text_of(detached), role)))  # "Fr., national director of …"
    if (
        name is not None
        and name_toks == [head]
        and lexicon.inscribed(head.lower_)
        and any(c.dep_ == "prep" and c.i > head.i for c in head.children)
    ):
        name_toks, name = [], None  # "Graffiti on the show home reads": no one's name ("Wall told" is)
    kind = _named_by_its_role(_type(head, name_toks, text), role) if name else _type(head, name_toks, text)
    kind = _a_person_by_the_post_after(kind, name_toks, text, role)
    if not name_toks and kind in ("group", "unknown", "person") and _unnamed_on_purpose(head):
        kind = "anonymous"
    if name is not None and kind == "person" and (cut := PERSON_OF.match(name)):
        name = cut["person"]  # "Dr Marcus Fell of the Royal College of Pathology": where he works
    elif name is not None and kind != "person" and name_toks == [head] and (of_name := _of_a_place(head)):
        name = _text_of([head, *of_name])  # "The Port of Selmouth", not "Port"
    elif name is not None and head.lower_ in SHOP_WORDS and (shop_owner := _owner_s_name(head)):
        name, kind = f"{shop_owner} {name}", "organization"  # "Sealy's Fish Bar", not "Fish Bar"
    return SpeakerPhrase(span, text, name, role, kind, head.lower_)


# What a shop or an eatery is called after its owner: "Sealy's Fish Bar", "Brenn's Bakery".
SHOP_WORDS = frozenset(
    {"bar", "bakery", "cafe", "café", "restaurant", "shop", "store", "deli", "kitchen", "pub", "inn"}
    | {"diner", "garage", "salon", "pharmacy", "bistro", "grill", "tavern", "market", "books", "bookshop"}
    | {"butchers", "bakers", "florist", "florists", "hardware", "emporium", "motors", "farm", "dairy"}
)


def _owner_s_name(head: Token) -> str | None:
    """ "Sealy's" before a shop's name: the owner's name with its possessive, as the shop is called."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.is_title), None)
    if owner is None or not any(c.tag_ == "POS" for c in owner.children):
        return None
    return head.doc[owner.left_edge.i : owner.i + 2].text


# A person's name of two or more words, then "of" and where they are from or work.
PERSON_OF = re.compile(r"(?P<person>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+)\s+of\s+(?:the\s+)?[A-Z]")


# Capitalised nouns that open the name of a body or place with "of": "Port of Selmouth".
BODY_OF_NOUNS = frozenset(
    {"port", "church", "diocese", "archdiocese", "state", "republic", "kingdom", "house"}
)


def _of_a_place(head: Token) -> list[Token]:
    """The "of" phrase naming which one a capitalised noun is: "Port of Selmouth", "Bank of Tarsa";
    not "Smith of the Treasury", where the name is a surname."""
    if head.lower_ not in BODY_OF_NOUNS and head.lower_ not in lexicon.words("org_nouns.txt"):
        return []
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is None or place is None or place.pos_ != "PROPN":
        return []
    words = sorted(place.subtree, key=lambda t: t.i)
    if not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "the") for t in words):
        return []
    return [of, *words]


# What the news says of sources it does not name ("officials who asked not to be named", "two
# people familiar with the talks", "a diplomat, speaking on condition of anonymity").
ANONYMITY = re.compile(
    r"\b(?:not to be (?:named|identified|quoted)|(?:declined|refused) to be (?:named|identified)|"
    r"(?:cannot|can ?not|could not|can't|can’t|may not) be (?:named|identified)|"
    r"condition (?:of|that they not be named)|anonymity|anonymously|not authori[sz]ed to|"
    r"familiar with|(?:with|who have) knowledge of|briefed on|close to the|unnamed|unidentified)\b"
)


ANONYMOUS_SPEAKING = re.compile(
    r"\b(?:speaking (?:on (?:the )?condition of anonymity|anonymously)|(?:asking|requesting) not to be "
    r"(?:named|identified)|because (?:they|he|she) (?:was|were) not authori[sz]ed)\b"
)


def _unnamed_on_purpose(head: Token) -> bool:
    """People the text describes as unnamed sources, in the phrase or the aside set off after it."""
    of = [o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if head.lower_ in ("one", "two", "three", "some", "several", "many", "none") and of:
        head_word = of[0].lower_  # "one of the people"
    else:
        head_word = head.lower_
    people = head_word in ("people", "person", "member", "members") or head_word in _person_words()
    if not (people or head_word.removesuffix("s") in _person_words()):
        return False
    doc = head.doc
    end = head.head.i if head.head.i > head.i else head.right_edge.i + 1  # through an aside before the verb
    words = " ".join(t.lower_ for t in doc[head.left_edge.i : max(end, head.right_edge.i + 1)])
    if ANONYMITY.search(words) is not None:
        return True
    # "Two officials said …, speaking on condition of anonymity": said of the speaker anywhere in the sentence
    return ANONYMOUS_SPEAKING.search(sentence_of(head).text.lower()) is not None


ROLE_LINKS = frozenset({"of", "at", "for", "with", "in", "on", "from", "to", "by", "and"})


def _a_person_s_role(role: str | None, name_toks: list[Token]) -> bool:
    """A role only a person has ("son", "head of the judiciary", "lawyer"), before a name that is
    no organisation's by its own words: the recogniser's organisation label is wrong."""
    words = role.lower().split() if role else []
    noun = next((w for w in words if w in ("of", "for", "at", "in")), None)
    noun_at = words.index(noun) - 1 if noun is not None else len(words) - 1
    return (
        noun_at >= 0
        and words[noun_at] in lexicon.words("person_roles.txt")
        and words[noun_at] not in lexicon.words("org_nouns.txt")
        and not is_outlet(name_toks)
        and not lexicon.named_as_an_organisation([t.text for t in name_toks])
    )


def _named_by_its_role(kind: str, role: str | None) -> str:
    """A name whose role is an organisation's ("opposition channel Nova Libera", "the developer,
    Greyfield Homes") is an organisation's, whatever the recogniser took it for."""
    words = role.split() if role else []
    # "a group based in Orlat", "a charity funded by …": the noun before what is said of it
    cut = next(
        (i for i, w in enumerate(words) if i and w.islower() and (w in ROLE_LINKS or w.endswith("ed"))), None
    )
    if cut is not None and words[cut] not in ("of", "for", "and"):
        words = words[:cut]
    if not words or len(words) > 4 or ROLE_LINKS.intersection(words):
        return kind
    last = words[-1]
    if kind not in ("person", "unknown"):
        return kind
    if last.islower() and last in lexicon.words("org_nouns.txt"):
        return "organization"
    # "Hezb-e Sabz, the Green Party": the body's name in translation, every word capitalised
    named = len(words) >= 2 and all(w[:1].isupper() for w in words)
    return "organization" if named and last.lower() in lexicon.words("org_nouns.txt") else kind


def _a_person_by_the_post_after(kind: str, name_toks: list[Token], text: str, role: str | None) -> str:
    """ "Tamadon, the first vice president", "Pambakian, a Tinder spokeswoman": a one-word name the
    recogniser took for a body, with a post only a person holds set off after it, is a person's
    (not "the event organizer Alliance …", whose post comes first)."""
    if kind != "organization" or not role or len(name_toks) != 1:
        return kind
    if name_toks[0].ent_type_ not in ("ORG", "GPE"):
        return kind
    words = role.split()
    after = text.find(role) > text.find(name_toks[0].text) >= 0
    # "Brask, a lawyer for the family": the post before what it is for
    words = words[: next((i for i, w in enumerate(words) if i and w in ROLE_LINKS), len(words))]
    if not after or len(words) > 4 or ROLE_LINKS.intersection(words):
        return kind
    return "person" if words[-1].islower() and words[-1] in _person_roles() else kind


@cache
def _person_roles() -> frozenset[str]:
    """Posts only people hold ("president", "spokesman"), not an organisation's ("agency")."""
    return (lexicon.words("person_roles.txt") | lexicon.titles()) - lexicon.words("org_nouns.txt")


def phrase_fields(src: SpeakerPhrase) -> dict[str, object]:
    """A statement's speaker fields as a speaker phrase gives them."""
    return {
        "speaker": src.text,
        "speaker_span": src.span,
        "speaker_name": src.name,
        "speaker_role": src.role,
        "speaker_type": src.type,
    }


def is_outlet(name_toks: list[Token]) -> bool:
    """A news outlet's name: "Kestovia Today", "The Dravin Observer" (resources/outlet_words.txt),
    or one word ending in a medium's word: "ZarNews", "Tarsapress", "KestTV"."""
    if len(name_toks) == 1 and ONE_WORD_OUTLET.fullmatch(name_toks[0].text):
        return True
    if len(name_toks) < 2 or not name_toks[-1].text[:1].isupper():
        return False
    words = lexicon.words("outlet_words.txt")
    last = name_toks[-1].lower_
    if last in words:
        return True
    first = name_toks[0]
    if first.text in ("Daily", "Weekly"):
        return True  # "The Daily Flare", "the Weekly Ledger"
    if lexicon.paper_named([t.text for t in name_toks]):
        return True  # "Gazeta do Vale", "Le Courrier du Nord", "El Heraldo Austral": a paper's noun first
    return f"the {last}" in words and first.i > 0 and first.doc[first.i - 1].lower_ == "the"


ONE_WORD_OUTLET = re.compile(r"[A-Z][a-z]{2,}(?:News|news|Press|press|TV|Radio|radio|Times|Post|Info|info)")
# Bodies often named by a proper name and this noun in lower case: "the Green Dawn movement".
BODY_NOUNS = frozenset({"movement", "party", "front", "alliance", "coalition", "group"})


def _named_body(head: Token) -> list[Token]:
    """ "the Green Dawn movement": capitalised words right before a body's noun, with the noun."""
    if head.pos_ != "NOUN" or head.lower_ not in BODY_NOUNS:
        return []
    names: list[Token] = []
    for tok in reversed(head.doc[head.left_edge.i : head.i]):
        if tok.pos_ != "PROPN" or tok.dep_ != "compound" or not tok.text[:1].isupper():
            break
        names.insert(0, tok)
    return [*names, head] if names else []


def _joined_directly(head: Token, conj: Token) -> bool:
    """ "Rahbari and his counterpart": no comma between the name and its "and" (after a comma the
    "and" may join two descriptions of one person: "Trump, the front-runner and polling leader")."""
    return not any(t.is_punct for t in head.doc[head.i + 1 : conj.left_edge.i])


# The last words of an office one person holds, written in capitals: "Public Relations Officer".
OFFICERS = frozenset(
    {"officer", "secretary", "director", "spokesman", "spokeswoman", "spokesperson", "commissioner"}
    | {"adviser", "advisor", "chairman", "chairwoman", "chairperson", "inspector", "superintendent"}
    | {"coordinator", "administrator", "controller", "registrar", "manager", "treasurer", "auditor"}
)


def _an_office_in_capitals(toks: list[Token]) -> bool:
    """ "The Police Public Relations Officer of the command, DSP Musa Bello": an office written in
    capitals, its last word a title, after "the" or an owner's "'s" and no person's name among them."""
    first = toks[0]
    k = first.i - 1
    while k >= 0 and first.doc[k].is_title and first.doc[k].lower_ in lexicon.titles():
        k -= 1  # "The Chief | Press Secretary"
    return (
        len(toks) >= 2
        and toks[-1].lower_ in OFFICERS
        and k >= 0
        and (first.doc[k].lower_ == "the" or first.doc[k].tag_ == "POS")  # "Carnbrook's Crime Commissioner"
        and not any(t.ent_type_ == "PERSON" or t.lower_ in _given_names() for t in toks)
    )


def _is_title_only(toks: list[Token]) -> bool:
    """Titles alone: "Interior Minister", "His Royal Highness" ("Royal" only before a style),
    "Managing Director", "Chief Operating Officer"."""
    office = next((k for k, t in enumerate(toks) if k and t.lower_ in ("of", "for")), None)
    if office is not None and toks[0].lower_ in lexicon.titles():
        toks = toks[:office]  # "Head of Service", "Minister of Finance": the office's department
    return all(
        t.lower_ in lexicon.titles()
        or (t.lower_ == "royal" and t.i + 1 < len(t.doc) and t.nbor().lower_ in lexicon.STYLES_OF_ADDRESS)
        or (t.lower_ in (OFFICE_MODIFIERS | CHURCHES) and t is not toks[-1])
        for t in toks
    )


# The church or rite before a cleric's title: "The Anglican Bishop of Harwell", "The Greek Catholic
# Bishop of Morava", "The Orthodox Patriarch of Velm".
CHURCHES = frozenset(
    {
        "anglican",
        "catholic",
        "roman",
        "orthodox",
        "greek",
        "lutheran",
        "methodist",
        "baptist",
        "presbyterian",
        "evangelical",
        "episcopal",
        "coptic",
        "maronite",
        "armenian",
        "syriac",
        "chaldean",
        "melkite",
        "reformed",
        "ecumenical",
    }
)


# Words that qualify an office in its capitalised title: "Managing Director", "Chief Operating Officer".
OFFICE_MODIFIERS = frozenset(
    {"managing", "operating", "financial", "permanent", "principal", "executive"}
) | (frozenset({"federal", "union", "provincial", "cabinet", "junior"}))


ALIAS_PARTICIPLES = frozenset({"known", "named", "nicknamed", "dubbed"})


def _alias(head: Token) -> list[Token] | None:
    """The name a participle gives the speaker: "the militia's leader, known as Commander Drago",
    "a spokesman, named as Abu Hamza", "a retired teacher named Gordon Hale"."""
    if head.pos_ != "NOUN" or head.lower_ not in _person_words():
        return None
    for acl in head.children:
        if acl.dep_ != "acl" or acl.lower_ not in ALIAS_PARTICIPLES or acl.i < head.i:
            continue
        for as_ in acl.children:
            objects = [o for o in as_.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if as_.lower_ == "as" and objects:
                toks = _name_tokens(objects[0])
                return toks or None
            if as_.dep_ in ("oprd", "dobj", "attr") and as_.pos_ == "PROPN" and as_.i == acl.right_edge.i:
                return _name_tokens(as_) or None  # "a retired teacher named Gordon Hale"
    return None


def _title_appositives(head: Token) -> list[Token]:
    """The words of titles the parser hung on a title as appositives: "His Excellency | Foreign
    Minister | Abbas Darvishi" is one title after another, then the name."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            toks = list(child.subtree)
            if _is_title_only(toks) and child.left_edge.i == head.i + 1:
                out.extend(toks)
    return out


# Works whose title may be set off after them in quotation marks: "her report, “Heat and the City,”".
TITLED_WORKS = frozenset({"film", "documentary", "album", "song", "play", "novel", "paper", "podcast"})


# Bodies each side of a war has by the same name: "Kessaria's General Staff", "Halvar's Armed Forces".
ARMED_BODIES = frozenset({"staff", "forces", "army", "navy", "command", "guard", "corps"})


def _owner_of_a_generic_body(head: Token, name_toks: list[Token]) -> Token | None:
    """The country (or the commander) that owns an armed body named by common words only
    ("Kessaria's General Staff", "Halvar's Armed Forces"), which without it names every country's;
    whatever the recogniser took the owner for ("Kessaria" was a person before "reported")."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or not 2 <= len(name_toks) <= 3 or owner.right_edge.i + 1 != name_toks[0].i:
        return None  # the owner right before: "Merkel's center-right Christian Democratic Union" is a party
    if owner.ent_type_ == "PERSON" and (
        owner.ent_iob_ == "I" or any(c.dep_ == "compound" for c in owner.children)
    ):
        return None  # "President Ana Holt's Armed Forces": a person's, named in full before
    if name_toks[-1].lower_ not in ARMED_BODIES:
        return None  # ("Trump's Justice Department" is the Justice Department: an owner may be a person)
    if not all(t.is_title and known_word(t.lower_) for t in name_toks[:-1]):
        return None
    return owner


def _a_national(head: Token, name_toks: list[Token]) -> bool:
    """ "the Dane", "the Brazilian", "the Frenchman": one person by nationality (a people's word,
    in the singular, after "the" alone); "the Democrat", "the Tory": one by party."""
    return (
        name_toks == [head]
        and head.tag_ == "NNP"
        and (
            head.lower_ in lexicon.words("nationals.txt")
            or head.lower_ in lexicon.words("party_members.txt")
            # a people's word the list lacks: "the Velorian", "the Karskese"; not "the Guardian"
            or (
                head.lower_.endswith(("ian", "ese"))
                and f"the {head.lower_}" not in lexicon.words("outlet_words.txt")
                and head.ent_type_ in ("NORP", "PERSON", "")
            )
            or head.lower_.endswith(
                "lander"
            )  # "the Icelander", "the Kesslander", whatever the recogniser says
        )
        and head.i > 0
        and head.doc[head.i - 1].lower_ == "the"
        and head.doc[head.i - 1].head == head
        and not head.text.isupper()
        and not any(c.dep_ in ("prep", "appos", "compound", "amod") for c in head.children)
    )


def _a_party_member_from_a_place(head: Token) -> list[Token] | None:
    """ "the Nevada Democrat", "the New York Republican": US papers' second reference to a member of
    Congress, by state and party; the words of that description, else None."""
    if head.tag_ != "NNP" or head.lower_ not in lexicon.words("party_members.txt"):
        return None
    words = list(head.doc[head.left_edge.i : head.i + 1])
    place = words[1:-1]
    if words[0].lower_ != "the" or not place or head.right_edge != head:
        return None
    if not all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in lexicon.given_names() for t in place):
        return None
    return words[1:]


def _a_work_s_title(head: Token, child: Token) -> bool:
    """ "Her report, “Heat and the City,” warned": the quoted words set off after a document or a
    work are its title, no one's name."""
    if head.lower_ not in TITLED_WORKS and head.lower_ not in lexicon.words("issued_documents.txt"):
        return False
    first = child.left_edge
    return first.text in lexicon.OPENING_MARKS or (
        first.i > 0 and head.doc[first.i - 1].text in lexicon.OPENING_MARKS
    )


def _outlet_s_name_with_of(toks: list[Token]) -> list[Token]:
    """ "Voice of Dernov", "Radio of the Free North": an outlet's name runs on over "of" and the
    capitalised words after it."""
    if len(toks) != 1:
        return toks  # not "Kelso Live | of Marlow"
    doc = toks[0].doc
    return list(doc[toks[0].i : end_over_of(doc, toks[0].i + 1)])


def _appositive_name(head: Token) -> list[Token] | None:
    """The proper name in an appositive of a common-noun head, if there is one."""
    capitalised = head.pos_ == "PROPN" or (
        head.pos_ == "NOUN" and head.is_title
    )  # "Commissioner for …" opening
    if capitalised and head.lower_ in lexicon.titles() and (office := _name_after_an_office(head)):
        return office  # "Federal Minister for Water Resources Ahmed Raza Warraich", all one person to the recogniser
    is_title = (
        head.pos_ == "PROPN"
        and head.lower_ in lexicon.titles()
        and (head.ent_type_ not in PERSON_LABELS or _retired_after(head))
    )
    one_of = head.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    abbreviated = head.text.isupper() and head.lower_ in ROLE_ABBREVIATIONS | OFFICE_LETTERS_BEFORE_A_NAME
    if head.pos_ != "NOUN" and not is_title and not one_of and not abbreviated:
        # a common noun ("the leader, …"), a bare title ("the Speaker, Dana Varek") or one of many
        # ("One of the organisers, retired midwife Hilde Brandt, said")
        return None
    titles = set(_title_appositives(head)) if is_title else set()
    for child in head.children:
        set_off = child.i > head.i and head.doc[child.i - 1].text == ","
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and set_off and child.ent_type_ in ORG_LABELS:
            toks = _name_tokens(child)  # "The UN refugee agency, UNHCR, said": read as an adverb
            return toks or None
        if (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and child not in titles
            and not _retired_after(head, child)
            and not _a_work_s_title(head, child)
        ):
            if head.tag_ == "NNS" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in child.children):
                return None  # "The paper’s authors — Yuki Saito, Dev Malhotra and Chloe Brandt —": all three
            toks = _name_tokens(child)
            if toks and head.lower_ in lexicon.OUTLET_NOUNS:
                toks = _outlet_s_name_with_of(toks)  # "The Telegram channel Voice of Dernov"
            return toks or None
        if child.dep_ == "appos" and child.ent_type_ in PERSON_LABELS and child.text[:1].isupper():
            # "regional director, Hana El-Sayed": the tagger read the name's last word as a verb
            person = next((e for e in head.doc.ents if e.start <= child.i < e.end), None)
            if person is not None and person.end - 1 == child.i and len(person) >= 2:
                return list(person)
    if head.lower_ in _person_words():
        # "a resident of Holmbridge, Gwen Tallis, 71", "The speaker of parliament, Milan Rusnak": the
        # parser hangs the name on the place or the body
        for prep in head.children:
            for place in (c for c in prep.children if prep.dep_ == "prep" and c.dep_ == "pobj"):
                for child in place.children:
                    set_off = child.left_edge.i > 0 and head.doc[child.left_edge.i - 1].text == ","
                    bracketed = child.left_edge.text == "(" or (
                        child.left_edge.i > 0 and head.doc[child.left_edge.i - 1].text == "("
                    )
                    if bracketed:
                        continue  # "A spokesman for Sen. Carla Medina (D-Ariz.)": her party and state
                    if child.dep_ == "appos" and child.pos_ == "PROPN" and (place.pos_ == "PROPN" or set_off):
                        toks = _name_tokens(child)
                        if len(toks) >= 2 and child.ent_type_ not in ORG_LABELS:
                            return toks
    return None


RETIRED_MARKS = frozenset({"retd", "retd.", "rtd", "rtd.", "retired", "ret.", "ret", "r"})


def _retired_after(title: Token, mark: Token | None = None) -> bool:
    """ "Brig (retd) Asad Karimi", "Maj Gen (R) Ijaz Awan": the rank, then a retired officer's mark
    (``mark``, when given, is that word)."""
    doc = title.doc
    return (
        title.i + 3 < len(doc)
        and doc[title.i + 1].text == "("
        and doc[title.i + 2].lower_ in RETIRED_MARKS
        and doc[title.i + 3].text == ")"
        and (mark is None or mark.i == title.i + 2)
    )


OFFICE_PREPOSITIONS = ("for", "of", "on")
# The last word of an office's own unit, never of a name: "Minister for Foreign Affairs Press Office".
OFFICE_UNITS = frozenset({"unit", "office", "desk", "team", "center", "centre", "service", "services"})


def _outlet_s_name_before_its_noun(head: Token) -> list[Token] | None:
    """ "The Tasnim news agency", "the Kelso Herald newspaper": the outlet's name, capitalised, in
    front of the noun that says what it is."""
    doc = head.doc
    end = head.i
    while end > 0 and doc[end - 1].dep_ == "compound" and doc[end - 1].is_lower and doc[end - 1].head == head:
        end -= 1  # "news"
    start = end
    while start > 0 and (
        (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper())
        or (doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_upper and len(doc[start - 1]) > 1)  # "IRNA"
    ):
        start -= 1
    ezafe = _ezafe_before(doc[start - 1]) if start > 2 else None
    if ezafe is not None and start < end:
        start = ezafe[0].i  # "The Sobh-e Karvan newspaper" (red team 185)
    if start == end or not all(t.head.i in range(start, head.i + 1) for t in doc[start:end]):
        return None
    if any(t.lower_ not in ("news", "state") for t in doc[end : head.i]):
        return None  # "The Trump campaign website": the campaign's, whose name is its candidate's
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None  # "a Baton Rouge newspaper": a paper from there, not its name
    run = list(doc[start:end])
    words = [t.text for t in run]
    news_agency = head.lower_ == "agency" and doc[head.i - 1].lower_ == "news"  # "The Tasnim news agency"
    owners = ("NORP", "DATE", "TIME") if news_agency else ("PERSON", "NORP", "DATE", "TIME")
    if not is_outlet(run) and any(t.ent_type_ in owners or t.lower_ in lexicon.WEEKDAYS for t in run):
        return None  # "The Murdoch tabloid", "The Sunday newspaper": an owner or a day, no name
    if lexicon.named_as_an_organisation(words) and not is_outlet(run):
        return None  # "The Communist Party newspaper": the party's paper
    if all(t.ent_type_ in ("GPE", "LOC", "NORP") for t in run) and not is_outlet(run):
        return None  # "the Kessland state agency", "the Baton Rouge paper": where it is from
    return run


def _name_after_an_office(head: Token) -> list[Token] | None:
    """ "Minister for Housing Cathal Breathnach", "Member for Cairns Tom Reid": the parser makes the
    name the object of "for", with the office's words before it. The name is its last two words,
    or from the given name on ("Water Resources Ali Raza Shah")."""
    given = lexicon.given_names()
    doc = head.doc
    for prep in head.children:
        between = [t.lower_ for t in doc[head.i + 1 : prep.i]]
        if (
            prep.dep_ != "prep"
            or prep.lower_ not in OFFICE_PREPOSITIONS
            or between not in ([], ["of", "state"])
        ):
            continue  # "Minister for …", "Minister of State for …", "Special Rapporteur on …"
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                continue
            words = list(head.doc[prep.i + 1 : obj.i + 1])
            if len(words) < 3 or not all(
                (w.pos_ == "PROPN" and w.text[:1].isupper())
                or (w.lower_ in ("of", "and") and 0 < k < len(words) - 3)
                for k, w in enumerate(words)
            ):
                continue  # "on Freedom of Expression Tomas Vell"
            if obj.ent_type_ not in PERSON_LABELS and (
                not (
                    (len(words) >= 4 and words[-3].tag_ == "NNPS")  # "for Human Rights Amara Oyelaran"
                    or words[-2].lower_ in given
                )
                or words[-1].lower_ in lexicon.organisation_words()  # not "of Aldmere Grace Holdings"
                or words[-1].lower_ in OFFICE_UNITS  # not "for Foreign Affairs Press Office"
            ):
                continue
            titled = [k for k in range(len(words) - 2) if words[k].lower_ in lexicon.HONORIFICS]
            if titled:
                return words[titled[-1] + 1 :]  # "… Railways Shri Ramesh Kumar Bidhuri"
            start = next((k for k in range(1, len(words) - 1) if words[k].lower_ in given), len(words) - 2)
            return words[start:]
    return None


def _role(head: Token, name_toks: list[Token], base: int) -> str | None:
    doc_text = whole_text(head.doc)
    party: str | None = None
    after = head.idx + len(head.text)
    bracket = re.match(r"\s*\(([^()]{1,36})\)", doc_text[after : after + 40])
    skipped = range(0)
    if bracket is not None and (
        PARTY_TAG.match(bracket.group(1))
        or STATE_TAG.match(bracket.group(1))
        or PARTY_AND_WARD.match(bracket.group(1))
    ):
        party = bracket.group(1)  # "Sen. Bernie Sanders (I-Vt.)", however the tokens fell
        skipped = range(after, after + bracket.end())
    # Appositive: "Dana Varek, the agency's head" / "the agency's head, Dana Varek".
    for child in head.children:
        if child.idx in skipped:
            continue
        if child.pos_ in ("PRON", "DET"):
            continue  # "Clinton herself", "the ministers all": no description
        if child.text.startswith("@"):
            continue  # "Dana Varek (@DanaVarek)": her account's handle, not what she is
        if (
            child.dep_ == "appos"
            and child.pos_ != "NUM"
            and not (child.pos_ == "PROPN" and not name_toks)
            and not _absolute(child)
            and not _participle_read_as_a_modifier(child)
        ):
            between = head.doc[min(head.i, child.left_edge.i) : max(head.i, child.left_edge.i) + 1]
            if any(t.text in (":", '"', "“", "”", "«", "„") for t in between):
                continue  # "Police: “Two men arrested …”": what a headline says they said
            appos = token_span(before_a_set_off_clause(_without_conjuncts(child)), 0)
            if appos is None:
                continue
            words = doc_text[appos.start : appos.end]
            if PARTY_TAG.match(words):
                party = party or words  # "Sen. Dana Holt, R-Kestovia": the title stays the role
                continue
            if re.search(r"[^\W\d]", words):
                return _without_determiner(words)  # not an age: "Erik Vass, 58"
    role = _without_styles(_undated(_title_or_description(head, name_toks, doc_text), head))
    role = TRAILING_RANK.sub("", role) if role else role
    return ", ".join(filter(None, (role, party))) or None


def _without_conjuncts(word: Token) -> list[Token]:
    """The words of ``word``'s phrase up to a conjunct joined to it: in "Miro Lasken, the
    opposition leader, and Dana Varek, the parliament speaker", Lasken's role ends at "leader"."""
    joined = [c for c in word.children if c.dep_ == "conj" and c.i > word.i and c.ent_type_ in PERSON_LABELS]
    if not joined:
        return list(word.subtree)
    stop = min(c.left_edge.i for c in joined)
    toks = [t for t in word.subtree if t.i < stop]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    return toks


def before_a_set_off_clause(toks: list[Token]) -> list[Token]:
    """The words before a relative clause set off by a comma: in "a lawyer with the Civic Rights
    Centre, which was dissolved last week", what the clause says of the centre is no part of what
    the speaker is."""
    for k, tok in enumerate(toks):
        if k and tok.text == "," and k + 1 < len(toks) and toks[k + 1].head.dep_ == "relcl":
            if toks[k + 1].lower_ in ("which", "who", "whose", "where", "whom"):
                return toks[:k]
    return toks


def _only_a_rank(words: str) -> bool:
    """ "Ayatollah" between "Friday prayer leader of the capital" and the name."""
    return re.fullmatch(RANK, words) is not None


# A clerical, courtesy or military rank between an office and the name ("Interior Minister Sheikh Khalid …",
# "Parliament Speaker Hojatoleslam Ali …"): how the person is addressed, not part of the office.
RANK = (
    r"(?:Sheikh|Shaikh|Hojatoleslam|Hojjatoleslam|Hujjat al-Islam|Ayatollah|Grand Ayatollah"
    # a military rank of two words ("Armed Forces Chief of Staff Major General …"); not "Attorney General"
    r"|(?:Major|Brigadier|Lieutenant|Rear|Vice)\s+(?:General|Colonel|Admiral))"
)
TRAILING_RANK = re.compile(rf"(?<=\w)\s+{RANK}$")


# Styles of address (lexicon.STYLES_OF_ADDRESS) opening a role, with "Royal": "Her Royal Highness".
_STYLE_WORDS = "|".join(sorted(lexicon.STYLES_OF_ADDRESS | {"royal"}))
STYLES = re.compile(rf"^(?:(?:{_STYLE_WORDS})(?:\s+|$))+", re.I)


def _without_styles(role: str | None) -> str | None:
    """ "Excellency Foreign Minister" is a foreign minister; "Highness" is no role."""
    return STYLES.sub("", role) or None if role else None


def _undated(role: str | None, head: Token) -> str | None:
    """ "Nov 30 - Police": a dateline's date is no part of a title."""
    if role is None or (dated := DATE_AND_DASH.match(role)) is None:
        return role
    rest = role[dated.end() :]
    return rest if rest and rest != head.text else None


DATE_AND_DASH = re.compile(rf"^{_DATE}{_AGENCY_AND_DASH}")  # a dateline's date left before a title


# A party and state tag after a legislator's name: "R-Kestovia", "D-N.Y.", "I-Vt."; in brackets,
# the state alone: "Sen. Ted Cruz (Tex.)".
# A British councillor's party and ward: "Cllr Ama Boateng (Lab, Kingsley)", "(Con, St Mary's)".
PARTY_AND_WARD = re.compile(
    r"^(?:Con|Lab|LD|Lib Dem|SNP|Green|Ind|Reform|Plaid|UKIP|DUP|SF|Alliance)(?:,\s*[A-Z][\w'’ .&-]{1,30})?$"
)
PARTY_TAG = re.compile(r"^[A-Z]{1,3}\s?[-–]\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?$")
PARTY_MEMBERS = frozenset({"democrat", "republican", "independent", "conservative", "liberal", "socialist"})
STATE_TAG = re.compile(r"^[A-Z][a-z]{1,4}\.$")


# Adjectives that say what kind of body an organisation is, not what anyone is called.
KINDS_OF_BODY = frozenset({"official", "unofficial", "conservative", "liberal", "independent"})


def _title_or_description(head: Token, name_toks: list[Token], doc_text: str) -> str | None:
    """The title before a name ("Sen."), or what a phrase with no name says its speaker is."""
    if name_toks:
        first = name_toks[0].i
        before = [t for t in head.subtree if t.i < first]
        # only the words after a comma or a colon before the name: "In a video aired by state TV,
        # detained activist Omid Farrokh said", where the parser hung the opening phrase on
        # "detained", is no "state TV, detained activist" (red team 185)
        set_off = max((t.i for t in before if t.text in (",", ";", ":")), default=-1)
        if not any(t.pos_ in ("VERB", "ADP") for t in before if t.i < set_off):
            set_off = -1  # but "Washington, D.C., Mayor Muriel Bowen", "Veteran, award-winning journalist"
        title_toks = [
            t for t in before if t.i > set_off and t.dep_ in ("compound", "amod", "nmod") and not t.is_punct
        ]
        titles = [t for t in title_toks if t.lower_ not in lexicon.HONORIFICS]
        for office in titles:
            # "Secretary of the Security Council Nurlan Seitkaliyev": the office with its "of" phrase
            body = next((c for c in office.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if office.dep_ == "nmod" and describes(office.lower_) and body and body.right_edge.i == first - 1:
                return doc_text[titles[0].idx : body.right_edge.idx + len(body.right_edge.text)]
        # a title ends on a noun ("Retired neurosurgeon", "Sen.", "host"); "super", "Other",
        # "Several" or a place alone before the name describe no one
        last = titles[-1] if titles else None
        if (
            last is not None
            and last.tag_ == "JJ"
            and last.lower_ in KINDS_OF_BODY
            and head.ent_type_ == "ORG"
        ):
            return None  # "the official Kestrel News Agency": what kind of agency, not a title
        if last is not None and (
            last.pos_ == "NOUN"
            or last.text.endswith(".")
            or describes(last.lower_)
            or last.lower_ in PARTY_MEMBERS
        ):
            first_title = titles[0]
            doc = head.doc
            while (
                first_title.i >= 2
                and doc[first_title.i - 1].text in ("-", "–")
                and not doc[first_title.i - 1].whitespace_
                and not doc[first_title.i - 2].whitespace_
            ):
                first_title = doc[first_title.i - 2]  # "Iran-born mediator": the hyphenated word whole
            start, end = first_title.idx, titles[-1].idx + len(titles[-1].text)
            return doc_text[start:end]
        return None
    if head.pos_ == "NOUN" and head.tag_ != "NNS" and head.lower_ not in ALL_PRONOUNS:
        whole = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "punct")]
        toks = [t for t in whole if t.i >= head.i - ROLE_WORDS]
        while len(toks) < len(whole) and len(toks) > 1 and toks[0].pos_ in ("ADP", "CCONJ", "PART"):
            toks.pop(0)  # cut short, never "of Defence's press office"
        if len(toks) == 1 and head.text[:1].isupper() and not describes(head.lower_):
            return None  # "Farrow said": a name the tagger took for a noun describes nobody
        toks += _short_of_phrase(head)
        span = token_span(toks, 0)
        return _without_determiner(doc_text[span.start : span.end]) if span else None
    return None


def _short_of_phrase(head: Token) -> list[Token]:
    """ "the head of state", "the speaker of parliament", "the head of the Orthodox Church": a role
    noun's own short "of" phrase right after it is part of the role ("head" alone says nothing)."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ == "of"), None)
    if of is None or not describes(head.lower_):
        return []
    words = list(of.subtree)
    if len(words) > 6 or any(t.pos_ in ("VERB", "AUX", "PRON", "CCONJ") for t in words):
        return []  # a clause, or a list ("a group of artists, writers and scientists")
    if any(t.is_punct and t.tag_ != "HYPH" for t in words):
        return []  # but "the former CEO of Hewlett-Packard"
    after = words[-1].i + 1
    if any(c.i == after and c.dep_ == "prep" for c in head.children):
        return []  # "executive director of Democrats for Life": the parser split the body's name
    return words


def describes(word: str) -> bool:
    """A word that says what someone is: a title, a role, an organisation's noun ("Police")."""
    nouns = _describing_nouns()
    return word in nouns or word.removesuffix("s") in nouns or word in lexicon.words("group_nouns.txt")


@cache
def _describing_nouns() -> frozenset[str]:
    return _person_words() | lexicon.words("org_nouns.txt")


@cache
def _person_words() -> frozenset[str]:
    """Titles and role nouns: what a person is called ("minister", "chair", "shopkeeper")."""
    return lexicon.titles() | lexicon.words("person_roles.txt")


ROLE_WORDS = 6  # how far before its noun a described role reaches ("Ministry of Defence's press office")
ROLE_DETERMINERS = re.compile(r"^(?:its|his|her|their|whose|our|my|your|the|a|an)\s+", re.I)


SHORT_DESCRIPTION = re.compile(r"(?:[\w’'-]+ ){0,3}[\w’'-]+")
NOT_IN_SHORT_DESCRIPTIONS = frozenset({"who", "which", "that", "of", "on", "in", "with", "to", "for", "by"})


def _short_description(text: str) -> str | None:
    """ "rights groups", "some economists": a few words that say whom a "who" stands for; nothing
    for a long phrase, which is rather the parser's mistake."""
    described = _without_determiner(text)
    if described is None or not SHORT_DESCRIPTION.fullmatch(described):
        return None
    return None if NOT_IN_SHORT_DESCRIPTIONS & set(described.lower().split()) else described


def _without_determiner(role: str) -> str | None:
    """ "Its leader" -> "leader": the role, not the words that point back to whose it is."""
    stripped = ROLE_DETERMINERS.sub("", role).strip()
    return stripped or None


UNNAMED_ROLES = frozenset(
    {"official", "source", "insider", "aide", "diplomat", "staffer", "person", "someone"}
)


# Titles that only a person bears, before a name; not those that also open organisations' names
# ("State", "Police", "General", "Canon", "Coach").
PERSONAL_TITLES = frozenset(
    {"president", "minister", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman"}
    | {"gov.", "governor", "mayor", "ambassador", "envoy", "premier", "chancellor", "commissioner"}
    | {"sheikh", "imam", "ayatollah", "rabbi", "pastor", "reverend", "rev.", "bishop", "archbishop", "emir"}
    | {"sultan", "councillor", "cllr.", "councilman", "councilwoman", "alderman", "assemblyman"}
    | {"assemblywoman", "magistrate", "sheriff", "judge", "colonel", "col.", "admiral", "adm.", "lieutenant"}
    | {"sergeant", "sgt.", "captain", "capt.", "detective", "det.", "inspector", "professor", "prof."}
    | {"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman"}
    | {"oba", "ooni", "alaafin", "taoiseach", "tánaiste", "hon.", "alhaji", "shri", "smt."}
)


def _an_age_after(name: Token) -> bool:
    """ "Amina, 34,", "Erik Vass, 58.": a person's age set off right after the name."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
        return False
    age = doc[name.i + 2]
    after = doc[name.i + 3] if name.i + 3 < len(doc) else None
    return age.text.isdigit() and len(age.text) <= 3 and (after is None or after.is_punct)


# Plural names of faiths and peoples the recogniser may take for a person's name ("Kestovan Muslims").
FAITHS_AND_PEOPLES = frozenset(
    {"muslims", "christians", "jews", "hindus", "sikhs", "buddhists", "catholics", "protestants", "shias"}
    | {"sunnis", "kurds", "arabs", "druze", "alawites", "copts", "yazidis", "evangelicals", "mormons"}
)


# Words that say the speaker asked not to be named, whatever the noun for them.
UNNAMED_ON_REQUEST = re.compile(
    r"\b(?:on condition of anonymity|anonymously|(?:asked|requested|declined) not to be (?:named|identified)"
    r"|(?:was|were) not (?:authori[sz]ed|permitted|allowed) to (?:speak|talk|comment))\b",
    re.I,
)


def _type(head: Token, name_toks: list[Token], text: str) -> str:
    lower = head.lower_
    words = text.lower().split()
    anonymous = lexicon.words("anonymous_markers.txt")
    if any(w in anonymous for w in words) or (head.pos_ == "NOUN" and words[:1] in (["a"], ["an"], ["one"])):
        roles = lexicon.words("person_roles.txt")
        if lower in roles or lower.removesuffix("s") in roles or lower in ("sources", "source"):
            return "anonymous"  # "a senior official", "two officials, who spoke on condition of anonymity"
        if not name_toks and head.pos_ == "NOUN" and UNNAMED_ON_REQUEST.search(text):
            return "anonymous"  # "A senior hospital administrator, who spoke on condition of anonymity"
    if not name_toks and lower in UNNAMED_ROLES:
        return "anonymous"  # "the official", "a senior aide": roles the news rarely names
    if not name_toks and lexicon.inscribed(lower) and lower != "board":
        return "unknown"  # "Placards reading …", "Graffiti reading …": written words, no one's
    if name_toks and lower in lexicon.words("org_nouns.txt"):
        if head.ent_type_ not in PERSON_LABELS or not _given_name_first(name_toks):
            return "organization"  # "the Writers’ Guild", which the recogniser may take for a person
    if is_outlet(name_toks) or lexicon.named_as_an_organisation([t.text for t in name_toks]):
        return "organization"
    if name_toks and _a_body_named_with_a_preposition(head):
        return "organization"  # "the Monitor for Civic Freedoms"
    if name_toks:
        ent = head.ent_type_
        last = name_toks[-1]
        if last.tag_ in ("NNS", "NNPS") and (
            (
                ent == "NORP"
                and last.lower_.endswith("s")
                and last.lower_ not in lexicon.words("org_name_ends.txt")
            )
            or last.lower_ in FAITHS_AND_PEOPLES
        ):
            return "group"  # "Kestovans say …", "Kestovan Muslims said …": a people, not a body or one person
        if ent in ORG_LABELS and _given_name_first(name_toks):
            return "person"  # "Samira Tovek", whom the model sometimes takes for an organisation
        if _an_age_after(name_toks[-1]) or (
            ent == "ORG" and len(name_toks) == 1 and name_toks[0].lower_ in _given_names()
        ):
            return "person"  # "Amina, 34, told …": an age; a given name alone ("Amina told")
        first = name_toks[0]
        before = first.doc[first.i - 1] if first.i > 0 else None
        roles = _person_words()
        if (
            before is not None
            and before.dep_ == "compound"
            and before.lower_ in roles
            and len(name_toks) >= 2
        ):
            return "person"  # "association chair Harold Binns": a role before a full name
        if ent in PERSON_LABELS:
            return "person"
        if ent in ORG_LABELS and first.lower_ in PERSONAL_TITLES and len(name_toks) >= 2:
            return "person"  # "Ambassador Nwachukwu", whom the recogniser may take for an organisation
        if ent in ORG_LABELS:
            # "Colm Rafferty said …" and later "Mr. Rafferty": a person the recogniser took for a body
            return "person" if styled_elsewhere(name_toks[-1]) else "organization"
        if any(t.lower_ in lexicon.HONORIFICS for t in head.subtree):
            return "person"
        if len(name_toks) == 1 and name_toks[0].lower_ in _given_names():
            return "person"  # "Sofia recalls": a given name alone
        if any(_ezafe_before(t) is not None for t in name_toks):
            return "unknown"  # "Hezb-e Tudeh": Persian names linked so are mostly bodies and papers
        if name_toks[0].lower_ in NUMBERED_CHANNELS and any(t.like_num for t in name_toks):
            return "organization"  # "Kanal 5 Nyheter"
        return "person" if len(name_toks) >= 2 else "unknown"
    if lower in PRONOUNS_PERSON or lower in ("i",):
        return "person"
    if head.pos_ == "NUM" or lower in (
        "half",
        "majority",
        "majorities",
        "most",
        "percent",
        "third",
        "quarter",
    ):
        return "group"  # "About 4 in 10", "55 percent", "half": a share of those polled
    if lower in PRONOUNS_PLURAL:
        return "group"
    if lower in lexicon.words("group_nouns.txt") or (
        head.tag_ == "NNS" and lower not in lexicon.words("org_nouns.txt") and head.pos_ == "NOUN"
    ):
        return "group"  # "officials", "the marchers"
    if lower in lexicon.words("org_nouns.txt"):
        return "organization"
    if lower == "guard" and any(
        c.dep_ == "compound" and c.lower_ in ("coast", "national") for c in head.children
    ):
        return "organization"  # "the coast guard said it had rescued 37 people": a service, not a guard
    if lower in lexicon.words("person_roles.txt"):
        return "person"
    if head.ent_type_ in ORG_LABELS:
        return "organization"
    if head.ent_type_ in PERSON_LABELS:
        return "person"
    if lower in QUANTITIES and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_people(o) for o in c.children) for c in head.children
    ):
        return "group"  # "a handful of Democrats", "dozens of residents"
    if head.pos_ == "NOUN" and any(_someone_who(head, w) for w in head.subtree):
        return "person"  # "a shopkeeper on Liberty Avenue, who gave only his first name": someone
    return "unknown"


QUANTITIES = frozenset(
    {
        "handful",
        "number",
        "couple",
        "dozen",
        "dozens",
        "hundreds",
        "thousands",
        "lot",
        "lots",
        "bunch",
        "pair",
    }
    | {"minority", "group", "few", "several", "many", "some", "all", "none", "both", "each", "one", "two"}
)


def _people(noun: Token) -> bool:
    """ "Democrats", "senators", "residents": people in the plural (not "studies", "counties")."""
    if noun.dep_ != "pobj" or noun.tag_ not in ("NNS", "NNPS"):
        return False
    roles = _person_words()
    lower = noun.lower_
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower.removesuffix("s")
    return noun.pos_ == "PROPN" or lower in lexicon.words("group_nouns.txt") or singular in roles


def _someone_who(head: Token, who: Token) -> bool:
    """ "a shopkeeper who saw the march", "a shopkeeper on Liberty Avenue, who …": "who" opens a
    clause about the head noun (or about the place name the parser hung it on), not about a noun
    further in ("a survey of superdelegates, who …")."""
    if who.lower_ != "who" or not who.dep_.startswith("nsubj") or who.head.dep_ != "relcl":
        return False
    on = who.head.head
    if on == head:
        return True
    return (
        on.tag_ == "NNP"
        and on.ent_type_ not in (*PERSON_LABELS, "NORP")
        and on.dep_ == "pobj"
        and on.head.head == head
    )


def _given_name_first(name_toks: list[Token]) -> bool:
    """Two or three title-case words opening with a given name, none an organisation's noun: a
    common given name ("Samira Tovek"), a hyphenated one with a common part or a lower-case second
    part ("Jean-Baptiste Kaboré", "Ji-woo Han"), or initials ("J.R. Okafor")."""
    words = _hyphens_joined(name_toks)
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(t.lower_ in lexicon.words("org_nouns.txt") for t in name_toks):
        return False
    first = words[0]
    if "-" in first:
        parts = first.split("-")
        if parts[-1].lower() in EZAFE:
            return False  # "Sobh-e Azad": a Persian name's linking "-e", no given name "Ji-woo"
        return len(parts) == 2 and (
            first.lower() in _given_names()
            or any(p.lower() in _given_names() for p in parts)
            or (parts[0].istitle() and parts[1].islower())
        )
    if INITIALS.fullmatch(first):
        return first not in PLACE_INITIALS
    return first.lower() in _given_names() and all(w.istitle() or w.endswith(".") for w in words)


INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
PLACE_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "N.Y.", "D.C.", "L.A.", "S.F."})


def _hyphens_joined(name_toks: list[Token]) -> list[str]:
    """The words of a name, a hyphenated word one word ("Jean | - | Baptiste" is "Jean-Baptiste")."""
    words: list[str] = []
    glued = False
    for tok in name_toks:
        if words and (glued or tok.text == "-") and not tok.doc[tok.i - 1].whitespace_:
            words[-1] += tok.text
        else:
            words.append(tok.text)
        glued = tok.text == "-"
    return words


@cache
def _words_before_names() -> frozenset[str]:
    """Titles and person roles: words a person's name may open with and is not ("Actress Danai Gurira")."""
    return lexicon.titles() | lexicon.words("person_roles.txt")


def _given_names() -> frozenset[str]:
    return lexicon.given_names()


def named_after_a_role(role: Token, name: list[Token], after: list[Token]) -> bool:
    """ "her agent, Lorne Pettifer, …": a name of proper nouns set off after a role noun names who
    holds it (not "the agency, Kelby Police, which made the arrests, …", the next clause's subject)."""
    return (
        role.pos_ == "NOUN"
        and role.lower_ in lexicon.words("person_roles.txt")
        and bool(name)
        and all(t.pos_ == "PROPN" for t in name)
        and bool(after)
        and after[0].lower_ not in ("which", "who", "whose", "where", "that")
    )
