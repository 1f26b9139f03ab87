"""Names the entity recogniser cut in pieces or padded, made whole or trimmed after it runs.

The small English model's recogniser knows few names from outside American news: it cuts "Pieter
van der Merwe" at the particle, "Ji-woo Han" at the hyphen, "María Fernanda | Quiroga Ledesma" in
two, and takes "Harriet Quayle KC" whole. A speaker's name and a target's are the recogniser's
entities, so each cut or padding here costs a name in the cross-outlet index.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from quotetrail.extraction import lexicon
from quotetrail.extraction.name_particles import PARTICLES, name_runs
from quotetrail.nlp import ARTICLE_TEXT, known_word, whole_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def join_entities(doc: Doc) -> None:
    """A run the recogniser saw a person in, in pieces, is one person's name."""
    _join_hyphenated_given_names(doc)
    _join_a_given_name_to_its_surname(doc)
    _given_name_taken_for_another_entity(doc)
    _titled_person_read_as_an_organisation(doc)
    _organisations_read_in_names(doc)
    _organisation_read_as_a_person(doc)
    _channel_s_number_cut_off(doc)
    _unit_s_number_cut_off(doc)
    _post_nominals_out(doc)
    _verb_before_a_name_out(doc)
    _organisation_s_word_after_a_possessive(doc)
    _organisation_names_whole(doc)
    _organisation_s_words_joined_by_and(doc)
    _public_service_of_joined_names(doc)
    _description_before_an_organisation_out(doc)
    _plural_noun_opening_a_sentence_out(doc)
    _organisation_s_head_before_of(doc)
    _firm_of_two_names_joined(doc)
    _paper_read_as_a_person(doc)
    _transcript_mark_out(doc)
    _person_paired_with_a_person_read_as_an_organisation(doc)
    _join_runs(doc)
    _storm_names_out(doc)


def _join_runs(doc: Doc) -> None:
    """A run of capitalised words the recogniser saw a person in, in pieces, is one person's name."""
    runs = name_runs(doc)
    if not runs:
        return
    ents = list(doc.ents)
    roles = lexicon.words("person_roles.txt")
    changed = False
    for start, end in runs:
        pieces = [e for e in ents if e.start < end and e.end > start]
        titled = doc[start].lower_ in lexicon.titles() or (
            start and doc[start - 1].lower_ in lexicon.titles()
        )
        if doc[start].lower_ in lexicon.PAPER_HEADS | lexicon.words("paper_heads.txt"):
            # "Gazeta do Vale", "Le Courrier du Nord": a paper's name, whatever the recogniser saw in it
            if start and doc[start - 1].lower_ in lexicon.PAPER_ARTICLES and doc[start - 1].is_title:
                start -= 1
            ents = [e for e in ents if not (e.start < end and e.end > start)]
            ents.append(SpacySpan(doc, start, end, label="ORG"))
            changed = True
            continue
        given_then_particle = doc[start].lower_ in lexicon.given_names() and any(
            doc[k].lower_ in PARTICLES for k in range(start + 1, end - 1)
        )  # "Ursula von der Leyen", taken for a place and a body
        if not pieces or not (titled or given_then_particle or any(e.label_ == "PERSON" for e in pieces)):
            continue  # a person's, or after a title ("Imam Abdullahi ibn Musa", taken for a place)
        if len(pieces) == 1 and pieces[0].start <= start and pieces[0].end >= end:
            continue
        first = min(start, *(e.start for e in pieces))
        while first < end - 1 and (doc[first].lower_ in lexicon.titles() or doc[first].lower_ in roles):
            first += 1  # "Senator Luca di Montezemolo": the title is no part of the name
        last = max(end, *(e.end for e in pieces))
        ents = [e for e in ents if e not in pieces]
        ents.append(SpacySpan(doc, first, last, label="PERSON"))
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _verb_before_a_name_out(doc: Doc) -> None:
    """ "Continued Stone: “…”": the verb of saying written before its speaker is no part of the name;
    nor is an adverb opening the sentence ("Afterwards Velani told reporters …")."""
    ents = list(doc.ents)
    trimmed = [
        SpacySpan(doc, e.start + 1, e.end, label=e.label_)
        if e.label_ == "PERSON"
        and len(e) > 1
        and (
            e[0].lower_ in lexicon.INVERTED_SAYING
            or (e[0].lower_ in lexicon.OPENING_ADVERBS and e[0].is_sent_start)
        )
        else e
        for e in ents
    ]
    if trimmed != ents:
        doc.ents = trimmed


def _organisation_s_word_after_a_possessive(doc: Doc) -> None:
    """ "The Karsk Fishermen's | Cooperative said": the recogniser's organisation ended on the
    possessive; the capitalised word after it that names a body (alone, or an entity of its own)
    is its last word."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        end = ent.end
        if ent.label_ != "ORG" or doc[end - 1].tag_ != "POS" or end >= len(doc):
            continue
        word = doc[end]
        alone = not word.ent_type_ or (
            word.ent_iob_ == "B" and (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I")
        )
        if alone and word.text[:1].isupper() and word.lower_ in lexicon.organisation_words():
            ents[k] = SpacySpan(doc, ent.start, end + 1, label="ORG")
            ents = [e for e in ents if not (e.start == end and e.end == end + 1)]
            changed = True
            break
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _organisation_names_whole(doc: Doc) -> None:
    """ "Open | Hand International": the recogniser's organisation ended on a word the parser hung,
    as a compound, on a capitalised name after it that no entity took. The name runs to that head."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or any(_a_title_or_role(t) for t in ent):
            continue  # "Spokeswoman | Haley Morris": a title the recogniser took for a body
        end = ent.end
        if (
            end < len(doc)
            and doc[end - 1].text == "-"
            and not doc[end - 2].whitespace_
            and not doc[end - 1].whitespace_
            and doc[end].pos_ == "PROPN"
            and doc[end].ent_iob_ == "O"
        ):
            end += 1  # "Kessland Anti- | Doping Authority": the recogniser stopped at the hyphen
        last = doc[end - 1]
        while (
            last.dep_ == "compound"
            and last.head.i >= end
            and all(
                doc[i].pos_ == "PROPN"
                and doc[i].text[:1].isupper()
                and doc[i].ent_iob_ == "O"
                and not _a_title_or_role(doc[i])
                for i in range(end, last.head.i + 1)
            )
        ):
            end = last.head.i + 1
            last = doc[end - 1]
        article = int(end + 1 < len(doc) and doc[end].lower_ in ("a", "an", "the"))
        if (
            doc[end - 1].lower_ in ("of", "for", "on")
            and end - ent.start >= 3
            and doc[end - 2].lower_ in lexicon.organisation_words()  # not "Meenakshi Ganguly of | Human …"
            and end + article < len(doc)
            and (_a_word_of_a_body_s_name(doc[end + article]) or doc[end + article].ent_type_ == "ORG")
        ):
            # "The Human Rights Commission of | Kessary", "The Committee for | a Responsible Federal
            # Budget": the recogniser stopped after "of" or "for"
            k_end = end + article
            while (
                k_end < len(doc)
                and _a_word_of_a_body_s_name(doc[k_end])
                and not _a_title_or_role(doc[k_end])  # "Central Bank of Marovia | Governor Amal Reshid"
            ):
                k_end += 1
            following = next(
                (e for e in ents[k + 1 :] if e.start == end + article and e.label_ == "ORG"), None
            )
            if following is not None:
                k_end = max(k_end, following.end)  # "on | Enforced Disappearances", the recogniser's own
            run = [t.text for t in doc[end + article : k_end]]
            if doc[end - 1].lower_ == "for" and (
                lexicon.paper_named(run) or lexicon.named_as_an_organisation(run)
            ):
                continue  # "A poll by Merrow Research for the Eastport Ledger": a client, another body
            taken = [j for j in range(k + 1, len(ents)) if ents[j].start < k_end]
            if any(ents[j].end > k_end or ents[j].label_ not in ("GPE", "LOC", "ORG", "NORP") for j in taken):
                continue  # (a person's name after the body's is no part of it)
            for j in taken:
                ents[j] = ents[j][:0]  # taken into the name
            end = k_end
        if end != ent.end:
            ents[k] = SpacySpan(doc, ent.start, end, label="ORG")
            changed = True
    if changed:
        doc.ents = [e for e in ents if len(e)]


def _a_word_of_a_body_s_name(tok: Token) -> bool:
    """A word of a body's name after its "on"/"of": a proper noun, or a capitalised adjective or
    participle ("Committee on Enforced Disappearances", "Office of Civil Registration")."""
    return tok.text[:1].isupper() and (
        tok.pos_ == "PROPN"
        or (tok.is_title and tok.pos_ in ("ADJ", "VERB", "NOUN") and not tok.is_sent_start)
    )


def _paper_read_as_a_person(doc: Doc) -> None:
    """ "El Heraldo Austral", "Tribuna Nacional": a paper's name, its noun first, which the
    recogniser took for a person's."""
    ents = list(doc.ents)
    relabelled = [
        SpacySpan(doc, e.start, e.end, label="ORG")
        if e.label_ == "PERSON" and lexicon.paper_named([t.text for t in e])
        else e
        for e in ents
    ]
    if relabelled != ents:
        doc.ents = relabelled


def _person_paired_with_a_person_read_as_an_organisation(doc: Doc) -> None:
    """ "Sione Latu and Ousmane Barry held a news conference": a two-word name the recogniser took
    for an organisation, joined by "and" to a person's name, with no word of a body's name in it, is
    a person's too."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or len(ent) != 2 or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
            continue
        if any(t.lower_ in lexicon.organisation_words() or t.lower_ in BODIES_ONLY for t in ent):
            continue
        if ent[0].lower_ not in lexicon.given_names() and any(known_word(t.lower_) for t in ent):
            continue  # "Wells Fargo and Maria Chen", "Goldman Sachs": words a firm's name is made of
        after = ents[k + 1] if k + 1 < len(ents) else None
        before = ents[k - 1] if k > 0 else None
        paired = (
            after is not None
            and after.label_ == "PERSON"
            and after.start == ent.end + 1
            and doc[ent.end].lower_ == "and"
        ) or (
            before is not None
            and before.label_ == "PERSON"
            and before.end + 1 == ent.start
            and doc[before.end].lower_ == "and"
        )
        if paired and not (ent.end < len(doc) and doc[ent.end].tag_ == "POS"):
            ents[k] = SpacySpan(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = ents


def _transcript_mark_out(doc: Doc) -> None:
    """ "Q. Critics call …": the label of an interview's line, which the repairs made the sentence's
    "meta", is no part of the name after it."""
    ents = list(doc.ents)
    if not any(doc[e.start].dep_ == "meta" and doc[e.start].text == "Q." for e in ents):
        return
    doc.ents = [
        SpacySpan(doc, e.start + 1, e.end, label=e.label_)
        if doc[e.start].dep_ == "meta" and doc[e.start].text == "Q."
        else e
        for e in ents
        if not (len(e) == 1 and doc[e.start].dep_ == "meta")
        and not (len(e) == 2 and doc[e.start + 1].tag_ == "NNS")  # "Q. Critics": no name at all
    ]


def _storm_names_out(doc: Doc) -> None:
    """ "Storm Agnes hit Devon. “It is awful,” she said.": a storm's name is no person's (nor an
    organisation's), whether or not the recogniser took its title in."""
    text = whole_text(doc)
    if not any(title in text for title in lexicon.STORM_TITLES):
        return  # (most paragraphs name no storm)
    ents = list(doc.ents)
    changed = False
    weather = lexicon.WEATHER_WORDS.search(text) is not None
    for k, ent in enumerate(ents):
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        words = [t.text for t in ent]
        start = ent.start
        if not lexicon.storm_name(words, weather):
            before = [t.text for t in doc[max(0, start - 2) : start]]
            if before and lexicon.storm_name([*before[-1:], *words], weather):
                start -= 1  # "Storm" + "Agnes"
            elif len(before) == 2 and lexicon.storm_name([*before, *words], weather):
                start -= 2  # "Tropical Storm" + "Ana"
            elif len(before) == 2 and before[0] == "-" and start >= 3 and doc[start - 3].lower_ == "ex":
                if not lexicon.storm_name([before[1], *words], weather):
                    continue  # "Ex-Hurricane Kirk"
                start -= 3
            else:
                continue
            if k and ents[k - 1].end > start:
                continue
        ents[k] = SpacySpan(doc, start, ent.end, label="EVENT")
        changed = True
    if changed:
        doc.ents = ents


def _organisation_s_words_joined_by_and(doc: Doc) -> None:
    """ "The Competition and | Markets Board": the recogniser's organisation began after "and",
    where the capitalised word before it modifies the body's noun as its first conjunct."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        start = ent.start
        if ent.label_ != "ORG" or start < 2 or doc[start - 1].lower_ not in ("and", "&"):
            continue
        first = doc[start - 2]
        if (
            not first.is_title
            or first.pos_ not in ("PROPN", "NOUN")
            or first.ent_iob_ != "O"
            or doc[start].dep_ != "conj"
            or doc[start].head != first
            or not ent.start <= first.head.i < ent.end
            or _a_title_or_role(first)
        ):
            continue
        ents[k] = SpacySpan(doc, start - 2, ent.end, label="ORG")
        changed = True
    if changed:
        doc.ents = ents


# Last words of a public service's name joined by "and": "Kent Fire and Rescue Service", "Devon and
# Cornwall Police".
SERVICE_ENDS = frozenset(
    {"police", "service", "services", "authority", "constabulary", "council", "trust", "board", "partnership"}
)


SERVICE_AFTER_AND = re.compile(
    r"\band (?:[^.;:]{0,60}?\s)?(?:Police|Services?|Authority|Constabulary|Council|Trust|Board|Partnership|Rescue)\b"
)


def _public_service_of_joined_names(doc: Doc) -> None:
    """ "Kent Fire and Rescue Service said …", "Devon and Cornwall Police said …": capitalised words
    joined by "and" that end in a service's word are one body's name, which the recogniser broke at
    the "and" (into a person and a body); not a person and a body ("Anna Bell and Kelso Council")."""
    if SERVICE_AFTER_AND.search(whole_text(doc)) is None:
        return  # (most sentences have none: the walk below is for those that may)
    i = 0
    found: list[tuple[int, int]] = []
    while i < len(doc):
        if not doc[i].is_title or (i and doc[i - 1].is_title):
            i += 1
            continue
        end = i
        while end < len(doc) and (
            doc[end].is_title
            or (doc[end].lower_ in ("and", "of") and end + 1 < len(doc) and doc[end + 1].is_title)
        ):
            end += 1
        words = [t.lower_ for t in doc[i:end]]
        before_ands = [words[k - 1] for k in range(1, len(words)) if words[k] == "and"]
        if (
            "and" in words
            and (
                words[-1] in SERVICE_ENDS or words[-3:] == ["fire", "and", "rescue"]
            )  # "Kent Fire and Rescue"
            # (two bodies: "Kent Police and Essex Police", "Kelso Council and Kelso Police")
            and not any(w in SERVICE_ENDS or w in lexicon.organisation_words() for w in before_ands)
            and words[0] not in lexicon.given_names()
            and words[0] != "the"
            and not _a_title_or_role(doc[i])
        ):
            found.append((i, end))
        i = end
    if not found:
        return
    ents = [e for e in doc.ents if not any(e.start < end and e.end > start for start, end in found)]
    ents += [SpacySpan(doc, start, end, label="ORG") for start, end in found]
    doc.ents = sorted(ents, key=lambda e: e.start)


# Small words inside an organisation's name: "Bank of Marovia", "Doctors for Peace", "Ashdown & Pell".
NAME_LINKS = frozenset(
    {"of", "for", "and", "&", "the", "de", "du", "des", "la", "le", "von", "van", "der", "y", "e"}
    | {"a", "an", "on", "in", "at", "to", "al", "el", "bin", "ibn", "da", "di", "do", "dos", "del"}
)


def _description_before_an_organisation_out(doc: Doc) -> None:
    """ "The teachers' union | NUCS", "lettings agency | Birch & Rowe", "Estate agents | Ashdown": the
    recogniser took the description before the name into it. A name's words are capitalised: a
    lower-case word before its last capitalised ones ends the description."""
    ents = list(doc.ents)
    trimmed = []
    for ent in ents:
        cut = None
        if ent.label_ == "ORG" and len(ent) > 1:
            for tok in ent[:-1]:
                if (
                    tok.is_alpha
                    and tok.is_lower
                    and tok.pos_ in ("NOUN", "PROPN")
                    and tok.lower_ not in NAME_LINKS
                ):
                    cut = tok.i + 1
        if cut is not None and all(
            t.text[:1].isupper() or t.lower_ in NAME_LINKS for t in doc[cut : ent.end]
        ):
            ent = SpacySpan(doc, cut, ent.end, label="ORG")
        trimmed.append(ent)
    if trimmed != ents:
        doc.ents = trimmed


def _plural_noun_opening_a_sentence_out(doc: Doc) -> None:
    """ "Bills will fall in April, Ofgaz said", "Groups representing colleges …": a plural noun
    capitalised only because it opens a sentence, which the recogniser took for a body's name (and
    "the regulator" later for that body). A name is capitalised where no sentence opens too ("beat
    Rangers"); and the subject of a verb of saying is left as the recogniser read it ("Rangers said",
    "Farmers said": a club or a union may be named so, and no later description is taken from it)."""
    ents = list(doc.ents)
    kept = [e for e in ents if not _a_plural_noun_at_a_sentence_start(e)]
    if len(kept) != len(ents):
        doc.ents = kept


def _a_plural_noun_at_a_sentence_start(ent: SpacySpan) -> bool:
    word = ent[0]
    lower = word.lower_
    if len(ent) != 1 or ent.label_ not in ("ORG", "PERSON") or not word.is_title or not word.is_sent_start:
        return False
    if not (lower.endswith("s") and (known_word(lower[:-1]) or known_word(lower[:-2]))):
        return False  # (the lemmatizer knows base forms: "bill", "farmer")
    if (
        ent.label_ == "ORG"
        and word.head.pos_ == "VERB"
        and word.head.lemma_.lower() in lexicon.CORE_CUE_LEMMAS
    ):
        return False  # "Rangers said …", "Teamsters said …": a club or a union may speak so (no person: "Shoppers told")
    text: str = word.doc.user_data.get(ARTICLE_TEXT) or word.doc.text
    return re.search(rf"[a-z,;:] {re.escape(word.text)}\b", text) is None


def _organisation_s_head_before_of(doc: Doc) -> None:
    """ "The Guardians of | the Republic Corps said": the recogniser's organisation began after "of",
    where the body's own capitalised head, after "The", stands before it."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        of = ent.start - 1
        if ent.label_ != "ORG" or of < 2 or doc[of].lower_ != "of" or doc[ent.start].lower_ != "the":
            continue
        start = of
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == of or start == 0 or doc[start - 1].lower_ != "the":
            continue  # "Supporters of the Civic Front": no body's name without its "The"
        if not doc[of - 1].lower_.endswith("s") or doc[of - 1].lower_.endswith("ss"):
            continue  # a body named for its members ("Guardians", "Knights"), not "The Dean of the …"
        if any(_a_title_or_role(t) or t.ent_type_ for t in doc[start:of]) or (k and ents[k - 1].end > start):
            continue  # "The Speaker of the House", "The President of the Republic"
        ents[k] = SpacySpan(doc, start, ent.end, label="ORG")
        changed = True
    if changed:
        doc.ents = ents


def _firm_of_two_names_joined(doc: Doc) -> None:
    """ "Ashdown & | Pell": a firm named for two people, which the recogniser cut at the ampersand."""
    ents = list(doc.ents)
    joined: list[SpacySpan] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == "ORG"
            and ent.start == last.end + 1
            and doc[last.end].text == "&"
            and ent.label_ in ("PERSON", "ORG")
            and all(t.text[:1].isupper() for t in ent)
        ):
            joined[-1] = SpacySpan(doc, last.start, ent.end, label="ORG")
            continue
        joined.append(ent)
    if joined != ents:
        doc.ents = joined


def _a_title_or_role(tok: Token) -> bool:
    return tok.lower_ in lexicon.titles() or tok.lower_ in lexicon.words("person_roles.txt")


def _join_hyphenated_given_names(doc: Doc) -> None:
    """ "Ji-woo Han": the recogniser's entity opened at "woo" (a group, "woo Han"), after the
    hyphen. A name does not open with a lower-case word glued to a hyphen: the capitalised part
    before it belongs to it, and the name is a person's."""
    ents: list[SpacySpan | None] = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent is None:
            continue
        start = ent.start
        if start < 2 or not doc[start].text[:1].islower() or doc[start - 1].text != "-":
            continue
        given = doc[start - 2]
        if given.whitespace_ or doc[start - 1].whitespace_ or not given.is_alpha or not given.text.istitle():
            continue
        before = ents[k - 1] if k else None
        if before is not None and before.end > start - 2:
            if (before.start, before.end) != (start - 2, start - 1):
                continue
            ents[k - 1] = None  # "Ji" and "woo Han", both halves found
        ents[k] = SpacySpan(doc, start - 2, ent.end, label="PERSON")
        changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]


def _join_a_given_name_to_its_surname(doc: Doc) -> None:
    """ "María Fernanda | Quiroga Ledesma", two people side by side, or "Seán | O'Neill-Baptiste", a
    person and a word of no entity: the recogniser cut a long or foreign name. A person's entity
    whose words the parser made compounds of the capitalised word right after it runs on to that
    word, when the entity opens with a given name."""
    ents: list[SpacySpan | None] = list(doc.ents)
    changed = False
    given = lexicon.given_names()
    for k, ent in enumerate(ents):
        if ent is None or ent.label_ != "PERSON" or ent[0].lower_ not in given:
            continue
        head = ent[-1].head
        if head.i <= ent.end - 1 or not doc[ent.end - 1].whitespace_ or head.pos_ != "PROPN":
            continue
        between = doc[ent.end : head.i + 1]
        if not all(t.head == head or t == head for t in between):
            continue
        if not all(t.text == "-" or (t.text[:1].isupper() and t.pos_ == "PROPN") for t in between):
            continue
        words = [t.lower_ for t in between if t.text != "-"]
        if len(words) > 2 or any(w in _not_surnames() for w in words):
            continue  # "Aaron Klein | Investigative Radio", a show named after him
        after = ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and after.start <= head.i:
            if after.label_ != "PERSON" or after.start != ent.end or after.end != head.i + 1:
                continue
            ents[k + 1] = None
        ents[k] = SpacySpan(doc, ent.start, head.i + 1, label="PERSON")
        changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]


def _given_name_taken_for_another_entity(doc: Doc) -> None:
    """ "Harish | Chandra Pant", the first word an organisation's, or "Rizwan | Ahmed Khan", two
    people: a capitalised word the parser made a compound of a person's name, right before it and
    an entity of its own, is the person's first name (not an acronym, nor a word that ends
    organisations' names or is a title)."""
    ents: list[SpacySpan | None] = list(doc.ents)
    changed = False
    given = lexicon.given_names()
    for k in range(1, len(ents)):
        ent, before = ents[k], ents[k - 1]
        if ent is None or before is None or ent.label_ != "PERSON":
            continue
        if before.end != ent.start or len(before) != 1 or len(ent) > 3:
            continue
        word = before[0]
        if before.label_ not in ("ORG", "PERSON") or (ent[0].lower_ in given and word.lower_ not in given):
            continue  # "Democrat Hillary Clinton", "Crooked Hillary": the name already opens
        if (
            word.pos_ != "PROPN"
            or word.dep_ != "compound"
            or not (ent.start <= word.head.i < ent.end)
            or not word.text[:1].isupper()
            or word.text.isupper()
            or not word.whitespace_
            or word.lower_ in _not_surnames()
        ):
            continue
        if word.i > 0 and doc[word.i - 1].pos_ == "PROPN":
            continue  # the end of a longer name before the person's
        ents[k - 1] = None
        ents[k] = SpacySpan(doc, word.i, ent.end, label="PERSON")
        changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]


def _titled_person_read_as_an_organisation(doc: Doc) -> None:
    """ "Taoiseach Declan Ó Murchú" taken whole for an organisation: a title, then a given name and
    a surname, with no word that ends organisations' names, is a person (the title left out); so is
    a person's role before a given name and a surname, whatever else the recogniser took it for."""
    given = lexicon.given_names()
    titles = lexicon.titles()
    ents = list(doc.ents)
    changed = False
    roles = lexicon.words("person_roles.txt")
    for k, ent in enumerate(ents):
        if ent.label_ not in ("ORG", "GPE", "LOC", "FAC") or len(ent) < 3:
            continue
        if ent[0].lower_ not in titles:
            # "Grandmother Jean Pollitt", "Streamer Jax Cole" (red teams 171, 173): a person's role
            # word capitalised before a given name and a surname
            if not (
                ent[0].lower_ in roles
                and len(ent) == 3
                and ent[1].lower_ in given
                and ent[0].lower_ not in lexicon.organisation_words()
            ):
                continue
        elif ent.label_ != "ORG":
            continue
        # a given name after the title, or two plain words ("Cllr Dev Mistry"), none a body's
        plain = (
            len(ent) == 3
            and ent[0].lower_ not in TITLES_THAT_OPEN_NAMES  # "Grand Marrow Hotel", "Emeritus Senior Living"
            and not any(t.lower_ in lexicon.organisation_words() for t in ent)
        )
        if ent[1].lower_ not in given and not (plain and all(t.is_alpha for t in ent[1:])):
            continue
        if any(t.lower_ in _not_surnames() for t in ent[1:]) or not all(t.text[:1].isupper() for t in ent):
            continue
        ents[k] = SpacySpan(doc, ent.start + 1, ent.end, label="PERSON")
        changed = True
    if changed:
        doc.ents = ents


# Title words that also open bodies' names, as an adjective: "Grand Central", "General Dynamics".
TITLES_THAT_OPEN_NAMES = frozenset(
    {"grand", "emeritus", "emerita", "acting", "interim", "former", "deputy", "vice", "chief", "senior"}
    | {"junior", "general", "royal", "supreme", "high", "first", "great", "then", "master", "superior"}
)


def _organisations_read_in_names(doc: Doc) -> None:
    """Organisations the recogniser made of people's names, or of a club's letters alone (the passes
    below, on one list of the document's entities)."""
    ents = list(doc.ents)
    if not any(e.label_ == "ORG" for e in ents):
        return
    found = _person_of_an_organisation(doc, ents)
    found = _a_name_cut_in_two_organisations(doc, found)
    found = _ranked_surname_read_as_an_organisation(doc, found)
    found = _club_s_place_cut_off(doc, found)
    if found != ents:
        doc.ents = found


def _organisation_read_as_a_person(doc: Doc) -> None:
    """ "Rights | Watch Meridian said", "Detention Watch | Tarsenia", "Justice | Without Borders": a
    person the recogniser found in a run of capitalised words with, after its first, a word only
    organisations' names have ("Watch", "Borders", "Coalition"), is the organisation the whole run
    names."""
    ents = list(doc.ents)
    changed = False
    for ent in [e for e in ents if e.label_ == "PERSON"]:
        if any(_a_title_or_role(t) for t in ent):
            continue  # "National Economic Council Chair Larry Summers": a person titled by a body
        start, end = ent.start, ent.end
        while (
            start > 0
            and doc[start - 1].ent_type_ in NAME_PARTS
            and (
                _part_of_a_name(doc[start - 1]) or (doc[start].text == "Without" and doc[start - 1].is_title)
            )
        ):
            start -= 1  # "Doctors Without Borders": a role before "Without" is the body's word
        while end < len(doc) and _part_of_a_name(doc[end]) and doc[end].ent_type_ in NAME_PARTS:
            end += 1
        if not any(t.lower_ in BODIES_ONLY and t.text[:1].isupper() for t in doc[start + 1 : end]):
            continue
        ents = [e for e in ents if e.end <= start or e.start >= end]
        ents.append(SpacySpan(doc, start, end, label="ORG"))
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


NAME_PARTS = ("", "PERSON", "ORG")  # what the recogniser made of the rest of the run
# Words of organisations' names that no one has for a surname.
BODIES_ONLY = frozenset(
    {"watch", "borders", "international", "alliance", "coalition", "federation", "association"}
    | {"society", "league", "council", "committee", "commission", "movement", "foundation", "institute"}
    | {"observatory", "network", "initiative", "forum", "collective", "union", "front", "party", "now"}
)


def _channel_s_number_cut_off(doc: Doc) -> None:
    """ "Channel | 9 said": a channel's or a station's number is part of its name, as in "Channel 4";
    and a channel so named is no person ("Channel 9" was one, and its name "Channel")."""
    ents = list(doc.ents)
    joined: list[SpacySpan] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if ent.label_ == "PERSON" and len(ent) == 2 and ent[0].lower_ in NUMBERED_BODIES and ent[1].is_digit:
            ent = SpacySpan(doc, ent.start, ent.end, label="ORG")
        if (
            last is not None
            and last.label_ in ("ORG", "PERSON")
            and last[-1].lower_ in NUMBERED_BODIES
            and ent.start == last.end
            and ent.label_ == "CARDINAL"
            and len(ent) == 1
            and ent[0].text.isdigit()
        ):
            joined[-1] = SpacySpan(doc, last.start, ent.end, label="ORG")
            continue
        joined.append(ent)
    if joined != ents:
        doc.ents = joined


NUMBERED_BODIES = frozenset({"channel", "tv", "radio", "studio", "station"})
NUMBERED_UNITS = frozenset(
    {"brigade", "battalion", "regiment", "division", "corps", "squadron", "fleet", "army"}
)


def _unit_s_number_cut_off(doc: Doc) -> None:
    """ "The 4th Mechanised Brigade said": a unit's number in figures is part of its name, which the
    recogniser left an ordinal (and the words after it, often, no entity at all)."""
    ents = list(doc.ents)
    changed = False
    for ordinal in [e for e in ents if e.label_ == "ORDINAL" and len(e) == 1 and e[0].text[:1].isdigit()]:
        end = ordinal.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end == ordinal.end or doc[end - 1].lower_ not in NUMBERED_UNITS:
            continue
        inside = [e for e in ents if ordinal.end <= e.start < end]
        if any(e.label_ != "ORG" or e.end > end for e in inside):
            continue  # ("the 3rd | Kessarian Army", a people's word and a body)
        ents = [e for e in ents if e is not ordinal and e not in inside]
        ents.append(SpacySpan(doc, ordinal.start, end, label="ORG"))
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _part_of_a_name(tok: Token) -> bool:
    """A capitalised proper noun, or a capitalised short word inside a name ("Without", "of"); not
    a title ("Judicial Watch President Tom Fitton")."""
    return (
        tok.text[:1].isupper()
        and tok.is_alpha
        and not _a_title_or_role(tok)
        and (tok.pos_ in ("PROPN", "NOUN") or (tok.pos_ == "ADP" and tok.lower_ in ("without", "for", "of")))
    )


def _person_of_an_organisation(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "said Tomasz Wielgosz of the Baltic Institute for Economic Studies": two or three names the
    recogniser took for an organisation, then "of" and an organisation, are a person of that body
    (not "the Bank of England", one name, nor "Harwick Capital of London"); so are they before ",
    who" ("Olumide Bakare, who heads research at …")."""
    ents = list(ents)
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent.end + 2 >= len(doc):
            continue
        if any(t.pos_ != "PROPN" or t.lower_ in _not_surnames() or not t.is_alpha for t in ent):
            continue
        if doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "who":
            ents[k] = SpacySpan(doc, ent.start, ent.end, label="PERSON")  # "Olumide Bakare, who heads …"
            continue
        if doc[ent.end].lower_ not in ("of", "at", "from") or doc[ent.end].head.i != ent.end - 1:
            continue
        if k + 1 == len(ents):
            continue
        after = ents[k + 1]
        start = ent.end + 2 if doc[ent.end + 1].lower_ == "the" else ent.end + 1
        if after.label_ != "ORG" or after.start not in (ent.end + 1, start) or after.end - after.start < 1:
            continue
        if not any(t.lower_ in lexicon.organisation_words() for t in after):
            continue  # the body's name says it is one: "Institute", "University", "Bank"
        ents[k] = SpacySpan(doc, ent.start, ent.end, label="PERSON")
    return ents


def _a_name_cut_in_two_organisations(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Olumide | Bakare said …": two one-word organisations side by side, the first the second's
    compound, neither a word organisations' names have, are one person's given name and surname
    (the recogniser, unsure of a name it does not know, began an entity at each word)."""
    merged: list[SpacySpan] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == nxt.label_ == "ORG"
            and len(ent) == len(nxt) == 1
            and nxt.start == ent.end
            and ent[0].head == nxt[0]
            and ent[0].dep_ == "compound"
            and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in (ent[0], nxt[0]))
            and not any(
                t.lower_ in _not_surnames() or t.lower_ in lexicon.words("outlet_words.txt")
                for t in (ent[0], nxt[0])
            )
        ):
            merged.append(SpacySpan(doc, ent.start, nxt.end, label="PERSON"))
            k += 2
            continue
        merged.append(ent)
        k += 1
    return merged


def _ranked_surname_read_as_an_organisation(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "DI Crane added: …", "Sgt Price said": an abbreviated rank and a surname the recogniser took
    for an organisation are a person, the surname."""
    ents = list(ents)
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or len(ent) not in (2, 3):
            continue
        ranks, surname = list(ent[:-1]), ent[-1]
        abbreviated = all(len(r.text.rstrip(".")) <= 4 and r.text[:1].isupper() for r in ranks)
        if (
            not abbreviated
            or any(r.lower_ not in lexicon.titles() for r in ranks)
            or not surname.is_title
            or not surname.is_alpha
        ):
            continue  # "Det Insp Menzies", "Det Sgt Rhodes": two ranks, one person
        if surname.lower_ in _not_surnames():
            continue
        ents[k] = SpacySpan(doc, ent.end - 1, ent.end, label="PERSON")
    return ents


CLUB_ENDS = frozenset({"fc", "afc", "rfc", "rlfc", "cf", "sc"})


def _club_s_place_cut_off(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Dunmore | RFC said …": a club's letters alone taken for the organisation, its town for a
    person or nothing. The club's name runs from the town."""
    ents = list(ents)
    for ent in list(ents):
        if ent.label_ != "ORG" or len(ent) != 1 or ent[0].lower_ not in CLUB_ENDS or ent.start == 0:
            continue
        start = ent.start
        while (
            start > 0
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].is_alpha
            and doc[start - 1].head.i >= ent.start
        ):
            start -= 1
        if start == ent.start:
            continue
        ents = [e for e in ents if not (e.end > start and e.start < ent.start)]
        ents = [SpacySpan(doc, start, ent.end, label="ORG") if e == ent else e for e in ents]
    return sorted(ents, key=lambda e: e.start)


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Words that end an organisation's name or are a title or role: no part of a person's name."""
    return lexicon.organisation_words() | lexicon.words("person_roles.txt") | lexicon.titles()


def post_nominal(tok: Token) -> bool:
    """ "OBE", "KC", "MP" after a name: letters for an honour or a seat (resources/post_nominals.txt)."""
    return tok.text.isupper() and tok.lower_ in lexicon.words("post_nominals.txt")


def _post_nominals_out(doc: Doc) -> None:
    """ "Harriet Quayle KC" is Harriet Quayle; "OBE" after "Anna Berg" is no organisation."""
    ents = list(doc.ents)
    kept = []
    for k, ent in enumerate(ents):
        before = ents[k - 1] if k else None
        if len(ent) == 1 and post_nominal(ent[0]) and before is not None and before.end == ent.start:
            if before.label_ == "PERSON":
                continue
        if ent.label_ == "PERSON" and len(ent) >= 3 and post_nominal(ent[-1]):
            ent = SpacySpan(doc, ent.start, ent.end - 1, label="PERSON")
        kept.append(ent)
    if len(kept) != len(ents) or any(a is not b for a, b in zip(kept, ents, strict=True)):
        doc.ents = kept
