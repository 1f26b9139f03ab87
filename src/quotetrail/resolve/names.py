"""The people and organisations one article names, as the article itself tells them.

- **People** come from person mentions, from organisation or place mentions the
  article shows to be people (a title or honorific right before the name,
  ``Mayor Lidia Farrow``; a person's role in an appositive, ``Anneke Doval, the
  group's director``; the bare surname of a person named in full), and from
  titled name runs the entity model missed (``Imam Yusuf Adelan``).
- **Full names**: a surname alone maps to the one full name the article gives
  for it; two different full names for one surname leave it ambiguous.
- **Who is who**: every place a person is named gets a key, the full name it
  stands for; a bare surname whose title tells a gender other than the full
  name's (``Mr. Obama`` in an article naming only ``first lady Michelle
  Obama`` in full) keeps its own key. Genders are learned per key (``gender``).

Word lists are read from ``quotetrail/resources`` (titles, person roles,
organisation nouns), the same files the extractor reads.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from quotetrail.model import Mention, Span
from quotetrail.resolve.gender import appositive_head, learn_genders, titled_gender
from quotetrail.resolve.words import (
    CALENDAR_WORDS,
    HONORIFICS,
    NOT_NAMES,
    PLACE_NOUNS,
    given_name_gender,
    person_titles,
    role_family,
    role_words,
    title_words,
    word_list,
)

NAME_WORD = re.compile(r"[^\W\d_a-zß-ÿ][\w’'-]*[^\W\d_A-ZÀ-Þ][\w’'-]*\.?|[A-Z]\.")  # "Édouard" too
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’'.-]*)(?:[ \t]+[A-Z][\w’'.-]*)*")
EDGE = " ,;:“”\"‘’'«»()"  # punctuation a mention may carry at its edges
POSSESSIVE = re.compile(r"[’']s?$")
SURNAME_WORD = re.compile(r"\b([A-Z][\w-]*[a-z][\w-]*)(?:[’']s)?\b")
CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*[a-z]\b")
# "the town of Karsk", "a Karsk-based haulier": the name is a place's.
PLACE_MARKER = re.compile(
    r"\b(?:town|city|village|hamlet|port|district|region|province|county|island|municipality|suburb|"
    r"borough|parish|capital)\s+of\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})|\b([A-Z][\w’']+)-based\b"
)
GIVEN_HYPHENATED = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ji-hoon", "Ki-moon": a Korean given name
INNER_POSSESSIVE = re.compile(r"^.*[’']s\s+(?=\S)")
NOT_IN_NAMES = re.compile(r"[,;:“”\"«»()\[\]0-9]")  # characters no word of a name holds
MAX_NAME_WORDS = 5
OUTLET_WINDOW = 1500  # how far back "the paper" looks for an outlet named as one, not described so
DESCRIPTION_WINDOW = 6000  # how far back a description ("the minister") looks for whom it describes
ROLE_WINDOW = 80
AGE_SET_OFF = re.compile(r", \d{1,3}, ")  # "Jonas Petrakis, 22, a student activist"
COPULA_AND_DESCRIPTION = re.compile(r", (?:is|was|has been|had been) (?=(?:a|an|the)\b)")
STOP = frozenset({"the", "of", "and", "for", "in", "on", "a", "an", "&"})
# What follows a surname: "Joseph R. Biden Jr.", "Harry Hurt III".
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Particles of a name that open a later reference to it, capitalised ("Bin Khalifa", "Von Hallberg").
NAME_PARTICLES = frozenset(
    {"van", "de", "del", "della", "la", "le", "dos", "das", "da", "di", "du", "von"}
    | {"bin", "ibn", "bint", "dan", "al", "el", "abu"}
    | {"ten", "ter", "op"}  # Dutch: "Anna ten Brink", "Piet op den Kamp"
)
# The first words of surnames of two words: Irish "Mac Cárthaigh", "Nic Aodha", "Ó Súilleabháin",
# "Ní Bhraonáin", Mauritanian "Ould Abdallahi", "Mint Ahmed", and the particles above ("Al Mazrouei",
# "De Klerk").
INITIAL = re.compile(r"[A-Z]\.")  # "N." of "N. Seitkaliyev"
LEGAL_FORM_AT_END = re.compile(
    r",?\s+(?:Inc\.?|LLC|Ltd\.?|Limited|plc|Plc|PLC|Corp\.?|Co\.?|AG|GmbH|SE|N\.V\.|S\.A\.)$"
)
# What stands between a company's name and the parentheses that define its short names: its legal
# form and its listing ("Velmar Energy Corp. (TSX: VEC) (“Velmar” or the “Corporation”)").
LEGAL_FORM_TAIL = re.compile(
    r"[\s,]*(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|plc|PLC|Corp\.?|Co\.?|N\.V\.|S\.A\.|SE|AG|GmbH)?"
    r"(?:\s*\([A-Za-z ]{2,20}:\s*[A-Z][A-Z0-9.\-]{0,9}\))?\s*"
)
SURNAME_OPENINGS = NAME_PARTICLES | {"mac", "nic", "ó", "ní", "ua", "uí", "mc", "ould", "mint"}


def is_role_only(name: str) -> bool:
    """``President``, ``the Speaker``, ``Imam``: title or role words and nothing else."""
    words = [w.lower().strip(",") for w in name.split()]
    words = [w for w in words if w not in ("the", "a", "an")]
    roles = title_words() | word_list("person_roles.txt")
    # "Labour MP", "Republican senator": a party before the role names no one either
    return bool(words) and all(
        w in roles or (w in PARTY_WORDS and words[-1] in roles and words[-1] not in PARTY_NOUNS)
        for w in words
    )


PARTY_NOUNS = frozenset({"party", "parties", "caucus", "group", "committee", "conference"})  # the body itself
PARTY_WORDS = frozenset(
    {"labour", "conservative", "tory", "liberal", "democrat", "democratic", "republican", "snp", "green"}
    | {"ukip", "lib", "dem", "independent", "gop", "plaid", "unionist", "socialist", "centrist"}
)


# A scraped page's prompt opening a line: "Sign up to First Edition", "Subscribe to Morning Mail".
PAGE_PROMPT = re.compile(
    r"\W*(?:sign up|subscribe|register|follow us|download|listen to|get our|join)\b", re.I
)
# ... offering what pages offer (not "Listen to Tom Reid explain …", "Join Maria Lopez and the team")
PAGE_OFFER = re.compile(
    r"\b(?:(?i:newsletters?|podcasts?|edition|briefing|app|alerts|our)|us|Report|Show|Programme|Series)\b"
)


# A relative named by a given name only, after the person whose family it is: "Lena Hartigan and
# her brother Conor", "Dr Naomi Kerr and her husband, Paul".
KIN_GENDER = {
    **dict.fromkeys(("brother", "husband", "son", "father"), "m"),
    **dict.fromkeys(("sister", "wife", "daughter", "mother"), "f"),
}
KIN_KIND = {
    **dict.fromkeys(("brother", "sister"), "sibling"),
    **dict.fromkeys(("husband", "wife"), "spouse"),
    **dict.fromkeys(("son", "daughter"), "child"),
    **dict.fromkeys(("father", "mother"), "parent"),
}
KIN = re.compile(
    r"(?P<owner>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)(?:,\s*\d{1,3})?,?\s+(?:and\s+)?(?:her|his)\s+"
    rf"(?P<kin>{'|'.join(KIN_GENDER)}),?\s+(?P<given>[A-Z][a-z]+)\b(?!\s+[A-Z])"
)
NICKNAMED = re.compile(
    r"\b(?P<given>[A-Z][a-z]+)\s+[“\"‘'](?P<nickname>[A-Z][^”\"’'\n]{1,30})[”\"’']\s+(?P<surname>[A-Z][\w’'-]+)"
)
LOWER_LEAD = re.compile(r"([a-z][\w’'-]*)\s+(?:[a-z][\w’'-]*\s+)*")  # lower-case words before a name
# The second word of a two-word title, written hyphenated: "Hojatoleslam val-Moslemin".
TITLE_TAILS = frozenset({"val-moslemin", "wal-muslimin", "val-muslemin"})


@lru_cache(maxsize=4096)  # pure; called for the same few names at every look-up of an article
def strip_titles(name: str, before: str = "") -> str:
    """``Interior Minister Miro Lasken`` -> ``Miro Lasken``; ``Ms. Tovek's`` -> ``Tovek``;
    ``Senior Adviser Sidney Blumenthal`` -> ``Sidney Blumenthal``. ``before``: the word before the
    name in the text, when the name is a recogniser's mention ("Lt" before "Gen Haddani")."""
    words = [w for w in name.strip(EDGE).split() if w.lower() not in RETIRED]
    if len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    if len(words) > 2 and words[0].lower() in word_list("nationals.txt") and words[0].endswith(NATIONAL_MAN):
        words.pop(0)  # "Welshman Gareth Powell": his people, not his name (red team 190; not "German Larrea")
    titles = role_words() | TITLE_TAILS
    rank = before  # the title just taken off, or the word before the name: "Lt" makes "Gen" a rank
    while (
        len(words) > 1
        and words[0].lower().strip(",") in titles
        and not _patronymic(words, 0)
        and not _given_name_gen(words, 0, rank)
    ):
        rank = words.pop(0)
    # "U.S. Air Force Gen. Norman Ham", "Senate Majority Leader Mitch McConnell": capitalised words
    # that only say whose title it is, then the title, then the name.
    last_title = max(
        (
            k
            for k, w in enumerate(words[:-1])
            if w.lower().strip(",") in titles and not _patronymic(words, k) and not _given_name_gen(words, k)
        ),
        default=None,
    )
    if last_title is not None and last_title <= 4:
        owner, named = words[:last_title], words[last_title + 1 :]
        if (
            len(named) >= 2  # a full name after it: not "Oskar Lind King Jr."
            and all(w[:1].isupper() or _particle(w) for w in words)
            and not any(w.lower() in STOP or w.lower() == "as" for w in owner)  # not a headline
        ):
            words = named
    while len(words) > 2 and words[-1].isupper() and words[-1].lower() in word_list("post_nominals.txt"):
        words.pop()  # "Harriet Quayle KC", "Dr Anna Berg OBE"
    words = _after_an_office(words, rank)
    return POSSESSIVE.sub("", " ".join(words)).strip(" ,")


OFFICE_PREPOSITIONS = ("for", "of", "on")  # "Minister for …", "Special Rapporteur on …"


def _after_an_office(words: list[str], before: str) -> list[str]:
    """ "for Political Affairs Wendy Sherman" (after "Undersecretary"), "Political Affairs Wendy
    Sherman" (the recogniser's, after "for"): an office's capitalised words, then a known given
    name and a surname."""
    opening = words[0].lower() if words else ""
    if opening not in OFFICE_PREPOSITIONS and before.lower().strip(",") not in OFFICE_PREPOSITIONS:
        return words
    office = 0  # the office's capitalised words so far
    for k in range(1 if opening in OFFICE_PREPOSITIONS else 0, len(words) - 1):
        if given_name_gender(words[k]) is not None and len(words) - k in (2, 3):
            # not "Lee Harvey Oswald" after "of", nor "Andrés | Manuel López Obrador": an office
            # takes two words, its own preposition or a title's word ("Chief of Staff Jeremy Bash")
            titled = office == 1 and (words[k - 1].lower() in role_words() or words[k - 1] == "Staff")
            return (
                words[k:] if office >= 2 or titled or (office and opening in OFFICE_PREPOSITIONS) else words
            )
        if len(words) - k == 2 and office >= 2 and words[k - 1].endswith("s") and words[k][:1].isupper():
            return words[k:]  # "for Human Rights Amara Oyelaran": the office's plural, then a name
        if words[k][:1].isupper():
            office += 1
        elif words[k].lower() not in ("of", "for", "and", "the"):
            return words
    return words


# "Brig (retd) Asad Karimi", "Maj Gen (R) Ijaz Awan": a retired officer keeps the rank's title.
RETIRED = frozenset({"(retd)", "(retd.)", "(rtd)", "(rtd.)", "(retired)", "(ret.)", "(ret)", "(r)"})

RANKS_BEFORE_GEN = frozenset(
    {"lt", "lt.", "lieutenant", "maj", "maj.", "major", "brig", "brig.", "brigadier"}
)


def _given_name_gen(words: list[str], k: int, rank: str = "") -> bool:
    """ "Defence Minister Gen Nakamori": "Gen" before one last word is a given name; "Lt Gen Omar
    Haddani", "Lt Gen Haddani" (``rank``: the title before, already taken off), "Gen Omar Haddani"
    are ranks."""
    before = words[k - 1] if k > 0 else rank
    return words[k] == "Gen" and len(words) - k == 2 and before.lower() not in RANKS_BEFORE_GEN


PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "ould", "mint"})


def _patronymic(words: list[str], k: int) -> bool:
    """ "Saif bin Sultan Al Marri", "Sultan bin Khalifa": a word like a title next to "bin" is a
    name, the father's or the bearer's own."""
    return (k > 0 and words[k - 1] in PATRONYMIC_PARTICLES) or (
        k + 1 < len(words) and words[k + 1] in PATRONYMIC_PARTICLES
    )


# A lower-case word of a name: "Faisal bin Tamim al-Dhubairi", "Ahmed ould Tolba".
JOINED_PARTICLE = re.compile(r"[a-z]{1,3}-[A-Z][\w’'-]*")


def _particle(word: str) -> bool:
    return word in SURNAME_OPENINGS or JOINED_PARTICLE.fullmatch(word) is not None


def _given_names_before(full: str, surname: str) -> bool:
    """Whether what ``full`` has before the double ``surname`` is given names: one the list knows
    right before it ("Debbie Wasserman Schultz"), or two plain words ("Ali Akbar Hashemi Nasab"), not
    a title the recogniser left in ("Sens. Johnny Isakson", "Celebrities Julianne Moore")."""
    given = full.split()[: -len(surname.split())]
    if given and given_name_gender(given[-1]) is not None:
        return True
    return len(given) >= 2 and all(NAME_WORD.fullmatch(w) and not w.isupper() for w in given)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in STOP and w[:1].isupper())


def _fullest(fulls: set[str]) -> str:
    """The longest form, the same on every run: ties go to ordinary casing ("Hillary" over a typo's
    "HIllary"), then to alphabetical order (a set's order changes with the hash seed)."""
    return max(sorted(fulls), key=lambda f: (len(f), sum(c.islower() for c in f)))


def _nested(fulls: set[str]) -> bool:
    """Forms of one name ("Dana Varek", "Dana K. Varek")? True when all share the first word and
    the same suffix, if any ("Donald Trump Jr." is not his father)."""
    suffixes = {f.split()[-1].lower().rstrip(".,") for f in fulls} & SUFFIXES
    if suffixes and (
        len(suffixes) > 1 or any(f.split()[-1].lower().rstrip(".,") not in SUFFIXES for f in fulls)
    ):
        return False
    firsts = {f.split()[0].lower() for f in fulls}
    # "Ken Starr" and "Kenneth Starr": a given name and its usual short form
    return len(firsts) == 1 or (len(firsts) == 2 and any(SHORT_FORMS.get(f) in firsts for f in firsts))


# Given names' usual short forms, to the full form ("Ken Starr" is "Kenneth Starr"); only forms that
# are no other name ("Jon" and "Jonas", "Marc" and "Marcel" are two people).
SHORT_FORMS = {
    "ken": "kenneth",
    "ron": "ronald",
    "dan": "daniel",
    "don": "donald",
    "tom": "thomas",
    "tim": "timothy",
    "jim": "james",
    "bill": "william",
    "bob": "robert",
    "rob": "robert",
    "mike": "michael",
    "joe": "joseph",
    "ben": "benjamin",
    "chris": "christopher",
    "nick": "nicholas",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "sue": "susan",
    "matt": "matthew",
    "andy": "andrew",
    "tony": "anthony",
    "ted": "edward",
    "ed": "edward",
    "greg": "gregory",
    "jeff": "jeffrey",
    "rick": "richard",
    "dick": "richard",
    "steve": "steven",
    "dave": "david",
    "pat": "patrick",
    "jen": "jennifer",
    "kate": "katherine",
    "alex": "alexander",
    "sam": "samuel",
    "bernie": "bernard",
    "newt": "newton",
}


# Words that open a headline's question before a name: "Is Sanders finally …", "Why Trump …".
HEADLINE_OPENERS = frozenset(
    {"is", "was", "are", "were", "does", "did", "do", "can", "will", "would", "should", "could", "has"}
    | {"have", "why", "how", "what", "when", "where", "who", "watch", "inside"}
)
# "Do Thi Hoa, the trade minister, said", "Do Van Minh said": a Vietnamese family name, not a
# question's "Do", when the name is set off or speaks.
FAMILY_NAME_DO = re.compile(r",|\s+(?:said|says|told|tells|added|wrote)\b")
# "Peter and Alys Granger": a given name and "and" right before a full name.
COUPLE = re.compile(r"\b([A-Z][a-z]+) and \Z")
# Capitalised words opening a sentence before a couple: "Both Peter and Alys Granger said".
COUPLE_OPENERS = frozenset(
    {"both", "when", "and", "but", "then", "as", "if", "while", "after", "said", "meanwhile"}
)
# A capitalised word right before the first given name of a couple: "Ion Toma and Ana Popescu" is
# two people, Toma a surname (unless it is a title: "Senator Peter and Alys Granger").
WORD_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)[ \t]+\Z")


@dataclass(frozen=True, slots=True)
class Named:
    """One place in the text where the article names a person or an organisation."""

    span: Span
    text: str  # as written, titles stripped


# Titles whose holders are styled so ("His Highness" after "Emir Sheikh Tamim …").
STYLED_TITLES = {
    "highness": ("Emir", "Amir", "Crown Prince", "Prince", "Princess", "Sultan"),
    "majesty": ("King", "Queen", "Sultan", "Emperor", "Empress"),
}


class ArticleNames:
    """The people and organisations an article names, with their fuller forms and genders."""

    def __init__(self, text: str, mentions: list[Mention], unresolved: frozenset[int] = frozenset()) -> None:
        """``unresolved``: where the pronouns to be resolved stand; they are no evidence of a gender."""
        self.text = text
        self._lower_words = frozenset(LOWER_WORD.findall(text))
        self._capitalised = Counter(POSSESSIVE.sub("", w) for w in CAPITALISED_WORD.findall(text))
        self._places = _places(text)
        people, orgs = self._split(mentions)
        people, orgs = _with_outlets(people, orgs, self._outlet_runs())
        people = _merge(people, [*self._titled_runs(), *self._nicknamed()], orgs)
        people = self._couples(people)
        # a photo's caption, a link to another story: whom they name is no one the article's "he"
        # or "the minister" stands for (their full names still stand for the article's surnames)
        self._asides = [m.span() for m in ASIDE_LINE.finditer(text)]
        self._surname_full: dict[str, set[str]] = defaultdict(set)
        self._suffixed_full: dict[str, set[str]] = defaultdict(set)  # "Biden" of "Joseph R. Biden Jr."
        self._first_at: dict[str, int] = {}  # where each full name is first written
        for named in people:
            # "ould Tolba" after "Ahmed ould Tolba": a later reference by the particle and surname
            if len(named.text.split()) >= 2 and not named.text[:1].islower():
                self._first_at[named.text] = min(
                    self._first_at.get(named.text, named.span.start), named.span.start
                )
                surname = named.text.split()[-1].lower()
                self._surname_full[surname].add(named.text)
                if surname.rstrip(".,") in SUFFIXES and len(named.text.split()) >= 3:
                    self._suffixed_full[named.text.split()[-2].lower().rstrip(",")].add(named.text)
                if "-" in surname:  # the tokenizer's "Varga" of "Ilse Brannock-Varga"
                    self._surname_full[surname.rsplit("-", 1)[1]].add(named.text)
        self._full_gender = self._titled_full_genders(people)
        self.genders: dict[str, str] = {}  # learned below, once every name has its key
        # A bare surname the entity model took for an organisation or a place is the person.
        bare = [m for m in orgs if len(m.text.split()) == 1 and self.person_full(m.text) is not None]
        bare_spans = {m.span for m in bare}
        self.orgs = [m for m in orgs if m.span not in bare_spans]
        people.extend(Named(m.span, strip_titles(m.text)) for m in bare)
        people.sort(key=lambda n: n.span.start)
        self.people = _merge(people, self._bare_surnames(people), self.orgs)
        self._keys = {n.span: self._key(n) for n in self.people}
        self._one_word_names = frozenset(n.text for n in self.people if " " not in n.text and self._titled(n))
        self._person_starts = [n.span.start for n in self.people]
        self._org_starts = [n.span.start for n in self.orgs]
        self._by_initials: dict[str, str] = {}
        self._org_longer: dict[str, str] = {}  # filled once every organisation's name is read
        for m in self.orgs:
            full = self.org_name(m.text)
            if len(full.split()) >= 2:
                self._by_initials.setdefault(_initials(full), full)
        self._org_names = frozenset(self.org_name(m.text) for m in self.orgs)
        self._org_longer = _longer_org_names(self._org_names)
        self.genders = learn_genders(text, self.people, self.key_of, self._starts_sentence, unresolved)

    # -- building ---------------------------------------------------------------------------------

    def _couples(self, people: list[Named]) -> list[Named]:
        """ "Peter and Alys Granger": two people sharing the surname written once; the first given
        name, found alone or not at all, is "Peter Granger" too."""
        found = {n.span.start: n for n in people}
        added: list[Named] = []
        for named in people:
            words = named.text.split()
            if len(words) < 2:
                continue
            couple = COUPLE.search(self.text, max(0, named.span.start - 40), named.span.start)
            if couple is None:
                continue
            given = couple.group(1)
            if given.lower() in self._lower_words or given_name_gender(given) is None:
                continue  # "Smith and Alys Granger" names a Smith: only a known given name
            before = WORD_BEFORE.search(self.text, max(0, couple.start(1) - 30), couple.start(1))
            if (
                before is not None
                and before.group(1).lower() not in title_words()
                and before.group(1).lower() not in COUPLE_OPENERS
                and (not _opens_a_sentence(self.text, before.start(1)) or given_name_gender(before.group(1)))
            ):
                continue  # "Ion Toma and Ana Popescu", "Anna Thomas and Mark Lewis": a surname
            start = couple.start(1)
            if start in found and found[start].text != given:
                continue
            full = Named(Span(start, start + len(given)), f"{given} {words[-1]}")
            found[start] = full
            added.append(full)
        if not added:
            return people
        starts = {n.span.start for n in added}
        return sorted([n for n in people if n.span.start not in starts] + added, key=lambda n: n.span.start)

    def _split(self, mentions: list[Mention]) -> tuple[list[Named], list[Named]]:
        people: list[Named] = []
        orgs: list[Named] = []
        # A group's name is capitalised ("Republicans"); "al-Zareeni", which the recogniser took
        # for one, is a surname.
        groups = {m.text.lower() for m in mentions if m.label == "group" and m.text[:1].isupper()}
        groups |= word_list("group_nouns.txt")
        for m in mentions:
            line = self.text[max(0, m.span.start - 40) : m.span.start].rpartition("\n")[2]
            if PHOTO_CREDIT.search(line):
                continue  # "(Photo: Jonas Vik/Meridian)": who took the picture is in no story
            if m.label == "person" and (owner := INNER_POSSESSIVE.search(m.text)):
                # "Le Pen’s niece Marion": the person is the one after the possessive.
                m = Mention(m.text[owner.end() :], Span(m.span.start + owner.end(), m.span.end), m.label)
            first, _, rest = m.text.partition(" ")
            if (
                m.label == "person"
                and rest
                and first.lower() in HEADLINE_OPENERS
                and not (first == "Do" and FAMILY_NAME_DO.match(self.text, m.span.end))
            ):
                # "Is Sanders finally connecting …": a headline's question, not a name
                m = Mention(rest, Span(m.span.end - len(rest), m.span.end), m.label)
            word_before = self.text[max(0, m.span.start - 12) : m.span.start].rstrip(". ").split(" ")[-1]
            clean = strip_titles(m.text, word_before)
            if m.label == "person" and (lead := LOWER_LEAD.match(clean)) and not _particle(lead[1]):
                clean = strip_titles(clean[lead.end() :])  # "powerful AFT President Randi Weingarten"
            if not clean or not any(ch.isalpha() for ch in clean):
                continue
            if m.label in ("organization", "place") and (
                movement := MOVEMENT_AFTER.match(self.text, m.span.end)
            ):
                # "the Yellow Scarf movement", its name taken for a place: "the movement" later is it
                span = Span(m.span.start, movement.end())
                orgs.append(Named(span, self.text[span.start : span.end].strip(EDGE)))
            elif (
                is_outlet(self.text, m.span)
                or (
                    # "Corland Rovers", "Halvard Foods": a club's or firm's name the recogniser took for a person's
                    m.label == "person" and named_as_an_organisation(m.text.strip(EDGE))
                )
                or (m.label == "person" and word_before.lower() in PAPER_NOUNS)  # "the daily Zvezda"
            ):
                orgs.append(Named(m.span, m.text.strip(EDGE)))
            elif m.label == "person" or (
                m.label in ("organization", "place", "group") and self._person_like(m, clean)
            ):
                titled = self.text[m.span.start : m.span.end].strip(EDGE) != clean
                if self._plausible_person(m.span, clean, groups) and (
                    titled or clean.lower() not in self._places
                ):
                    people.append(Named(m.span, clean))
            elif m.label == "organization" and not self._dateline(m.span):
                orgs.append(self._with_its_of_phrase(Named(m.span, m.text.strip(EDGE))))
        # "the Alvarian Union" of "the Court of Justice of the Alvarian Union": part of a longer name
        return people, _outside_longer_names(orgs)

    def _with_its_of_phrase(self, named: Named) -> Named:
        """ "The Supreme Court of Nerova", "the Ellsworth Chamber of Commerce", "the Court of Justice
        of the Alvarian Union": a body's name the recogniser ended before its capitalised "of"
        phrase, whole."""
        words = named.text.split()
        bodies = word_list("org_nouns.txt") | {"court", "chamber"}
        if not words or not any(w.lower() in bodies for w in words):
            return named
        cut = re.search(r"\s+of(?:\s+the)?$", self.text[named.span.start : named.span.end])
        end = named.span.start + cut.start() if cut else named.span.end  # "The Court of", cut there
        more = OF_PHRASE.match(self.text, end)
        if more is None:
            return named
        end += len(POSSESSIVE.sub("", more.group()))
        return Named(Span(named.span.start, end), self.text[named.span.start : end].strip(EDGE))

    def _dateline(self, span: Span) -> bool:
        """``WASHINGTON --``, ``DRAVIN –``: where the story was filed, at the head of a paragraph."""
        written = self.text[span.start : span.end]
        line_start = span.start == 0 or self.text[span.start - 1] == "\n"
        return line_start and written.isupper() and re.match(r"\s*[—–-]", self.text[span.end :]) is not None

    def _plausible_person(self, span: Span, clean: str, groups: set[str] | frozenset[str]) -> bool:
        """Not a headline run (``Hillary Clinton Goes After Donald Trump``), a title alone (``Mr.``),
        ``the United States`` or a word the article uses for a group (``Kent County Republican``)."""
        words = clean.split()
        if len(words) > MAX_NAME_WORDS or any(
            w.lower() in NOT_NAMES or NOT_IN_NAMES.search(w) for w in words
        ):
            return False  # also "Ryan said,“Look", a run the recogniser took across a missing space
        if (
            len(words) == 1
            and self.text[span.start : span.end].strip(EDGE) == clean
            and self._common_word(span)
        ):
            return False
        last = words[-1].lower()
        if last in title_words() | PLACE_NOUNS or last in groups or last in word_list("org_nouns.txt"):
            return False  # "Kent County Republican", "Selm Dockers Union"
        line_start = self.text.rfind("\n", 0, span.start) + 1
        line_end = self.text.find("\n", span.end)
        line = self.text[line_start : line_end if line_end != -1 else len(self.text)]
        if 0 < span.start - line_start <= 60 and PAGE_PROMPT.match(line) and PAGE_OFFER.search(line):
            return False  # "Sign up to First Edition": a newsletter a scraped page offers (red team 178)
        before = self.text[max(0, span.start - 5) : span.start].split()
        # a name after "the" describes something ("the Clinton Foundation"), unless a title opens it
        # and a full name follows: "The Emir Fahd al-Nuri", "the President Omar Saleh" (red team 179)
        written = self.text[span.start : span.end].split()
        titled = len(words) >= 2 and len(written) > len(words) and written[0].lower() in title_words()
        return not (before and before[-1] in ("the", "The")) or titled

    def surname_named(self, word: str) -> str | None:
        """The full name of the one person the article names whose surname ``word`` is, when the
        article never writes the word in lower case ("Haddel" after "Omar Haddel"; not "Price"), and
        the full name opens with a given name ("Super Tuesday" and "Common Core" are no one's)."""
        if word.lower() in self._lower_words or not self._surname_full.get(word.lower()):
            return None
        full = self.person_full(word)
        if full is None or full == word or len(full.split()) < 2:
            return None
        return full if given_name_gender(full.split()[0]) is not None else None  # not "Super Tuesday"

    def _common_word(self, span: Span) -> bool:
        """One capitalised word, without a title, that is no name: the article writes it in lower case
        too ("Was the ruling harsh? Harsh?"), or it is a sentence on its own ("Nonsense!")."""
        word = self.text[span.start : span.end].strip(EDGE)
        if word.lower() in self._lower_words:
            return True
        before = self.text[max(0, span.start - 3) : span.start]
        opens = span.start == 0 or re.search(r"(?:[.!?…]\s|\n)\W*$", before) is not None
        return opens and re.match(r"\W*[?!…]", self.text[span.end : span.end + 3]) is not None

    def _person_like(self, m: Mention, clean: str) -> bool:
        """A title or honorific right before it, or a person's role in an appositive right after it."""
        words = clean.split()
        if not 1 <= len(words) <= 4 or not all(
            NAME_WORD.fullmatch(w) or w.lower() in NAME_PARTICLES for w in words
        ):
            return False  # ("Noor bint Asim": a particle inside the name)
        if words[-1].lower() in word_list("org_nouns.txt"):
            return False
        if named_as_an_organisation(clean) and given_name_gender(words[0]) is None:
            return False  # "Kestrel Partners, the activist investor,"; not "Wayne Borders, a canvasser,"
        if len(words) in (2, 3) and given_name_gender(words[0]) is not None:
            return True  # "Samira Tovek", whom the entity model sometimes takes for an organisation
        first = m.text.split()[0].lower()
        before = self.text[max(0, m.span.start - 30) : m.span.start].split()
        if first in person_titles() or (before and before[-1].lower().strip(",") in person_titles()):
            return True
        return appositive_head(self.text, m.span.end) in word_list("person_roles.txt")

    def _nicknamed(self) -> list[Named]:
        """ "Tomasz “The Hammer” Wilk": a given name, a nickname in quotation marks, a surname; the
        person is "Tomasz Wilk"."""
        return [
            Named(Span(m.start(), m.end()), f"{m['given']} {m['surname']}")
            for m in NICKNAMED.finditer(self.text)
            # a given name it knows, or a nickname no party or slogan has: "Terry “The Hammer” Dawes"
            if given_name_gender(m["given"]) is not None or m["nickname"].startswith("The ")
        ]

    def _titled_runs(self) -> list[Named]:
        """``Imam Yusuf Adelan``, ``mayor Lidia Farrow``: a person title, then a name of two or three
        words; after an honorific, one word is a name too (``Ms. Nwaka``)."""
        found = []
        titles = person_titles()
        for run in CAPITALISED_RUN.finditer(self.text):
            words = run.group().split()
            lead = 0
            while lead < len(words) - 1 and words[lead].lower() in title_words():
                lead += 1
            before = self.text[max(0, run.start() - 30) : run.start()].split()
            titled = any(w.lower() in titles for w in words[:lead]) or (
                bool(before) and before[-1].lower() in titles
            )
            name_words = [POSSESSIVE.sub("", w) for w in words[lead:]]
            honorific = (
                lead and words[lead - 1].lower() in HONORIFICS and name_words[0].lower() not in role_words()
            )
            fewest = 1 if honorific else 2  # "Ms. Nwaka", not "Mr. President"
            if not titled or not fewest <= len(name_words) <= 3:
                continue
            if name_words[0].lower() in NOT_NAMES or not all(NAME_WORD.fullmatch(w) for w in name_words):
                continue
            if any(
                w.endswith(".") and len(w) > 2 and w[:-1].lower() not in ABBREVIATIONS
                for w in name_words[:-1]
            ):
                continue  # "her brother Conor. Mr Hartigan said": a sentence ends inside the run
            if name_words[-1].lower() in word_list("org_nouns.txt"):
                continue
            start = run.start() + len(" ".join(words[:lead])) + (1 if lead else 0)
            found.append(Named(Span(start, start + len(" ".join(name_words))), " ".join(name_words)))
        return found

    def _outlet_runs(self) -> list[Named]:
        """News outlets written as capitalised runs (``The Dravin Observer``, ``Kestovia Today``),
        which the entity model often misses or takes for people."""
        found = []
        for run in CAPITALISED_RUN.finditer(self.text):
            start = run.start()
            words = run.group().split()
            while words and words[0].lower() in NOT_NAMES:
                start += len(words.pop(0)) + 1
            span = Span(start, start + len(" ".join(words)))
            if len(words) >= 2 and is_outlet(self.text, span):
                found.append(Named(span, " ".join(words)))
        return found

    def _bare_surnames(self, people: list[Named]) -> list[Named]:
        """Surnames of people named in full, and one-word names the entity model took for a person
        somewhere, written alone where it saw nothing (``Clinton leaned in``)."""
        known = set(self._surname_full) | {p.text.lower() for p in people if len(p.text.split()) == 1}
        found = []
        for word in SURNAME_WORD.finditer(self.text):
            surname = word.group(1)
            if surname.lower() not in known or surname.lower() in CALENDAR_WORDS:
                continue
            before = self.text[max(0, word.start() - 20) : word.start()].split()
            after = self.text[word.end() : word.end() + 20].split()
            if after and after[0][:1].isupper():
                continue  # part of another name: "Clinton Foundation"
            previous = before[-1] if before else ""
            if previous in ("the", "The"):
                continue  # "the Clinton campaign"
            if previous[:1].isupper() and previous.lower() not in title_words() | NOT_NAMES:
                if not re.search(r"[.!?:;,”\"’]$", previous):
                    continue  # "Chelsea Clinton": another person of that name
            found.append(Named(Span(word.start(1), word.end(1)), surname))
        return found

    def _titled_full_genders(self, people: list[Named]) -> dict[str, str]:
        """Genders of full names told by titles where they are written in full."""
        told: dict[str, set[str]] = defaultdict(set)
        for named in people:
            if len(named.text.split()) >= 2 and (gender := titled_gender(self.text, named.span)):
                told[named.text].add(gender)
        return {full: genders.pop() for full, genders in told.items() if len(genders) == 1}

    def _key(self, named: Named) -> str:
        return self.person_full(named.text, titled_gender(self.text, named.span), inside=True) or named.text

    def _starts_sentence(self, start: int) -> bool:
        """Only titles, a determiner or capitalised words between the sentence start and ``start``."""
        lead = re.split(r"[.!?\n]\W*\s", self.text[max(0, start - 60) : start])[-1] if start else ""
        words = lead.split()
        allowed = title_words() | {"the", "a", "an"}
        return len(words) <= 4 and all(w[:1].isupper() or w.lower() in allowed for w in words)

    # -- looking up -------------------------------------------------------------------------------

    def person_full(
        self, name: str, gender: str | None = None, at: int | None = None, *, inside: bool = False
    ) -> str | None:
        """The full name of the person ``name`` (a full name or a bare surname) refers to, if any.

        ``gender`` (from a title written with the name: ``Mrs. Clinton``) picks one of several
        full names, and keeps a bare surname from a full name of the other gender. ``at`` (where
        the surname is written) picks the only one of them the article has named by then.
        ``inside``: a name may also stand for a full name it is a part of other than the last word
        (see ``_named_inside``), when the reference is a person's.
        """
        clean = strip_titles(name)
        if not clean:
            return None
        fulls = self._surname_full.get(clean.split()[-1].lower()) or self._suffixed_full.get(
            clean.split()[-1].lower()
        )
        words = clean.split()
        # "Park" of "Park Ji-hoon", "Bin Khalifa" of "Hamad bin Khalifa al-Zareeni"
        inside = inside and (len(words) == 1 or words[0].lower() in NAME_PARTICLES)
        if not fulls:
            return self._named_inside(clean, gender) if inside else None
        particle = len(words) > 1 and inside
        # "Mac Cárthaigh", "Ó Súilleabháin", "Al Mazrouei": a surname of two words, the last words
        # of one full name; in capitals, a transcript's label ("OULD ABDALLAHI:", "COSTA LIMA:")
        two_word = len(words) == 2 and (words[0].lower() in SURNAME_OPENINGS or clean.isupper())
        ending = {f for f in fulls if f.lower().endswith(f" {clean.lower()}")} if len(words) == 2 else set()
        if not two_word and ending:
            # "Hashemi Nasab" after "Ali Akbar Hashemi Nasab", "López Obrador": a double surname, its
            # first word no given name, the longer name written first
            first = self._first_at.get(clean, len(self.text))
            two_word = given_name_gender(words[0]) is None and all(
                self._first_at[f] < first and _given_names_before(f, clean) for f in ending
            )
            ending = ending if two_word else set()
        if ending and (len(ending) == 1 or _nested(ending)):
            return _fullest(ending)
        if len(words) > 1 and all(INITIAL.fullmatch(w) for w in words[:-1]):
            # "N. Seitkaliyev" after "Nurlan Abenovich Seitkaliyev": the initials of its given names
            initials = [w[0] for w in words[:-1]]
            initialled = {
                f for f in fulls if f != clean and [p[0] for p in f.split()[: len(initials)]] == initials
            }
            if initialled and (len(initialled) == 1 or _nested(initialled)):
                return _fullest(initialled)
        if clean in fulls:
            if inside and particle and (longer := self._named_inside(clean, gender)) is not None:
                return longer  # "Bin Khalifa", after "Hamad bin Khalifa al-Zareeni"
            return _fullest(fulls) if _nested(fulls) else clean
        if len(clean.split()) != 1:
            return self._named_inside(clean, gender) if inside and particle else None
        if len(fulls) > 1 and not _nested(fulls):
            fitting = [
                f for f in fulls if gender and (self._full_gender.get(f) or self.genders.get(f)) == gender
            ]
            if len(fitting) == 1:
                return fitting[0]
            if at is not None and gender and not fitting:  # "Ms. Vennick": not her brother Anton
                fitting = [f for f in fulls if self._told_gender(f) in (None, gender)]
                if len(fitting) == 1:
                    return fitting[0]
            if at is not None:  # "Clara Vennick … Vennick said" before her brother Anton is named
                before = [f for f in (fitting or fulls) if self._first_at.get(f, at) < at]
                if len(before) == 1:
                    return before[0]
            return None
        full = _fullest(fulls)
        # "Mrs Granger" is not "Peter Granger", whose given name tells his gender
        told = self._full_gender.get(full) or given_name_gender(full.split()[0])
        if gender and told and told != gender:
            return self._relative(full, gender)  # "Mr Hartigan": Lena Hartigan's brother Conor, if named
        return full

    def kin_of(self, full: str, kin: str) -> str | None:
        """Whom "her brother" or "his sister" is when ``full`` is the "her" or "his": the relative
        the article names ("Lena Hartigan and her brother Conor": Conor Hartigan is her brother, and
        she his sister); None when it names none, or more than one."""
        kin = kin.lower()
        found = set()
        for m in KIN.finditer(self.text):
            owner = strip_titles(m["owner"])
            surname = owner.split()[-1]
            named = f"{m['given']} {surname}"
            if full in (owner, owner.split()[0]) and m["kin"].lower() == kin:  # "Lena": Lena Hartigan
                found.add(named)
            elif full in (named, m["given"]) and KIN_KIND.get(m["kin"].lower()) == KIN_KIND.get(kin) in (
                "sibling",
                "spouse",
            ):
                if given_name_gender(owner.split()[0]) in (None, KIN_GENDER[kin]):
                    found.add(owner)  # "his sister": the one he was named as the brother of
        return found.pop() if len(found) == 1 else None

    def _relative(self, full: str, gender: str) -> str | None:
        """The one relative of ``full`` of that gender the article names by a given name only ("Lena
        Hartigan and her brother Conor"), with the family's surname; None when it names no such one."""
        surname = full.split()[-1]
        found = {
            f"{m['given']} {surname}"
            for m in KIN.finditer(self.text)
            if (m["owner"] == full or m["owner"].endswith(f" {full}"))
            and KIN_GENDER[m["kin"].lower()] == gender
        }
        return found.pop() if len(found) == 1 else None

    def _named_inside(self, clean: str, gender: str | None) -> str | None:
        """The one full name that holds ``clean`` as whole words, though not as its last ones: a
        family name written first ("Park" of "Park Ji-hoon", "Mr. Wang" of "Wang Lei"), a first
        surname ("Ortega" of "Juan Carlos Ortega Ruiz"), a particle capitalised at a sentence's
        start ("Von Hallberg" of "Dieter von Hallberg", "Bin Khalifa" of "Hamad bin Khalifa
        al-Zareeni"). A common given name alone without a title ("Dana") is no such reference."""
        words = clean.lower().split()
        if len(words) == 1 and (
            (gender is None and given_name_gender(clean) is not None) or words[0] in CALENDAR_WORDS
        ):
            return None
        found = []
        for full in self._first_at:
            parts = full.lower().split()
            if len(parts) <= len(words) or not any(
                parts[k : k + len(words)] == words for k in range(len(parts) - len(words) + 1)
            ):
                continue
            others = [p for p in parts if p not in words and p not in NAME_PARTICLES]  # "bin", "bint"
            if any(p in self._lower_words or p in CALENDAR_WORDS for p in others):
                continue  # "Obama Says", "Hampshire Tuesday": a headline's words are no one's name
            if self._in_headline(self._first_at[full]):
                continue  # a headline's capitalised words ("Obama Says …") are no name to go by
            last = full.split()[-1]
            if len(words) == 1 and self._capitalised[POSSESSIVE.sub("", last)] > self.text.count(full):
                continue  # "Sanders" written alone: the name's last word is its surname, not "Both"
            found.append(full)
        if not found or (len(found) > 1 and not _nested(set(found))):
            return None
        if len({f.split()[-1].lower() for f in found}) > 1:
            return None  # "Sheikh Hamad" after two Sheikh Hamads of different families: neither
        full = _fullest(set(found))
        told = self._told_gender(full)
        return None if gender and told and told != gender else full

    def _in_headline(self, at: int) -> bool:
        """Is ``at`` in a first paragraph that reads as a headline: it ends without a sentence's
        closing mark, or most of its words are capitalised ("Obama Says … Will Tell of …")?"""
        end = self.text.find("\n")
        if end == -1 or at >= end:
            return False
        first = self.text[:end].rstrip()
        words = re.findall(r"[^\W\d_][\w’'-]*", first)
        capitalised = sum(1 for w in words if w[:1].isupper())
        return not first.endswith((".", "!", "?", "”", '"', "’", "'")) or capitalised >= 0.6 * len(words)

    def written_family_name_first(self, word: str) -> bool:
        """Is ``word`` the first word of a full name whose given name is hyphenated ("Park" of "Park
        Ji-hoon", "Ban" of "Ban Ki-moon"), however the recogniser typed the word alone?"""
        return any(
            full.split()[0] == word and any(GIVEN_HYPHENATED.fullmatch(w) for w in full.split()[1:])
            for full in self._first_at
        )

    def _told_gender(self, full: str) -> str | None:
        return self._full_gender.get(full) or self.genders.get(full) or given_name_gender(full.split()[0])

    def given_name_of(self, word: str, at: int) -> str | None:
        """ "Priya said", after "Priya Nandakumar, 38, runs the bakery": the one person named in full
        before ``at`` with ``word`` for a given name (a speaker's first name, as local and feature
        stories write it); None when no one, or more than one, was."""
        if given_name_gender(word) is None:
            return None  # "Bundy said", after "the Bundy Ranch standoff": a surname, maybe
        people = {self.key_of(n) for n in self.people if n.span.end <= at}
        found = {
            full
            for full, first in self._first_at.items()
            if first < at
            and full in people
            and 2 <= len(parts := full.split()) <= 3
            and parts[0] == word
            and all(NAME_WORD.fullmatch(p) for p in parts)
            and not named_as_an_organisation(full)
            and not self._in_headline(first)
        }
        return found.pop() if len(found) == 1 else None

    def full_name(self, name: str, gender: str | None = None, at: int | None = None) -> str:
        """The fullest form the article gives for a person's name (titles stripped)."""
        return self.person_full(name, gender, at, inside=True) or strip_titles(name) or name

    def key_of(self, named: Named) -> str:
        """The full name a place where a person is named stands for."""
        return self._keys.get(named.span) or named.text

    def styled(self, style: str, before: int) -> str | None:
        """``His Highness`` alone: the nearest person named before ``before`` with that style of
        address in front ("His Highness Sheikh Khalid bin Hamdan Al Nuaimi")."""
        # "Sheikh Khalid bin Hamdan Al Nuaimi", "Sheikh Tamim bin Rashid al-Dhubairi"
        particles = "|".join(sorted(SURNAME_OPENINGS))  # not "of": "The Emir of Qasirah, Sheikh …"
        words = rf"(?:\s+(?:[A-Z][\w.’'-]*|[a-z]{{1,3}}-[A-Z][\w’'-]*|(?:{particles})\b))"
        # or the title of someone so styled: "Emir Sheikh Tamim …" is His Highness
        titles = "|".join(STYLED_TITLES.get(style.split()[-1], ()))
        opening = rf"(?i:{re.escape(style)})" + (rf"|\b(?:{titles})" if titles else "")
        pattern = re.compile(rf"\b(?:{opening}){words}+\s*$")
        hi = bisect.bisect_left(self._person_starts, before)
        for named in reversed(self.people[:hi]):
            if named.span.end <= before and pattern.search(
                self.text[max(0, named.span.start - 60) : named.span.end]
            ):
                return self.key_of(named)
        return None

    def appositive_name(self, phrase: str) -> str | None:
        """``The Speaker, Dana Varek`` / ``The council's president, Judge Matthias Orel``: the name
        after the last comma of a speaker phrase, when it is a person's name."""
        phrase = AGE_AFTER.sub("", phrase)  # "one, Hassan Rashid, 52"
        if ", " not in phrase:
            return None
        if re.search(r",\s+(?:who|whom|whose|which)\b", phrase.rsplit(", ", 1)[0]):
            return None  # "The governor, who spoke through his spokesman, Kola Adeyemi": the spokesman's name
        clean = strip_titles(phrase.rsplit(", ", 1)[1])
        words = clean.split()
        if self.person_full(clean) is None and not (
            2 <= len(words) <= 4 and all(NAME_WORD.fullmatch(w) for w in words)
        ):
            return None
        if words[-1].lower() in word_list("org_nouns.txt") or words[0].lower() in NOT_NAMES:
            return None
        return self.full_name(clean)

    def barely_named(self, named: Named) -> bool:
        """One word the article writes once, with no title and no fuller form ("Then came Brexit.",
        "Goodbye, Selm."): too little to take for a person a pronoun could mean."""
        key = self.key_of(named)
        if " " in key or self._titled(named):
            return False
        return self._capitalised[key] < 2

    def _titled(self, named: Named) -> bool:
        """Written with a title or an honorific: "Ms. Rain", "Sen. Brisk"."""
        before = self.text[max(0, named.span.start - 12) : named.span.start].split()
        written = self.text[named.span.start : named.span.end].split()
        return any(words and words[-1].lower() in person_titles() for words in (before, written[:1]))

    def names_person(self, word: str) -> bool:
        """A one-word name the article gives a person elsewhere ("Ms. Rain", "Sen. Brisk"), or the
        surname of people it names in full, even of two of them ("Trump" beside Donald and Melania
        Trump: a person, if not which)."""
        return word in self._one_word_names or (" " not in word and word.lower() in self._surname_full)

    def names_organisation(self, name: str) -> bool:
        """The article names an organisation so ("the daily Kayhan Ledger … Kayhan Ledger said") and
        no person. A one-word name is left alone unless written in capitals: the recogniser takes
        many a surname ("McConnell", "Tuttle") for an organisation's somewhere in an article."""
        return (
            (" " in name.strip() or name.isupper())
            and self.org_name(name) in self._org_names
            and self.person_full(name) is None
            and not self.names_person(name)
        )

    def is_place(self, name: str) -> bool:
        """The article shows ``name`` to be a place ("the town of Karsk", "a Karsk-based firm") and
        names no person of that name in full."""
        return name.lower() in self._places and self.person_full(name) is None

    def gender_of(self, full: str) -> str | None:
        return self.genders.get(full)

    def org_name(self, text: str) -> str:
        clean = text.strip(EDGE)
        clean = clean[4:] if clean.lower().startswith("the ") else clean
        clean = POSSESSIVE.sub("", clean)
        if clean.isupper() and 2 <= len(clean) <= 6:
            return self._by_initials.get(clean, clean)
        if " " not in clean and self._org_longer and not self.names_person(clean):
            return self._org_longer.get(clean.lower(), clean)  # "the Chronicle": the Dunmere Chronicle
        return clean

    def defined_as(self, term: str) -> str | None:
        """The organisation a press release defines as ``term``: "Corvex Therapeutics, Inc. (“Corvex”
        or the “Company”)" for "Company"; None when the article defines no one so."""
        pattern = re.compile(rf"\((?:[^()\n]{{0,80}}?)(?:the\s+)?[“\"‘']{re.escape(term)}[”\"’']\)")
        for m in pattern.finditer(self.text):
            before = [
                n for n in self.orgs if n.span.end <= m.start() and not LEGAL_FORM_TAIL.fullmatch(n.text)
            ]
            if before:  # (the legal form, when the recogniser took it for a name of its own, is no name)
                nearest = max(before, key=lambda n: n.span.end)
                if LEGAL_FORM_TAIL.fullmatch(self.text[nearest.span.end : m.start()]):
                    return self.org_name(nearest.text)
        return None

    def organisations_ending_in(self, word: str) -> list[str]:
        """The article's organisations whose name ends in ``word`` ("Brightwater Bank" for "Bank"),
        or starts with it before "of" ("Bank of England")."""
        lower = word.lower()
        return sorted(
            name
            for name in self._org_names
            if len(name.split()) >= 2
            and (name.split()[-1].lower() == lower or name.lower().startswith(f"{lower} of "))
        )

    def company_of(self, word: str) -> str | None:
        """The company a one-word name is the short form of ("Veltris" of "Veltris Energy"), when
        no person of the article goes by that word, whatever the recogniser took it for."""
        if " " in word or self.person_full(word) is not None:
            return None
        longer = self._org_longer.get(word.lower())
        return longer if longer is not None and longer.split()[-1].lower() in COMPANY_ENDS else None

    def _described_near(
        self, named: Named, noun: str, required: tuple[str, ...], deputy: bool = False
    ) -> bool:
        """The noun is in the mention, right before it (``Port Selm mayor Lidia Farrow``, ``its head,
        Boris Quell``) or in an appositive right after it (``KNA, the state news agency``); and the
        capitalised words of the description (``Democratic`` in ``the Democratic nominee``) are there too."""
        roles = _role_alternation(noun)
        not_a_deputy = "" if deputy else NOT_A_DEPUTY
        pattern = re.compile(rf"{not_a_deputy}\b(?:{roles})s?\b", re.I)
        start = named.span.start
        if hyphened := HYPHENED_BEFORE.search(self.text, max(0, start - 40), start):
            start = hyphened.start()  # "Secretary-General Amara Okonjo": the mention began after the hyphen
        written = self.text[start : named.span.end]
        before = self.text[max(0, start - ROLE_WINDOW) : start]
        before = RANK_DOT.sub(r"\1 ", before)  # "Lt. Col. Ilya Varn": no sentence ends there
        before = COUNTRY_DOTS.sub(r"\1\2", before)  # "Assistant U.S. Attorney Mara Quist": nor there
        clauses = re.split(r"[.;:!?\n(]", HONORIFICS_AT_END.sub("", before))  # "MP Hon. Omar": not a stop
        before = clauses[-1]
        opens_a_sentence = len(clauses) > 1 or named.span.start <= ROLE_WINDOW
        appositive = self._appositive_after(named.span)
        opening = before.split(maxsplit=1)[0].lower() if before.strip() else ""
        if opening in FRONTED_PREPOSITIONS and opens_a_sentence and "," not in before:
            # "On Telegram, the union said …", "In a message posted on Telegram, the ministry said
            # …": the name ends a phrase set before the subject, which the noun after it is
            appositive = ""
        # "mayor Lidia Farrow", "The Leader of the Revolution Ayatollah Hamid Saberani", "The
        # Leader's representative in Tabrin, Ayatollah Javad Mousavi-Nejad", "The minister for
        # housing, Delia Okonkwo"
        right_before = re.search(
            rf"{not_a_deputy}\b(?i:{roles})s?(?:\s+(?:of|in|for|at|from)(?:\s+the)?(?:\s+[A-Z][\w.’'-]*|(?:\s+[a-z][\w’'-]*){{1,2}},))?"
            rf"(?:,?\s+[A-Z][\w.’'-]*)*,?\s*$",
            before,
        )
        if right_before and not deputy and _another_post(before[: right_before.start()]):
            right_before = None  # "the shadow planning minister, Paul Reeve": another post
        if not (
            _held(pattern, written, deputy)
            or right_before
            or _held(pattern, appositive, deputy)
            or self._made_so(named.span, roles, deputy)
        ):
            return False
        context = " ".join((before, written, appositive, self._bracket_after(named.span)))
        return all(
            re.search(rf"\b{re.escape(word)}\b", context)
            or any(re.search(rf"\({re.escape(short)}\b", context) for short in PARTY_SHORT.get(word, ()))
            for word in required
        )

    def _made_so(self, span: Span, roles: str, deputy: bool) -> bool:
        """The sentence makes the name the role: "Rhys Calloway was elected mayor in May", "Ines
        Hallorhan is vice-chancellor of …", "Marla Quint became union leader"."""
        after = re.split(r"[.;:!?\n]", self.text[span.end : span.end + 80])[0]
        made = PREDICATED_ROLE.match(after)
        if made is None and MAKING_VERB_BEFORE.search(self.text, max(0, span.start - 30), span.start):
            made = ROLE_GIVEN_AS.match(after)  # "The board appointed Mara Quist as chief financial officer"
        if made is None:
            return False
        role = made.group("role")
        for found in re.finditer(rf"\b(?:{roles})(?![\w’'-])", role, re.I):
            rest = role[found.end() :].split()
            if (not rest or rest[0] in ("of", "for", "at", "in", "on")) and not _another_post(
                role[: found.start()]
            ):
                return True  # the role last, or its "of" after it (not "the mayor's chief of staff")
        return False

    def _bracket_after(self, span: Span) -> str:
        """The bracket right after a name: "(Lab, Kingsley)", "(D-Ore.)"."""
        found = re.match(r"\s*\([^()\n]{1,40}\)", self.text[span.end : span.end + 48])
        return found.group().strip() if found is not None else ""

    def _noun_after(self, named: Named, noun: str) -> bool:
        """ "The Civic Front party", "the Brightmart chain": the organisation's noun right after its name."""
        roles = _role_alternation(noun)
        after = re.match(
            rf"\s+(?:{roles})\b(?:\s+(\w+))?", self.text[named.span.end : named.span.end + 60], re.I
        )
        return after is not None and (after.group(1) or "").lower() not in GATHERINGS

    def in_an_aside(self, span: Span) -> bool:
        """Whether ``span`` is in a caption or a link to another story (see :data:`ASIDE_LINE`)
        and names someone the article itself does not (by the last word of the name)."""
        if not any(a <= span.start < b for a, b in self._asides):
            return False
        last = span.text_of(self.text).split()[-1]
        body = re.finditer(rf"\b{re.escape(last)}\b", self.text)
        return not any(not any(a <= m.start() < b for a, b in self._asides) for m in body)

    def described_as(
        self,
        noun: str,
        before: int,
        kind: str,
        required: tuple[str, ...] = (),
        modifiers: tuple[str, ...] = (),
        former: bool = False,
    ) -> tuple[str, Span] | None:
        """The nearest earlier person or organisation the text describes with this noun; first one
        whose role carries the description's ``modifiers`` too ("the oil minister": "Oil Minister
        Javad Namvar", not the nearer "Economy Minister Farid Nouri"); only those written as holding
        it before when ``former``."""
        table, starts = (
            (self.people, self._person_starts) if kind == "person" else (self.orgs, self._org_starts)
        )
        lo = bisect.bisect_left(starts, before - DESCRIPTION_WINDOW)
        hi = bisect.bisect_left(starts, before)
        nearest: Named | None = None
        held_before: Named | None = None  # the nearest whose post is a former one
        deputy = any(m.lower() in ANOTHER_POST for m in modifiers)  # "the deputy minister": a deputy's role
        for named in reversed(table[lo:hi]):
            if self.in_an_aside(named.span):
                continue  # "Photo: Health Minister Petra Lund visits …": not "the minister" of the article
            if self.text[named.span.end : before].strip() == "," and _outlet_not_so_described(
                named, noun, self.text
            ):
                continue  # "shared with the Courier, the ministry asked": no paper is a ministry
            if former and not self.formerly(named.span):
                continue  # "the former minister": not the one now in office
            if named.span.end <= before and (
                self._described_near(named, noun, required, deputy)
                or (kind != "person" and noun in NOUNS_AFTER_A_NAME and self._noun_after(named, noun))
            ):
                if not former and self.formerly(named.span):
                    held_before = held_before or named
                    continue  # "former minister Ken Osgood": "the minister" only if no one holds it now
                nearest = nearest or named
                if not modifiers or self._modified_so(named, noun, modifiers):
                    nearest = named
                    break
        nearest = nearest or held_before
        if nearest is None:
            return None
        if set(modifiers) & OTHER_POST_WORDS and not self._modified_so(nearest, noun, modifiers):
            return None  # "the deputy mayor" after "Mayor Bernadette Ojo": someone else's post
        if kind == "person" and not modifiers and self._named_beside_another(nearest, noun, required, lo):
            return None  # "Ayatollah A and Ayatollah B spoke. The cleric warned …": either of them
        return (self.key_of(nearest) if kind == "person" else self.org_name(nearest.text)), nearest.span

    def outlet_before(self, before: int) -> tuple[str, Span] | None:
        """The news outlet named last before ``before`` by a name that says it is one ("The Korvan
        Times leads with the budget. In an editorial, the paper says …"), within a few paragraphs."""
        lo = bisect.bisect_left(self._org_starts, before - OUTLET_WINDOW)
        hi = bisect.bisect_left(self._org_starts, before)
        for named in reversed(self.orgs[lo:hi]):
            if named.span.end <= before and (is_outlet(self.text, named.span) or self._called_a_paper(named)):
                return self.org_name(named.text), named.span
        return None

    def _called_a_paper(self, named: Named) -> bool:
        """The name with a paper's noun right after it, "the rival Novi Kurir newspaper", and not a
        body's name ("the Communist Party newspaper" is the party's paper, not the party)."""
        return bool(PAPER_NOUN_AFTER.match(self.text, named.span.end)) and not named_as_an_organisation(
            POSSESSIVE.sub("", named.text.strip(EDGE)).removeprefix("the ").removeprefix("The ")
        )

    def _named_beside_another(self, nearest: Named, noun: str, required: tuple[str, ...], lo: int) -> bool:
        """Whether ``nearest`` was named together with another person the same noun describes
        ("Ayatollah A and Ayatollah B", "Councillor A (Lab) and Councillor B", "Negotiators A and B",
        "A and B, both environment ministers"), so the description cannot tell them apart."""
        at = bisect.bisect_left(self._person_starts, nearest.span.start)
        before = next(
            (
                n
                for n in reversed(self.people[lo:at])
                if n.span.end <= nearest.span.start
                # "Brevand's Hanne Ottesen": the recogniser's person owning the name, not another
                and not POSSESSIVE_GAP.fullmatch(self.text, n.span.end, nearest.span.start)
            ),
            None,
        )
        after = next((n for n in self.people[at:] if n.span.start >= nearest.span.end), None)
        for first, second in ((before, nearest), (nearest, after)):
            if first is None or second is None or self.key_of(first) == self.key_of(second):
                continue
            if not joined_as_a_pair(self.text, first.span.end, second.span.start):
                continue
            other = first if second is nearest else second
            if self._described_near(other, noun, required) or self._both_described(first, second, noun):
                return True
        return False

    def _both_described(self, first: Named, second: Named, noun: str) -> bool:
        """The noun in the plural before the pair ("Negotiators Irena Dossu and Teodor Marrin") or
        after it with "both" ("…, both environment ministers")."""
        roles = _role_alternation(noun)
        plural = rf"(?:{roles})s"
        lead = self.text[max(0, first.span.start - ROLE_WINDOW) : first.span.end]
        if re.search(
            rf"\b{plural}\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}$", lead[: len(lead) - len(first.text)], re.I
        ):
            return True
        if re.match(rf"\b{plural}\s", first.text, re.I):
            return True
        tail = self.text[second.span.end : second.span.end + ROLE_WINDOW]
        return re.match(rf",\s+both\s+(?:[\w’'-]+\s+){{0,3}}?{plural}\b", tail, re.I) is not None

    def one_of_a_pair(self, which: str, before: int) -> str | None:
        """ "The former said …", "the latter called them …": the first or the second of the two
        people the text last named together ("Union leader Tomas Reed and Transport Secretary Anna
        Wells"), within a few sentences; None when it named no such pair."""
        lo = bisect.bisect_left(self._person_starts, before - DESCRIPTION_WINDOW)
        hi = bisect.bisect_left(self._person_starts, before)
        named = [n for n in self.people[lo:hi] if n.span.end <= before]
        for first, second in zip(reversed(named[:-1]), reversed(named[1:]), strict=True):
            if joined_as_a_pair(self.text, first.span.end, second.span.start):
                return self.key_of(first if which == "former" else second)
        return None

    def aged(self, age: str, before: int) -> str | None:
        """Whom "the 38-year-old" is: the person named before with that age ("Hana Okafor, 38,",
        "38-year-old Hana Okafor"); when the article gives no one an age, the one person it names."""
        named = [n for n in self.people if n.span.end <= before]
        ages = {n.span: self._age_of(n.span) for n in named}
        with_age = {self.key_of(n) for n in named if ages[n.span] == age}
        if with_age:
            return with_age.pop() if len(with_age) == 1 else None
        everyone = {self.key_of(n) for n in named}
        return everyone.pop() if len(everyone) == 1 and not any(ages.values()) else None

    def of_nation(self, words: str, countries: str, before: int) -> str | None:
        """The one person named before ``before`` whom the article shows to be of a nation: by one
        of its ``words`` (a pattern: "Norwegian|Norway") in the words right before the name ("Dutch
        striker Jan Vos", "Scotland's Callum Baird") or set off after it ("Jan Vos, a Dutchman,"), or
        by one of its ``countries`` as "Ukraine's Olena Bondar" or "Olena Bondar of Ukraine". None
        for none, or for several."""
        pattern = re.compile(rf"\b(?:{words})(?:['’]s)?\b")
        owned = re.compile(rf"\b(?:{countries})['’]s\s+(?:[\w-]+\s+){{0,2}}$") if countries else None
        of_it = re.compile(rf",?\s+(?:of|from)\s+(?:{countries})\b(?!\s+[A-Z])") if countries else None
        shown = set()
        previous = 0  # the words before a name, back to the name before it: not that one's nation
        for named in self.people:
            if named.span.end > before:
                break
            window = self.text[max(previous, named.span.start - PEOPLE_S_WORD_WINDOW) : named.span.start]
            if previous:
                window = re.sub(
                    r"^,?\s+(?:of|from)\s+[A-Z][\w-]*", "", window
                )  # the one before's "of Norway"
            window = re.split(r"[,.;:!?()\n]", window)[-1]
            first = self.text[named.span.start : named.span.end].split()[:1]
            if first and first[0].lower() in word_list("nationals.txt"):
                window += " " + first[0]  # "Dutchman Pieter Hoogland" (not "Tom Holland", "Jack Ireland")
            previous = named.span.end
            if (
                pattern.search(window + self._appositive_after(named.span))
                or (owned is not None and owned.search(window))
                or (of_it is not None and of_it.match(self.text, named.span.end))
            ):
                shown.add(self.key_of(named))
        return shown.pop() if len(shown) == 1 else None

    def organisations_of(self, kind: Callable[[str], bool], besides: str, before: int) -> list[str]:
        """The organisations of the ``kind`` the article names before ``before``, in the order it
        first names them, each once whatever its legal form ("Halvard Group" and "Halvard Group
        Plc"); not the word ``besides`` itself ("Company" of "The Company said"), nor a bare legal form."""
        seen: dict[str, str] = {}  # the name without its legal form -> the name as first written
        for m in sorted(self.orgs, key=lambda n: n.span.start):
            if m.span.start >= before:
                break
            name = self.org_name(m.text)
            if name.lower() != besides.lower() and not LEGAL_FORM_TAIL.fullmatch(name) and kind(name):
                seen.setdefault(LEGAL_FORM_AT_END.sub("", name), name)
        return list(seen.values())

    def only_person_before(self, before: int, outside: tuple[Span, ...] = ()) -> str | None:
        """The one person the article names before ``before``, if it names only one (not counting
        those named inside the spans ``outside``: whom the speaker's own words name)."""
        keys = {
            self.key_of(n)
            for n in self.people
            if n.span.end <= before and not any(o.start <= n.span.start < o.end for o in outside)
        }
        return keys.pop() if len(keys) == 1 else None

    def ages_of(self, full: str) -> set[str]:
        """The ages the article gives the person with this full name."""
        return {age for n in self.people if self.key_of(n) == full and (age := self._age_of(n.span))}

    def _age_of(self, span: Span) -> str | None:
        after = AGE_AFTER_NAME.match(self.text, span.end)
        if after is not None:
            return after.group(1)
        written = AGE_BEFORE_NAME.search(self.text[max(0, span.start - ROLE_WINDOW) : span.start])
        if written is not None:
            return written.group(1)
        later = AGE_LATER.match(self.text, span.end)
        if later is None or any(span.end < start < later.end() for start in self._person_starts):
            return None  # (not another's: "Reid beat Amis, who retired aged 54")
        # closing the sentence, and not a noun's ("flu jabs for people aged 65.", "whose father died
        # aged 54"; review 4 of session 43)
        if NOT_ONE_S_OWN_AGE.search(self.text, span.end, later.end(1)):
            return None
        return later.group(1)

    def formerly(self, span: Span) -> bool:
        """The name is written as someone's former post: "former minister Layla Saab", "Layla Saab,
        the ex-minister", "his predecessor, Layla Saab"."""
        before = self.text[max(0, span.start - ROLE_WINDOW) : span.start]
        return (
            FORMERLY_BEFORE.search(before) is not None
            or FORMERLY.search(self.text[span.start : span.end]) is not None
            or FORMERLY.search(self._appositive_after(span)) is not None
        )

    def _appositive_after(self, span: Span) -> str:
        """The appositive right after a name, to its first stop: "KNA, the state news agency, said"."""
        after = self.text[span.end : span.end + ROLE_WINDOW]
        if age := AGE_SET_OFF.match(after):
            after = after[age.end() - 2 :]  # "Jonas Petrakis, 22, a student activist": past the age
            if copula := COPULA_AND_DESCRIPTION.match(after):
                # "Ana Ruiz, 38, is the mayor of Kelso": the mayor (not "is the daughter of the mayor",
                # "was the mayor's chief of staff": only the head of what she is)
                head = re.split(r"\s+(?:of|at|in|with|for)\s+|[,.;:!?]", after[copula.end() :])[0]
                return re.sub(r"^(?:the\s+)?[\w-]+['’]s\s+", "", head)
        appositive = re.split(r"[,.;:!?)\n]", after[2:])[0] if after.startswith((", ", " (")) else ""
        if after.startswith(", ") and VERB_AFTER_THE_SUBJECT.match(appositive):
            return ""  # "His challenger, Lena Marsh, said … the senator …": her verb, not what she is
        if after.startswith(", ") and CLOSING_ATTRIBUTION.match(appositive):
            return ""  # "…ambushed by the Free Hollin Front, the army said": the army is who said it
        if RELATIVE_OPENING.match(appositive):
            return ""  # "The Front, which the government calls …": a clause about it, not what it is
        if contact := CONTACT_CLAUSE.match(appositive):
            return contact["head"]  # "a group the government calls …": what it is, a group
        return appositive

    def _modified_so(self, named: Named, noun: str, modifiers: tuple[str, ...]) -> bool:
        """The role written with these words before its noun, right before the name or in its
        appositive: "Oil Minister Javad Namvar", "Javad Namvar, the oil minister"."""
        roles = _role_alternation(noun)
        words = r"\s+".join(map(re.escape, modifiers))
        # with up to two words of the portfolio between: "the deputy minister", "Deputy Defence Minister"
        modified = re.compile(rf"\b{words}\s+(?:[\w’'-]+\s+){{0,2}}?(?:{roles})s?\b", re.I)
        lead = self.text[max(0, named.span.start - ROLE_WINDOW) : named.span.end]
        found = list(re.finditer(rf"\b(?:{roles})s?\b", lead, re.I))
        if found and any(m.end() == found[-1].end() for m in modified.finditer(lead)):
            return True  # the role nearest the name is the modified one
        return modified.search(self._appositive_after(named.span)) is not None


# The verb after a subject set off by commas ("His challenger, former prosecutor Lena Marsh, said
# in a statement …"), where an appositive would be: a past tense or a present one of speech; not
# the participles that describe ("retired general", "embattled mayor").
# A closing attribution after a comma by a side in a conflict: "…ambushed by the Free Hollin Front,
# the army said" (the body the claim names last is its enemy; "…with KestAir, the airline said" is
# the airline's own name).
CLOSING_ATTRIBUTION = re.compile(
    r"(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:army|military|forces|police|ministry|government|command"
    r"|navy|militia|rebels|regime|authorities|coalition|junta)\s+(?:said|says|told|added|reported|claimed"
    r"|stated|announced|confirmed|warned|wrote)\b"
)
VERB_AFTER_THE_SUBJECT = re.compile(
    r"(?!(?:retired|embattled|disgraced|celebrated|respected|acclaimed|beleaguered|elected|appointed"
    r"|noted|seasoned|talented|jailed|exiled|detained|wanted|qualified|licensed|registered)\b)"
    r"(?:[a-z]+ed|said|says|told|tells|wrote|writes|adds|warns|argues|insists|claims|spoke|thinks"
    r"|thought|believes|explains|notes|stresses|maintains|admits|denies|accuses|urges"
    # "Mark Dyer, 23, was jailed for robbing a pensioner", "The campaign, first reported by The
    # Washington Post, is a key element of …": the subject's verb, not what the name before is
    r"|was|is|were|are|has|had|have|will|would|could|can|must|may)\b"
)
# Nouns for a paper right before its name: "the nationalist daily Zvezda", "the tabloid Daily Flare"
# (not "network" or "channel": "the network President Vladimir Putin formed").
PAPER_NOUNS = frozenset({"daily", "newspaper", "paper", "weekly", "tabloid", "broadsheet", "magazine"})
MOVEMENT_AFTER = re.compile(r"\s+movement\b")
PAPER_NOUN_AFTER = re.compile(r"\s+(?:news\s+agency|newspaper|daily|weekly|tabloid|broadsheet|magazine)\b")
# A picture's credit before a name: "(Photo: Jonas Vik/Meridian)", "Photograph: …", "Picture by …".
PHOTO_CREDIT = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|pic|images?|credit|illustration|video)\s*(?::|\bby\b)\s*$", re.I
)
# Between two people named together: "Tomas Reed and Transport Secretary Anna Wells", "Dr Priya
# Nair and Professor Alan Cole".
POSSESSIVE_GAP = re.compile(r"[’']s\s+")
# A body's capitalised "of" phrase after its name: " of Nerova", " of Commerce", " of Appeal of Lusk".
OF_PHRASE = re.compile(r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)+")
PAIRED = re.compile(r"(?:\s*\([^()\n]{1,40}\))?,?\s+and\s+(?P<titles>(?:[\w.’'-]+\s+){0,4})")


def _opens_a_sentence(text: str, at: int) -> bool:
    """Nothing but a sentence's end, a line break or the text's start before ``at`` ("Parents Peter
    and Alys Granger": "Parents" opens its sentence)."""
    before = text[max(0, at - 3) : at].rstrip(' \t“"')
    return not before or before[-1] in ".!?\n"


def joined_as_a_pair(text: str, end: int, start: int) -> bool:
    """Whether the names ending at ``end`` and starting at ``start`` are two people written as a
    pair: "Kai Lomond and Ashcombe defender Tariq Benn", "Councillor A (Lab) and Councillor B",
    "Kalvari's Selin Aradu and Brevand's Hanne Ottesen"; the words before the second name are
    capitalised or nouns a person goes by."""
    m = PAIRED.fullmatch(text, end, start)
    if m is None:
        return False
    words = m.group("titles").split()
    return all(w[:1].isupper() or w.lower() in role_words() for w in words)


# An appositive whose noun a relative clause without "which" follows: "a group the government
# calls …", "a movement its founders describe as …".
_NOT_A_HEAD = r"(?!(?:of|for|in|at|on|to|with|from|by|and|or)\b)"
CONTACT_CLAUSE = re.compile(
    rf"(?P<head>(?:a|an|the|one)\s+(?:{_NOT_A_HEAD}[\w’'-]+\s+){{0,2}}?{_NOT_A_HEAD}[\w’'-]+)"
    r"\s+(?:the|a|an|its|his|her|their|this|these|those|some|many|critics|officials)\s",
    re.I,
)
# A clause or an attribution set off after a name, which says nothing of what the name is: "The Front,
# which …", "Velani, according to the agency, said …", "Velani, citing a source, said …".
RELATIVE_OPENING = re.compile(
    r"(?:which|who|whom|whose|that|where|when|according to|citing|quoting|as reported by)\b", re.I
)
# A person's age written with the name: "Hana Okafor, 38," and "38-year-old Hana Okafor".
NATIONAL_MAN = ("chman", "shman", "sman", "chwoman", "shwoman", "swoman")  # Frenchman, Scotswoman; not German
PEOPLE_S_WORD_WINDOW = 40  # characters before a name that may say whose people it is ("Dutch striker")
AGE_AFTER_NAME = re.compile(r",\s*(\d{1,3})\s*[,.;)]")
AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old\s+(?:[\w’'.-]+\s+){0,3}$")
NOT_ONE_S_OWN_AGE = re.compile(
    r"\b(?:whose|which|people|men|women|man|woman|boy|girl|children|pupils|patients|residents|those"
    r"|anyone|adults|over|under|between|and (?:his|her|their)|wife|husband|son|daughter|father|mother)\b"
    r"(?:\W+\w+){0,4}?\W+"
    r"(?:at the age of|aged)\b",
    re.I,
)
# "Callum Reid has announced his retirement at the age of 54.": the age later in the name's sentence
AGE_LATER = re.compile(r"[^.!?\n]{0,120}?\b(?:at the age of|aged)\s+(\d{1,3})\s*[.!?]")
# Words that make a post another one: "the deputy mayor" is not the mayor.
OTHER_POST_WORDS = frozenset(
    {"deputy", "vice", "assistant", "shadow", "interim", "associate", "under", "junior", "co", "lieutenant"}
)
# Words that make a post one held before: "the former minister" is not the one now in office.
FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "one-time", "onetime", "retired"})
_FORMER = "|".join(sorted(FORMER_WORDS))
FORMERLY = re.compile(rf"\b(?:{_FORMER}|predecessor)\b", re.I)
# ... right before a name: "former finance minister ", "his predecessor, "
FORMERLY_BEFORE = re.compile(rf"(?:\b(?:{_FORMER})[\s-]+(?:[\w’'.-]+\s+){{0,3}}|\bpredecessor,?\s+)$", re.I)


# A company's name's last words, which its short name drops: "Tamadon Holdings" is "Tamadon".
COMPANY_ENDS = frozenset(
    {"group", "holdings", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "corporation"}
    | {"company", "co.", "ag", "gmbh", "industries", "enterprises", "investments", "ventures", "motors"}
    | {"airlines", "airways", "systems", "technologies", "labs", "energy", "foods", "pharmaceuticals"}
    | {"insurance", "securities", "capital", "partners", "biotech", "pharma", "therapeutics", "trucks"}
)


# Bodies a country has one of, named by the noun alone: "Congress", "Parliament".
STANDING_BODIES = frozenset(
    {"congress", "parliament", "senate", "assembly", "court", "government", "cabinet", "house", "council"}
)


# Not the role of one who stands in for its holder: "Deputy Governor Pavel Drasko" is not "the
# governor", "Vice President Ana Ruiz" not "the president".
DEPUTIES = ("deputy", "vice", "assistant", "associate", "under")


# A role given in the predicate right after a name: " was elected mayor", " is vice-chancellor of".
PREDICATED_ROLE = re.compile(
    r",?\s+(?:was|is|has\s+been|had\s+been|became|becomes)\s+(?:(?:elected|appointed|named|made|"
    r"sworn\s+in|installed|chosen|re-elected)\s+)?(?:as\s+)?(?P<role>(?:the\s+|its\s+|a\s+)?(?:new\s+)?"
    r"(?:[\w-]+\s+){0,2}[\w-]+)(?![\w’'-])"
)
# The same given by the verb before the name: "The board appointed Mara Quist as chief financial
# officer", "hired Tom Ebo as its new coach".
MAKING_VERB_BEFORE = re.compile(
    r"\b(?:appoint|name|hire|promote|elect|re-elect|install|choose|chose|pick|tap|recruit|confirm|"
    r"nominate)(?:s|ed|d)?\s+$"
)
ROLE_GIVEN_AS = re.compile(
    r",?\s+as\s+(?P<role>(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?(?:new\s+)?"
    r"(?:[\w-]+\s+){0,2}[\w-]+)(?![\w’'-])"
)
# British parties as a councillor's bracket shortens them: "Cllr Ama Boateng (Lab, Kingsley)".
PARTY_SHORT = {
    "Labour": ("Lab",),
    "Conservative": ("Con",),
    "Tory": ("Con",),
    "Liberal": ("LD", "Lib Dem"),
    "Green": ("Grn", "Green"),
    "Reform": ("Ref",),
    "Independent": ("Ind",),
}
# What a party's or a union's noun may stand before, as a place's name before it too: "the Kestovia
# party conference" is no party named Kestovia.
GATHERINGS = frozenset(
    {"conference", "congress", "meeting", "members", "member", "branch", "branches", "officials", "rally"}
    | {"convention", "faithful", "activists", "delegates", "headquarters", "offices", "chapter", "leaders"}
)
# An organisation's noun written after its name: "The Civic Front party", "the Brightmart chain".
NOUNS_AFTER_A_NAME = frozenset({"party", "chain", "cooperative", "co-operative", "co-op", "union"})


# Words before a role that make it another post ("junior" and "co-" hold it: "a junior minister"
# is a minister, "Co-Chair Ana Ruiz" the chair).
ANOTHER_POST = OTHER_POST_WORDS - {"interim", "junior", "co"}


@cache
def _role_alternation(noun: str) -> str:
    """The roles of ``noun``'s family as a regular expression's alternatives, spaces as any space."""
    return "|".join(re.escape(role).replace(r"\ ", r"\s+") for role in role_family(noun))


def _another_post(before: str) -> bool:
    """Whether the two words before a role make it another post: "shadow planning minister",
    "deputy health minister" (the word right before is :data:`NOT_A_DEPUTY`'s)."""
    return any(w.lower().rstrip("-") in ANOTHER_POST for w in before.split()[-2:])


def _held(pattern: re.Pattern[str], text: str, deputy: bool) -> bool:
    """The role is in ``text`` and is not another post (:func:`_another_post`), unless a deputy's
    is what is looked for."""
    return any(deputy or not _another_post(text[: m.start()]) for m in pattern.finditer(text))


NOT_A_DEPUTY = "".join(rf"(?<!{w} )(?<!{w.title()} )" for w in DEPUTIES) + "(?<!vice-)(?<!Vice-)"


# A line of the page that is not the article's: a caption, a credit, a link to another story.
ASIDE_LINE = re.compile(
    r"(?im)^[ \t]*(?:photo|photograph|picture|image|caption|video|watch|read more|read also|also read|related|"
    r"see also|more on this|recommended)\b[^\n:|]{0,20}[:|][^\n]*$"
)


def _outside_longer_names(orgs: list[Named]) -> list[Named]:
    """The names not inside a longer one of the list (which is in text order)."""
    kept: list[Named] = []
    reach = Span(0, 0)  # the longest name so far, by its end
    for named in sorted(orgs, key=lambda n: (n.span.start, -n.span.end)):
        if named.span != reach and reach.contains(named.span):
            continue
        kept.append(named)
        if named.span.end > reach.end:
            reach = named.span
    return sorted(kept, key=lambda n: n.span.start)


def _longer_org_names(names: frozenset[str]) -> dict[str, str]:
    """One-word short forms of the organisations' names in an article, to the one longer name each
    stands for: "chronicle" -> "Dunmere Chronicle", "union" -> "Union of Journalists". A word two
    names share ("ministry" of two ministries) stands for neither."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() or w.islower() for w in words):
            continue
        link = next((k for k, w in enumerate(words[1:-1], 1) if w.lower() in ("of", "for")), None)
        if link is None:
            found[words[-1].lower()].add(
                name
            )  # "Dunmere Chronicle"; not "State" of "Office of the Secretary of State"
        if link == 1 or (link is not None and words[link - 1].lower() not in STANDING_BODIES):
            # "Union of Journalists", "Valmont Observatory for Human Rights": the noun before "of"
            # (not "Congress" of the "American Congress of Obstetricians")
            found[words[link - 1].lower()].add(name)
        if all(w.lower() in COMPANY_ENDS for w in words[1:]):
            found[words[0].lower()].add(name)  # "Tamadon" of "Tamadon Holdings"
    return {word: next(iter(longer)) for word, longer in found.items() if len(longer) == 1}


# What a news outlet may be described as.
OUTLET_NOUNS = frozenset(
    [
        "newspaper",
        "paper",
        "daily",
        "weekly",
        "tabloid",
        "broadsheet",
        "magazine",
        "outlet",
        "agency",
        "broadcaster",
        "channel",
        "network",
        "station",
        "website",
        "site",
        "publication",
        "journal",
    ]
)


def _outlet_not_so_described(named: Named, noun: str, text: str = "") -> bool:
    """A news outlet's name ("the Courier", or one written after its noun: "the pan-Arab broadcaster
    Al-Mashriq") and a description no outlet has ("the ministry", "the rebel commander")."""
    last = named.text.split()[-1].lower() if named.text.split() else ""
    outlet = last in word_list("outlet_words.txt") or f"the {last}" in word_list("outlet_words.txt")
    before = text[max(0, named.span.start - 20) : named.span.start].split()
    outlet = outlet or (bool(before) and before[-1].lower() in OUTLET_NOUNS)
    return outlet and noun.lower() not in OUTLET_NOUNS


def _places(text: str) -> frozenset[str]:
    """Names the article's own words show to be places, lower-cased. (The entity recogniser's places
    are not enough: it takes many a surname for one.)"""
    return frozenset((m.group(1) or m.group(2)).lower() for m in PLACE_MARKER.finditer(text))


# Abbreviated honorifics right before a name, whose stops end no sentence: "Lamu East MP Hon. Omar".
HONORIFICS_AT_END = re.compile(r"(?:\b(?:Hon|Smt|Rt|Dr|Mr|Mrs|Ms|Mx|Prof|Engr|Barr|Amb|Alh|Pst|Ch)\.\s*)+$")
AGE_AFTER = re.compile(r",\s*\d{1,3}\s*$")  # an age closing a speaker phrase
# A preposition opening the sentence before a name: the comma after the name ends the phrase.
FRONTED_PREPOSITIONS = frozenset(
    {"on", "in", "at", "via", "from", "through", "over", "across", "to", "for", "according"}
    # "Under cross-examination by defense attorney Carl Mendel, the witness testified": not Mendel
    | {"under", "during", "after", "amid", "following", "despite", "before"}
)


# Abbreviations a full stop inside a name may end ("Mrs. Granger", "Gen. Ode", "Joseph R. Biden Jr.").
ABBREVIATIONS = frozenset(
    {
        "mrs",
        "mr",
        "ms",
        "dr",
        "sen",
        "gov",
        "rep",
        "gen",
        "col",
        "capt",
        "prof",
        "lt",
        "sgt",
        "jr",
        "sr",
        "st",
    }
    | {"hon", "rev", "maj", "cmdr", "adm", "supt", "insp", "det", "cpl", "pte", "fr", "messrs", "mt"}
    | {"engr", "alh", "amb", "pst", "ch"}
)


NAME_PREPOSITIONS = frozenset({"without", "against", "for", "beyond", "across"})  # as the extractor's


# A country's initials with their stops ("U.S.", "U.K.", "U.N."), inside an office's title.
COUNTRY_DOTS = re.compile(r"\b(U)\.([SKN])\.")
# Ranks abbreviated with a full stop before a name, which ends no sentence.
HYPHENED_BEFORE = re.compile(r"\b[A-Za-z]+-$")
RANK_DOT = re.compile(r"\b(Lt|Col|Gen|Brig|Maj|Capt|Sgt|Cpl|Cmdr|Cdr|Adm|Insp|Supt|Det|Gov|Sen|Rep)\.")


def _title_case_name(words: list[str]) -> bool:
    """Three capitalised words, not a headline's "Railing Against Trump"."""
    return all(w[:1].isupper() for w in words) and not words[0].lower().endswith("ing")


def named_as_an_organisation(name: str) -> bool:
    """ "Harwick Capital", "Kellmouth Transit": two capitalised words or more ending in a word
    organisations' names end in (resources/org_name_ends.txt), as the extractor's
    ``lexicon.named_as_an_organisation`` reads them; or three capitalised words or more with a
    capitalised preposition between ("Action Against Famine"), as no person's name has."""
    words = name.split()
    if len(words) == 3 and words[1].lower() in NAME_PREPOSITIONS and _title_case_name(words):
        return True
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and words[-1].lower() in word_list("org_name_ends.txt")
        # "Miriam Bank" is a person; "Halvard Foods" ends in a plural no one bears, "Halvard Motors
        # Co." and "Halvard Petroleum" in a word that is no one's surname (resources/firm_ends.txt)
        and (
            given_name_gender(words[0]) is None
            or (words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss"))  # not "Glass"
            or words[-1].lower() in word_list("firm_ends.txt")
        )
    )


def is_outlet(text: str, span: Span) -> bool:
    """A news outlet's name (resources/outlet_words.txt): two or more capitalised words ending in an
    outlet word (``Kestovia Today``), or in one that needs ``the`` before the name (``The Dravin Post``)."""
    words = POSSESSIVE.sub("", text[span.start : span.end].strip(EDGE)).split()
    has_the = bool(words) and words[0].lower() == "the"
    if has_the:
        words.pop(0)
    if len(words) >= 2 and words[0].lower() in word_list("paper_heads.txt"):
        return True  # "Dagbladet Nord", "Gazeta do Vale": a paper's noun first
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    outlets = word_list("outlet_words.txt")
    last = words[-1].lower()
    if last in outlets:
        return True
    has_the = has_the or text[max(0, span.start - 4) : span.start].lower() == "the "
    return has_the and f"the {last}" in outlets


def _with_outlets(
    people: list[Named], orgs: list[Named], outlets: list[Named]
) -> tuple[list[Named], list[Named]]:
    """Outlets found in the text are organisations: a person mention inside one is dropped, an
    organisation mention overlapping one is kept as it is."""
    people = [p for p in people if not any(o.span.overlaps(p.span) for o in outlets)]
    added = [o for o in outlets if not any(o.span.overlaps(m.span) for m in orgs)]
    return people, sorted([*orgs, *added], key=lambda n: n.span.start)


def _merge(people: list[Named], found: list[Named], orgs: list[Named]) -> list[Named]:
    """Add names found in the text: a longer form replaces a one-word person mention inside it
    (NER's ``Samira`` in ``leader Samira Tovek``); one overlapping anything else is dropped."""
    spans = sorted([*(n.span for n in people), *(n.span for n in orgs)], key=lambda s: s.start)
    starts = [s.start for s in spans]
    person_at = {p.span: p for p in people}
    replaced: set[Span] = set()
    added = []
    for named in found:
        i = bisect.bisect_right(starts, named.span.end)
        overlapping = [s for s in spans[max(0, i - 4) : i] if s.overlaps(named.span)]
        inner = [
            p
            for s in overlapping
            if (p := person_at.get(s)) is not None and named.span.contains(s) and len(p.text.split()) == 1
        ]
        if overlapping and len(inner) != len(overlapping):
            continue
        if inner and not all(len(named.text) > len(p.text) for p in inner):
            continue
        replaced.update(p.span for p in inner)
        added.append(named)
    kept = [p for p in people if p.span not in replaced]
    return sorted(kept + added, key=lambda n: n.span.start)
