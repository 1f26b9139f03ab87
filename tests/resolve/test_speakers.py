"""Naming the speakers of one article, from what the article itself says.

Pure unit tests: each case is a short fictional passage with the statements and named mentions the
extraction stage would hand over, built by hand (no spaCy). A statement is given by its speaker
phrase and a piece of its content; mentions by their text and label. What is checked is the
``speaker_name`` (and type) the resolver gives: the name the article supports, or None — never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import pytest

from quotetrail.model import Mention, Span, SpeakerType, Statement, Target
from quotetrail.resolve.antecedents import quoted_spans, sentence_spans
from quotetrail.resolve.names import ArticleNames, is_outlet, strip_titles
from quotetrail.resolve.speakers import resolve_speakers

# ---------------------------------------------------------------------------------------------------
# Building articles by hand
# ---------------------------------------------------------------------------------------------------


def span_of(text: str, piece: str, nth: int = 0) -> Span:
    """The span of the ``nth`` whole-word occurrence of ``piece`` ("he" is not inside "the")."""
    found = list(re.finditer(rf"(?<!\w){re.escape(piece)}(?!\w)", text))
    assert len(found) > nth, f"{piece!r} (occurrence {nth}) not in {text!r}"
    return Span(found[nth].start(), found[nth].end())


@dataclass(frozen=True)
class Said:
    """A statement as extraction gives it: the speaker phrase (its ``nth`` occurrence) and a piece of content."""

    speaker: str
    content: str
    name: str | None = None  # the name extraction found inside the phrase
    type: SpeakerType = "unknown"
    nth: int = 0
    kind: str = "indirect"

    def statement(self, text: str) -> Statement:
        speaker_span = span_of(text, self.speaker, self.nth)
        content = span_of(text, self.content)
        return Statement(
            kind=self.kind,  # type: ignore[arg-type]
            quote=self.content,
            quote_spans=(content,),
            speaker=self.speaker,
            speaker_span=speaker_span,
            speaker_name=self.name,
            speaker_type=self.type,
        )


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    said: Said
    mentions: tuple[tuple[str, str], ...] = ()  # (text, label): every occurrence becomes a mention
    before: tuple[Said, ...] = ()  # earlier statements of the same article
    name: str | None = None
    type: SpeakerType | None = None  # checked when given
    notes: dict[str, str] = field(default_factory=dict)

    def param(self) -> object:
        return pytest.param(self, id=self.id)


def mentions_in(text: str, wanted: tuple[tuple[str, str], ...]) -> list[Mention]:
    """Every occurrence of each piece, in the order given; a piece inside an earlier one is skipped
    ("Harlan" inside "Viktor Harlan"), as the entity model gives one mention per name."""
    found: list[Mention] = []
    for piece, label in wanted:
        start = text.find(piece)
        assert start >= 0, f"mention {piece!r} not in the text"
        while start >= 0:
            span = Span(start, start + len(piece))
            if not any(m.span.overlaps(span) for m in found):
                found.append(Mention(piece, span, label))
            start = text.find(piece, start + 1)
    return sorted(found, key=lambda m: m.span.start)


def resolve(case: Passage) -> Statement:
    statements = [s.statement(case.text) for s in (*case.before, case.said)]
    resolved = resolve_speakers(case.text, statements, mentions_in(case.text, case.mentions))
    target = case.said.statement(case.text)
    return next(s for s in resolved if s.quote_spans == target.quote_spans)


def check(case: Passage) -> None:
    got = resolve(case)
    assert got.speaker_name == case.name, f"{case.id}: {got.speaker_name!r}, expected {case.name!r}"
    if case.type is not None:
        assert got.speaker_type == case.type, f"{case.id}: type {got.speaker_type!r}, expected {case.type!r}"


PERSON, ORG, PLACE, GROUP = "person", "organization", "place", "group"

# ---------------------------------------------------------------------------------------------------
# Pronouns: the person the sentence, or the ones before it, are about
# ---------------------------------------------------------------------------------------------------

PRONOUNS = [
    Passage(
        "she-to-the-subject-before",
        "Dana Varek opened the session at noon. “The chamber will vote on June 29,” she said.",
        Said("she", "The chamber will vote", kind="direct", type="person"),
        (("Dana Varek", PERSON),),
        name="Dana Varek",
        type="person",
    ),
    Passage(
        "possessive-after-preposition-in-own-sentence-is-not-the-subject",
        "Interior Minister Miro Lasken answered questions for an hour. "
        "Asked about Dana Varek’s speech, he said the Speaker had been right to set a date.",
        Said("he", "the Speaker had been right"),
        (("Minister Miro Lasken", PERSON), ("Dana Varek’s", PERSON)),
        name="Miro Lasken",
    ),
    # The pronoun after an opening participle is the participle's subject: no name in the phrase is it.
    Passage(
        "responding-to-a-name-he-said",
        "Interior Minister Stefan Radev spoke in Dorsk on Monday. "
        "Responding to opposition leader Katya Dimova, he said the vote was fair.",
        Said("he", "the vote was fair"),
        (("Minister Stefan Radev", PERSON), ("Katya Dimova", PERSON)),
        name="Stefan Radev",
    ),
    Passage(
        "asked-about-a-name-he-said",
        "Interior Minister Stefan Radev spoke in Dorsk. "
        "Asked about opposition leader Boris Dimov, he said: “The man is lying.”",
        Said("he", "The man is lying", kind="direct"),
        (("Minister Stefan Radev", PERSON), ("Boris Dimov", PERSON)),
        name="Stefan Radev",
    ),
    Passage(
        "in-a-swipe-at-a-name-she-said",
        "Foreign Minister Dana Kupcova spoke in Velsk on Tuesday. "
        "In a swipe at opposition leader Ilona Marek, she said traitors would be punished.",
        Said("she", "traitors would be punished"),
        (("Minister Dana Kupcova", PERSON), ("Ilona Marek", PERSON)),
        name="Dana Kupcova",
    ),
    Passage(
        "without-naming-a-name-he-said",
        "President Jan Holt spoke on Monday. "
        "Without naming opposition leader Boris Dimov, he said the protests were paid for.",
        Said("he", "the protests were paid for"),
        (("President Jan Holt", PERSON), ("Boris Dimov", PERSON)),
        name="Jan Holt",
    ),
    Passage(
        "in-response-to-a-name-he-said",
        "Interior Minister Stefan Radev spoke in Dorsk. "
        "In response to opposition leader Boris Dimov, he said the vote was fair.",
        Said("he", "the vote was fair"),
        (("Minister Stefan Radev", PERSON), ("Boris Dimov", PERSON)),
        name="Stefan Radev",
    ),
    Passage(
        "a-clause-with-its-own-subject-may-be-about-the-pronoun",
        "Interior Minister Stefan Radev spoke in Dorsk. When Boris Dimov arrived, he said the vote was fair.",
        Said("he", "the vote was fair"),
        (("Minister Stefan Radev", PERSON), ("Boris Dimov", PERSON)),
        name="Boris Dimov",
    ),
    Passage(
        "he-skips-a-woman-the-article-calls-she",
        "Miro Lasken met Dana Varek on Monday. Varek said she would not resign. "
        "“We will see what the chamber decides,” he said.",
        Said("he", "We will see", kind="direct"),
        (("Miro Lasken", PERSON), ("Dana Varek", PERSON), ("Varek", PERSON)),
        name="Miro Lasken",
    ),
    Passage(
        "she-skips-a-man-the-honorific-calls-mr",
        "Samira Tovek spoke after Mr. Halvast had left the hall. "
        "Teodor Halvast did not stay for the vote. “We will march on Saturday,” she said.",
        Said("she", "We will march", kind="direct"),
        (("Samira Tovek", PERSON), ("Mr. Halvast", PERSON), ("Teodor Halvast", PERSON)),
        name="Samira Tovek",
    ),
    Passage(
        "gender-from-a-gendered-title",
        "Boris Quell and government spokeswoman Ilona Marsh arrived together. “The vote was unanimous,” she said.",
        Said("she", "The vote was unanimous", kind="direct"),
        (("Boris Quell", PERSON), ("Ilona Marsh", PERSON)),
        name="Ilona Marsh",
    ),
    Passage(
        "a-sentence-about-the-same-he-is-passed-over",
        "Miro Lasken spoke first. He attacked Samira Tovek over the march. "
        "“Order is not the enemy of freedom,” he said.",
        Said("he", "Order is not the enemy", kind="direct"),
        (("Miro Lasken", PERSON), ("Samira Tovek", PERSON)),
        name="Miro Lasken",
    ),
    Passage(
        "a-chain-of-resolved-speakers",
        "Dana Varek closed the debate. She said Boris Quell had spoken for too long. "
        "She added that the chamber would sit again on Monday.",
        Said("She", "the chamber would sit again", nth=1),
        (("Dana Varek", PERSON), ("Boris Quell", PERSON)),
        before=(Said("She", "Boris Quell had spoken for too long"),),
        name="Dana Varek",
    ),
    Passage(
        "the-speaker-of-the-sentence-before-comes-first",
        "The Port Authority was “very slow and very careful,” said Jens Okoro, the harbour master. "
        "He added that fourteen ships were due.",
        Said("He", "fourteen ships were due"),
        (("The Port Authority", PERSON), ("Jens Okoro", PERSON)),
        notes={
            "why": "the entity model took the authority for a person; the sentence's speaker still comes first"
        },
        before=(Said("Jens Okoro", "very slow and very careful", name="Jens Okoro", type="person"),),
        name="Jens Okoro",
    ),
    Passage(
        "a-speaker-inside-a-relative-clause-is-not-the-topic",
        "Dana Varek spoke on Friday. "
        "Varek did not name the Front, whose leader, Samira Tovek, on Monday called the bill a war. "
        "But she said that those who speak of war should visit a hospital.",
        Said("she", "those who speak of war"),
        (("Dana Varek", PERSON), ("Varek", PERSON), ("Samira Tovek", PERSON)),
        before=(Said("Samira Tovek", "called the bill a war", name="Samira Tovek", type="person"),),
        notes={"why": "Varek is the subject; Tovek speaks only inside the relative clause"},
        name="Dana Varek",
    ),
    Passage(
        "a-name-in-quotation-marks-is-not-the-speaker",
        "“I have spoken to Halvast twice this week,” he said.",
        Said("he", "I have spoken to Halvast", kind="direct"),
        (("Halvast", PERSON),),
        name=None,
    ),
    Passage(
        "a-name-in-the-statement-s-own-content-is-not-the-speaker",
        "Miro Lasken had lied to the chamber, she said on Friday.",
        Said("she", "Miro Lasken had lied to the chamber"),
        (("Miro Lasken", PERSON),),
        name=None,
    ),
    Passage(
        "lone-she",
        "“We are not afraid of their fourteen days,” she said.",
        Said("she", "We are not afraid", kind="direct"),
        name=None,
    ),
    Passage(
        "he-after-an-organisation-only",
        "The Port Authority kept the harbour open on Friday. “The cranes never stopped,” he said.",
        Said("he", "The cranes never stopped", kind="direct"),
        (("The Port Authority", ORG),),
        name=None,
    ),
    Passage(
        # state-media protocol copy: the one who praises goes on speaking, unnamed here
        "he-after-a-described-subject-is-not-the-named-object",
        "The president praised the army chief, General Arash Malek, during the parade. He said the "
        "army was the shield of the nation.",
        Said("He", "the army was the shield of the nation"),
        (("Arash Malek", PERSON),),
        before=(Said("The president", "the army chief, General Arash Malek", type="person"),),
        name=None,
    ),
    Passage(
        "he-after-a-role-subject-that-did-not-speak",
        "The minister met Lev Orlin, the envoy of Korvath, on Monday. He said the talks were useful.",
        Said("He", "the talks were useful"),
        (("Lev Orlin", PERSON),),
        name=None,
    ),
    Passage(
        "he-after-a-surname-the-recogniser-typed-an-organisation",
        "Kaldas met the visiting envoy of Korvath, Lev Orlin, on Monday. He said the talks were useful.",
        Said("He", "the talks were useful"),
        (("Kaldas", ORG), ("Lev Orlin", PERSON)),
        name=None,
    ),
    Passage(
        "he-after-a-named-subject-who-received-someone",
        "President Oren Kaldas received the envoy of Korvath, Lev Orlin, on Monday. He said the talks "
        "were useful.",
        Said("He", "the talks were useful"),
        (("Oren Kaldas", PERSON), ("Lev Orlin", PERSON)),
        name="Oren Kaldas",
    ),
    Passage(
        # someone unnamed who asks ("a reporter") is seldom the one who replies
        "she-who-was-asked-replies",
        "A reporter asked Samira Tovek how the talks went. She replied that they were useful.",
        Said("She", "they were useful"),
        (("Samira Tovek", PERSON),),
        before=(Said("A reporter", "how the talks went", type="anonymous"),),
        name="Samira Tovek",
    ),
    # The named subject, though only the object's given name is in the list of given names.
    Passage(
        "he-after-received-the-envoy-is-the-host",
        "President Arvan Selkor received the Velmoran envoy, Lars Brenner, on Tuesday. "
        "“Kessaria wants peace, but not at any price,” he told him.",
        Said("he", "Kessaria wants peace", kind="direct"),
        (("President Arvan Selkor", PERSON), ("Lars Brenner", PERSON)),
        name="Arvan Selkor",
    ),
    # Whom the speaker spoke through is the interpreter, never the one who spoke.
    Passage(
        "said-through-the-interpreter-is-not-the-interpreter",
        "Governor Karim Haddad met reporters with his interpreter, Sami Rahal. "
        "“The dam will hold,” he said through Rahal.",
        Said("he", "The dam will hold", kind="direct"),
        (("Governor Karim Haddad", PERSON), ("Sami Rahal", PERSON), ("Rahal", PERSON)),
        name="Karim Haddad",
    ),
    Passage(
        # "Amal" is a woman's name in the names list, so no one else is left: no guess
        "said-via-the-interpreter-when-no-one-else-fits",
        "Governor Amal Haddad met reporters with an interpreter, Sami Rahal. "
        "“The dam will hold,” he said via Rahal.",
        Said("he", "The dam will hold", kind="direct"),
        (("Governor Amal Haddad", PERSON), ("Sami Rahal", PERSON), ("Rahal", PERSON)),
        name=None,
    ),
    # A one-word speaker the recogniser called an organisation, with nothing in the article to say it
    # is one, is whom a he/she right after means: the pronoun shows the speaker a person.
    Passage(
        "he-after-a-surname-the-recogniser-took-for-an-organisation",
        "The protests will go on until the demands are met, Lotfi said on Tuesday. "
        "He added that students would march again on Friday.",
        Said("He", "students would march again"),
        (("Lotfi", ORG),),
        before=(Said("Lotfi", "The protests will go on", name="Lotfi", type=ORG),),
        name="Lotfi",
        type=PERSON,
    ),
    Passage(
        "she-after-quoted-sentences-of-a-surname-taken-for-an-organisation",
        "“Nobody listened to us,” Ardel told reporters. “Nobody. Not once.” "
        "“We will be back next week,” she said.",
        Said("she", "We will be back next week", kind="direct"),
        (("Ardel", ORG),),
        before=(Said("Ardel", "Nobody listened to us", name="Ardel", type=ORG, kind="direct"),),
        name="Ardel",
        type=PERSON,
    ),
    Passage(
        "he-after-an-organisation-s-word-is-no-one",
        "The Kessan Ministry said the port would reopen. He added that the cargo was safe.",
        Said("He", "the cargo was safe"),
        (("The Kessan Ministry", ORG),),
        before=(Said("The Kessan Ministry", "the port would reopen", name="Kessan Ministry", type=ORG),),
        name=None,
    ),
    Passage(
        "he-after-a-town-that-spoke-is-no-one",
        "Officials in the town of Karsk met on Monday. Karsk said the road would reopen. "
        "He added that the bridge was safe.",
        Said("He", "the bridge was safe"),
        (("Karsk", ORG),),
        before=(Said("Karsk", "the road would reopen", name="Karsk", type=ORG),),
        name=None,
    ),
    Passage(
        "he-after-a-one-word-organisation-with-a-person-between-is-not-it",
        "Ravand said Amir Sadeghi had been freed on bail. He added that the charges stood.",
        Said("He", "the charges stood"),
        (("Ravand", ORG), ("Amir Sadeghi", PERSON)),
        before=(Said("Ravand", "Amir Sadeghi had been freed", name="Ravand", type=ORG),),
        name=None,
    ),
    # The pronoun shows a one-word speaker a person only when no one else can be meant: with a
    # person named before, either may be, and no one is named.
    Passage(
        "he-after-an-agency-with-a-minister-named-before-is-no-one",
        "Prime Minister Ola Ferm arrived in Dravin on Monday. Tolpress said the talks would last two days. "
        "He added that a deal was close.",
        Said("He", "a deal was close"),
        (("Prime Minister Ola Ferm", PERSON), ("Tolpress", ORG)),
        before=(Said("Tolpress", "the talks would last two days", name="Tolpress", type=ORG),),
        name=None,
    ),
    Passage(
        "she-after-a-party-set-off-as-one-is-not-it",
        "Unitas, her party, said the vote was rigged. She added that it would appeal.",
        Said("She", "it would appeal"),
        (("Unitas", ORG),),
        before=(Said("Unitas", "the vote was rigged", name="Unitas", type=ORG),),
        name=None,
    ),
    Passage(
        "he-after-a-body-speaking-of-itself-is-not-it",
        "Vatel said on Monday it would close two plants. He said the decision was final.",
        Said("He", "the decision was final"),
        (("Vatel", ORG),),
        before=(Said("Vatel", "it would close two plants", name="Vatel", type=ORG),),
        name=None,
    ),
    Passage(
        "he-after-an-agency-citing-a-minister-is-not-the-agency",
        "Tolpress said the border would reopen, citing the foreign minister. He added that trucks were waiting.",
        Said("He", "trucks were waiting"),
        (("Tolpress", ORG),),
        before=(Said("Tolpress", "the border would reopen", name="Tolpress", type=ORG),),
        name=None,
    ),
    Passage(
        "she-after-a-surname-shown-male-is-not-it",
        "The protests will go on, Lotfi said. He added that students would march. “We are not afraid,” she said.",
        Said("she", "We are not afraid", kind="direct"),
        (("Lotfi", ORG),),
        before=(
            Said("Lotfi", "The protests will go on", name="Lotfi", type=ORG),
            Said("He", "students would march"),
        ),
        name=None,
    ),
    Passage(
        "he-long-after-a-one-word-organisation-is-not-it",
        "Ravand said the port would reopen. The ships waited. The cranes were idle. "
        "The quay was empty. The gates stayed shut. He added that the cargo was safe.",
        Said("He", "the cargo was safe"),
        (("Ravand", ORG),),
        before=(Said("Ravand", "the port would reopen", name="Ravand", type=ORG),),
        name=None,
    ),
    Passage(
        "too-far-back",
        "Samira Tovek left the hall early. "
        + "The debate went on without incident for hours. " * 40
        + "He said the vote was a farce.",
        Said("He", "the vote was a farce"),
        (("Samira Tovek", PERSON),),
        name=None,
    ),
]


@pytest.mark.parametrize("case", [c.param() for c in PRONOUNS])
def test_a_pronoun_is_the_person_the_text_is_about(case: Passage) -> None:
    check(case)


def test_a_surname_a_pronoun_shows_to_be_a_person_speaks_as_a_person() -> None:
    text = "The talks have failed, Lotfi said. He added that students would march on Friday."
    earlier = Said("Lotfi", "The talks have failed", name="Lotfi", type=ORG).statement(text)
    pronoun = Said("He", "students would march").statement(text)
    got = resolve_speakers(text, [earlier, pronoun], mentions_in(text, (("Lotfi", ORG),)))
    assert [(s.speaker_name, s.speaker_type) for s in got] == [("Lotfi", PERSON), ("Lotfi", PERSON)]


# ---------------------------------------------------------------------------------------------------
# they / it: an organisation only when it is the subject right before, or has just spoken
# ---------------------------------------------------------------------------------------------------

COLLECTIVE = [
    Passage(
        "they-to-the-organisation-that-is-the-subject-before",
        "The National Liberation Front rejected the bill within hours. "
        "They said the reform would turn every street corner into a checkpoint.",
        Said("They", "the reform would turn", type="group"),
        (("The National Liberation Front", ORG),),
        name="National Liberation Front",
        type="organization",
    ),
    Passage(
        "they-after-an-introductory-phrase",
        "In a statement on Friday, the Meridian Rights Observatory called the report incomplete. "
        "They said 19 detainees had not been interviewed.",
        Said("They", "19 detainees had not been interviewed", type="group"),
        (("the Meridian Rights Observatory", ORG),),
        name="Meridian Rights Observatory",
        type="organization",
    ),
    Passage(
        "it-to-the-organisation-that-just-spoke",
        "The agency said 41 people had been detained. It added that more arrests would follow.",
        Said("It", "more arrests would follow"),
        before=(Said("The agency", "41 people had been detained", type="organization"),),
        name=None,
        notes={"why": "the agency itself was never named: nothing to resolve to"},
    ),
    Passage(
        "it-to-a-named-organisation-that-just-spoke",
        "KNA said 41 people had been detained. It added that more arrests would follow.",
        Said("It", "more arrests would follow"),
        (("KNA", ORG),),
        before=(Said("KNA", "41 people had been detained", name="KNA", type="organization"),),
        name="KNA",
        type="organization",
    ),
    Passage(
        "they-after-a-person-subject",
        "Samira Tovek met NLF organisers on Friday. They said the march would go ahead.",
        Said("They", "the march would go ahead", type="group"),
        (("Samira Tovek", PERSON), ("NLF", ORG)),
        name=None,
    ),
    Passage(
        "they-with-the-organisation-only-in-a-prepositional-phrase",
        "Protesters gathered outside the offices of the Interior Ministry. "
        "They said the detainees had not seen lawyers.",
        Said("They", "the detainees had not seen lawyers", type="group"),
        (("the Interior Ministry", ORG),),
        name=None,
    ),
    Passage(
        "they-with-a-modifier-organisation",
        "NLF leader Samira Tovek spoke to reporters. They said the march would go ahead.",
        Said("They", "the march would go ahead", type="group"),
        (("NLF", ORG), ("Samira Tovek", PERSON)),
        name=None,
    ),
    Passage(
        "a-dateline-is-not-a-subject",
        "DRAVIN – Thousands marched on Saturday. They said the law had to go.",
        Said("They", "the law had to go", type="group"),
        (("DRAVIN", ORG),),
        name=None,
    ),
]


@pytest.mark.parametrize("case", [c.param() for c in COLLECTIVE])
def test_they_and_it_are_an_organisation_only_when_it_is_the_subject(case: Passage) -> None:
    check(case)


# ---------------------------------------------------------------------------------------------------
# Relative "who": the name the clause belongs to, nothing else
# ---------------------------------------------------------------------------------------------------

RELATIVES = [
    Passage(
        "name-comma-who",
        "Samira Tovek did not attend. "
        "Speaking in Parliament, Ms Varek replied to Ms Tovek, who three weeks ago called the bill a war.",
        Said("who", "called the bill a war", type="person"),
        (("Samira Tovek", PERSON), ("Ms Varek", PERSON), ("Ms Tovek", PERSON)),
        name="Samira Tovek",
        type="person",
    ),
    Passage(
        "name-appositive-who",
        "The remark was a reply to Samira Tovek, the opposition leader, who called the bill a war.",
        Said("who", "called the bill a war", type="person"),
        (("Samira Tovek", PERSON),),
        name="Samira Tovek",
    ),
    Passage(
        "name-dash-who",
        "The vote came days after Dana Varek — who called the march illegal — returned from Halden.",
        Said("who", "called the march illegal", type="person"),
        (("Dana Varek", PERSON), ("Halden", PLACE)),
        name="Dana Varek",
    ),
    Passage(
        "description-comma-who",
        "Samira Tovek did not attend. A ministry official, who asked not to be named, said the ban would stay.",
        Said("who", "not to be named", type="person"),
        (("Samira Tovek", PERSON),),
        name=None,
    ),
    Passage(
        "who-without-a-comma",
        "Miro Lasken praised the officers who said the march had been peaceful.",
        Said("who", "the march had been peaceful", type="person"),
        (("Miro Lasken", PERSON),),
        name=None,
    ),
    Passage(
        "an-organisation-is-not-a-who",
        "Samira Tovek spoke to the Dockworkers’ Union, who said the strike would go ahead.",
        Said("who", "the strike would go ahead", type="person"),
        (("Samira Tovek", PERSON), ("the Dockworkers’ Union", ORG)),
        name=None,
    ),
]


@pytest.mark.parametrize("case", [c.param() for c in RELATIVES])
def test_a_relative_who_is_the_name_it_follows(case: Passage) -> None:
    check(case)


# ---------------------------------------------------------------------------------------------------
# Descriptions: whom the article describes with the same noun
# ---------------------------------------------------------------------------------------------------

DESCRIPTIONS = [
    Passage(
        "the-minister",
        "Interior Minister Miro Lasken visited the harbour. The minister said the buses would run again.",
        Said("The minister", "the buses would run again", type="person"),
        (("Minister Miro Lasken", PERSON),),
        name="Miro Lasken",
        type="person",
    ),
    # Of two ministers, the one whose post the description names, though the other is nearer.
    Passage(
        "the-oil-minister-of-two-ministers",
        "Oil Minister Javad Namvar toured Harat. Economy Minister Farid Nouri stayed in Dravin. "
        "The oil minister said the quotas would take effect in April.",
        Said("The oil minister", "the quotas would take effect", type="person"),
        (("Javad Namvar", PERSON), ("Farid Nouri", PERSON)),
        name="Javad Namvar",
        type="person",
    ),
    # "The former minister" is not the one now in office: the one written as holding it before, or nobody.
    Passage(
        "the-former-minister-is-not-the-minister-now",
        "Finance Minister Omar Haddad met his predecessor, Layla Saab, on Tuesday. "
        "The former minister said the deficit figures had been hidden.",
        Said("The former minister", "the deficit figures had been hidden", type="person"),
        (("Omar Haddad", PERSON), ("Layla Saab", PERSON)),
        name=None,
        type="person",
    ),
    Passage(
        "the-former-minister-written-so-before",
        "Former Finance Minister Layla Saab met Finance Minister Omar Haddad on Tuesday. "
        "The former minister said the deficit figures had been hidden.",
        Said("The former minister", "the deficit figures had been hidden", type="person"),
        (("Layla Saab", PERSON), ("Omar Haddad", PERSON)),
        name="Layla Saab",
        type="person",
    ),
    # The one replied to, named right before the description after a preposition, asked; the
    # description is someone before (or nobody).
    Passage(
        "replying-to-a-name-then-the-description",
        "Chancellor Hugh Brandt faced MPs. Replying to Morag Tait, the Chancellor said the figures were provisional.",
        Said("the Chancellor", "the figures were provisional", type="person"),
        (("Hugh Brandt", PERSON), ("Morag Tait", PERSON)),
        name="Hugh Brandt",
        type="person",
    ),
    Passage(
        "replying-to-a-described-name-then-the-description",
        "Chancellor Hugh Brandt faced MPs. Replying to the Labour MP Morag Tait, the Chancellor said the figures "
        "were provisional.",
        Said("the Chancellor", "the figures were provisional", type="person"),
        (("Hugh Brandt", PERSON), ("Morag Tait", PERSON)),
        name="Hugh Brandt",
        type="person",
    ),
    Passage(
        "asked-by-a-titled-name-then-the-description",
        "Asked by MLA Obul Naidu, the Minister said that the matter was sub judice.",
        Said("the Minister", "that the matter was sub judice", type="person"),
        (("Obul Naidu", PERSON),),
        name=None,
        type="person",
    ),
    Passage(
        # "the minister" alone is still the nearest minister
        "the-minister-of-two-ministers-is-the-nearest",
        "Oil Minister Javad Namvar toured Harat. Economy Minister Farid Nouri stayed in Dravin. "
        "The minister said the quotas would take effect in April.",
        Said("The minister", "the quotas would take effect", type="person"),
        (("Javad Namvar", PERSON), ("Farid Nouri", PERSON)),
        name="Farid Nouri",
        type="person",
    ),
    Passage(
        "the-imam-missed-by-the-entity-model",
        "The prayer leader of the capital, Imam Yusuf Adelan, spoke for an hour. “A nation is a house,” the imam said.",
        Said("the imam", "A nation is a house", name="imam", kind="direct"),
        name="Yusuf Adelan",
        type="person",
        notes={"why": "no mention at all: the titled name run in the text is the evidence"},
    ),
    Passage(
        "the-preacher-after-a-hojatoleslam",
        "Hojatoleslam Mehdi Sarraf led prayers at the Grand Mosque. The preacher told worshippers that "
        "silence is treason.",
        Said("The preacher", "silence is treason", type="person"),
        (("Hojatoleslam Mehdi Sarraf", PERSON),),
        name="Mehdi Sarraf",
    ),
    Passage(
        "the-prayer-leader-after-an-ayatollah",
        "Ayatollah Kamran Dehbashi led prayers at the Grand Mosque. The prayer leader told worshippers "
        "that silence is treason.",
        Said("The prayer leader", "silence is treason", type="person"),
        (("Ayatollah Kamran Dehbashi", PERSON),),
        name="Kamran Dehbashi",
    ),
    Passage(
        "the-president-with-a-title-only-name",
        "President Teodor Halvast addressed the nation. “The door to dialogue is open,” the President said.",
        Said("the President", "The door to dialogue", name="President", kind="direct"),
        (("President Teodor Halvast", PERSON),),
        name="Teodor Halvast",
        type="person",
    ),
    # An office "of" something: the office names the person, or the whole phrase when it is a role.
    Passage(
        "the-head-of-state-after-president",
        "President Aleksandr Lukashenich said the rallies were illegal. The head of state stressed that "
        "order would be kept.",
        Said("The head of state", "order would be kept", type="person"),
        (("President Aleksandr Lukashenich", PERSON),),
        name="Aleksandr Lukashenich",
    ),
    Passage(
        "the-secretary-of-the-council-after-the-titled-name",
        "Secretary of the Security Council Nurlan Seitkaliyev warned of a plot. The Secretary of the "
        "Security Council also noted that 14 organizers had been identified.",
        Said("The Secretary of the Security Council", "14 organizers had been identified", type="person"),
        (("Nurlan Seitkaliyev", PERSON), ("Security Council", ORG)),
        name="Nurlan Seitkaliyev",
    ),
    Passage(
        "the-secretary-of-another-body-is-not-him",
        "Secretary of the Security Council Nurlan Seitkaliyev warned of a plot. The Secretary of the "
        "Writers Union also noted that 14 organizers had been identified.",
        Said("The Secretary of the Writers Union", "14 organizers had been identified", type="person"),
        (("Nurlan Seitkaliyev", PERSON), ("Security Council", ORG), ("Writers Union", ORG)),
        name=None,
    ),
    Passage(
        "the-speaker-with-nobody-described-so",
        "Samira Tovek left the chamber. “The law is the law,” the Speaker said.",
        Said("the Speaker", "The law is the law", name="Speaker", kind="direct"),
        (("Samira Tovek", PERSON),),
        name=None,
        notes={"why": "a title word alone is not a name"},
    ),
    Passage(
        "the-mayor-tagged-as-an-organisation",
        "Mayor Lidia Farrow toured Harbour Road on Saturday. The mayor noted that the city would pay.",
        Said("The mayor", "the city would pay", type="person"),
        (("Lidia Farrow", ORG), ("Harbour Road", PLACE)),
        name="Lidia Farrow",
        type="person",
    ),
    Passage(
        "the-group-by-its-appositive",
        "The Meridian Rights Observatory, a monitoring group, published its report. "
        "Samira Tovek welcomed it. The group said 19 detainees had been beaten.",
        Said("The group", "19 detainees had been beaten", type="organization"),
        (("The Meridian Rights Observatory", ORG), ("Samira Tovek", PERSON)),
        name="Meridian Rights Observatory",
        type="organization",
    ),
    Passage(
        "the-group-as-the-subject-before",
        "The Meridian Rights Observatory published its report on Wednesday. "
        "The group said at least 19 detainees had been beaten in custody.",
        Said("The group", "19 detainees had been beaten", type="organization"),
        (("The Meridian Rights Observatory", ORG),),
        name="Meridian Rights Observatory",
    ),
    Passage(
        "the-agency",
        "KNA, the state news agency, published the figures. The agency said 41 people had been detained.",
        Said("The agency", "41 people had been detained", type="organization"),
        (("KNA", ORG),),
        name="KNA",
        type="organization",
    ),
    Passage(
        "a-capitalised-modifier-must-match",
        "Republican nominee Carl Bren spoke first. The Democratic nominee said the debate had been a circus.",
        Said("The Democratic nominee", "the debate had been a circus", type="person"),
        (("Carl Bren", PERSON),),
        name=None,
    ),
    Passage(
        "lone-spokesman",
        "“The harbour stays open,” the spokesman said.",
        Said("the spokesman", "The harbour stays open", type="person", kind="direct"),
        name=None,
    ),
    Passage(
        "a-crowd-is-nobody",
        "Samira Tovek led the march. The marchers said they would return.",
        Said("The marchers", "they would return", type="group"),
        (("Samira Tovek", PERSON),),
        name=None,
    ),
    Passage(
        "name-in-an-appositive-of-the-speaker-phrase",
        "The council’s president, Judge Matthias Orel, said a ruling could be expected.",
        Said("The council’s president, Judge Matthias Orel", "a ruling could be expected", type="person"),
        (("Judge Matthias Orel", PERSON),),
        name="Matthias Orel",
        type="person",
    ),
    # Two people the description fits, named together: either could be meant, so nobody is named.
    Passage(
        "two-clerics-named-together",
        "Two senior clerics, Ayatollah Hossein Nasrabadi and Ayatollah Javad Mirhashemi, spoke at the "
        "ceremony. The cleric warned that the enemies of the nation were watching.",
        Said("The cleric", "the enemies of the nation", type="person"),
        (("Ayatollah Hossein Nasrabadi", PERSON), ("Ayatollah Javad Mirhashemi", PERSON)),
        name=None,
    ),
    Passage(
        "two-ministers-named-together",
        "Interior Minister Khalil Barakzai and Finance Minister Omar Daher met the press. The minister "
        "warned that prices would rise.",
        Said("The minister", "prices would rise", type="person"),
        (("Interior Minister Khalil Barakzai", PERSON), ("Finance Minister Omar Daher", PERSON)),
        name=None,
    ),
    Passage(
        "two-ministers-in-turn-the-last-one",
        "Interior Minister Khalil Barakzai spoke first. Finance Minister Omar Daher followed him. The "
        "minister warned that taxes would rise.",
        Said("The minister", "taxes would rise", type="person"),
        (("Interior Minister Khalil Barakzai", PERSON), ("Finance Minister Omar Daher", PERSON)),
        name="Omar Daher",
    ),
    # A modifier that makes the post another one: "the deputy mayor" is not the mayor.
    Passage(
        "the-deputy-mayor-is-not-the-mayor",
        "Mayor Bernadette Ojo opened the session. The deputy mayor said she would not step down.",
        Said("The deputy mayor", "she would not step down", type="person"),
        (("Mayor Bernadette Ojo", PERSON),),
        name=None,
    ),
    Passage(
        "the-vice-president-is-not-the-president",
        "President Arvan Selkor opened the session. The vice president said the vote would be held on Monday.",
        Said("The vice president", "the vote would be held", type="person"),
        (("President Arvan Selkor", PERSON),),
        name=None,
    ),
    Passage(
        "the-deputy-mayor-named-so",
        "Mayor Bernadette Ojo spoke first. Deputy Mayor Sinead Varley met residents. The deputy mayor "
        "said the road would reopen.",
        Said("The deputy mayor", "the road would reopen", type="person"),
        (("Mayor Bernadette Ojo", PERSON), ("Deputy Mayor Sinead Varley", PERSON)),
        name="Sinead Varley",
    ),
    Passage(
        "a-group-the-government-labels-is-not-the-government",
        "The Sahil Movement, a group the government calls “a terrorist network”, said it would boycott "
        "the vote.",
        Said("the government", "a terrorist network", type="organization", kind="direct"),
        (("The Sahil Movement", ORG),),
        name=None,
    ),
    Passage(
        "a-senator-named-with-a-governor",
        "Senator Dana Varek and Governor Paul Orrin met on Monday. The senator said the deal was done.",
        Said("The senator", "the deal was done", type="person"),
        (("Senator Dana Varek", PERSON), ("Governor Paul Orrin", PERSON)),
        name="Dana Varek",
    ),
]


@pytest.mark.parametrize("case", [c.param() for c in DESCRIPTIONS])
def test_a_description_is_whom_the_article_describes_so(case: Passage) -> None:
    check(case)


# ---------------------------------------------------------------------------------------------------
# Names: the fullest form, and a person when the article shows one
# ---------------------------------------------------------------------------------------------------

NAMES = [
    # Short forms of names: an initial and the surname; a Mauritanian surname in two words.
    Passage(
        "initial-and-surname",
        "Secretary Nurlan Abenovich Seitkaliyev warned of a plot. «Foreign foundations are behind it,» "
        "N. Seitkaliyev said.",
        Said("N. Seitkaliyev", "Foreign foundations", name="N. Seitkaliyev", type="person", kind="direct"),
        (("Nurlan Abenovich Seitkaliyev", PERSON), ("N. Seitkaliyev", PERSON)),
        name="Nurlan Abenovich Seitkaliyev",
    ),
    Passage(
        "initial-of-another-given-name-is-not-him",
        "Secretary Nurlan Abenovich Seitkaliyev warned of a plot. «Foreign foundations are behind it,» "
        "A. Seitkaliyev said.",
        Said("A. Seitkaliyev", "Foreign foundations", name="A. Seitkaliyev", type="person", kind="direct"),
        (("Nurlan Abenovich Seitkaliyev", PERSON), ("A. Seitkaliyev", PERSON)),
        name="A. Seitkaliyev",
    ),
    Passage(
        "ould-surname",
        "Opposition leader Mohamed Ould Abdallahi said the regime was afraid. “They closed our newspapers,” "
        "Ould Abdallahi said.",
        Said(
            "Ould Abdallahi",
            "They closed our newspapers",
            name="Ould Abdallahi",
            type="person",
            kind="direct",
        ),
        (("Mohamed Ould Abdallahi", PERSON), ("Ould Abdallahi", PERSON)),
        name="Mohamed Ould Abdallahi",
    ),
    Passage(
        "surname-the-entity-model-took-for-an-organisation",
        "Union chairman Viktor Harlan called the vote. “We gather every day at six,” Harlan said.",
        Said("Harlan", "We gather every day", name="Harlan", type="organization", nth=1, kind="direct"),
        (("Viktor Harlan", PERSON), ("Harlan", ORG)),
        name="Viktor Harlan",
        type="person",
    ),
    Passage(
        "honorific-and-surname",
        "Baltramar’s foreign minister, Jonas Ekhart, was in Halden. ‘Friends tell each other hard things,’ Mr Ekhart said.",
        Said("Mr Ekhart", "Friends tell each other", name="Ekhart", type="organization", kind="direct"),
        (("Jonas Ekhart", PERSON), ("Ekhart", ORG)),
        name="Jonas Ekhart",
        type="person",
    ),
    Passage(
        "appositive-role-makes-a-place-a-person",
        "Anneke Doval, the group’s director, said the findings had been shared.",
        Said(
            "Anneke Doval, the group’s director",
            "the findings had been shared",
            name="Anneke Doval",
            type="organization",
        ),
        (("Anneke Doval", PLACE),),
        name="Anneke Doval",
        type="person",
    ),
    Passage(
        "two-people-share-the-surname",
        "Dana Varek and her brother Petr Varek voted differently. Varek said the vote was a disgrace.",
        Said("Varek", "the vote was a disgrace", name="Varek", type="person", nth=2),
        (("Dana Varek", PERSON), ("Petr Varek", PERSON), ("Varek", PERSON)),
        name="Varek",
    ),
    Passage(
        "the-honorific-picks-one-of-two",
        "Ms. Dana Varek and her brother, Mr. Petr Varek, voted differently. Ms. Varek said the vote was a disgrace.",
        Said("Ms. Varek", "the vote was a disgrace", name="Varek", type="person"),
        (("Ms. Dana Varek", PERSON), ("Mr. Petr Varek", PERSON), ("Ms. Varek", PERSON)),
        name="Dana Varek",
    ),
    Passage(
        "an-honorific-of-the-other-gender-is-another-person",
        "The first lady, Anna Obrel, opened the museum. Mr. Obrel said the museum told a national story.",
        Said("Mr. Obrel", "the museum told", name="Obrel", type="person"),
        (("Anna Obrel", PERSON), ("Mr. Obrel", PERSON)),
        name="Obrel",
    ),
    Passage(
        "the-tokenizer-s-half-of-a-hyphenated-name",
        "“The buses will run again on Monday,” said Ilse Brannock-Varga, the city’s transport director.",
        Said(
            "Ilse Brannock-Varga, the city’s transport director",
            "The buses will run",
            name="Varga",
            type="organization",
            kind="direct",
        ),
        (("Ilse Brannock-Varga", ORG),),
        name="Ilse Brannock-Varga",
        type="person",
    ),
    Passage(
        "an-acronym-is-the-organisation-s-name",
        "The National Liberation Front (NLF) marched again. The NLF said the march was peaceful.",
        Said("The NLF", "the march was peaceful", name="NLF", type="organization"),
        (("The National Liberation Front", ORG), ("NLF", ORG)),
        name="National Liberation Front",
        type="organization",
    ),
    Passage(
        "a-headline-run-is-not-a-person",
        "Port Selm Cheers As The Minister Meets Adam Roma\n\nRoma said the minister was wrong.",
        Said("Roma", "the minister was wrong", name="Roma", type="unknown", nth=1),
        (("Port Selm Cheers As The Minister Meets Adam Roma", PERSON),),
        name="Roma",
        type="unknown",
    ),
]


@pytest.mark.parametrize("case", [c.param() for c in NAMES])
def test_names_take_their_fullest_form(case: Passage) -> None:
    check(case)


# ---------------------------------------------------------------------------------------------------
# Targets, order, purity, hostile input
# ---------------------------------------------------------------------------------------------------


def test_targets_get_the_full_name_and_a_surname_tagged_organisation_becomes_a_person() -> None:
    text = "President Teodor Halvast spoke on Wednesday. Samira Tovek said Halvast and the NLF had met."
    base = Said("Samira Tovek", "Halvast and the NLF had met", name="Samira Tovek", type="person").statement(
        text
    )
    targets = (
        Target("Halvast", span_of(text, "Halvast", 1), "organization"),
        Target("NLF", span_of(text, "NLF"), "organization"),
    )
    mentions = mentions_in(text, (("President Teodor Halvast", PERSON), ("Samira Tovek", PERSON)))
    (got,) = resolve_speakers(text, [replace(base, targets=targets)], mentions)
    halvast, nlf = got.targets
    assert (halvast.label, halvast.name) == ("person", "Teodor Halvast")
    assert (nlf.label, nlf.name) == ("organization", None)


def test_statements_come_back_in_content_order_and_the_inputs_are_untouched() -> None:
    text = "“First,” she said. Dana Varek spoke next. “Second,” she said."
    first = Said("she", "First", kind="direct").statement(text)
    second = Said("she", "Second", nth=1, kind="direct").statement(text)
    mentions = mentions_in(text, (("Dana Varek", PERSON),))
    given = [second, first]
    out = resolve_speakers(text, given, mentions)
    assert [s.quote for s in out] == ["First", "Second"]
    assert [s.speaker_name for s in out] == [None, "Dana Varek"]
    assert given == [second, first] and given[0].speaker_name is None


@pytest.mark.parametrize(
    ("text", "statements", "mentions"),
    [
        pytest.param("", [], [], id="empty-article"),
        pytest.param("No one spoke.", [], [Mention("", Span(0, 0), "person")], id="empty-mention"),
        pytest.param(
            "“Quiet,” somebody said.",
            [Statement(kind="direct", quote="Quiet", quote_spans=(Span(1, 6),))],
            [],
            id="statement-without-speaker",
        ),
        pytest.param(
            "He said.",
            [Statement(kind="indirect", quote="", quote_spans=(), speaker="He", speaker_span=Span(0, 2))],
            [],
            id="statement-without-content",
        ),
        pytest.param(
            "\u200b\u200bHe said 🙂 it. " * 3,
            [
                Statement(
                    kind="indirect",
                    quote="it",
                    quote_spans=(Span(13, 15),),
                    speaker="He",
                    speaker_span=Span(2, 4),
                )
            ],
            [Mention("🙂", Span(10, 11), "person")],
            id="emoji-and-zero-width",
        ),
        pytest.param(
            "“" * 50 + " she said " + "»" * 50,
            [
                Statement(
                    kind="direct",
                    quote="x",
                    quote_spans=(Span(0, 5),),
                    speaker="she",
                    speaker_span=Span(51, 54),
                )
            ],
            [],
            id="runaway-quote-marks",
        ),
    ],
)
def test_hostile_input_is_survived(text: str, statements: list[Statement], mentions: list[Mention]) -> None:
    out = resolve_speakers(text, statements, mentions)
    assert len(out) == len(statements)
    assert all(s.speaker_name is None for s in out)


def test_a_huge_article_resolves_in_linear_time() -> None:
    paragraph = (
        "Interior Minister Miro Lasken visited Port Selm. “The buses will run,” he said. "
        "The NLF rejected the plan. They said it was a trap.\n\n"
    )
    count = 3000
    text = paragraph * count
    statements, mentions = [], []
    for i in range(count):
        base = i * len(paragraph)
        for piece, label in (("Minister Miro Lasken", PERSON), ("NLF", ORG)):
            start = base + paragraph.index(piece)
            mentions.append(Mention(piece, Span(start, start + len(piece)), label))
        for speaker, content in (("he", "The buses will run"), ("They", "it was a trap")):
            s, c = base + paragraph.index(speaker + " said"), base + paragraph.index(content)
            statements.append(
                Statement(
                    kind="direct",
                    quote=content,
                    quote_spans=(Span(c, c + len(content)),),
                    speaker=speaker,
                    speaker_span=Span(s, s + len(speaker)),
                )
            )
    out = resolve_speakers(text, statements, mentions)  # ~400,000 characters: well under a second or two
    assert {s.speaker_name for s in out} == {"Miro Lasken", "NLF"}


# ---------------------------------------------------------------------------------------------------
# The pieces: titles, sentences, quotation marks
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Interior Minister Miro Lasken", "Miro Lasken"),
        ("Ms. Tovek’s", "Tovek"),
        ("the Speaker", "Speaker"),
        ("Senior Adviser Ruth Anselm", "Ruth Anselm"),
        ("Former President Teodor Halvast", "Teodor Halvast"),
        ("Dana K. Varek", "Dana K. Varek"),
        ("Kestovian Air Force Gen. Ivo Marran", "Ivo Marran"),
        ("Senate Majority Leader Ruth Anselm", "Ruth Anselm"),
        ("Harbour Workers Union", "Harbour Workers Union"),
        ("Oskar Lind King Jr.", "Oskar Lind King Jr."),
        (
            "Port Selm Cheers As The Minister Meets Adam Roma",
            "Port Selm Cheers As The Minister Meets Adam Roma",
        ),
    ],
)
def test_titles_are_stripped_from_names(written: str, name: str) -> None:
    assert strip_titles(written) == name


def test_sentences_do_not_end_at_honorifics_or_initials() -> None:
    text = "Mr. Quell met Dana K. Varek at 9 a.m. on Friday. She left.\n\nThe end"
    sentences = [text[s.start : s.end] for s in sentence_spans(text)]
    assert sentences == ["Mr. Quell met Dana K. Varek at 9 a.m. on Friday", "She left", "The end"]


def test_quotation_marks_of_every_style_are_found_and_apostrophes_are_not_marks() -> None:
    text = '“One,” «two», „three“, "four", ‘five,’ said Varek’s aide. “Unclosed\nnext'
    found = [text[s.start : s.end] for s in quoted_spans(text)]
    assert found == ["“One,”", "«two»", "„three“", '"four"', "‘five,’"]


def test_genders_come_from_the_article() -> None:
    text = (
        "Idris Malvane said he would march. Government spokeswoman Ilona Marsh disagreed. "
        "Samira Tovek, who has led the Front since 2011, said she was ready. Boris Quell spoke last. "
        "Dana Orsk spoke after him."
    )
    mentions = mentions_in(
        text,
        (
            ("Idris Malvane", PERSON),
            ("Ilona Marsh", PERSON),
            ("Samira Tovek", PERSON),
            ("Boris Quell", PERSON),
            ("Dana Orsk", PERSON),
        ),
    )
    names = ArticleNames(text, mentions)
    # Dana is a given name for both: nothing in the article tells Dana Orsk's gender.
    assert names.genders == {
        "Idris Malvane": "m",
        "Ilona Marsh": "f",
        "Samira Tovek": "f",
        "Boris Quell": "m",
    }


@pytest.mark.parametrize(
    ("text", "name", "outlet"),
    [
        ("Kestovia Today reported the vote.", "Kestovia Today", True),
        ("The Dravin Observer reported the vote.", "The Dravin Observer", True),
        ("The Dravin Observer reported the vote.", "Dravin Observer", True),
        ("The Dravin Post reported the vote.", "Dravin Post", True),
        # An outlet word that is also a surname counts only after "the".
        ("Ilona Post reported the vote.", "Ilona Post", False),
        ("Halvast told Reuters nothing.", "Halvast", False),
        ("The news was late.", "news", False),
    ],
)
def test_news_outlets_are_told_by_their_last_word(text: str, name: str, outlet: bool) -> None:
    assert is_outlet(text, span_of(text, name)) is outlet


def test_an_outlet_the_entity_model_took_for_a_person_is_an_organisation() -> None:
    text = "The Dravin Observer, a weekly newspaper, printed the letter. The newspaper said the council had erred."
    names = ArticleNames(text, [Mention("Dravin Observer", span_of(text, "Dravin Observer"), "person")])
    assert [n.text for n in names.people] == []
    assert names.described_as("newspaper", text.index("The newspaper"), "organization") == (
        "Dravin Observer",
        span_of(text, "Dravin Observer"),
    )
