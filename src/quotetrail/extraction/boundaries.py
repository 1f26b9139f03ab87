"""Where reported content starts and ends in its sentence.

Reported speech (token lists from the parse):

- the reporter's asides that close a sentence are not what was said. In "Varek criticised the
  levy on fishing boats, which took effect in March" what Varek criticised is the levy; the
  reporter adds when it took effect. A relative clause or an apposition set off by a comma at
  the very end of content that is the cue's object describes a noun for the reader and is left
  out, unless it quotes someone (then it was said). Content that is a clause ("Varek said the
  levy, which took effect in March, hurt the port") is the speaker's own sentence and keeps its
  asides: PolNeAR's annotators mostly keep them too;
- a venue set off by a comma at the very end ("…, in a letter to the council") is where it was
  said, not what (the statement's ``venue``);
- a verb of saying conjoined inside the content starts another statement;
- "according to X" opening or closing a sentence vouches for all the rest of it.

Quotations (character offsets): a quote may be started by the sentence's words before a cue that
interrupts it ("In such cases, it said, “the woman is a victim”"), or go on past its closing mark
to the end of the clause the cue reports ("said that “we need more time” to decide").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotetrail.extraction import lexicon
from quotetrail.extraction.complements import CALENDAR_WORDS
from quotetrail.extraction.context import trailing_venue
from quotetrail.extraction.cues import Cue
from quotetrail.extraction.marks import Quote
from quotetrail.extraction.phrases import ANONYMITY, DATELINE, named_after_a_role
from quotetrail.extraction.subjects import set_off_participle
from quotetrail.model import Span
from quotetrail.nlp import whole_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SentSpan

# A relative clause ("…, which begins Monday", "…, who trailed by 20 points") or an apposition
# ("…, a provision that bars …") hanging on a noun of the content.
ASIDE_DEPS = ("relcl", "appos")
CLAUSE_DEPS = ("ccomp", "parataxis")


def _is_aside(tok: Token) -> bool:
    if tok.dep_ == "relcl":
        return tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
    if tok.dep_ == "appos":
        # "the Hyde Amendment, a provision that …"; not the names of a list ("Ohio, Michigan and Iowa")
        listed = any(t.dep_ == "cc" for t in tok.subtree)  # "Israel, the Iran deal and …"
        return not listed and (tok.pos_ == "NOUN" or tok.left_edge.pos_ == "DET")
    return False


def without_trailing_aside(cue: Token, tokens: list[Token], inside_quote: frozenset[int]) -> list[Token]:
    """``tokens`` (the content of ``cue``, in order) without a relative clause or apposition that is
    set off by a comma, runs to the content's end and quotes no one, when the content is the cue's
    object rather than a clause."""
    if len(tokens) < 3 or any(t.head.i == cue.i and t.dep_ in CLAUSE_DEPS for t in tokens):
        return tokens
    last = max((t.i for t in tokens if not t.is_punct), default=tokens[-1].i)
    position = {t.i: n for n, t in enumerate(tokens)}
    for tok in tokens:
        if tok.dep_ not in ASIDE_DEPS or not _is_aside(tok) or tok.head.i not in position:
            continue
        comma = tok.left_edge.i - 1
        if comma not in position or tok.doc[comma].text != "," or comma in inside_quote:
            continue
        if tok.right_edge.i < last or position[comma] == 0:
            continue
        if any(t.i in inside_quote for t in tok.subtree):
            continue  # "…, which he called “a cartel”": the quoted words were said
        kept = tokens[: position[comma]]
        if any(not t.is_punct for t in kept):
            return kept
    return tokens


# Participles by which a report frames what was said after a comma: "said the protests were
# planned abroad, echoing remarks by the president", "…, citing a police report". What follows is
# where the words came from or whom they repeat, not more of them.
FRAMING_PARTICIPLES = frozenset({"citing", "echoing", "repeating", "quoting", "paraphrasing", "mirroring"})


# "… but gave no details": what the speaker did not give, the reporter's words.
GIVING = frozenset({"gave", "offered", "provided", "cited", "named", "gives", "offers", "provides"})


def _none_of(obj: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)


# "…, though she declined to give a figure": what the speaker would not say, the reporter's words.
WITHHOLDING = frozenset({"declined", "refused", "declines", "refuses"})
CONCEDING_MARKS = frozenset({"though", "although", "while", "but"})


# What the words drew from those who heard them: "…, drawing loud cheers", "…, prompting gasps".
REACTING_PARTICIPLES = frozenset({"drawing", "prompting", "sparking", "triggering", "eliciting", "provoking"})
REACTIONS = frozenset(
    {"cheers", "applause", "laughter", "boos", "jeers", "gasps", "groans", "murmurs", "ovation", "criticism"}
    | {"anger", "outrage", "protests", "backlash", "rebuke", "rebukes", "condemnation", "ridicule", "heckles"}
)


def _a_reaction(participle: Token) -> bool:
    return participle.lower_ in REACTING_PARTICIPLES and any(
        c.dep_ == "dobj" and c.lower_ in REACTIONS for c in participle.children
    )


# The reporter's note on a claim after a dash or a comma: "- a figure the Treasury disputes", "— a
# claim the ministry denies", ", a claim disputed by the audit office".
CLAIMED_THINGS = lexicon.SUMMING_NOUNS
DISPUTED_BY = frozenset(
    {"disputes", "dispute", "disputed", "denies", "deny", "denied", "rejects", "reject", "rejected"}
    | {"contests", "contest", "contested", "questions", "question", "questioned", "challenges", "challenged"}
)


def _disputed(rest: list[Token]) -> bool:
    words = [t for t in rest if not t.is_punct]
    return (
        len(words) >= 4
        and words[0].lower_ in ("a", "an")
        and words[1].lower_ in CLAIMED_THINGS | {w + "s" for w in CLAIMED_THINGS}
        and any(t.lower_ in DISPUTED_BY for t in words[2:])
    )


def _closes_the_content(rest: list[Token]) -> bool:
    """The note after a comma is the content's last words: the summing noun's, to the end ("…, a
    claim disputed by the audit office"; not "the estimate, a figure the treasury disputes, was too
    high")."""
    words = [t for t in rest if not t.is_punct]
    noun = words[1] if len(words) > 1 else None
    return noun is not None and all(t.is_punct or noun.is_ancestor(t) or t == noun for t in rest)


# The reporter's note that a claim is unchecked, closing it: "…, a claim that could not be
# independently verified", "…, which the Dispatch could not independently verify", "…, without
# providing evidence".
UNVERIFIED_NOTE = re.compile(
    r"(?!(?:but|and) that\b)[^“”\"]*?\b(?:independently|immediately)\s+(?:be\s+)?(?:verif|confirm)\w*[^“”\"]*"
    r"|without (?:providing|offering|giving|citing|presenting|producing) (?:any )?(?:evidence|proof)\b[^“”\"]*"
    # "…, a claim that could not be verified", "…, a figure the Courier could not confirm"
    rf"|an?\s+(?:{'|'.join(sorted(lexicon.SUMMING_NOUNS))})s?\s+(?:that\s+|which\s+)?"
    r"[^“”\",;]*?\b(?:could|can|has|have|was|were|did|does)\s*(?:not|n't|n’t)\s+(?:yet\s+)?(?:be\s+|been\s+)?"
    r"(?:verif|confirm)\w*(?:\s+(?:it|them))?(?:\s+independently)?"
    # the fact-checker's verdict: "…, which is false", "…, a claim that is not true"
    r"|(?:which|(?:an?\s+)?(?:claim|assertion|statement|figure|number)\s+(?:that|which))\s+(?:is|was|has\s+been|"
    r"proved|turned\s+out\s+to\s+be)\s+(?:also\s+)?(?:false|untrue|not\s+true|incorrect|inaccurate|misleading|baseless|"
    r"unfounded|wrong|unsubstantiated|debunked)"
    # the writer's verdict after a dash: "said the plan was “dead” — and, for once, he was right"
    r"|(?:and|but)\s*,?\s*(?:[^“”\",]*,\s*)?(?:he|she|they|it)\s+(?:was|is|were|are)\s+(?:(?:quite|absolutely|entirely|partly)\s+)?"
    r"(?:right|wrong|correct|mistaken)\b[^“”\"]*"
    # the relay that carried it: "…, as cited by the agency Nesto", "…, as reported by Reval"
    r"|as\s+(?:cited|reported|quoted|carried|relayed|first\s+reported)\s+(?:by|in|on)\s+[^“”\"]*"
    # the writer's own rebuttal: "said the plan was “dead”, which it is not"
    r"|which\s+(?:it|he|she|they|this|that|there)\s+(?:is|was|are|were|has|had|does|did)(?:\s+not|n['’]t)\b[^“”\"]*",
    re.IGNORECASE,
)


def _an_unverified_note(tokens: list[Token], n: int, inside_quote: frozenset[int]) -> bool:
    """Whether the words after the comma or dash at ``n`` are the reporter's note that the claim
    was not checked, to the content's end."""
    if n < 2 or tokens[n].text not in (",", "-", "–", "—", "--") or tokens[n].i in inside_quote:
        return False
    rest = tokens[n + 1 :]
    if not rest or any(t.i in inside_quote for t in rest):
        return False
    text = whole_text(tokens[0].doc)
    return UNVERIFIED_NOTE.fullmatch(text, rest[0].idx, rest[-1].idx + len(rest[-1].text)) is not None


# Nouns a reporter sums up a quoted name with after it: "…, a nickname she embraced".
NAME_NOTES = frozenset({"nickname", "moniker", "epithet", "sobriquet", "label", "term", "phrase", "title"})


def _a_note_on_the_name(tokens: list[Token], n: int, inside_quote: frozenset[int]) -> bool:
    """The words after a quoted name and its comma sum the name up, to the content's end: 'called
    her “the Duchess of Disco,” a nickname she embraced on her 2019 tour' (not 'the term “illegal
    migrant,” the phrase used in the bill, was …')."""
    if n < 2 or tokens[n - 1].i not in inside_quote or not tokens[n - 1].is_quote:
        return False
    rest = tokens[n:]
    if any(t.i in inside_quote for t in rest):
        return False
    words = [t for t in rest if not t.is_punct]
    return (
        len(words) >= 2
        and words[0].lower_ in ("a", "an", "the")
        and words[1].lower_ in NAME_NOTES
        and _closes_the_content(rest)
    )


# The reporter's comparison closing a company's figure: "…, short of analysts' estimates", "…, above
# the $1.45 billion analysts had expected", "…, in line with forecasts" (red team 182); only when it
# ends the content (not "…, below analysts' estimates, because of weaker demand": the company's reason).
AGAINST_ESTIMATES = re.compile(
    r"(?:well |slightly |far |just |comfortably )?(?:falling |coming in )?(?:short of|below|above|ahead of|beating"
    r"|missing|topping|shy of|in line with|compared with|compared to|versus|against) (?:"
    r"(?:the |an? |its )?(?:average )?(?:analysts ?['’]?|Wall Street ?['’]s|the market ?['’]s|economists ?['’]?|market"
    r"|consensus|LSEG|FactSet|Refinitiv|Bloomberg)?(?: \w+){0,2} ?(?:estimates?|expectations|forecasts?|consensus)"
    r"(?: of (?:about |around )?[$£€]? ?[\d.,]+ ?(?:%|percent|billion|million|bn|m|cents?|p)?(?: (?:per|a) share)?)?"
    r"|(?:the )?[$£€]? ?[\d.,]+ ?(?:%|percent|billion|million|bn|m)? (?:analysts|economists|the market)"
    r"(?: had)? (?:expected|forecast|estimated))"
    r"(?: ,? (?:according to|compiled by) (?:LSEG|FactSet|Refinitiv|Bloomberg|Reuters)(?: data)?)?(?: [.;])?",
    re.IGNORECASE,
)


def without_trailing_framing(cue: Token, tokens: list[Token], inside_quote: frozenset[int]) -> list[Token]:
    """``tokens`` (the content of ``cue``, in order) without a framing participle that closes them,
    nor a clause set off at their end that says what the speaker would not say ("…, though she
    declined to give a figure", "… but declined to give a figure")."""
    last = max((t.i for t in tokens if not t.is_punct), default=None)
    for n, tok in enumerate(tokens):
        if (
            n >= 2
            and tok.text == ","
            and tok.i not in inside_quote
            and not any(t.i in inside_quote for t in tokens[n + 1 :])
            and AGAINST_ESTIMATES.fullmatch(" ".join(t.text for t in tokens[n + 1 :]))
        ):
            return tokens[:n]  # "said it expects revenue of $1.3 billion, short of analysts' estimates"
        if _an_unverified_note(tokens, n, inside_quote):
            return tokens[:n]  # "…, a claim that could not be independently verified"
        if _a_note_on_the_name(tokens, n, inside_quote):
            return tokens[:n]  # 'called her “the Duchess of Disco,” a nickname she embraced …
        if (
            n >= 2
            and tok.text in (",", "-", "–", "—", "--")
            and tok.i not in inside_quote
            and _disputed(tokens[n + 1 :])
            and (tok.text != "," or _closes_the_content(tokens[n + 1 :]))
        ):
            # "… 900 pounds a year - a figure the Treasury disputes", "…, a claim disputed by the audit
            # office": the reporter's note
            return tokens[:n]
        if (
            n >= 2
            and tok.lower_ in WITHHOLDING
            and tok.dep_ in ("advcl", "conj")
            and tok.right_edge.i == last
            and tok.i not in inside_quote
            and tokens[n - 1].dep_ == "nsubj"
            and tokens[n - 1].pos_ == "PRON"
            and n >= 3
            and tokens[n - 2].lower_ in CONCEDING_MARKS
            and tokens[n - 3].text == ","
        ):
            kept = tokens[: n - 3]
            if any(not t.is_punct for t in kept):
                return kept
        if (
            (
                (tok.lower_ in WITHHOLDING and any(c.dep_ == "xcomp" for c in tok.children))
                or (tok.lower_ in GIVING and any(_none_of(c) for c in tok.children if c.dep_ == "dobj"))
            )
            and tok.dep_ == "conj"
            and tok.right_edge.i == last
            and tok.i not in inside_quote
            and tokens[n - 1].lower_ == "but"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            # "said the country had enough but declined to give a figure": the speaker declined
            kept = tokens[: n - 1]
            if any(not t.is_punct for t in kept):
                return kept
        if n < 2 or tok.i <= cue.i or tok.tag_ != "VBG":
            continue
        if tok.lower_ not in FRAMING_PARTICIPLES and not _a_reaction(tok):
            continue
        comma = tokens[n - 1]
        if comma.text != "," or comma.i in inside_quote or tok.i in inside_quote:
            continue
        if tok.right_edge.i != last or any(t.i in inside_quote for t in tok.subtree):
            continue
        kept = tokens[: n - 1]
        if any(not t.is_punct for t in kept):
            return kept
    return tokens


def without_trailing_conjunction(tokens: list[Token], inside_quote: frozenset[int]) -> list[Token]:
    """``tokens`` without the "and"/"but"/"or" that ends them: "… sponsored by NBC News and said
    …", where the conjunction joins the next verb, not more of what was said."""
    end = len(tokens)
    while end > 1 and tokens[end - 1].dep_ == "cc" and tokens[end - 1].i not in inside_quote:
        end -= 1
    return tokens[:end]


def without_trailing_venue(cue: Token, tokens: list[Token]) -> list[Token]:
    """``tokens`` (the content of ``cue``) without the venue that closes it (context.trailing_venue):
    "asked the council to suspend the reform, in a letter seen by …" asked for the suspension;
    "said the port would reopen in an interview with CNN on Sunday" said the port would reopen."""
    prep = trailing_venue(cue)
    if prep is None:
        return tokens
    end = prep.i - 1 if prep.doc[prep.i - 1].text == "," else prep.i
    kept = [t for t in tokens if t.i < end]
    return kept if any(not t.is_punct for t in kept) else tokens


# Participles that work as prepositions and go on with the content ("…, experts say, including a
# provision that …").
CONTINUING_PARTICIPLES = frozenset({"including", "excluding", "regarding", "concerning", "following"})


def without_trailing_aside_of_the_speaker(cue: Token, tokens: list[Token]) -> list[Token]:
    """Content before its attribution (``A, one of the people said, …``) stops at the attribution
    when what follows it is about the speaker, not more of what was said: a participle ("…, asking
    not to be named", "…, citing a ministry source") or the speaker's own source ("…, according to
    the agency KNA")."""
    before = [t for t in tokens if t.i < cue.i]
    if not before:
        return _without_anonymity_clause(tokens)
    if len(before) == len(tokens):
        return tokens
    doc = cue.doc
    first = next(t for t in tokens if t.i > cue.i)
    if doc[first.i - 1].text != "," or first.i + 1 >= len(doc):
        return tokens
    if first.tag_ == "VBG" and (first.head.i > first.i or first.lower_ in CONTINUING_PARTICIPLES):
        return tokens  # "…, he said, replacing Clinton would be harder": a gerund subject
    if first.tag_ == "VBG" or (first.lower_ == "according" and doc[first.i + 1].lower_ == "to"):
        return before
    return tokens


def _without_anonymity_clause(tokens: list[Token]) -> list[Token]:
    """ "said the talks had stalled, speaking on condition of anonymity": a participle closing the
    content that says why the speaker is not named is the reporter's, not the speaker's."""
    for n, tok in enumerate(tokens):
        if tok.tag_ != "VBG" or n == 0 or tok.doc[tok.i - 1].text != ",":
            continue
        rest = " ".join(t.lower_ for t in tokens[n:])
        if tok.right_edge.i >= tokens[-1].i - 1 and (
            ANONYMITY.search(rest) or SPEAKING_WHERE.match(" ".join(t.text for t in tokens[n:]))
        ):
            # (or where the speaker spoke: "…, speaking to reporters", red team 174)
            return tokens[: n - 1] if tokens[n - 1].text == "," else tokens[:n]
    return tokens


# A closing participle of the speaker's speaking that says where or to whom, from closed lists: the
# press ("…, speaking to reporters", "talking to the BBC after the match"), an occasion ("…, speaking
# at a hastily arranged news conference") or a medium ("by phone", "through an interpreter"). Not a
# place, a language or a person: "speaking in Arabic to the hostages", "talking with the US about
# tariffs", "speaking with Mr Hale" are what someone in the content did, and a wrong cut loses words
# the venue does not keep (reviews 4–17).
_PRESS = (
    r"(?i:(?:local |foreign |a group of )?(?:reporters|journalists)|the press|the media|(?:the )?(?:state |official )?"
    r"news agenc\w+|this newspaper|the newspaper|the paper|the (?:state |public |national )?broadcaster"
    r"|state (?:television|tv|media|radio)|local (?:media|radio|television))|(?:[A-Z][\w'’-]+ )?(?i:media)\b"
)
# (not "to BBC staff", "to the magazine’s editor": someone of the outlet's, not the outlet)
_NOT_SOMEONE_OF_IT = (
    r"(?!['’]s? (?i:editor|reporter|staff|journalist|correspondent|presenter|host))"
    r"(?! (?i:staff|editors?|executives?|chairman|chairwoman|chief|bosses|boss|journalists?|reporters?"
    r"|presenters?|hosts?|correspondents?|employees|workers|crew|owners?|producers?)\b)"
)
_OUTLETS = (
    r"(?:(?:the |The )?(?:BBC|CNN|AP|AFP|NPR|ABC|NBC|CBS|ITV|LBC|PBS|CBC|Reuters|Politico|Axios|Newsweek"
    r"|Al Jazeera|Associated Press|Financial Times|Fox News|Sky News|Sky|GB News|Channel 4 News|Times Radio"
    r"|Le Monde|Der Spiegel|Channel \d+|Bloomberg (?:TV|Television))\b"
    r"|(?:(?:the |The )(?:[A-Z][\w&'’-]* )*|[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)* )(?:News|Times|Post|Journal"
    r"|Guardian|Telegraph|Herald|Mail|Mirror|Observer|Tribune|Chronicle|Gazette|Express|Sun|Independent)\b)"
    + _NOT_SOMEONE_OF_IT
)
_OCCASION = (
    r"(?i:news conference|press conference|conference|summit|briefing|hearing|forum|event|rally|meeting"
    r"|ceremony|launch|congress|convention|session|vigil|memorial|gathering|town hall|campaign stop"
    r"|fundraiser|dinner|reception|debate|funeral|assembly)"
)
_TO_THE_PRESS = (
    rf"(?i:exclusively )?(?i:to|with) (?:{_PRESS}|{_OUTLETS}"
    r"|the (?:[A-Z]\w+ )?(?i:newspaper|daily|weekly|paper|broadcaster|news agency|(?:news )?magazine|tabloid)\b"
    + ")"
    + _NOT_SOMEONE_OF_IT
)
SPEAKING_WHERE = re.compile(
    r"(?:"
    r"(?i:talking) (?:"  # (talking is also what people in the content do: "talking by phone every night")
    + _TO_THE_PRESS
    + r"|(?i:after (?:the|a) (?:match|game|race|final|verdict|vote|hearing)))"
    r"|(?i:speaking) (?:"
    + _TO_THE_PRESS
    + r"|(?i:to|with) (?i:a (?:reporter|journalist))\b"
    + r"|(?i:on) (?:[A-Z]\w+ )?(?i:(?:state |national )?(?:television|tv|radio|media))"
    + rf"|(?i:on) {_OUTLETS}"
    + r"|(?i:to) (?:MPs|[Ll]awmakers|[Ll]egislators|[Dd]elegates|[Pp]arliament|the (?:Commons|House|Senate"
    r"|[Aa]ssembly|UN|United Nations|nation|conference))\b"
    + rf"|(?i:at) (?:(?i:a|an|the|his|her|their|its)|[A-Z]\w* ?['’]s)(?: [\w'’-]+){{0,3}} {_OCCASION}\b"
    r"|in an? (?:(?:(?i:exclusive|television|tv|radio|phone|telephone|recent|rare|brief|lengthy|separate|podcast"
    r"|video|online|wide-ranging|newspaper)|[A-Z][\w'’-]*) ){0,2}(?i:interview)"
    r"|in the (?:Commons|Lords|Senate|House|Assembly|Dáil|Dail|Knesset|Bundestag)"
    r"|on the [A-Z][\w'’-]* (?:programme|show)"
    r"|(?i:in a video|in a statement|on condition|on the sidelines|by (?:phone|telephone|video)"
    r"|via (?:video|zoom|videolink)|through an? (?:interpreter|translator)|on television|on a podcast"
    r"|outside (?:the )?court|at the weekend|on a visit to|after talks with|on the campaign trail"
    r"|outside downing street|outside number 10|outside the white house)"
    r"|outside [A-Z][\w'’]*(?: [A-Z][\w'’]*)* Court\b"
    r"|(?i:after (?:the|a|[a-z]+day ?['’]s) (?:match|game|race|vote|verdict|hearing|debate|final|defeat|win"
    r"|victory|loss|draw))"
    r"))"
)


def _participle_of_saying(tok: Token, cue_heads: set[int]) -> bool:
    """ "…, telling reporters that …", "…, adding that …": a participle of saying set off by a comma
    is a cue of its own, and what it reports is not part of the clause it hangs on."""
    return (
        tok.i in cue_heads
        and set_off_participle(tok)
        and tok.lemma_.lower() in DISPUTING
        and tok.left_edge.i == tok.i
    )


CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def before_conjoined_cue(tokens: list[Token], cue_heads: set[int]) -> list[Token]:
    """``tokens`` up to a verb conjoined inside them that is a cue of its own: in "Varek said the
    port would reopen and urged dockers to return" what Varek said ends at "reopen"; what she
    urged is another statement ("and", and a comma before it, are left out too). The verb must
    have a subject of its own ("…, and a third said …") or be a verb of saying: in "they said he
    rated the bids and talked about costs" the talking is still what they said."""
    position = {t.i: n for n, t in enumerate(tokens)}
    for tok in tokens:
        if _participle_of_saying(tok, cue_heads) and tok.head.i in position:
            cut = position[tok.left_edge.i] if tok.left_edge.i in position else position[tok.i]
            if cut > 1:
                return tokens[: cut - 1]  # "said he saw no need, telling reporters that …"
        if tok.i not in cue_heads:
            continue
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        conjoined = tok.dep_ == "conj" and tok.head.i in position
        # "said A, and 4 in 10 said B": the second cue parsed as a clause of the first
        second_speaker = own_subject and _joined_by_and(tok, position)
        # "said he was satisfied, while Hamad called the visit “historic”": another speaker's words
        contrasted = (
            own_subject
            and tok.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children)
        )
        if not (conjoined or second_speaker or contrasted):
            continue
        if (
            conjoined
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
            and any(c.dep_ == "neg" for c in tok.children)
        ):
            continue  # "said it was reviewing the matter and that it would not comment": still what was said
        if not own_subject and tok.lemma_.lower() not in lexicon.CORE_CUE_LEMMAS:
            continue  # "he rated them and talked about …": the clause goes on, what they said
        cut = position[tok.left_edge.i] if tok.left_edge.i in position else position[tok.i]
        while cut > 0 and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
            cut -= 1
        if cut > 0:
            return tokens[:cut]
    return tokens


RELATIVE_WORDS = frozenset({"which", "who", "that", "whom", "what"})
# Verbs of answering a claim, which the cue model finds weak in a relative clause.
DISPUTING = lexicon.CORE_CUE_LEMMAS | {"dismiss", "reject", "dispute", "rebut", "contest", "refute"}


def before_another_speakers_clause(tokens: list[Token], cue_heads: set[int]) -> list[Token]:
    """``tokens`` without a closing part, set off by a comma, that holds another speaker's verb of
    saying with a subject of its own: "said the episode pointed to tensions, which the government
    denies", "said it had been “a trial balloon,” an accusation the presidency dismissed as …",
    "warns that …, weeks before ministers publicly insisted that …". That is another statement."""
    if len(tokens) < 4:
        return tokens
    position = {t.i: n for n, t in enumerate(tokens)}
    last = max(t.i for t in tokens if not t.is_punct)
    doc = tokens[0].doc
    for tok in tokens:
        according = tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
        if according:
            # "…, according to a poll released on Monday", '… “a matter for the courts,” according to …'
            cut = tok.i - 1 if doc[tok.i - 1].text == "," else tok.i - 2
            quoted_comma = cut == tok.i - 2 and doc[tok.i - 1].is_quote and doc[cut].text == ","
            if (cut == tok.i - 1 or quoted_comma) and tok.right_edge.i >= last and position.get(cut, 0) > 1:
                return tokens[: position[cut] + (2 if quoted_comma else 0)]
            continue
        if tok.i not in cue_heads and tok.lemma_.lower() not in DISPUTING:
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].lower_ in RELATIVE_WORDS:
            continue
        unit = tok  # up to the part the comma sets off: the relative clause, apposition or adverbial
        while (
            unit.left_edge.i > 0 and _comma_before(doc, unit.left_edge.i) is None and unit.head.i in position
        ):
            if unit.head == unit:
                break
            unit = unit.head
        comma = _comma_before(doc, unit.left_edge.i)
        if comma is None or comma not in position or unit.right_edge.i < last:
            continue
        if unit.dep_ not in ("relcl", "appos", "advcl", "npadvmod") and not _a_charge(unit):
            continue  # "said the port would reopen, the mayor said": not a clause of the content
        if any(t.is_quote for t in unit.subtree) and not _an_answered_charge(unit, subjects[0]):
            continue  # "praised the authority, which he called “the only honest office”": words said
        kept = tokens[: position[comma]]
        if comma == unit.left_edge.i - 2:
            kept = tokens[: position[comma] + 2]  # '“a trial balloon,” an accusation …': the mark stays
        if sum(1 for t in kept if not t.is_punct) >= 2:
            return kept
    return tokens


def _comma_before(doc: Doc, start: int) -> int | None:
    """The comma that sets off the part starting at ``start``, also inside a closing quotation mark
    ('“a trial balloon,” an accusation …')."""
    if start > 0 and doc[start - 1].text == ",":
        return start - 1
    if start > 1 and doc[start - 1].is_quote and doc[start - 2].text == ",":
        return start - 2
    return None


# What one side calls the other's words: "…, an accusation the presidency dismissed as “absurd.”"
CHARGES = frozenset({"accusation", "allegation", "charge", "claim", "assertion", "characterization"})


def _a_charge(unit: Token) -> bool:
    """A noun set off after the content that names it a charge (the parser makes it an apposition,
    or a second object or attribute)."""
    return unit.dep_ in ("appos", "attr", "dobj") and unit.lower_ in CHARGES


def _an_answered_charge(unit: Token, subject: Token) -> bool:
    """A charge that someone else (not a pronoun: "which he called …" may be the speaker) answers
    in their own quoted words."""
    return _a_charge(unit) and subject.pos_ != "PRON"


def _joined_by_and(verb: Token, position: dict[int, int]) -> bool:
    """The verb's clause follows ", and" / "but" inside the content, the verb having no place in
    the clause before it."""
    first = verb.left_edge.i
    before = verb.doc[first - 1] if first > 0 else None
    return (
        verb.dep_ in ("ccomp", "parataxis")
        and before is not None
        and before.i in position
        and before.dep_ == "cc"
        and before.head.i != verb.i
    )


def sentence_beside_according(
    cue: Token, sentence: SentSpan | None, inside_quote: frozenset[int] = frozenset()
) -> list[Token]:
    """ "According to the census office, incomes rose in May but fell in June" / "…, according to
    the census office.": "according to X" opening or closing a sentence vouches for all the rest of
    it, whatever word the parser hung the phrase on, and for all of a quotation the sentence ends
    ('“They want X. They will not get it,” Stanek said, according to Dornpress'). Empty when the
    cue is not such a phrase."""
    if sentence is None or cue.lower_ != "according":
        return []
    begun = _quotation_begun_before(sentence[0], inside_quote)
    doc = cue.doc
    last = max(t.i for t in cue.subtree)
    words = [t for t in sentence if not (t.is_punct and t.i in (sentence.start, sentence.end - 1))]
    if not words:
        return []
    if cue.i == words[0].i and last + 1 < sentence.end and doc[last + 1].text == ",":
        rest = [t for t in words if t.i > last + 1]
        comma = next((n for n, t in enumerate(rest[:5]) if t.text == ","), None)
        if comma and named_after_a_role(doc[last], rest[:comma], rest[comma + 1 : comma + 2]):
            rest = rest[
                comma + 1 :
            ]  # "According to her agent, Lorne Pettifer, Quent …": the name is the agent's
    elif last == words[-1].i and cue.i > sentence.start and doc[cue.i - 1].text == ",":
        rest = begun + [t for t in words if t.i < cue.i - 1]
    else:
        return []
    return rest if any(not t.is_punct for t in rest) else []


DOUBLE_OPENING_MARKS = frozenset({"“", '"', "«", "``", "„"})


def _quotation_begun_before(first: Token, inside_quote: frozenset[int]) -> list[Token]:
    """The words of a quotation before the sentence that goes on with it (the parser ends a
    sentence at the quotation's inner full stop), from its opening mark; empty if the sentence
    does not start inside a quotation."""
    if first.i not in inside_quote or first.text in DOUBLE_OPENING_MARKS:
        return []
    doc = first.doc
    i = first.i - 1
    while i >= 0 and i in inside_quote:
        if doc[i].text in DOUBLE_OPENING_MARKS:
            return list(doc[i : first.i])
        i -= 1
    return []


# Where a quotation's statement starts and ends in its sentence.

DASH_AFTER_QUOTE = re.compile(r"[\s,]*(?:[—–―]|--?\s)")


def clause_after_quote(text: str, quote: Quote, cue: Cue) -> int | None:
    """Where the clause a cue reports ends, when it goes on past the quotation that starts it:
    "Varek said that “we need more time” to decide on the levy"."""
    if not cue.complement or len(quote.pieces) > 1:
        return None
    if not any(t.head.i == cue.token.i and t.dep_ in ("ccomp", "xcomp") for t in cue.complement):
        return None  # "described the plan as “a trap” on Monday": no clause was reported
    last = before_another_speakers_clause(cue.complement, set())[-1]
    end = cue.base + last.idx + len(last.text)
    first = cue.base + cue.complement[0].idx
    if not re.search(r"\w", text[first : quote.open_at]) or end <= quote.span.end:
        return None  # "chanted “Free them all” outside the hall": the quote is all that was said
    rest = text[quote.span.end : end]
    if "\n" in rest or not re.search(r"\w", rest) or _may_end_sentence(text, quote):
        return None
    if DASH_AFTER_QUOTE.match(text, quote.span.end):
        return None  # "said ‘…’ – a reply to Tovek": the reporter's words
    after = [t for t in cue.complement if cue.base + t.idx >= quote.span.end and not t.is_punct]
    if after and after[0].tag_ == "VBG":
        return None  # "argued that “…,” citing a ruling": the reporter tells what went with it
    return end


def _may_end_sentence(text: str, quote: Quote) -> bool:
    """The quotation closes with a full stop, question or exclamation mark."""
    inside = text[quote.pieces[-1].start : quote.span.end].rstrip("\"”’»“' \u00a0")
    return inside.endswith((".", "!", "?"))


def interrupted_start(text: str, quote: Quote, cue: Cue) -> Span | None:
    """ "Sooner or later, the governor told reporters, “it starts to pay off.”": a cue set off by
    commas inside a sentence whose quote goes on in lower case interrupts what was said; the
    sentence's words before the cue are its start."""
    if cue.sentence is None or cue.source is None or len(quote.pieces) > 1:
        return None
    first = text[quote.pieces[0].start : quote.pieces[0].end].lstrip(" \u00a0\"“‘'")
    if not first[:1].islower():
        return None
    start = max(cue.base + cue.sentence.start_char, cue.clause_start or 0)
    core = min(cue.source.span.start, cue.span.start)
    if start >= core:
        return None
    lead = text[start:core]
    if not lead.rstrip().endswith(",") or "\n" in lead or re.search(r"[.!?][\"”’']*\s", lead):
        return None
    if not text[start : quote.open_at].rstrip().endswith(","):
        return None  # "In his tribute, Elliott said “…”": the cue does not interrupt
    start += len(lead) - len(lead.lstrip())
    if m := DATELINE.match(text, start, core):
        start = m.end()
    if m := CONNECTIVE.match(text, start, core):
        start = m.end()  # "But, he said, “…”": a link to the sentence before
    end = start + len(text[start:core].rstrip())  # just after the comma: it reads "…, it starts to …"
    words = [t for t in cue.sentence if start <= cue.base + t.idx < end - 1]
    return Span(start, end) if words and not _frames_the_saying(words) else None


def _frames_the_saying(words: list[Token]) -> bool:
    """Words before a cue that say when, where or on what occasion it was said ("On Monday",
    "In a statement", "Asked about the strike", "Speaking at the rally"), not what."""
    inside = {t.i for t in words}
    heads = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    if any(
        t.tag_ in ("VBN", "VBG") and not any(c.dep_.startswith("nsubj") for c in t.children) for t in heads
    ):
        return True
    venues = lexicon.words("venue_nouns.txt")
    return any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in CALENDAR_WORDS or t.lower_ in venues for t in words
    )


# A sentence's link to the one before it, not part of what was said: "But the plan, Kolt said, …".
CONNECTIVE = re.compile(
    r"(?:(?:but|and|yet|so|or|plus)\b,?|(?:however|still|meanwhile|instead|moreover|indeed|now|also|"
    r"in addition|nonetheless|nevertheless|furthermore|of course|after all|in fact),)\s+",
    re.I,
)


def only_connective(text: str, piece: Span) -> bool:
    """The piece is a sentence's link to the one before it and nothing else ("Still", "But")."""
    words = text[piece.start : piece.end].strip(" ,")
    m = CONNECTIVE.match(words + ", ")
    return m is not None and m.end() == len(words) + 2


def strip_connective(text: str, piece: Span) -> Span:
    """Content that opens its sentence loses a leading "But", "And" or "However,"."""
    before = text[max(0, piece.start - 3) : piece.start].rstrip(" \u00a0\"“”'")
    if before and before[-1] not in ".!?\n":
        return piece
    m = CONNECTIVE.match(text, piece.start, piece.end)
    return Span(m.end(), piece.end) if m and m.end() < piece.end else piece
