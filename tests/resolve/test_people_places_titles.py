"""Speaker resolution on its own, with the entity recogniser's mistakes given by hand: a word that
is no name, a place it took for a person, a one-word name known only with a title; and the one
list of titles that the extractor, the resolver and the identity rules share (quotetrail issue #2).
"""

from __future__ import annotations

import re

import pytest

from quotetrail.model import Mention, Span, SpeakerType, Statement
from quotetrail.resolve import identities
from quotetrail.resolve.names import ArticleNames
from quotetrail.resolve.speakers import resolve_speakers
from quotetrail.resolve.words import HONORIFICS, word_list


def span_of(text: str, piece: str, nth: int = 0) -> Span:
    found = list(re.finditer(rf"(?<!\w){re.escape(piece)}(?!\w)", text))
    assert len(found) > nth, f"{piece!r} (occurrence {nth}) not in {text!r}"
    return Span(found[nth].start(), found[nth].end())


def person_mentions(text: str, *pieces: str) -> list[Mention]:
    """Every whole-word occurrence of each piece, as the entity recogniser's person."""
    found = [
        Mention(piece, Span(m.start(), m.end()), "person")
        for piece in pieces
        for m in re.finditer(rf"(?<!\w){re.escape(piece)}(?!\w)", text)
    ]
    return sorted(found, key=lambda m: m.span.start)


def said(
    text: str,
    speaker: str,
    content: str,
    *,
    name: str | None = None,
    kind: SpeakerType = "person",
    nth: int = 0,
) -> Statement:
    return Statement(
        kind="indirect",
        quote=content,
        quote_spans=(span_of(text, content),),
        speaker=speaker,
        speaker_span=span_of(text, speaker, nth),
        speaker_name=name,
        speaker_type=kind,
        cue="said",
    )


# -- words that are no names -----------------------------------------------------------------------

NOT_PEOPLE = [
    # (text, the word the recogniser took for a person, the pronoun that must not name it)
    pytest.param(
        "Was the decision harsh? Harsh? He said it was overdue.", "Harsh", "He", id="echoed-in-lower-case"
    ),
    pytest.param(
        "Is the fee steep? Steep? He said it covered the cleaning.", "Steep", "He", id="question-on-its-own"
    ),
    pytest.param(
        "Was the ruling fair? Fair! She said it was the only outcome.", "Fair", "She", id="exclamation"
    ),
    pytest.param(
        "Residents of the town of Karsk object. Karsk, he said, was ignored.", "Karsk", "he", id="town-of"
    ),
    pytest.param(
        "A Karsk-based haulier lost its licence. Karsk, he said, would appeal.", "Karsk", "he", id="based"
    ),
    pytest.param(
        "Then came Selmexit. He said the port would suffer.", "Selmexit", "He", id="named-once-not-subject"
    ),
    pytest.param(
        "Varek said,“Look, we will win.” He said the vote was close.",
        "Varek said,“Look",
        "He",
        id="missing-space",
    ),
]


@pytest.mark.parametrize(("text", "word", "pronoun"), NOT_PEOPLE)
def test_a_word_that_is_no_name_is_never_a_person(text: str, word: str, pronoun: str) -> None:
    names = ArticleNames(text, person_mentions(text, word))
    assert all(names.barely_named(n) for n in names.people)  # none, or none a pronoun can mean
    content = text.rsplit(" ", 1)[1].rstrip(".")  # the last word stands for what was said
    resolved = resolve_speakers(text, [said(text, pronoun, content)], person_mentions(text, word))
    assert resolved[0].speaker_name is None


STILL_PEOPLE = [
    pytest.param(
        "Protesters gathered at the quay. Ms. Nwaka held up a sign. Later she said a man tore it away.",
        (),
        "she",
        "Nwaka",
        id="honorific-and-one-word-the-recogniser-missed",
    ),
    pytest.param(
        "Mayor Ilse Varga chaired the debate. Ott Brask refused to choose. Brask, he said, was wise.",
        ("Ilse Varga", "Ott Brask"),
        "he",
        "Ott Brask",
        id="subject-surname",
    ),
    pytest.param(
        "Pavel Brand opened the fair. The fair is the town’s best brand. Brand said it was booked.",
        ("Pavel Brand", "Brand"),
        "Brand",
        "Pavel Brand",
        id="surname-that-is-a-common-word",
    ),
    pytest.param(
        "Ms. Rain chaired the hearing. Heavy rain flooded the quay. Rain said the council would pay.",
        ("Ms. Rain",),
        "Rain",
        "Rain",
        id="one-word-name-known-with-an-honorific",
    ),
    pytest.param(
        "The quarry is outside the town of Brell. Mayor Tomas Brell objected. Brell said the dust was bad.",
        ("Tomas Brell", "Brell"),
        "Brell",
        "Tomas Brell",
        id="person-who-shares-the-town-name",
    ),
]


@pytest.mark.parametrize(("text", "mentioned", "speaker", "name"), STILL_PEOPLE)
def test_a_real_name_that_looks_like_a_word_or_a_place_stays_a_person(
    text: str, mentioned: tuple[str, ...], speaker: str, name: str
) -> None:
    content = (
        text.rsplit(" said ", 1)[1].rstrip(".") if " said " in text else text.rsplit(", ", 1)[1].rstrip(".")
    )
    statement = said(text, speaker, content, kind="person" if speaker.islower() else "unknown")
    resolved = resolve_speakers(text, [statement], person_mentions(text, *mentioned))
    assert (resolved[0].speaker_name, resolved[0].speaker_type) == (name, "person")


def test_a_place_that_speaks_is_an_organisation_and_a_place_label_names_nobody() -> None:
    text = "Dravin: “The port is dying”\nThe port of Dravin is quiet. Dravin said the strike must end."
    label = Statement(
        kind="direct",
        quote="The port is dying",
        quote_spans=(span_of(text, "“The port is dying”"),),
        speaker="Dravin",
        speaker_span=span_of(text, "Dravin"),
        speaker_name="Dravin",
        speaker_type="unknown",
        cue=":",
    )
    town = said(text, "Dravin", "the strike must end", name="Dravin", nth=2)
    resolved = resolve_speakers(text, [label, town], person_mentions(text, "Dravin"))
    assert [(s.speaker_name, s.speaker_type) for s in resolved] == [
        (None, "unknown"),
        ("Dravin", "organization"),
    ]


def test_a_relative_pronoun_keeps_the_antecedent_the_extractor_found() -> None:
    """'councillors on Castle Hill, who …': the extractor found the councillors (a group, no name);
    the text's 'Name, who' rule must not replace them with 'Castle Hill'."""
    text = "The plan placates councillors on Castle Hill, who argued that it costs votes."
    who = said(text, "who", "it costs votes", kind="group")
    resolved = resolve_speakers(text, [who], person_mentions(text, "Castle Hill"))
    assert resolved[0].speaker_name is None
    unresolved = said(text, "who", "it costs votes", kind="person")
    resolved = resolve_speakers(text, [unresolved], person_mentions(text, "Castle Hill"))
    assert resolved[0].speaker_name == "Castle Hill"  # the text rule, when the parse found nothing


# -- one list of titles --------------------------------------------------------------------------


def test_the_identity_rules_read_the_one_list_of_titles() -> None:
    assert {w.rstrip(".") for w in word_list("titles.txt")} == identities.TITLE_WORDS
    assert {h.rstrip(".") for h in HONORIFICS} - {"prof"} == identities.HONORIFICS


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Councillor Mara Dent", "Mara Dent"),
        ("Cllr. Odo Brant", "Odo Brant"),
        ("Det. Insp. Hana Rusk", "Hana Rusk"),
        ("Baroness Ilse Vorn", "Ilse Vorn"),
        ("State Treasurer Lise Farno", "Lise Farno"),
        ("Professor Ada Kell", "Ada Kell"),
        ("Dean Holloway", "Dean Holloway"),  # a given name, not the college's dean
        ("Councillor", None),  # a title alone names nobody
    ],
)
def test_identity_names_are_cleaned_with_the_same_titles(raw: str, clean: str | None) -> None:
    assert identities.clean_name(raw, "person") == clean


def test_a_possessive_inside_a_mention_leaves_the_person_after_it() -> None:
    text = "Ilse Varga’s niece Marta Holm spoke last. Marta Holm said the family was divided."
    names = ArticleNames(text, person_mentions(text, "Ilse Varga’s niece Marta Holm", "Marta Holm"))
    assert {n.text for n in names.people} == {"Marta Holm"}


@pytest.mark.parametrize(
    ("text", "mentions", "kind"),
    [
        # Two people share the surname: "Varek" is one of them, a person, though not which.
        pytest.param(
            "Dana Varek and Pavel Varek arrived together. Varek said the vote was rigged.",
            (("Dana Varek", "person"), ("Pavel Varek", "person"), ("Varek", "organization")),
            "person",
            id="surname-of-two-people",
        ),
        # A one-word name the article gives with an honorific.
        pytest.param(
            "Ms. Brisk chaired the hearing. Brisk said the vote was rigged.",
            (("Ms. Brisk", "person"), ("Brisk", "organization")),
            "person",
            id="honorific-elsewhere",
        ),
        # Negative: "the" or "former" is no title; a place stays what the recogniser said.
        pytest.param(
            "The Karsk Trust met. Tuesday’s Karsk was quiet, said a former Karsk official. Karsk said "
            "the vote was rigged.",
            (("Tuesday’s Karsk", "person"), ("Karsk", "organization")),
            "organization",
            id="no-title-no-person",
        ),
    ],
)
def test_an_organisation_by_the_recogniser_is_a_person_only_on_the_articles_word(
    text: str, mentions: tuple[tuple[str, str], ...], kind: str
) -> None:
    found: list[Mention] = []
    for piece, label in mentions:
        for m in re.finditer(rf"(?<!\w){re.escape(piece)}(?!\w)", text):
            span = Span(m.start(), m.end())
            if not any(f.span.overlaps(span) for f in found):
                found.append(Mention(piece, span, label))
    speaker = text.rsplit(". ", 1)[1].split()[0]  # the last sentence's subject, written alone
    last = len(re.findall(rf"(?<!\w){speaker}(?!\w)", text)) - 1
    statement = said(text, speaker, "the vote was rigged", name=speaker, kind="organization", nth=last)
    resolved = resolve_speakers(text, [statement], sorted(found, key=lambda m: m.span.start))
    assert resolved[0].speaker_type == kind
