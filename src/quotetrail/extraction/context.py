"""When and where a statement was made, and what it is about.

- ``said_on``: a date phrase attached to the cue (``on June 23``, ``on Thursday``,
  ``last week``, ``yesterday``), resolved against the article's date.
- ``venue``: a prepositional phrase on the cue headed by an occasion or medium
  (``in a speech``, ``at Friday prayers in the capital``, ``on state television``).
- ``targets``: named entities inside the statement's content.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.marks import closing_mark_end
from quotetrail.extraction.phrases import BY_WIRE, ON_AIR, is_outlet, occasion_after_name, token_span
from quotetrail.model import Span, Target
from quotetrail.nlp import NUMERIC_DATE, whole_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

WEEKDAYS, MONTHS = lexicon.WEEKDAYS, lexicon.MONTHS
MONTH_ABBREV = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
TARGET_LABELS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "EVENT": "event",
    "NORP": "group",
    "LAW": "law",
}
_MONTH_DAY = re.compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<year>\d{4}))?\b",
    re.I,
)
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:,?\s+(?P<year>\d{4}))?\b",
    re.I,
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# Day first, as the world outside the United States writes it; read only when the order cannot
# be the other way round ("17/11/2026"), never guessed ("05/11/2026").
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")


def resolve_date(phrase: str, article_date: date | None) -> date | None:
    """Resolve a date phrase against the article's date; None when it cannot be pinned down."""
    low = phrase.lower()
    if m := _ISO.search(low):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    if m := _DAY_MONTH_YEAR.search(low):
        return _day_first(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        if m := pattern.search(low):
            month = MONTH_ABBREV[
                m.group("month")[:4] if m.group("month").startswith("sept") else m.group("month")[:3]
            ]
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else (article_date.year if article_date else None)
            if year is None:
                return None
            try:
                found = date(year, month, day)
            except ValueError:
                return None
            if not m.group("year") and article_date and found > article_date + timedelta(days=31):
                found = found.replace(year=found.year - 1)
            return found
    if article_date is None:
        return None
    if "yesterday" in low or re.search(r"\blast night\b", low):
        return article_date - timedelta(days=1)
    if re.search(r"\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b", low):
        return article_date
    weekday = next((i for i, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", low)), None)
    if weekday is None:
        # "last week", "last weekend", "earlier this week": no one day
        return None
    if re.search(r"\blast week\b", low):  # "on Friday last week": that weekday of the week before
        return article_date - timedelta(days=article_date.weekday() + 7 - weekday)
    back = (article_date.weekday() - weekday) % 7
    if back == 0 and re.search(rf"\blast {WEEKDAYS[weekday]}\b", low):
        back = 7  # "last Friday" in a Friday's paper is a week ago
    return article_date - timedelta(days=back)


def _day_first(first: int, second: int, year: int) -> date | None:
    if (first > 12) == (second > 12):
        return None  # "05/11/2026": 5 November or May 11
    day, month = (first, second) if first > 12 else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _in_name(tok: Token) -> bool:
    """``Today`` right after a proper noun is part of a name (``Kestovia Today``), not a date; so is
    a weekday there the entity model does not take for a date (``Fox News Sunday``, but not ``told
    CNN Monday``). A ``Today`` opening its sentence still is a date."""
    weekday = tok.lower_ in WEEKDAYS and tok.ent_type_ not in ("DATE", "TIME")
    following = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if tok.text in ("Today", "Tonight") and following in PROGRAMME_WORDS:
        return True  # "told the Today programme", "on NBC's Today show"
    if (tok.text not in ("Today", "Tonight") and not weekday) or tok.i == 0 or tok.is_sent_start:
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.ent_type_ not in ("DATE", "TIME")


PROGRAMME_WORDS = frozenset({"programme", "program", "show", "podcast", "broadcast"})
# "Friday prayer leader": the weekday names an office, not the day something was said.
PRAYER_OFFICES = frozenset({"leader", "leaders", "imam", "imams", "preacher", "preachers", "khatib"})


def _in_title(tok: Token) -> bool:
    doc = tok.doc
    return (
        tok.lower_ in WEEKDAYS
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].lower_ in ("prayer", "prayers")
        and doc[tok.i + 2].lower_ in PRAYER_OFFICES
    )


def _is_date_word(tok: Token) -> bool:
    if _in_name(tok) or _in_title(tok) or _a_newspaper(tok):
        return False
    if tok.lower_ in WEEKDAYS and (
        tok.ent_type_ == "TIME" or (tok.dep_ == "pobj" and tok.head.lower_ == "on")
    ):
        return True  # "on Wednesday evening", "on Thursday": the day, whatever the recogniser made of it
    if tok.lower_ == "tonight" or (tok.ent_type_ == "TIME" and _part_of_today(tok)):
        return True  # "this morning", "tonight", "late last night": the day, from its part
    return tok.ent_type_ == "DATE" or tok.lower_ in ("yesterday", "today") or _numeric_date(tok)


PARTS_OF_TODAY = frozenset({"morning", "afternoon", "evening", "night"})
TODAY_MARKS = frozenset({"this", "last", "late", "early"})


def _part_of_today(tok: Token) -> bool:
    """ "this morning", "late last night" (not "Saturday night", whose day is the weekday's)."""
    if tok.lower_ in TODAY_MARKS:
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in PARTS_OF_TODAY | TODAY_MARKS
    return tok.lower_ in PARTS_OF_TODAY and tok.i > 0 and tok.doc[tok.i - 1].lower_ in TODAY_MARKS


def day_label(doc: Doc) -> list[Token]:
    """ "Wednesday: Ilona Marek told …", "Nov. 17: …": a round-up's label of the day, opening the
    paragraph, which dates what is said in it."""
    words: list[Token] = []
    for tok in doc[:6]:
        if tok.text == ":":
            return words if words and all(_is_date_word(w) or w.is_punct for w in words) else []
        words.append(tok)
    return []


def _numeric_date(tok: Token) -> bool:
    return tok.text[:1].isdigit() and NUMERIC_DATE.fullmatch(tok.text) is not None


def _a_newspaper(tok: Token) -> bool:
    """ "the daily Morgenpost": a paper, not a time; nor "a weekly news conference", how often."""
    after = tok.i + 1
    if tok.lower_ in FREQUENCIES and tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
        return True
    return tok.lower_ in ("daily", "weekly") and after < len(tok.doc) and tok.doc[after].pos_ == "PROPN"


FREQUENCIES = frozenset(
    {"daily", "weekly", "monthly", "annual", "yearly", "nightly", "biweekly", "quarterly"}
)


def said_on(clause: list[Token], article_date: date | None) -> date | None:
    """The first date phrase among the attribution's own words (``on Friday``, ``last week``) that
    reads as a date: an age the recogniser took for one ("Dario Menkes, 24, said on Sunday") is passed."""
    runs: list[list[Token]] = []
    verb = clause[0] if clause else None
    for tok in sorted(clause, key=lambda t: t.i):
        if _is_date_word(tok) and _dates_the_saying(tok, verb):
            if runs and runs[-1] and tok.i == runs[-1][-1].i + 1:
                runs[-1].append(tok)
            else:
                runs.append([tok])
    for run in runs:
        if len(run) == 1 and run[0].like_num and not _numeric_date(run[0]):
            continue  # a bare number: an age, not a day
        if _outlet_s_today(run[0]):
            continue  # "told USA TODAY", "said on Kestovia Today": a paper's or a programme's name
        if CLOCK_TIME.fullmatch(" ".join(t.text for t in run)):
            continue  # "At 14:05 on Thursday": a time the recogniser took for a date names no day
        before = run[0].doc[run[0].i - 1] if run[0].i > 0 else None
        if any(t.lower_ in HABITUAL for t in run) or (before is not None and before.lower_ in HABITUAL):
            continue  # "every Friday": a habit, not a day
        if any(t.lower_ in ("old", "olds") for t in run):
            continue  # "the 54-year-old said … on Thursday": an age
        if len(run) == 1 and run[0].lower_ in FREQUENCIES and run[0].pos_ in ("NOUN", "PROPN"):
            continue  # "The Dravin Observer, a pro-government daily, said … on Monday": a paper
        if _a_name_s_word(run):
            continue  # "the Sunday Clarion reported": a paper's name, no day
        if _weekday_of_something(run):
            return None  # "on the first Friday of Ramadan": a day the calendar alone cannot tell
        if (feast := _feast(run)) is not None:
            return _feast_day(feast, article_date)  # "on Palm Sunday", "on Good Friday"
        if _day_of_something_else(run):
            continue  # "Asked about Saturday's defeat": the day of what was talked about
        if (
            before is not None
            and before.lower_ in ("for", "until", "till", "by", "from")
            and before.dep_ == "prep"
        ):
            continue  # "forecast heavy rain for Friday", "ordered it shut until Monday": not when said
        return _date_of_run(run, clause, article_date)
    return None


ORDINAL_DAYS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "final"})


def _a_name_s_word(run: list[Token]) -> bool:
    """ "the Sunday Clarion": a weekday after "the" that opens a capitalised name it is a word of."""
    doc = run[0].doc
    for day in run:
        if (
            day.lower_ not in WEEKDAYS
            or day.i + 1 >= len(doc)
            or day.dep_ not in ("compound", "amod", "nmod")
        ):
            continue
        following = doc[day.i + 1]
        if day.i == 0 or doc[day.i - 1].lower_ != "the":
            continue  # "On Friday Kestovan police said", "in a Monday Twitter post": a day
        if following.pos_ == "PROPN" and following.is_title and following.lower_ not in WEEKDAYS:
            return day.head.i > day.i
    return False


def _weekday_of_something(run: list[Token]) -> bool:
    """ "the first Friday of Ramadan", "the last Monday in May", "the Friday before the vote": a
    weekday fixed by something else, not the one nearest the article's date."""
    doc = run[0].doc
    weekdays = [t for t in run if t.lower_ in WEEKDAYS]
    if not weekdays:
        return False
    after = doc[weekdays[-1].i + 1].lower_ if weekdays[-1].i + 1 < len(doc) else ""
    before = doc[weekdays[0].i - 1].lower_ if weekdays[0].i > 0 else ""
    if weekdays[0].i > 1 and doc[weekdays[0].i - 2].lower_ == "orthodox":
        return True  # "Orthodox Easter Sunday": the Julian calendar's Easter, which is not reckoned here
    return (before in ORDINAL_DAYS and after in ("of", "in")) or (
        before == "the" and after in ("before", "after", "of")
    )


def _outlet_s_today(word: Token) -> bool:
    """ "Today" capitalised after a capitalised word inside the sentence: the end of a name."""
    if word.lower_ != "today" or word.text == "today" or word.i == 0 or word.is_sent_start:
        return False
    before = word.doc[word.i - 1]
    return before.text[:1].isupper() and before.is_alpha


def _day_of_something_else(run: list[Token]) -> bool:
    """ "Asked about Saturday's defeat", "said of Saturday's performance", "called Friday's decision
    …": a day owning what was talked about, after a preposition of a topic or as the verb's object.
    Where the words were said ("in Friday's order", "at Friday's rally") is dated by it."""
    owner = next((t for t in run if t.dep_ == "poss"), None)
    if owner is None:
        return False
    owned = owner.head
    if owned.dep_ == "pobj":
        return owned.head.lower_ in TOPIC_PREPOSITIONS
    return (
        owned.dep_ == "dobj"
        and owned.head.lemma_.lower() != "tell"  # "told Sunday's episode of the podcast": a medium
        and owned.lower_ not in lexicon.words("venue_nouns.txt") | SET_OFF_OCCASIONS
    )


# Prepositions of what is talked about: "asked about Saturday's defeat", "in charge for Saturday's derby".
TOPIC_PREPOSITIONS = frozenset({"about", "of", "for", "over", "on", "regarding", "ahead"})


# The movable feasts of the Western churches, as days from Easter Sunday: "on Palm Sunday" is the
# Sunday before Easter, not the Sunday nearest the article's date.
FEASTS = {
    ("shrove", "tuesday"): -47,
    ("ash", "wednesday"): -46,
    ("palm", "sunday"): -7,
    ("maundy", "thursday"): -3,
    ("holy", "thursday"): -3,
    ("good", "friday"): -2,
    ("holy", "saturday"): -1,
    ("easter", "sunday"): 0,
    ("easter", "monday"): 1,
    ("whit", "sunday"): 49,
}


def _feast(run: list[Token]) -> int | None:
    """The feast a run names ("Palm Sunday", "Good Friday"), as days from Easter Sunday."""
    weekday = next((t for t in run if t.lower_ in WEEKDAYS), None)
    if weekday is None or weekday.i == 0:
        return None
    before = weekday.doc[weekday.i - 1]
    return FEASTS.get((before.lower_, weekday.lower_)) if before.is_title else None


def _feast_day(offset: int, article_date: date | None) -> date | None:
    """The feast's last date on or before the article's, when at most 60 days before it."""
    if article_date is None:
        return None
    for year in (article_date.year, article_date.year - 1):
        day = _easter(year) + timedelta(days=offset)
        if day <= article_date:
            return day if (article_date - day).days <= 60 else None
    return None


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


HABITUAL = frozenset({"every", "each"})
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET))?", re.I)


def _date_of_run(run: list[Token], clause: list[Token], article_date: date | None) -> date | None:
    doc_text = whole_text(run[0].doc)
    phrase = doc_text[run[0].idx : run[-1].idx + len(run[-1].text)]
    words = {t.i: t.lower_ for t in clause}
    if (
        any(w == "last" and words.get(i + 1) == "week" for i, w in words.items())
        and "week" not in phrase.lower()
    ):
        phrase += " last week"  # "at Friday prayers in the capital last week"
    return resolve_date(phrase, article_date)


# A date after these is a deadline or a bound ("issued a warning until Saturday", "conducted
# between March 2 and March 6"), not a day of saying.
BOUNDING_PREPOSITIONS = frozenset(
    {"until", "till", "by", "before", "after", "since", "through", "between", "from"}
)


# Participles whose day is the day the words came out: "a report, published on Monday, said …".
RELEASED_FORMS = frozenset(
    {"published", "released", "issued", "posted", "aired", "broadcast", "dated", "sent", "written"}
    | {"delivered", "given", "made", "recorded", "filmed", "read", "signed", "tweeted", "uploaded"}
    | {"filed", "submitted", "lodged", "presented", "circulated", "leaked", "emailed", "conducted"}
)


def _dates_the_saying(tok: Token, verb: Token | None = None) -> bool:
    """Not a date inside a relative clause ("Makepeace, who was injured on Monday") or after a
    preposition of a bound ("until Saturday"); but the cue's own, when the cue is in the relative
    clause ("Anja Petrović, who said on Monday that …")."""
    for ancestor in [tok, *tok.ancestors]:
        if ancestor == verb and (
            ancestor.dep_ == "relcl" or (ancestor.dep_ == "acl" and ancestor.tag_ == "VBN")
        ):
            return True  # the cue's own date, also when the parser hung it as a participle ("…, Tweeted on Friday")
        if ancestor.dep_ == "relcl":
            return False
        if (
            ancestor.dep_ == "acl"
            and ancestor.tag_ == "VBN"
            and (ancestor.lower_ not in RELEASED_FORMS or ancestor.head.ent_type_ == "PERSON")
        ):
            # "Ahlberg, injured in the riot on Tuesday, said …": the injury's day; "Kemal Aydar,
            # released from custody on Tuesday, told …": a person released, not a report
            return False
        if ancestor.dep_ == "pobj" and ancestor.head.lower_ in BOUNDING_PREPOSITIONS:
            return _dated_occasion(tok, ancestor)
        if (
            ancestor.dep_ == "ccomp"
            and verb is not None
            and verb.i not in (ancestor.i, ancestor.head.i)
            and ancestor.head.i != ancestor.i
            and ancestor.head.tag_ == "VBG"
            and ancestor.head.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
        ):
            return False  # "quoted a source as saying the trial would open on March 15": another's words
        if ancestor.pos_ == "VERB" and ancestor.dep_ in ("ROOT", "ccomp"):
            break
    return True


# "shortly before midnight on Thursday": a time of day bounded, dated by its own "on".
TIMES_OF_DAY = frozenset({"midnight", "noon", "midday", "dawn", "dusk", "daybreak", "sunrise", "sunset"})


def _dated_occasion(tok: Token, bound: Token) -> bool:
    """ "told reporters after training on Monday", "said through an interpreter on Monday": an
    occasion or a go-between after "after"/"through", dated by its own "on": the day it was said.
    Not "until Saturday", "since the Monday debate", "after the Sept. 11 attacks"."""
    return (
        (bound.head.lower_ in ("after", "through") or bound.lower_ in TIMES_OF_DAY)
        and bound.i != tok.i
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "on"
        and tok.head.head.i == bound.i
    )


VENUE_PREPOSITIONS = ("in", "at", "on", "during", "via", "through", "to")


BUILDINGS = frozenset({"court", "courthouse", "building", "parliament", "hospital", "station", "embassy"})


def _outside_a_building(prep: Token) -> bool:
    """ "outside the Crown Court", "outside the embassy": a place the words were said in front of."""
    return any(o.dep_ == "pobj" and o.lower_ in BUILDINGS for o in prep.children)


def _idiom(obj: Token) -> bool:
    """ "in a show of strength", "in a show of unity": a manner, not the programme it was said on;
    "on a more conciliatory note": a tone, not a written note; "in the event that …": a condition."""
    if obj.lower_ == "note":
        return obj.head.lower_ == "on"
    if obj.lower_ in COURT_PAPERS:
        # "in an order", "in her dissenting opinion"; not "in order to", "in his opinion", "in its
        # opinion" (a view), "in the order of 300 homes" (about), "commented on an executive order"
        children = list(obj.children)
        if obj.head.lower_ != "in" or any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
            return True
        kinds = [c for c in children if c.dep_ in ("amod", "compound", "nummod")]
        if any(c.lower_ in VIEWS for c in kinds):
            return True  # "in her professional opinion", "in alphabetical order"
        if any(c.lower_ in SPEEDS for c in kinds) and not any(c.dep_ == "det" for c in children):
            return True  # "in short order" (not a judge's "in a short order issued on Friday")
        if obj.lower_ == "opinion" and not any(c.lower_ in COURT_OPINIONS for c in kinds):
            # a court's written opinion ("The court said in its opinion that …", "Judge Ortiz wrote in
            # a 23-page opinion"); anyone else's possessive one is a view ("in its opinion", "in her
            # opinion")
            verb = obj.head.head
            by_a_court = any(c.dep_ == "nsubj" and c.lower_ in COURTS for c in verb.children)
            if not by_a_court and any(c.dep_ == "poss" for c in children):
                return True
        return not (kinds or any(c.dep_ in ("det", "poss") for c in children))
    if obj.lower_ == "event" and obj.head.lower_ == "in" and obj.i + 1 < len(obj.doc):
        return obj.doc[obj.i + 1].lower_ in ("that", "of")  # "in the event that Clinton faces Trump": if
    return obj.lower_ == "show" and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


# What a court writes, a venue only after "in" with a determiner or a kind: "in a dissenting opinion".
COURT_PAPERS = frozenset({"order", "opinion", "dissent", "concurrence"})
# Whom one speaks to by a title the titles list lacks: "Speaking to the Dalai Lama".
HOLY_AND_ROYAL = frozenset(
    {"lama", "maharaja", "maharani", "pope", "queen", "king", "prince", "princess", "sultan", "royal"}
    | {"consort", "regent", "duke", "duchess", "earl", "countess", "khan", "emir", "sheikh"}
)
COURTS = frozenset(
    {"court", "judge", "justice", "justices", "judges", "panel", "tribunal", "majority", "circuit"}
)
# What makes an opinion a view or an order an arrangement: "in her professional opinion", "in
# alphabetical order".
VIEWS = frozenset(
    {"professional", "personal", "honest", "considered", "expert", "humble", "own"}
    | {"alphabetical", "reverse", "chronological", "running", "world"}
)
# What makes an order a speed, without an article: "in short order", "in swift order".
SPEEDS = frozenset({"short", "quick", "rapid", "swift"})
COURT_OPINIONS = frozenset(
    {
        "dissenting",
        "majority",
        "concurring",
        "written",
        "unanimous",
        "executive",
        "court",
        "judge",
        "judicial",
    }
    | {"partial", "separate", "plurality", "interim", "final", "emergency", "restraining", "gagging"}
)


# Where something is said, never what: "said the port would reopen in an interview with CNN".
SAYING_VENUES = frozenset(
    {"interview", "statement", "conference", "briefing", "broadcast", "show", "page", "post", "tweet"}
    | {"remarks", "appearance", "podcast", "op-ed", "blog", "column", "speech", "address"}
)


# Occasions a state agency's lead closes on, set off by a comma: "…, during a meeting with …", "…, in
# a phone call with …" (without the comma, "agreed at a meeting in Geneva" may be what was said).
SET_OFF_OCCASIONS = frozenset({"meeting", "call", "talks", "visit", "session", "reception"})
CUE_PREPOSITIONS_WITH_CONTENT = frozenset({"for", "on", "about"})  # "called for", "called on", "asked about"


def venue_and_its_day(prep: Token) -> list[Token]:
    """The words of a venue phrase with its day and whatever else says where it was ("in a
    televised address to the nation on Wednesday"), without another event hung on its noun ("in a
    speech ahead of the March 12 primary" gives "in a speech")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return [prep]
    words = [t for t in prep.subtree if t.i <= obj.i]
    for child in obj.children:
        if (
            child.i > obj.i
            and child.lower_ not in OTHER_EVENT_WORDS
            and child.dep_ not in ("relcl", "acl", "appos")
        ):
            words += list(child.subtree)
    return words


# Words after a venue's noun that bring in another event, whose day is not the venue's.
OTHER_EVENT_WORDS = frozenset({"ahead", "before", "after", "about", "marking", "following", "amid", "during"})


def trailing_venue(cue: Token) -> Token | None:
    """A venue at the very end of the clause the cue governs, which the parser hung on that clause's
    verb: "asked the council to suspend the reform, in a letter …" (set off by a comma), "said the
    port would reopen in an interview with CNN" (a venue only saying has)."""
    nouns = lexicon.words("venue_nouns.txt")
    saying = cue.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
    for clause in cue.children:
        # "called for talks with the government in a statement posted to …": the object of a cue's
        # preposition holds the venue the parser hung on its last noun
        called_for = clause.dep_ == "prep" and clause.lower_ in CUE_PREPOSITIONS_WITH_CONTENT
        if clause.i < cue.i or not (
            clause.dep_ == "xcomp" or ((clause.dep_ == "ccomp" or called_for) and saying)
        ):
            continue
        last = max((t.i for t in clause.subtree if not t.is_punct), default=clause.i)
        # the clause's own prepositions; for a reported clause, any that ends it ("want “that crap”
        # in an interview": the parser may hang it on the object)
        preps = clause.children if clause.dep_ == "xcomp" else clause.subtree
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "during", "on") or prep.i < clause.i:
                continue
            after = prep.doc[prep.right_edge.i + 1 : last + 1]
            if any(not _dates_it(t) for t in after):
                continue  # more of the clause after it (a date may follow: "… on Sunday")
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or _idiom(obj):
                continue
            if clause.dep_ == "xcomp" and prep.lower_ != "on" and prep.doc[prep.i - 1].text == ",":
                if obj.lower_ in nouns:
                    return prep
            elif (
                clause.dep_ == "xcomp"
                and prep.lower_ == "in"
                and obj.lower_ in SAYING_VENUES
                # "a televised address", not "his speech" (maybe the one urged's) nor "a speech ahead of …"
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)
                and len(venue_and_its_day(prep)) == len(list(prep.subtree))  # (not "a speech ahead of …")
                and not _an_inner_act_s(prep, cue)
                and not _a_house(obj, cue)
            ):
                return prep  # "urged the faithful to pray for peace in a televised address on Wednesday"
            elif (
                clause.dep_ in ("ccomp", "prep")
                and obj.lower_ in SAYING_VENUES
                and not _an_inner_act_s(prep, cue)
                and not _bare_singular(obj)
                and not _a_house(obj, cue)
            ):
                return prep
            elif (
                clause.dep_ == "ccomp"
                and obj.lower_ in SET_OFF_OCCASIONS
                and prep.doc[prep.i - 1].text == ","
            ):
                return prep  # "affirmed that …, during a meeting with the visiting minister"
            elif (
                clause.dep_ == "ccomp"
                and saying
                and prep.lower_ in ("at", "during")
                and obj.lower_ in GATHERINGS_SPOKEN_AT
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in obj.children)
                and _a_whole_predicate(clause, prep)
            ):
                return prep  # 'said the offer was “an insult” at a meeting on Wednesday'
    return None


# Gatherings where words are said, which a clause that only says what something is cannot host.
GATHERINGS_SPOKEN_AT = frozenset(
    {"meeting", "rally", "hearing", "conference", "briefing", "summit", "vigil", "ceremony", "debate"}
    | {"forum", "session", "gathering", "event", "launch", "panel", "symposium", "webinar", "reception"}
)
BE_WORDS = frozenset({"is", "was", "are", "were", "'s", "’s"})


def _a_whole_predicate(clause: Token, prep: Token) -> bool:
    """A reported clause that says what something is ("the offer was an insult", "the plan is
    unfair") and is whole before ``prep``, hung on the "be" or on what follows it: an act has a
    place of its own ("had agreed at a meeting in Geneva"); being an insult has none."""
    if clause.lower_ not in BE_WORDS:
        return False
    predicate = [c for c in clause.children if c.dep_ in ("attr", "acomp") and c.i > clause.i]
    if len(predicate) != 1 or predicate[0].tag_ == "VBN" or predicate[0].i > prep.i:
        return False  # not "the shop was closed at the meeting", not "the vote was at a meeting"
    if predicate[0].lower_ in lexicon.words("venue_nouns.txt"):
        return False  # "the highlight was a speech at the rally": the speech's place
    # a verdict, quoted or in a verdict's word ("an insult", "unfair"); not how things were there
    # ("the mood was tense at the rally", "he was not present at the meeting")
    words = list(predicate[0].subtree)
    quoted = any(t.is_quote for t in words) or (
        predicate[0].i > 0 and predicate[0].doc[predicate[0].left_edge.i - 1].is_quote
    )
    if not quoted and predicate[0].lower_ not in VERDICT_WORDS:
        return False
    return prep.head in (clause, predicate[0])


# What a speaker calls something, which has no place of its own: "was unfair at the hearing".
VERDICT_WORDS = frozenset(
    {"insult", "disgrace", "outrage", "betrayal", "scandal", "mistake", "lie", "lies", "travesty", "farce"}
    | {"unfair", "wrong", "false", "untrue", "unacceptable", "ridiculous", "absurd", "outrageous", "shameful"}
    | {"disgraceful", "appalling", "unjust", "illegal", "unlawful", "misleading", "baseless", "nonsense"}
)


def _a_house(noun: Token, cue: Token) -> bool:
    """ "had been arrested at an address in Tollbridge": an address where someone lives, hung on a
    verb of the reported clause that is no saying (a speech is "an address" given)."""
    verb = noun.head.head
    return (
        noun.lower_ == "address"
        and verb != cue
        and (any(c.dep_ == "auxpass" for c in verb.children) or verb.lower_ in FOUND_AT)
    )


# What happens at someone's address: "died at an address in …", "raided an address in …".
FOUND_AT = frozenset({"died", "lived", "stayed", "raided", "searched", "found", "arrested", "detained"})


def _bare_singular(noun: Token) -> bool:
    """ "his silence in interview": a singular noun with no determiner is no occasion of the saying
    ("in an interview", "in remarks to reporters" are)."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)


# Verbs of a reported clause that take a venue of their own: "said the president had made the
# remarks in a televised interview", "said the decision would be announced at a news conference".
INNER_ACTS = lexicon.CORE_CUE_LEMMAS | frozenset(
    {"make", "set", "raise", "speak", "appear", "announce", "lie", "explain", "deliver", "give", "present"}
    | {"repeat", "promise", "pledge", "unveil", "outline", "discuss", "address", "mention", "reveal"}
)
SPOKEN_THINGS = frozenset(
    {"remarks", "remark", "comments", "comment", "pledge", "promise", "position", "case", "claim", "claims"}
    | {"statement", "announcement", "speech", "point", "argument", "views", "plans", "plan", "issue"}
)


def _an_inner_act_s(prep: Token, cue: Token) -> bool:
    """The venue belongs to the reported clause's own act of speaking, not to the reporting."""
    verb = prep.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.head != cue:
        if verb.lower_ in SPOKEN_THINGS:
            return True  # "repeating a pledge she made in a speech"
        verb = verb.head
    if verb.head == cue and verb.pos_ not in ("VERB", "AUX"):
        return False  # "called for talks with the government in a statement": the cue's own object
    return verb.lemma_.lower() in INNER_ACTS or any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in SPOKEN_THINGS for c in verb.children
    )


def _dates_it(tok: Token) -> bool:
    """A word of a date phrase: "on Sunday", "last Thursday", "Monday"."""
    if tok.lower_ in ("on", "last", "this", "of", "'s", "’s") or tok.is_punct:
        return True
    return (
        _is_date_word(tok) or tok.lower_ in WEEKDAYS or tok.lower_ in ("morning", "evening", "night", "week")
    )


# Words before a paper's name: "in the weekly Talsin Review", "in the newspaper Kestrel Post".
PAPER_WORDS = frozenset({"weekly", "daily", "newspaper", "magazine"})
MEDIA = frozenset({"twitter", "facebook", "television", "tv", "radio", "website", "blog", "podcast", "show"})


def venue(
    cue: Token, base: int, exclude: frozenset[int], speaker: Span | None = None, *, borrowed: bool = False
) -> tuple[str, Span] | None:
    """The occasion or medium of a cue ("in a speech", "on state television"), stopping before the
    speaker when the parser hung the speaker inside it ("In a statement, her adviser, Jake Sullivan,
    said"). ``borrowed``: the venue of the verb another verb shares it with, where "on" is only a
    medium ("weighed in on the debate, saying …" is a topic)."""
    trailing = trailing_venue(cue)
    named = [c for c in cue.children if c.dep_ == "nsubj"]  # "said Grete Lindqvist at the launch"
    # "speaking at Friday prayers, Varek said"; "Ahani, delivering the sermon at Dolmar University, said"
    speaking = [c for c in cue.children if c.dep_ == "advcl" and _speaking_participle(c)]
    speaking += [c for s in named for c in s.children if c.dep_ == "acl" and _speaking_participle(c)]
    # "Writing on Facebook, the mayor of Sadek, Ivo Rem, said": the parser made the participle the subject
    speaking += [s for s in named if s.tag_ == "VBG" and s.i == s.left_edge.i and _speaking_lemma(s)]
    candidates = [*cue.children, *([trailing] if trailing is not None else [])]
    candidates += [c for p in speaking for c in p.children]
    # "Responding to a question at a news conference, …": the venue hung on what was responded to;
    # not where someone else spoke ("Responding to the president's comments on state television")
    candidates += [
        v
        for p in speaking
        for c in p.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj" and not _someone_else_s_words(o)
        for v in o.children
        if v.dep_ == "prep"
    ]
    candidates += [p for s in named for p in s.children if occasion_after_name(p)]
    # a venue by its noun first ("in a speech"), then a place or event after "at", then the medium
    # the speaker told it to
    found = (
        _venue_among(candidates, cue, base, exclude, speaker, borrowed, places=False)
        or _venue_among(candidates, cue, base, exclude, speaker, borrowed, places=True)
        or _medium_told(cue, base, exclude)
        or next(  # "Addressing a rally in Kesh, Marouf said": the occasion addressed
            (
                v
                for p in speaking
                if p.lower_ == "addressing" and (v := _told_to(p, base, exclude)) is not None
            ),
            None,
        )
        or _prayers_led(cue, named, base, exclude)
    )
    if found is None and borrowed:
        # "retracted the claim in a post on Facebook, writing …": for the verb that shares it, the
        # venue the parser hung on the first verb's object (a venue by its noun only)
        on_object = [p for o in cue.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
        # "said goodbye to Dunmore in an Instagram post, writing …": hung on the object of its preposition
        on_object += [
            p
            for c in cue.children
            if c.dep_ == "prep" and c.i > cue.i
            for o in c.children
            if o.dep_ == "pobj" and not _someone_else_s_words(o)
            for p in o.children
            if p.dep_ == "prep" and p.lower_ in ("in", "on", "at", "during")
        ]  # (not "are in response to a letter …, alleging": what was answered; not "apologised for her
        # remarks on television, saying …": where the remarks were made)
        found = _venue_among(on_object, cue, base, exclude, speaker, borrowed, places=False)
    return found


# Who was told, when that is a medium or an occasion: "told state television", "told a news conference".
TOLD_MEDIA = frozenset(
    {"television", "tv", "radio", "channel", "broadcaster", "newspaper", "daily", "weekly"}
    | {"station", "network", "agency", "magazine", "outlet", "website", "paper"}
    | {"podcast"}
    # and the occasions told: "told a news conference", "told a rally in Dravin"
    | {"briefing", "conference", "rally", "hearing", "meeting", "summit", "gathering", "forum", "congress"}
    | {"parliament", "senate", "assembly", "legislature"}  # "Addressing parliament on Tuesday, …"
    # "told the Commons" (red team 181; a committee stays an audience, as a person)
    | {"commons", "lords", "chamber", "dáil", "dail", "knesset", "bundestag", "duma", "senedd"}
    | {"court", "tribunal", "inquest", "inquiry"}  # "told the court", "told an inquest in Farrowby"
)
CHAMBERS = frozenset(
    {"commons", "lords", "house", "senate", "dáil", "dail", "knesset", "bundestag", "duma", "senedd"}
)
PROGRAMMES = frozenset({"programme", "program", "show", "podcast"})
BROADCAST_WORDS = frozenset(
    {"radio", "television", "tv", "news", "current", "affairs", "breakfast", "morning", "evening", "late"}
    | {"night", "weekly", "daily", "chat", "talk", "phone-in", "politics", "sports", "flagship", "same"}
)


def _a_named_programme(told: Token) -> bool:
    """ "told the Today programme", "told BBC Radio 4's Today programme": a programme by its name
    (not "told the apprenticeship programme", a scheme)."""
    if told.lower_ not in PROGRAMMES:
        return False
    modifiers = [c for c in told.children if c.dep_ in ("compound", "nmod", "poss", "amod")]
    # "the programme", "the radio programme", "the Today programme" (not "the apprenticeship
    # programme", "the flagship training programme": schemes)
    return all(c.text[:1].isupper() or c.lower_ in BROADCAST_WORDS for c in modifiers)


# "told Orbit TV", "told Nova Radio", "told Radio Ubuntu FM", "told Channel 8", "told Sky Sports"
TOLD_MEDIA_NAMED = frozenset({"TV", "Radio", "Television", "News", "Channel", "FM", "Sports", "Sport"})
TOLD_BODIES_NAMED = frozenset(
    {
        "Assembly",
        "Council",
        "Parliament",
        "Senate",
        "Congress",
        "Sabha",
        "Commons",
        "Lords",
        "Representatives",
    }
)


def _the_paper(words: list[Token]) -> bool:
    """ "told the Gazette", "told the Courier": a paper by the one word of its name after "the"."""
    return (
        len(words) == 2
        and words[0].lower_ == "the"
        and words[1].text[:1].isupper()
        and words[1].lower_ in lexicon.words("outlet_words.txt")
    )


def _medium_told(cue: Token, base: int, exclude: frozenset[int]) -> tuple[str, Span] | None:
    """ "Bazzi told state television that …", "told Kestovia Today", "told Orbit TV": the medium
    the statement was given to. People and bodies told ("told reporters", "told the council") are
    an audience, not a venue."""
    if cue.lower_ not in ("told", "tells", "tell", "telling"):
        return None
    return _told_to(cue, base, exclude)


def _told_to(cue: Token, base: int, exclude: frozenset[int]) -> tuple[str, Span] | None:
    """The medium or occasion a verb of telling or addressing has for its object, if any."""
    doc = cue.doc
    for told in cue.children:
        if told.dep_ not in ("dative", "dobj") or told.i < cue.i or told.i in exclude:
            continue
        clauses = {
            t.i
            for c in told.children
            if c.dep_ in ("relcl", "acl", "prep") and not _of_the_occasion(told, c)
            for t in c.subtree
        }
        words = [t for t in told.subtree if t.i not in clauses and not t.is_punct]
        if not words:
            continue
        after = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
        if after is not None and after.head == cue and after.pos_ == "PROPN" and is_outlet([*words, after]):
            words.append(after)  # "told Kestovia Today": the parser took the outlet's last word for a date
        elif after is not None and after.is_digit and words[-1].text in TOLD_MEDIA_NAMED:
            words.append(after)  # "told Channel 9 viewers": the parser gave the number to the viewers
        names = [t for t in words if t.pos_ == "PROPN"]
        medium = (
            (told.pos_ == "NOUN" and told.lower_ in TOLD_MEDIA)
            or _a_named_programme(told)
            or (
                told.pos_ == "PROPN"
                and (
                    words[-1].text in TOLD_MEDIA_NAMED
                    or words[0].text in TOLD_MEDIA_NAMED
                    or (words[-1].text in ("Agency", "Service") and any(w.text == "News" for w in names))
                    or is_outlet(names)
                    or _the_paper(words)
                    # "told the Security Council", "told the National Assembly", as "told parliament"
                    or (len(names) >= 2 and words[-1].text in TOLD_BODIES_NAMED)
                    # "the House of Delegates" (not "told Labour Councillors", "told Alicia Keys")
                    or (
                        len(words) >= 3
                        and words[-1].text in ("Delegates", "Keys", "Councillors")
                        and words[-2].lower_ == "of"
                        and words[-3].text == "House"
                    )
                    # "told the Commons", "told the House on Tuesday": a chamber by its one name
                    or (len(names) == 1 and told.lower_ in CHAMBERS and words[0].lower_ == "the")
                )  # "told the Tessar News Agency"; not "told Fox News host Sean Hannity", a person
            )
        )
        span = token_span(words, base) if medium else None
        if span is not None:
            return whole_text(doc)[span.start - base : span.end - base], span
    return None


OCCASIONS_OF = frozenset({"meeting", "session", "conference", "summit", "gathering", "congress"})


def _of_the_occasion(told: Token, prep: Token) -> bool:
    """ "told a meeting of the Security Council": the "of" names the occasion; without it, "a
    meeting" says nothing."""
    # and "the House of Commons", "the House of Representatives": a chamber's whole name
    return (told.lower_ in OCCASIONS_OF or (told.text == "House" and prep.text == "of")) and (
        prep.lower_ == "of" and prep.i == told.i + 1
    )


def _someone_else_s_words(obj: Token) -> bool:
    """ "the president's comments", "his speech", "remarks by the minister": words answered, whose
    venue is their speaker's."""
    words = _words_said()
    return obj.lower_ in words or obj.lower_.removesuffix("s") in words


@cache
def _words_said() -> frozenset[str]:
    return lexicon.words("venue_nouns.txt") | lexicon.words("statement_nouns.txt") | {"comments", "remarks"}


def _venue_among(
    candidates: list[Token],
    cue: Token,
    base: int,
    exclude: frozenset[int],
    speaker: Span | None,
    borrowed: bool,
    *,
    places: bool,
) -> tuple[str, Span] | None:
    nouns = lexicon.words("venue_nouns.txt")
    for child in candidates:
        # "Speaking outside the High Court in Dunmore, Ms Vale said": where the speaking was
        outside = (
            child.lower_ == "outside"
            and places
            and (
                child.head.lower_ in ("speaking", "talking")
                or (child.head == cue and _outside_a_building(child))
            )
        )  # "said outside the Crown Court that …" too
        # "said by phone", "told the Ledger by telephone": how the words came
        by_wire = child.lower_ == "by" and child.head == cue and _by_wire(child)
        # "took to Instagram, writing: …": the platform taken to
        took_to = (
            borrowed
            and child.lower_ == "to"
            and child.head.lower_ in ("took", "takes", "take", "taking")
            and any(
                o.dep_ == "pobj"
                and ((o.lower_ in nouns and o.lower_ not in ("air", "stage")) or o.text == "X")
                # with an object, a platform only: "took her complaint to X", not "took the train
                # to the conference"
                and (
                    o.text == "X"
                    or o.lower_ in ON_AIR  # (a platform, not "took her fight to Parliament")
                    or not any(c.dep_ == "dobj" for c in child.head.children)
                )
                for o in child.children
            )
        )
        if child.dep_ != "prep" or (child.lower_ not in VENUE_PREPOSITIONS and not outside and not by_wire):
            continue
        if child.i in exclude:
            continue
        objects = [t for t in child.children if t.dep_ == "pobj"]
        if not objects:
            continue
        obj = objects[0]
        owners = {c.i for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"}
        # the words before the noun, not its named owner's ("on Facebook's claims" is no platform)
        compound = {t.lower_ for t in obj.subtree if t.i < obj.i and t.i not in owners}
        if _idiom(obj):
            continue
        if borrowed and child.lower_ == "on" and not ({obj.lower_} | compound) & MEDIA:
            continue
        where = outside or (
            places
            and child.lower_ == "at"
            and _a_place_or_occasion(obj)
            and (child.head.i != cue.i or _an_event_or_place(obj))
        )
        medium = compound & (
            nouns | {"friday", "press", "written", "earnings"} | PAPER_WORDS
        )  # "a memorial service", "state television", "a press release", "a written reply"
        if obj.lower_ == "release" and "news" in compound:
            medium = {"news"}  # "in a news release", as "a press release"
        if child.head.lower_ in ("posting", "tweeting") and not on_a_named_platform(child, obj, cue):
            continue  # "tweeting at him", "posting photos … at a party": only the platform says where
        if medium and not _a_place_or_occasion(obj):
            medium = set()  # "On Friday night" is a time
        # "on a call with analysts", "during a conference call"; "on X" (the platform)
        called = child.lower_ in ("on", "during", "in") and (
            obj.lower_ == "call" or (obj.text == "X" and child.lower_ == "on")
        )
        called = called or on_a_named_platform(child, obj, cue)
        # "Speaking on Sky Sports, …": a broadcaster by its name
        called = called or (
            child.lower_ == "on"
            and obj.pos_ == "PROPN"
            and (child.head == cue or _speaking_participle(child.head))
            and _a_medium_s_name(obj)
        )
        to_a_medium = child.lower_ == "to" and _to_a_medium(child, obj)
        # "Writing in the Tarnbury Courier, X said": the paper written in
        written_in = child.lower_ == "in" and (
            (child.head.lower_ == "writing" and (_to_a_medium(child, obj) or _a_journal(obj)))
            # "In Tuesday's Tarnbury Courier, the columnist Ravi Mendes wrote that …"
            or (
                child.head == cue
                and cue.lemma_.lower() == "write"
                and obj.pos_ == "PROPN"
                and is_outlet([t for t in obj.subtree if t.pos_ == "PROPN"])
            )
        )
        spoken_to = to_a_medium and obj.pos_ == "PROPN"  # "Speaking to The Coastline Star"
        # "said in court", "told reporters in open court": the cue's own; not "sued him in court"
        in_court = child.lower_ == "in" and obj.lower_ == "court" and child.head == cue and not borrowed
        # "wrote on social media that …": the platforms, unnamed
        social = (
            child.lower_ == "on" and obj.lower_ == "media" and any(c.lower_ == "social" for c in obj.children)
        )
        if (
            where
            or obj.lower_ in nouns
            or medium
            or called
            or spoken_to
            or written_in
            or in_court
            or social
            or by_wire
            or took_to
        ):
            if child.lower_ == "to" and obj.lower_ not in ("letter",) and not to_a_medium and not took_to:
                continue
            if child.lower_ == "to" and child.head.lower_ == "according":
                continue  # "According to a letter, …": the source, and the cue's own "to"
            clause = {  # "a letter that Horizon One has seen": out; "remarks broadcast by state television": in
                t.i
                for c in obj.children
                if (c.dep_ in ("relcl", "ccomp", "acl") and not _describes_venue(c))
                or (c.dep_ == "prep" and c.lower_ == "as")  # "described it during an interview as “…”"
                for t in c.subtree
            }
            clause |= {  # "in a statement posted online that …": the clause the parser hung on the participle
                t.i
                for c in obj.children
                if c.dep_ == "acl"
                for r in c.children
                if r.dep_ == "ccomp"
                for t in r.subtree
            }
            clause |= {  # "in a letter addressed to the opposition that …": what was said, deeper down
                t.i
                for c in obj.subtree
                if c.i > obj.i
                and c.dep_ in ("ccomp", "acl", "relcl", "advcl")
                and c.left_edge.lower_ == "that"
                and c.left_edge.dep_ == "mark"
                for t in c.subtree
            }
            words = _before_date([t for t in child.subtree if t.i not in clause], obj)
            if social:
                words = [t for t in words if t.i <= obj.i]  # not "… and in interviews that …"
            while len(words) > 1 and (
                words[-1].pos_ in ("ADP", "CCONJ", "PUNCT")
                or (
                    words[-1].dep_ == "acl"
                    and (words[-1].head == obj or words[-1].right_edge.i > words[-1].i)
                )
                or words[-1].lower_ in ("late", "early", "earlier", "later")  # "released late on Wednesday"
            ):
                words.pop()  # "in his remarks on Tuesday night", "a letter dated Oct. 28": the date's words go
            if len(words) > 2 and words[-1].lower_ == "broadcast" and words[-2].lower_ in nouns:
                words.pop()  # "in a sermon broadcast live on state radio": the parser's noun is a participle
            words += _addressed_to(words, obj, exclude)
            if speaker is not None and base + child.idx < speaker.start:
                words = [t for t in words if base + t.idx < speaker.start]
                while words and words[-1].is_punct:
                    words.pop()
            span = token_span(words, base)
            if span is not None:
                doc_text = whole_text(cue.doc)
                end = base + closing_mark_end(doc_text, span.start - base, span.end - base)
                return doc_text[span.start - base : end - base], Span(span.start, end)
    return None


# Things written or said to someone, whose addressee the parser may hang on the verb instead.
ADDRESSED_NOUNS = frozenset({"note", "letter", "memo", "email", "e-mail", "message", "speech", "address"})


def _addressed_to(words: list[Token], obj: Token, exclude: frozenset[int]) -> list[Token]:
    """ "said in a note to clients that …": the parser made "to clients" the verb's; it says whom
    the note was for, so the venue keeps it."""
    if not words or words[-1].i != obj.i or obj.lower_ not in ADDRESSED_NOUNS or obj.i + 2 >= len(obj.doc):
        return []
    to = obj.doc[obj.i + 1]
    if to.lower_ != "to" or to.dep_ != "prep" or to.head != obj.head.head or to.i in exclude:
        return []
    addressee = list(to.subtree)
    if len(addressee) < 2 or any(t.i in exclude or t.dep_ in ("ccomp", "relcl", "acl") for t in addressee):
        return []
    return addressee


SPEAKING_VERBS = frozenset({"speak", "talk", "address", "write", "testify", "appear"})
# The same by form, for verbs the extractor does not lemmatize: "Responding to a question at a news
# conference, …", "delivering the sermon at Dolmar University, …".
SPEAKING_FORMS = frozenset(
    {"responding", "replying", "answering", "delivering", "commenting", "briefing", "posting", "tweeting"}
)


# Verbs whose "on <Name>" is where the words were put: "wrote on Chirp", "posted on Facelink".
POSTING_LEMMAS = frozenset({"write", "post", "say", "announce", "declare", "share", "tweet"})


def _by_wire(prep: Token) -> bool:
    """ "by phone", "by telephone", "by email": a bare noun of a line the words came down."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        len(objects) == 1
        and objects[0].lower_ in BY_WIRE
        and not any(c.dep_ in ("det", "poss") for c in objects[0].children)
    )


def on_a_named_platform(prep: Token, obj: Token, cue: Token) -> bool:
    """ "wrote on Chirp: …", "posted on Facelink that …", "on her Instapic account": a name after
    "on" for a verb of writing or saying is the platform, unless it is a date ("on Monday", "on
    Election Day") or owns what follows ("on Varek's behalf")."""
    if prep.lower_ != "on":
        return False
    posting = prep.head.lower_ in ("posting", "writing", "tweeting") and _speaking_participle(prep.head)
    if not posting and (prep.head != cue or cue.lemma_.lower() not in POSTING_LEMMAS):
        return False  # "Posting on Facebook, X said": the participle's platform is the cue's
    if obj.lower_ in ("account", "feed", "channel") and any(
        c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in obj.children
    ):
        return True  # "wrote on her Instapic account"
    named = obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and obj.text[:1].isupper() and not obj.is_sent_start)
    if not named or obj.ent_type_ in ("DATE", "TIME", "EVENT") or _is_date_word(obj):
        return False  # (the tagger may read "LinkedIn" as a common noun)
    return not any(
        c.dep_ in ("case", "prep", "relcl", "acl") and not _a_date_phrase(c) for c in obj.children
    )  # but "Posting on LinkedIn on Monday"


def _a_date_phrase(prep: Token) -> bool:
    """ "on Monday", "on 3 March": a preposition whose object is a date."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and (_is_date_word(c) or c.lower_ in WEEKDAYS) for c in prep.children
    )


def _to_a_medium(prep: Token, obj: Token) -> bool:
    """ "speaking to the London-based Manoto Vision satellite channel", "Speaking to Dawn Today": a
    medium spoken to, by its noun or by its name."""
    if not _speaking_participle(prep.head):
        return False
    if obj.lower_ in TOLD_MEDIA or _a_named_programme(obj):
        return True
    if obj.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in TOLD_MEDIA for c in obj.children
    ):
        return True  # "Speaking to the state broadcaster ZTV", "writing in the weekly Talsin Review"
    if (
        prep.head.lower_ in ("speaking", "talking")
        and obj.pos_ == "PROPN"
        and obj.ent_type_ in ("ORG", "")
        and obj.tag_ != "NNPS"  # (not "the Hendersons")
        and obj.lower_ not in lexicon.titles()
        # "the Dalai Lama", "the Princess Royal", "the Duke of Kent" (not "the Queen Elizabeth
        # Hospital", "the Royal Society": the name's head is no title)
        and obj.lower_ not in HOLY_AND_ROYAL
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    ):
        return True  # "Speaking to the BBC", "to the Local Democracy Reporting Service": a body by name
    return obj.pos_ == "PROPN" and _a_medium_s_name(obj)


def _a_journal(obj: Token) -> bool:
    """ "writing in the BMJ", "writing in the Lancet": a name after "the", written in."""
    return (
        obj.pos_ == "PROPN"
        and obj.ent_type_ not in ("GPE", "FAC")  # (not "writing in the Netherlands")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    )


def _a_medium_s_name(obj: Token) -> bool:
    """ "the Tarnbury Courier", "Sky Sports", "Radio Ubuntu FM": a name an outlet goes by."""
    names = [t for t in obj.subtree if t.pos_ == "PROPN"]
    return is_outlet(names) or any(t.text in TOLD_MEDIA_NAMED for t in names)


def _describes_venue(clause: Token) -> bool:
    """ "remarks broadcast by state television", "a statement released by the campaign": a past
    participle right after the venue's noun, with no subject, "that" or comma of its own."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.left_edge.i != clause.i:
        return False
    before = clause.doc[clause.i - 1]
    return not before.is_punct and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)


LEADING_FORMS = frozenset({"leading", "delivering", "giving"})
LED_OCCASIONS = frozenset({"prayers", "prayer", "sermon", "khutba", "khutbah", "service", "mass", "address"})


def _prayers_led(
    cue: Token, named: list[Token], base: int, exclude: frozenset[int]
) -> tuple[str, Span] | None:
    """ "Leading Friday prayers in the capital last week, Ayatollah Kashani said …", "Kashani,
    leading prayers at the Imam Reza mosque, told worshippers …": the prayers or the sermon led
    (the parser makes "leading" the noun's modifier, or a participle with the noun its object)."""
    participles = [c for c in cue.children if c.dep_ == "advcl" and c.lower_ in LEADING_FORMS]
    nouns = [o for p in participles for o in p.children if o.dep_ == "dobj"]
    nouns += [c for c in cue.children if c.dep_ in ("npadvmod", "advcl") and c.i < cue.i]
    nouns += [c for s in named for c in s.children if c.dep_ == "appos"]
    for noun in nouns:
        if noun.lower_ not in LED_OCCASIONS or noun.i in exclude:
            continue
        led = [c for c in noun.children if c.lower_ in LEADING_FORMS and c.dep_ in ("amod", "acl")]
        if not led and noun.head.lower_ not in LEADING_FORMS:
            continue
        words = [t for t in noun.subtree if not t.is_punct and t not in led]
        words = _before_date(words, noun)
        while words and (words[-1].lower_ in ("last", "this") or words[-1].pos_ == "ADP"):
            words.pop()  # "in the capital last | week": the date's first word
        span = token_span(words, base)
        if span is not None:
            return whole_text(cue.doc)[span.start - base : span.end - base], span
    return None


def _speaking_participle(tok: Token) -> bool:
    """ "speaking at Friday prayers", "Writing in the Observer", "Asked about it at a news
    conference": a set-off participle of speaking (or of being asked, before the answer) that says
    where the cue's words were said."""
    if (
        tok.dep_ in ("advcl", "acl")
        and tok.tag_ == "VBN"
        and tok.lower_ in ("asked", "questioned", "pressed")
    ):
        return tok.i < tok.head.i  # "Asked about the findings at a press conference, Strand said"
    return tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG" and _speaking_lemma(tok)


def _speaking_lemma(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEAKING_VERBS or tok.lower_ in SPEAKING_FORMS


def _an_event_or_place(obj: Token) -> bool:
    """ "said at the World Economic Forum", "at a party congress in Bergau": a named event, body or
    place, or a gathering ("hinted at a deal" is what was hinted)."""
    if obj.lower_ in ("congress", "conference", "convention"):
        return True
    described = any(c.dep_ in ("det", "compound", "amod", "poss") for c in obj.children)
    return obj.ent_type_ in ("EVENT", "FAC", "ORG", "GPE", "LOC") and described  # not "at Sanders"


def _a_place_or_occasion(obj: Token) -> bool:
    """What "speaking at …" may name: not a time ("at the time", "at 3 p.m.", "at length")."""
    return not (
        _is_date_word(obj)
        or obj.ent_type_ == "TIME"
        or obj.lower_ in ("time", "length", "point", "moment", "end", "start", "outset", "times")
        or obj.lower_ in ("close", "conclusion", "beginning", "height")  # "at the close of …"
        or obj.lower_ in ("night", "morning", "evening", "afternoon", "weekend")
    )


def _before_date(tokens: list[Token], obj: Token) -> list[Token]:
    """A venue's words up to a date phrase after its noun: ``in a speech on Friday`` is ``in a speech``
    (the date is ``said_on``'s); ``at Monday's debate`` stays whole."""
    kept: list[Token] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        dated = tok.i > obj.i and (_is_date_word(tok) or (tok.lower_ in WEEKDAYS and not _in_name(tok)))
        preposition = tok.dep_ == "prep" and any(
            _is_date_word(c) or c.lower_ in WEEKDAYS for c in tok.children if c.dep_ == "pobj"
        )
        if kept and (dated or preposition):
            break
        kept.append(tok)
    return kept


def targets(doc: Doc, base: int, content: tuple[Span, ...]) -> tuple[Target, ...]:
    if not content:
        return ()
    entities = _entities(doc, base)
    lo = bisect.bisect_left(entities, (content[0].start,))
    hi = bisect.bisect_right(entities, (content[-1].end,))
    out = []
    for start, end, text, label in entities[lo:hi]:
        span = Span(start, end)
        if any(piece.contains(span) for piece in content):
            out.append(Target(text=text, span=span, label=label))
    return tuple(out)


# Feasts and seasons of the calendar, named like people: targets that are events.
FEASTS_AND_SEASONS = frozenset(
    {"ramadan", "ramzan", "eid", "christmas", "easter", "diwali", "hajj", "passover", "hanukkah", "lent"}
    | {
        "ashura",
        "nowruz",
        "navruz",
        "muharram",
        "pentecost",
        "yom",
        "kippur",
        "holi",
        "vesak",
        "thanksgiving",
    }
)


# Honorifics only a person bears (not "Miss", of "Miss Universe").
PERSONAL_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame"})


def _entities(doc: Doc, base: int) -> list[tuple[int, int, str, str]]:
    """The document's entities that can be targets, as (start, end, text, label) in article offsets,
    sorted; read once per document (``Doc.ents`` builds them anew at every call)."""
    key = f"targets@{base}"
    found: list[tuple[int, int, str, str]] | None = doc.user_data.get(key)
    if found is None:
        found = []
        ents = list(doc.ents)
        for k, ent in enumerate(ents):
            label = TARGET_LABELS.get(ent.label_)
            if label is None:
                continue
            if ent[-1].lower_ in FEASTS_AND_SEASONS:
                label = "event"  # "after Ramadan", "before Easter": the light recogniser's person
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if len(ent) == 1 and ent[0].lower_.rstrip(".") in PERSONAL_HONORIFICS:
                if nxt is not None and nxt.start == ent.end:
                    continue  # "Mr | Petty": the honorific joins the name after it (below)
            honoured = ent.start > 0 and (
                ent[0].lower_.rstrip(".") in PERSONAL_HONORIFICS
                or doc[ent.start - 1].lower_.rstrip(".") in PERSONAL_HONORIFICS
            )
            if honoured and label != "person":
                label = "person"  # "Ms Pryce", "Mr | Petty": an honorific names a person
            elif label == "person" and lexicon.named_as_an_organisation([t.text for t in ent]):
                label = "organization"  # "Greyling Homes", "Brayford Capital"
            start, end = base + ent.start_char, base + ent.end_char
            text = ent.text
            if text.lower().startswith("the "):  # a leading "the" the model kept in a name
                start += 4
                text = text[4:]
            found.append((start, end, text, label))
        found.sort()
        doc.user_data[key] = found
    return found
