"""Whether a verb's use says anything: the judgments that keep doing, believing, withholding,
naming and the reporter's own view from being reported as statements, and that make a weak cue
strong when its construction says something ("answered the claim that …", "affirmed the
Kingdom's keenness to …"). ``cues`` asks them of each word that may head a cue."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.complements import (
    answer,
    as_clause,
    clause_after_venue,
    reported_by_participle,
)
from quotetrail.extraction.cue_words import BE_FORMS, light_object
from quotetrail.extraction.naming import names_with_a_predicate
from quotetrail.extraction.phrases import is_outlet, speaker_phrase
from quotetrail.extraction.subjects import (
    DOCUMENT_NOUNS,
    age_before_verb,
    first_saying,
    perceived_saying,
    shown_saying,
)
from quotetrail.nlp import named_elsewhere, sentence_of, styled_elsewhere, whole_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SentSpan


def message_before_colon(verb: Token) -> list[Token]:
    """ "The ministry had a simple message for the strikers: “Go home.”": a verb whose object is a
    noun of saying, right before a colon, may attribute the quotation after it (as a weak cue).
    The object's words through the colon (they belong to the cue's clause), or none."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lower_ in lexicon.words("statement_nouns.txt"):
            doc, end = verb.doc, sentence_of(verb).end  # only here: most verbs have no such object
            for tok in doc[obj.i + 1 : end]:  # the object's own words up to the colon, no other verb
                if tok.text == ":":
                    return list(doc[obj.left_edge.i : tok.i + 1])
                if tok.pos_ in ("VERB", "AUX") and not (obj.i < tok.i <= obj.right_edge.i):
                    return []  # but its own relative clause: "a text message Velik had sent:"
    return []


def before_a_quoting_colon(verb: Token, inside_quote: frozenset[int]) -> bool:
    """ "Dent (D-Selm) scolded him: “…”": a verb whose own words run to a colon that opens a
    quotation introduces it, whatever the verb (the parser may even hang it on the quotation).
    Only a sentence's own verb, active, and one that does something: not one inside another
    verb's clause ("He adds that voters have two choices: “…”"), a passive ("is shown by this
    finding: “…”") or a form of be, have, go, take … (:data:`BARE_VERB_FORMS`)."""
    if not (verb.dep_ == "ROOT" or verb.head.i in inside_quote):
        return False
    if verb.lower_ in BARE_VERB_FORMS or any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "The ministry had a busy week: “…”": what it had, not what it said
    doc, end = verb.doc, min(len(verb.doc), sentence_of(verb).end + 1)
    for tok in doc[verb.i + 1 : end]:
        if tok.text == ":":
            return tok.i + 1 < len(doc) and tok.i + 1 in inside_quote
        if tok.pos_ in ("VERB", "AUX") or tok.i in inside_quote or tok.text in (".", ";"):
            return False
    return False


def _says_in_as_clause(verb: Token, lemma: str) -> bool:
    """ "as one aide put it": saying, whatever the classifier makes of "put"."""
    return lemma in lexicon.CORE_CUE_LEMMAS or (
        verb.lower_ in ("put", "puts") and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    )


WEAK_CUE_PROBABILITY = 0.1
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})
LETTING_FORMS = frozenset({"let", "lets", "letting", "help", "helps", "helped", "helping"})


# Forms of "be", "go", "come", "begin", "take", "have" and "get": verbs PolNeAR rarely counts as
# cues (3 to 8 % of their uses in train) unless they carry a clause or name an attitude.
BARE_VERB_FORMS = BE_FORMS | frozenset(
    {"go", "goes", "went", "going", "gone", "come", "comes", "came", "coming"}
    | {"begin", "begins", "began", "begun", "beginning", "take", "takes", "took", "taken", "taking"}
    | {"have", "has", "had", "having", "get", "gets", "got", "gotten", "getting"}
)


def bare_light_verb(verb: Token, complement: list[Token]) -> bool:
    """A verb of being, moving, starting, taking or having with no clause of its own and no object
    naming an attitude ("took issue with" is a cue; "took questions" is not)."""
    if verb.lower_ not in BARE_VERB_FORMS:
        return False
    if verb.lower_ in BE_FORMS:
        return True  # "The question is how to make this case": never a cue in PolNeAR train (0 of 34)
    forms = lexicon.cue_forms()
    if any(
        (c.dep_ in ("ccomp", "parataxis") and not reported_by_participle(verb, c))
        or (c.dep_ == "xcomp" and c.lower_ in forms)
        for c in verb.children
    ):
        return False  # "went on to say", "began to explain": a saying carried by the verb
    return light_object(verb, complement) is None


ACTS_OF_SAYING = frozenset(
    {"issue", "release", "give", "send", "hold", "publish", "post", "grant", "deliver", "read"}
)
# A court's documents read out: the act, not what they say ("read out the verdict").
COURT_DOCUMENTS = frozenset(
    {"verdict", "ruling", "judgment", "judgement", "sentence", "indictment", "charges"}
)
WRITTEN_OPINIONS = frozenset({"opinion", "dissent", "concurrence"})
# A verdict is a finding on someone, not a statement: "found Kestel guilty", "found the firm liable".
VERDICTS = frozenset({"guilty", "innocent", "liable"})
NO_COMMENT = frozenset({"comment", "say", "elaborate", "answer", "discuss", "respond", "speculate", "reply"})
# What one declines or refuses to do when one says nothing: "declined to confirm the figure".
WITHHOLDING = NO_COMMENT | frozenset(
    {"confirm", "disclose", "reveal", "identify", "specify", "detail", "name", "release", "provide", "give"}
)
# Verbs that report only a clause: "learned that the plant would close", not "learned her lines".
FINDING_OUT = frozenset({"learn", "memorise", "memorize", "rehearse"})
# Judgements one declines or refuses to pass, which are then not passed: "refused to endorse Ryan"
# is no endorsement (the refusal stays a statement, as PolNeAR counts it).
JUDGING_DECLINED = frozenset(
    {"criticise", "criticize", "blame", "condemn", "praise", "endorse", "back", "single", "apologise"}
    | {"apologize", "predict", "guess", "speculate", "attack", "fault", "rule"}
)
ANONYMITY_ASKED = re.compile(
    r"\b(?:sur|last |full |first |real )?(?:name|identity)s? (?:be |not be |not )?(?:withheld|used|published|given|disclosed)"
    r"|\banonymity\b|\bnot to be (?:named|identified)\b"
    r"|\bto be (?:identified|named|referred to) (?:only )?(?:by|as|with) (?:his|her|their|a) (?:first|given|middle) name"
    # "who asked to remain anonymous", "asked to be identified only as Sarah" (right after the asking:
    # not "asked anyone who wishes to remain anonymous to call")
    r"|^(?:not )?to (?:be allowed to )?(?:remain|stay|be kept) (?:anonymous|unnamed|nameless)\b"
    r"|^to be (?:identified|named|known|referred to) only (?:as|by)\b"
)
WH_WORDS = frozenset({"when", "whether", "if", "why", "how", "what", "who", "where", "which"})


def _inverted_supposition(verb: Token) -> bool:
    """ "Had the judge said …, …", "Were the minister to say …, …", "Should the court rule that …":
    the auxiliary before the subject opens a condition (a question ends with "?")."""
    sent = sentence_of(verb)
    first = sent[0] if sent[0].is_alpha else sent[1] if len(sent) > 1 else sent[0]
    if (
        first.lower_ not in ("had", "were", "should")
        or first.head != verb
        or first.dep_ not in ("aux", "auxpass")
    ):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and first.i < subject.i < verb.i and sent[-1].text != "?"


# Verbs that deny a saying, by form (the parse lemmatizes only the cue lexicon's words).
DENYING = re.compile(r"(?:den(?:y|ies|ied|ying)|reject|dismiss|refut|disput|rebut)\w*")
# What a denial rejects, with the saying in it: "rejected claims that he had said …".
CLAIMS_DENIED = frozenset(
    {"claim", "claims", "report", "reports", "allegation", "allegations", "suggestion", "suggestions"}
    | {"accusation", "accusations", "rumour", "rumours", "rumor", "rumors", "assertion", "assertions"}
)


def _denied(verb: Token) -> bool:
    """A saying the speaker denies: "denied having said that …", "denied that he had said …",
    "rejected claims that he had said …", "It is not true that he said …". What follows is what he
    says he did not say."""
    node = verb
    for _ in range(3):
        up = node.head
        if up == node or node.dep_ not in ("xcomp", "ccomp", "acl", "pcomp", "dobj", "pobj"):
            return False
        if up.pos_ in ("VERB", "AUX"):
            return DENYING.fullmatch(up.lower_) is not None or _said_to_be_untrue(up)
        if up.lower_ not in CLAIMS_DENIED and up.pos_ != "ADP":
            return False
        node = up
    return False


TRUE_WORDS = frozenset({"true", "correct", "accurate", "right"})


def _said_to_be_untrue(be: Token) -> bool:
    """ "It is not true that Ferm said …", "It is false that …": the saying is denied."""
    if be.lower_ not in BE_FORMS:
        return False
    judged = [c for c in be.children if c.dep_ == "acomp"]
    negated = any(c.dep_ == "neg" for c in be.children)
    return any(
        (negated and j.lower_ in TRUE_WORDS) or j.lower_ in ("false", "untrue", "incorrect", "wrong")
        for j in judged
    )


def _outer_words(complement: list[Token]) -> list[Token]:
    """The words of ``complement`` whose head is outside it: its head, or heads."""
    return [t for t in complement if t.head not in complement or t.head == t]


# What one says nothing of substance in: "said nothing", "has said little about the leak".
NOTHING_SAID = frozenset({"nothing", "little"})
# Offences a defendant denies or admits, in the words of a court report: a plea, not a statement.
OFFENCES = frozenset(
    {"murder", "manslaughter", "assault", "affray", "fraud", "theft", "robbery", "burglary", "rape", "arson"}
    | {"harassment", "stalking", "kidnap", "kidnapping", "wounding", "conspiracy", "perjury", "bribery"}
    | {
        "blackmail",
        "trafficking",
        "smuggling",
        "misconduct",
        "possession",
        "handling",
        "battery",
        "embezzlement",
    }
    | {"behaviour", "behavior", "driving", "harm", "offence", "offences", "offense", "offenses", "counts"}
)


def a_plea(lemma: str, complement: list[Token]) -> bool:
    """ "denies murder", "admitted two counts of fraud", "denies “coercive and controlling
    behaviour”", "admitted causing death by dangerous driving": offences by name, with no article, a
    defendant denies or admits in court ("denied the allegations", "denied any wrongdoing", "denied
    that …" are denials PolNeAR counts)."""
    words = [t for t in complement if not t.is_punct and not t.is_quote]
    if lemma == "plead":
        return any(t.lower_ == "fifth" for t in words)  # "pleaded the Fifth": a refusal to answer
    if lemma not in PLEADING or not words or words[0].lower_ in DETERMINERS_OF_A_DENIAL:
        return False
    if any(t.dep_ in ("nsubj", "nsubjpass", "mark", "ccomp") for t in words):
        return False  # "denied he had been there": a clause
    head = _head_of(words)
    named = head.lower_ in OFFENCES or (head.lower_ == "causing" and any(t.lower_ in OFFENCES for t in words))
    return named and _in_court(words[0])


# Words that put a denial or an admission in court ("admitted affray at Calder Crown Court"), and
# those that put it outside ("denied misconduct in a statement").
COURT_WORDS = frozenset(
    {
        "court",
        "jury",
        "jurors",
        "trial",
        "magistrates",
        "judge",
        "charged",
        "charges",
        "pleaded",
        "sentencing",
    }
    | {"sentenced", "prosecutors", "prosecution", "defendant", "accused", "hearing", "count", "counts"}
    | {"denies", "admits"}  # a court report's present tense
)
OUTSIDE_COURT = frozenset({"statement", "conference", "interview", "briefing", "post", "tweet", "letter"})


def _in_court(word: Token) -> bool:
    """ "Dawn Keeley, 41, denies murder" (a court report's present tense), or a sentence that names
    the court, the charge or the trial; not "denied misconduct in a statement"."""
    sentence = word.sent
    lowers = {t.lower_ for t in sentence}
    if lowers & OUTSIDE_COURT:
        return False
    verb = word.head
    while verb.dep_ not in ("ROOT",) and verb.pos_ != "VERB" and verb.head != verb:
        verb = verb.head
    return verb.lower_ in ("denies", "admits") or bool(lowers & COURT_WORDS)


PLEADING = frozenset({"deny", "admit", "plead"})
DETERMINERS_OF_A_DENIAL = frozenset(
    {"the", "a", "an", "any", "all", "that", "this", "these", "those", "his", "her"}
)


def _head_of(complement: list[Token]) -> Token:
    """The first word of ``complement`` whose head is outside it."""
    inside = {c.i for c in complement}
    return min(complement, key=lambda t: (t.head.i in inside, t.i))


def _a_document_that_speaks(complement: list[Token]) -> bool:
    """ "signed an open letter", "signed a petition": a document whose words the signer endorses."""
    heads = _outer_words(complement)
    # (not "signed a promissory note", "a loan note": a debt, no words; review 4 of session 42)
    return (
        bool(heads) and heads[0].lower_ in (lexicon.words("issued_documents.txt") - {"note"}) | SIGNED_TEXTS
    )


SIGNED_TEXTS = frozenset({"petition", "pledge", "appeal", "manifesto"})


def _a_verdict(complement: list[Token]) -> bool:
    """ "Kestel guilty on all counts", "him not guilty": a verdict adjective heading the complement,
    with no verb of its own."""
    heads = _outer_words(complement)
    return (
        len(heads) == 1
        and heads[0].lower_ in VERDICTS
        and not any(t.pos_ in ("VERB", "AUX") for t in complement)
    )


# Verbs whose words, said not to have been said ("did not say the treaty was “dead”"), are no one's:
# a correction or a denial puts them on no record.
SAYING_WITHDRAWN = frozenset({"say", "tell", "claim", "state", "call", "describe", "write"})
# Acts of saying that, denied, are the reporter's account of a silence: "did not deny that …",
# "would not confirm …", "never admitted …" (beliefs stay: "does not believe …" is a stance).
SPEECH_ACTS_NOT_DONE = SAYING_WITHDRAWN | frozenset(
    {"confirm", "deny", "admit", "suggest", "argue", "announce", "promise", "insist", "warn", "mention"}
    | {"acknowledge", "concede", "reveal", "disclose", "specify", "allege", "assert", "declare", "report"}
    | {"accuse", "predict", "explain", "blame", "criticize", "criticise", "endorse", "condemn"}
    | {"dispute", "contest", "challenge", "refute", "rebut"}  # "has not disputed that …": no claim made
)
# What one makes public, or does not: "have not released the name of the victim", "did not identify
# the suspect" (what was kept back, no claim).
DISCLOSING = frozenset({"release", "identify", "name", "publish", "divulge"})


RUMOURED = frozenset(
    {"said", "thought", "alleged", "rumoured", "rumored", "believed", "understood", "reputed"}
)


# What someone is yet to say: "is set / due / scheduled / poised / likely to tell …".
YET_TO = frozenset(
    {"set", "due", "scheduled", "poised", "likely", "expected", "slated", "going", "about"}
) | frozenset(
    {"plans", "plan", "planned", "planning", "intends", "intend", "intended", "aims", "hopes", "hoped"}
    | {"hope", "wants", "want", "wanted", "wish", "wishes", "wished"}  # "wants to tell the envoy that …"
    | {"has", "have"}  # "has until Friday to respond to the allegations", "has to explain"
)


def _yet_to_say(verb: Token) -> bool:
    """ "is set to tell the summit that …", "is due to announce …", "plans to announce …": a saying
    still to come."""
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VB"
        and verb.head.lower_ in YET_TO
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    )


def _rumoured(verb: Token) -> bool:
    """ "is said / thought / alleged to have told …" with no one saying so: a rumour, as "is
    reported to have said" already is."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ in RUMOURED
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ == "agent" for c in head.children)
    )


DISPUTING = frozenset({"denies", "denied", "deny", "disputes", "disputed", "dispute", "rejects", "rejected"})


def _disputed_report(verb: Token) -> bool:
    """Someone's report of what another said, followed by "which he denies": the words are only
    the reporter's claim, and the one said to have said them says he did not."""
    if (
        verb.dep_ != "ccomp"
        or verb.head.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS
        or verb.head.i > verb.i
    ):
        return False
    return any(
        t.dep_ == "relcl"
        and t.lower_ in DISPUTING
        and any(c.lower_ in ("which", "that") for c in t.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in t.children)
        for t in verb.subtree
    )


def _neither_nor_or_failed(verb: Token) -> bool:
    """ "neither confirmed nor denied that …" (either verb), "failed to mention that …": a saying
    denied without a "not"."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    if verb.dep_ == "conj" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.head.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in ("failed", "fails", "fail", "failing", "neglected")


# Modals that make a saying a supposition or a forecast: "Critics could argue …", "Some might say …",
# "The inquiry will ask whether …", "would likely say". Not "can" ("Police can confirm that …").
SUPPOSING_MODALS = frozenset({"could", "might", "may", "would", "will", "shall", "should", "'d", "'ll", "wo"})
# What makes "would"/"could" narrate a saying that happened: "would later say", "would only say".
NARRATING_ADVERBS = frozenset(
    {"later", "only", "again", "eventually", "subsequently", "often", "always", "repeatedly"}
)


WISHING = frozenset({"like", "love", "prefer"})  # "would like to see …" is a wish stated, as "wants" is


def _supposed_or_forecast(verb: Token) -> bool:
    """ "Critics could argue that …", "Some might say …", "The minister will tell parliament on
    Monday that …": a saying supposed or still to come, nobody's claim yet. "would only say",
    "would later tell" and "would go on to say" narrate one that happened."""
    modals = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS]
    if not modals or verb.lemma_.lower() in WISHING:
        return False
    if any(c.lower_ in NARRATING_ADVERBS for c in verb.children if c.dep_ in ("advmod", "npadvmod")):
        return False
    return not any(c.dep_ == "neg" for c in verb.children)  # a denied one is judged below


IMAGINING_MODALS = frozenset({"might", "could", "would", "may", "should", "'d"})


def imagined(verb: Token) -> bool:
    """ "Culture Minister Tove Randal might say: “We had no choice.”": a saying a writer imagines,
    whose quotation is no one's words ("will say: “…”", a speech's text released before it is
    given, is the speaker's)."""
    if not any(c.dep_ == "aux" and c.lower_ in IMAGINING_MODALS for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.lower_ in ANYONE
        or any(c.dep_ == "det" and c.lower_ in ("a", "an", "some", "any", "every") for c in subject.children)
    ):
        return False  # "a reader would now ask: “…”": anyone's question, which PolNeAR counts
    return _supposed_or_forecast(verb)


ANYONE = frozenset({"you", "one", "someone", "somebody", "anyone", "anybody", "we", "people", "many", "some"})


def _a_question_to(verb: Token) -> bool:
    """The verb's auxiliary comes before its subject, in a sentence that ends in a question mark:
    "Will the minister confirm that …?", "Can the Prime Minister tell the House why …?"."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not any(
        c.dep_ == "aux" and c.i < subjects[-1].i and c.tag_ in ("MD", "VBZ", "VBP", "VBD")
        for c in verb.children
    ):
        return False
    sentence = sentence_of(verb)
    return any(t.text == "?" for t in sentence[-3:])


SHOWING = frozenset({"show", "film", "picture", "depict", "photograph", "broadcast", "air", "feature"})


# What shows pictures, not findings ("the poll showed Clinton with a lead" reports what it found).
PICTURING = frozenset(
    {"television", "tv", "footage", "video", "videos", "images", "pictures", "photos", "photographs"}
    | {"camera", "cameras", "broadcast", "broadcasts", "channel", "clip", "clips", "film", "newsreel"}
)


def _pictures(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in PICTURING


def _someone_shown(complement: list[Token]) -> bool:
    """What is shown is a person, with no verb saying what they do ("showed the president at the
    dam", not "showed Clinton leading by six points", which reports what a poll found)."""
    if not complement or any(t.pos_ in ("VERB", "AUX") for t in complement):
        return False
    head = _head_of(complement)
    return (
        head.pos_ == "PROPN" or head.ent_type_ == "PERSON" or head.lower_ in lexicon.words("person_roles.txt")
    )


def _words_or_a_clause(complement: list[Token]) -> bool:
    """A complement that reports words: a clause with a finite verb, or a quotation (not "much about
    the debate", which says only how little was said)."""
    if not complement:
        return False
    head = _head_of(complement)
    finite = ("VBD", "VBZ", "VBP", "MD")
    if head.tag_ in finite or any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in head.children):
        return True  # "the strike was illegal", "the ceasefire had failed"
    if any(t.is_quote for t in complement):
        return True
    # "never called the takeover a coup": a name given, with what it was called
    return any(t.dep_ == "oprd" for t in complement) or names_with_a_predicate(complement)


# Objects that make a verb of saying an act: "defend his title", "write a novel", "announce a
# signing" stays a statement, "write her first novel" is a work.
NOT_SAID_OBJECTS = {
    "defend": frozenset({"title", "titles", "crown", "belt", "championship", "seat", "lead", "goal", "net"}),
    "write": frozenset({"novel", "novels", "book", "books", "song", "songs", "memoir", "play", "script"})
    | frozenset({"foreword", "preface", "afterword", "lyrics", "biography", "autobiography", "thesis"})
    | frozenset({"poem", "poems", "symphony", "opera", "screenplay", "code", "software", "music", "album"}),
    # "posted a photo of the launch, adding a laughing emoji": a picture added, not words
    "add": frozenset({"emoji", "emojis", "emoticon", "emoticons", "photo", "photos", "photograph"})
    | frozenset({"picture", "pictures", "image", "images", "gif", "gifs", "link", "links", "hashtag"})
    | frozenset({"sticker", "stickers", "selfie", "meme"}),
    # "chanted slogans", "chanted his name": what the words were, not the words
    "chant": frozenset({"slogans", "slogan", "songs", "song", "name", "names", "chants", "prayers"}),
    # "said goodbye to the fans", "said grace": a parting or a prayer, not a claim (red teams 147, 149)
    "say": frozenset({"goodbye", "goodbyes", "farewell", "farewells", "hello", "grace", "goodnight"})
    # "said Mass", "says a prayer", "said a few words at the memorial" (red team 189)
    | frozenset({"mass", "prayer", "prayers", "rosary", "blessing", "kaddish"}),
    # "concluded their talks in Port Selene": a meeting ended, nothing concluded from it
    "conclude": frozenset({"talks", "summit", "meeting", "meetings", "visit", "tour", "trip", "session"})
    | frozenset(
        {"negotiations", "conference", "hearing", "hearings", "round", "deal", "agreement", "season"}
    ),
}


TAKING_QUESTIONS = frozenset(
    {"took", "takes", "take", "taking", "fielded", "fields", "field", "fielding", "answered", "answering"}
)
# What declares on an election night: its results, not a claim.
DECLARING_PLACES = frozenset(
    {"constituency", "constituencies", "seat", "seats", "ward", "wards", "district", "districts"}
    | {"area", "areas", "booth", "booths", "precinct", "precincts"}
)
DECLARED_RESULTS = frozenset({"result", "results", "count", "counts", "tally", "tallies"})


def _results_declared(verb: Token) -> bool:
    """ "as the last constituencies declared", "All 40 seats had been declared": places or results
    that declared, with no object and no clause of their own."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "Results declared overnight showed …"
    if subject is not None and subject.lower_ in DECLARED_RESULTS:
        return True  # "Results declared overnight showed …": results are no speakers
    return (
        subject is not None
        and subject.lower_ in DECLARING_PLACES
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "attr") for c in verb.children)
    )


FACING = frozenset({"face", "faces", "faced", "facing"})  # (no lemma: no cue in PolNeAR's train)


# What drawing brings, not what it says: "drew thousands to the square", "drew criticism".
DRAWN = frozenset(
    {"thousands", "hundreds", "dozens", "crowd", "crowds", "criticism", "fire", "ire", "praise", "applause"}
    | {"attention", "support", "votes", "cheers", "boos", "protests", "condemnation", "scrutiny", "interest"}
    | {
        "visitors",
        "fans",
        "supporters",
        "rebuke",
        "rebukes",
        "backlash",
        "outrage",
        "comparisons",
        "laughter",
    }
)


def draws_a_response(verb: Token, lemma: str) -> bool:
    """ "The campaign drew thousands to the square", "drew criticism": a response drawn, no words."""
    drawing = lemma == "draw" or verb.lower_ in ("draw", "draws", "drew", "drawn", "drawing")
    return drawing and any(c.dep_ == "dobj" and c.lower_ in DRAWN for c in verb.children)


TIME_WORDS = frozenset({"on", "last", "this", "night", "morning", "afternoon", "evening", "week"})


# Verbs whose "for"/"against" names a side, not what was said: "testified for the prosecution",
# "writing for the majority".
SIDE_TAKING = frozenset({"testify", "write"})


def _only_a_side(verb: Token, complement: list[Token]) -> bool:
    """The complement is only the noun phrase after the verb's "for"/"against", with no clause or
    quotation in it."""
    if not complement or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in complement):
        return False
    head = _head_of(complement)
    prep = head.head if head.dep_ == "pobj" else head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "against") or prep.head.i != verb.i:
        return False
    # a side in court or on a bench, or a person; not a measure ("testified against the landfill",
    # "wrote against the bill" say what they thought of it)
    return head.lower_ in SIDES or head.ent_type_ == "PERSON" or head.lower_ in KIN or head.pos_ == "PRON"


SIDES = frozenset(
    {"prosecution", "defence", "defense", "majority", "minority", "court", "plaintiff", "plaintiffs"}
    | {"defendant", "defendants", "accused", "state", "crown", "government", "claimant", "claimants"}
)
KIN = frozenset({"husband", "wife", "father", "mother", "son", "daughter", "brother", "sister", "partner"})


RESPONSES = frozenset({"comment", "comments"})  # not "asked the ministry for clarification on …", a request


def _for_comment(verb: Token) -> bool:
    """ "asked the ministry for comment", "contacted for comment": a request for words to come."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # (or hung on whom was asked)
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lower_ in RESPONSES for o in c.children)
        for h in hosts
        for c in h.children
    )


def _only_a_tally(verb: Token) -> bool:
    """ "passed 212 to 190 (on Thursday)", "voted 51-49": a count of votes right after the verb, and
    nothing voted for after it ("voted 289 to 201 to lift his immunity" says what the vote did)."""
    doc = verb.doc
    words = [t.text for t in doc[verb.i + 1 : verb.i + 4]]
    if len(words) >= 3 and words[0].isdigit() and words[1] in ("to", "-", "–") and words[2].isdigit():
        after = verb.i + 4
    elif words and re.fullmatch(r"\d+[-–]\d+", words[0]) is not None:
        after = verb.i + 2
    else:
        return False
    while after < len(doc) and (
        doc[after].lower_ in lexicon.DAYS_AND_MONTHS or doc[after].lower_ in TIME_WORDS
    ):
        after += 1  # "voted 52-48 Tuesday to confirm …", "7-2 on Monday night to approve …"
    return after >= len(doc) or doc[after].lower_ not in ("to", "for", "against", "in")


def _an_object(verb: Token, complement: list[Token]) -> bool:
    """The complement is the verb's direct object (with whatever hangs on it)."""
    if not complement:
        return False
    head = _head_of(complement)
    return head.dep_ == "dobj" and head.head.i == verb.i


# What says nothing said: "her face said it all", "his silence said everything", "spoke volumes".
SAID_IT_ALL = re.compile(r"(?:it all|everything|a lot|a great deal|much|volumes)(?: about\b.*)?")


# What artists and makers release: the work, not a statement ("released a statement" is one; a
# video is left out: "released a video that said …" says something).
RELEASED_WORKS = frozenset(
    {"single", "album", "song", "track", "film", "movie", "book", "novel", "ep", "mixtape", "trailer"}
    | {"debut", "memoir", "episode", "game", "app", "phone", "remix", "sequel", "season"}
)


# What an authority issues that orders or permits rather than says: "an evacuation order", "an
# arrest warrant"; and warnings by the places they cover ("a flood warning for the coast"). Not an
# injunction, which rules (PolNeAR: "issued an injunction blocking a bill").
ISSUED_ORDERS = frozenset(
    {"order", "orders", "warrant", "warrants", "permit", "permits", "licence", "license", "summons"}
    | {"subpoena", "subpoenas", "visa", "visas", "fine", "fines", "ticket"}
)
AREA_WARNINGS = frozenset({"warning", "warnings", "alert", "alerts", "advisory", "advisories", "watch"})


def _an_order_for(head: Token) -> bool:
    if any(t.dep_ in ("acl", "relcl", "ccomp") for t in head.subtree if t != head):
        return False  # "a warning for Kelby County that the dam could fail", "an order that schools close"
    if head.lower_ in ISSUED_ORDERS:
        return True
    if head.lower_ not in AREA_WARNINGS:
        return False
    places = [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("for", "across", "in")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN" or o.lower_ in AREAS for o in places)


AREAS = frozenset(
    {"coast", "coasts", "area", "areas", "region", "regions", "county", "counties", "city", "state"}
)


# Taking criticism: "faced criticism over …", "copped flak for …", "came under fire" (its object).
CRITICISM_TAKEN = frozenset(
    {"faced", "faces", "face", "facing", "copped", "cops", "cop", "drew", "draws", "attracted", "attracts"}
    | {"received", "receives", "suffered", "weathered", "sparked", "sparks", "provoked", "provokes"}
)
CRITICISM = frozenset(
    {"criticism", "criticisms", "flak", "backlash", "ridicule", "scorn", "condemnation", "outrage", "anger"}
    | {"derision", "mockery", "abuse", "complaints", "censure"}
)


def says_nothing(verb: Token, lemma: str, complement: list[Token], from_object: bool) -> bool:
    """Cues that report no statement, however like speech they look:

    - "issued a statement", "gave an interview": the object is the act of saying, not what was said;
    - "called the police", "called an election": a call, not a statement;
    - "did not say when …", "has not said whether …", "never said the strike was illegal": what
      was not said;
    - "declined to comment", "refused to say";
    - "Asked about the review, …": the reporter's question, not the speaker's words;
    - "Will the minister confirm that …?": a question put to the speaker;
    - "If they say the quay is safe, …": a supposition;
    - "denied having said that …": what the speaker denies saying;
    - "found Kestel guilty", "wrote the majority opinion", "signed the decree": verdicts and acts.
    """
    if from_object and lemma == "call" and not names_with_a_predicate(complement):
        return True  # "called the police", "called an election": calling, not naming or saying
    if (
        lemma == "say"
        and any(
            c.dep_ == "dobj"
            and c.lower_ == "words"
            and not any(
                t.text in (":", "“", '"', "‘", "«")
                or (t.text == "'" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper())  # 'I do'
                for t in c.doc[c.i : min(c.right_edge.i + 2, len(c.doc))]
            )
            and "to the effect that" not in c.doc[c.i : min(c.right_edge.i + 4, len(c.doc))].text
            for c in verb.children
        )
    ):
        # "said a few words at the memorial", "said some words of comfort": which, the text does
        # not say (red team 189); "said the words “I do”" it does
        return True
    if verb.lower_ in CRITICISM_TAKEN and any(
        c.dep_ == "dobj" and c.lower_ in CRITICISM for c in verb.children
    ):
        return True  # "copped criticism over his “captain's pick”": what others said of him (red team 187)
    if complement and lemma in ACTS_OF_SAYING:
        head = _head_of(complement)
        if head.lower_ in DOCUMENT_NOUNS and any(c.dep_ == "acl" for c in head.children):
            return True  # "released a report saying …": the report's own verb carries the statement
        if from_object and head.lower_ in lexicon.words("statement_nouns.txt") | lexicon.words(
            "venue_nouns.txt"
        ):
            return True
        if from_object and lemma == "read" and head.lower_ in COURT_DOCUMENTS:
            return True  # "read out the verdict" (a ruling "issued" is PolNeAR's statement)
    if complement and lemma in ("issue", "grant", "serve", "sign") and _an_order_for(_head_of(complement)):
        return True  # "issued a mandatory evacuation order for Kell Point", "a flood warning for the coast"
    if (
        complement
        and lemma == "release"
        and (work := _head_of(complement)).lower_ in RELEASED_WORKS
        and not any(c.dep_ in ("acl", "relcl") for c in work.children)  # "a film claiming …" says it
    ):
        return True  # "released her new single, “Say It Slow,”": a work put out, not words said
    if from_object and lemma == "submit":
        return True  # "submitted its report on Monday": filing a document; a barrister "submitted that …"
    if (
        from_object
        and lemma == "write"
        and complement
        and _head_of(complement).lower_ in COURT_DOCUMENTS | WRITTEN_OPINIONS
    ):
        return True  # "wrote the majority opinion": authorship, not what the opinion says
    if (
        lemma == "sign"
        and (from_object or _an_object(verb, complement))
        and not _a_document_that_speaks(complement)
    ):
        return True  # "signed the decree", "signed the bill into law": an act, not words
    if (
        complement
        and (from_object or _an_object(verb, complement))
        and _head_of(complement).lower_ in NOT_SAID_OBJECTS.get(lemma, ())
    ):
        return True  # "will defend his title", "wrote her first novel": a contest or a work, not words
    if lemma == "say" and any(
        c.dep_ in ("intj", "dobj", "npadvmod") and c.i == verb.i + 1 and c.lower_ in NOT_SAID_OBJECTS["say"]
        for c in verb.children
    ):
        return True  # "Strikers said farewell to the depot" (the parser took "farewell" for an interjection)
    if (
        verb.lower_ in TAKING_QUESTIONS
        and any(c.dep_ == "dobj" and c.lower_ in ("questions", "question") for c in verb.children)
        and not any(t.is_quote or t.pos_ in ("VERB", "AUX") for t in complement)
    ):
        return True  # "took questions on the call": answering is to come, the call is no claim
    if lemma in ("make", "do", "take") and [t.lower_ for t in complement] in (["it"], ["that"], ["this"]):
        return True  # "she had a choice, and she made it": an act, its object a pronoun
    if lemma == "declare" and _results_declared(verb):
        return True  # "as the last constituencies declared": a count announced, no one's claim
    if verb.lower_ in FACING and not any(t.is_quote for t in complement):
        return True  # "faced questions from the committee": what was put to them, not what they said
    if lemma == "identify" and any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children
    ):
        return True  # "A man who identified himself only as Yusuf": a name given, not a statement
    if lemma in ("ask", "contact", "approach", "reach") and _for_comment(verb):
        return True  # "asked the ministry for comment": the reporter's request, no one's words
    if lemma in SIDE_TAKING and _only_a_side(verb, complement):
        return True  # "testified against her former husband", "writing for the majority": whose side
    if lemma in ("pass", "vote", "approve", "reject", "win", "lose") and _only_a_tally(verb):
        return True  # "The bill passed 212 to 190 on Thursday": a count of votes, nothing voted for
    if lemma in ("say", "speak") and SAID_IT_ALL.fullmatch(" ".join(t.lower_ for t in complement)):
        return True  # "her face said it all", "His silence spoke volumes": a look, not words
    if _a_question_to(verb):
        return True  # "Can the Prime Minister tell the House why …?": asked of him, not said by him
    if _rumoured(verb):
        return True  # "Aske is said to have told the board …": hearsay with no one who heard it
    if _yet_to_say(verb):
        return True  # "is set to tell the summit that …": not said yet, as "is expected to say" already
    if _supposed_or_forecast(verb):
        return True  # "Critics could argue …", "The inquiry will ask whether …": supposed or to come
    if _disputed_report(verb):
        return True  # "Quarrie has said Aske called the auditors “clowns”, which he denies"
    if _denied(verb):
        return True  # "denied having said that …", "rejected claims that he had said …": not his words
    if lemma in SHOWING and _pictures(verb) and _someone_shown(complement):
        return True  # "State television showed the president at the dam": footage, not words
    if lemma == "find" and _a_verdict(complement):
        return True  # "The jury found Kestel guilty": a verdict, not a statement
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True  # "If they say the quay is safe, …": a supposition, not a statement
    if _inverted_supposition(verb):
        return True  # "Had the judge said “guilty”, the crowd would have rioted"
    if lemma == "say" and any(
        c.tag_ == "WP" and c.dep_ == "dobj" and c.i == sentence_of(verb).start for c in verb.children
    ):
        return True  # "What the minister says matters": what is said, as the subject of another verb
    negated = any(
        c.dep_ == "neg"
        # "Not once did the minister say …", "never once said": a negated adverb of frequency
        or (c.dep_ == "advmod" and c.lower_ in ("once", "ever") and any(g.dep_ == "neg" for g in c.children))
        for c in verb.children
    ) or _neither_nor_or_failed(verb)
    if negated and lemma in SPEECH_ACTS_NOT_DONE and _words_or_a_clause(complement):
        # "never said the strike was illegal", "did not call the plan “reckless”", "did not deny that
        # …", "neither confirmed nor denied that …": no one's claim ("did not mention Trump by name"
        # stays, as PolNeAR counts it)
        return True
    if lemma in FINDING_OUT and _an_object(verb, complement):
        return True  # "She learned her lines in a week": what one learns is said only as a clause
    if negated and lemma in DISCLOSING and complement:
        return True  # "Police have not released the name of the victim": nothing made public
    if negated and lemma == "claim" and _an_object(verb, complement):
        return True  # "has not claimed credit for the ferry route": no claim made
    if negated and (not complement or complement[0].lower_ in WH_WORDS or lemma == "comment"):
        return True  # "did not say when …", "did not comment on the talks"
    if (
        negated
        and lemma in ("respond", "reply", "return", "answer")
        and any(t.lower_ in UNANSWERED for t in complement)
    ):
        # "did not respond to requests for comment", "did not respond to questions" (red team 187):
        # no answer is no statement
        return True
    declined = verb.dep_ == "xcomp" and verb.head.lower_.startswith(("declin", "refus"))
    if (lemma in NO_COMMENT or verb.lower_ in JUDGING_DECLINED) and declined:
        return True  # the "comment" of "declined to comment on the talks", "refused to blame the referee"
    if verb.lower_.startswith(("declin", "refus")) and any(
        c.dep_ == "xcomp" and c.lower_ in WITHHOLDING for c in verb.children
    ):
        return True  # "refused to confirm the figure", "declined to disclose the cost": nothing said
    if verb.lower_.startswith(("declin", "refus")) and _an_interview_declined(verb):
        return True  # "declined to be interviewed", "declined an interview request": nothing said
    if lemma in ("ask", "request") and ANONYMITY_ASKED.search(" ".join(t.lower_ for t in complement)):
        return True  # "who asked that his name be withheld": the terms of speaking, not a statement
    if (
        from_object
        and complement
        and any(t.lower_ in NOTHING_SAID and t.head.i == verb.i for t in complement)
    ):
        return True  # "said nothing about the talks", "has said little about the leak"
    if a_plea(lemma, complement):
        return True  # "Dawn Keeley, 41, denies murder", "admitted affray": a plea, not a statement
    if lemma in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lower_ in NO_COMMENT for c in verb.children
    ):
        return True
    if lemma in ("ask", "request") and _anonymity(verb):
        return True  # "an official, who asked not to be named, said …": a condition, not a statement
    if lemma in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lower_ in ("named", "identified", "quoted", "drawn") for c in verb.children
    ):
        return True  # "a spokesperson, who declined to be named, told …": the terms of speaking
    # "Asked about the review, Lasken said …", "Lasken, asked about the review, said …"
    if lemma != "ask":
        return False
    before = verb.doc[verb.i - 1].text if verb.i > 0 else ""
    if age_before_verb(verb, frozenset()) is not None:
        return False  # "“…?” the 43-year-old asked": the speaker's question, the parse hung it on the age
    if verb.dep_ in ("advcl", "acl"):
        return verb.tag_ == "VBN" or before == "," or verb.is_sent_start is True
    # "Lasken, asked about the review, said …" parsed with "asked" as the main verb: a participle
    # set off by a comma, with no object of its own, is still the reporter's question
    # ("The committee chairman, Rhodri Pascoe, asked whether …": no other verb of saying, his question)
    sent = sentence_of(verb)
    return (
        before == ","
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        and any(t.lemma_.lower() in lexicon.CORE_CUE_LEMMAS and t.pos_ == "VERB" and t != verb for t in sent)
    )


def _anonymity(verb: Token) -> bool:
    """ "asked not to be named / identified", "requested anonymity"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ == "anonymity":
            return True
        if (
            child.dep_ == "xcomp"
            and child.lower_ in ("named", "identified", "quoted")
            and any(c.dep_ == "neg" for c in child.children)
        ):
            return True
    return False


def a_label_before_a_colon(verb: Token, complement: list[Token]) -> bool:
    """A headline's topic before its colon, with no verb of its own ("Load-shedding: Minister
    defends …"): what the headline is about, not what the verb after the colon says."""
    last = complement[-1]
    doc = verb.doc
    if last.i + 1 >= verb.i or doc[last.i + 1].text != ":" or complement[0].i != sentence_of(verb).start:
        return False
    return not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ in ("nsubj", "nsubjpass") for t in complement
    )


# What a listing's label announces or notes before its colon: "Result announced:- PTI wins seat",
# "Questions asked:- …", "Decisions noted:- …" (South Asian copy; review 1 of session 43).
LABEL_NOUNS = frozenset(
    {"result", "dividend", "schedule", "list", "name", "decision", "question", "agenda", "fare", "timing"}
    | {"date", "fee", "rate", "price", "mark", "holiday", "guideline", "rule", "measure", "step", "detail"}
    | {"highlight", "item", "finding", "figure", "score", "outcome", "winner", "change", "plan"}
)


LABEL_VERBS = frozenset({"announce", "ask", "note", "declare", "release", "reveal", "unveil", "list"})
LABEL_VERB_FORMS = frozenset(  # (a headline's capitalised "Announced" is not lemmatized)
    {"announced", "asked", "noted", "declared", "released", "revealed", "unveiled", "listed"}
)


# What went unanswered: "did not respond to questions / to a request for comment / to emails".
UNANSWERED = frozenset(
    {"comment", "questions", "question", "inquiries", "enquiries", "queries", "emails", "calls", "messages"}
    | {"inquiry", "enquiry", "interview", "allegations", "allegation", "letter", "letters", "voicemails"}
)


def a_listing_s_label(verb: Token, children: list[Token]) -> bool:
    """ "Result announced:- PTI wins seat.": a label (a thing announced, with no article, opening the
    sentence), not a speaker and its verb before a colon."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in (":", ":-"):
        return False
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.left_edge.i != sentence_of(verb).start or subject.i + 1 != verb.i:
        return False
    if verb.lemma_.lower() not in LABEL_VERBS and verb.lower_ not in LABEL_VERB_FORMS:
        return False  # "Mr Price said:", "Dr Marks added:": a speaker's verb (review 2)
    if any(t.dep_ in ("det", "poss") for t in subject.subtree):
        return False
    if any(
        t is not subject and (t.lower_ in lexicon.HONORIFICS or t.lower_ in lexicon.given_names())
        for t in subject.subtree
    ):
        return False  # "Mr Price announced:", "Jacob Price announced:" (but "Matric Result Announced:")
    if subject.pos_ == "PROPN" and (named_elsewhere(subject) or styled_elsewhere(subject)):
        return False  # "Price announced:" after "Jacob Price"
    return subject.lower_.removesuffix("s") in LABEL_NOUNS or subject.lemma_.lower() in LABEL_NOUNS


# Verbs of state-agency English that report a meeting's words with no speaker: "It was affirmed
# that …", "It was emphasised that …" (red team 179).
IMPERSONAL_LEMMAS = frozenset(
    {"affirm", "emphasise", "emphasize", "reaffirm", "reiterate", "underline", "underscore", "confirm"}
    | {"clarify", "explain", "indicate", "agree", "announce", "declare", "assert", "maintain", "inform"}
)


# Verbs whose clause an impersonal passive is the subject's view of, not a statement on its own.
DOUBTING_LEMMAS = frozenset(
    {"doubt", "dispute", "question", "believe", "think", "suspect", "wonder", "feel", "assume"}
    | {"hope", "know", "remember", "recall", "realise", "realize", "expect", "fear", "show"}
)
# (their forms: the parse lemmatizes only words that can be cues)
DOUBTING_FORMS = frozenset(
    {f"{w}{end}" for w in DOUBTING_LEMMAS for end in ("", "s")}
    | {f"{w.removesuffix('e')}ed" for w in DOUBTING_LEMMAS}
    | {"thought", "felt", "knew", "known", "shown", "feared", "hoped", "recalled"}
)


def impersonal_passive(verb: Token, complement: list[Token]) -> Token | None:
    """The "It" of "It was stated that …", "It was announced on Monday that …": a passive verb of
    saying with an expletive subject, no agent and a "that" clause."""
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBN" or not complement:
        return None
    if lemma not in lexicon.CORE_CUE_LEMMAS and lemma not in IMPERSONAL_LEMMAS:
        if lemma != "point" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return None  # ("It was pointed out that …")
    if any(c.dep_ == "agent" for c in verb.children) or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return None  # "It should be noted that …": the reporter's own aside
    head = verb.head
    if verb.dep_ == "ccomp" and (
        head.lemma_.lower() in lexicon.CORE_CUE_LEMMAS | DOUBTING_LEMMAS or head.lower_ in DOUBTING_FORMS
    ):
        # "The FA said it had been informed that …": "it" is the FA, told (review 5); "MPs were told it
        # had been agreed that …": what they were told, one statement; "Officials doubt it was agreed
        # that …": the officials' doubt (review 7); but "Fans were angered that it was announced that
        # …" (review 6), "Staff discovered it had been announced that …": the announcement (session 43)
        return None
    expletive = next((c for c in verb.children if c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it"), None)
    first = min(complement, key=lambda t: t.i)
    return expletive if expletive is not None and first.lower_ == "that" and first.i > verb.i else None


# "Referring to …, X said": a participle opening the sentence names the topic of the main clause's saying.
TOPIC_PARTICIPLES = frozenset({"referring", "pointing", "alluding", "turning", "touching", "commenting"})


def fronted_topic(verb: Token, sent: SentSpan) -> bool:
    return (
        verb.lower_ in TOPIC_PARTICIPLES
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and all(t.is_punct for t in verb.doc[sent.start : verb.i])
    )


CITING_FORMS = frozenset({"cited", "cites", "cite", "citing"})


CITED_WRITINGS = frozenset(
    {"post", "report", "statement", "message", "tweet", "article", "broadcast", "video"}
)


# Documents a report's information comes from, cited with no clause of their own.
CITED_DOCUMENTS = frozenset(
    {"memo", "memos", "memorandum", "document", "documents", "email", "emails"}
    | {"letter", "letters", "filing", "filings", "transcript", "transcripts", "data", "figures", "statistics"}
    | {"study", "survey", "poll", "audit", "assessment", "analysis", "complaint", "affidavit", "indictment"}
    | {
        "minutes",
        "logs",
        "files",
        "papers",
        "report",
        "reports",
        "statement",
        "interview",
        "sources",
        "source",
    }
)


def only_a_source(complement: list[Token]) -> bool:
    """What was cited is someone ("the prosecutor", "two officials", "Reuters"), not a claim."""
    words = [t for t in complement if not t.is_punct]
    roots = [t for t in words if t.head not in words or t.head == t]
    if len(roots) != 1 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    root = roots[0]
    authored = root.lower_.removesuffix("s") in CITED_WRITINGS and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in root.children
    )  # "citing a post by the channel Voice of Velmar", "citing a report from the agency"
    document = root.lower_ in CITED_DOCUMENTS and all(
        t.i == root.i or t.dep_ in ("det", "amod", "compound", "poss", "case") for t in words
    )  # "citing an internal memo", "citing court documents"
    return (
        authored
        or document
        or root.lower_ in lexicon.words("person_roles.txt")
        or root.lower_.removesuffix("s") in lexicon.words("person_roles.txt")
        or root.lower_ in lexicon.words("anonymous_markers.txt")
        or root.ent_type_ in ("PERSON", "ORG", "NORP")
    )


def the_report_s_source(citing: Token, complement: list[Token]) -> bool:
    """ "Narodni Glas, citing Dornpress, reported that …", "…, state television reported, citing a
    ministry statement": beside a verb of reporting, what is cited is where the report came from — a
    name the recogniser did not know, or a body's statement — not a claim of its own."""
    reporting = ("report", "say")
    head = citing.head
    if citing.dep_ not in ("advcl", "xcomp", "acl") or not (
        head.lemma_.lower() in reporting
        or any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in reporting for c in head.children)
    ):
        return False
    words = [t for t in complement if not t.is_punct and t.pos_ != "DET"]
    if words and all(t.pos_ == "PROPN" for t in words):
        return True  # a name
    root = next((t for t in words if t.head not in words or t.head == t), None)
    return (
        root is not None
        and root.lower_.removesuffix("s") in CITED_WRITINGS
        and all(t.i == root.i or (t.dep_ == "compound" and t.head.i == root.i) for t in words)
    )  # "a ministry statement", "police reports"


# The house style of state news agencies: a minister "affirmed the Kingdom's keenness to …",
# "reiterated the country's firm position on …", "stressed the need for …".
STANCE_VERBS = frozenset(
    {"affirm", "reaffirm", "reiterate", "stress", "underscore", "underline", "emphasise"}
)
STANCE_NOUNS = frozenset(
    {"keenness", "commitment", "position", "stance", "support", "rejection", "readiness", "determination"}
    | {"need", "importance", "necessity", "solidarity", "condemnation", "eagerness", "resolve"}
)


def states_a_stance(verb: Token, lemma: str) -> bool:
    """A finite verb of stance, with a stance for its object, of someone who can hold one (not
    "Cruz's fusillade underscored the importance of …")."""
    if lemma not in STANCE_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    children = list(verb.children)
    if not any(c.dep_ == "dobj" and c.lower_ in STANCE_NOUNS for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.pos_ == "PROPN"
        or subject.lower_ in ("he", "she", "they", "we", "i")
        or subject.lower_ in lexicon.words("person_roles.txt")
        or subject.lower_ in lexicon.words("org_nouns.txt")
    )


# Verbs of judging that, with "as" and quoted words, say what the judge called the thing.
JUDGED_AS = lexicon.JUDGING_FOR | {"welcome", "describe", "brand", "label", "dismiss", "reject"}


def judged_as_quoted(verb: Token, lemma: str, inside_quote: frozenset[int]) -> bool:
    """ "Saleh welcomed the deal as “a new chapter”", "was welcomed by Saleh as “…”": the quoted words
    after "as" are what the judge called it, though welcoming alone says nothing."""
    if lemma not in JUDGED_AS or not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return False  # a judge of its own, not "the meanest he got was to label as “…”"
    return any(
        prep.dep_ == "prep" and prep.lower_ == "as" and object_.dep_ == "pobj" and object_.i in inside_quote
        for prep in verb.children
        for object_ in prep.children
    )  # the words named, not all that hangs on them ("… “a new chapter” for the two ports")


def tribute_to_quoted(verb: Token, inside_quote: frozenset[int]) -> bool:
    """ "Prime Minister Ansel Brook paid tribute to “a giant of our public life”": the words quoted
    after the tribute are the tribute's."""
    if verb.lower_ not in ("paid", "pays", "pay", "paying"):
        return False
    tributes = [
        c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("tribute", "tributes", "homage")
    ]
    return bool(tributes) and any(
        prep.dep_ == "prep" and prep.lower_ == "to" and object_.dep_ == "pobj" and object_.i in inside_quote
        for holder in (verb, *tributes)
        for prep in holder.children
        for object_ in prep.children
    )


# How someone spoke, said of them before a colon: "Leon Vard was more blunt: “…”".
MANNERS_OF_SPEAKING = frozenset(
    {"blunt", "blunter", "direct", "candid", "frank", "succinct", "emphatic", "scathing", "defiant"}
    | {"unequivocal", "forthright", "brief", "terse", "adamant", "unapologetic", "unrepentant", "explicit"}
)
# The mood someone spoke in, said only of a person: "Zbigniew Mazur was furious: “…”" (red team
# 159), not "His tone was dismissive", "The report was damning".
MOODS_OF_SPEAKING = frozenset(
    {"furious", "angry", "cautious", "upbeat", "optimistic", "pessimistic", "dismissive", "damning"}
    | {"withering", "harsher", "gloomy", "bullish", "downbeat", "outspoken", "diplomatic", "tearful"}
)


def a_person_in_a_mood(subject: Token) -> bool:
    """Whom a mood before a colon may be said of: a person, a body, a report; not a tone or a mood."""
    return subject.pos_ == "PROPN" or subject.lower_ not in NO_ONE_IN_A_MOOD  # (not "Marco Sign")


# What a mood is said of that speaks no words: "His tone was dismissive:", "The mood was upbeat:".
NO_ONE_IN_A_MOOD = frozenset(
    {"tone", "mood", "atmosphere", "outlook", "feeling", "reaction", "response", "headlines", "headline"}
    | {"forecast", "poll", "polls", "markets", "market", "weather", "sky", "skies", "scene"}
    | {"placards", "placard", "banners", "banner", "signs", "sign", "pages", "page", "front", "data"}
    | {"figures", "numbers"}
)


def quotation_unattributed(doc: Doc, opening: int, end: int) -> bool:
    """The quotation opening at ``opening`` has no attribution of its own after its closing mark
    ('Residents were furious: “…,” said Jo Bell' has); "years’ time" is no closing mark."""
    single = doc[opening].text in ("‘", "'")
    closes = ("’", "'") if single else ("”", '"', "“")
    closing = None
    for tok in doc[opening + 1 : end]:
        if tok.text not in closes:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < end else None
        if (
            single
            and after is not None
            and tok.whitespace_
            and after.text[:1].islower()
            and doc[tok.i - 1].lower_.endswith("s")
        ):
            continue  # a possessive: "In two years’ time"
        closing = tok
        break
    if closing is None:
        return True
    return not any(
        t.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
        or t.lower_ in ("said", "says", "told", "added", "according")
        or (t.pos_ == "VERB" and t.lower_ in ATTRIBUTING_FORMS)
        for t in doc[closing.i + 1 : end]
    )


# Verbs of saying the lemmatizer leaves alone, after a quotation: "“…,” one pensioner grumbled".
ATTRIBUTING_FORMS = frozenset(
    {"grumbled", "muttered", "shouted", "yelled", "screamed", "sighed", "laughed", "joked", "snapped"}
    | {"replied", "retorted", "insisted", "warned", "explained", "wrote", "tweeted", "posted", "chanted"}
)


PLAIN_MANNERS = frozenset({"simple", "short", "clear", "plain", "stark", "firm"})
WORDS_SAID = frozenset({"message", "answer", "reply", "response", "advice", "retort", "verdict", "warning"})


def owner_of_words(noun: Token) -> Token | None:
    """Whose words a noun for them is: "Runa Falk’s message", "His answer" (else None)."""
    if noun.lower_ not in WORDS_SAID:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON", "NOUN")), None)


def speaks_in_a_manner(verb: Token) -> bool:
    """ "Leon Vard was more blunt: “The numbers are a disaster.”": a copula with an adjective of
    how someone speaks, right before the colon that opens their words."""
    doc = verb.doc
    # "Runa Falk’s message to hospitals was simple: “…”": a plain word, said of someone's words
    words_said = any(c.dep_ == "nsubj" and owner_of_words(c) is not None for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    manners = [
        c
        for c in verb.children
        if c.dep_ == "acomp"
        and (
            c.lower_ in MANNERS_OF_SPEAKING
            or (words_said and c.lower_ in PLAIN_MANNERS)
            or (c.lower_ in MOODS_OF_SPEAKING and subject is not None and a_person_in_a_mood(subject))
        )
    ]
    if not manners or subject is None:
        return False
    after = manners[0].right_edge.i + 1
    if not (after + 1 < len(doc) and doc[after].text == ":" and doc[after + 1].is_quote):
        return False
    # the quotation has no attribution of its own ('Residents were furious: “…,” said Jo Bell')
    return quotation_unattributed(doc, after + 1, sentence_of(verb).end)


def says_by_its_construction(verb: Token, lemma: str, complement: list[Token]) -> bool:
    """A verb the classifier finds weak that reports a clause all the same, by how it is built."""
    if _repeats_saying(verb, complement) or _participle_with_that(verb, lemma):
        return True
    if complement and (shown_saying(verb) or perceived_saying(verb) is not None):
        return True  # "showed Stanek saying that …", "can be heard saying that …"
    if complement and complement == answer(verb):
        return True
    if not complement:
        return False
    if lemma == "make" and any(
        c.dep_ in ("ccomp", "oprd", "xcomp")
        and c.lower_ == "known"
        and any(t.lower_ in ("this", "these") for t in verb.doc[verb.i + 1 : c.i])
        for c in verb.children
    ):
        return True  # "made this known in a statement": the Nigerian press's "disclosed this"
    if as_clause(verb) and _says_in_as_clause(verb, lemma):
        return True  # "As Varek put it, the ministry is …": the main clause is what was said
    if _reports_a_finite_clause(verb, lemma):
        return True
    if lemma in CLOSING_CLAIMS and _closes_its_clause(verb, complement):
        return True  # "Halvorsen misled investors, the complaint states."
    return (
        verb.dep_ == "parataxis"
        and lemma in lexicon.CORE_CUE_LEMMAS
        and not any(c.lower_ == "all" for c in verb.children if c.dep_ == "nsubj")
    )  # "The difference now, he told me, is that …"; not "All told, the group …"


# Verbs of a document's or a party's claim that close the sentence after it: "…, the complaint states",
# "…, the indictment alleges", "…, the lawsuit claims".
CLOSING_CLAIMS = frozenset({"state", "allege", "claim", "contend", "assert", "maintain"})


def _closes_its_clause(verb: Token, complement: list[Token]) -> bool:
    """The verb ends its sentence, its subject right before it and the clause it reports before that
    and a comma."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return (
        bool(subjects)
        and subjects[0].right_edge.i == verb.i - 1  # not "… groups that favored her in other states."
        and complement[-1].i < subjects[0].left_edge.i
        and doc[subjects[0].left_edge.i - 1].text == ","
    )


# A verb of saying this often a cue when it has a clause (PolNeAR train) is one in any form.
CLAUSE_CUE_RATE = 0.65
MODALS = frozenset({"should", "would", "could", "might", "may", "must", "can", "let"})
PERFECT = frozenset({"has", "have", "had"})
RELATIVE_SUBJECTS = frozenset({"that", "which", "who", "whom", "what", "it"})
FACTUAL_MARKS = frozenset({"although", "though", "while", "whereas", "because"})


def _reports_a_finite_clause(verb: Token, lemma: str) -> bool:
    """ "Varek claims he is worth $10 billion": a finite main verb of saying with a named subject and
    a clause with its own subject is a cue, however rare its form was in the cue model's training
    text ("claims" is mostly a noun there). Not after a modal ("I should say that …")."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PERFECT for c in verb.children)
    if verb.tag_ not in ("VBZ", "VBD", "VBP") and not perfect:
        return False
    if (
        verb.dep_ not in ("ROOT", "conj")
        and not (
            verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in FACTUAL_MARKS for c in verb.children)
        )
        and not _reported_in_turn(verb)
    ):
        return False  # "…, although they say they support …" reports; "if they say …" supposes
    if (
        lemma not in lexicon.CORE_CUE_LEMMAS
        or lexicon.learned_cues().get(lemma, (0.0, 0.0))[1] < CLAUSE_CUE_RATE
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects and verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        # "Oduya spoke to reporters and admitted the plan had failed": the first verb's subject
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.head.i]
    if not subjects or subjects[0].lower_ in RELATIVE_SUBJECTS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i] + clause_after_venue(verb)
    return any(any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children) for c in clauses)


def _reported_in_turn(verb: Token) -> bool:
    """A clause of saying inside another one's report, which the cue model finds weak: "Lutsk said
    talks were possible, the agency VorPress reported" (opening the sentence, what a later verb of
    saying reports: a citation hop) or "The survey found that 48 percent of respondents said …"
    (a that-clause of a finding)."""
    head = verb.head
    if verb.dep_ != "ccomp":
        return False
    if head.i < verb.i:
        # "The survey found that 48 percent of respondents said …": a report inside a finding
        if head.lemma_.lower() in FINDING and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
        ):
            return True
        # "The agency VorPress reported that Interior Minister Ivan Lutsk said …": an outlet's report
        # of someone's words, the citation hop users trace; and anyone's report of what a named
        # person said or told ("Narodni Glas reported that Ziller had told police commanders …")
        if head.lemma_.lower() not in RELAYING:
            return False
        reporters = [c for c in head.children if c.dep_ == "nsubj"]
        return any(_an_outlet(c) for c in reporters) or (
            bool(reporters) and verb.lemma_.lower() in ("say", "tell") and _a_named_person_speaks(verb)
        )
    return head.lemma_.lower() in lexicon.CORE_CUE_LEMMAS and verb.left_edge.i == sentence_of(verb).start


def _a_named_person_speaks(verb: Token) -> bool:
    """The verb's subject is a person's name ("Interior Minister Radko Ziller", "Stanek")."""
    return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and c.i < verb.i for c in verb.children)


# Verbs by which an outlet passes on what someone said.
RELAYING = frozenset({"report", "say", "write", "quote"})


def _an_outlet(subject: Token) -> bool:
    """A news outlet as a subject: "The agency VorPress", "Narodni Glas", "state television"."""
    words = [subject, *(c for c in subject.children if c.dep_ in ("compound", "appos", "nmod"))]
    if any(w.lower_ in lexicon.OUTLET_NOUNS for w in words):
        return True
    named = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
    return subject.ent_type_ == "ORG" or is_outlet([*named, subject])  # "The Dravin Observer"


# Verbs of a study's or poll's finding, whose that-clause may report what people said.
FINDING = frozenset({"find", "show", "suggest", "indicate", "reveal"})


def _quoted_in_the_phrase(head: Token) -> bool:
    """A quotation mark in a phrase's own words, not in a clause of its own inside it ("a curfew
    “until further notice”", not "martial law, which critics called “a coup”") nor a possessive's."""
    clauses = [t for t in head.subtree if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj") and t != head]
    inside = {t.i for c in clauses for t in c.subtree}
    # (a lone ’ or ' may close a plural's possessive: "the islands’ 12 districts"; a pair quotes)
    marks = [t for t in head.subtree if t.is_quote and t.tag_ != "POS" and t.i not in inside]
    return any(t.text not in ("’", "'") for t in marks) or len(marks) >= 2


def _opens_with_a_mark(phrase: Token) -> bool:
    """ "declared a state of emergency “to protect lives and property”": the phrase is quoted whole."""
    first = phrase.left_edge
    before = phrase.doc[first.i - 1] if first.i > 0 else None
    return (first.is_quote and first.tag_ != "POS") or (
        before is not None and before.is_quote and before.tag_ != "POS" and before.text != "’"
    )


# Idioms of verbs the cue model finds likely with an object, that say nothing: (lemma, objects).
NOT_SAYING_OBJECTS = {
    "refer": frozenset({"questions", "question", "inquiries", "queries", "requests", "calls"}),
    "pass": frozenset({"reading", "vote", "test", "muster", "law", "bill", "motion", "budget"})
    # a bill clearing a chamber: "The bill passed the Senate" (red team 173)
    | frozenset({"senate", "house", "commons", "lords", "assembly", "parliament", "legislature", "congress"}),
    # a state an authority puts in force: "declared a drought", "declared a state of emergency"
    "declare": frozenset({"drought", "emergency", "state", "curfew", "holiday", "famine", "bankruptcy"})
    | frozenset({"insolvency", "dividend", "incident", "law", "ceasefire", "truce", "lockdown", "mourning"})
    | frozenset({"ban", "disaster"}),
    "call": frozenset({"order"}),
    # a court's or an official's decisions: "dismissed the appeal", "refused bail"
    "dismiss": frozenset({"appeal", "appeals", "case", "cases", "lawsuit", "lawsuits", "suit", "motion"})
    | frozenset({"application", "applications", "petition", "petitions", "jury", "jurors"}),
    "refuse": frozenset({"bail", "entry", "permission", "visa", "visas", "treatment", "access", "admission"})
    | frozenset({"extradition", "asylum", "licence", "license", "application", "request", "offer", "food"})
    | frozenset({"hear"}),
    # conduct, a family's news, a result: "showed no remorse", "are expecting their first child",
    # "recorded a narrative conclusion", "recorded a loss"
    "show": frozenset({"remorse", "emotion", "emotions", "regret", "restraint", "signs", "sign", "interest"})
    | frozenset({"courage", "mercy", "respect", "resilience", "patience", "solidarity", "form", "character"}),
    "expect": frozenset({"child", "baby", "twins", "guests", "visitors", "delivery"}),
    "record": frozenset({"conclusion", "verdict", "loss", "losses", "profit", "profits", "win", "victory"})
    | frozenset(
        {"album", "song", "songs", "video", "temperature", "rainfall", "deaths", "surplus", "deficit"}
    ),
    # the headline verbs of criticism, used of things hit or fired: "blasted a shot over the bar",
    # "slammed the door", "fired tear gas"
    "blast": frozenset(
        {"shot", "shots", "ball", "effort", "penalty", "kick", "volley", "header", "music", "horn"}
    ),
    "slam": frozenset({"door", "doors", "brakes", "bus", "car", "ball", "shot", "fist", "phone", "gavel"}),
    "fire": frozenset(
        {"gas", "shots", "shot", "bullets", "rounds", "rockets", "rocket", "missiles", "missile"}
    )
    | frozenset(
        {"shells", "cannon", "weapons", "weapon", "volleys", "flares", "salvo", "warning", "pellets"}
    ),
    # a court's rulings and acts of the day's news (red teams, session 40): "denied bail", "declined
    # to hear the case", "cast his vote", "presented the award", "released a CCTV image", "issued a
    # description of the suspect", "fired … warning shots", "pointed to the spot", "has seen a rise"
    "deny": frozenset(
        {"bail", "motion", "motions", "parole", "appeal", "appeals", "petition", "application"}
    ),
    "decline": frozenset({"hear"}),
    "cast": frozenset({"vote", "votes", "ballot", "ballots"}),
    "present": frozenset(
        {"award", "awards", "prize", "prizes", "trophy", "medal", "medals", "cheque", "check"}
    )
    | frozenset({"certificate", "bouquet", "flowers", "gift", "plaque"}),
    "release": frozenset({"image", "images", "footage", "photo", "photos", "picture", "pictures", "e-fit"})
    | frozenset({"still", "stills", "description", "name", "names", "album", "single", "song"}),
    "issue": frozenset({"image", "images", "photo", "photos", "picture", "pictures", "e-fit", "description"}),
    "warn": frozenset({"shots", "shot"}),
    "wave": frozenset({"flag", "flags", "banner", "banners", "placard", "placards", "hand", "hands", "arms"}),
    "point": frozenset({"spot"}),
    "see": frozenset({"rise", "increase", "fall", "drop", "surge", "spike", "jump", "decline", "influx"})
    | frozenset({"number", "boom", "slump", "growth", "change", "changes", "spate", "series"}),
    # "addressed the nation": speaking to someone says nothing until what was said is given
    "address": frozenset({"nation", "country", "crowd", "rally", "audience", "parliament", "assembly"})
    | frozenset(
        {"congress", "conference", "summit", "meeting", "supporters", "crowds", "people", "delegates"}
    ),
}
# Verbs whose own object alone shows the act ("has seen a rise", not "see Sanders as an agent in
# Clinton's decline").
# Forms of verbs outside the cue lexicon that the cue model may still take for one, which never say
# anything: "The outage affected about 3 million users, according to Nimbus" (red team 169).
NEVER_SAYING_FORMS = frozenset({"affected", "affects"})
OWN_OBJECT_ONLY = frozenset({"see", "cast", "present", "release", "issue", "deny", "decline", "warn", "wave"})


def _the_spot(verb: Token) -> bool:
    """ "pointed to the spot", "pointed to the penalty spot": a referee's award, nothing more."""
    spots = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj" and o.lower_ == "spot"
    ]
    plain = any(
        all(c.lower_ in ("the", "penalty") or c.dep_ in ("relcl", "acl") for c in spot.children)
        for spot in spots
    )  # (and "the spot where the body was found")
    return plain and not any(t.dep_ == "prep" and t.lower_ == "as" for t in verb.subtree)


# Showing or posting a picture, a film or a book is not saying its contents: "posted a clip of the
# address", "aired a documentary titled …", "showed the book …" (only the verb's own object counts:
# "posted a statement on video" says something).
# (inflected forms: the parse has lemmas only for the cue lexicon's words)
MEDIA_VERBS = frozenset(
    f"{stem}{ending}" for stem in ("post", "air", "screen", "project") for ending in ("", "s", "ed", "ing")
) | frozenset(
    {"show", "shows", "showed", "shown", "showing", "broadcast", "broadcasts", "broadcasting"}
    | {"share", "shares", "shared", "sharing"}
)
# Taking someone at their word, or not: "did not believe him".
BELIEVING = frozenset({"believe", "trust", "doubt"})


# Verbs that answer a claim, and the claims they answer: "has denied reports that …".
ANSWERING_LEMMAS = frozenset({"deny", "dismiss", "reject", "confirm", "dispute", "rebut", "refute"})
CLAIM_NOUNS = frozenset(
    {"claim", "claims", "report", "reports", "allegation", "allegations", "accusation", "accusations"}
    | {"suggestion", "suggestions", "rumour", "rumours", "rumor", "rumors", "speculation"}
)


# What a denial answers when it has no clause: "denied any wrongdoing", "denies the charges".
DENIED_DEEDS = frozenset(
    {"wrongdoing", "wrongdoings", "charge", "charges", "involvement", "responsibility", "liability"}
    | {"negligence", "guilt", "misconduct"}
)


def answers_a_claim(verb: Token, lemma: str) -> bool:
    """ "Police have denied reports that water cannon were used": a denial of a claim whose clause
    is given is a statement, in any tense (the cue model, which saw few perfects with such an
    object, doubted "has denied claims that …" though not "denied claims that …")."""
    if lemma not in ANSWERING_LEMMAS:
        return False
    if lemma in ("deny", "dispute", "reject") and any(
        o.dep_ == "dobj" and o.lower_ in DENIED_DEEDS for o in verb.children
    ):
        return True  # "has denied any wrongdoing", "denied the charges": a claim of innocence
    return any(
        o.dep_ == "dobj"
        and o.lower_ in CLAIM_NOUNS
        and any(
            c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in o.children
        )
        for o in verb.children
    )


def _someone_let_go(verb: Token, objects: list[Token]) -> bool:
    """ "dismissed the driver", "sacked him": a person dismissed from a post (not "dismissed him as a
    fraud", which says what of him)."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    return any(
        o.ent_type_ == "PERSON"
        or (o.pos_ == "PRON" and o.lower_ in ("him", "her", "them"))
        or o.lower_.removesuffix("s") in lexicon.words("person_roles.txt")
        for o in objects
    )


# Passing on another's post: "shared a post by X", "retweeted X's message" (inflected forms).
PASSING_ON = frozenset(
    {"shared", "shares", "share", "sharing", "retweeted", "reposted", "forwarded", "circulated", "amplified"}
)
POSTS = frozenset(
    {"post", "posts", "tweet", "tweets", "message", "messages", "video", "clip", "thread", "letter"}
)


def _someone_else_s_post(obj: Token) -> bool:
    """A post by someone named: "a post by Councillor Aske", "a tweet from the ministry", "Aske's post"."""
    if obj.lower_ not in POSTS:
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ in ("by", "from") and any(g.dep_ == "pobj" for g in c.children))
        or (c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"))
        for c in obj.children
    )


def _an_amount_added(verb: Token, objects: list[Token]) -> bool:
    """ "adding about £110 to a typical bill", "added 2% to its shares": a figure and where it went."""
    return any(o.like_num or any(c.like_num for c in o.children) for o in objects) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children
    )


# What a firm or a state recalls by its own word: its products, its envoys.
RECALLED_THINGS = frozenset(
    {"product", "products", "batch", "batches", "vehicle", "vehicles", "car", "cars", "unit", "units"}
    | {"item", "items", "model", "models", "lot", "lots", "ambassador", "ambassadors", "envoy", "envoys"}
    | {"diplomat", "diplomats", "stock", "jars", "bottles", "packs", "tins", "cans", "bags", "toys"}
    | {"formula", "range", "staff", "workforce", "crew", "crews", "line", "lines"}
)
ORDERED_ACTS = frozenset(
    {"recall", "recalls", "evacuation", "evacuations", "inquiry", "investigation", "review", "closure"}
    | {"lockdown", "curfew", "ceasefire", "withdrawal", "retrial", "audit", "shutdown", "halt", "ban"}
    # a court's or an official's orders (red team 179): "ordered the seizure of its assets"
    | {"seizure", "release", "arrest", "arrests", "detention", "confiscation", "freezing", "freeze"}
    | {"demolition", "dissolution", "suspension", "deportation", "extradition", "removal", "destruction"}
    | {"execution", "transfer", "payment", "repayment", "return", "blocking", "closing", "reopening"}
)


def _in_quoted_words(verb: Token) -> bool:
    """A phrase of the verb quoted whole, or an "as" it is described with in quoted words (reviews 5,
    6): 'ordered a lockdown “to save lives”', 'recalled the meeting as “awkward”' (not 'recalled its
    “Blaze” kettles', a brand in the object)."""
    return any(
        (c.dep_ in ("advcl", "xcomp", "prep") and _opens_with_a_mark(c))
        or (c.dep_ == "prep" and c.lower_ == "as" and _quoted_in_the_phrase(c))
        # 'ordered “an immediate and independent inquiry.”': the object quoted whole (review 7)
        or (
            c.dep_ == "dobj"
            and _opens_with_a_mark(c)
            and any(t.is_quote for t in c.doc[c.right_edge.i + 1 : c.right_edge.i + 3])
        )
        for c in verb.children
    )


# What a government recalls is also its position: "The ministry recalled its position that …".
STANCES = frozenset(
    {"position", "stance", "commitment", "support", "opposition", "promise", "pledge", "view", "call"}
    | {"policy", "demand", "demands", "calls", "principle", "principles", "statement", "remarks"}
)


# Why a product is recalled: "as a precaution", "as a safety measure", "as part of a campaign".
RECALL_REASONS = frozenset({"precaution", "precautionary", "part", "safety", "measure", "step", "voluntary"})
# What people recall that is no product: "Survivors recalled their ordeal".
REMEMBERED = frozenset(
    {"ordeal", "experience", "experiences", "time", "times", "days", "years", "childhood", "journey"}
    | {"losses", "memories", "conversation", "conversations", "meeting", "meetings", "friendship"}
    | {"story", "stories", "life", "lives", "escape", "struggle", "struggles", "fight", "youth", "war"}
    | {"service", "careers", "career", "words", "first", "last", "terror", "fear", "fears", "shock"}
    | {"comrades", "colleagues", "friends", "parents", "children", "sons", "daughters", "moments"}
    | {"horror", "surprise", "relief", "joy", "grief", "anger", "pain", "day", "night", "nights", "visit"}
    | {"wedding", "mother", "father", "son", "daughter", "friend", "teacher", "teachers", "coach"}
    # events (review 2 of session 42: "Liverpool recalled the Hillsborough disaster")
    | {"disaster", "massacre", "scene", "scenes", "chaos", "panic", "scare", "attack", "attacks", "tragedy"}
    | {"crisis", "landslide", "victory", "defeat", "commitments", "commitment", "confusion", "carnage"}
    | {"stampede", "events", "incident", "aftermath", "bombing", "siege", "flood", "floods", "fire", "crash"}
)


def _a_recall_s_reason(reason: Token) -> bool:
    """ "as a precaution", "as a safety measure", "as a matter of precaution", "as a result of …"."""
    return (
        reason.lower_ in RECALL_REASONS
        or reason.lower_ == "result"
        or any(m.lower_ in RECALL_REASONS for m in reason.children if m.dep_ == "amod")
        or any(
            t.lower_ in RECALL_REASONS
            for p in reason.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for t in p.subtree
        )
    )


def _described_as_someone(verb: Token) -> bool:
    """ "recalled their comrades as brave men": an "as" that describes what was recalled, not why."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and not any(_a_recall_s_reason(o) for o in c.children if o.dep_ == "pobj")
        for c in verb.children
    )


def _a_thing_recalled(obj: Token) -> bool:
    """ "recalled its hummus", "recalled 40,000 cars", "recalled its ambassador" (not "recalled the
    day he left", "recalled her words", "recalled its position that …"): a product or an envoy called back."""
    if obj.lower_ in STANCES or any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in obj.children
    ):
        return False
    if obj.lower_ in RECALLED_THINGS:
        # (not "Colleagues recalled the late ambassador as a gifted linguist": remembered as someone)
        return not _described_as_someone(obj.head) and not _described_as_someone(obj)
    # "its hummus", "their baby monitors", "40,000 sleeping bags" (not "a 2007 reform bill", a year,
    # nor "their ordeal", "their losses": what people remember)
    owned = any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children) or (
        # "their baby monitors", not "their mother as a kind woman", "their horror" (review 9)
        any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children)
        and obj.tag_ == "NNS"
        and obj.lower_ not in REMEMBERED
        and obj.lower_ not in lexicon.words("person_roles.txt")
        # "recalled their comrades as brave men" (but "as a precaution" is a recall's reason)
        and not _described_as_someone(obj.head)
    )
    # "40,000 sleeping bags" (not "two occasions", "the two years they spent in Paris": a number in
    # figures, of no time remembered)
    return owned or (
        obj.tag_ == "NNS"
        and obj.lower_ not in REMEMBERED
        and any(
            c.dep_ == "nummod" and c.text[:1].isdigit() and not re.fullmatch(r"(?:19|20)\d\d", c.text)
            for c in obj.children
        )
    )


# Whence things are called back ("recalled MPs from their summer break", "recalled the pies from
# shelves") and why ("recalled the Corolla over a brake fault"); not "a story from his childhood",
# "the night over dinner".
RECALLED_FROM = frozenset(
    {"break", "recess", "holiday", "holidays", "leave", "market", "markets", "shelves", "sale", "stores"}
    | {"shops", "supermarkets", "exile", "loan", "retirement", "spell"}
)
# What a player is recalled for: "England recalled Stokes for the third Test".
RECALLED_FOR = frozenset(
    {"test", "match", "game", "series", "tour", "fixture", "clash", "tie", "qualifier", "friendly", "final"}
    | {"opener", "decider", "squad", "semi-final", "quarter-final"}
)
RECALL_CAUSES = frozenset(
    {"fault", "faults", "defect", "defects", "concern", "concerns", "fear", "fears", "risk", "risks"}
    | {"problem", "problems", "issue", "issues", "flaw", "flaws", "contamination", "glitch", "error"}
    | {"danger", "hazard", "hazards", "reports", "complaints", "traces", "presence", "possibility"}
)
# Who recalls products: a company, not someone remembering ("The carmaker recalled 3,000 vans").
RECALLING_BODIES = frozenset(
    {"company", "firm", "carmaker", "automaker", "manufacturer", "maker", "retailer", "supermarket"}
    | {"brand", "chain", "supplier", "producer", "importer", "distributor", "grocer"}
    | {"companies", "firms", "carmakers", "manufacturers", "makers", "retailers", "supermarkets", "brands"}
)
LISTENERS = frozenset({"reporters", "journalists", "press", "me", "him", "her", "us", "them", "friends"})


def _called_back(verb: Token, objects: list[Token]) -> bool:
    """ "Southgate has recalled Kane to the England squad", "recalled MPs from their summer break",
    "Toyota has recalled the Corolla over a brake fault", "Tyson Foods recalled ground beef": called
    back, not remembered (not "recalled to reporters the day …", "recalled the day from his childhood",
    "recalled the years as the hardest")."""
    if not objects or any(o.lower_ in STANCES or o.lower_ in REMEMBERED for o in objects):
        return False
    if _described_as_someone(verb) or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    first = min(o.i for o in objects)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > first):
        # (after the object: "recalled to The Times the chaos of the withdrawal" is a memory told)
        whom = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "to" and whom and whom[0].lower_ not in LISTENERS and whom[0].ent_type_ != "PERSON":
            return True  # "to the England squad", "to active duty"
        if prep.lower_ == "from" and whom and whom[0].lower_ in RECALLED_FROM:
            return True
        if prep.lower_ == "for" and whom and whom[0].lower_ in RECALLED_FOR:
            return True  # "recalled Stokes for the third Test"
        named = [*whom, *(c for w in whom for p in w.children if p.dep_ == "prep" for c in p.children)]
        if prep.lower_ in ("over", "after", "because", "due") and any(
            t.lower_ in RECALL_CAUSES for t in named
        ):
            return True  # "over a brake fault", "because of fears" (not "the panic over fears of a run")
    # a company's recall of a thing (not "Trump recalled Leonard Hill’s widow": the recogniser takes
    # people for organisations too, and no company recalls a person)
    if any(
        t.ent_type_ in ("PERSON", "NORP") or t.lower_ in lexicon.words("person_roles.txt")
        for o in objects
        for t in o.subtree
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # a company by its name (the recogniser's ORG, ending as firms' names do: "Tyson Foods") or its noun
    return any(
        s.lower_ in RECALLING_BODIES or (s.ent_type_ == "ORG" and s.lower_ in lexicon.words("firm_ends.txt"))
        for s in subjects
    )


def no_saying(verb: Token, lemma: str) -> bool:
    """ "His office referred questions to the ministry", "The bill passed its second reading",
    "called the House to order", "The crowd did not believe him": a verb with an object that is
    not what anybody said (or, for posting and showing, a picture as its subject)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lower_ in PASSING_ON and any(_someone_else_s_post(o) for o in objects):
        return True  # "shared a post by Councillor Aske saying …": the post speaks for Aske, not the sharer
    if lemma in BELIEVING:
        return any(o.pos_ == "PRON" or o.ent_type_ == "PERSON" for o in objects)
    if (
        lemma == "paint"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    ):
        return True  # "The mural … was painted by pupils": paint (not "painted a dire portrait of …")
    if lemma in ("dismiss", "sack", "fire") and _someone_let_go(verb, objects):
        return True  # "had unfairly dismissed the driver": a dismissal, not words

    if verb.lower_ in MEDIA_VERBS:
        # "Photos posted on Telegram that showed the damage …": the pictures were posted, not saying
        # (what a video "shows" stays its statement, as PolNeAR has it: "Video shows him …")
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and not verb.lower_.startswith("show")
        ]
        if any(o.lower_.removesuffix("s") in lexicon.MEDIA_OBJECTS for o in objects + subjects):
            return True
    if lemma == "tell" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True  # "MPs were told off by the Speaker": a reprimand, not what was said
    # (but 'ordered a lockdown “to save lives”', 'recalled the years as “the hardest”' are said)
    if lemma == "add" and _an_amount_added(verb, objects) and not _in_quoted_words(verb):
        return True  # "…, adding about £110 to a typical bill": a sum, not words (red team 175)
    if (
        lemma == "recall"
        and (any(_a_thing_recalled(o) for o in objects) or _called_back(verb, objects))
        and not _in_quoted_words(verb)
    ):
        return True  # "Harbury's has recalled its hummus", "recalled its ambassador" (red team 174)
    if (
        lemma == "order"
        and any(o.lower_ in ORDERED_ACTS for o in objects)
        and not _in_quoted_words(verb)
        # (but 'ordered the “immediate and unconditional release” of …': the order's own words)
        and not any(t.is_quote for o in objects for left in o.lefts for t in left.subtree)
    ):
        return True  # "The regulator has ordered a recall of the sleeping bags": an act
    if not lemma and verb.lower_ in NEVER_SAYING_FORMS:
        return True  # "The outage affected about 3 million users": no verb of saying at all
    idiom = NOT_SAYING_OBJECTS.get(lemma)
    if idiom is None:
        return False
    if lemma in OWN_OBJECT_ONLY and any(
        c.dep_ in ("ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
    ):
        return False  # "denied the motion was political", "cast the vote as a betrayal": said
    if lemma == "declare" and any(
        c.dep_ in ("oprd", "xcomp", "ccomp")
        or any(o.dep_ == "nsubj" for o in c.children)
        or (c.dep_ in ("prt", "acomp", "advmod") and c.lower_ == "over")  # "declared the truce over"
        or any(o.dep_ in ("prt", "acomp", "advmod") and o.lower_ == "over" for o in c.children)
        # 'declared a curfew “until further notice”' (review 2): a mark in the object's own phrase
        or (c.dep_ in ("dobj", "prep", "advmod", "npadvmod") and _quoted_in_the_phrase(c))
        or (c.dep_ in ("advcl", "xcomp", "prep") and _opens_with_a_mark(c))  # '… “to protect lives”'
        for c in verb.children
    ):
        return False  # "declared the outbreak a public health emergency": a finding it pronounced
    if lemma == "see" and not any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children
    ):
        return False  # "has seen a rise" (not a forecast: "The IMF sees growth at 3.1 per cent")
    if lemma == "point" and not _the_spot(verb):
        return False  # "pointed to the spot" (not "pointed to one bright spot: …")
    words = [c.lower_ for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    if lemma not in OWN_OBJECT_ONLY:
        words += [
            t.lower_
            for c in verb.children
            if c.dep_ in ("prep", "dative")
            for t in c.subtree
            if t.dep_ == "pobj"
        ]
    return any(w in idiom for w in words)


# Verbs of saying whose object is what was said, with no clause: "accusing the union of …".
OBJECT_SAYING = frozenset(
    {"accuse", "call", "describe", "deny", "demand", "urge", "question", "warn", "promise", "threaten"}
    | {"blame", "praise", "criticize", "criticise", "condemn", "dismiss", "reject", "denounce"}
)


def absolute_with(verb: Token, lemma: str, clause: list[Token]) -> bool:
    """ "…, with the ministry accusing the union of …", "with Sen. Vale calling it …": a participle of
    saying with its own subject after "with" is that subject's statement (the parser makes it the
    preposition's complement, where the cue model rarely saw one). Without a clause, only verbs
    whose object is the saying ("with the economy adding 151,000 jobs" is no one speaking)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return False
    if not (lemma in OBJECT_SAYING or (clause and lemma in lexicon.CORE_CUE_LEMMAS)):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i for c in verb.children)


def _repeats_saying(verb: Token, complement: list[Token]) -> bool:
    """A second verb of saying (see subjects.first_saying) with a clause of its own is a cue of its own."""
    return first_saying(verb) is not None and any(
        t.dep_ == "ccomp" and t.head.i == verb.i for t in complement
    )


def _participle_with_that(verb: Token, lemma: str) -> bool:
    """ "…, telling Stephanopoulos that he had seen …": a participle of saying with a that-clause."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and lemma in lexicon.CORE_CUE_LEMMAS
        and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in verb.children
        )
    )


NOBODY = frozenset({"nobody", "none", "neither", "noone"})


def nobody(subject: Token) -> bool:
    """A subject that denies anyone spoke: "Neither X nor Y", "None of the ministers", "No one",
    "No official"."""
    return subject.lower_ in NOBODY or any(
        c.dep_ in ("preconj", "det") and c.lower_ in ("neither", "no") and c.i < subject.i
        for c in subject.children
    )


# Subjects that cannot speak in their own right: "History tells us that …", "Experience shows …".
MUTE_SUBJECTS = frozenset(
    {"history", "experience", "hindsight", "logic", "instinct", "intuition", "conscience", "gut"}
)


INTERVIEW_WORDS = frozenset({"interview", "interviews", "interviewed", "request", "requests", "invitation"})


def _an_interview_declined(verb: Token) -> bool:
    """ "declined to be interviewed", "declined an interview request", "refused requests for an
    interview": an interview not given, no words."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lower_ in ("interviewed", "quoted", "named", "identified"):
            return True
        if (
            c.dep_ == "dobj"
            and c.lower_ in INTERVIEW_WORDS
            and any(t.lower_ in ("interview", "interviews") for t in c.subtree)
        ):
            return True
    return False


def mute(subject: Token) -> bool:
    """ "History tells us …": the reporter's (or the speaker's) lesson, no one's statement; "Storm
    Agnes said to bring gales", "Hurricane Delia warned of floods": a storm says nothing."""
    if subject.pos_ == "PROPN":
        # the name alone: not "Typhoon Energy chief executive Ana Ruiz"
        words = [
            t.text for t in subject.subtree if t.i <= subject.i and (t == subject or t.dep_ == "compound")
        ]
        if (
            lexicon.storm_name(words, weather=True)  # (the cheap test first: most subjects are no storm)
            and not _set_off_as_someone(subject)
            and lexicon.storm_name(
                words, weather=lexicon.WEATHER_WORDS.search(whole_text(subject.doc)) is not None
            )
        ):
            return True
    return subject.lower_ in MUTE_SUBJECTS and not any(c.dep_ in ("det", "poss") for c in subject.children)


# What a storm's description names it: "Storm Gerrit, the seventh named storm,".
WEATHER_HEADS = frozenset(
    {"storm", "system", "low", "depression", "cyclone", "hurricane", "typhoon", "front", "gale", "weather"}
)


def _set_off_as_someone(subject: Token) -> bool:
    """ "Storm Huntley, a spokeswoman for the council, said", "Storm Huntley, 34, said": a name set
    off with a description of someone, not of a storm ("Storm Gerrit, the seventh named storm,",
    "Storm Agnes, which hit Devon,")."""
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return False
    for child in subject.children:
        if child.i <= subject.i:
            continue
        if child.dep_ == "appos" and any(t.lower_ in WEATHER_HEADS for t in _head_words(child)):
            return False
        if child.dep_ == "relcl" and child.left_edge.lower_ in ("which", "that"):
            return False
        if child.dep_ == "acl" and child.tag_ == "VBN":
            return False  # "Storm Agnes, expected to bring 80mph gusts,": what is forecast of it
    # a description after the comma (not "Storm Agnes, predicted to …", the parser's verb)
    return any(c.i > subject.i + 1 and c.dep_ != "punct" for c in subject.children)


def _head_words(description: Token) -> list[Token]:
    """The words of a description up to its first preposition: "the seventh named storm" (the
    parser's head may be "seventh"), not "… for the weather service"."""
    words = []
    for token in description.subtree:
        if (token.i > description.i and token.pos_ == "ADP") or token.text == ",":
            break
        words.append(token)
    return words


RAISING_LEMMAS = frozenset({"seem", "appear"})
TITLING_LEMMAS = frozenset({"title", "name", "bill", "entitle", "know"})


def seems(verb: Token, lemma: str) -> bool:
    """ "X seems to …", "X appeared to be …": how something looks to the reporter; its subject is
    what the view is about, not a speaker."""
    return lemma in RAISING_LEMMAS and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def said_in_passing(verb: Token) -> bool:
    """ "shares said to be worth …", "The house, said to be worth …, was sold": hearsay about a
    thing, with no one saying it; "That said, …" and "Having said that, …": the reporter's turn of
    phrase; so is "All told, 312 homes were destroyed" (in all)."""
    doc = verb.doc
    if verb.lower_ == "told":
        sent = verb.sent
        return (
            verb.i == sent.start + 1
            and doc[sent.start].lower_ == "all"
            and verb.i + 1 < sent.end
            and doc[verb.i + 1].text == ","
        )
    if verb.lower_ != "said":
        return False
    sent = verb.sent
    if verb.i + 2 < sent.end and doc[verb.i + 1].lower_ == "to" and doc[verb.i + 2].lower_ in ("be", "have"):
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False  # "is said to be unhappy": the passive has its own reading
        before = doc[verb.i - 1] if verb.i > sent.start else None
        return before is not None and (
            before.text == "," or (before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("dobj", "pobj"))
        )
    opening = [t for t in doc[sent.start : verb.i] if not t.is_punct]
    after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if [t.lower_ for t in opening] == ["that"] and after is not None and after.text == ",":
        return True  # "That said, the outlook …"
    return (
        [t.lower_ for t in opening] == ["having"]
        and after is not None
        and after.lower_ in ("that", "this")
        and verb.i + 2 < sent.end
        and doc[verb.i + 2].text == ","
    )


# What is recalled when "recall" means to call back, not to remember: "recalled 120,000 vehicles".
RECALLED_THINGS = frozenset(
    {"vehicle", "car", "truck", "model", "unit", "product", "batch", "lot", "device", "phone", "battery"}
    | {"drug", "medicine", "tablet", "toy", "item", "food", "ambassador", "envoy", "diplomat", "troop"}
    | {"parliament", "legislature", "player", "squad", "loan", "bond", "stock", "airbag", "charger"}
)


def calls_back(verb: Token, lemma: str) -> bool:
    """ "Corvane Motors recalled 120,000 vehicles", "Ministers recalled the ambassador": recalling
    goods or envoys, no memory told."""
    return lemma == "recall" and any(
        c.dep_ == "dobj" and c.lower_.removesuffix("s") in RECALLED_THINGS for c in verb.children
    )


# Verbs whose object is the one addressed, never the one speaking.
ADDRESSING_LEMMAS = frozenset(
    {"tell", "inform", "assure", "remind", "advise", "instruct", "order", "urge", "ask"}
)


def inverted_speaker(verb: Token, subject: Token) -> Token | None:
    """ "Nonsense, replied the mayor.": a verb of saying after a comma, with the one speaking after
    it to the end of the sentence, which the parser took for its object (and the words said for its
    subject)."""
    doc = verb.doc
    if not (
        subject.i < verb.i
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and subject.right_edge.i < verb.i - 1
    ):
        return None
    if verb.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS | {"reply", "retort", "answer"}:
        return None
    if verb.lemma_.lower() in ADDRESSING_LEMMAS:
        return None  # "“…,” a shopkeeper, who …, told the Observer": the object is who was told
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # "…, repeating a common line": a participle with its object, not an inversion
    joined = verb.dep_ == "conj" and not any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
    if subject.head.i != verb.i and not joined:
        return None  # ("Richards noted that …, reported the Examiner": the parser joined the verbs)
    if any(
        c.dep_ in ("prep", "advmod", "advcl", "npadvmod") and subject.i < c.i < verb.i for c in verb.children
    ):
        return None  # "Milan Serb, through his lawyer, denied all the charges": the comma closes an aside
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
    if len(objects) != 1 or any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children):
        return None
    sent_end = sentence_of(verb).end - 1
    while sent_end > objects[0].i and doc[sent_end].is_punct:
        sent_end -= 1
    speaker = objects[0]
    if speaker.right_edge.i != sent_end or speaker.left_edge.i != verb.i + 1:
        return None
    described = speaker_phrase(speaker, 0, frozenset())
    return speaker if described is not None and described.type != "unknown" else None  # not "his frustration"


def beside_a_quotation(subject: Token, verb: Token, inside_quote: frozenset[int]) -> bool:
    """ "“I tried you on the phone,” it reads.", "It continued: “Probable cause exists …”": a
    subject and its verb right after the quotation they attribute, or before the colon that opens
    it (a document's words)."""
    doc = verb.doc
    after = subject.i > 0 and subject.i - 1 in inside_quote and verb.i == subject.i + 1
    before = verb.i + 2 < len(doc) and doc[verb.i + 1].text == ":" and verb.i + 2 in inside_quote
    return after or before


def opens_a_quotation(sent: SentSpan) -> bool:
    """ "Varek went on:" a sentence ending in a colon may introduce a quotation in the next paragraph."""
    last = sent[-1]
    return last.text == ":" or (last.is_space and len(sent) > 1 and sent[-2].text == ":")
