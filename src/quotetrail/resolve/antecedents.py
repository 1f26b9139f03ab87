"""Whom a pronoun or a generic description in an article refers to.

The search walks back sentence by sentence from the pronoun, as a reader
does (a simplified Hobbs search):

- in the pronoun's own sentence, a name before it counts unless it is a
  possessive or the object of a preposition (``Asked about Dana Varek's
  speech, he said`` is not Varek), or the pronoun opens the clause after an
  opening participle, whose subject it is (``Responding to opposition leader
  Katya Dimova, he said`` is not Dimova);
- in each earlier sentence, the speaker of a statement first, then names left
  to right (the subject first), those in possessives or prepositional phrases
  last, and within each rank a name of the pronoun's gender before a name of
  unknown gender; a sentence where the same pronoun comes before any such name is passed
  over (``He attacked Clinton.`` is about whom the earlier ``he`` is);
- names inside quotation marks never count (``“I met Halvast,” he said``), nor
  names inside what the pronoun's own statement reports;
- earlier statements' speakers count where they stand, with the names they
  were resolved to, so ``She said … She added …`` follows one person;
- a person must agree in gender when the article tells it.

Organisations (for ``they``, ``it``, ``the group``) are taken only as the
subject of the pronoun's sentence or the one before, or as a recent speaker.
A relative ``who`` is the name right before it (``Samira Tovek, the
opposition leader, who …``), never a guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from quotetrail.model import Span, Statement
from quotetrail.resolve.names import ArticleNames, is_outlet, joined_as_a_pair
from quotetrail.resolve.words import ABBREVIATIONS, PREPOSITIONS, role_words, word_list

# A verb, maybe with an adverb, between a subject and its object: "quoted", "also quoted".
VERB_BETWEEN = re.compile(
    r"\s+(?:[a-z]+ly\s+)?[a-z]+\s+|,\s+(?:recalled|remembered|recalls|remembers)\s+"
)  # ("Stuart Oltchick, recalled him"; not "cites Dana Voss, quoting her")
WINDOW = 1500  # how far back (characters) a pronoun looks for its antecedent
# After a one-word speaker: an appositive that says it is a body ("Unitas, her party,"), and in its
# sentence an "it"/"its" (the body speaking of itself) or a person's post ("citing the minister").
ORG_APPOSITIVE = re.compile(r",\s+(?:the|its|her|his|their|a|an)\s+(?:[\w-]+\s+){0,2}[\w-]+,")
IT_OR_PERSON_WORD = re.compile(
    r"\b(?:it|its|itself)\b|\b(?:minister|spokesman|spokeswoman|spokesperson|official|officials|president|director|chief|head|leader|editor)\b",
    re.I,
)
# How many sentences naming no one (a quotation's) may stand between a he/she and a one-word speaker
# the recogniser called an organisation, for the pronoun to show that speaker a person.
NEAR_SENTENCES = 3
SUBJECT_SENTENCES = 2  # an organisation antecedent: the pronoun's sentence or the one before
SPEAKER_SENTENCES = 3  # an organisation that spoke: ``it`` looks this many sentences back
AMBIGUITY_SENTENCES = 2  # another person of unknown gender this close makes he/she ambiguous
# A tribute's or a judgement's agent, with its role or kin before the name: "was mourned by his
# co-star " (not "was interviewed by", whose subject a "she" next is).
PASSIVE_AGENT_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?:mourned|remembered|praised|hailed|honou?red"
    r"|eulogi[sz]ed|lauded|celebrated|saluted|commemorated|recalled|described|critici[sz]ed|condemned)\s+by\s+"
    r"(?:(?:his|her|their|its|the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
# The main clause going on after a relative clause set off by commas: "Bram Lessing, who died on
# Monday, was remembered by …".
MAIN_CLAUSE_AGAIN = re.compile(r",\s+(?:was|were|is|are|has|have|had|will|would|said|says|told)\b")


def _inside_a_relative_clause(lead: str) -> bool:
    """Whether the end of ``lead`` (a sentence up to a name) is inside a relative clause."""
    relative = RELATIVE.search(lead)
    return relative is not None and MAIN_CLAUSE_AGAIN.search(lead, relative.end()) is None


# A document that names its own source: "The statement, from the union's lawyers, said".
OWN_SOURCE_AFTER = re.compile(
    r"[Tt]he\s+[\w-]+\s*,?\s+(?:from|by|signed|issued|released|written|sent|drafted)\b"
)
# A speaker's verb with the document it spoke in: " said in a statement", " added in its report".
SAID_IN_A_DOCUMENT = re.compile(
    r",?\s+(?:[a-z]+ly\s+)?(?:said|says|added|wrote|announced|stated|declared|warned)\s+(?:on\s+\w+\s+)?"
    r"in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<document>[a-z]+)\b"
)
SENTENCE_END = re.compile(r"[.!?…]+[”\"’'»)]*\s+|\n+")
# What may stand before a subject at the start of its sentence: an introductory phrase ("In a statement,",
# "Speaking on Friday,"), then "the" and a few lower-case words ("The exiled channel Horizon One").
SUBJECT_LEAD = re.compile(
    r"\W*(?:(?:[A-Z][a-z]+ing|[A-Z][a-z]+ed|In|On|At|After|Before|During|Following|Earlier|Later|"
    r"Meanwhile|However|But|And|Also|Still|Yet|Separately|Instead|Today|Yesterday)\b[^,;:“”\"]{0,80},\s+)?"
    r"(?:[Tt]he\s+(?:[a-z][\w’'-]*\s+){0,3})?"
)
# An opening participle (or "In response to", "In a swipe at", "Without naming"), then the comma and
# the pronoun: the pronoun is the phrase's subject too, so no name in the phrase is it ("Asked about
# Boris Dimov, he said").
FRONTED_PARTICIPLE = re.compile(
    r"\W*(?:(?:After|Before|While|When|Upon|On)\s+)?"
    r"(?:(?!During\b|Notwithstanding\b|Morning\b|Evening\b|Nothing\b|Something\b)[A-Z][a-z]+ing"
    r"|Asked|Pressed|Questioned|Quizzed|Challenged|Confronted|In (?:response|reply|reaction) to"
    # "In a swipe at opposition leader X, she said", "In an apparent reference to X", "Without naming X"
    r"|In (?:a|an|his|her|their|its)\s+(?:[a-z-]+\s+){0,3}(?:swipe|jab|dig|attack|rebuke|reference|allusion"
    r"|retort|response|reply|reaction|challenge|warning|message|broadside|criticism)s?\s+(?:at|to|on|against|for)"
    r"|Without)\b"
    r"[^;:.!?“”\"«»]*,\s*$"
)
# Someone unnamed, giving evidence or speaking, as a sentence's subject.
UNNAMED_TESTIFYING = re.compile(
    r"\W*(?:A|An|Another|One|The)\s+(?:[\w-]+\s+){0,3}?"
    r"(witness|guard|woman|man|mother|father|detainee|prisoner|inmate|survivor|victim|relative"
    r"|neighbou?r|resident|officer|soldier|doctor|nurse|analyst|economist|expert|official|spokesman"
    r"|spokeswoman|spokesperson|lawyer|farmer|worker|teacher|student|professor|researcher)\b"
    r"[^.;“”\"]*?\b(?:testified|spoke|took the stand|gave evidence|disagreed|agreed|objected|countered"
    r"|replied|responded|interjected|demurred|dissented|was (?:more|less) (?:cautious|sure|optimistic))\b"
)
GENDERED_PEOPLE = {"woman": "f", "mother": "f", "man": "m", "father": "m"}
OPENING = {"“": "”", "«": "»", "„": "“", '"': '"'}
DOUBLED_APOSTROPHES = re.compile(
    r"(?<!\w)''(?=\S)[^'\n]{1,1000}?''"
)  # ''Fascist Trump,'' as some wires write
_SUBJECT_VERBS = r"(?:[a-z]+ed|met|told|held|gave|spoke|said|sent|went|took|won|saw|made|led)\b"
SUBJECT_VERB = re.compile(rf"\s+{_SUBJECT_VERBS}")  # "Kaldas met …": a name right before its verb
# "The minister met …", "The visiting president praised …": a role noun opening the sentence as its subject.
SUBJECT_ROLE = re.compile(rf"\W*[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}?([a-z]+)\s+{_SUBJECT_VERBS}")
# "through Rahal", "via an interpreter, Sami Rahal": what comes right before the one spoken through
# "spoke through her interpreter, Marta Grieg": a name given as the interpreter one spoke through.
INTERPRETER_BEFORE = re.compile(
    r"\b(?:through|via)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[a-z]+\s+)?(?:interpreter|translator),?\s+$"
)
INTERPRETER_SENTENCES = 1  # the sentence before, in which an interpreter named is never "he" or "she"
THROUGH = re.compile(r"\b(?:through|via)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[a-z]+,?\s+){0,2}$")
# "Open Hand International published its annual report": who put out the document named after it
PUBLISHED = re.compile(
    r"(?:,[^,.;]{1,60},)?\s+(?:(?:on|last|later)\s+(?:\w+\s+)?)?(?:has\s+|had\s+)?"
    r"(?:published|released|issued|presented|unveiled|posted|shared|deleted|sent)"
    r"\s+(?:its|their|his|her|a|an|the)\s+(?P<words>(?:[\w-]+\s+){0,3}[\w-]+)"
)
# "a report by Civic Watch International", "the study from the Hadley Institute": whose document
POSSESSIVE_AFTER = re.compile(r"[’']s?\b")
AUTHORED_BY = re.compile(r"\b(?P<document>[\w-]+)\s+(?:by|from)\s+(?:the\s+)?\Z")
# A meeting's guest right after its verb, possibly after a description and a comma
MEETING_OBJECT = re.compile(
    r"\b(?:received|met|welcomed|hosted|greeted|met\s+with)\s+(?:(?:the|a|an|his|her|visiting)\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:[\w’'-]+,\s+)?$"
)
# Whom the sentence's subject questioned, right after the verb: "asked Governor Peter Ekwe whether …"
ASKED_OBJECT = re.compile(
    r"\b(?:asked|pressed|questioned|quizzed)\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w’'.-]*|[a-z]+)\s+){0,3}?"
    r"(?:[\w’'-]+,\s+)?$"
)
# What follows the one asked when it is a question put to them ("asked X whether …", not "asked X to resign").
QUESTION_AFTER = re.compile(
    r"(?:\s*\([^()]{0,20}\))?(?:,[^,]{0,80},)?\s+(?:whether|if|about|why|how|what|when|who|which)\b"
)
ASKED_WORDS_NOT_BEFORE_A_NAME = re.compile(r"\b(?:if|whether|why|how|what|when|about|on|to|for)\b")
# Between the one who asked and the verb: a party tag, an aside set off by commas, an adverb.
ASKER_TO_VERB = re.compile(r"(?:\s*\([^()]{0,20}\))?(?:\s*,[^,]{0,80},)?\s+(?:[a-z]+ly\s+)?$")
RELATIVE = re.compile(r"\b(?:who|whose|whom|which)\b", re.I)
SAME_PRONOUN = {"m": ("he",), "f": ("she",), "org": ("they", "it")}
# A sentence that opens with the possessive is about its owner too: "Her deputy is Leon Pike."
SAME_POSSESSIVE = {"m": "his", "f": "her"}


# A company's own figures, opening the sentence an attribution closes: "Brindle Corp's profit rose",
# "Profit at Halvard Group rose", "Halvard Group sales fell".
_FIGURES = (
    r"(?:profit|profits|sales|revenue|revenues|earnings|income|loss|losses|output|margins?|orders|deliveries)"
)
OWN_FIGURES_BEFORE = re.compile(rf"\s*(?:(?:[A-Z][\w-]*\s+)?{_FIGURES}\s+(?:at|of|in)\s+)?(?:the\s+)?", re.I)
OWN_FIGURES_AFTER = re.compile(
    rf"(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?{_FIGURES}\b|\s+(?:rose|fell|grew|jumped|slumped|climbed|dropped)\b",
    re.I,
)


@dataclass(slots=True)
class Entry:
    """A name (or a resolved speaker) at a place in the text, as a candidate antecedent."""

    span: Span
    name: str
    kind: str  # "person" | "organization" | "group" (a people or a party named as a speaker)
    secondary: bool  # a possessive or the object of a preposition
    speaker: bool = False


# Role words that tell a speaker's gender: "a spokeswoman said. He …" is someone else.
FEMALE_ROLE_WORDS = frozenset(
    {"spokeswoman", "woman", "mother", "wife", "daughter", "sister", "girl", "chairwoman", "businesswoman"}
    | {"policewoman", "congresswoman", "grandmother", "aunt", "mum", "mom", "widow", "actress"}
)
MALE_ROLE_WORDS = frozenset(
    {"spokesman", "man", "father", "husband", "son", "brother", "boy", "chairman", "businessman"}
    | {"policeman", "congressman", "grandfather", "uncle", "dad", "widower", "actor"}
)
QUOTE_OPENERS = frozenset("“\"‘'")
# A line opening with a bullet: an item of a list, whose pronouns go back to no other item.
ITEM_LABEL = re.compile(r"[•◦▪▸‣·*–-]\s+[A-Z][\w’' -]{0,30}:")
SENTENCE_INSIDE = re.compile(r"[.!?][”\"’]?\s+[A-Z“\"]")
BULLET_ITEM = re.compile(r"^[ \t]*(?P<item>[•◦▪▸‣·*–-])[ \t]+\S.*$", re.MULTILINE)


@dataclass(slots=True)
class _Sentence:
    span: Span
    entries: list[Entry] = field(default_factory=list)


_QUOTE_OR_NEWLINE = re.compile("[\n‘’" + re.escape("".join(sorted({*OPENING, *OPENING.values()}))) + "]")


def quoted_spans(text: str) -> list[Span]:
    """Stretches of text inside quotation marks (“…”, «…», „…“, "…", ‘…’, ''…''), paragraph by
    paragraph."""
    spans: list[Span] = []
    double: tuple[int, str] | None = None  # where the open double quote is, and its closing mark
    single: int | None = None
    for m in _QUOTE_OR_NEWLINE.finditer(text):  # the only characters that change anything below
        i, ch = m.start(), m.group()
        if ch == "\n":
            double = single = None
        elif double is not None and ch == double[1]:
            spans.append(Span(double[0], i + 1))
            double = None
        elif double is None and ch in OPENING:
            double = (i, OPENING[ch])
        elif ch == "‘" and single is None and (i == 0 or not text[i - 1].isalnum()):
            single = i
        elif ch == "’" and single is not None and not text[i + 1 : i + 2].isalpha():
            spans.append(Span(single, i + 1))
            single = None
    spans.extend(Span(m.start(), m.end()) for m in DOUBLED_APOSTROPHES.finditer(text))
    return sorted(spans, key=lambda s: s.start)


def _union(spans: list[Span]) -> list[Span]:
    """Overlapping spans merged: disjoint, sorted."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start < merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def sentence_spans(text: str) -> list[Span]:
    """Sentence spans: ends at ``.!?`` (not after a known abbreviation or an initial) and at line breaks."""
    spans = []
    start = 0
    for end in SENTENCE_END.finditer(text):
        if "\n" not in end.group() and end.start() + 1 < len(text):
            word = re.search(r"([\w.]+)$", text[max(0, end.start() - 12) : end.start()])
            stem = word.group(1).lower().rstrip(".") if word else ""
            nxt = text[end.end() : end.end() + 2].lstrip("“\"‘'«(")
            if stem in ABBREVIATIONS or len(stem) == 1 or not nxt[:1].isupper():
                continue
        if end.start() > start:
            spans.append(Span(start, end.start()))
        start = end.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans


# Ships and flights by their names: "MV Solace", "HMS Ardent", "Flight 409".
VESSEL = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:MV|M/V|MS|MT|SS|HMS|USS|RMS|RV|FV|HMCS|HMAS|INS)\s+[A-Z]|Flight\s+\d)"
)


# Someone shown by whose they are: "his uncle", "her lawyer", "Ruth Ellery’s daughter".
POSSESSED = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}['’]s)(?:\s+[a-z-]+){1,2}"
)


def _a_vessel(name: str) -> bool:
    """ "MV Solace", "Flight 409"; not "HMS Networks", "MS Society" (a body's last word)."""
    last = name.split()[-1].lower()
    return (
        VESSEL.match(name) is not None
        and last not in word_list("org_name_ends.txt")
        and last not in word_list("org_nouns.txt")
    )


class Antecedents:
    """Candidate antecedents of one article, by sentence."""

    def __init__(self, text: str, names: ArticleNames, statements: list[Statement]) -> None:
        self.text = text
        self.names = names
        self.sentences = [_Sentence(span) for span in sentence_spans(text)]
        # speakers typed organisations that a pronoun after them shows to be people
        self.retyped: set[Span] = set()
        self.bare: set[int] = set()  # one-word speakers no one typed, by where they are written
        self._starts = [s.span.start for s in self.sentences]
        self._items = [Span(m.start("item"), m.end()) for m in BULLET_ITEM.finditer(text)]
        self._item_starts = [item.start for item in self._items]
        direct = [span for st in statements if st.kind == "direct" for span in st.quote_spans]
        self._quoted = _union([*direct, *quoted_spans(text)])
        self._quoted_starts = [s.start for s in self._quoted]
        # what indirect statements report: "The Halver Bridge will close, Velto said. It said …" is
        # not the bridge
        self._reported_spans = _union(
            [span for st in statements if st.kind != "direct" for span in st.quote_spans]
        )
        self._reported_starts = [s.start for s in self._reported_spans]
        for named in names.people:
            if names.in_an_aside(named.span):
                continue  # a caption's or a link's name is no antecedent
            entry = Entry(named.span, names.key_of(named), "person", self._secondary(named.span))
            if (
                not names.barely_named(named)
                or self._opens_sentence(entry)
                or self._asked_a_question(named.span)
            ):
                self._add(entry)  # not "Then came Brexit.", "Goodbye, Selm."
        for named in names.orgs:
            if _a_vessel(named.text) or names.in_an_aside(named.span):
                continue  # "The MV Solace was its oldest vessel. The company said": a ship, no body
            self._add(
                Entry(named.span, names.org_name(named.text), "organization", self._secondary(named.span))
            )

    # -- building ---------------------------------------------------------------------------------

    def _asked_a_question(self, span: Span) -> bool:
        """ "Keller asked Lindqvist whether she understood": one word, but the one a question was put
        to (who answers in the next sentence)."""
        return (
            ASKED_OBJECT.search(self.text, max(0, span.start - 80), span.start) is not None
            and QUESTION_AFTER.match(self.text, span.end) is not None
        )

    def sentences_between(self, start: int, end: int) -> int:
        """How many sentences on the sentence at ``end`` is from the one at ``start``."""
        return self._sentence_of(end) - self._sentence_of(start)

    def _item_of(self, at: int) -> Span | None:
        """The bulleted item (a line opening with a bullet) holding ``at``, else None."""
        i = bisect.bisect_right(self._item_starts, at) - 1
        return self._items[i] if i >= 0 and self._items[i].start <= at < self._items[i].end else None

    def _in_another_item(self, sentence: _Sentence, at: int) -> bool:
        """Whether ``sentence`` is in another bulleted item than ``at`` ("• Zerbia: Lind said ….¶•
        Kedria: Fire crews battled a blaze. He said …": no "he" of one item is a man of another;
        the lead-in before the list is no item)."""
        other, own = self._item_of(sentence.span.start), self._item_of(at)
        if other is None or own is None or other == own:
            return False
        # only an item that opens a topic of its own: a label ("• Kedria:") or a sentence before the
        # pronoun; not "Highlights:¶- Ulk said …¶- He also said …", one speaker's points
        lead = self.text[own.start : at]
        return ITEM_LABEL.match(lead) is not None or SENTENCE_INSIDE.search(lead) is not None

    def _sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def _reported(self, span: Span) -> bool:
        i = bisect.bisect_right(self._reported_starts, span.start) - 1
        return i >= 0 and self._reported_spans[i].contains(span)

    def _in_quote(self, span: Span) -> bool:
        i = bisect.bisect_right(self._quoted_starts, span.start) - 1
        return i >= 0 and self._quoted[i].contains(span)

    def _secondary(self, span: Span) -> bool:
        if re.match(r"[’']s?\b", self.text[span.end : span.end + 2]) or re.search(
            r"[’']s?$", span.text_of(self.text)
        ):
            return True
        lead = re.split(r"[.!?;:\n“”\"«»]", self.text[max(0, span.start - 40) : span.start])[-1]
        if PASSIVE_AGENT_BEFORE.search(lead):
            return False  # "was mourned by his co-star Nadia Feld": who did it, the clause's subject in sense
        before = re.findall(r"[A-Za-z]+", lead)
        while before and before[-1].lower() in ("the", "a", "an"):
            before.pop()
        return bool(before) and before[-1].lower() in PREPOSITIONS

    def _add(self, entry: Entry) -> None:
        if not self.sentences or self._in_quote(entry.span):
            return
        entries = self.sentences[self._sentence_of(entry.span.start)].entries
        entries.append(entry)
        entries.sort(key=lambda e: e.span.start)

    def add_speaker(self, span: Span, name: str, kind: str, *, bare: bool = False) -> None:
        """A statement's speaker, resolved: it stands for that name where it is written. A name
        already there takes the speaker's name and counts as a subject. ``bare``: one word no one
        typed ("Ashdown thanked …"), which only a "he"/"she" with no one else to mean may take."""
        if kind not in ("person", "organization", "group") or not self.sentences:
            return
        if bare:
            self.bare.add(span.start)
        entries = self.sentences[self._sentence_of(span.start)].entries
        named = [e for e in entries if e.span.overlaps(span)]
        for entry in named:
            entry.name, entry.kind, entry.secondary, entry.speaker = name, kind, False, True
        if not named:
            self._add(Entry(span, name, kind, secondary=False, speaker=True))

    def add_unnamed(self, span: Span) -> None:
        """A person who spoke without a name ("One shopkeeper said …"): a pronoun right after is
        about them, so it takes no name from further back (the entry's name is empty)."""
        if not self.sentences:
            return
        entries = self.sentences[self._sentence_of(span.start)].entries
        # (a body inside the phrase is not the person: "An analyst at Corvid Capital said")
        # (nor the owner in "Ruth Ellery’s daughter")
        owned = POSSESSED.fullmatch(self.text[span.start : span.end]) is not None
        if owned or not any(e.span.overlaps(span) and e.kind != "organization" for e in entries):
            self._add(Entry(span, "", "person", secondary=False))

    # -- searching --------------------------------------------------------------------------------

    def another_spoke_between(self, start: int, end: int, name: str) -> bool:
        """Whether a speaker other than ``name`` spoke between ``start`` and ``end`` ("Zvezda said
        …. Dnevnik urged calm. “…,” the newspaper wrote.": either paper)."""
        first, last = self._sentence_of(start), self._sentence_of(end)
        return any(
            e.speaker and e.name and e.name != name and start <= e.span.start < end
            for sentence in self.sentences[first : last + 1]
            for e in sentence.entries
        )

    def another_named_in_sentence(self, at: int, found: Span, name: str, content: Sequence[Span]) -> bool:
        """Whether the sentence of ``at`` names, before it, a person other than ``name`` while the one
        ``found`` at ``found`` is outside it: "Cruz defends his record: “…,” the senator says" is about
        Cruz, whoever the article called a senator pages before."""
        sentence = self.sentences[self._sentence_of(at)]
        if found.start >= sentence.span.start:
            return False
        return any(
            e.kind == "person"
            and e.name
            and e.name.split()[-1] != name.split()[-1]  # ("Ruiz thanked …" after "Senator Ana Ruiz")
            and e.span.end <= at
            and not e.secondary
            and self._is_subject(sentence, e)  # the sentence is about them, not whom they thanked
            and not any(piece.contains(e.span) for piece in content)  # not whom the words are about
            for e in sentence.entries
        )

    def _fits(self, entry: Entry, want: str, content: Sequence[Span] = ()) -> bool:
        if any(piece.contains(entry.span) for piece in content):
            return False
        if want == "org":
            return entry.kind == "organization"
        if entry.kind != "person" or entry.name.lower().rpartition(" ")[2] in word_list("place_heads.txt"):
            return False  # "moved to Holm Bay": a place the recogniser took for a person
        gender = self.names.gender_of(entry.name)
        return want == "person" or gender is None or gender == want

    def _main_speaker(self, sentence: _Sentence, entry: Entry) -> bool:
        """A statement's speaker, not inside a relative clause (``the NLF, whose leader, Samira
        Tovek, described …`` is about the NLF's critic, not Tovek)."""
        lead = self.text[sentence.span.start : entry.span.start]
        return entry.speaker and not _inside_a_relative_clause(lead)

    def _in_relative_clause(self, sentence: _Sentence, entry: Entry) -> bool:
        """A name inside a relative clause ("the Front, whose leader, Samira Tovek, …") is not what
        the sentence is about."""
        return _inside_a_relative_clause(self.text[sentence.span.start : entry.span.start])

    def _about_pronoun(self, sentence: _Sentence, want: str) -> bool:
        """The sentence has the same pronoun, unresolved, before any subject-like name: it is about
        whom the pronoun stands for (``He attacked Clinton.`` is about an earlier he)."""
        words = SAME_PRONOUN.get(want, ())
        text = self.text[sentence.span.start : sentence.span.end]
        opening = re.match(r"\W*([A-Za-z]+)\b", text)
        if opening is not None and opening.group(1).lower() == SAME_POSSESSIVE.get(want):
            # "Her crew included her brother, Marcus Brand.": about her, not Marcus; but "His son,
            # Dariush, said …" makes the son the one who speaks
            return not any(self._main_speaker(sentence, e) for e in sentence.entries)
        first_name = min(
            (e.span.start for e in sentence.entries if not e.secondary), default=sentence.span.end
        )
        if first_name < sentence.span.end and FRONTED_PARTICIPLE.match(
            self.text[sentence.span.start : first_name]
        ):
            return False  # "Asked whether he would run again, Bakri laughed.": the pronoun is Bakri
        for found in re.finditer(r"\b[A-Za-z]+\b", text):
            at = sentence.span.start + found.start()
            if at >= first_name:
                return False
            if found.group().lower() in words and not self._in_quote(Span(at, at + 1)):
                return not any(e.span.start == at for e in sentence.entries)
        return False

    def person(
        self,
        at: int,
        gender: str | None,
        content: Sequence[Span] = (),
        *,
        objective: bool = False,
        continuing: str = "",
    ) -> Entry | None:
        """The person a ``he``/``she`` at ``at`` refers to (gender ``"m"``, ``"f"`` or None); never
        one named inside ``content``, what the pronoun's own statement reports. ``objective``: a
        ``him``/``her``, which may be the owner named earlier in its sentence ("Rikard Holm's remarks
        were carried by KNB, which quoted him as saying …"). ``continuing``: the pronoun's verb goes
        on from words before: "verb" ("he added"), "quotation" (a direct quotation opening its
        sentence), "" (neither), so an unnamed speaker of the sentence before may be the one."""
        excluded = self._spoken_through(at)
        if objective:
            excluded |= self._subject_of_the_object(at)
        found = self._person(at, gender, content, excluded, continuing)
        if objective and found is None:
            found = self._owner_in_sentence(at, gender or "person", content)
        if found is None or not found.name or len(found.name.split()) > 1:
            return found  # an unnamed speaker's entry stands for someone with no name
        # A surname two people share: the one of this gender, when the article tells it.
        return Entry(
            found.span, self.names.full_name(found.name, gender, found.span.start), "person", found.secondary
        )

    def _person(
        self,
        at: int,
        gender: str | None,
        content: Sequence[Span],
        interpreters: frozenset[str],
        continuing: str = "",
    ) -> Entry | None:
        want = gender or "person"
        index = self._sentence_of(at)
        sentence = self.sentences[index]
        own = [
            e
            for e in sentence.entries
            if e.span.end <= at and not e.secondary and not self._modifies_a_role(e)
        ]
        if FRONTED_PARTICIPLE.match(self.text[sentence.span.start : at]):
            own = []  # "Responding to opposition leader Katya Dimova, he said": not Dimova
        for entry in sorted(own, key=lambda e: self.names.gender_of(e.name) is None):
            if entry.name not in interpreters and self._fits(entry, want, content):
                return entry
        between: int | None = 0  # sentences passed, while none of them named anyone
        # A one-word speaker typed an organisation that the pronoun may show to be a person: taken
        # only when the search finds no one else and the article named no person before it.
        fallback: Entry | None = None
        seen_person = any(e.kind == "person" and e.span.end <= at for e in sentence.entries)
        for sentence in reversed(self.sentences[max(0, index - 40) : index]):
            if sentence.span.end < at - WINDOW:
                break
            if self._in_another_item(sentence, at):
                continue
            near = between is not None and between < NEAR_SENTENCES
            between = between + 1 if between is not None and not sentence.entries else None
            seen_person = seen_person or any(e.kind == "person" for e in sentence.entries)
            if self._about_pronoun(sentence, want):
                continue
            if gender is not None and self._someone_unnamed_testified(sentence, gender):
                return None  # "A former guard testified on Monday. He said …": the guard, unnamed
            asked = self._asked(sentence) if sentence is self.sentences[index - 1] else None
            if asked is not None and gender is not None and self._fits(asked, want, content):
                return asked  # "Marsh asked Governor Peter Ekwe whether he would resign. “No,” he said."
            ranked = sorted(
                sentence.entries,
                key=lambda e: (
                    not (self._main_speaker(sentence, e) or self._described_subject(sentence, e)),
                    self._in_relative_clause(sentence, e),
                    e.secondary,
                    self._modifies_a_role(e),  # "McConnell spokesman Don Stewart wouldn't say"
                    # the guest of a meeting after its host, whatever their names tell ("President
                    # Arvan Selkor received the envoy, Lars Brenner. He said …": Selkor, though
                    # only "Lars" is in the list of given names)
                    self._guest(sentence, e),
                    self.names.gender_of(e.name) is None,
                    not self._is_subject(sentence, e),
                ),
            )
            if any(not e.name and self._unnamed_owned_speaker(sentence, e, want, continuing) for e in ranked):
                return None
            for entry in ranked:
                if (
                    not entry.name
                    and not self._is_subject(sentence, entry)
                    and not (continuing and self._lone_speaker(sentence, entry, want, continuing))
                ):
                    continue  # someone unnamed stops the search only as the sentence's subject, or
                    # as the one speaker it names ("“…,” a spokesman said. “…,” he added": the spokesman)
                if (
                    gender is not None
                    and near
                    and fallback is None
                    and self._a_surname_typed_organisation(sentence, entry)
                ):
                    fallback = entry  # "Lotfi said …. He added": a person after all, if no one else
                    continue
                if gender is not None and self._a_person_typed_organisation(sentence, entry):
                    return None  # "Kavitha Ramaswamy said …. She said …": maybe her, never the man before
                if entry.name not in interpreters and self._fits(entry, want, content):
                    if gender is not None and self._ambiguous(entry, index, want, content):
                        return None
                    if self._one_of_a_pair(sentence, entry, want, content):
                        return None
                    if gender is not None and self._a_subject_the_pronoun_may_be(sentence, entry):
                        return None
                    # a one-word speaker nearer ("Ferm arrived. Tolpress said …. He added"): either
                    return None if fallback is not None else entry
        if fallback is None or seen_person or gender is None:
            return None
        return self._as_person(fallback, gender)

    def _subject_of_the_object(self, at: int) -> frozenset[str]:
        """Who does something to the ``him``/``her`` at ``at``: "VESNA quoted him as saying …" is not
        VESNA, whatever its name looks like (an object pronoun is never its own verb's subject)."""
        sentence = self.sentences[self._sentence_of(at)]
        return frozenset(
            e.name
            for e in sentence.entries
            if e.name and e.span.end <= at and VERB_BETWEEN.fullmatch(self.text, e.span.end, at) is not None
        )

    def _spoken_through(self, at: int) -> frozenset[str]:
        """Whom the pronoun at ``at`` spoke through, later in its sentence ("he said through Rahal",
        "via his interpreter, Sami Rahal"), or an interpreter named before ("Fanuel spoke through her
        interpreter, Marta Grieg. “…,” she said."): an interpreter, never the speaker."""
        index = self._sentence_of(at)
        sentence = self.sentences[index]
        later = frozenset(
            e.name
            for e in sentence.entries
            if e.name
            and e.span.start > at
            and not re.match(r"[’']s?\b", self.text[e.span.end : e.span.end + 2])
            and THROUGH.search(self.text, sentence.span.start, e.span.start) is not None
        )
        before = frozenset(
            e.name
            for earlier in self.sentences[max(0, index - INTERPRETER_SENTENCES) : index + 1]
            for e in earlier.entries
            if e.name
            and e.span.end <= at
            and INTERPRETER_BEFORE.search(self.text, max(0, e.span.start - 30), e.span.start) is not None
        )
        return later | before

    def _asked(self, sentence: _Sentence) -> Entry | None:
        """The person a named speaker questioned in the sentence, who answers in the next ("Radio host
        Paul Marsh asked Governor Peter Ekwe whether he would resign. “Absolutely not,” he said.")."""
        for entry in sentence.entries:
            if not entry.name or entry.kind != "person" or entry.speaker or entry.secondary:
                continue  # (not "questioned Mr. Trump's veracity")
            verb = ASKED_OBJECT.search(self.text, max(0, entry.span.start - 80), entry.span.start)
            if verb is None or ASKED_WORDS_NOT_BEFORE_A_NAME.search(verb.group()) is not None:
                continue  # not "a reporter asked if recent Special Operations deployments …"
            if QUESTION_AFTER.match(self.text, entry.span.end) is None:
                continue  # "Park asked Kara Voss to step down": a request, which she need not answer
            if any(
                other.name
                and other.span.end <= verb.start()
                and ASKER_TO_VERB.fullmatch(self.text, other.span.end, verb.start()) is not None
                for other in sentence.entries
            ):
                return entry
        return None

    def _guest(self, sentence: _Sentence, entry: Entry) -> bool:
        """Whom the sentence's named subject received or met: "received the Velmoran envoy, Lars
        Brenner", "met Lars Brenner" (not "I met with Sanders", a host the pronoun cannot be)."""
        return MEETING_OBJECT.search(
            self.text, max(0, entry.span.start - 80), entry.span.start
        ) is not None and any(
            other is not entry and other.name and self._is_subject(sentence, other)
            for other in sentence.entries
        )

    def _described_subject(self, sentence: _Sentence, entry: Entry) -> bool:
        """Someone who spoke unnamed, described as "the …", as the sentence's subject ("The president
        praised General Arash Malek. He said …": the president, not the general). Not "a …" ("A
        reporter asked Sanders … He replied"), who is seldom the one a pronoun next takes up."""
        return (
            not entry.name
            and self.text[entry.span.start : entry.span.start + 4].lower() == "the "
            and self._is_subject(sentence, entry)
        )

    def _a_subject_the_pronoun_may_be(self, sentence: _Sentence, chosen: Entry) -> bool:
        """The sentence opens with someone the text does not name as a person of known gender, and
        the name found is not its subject or speaker: "The minister met Lev Orlin, the envoy. He
        said …" may be either, and the reader takes the minister; "Kaldas met Lev Orlin" (a name
        the recogniser typed as an organisation) likewise. Then no guess."""
        if chosen.speaker:
            return False
        opening = SUBJECT_ROLE.match(self.text, sentence.span.start, sentence.span.end)
        if opening is not None and opening.group(1).lower() in role_words():
            return opening.end() <= chosen.span.start  # the role and its verb come before the name
        if self._is_subject(sentence, chosen):
            return False
        return any(
            e.kind == "organization"
            and e.span.start < chosen.span.start
            and self._is_subject(sentence, e)
            and SUBJECT_VERB.match(self.text, e.span.end) is not None
            and PERSON_WORD.fullmatch(e.name) is not None
            and e.name.lower() not in _not_in_person_names()
            and not self.names.is_place(e.name)
            for e in sentence.entries
        )

    def _someone_unnamed_testified(self, sentence: _Sentence, gender: str) -> bool:
        """A sentence with no name whose subject is someone unnamed who gave evidence or spoke
        ("A second witness, a woman whose son disappeared, spoke on condition of anonymity."): a
        he/she after it is that person, of the same gender, not a name further back."""
        if any(e.kind == "person" for e in sentence.entries):
            return False
        found = UNNAMED_TESTIFYING.match(self.text, sentence.span.start, sentence.span.end)
        if found is None:
            return False
        noun = found.group(1).lower()
        if found.group(0).lstrip(" \t\n“\"'(").lower().startswith("the ") and (
            self.names.described_as(noun, sentence.span.start, "person") is not None
        ):
            return False  # "Economist Mara Lind … The economist disagreed": the one named so
        return noun not in GENDERED_PEOPLE or GENDERED_PEOPLE[noun] == gender

    def _a_person_typed_organisation(self, sentence: _Sentence, entry: Entry) -> bool:
        """A speaker (or the subject: "Bram Holt disagreed.") the recogniser called an organisation
        whose name reads as a person's: two or three capitalised words, none an organisation's or a
        role's word, no place."""
        if entry.kind != "organization" or not entry.name:
            return False
        if not self._main_speaker(sentence, entry) and not self._is_subject(sentence, entry):
            return False
        words = entry.name.split()
        if not 2 <= len(words) <= 3 or not all(PERSON_WORD.fullmatch(w) for w in words):
            return False
        if any(w.lower() in _not_in_person_names() for w in words) or self.names.is_place(entry.name):
            return False
        return self.names.person_full(entry.name) is None  # not "Suu Kyi", a person elsewhere in the article

    def _a_surname_typed_organisation(self, sentence: _Sentence, entry: Entry) -> bool:
        """A one-word speaker the recogniser called an organisation, which the article shows to be
        nothing else (no organisation's or role's word, no place, no organisation it names so), in
        a sentence that names no person: a he/she right after it can only mean that speaker ("The
        protests will go on, Lotfi said. He added …")."""
        if entry.kind != "organization" or not entry.name or not self._main_speaker(sentence, entry):
            return False
        if any(e.kind == "person" for e in sentence.entries):
            return False
        rest = self.text[entry.span.end : sentence.span.end]
        if ORG_APPOSITIVE.match(rest) or IT_OR_PERSON_WORD.search(rest):
            return False  # "Unitas, her party, said", "Vatel said it would …", "citing the minister"
        written = self.text[entry.span.start : entry.span.end]
        return (
            PERSON_WORD.fullmatch(written) is not None
            and PERSON_WORD.fullmatch(entry.name) is not None
            and entry.name.lower() not in _not_in_person_names()
            and not self.names.is_place(entry.name)
            and not is_outlet(self.text, entry.span)
        )

    def _as_person(self, entry: Entry, gender: str) -> Entry:
        """The entry, retyped a person of the pronoun's gender for the rest of the article (a "she"
        later is not the "he" of before); its speaker's statement is retyped too (see
        :attr:`retyped`)."""
        entry.kind = "person"
        self.names.genders.setdefault(entry.name, gender)
        self.retyped.add(entry.span)
        return entry

    def _owner_in_sentence(self, at: int, want: str, content: Sequence[Span]) -> Entry | None:
        """The one person named as an owner ("Holm's") earlier in the sentence of ``at``."""
        sentence = self.sentences[self._sentence_of(at)]
        owners = [
            e
            for e in sentence.entries
            if e.span.end <= at
            and e.secondary
            and re.match(r"[’']s?\b", self.text[e.span.end : e.span.end + 2])
        ]
        fitting = [e for e in owners if self._fits(e, want, content)]
        return fitting[0] if len(fitting) == 1 else None

    def _one_of_a_pair(self, sentence: _Sentence, chosen: Entry, want: str, content: Sequence[Span]) -> bool:
        """The sentence's subject is two people joined by "and" whom the pronoun fits alike ("Kai
        Lomond and Tariq Benn clashed after the whistle. “It was nothing,” he said."): no guess,
        unless one of them is who spoke last before ("Obama told the families …. Obama and Biden
        laid flowers. “…,” he said.")."""
        if self._last_speaker_before(sentence.span.start) == chosen.name:
            return False
        for e in sentence.entries:
            if not e.name or e.name == chosen.name or e.secondary or not self._fits(e, want, content):
                continue
            first, second = (e, chosen) if e.span.start < chosen.span.start else (chosen, e)
            if joined_as_a_pair(self.text, first.span.end, second.span.start):
                return True
        return False

    def _last_speaker_before(self, at: int) -> str | None:
        for sentence in reversed(
            self.sentences[max(0, self._sentence_of(at) - 40) : self._sentence_of(at) + 1]
        ):
            for e in reversed(sentence.entries):
                if e.speaker and e.name and e.span.end <= at:
                    return e.name
        return None

    def _ambiguous(self, chosen: Entry, index: int, want: str, content: Sequence[Span]) -> bool:
        """Another person the pronoun could as well be: the subject or speaker of a recent sentence,
        when the article tells neither one's gender (``Mayor Lidia Farrow said … Interior Minister
        Miro Lasken disagreed. She said …``). Then no guess."""
        if chosen.speaker or self.names.gender_of(chosen.name) is not None:
            return False
        return any(
            e.name
            and e.name != chosen.name
            and (self._is_subject(sentence, e) or self._main_speaker(sentence, e))
            and self._fits(e, want, content)
            and self.names.gender_of(e.name) is None
            for sentence in self.sentences[max(0, index - AMBIGUITY_SENTENCES) : index]
            for e in sentence.entries
        )

    def publisher(self, at: int, documents: frozenset[str], noun: str = "") -> Entry | None:
        """Who published the document a speaker at ``at`` names ("the report"), as the subject of
        "published/released/issued its …" in this sentence or the one before; else, when nothing
        was so published, the author of "a report by X" there, for "the report" (``noun``) alone;
        else None."""
        index = self._sentence_of(at)
        sentences = list(reversed(self.sentences[max(0, index - 1) : index + 1]))
        for sentence in sentences:
            for entry in reversed(sentence.entries):
                if entry.span.end > at or not entry.name or entry.secondary:
                    continue
                found = PUBLISHED.match(self.text, entry.span.end)
                if found is not None and documents.intersection(found.group("words").lower().split()):
                    return entry
                said_in = SAID_IN_A_DOCUMENT.match(self.text, entry.span.end)
                if (
                    said_in is not None
                    and said_in.group("document").lower() == noun
                    and OWN_SOURCE_AFTER.match(self.text, at) is None
                ):
                    return entry  # "Kestrel Council said in a statement that …. The statement added"
        if any(PUBLISHED.search(self.text, s.span.start, min(s.span.end, at)) for s in sentences):
            return None  # someone published something there: not the author of another's report
        for sentence in sentences:
            for entry in reversed(sentence.entries):
                if entry.span.end > at or not entry.name or POSSESSIVE_AFTER.match(self.text, entry.span.end):
                    continue  # not "a statement from Petra Holm's family"
                written = AUTHORED_BY.search(self.text, max(0, entry.span.start - 40), entry.span.start)
                if written is not None and written.group("document").lower() == noun:
                    return entry  # "The 112-page report by Civic Watch International documents …"
        return None

    def organization(
        self,
        at: int,
        *,
        speakers_too: bool = False,
        people_too: bool = False,
        own_sentence: bool = False,
        rival: Callable[[str], bool] = lambda name: True,
    ) -> Entry | None:
        """The organisation a ``they``/``it``/``the group`` at ``at`` refers to: the subject of this
        sentence or the one before, or an organisation that spoke there; else None.

        ``speakers_too`` (for ``it``, which no person is): past a sentence about a person, the
        organisation that spoke last, a few sentences back, when no other organisation came since
        (``The Interior Ministry said … Lasken, the minister, said … It added …``).

        ``people_too`` (for ``they``): a people or party named as a group that spoke ("Several
        Democrats cautioned …. They also said …")."""
        kinds = ("organization", "group") if people_too else ("organization",)
        index = self._sentence_of(at)
        if own_sentence:
            # "Brindle Corp's board has approved …, the company said": the company opening the
            # sentence, unless a sentence before gives another ("Brindle Corp rejected the offer.
            # Halvard Group's bid undervalues the business, the company said": either; reviews 6, 7)
            opening = self._own_sentence_s_company(index, at, first_word=True)
            if opening is not None:
                earlier = self.organization(at, speakers_too=speakers_too, people_too=people_too)
                if earlier is None or earlier.name == opening.name or not rival(earlier.name):
                    return opening  # (a regulator or a union before is no rival: review 8)
                return None
        for i in range(index, max(-1, index - SUBJECT_SENTENCES), -1):
            sentence = self.sentences[i]
            if self._in_another_item(sentence, at):
                continue
            for entry in sentence.entries:
                if entry.span.end > at:
                    break
                if (
                    entry.kind in kinds
                    and (entry.speaker or self._is_subject(sentence, entry))
                    and (i == index or not self._reported(entry.span))
                    and entry.span.start not in self.bare
                ):
                    return entry
                if entry.kind == "person" and self._is_subject(sentence, entry):
                    return self._last_org_speaker(at, index) if speakers_too else None
        if own_sentence:
            return self._own_sentence_s_company(index, at, first_word=False)
        return None

    def first_organisation_speaking(self, before: int) -> Entry | None:
        """The first organisation that speaks in the article before ``before``: a press release's
        company ("Brennick Labs Inc. today announced …"), whom its "the Company" stands for."""
        for sentence in self.sentences:
            for entry in sentence.entries:
                if entry.span.end > before:
                    return None
                if entry.kind == "organization" and entry.speaker and entry.span.start not in self.bare:
                    return entry
        return None

    def _own_sentence_s_company(self, index: int, at: int, *, first_word: bool) -> Entry | None:
        """For a description ("the company") closing its sentence, the one organisation the sentence
        names before it (red team 192): as its first words ("Brindle Corp's profit rose, the company
        said"), before any sentence before is asked; else, when none gives one, as the owner of the
        figures the sentence opens with ("Profit at Halvard Group rose 14%"; not "The FDA's approval
        of its drug lifted sales": reviews 5 and 6)."""
        sentence = self.sentences[index]
        before = [e for e in sentence.entries if e.span.end <= at]
        if len(before) != 1 or before[0].kind != "organization" or before[0].span.start in self.bare:
            return None
        opening = self.text[sentence.span.start : before[0].span.start]
        if first_word:
            return before[0] if not opening.strip() else None
        after = self.text[before[0].span.end : at]
        if OWN_FIGURES_BEFORE.fullmatch(opening) and OWN_FIGURES_AFTER.match(after):
            return before[0]
        return None

    def organizations_beside(self, entry: Entry, at: int) -> list[Entry]:
        """The other organisations named in ``entry``'s sentence, before ``at`` ("Kestrel submitted
        its application to the Draven Health Products Board": the board beside Kestrel)."""
        sentence = self.sentences[self._sentence_of(entry.span.start)]
        return [
            e
            for e in sentence.entries
            if e.kind == "organization" and e.span.end <= at and e.name != entry.name
        ]

    def body_opening_the_sentence(self, span: Span) -> Entry | None:
        """The organisation the sentence of ``span`` opens with, named before it ("Castlebridge
        United signed Reyes from Porto Alegre FC": Castlebridge United, beside the club at ``span``)."""
        if not self.sentences:
            return None
        sentence = self.sentences[self._sentence_of(span.start)]
        return next(
            (
                e
                for e in sentence.entries
                if e.kind == "organization" and e.span.end <= span.start and self._is_subject(sentence, e)
            ),
            None,
        )

    def _last_org_speaker(self, at: int, index: int) -> Entry | None:
        """The organisation that spoke last within SPEAKER_SENTENCES sentences before ``at``; None when
        another organisation is named since (the pronoun could be either)."""
        for sentence in reversed(self.sentences[max(0, index - SPEAKER_SENTENCES) : index + 1]):
            orgs = [
                e
                for e in sentence.entries
                if e.kind == "organization" and e.span.end <= at and e.span.start not in self.bare
            ]
            for entry in reversed(orgs):
                if not entry.speaker or not self._main_speaker(sentence, entry):
                    return None
                return entry
        return None

    def _opens_sentence(self, entry: Entry) -> bool:
        """The name is the subject its sentence opens with ("Carson defied the question.")."""
        return bool(self.sentences) and self._is_subject(
            self.sentences[self._sentence_of(entry.span.start)], entry
        )

    def _lone_speaker(self, sentence: _Sentence, entry: Entry, want: str, continuing: str) -> bool:
        """An unnamed speaker after the quotation the sentence opens with ("“We are sorry,” a
        spokesman said.", "“Resign!” one protester shouted."), which names no person besides; not
        one who asked a question (the pronoun after is the one asked), nor one of the other gender
        ("a spokeswoman said. He …")."""
        if not self._speaks_alone(sentence, entry):
            return False
        if continuing != "verb" and self._someone_s(entry):
            return False  # (a possessive's owner may be the one: see _person)
        return self._of_the_gender(entry, want)

    def _speaks_alone(self, sentence: _Sentence, entry: Entry) -> bool:
        """Someone unnamed right after the quotation the sentence opens with ("“…,” a spokesman
        said", "“…,” said his uncle"), in a sentence that names no person besides."""
        before = self.text[sentence.span.start : entry.span.start]
        return not (
            entry.name  # (add_unnamed's are unnamed)
            or before[:1] not in QUOTE_OPENERS
            or re.search(r"(?:[,!][”\"’']|[”\"’'],)\s*(?:[a-z]+\s+)?$", before) is None
            or any(
                e.kind == "person" and e.name and not entry.span.start <= e.span.start < entry.span.end
                for e in sentence.entries
            )  # (not the owner in "Ruth Ellery’s daughter")
        )

    def _someone_s(self, entry: Entry) -> bool:
        """Someone shown by whose they are: "his uncle", "her lawyer", "Ruth Ellery’s daughter"."""
        return POSSESSED.fullmatch(self.text[entry.span.start : entry.span.end]) is not None

    def _unnamed_owned_speaker(self, sentence: _Sentence, entry: Entry, want: str, continuing: str) -> bool:
        """ "“She was our world,” her mother said. “We miss her,” she said.": the pronoun opening a
        quotation after the words of someone shown by whose they are may be that speaker or the
        person they belong to (the dead girl, the defendant, the boy who was brave): the text does
        not tell, so it names no one."""
        return (
            continuing == "quotation"
            and self._speaks_alone(sentence, entry)
            and self._someone_s(entry)
            and self._of_the_gender(entry, want)
        )

    def _of_the_gender(self, entry: Entry, want: str) -> bool:
        """Not a role word of the other gender ("a spokeswoman said. He …")."""
        words = set(re.findall(r"[a-z]+", self.text[entry.span.start : entry.span.end].lower()))
        if want == "m" and words & FEMALE_ROLE_WORDS:
            return False
        return not (want == "f" and words & MALE_ROLE_WORDS)

    def _is_subject(self, sentence: _Sentence, entry: Entry) -> bool:
        """The name opens its sentence (after an introductory phrase, ``the`` and a few lower-case
        words: ``In a statement, the movement``, ``The exiled channel Horizon One``) and is not a
        modifier of what follows (``NLF leader Samira Tovek``)."""
        if entry.secondary:
            return False
        lead = self.text[sentence.span.start : entry.span.start]
        if SUBJECT_LEAD.fullmatch(lead) is None:
            return False
        rest = re.sub(r"^\s*\([^()]{0,20}\)", "", self.text[entry.span.end : entry.span.end + 40])
        following = re.match(r"\W*([\w’'-]+)", rest)
        if following is None:
            return True
        word = following.group(1)
        return not word[:1].isupper() and word.lower() not in role_words()

    def _modifies_a_role(self, entry: Entry) -> bool:
        """ "Vale coach Dermot Ogle", "NLF leader Samira Tovek": a name written before a role, whose
        holder is the person named after it."""
        following = re.match(r"\s+([\w’'-]+)\s+[A-Z]", self.text[entry.span.end : entry.span.end + 60])
        return following is not None and following.group(1) in role_words()

    def relative_head(self, at: int) -> Entry | None:
        """The person a relative ``who`` at ``at`` belongs to: ``Name, who``, ``Name — who`` or
        ``Name, appositive, who``; None after anything else (``a ministry official, who``)."""
        lead = self.text[max(0, at - 160) : at]
        comma = re.search(r"\s*[,—–]\s*$", lead)
        if comma is None:
            return None
        head_end = at - len(lead) + comma.start()
        appositive = re.search(r",([^,;:.!?“”\"]{1,120})$", lead[: comma.start()])
        ends = [head_end]
        if appositive is not None:
            ends.append(head_end - len(appositive.group()))
        index = self._sentence_of(at)
        for end in ends:
            for entry in self.sentences[index].entries:
                if entry.span.end == end and entry.kind == "person":
                    return entry
        return None


# A word of a person's name: capitalised, the rest in lower case ("Ramaswamy", "O'Neill", "Kamau-Ndegwa").
PERSON_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z]+(?:[-'’][^\W\d_][^\W\d_A-Z]+)*")


@cache
def _not_in_person_names() -> frozenset[str]:
    return (
        word_list("org_nouns.txt")
        | word_list("org_name_ends.txt")
        | word_list("outlet_words.txt")
        | role_words()
    )
