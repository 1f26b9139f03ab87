"""Mend the parser's misreadings of what a verb of saying reported, where it hung the reported
clause on a noun.

"Said in a note to clients that …", "told a briefing that …", "told the tribunal she had been …",
"said at a summit in Vorna that talks …": the small English model often reads the reported clause
as a relative clause of the venue or the audience noun before it (or that noun's "that" as a
relative pronoun), and the verb of saying then reports nothing, or the wrong words. Each repair
here hangs the clause back on the verb of saying, as :mod:`quotetrail.extraction.clause_repairs`
does for the other misjoined clauses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.lexicon import CORE_CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token


def relative_clause_read_as_reported(verb: Token) -> None:
    """ "According to an email, a copy of which was shared with the Courier, the ministry asked …":
    the parser read the relative clause about the email as what the ministry asked. A clause whose
    subject holds "which" or "whom", right after a noun and a comma, is that noun's relative clause."""
    doc = verb.doc
    head = verb.head
    if head.i <= verb.i:
        return
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects or not any(t.tag_ in ("WDT", "WP", "WP$") for t in subjects[0].subtree):
        return
    left = subjects[0].left_edge.i
    if left < 2 or doc[left - 1].text != "," or doc[left - 2].pos_ not in ("NOUN", "PROPN"):
        return
    for child in [c for c in verb.children if c.i < left]:
        child.head = head  # "According to an email," goes with the sentence's verb
    verb.head, verb.dep_ = doc[left - 2], "relcl"


WHEN_PREPOSITIONS = frozenset({"following", "after", "before", "during", "at", "on"})


RESPONSE_NOUNS = frozenset({"response", "reply", "answer"})


def _says_no_clause_yet(verb: Token) -> bool:
    """A verb of saying with a subject and no reported clause of its own: one a stray clause may be."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in CORE_CUE_LEMMAS
        and not any(c.dep_ == "ccomp" for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def that_clause_hung_on_the_venue_s_relative(clause: Token) -> None:
    """ "Solberg said in an interview that aired Sunday that the army would stay.": the parser hung
    the that-clause on the interview's own relative verb ("aired"). A venue's relative clause says
    when or where it ran, not what was said: the clause is the verb of saying's."""
    relative = clause.head
    # (or its participle: "said in a letter seen by the Echo that it would reopen")
    if not (relative.dep_ == "relcl" or (relative.dep_ == "acl" and relative.tag_ == "VBN")) or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return
    if relative.lemma_.lower() in CORE_CUE_LEMMAS or (
        relative.dep_ == "relcl" and lexicon.is_cue_lemma(relative.lemma_.lower(), has_complement=True)
    ):
        return  # "in an interview in which he said that …": the relative's own saying
    venue = relative.head
    prep = venue.head
    if venue.dep_ != "pobj" or venue.lower_ not in lexicon.words("venue_nouns.txt") or prep.dep_ != "prep":
        return
    verb = prep.head
    if not _says_no_clause_yet(verb):
        return
    clause.head = verb


def that_clause_read_as_relative(clause: Token) -> None:
    """ "Tomas Berg said in a note to clients that markets had heard this before.": the parser made
    the that-clause a relative clause of "clients". A relative clause has no "that" as a mark beside
    a subject of its own: the clause is what the verb of saying said, and "to clients" goes with
    the note."""
    that = clause.doc[clause.left_edge.i]
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        # "wrote in a letter to the board that Fenn should step down": "that" read as the object
        if that.lower_ != "that" or that.dep_ != "dobj" or clause.dep_ != "relcl":
            return
        if not any(c.dep_ == "nsubj" and c.i > that.i for c in clause.children):
            return
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return
    noun = clause.head
    prep = noun.head
    if prep.dep_ != "prep" or not (
        noun.dep_ == "pobj" or (noun.dep_ == "dobj" and prep.lower_ == "following")
    ):
        return
    nouns = [noun]  # "in one of a series of Twitter messages that …": up to the outermost phrase
    while (
        (
            prep.lower_ == "of"
            or (
                prep.lower_ == "to"
                and (
                    prep.head.lower_ in RESPONSE_NOUNS or prep.head.lower_ in lexicon.words("venue_nouns.txt")
                )
            )
        )
        and prep.head.dep_ == "pobj"
        and prep.head.head.dep_ == "prep"
    ):
        nouns.append(
            prep.head
        )  # ("in response to a question from X that …", "in a letter to the board that")
        prep = prep.head.head
    # whom it was said to or through: "said to reporters that", "through a lawyer that"; or where:
    # "said in a video message posted on Telegram that the government was “lying”"
    where = prep.lower_ == "in" and any(
        n.lower_ in lexicon.words("venue_nouns.txt") or n.lower_ in RESPONSE_NOUNS for n in nouns
    )
    noun = nouns[-1]
    # or when: "said following a vote in 2001 that he had …", "said at the time that …"
    when = prep.lower_ in WHEN_PREPOSITIONS or (
        prep.lower_ == "in" and (noun.like_num or noun.ent_type_ == "DATE")
    )
    where = where or (when and clause.dep_ == "relcl")  # not "following news that …", which is the news's
    if that.dep_ == "dobj" and len(nouns) == 1:
        return  # "in a letter that Horizon One has seen": the letter's relative clause
    if prep.lower_ not in ("to", "through", "via") and not where:
        return
    if clause.dep_ == "acl" and prep.lower_ == "to":
        return  # "responded to reports that Trump planned …": what the reports said
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    series = [c for c in clauses if _goes_on_with(clause, c)]
    if prep.lower_ != "to" and len(series) < len(clauses):
        return
    if where and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return  # "-- having suggested in a recent speech that …": whose words, the clause does not say
    clause.head, clause.dep_ = verb, "ccomp"
    if that.dep_ == "dobj":
        that.head, that.dep_ = clause, "mark"
    for rest in series:  # "… had been beaten, | denied medical care and subjected to …"
        rest.head, rest.dep_ = clause, "conj"
        if rest.tag_ == "VBD" and clause.tag_ == "VBN":
            rest.tag_ = "VBN"
    venue = [c for c in verb.children if c.dep_ == "prep" and c.i < prep.i and c.right_edge.i == prep.i - 1]
    if venue and prep.lower_ == "to":
        objects = [c for c in venue[-1].children if c.dep_ == "pobj"]
        if objects:
            prep.head = objects[0]  # "in a note | to clients"


def that_clause_s_subject_read_as_a_relative_verb(word: Token) -> None:
    """ "Marno said on Wednesday at a summit in Vorna that talks with the rebels would resume.": the
    parser read "that talks" as a relative clause of "summit" and left "would resume" a clause of
    "said" with no subject. A plural noun read as a verb, right after the "that" of a venue's
    phrase, is the subject of the verb's subjectless clause right after it."""
    doc = word.doc
    that = doc[word.i - 1]
    if not word.lower_.endswith("s") or that.head != word or that.dep_ != "nsubj":
        return
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in word.children):
        return  # "a summit that decides …": a verb with its object
    after = word.right_edge.i + 1
    if after >= len(doc):
        return
    clause = doc[after] if doc[after].dep_ == "ccomp" else doc[after].head  # "were", or "would resume"
    if clause.dep_ != "ccomp" or clause.left_edge.i != after:
        return
    saying = clause.head
    if saying.lemma_.lower() not in CORE_CUE_LEMMAS or not saying.i < word.head.i < word.i:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return
    if not any(a.head == saying and a.dep_ == "prep" for a in word.head.ancestors):
        return  # the noun is in a phrase of the verb of saying ("at a summit in Vorna")
    that.head, that.dep_, that.tag_, that.pos_ = clause, "mark", "IN", "SCONJ"
    word.head, word.dep_, word.tag_, word.pos_ = clause, "nsubj", "NNS", "NOUN"


TIME_MARKS = frozenset({"since", "after", "before", "until"})


def date_read_as_the_subject_of_a_time_clause(clause: Token) -> None:
    """ "Sørensen said the krone's 12% slide since January had wiped out a year of wage gains": the
    parser read "since January had wiped out …" as a time clause with the month for its subject, and
    the slide as what was said. "since January" goes with the slide, which is the clause's subject,
    and the clause is what was said."""
    verb = clause.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CORE_CUE_LEMMAS or verb.i > clause.i:
        return
    if any(c.dep_ == "ccomp" for c in verb.children):
        return
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS]
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not marks or not subjects or subjects[0].i != marks[0].i + 1:
        return
    date = subjects[0]  # (the parse comes before the recogniser: the words say it is a date)
    if not (date.lower_ in lexicon.DAYS_AND_MONTHS or (date.like_num and len(date.text) == 4)):
        return
    if not any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in clause.children):
        if clause.tag_ not in ("VBD", "VBZ"):
            return
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == marks[0].i - 1]
    if not objects:
        return
    mark, noun = marks[0], objects[0]
    mark.head, mark.dep_, mark.tag_, mark.pos_ = noun, "prep", "IN", "ADP"
    date.head, date.dep_ = mark, "pobj"
    noun.head, noun.dep_ = clause, "nsubj"
    clause.head, clause.dep_ = verb, "ccomp"


def that_read_as_the_relative_s_object(clause: Token) -> None:
    """ "Heather Johnston said before attending Wednesday's town hall that CNN asked her to pose a
    question.": the parser made the that-clause a relative clause of "town hall", with "that" the
    object of a verb that has an object already. The clause is what was said, after a phrase of
    when it was said."""
    doc = clause.doc
    that = doc[clause.left_edge.i]
    if that.lower_ != "that" or that.dep_ != "dobj" or that.head.i <= that.i:
        return
    if not any(c.dep_ == "dobj" and c.i != that.i for c in that.head.children):
        return  # the relative's object: "the hall that CNN hired"
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children):
        return
    noun = clause.head
    prep = noun.head
    if noun.dep_ == "dobj" and prep.dep_ == "pcomp":  # "before attending the town hall"
        prep = prep.head
    elif noun.dep_ != "pobj":
        return
    if prep.dep_ != "prep" or prep.lower_ not in WHEN_PREPOSITIONS:
        return
    verb = prep.head
    if not _says_no_clause_yet(verb):
        return
    that.head, that.dep_ = clause, "mark"
    clause.head, clause.dep_ = verb, "ccomp"


def _goes_on_with(clause: Token, other: Token) -> bool:
    """A clause with no subject or "that" of its own right after ``clause`` and a comma: the next
    item of its series ("had been beaten, denied medical care …")."""
    return (
        other.i > clause.i
        and other.left_edge.i == clause.right_edge.i + 1
        and clause.doc[clause.right_edge.i].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in other.children)
    )


# Gatherings one tells something: "told a briefing", "told the rally".
AUDIENCES = frozenset(
    {"briefing", "conference", "meeting", "rally", "session", "hearing", "summit", "gathering", "forum"}
    | {"crowd", "audience", "assembly", "congress", "convention", "parliament", "audiences", "crowds"}
    | {"tribunal", "inquest", "inquiry", "court", "jury", "jurors", "panel", "committee", "magistrates"}
)


# Whom a contact clause is told to, beside the occasions above: "told reporters she would stay".
# Whom witnesses and suspects tell (red team 144), often with a relative clause of their own after
# them ("officers he met at the scene"): not a clause with a that-clause after it or a stranded
# preposition in the active.
OFFICERS = frozenset(
    {"officers", "detectives", "deputies", "investigators", "paramedics", "prosecutors", "agents"}
)
LISTENERS = (
    AUDIENCES
    | OFFICERS
    | frozenset({"reporters", "journalists", "mps", "councillors", "delegates", "senators"})
)


def contact_clause_read_as_the_audience_s(clause: Token) -> None:
    """ "Ms Pryce told the tribunal she had been bullied for months.", "told jurors she had
    “betrayed” residents": the parser made the clause without "that" a relative clause of the
    audience. A clause with a subject of its own and no relative word, right after the audience a
    verb of telling has as its object, is what was told."""
    noun = clause.head
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lower_ not in LISTENERS or clause.left_edge.i != noun.i + 1:
        return
    if verb.lemma_.lower() not in TELLING_LEMMAS or any(c.dep_ == "ccomp" for c in verb.children):
        return
    if not _a_subject_of_its_own(clause):
        return  # "the jury that convicted him"
    if noun.lower_ in OFFICERS and (
        any(t.lower_ == "that" and t.dep_ in ("mark", "dobj", "pobj") for t in clause.subtree)
        or (clause.right_edge.dep_ == "prep" and not any(c.dep_ == "auxpass" for c in clause.children))
    ):
        return  # "told officers he met at the scene that …", "officers he had served with"
    clause.head, clause.dep_ = verb, "ccomp"


def _a_subject_of_its_own(clause: Token) -> bool:
    """The clause has a subject before its verb that is no relative word ("she had been bullied",
    not "that convicted him")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
    return bool(subjects) and subjects[0].tag_ not in ("WDT", "WP", "WP$") and subjects[0].lower_ != "that"


def contact_clause_read_as_the_venue_s(clause: Token) -> None:
    """ "Kroll said in an email the reef was recovering.": the parser made the clause without
    "that" a relative clause of the venue after the verb of saying. A clause with a subject of its
    own and no relative word, right after "in a/an <venue>", is what was said."""
    noun = clause.head
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or clause.left_edge.i != noun.i + 1:
        return
    if noun.lower_ not in SAID_IN or not any(c.dep_ == "det" for c in noun.children):
        return
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or any(c.dep_ == "ccomp" for c in verb.children):
        return
    if not _a_subject_of_its_own(clause):
        return  # "said in a statement that appeared on its website"
    if clause.left_edge.tag_ in ("WDT", "WP", "WP$") or clause.left_edge.lower_ in ("that", "which", "who"):
        return  # "in a letter that Horizon One has seen in full"
    if clause.lower_ in VENUE_MAKING or any(t.lower_ == "that" and t.dep_ == "mark" for t in clause.subtree):
        return  # "said in an interview the ministry gave to state TV that it would act": the interview's
    clause.head, clause.dep_ = verb, "ccomp"


# What one does with a venue, in a relative clause with no relative word: "an interview she gave".
VENUE_MAKING = frozenset(
    {"gave", "given", "gives", "granted", "grants", "conducted", "published", "posted", "sent", "wrote"}
    | {"written", "delivered", "made", "issued", "recorded", "filmed", "did", "released"}
)


# Where one says a thing: "said in an email the reef was recovering".
SAID_IN = frozenset(
    {"email", "statement", "interview", "letter", "message", "post", "tweet", "speech", "note"}
)
# Verbs of saying something to someone: "told / warned / assured reporters who … that …".
TELLING_LEMMAS = frozenset({"tell", "warn", "assure", "remind", "inform"})


def that_clause_read_into_the_audience_s_relative(clause: Token) -> None:
    """ "told reporters who gathered outside the ministry that the curfew would stay", "warned women
    who defy the dress code that they would face the law": the parser hung the that-clause on the
    verb of the relative clause describing whom the speaker told. It is what was told."""
    relative = clause.head
    that = clause.left_edge
    if relative.dep_ != "relcl" or that.lower_ != "that" or that.dep_ != "mark" or that.head != clause:
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return
    told = relative.head
    verb = told.head
    if (
        told.dep_ not in ("dobj", "dative")
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in TELLING_LEMMAS
    ):
        return
    if (
        any(c.dep_ == "ccomp" and c.i < clause.i for c in verb.children)
        or clause.right_edge.i != relative.right_edge.i
    ):
        return
    if relative.lemma_.lower() in CORE_CUE_LEMMAS:
        return  # "told the man who said that the war was over": what the man said
    own = [c for c in relative.children if c.dep_ in ("dobj", "prep") and relative.i < c.i < that.i]
    if not own or own[-1].right_edge.i != that.i - 1:
        return  # "tell Bharara, who would recognize instantly that …": what the relative verb takes
    if any(c.i > clause.right_edge.i and not c.is_punct and c.dep_ != "ccomp" for c in verb.children):
        return  # "told the man who … that … to go home"
    clause.head, clause.dep_ = verb, "ccomp"


def that_clause_read_as_the_audience_s(clause: Token) -> None:
    """ "Aminata Diallo told a briefing (in the capital) that the outbreak was over": the parser made
    the that-clause a relative clause of "briefing" (or "capital"), its "that" an object with no
    preposition. A "that" hung on the clause's verb as an object of nothing, beside a subject of
    the clause's own, marks what the verb of saying said."""
    doc = clause.doc
    that = doc[clause.left_edge.i]
    if (
        that.lower_ == "that"
        and that.dep_ == "det"
        and that.head.dep_ in ("nsubj", "nsubjpass")
        and that.head.head == clause
        and (clause.head.pos_ == "PROPN" or clause.head.lower_ in AUDIENCES)
    ):
        # "told the Halvik Courier that enrolment would resume": "that" read as "that enrolment"
        that.head, that.dep_ = clause, "mark"
    if that.lower_ != "that" or that.head != clause:
        return
    audience = clause.head.lower_ in AUDIENCES  # "told a news conference that …"
    if that.dep_ not in ("pobj", "mark") and not (that.dep_ == "dobj" and audience):
        return  # "the story that his father had told him": a relative clause
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children):
        return
    noun = clause.head
    verb = noun.head
    if noun.dep_ == "pobj":  # "told a briefing in the capital that …"
        verb = verb.head if verb.head.dep_ != "dobj" else verb.head.head
    elif noun.dep_ != "dobj":
        return
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "tell":
        return
    if any(c.dep_ == "ccomp" for c in verb.children):
        return
    if not (audience or any(c.dep_ == "dobj" and c.lower_ in AUDIENCES for c in verb.children)):
        return  # "an interaction with Clinton that she interpreted": a relative clause after all
    clause.head, clause.dep_ = verb, "ccomp"
    that.head, that.dep_ = clause, "mark"
    that.tag_, that.pos_ = "IN", "SCONJ"


# Nouns a verb of saying goes without ("claimed without evidence that …").
WITHOUT_WHAT = frozenset({"evidence", "proof", "basis", "substantiation", "explanation"})


def that_clause_read_as_the_evidence(clause: Token) -> None:
    """ "Ada Rusk claimed without evidence that the election was stolen.": the parser hung the
    that-clause on "evidence", as in "evidence that it was stolen". It is what was claimed."""
    noun = clause.head
    if noun.lower_ not in WITHOUT_WHAT or noun.dep_ != "pobj" or noun.head.lower_ != "without":
        return
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return
    clause.head, clause.dep_ = verb, "ccomp"


def participle_of_the_subject_read_as_a_relative(verb: Token) -> None:
    """ "According to Dr. Felix Amadi, who leads the unit, most of the patients admitted this week
    were unvaccinated.": the parser made "most of the patients admitted" a relative clause of the
    name, with a subject of its own, and left the sentence's verb ("were unvaccinated") with none.
    A bare participle right after its subject's noun is a reduced relative clause of that noun; the
    subject is the sentence's."""
    doc = verb.doc
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return
    noun = doc[verb.i - 1]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or noun.tag_ not in ("NN", "NNS") or noun not in subject.subtree:
        return
    if (
        any(t.tag_ in ("WDT", "WP", "WP$") for t in subject.subtree)
        or doc[subject.left_edge.i - 1].text != ","
    ):
        return
    sentence = verb.sent.root
    if sentence.i <= verb.right_edge.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in sentence.children):
        return
    auxiliaries = [c for c in sentence.children if c.dep_ in ("aux", "auxpass") and c.i > verb.i]
    if not auxiliaries or auxiliaries[0].i != verb.right_edge.i + 1:
        return
    subject.head = sentence
    subject.dep_ = "nsubjpass" if auxiliaries[0].dep_ == "auxpass" else "nsubj"
    verb.head, verb.dep_ = noun, "acl"


def participle_of_the_subject_read_as_the_verb(verb: Token) -> None:
    """ "Most of the patients admitted this week were unvaccinated.", "Residents told to evacuate on
    Tuesday were allowed back …": the parser made the participle describing the subject the
    sentence's verb, and the real verb ("were unvaccinated") the clause it reported. A verb right
    after its subject's noun, followed by a clause with no subject nor "that" that opens with its
    auxiliary, is a reduced relative clause of that noun: the clause is the sentence."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass", "neg", "dobj", "dative", "attr") for c in verb.children
    ):
        return  # not "voters said life … would be worse", whose subject the parser made the object
    noun = doc[verb.i - 1]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or noun.tag_ not in ("NN", "NNS") or subject.right_edge.i != noun.i:
        return
    if (clause := _verb_after_the_instruction(verb, subject)) is not None:
        _make_the_sentence_s_verb(verb, clause, subject, noun, passive=False)
        return  # "About 15,000 residents told to evacuate spent the night in school gyms"
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return
    first = clause.left_edge
    auxiliary = first.dep_ in ("aux", "auxpass") and first.head == clause
    if not (auxiliary and first.lower_ in AUXILIARIES):
        return
    if any(t.is_punct or t.tag_ in ("WDT", "WP") for t in doc[verb.i : first.i]):
        return
    _make_the_sentence_s_verb(verb, clause, subject, noun, passive=first.dep_ == "auxpass")


def _make_the_sentence_s_verb(
    verb: Token, clause: Token, subject: Token, noun: Token, *, passive: bool
) -> None:
    """The clause becomes the sentence, the participle a reduced relative clause of the noun."""
    for child in [c for c in verb.children if c.is_punct and c.i > clause.right_edge.i]:
        child.head = clause  # the full stop goes with the sentence's verb
    if verb.dep_ == "ROOT":
        clause.head, clause.dep_ = clause, "ROOT"
    else:  # "Workers asked to stay home received full pay, the company said": the report's clause
        clause.head, clause.dep_ = verb.head, verb.dep_
    subject.head = clause
    subject.dep_ = "nsubjpass" if passive else "nsubj"
    verb.head, verb.dep_ = noun, "acl"


def instructed_read_as_the_verb(verb: Token) -> None:
    """ "Workers asked to stay home received full pay, the company said": as
    :func:`participle_of_the_subject_read_as_the_verb`, inside a reported clause."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    noun = doc[verb.i - 1]
    if subject is None or noun.tag_ not in ("NN", "NNS") or subject.right_edge.i != noun.i:
        return
    if (clause := _verb_after_the_instruction(verb, subject)) is not None:
        _make_the_sentence_s_verb(verb, clause, subject, noun, passive=False)


# Participles of an instruction given to people: "residents told to evacuate", "staff ordered to leave".
INSTRUCTED = frozenset({"told", "asked", "ordered", "urged", "advised", "forced", "instructed", "warned"})


def _verb_after_the_instruction(verb: Token, subject: Token) -> Token | None:
    """ "About 15,000 residents told to evacuate spent the night in school gyms": the parser read
    "told" as the sentence's verb and "spent", with no subject of its own, as what they were told.
    A past verb right after the instruction's infinitive, not joined to it by "and", is the
    sentence's."""
    if verb.lower_ not in INSTRUCTED or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    doc = verb.doc
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if infinitive is None or not any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i + 1 for c in infinitive.children
    ):
        return None
    after = infinitive.right_edge.i + 1
    main = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "ccomp", "conj", "dep", "advcl") and c.left_edge.i == after
        ),
        None,
    )
    if main is None or main.tag_ not in ("VBD", "VBN") or main.left_edge.i != main.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass") for c in main.children):
        return None
    if doc[main.i - 1].lower_ in ("and", "or", ",", "but"):
        return None
    return main


AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "has", "have", "would", "will", "could"})


def present_conjunct_read_as_the_speaker_s(conjunct: Token) -> None:
    """ "Kroll said in a statement that he “regrets the errors” but stands by the paper's
    conclusions": the parser made "stands" a second verb of "said", with its subject. A verb in the
    present with no subject, joined after a past verb of saying whose reported clause is in the
    present, goes on with that clause (who said something and then did it would keep the past)."""
    verb = conjunct.head
    if conjunct.dep_ != "conj" or verb.tag_ != "VBD" or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conjunct.children):
        return
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i < conjunct.i), None)
    if clause is None or clause.tag_ not in ("VBZ", "VBP") or clause.right_edge.i > conjunct.i:
        return
    joining = [c for c in verb.children if c.dep_ == "cc" and clause.right_edge.i < c.i < conjunct.i]
    conjunct.head = clause
    for c in joining:
        c.head = clause
