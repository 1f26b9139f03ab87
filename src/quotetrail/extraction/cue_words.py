"""The words of a cue beyond its verb.

A cue is the verb with its auxiliaries, particle and manner adverb ("has also said", "fired back",
"said sarcastically"), a preposition that introduces the content ("called for", "asked about"),
"in a statement" where PolNeAR's annotators take it with the verb, a light verb's object naming
the attitude ("expressed concern about"), "made it clear", and a carrying verb with the verb it
carries ("went on to say", "continued to call for").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.complements import is_setting, is_time
from quotetrail.extraction.phrases import before_a_set_off_clause

if TYPE_CHECKING:
    from spacy.tokens import Token


LIGHT_OBJECT_PREPOSITIONS = frozenset(
    {"about", "of", "for", "on", "with", "against", "over", "into", "to", "at"}
)


def light_object(verb: Token, complement: list[Token]) -> tuple[Token, list[Token]] | None:
    """ "expressed concern about the plan", "made no secret of her doubts": after a light verb whose
    object names the attitude, the cue runs through the object to the preposition (or up to the
    that-clause) tying it to the content, and the content is what follows. Returns the cue's last
    token and the content, or None when the cue is the verb alone."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if verb.lower_ not in lexicon.words("light_verbs.txt") or not objects or not complement:
        return None
    obj = objects[0]
    if obj.pos_ != "NOUN" or complement[0].i > obj.i:
        return None
    for clause in obj.children:
        marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"]
        if clause.dep_ in ("acl", "ccomp") and marks and marks[0].i == obj.i + 1:
            return obj, [t for t in complement if t.i > obj.i]  # "expressed concern that …"
    preps = [c for c in obj.children if c.dep_ == "prep" and c.i == obj.i + 1]
    preps += [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.i == obj.right_edge.i + 1 and not is_time(c) and not is_setting(c)
    ]
    for prep in preps:
        if prep.lower_ in LIGHT_OBJECT_PREPOSITIONS and any(c.dep_ == "pobj" for c in prep.children):
            # "took aim at …": the preposition may have been left out of the content as a venue
            rest = {t.i: t for t in complement if t.i > prep.i} | {
                t.i: t for t in prep.subtree if t.i > prep.i
            }
            return (prep, [rest[i] for i in sorted(rest)]) if rest else None
    return None


MAKE_FORMS = frozenset({"make", "makes", "made", "making"})


def made_clear(verb: Token) -> tuple[Token, Token] | None:
    """ "made it clear that …", "has made clear that …": the words "clear" and the clause made clear."""
    if verb.lower_ not in MAKE_FORMS:
        return None
    for clear in verb.children:
        if clear.lower_ != "clear" or clear.i < verb.i or clear.i > verb.i + 2:
            continue
        clauses = [
            c for c in (*clear.children, *verb.children) if c.dep_ in ("advcl", "ccomp") and c.i > clear.i
        ]
        for clause in clauses:
            if any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clear.i + 1 for m in clause.children):
                return clear, clause
    return None


BE_FORMS = frozenset({"is", "was", "are", "were", "am", "be", "been", "being"})
VIEW_NOUNS = frozenset({"view", "opinion"})


def of_the_view(verb: Token) -> tuple[Token, Token] | None:
    """ "was of the view that …", "is of the opinion that …" (as South Asian papers write "said"):
    the word "view" and the clause held."""
    if verb.lower_ not in BE_FORMS:
        return None
    for of in verb.children:
        if of.dep_ != "prep" or of.lower_ != "of" or of.i != verb.i + 1:
            continue
        for view in of.children:
            if view.dep_ != "pobj" or view.lower_ not in VIEW_NOUNS:
                continue
            clauses = [c for c in (*view.children, *verb.children) if c.dep_ in ("acl", "ccomp", "advcl")]
            for clause in clauses:
                if any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == view.i + 1 for m in clause.children
                ):
                    return view, clause
    return None


def _is_chain_verb(verb: Token) -> bool:
    """ "went on", "continued", "tried": a verb that carries the reporting verb after it as one cue."""
    if verb.lower_ not in lexicon.words("chain_verbs.txt"):
        return False
    if verb.lower_.startswith(("go", "went")):
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    return True


def _infinitive_after(verb: Token) -> Token | None:
    """The to-infinitive right after the verb (and its particle): "went on to say" -> "say", "went on
    to openly ridicule" -> "ridicule"."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ not in ("xcomp", "advcl") or child.i < verb.i:
            continue
        to = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < child.i]
        if not to or any(t.dep_ != "advmod" or t.head != child for t in doc[to[0].i + 1 : child.i]):
            continue
        if all(t.dep_ == "prt" and t.head == verb for t in doc[verb.i + 1 : to[0].i]):
            return child
    return None


# Verbs of liking, which carry only a verb of saying as one cue: "as Varek likes to say".
LIKING = frozenset({"like", "likes", "liked", "liking", "love", "loves", "loved", "loving"})


def chain(verb: Token, complement: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """ "went on to say", "continued to call for": the carrying verb and the verb it carries make
    one cue. For a cue on the carried verb, the carrying verb's words join it on the left; for a
    cue on the carrying verb, the carried verb's words join it on the right and the content is
    what follows them. Returns the extra cue words and the content, or None."""
    head = verb.head
    carried_by_head = _infinitive_after(head) if head.i < verb.i and _is_chain_verb(head) else None
    if carried_by_head is not None and carried_by_head.i == verb.i:
        return cue_words(head, []), complement
    carried = _infinitive_after(verb) if _is_chain_verb(verb) else None
    if carried is None:
        return None
    if verb.lower_ in LIKING and carried.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
        return None  # "likes to say" is one cue; "would like to see" is not
    rest = [t for t in complement if t.i > carried.i]
    words = cue_words(carried, rest)
    last = max(t.i for t in words)
    return list(verb.doc[verb.i : last + 1]), [t for t in rest if t.i > last]


LEFT_CUE_DEPS = ("aux", "auxpass", "neg", "advmod")


# Adverbs of how one may speak or act that end a clause as often as they open a verb: "not
# authorized to discuss the investigation publicly", "who entered the country illegally".
CLAUSE_MANNER_ADVERBS = frozenset(
    {"publicly", "openly", "privately", "officially", "formally", "anonymously", "secretly", "illegally"}
    | {"legally", "directly", "personally", "online", "abroad", "here", "there"}
)


def _ends_a_relative_clause(word: Token, verb: Token) -> bool:
    """The word before an adverb ends a clause describing the subject ("who was not authorized to
    discuss the investigation | publicly said"): the adverb may be that clause's."""
    return any(a.dep_ in ("relcl", "acl") and a.head.head == verb for a in word.ancestors if a.i < verb.i)


CUE_PREPOSITIONS = ("for", "on", "about", "to", "as")


def cue_words(verb: Token, complement: list[Token]) -> list[Token]:
    """The cue's words: the verb with its auxiliaries and adverbs right before it ("has also said"),
    its particle, a manner adverb or "back" right after it ("said sarcastically", "fired back"),
    the "it" of "as X put it", and a preposition that introduces the content ("called for",
    "asked about")."""
    words = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    i = verb.i - 1
    # single words only: in "three weeks ago called" the adverb ends a phrase and is not taken
    while (
        i >= 0 and verb.doc[i].head == verb and verb.doc[i].dep_ in LEFT_CUE_DEPS and not verb.doc[i].n_lefts
    ):
        if (
            i > 0
            and verb.doc[i].lower_ in CLAUSE_MANNER_ADVERBS
            and _ends_a_relative_clause(verb.doc[i - 1], verb)
        ):
            break  # "an official not authorized to discuss the investigation publicly said": its own
        words.append(verb.doc[i])
        i -= 1
    after = max(w.i for w in words) + 1
    if after < len(verb.doc) and _trails_cue(verb, verb.doc[after]):
        words.append(verb.doc[after])
        after += 1
    nxt = verb.doc[after] if after < len(verb.doc) else None
    statement = _in_a_statement(nxt, verb, complement)
    if statement:
        words.extend(statement)  # "said in a statement": PolNeAR's annotators take it with the verb
        return words
    if (
        nxt is not None
        and nxt.head == verb
        and nxt.dep_ in ("prep", "prt")
        and nxt.lower_ in CUE_PREPOSITIONS
    ):
        introduces = bool(complement) and complement[0].i == nxt.i + 1
        if introduces or (verb.lower_.startswith("call") and nxt.lower_ in ("on", "for")):
            words.append(nxt)  # "called for", "called on X to …", "asked about"
    return words


def _in_a_statement(prep: Token | None, verb: Token, complement: list[Token]) -> list[Token]:
    """ "in a statement", "in a written statement released by the campaign" right after the verb,
    before the content; not a relative clause set off after it ("in the statement, which his
    lawyer read to journalists")."""
    if prep is None or prep.head != verb or prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].lower_ not in ("statement", "statements"):
        return []
    end = complement[0].i if complement and complement[0].i > prep.i else len(verb.doc)
    # "in a statement that ran to four pages": the statement's relative clause is not the cue's
    end = min(
        [end, *(c.left_edge.i for c in objects[0].children if c.dep_ == "relcl" and c.i > objects[0].i)]
    )
    words = before_a_set_off_clause(sorted((t for t in prep.subtree if t.i < end), key=lambda t: t.i))
    if words[-1].i - words[0].i + 1 != len(words):
        return []
    return words


# -ly words after a verb that measure or qualify what follows rather than the saying.
NOT_MANNER_ADVERBS = frozenset(
    {"only", "nearly", "exactly", "early", "likely", "increasingly", "virtually", "temporarily", "roughly"}
)


def _trails_cue(verb: Token, word: Token) -> bool:
    """A word right after the verb that belongs to the cue: "fired back", "said sarcastically",
    "as one aide put it"."""
    if word.head.i != verb.i:
        return False
    if word.dep_ == "advmod":
        return word.lower_ == "back" or (
            word.lower_.endswith("ly") and word.lower_ not in NOT_MANNER_ADVERBS and word.text[:1].islower()
        )  # not "said Skelly", a name the tagger took for an adverb
    return word.dep_ == "dobj" and word.lower_ == "it" and verb.lower_ in ("put", "puts", "putting")
