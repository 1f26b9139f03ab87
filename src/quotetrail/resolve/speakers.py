"""Name the speakers of one article's statements.

- A name keeps the fullest form the article gives it: ``Varek``, ``Ms. Varek``
  and ``Parliament Speaker Dana Varek`` are all ``Dana Varek``; a bare surname
  of a person named in full is a person, whatever the entity model said.
- A pronoun (``he``, ``she``) is the person the sentence or the ones before
  it are about, agreeing in gender when the article tells it; ``they`` and
  ``it`` are an organisation only when one is the subject right before or has
  just spoken; a relative ``who`` is the name the extractor found it to stand
  for, else the name it follows (see ``antecedents``).
- A description (``the minister``, ``the agency``, ``the imam``, ``the
  President``) is the person or organisation the article describes with the
  same noun (``Interior Minister Miro Lasken``, ``KNA, the state news
  agency``); ``the group`` or ``the company`` with no such noun is the
  organisation that is the subject right before.
- A resolved speaker takes its antecedent's type. A one-word speaker the
  recogniser called an organisation, with nothing in the article to say it
  is one, is a person when a he/she right after it can mean no one else:
  the article names no person before it (``Lotfi said …. He added …``).
  With a person named before, either may be meant, and the pronoun is no
  one.
- A name the article shows to be a place (``the town of Karsk``, ``a
  Karsk-based firm``) is no person: ``Karsk said`` is the town, an
  organisation; ``Karsk: “…”`` (a label before a quotation) names nobody.
- Otherwise ``speaker_name`` stays null: a speaker is never guessed. A
  ``speaker_name`` made only of title words (``President``) is a description.

Targets get the same fuller names. Pure: values in, values out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import Literal

from quotetrail.model import Mention, Span, SpeakerType, Statement, Target
from quotetrail.resolve.antecedents import POSSESSED, Antecedents, Entry
from quotetrail.resolve.names import (
    FORMER_WORDS,
    PAPER_NOUNS,
    PARTY_WORDS,
    PEOPLE_S_WORD_WINDOW,
    ArticleNames,
    is_outlet,
    is_role_only,
    named_as_an_organisation,
    strip_titles,
)
from quotetrail.resolve.words import (
    CALENDAR_WORDS,
    HONORIFICS,
    PREPOSITIONS,
    role_family,
    word_gender,
    word_list,
)

__all__ = ["resolve_speakers"]

GENDERED_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
ORG_PRONOUNS = frozenset({"they", "them", "it"})
DETERMINERS = frozenset({"the", "this", "that"})
# "His rival said": the one the article named so ("accused his rival, Dirk Hoorn, of …").
POSSESSIVES = frozenset({"his", "her", "their"})
RELATION_NOUNS = frozenset({"rival", "predecessor", "successor", "opponent"})
KIN_SPEAKER = re.compile(
    r"(?P<owner>his|her) (?P<kin>brother|sister|husband|wife|son|daughter|father|mother)"
)
# A parent by the number of children, as local papers describe those they quote: "the mother-of-two",
# "the father of three", "the grandmother-of-five".
PARENT_OF = re.compile(
    r"the (?P<parent>(?:great-)?(?:grand)?(?:mother|father|mum|dad))[- ]of[- ](?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)
MOTHERS = frozenset({"mother", "mum", "grandmother", "grandmum", "great-grandmother"})
# Nouns for a business by its trade, words of other things too ("the label", a product's; "the
# exchange", of words): a description only when it speaks ("The label said").
TRADE_WORDS = frozenset({"label", "studio", "streamer", "exchange", "bourse"})
# Nouns any organisation goes by: with no organisation described so, the subject right before.
GENERIC_ORG_NOUNS = frozenset(
    {"group", "organization", "organisation", "movement", "company", "firm", "coalition", "alliance"}
    # a business or a public body by what it does: "Kelsworth Bank said …. The lender said"
    | {"lender", "regulator", "watchdog", "insurer", "retailer", "airline", "carmaker", "manufacturer"}
    | {"developer", "operator", "charity", "giant", "startup", "start-up", "chain", "supermarket"}
    | {"band", "carrier", "airline"}  # "The Lanterns said …. The band said"; "the carrier" after an airline
    | {"housebuilder", "grocer", "portal", "marketplace", "cooperative", "co-operative", "co-op"}
    | {"drugmaker", "automaker", "chipmaker"}
    | {
        "ngo",
        "body",
        "club",
        "collective",
    }  # "The NGO said", "The governing body said", "… The club said"
)
# Of those, the nouns for a body that another often acts on (fines, sues, inspects): only the one
# body of its sentence.
BODIES_ACTED_ON = frozenset({"ngo", "body", "club", "collective"})
AGENCY_LETTERS = re.compile(r"[A-Z]{1,5}A")  # "ZNA", "QNA", "KCNA", "FDA", "EPA", "NASA"
# Nouns for a business, which no public body is ("the company" after a regulator spoke of one).
BUSINESS_NOUNS = frozenset(
    {"company", "firm", "lender", "insurer", "retailer", "airline", "carmaker", "manufacturer", "developer"}
    | {
        "operator",
        "giant",
        "startup",
        "start-up",
        "chain",
        "supermarket",
        "carrier",
        "housebuilder",
        "grocer",
        "drugmaker",
        "automaker",
        "chipmaker",
    }
)
# A public body by its name: "Office of Water Standards", "Ministry of Energy", "the Competition
# Commission" (not "Marovian Post Office", "Redline Travel Agency", "Office Mart": businesses).
PUBLIC_BODY_HEADS = frozenset(
    {"office", "ministry", "department", "commission", "authority", "board", "bureau"}
)
PUBLIC_BODY_ENDS = frozenset(
    {"commission", "ministry", "regulator", "inspectorate", "ombudsman", "council", "court", "tribunal"}
    | {"government", "parliament", "police", "watchdog", "authority"}
)


# Words a press release defines as a company's short name and then capitalises: "the Company said".
DEFINED_TERMS = frozenset(
    {"company", "corporation", "partnership", "issuer", "trust", "fund", "bank", "group"}
)
PRESS_RELEASE_TERMS = frozenset({"company", "corporation", "partnership", "issuer"})


def _a_public_body(name: str) -> bool:
    """ "Office of Water Standards", "Kestrel Competition Commission": a public body by its name."""
    words = name.lower().split()
    return bool(words) and (
        (len(words) > 2 and words[0] in PUBLIC_BODY_HEADS and words[1] == "of")
        or words[-1] in PUBLIC_BODY_ENDS
    )


# Last words of a business's name ("Brennick Labs", "Kestrel Therapeutics", "Talvik Motors"):
# no public body is named so.
BUSINESS_NAME_ENDS = frozenset(
    {
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "corp",
        "corp.",
        "corporation",
        "company",
        "co.",
        "ag",
        "gmbh",
    }
    | {
        "industries",
        "enterprises",
        "motors",
        "airlines",
        "airways",
        "technologies",
        "labs",
        "pharmaceuticals",
    }
    | {
        "pharma",
        "therapeutics",
        "biotech",
        "logistics",
        "shipping",
        "holdings",
        "brands",
        "foods",
        "chemicals",
    }
    | {"steel", "mining", "stores", "retail", "semiconductors", "telecom", "telecoms", "biosciences", "bio"}
)
# Nouns for a body that oversees others: one a business is not.
OVERSEER_NOUNS = frozenset({"regulator", "watchdog"})
OVERSEER_ENDS = PUBLIC_BODY_ENDS | {"agency", "board", "office", "bureau", "administration", "inspectorate"}


def _a_business(name: str) -> bool:
    """ "Brennick Labs", "Talvik Motors Inc.": a business by its name."""
    words = name.lower().split()
    return len(words) > 1 and words[-1] in BUSINESS_NAME_ENDS


# Last words of bodies that are no business: "The Food Workers' Union said … The company said" is
# not the union.
NO_BUSINESS_ENDS = frozenset(
    {"union", "unions", "federation", "association", "party", "movement", "alliance", "coalition", "front"}
    | {"league", "institute", "university", "foundation", "church", "campaign", "congress"}
    | {"committee", "senate", "assembly", "army", "forces", "ministry", "agency", "board", "police"}
)
# Agencies that are businesses: "Halden Travel Agency", "Marsh Estate Agency".
BUSINESS_AGENCIES = frozenset(
    {"travel", "estate", "advertising", "recruitment", "employment", "talent", "modelling", "modeling"}
    | {
        "marketing",
        "letting",
        "lettings",
        "insurance",
        "shipping",
        "news",
        "press",
        "photo",
        "ad",
        "creative",
    }
)


def _the_release_s_company(names: ArticleNames, antecedents: Antecedents, at: int, term: str) -> str | None:
    """Whom "The Company said" stands for when nothing defines it: the one organisation the article
    names that could be a company ("Halvard Group today announced …"); of several, the one business
    among them when it is also the first organisation to speak ("Brennick Labs Inc. today announced
    results from a trial at the Mayo Clinic"); else no one ("Amnesty International said …. Talvik
    Motors Inc. said …", "Dunmore Capital Partners said it had bid for Talvik Motors Inc.": either;
    reviews 3 to 8)."""
    companies = names.organisations_of(
        lambda name: _a_release_s_company(name) or _a_business(name), besides=term, before=at
    )
    if len(companies) == 1:
        return companies[0]
    businesses = names.organisations_of(_a_business, besides=term, before=at)
    first = antecedents.first_organisation_speaking(at)
    if len(businesses) == 1 and first is not None and first.name == businesses[0]:
        return businesses[0]
    return None


def _a_release_s_company(name: str) -> bool:
    """A business by its name, or any name of several words that is no public body, union or party
    ("Halvard Group"; not "Nasdaq", "Reuters", "Unite"; reviews 4 and 5 of session 43)."""
    return _a_business(name) or (
        len(name.split()) > 1
        and not _no_business(name)
        and not name.isupper()
        and not name.lower().startswith(("university", "the university"))
        and name.split()[-1].lower() not in ("clinic", "hospital", "hospitals", "college", "school", "trust")
    )  # (not "the University of Leeds", "the Mayo Clinic": review 9)


def _no_business(name: str) -> bool:
    """ "Office of Water Standards", "Food Workers' Union", "Aldoria Medicines Agency": a body no one
    calls "the company" (not "Halden Travel Agency")."""
    words = name.lower().split()
    if len(words) > 2 and words[-1] == "agency" and words[-2] in BUSINESS_AGENCIES:
        return False
    return _a_public_body(name) or (len(words) > 1 and words[-1] in NO_BUSINESS_ENDS)


def _an_overseer(name: str) -> bool:
    """ "Draven Health Products Board", "Aldoria Medicines Agency": a body that may regulate others."""
    words = name.lower().split()
    return _a_public_body(name) or (len(words) > 1 and words[-1] in OVERSEER_ENDS)


MAX_DESCRIPTION_WORDS = 4
EX_ROLE = re.compile(r"ex-[a-z]{3,}")
# A news outlet's nouns: the outlet they stand for is the last one named, unless another spoke since.
PRESS_NOUNS = PAPER_NOUNS | {"broadcaster", "channel"}


# A speaker written as one capitalised word the recogniser named nothing in: "Ashdown thanked …".
BARE_NAME = re.compile(r"[A-Z][a-z’'-]{2,}")
# A subject pronoun and its verb right before an object pronoun: "he remembers her".
OTHER_SUBJECT = re.compile(
    r"\b(?P<pronoun>[Hh]e|[Ss]he)\s+(?:still\s+|vividly\s+)?(?:remembers|remembered|recalls|recalled)\s+$"
)
SUBJECT_OF = {"him": "he", "her": "she"}


def _words_opening_their_sentence(text: str, st: Statement) -> bool:
    """ "“We had no warning,” he said.": a quotation opening its sentence, so spoken on from the
    quotation before ("He said he would appeal", reported, may be someone else)."""
    if st.kind != "direct" or not st.quote_spans:
        return False
    i = st.quote_spans[0].start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if not i or text[i - 1] not in "“\"‘'":
        return False
    i -= 1  # (stepping back over the spaces before it, not copying the text before: for each quotation)
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return not i or text[i - 1] in ".!?”\"’'\n"


# Verbs that go on from words before: "“…,” he added" is whoever spoke just before.
CONTINUING_CUES = frozenset({"added", "adds", "continued", "continues", "went on", "goes on", "concluded"})


def resolve_speakers(text: str, statements: list[Statement], mentions: list[Mention]) -> list[Statement]:
    """Fill ``speaker_name`` (and the type when the antecedent tells it) and target names.

    Statements are resolved in the order their speakers are written, so a
    pronoun can follow a chain of earlier resolved speakers; they are returned
    in content order.
    """
    pronouns = frozenset(
        st.speaker_span.start
        for st in statements
        if st.speaker_span is not None and (st.speaker or "").lower() in ("he", "she")
    )
    names = ArticleNames(text, mentions, pronouns)
    antecedents = Antecedents(text, names, statements)
    ordered = sorted(statements, key=lambda s: s.start)
    by_speaker = sorted(
        range(len(ordered)),
        key=lambda i: span.start if (span := ordered[i].speaker_span) is not None else ordered[i].start,
    )
    resolved: dict[int, Statement] = {}
    bodies: dict[str, str] = {}  # the organisation that spoke last, by what kind of body it is
    for i in by_speaker:
        host = _reporting_body(ordered[i], resolved.values())
        st = (
            replace(ordered[i], speaker_name=host.speaker_name, speaker_type="organization")
            if host is not None
            else _resolve_one(ordered[i], names, antecedents)
        )
        st = _body_spoken_of_again(st, bodies)
        if st.speaker_name and st.speaker_span is not None:
            # "Ashdown thanked his agent. He then said …": one word no one typed may be the "he" when
            # no one else is named (as one typed an organisation may), never an "it" or a "they"
            bare = (
                st.speaker_type == "unknown"
                and BARE_NAME.fullmatch(st.speaker or "") is not None
                and st.speaker == st.speaker_name
            )
            kind = "organization" if bare else st.speaker_type
            antecedents.add_speaker(st.speaker_span, st.speaker_name, kind, bare=bare)
        elif st.speaker_span is not None and _someone_unnamed(st):
            antecedents.add_unnamed(st.speaker_span)  # "One shopkeeper said …": "he" next is no one named
        named = tuple(_name_target(t, names) for t in st.targets) + _surnames_in_content(st, names)
        resolved[i] = replace(st, targets=tuple(sorted(named, key=lambda t: t.span.start)))
    out = [resolved[i] for i in range(len(ordered))]
    if antecedents.retyped:  # "Lotfi said …. He added …": Lotfi is a person
        out = [
            replace(st, speaker_type="person")
            if st.speaker_span is not None and any(st.speaker_span.overlaps(r) for r in antecedents.retyped)
            else st
            for st in out
        ]
    return _named_a_sentence_later(out, text)


# Kinds of body a description names, by its noun or the last word of a name: "the firm" after "the
# company" (Holloway Foods); "the agency" after the World Refugee Office; "the department" after
# the Ministry of Water.
BODY_KINDS = {
    **dict.fromkeys(
        ("company", "firm", "business", "retailer", "manufacturer", "maker", "startup"), "company"
    ),
    **dict.fromkeys(("school", "academy"), "school"),
    **dict.fromkeys(("band",), "band"),
    **dict.fromkeys(("agency", "office", "organisation", "organization", "programme", "program"), "agency"),
    **dict.fromkeys(("service", "bureau"), "agency"),  # "the agency" after the National Emergency Service
    **dict.fromkeys(("laboratory", "lab", "labs"), "laboratory"),
    **dict.fromkeys(("hospital", "infirmary", "clinic"), "hospital"),
    **dict.fromkeys(("federation", "association", "league"), "federation"),
    **dict.fromkeys(("ministry", "department"), "ministry"),
    **dict.fromkeys(("union",), "union"),
    **dict.fromkeys(("authority", "regulator", "watchdog", "commission"), "authority"),
    **dict.fromkeys(("council",), "council"),
    # "Orchard Vale Records sued the singer. The label said"; "Halden Studios … the studio"
    **dict.fromkeys(("label", "records"), "label"),
    **dict.fromkeys(("studio", "studios", "pictures"), "studio"),
    **dict.fromkeys(("exchange", "bourse"), "exchange"),
}


def _body_kind(name: str) -> str | None:
    """The kind of body a name or description names, by its head word: "Holloway Foods" none,
    "the World Refugee Office" an agency, "the Ministry of Water" a ministry."""
    words = [w.lower() for w in name.split()]
    link = next((w for w in words[1:] if w in ("of", "for")), None)  # "the Office for Migrant Protection"
    head = words[words.index(link) - 1] if link else words[-1] if words else ""
    return BODY_KINDS.get(head.removesuffix("'s").removesuffix("’s"))


def _body_spoken_of_again(st: Statement, bodies: dict[str, str]) -> Statement:
    """A body that spoke is the one "the firm" or "the agency" names later, when no body of that
    kind spoke since; each body that speaks is remembered by its kind (its description's noun or
    its name's last word)."""
    if st.speaker is None:
        return st
    if st.speaker_type != "organization" and not (
        st.speaker_type == "unknown" and st.speaker.strip().lower() in ("the label", "the exchange")
    ):
        return st  # ("The label said" after a record label that spoke: the type says nothing yet)
    words = st.speaker.strip().split()
    description = (
        len(words) <= 3
        and words[0].lower() == "the"
        and all(w.islower() and not w.endswith(("'s", "’s")) for w in words[1:])
    )  # "the agency", "the aid agency"; not "the mayor's office", someone else's
    if st.speaker_name:
        kinds = {_body_kind(st.speaker_name), _body_kind(st.speaker) if description else None} - {None}
        if "council" in kinds:
            kinds.add("authority")  # "Harrowgate Borough Council said … The authority said …"
        if "federation" in kinds and any(w.endswith(("s'", "s’")) for w in words):
            kinds.add("union")  # "The Kelby Teachers' Federation said … The union said …"
        for kind in kinds:
            bodies[str(kind)] = st.speaker_name
        return st
    kind = _body_kind(st.speaker) if description else None
    if kind is None or kind not in bodies:
        return st
    return replace(st, speaker_name=bodies[kind], speaker_type="organization")


def _reporting_body(st: Statement, resolved: Iterable[Statement]) -> Statement | None:
    """ "a statement from the Foreign Ministry condemning what it called “…”": an "it" speaking
    inside what a named organisation says is that organisation, not the sentence's subject."""
    span = st.speaker_span
    if span is None or (st.speaker or "").strip().lower() != "it":
        return None
    hosts = [
        other
        for other in resolved
        if other.speaker_type == "organization"
        and other.speaker_name
        and any(piece.contains(span) for piece in other.quote_spans)
    ]
    return min(hosts, key=lambda h: sum(p.end - p.start for p in h.quote_spans)) if hosts else None


NAMED_LATER_WINDOW = 400  # characters from the unnamed description to "the aide, Tomas Benes"


# Whose office a description may name before it and still be the office alone: "The town's mayor".
PLACE_POSSESSORS = frozenset({"town", "city", "village", "county", "state", "country", "region", "district"})
# Words that make an office another one: "the deputy mayor" is not "Mayor Tom Lyle".
OTHER_OFFICE_WORDS = frozenset(
    {"deputy", "former", "vice", "acting", "interim", "assistant", "previous", "outgoing", "incoming"}
    | {"new", "prime", "shadow", "ex", "lord", "junior", "first"}
)


def _holder_named_alone(text: str, at: Span, name: str, place: str) -> bool:
    """ "Mayor Tom Lyle said", "Mayor Tom Lyle, who took office in May, said", "Mayor Tom Lyle of
    Dunford said" (the described office's place): the office and the name, nothing that makes it
    another office ("Mayor Tom Lyle of neighbouring Ashby")."""
    words = re.findall(r"[\w’'.-]+|[^\w\s]", text[at.start : at.end])
    named = name.split()
    if words[1 : 1 + len(named)] != named:
        return False
    rest = " ".join(words[1 + len(named) :])
    if (
        rest
        and not (place and rest.lower() == f"of {place.lower()}")
        and not re.fullmatch(r", \d{1,3}", rest)
    ):
        # ", who took office in May," (not ", of neighbouring Ashby,", ", who runs Ashby,")
        if not rest.startswith(", who ") or any(
            w[:1].isupper() and w.lower() not in CALENDAR_WORDS for w in rest.split()[2:]
        ):
            return False
    after = text[at.end : at.end + 40]
    return not (
        re.match(r"\s*(?:of|from|in)\b", after)
        and not after.strip().lower().startswith(f"of {place.lower()}")
    )


def _named_a_sentence_later(statements: list[Statement], text: str) -> list[Statement]:
    """ "A senior aide to President Stanek denied on Thursday that … “I did not say that,” the aide,
    Tomas Benes, told Reuters.": a lede that introduces its source unnamed and names him right
    after, as "the <same role>, <name>", speaks of the same person. The text names him, so he is no
    anonymous source."""
    out = list(statements)
    by_speaker = sorted(statements, key=lambda s: s.speaker_span.start if s.speaker_span else -1)
    for i, st in enumerate(out):
        span = st.speaker_span
        if st.speaker_name or span is None or not st.speaker or not st.speaker_role:
            continue
        article = st.speaker.split()[0].lower()
        if article not in ("a", "an", "the"):
            continue
        role = (
            re.split(r"\s+(?:of|for|at|in)\s+", st.speaker_role)[0].split()[-1].lower()
        )  # "mayor of Dunford"
        later = (
            re.compile(rf"the\s+(?:[\w-]+\s+){{0,3}}?{re.escape(role)},\s+", re.I)
            if article != "the"
            else None  # ("The officer said …. The officer, Sgt Ben Hall," may be another: review 7)
        )
        # "The mayor of Dunford said …⏎⏎Mayor Tom Lyle said …": the office, then its holder by it
        # (red team 188); only an office of one word ("The mayor", "The mayor of Dunford"; not "The
        # deputy mayor", "The former mayor"), and only "Mayor <Name>" with nothing after the name
        # ("Mayor Tom Lyle of neighbouring Ashby" is another; review 5 of session 43)
        office, _, place = st.speaker_role.partition(" of ")
        one_office = all(
            w.lower().removesuffix("'s").removesuffix("’s") in PLACE_POSSESSORS for w in office.split()[:-1]
        )  # "The town's mayor" (not "The deputy mayor", "The Labour mayor", "The Ukrainian president": review 9)
        titled = re.compile(rf"{re.escape(role)}\s+[A-Z]", re.I) if article == "the" and one_office else None
        for other in by_speaker:
            at = other.speaker_span
            if at is None or at.start <= span.end or at.start > span.end + NAMED_LATER_WINDOW:
                continue
            if not (other.speaker_name and other.speaker_type == "person"):
                continue
            titled_so = (
                titled is not None
                and titled.match(text, at.start, at.end) is not None
                and (other.speaker_role or "").lower() == role  # (not "City Attorney" after "The city")
                and _holder_named_alone(text, at, other.speaker_name or "", place)
                and re.search(
                    r"\b(?:neighbouring|neighboring|nearby|another|other)\b",
                    text[at.start - 30 : at.start],
                    re.I,
                )
                is None
            )
            if (later is not None and later.match(text, at.start, at.end)) or titled_so:
                out[i] = replace(st, speaker_name=other.speaker_name, speaker_type="person")
                break
    return out


# What an "it" that found something may be, besides the body that ordered it.
INQUIRY_WORDS = re.compile(
    r"\b(?:investigation|inquiry|enquiry|audit|review|report|study|probe|survey|inspection|assessment)s?\b"
)  # (in lower case: not the "Audit" of the National Audit Office)


def _opens_its_sentence(text: str, at: int) -> bool:
    """The name at ``at`` is the first words of its sentence, after "The" or an opening phrase set
    off by a comma ("The Institute … released a report"; not "The regulator fined Veltro")."""
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    before = text[start:at].strip()
    return before in ("", "The", "the") or before.endswith(",")


def _an_inquiry_before(text: str, at: int) -> bool:
    """An inquiry named in the sentence before ``at`` (or in its own, before it)."""
    start = max(text.rfind(". ", 0, max(0, text.rfind(". ", 0, at))), text.rfind("\n", 0, at), 0)
    return INQUIRY_WORDS.search(text, start, at) is not None


def _resolve_one(st: Statement, names: ArticleNames, antecedents: Antecedents) -> Statement:
    if st.speaker is None or st.speaker_span is None:
        return st
    lower = st.speaker.strip().lower()
    at = st.speaker_span.start
    if (office := ADDRESSED_OFFICE.fullmatch(lower)) is not None:
        # "Mr Speaker said", "Madam President": the holder of the office, addressed so, of the
        # gender the address gives ("Madam President" is not the man named president before)
        described = _described(replace(st, speaker_name=None), f"the {office['office']}", names, antecedents)
        addressed = ADDRESS_GENDERS[office["address"].rstrip(".")]
        holder = described.speaker_name
        if holder is not None and names.gender_of(holder) not in (None, addressed):
            holder = None
        return replace(described, speaker_name=holder, speaker_role=st.speaker.strip(), speaker_type="person")
    honorific = lower.split()[0] in HONORIFICS  # "Mr. King": a name, though "king" is a title
    if (
        st.speaker_name
        and st.speaker_name.lower() in DEFINED_TERMS
        and lower == f"the {st.speaker_name.lower()}"
    ):
        # "The Company said" in a press release: the company it defines so ("Halden Foods, LLC (the
        # “Company”)"), else whichever the article names by that word ("the Bank" of "Brightwater
        # Bank"), else described as "the company" is
        if (defined := names.defined_as(st.speaker_name)) is not None:
            return replace(st, speaker_name=defined, speaker_type="organization")
        if st.speaker_name.lower() in PRESS_RELEASE_TERMS:
            # "The Company said" with no definition: the release's company, the first organisation
            # that speaks ("Brennick Labs Inc. today announced …"), not a partner, a clinic or an
            # exchange named beside it (reviews 3 to 7)
            only = _the_release_s_company(names, antecedents, at, st.speaker_name)
            return replace(
                st, speaker_name=only, speaker_role=None if only else lower[4:], speaker_type="organization"
            )
        carrying = names.organisations_ending_in(st.speaker_name)
        if len(carrying) == 1:
            return replace(st, speaker_name=carrying[0], speaker_type="organization")
        if carrying:  # "Barclays Bank …, the Bank of England …. The Bank said": which, the text does not say
            return replace(st, speaker_name=None, speaker_role=lower[4:], speaker_type="organization")
        return _described(replace(st, speaker_role=lower[4:]), lower, names, antecedents)
    if st.speaker_name and (not is_role_only(st.speaker_name) or honorific):
        return _named(st, names)
    if st.speaker_name and st.speaker_role is None and st.speaker_name.split()[0].lower() in PARTY_WORDS:
        # "the Labour MP": a party and a role, which the tagger took for a name
        return _resolve_one(
            replace(st, speaker_role=st.speaker_name, speaker_type="person"), names, antecedents
        )
    written = st.speaker.strip()
    if (
        not st.speaker_name
        and written[:1].isupper()
        and " " not in written
        and (company := names.company_of(written)) is not None
    ):
        # "Unity said …" after "Unity Holdings": a company by its short name, which the tagger read
        # as a common noun ("unity") opening the sentence
        return replace(st, speaker_name=company, speaker_type="organization")
    if (given := GIVEN_NAME_ONLY.search(st.speaker)) is not None and given[
        "name"
    ].lower() not in NOT_GIVEN_NAMES:
        # "One resident, who gave only her first name, Soraya, said": the name she gave
        return replace(st, speaker_name=given["name"], speaker_type="person")
    if lower == "his" and st.cue_span is not None and st.speaker_span is not None:
        if not names.text[st.speaker_span.end : st.cue_span.start].strip():
            return st  # "his claim that …": the noun is the cue, and whose it is often one of a list
    if lower in GENDERED_PRONOUNS:
        objective = lower in ("him", "her")
        person = antecedents.person(
            at,
            GENDERED_PRONOUNS[lower],
            st.quote_spans,
            objective=objective,
            continuing="verb"
            if (st.cue or "").lower() in CONTINUING_CUES
            else "quotation"
            if _words_opening_their_sentence(antecedents.text, st)
            else "",
        )
        other = OTHER_SUBJECT.search(names.text, max(0, at - 40), at) if objective else None
        if person is not None and other is not None and other["pronoun"].lower() != SUBJECT_OF.get(lower):
            # "he remembers her saying …": whoever "he" is, "her" is someone else
            subject = antecedents.person(other.start("pronoun"), GENDERED_PRONOUNS[other["pronoun"].lower()])
            if subject is not None and subject.name == person.name:
                return replace(st, speaker_name=None)
        return _take(st, person)
    if lower in RELATIVE_PRONOUNS:
        if st.speaker_type != "person" or st.speaker_role is not None:
            return st  # the extractor found the antecedent, and it has no name ("councillors, who")
        return _take(st, antecedents.relative_head(at))
    if lower in ORG_PRONOUNS:
        if (
            lower == "it"
            and (st.cue or "").lower() in ("found", "finds")
            and _an_inquiry_before(names.text, at)
        ):
            # "The regulator fined Veltro after an investigation. It found that …": the inquiry, not
            # Veltro; but "The Institute for Fiscal Studies released a report. It found …" is the institute's
            inquirer = antecedents.organization(at, speakers_too=True)
            return (
                _take(st, inquirer)
                if inquirer is not None and _opens_its_sentence(names.text, inquirer.span.start)
                else st
            )
        return _take(
            st, antecedents.organization(at, speakers_too=lower == "it", people_too=lower in ("they", "them"))
        )
    if STYLE_ALONE.fullmatch(lower):
        # "His Highness added …": the one the article styled so, or no one
        styled = names.styled(lower, at)
        return replace(st, speaker_name=styled, speaker_type="person") if styled else st
    role = st.speaker_role or ""
    if (
        st.speaker_type == "person"
        and lower == f"the {role.lower()}"
        and (role.lower() in word_list("nationals.txt") or _a_people_s_word(role))
    ):
        # "the Dane said", "the Frenchman added": someone named before by nationality, as "he" is
        gender = "m" if role.endswith("man") else "f" if role.endswith("woman") else None
        national = antecedents.person(at, gender, st.quote_spans)
        if role.lower() not in word_list("nationals.txt") and not (
            national is not None and _a_people_s_word_used_before(role, names.text, national.span.start)
        ):
            return st  # "the Kesslander": only the one the article called "Kesslandic" right before the name
        # the one the article shows to be of that nation ("Dutch striker Jan Vos", "Scotland's Callum
        # Baird"), else, when it shows no one's, the one person it names before; never the nearest
        # man of several ("Callum Baird beat Henrik Sorlie. … said the Norwegian": red team 190)
        shown = names.of_nation(*_nation_words(role), before=at)
        if shown is not None:
            return replace(st, speaker_name=shown, speaker_type="person")
        if national is not None and names.only_person_before(at, outside=st.quote_spans) == national.name:
            return _take(st, national)
        return st
    party = role.split()[-1] if role else ""
    if (
        st.speaker_type == "person"
        and lower == f"the {role.lower()}"
        and party.lower() in word_list("party_members.txt")
    ):
        # "The Democrat said", "the Nevada Democrat said": someone named before whom the article
        # showed to be one
        member = antecedents.person(at, None, st.quote_spans)
        fits = (
            member is not None
            and _of_the_party(names.text, member.span, party, at)
            and _of_the_state(names.text, member.span, role.split()[:-1])
        )
        return _take(st, member if fits else None)
    if (parent := PARENT_OF.fullmatch(lower)) is not None:
        # "“…,” said the mother-of-two": an epithet of someone named before, as "she" is
        return _take(st, antecedents.person(at, "f" if parent["parent"] in MOTHERS else "m", st.quote_spans))
    if (kin := KIN_SPEAKER.fullmatch(lower)) is not None:
        # "His sister said …": the sister of the man "his" is, when the article names her
        owner = antecedents.person(at, "m" if kin["owner"] == "his" else "f", st.quote_spans)
        relative = names.kin_of(owner.name, kin["kin"]) if owner is not None and owner.name else None
        return replace(st, speaker_name=relative, speaker_type="person") if relative else st
    surname = _bare_surname(st, names)
    if surname is not None:
        return surname
    if (author := _author_set_off(st, names)) is not None:
        return author  # "The report, written by former judge Helen Marsh, concluded …"
    if (issued := _issued_by().match(st.speaker.strip())) is not None and issued.group("pronoun"):
        pronoun_owner = issued.group("pronoun").lower()
        if pronoun_owner == "its":
            return _take(st, antecedents.organization(at))
        return _take(st, antecedents.person(at, "m" if pronoun_owner == "his" else "f", st.quote_spans))
    if issued is not None:
        # named as its issuer would be: "the front" is the National Liberation Front
        issuer = (
            issued.group("issuer")
            or issued.group("possessor")
            or issued.group("source")
            or issued.group("outlet")
        )
        if issued.group("outlet") and (after_noun := OUTLET_AFTER_ITS_NOUN.search(issuer)) is not None:
            issuer = issuer[after_noun.start("name") :]  # "the Arabic-language daily Al-Mirsad": Al-Mirsad
        body = BODY_NAMED.match(issuer) if issued.group("source") or issued.group("outlet") else None
        if body is not None and (
            issued.group("outlet") or " " in body.group("name") or body.group("name").isupper()
        ):
            # "figures from the Health Ministry", "results published by the Central Electoral Commission";
            # not one capitalised word, which may be a place or a month ("data from Ohio", "from March")
            return replace(st, speaker_name=body.group("name"), speaker_type="organization")
        named = _described(replace(st, speaker=issuer), issuer.lower(), names, antecedents)
        return replace(named, speaker=st.speaker)
    if (owned := NAMED_BEFORE_ITS_DOCUMENT.fullmatch(st.speaker.strip())) is not None and (
        maker := _organisation_named(owned.group("name"), names)
    ):
        # "A Brightwater Gazette poll showed", "The Merrow Research survey found": the body named
        # first, when the article names it as one (not "A New Hampshire poll", "A COVID study")
        return replace(st, speaker_name=maker, speaker_type="organization")
    if (published := _published_document(lower)) is not None:
        noun = lower.split()[-1]  # "the report": what "a report by X" names
        return _take(
            st, antecedents.publisher(at, published, noun)
        )  # "… published its report. The report said"
    if lower in ("the former", "the latter"):
        paired = names.one_of_a_pair(lower.split()[1], at)  # "The former said …; the latter called …"
        return replace(
            st, speaker_name=paired, speaker_role=None, speaker_type="person" if paired else st.speaker_type
        )
    if (head := DESCRIBED_WITH_MORE.fullmatch(st.speaker.strip())) is not None:
        # "the singer, 27", "The author, who grew up in Kettleby": the description before what more it says
        core = head.group(1)
        shortened = replace(st, speaker=core, speaker_span=Span(at, at + len(core)))
        return replace(
            _resolve_one(shortened, names, antecedents), speaker=st.speaker, speaker_span=st.speaker_span
        )
    if (aged := AGED.fullmatch(lower)) is not None:
        age = aged.group(1)
        found = names.aged(age, at)  # "“…,” the 54-year-old said"
        if found is not None:
            return replace(st, speaker_name=found, speaker_type="person")
        described = _described(st, lower, names, antecedents)
        if described.speaker_name and names.ages_of(described.speaker_name) - {age}:
            return replace(described, speaker_name=None)  # "the 45-year-old nurse": not the nurse aged 38
        return described
    return _described(st, lower, names, antecedents)


# An office its holder is addressed by, in parliaments and meetings: "Mr Speaker", "Madam President".
ADDRESS_GENDERS = {"mr": "m", "mister": "m", "madam": "f", "madame": "f", "mrs": "f"}
ADDRESSED_OFFICE = re.compile(
    r"(?P<address>mr\.?|mister|madam|madame|mrs\.?) (?P<office>speaker|deputy speaker|president|chairman|chairwoman|chair)"
)


# Someone who gave a first name only: "One resident, who gave only her first name, Soraya", "a
# woman who would give only her first name, Ilse".
GIVEN_NAME_ONLY = re.compile(
    r"\bwho\s+(?:gave|would\s+give|provided|offered|wanted\s+to\s+give)\s+(?:"
    r"only\s+(?:her|his|their)\s+(?:first|given)\s+name(?:\s+as)?"
    # "who gave her name only as Bev", "who gave his name as Tomas"
    r"|(?:her|his|their)\s+(?:first\s+|given\s+)?name\s+(?:only\s+)?as"
    r"),?\s+[“\"‘']?(?P<name>[A-Z][\w’'-]+)[”\"’']?\s*$"
)
# Words given "as" a name that name no one: "who gave her name only as Sister".
NOT_GIVEN_NAMES = frozenset(
    {"sister", "brother", "mother", "father", "mrs", "mr", "ms", "miss", "madam", "sir", "auntie", "uncle"}
    | {"grandma", "grandpa", "granny", "mum", "mom", "dad", "doctor", "nurse", "anonymous"}
)
# A definite description and what more the speaker's phrase says of its subject (not "a resident,
# 71", someone new): "the singer, 27", "The 26-year-old, from Holmbury", "The author, who grew up in
# Kettleby" (a clause with no comma, "the lawyer who ran three marathons", says which lawyer: not
# necessarily one named before).
DESCRIBED_WITH_MORE = re.compile(r"(the\s[^,]*?),\s*(?:\d{1,3}\b|who\b|from\b|aged\b).*", re.I | re.S)

# How a body opening its own statement speaks of itself: "“Castlebridge United thanks Jon …”".
SPEAKS_OF_ITSELF = re.compile(
    r"\s+(?P<how>thanks?|wish(?:es)?|would like|regrets?|can (?:(?:today|now|also)\s+)?confirm"
    r"|(?:is|are) (?:proud|delighted|pleased|saddened|disappointed|committed|grateful)"
    r"|ha(?:s|ve) no (?:further )?comments?|do(?:es)? not comment|cannot comment|is unable to comment"
    r"|will (?:appeal|not comment|be making no further comment|make no further comment"
    r"|not be making any further comments?|not be commenting))\b"
)
# A body's name: capitalised words ("Castlebridge United", "The Court of Appeals").
BODY_NAME_OPENING = re.compile(r"(?:The )?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w’'&.-]*){0,4}")
# What may come before a body's own name opening its statement: "Everyone at", "The board of".
ITS_OWN_PEOPLE = re.compile(r"[“\"‘']\s*(?:(?:everyone|all|the board|all of us) (?:at|of) )?", re.I)


def _the_passive_s_agent(text: str, body: Span) -> bool:
    """ "Castlebridge United have been reported to the league by Harrow Town": the body is the one
    acting on the sentence's subject (which is only spoken of)."""
    sentence_start = max(text.rfind(". ", 0, body.start), text.rfind("\n", 0, body.start)) + 1
    before = text[sentence_start : body.start]
    acted_on = (
        r"(?:reported|accused|criticised|criticized|condemned|blamed|sued|attacked|challenged|targeted|slammed"
        r"|denounced|warned|rebuked|lambasted|censured)"
    )
    # the words between the verb and its "by": no other "by", no "after a 3-0 defeat by", no full
    # stop but a figure's or an initial's ("£2.5m", "the F.A.'s panel")
    gap = r"(?:(?!\b(?:by|after|following|during|before)\b)(?:[^.]|(?<=\d)\.(?=\d)|(?<=\b[A-Z])\.))*"
    return (
        # "reported … by Harrow Town", "criticised by their own supporters and by Harrow Town"
        re.search(
            rf"\b(?:been|was|were|is|are)\s+{acted_on}\b{gap}(?:\bby\b{gap}\band\b{gap})?\bby\s+$", before
        )
        is not None
    )  # (not "thrashed by")


# What a body says in its own name whoever acted on it: "would like to thank …", "wishes to apologise".
A_COURTESY = re.compile(
    r"\b(?:would like|wish(?:es)?) to (?:thank|apologi[sz]e|reassure|wish|express|extend|place|pay|welcome"
    r"|congratulate|remind|update|clarify|make)\b"
)


def _named_itself(text: str, piece: Span) -> tuple[str, str] | None:
    """The body a statement opens by naming in the way bodies speak of themselves, and how:
    "“Castlebridge United thanks Jon for his service”", "“Everyone at Kelso Council is proud …”"
    (not "“Kelso Rovers will not be getting our best player”", another body's words about it)."""
    opening = ITS_OWN_PEOPLE.match(text, max(0, piece.start - 1))
    if opening is None:
        return None
    name = BODY_NAME_OPENING.match(text, opening.end())
    how = SPEAKS_OF_ITSELF.match(text, name.end()) if name is not None else None
    if name is None or how is None:
        return None
    if re.search(r"\b(?:we|our|us)\b", text[name.end() : piece.end], re.I):
        return None
    return name.group().removeprefix("The "), how["how"]


# How a football or other club's name often ends: "Castlebridge United", "Porto Alegre FC".
CLUB_NAME_ENDS = frozenset(
    {"united", "city", "fc", "afc", "town", "rovers", "athletic", "wanderers", "albion", "county", "rangers"}
    | {"celtic", "villa", "hotspur", "athletico", "sporting", "olympic", "harriers", "thistle", "club"}
)


# "the 54-year-old", "the 38-year-old nurse": someone by the age the article gave them.
AGED = re.compile(r"(?:the )?(\d{1,3})-year-old(?: [a-z-]+)?")


def _published_document(speaker: str) -> frozenset[str] | None:
    """ "the report", "the findings": a document a speaker put out, and the words for it."""
    words = speaker.split()
    if len(words) != 2 or words[0] != "the":
        return None
    if words[1] in POSTED_WORDS:
        return POSTED_WORDS  # "… published a terse message on its account. “…,” the post read."
    return PUBLISHED_DOCUMENTS if words[1] in PUBLISHED_DOCUMENTS else None


# A style of address standing for the person: "His Highness", "Her Excellency", "His Majesty".
STYLE_ALONE = re.compile(
    r"(?:his|her) (?:royal )?(?:highness|excellency|majesty|holiness|eminence|beatitude)"
)


AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3}$")


def _bare_surname(st: Statement, names: ArticleNames) -> Statement | None:
    """``Farrow said`` after ``Mayor Lidia Farrow`` (or ``Rain said`` after ``Ms. Rain``): a
    capitalised word the parser took for a common noun is the surname of a person the article names."""
    assert st.speaker is not None
    written = AGE_AFTER.sub("", st.speaker.strip())  # "Lanning, 66, warned": the surname and an age
    if len(written.split()) != 1 or not written[:1].isupper():
        return None
    full = names.person_full(written, inside=True)
    if full is None and (names.names_person(written) or written != st.speaker.strip()):
        full = written  # "Rain said", after "Ms. Rain chaired the hearing"; "Lanning, 66, warned"
    if full is None:
        return None
    role = None if st.speaker_role == written else st.speaker_role
    return replace(st, speaker_name=full, speaker_role=role, speaker_type="person")


SAYING_AFTER_A_NAME = frozenset(
    {
        "said",
        "says",
        "told",
        "tells",
        "added",
        "warned",
        "announced",
        "reported",
        "stated",
        "noted",
        "expects",
    }
)


def _named(st: Statement, names: ArticleNames) -> Statement:
    """A speaker given by name: its fullest form, and a person when the article says so."""
    assert st.speaker_name is not None
    if st.speaker_type == "group":
        return st  # "Kestovan Muslims said …": a people, whatever the recogniser made of its name
    if (
        st.speaker_type == "organization"
        and st.speaker
        and st.speaker.strip() == st.speaker_name
        and st.speaker_name.endswith(("'s", "’s"))
        and (st.cue or "").split()[:1] in ([w] for w in SAYING_AFTER_A_NAME)
        and st.cue_span is not None
        and st.speaker_span is not None
        and not names.text[st.speaker_span.end : st.cue_span.start].strip()
    ):
        # "Moody's said", "Pemberton's said": the name ends so, no one's possession (red team 192;
        # not "North Korea's claim that …")
        return st
    first = st.speaker.split()[0].lower() if st.speaker else ""
    gender = word_gender(first)
    at = st.speaker_span.start if st.speaker_span is not None else None
    inside = st.speaker_type != "organization" or names.written_family_name_first(st.speaker_name)
    person = names.person_full(st.speaker_name, gender, at, inside=inside)
    if (
        person is None
        and st.speaker_type == "organization"
        and st.speaker_role is None
        and len(st.speaker_name.split()) == 1
        and not names.names_organisation(st.speaker_name)
    ):
        # "Abebe said", after "Abebe Girma Tadesse": the recogniser's organisation is the person
        # the article named in full (a given name, by the custom of the place)
        bearer = names.person_full(st.speaker_name, gender, at, inside=True)
        if (
            bearer is not None
            and bearer != st.speaker_name
            and (names.names_person(bearer.split()[-1]) or bearer.split()[-1] == st.speaker_name)
            and not named_as_an_organisation(bearer)
        ):
            return replace(st, speaker_name=bearer, speaker_type="person")  # not "Cadillac Championship"
    if (
        first not in HONORIFICS
        and st.speaker_type in ("person", "unknown")
        and names.is_place(st.speaker_name)
    ):
        if st.cue == ":":
            return replace(st, speaker_name=None, speaker_type="unknown")  # "Dravin: “…”" labels a place
        return replace(st, speaker_type="organization")  # "Karsk said", after "the town of Karsk"
    if st.speaker_type == "organization" and (
        _an_organisations_role(st.speaker_role) or named_as_an_organisation(st.speaker_name)
    ):
        # "opposition channel Nova Libera", "Harwick Capital": the text says what it is, whatever
        # the recogniser said
        return replace(st, speaker_name=names.org_name(st.speaker_name))
    if first not in HONORIFICS and (company := names.company_of(st.speaker_name)) is not None:
        return replace(st, speaker_name=company, speaker_type="organization")  # "Veltris" of "Veltris Energy"
    if (
        st.speaker_type in ("person", "unknown")
        and st.speaker_role is None
        and first not in HONORIFICS
        and names.names_organisation(st.speaker_name)
    ):
        return replace(st, speaker_name=names.org_name(st.speaker_name), speaker_type="organization")
    if (
        st.speaker_type == "person"
        or first in HONORIFICS
        or person is not None
        or names.names_person(st.speaker_name)
    ):
        name = names.full_name(st.speaker_name, gender, at)
        if name == st.speaker_name and at is not None and " " not in name:
            name = names.given_name_of(name, at) or name  # "Priya said", after "Priya Nandakumar"
        return replace(st, speaker_name=name, speaker_type="person")
    if st.speaker_type == "organization":
        return replace(st, speaker_name=names.org_name(st.speaker_name))
    return replace(st, speaker_name=strip_titles(st.speaker_name) or st.speaker_name)


def _an_organisations_role(role: str | None) -> bool:
    """A short role whose noun, written in lower case, is an organisation's: "opposition channel",
    not "a professor at Princeton University"."""
    words = role.split() if role else []
    # "a startup based in Kelby", "a charity funded by donors": the noun before what is said of it
    cut = next((i for i, w in enumerate(words) if i and w.islower() and w.endswith("ed")), None)
    words = words[:cut] if cut is not None else words
    if not words or len(words) > 4 or any(w.lower() in PREPOSITIONS for w in words):
        return False
    if len(words) >= 2 and all(w[:1].isupper() for w in words):  # "the Green Party": a body's name
        return words[-1].lower() in word_list("org_nouns.txt")
    return words[-1].islower() and words[-1] in word_list("org_nouns.txt")


# "Replying to", "Asked by MLA", "In a letter to the Labour MP", "Standing alongside": a preposition,
# then at most a title or a description before a name
ADDRESSED = re.compile(r"\b(?:to|by|from|with|alongside|beside)\s+(?:[\w.'’-]+\s+){0,3}$")


def _addressee_before(text: str, name: Span, speaker: Span | None) -> bool:
    """The name right before the speaker phrase, set off by a comma alone, after a preposition: the one
    spoken to or asked ("Replying to Morag Tait, the Chancellor said"), not whom the phrase describes
    ("Morag Tait, the Chancellor, said" closes the description with a comma)."""
    if speaker is None or text[name.end : speaker.start].strip() != ",":
        return False
    return ADDRESSED.search(text, max(0, name.start - 40), name.start) is not None


def _a_pair_then_a_name(phrase: str) -> bool:
    """Two joined by "and" before the comma that sets off a name, where the "and" is not inside
    whose role it is ("Marks and Hale's chief executive, Ana Lind")."""
    lead = phrase.rsplit(",", 1)[0]
    joined = list(re.finditer(r"\s(?:and|&)\s", lead))
    return bool(joined) and not re.search(r"['’]s?\b", lead[joined[-1].end() :])


# A name set off right after a description the speaker phrase left it out of, closed by a comma.
SET_OFF_NAME = re.compile(r",\s+(?P<name>[^,;:()“”\"]{3,60}?),\s+as\s+(?:saying|telling|writing)\b")


def _name_set_off_after(st: Statement, names: ArticleNames) -> str | None:
    """ "State TV quoted the preacher, Sheikh Adil Marouf, as saying …": the speaker "the preacher",
    named in the aside after it."""
    if st.speaker_span is None or st.speaker is None:
        return None
    m = SET_OFF_NAME.match(names.text, st.speaker_span.end)
    if m is None:
        return None
    name = re.sub(r"^.*[’']s\s+", "", m["name"])  # "Real Madrid's Carlo Ancelotti": Carlo Ancelotti
    return names.appositive_name(f"{st.speaker}, {name}")


def _described(st: Statement, lower: str, names: ArticleNames, antecedents: Antecedents) -> Statement:
    """``the minister``, ``the agency``, ``the President``: whom the article describes so, or nobody."""
    unnamed = replace(st, speaker_name=None)
    assert st.speaker is not None
    if st.speaker_type == "group" and _a_pair_then_a_name(st.speaker):
        return st  # "Minister Ana Lind and her counterpart, Piotr Vask": both, not the last named
    appositive = names.appositive_name(st.speaker) or _name_set_off_after(st, names)
    if appositive is not None:
        return replace(st, speaker_name=appositive, speaker_type="person")
    # "the ex-minister": the former minister
    words = [part for w in lower.split() for part in (["ex-", w[3:]] if EX_ROLE.fullmatch(w) else [w])]
    of = words.index("of") if "of" in words[2:-1] else None  # "the head of state", "the Secretary of the …"
    longest = MAX_DESCRIPTION_WORDS + (3 if of is not None else 0)
    relation = len(words) == 2 and words[0] in POSSESSIVES and words[1] in RELATION_NOUNS  # "His rival"
    if not words or (words[0] not in DETERMINERS and not relation) or len(words) > longest:
        return unnamed if st.speaker_name else st
    noun = words[-1]
    if len(words) > 2 and len(role_family(pair := " ".join(words[-2:]))) > 1:
        noun = pair  # "the prayer leader": a role of two words, with its own family
    if of is not None:
        # the office before "of", or the whole phrase when it is a role of its own ("head of state")
        whole = " ".join(words[1:])
        noun = whole if len(role_family(whole)) > 1 else words[of - 1]
    kind = _description_kind(st.speaker_type, noun)
    if kind is None:
        return unnamed if st.speaker_name else st
    owner = words[-2] if len(words) >= 2 else ""
    if (
        kind == "organization"
        and owner.endswith(("'s", "’s"))
        and owner[:-2] in word_list("person_roles.txt")
    ):
        return unnamed  # "the mayor's office": the mayor's, not any office the article named
    required = tuple(w for w in st.speaker.split()[1:-1] if w[:1].isupper())  # "the Democratic nominee"
    # "the oil minister": the minister whose role says "oil", when the article has several
    modifiers = tuple(words[1 : len(words) - len(noun.split())])
    if not modifiers or any(not w.isalpha() or w in GENERIC_MODIFIERS for w in modifiers):
        modifiers = ()
    former = any(
        w.removesuffix("-") in FORMER_WORDS for w in words[1:-1]
    )  # "The former minister": not the one now in office
    found = names.described_as(
        noun, st.speaker_span.start if st.speaker_span else 0, kind, required, modifiers, former
    )
    if found is not None and kind == "person" and _addressee_before(names.text, found[1], st.speaker_span):
        # "Replying to Morag Tait, the Chancellor said": Tait asked, the Chancellor is someone before
        found = names.described_as(noun, found[1].start, kind, required, modifiers, former)
    if found is None and noun == "agency" and not modifiers and st.speaker_span is not None:
        # "…, ZNA reported. …, the agency said": a body known by letters that end as an agency's do,
        # which spoke in the sentence before (as "the FDA said … The agency said"; not NATO or the BBC)
        at = st.speaker_span.start
        spoke = antecedents.organization(at, speakers_too=True)
        if (
            spoke is not None
            and spoke.speaker
            and antecedents.sentences_between(spoke.span.start, at) == 1
            and not _reported(spoke.span, st)
            and AGENCY_LETTERS.fullmatch(spoke.name)
        ):
            return replace(st, speaker_name=spoke.name, speaker_type="organization")
    if found is None and noun in TRADE_WORDS and st.speaker_span is not None:
        # "Orchard Vale Records sued the singer. The label said": the body before, when its name
        # says it is one ("Records", "Studios", "Exchange")
        body = antecedents.organization(st.speaker_span.start)
        if body is not None and BODY_KINDS.get(noun) and _body_kind(body.name) == BODY_KINDS.get(noun):
            return replace(st, speaker_name=body.name, speaker_type="organization")
    if found is None and noun in PRESS_NOUNS and not modifiers and st.speaker_span is not None:
        found = names.outlet_before(st.speaker_span.start)  # "The Korvan Times leads with …. The paper says"
    if found is not None and kind == "person" and _reported(found[1], st):
        # "…indict the trooper who shot Omar Reddick, the district attorney announced": not Reddick
        # (a body names itself in what it reports: "… flying hours with EgyptAir, the airline said")
        return unnamed
    if (
        found is not None
        and kind == "organization"
        and st.speaker_span is not None
        and _reported(found[1], st)
    ):
        subject = antecedents.organization(st.speaker_span.start)
        if (
            subject is not None
            and subject.name != found[0]
            and len(subject.name.split()) > 1  # not "Assem", a co-pilot the recogniser took for a body
            and _reported(subject.span, st)
            and (
                subject.name.lower().split()[-1] == noun  # "The Kelso Teachers Union …, the union said"
                # a company, a carmaker, a club: the subject of that kind too (not "The Premier League
                # has fined Dalvik Rovers, the club said", nor a union or an authority "the company")
                or (
                    not _no_business(subject.name)
                    and not _an_overseer(subject.name)
                    and not subject.name.lower().endswith(("league", "federation"))
                )
            )
        ):
            # "Holmfirth Bakeries has agreed to acquire Ashby Mills, the company said": the body the
            # claim opens with, not the one it names last (which may be itself: "… flying hours with
            # EgyptAir, the airline said", its subject a person)
            return replace(st, speaker_name=subject.name, speaker_type="organization")
    if found is not None and kind == "organization" and st.kind == "direct" and st.quote_spans:
        named = _named_itself(names.text, st.quote_spans[0])
        itself, how = named if named is not None else ("", "")
        # (a body the article names: not "Reyes", "He", "The Council")
        known = bool(itself) and any(names.org_name(o.text) == itself for o in names.orgs)
        opening = antecedents.body_opening_the_sentence(found[1]) if known else None
        if (
            opening is not None
            and opening.name == itself
            and not (
                how in ("would like", "wish", "wishes")
                and not A_COURTESY.search(names.text, st.quote_spans[0].start, st.quote_spans[0].start + 120)
                and _the_passive_s_agent(names.text, found[1])
            )
        ):  # (not "have been reported by Harrow Town. “Castlebridge United would like to sign …”")
            # "Castlebridge United have sacked Jon Reyes after a defeat by Harrow Town. “Castlebridge
            # United thanks Jon …,” the club said": the body the sentence before is about
            return replace(st, speaker_name=itself, speaker_type="organization")
        if known and set(itself.split()) <= set(found[0].split()):
            # "“Castlebridge United thanks Jon for his service,” the club said": the body the description
            # found, naming itself (or by its short name: "Kelso Council" for Kelso Borough Council); not
            # a regulator for "the bank", nor another council
            return replace(st, speaker_name=found[0], speaker_type="organization")
    if found is not None and kind == "organization" and st.kind == "direct" and _reported(found[1], st):
        # "The Supreme Court revived the suit. “The Court of Appeals erred,” the court said": a body of
        # that kind named before the quotation, rather than one the quotation names
        first_mark = min(q.start for q in st.quote_spans)
        before = names.described_as(noun, first_mark, kind, required, modifiers, former)
        if before is not None and before[0] != found[0]:
            if found[0] in names.text[:first_mark]:
                return unnamed  # the body the quotation names or the one named after it: either
            found = before
    if (
        found is not None
        and kind == "organization"
        and noun in ("club", "team", "side")
        and not _reported(found[1], st)
        and (opening := antecedents.body_opening_the_sentence(found[1])) is not None
        and opening.name != found[0]
        and opening.name.split()[-1].lower() in CLUB_NAME_ENDS  # (not "Kelso Brewery", "Met Office")
        and not any(opening.name in names.text[q.start : q.end] for q in st.quote_spans)
    ):
        # "Castlebridge United signed Reyes from Porto Alegre FC. The club said": the club the sentence
        # is about, not the one its name shows a club that it names after
        return replace(st, speaker_name=opening.name, speaker_type="organization")
    if found is not None and kind == "organization" and noun in BUSINESS_NOUNS and _no_business(found[0]):
        return unnamed  # "Kelso Water has been fined by the Office of Water Standards, the company said"
    if found is not None:
        at = st.speaker_span.start if st.speaker_span else 0
        if noun in PRESS_NOUNS and antecedents.another_spoke_between(found[1].end, at, found[0]):
            return unnamed  # "Zvezda said …. Dnevnik urged calm. “…,” the newspaper wrote.": either
        if kind == "person" and antecedents.another_named_in_sentence(at, found[1], found[0], st.quote_spans):
            return unnamed  # "Cruz defends his record: “…,” the senator says": not a senator named before
        return replace(st, speaker_name=found[0], speaker_type=kind)
    if kind == "organization" and noun in GENERIC_ORG_NOUNS and st.speaker_span is not None:
        found_org = antecedents.organization(
            st.speaker_span.start, own_sentence=True, rival=lambda name: not _no_business(name)
        )
        if found_org is not None and (noun in BUSINESS_NOUNS or noun in OVERSEER_NOUNS):
            # "The Aldoria Medicines Agency fined Brennick Labs. The company said": the business the
            # agency spoke of, not the agency; "Kestrel Therapeutics applied to the Health Products
            # Board. The regulator said": the board, not the firm
            a_business = noun in BUSINESS_NOUNS
            # only when the body found is plainly not what the noun says ("Norden Air said it would buy
            # Talvik Airways. The company said": Norden Air, whose name says nothing of its kind)
            if _no_business(found_org.name) if a_business else _a_business(found_org.name):
                beside = [
                    e
                    for e in antecedents.organizations_beside(found_org, st.speaker_span.start)
                    if (_a_business(e.name) if a_business else _an_overseer(e.name))
                ]
                if len(beside) == 1:
                    return _take(unnamed, beside[0])
                return unnamed  # "The Office of Water Standards said … The company said": not the office
        if (
            found_org is not None
            and noun in BODIES_ACTED_ON
            and antecedents.organizations_beside(found_org, st.speaker_span.start)
        ):
            return unnamed  # "UEFA fined Dynamo Vessel. The club said": either body, so neither
        if found_org is not None and noun == "ngo" and _an_overseer(found_org.name):
            return unnamed  # "The Interior Ministry closed the offices of Green Shield. The NGO said"
        if found_org is None and noun in BUSINESS_NOUNS:
            shares = _company_of_shares(names, st.speaker_span.start)
            if shares is not None:
                return replace(unnamed, speaker_name=shares)
        return _take(unnamed, found_org)
    return unnamed


def _reported(span: Span, st: Statement) -> bool:
    """The span is inside what the statement reports."""
    return any(q.start <= span.start < q.end for q in st.quote_spans)


SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+$")
SHARES_WINDOW = 400  # characters back from "the company" to "Shares of X"


def _company_of_shares(names: ArticleNames, at: int) -> str | None:
    """ "Shares of Corvel Biotech fell 22%. The company said …": the company whose shares the
    sentence before was about, the nearest organisation named after "Shares of"."""
    for named in reversed([n for n in names.orgs if at - SHARES_WINDOW <= n.span.start and n.span.end <= at]):
        if SHARES_OF.search(names.text[max(0, named.span.start - 12) : named.span.start]):
            return names.org_name(named.text)
    return None


def _description_kind(speaker_type: SpeakerType, noun: str) -> Literal["person", "organization"] | None:
    """Whether a description names a person or an organisation (None: neither, e.g. a crowd)."""
    if speaker_type == "person" or speaker_type == "organization":
        return speaker_type
    if speaker_type == "anonymous":
        # "the diplomat": a role the news rarely names, unless the article did ("Ambassador Tomas Reyk")
        return "person" if noun in word_list("person_roles.txt") else None
    if speaker_type != "unknown":
        return None
    if noun in word_list("person_roles.txt") or noun in word_list("titles.txt"):
        return "person"
    if (
        noun in word_list("org_nouns.txt")
        or noun in CHURCH_WORDS
        or noun in BAND_WORDS
        or noun in TRADE_WORDS
    ):
        return "organization"
    return None


# Nouns for a church as a body, which are surnames too ("Charlotte Church"), so no organisation's
# noun inside a name: only "the church" said.
CHURCH_WORDS = frozenset({"church", "parish"})
# Likewise a band ("Douglas J. Band"): only "the band" said.
BAND_WORDS = frozenset({"band"})


# A document's author set off after it: "The report, written by former judge Helen Marsh,", "The
# memo, which was signed by deputy director Fiona Grant,", "The judgment, handed down by Justice
# Paulo Renner on Monday,".
AUTHOR_SET_OFF = re.compile(
    r",\s+(?:which\s+was\s+|that\s+was\s+)?(?:written|signed|issued|drafted|prepared|authored|compiled|"
    r"released|published|handed\s+down|delivered|brought|filed)\s+by\s+(?P<author>[^,;:]{3,120}?)"
    r"(?:\s+(?:on|last|this|in)\s+[\w ]+?)?,"
)
AUTHOR_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+$")


def _author_set_off(st: Statement, names: ArticleNames) -> Statement | None:
    """A document speaking, its author named in an aside right after it: the author's words."""
    span = st.speaker_span
    assert st.speaker is not None
    words = st.speaker.lower().split()
    if span is None or len(words) > 3 or words[-1] not in word_list("issued_documents.txt"):
        return None
    found = AUTHOR_SET_OFF.match(names.text, span.end)
    written = AUTHOR_NAME.search(found.group("author")) if found else None
    if written is None:
        return None
    name = names.full_name(written.group())
    kind: SpeakerType = "organization" if names.names_organisation(name) else "person"
    return replace(st, speaker_name=name, speaker_type=kind)


DATA_WORDS = "figures|data|statistics|numbers|results|estimates|tallies|counts"
# A body's name opening the words after "from"/"by" (not the day after it: "… Commission on Tuesday").
_DAYS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b"
)
# An outlet's name after the noun that says what it is: "the Arabic-language daily Al-Mirsad".
OUTLET_AFTER_ITS_NOUN = re.compile(
    r"\b(?:daily|weekly|newspaper|paper|magazine|tabloid|broadcaster|channel|agency|website)\s+(?P<name>[A-Z])"
)
BODY_NAMED = re.compile(
    rf"(?:[Tt]he\s+)?(?P<name>(?!{_DAYS})[A-Z][\w.’'-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?(?!{_DAYS})[A-Z][\w.’'-]*)*)"
)


# A poll or a study with its maker's name before the noun: "A Brightwater Gazette poll", "the latest
# Merrow Research survey" (two capitalised words or more, or letters: "a YouGov poll" is one word).
NAMED_BEFORE_ITS_DOCUMENT = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:(?:new|latest|recent|fresh|separate|national|monthly|weekly|annual|"
    r"joint)\s+)*(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)+|[A-Z]{2,}[\w]*)\s+"
    r"(?:poll|survey|opinion poll|study|analysis|audit|review|census|tally|count|index)"
)


def _organisation_named(name: str, names: ArticleNames) -> str | None:
    """``name`` as an organisation the article names (by a mention, an outlet's or a body's words,
    or letters: "A CBS poll", not "A COVID study")."""
    letters = name.isupper() and len(name) >= 3 and name not in NOT_BODIES_BY_LETTERS
    mentioned = any(n.text.strip() in (name, f"the {name}", f"The {name}") for n in names.orgs)
    if letters or mentioned or named_as_an_organisation(name) or is_outlet(name, Span(0, len(name))):
        return names.org_name(name)
    return None


# Letters before a study that name what it is about, not who made it.
NOT_BODIES_BY_LETTERS = frozenset(
    {"COVID", "AIDS", "HIV", "GDP", "DNA", "MRI", "LGBT", "LGBTQ", "CEO", "PTSD"}
)


@cache
def _issued_by() -> re.Pattern[str]:
    """ "A statement from the front", "a letter signed by the ministry": the issuer is the one to name."""
    documents = "|".join(
        sorted((re.escape(d) for d in word_list("issued_documents.txt")), key=len, reverse=True)
    )
    return re.compile(
        rf"^(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:{documents})"
        r"\s+(?:(?:issued|released|sent|signed|published)\s+)?(?:from|by)\s+(?P<issuer>.+)"
        # "figures from the Health Ministry", "preliminary results published by the commission"
        rf"|(?:(?:the|its|their|new|latest|official|preliminary|provisional|final)\s+){{0,2}}(?:{DATA_WORDS})"
        r"\s+(?:(?:issued|released|published|compiled|collected)\s+(?:(?:on|last|this|early|late)\s+\w+\s+)?)?"
        r"(?:from|by)\s+(?P<source>.+)"
        # "an editorial in Al-Mirsad": the paper's own voice
        r"|(?:an?|the)\s+(?:[\w-]+\s+)?(?:editorial|leader|commentary)\s+in\s+(?P<outlet>.+)"
        rf"|(?P<possessor>the\s+[\w-]+)['’]s?\s+(?:[\w-]+\s+)?(?:{documents})"
        # "Her written answer said", "His letter said": the one "her" or "his" would be (not "His
        # indictment", "Her school report": what others wrote about them)
        rf"|(?P<pronoun>his|her|its)\s+(?:[\w-]+\s+)?(?:{'|'.join(OWN_DOCUMENTS)}))$",
        re.IGNORECASE,
    )


# Documents one writes oneself, which "his", "her" or "its" before them make the owner's words.
OWN_DOCUMENTS = (
    "statement",
    "letter",
    "answer",
    "reply",
    "message",
    "tweet",
    "post",
    "email",
    "note",
    "book",
    "memoir",
)


# Words before a role that say nothing of which post it is: "the former minister".
GENERIC_MODIFIERS = frozenset(
    {"former", "new", "then", "current", "acting", "outgoing", "incoming", "late", "top", "senior"}
    | {"veteran", "embattled", "young", "old", "same", "other", "first", "second", "two", "three"}
)
# What a group or an office publishes and then speaks through: "the report said", "the findings show".
PUBLISHED_DOCUMENTS = frozenset(
    {
        "report",
        "study",
        "findings",
        "survey",
        "review",
        "assessment",
        "audit",
        "statement",
        "communique",
        "declaration",
    }
)
POSTED_WORDS = frozenset({"post", "message", "tweet", "video", "comment", "reply", "note"})
INDEFINITE = frozenset({"a", "an", "one", "another"})


# Someone shown by whose they are, who speaks for or about that person: "his uncle", "her lawyer"
# (not "his campaign", "her lawsuit", "his ex-wife", who may be someone the article names).
KIN_SPEAKING = frozenset(
    {"uncle", "aunt", "father", "mother", "brother", "sister", "son", "daughter", "wife", "husband"}
    | {"grandfather", "grandmother", "cousin", "nephew", "niece", "partner", "friend", "mum", "dad"}
)
SPEAKING_FOR_SOMEONE = frozenset(
    {"lawyer", "solicitor", "barrister", "attorney", "spokesman", "spokeswoman", "spokesperson", "agent"}
    | {"publicist", "manager", "representative", "rep"}
)


def _someone_unnamed(st: Statement) -> bool:
    """A person introduced without a name: "One shopkeeper", "a witness", "a ministry official"
    (not "the candidate", which may be someone the article names)."""
    words = (st.speaker or "").lower().split()
    if (
        not st.speaker_name
        and POSSESSED.fullmatch(st.speaker or "") is not None
        and words[-1] in KIN_SPEAKING | SPEAKING_FOR_SOMEONE
    ):
        return True  # "“He was a lovely lad,” his uncle said. “…,” he added": the uncle, unnamed
    if not words or st.speaker_name or words[0] not in INDEFINITE | {"the"}:
        return False  # not "sources", "officials", "two aides"
    return st.speaker_type == "anonymous" or (st.speaker_type == "person" and words[0] in INDEFINITE)


# How an article shows someone of a party beside the name: "Sen. Thomas Reyes (D-Ore.)", "Democratic
# Sen. Thomas Reyes", "Reyes, a Republican" (other parties by their own word).
PARTY_SIGNS = {
    "democrat": re.compile(r"\(D\b|\bDemocrat"),
    "republican": re.compile(r"\(R\b|\bRepublican|\bGOP\b"),
}


STATE_LABEL = re.compile(r"\s*\(\s*[DRI]\s*[-–]\s*([A-Za-z. ]+?)\s*\)")


def _of_the_state(text: str, span: Span, place: list[str]) -> bool:
    """Whether the party label after the name at ``span`` ("(D-Nev.)") can be the state ``place``
    ("Nevada"; not "New York"): the label's letters, in order, in the state's name. True when
    there is no place or no label to check."""
    label = STATE_LABEL.match(text, span.end)
    if not place or label is None:
        return True
    letters = iter("".join(place).lower())
    return all(c in letters for c in re.sub(r"[^a-z]", "", label.group(1).lower()))


def _of_the_party(text: str, span: Span, member: str, before: int) -> bool:
    """Whether the words right around the name at ``span`` (and before ``before``, where the
    description is) show its holder to be a ``member``."""
    sign = PARTY_SIGNS.get(member.lower()) or re.compile(rf"\b{re.escape(member)}s?\b", re.I)
    return sign.search(text, max(0, span.start - 40), min(span.end + 80, before)) is not None


def _a_people_s_word_used_before(role: str, text: str, at: int) -> bool:
    """ "the Kesslander" after "Kesslandic sprinter Tiia Raunio", "the Velorian" after "Velorian
    striker X": a people's word the list lacks, capitalised, whose country or people the article
    named (capitalised too) in the words before ``at`` (not "the physician" after "physical")."""
    if not _a_people_s_word(role):
        return False
    root = role.removesuffix("er").removesuffix("ian").removesuffix("ese")
    window = text[max(0, at - PEOPLE_S_WORD_WINDOW) : at]
    return len(root) >= 4 and re.search(rf"\b{re.escape(root)}", window) is not None


# A people's word, then the words a text shows someone of it by: the country's name or adjective.
NATION_WORDS = {
    "dane": "Danish|Denmark|Dane",
    "scot": "Scottish|Scotland|Scot|Scots",
    "swede": "Swedish|Sweden|Swede",
    "norwegian": "Norwegian|Norway",
    "pole": "Polish|Poland|Pole",
    "greek": "Greek|Greece",
    "spaniard": "Spanish|Spain|Spaniard",
    "welshman": "Welsh|Wales|Welshman",
    "welshwoman": "Welsh|Wales|Welshwoman",
    "frenchman": "French|France|Frenchman",
    "frenchwoman": "French|France|Frenchwoman",
    "irishman": "Irish|Ireland|Irishman",
    "irishwoman": "Irish|Ireland|Irishwoman",
    "englishman": "English|England|Englishman",
    "englishwoman": "English|England|Englishwoman",
    "dutchman": "Dutch|Netherlands|Holland|Dutchman",
    "dutchwoman": "Dutch|Netherlands|Holland|Dutchwoman",
    "scotsman": "Scottish|Scotland|Scots|Scotsman",
    "scotswoman": "Scottish|Scotland|Scots|Scotswoman",
    "finn": "Finnish|Finland|Finn",
    "turk": "Turkish|Turkey|Türkiye|Turk",
    "swiss": "Swiss|Switzerland",
    "briton": "British|Britain|Briton",
    "brazilian": "Brazilian|Brazil",
    "italian": "Italian|Italy",
    "argentine": "Argentine|Argentinian|Argentina",
    "argentinian": "Argentine|Argentinian|Argentina",
    "portuguese": "Portuguese|Portugal",
    "german": "German|Germany",
    "austrian": "Austrian|Austria",
    "belgian": "Belgian|Belgium",
    "croat": "Croatian|Croatia|Croat",
    "serb": "Serbian|Serbia|Serb",
    "czech": "Czech|Czechia",
    "kiwi": "New Zealand|New Zealander|Kiwi",
    "aussie": "Australia|Australian|Aussie",
}


def _nation_words(role: str) -> tuple[str, str]:
    """The words a text shows one of the people ``role`` names by, as patterns: those it may stand
    anywhere before the name as ("Norwegian|Norway"; else the word itself), and the countries the word
    may be made from, which count only as "<Country>'s <Name>" or "<Name> of <Country>" (Kenyan,
    Ukrainian, Iranian, Hungarian, Chilean, Moroccan, Israeli, Senegalese, Slovak(ia), Kazakh(stan);
    not "Indy" for the Indian, "Roman" for the Romanian: reviews 5 and 6 of session 43)."""
    word = role.strip().split()[-1]
    known = NATION_WORDS.get(word.lower())
    if known is not None:
        return known, ""  # (the table's words count anywhere before the name already)
    stems = {word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-3] + "y", word[:-2] + "o"}
    stems |= {word + "ia", word + "stan", word + "land"}
    return re.escape(word), "|".join(sorted(re.escape(w) for w in stems if len(w) >= 4))


def _a_people_s_word(role: str) -> bool:
    return role.endswith(("ian", "ese", "lander")) and " " not in role and role[:1].isupper()


def _take(st: Statement, entry: Entry | None) -> Statement:
    if entry is None or not entry.name:
        return st  # nobody, or someone the article does not name
    kind: SpeakerType = (
        "person" if entry.kind == "person" else "group" if entry.kind == "group" else "organization"
    )
    return replace(st, speaker_name=entry.name, speaker_type=kind)


CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z’'-]+[a-z]\b")


def _surnames_in_content(st: Statement, names: ArticleNames) -> tuple[Target, ...]:
    """People the content names by the surname alone, which the recogniser missed: "“Haddel must
    go,” said Varek" after "Interior Minister Omar Haddel"."""
    found: list[Target] = []
    for piece in st.quote_spans:
        for m in CAPITALISED_WORD.finditer(names.text, piece.start, piece.end):
            span = Span(m.start(), m.end())
            if any(t.span.overlaps(span) for t in st.targets):
                continue
            full = names.surname_named(m.group())
            if full is not None:
                found.append(Target(text=m.group(), span=span, label="person", name=full))
    return tuple(found)


def _name_target(target: Target, names: ArticleNames) -> Target:
    if target.label in ("person", "organization"):
        person = names.person_full(target.text)
        if person is not None:
            return replace(target, label="person", name=person if person != target.text else None)
    if target.label == "person":
        full = names.full_name(target.text)
        return replace(target, name=full) if full != target.text else target
    if target.label in ("organization", "group"):
        full = names.org_name(target.text)
        return replace(target, name=full) if full != target.text else target
    return target
