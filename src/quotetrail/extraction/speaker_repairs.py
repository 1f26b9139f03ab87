"""Mend the parser's misreadings of who speaks, before anything reads the parse.

A verb of saying whose speaker the parser hung elsewhere reports no one, or the wrong one: the
official "Speaking to The Coastline Star, a senior official … said" made an apposition of the
newspaper, the spokesman's name in "The governor, who spoke through his spokesman, Kola Adeyemi,
said" given to the governor, the name in "DA spokesperson on energy Kevin Mileham" read as the
portfolio's. Each repair here sets heads and labels on the parsed ``Doc``, as
:mod:`quotetrail.extraction.clause_repairs` (which calls them) does for clauses.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.lexicon import CORE_CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token


def apposition_after_a_relative_clause(name: Token) -> None:
    """ "The governor, who spoke through his spokesman, Kola Adeyemi, said …": the parser made the
    name after the relative clause the governor's. A name set off right after a relative clause,
    itself set off, that ends on a noun is that noun's: the spokesman's."""
    doc = name.doc
    head = name.head
    left = name.left_edge.i
    if head.i >= left or doc[left - 1].text != ",":
        return
    clause = next((c for c in head.children if c.dep_ == "relcl" and c.right_edge.i == left - 2), None)
    if clause is None or clause.left_edge.i == 0 or doc[clause.left_edge.i - 1].text != ",":
        return  # set off itself: "The website that listed the weapon, GunBroker.com, …" names the website
    noun = None
    for tok in [doc[left - 2], *doc[left - 2].ancestors]:
        if tok == clause:
            break
        if tok.pos_ in ("NOUN", "PROPN") and tok.right_edge.i == left - 2:
            noun = tok  # the highest noun ending there: "his Special Adviser on Media"
    if noun is None:
        return
    name.head = noun
    doc[left - 1].head = noun


def subject_read_as_the_participle_s_apposition(subject: Token) -> None:
    """ "Speaking to The Coastline Star, a senior Treasury official who sought anonymity said …", "In
    an interview with the channel Al-Wadi, the speaker of parliament, Mohammad Baqer Nikzad, said …":
    the parser made the speaker an apposition of the outlet the opening phrase names, and left the
    verb of saying with no subject. The phrase set off after the opening one, right before the verb,
    is its subject (with its own apposition, the name)."""
    doc = subject.doc
    left = subject.left_edge.i
    host = subject.head
    if doc[left - 1].text != "," or any(
        c.dep_ == "appos" and host.i < c.i < subject.i for c in host.children
    ):
        return  # the first apposition set off after the outlet
    chain = [subject, *(c for c in host.children if c.dep_ == "appos" and c.i > subject.i)]
    if len(chain) > 2 or (len(chain) == 2 and subject.pos_ != "NOUN"):
        return  # a role, then the name; not "in Washington, D.C., Republican, … Sen. Lindsey Graham"
    end = chain[-1].right_edge.i + 1
    if end < len(doc) - 1 and doc[end].text == ",":
        end += 1
    if end >= len(doc):
        return
    verb = doc[end]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    opening = next((a for a in subject.ancestors if a.head == verb), None)
    if opening is None or opening.i > left:
        return
    # "Writing in the Westbury Review, Caleb Osei, …, argued": the participle read as the subject
    gerund_subject = (
        opening.dep_ in ("nsubj", "csubj")
        and opening.tag_ == "VBG"
        and opening.i == 0
        and doc[1].tag_ == "IN"  # "Writing in …", "Speaking to …"; not "Playing Field Promotions, …"
    )
    if any(c.dep_ in ("nsubj", "nsubjpass") and not (gerund_subject and c == opening) for c in verb.children):
        return
    if (
        not (opening.dep_ == "advcl" and opening.tag_ == "VBG")
        and opening.dep_ != "prep"
        and not gerund_subject
    ):
        return  # "Speaking to …", "In an interview with …"
    if gerund_subject:
        opening.dep_ = "advcl"
    subject.head, subject.dep_ = verb, "nsubj"
    doc[left - 1].head = verb
    for later in chain[1:]:
        later.head = subject  # "the speaker of parliament, | Mohammad Baqer Nikzad"
    if doc[end - 1].text == "," and doc[end - 1].i > chain[-1].right_edge.i:
        doc[end - 1].head = subject


BODY_KINDS_BEFORE_A_NAME = frozenset(
    {"client", "developer", "retailer", "group", "firm", "company", "campaign", "charity", "club", "bank"}
)
# Those who hold a portfolio "for" something: "Cabinet member for housing", "Minister for Health".
PORTFOLIO_HOLDERS = frozenset(
    {"member", "minister", "secretary", "holder", "lead", "commissioner", "director"}
)


def name_read_as_the_portfolio_s(prep: Token) -> None:
    """ "DA spokesperson on energy Kevin Mileham said …": the parser made the name the object of "on",
    with "energy" its compound, and the role the subject. The name right before the verb is the
    subject; the role and its portfolio ("spokesperson on energy") describe it."""
    role = prep.head
    verb = role.head
    doc = prep.doc
    # not "for" after whoever speaks for others: "A spokesman for presidential candidate Hillary
    # Clinton" speaks for her; but "Cabinet member for housing Jo Bell" holds the portfolio
    holds = (
        prep.lower_ == "for"
        and role.lower_ in PORTFOLIO_HOLDERS
        # (not "A director for carmaker Volta Motors", who speaks for it; "The cabinet member for
        # housing" holds the portfolio)
        and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in role.children)
    )
    if (
        (prep.lower_ != "on" and not holds)
        or role.dep_ != "nsubj"
        or role.pos_ != "NOUN"
        or verb.pos_ != "VERB"
    ):
        return
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if (
        name is None
        or name.pos_ != "PROPN"
        or name.i + 1 != verb.i
        or verb.lemma_.lower() not in CORE_CUE_LEMMAS
    ):
        return
    before = [t for t in doc[prep.i + 1 : name.i] if t.head == name]
    names = [t for t in before if t.pos_ == "PROPN"]
    portfolio = [t for t in before if t.pos_ == "NOUN" and t.text.islower()]
    if not names or not portfolio or portfolio[-1].i > names[0].i or names[-1].i != name.i - 1:
        return
    if holds and any(t.lower_ in _person_words() or t.lower_ in BODY_KINDS_BEFORE_A_NAME for t in portfolio):
        return  # "member for candidate X", "director for retailer Kelso Foods"
    topic = portfolio[-1]
    for tok in portfolio[:-1]:
        tok.head = topic
    topic.head, topic.dep_ = prep, "pobj"
    name.head, name.dep_ = verb, "nsubj"
    role.head, role.dep_ = name, "compound"


def possessor_read_as_an_apposition(case: Token) -> None:
    """ "said Tomas Lee, Helix’s head of research" (red team 177): with a curly apostrophe the parser
    set "Helix’s" and "head of research" off as two appositions of the name, and the role stopped at
    "Helix’s". The possessor is the owned noun's."""
    owner = case.head
    if case.dep_ != "case" or owner.dep_ != "appos" or case.i + 1 >= len(case.doc):
        return
    owned = next(
        (
            c
            for c in owner.head.children
            if c.dep_ == "appos" and c.i > case.i and c.left_edge.i == case.i + 1
        ),
        None,
    )
    if owned is None or owned.pos_ != "NOUN":
        return
    owner.head, owner.dep_ = owned, "poss"


def name_read_as_the_office_s_apposition(verb: Token) -> None:
    """ "NFU head of dairy Claire Pennock said …" (red team 172): the parser made the body the
    subject, its office ("head of dairy") the body's object and the name the office's apposition.
    The name right before the verb is the subject; the body and the office describe it."""
    doc = verb.doc
    name = doc[verb.i - 1] if verb.i > 0 else None
    body = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if name is None or body is None or name.dep_ != "appos" or name.pos_ != "PROPN":
        return
    office = name.head
    if office.head != body or office.pos_ != "NOUN" or office.lower_ not in lexicon.words("person_roles.txt"):
        return
    if not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in office.children):
        return
    if body.i != body.left_edge.i or not body.text[:1].isupper() or name.left_edge.i <= office.i:
        return
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    name.head, name.dep_ = verb, "nsubj"
    office.head, office.dep_ = name, "compound"
    body.head, body.dep_ = name, "compound"


def name_read_as_the_body_s_object(prep: Token) -> None:
    """ "Guild of Meren president Corliss Daan said …", "Union of Municipal Workers chairman Kostas
    Arvanit said …": the parser made the name the object of "of", and the body the subject. The name
    right before the verb is the subject; the body, its "of" phrase and the role describe it."""
    body = prep.head
    verb = body.head
    doc = prep.doc
    if prep.lower_ != "of" or body.dep_ != "nsubj" or not body.is_title or verb.pos_ != "VERB":
        return
    if body.tag_ not in ("NNP", "NNPS") or body.lower_ in lexicon.words("group_nouns.txt"):
        return  # "Relatives of Kestovan activist Ilse Brandvold said": the relatives, not a body
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if name is None or name.pos_ != "PROPN" or name.i + 1 != verb.i or name.i - prep.i < 4:
        return
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    roles = [
        t
        for t in doc[prep.i + 2 : name.i - 1]
        if t.pos_ == "NOUN" and t.is_lower and t.lower_ in _person_words() and doc[t.i - 1].pos_ == "PROPN"
    ]
    if len(roles) != 1 or any(t.pos_ != "PROPN" for t in doc[roles[0].i + 1 : name.i]):
        return
    role = roles[0]
    if any(not t.is_title and t.lower_ not in ("the", "&", "and") for t in doc[prep.i + 1 : role.i]):
        return
    place = doc[role.i - 1]
    for tok in doc[prep.i + 1 : place.i]:
        if tok.head.i >= role.i:
            tok.head = place
    place.head, place.dep_ = prep, "pobj"
    role.head, role.dep_ = name, "compound"
    body.head, body.dep_ = role, "compound"
    name.head, name.dep_ = verb, "nsubj"


@cache
def _person_words() -> frozenset[str]:
    return lexicon.titles() | lexicon.words("person_roles.txt")


def post_nominal_read_as_the_name_s_head(letters: Token) -> None:
    """ "Priya Natarajan KC, for the bank, told …": the parser made the letters after the name the
    head of the phrase and the name its compounds. The name's last word is the head; the letters
    hang on it."""
    doc = letters.doc
    if not letters.is_upper or letters.lower_ not in lexicon.words("post_nominals.txt") or letters.i < 2:
        return
    last = doc[letters.i - 1]
    if last.head != letters or last.dep_ != "compound" or last.pos_ != "PROPN" or not last.is_title:
        return
    given = doc[letters.i - 2]
    if given.pos_ != "PROPN" or not given.is_title or given.lower_ in lexicon.titles():
        return  # a given name and a surname before the letters: not "A Labour MP", "Chief Constable X QPM"
    _head_in_place_of(last, letters, "dep")
    if last.dep_ == "appos" and last.head.i == last.i - 1:
        surname_read_as_an_apposition(last)  # "Priya Natarajan KC": the letters were "Priya"'s apposition


def surname_read_as_an_apposition(surname: Token) -> None:
    """ "Priya Natarajan KC, for the bank, told …": the parser made the surname an apposition of the
    given name right before it. The surname is the head, the given name its compound."""
    given = surname.head
    if (
        given.i != surname.i - 1
        or given.pos_ != "PROPN"
        or surname.pos_ != "PROPN"
        or not given.is_title
        or not surname.is_title
        or given.dep_ not in ("nsubj", "nsubjpass")
    ):
        return
    _head_in_place_of(surname, given, "compound")


def surname_split_at_its_hyphen(second: Token) -> None:
    """ "said Kwame Asante-Bright, who led the analysis": the parser made "Bright" an apposition of
    "Asante", across the hyphen. The surname's last part is its head; the rest hangs on it."""
    doc = second.doc
    first = second.head
    hyphen = doc[second.i - 1]
    if first.i != second.i - 2 or hyphen.tag_ != "HYPH" or first.whitespace_ or hyphen.whitespace_:
        return
    if first.pos_ != "PROPN" or not first.is_title or not second.is_title:
        return
    _head_in_place_of(second, first, "compound")


def _head_in_place_of(new: Token, old: Token, dep: str) -> None:
    """``new`` takes ``old``'s place in the tree (its head, its relation, its other children), and
    ``old`` hangs on ``new`` as ``dep``."""
    for child in list(old.children):
        if child != new:
            child.head = new
    head, relation = old.head, old.dep_
    new.head, new.dep_ = (new if head == old else head), relation
    old.head, old.dep_ = new, dep


# Where a statement is made, written between the speaker and the verb in South Asian copy.
VENUE_OBJECTS = frozenset(
    {"statement", "interview", "letter", "tweet", "post", "message", "speech", "address", "release", "note"}
)


def venue_hung_on_the_interpreter(prep: Token) -> None:
    """ "Yusuf Tarkan said through an interpreter at a news conference": the parser hung the venue
    on the interpreter; it is where the verb said it."""
    go_between = prep.head
    through = go_between.head
    if (
        prep.lower_ not in ("at", "in", "on")
        or go_between.dep_ != "pobj"
        or through.lower_ not in ("through", "via")
    ):
        return
    verb = through.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    venue = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if venue is None or venue.lower_ not in lexicon.words("venue_nouns.txt"):
        return
    prep.head = verb


# Nouns whose "on" a platform completes: "her presence on Twitter", "a ban on TikTok", "declared war
# on TikTok", "the tax on X", "an inquiry on TikTok".
PRESENCES = frozenset(
    {"presence", "account", "accounts", "page", "profile", "ban", "bans", "attack", "attacks", "crackdown"}
    | {"activity", "followers", "following", "restrictions", "channel", "feed", "war", "tax", "taxes", "levy"}
    | {"inquiry", "investigation", "probe", "limits", "tariff", "tariffs", "sanctions", "lawsuit", "case"}
    | {"threats", "abuse", "harassment", "content", "posts", "videos", "ads", "advertising", "spending"}
)


def venue_hung_on_the_object(prep: Token) -> None:
    """ "The Kessar Front claimed responsibility for the attack in a statement on Tuesday": the
    parser hung "in a statement" on the last noun of the object; it says where the verb said it."""
    if prep.lower_ not in ("in", "on", "at") or prep.head.pos_ not in ("NOUN", "PROPN"):
        return
    venue = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if venue is None or (venue.right_edge.i != venue.i and not _only_its_day_after(venue)):
        return  # ("in a statement issued by …", "in a letter to …": said elsewhere, or part of the claim)
    if prep.lower_ == "at":
        if venue.lower_ not in GATHERINGS or not any(c.dep_ == "det" for c in venue.children):
            return  # "claimed victory at a news conference in Kelbridge"
        if venue.lower_ in ("rally", "summit") and (
            prep.head.dep_ != "dobj" or prep.head.lower_ in EVENTS_AT_GATHERINGS
        ):
            return  # "claimed responsibility for the bombing at a rally": where the bombing was
    elif prep.lower_ == "on":
        if venue.text not in lexicon.PLATFORM_NAMES or prep.head.lower_ in PRESENCES:
            return  # "conceded defeat on Facebook"; not "cast doubt on the count", "her presence on X"
    elif venue.lower_ not in VENUE_OBJECTS or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in venue.children
    ):
        return  # ("denied any role in the statement": the statement is what it is about)
    word = prep.head
    while word.dep_ in ("pobj", "prep") and word.head.i < word.i:
        word = word.head
    verb = word.head
    if word.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    prep.head = verb


def _only_its_day_after(venue: Token) -> bool:
    """ "in a lengthy post on Tuesday", "at a news conference in Kelbridge": after the venue's noun,
    only the day it was posted or the place it was held."""
    after = [c for c in venue.children if c.i > venue.i]
    if len(after) != 1:
        return False
    if after[0].lower_ == "in":
        return all(t == after[0] or t.pos_ == "PROPN" for t in after[0].subtree)
    return after[0].lower_ == "on" and all(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in lexicon.DAYS_AND_MONTHS or t == after[0]
        for t in after[0].subtree
    )


# What happens at a gathering, not what one says there: "announced a protest at a summit".
EVENTS_AT_GATHERINGS = frozenset(
    {"protest", "protests", "attack", "attacks", "strike", "march", "bombing", "shooting", "stabbing"}
    | {"walkout", "boycott", "vote", "crackdown", "ban", "collapse", "crush", "violence", "clashes"}
    | {"responsibility"}  # "claimed responsibility for the bombing at a rally": the bombing's place
)
# Gatherings one speaks at: "at a news conference", "at a rally".
GATHERINGS = frozenset({"conference", "briefing", "rally", "summit", "hearing"})


def venue_hung_on_the_speaker(prep: Token) -> None:
    """ "Party spokesperson Rana Mehmood in a statement said that …", "Hosseinzadeh, in a video
    message, said …": the parser hung "in a statement" on the name; it says where the verb right after
    it said what it said."""
    speaker = prep.head
    verb = speaker.head
    doc = prep.doc
    end = prep.right_edge.i
    set_off = doc[prep.i - 1].text == "," and end + 2 == verb.i and doc[end + 1].text == ","
    # '“…,” said Aiko Brandt, Lumetra's chief executive, in the company's earnings release.'
    closing = (
        speaker.i > verb.i
        and doc[prep.i - 1].text == ","
        and (end + 1 == len(doc) or doc[end + 1].text in (".", "!", "?"))
    )
    # "…, said Carla Benedetti, the chief operating officer, on the earnings call."
    on_a_call = (
        prep.lower_ == "on"
        and closing
        and any(c.dep_ == "pobj" and c.lower_ == "call" for c in prep.children)
    )
    if (
        (prep.lower_ != "in" and not on_a_call)
        or speaker.dep_ != "nsubj"
        or verb.pos_ != "VERB"
        or not (verb.i == end + 1 or set_off or closing)
    ):
        return
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    if not on_a_call and not any(c.dep_ == "pobj" and c.lower_ in VENUE_OBJECTS for c in prep.children):
        return
    prep.head = verb
    if set_off:
        doc[prep.i - 1].head = doc[end + 1].head = verb  # the commas around it


OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})


def moment_hung_on_the_inverted_speaker(prep: Token) -> None:
    """ "“It was close,” said Ana Ruiz after the vote.": the parser hung the moment closing the
    sentence on the name after the verb; it says when the verb said it."""
    speaker = prep.head
    verb = speaker.head
    doc = prep.doc
    if (
        prep.lower_ not in ("after", "before", "during", "following", "ahead")
        or speaker.dep_ != "nsubj"
        or speaker.pos_ != "PROPN"
        or not verb.i < speaker.i < prep.i
        or verb.lemma_.lower() not in CORE_CUE_LEMMAS
        or any(t.pos_ in ("VERB", "AUX") or t.text in OPENING_QUOTES for t in doc[prep.i : speaker.sent.end])
    ):
        return  # (the moment closes the sentence, with no verb or quotation after it)
    prep.head = verb


def participle_read_as_the_subject(participle: Token) -> None:
    """ "Reacting, the spokesman of the company, Mr. Olufemi Adebayo-Johnson, said …": the parser made
    the opening participle the subject and the spokesman its apposition. The participle opens the
    sentence; the phrase set off after it is the subject."""
    doc = participle.doc
    verb = participle.head
    if participle.i + 2 >= len(doc) or doc[participle.i + 1].text != ",":
        return
    if participle.i > 0 and not participle.is_sent_start:
        return
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CORE_CUE_LEMMAS or verb.i < participle.i:
        return
    subject = next((c for c in participle.children if c.dep_ == "appos" and c.i > participle.i), None)
    if subject is None or subject.left_edge.i != participle.i + 2 or subject.pos_ not in ("NOUN", "PROPN"):
        return
    for child in [c for c in participle.children if c.i > subject.right_edge.i]:
        child.head = subject  # "…, Mr. Olufemi Adebayo-Johnson": the name after the role
    subject.head, subject.dep_ = verb, "nsubj"
    participle.dep_ = "advcl"
    doc[participle.i + 1].head = verb


# Verbs that answer a claim, and participles that then name it: "rejected claims that …, calling them
# lies"; "denied that …, describing the report as …".
DENYING = frozenset({"reject", "deny", "dismiss", "refute", "rebut", "dispute", "contest", "denounce"})
NAMING_PARTICIPLES = frozenset(
    {"calling", "describing", "labelling", "labeling", "branding", "terming", "dubbing", "saying"}
)


def participle_hung_on_the_denied_claim(participle: Token) -> None:
    """ "The government rejected claims that the opposition leader had been beaten, calling them
    “lies”": the parser hung the closing participle on the verb of the denied claim, so its subject
    (the opposition leader) was taken for who called them lies. A participle of naming set off at the
    end of what a denial denies is the denier's."""
    doc = participle.doc
    if participle.lower_ not in NAMING_PARTICIPLES or doc[participle.i - 1].text != ",":
        return
    clause = participle.head
    if clause.dep_ == "acl" and clause.head.dep_ == "dobj" and clause.head.i < clause.i:
        verb = clause.head.head  # "rejected claims that …"
    elif clause.dep_ == "ccomp":
        verb = clause.head  # "denied that …"
    else:
        return
    if verb.lemma_.lower() not in DENYING or verb.i > clause.i:
        return
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return
    participle.head = verb
    doc[participle.i - 1].head = verb


# Prepositions of place the tagger reads as the first word of a name when they open a sentence.
PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near", "opposite", "beside"})


def place_read_with_its_preposition_as_the_subject(verb: Token) -> None:
    """ "Outside Calder Crown Court, defence solicitor Amrit Sahota told reporters …": the tagger
    read "Outside" as the first word of the court's name, which became the subject, with the
    solicitor its apposition. "Outside" opens a phrase of place; the one set off after it speaks."""
    doc = verb.doc
    place = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if place is None or place.pos_ != "PROPN" or place.i + 2 >= verb.i or doc[place.i + 1].text != ",":
        return
    opening = place.left_edge
    if opening.lower_ not in PLACE_PREPOSITIONS or not opening.is_sent_start or opening.dep_ != "compound":
        return
    speaker = next((c for c in place.children if c.dep_ == "appos" and c.i > place.i + 1), None)
    if speaker is None or speaker.right_edge.i != verb.i - 1 or speaker.pos_ not in ("PROPN", "NOUN"):
        return
    opening.head, opening.dep_, opening.tag_, opening.pos_ = verb, "prep", "IN", "ADP"
    place.head, place.dep_ = opening, "pobj"
    speaker.head, speaker.dep_ = verb, "nsubj"
    doc[place.i + 1].head = verb


# The side a barrister is on, in British court reports: "Tom Beck, defending, said".
COUNSEL_SIDES = frozenset({"defending", "prosecuting", "mitigating", "representing"})


def participle_set_off_read_as_the_subject(verb: Token) -> None:
    """ "Dr Ann Cole, writing in the BMJ, said …": the parser made the participle set off after the
    name the subject (and the name its subject). The name speaks; the participle says where."""
    doc = verb.doc
    participle = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "VBG"), None)
    if participle is None or participle.i < 2 or doc[participle.i - 1].text != ",":
        return
    name = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    end = participle.right_edge.i
    if doc[end].text == ",":
        end -= 1  # (the closing comma may be the participle's)
    if name is None or name.pos_ != "PROPN" or name.i != participle.i - 2 or doc[end + 1].text != ",":
        return
    if end + 2 != verb.i:
        return
    name.head, name.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = name, "acl"
    doc[end + 1].head = name


def counsel_s_side_read_as_the_subject(verb: Token) -> None:
    """ "Mitigating, Ann Roe said he was sorry.": the tagger took the side a barrister speaks for,
    opening the sentence, for a name, with the barrister set off after it. The barrister speaks."""
    doc = verb.doc
    side = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if side is None or side.lower_ not in COUNSEL_SIDES or not side.is_sent_start:
        return
    name = next((c for c in side.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or doc[side.i + 1].text != ",":
        return
    end = name.right_edge.i
    if not (end + 1 == verb.i or (end + 2 == verb.i and doc[end + 1].text == ",")):
        return
    name.head, name.dep_ = verb, "nsubj"
    side.tag_, side.pos_, side.dep_ = "VBG", "VERB", "advcl"
    doc[side.i + 1].head = verb


def name_read_into_the_opening_phrase(verb: Token) -> None:
    """ "Outside a school in Dravosk, Olga Venn, a nurse, said …": the parser joined the name to the
    place that ends the opening phrase ("Dravosk, Olga Venn") and made her description the subject.
    The name is the subject; the description set off after it is hers."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ != "NOUN" or doc[verb.i - 1].text != ",":
        return
    left = subject.left_edge
    # (or the side a barrister speaks for: "In mitigation, Tom Beck, defending, said …")
    described = left.lower_ in ("a", "an") or (left == subject and subject.lower_ in COUNSEL_SIDES)
    if subject.right_edge.i not in (verb.i - 2, verb.i - 1) or not described:
        return
    if left.i < 3 or doc[left.i - 1].text != ",":
        return
    name = doc[left.i - 2]
    if name.pos_ != "PROPN" or name.dep_ not in ("conj", "appos"):
        return
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.children):
        return  # a full name, given name and surname (entities are not recognised yet)
    if name.head.i > name.i or name.head.dep_ != "pobj" or any(c.dep_ == "cc" for c in name.head.children):
        return  # ("in Dravosk and Olga Venn": a real conjunct)
    name.head, name.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = name, "appos"
    doc[left.i - 1].head = name


def pair_read_as_two_subjects(verb: Token) -> None:
    """ "Rep. Paula Ng (D-Wash.) and Rep. Leon Voss (R-Idaho) said in a joint statement …": the parser
    gave the verb two subjects, the "and" on the first; the second is the first's conjunct, and both spoke."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2:
        return
    first, second = subjects
    joining = verb.doc[second.left_edge.i - 1]
    if (
        joining.head != first
        or joining.dep_ != "cc"
        or joining.lower_ not in ("and", "&")
        or first.pos_ != "PROPN"
    ):
        return  # the "and" right before the second, on the first: a name and a name
    second.head, second.dep_ = first, "conj"


def subject_read_as_a_conjunct(verb: Token) -> None:
    """ "The opposition is a tool of foreign powers, deputy foreign minister Ivan Petrov told
    reporters.": the parser joined the speaker to the last noun of the clause before ("powers … and
    Petrov") and left the verb of saying with no subject. The noun phrase set off by the comma right
    before the verb is its subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return
    speaker = doc[verb.i - 1]
    if (
        speaker.dep_ not in ("conj", "appos")
        or speaker.pos_ not in ("PROPN", "NOUN")
        or speaker.head.i > speaker.i
    ):
        return
    left = speaker.left_edge.i
    if left == 0 or doc[left - 1].text != "," or any(c.dep_ == "cc" for c in speaker.head.children):
        return  # "powers and Petrov": a real conjunct
    doc[left - 1].head = verb
    speaker.head, speaker.dep_ = verb, "nsubj"


def subject_read_as_the_opening_s_apposition(verb: Token) -> None:
    """ "On Monday, Reshetova, speaking to Der Morgen, said …", "Earlier, Reshetova, in an interview
    …, stated …": the parser hung the name set off after the opening phrase on that phrase (an
    apposition of "Monday", a modifier of "Earlier") and left the verb of saying with no subject.
    A name set off by commas right after the opening phrase is the subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return
    for name in doc[verb.sent.start : verb.i]:
        if name.pos_ != "PROPN" or name.dep_ not in ("appos", "npadvmod") or name.head.i > name.i:
            continue
        left, right = name.left_edge.i, name.right_edge.i
        closed = doc[right].text == "," or (right + 1 < verb.i and doc[right + 1].text == ",")
        if left == 0 or doc[left - 1].text != "," or not closed:
            continue
        opening = name.head
        lead = doc[verb.sent.start : left - 1]
        if opening.i != left - 2 or len(lead) > 4 or any(t.text == "," for t in lead):
            continue  # right after the short phrase that opens the sentence: "On Monday,", "Earlier,"
        if not (opening.tag_ in ("RB", "RBR") or opening.dep_ in ("pobj", "npadvmod")):
            continue  # not "Jeffrey Salkin, a Hollywood, Fla., rabbi …, said"
        if opening.head != verb and opening.head.head != verb:
            continue
        name.head, name.dep_ = verb, "nsubj"
        return


def subject_read_as_the_fronted_clause_s_apposition(verb: Token) -> None:
    """ "Although there is no overlap with Sanders's team, a White House official who spoke
    anonymously said …", "After a day of tensions between two leaders, Ryan's office announced …":
    the parser hung the subject, set off by the comma that closes the fronted clause or phrase, on
    its last noun as an apposition or a conjunct, and left the verb of saying with none. A noun
    phrase after that comma that runs up to the verb is its subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return
    for clause in verb.children:
        fronted_clause = clause.dep_ == "advcl" and (
            any(c.dep_ == "mark" for c in clause.children)
            # "Talking to this correspondent, a senior official …, said", "Interviewed by the broadcaster
            # Al-Mashriq, the rebel commander, …, said": a participle opening the sentence
            or (clause.tag_ in ("VBG", "VBN") and clause.left_edge.i == verb.sent.start)
        )
        if clause.i > verb.i or not (fronted_clause or clause.dep_ == "prep"):
            continue  # ("After a day of tensions between two leaders, Ryan's office announced …")
        for name in clause.subtree:
            if name.dep_ not in ("appos", "conj") or name.pos_ not in ("NOUN", "PROPN"):
                continue
            closing_comma = doc[verb.i - 1].text == "," and any(c.dep_ == "relcl" for c in name.children)
            if (
                name.right_edge.i != verb.i - 1
                and not (closing_comma and name.right_edge.i == verb.i - 2)  # "…, who gave his name …, said"
                and not _participle_aside_between(name.right_edge, verb)
            ):
                continue
            if name.left_edge.i > 0 and doc[name.left_edge.i - 1].text == ",":
                name.head, name.dep_ = verb, "nsubj"
                return


def _participle_aside_between(last: Token, verb: Token) -> bool:
    """ "a senior official, requesting anonymity, said": between the noun phrase's last word and the
    verb, only a participle set off by commas, which the parser hung on the verb."""
    doc = verb.doc
    if last.i + 3 >= verb.i or doc[last.i + 1].text != "," or doc[verb.i - 1].text != ",":
        return False
    aside = doc[last.i + 2]
    return (
        aside.tag_ in ("VBG", "VBN")
        and aside.head == verb
        and aside.dep_ == "advcl"
        and aside.left_edge.i == last.i + 2
        and aside.right_edge.i == verb.i - 2
    )


def speaker_read_into_the_reported_clause(verb: Token) -> None:
    """ "The party will not field candidates, its national chairman, Chief Emmanuel Okafor-Bassey,
    has said.": the parser made the closing speaker a part of the reported clause (its object, or a
    conjunct of its last noun) and left the verb of saying, which ends the sentence, without a
    subject. The phrase set off by commas right before the verb is its subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return
    comma = verb.i - 1
    while comma > 0 and doc[comma].dep_ == "aux" and doc[comma].head == verb:
        comma -= 1  # "…, has said."
    after = verb.i + 1
    if comma < 3 or doc[comma].text != "," or (after < len(doc) and doc[after].text not in (".", "!", "?")):
        return
    head = doc[comma - 1]
    while (
        head.dep_ in ("appos", "flat")
        and head.head.i < head.i
        and head.head.left_edge.i > 0
        and doc[head.head.left_edge.i - 1].text == ","
    ):
        head = head.head  # "its Managing Director, Hassan Bello-Danjuma": the phrase the name is set beside
    left = head.left_edge.i
    if head.pos_ not in ("NOUN", "PROPN") or head.head == verb or left < 2 or doc[left - 1].text != ",":
        return
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < left), None)
    if clause is None or not (clause.left_edge.i <= head.i <= clause.right_edge.i):
        return
    head.head, head.dep_ = verb, "nsubj"
    doc[left - 1].head = verb


def said_read_as_the_participle_s_auxiliary(verb: Token) -> None:
    """ "Reached by phone, village chief Tomas Ebrero said floodwater had …": the parser read the
    opening participle as the sentence's verb and "said" as its passive auxiliary, with the speaker
    the object of "by". The words between the last comma and "said" are its subject, the participle
    an aside."""
    doc = verb.doc
    participle = verb.head
    if verb.lower_ != "said" or verb.dep_ != "auxpass" or participle.dep_ != "ROOT" or participle.i > verb.i:
        return
    if participle.tag_ != "VBN" or not participle.is_sent_start:
        return
    comma = next((k for k in range(verb.i - 1, participle.i, -1) if doc[k].text == ","), None)
    if (
        comma is None
        or comma == verb.i - 1
        or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    ):
        return
    subject = doc[verb.i - 1]
    if subject.pos_ not in ("NOUN", "PROPN") or subject.head.i > verb.i:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    participle.head, participle.dep_ = verb, "advcl"
    subject.head, subject.dep_ = verb, "nsubj"
    for t in list(subject.children):
        if t.i == comma:
            t.head = participle
        elif t.i < comma:  # "by phone" cut off from its preposition
            t.head, t.dep_ = (
                (doc[t.i - 1], "pobj") if doc[t.i - 1].pos_ == "ADP" else (participle, "npadvmod")
            )
    doc[comma].head = participle
    for t in list(participle.children):
        if t.i > verb.i:
            t.head = verb


def role_read_as_the_root_before_its_name(verb: Token) -> None:
    """ "Hours later, the actress Marnie Quill posted on Instagram that she was …": the parser made
    the role before the name the sentence's root and the verb a relative clause of it, whose subject
    is the name. The verb is the root; the role is the name's."""
    doc = verb.doc
    role = verb.head
    if role.dep_ != "ROOT" or role.pos_ != "NOUN" or role.i >= verb.i or role.i + 1 >= len(doc):
        return
    if role.lower_ not in lexicon.words("person_roles.txt"):
        return
    name = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (
        name is None
        or name.pos_ != "PROPN"
        or name.left_edge.i != role.i + 1
        or name.right_edge.i != verb.i - 1
    ):
        return
    for child in list(role.children):
        if child == verb:
            continue
        if child.dep_ in ("det", "amod", "compound", "poss") and child.i < role.i:
            continue  # "the actress": the role's own words
        child.head = verb
        if child.dep_ == "relcl" and child.i > verb.i:
            child.dep_ = "ccomp"  # "… that she was “heartbroken”": what the verb reports
    verb.head, verb.dep_ = verb, "ROOT"
    role.head, role.dep_ = name, "compound"
