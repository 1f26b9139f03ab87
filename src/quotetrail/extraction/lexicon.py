"""Word lists the extractor relies on, read once from ``quotetrail/resources``.

Each resource file is one item a line; ``#`` starts a comment. The cue table
``cue_lemmas.tsv`` is learned from PolNeAR's train split by
``scripts/build_cue_lexicon.py``; the other lists were written for quotetrail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

from quotetrail.nlp import known_word

# Reporting verbs that always cue a statement when they govern a subject, whatever the table says.
CORE_CUE_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "note",
        "write",
        "report",
        "warn",
        "argue",
        "claim",
        "insist",
        "accuse",
        "call",
        "urge",
        "declare",
        "state",
        "explain",
        "tweet",
        "announce",
        "ask",
        "reply",
        "respond",
        "admit",
        "acknowledge",
        "suggest",
        "describe",
        "confirm",
        "deny",
        "predict",
        "promise",
        "vow",
        "pledge",
        "recall",
        "concede",
        "complain",
        "stress",
        "emphasize",
        "emphasise",
        "contend",
        "maintain",
        "allege",
        "assert",
        "remark",
        "observe",
        "comment",
        "caution",
        "threaten",
        "demand",
        "charge",
        "proclaim",
        "affirm",
        "reiterate",
        "repeat",
        "testify",
        "disclose",
        "reveal",
        "estimate",
        "conclude",
        "question",
        "counter",
        "retort",
        "boast",
        "joke",
        "quip",
        "muse",
        "lament",
        "concur",
        "agree",
        "propose",
        "recommend",
        "order",
        "instruct",
        "advise",
        "inform",
        "assure",
        "promise",
        "post",
        "write",
        # rarer in PolNeAR's American news than in wire and translated state-media English:
        # "Rahbari underlined that …", "the decree stipulates that …"
        "underline",
        "stipulate",
        "opine",
        "aver",
        "posit",
        "apprise",
        "deplore",
        "refute",
        "criticise",
        "confess",
        "attest",
        "divulge",
    ]
)

# Verbs PolNeAR's American political news hardly has, so the cue model never learned them, that
# report a claim when a clause follows: "Jane Holt reckons prices will fall", "ABARES forecast on
# Tuesday that crop output would fall" (red teams 172, 175).
UNLEARNED_CUE_LEMMAS = frozenset({"reckon", "forecast"})

# Cue lemmas that need a clausal complement (or a quote) to count: "believe that …", not "believe him".
COMPLEMENT_CUE_LEMMAS = frozenset(
    [
        "think",
        "believe",
        "know",
        "hope",
        "fear",
        "worry",
        "expect",
        "doubt",
        "feel",
        "want",
        "wish",
        "plan",
        "intend",
        "decide",
        "insist",
        "acknowledge",
        "suggest",
        "show",
        "find",
        "indicate",
        "mean",
        "signal",
        "imply",
        "hint",
        "learn",
        "hear",
        "see",
        "understand",
        "recognize",
        "realize",
        "remember",
        "forget",
        "agree",
        "disagree",
        "predict",
        "estimate",
        "guess",
        "assume",
        "suspect",
        "worry",
        # too rare in PolNeAR to be learned: a barrister "submitted that …", an economist "forecast that …"
        "submit",
        "forecast",
    ]
)

MIN_LEARNED_CUE_RATE = 0.35
MIN_LEARNED_CUE_COUNT = 4


def _lines(name: str) -> list[str]:
    text = resources.files("quotetrail.resources").joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if not line.startswith("#") else ""
        if line:
            out.append(line)
    return out


@cache
def words(name: str) -> frozenset[str]:
    """A resource word list as a set of lower-cased items."""
    return frozenset(line.lower() for line in _lines(name))


@cache
def organisation_words() -> frozenset[str]:
    """Words that make a name an organisation's: its last word ("Institute") or its noun ("ministry")."""
    return words("org_name_ends.txt") | words("org_nouns.txt")


# Prepositions that, capitalised inside a sentence, are part of a name: "Doctors Without Walls",
# "Action Against Famine", "Women For Peace".
NAME_PREPOSITIONS = frozenset({"without", "against", "for", "beyond", "across"})


def named_as_an_organisation(name: list[str]) -> bool:
    """ "Harwick Capital", "Kellmouth Transit", "Dunmore Athletic": two capitalised words or more
    ending in a word organisations' names end in (resources/org_name_ends.txt), not opening with a
    given name ("Miriam Bank" is a person) unless the last word is a plural no one bears ("Halvard
    Foods"); or three capitalised words with a preposition between ("Doctors Without Walls",
    "Action Against Famine"), as no person's name has."""
    if len(name) == 3 and name[1].lower() in NAME_PREPOSITIONS and all(w[:1].isupper() for w in name):
        return not name[0].lower().endswith("ing")  # not a headline's "Railing Against Trump"
    if len(name) == 2 and name[0] == "Police" and name[1][:1].isupper():
        # "Police Scotland" (not "Police Constable Jones", "Police Chief Ruiz": a title and a name)
        return name[1].lower() not in titles() and name[1].lower() not in given_names()
    return (
        len(name) >= 2
        and name[0][:1].isupper()
        and name[-1][:1].isupper()
        and name[-1].lower() in words("org_name_ends.txt")
        and (
            name[0].lower() not in given_names()
            or (name[-1].lower().endswith("s") and not name[-1].lower().endswith("ss"))  # not "Glass"
            or name[-1].lower() in words("firm_ends.txt")
        )
    )


@cache
def given_names() -> frozenset[str]:
    """resources/given_names.txt: "f Abigail" a line; the names, lower-cased (not those of either sex,
    "u Dana": also places, firms and words, "Shannon Airport", "Avery Dennison")."""
    return frozenset(line.split()[-1] for line in words("given_names.txt") if not line.startswith("u "))


@cache
def label_given_names() -> frozenset[str]:
    """The given names, those of either sex too: a transcript's label "Dana Varek:" is a person's."""
    return frozenset(line.split()[-1] for line in words("given_names.txt"))


STORM_TITLES = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone"})
STORM_KINDS = frozenset(
    {("Tropical", "Storm"), ("Tropical", "Cyclone"), ("Tropical", "Depression"), ("Winter", "Storm")}
    | {("Super", "Typhoon"), ("Severe", "Cyclone")}
)


# Words of weather news: where a storm's name need not be a given name ("Storm Babet").
WEATHER_WORDS = re.compile(
    r"\b(?:winds?|gusts?|rain(?:fall)?|flood(?:s|ing|ed)?|gales?|forecasters?|meteorolog\w*|Met (?:Office|Éireann)"
    r"|mph|km/h|landfall|snow(?:fall)?|(?:red|amber|yellow|weather) warnings?)\b",
    re.IGNORECASE,
)


def storm_name(words: Sequence[str], weather: bool = False) -> bool:
    """ "Storm Agnes", "Hurricane Delia", "Tropical Storm Ana", "Ex-Hurricane Kirk": a storm by its
    name, which says nothing and is no one's antecedent. Its title and one name only: a given name
    after "Storm", or in ``weather`` news a word that is no English word ("Storm Babet"; not "Storm
    Reid", an actress, nor "Storm Large"); after another title a given name or a word that names no
    firm (not "Typhoon Energy", "Hurricane Relief Fund")."""
    words = list(words)
    if words and words[0].startswith("Ex-"):
        words[0] = words[0][3:]  # "Ex-Hurricane Kirk"
    if len(words) == 3 and (words[0], words[1]) in STORM_KINDS:
        words = ["Storm" if words[1] == "Depression" else words[1], words[2]]
    if len(words) != 2 or words[0] not in STORM_TITLES or not words[1][:1].isupper():
        return False
    name = words[1].lower()
    if name in given_names():
        return True
    if not name.isalpha():
        return False
    if words[0] == "Storm":
        # "Storm Babet threatened a month's rain": in weather news, a name that is no English word
        return weather and not known_word(name)
    # "Hurricane Sandy", "Typhoon Haiyan"; not "Typhoon Energy", "Hurricane Season"
    return not known_word(name) or (name not in organisation_words() and name not in NOT_STORM_NAMES)


# What follows a storm's title and names no storm: "Hurricane Season", "Hurricane Hunters".
NOT_STORM_NAMES = frozenset(
    {"season", "warning", "watch", "deck", "power", "relief", "hunters", "force", "alley", "strength", "lamp"}
)


@lru_cache(maxsize=1)
def learned_cues() -> dict[str, tuple[float, float]]:
    """lemma -> (cue rate without a clausal complement, cue rate with one), for verbs seen as cues."""
    table: dict[str, tuple[float, float]] = {}
    try:
        rows = _lines("cue_lemmas.tsv")
    except FileNotFoundError:  # pragma: no cover - the table ships with the package
        return table
    for row in rows:
        parts = row.split("\t")
        if len(parts) != 6:
            continue
        lemma, pos, n0, c0, n1, c1 = parts[0], parts[1], *map(int, parts[2:])
        if pos not in ("VERB", "AUX", "NOUN", "ADJ"):
            continue
        plain = c0 / n0 if n0 >= MIN_LEARNED_CUE_COUNT else 0.0
        with_comp = c1 / n1 if n1 >= MIN_LEARNED_CUE_COUNT else 0.0
        if pos != "VERB":
            lemma = f"{lemma}/{pos}"
        old = table.get(lemma, (0.0, 0.0))
        table[lemma] = (max(old[0], plain), max(old[1], with_comp))
    return table


MIN_QUOTE_CUE_RATE = 0.08
assert MIN_QUOTE_CUE_RATE <= MIN_LEARNED_CUE_RATE  # find_cues drops words failing the looser test first


def cue_rate(lemma: str, *, has_complement: bool) -> float:
    """How often this word reports speech or thought (1.0 for the core reporting verbs)."""
    if lemma in CORE_CUE_LEMMAS:
        return 1.0
    if has_complement and lemma in COMPLEMENT_CUE_LEMMAS:
        return 1.0
    plain, with_comp = learned_cues().get(lemma, (0.0, 0.0))
    return with_comp if has_complement else plain


def is_cue_lemma(lemma: str, *, has_complement: bool) -> bool:
    """Whether a verb with this lemma reports speech or thought on its own."""
    return cue_rate(lemma, has_complement=has_complement) >= MIN_LEARNED_CUE_RATE


def can_introduce_quote(lemma: str) -> bool:
    """Looser: a verb right next to a quotation can attribute it ("Varek continued: …")."""
    return (
        max(cue_rate(lemma, has_complement=False), cue_rate(lemma, has_complement=True)) >= MIN_QUOTE_CUE_RATE
    )


# Adverbs that open a sentence with no comma before its subject, and are no part of a name after
# them: "Afterwards Velani told reporters", "Earlier Bahrami said".
# Marks that open a quotation, as the tokenizer splits them.
OPENING_MARKS = frozenset({"“", '"', "‘", "'", "«", "``", "„"})

OPENING_ADVERBS = frozenset(
    {"afterwards", "afterward", "earlier", "later", "then", "meanwhile", "separately", "subsequently"}
    | {"previously", "now", "today", "yesterday", "tonight", "still", "however", "instead", "also"}
)


def titles() -> frozenset[str]:
    return words("titles.txt")


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
DAYS_AND_MONTHS = frozenset(WEEKDAYS + MONTHS)


HONORIFICS = frozenset(
    {"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "prof.", "sir", "dame"}
) | frozenset(
    # South Asia, Africa, the Gulf: "Smt. Kavitha Ramaswamy", "Alhaji Musa Bello", "H.E. Viktor Draganov"
    {"hon.", "hon", "hon'ble", "rt.", "smt.", "smt", "shrimati", "shri", "sri", "janab", "alhaji", "alhaja"}
    | {"alhaj", "hajia", "h.e.", "h.h."}
)
MALE_HONORIFICS = frozenset(
    {"mr.", "mr", "sir", "lord", "king", "prince", "shri", "sri", "janab", "alhaji", "alhaj"}
)
FEMALE_HONORIFICS = frozenset(
    {
        "mrs.",
        "mrs",
        "ms.",
        "ms",
        "miss",
        "dame",
        "lady",
        "queen",
        "princess",
        "smt.",
        "smt",
        "shrimati",
        "alhaja",
        "hajia",
    }
)


IRREGULAR_FORMS = {
    "say": "said says saying",
    "tell": "told tells telling",
    "write": "wrote written writes writing",
    "think": "thought thinks thinking",
    "know": "knew known knows",
    "see": "saw seen sees",
    "hear": "heard hears",
    "feel": "felt feels",
    "find": "found finds",
    "mean": "meant means",
    "speak": "spoke spoken speaks",
    "take": "took taken",
    "give": "gave given",
    "make": "made makes",
    "hold": "held holds",
    "bring": "brought",
    "teach": "taught",
    "seek": "sought",
    "lead": "led",
    "understand": "understood",
    "forget": "forgot forgotten",
    "show": "shown shows showed",
    "read": "reads reading",
    "tweet": "tweeted tweets",
    "admit": "admitted admits",
    "plan": "planned plans",
}
CUE_WORD = re.compile(r"[a-z]+")


# A final consonant after a single vowel may double before -ed/-ing ("slam", "quip", "refer",
# "rebut"); spelling forms that do not exist is harmless, the forms only decide what gets parsed.
DOUBLES_LAST_LETTER = re.compile(r"(?:^|[^aeiou]|qu)[aeiou][bdgklmnprt]$")


@lru_cache(maxsize=2)
def cue_forms(min_rate: float = MIN_LEARNED_CUE_RATE) -> frozenset[str]:
    """Surface forms of every word that can cue a statement at this rate (paragraphs worth parsing,
    words worth lemmatizing)."""
    lemmas = set(CORE_CUE_LEMMAS) | set(COMPLEMENT_CUE_LEMMAS) | set(UNLEARNED_CUE_LEMMAS)
    lemmas |= {k for k, (plain, comp) in learned_cues().items() if max(plain, comp) >= min_rate}
    forms = {"according", *ESTIMATING_FORMS, "termed", "terming"}  # "termed the budget “anti-people”"
    for lemma in lemmas:
        lemma = lemma.split("/")[0]
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d", lemma + "ed"}
        if DOUBLES_LAST_LETTER.search(lemma):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "slammed", "quipping"
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        forms |= set(IRREGULAR_FORMS.get(lemma, "").split())
    return frozenset(forms)


# Verbs of a count someone gives ("police put the crowd at 3,000", "organisers estimated it at
# 40,000"): cues outside the lexicon, read by naming.estimated_at.
# "Corran Bank forecast Brent at $85": a forecast or an estimate of anything at a figure
FORECASTING_FORMS = frozenset({"forecast", "forecasts", "forecasting", "estimated", "estimates", "estimate"})
ESTIMATING_FORMS = frozenset(
    {
        "put",
        "puts",
        "putting",
        "estimated",
        "estimates",
        "estimating",
        "estimate",
        "placed",
        "places",
        "pegged",
    }
    | FORECASTING_FORMS
)

# Words that make a cue with a verb outside the cue lexicon: "made it clear that …",
CUE_PHRASE_WORDS = frozenset({"clear"})

# Verbs of saying written before their speaker: "Said Ellis: “…”", "Continued Lasken: “…”".
INVERTED_SAYING = frozenset(
    {"said", "says", "added", "adds", "wrote", "writes", "asked", "continued", "explained", "replied"}
    | {"concluded"}
)
# and with one that is no verb of saying: "was of the view that …"
CUE_PHRASES = re.compile(r"\bof the (?:view|opinion) that\b")


def may_hold_statement(paragraph: str) -> bool:
    """A cue word: the paragraph is worth a full parse (paragraphs with quotations always are)."""
    forms = cue_forms()
    lower = paragraph.lower()
    return any(word in forms or word in CUE_PHRASE_WORDS for word in CUE_WORD.findall(lower)) or bool(
        CUE_PHRASES.search(lower)
    )


# What is shown or posted, not said: "posted a clip of the speech", "photos posted on Telegram".
MEDIA_OBJECTS = frozenset(
    {"clip", "video", "footage", "photo", "photograph", "picture", "image", "documentary", "film"}
    | {"book", "map", "programme", "program", "episode", "trailer", "recording", "link"}
)

# Nouns for an outlet whose name translated copy sets in quotation marks ("«Der Morgen» newspaper").
OUTLET_NOUNS = frozenset(
    {"newspaper", "paper", "daily", "weekly", "magazine", "agency", "channel", "broadcaster", "website"}
    | {"portal", "tabloid", "journal", "radio", "television", "outlet"}
)

# The first word of papers' names in languages that put the noun first, joined by particles to the
# rest ("Gazeta do Vale", "Le Courrier du Nord", "Corriere della Sera"), and the articles before them;
# resources/paper_heads.txt has those that open nothing but a paper's name ("Tribuna Nacional").
PAPER_HEADS = frozenset(
    {"journal", "gazette", "voz", "voix", "eco", "mensajero", "mundo", "monde", "notícias", "noticias"}
    | {"estado", "heraldo"}
)
PAPER_ARTICLES = frozenset({"le", "la", "les", "el", "il", "lo", "o", "os", "l'"})


def paper_named(name: list[str]) -> bool:
    """A paper's name with its noun first: "Gazeta do Vale", "Le Courrier du Nord", "El Heraldo
    Austral", "Tribuna Nacional" (an article before the noun, a particle after it, or a noun that
    opens nothing but a paper's name)."""
    if len(name) < 2 or not name[-1][:1].isupper():
        return False
    first = name[0]
    article = first.lower() in PAPER_ARTICLES and first[:1].isupper()
    if article:
        first = name[1]
    if first.lower() in words("paper_heads.txt"):
        return True
    return first.lower() in PAPER_HEADS and (article or any(w.islower() for w in name))


# Styles of address, no office: "His Excellency", "Her Royal Highness".
# What a verb of judging says of the one it judges, after its agent in the passive ("was accused by
# Zelenka of “…”", "was criticised by auditors for …", "was described by state media as …"): the
# preposition, and the verbs it goes with.
JUDGING_FOR = frozenset(
    {"criticize", "criticise", "praise", "blame", "condemn", "fault", "slam", "attack", "thank"}
    | {"commend", "censure", "rebuke", "mock", "ridicule", "denounce", "reprimand", "hail", "applaud"}
)
CHARGES: dict[str, frozenset[str]] = {
    "of": frozenset({"accuse", "suspect", "convict"}),
    "for": JUDGING_FOR,
    "over": JUDGING_FOR,
    "as": JUDGING_FOR
    | {"describe", "portray", "characterize", "characterise", "brand", "label", "depict", "paint", "cast"}
    | {"dismiss", "see", "regard", "view", "present", "tout", "bill", "denounce", "remember", "welcome"},
}


def a_charge(verb_lemma: str, preposition: str) -> bool:
    """ "accused … of", "criticised … for", "described … as": what the verb says of its object."""
    return verb_lemma in CHARGES.get(preposition, frozenset())


# Things words are written on: "a banner reading “…”".
INSCRIBED = frozenset(
    {"banner", "placard", "sign", "poster", "graffiti", "sticker", "t-shirt", "shirt", "billboard"}
    | {"wall", "mural", "plaque", "headband", "flag", "cap", "hat", "slogan", "inscription", "board"}
)


def inscribed(noun: str) -> bool:
    """A thing words are written on, in the singular or the plural ("banners", "graffiti")."""
    return noun in INSCRIBED or noun.removesuffix("s") in INSCRIBED


STYLES_OF_ADDRESS = frozenset({"excellency", "highness", "eminence", "majesty", "holiness", "beatitude"})


# Social platforms by their names: "on X", "on Facebook" is where something was said, whatever
# the verb ("conceded defeat on Facebook").
PLATFORM_NAMES = frozenset(
    {"X", "Facebook", "Instagram", "Telegram", "Twitter", "TikTok", "YouTube", "LinkedIn", "Bluesky"}
    | {"Weibo", "WhatsApp", "Snapchat", "Reddit", "Mastodon", "VK", "WeChat"}  # not "Truth", "Threads"
)


# Nouns a reporter sums a claim up with after it, in the singular: "…, a claim that could not be
# verified", "- a figure the Treasury disputes", "…, a claim the army denied".
SUMMING_NOUNS = frozenset(
    {"claim", "figure", "number", "estimate", "charge", "allegation", "assertion", "sum", "toll"}
    | {"account", "tally", "report", "version", "statement", "accusation"}
)
