"""Where a cue ends and its content begins, when more than the verb carries the attribution.

Light verbs ("expressed", "voiced", "made", "offered", "took") say little on their own: the noun
after them names the attitude ("concern", "outrage", "no secret"), so the cue runs through that
noun and the preposition that ties it to the content, and the content is what follows.

Verbs that carry a reporting verb in a to-infinitive ("went on to say", "continued to call for",
"tried to explain") make one cue with it; verbs that take the infinitive as what is wanted,
planned or promised ("plans to release") stay the cue alone, the infinitive being the content.
"""

from __future__ import annotations

import pytest

from .spec import Case, Extract, assert_case, assert_no_statement_with, params

INDIRECT = "indirect"

LIGHT_VERB_CASES = [
    Case(
        "expressed-concern-about",
        "Harbour workers have expressed concern about the new shift rota at the eastern docks.",
        "the new shift rota",
        not_also=("concern",),
        kind=INDIRECT,
        speaker="Harbour workers",
        cue="have expressed concern about",
    ),
    Case(
        "made-no-secret-of",
        "Mayor Lidia Farrow has made no secret of her doubts about the tunnel project.",
        "her doubts about the tunnel project",
        not_also=("secret",),
        kind=INDIRECT,
        speaker="Mayor Lidia Farrow",
        cue="has made no secret of",
    ),
    Case(
        "voiced-outrage-over",
        "Opposition deputies voiced outrage over the closure of the Dravin clinic.",
        "the closure of the Dravin clinic",
        not_also=("outrage",),
        kind=INDIRECT,
        cue="voiced outrage over",
    ),
    Case(
        "took-issue-with",
        "Samira Tovek took issue with the police account of the march.",
        "the police account of the march",
        not_also=("issue",),
        kind=INDIRECT,
        speaker="Samira Tovek",
        cue="took issue with",
    ),
    Case(
        "offered-thoughts-on",
        "Interior Minister Miro Lasken offered his thoughts on the future of the harbour police.",
        "the future of the harbour police",
        not_also=("thoughts",),
        kind=INDIRECT,
        cue="offered his thoughts on",
    ),
    Case(
        "expressed-concern-that-clause",
        "Several council members expressed concern that the budget would not cover the repairs.",
        "the budget would not cover the repairs",
        not_also=("concern",),
        kind=INDIRECT,
        speaker="Several council members",
        cue="expressed concern",
    ),
    Case(
        "took-aim-at",
        "The dockers’ union took aim at the harbour authority’s safety record.",
        "the harbour authority’s safety record",
        not_also=("aim",),
        kind=INDIRECT,
        cue="took aim at",
    ),
    Case(
        "made-it-clear-that",
        "Varek made it clear that the talks would not resume before the vote.",
        "the talks would not resume before the vote",
        kind=INDIRECT,
        speaker="Varek",
        cue="made it clear",
    ),
    Case(
        "has-made-clear-that",
        "The Interior Ministry has made clear that no detainee will be released on bail.",
        "no detainee will be released on bail",
        kind=INDIRECT,
        speaker="The Interior Ministry",
        cue="has made clear",
    ),
    # Negative cases: a verb that is not light keeps its object in the content, and a light verb
    # whose object has no preposition or clause after it keeps the plain verb as its cue.
    Case(
        "light-verb-with-a-date-keeps-the-plain-cue",
        "Varek made the comments on Friday during a visit to the harbour.",
        "the comments",
        cue="made",
    ),
    Case(
        "criticized-object-stays-content",
        "The Interior Minister criticized the decision of the regional court on Friday.",
        "the decision of the regional court",
        kind=INDIRECT,
        cue="criticized",
    ),
    Case(
        "accused-object-stays-content",
        "The harbour union accused the port authority of hiding the accident figures from inspectors.",
        "the port authority of hiding the accident figures",
        kind=INDIRECT,
        cue="accused",
    ),
]


@pytest.mark.parametrize("case", params(LIGHT_VERB_CASES))
def test_light_verb_cues(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


CHAIN_CASES = [
    # liking carries a verb of saying only (red-team leftover)
    Case(
        "likes-to-say-that",
        "Varek likes to say that the border is not a wall.",
        "the border is not a wall",
        not_also=("to say",),
        speaker="Varek",
        cue="likes to say",
    ),
    Case(
        "would-like-to-see-is-no-chain",
        "Voters would like to see lower taxes, Varek said.",
        "Voters would like to see lower taxes",
        speaker="Varek",
        cue="said",
    ),
    Case(
        "went-on-to-openly-ridicule",
        "Varek went on to openly ridicule the harbour master for closing the docks.",
        "the harbour master for closing the docks",
        not_also=("ridicule",),
        speaker="Varek",
        cue="went on to openly ridicule",
    ),
    Case(
        "went-on-to-say",
        "Varek went on to say that the talks would resume in the autumn.",
        "the talks would resume in the autumn",
        kind=INDIRECT,
        speaker="Varek",
        cue="went on to say",
    ),
    Case(
        "continued-to-call-for",
        "The union continued to call for an inquiry into the Harbour Road shooting.",
        "an inquiry into the Harbour Road shooting",
        not_also=("call",),
        kind=INDIRECT,
        speaker="The union",
        cue="continued to call for",
    ),
    Case(
        "tried-to-explain",
        "Tovek tried to explain why the march had been moved to Saturday.",
        "why the march had been moved to Saturday",
        kind=INDIRECT,
        speaker="Tovek",
        cue="tried to explain",
    ),
    Case(
        "has-struggled-to-explain",
        "The harbour authority has struggled to explain how the crane collapsed.",
        "how the crane collapsed",
        kind=INDIRECT,
        cue="has struggled to explain",
    ),
    Case(
        "began-to-question",
        "Deputy Anneke Doval began to question the ministry’s account of the detentions.",
        "the ministry’s account of the detentions",
        kind=INDIRECT,
        speaker="Deputy Anneke Doval",
        cue="began to question",
    ),
    # Negative: a verb of intent keeps the infinitive as its content.
    Case(
        "plans-to-not-chained",
        "Finance Minister Iris Kolt plans to release the budget figures next week.",
        "release the budget figures next week",
        kind=INDIRECT,
        cue="plans",
    ),
]


@pytest.mark.parametrize("case", params(CHAIN_CASES))
def test_chained_cues(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


# Words right after the verb that qualify the saying belong to the cue: a manner adverb ("said
# sarcastically"), the "back" of "fired back", the "it" of "as one deputy put it". Words that
# qualify what was said stay in the content ("said nearly all of …", "said only that …").
TRAILING_WORD_CASES = [
    # the adverb ending a relative clause of the subject is that clause's (red team 117)
    Case(
        "an-adverb-ending-the-subject-s-relative-clause",
        "An official who was not authorized to discuss the investigation publicly said the suspect had fled.",
        "the suspect had fled",
        cue="said",
    ),
    Case(
        "an-adverb-right-after-the-subject",
        "Varek publicly said the plan had failed.",
        "the plan had failed",
        cue="publicly said",
    ),
    Case(
        "said-pointedly-direct",
        "“The harbour belongs to the city,” Mayor Lidia Farrow said pointedly.",
        "The harbour belongs to the city",
        kind="direct",
        speaker="Mayor Lidia Farrow",
        cue="said pointedly",
    ),
    Case(
        "said-repeatedly-that",
        "Deputy Anneke Doval said repeatedly that the detentions were unlawful.",
        "the detentions were unlawful",
        not_also=("repeatedly",),
        kind=INDIRECT,
        cue="said repeatedly",
    ),
    Case(
        "as-one-deputy-put-it",
        "The reform, as one deputy put it, “turns the police into a private army”.",
        "turns the police into a private army",
        speaker="one deputy",
        cue="put it",
    ),
    Case(
        "said-nearly-stays-content",
        "Kolt said nearly all of the buses were back in service.",
        "nearly all of the buses were back in service",
        kind=INDIRECT,
        cue="said",
    ),
    Case(
        "said-in-a-statement-that",
        "The Interior Ministry said in a statement that port operations were a matter of security.",
        "port operations were a matter of security",
        not_also=("statement",),
        kind=INDIRECT,
        speaker="The Interior Ministry",
        cue="said in a statement",
    ),
    Case(
        "said-in-a-statement-direct",
        "“The harbour stays open,” the port authority said in a written statement released on Monday.",
        "The harbour stays open",
        kind="direct",
        speaker="the port authority",
        cue="said in a written statement released on Monday",
    ),
    Case(
        "said-in-the-statement-not-the-clause-on-it",
        "“I will not sign anything,” Nord said in the statement, which her lawyer read to journalists on "
        "the courthouse steps.",
        "I will not sign anything",
        kind="direct",
        speaker="Nord",
        cue="said in the statement",
    ),
    Case(
        "said-in-a-statement-not-its-relative-clause",
        "The ministry said in a statement that ran to four pages that the dam was safe.",
        "the dam was safe",
        not_also=("four pages",),
        kind=INDIRECT,
        speaker="The ministry",
        cue="said in a statement",
    ),
    Case(
        "said-in-a-speech-stays-out",
        "Samira Tovek said in a speech that the budget was a disgrace.",
        "the budget was a disgrace",
        not_also=("speech",),
        kind=INDIRECT,
        cue="said",
    ),
    Case(
        "called-on-names-who-should-act",
        "The union called on the harbour board to resign over the crane collapse.",
        "the harbour board to resign over the crane collapse",
        kind=INDIRECT,
        speaker="The union",
        cue="called on",
    ),
]


@pytest.mark.parametrize("case", params(TRAILING_WORD_CASES))
def test_words_trailing_the_verb(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


def test_as_someone_likes_to_say_is_not_a_claim_of_to_say(extract: Extract) -> None:
    """ "As Varek likes to say, …": never the claim "to say" (red-team leftover; the main clause as
    his words is not read yet)."""
    assert_no_statement_with(extract("As Varek likes to say, the border is not a wall."), "to say")


def test_put_it_is_not_the_content(extract: Extract) -> None:
    statements = extract("The reform, as one deputy put it, “turns the police into a private army”.")
    assert not [s for s in statements if s.quote == "it"]


# Passages that hold none of the cues above, though they use their words.
NO_STATEMENT_PASSAGES = [
    pytest.param(
        "The storm made it clear that the harbour wall needed repairs.",
        "harbour wall needed repairs",
        id="made-clear-by-a-storm",
    ),
    pytest.param(
        "The council made the harbour clear of wrecks by Friday.",
        "wrecks",
        id="made-the-harbour-clear",
    ),
    pytest.param(
        "Varek went on to a dinner with the union leaders after the vote.",
        "dinner",
        id="went-on-to-a-place",
    ),
    pytest.param(
        "The governor continued his tour of the flooded districts on Tuesday.",
        "flooded districts",
        id="continued-a-tour",
    ),
    pytest.param(
        "The mayor declined to say whether the buses would run on Monday.",
        "buses would run",
        id="declined-to-say-whether",
    ),
    pytest.param(
        "The club paid for the players to fly home after the final.",
        "players to fly home",
        id="paid-for-someone-to-act",
    ),
    pytest.param(
        "Residents waited for the ferry to return from Quellport.",
        "ferry to return",
        id="waited-for-something-to-happen",
    ),
    pytest.param(
        "The ministry published a report on harbour finances.", "harbour finances", id="published-a-report-on"
    ),
    # A second verb sharing a passive's "was": the sermon is what was repeated, not who repeated.
    pytest.param(
        'The scheme, branded "ParkEasy," will be rolled out first in the Old Town.',
        "ParkEasy",
        id="a-name-given-in-a-participle",
    ),
    pytest.param(
        "Sturt's office did not respond to requests for comment.", "requests for comment", id="no-response"
    ),
    # red team 187 (session 43): questions, emails and calls unanswered
    pytest.param("Ms Lee's office did not respond to questions.", "questions", id="no-response-to-questions"),
    pytest.param(
        "The ministry did not respond to emails and calls on Tuesday.", "emails", id="no-response-to-emails"
    ),
    pytest.param(
        "The ministry did not immediately return a request for comment on Monday.",
        "request for comment",
        id="no-response-returned",
    ),
    pytest.param(
        "Perhaps described as a turning point, the vote split the council.",
        "turning point",
        id="perhaps-described",
    ),
    pytest.param(
        "Exports rose in March, with the port adding 1,200 jobs.",
        "1,200 jobs",
        id="with-the-port-adding-jobs",
    ),
    pytest.param(
        "The sermon was broadcast live on state radio and repeated on the evening news.",
        "evening news",
        id="passive-repeated-on-the-news",
    ),
]


@pytest.mark.parametrize(("text", "piece"), NO_STATEMENT_PASSAGES)
def test_no_statement(text: str, piece: str, extract: Extract) -> None:
    assert_no_statement_with(extract(text), piece)


# Sentences the parser gets half wrong: the attribution is still there for a reader.
MISPARSED_CASES = [
    Case(
        "called-for-someone-to-act",
        "Deputy Mayor Ines Korva called for all candidates to publish the costs of their plans.",
        "all candidates to publish the costs of their plans",
        not_also=("for all",),
        kind=INDIRECT,
        speaker="Deputy Mayor Ines Korva",
        cue="called for",
    ),
    Case(
        "is-calling-for-someone-to-act",
        "The harbour workers' union is calling for the port authority to reopen the eastern docks.",
        "the port authority to reopen the eastern docks",
        kind=INDIRECT,
        cue="is calling for",
    ),
    Case(
        "speaker-after-an-opening-phrase-and-apposition",
        "In a statement to the Dravin Courier, her senior policy adviser, Tomas Brel, said: "
        "“The minister believes the treaty will hold.”",
        "The minister believes the treaty will hold.",
        speaker="her senior policy adviser, Tomas Brel",
        speaker_name="Tomas Brel",
        cue="said",
    ),
    Case(
        "referred-to-as-a-quoted-name",
        "A neighbour referred to him as “the most generous man I have ever met” in a post on Sunday.",
        "the most generous man I have ever met",
        also=("him as",),
        not_also=("in a post",),
        kind="mixed",
        speaker="A neighbour",
        cue="referred to",
    ),
    Case(
        "statement-saying",
        "The mayor's office put out a statement saying the port “cannot inspect every ship.”",
        "cannot inspect every ship",
        speaker="The mayor's office",
        cue="put out a statement saying",
    ),
    Case(
        "report-saying",
        "The ministry released a report saying the harbour had lost money for a decade.",
        "the harbour had lost money for a decade",
        not_also=("report",),
        kind=INDIRECT,
        speaker="The ministry",
        cue="released a report saying",
    ),
    # Those written to are not the speakers: the sender is, and the cue runs from the verb of writing.
    Case(
        "emailed-supporters-saying",
        "The Unity Party emailed supporters saying: “The struggle continues” on Friday night.",
        "The struggle continues",
        speaker="The Unity Party",
        cue="emailed supporters saying",
    ),
    Case(
        "text-message-to-supporters-saying",
        "Her campaign sent out a text message to supporters saying: “With your help, we won Dravin!”",
        "With your help, we won Dravin!",
        speaker="Her campaign",
        cue="sent out a text message to supporters saying",
    ),
    Case(
        "email-to-supporters-stating",
        "Her campaign quickly blasted out an email to supporters stating, “Speaker Varek joins a growing "
        "list of critics.”",
        "Speaker Varek joins a growing list of critics.",
        speaker="Her campaign",
        cue="quickly blasted out an email to supporters stating",
    ),
    Case(
        "speaker-after-an-opening-phrase-with-no-comma",
        "Saturday at the Unity Party's harbour convention Deputy Elena Varga (Unity-Dravin) said the "
        "mayor was a “proven failure” in business.",
        "the mayor was a “proven failure” in business",
        speaker_name="Elena Varga",
        cue="said",
    ),
    Case(
        "speaker-after-a-chain-of-names",
        "Tuesday in Quellport, while campaigning for his wife, council candidate Mira Tovek, former mayor "
        "Anton Tovek said his wife was the right choice because “the harbour is in tough shape.”",
        "his wife was the right choice",
        speaker_name="Anton Tovek",
        cue="said",
    ),
    Case(
        "second-participle-of-a-pair",
        "Varga went after the mayor on Wednesday over the ferry contract, calling it “a scandal” and "
        "asserting that the only explanation must be “a favour to friends.”",
        "that the only explanation must be",
        kind="mixed",
        speaker="Varga",
        cue="asserting",
    ),
    Case(
        "that-clause-subject-read-as-a-relative-verb",
        "Premier Ilse Marno said on Wednesday at a summit in Vorna that talks with the rebels would resume.",
        "that talks with the rebels would resume",
        speaker_name="Ilse Marno",
        cue="said",
        venue="at a summit in Vorna",
    ),
    Case(
        "that-clause-subject-read-as-a-relative-verb-told",
        "Officials told reporters at a briefing in Pell that cuts to the budget were unavoidable.",
        "that cuts to the budget were unavoidable",
        speaker="Officials",
        cue="told",
    ),
    Case(
        "subject-after-a-participle-opening-and-an-aside",
        "Talking to this correspondent, a senior official of the revenue department, requesting "
        "anonymity, said the files had been moved to Harlow.",
        "the files had been moved to Harlow",
        speaker="a senior official of the revenue department",
        type="anonymous",
        cue="said",
    ),
    Case(
        "told-the-tribunal-without-that",
        "Ms Pryce told the tribunal she had been bullied for months.",
        "she had been bullied for months",
        not_also=("tribunal",),
        speaker_name="Pryce",
        cue="told",
    ),
    Case(
        "told-jurors-without-that",
        "The officer told jurors she had lied to them repeatedly.",
        "she had lied to them repeatedly",
        not_also=("jurors",),
        cue="told",
    ),
    Case(
        "told-a-disciplinary-hearing-without-that",
        "Ms Lund told a disciplinary hearing she had been “set up” by her manager.",
        "she had been “set up” by her manager",
        not_also=("hearing",),
        cue="told",
    ),
    Case(
        "a-month-read-as-a-time-clause-s-subject",
        "Ines Sørensen, a currency strategist at Fjord Markets, said the krone's 12% slide since January had "
        "wiped out a year of wage gains for most households.",
        "the krone's 12% slide since January had wiped out a year of wage gains",
        speaker_name="Ines Sørensen",
        cue="said",
    ),
    Case(
        "a-number-read-as-the-object-of-said",
        "Researchers said 1 in 8 adults in the study, or 12.5%, met the criteria for long Covid-like symptoms.",
        "1 in 8 adults in the study, or 12.5%, met the criteria",
        cue="said",
    ),
    Case(
        "cue-between-commas-in-a-misparsed-sentence",
        "Proposals so far from the mayor to raise fees on short-term parking, he added, amount to "
        "“just a bit of tinkering.”",
        "Proposals so far from the mayor",
        also=("amount to",),
        not_also=("he added",),
        speaker="he",
        cue="added",
    ),
]


@pytest.mark.parametrize("case", params(MISPARSED_CASES))
def test_misparsed_attributions(case: Case, extract: Extract) -> None:
    statements = extract(case.text, case.date)
    assert_case(statements, case)
    assert len({s.cue for s in statements}) == len(statements), "one statement an attribution"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Councillor Ines Korva slammed the harbour plan as a giveaway to developers.",
            "slammed",
            id="slammed",
        ),
        pytest.param("Varek quipped that the ferry would outlive the bridge.", "quipped", id="quipped"),
        pytest.param(
            "The union rebutted the claims as baseless in a letter to members.", "rebutted", id="rebutted"
        ),
    ],
)
def test_verbs_that_double_their_last_letter_are_read(text: str, cue: str, extract: Extract) -> None:
    """A paragraph is parsed only when it holds a cue word; "slammed" and "quipped" are cue words
    although their spelling doubles the last letter of "slam" and "quip"."""
    assert [s.cue for s in extract(text)] == [cue]
