"""The English words speaker resolution relies on.

Titles, person roles and organisation nouns are read from ``quotetrail/resources``
(the files the extractor reads too); the short closed lists below (honorifics,
gendered words, prepositions, abbreviations) are general English, written for
quotetrail.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HONORIFICS = _words(
    "mr. mr mrs. mrs ms. ms mx. mx miss dr. dr prof. sir dame "
    "hon. hon rt. smt. smt shrimati shri sri janab alhaji alhaja alhaj hajia h.e. h.h. "
    "alh. alh amb. pst. ch. engr. engr"
)
# Words before a name that are not part of it and say nothing about who it is.
MODIFIERS = _words("former acting interim then late new outgoing incoming senior top")
# Capitalised words that start a sentence or a clause and are not names.
NOT_NAMES = _words(
    "the a an and but or if when while after before as at in on of for by with from to this that these "
    "those his her their its our my your he she they we it no not asked speaking"
)
# Last words of place and building names the entity model sometimes takes for people ("Wall Street").
PLACE_NOUNS = _words(
    "street avenue road square tower house hall center centre building bridge park plaza mall airport "
    "station church mosque temple school college university island river lake mountain valley county city"
)
CALENDAR_WORDS = _words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
MALE_WORDS = _words(
    "mr mr. shri sri janab alhaji alhaj hajj haji hajji sheikh emir sultan sir lord king prince spokesman chairman congressman businessman father husband son brother "
    "uncle grandfather man boy widower nephew grandson stepfather stepson boyfriend fiance duke baron "
    "emperor monk councilman assemblyman alderman sportsman policeman fisherman"
)
FEMALE_WORDS = _words(
    "mrs mrs. smt smt. shrimati alhaja hajia sheikha ms ms. miss dame lady queen princess spokeswoman chairwoman congresswoman businesswoman "
    "mother wife daughter sister aunt grandmother woman girl widow niece granddaughter stepmother "
    "stepdaughter girlfriend fiancee duchess baroness empress nun actress councilwoman assemblywoman "
    "alderwoman sportswoman policewoman"
)
PREPOSITIONS = _words(
    "about above across after against along among around at before behind below beside between by "
    "during for from in inside into near of off on onto outside over past since than through to toward "
    "towards under until upon with within without like unlike despite amid via per regarding "
    "besides except beyond throughout alongside"
)
# Words that end with a period without ending the sentence.
ABBREVIATIONS = _words(
    "mr mrs ms dr st sen rep gov gen col lt capt prof rev jr sr inc co corp ltd no vs mt ft sgt maj adm "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n d.c a.m p.m e.g i.e"
)
# Titles of rank and office a person bears that titles.txt and person_roles.txt do not both list.
EXTRA_PERSON_TITLES = _words(
    "colonel col. captain capt. lt. admiral sheikh ayatollah rabbi pastor bishop pope sultan prince "
    "princess lord lady professor gov. sen. rep."
)


@cache
def word_list(name: str) -> frozenset[str]:
    """One resource word list (``titles.txt``, ``person_roles.txt``, ``org_nouns.txt``), lower-cased."""
    text = resources.files("quotetrail.resources").joinpath(name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line)


@cache
def _role_families() -> dict[str, tuple[str, ...]]:
    text = resources.files("quotetrail.resources").joinpath("role_families.txt").read_text(encoding="utf-8")
    families: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        word, sep, roles = line.split("#", 1)[0].partition(":")
        if sep:
            families[word.strip().lower()] = tuple(r.strip().lower() for r in roles.split(",") if r.strip())
    return families


def role_family(noun: str) -> tuple[str, ...]:
    """The noun and the roles it is a broader word for (resources/role_families.txt): "lawmaker"
    covers "senator", "cleric" covers "imam"."""
    return (noun, *_role_families().get(noun.lower(), ()))


@cache
def title_words() -> frozenset[str]:
    """Words that can stand before a name without being part of it (titles, honorifics, modifiers)."""
    return word_list("titles.txt") | HONORIFICS | MODIFIERS


@cache
def person_titles() -> frozenset[str]:
    """Titles only a person bears: one right before a name makes the name a person's."""
    return (word_list("titles.txt") & word_list("person_roles.txt")) | HONORIFICS | EXTRA_PERSON_TITLES


@cache
def role_words() -> frozenset[str]:
    """Nouns and titles a person goes by (``leader``, ``minister``, ``Mr.``)."""
    return word_list("person_roles.txt") | title_words()


@cache
def _given_names() -> dict[str, str]:
    text = resources.files("quotetrail.resources").joinpath("given_names.txt").read_text(encoding="utf-8")
    pairs = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name.lower(): gender for gender, name in pairs if gender != "u"}  # ("u": either)


def given_name_gender(name: str) -> str | None:
    """``f`` for "Mary", ``m`` for "John": some 3,300 given names of one gender each (resources/given_names.txt)."""
    return _given_names().get(name.lower())


def word_gender(word: str) -> str | None:
    """``m`` for ``Mr.`` or ``spokesman``, ``f`` for ``Ms.`` or ``spokeswoman``, else None."""
    word = word.lower()
    return "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None
