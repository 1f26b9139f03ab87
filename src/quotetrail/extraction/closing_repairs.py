"""Mend the parser's misreadings of attributions that close or interrupt a sentence.

"“Shame!” shouted a backbencher", "…, his top aide told The Huffington Post.", "The rejection of
the treaty signals “the beginning of the end”, said Geert Wilders", "If anything, Ash argued in his
email, the incident is …": the attribution comes after what it reports, or in the middle of it,
and the small English model often makes the reported words the sentence and the attribution a
clause of them, or a second subject. Each repair here sets heads and labels on the parsed ``Doc``
so the verb of saying reports the words; :mod:`quotetrail.extraction.clause_repairs` calls them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotetrail.extraction.lexicon import CORE_CUE_LEMMAS
from quotetrail.nlp import whole_text

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs that follow a quotation with their speaker after them ("“Shame!” shouted a backbencher"),
# in the past tense: the parse has lemmas only for the cue lexicon's words ("heckled" has none).
INVERTING_VERBS = frozenset(
    [
        "said",
        "shouted",
        "chanted",
        "heckled",
        "cried",
        "yelled",
        "screamed",
        "replied",
        "retorted",
        "answered",
        "interjected",
        "added",
        "continued",
        "snapped",
        "exclaimed",
        "protested",
        "demanded",
        "pleaded",
        "declared",
        "insisted",
        "asked",
    ]
)


# Tabloid verbs of saying written before their speaker after a quotation: "‘…,’ fumed parent Jenny Platt".
FUMING_VERBS = frozenset(
    {"fumed", "raged", "blasted", "stormed", "seethed", "ranted", "gushed", "sobbed", "wept", "beamed"}
    | {"joked", "quipped", "laughed", "sighed", "warned", "admitted", "confessed", "vowed", "claimed"}
)


def speaker_after_the_verb(verb: Token) -> None:
    """ "“That is a lie!” heckled Mara Lindqvist.", "“Sit down!” shouted a government backbencher.":
    after a quotation closed by "!" or "?", the parser reads a verb of saying and its speaker as a
    new sentence with the speaker for the verb's object, or the verb for the speaker's adjective.
    The speaker becomes the verb's subject."""
    doc = verb.doc
    if (
        verb.lower_ not in INVERTING_VERBS | FUMING_VERBS
        or verb.i < 3
        or doc[verb.i - 2].text not in ("!", "?")
    ):
        return
    end = verb.i + 1
    while end < len(doc) and not (doc[end].is_punct and doc[end].text in ".!?"):
        end += 1
    if end == verb.i + 1:
        return
    if verb.dep_ == "amod":  # "heckled Mara Lindqvist", the name the sentence's root
        speaker = verb.head
        while speaker.dep_ == "compound" and speaker.head.i > speaker.i:
            speaker = speaker.head  # "shouted farmer Glyn Hopkins": the name the role is a compound of
        if speaker.dep_ != "ROOT" or speaker.left_edge.i != verb.i or speaker.right_edge.i > end:
            return
        verb.head, verb.dep_ = verb, "ROOT"
        for tok in doc[verb.i + 1 : end + 1]:
            if tok.head == speaker and tok.i > speaker.i and (tok.is_punct or tok.dep_ in ("advcl", "prep")):
                tok.head = verb  # "… as the bailiffs arrived": when he shouted
        speaker.head, speaker.dep_ = verb, "nsubj"
        return
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in verb.children):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    if len(objects) == 1 and objects[0].left_edge.i == verb.i + 1 and objects[0].right_edge.i == end - 1:
        objects[0].dep_ = "nsubj"


def speaker_read_as_the_quotation_s_complement(verb: Token) -> None:
    """ "'It is a disgrace,' fumed parent Jenny Platt." (red team 170): after a quotation closed by a
    comma, the parser read the verb as the speaker's adjective and the speaker as a complement of the
    quotation's own verb. The verb reports the quotation; the speaker is its subject."""
    doc = verb.doc
    if verb.lower_ not in FUMING_VERBS | INVERTING_VERBS or verb.dep_ != "amod" or verb.i < 3:
        return
    if not doc[verb.i - 1].is_quote or doc[verb.i - 2].text != ",":
        return
    speaker = verb.head
    while speaker.dep_ == "compound" and speaker.head.i > speaker.i:
        speaker = speaker.head
    root = speaker.head
    if speaker.left_edge.i not in (verb.i, verb.i - 1) or root.i >= verb.i or root.dep_ != "ROOT":
        return
    if not doc[root.left_edge.i].is_quote:
        return  # the quotation is the sentence's clause (not 'houses the “Ripper,” confessed murderer X')
    if speaker.pos_ != "PROPN":
        return
    if speaker.dep_ not in ("attr", "dobj", "npadvmod", "appos", "conj", "nsubj"):
        return
    end = speaker.right_edge.i + 1
    if end < len(doc) and doc[end].text not in (".", "!", "?", ","):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    speaker.head, speaker.dep_ = verb, "nsubj"
    for tok in doc[verb.i - 2 : verb.i]:
        tok.head = verb
    if end < len(doc) and doc[end].head == root:
        doc[end].head = verb
    root.head, root.dep_ = verb, "ccomp"


def speaker_read_as_the_second_half_s_subject(verb: Token) -> None:
    """ "“The talks,” said Teodor Marrin, Ostravia's climate envoy, “are on life support.”": the
    parser made the speaker, with his description, the subject of the quotation's second half. A
    name right after an inverted verb of saying, set off before an opening mark, is the verb's."""
    doc = verb.doc
    if verb.lower_ not in INVERTING_VERBS or verb.i < 2 or doc[verb.i - 1].text not in ("”", '"', "’", "'"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        subject = next(
            (c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None
        )
        if subject is None or subject.pos_ != "PROPN":
            continue
        after = max(t.i for t in subject.subtree if not t.is_punct) + 1  # the comma, hung on it or not
        if after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].text not in ("“", '"', "‘"):
            continue
        if doc[after + 1].i >= clause.i or clause.left_edge.i < verb.i:
            continue
        subject.head = verb
        return


def speaker_s_role_read_as_a_clause(verb: Token) -> None:
    """ "“…,” said Oversight ranking Democrat Elijah Cummings (D-Md.).": the parser read "ranking" as
    a clause of "said" with the name its object. The name is the verb's subject, and the words before
    it in the clause its description."""
    doc = verb.doc
    if verb.lower_ not in INVERTING_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    if len(clauses) != 1 or clauses[0].tag_ != "VBG" or clauses[0].left_edge.i != verb.i + 1:
        return
    participle = clauses[0]
    names = [c for c in participle.children if c.dep_ == "dobj" and c.tag_ == "NNP"]
    if len(names) != 1 or any(c.dep_ in ("nsubj", "aux", "prep", "mark") for c in participle.children):
        return
    end = participle.right_edge.i + 1
    if end < len(doc) and not (doc[end].is_punct and doc[end].text in ".!?"):
        return
    name = names[0]
    name.head, name.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = name, "amod"


def aside_read_as_the_host_s_clause(verb: Token) -> None:
    """ "If anything, Ash argued in his email, the incident is an illustration of …": the parser made
    the attribution, closed by a comma, a clause of the sentence after it. The sentence after it is
    what was argued."""
    doc = verb.doc
    host = verb.head
    if host.dep_ != "ROOT" or host.i < verb.i or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    if host.lemma_.lower() in CORE_CUE_LEMMAS:
        return  # "The protocol called for X, sources said.": the closing verb reports the first
    end = verb.right_edge.i + 1
    if end >= host.i or doc[end].text != ",":
        return
    if any(t.i < verb.left_edge.i and not t.is_punct for t in host.subtree):
        return  # the host starts after the comma (the attribution opens the sentence or follows a comma)
    if not any(c.dep_ == "nsubj" for c in verb.children) or not any(c.dep_ == "nsubj" for c in host.children):
        return
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative") for c in verb.children):
        return  # "He told me, …": the attribution says to whom
    verb.head, verb.dep_ = verb, "ROOT"
    doc[end].head = verb
    for child in [c for c in host.children if c.i > host.right_edge.i - 2 and c.is_punct]:
        child.head = verb  # the full stop
    host.head, host.dep_ = verb, "ccomp"


def first_attribution_read_as_the_second_s_clause(verb: Token) -> None:
    """ "“His demeanor is grumpy,” she said, but despite the tone, “I think he will do it,” said
    Kunin.": the parser made the first attribution, with its quotation, part of what the second
    one reports. Each verb of saying reports its own quotation: the first becomes a conjunct."""
    doc = verb.doc
    head = verb.head
    if (
        head.i <= verb.i
        or verb.lemma_.lower() not in CORE_CUE_LEMMAS
        or head.lemma_.lower() not in CORE_CUE_LEMMAS
    ):
        return
    if doc[verb.i - 1].tag_ != "''" and not (verb.i > 1 and doc[verb.i - 2].tag_ == "''"):
        return  # the attribution right after its quotation: '“A,” she said', '“A,” said Kunin'
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return
    if not any(c.dep_ == "ccomp" and verb.i < c.i < head.i for c in head.children):
        return  # the second verb's own quotation, between the two
    verb.dep_ = "conj"


# Who a closing "X told …" is said to: "…, press secretary Dmitry Averin told reporters."
WHY_SO = frozenset({"because", "since", "as"})
TOLD_TO = frozenset(
    {"reporters", "journalists", "correspondents", "media", "press", "agency", "newspaper"}
) | (frozenset({"correspondent", "reporter", "newsmen", "pressmen", "newspersons", "persons"}))


DASHES = frozenset({"-", "–", "—", "--"})


def subject_hung_on_a_dashed_aside(verb: Token) -> None:
    """ "A representative for the brand - a 12-employee business pitched as “…” - noted that …": the
    parser read the aside between dashes as a clause ("business pitched") and made it, with the
    subject before it, a clause of the verb of saying. The noun phrase before the first dash is the
    verb's subject; the aside describes it."""
    doc = verb.doc
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or doc[verb.i - 1].text not in DASHES:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    asides = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.right_edge.i >= verb.i - 2]
    if len(asides) != 1:
        return
    aside = asides[0]
    subjects = [c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i]
    if not subjects or subjects[0].left_edge.i != verb.sent.start:
        return
    subject = subjects[0]
    after = max(t.i for t in subject.subtree if t.text not in DASHES) + 1
    if doc[after].text not in DASHES or not any(s.i > after for s in subjects):
        return  # the aside has a subject of its own after the dash
    subject.head, subject.dep_ = verb, "nsubj"
    aside.head, aside.dep_ = subject, "acl"  # describes the speaker


def said_clause_read_as_a_second_subject(verb: Token) -> None:
    """ "The rejection of the treaty signals “the beginning of the end”, said Geert Wilders": the
    tagger read the words said as a noun phrase ("signals" a noun) and the parser made them a second
    subject of "said", beside the speaker after it. Set off by the comma before the verb, they are
    what was said; so are words before a comma and the speaker, read as a first subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return
    said, speaker = subjects
    if said.i < verb.i < speaker.i:
        if (
            doc[verb.i - 1].text == ","
            and said.right_edge.i == verb.i - 2
            and speaker.left_edge.i == verb.i + 1
        ):
            said.dep_ = "ccomp"
        return
    # "People who test positive need to isolate for five days, health officials said": the words
    # said, a verb in them read as a noun, set off by a comma before the speaker
    comma = speaker.left_edge.i - 1
    if not said.i < speaker.i < verb.i or speaker.right_edge.i != verb.i - 1 or doc[comma].text != ",":
        return
    words = list(said.subtree)
    if said.right_edge.i != comma - 1 or said.left_edge.i != said.sent.start or len(words) < 5:
        return
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        said.dep_ = "ccomp"


def subject_read_as_the_object_s_apposition(verb: Token) -> None:
    """ "Estoria will buy 40 new helicopters, Deputy Defence Minister Arno Kell said on Wednesday.":
    the parser made the closing speaker an appositive of the clause's last noun and the verb a
    second verb of the clause, with no subject. A name (or a titled name) set off by a comma right
    before a subjectless verb of saying is its subject; :func:`attribution_after_the_clause` then
    makes the verb report the clause."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    doc = verb.doc
    speaker = doc[verb.i - 1]
    if speaker.text == "," and verb.i > 2:
        # "…, the lender's finance chief, Greta Holm, said": a name set off as a role's apposition
        speaker = doc[verb.i - 2]
        if speaker.dep_ != "appos" or speaker.head.dep_ != "appos" or speaker.head.pos_ != "NOUN":
            return
    while speaker.dep_ == "appos" and speaker.head.dep_ == "appos" and speaker.head.i < speaker.i:
        # "…, the lender's finance chief, Greta Holm, said": the name the role's apposition
        named = speaker.tag_ == "NNP"
        speaker = speaker.head
        if not named:
            return
    if speaker.dep_ != "appos" or speaker.head.i >= speaker.left_edge.i:
        return
    if speaker.tag_ != "NNP" and not any(c.dep_ == "appos" and c.tag_ == "NNP" for c in speaker.children):
        return  # (no entity labels yet: a proper noun, or a role with one in apposition)
    opening = speaker.left_edge.i - 1
    if opening < 1 or doc[opening].text != "," or speaker.head not in verb.head.subtree:
        return
    speaker.head, speaker.dep_ = verb, "nsubj"
    attribution_after_the_clause(verb)


def speaker_read_as_the_reported_object_s_apposition(verb: Token) -> None:
    """ "Tallis Bank made an offer for Dunmere Oil, a person familiar with the matter said.": the
    parser made the closing speaker an apposition of the reported clause's last noun and left the
    verb of saying with no subject. A noun phrase set off by a comma that ends right before a
    subjectless verb of saying, inside what it reports, is its subject."""
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or verb.dep_ != "ROOT":
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    doc = verb.doc
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if reported is None:
        return
    speaker = next(
        (
            t
            for t in reversed(doc[reported.i : verb.i])
            if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == verb.i - 1
        ),
        None,
    )
    if speaker is None or speaker.left_edge.i < 1 or doc[speaker.left_edge.i - 1].text != ",":
        return
    if speaker not in reported.subtree:
        return
    speaker.head, speaker.dep_ = verb, "nsubj"


def object_read_as_the_subject(verb: Token) -> None:
    """ "Estoria will not extradite the former banker Ivo Rask, Justice Minister Hella Marr said.":
    the parser made the reported clause's object the subject of the closing verb and the speaker
    its appositive. A name right before the verb, with no comma to close it, after a name set off by
    a comma, right after a reported verb with no object, is the speaker; the name before is that
    verb's object."""
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].tag_ != "NNP":
        return
    stray = subjects[0]
    speaker = doc[verb.i - 1]
    if speaker.dep_ != "appos" or speaker.head != stray or speaker.tag_ != "NNP":
        return
    if doc[speaker.left_edge.i - 1].text != "," or speaker.left_edge.i - 1 != stray.i + 1:
        return
    reported = doc[stray.left_edge.i - 1]
    if (
        # "will not extradite Ivo Rask", "are close to signing Jonah Pell"
        not (reported.dep_ == "ccomp" and reported.head == verb)
        and not (reported.tag_ == "VBG" and reported.dep_ == "pcomp" and verb in reported.ancestors)
    ):
        return
    if (
        reported.pos_ != "VERB"
        or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in reported.children)
        or any(c.dep_ == "auxpass" for c in reported.children)
    ):
        return
    speaker.head, speaker.dep_ = verb, "nsubj"
    stray.head, stray.dep_ = reported, "dobj"


def object_read_as_the_closing_speaker_s_apposition(verb: Token) -> None:
    """ "… the Duke had “never met” the businessman, the Marlow Chronicle reported.": the parser made
    the object after a quoted fragment an apposition of the closing attribution's subject, so the
    claim stopped at the quotation. The object is the quoted verb's."""
    doc = verb.doc
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i < subject.i), None)
    if appos is None or appos.pos_ not in ("NOUN", "PROPN"):
        return
    k = appos.left_edge.i - 1
    while k > 0 and (doc[k].is_quote or doc[k].is_punct) and doc[k].text != ",":
        k -= 1
    host = doc[k]
    if host.pos_ != "VERB" or host.i >= appos.i or any(c.dep_ == "dobj" for c in host.children):
        return
    # "the contract, the mayor, Ana Lind, said": the speaker's own role the parser hung on the object
    role = [c for c in appos.children if c.i > appos.i and (c.dep_ == "appos" or c.is_punct)]
    end = min((c.left_edge.i for c in role), default=appos.right_edge.i + 1)
    if end >= len(doc) or doc[end].text != "," or any(t.is_punct for t in doc[appos.i + 1 : end]):
        return
    for c in role:
        c.head = subject
    appos.head, appos.dep_ = host, "dobj"
    doc[end].head = verb


def two_speakers_spliced_by_a_comma(verb: Token) -> None:
    """ "Gita Mor said the drought had cut yields, Ivo Ulk said aid was coming.": the parser read the
    first speaker's sentence as what the second said, though the second says a clause of its own
    after its verb. Two statements spliced by a comma: the first verb is a root of its own."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    own = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    before = [
        c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.lemma_.lower() in CORE_CUE_LEMMAS
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(own) != 1 or len(before) != 1 or len(subjects) != 1:
        return
    first = before[0]
    if not any(c.dep_ == "nsubj" for c in first.children) or not any(
        c.dep_ == "ccomp" for c in first.children
    ):
        return
    start = subjects[0].left_edge.i
    if start == 0 or doc[start - 1].text != "," or first.right_edge.i >= start:
        return
    first.head, first.dep_ = first, "ROOT"
    doc[start - 1].head = first


def attribution_after_the_clause(verb: Token) -> None:
    """ "The Kremlin considers the claims untrue, press secretary Dmitry Averin told reporters.": the
    parser made the closing attribution a clause of what the first verb says (or a second clause
    after it, with only a comma between). A verb of saying at the
    end of the sentence, its subject set off by a comma and nothing after it but whom it was said to
    or when, reports the clause before it."""
    doc = verb.doc
    head = verb.head
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or head.dep_ != "ROOT" or head.i >= verb.i:
        return
    if head.lemma_.lower() in CORE_CUE_LEMMAS:
        return  # report_of_a_report's: "Lutsk said …, the agency VorPress reported"
    conjuncts = [c.i for c in head.children if c.dep_ == "conj" and c.i < verb.i and c.i != verb.i]
    if verb.dep_ == "conj" and any(
        c.dep_ == "cc" and head.i < c.i < verb.i and not any(c.i < k for k in conjuncts)
        for c in head.children
    ):
        return  # "… and the minister told reporters": a second clause, not an attribution
        # (an "and" before another conjunct joins that one: "should provide … and not wave …, he told")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1:
        return
    # its first word: the parser may have hung the comma that sets it off on it
    first = min(t.i for t in subjects[0].subtree if not t.is_punct)
    if first == 0 or doc[first - 1].text != ",":
        return
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    if any(
        c.dep_ not in ("dobj", "prep", "npadvmod", "advmod")
        # "…, two people familiar with the matter said, asking not to be identified."
        and not (c.dep_ == "advcl" and c.tag_ == "VBG" and doc[c.left_edge.i - 1].text == ",")
        # "… said on condition of anonymity because the plan is not public": why they spoke so
        and not (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in WHY_SO for m in c.children))
        for c in after
    ):
        return
    told = verb.lemma_.lower() == "tell"
    if any(c.dep_ == "dobj" and c.lower_ not in TOLD_TO and not (told and c.pos_ == "PROPN") for c in after):
        return  # "…, his top aide told The Huffington Post." names who was told
    if verb.right_edge.i + 1 < len(doc) and doc[verb.right_edge.i + 1].text not in (".", "!", "?"):
        return
    opening = first - 1  # the comma that sets the attribution off
    stray = [c for c in verb.children if c.i < opening]  # 'and “perhaps”, he told': words of the clause
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in head.children if c.i > verb.right_edge.i and c.is_punct]:
        child.head = verb
    head.head, head.dep_ = verb, "ccomp"
    for child in stray:
        child.head = head


def attribution_read_as_a_relative_clause(verb: Token) -> None:
    """ "Jonah Pell is close to joining Vale Real, the newspaper El Heraldo Deportivo reported on
    Tuesday.": the parser made the closing attribution a relative clause of the last noun before the
    comma. A relative clause opens with no noun phrase set off by a comma; a verb of saying last in
    its sentence, its subject so set off, reports the sentence before it."""
    doc = verb.doc
    root = verb.sent.root
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or root.i >= verb.i or root.pos_ not in ("VERB", "AUX"):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].tag_ in ("WP", "WDT") or subjects[0].left_edge.i == 0:
        return
    comma = subjects[0].left_edge.i - 1
    if doc[comma].text != "," or verb.head.i >= comma:
        return
    if any(
        c.dep_ not in ("prep", "npadvmod", "advmod") for c in verb.children if c.i > verb.i and not c.is_punct
    ):
        return
    if verb.right_edge.i + 1 < len(doc) and doc[verb.right_edge.i + 1].text not in (".", "!", "?"):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in root.children if c.i > verb.right_edge.i and c.is_punct]:
        child.head = verb
    root.head, root.dep_ = verb, "ccomp"


# Verbs of saying in the present that the tagger may take for plural nouns at the end of a sentence.
CLOSING_VERBS = {"reports": "report", "says": "say", "writes": "write", "notes": "note", "states": "state"}


def closing_verb_read_as_a_noun(word: Token) -> None:
    """ "The President held a meeting on security, the press service of the head of state reports.":
    the tagger read the closing "reports" as a plural noun (of "state reports"). A verb of saying in
    the present, last in its sentence, after a noun phrase set off by a comma, is that phrase's verb,
    and the clause before the comma is what it reports."""
    doc = word.doc
    lemma = CLOSING_VERBS.get(word.lower_)
    if lemma is None or word.i + 1 >= len(doc) or doc[word.i + 1].text not in (".", "!"):
        return
    root = word.sent.root
    if root.i >= word.i or root.pos_ not in ("VERB", "AUX"):
        return
    speaker = next(
        (
            a
            for a in word.ancestors
            if a.i < word.i and a.left_edge.i > root.i and doc[a.left_edge.i - 1].text == ","
        ),
        None,
    )
    if (
        speaker is None
        or speaker.pos_ not in ("NOUN", "PROPN")
        or speaker.dep_ not in ("appos", "conj", "npadvmod")
    ):
        return
    before = doc[word.i - 1]
    if before.head == word and before.dep_ == "compound":
        before.head, before.dep_ = word.head, word.dep_  # "of state | reports": the noun is the phrase's
    word.tag_, word.pos_, word.lemma_ = "VBZ", "VERB", lemma
    word.head, word.dep_ = word, "ROOT"
    doc[speaker.left_edge.i - 1].head = word
    speaker.head, speaker.dep_ = word, "nsubj"
    doc[word.i + 1].head = word
    root.head, root.dep_ = word, "ccomp"


NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case"})


def verb_read_as_the_subject_s_noun(word: Token) -> None:
    """ "The charge sheet states that Mr Lowry was found with a knife.", "…, the complaint states.":
    the parser made the verb of saying the last noun of its subject ("charge sheet states") or left
    the subject as the verb's compound. The noun before it is the subject; a that-clause after it
    is what it says."""
    doc = word.doc
    lemma = CLOSING_VERBS.get(word.lower_)
    if lemma is None or word.dep_ != "ROOT" or word.i == 0:
        return
    subject = doc[word.i - 1]
    if subject.head != word or subject.dep_ != "compound" or subject.pos_ not in ("NOUN", "PROPN"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
        return
    clauses = [c for c in word.children if c.i > word.i and c.dep_ in ("relcl", "acl", "ccomp")]
    that = clauses and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == word.i + 1 for m in clauses[0].children
    )
    closing = word.i + 1 < len(doc) and doc[word.i + 1].text in (".", "!") and word.tag_ == "VBZ"
    if not (that or closing):
        return
    if that:
        clauses[0].dep_ = "ccomp"
    word.tag_, word.pos_, word.lemma_ = "VBZ", "VERB", lemma
    for before in [c for c in word.children if c.i < subject.i]:
        before.head = subject  # "The | charge sheet"
    for clause in [c for c in subject.children if c.i < subject.i and c.dep_ not in NOUN_MODIFIERS]:
        clause.head = word  # "… misled investors, | the complaint states": what it states, and the comma
    subject.dep_ = "nsubj"


def report_of_a_report(verb: Token) -> None:
    """ "Lutsk said talks are possible, the state news agency VorPress reported on Wednesday.": the
    parser made the agency's verb a second clause of what Lutsk said. The agency reports Lutsk's
    statement: its verb is the sentence's, Lutsk's clause what it reports."""
    doc = verb.doc
    head = verb.head
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or head.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    if head.dep_ != "ROOT" or head.i >= verb.i:
        return
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children):
        return
    # what the first verb said, which the parser may have hung on the second: "said the border
    # would reopen, state television reported"
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    clauses = len(said) + sum(1 for c in head.children if c.dep_ == "ccomp" and c.i < verb.i)
    if clauses > 1 or (
        # "Imam Toure called for calm after the clashes, the agency reported": what the first verb
        # says is its object, not a clause
        clauses == 0 and not any(c.dep_ in ("dobj", "xcomp", "prep") and c.i < verb.i for c in head.children)
    ):
        return
    left = subjects[0].left_edge.i
    if left == 0 or doc[left - 1].text not in (",", "”", '"', "’", "'"):
        return  # the agency's clause is set off by a comma
    for clause in said:
        clause.head = head
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in head.children if c.i > verb.i and c.is_punct]:
        child.head = verb  # the full stop
    head.head, head.dep_ = verb, "ccomp"


def relayed_attribution_read_as_an_aside(verb: Token) -> None:
    """ "“We will win,” Toldek said, KARNA reported.": the parser hung Toldek's attribution on the
    agency's verb as an aside, so the agency reported nothing. The agency reports the sentence
    before its comma: Toldek's attribution with its quotation."""
    doc = verb.doc
    head = verb.head
    if head.dep_ != "ROOT" or head.i <= verb.i or verb.lemma_.lower() not in CORE_CUE_LEMMAS:
        return
    if head.lemma_.lower() not in CORE_CUE_LEMMAS or any(c.dep_ in ("ccomp", "xcomp") for c in head.children):
        return
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i]
    if len(subjects) != 1 or not any(c.dep_ == "nsubj" and c.i < head.i for c in verb.children):
        return
    left = subjects[0].left_edge.i
    if doc[left - 1].text != "," or verb.right_edge.i != left - 1 or subjects[0].right_edge.i + 1 != head.i:
        return  # ", KARNA reported": the agency's clause right after the attribution's comma
    verb.dep_ = "ccomp"


def speaker_read_as_a_later_clause_s_subject(verb: Token) -> None:
    """ "He had a voice in decisions, said a former spokesman for the ministry, Oleg Voloshyn, who
    ran as a candidate in the bloc Mr. Manafort helped form.": the parser made the verb at the end
    of the sentence a second clause of "said", and sometimes the speaker that verb's subject, which
    then had two. The noun phrase right after the verb of saying is its speaker; the later verb,
    with the subject of its own, describes the noun before it."""
    doc = verb.doc
    if verb.lower_ not in INVERTING_VERBS or doc[verb.i - 1].text != ",":
        return
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return  # what was said, before the attribution
    later = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if len(later) != 1:
        return
    clause = later[0]
    speakers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if speakers:  # the clause right after the speaker's phrase
        if len(speakers) != 1 or speakers[0].i < verb.i or clause.left_edge.i != speakers[0].right_edge.i + 1:
            return
    else:
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or subjects[0].left_edge.i != verb.i + 1:
            return
        speaker, own = subjects
        if speaker.pos_ not in ("NOUN", "PROPN") or speaker.right_edge.i >= own.left_edge.i:
            return
        speaker.head, speaker.dep_ = verb, "nsubj"
    described = doc[clause.left_edge.i - 1]
    if described.pos_ in ("NOUN", "PROPN") and described.i > verb.i:
        clause.head, clause.dep_ = described, "relcl"


def verb_read_into_the_subject_s_dashed_aside(verb: Token) -> None:
    """ "Neil Sroka, director of the group - which has endorsed Sanders - said Sanders has options.",
    "Donald Trump - who previously said he would “bomb …” oil fields - said at a rally that …": the
    parser left the sentence without a verb, its subject the root, and made the verb of saying after
    the closing dash part of the aside. That verb is the sentence's, the root noun its subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or doc[verb.i - 1].text not in DASHES:
        return
    root = verb.sent.root
    if verb.dep_ == "ROOT" or root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or root not in list(verb.ancestors):
        return
    if not any(c.text in DASHES and root.i < c.i < verb.i - 1 for c in root.children):
        return  # the aside opens with a dash after the subject
    host = verb.head
    for child in [c for c in verb.children if c.i < verb.i]:
        child.head = host  # the aside's own words, which the parser gave the verb
        if child.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "dobj" for c in host.children):
            child.dep_ = "dobj"
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in root.children if c.i > verb.i and c.is_punct]:
        child.head = verb  # the full stop
    root.head, root.dep_ = verb, "nsubj"


def object_read_as_a_second_subject(verb: Token) -> None:
    """'Senator Ilse Marr - who previously said she would "shut down" the ferry line - said at a
    rally that …': the parser ended the aside between dashes at its quotation and made the rest of
    it, "the ferry line", a second subject of the verb after the closing dash. The words are the
    object of the aside's last verb."""
    doc = verb.doc
    if verb.lemma_.lower() not in CORE_CUE_LEMMAS or doc[verb.i - 1].text not in DASHES:
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[1].i > verb.i:
        return
    speaker, stray = subjects
    if stray.left_edge.i != speaker.right_edge.i + 1 or stray.right_edge.i != verb.i - 2:
        return
    if not any(c.text in DASHES and speaker.i < c.i < stray.i for c in speaker.children):
        return  # the aside opens with a dash after the speaker
    host = next(
        (
            a
            for a in [doc[stray.left_edge.i - 1], *doc[stray.left_edge.i - 1].ancestors]
            if a.pos_ == "VERB" and a in speaker.subtree
        ),
        None,
    )
    if host is None or any(c.dep_ == "dobj" for c in host.children):
        return
    stray.head, stray.dep_ = host, "dobj"


# Verbs that attribute what follows from inside the sentence: "X, the court heard, had …".
SET_OFF_ATTRIBUTIONS = CORE_CUE_LEMMAS | {"hear", "believe", "understand"}


def attribution_set_off_after_the_subject(verb: Token) -> None:
    """ "Gareth Hart, the court heard, had threatened to kill his neighbour.", "Ferro Lang,
    prosecutors allege, had hidden the money …": an attribution set off by commas between a
    subject and its verb. The parser made the subject a second subject of the attribution's verb,
    or the attribution an apposition of the subject, so the sentence read as the subject's own
    words. The subject is the main verb's; the attribution reports the sentence around it, as in
    "The plan, the minister said, had failed."""
    doc = verb.doc
    if verb.lemma_.lower() not in SET_OFF_ATTRIBUTIONS or verb.i + 2 >= len(doc):
        return
    if doc[verb.i + 1].text != "," or verb.i < 4:
        return
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if (
        not subjects
        and verb.dep_ == "appos"
        and doc[verb.i - 1].dep_ == "compound"
        and doc[verb.i - 1].head == verb
    ):
        subjects = [
            doc[verb.i - 1]
        ]  # "Hollis Draper, prosecutors allege, lured …": "prosecutors allege" one noun
        subjects[0].dep_ = "nsubj"
    if verb.dep_ in ("advcl", "parataxis") and len(subjects) == 2:
        subject, own = subjects
        main = verb.head
    elif verb.dep_ in ("appos", "relcl") and len(subjects) == 1 and verb.head.dep_ in ("nsubj", "nsubjpass"):
        # "Dawn Keeley, the court heard, had …" read as a relative clause of the name, too
        subject, own = verb.head, subjects[0]
        main = subject.head
    else:
        return
    if main.i <= verb.i or main.pos_ not in ("VERB", "AUX"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") and c != subject for c in main.children):
        return
    comma = doc[own.left_edge.i - 1]
    if comma.text != "," or own.right_edge.i != verb.i - 1:
        return
    if max(t.i for t in subject.subtree if t.i < comma.i) != comma.i - 1:
        return  # the subject ends at the comma that opens the attribution
    subject.head, subject.dep_ = main, "nsubj"
    verb.head, verb.dep_ = main, "parataxis"
    comma.head = verb
    doc[verb.i + 1].head = verb


def attribution_read_as_the_object_s_description(verb: Token) -> None:
    """ "Marden Town have appointed Colm Reddy, the club announced on Tuesday.", "…, the Brackmoor
    Evening Post reported.": an attribution closing the sentence after a name, which the parser read
    as a description of the name ("Colm Reddy, the club [that was] announced"). The verb is in the
    past or present tense, not a participle: it is the sentence's verb of saying, the speaker its
    subject and the sentence before the comma what it reports."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in SET_OFF_ATTRIBUTIONS:
        return
    if verb.dep_ == "acl":
        speaker = verb.head
    elif verb.dep_ == "ccomp" and verb.i > 2:
        # "…, the Brackmoor Evening Post reported.": the speaker the name's apposition, the verb a
        # clause of the sentence's verb
        speaker = doc[verb.i - 1]
        while speaker.dep_ == "compound" and speaker.head.i < verb.i:
            speaker = speaker.head
        if speaker.right_edge.i != verb.i - 1 or speaker.head == verb:
            return
    else:
        return
    comma = doc[speaker.left_edge.i - 1] if speaker.left_edge.i > 0 else None
    if (
        comma is None
        or comma.text != ","
        or speaker.dep_ not in ("appos", "npadvmod", "conj", "dobj", "pobj")
    ):
        return
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubj") for c in verb.children):
        return  # "the club announced a signing": what it announced is its own
    root = speaker
    while root.head != root:
        root = root.head
    end = verb.right_edge.i + 1
    if root.i > comma.i or (end < len(doc) and not (doc[end].is_punct and doc[end].text in ".!?")):
        return  # the attribution closes the sentence
    for child in [c for c in root.children if c.i > verb.right_edge.i]:
        child.head = verb  # the full stop
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "ccomp"
    speaker.head, speaker.dep_ = verb, "nsubj"
    comma.head = verb


# Lower-case words a speaker's name may follow right after a quotation: "outgoing MP Sara Holm",
# "re-elected MP Kofi Mensah", "defeated candidate …" (participles and adjectives, with a hyphen).
MODIFIER_TAGS = frozenset({"VBG", "VBN", "VBD", "JJ", "HYPH", "RB", "NN"})


def modifier_before_the_speaker_read_into_the_quotation(mark: Token) -> None:
    """ "“Thank you, Kelbridge,” outgoing MP Sara Holm said.", "“We kept our promises,” re-elected
    MP Kofi Mensah said.", "“…,” defeated Workers' Front candidate Lena Strom told the Courier.": the
    parser read the lower-case word between the closing mark and the speaker's name as a verb of
    the quotation (or the quotation's sentence ended on it). The word describes the speaker; the
    verb after the name reports the quotation."""
    doc = mark.doc
    if mark.i < 3 or doc[mark.i - 1].text not in (",", "!", "?"):
        return
    start = mark.i + 1
    first_name = start
    while (
        first_name < len(doc)
        and first_name - start < 4
        and (
            doc[first_name].text == "-"
            or (doc[first_name].is_lower and doc[first_name].tag_ in MODIFIER_TAGS)
        )
    ):
        first_name += 1
    if first_name == start or first_name >= len(doc) or doc[first_name - 1].text == "-":
        return
    verb = next(
        (
            t
            for t in doc[first_name : first_name + 8]
            if t.lemma_.lower() in CORE_CUE_LEMMAS and t.tag_ in ("VBD", "VBZ")
        ),
        None,
    )
    if verb is None or verb.i == first_name:
        return
    name = doc[verb.i - 1]
    phrase = range(first_name, verb.i)
    if name.pos_ != "PROPN" or not all(t == name or t.head.i <= verb.i for t in doc[first_name : verb.i]):
        return  # the speaker's words, hung together on the name ("Workers' Front candidate Lena Strom")
    if not any(t.is_title for t in doc[first_name : verb.i]) or not all(
        (t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.like_num) or t.tag_ == "POS"
        for t in doc[first_name : verb.i]
    ):
        return  # (not "''A Time for Truth,'' published in 2015, Mr. Cruz described")
    if (
        name.head == verb
        and name.dep_ == "nsubj"
        and all(t.head.i in range(start, verb.i) for t in doc[start:first_name])
    ):
        return  # read right ("“…,” caretaker Prime Minister Kofi Mensah said")
    if any(c.dep_ in ("nsubj", "nsubjpass") and c != name and c.i > mark.i for c in verb.children):
        return
    opening = doc[mark.i].sent.start
    for t in reversed(doc[max(0, mark.i - 80) : mark.i]):
        if t.tag_ == "``" or t.text in ("“", '"'):
            opening = t.i
            break
    before = whole_text(doc)[max(0, doc[opening].idx - 4) : doc[opening].idx].rstrip(" \t")
    if before and before[-1] not in ".!?\n" and not (before[-1] in '”"’' and before[-2:-1] in tuple(".!?")):
        return  # the quotation opens its sentence (not 'called the ruling “a travesty,” adding X said')
    quoted_words = range(opening, mark.i)
    tops = [t for t in doc[opening : mark.i] if t.head == t or t.head.i not in quoted_words]
    tops = [t for t in tops if not t.is_punct]
    if not tops:
        return
    quoted = next((t for t in tops if t.pos_ in ("VERB", "AUX")), tops[0])
    for tok in doc[start:first_name]:
        if tok.i == first_name - 1:
            tok.head, tok.dep_ = name, "amod"
        else:
            tok.head, tok.dep_ = doc[first_name - 1], ("punct" if tok.text == "-" else "advmod")
    for tok in doc[first_name : verb.i]:
        if tok != name and tok.head.i not in phrase:
            tok.head, tok.dep_ = name, "compound"  # "MP", hung on the word before it
    for tok in tops:  # "“We ran out of time, not ideas,”": the quotation's last words
        if tok != quoted:
            tok.head, tok.dep_ = quoted, "conj"
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"
    quoted.head, quoted.dep_ = verb, "ccomp"
    for tok in doc[opening : mark.i + 1]:
        if tok.is_punct and tok.head.i >= mark.i:
            tok.head = quoted
    for tok in doc[verb.i + 1 :]:
        if tok.head.i < verb.i and tok.head.i >= opening and tok.head not in (quoted, name):
            if tok.head.i >= start or tok.head == quoted:
                tok.head = verb  # "… told the Courier.": the verb's, not the quotation's
        if tok.is_sent_start:
            break
