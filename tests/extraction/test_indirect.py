"""Indirect (reported) speech: the content is the reporter's paraphrase, with no quote marks."""

from __future__ import annotations

from datetime import date

import pytest

from .spec import Case, Extract, assert_case, describe, iso, params

INDIRECT = "indirect"
MIXED = "mixed"

CASES = [
    # a post's reach before what it claims (red team 76)
    Case(
        "a-video-viewed-so-many-times-says",
        "A video viewed 2 million times says the election was stolen.",
        "the election was stolen",
        speaker="A video viewed 2 million times",
        cue="says",
        kind=INDIRECT,
    ),
    Case(
        "a-post-shared-so-many-times-claims",
        "A Facebook post shared 10,000 times claims that the vaccine alters DNA.",
        "that the vaccine alters DNA",
        speaker="A Facebook post shared 10,000 times",
        cue="claims",
        kind=INDIRECT,
    ),
    # a body's or people's reply in a relative clause after an object (red team 72)
    Case(
        "fined-a-company-which-said",
        "The Norland Data Commission on Monday fined Orbix Systems, which said it would appeal.",
        "it would appeal",
        speaker="which",
        speaker_name="Orbix Systems",
        cue="said",
        kind=INDIRECT,
    ),
    Case(
        "voters-who-say",
        "The poll found 40 percent of independents, who say they will vote in the primary, undecided.",
        "they will vote in the primary",
        speaker="who",
        cue="say",
        kind=INDIRECT,
    ),
    Case(
        "a-warning-that-is-said",
        "The service issued a warning that the river could burst its banks.",
        "that the river could burst its banks",
        speaker="The service",
        cue="issued a warning",
        kind=INDIRECT,
    ),
    # A clause of time or cause before the speaker is not what was said (red team 69)
    Case(
        "a-time-clause-before-the-speaker",
        "Hours before official results were due, Arkady Venn declared victory.",
        "victory",
        not_also=("Hours", "results"),
        speaker="Arkady Venn",
        cue="declared",
        kind=INDIRECT,
    ),
    Case(
        "a-time-clause-before-told",
        "But after Dena Minning came on the scene and Grayson decided to run for Senate, he told Randolph and "
        "others that she should step aside.",
        "that she should step aside",
        not_also=("Minning", "Senate"),
        speaker="he",
        cue="told",
        kind=INDIRECT,
    ),
    # A that-clause after how it was said: through an interpreter, without evidence (red teams 68, 71)
    Case(
        "through-an-interpreter-that",
        "Yusuf, 15, said through an interpreter that he had been sleeping in a park.",
        "that he had been sleeping in a park",
        speaker="Yusuf, 15",
        cue="said",
        kind=INDIRECT,
    ),
    Case(
        "told-an-outlet-through-an-interpreter-that",
        "Fatou told the Harbour Gazette through an interpreter that she had paid smugglers.",
        "that she had paid smugglers",
        speaker="Fatou",
        cue="told",
        kind=INDIRECT,
    ),
    Case(
        "through-an-interpreter-that-he-wanted",
        "Samir said through an interpreter that he wanted to reach his uncle in Dramsted.",
        "that he wanted to reach his uncle in Dramsted",
        speaker="Samir",
        cue="said",
        kind=INDIRECT,
    ),
    Case(
        "without-providing-evidence-that",
        "The ministry said without providing evidence that the rebels had shelled the school.",
        "that the rebels had shelled the school",
        not_also=("evidence",),
        speaker="The ministry",
        cue="said",
        kind=INDIRECT,
    ),
    Case(
        "without-elaborating-that",
        "The army said without elaborating that the town was under its control.",
        "that the town was under its control",
        not_also=("elaborating",),
        speaker="The army",
        cue="said",
        kind=INDIRECT,
    ),
    Case(
        "a-time-before-the-verb-is-no-interrupted-clause",
        "On Wednesday night, Varek praised the council in one breath, then attacked its members in the next.",
        "the council",
        not_also=("Wednesday", "attacked", "members"),
        speaker="Varek",
        cue="praised",
    ),
    # A finding reported as a clause is a statement, though a verdict ("found Kestel guilty") is not.
    Case(
        "an-inquiry-found-that",
        "The inquiry found that the minister was guilty of misconduct in office.",
        "the minister was guilty of misconduct",
        speaker="The inquiry",
        cue="found",
        kind=INDIRECT,
    ),
    Case(
        "a-judge-wrote-in-her-dissent-that",
        "Judge Mara Voss wrote in her dissent that the law was void.",
        "the law was void",
        speaker_name="Mara Voss",
        cue="wrote",
        kind=INDIRECT,
    ),
    # Quoted as saying: the one quoted said it; an outlet that quotes someone reports it too.
    Case(
        "was-quoted-as-saying",
        "Interior Minister Pavel Ostrin was quoted as saying the government would not negotiate.",
        "the government would not negotiate",
        speaker_name="Pavel Ostrin",
        cue="was quoted as saying",
        kind=INDIRECT,
    ),
    Case(
        "quoted-as-saying-in-a-headline-without-was",
        "Stanek quoted as saying West “wants another Kosar”\n\n"
        "VELSK, Nov 18 (AFP) - President Aurel Stanek accused Western governments on Tuesday of "
        "plotting against him.",
        "West “wants another Kosar",
        speaker="Stanek",
        speaker_name="Aurel Stanek",
        cue="quoted as saying",
    ),
    Case(
        "was-quoted-by-an-agency-as-saying",
        "Pavel Ostrin was quoted by the agency as saying the government “will not negotiate with "
        "people who burn tyres in the street.”",
        "the government “will not negotiate",
        speaker_name="Pavel Ostrin",
        cue="was quoted by the agency as saying",
        kind=MIXED,
    ),
    Case(
        "was-quoted-by-a-described-agency-as-telling",
        "Interior Minister Radko Ziller was quoted by the state news agency Dornpress as telling police "
        "commanders that the rallies would be dispersed.",
        "that the rallies would be dispersed",
        speaker="Interior Minister Radko Ziller",
        speaker_name="Radko Ziller",
        kind=INDIRECT,
    ),
    Case(
        "an-agency-quoted-the-minister-as-saying",
        "The state news agency KNA quoted Interior Minister Pavel Ostrin as saying that the front was "
        "a tool of foreign intelligence services.",
        "that the front was a tool of foreign intelligence services",
        not_also=("KNA",),
        speaker_name="Pavel Ostrin",
        role="Interior Minister",
        cue="as saying",
    ),
    Case(
        "the-agency-that-quotes-reports-the-quotation",
        "The state news agency KNA quoted Interior Minister Pavel Ostrin as saying that the front was "
        "a tool of foreign intelligence services.",
        "Interior Minister Pavel Ostrin as saying that the front",
        speaker_name="KNA",
        cue="quoted",
    ),
    Case(
        "asked-aside-before-said-that",
        "Marchetti, asked whether the army would be deployed, said that two battalions were on their way.",
        "two battalions were on their way",
        not_also=("whether",),
        speaker="Marchetti",
        cue="said",
    ),
    Case(
        "told-someone-the-same-day-that",
        "Minister Karim Bensalah told reporters the same day that the ministry's budget was stretched.",
        "the ministry's budget was stretched",
        not_also=("reporters",),
        speaker_name="Karim Bensalah",
        cue="told",
    ),
    Case(
        "a-title-before-the-speaker-is-no-content",
        'In her memoir, "Roads Not Taken," Ana Fell argues that cities are dying.',
        "that cities are dying",
        not_also=("Roads", "memoir"),
        speaker="Ana Fell",
        kind=INDIRECT,
    ),
    # "reported, citing two officials, that …": the clause is what was reported, not what was cited.
    Case(
        "reported-citing-an-aside-that",
        "The Kesslow Herald reported, citing two officials, that the border would close.",
        "that the border would close",
        not_also=("officials",),
        speaker="The Kesslow Herald",
        cue="reported",
    ),
    # After a passive, a second verb with its own clause is still the subject speaking.
    Case(
        "was-interviewed-and-said",
        "Lene Hald was interviewed on state radio and said the port would reopen within a week.",
        "the port would reopen within a week",
        speaker="Lene Hald",
        cue="said",
    ),
    # Verbs of saying rare in American news but everyday in wire and translated state-media English.
    Case(
        "underlined-that",
        "President Rahbari underlined that the two countries' relations were strategic.",
        "that the two countries' relations were strategic",
        speaker="President Rahbari",
        cue="underlined",
    ),
    Case(
        "underlined-the-importance-of",
        "In his message, Dr. Rahbari underlined the importance of national unity.",
        "the importance of national unity",
        cue="underlined",
    ),
    Case(
        "deplored-an-object",
        "The foreign minister deplored the attack on the embassy in Qasrin.",
        "the attack on the embassy in Qasrin",
        speaker="The foreign minister",
        cue="deplored",
    ),
    Case(
        "the-decree-stipulates",
        "The decree stipulates that every rally needs a permit from the governor.",
        "that every rally needs a permit from the governor",
        speaker="The decree",
        cue="stipulates",
    ),
    # The parser may read a word of the venue as a clause ("live"); the that-clause is what was said.
    Case(
        "said-in-a-sermon-broadcast-live-that",
        "Ayatollah Mahmoud Ahani said in a sermon broadcast live on state radio that unity was a duty.",
        "that unity was a duty",
        not_also=("live", "radio"),
        speaker_name="Mahmoud Ahani",
    ),
    # A participle set off by commas between the subject and the verb (which the parser may read as
    # a clause of its own, taking the subject with it) leaves the subject to the verb of saying.
    Case(
        "subject-participle-said",
        "The indictment, read out in court, said the defendants had waged war against the state.",
        "the defendants had waged war against the state",
        not_also=("court",),
        speaker="The indictment",
        cue="said",
    ),
    Case(
        "subject-adverb-participle-said",
        "The mayor, visibly moved, said the port would reopen within a week.",
        "the port would reopen within a week",
        not_also=("moved",),
        speaker="The mayor",
        cue="said",
    ),
    # A verb of saying joined to another verb shares its subject, however weak the cue model finds it.
    Case(
        "spoke-and-admitted",
        "Sam Oduya spoke to reporters on Monday, and admitted the plan had failed.",
        "the plan had failed",
        not_also=("reporters",),
        speaker="Sam Oduya",
        cue="admitted",
    ),
    Case(
        "was-booed-and-conceded",
        "The mayor of Port Selm was booed and conceded the levy had been a mistake.",
        "the levy had been a mistake",
        speaker="The mayor of Port Selm",
        cue="conceded",
    ),
    Case(
        "was-booed-after-telling",
        "Comedian Mara Lind was booed and shouted down by union members after telling them that they "
        "were “being ridiculous.”",
        "they were “being ridiculous",
        speaker_name="Mara Lind",
    ),
    # A poll's or a witness's answer: the word after the verb of saying is what was said.
    Case(
        "said-yes",
        "Asked whether the levy was fair, 46 percent of the dockers said yes.",
        "yes",
        speaker="46 percent of the dockers",
        cue="said",
    ),
    Case(
        "said-so-in-the-last-poll",
        "Half of the dockers said so in the March poll.",
        "so",
        speaker="Half of the dockers",
        cue="said",
    ),
    Case(
        "said-no-one-is-a-clause-not-an-answer",
        "Lasken said no one would be arrested for marching.",
        "no one would be arrested for marching",
        speaker="Lasken",
        cue="said",
    ),
    # A comma closing an aside between the subject and its verb is no inversion.
    Case(
        "subject-then-an-aside-then-denied",
        "Businessman Milan Serb, through his lawyer, denied all the charges against him.",
        "all the charges against him",
        kind="indirect",
        speaker="Businessman Milan Serb",
        speaker_name="Milan Serb",
        cue="denied",
    ),
    # A verb of saying after a comma with the speaker after it: the words before are what was said.
    Case(
        "inverted-without-quote-marks",
        "Nonsense, replied the mayor of Port Selm.",
        "Nonsense",
        speaker="the mayor of Port Selm",
        cue="replied",
    ),
    Case(
        "inverted-the-parser-joins-to-the-verb-before",
        "Lasken noted that the curfew was lawful, reported the Dravin Observer.",
        "Lasken noted that the curfew was lawful",
        speaker="the Dravin Observer",
        cue="reported",
    ),
    # A sentence ending ", <subject> said." whose words before the comma the parser read as
    # adverbial clauses of the verb: all of them are what was said.
    Case(
        "sentence-before-a-closing-attribution",
        "As GOP front-runner Dana Varek prepared to speak to supporters in Kestovia on Tuesday, "
        "a 15-year-old girl outside the venue was pepper-sprayed by another bystander, police said.",
        "As GOP front-runner Dana Varek prepared to speak to supporters in Kestovia on Tuesday, "
        "a 15-year-old girl outside the venue was pepper-sprayed by another bystander",
        speaker="police",
        cue="said",
    ),
    # The parser made the reported sentence the root and hung ", said <subject>" on it as a conjunct.
    Case(
        "two-clause-sentence-before-an-inverted-closing-attribution",
        "In nearby Selm, the big Dravin steel mill is hanging on, but it is under intense pressure from "
        "cheap imports, said the company's chief executive, Ivo Lasken.",
        "In nearby Selm, the big Dravin steel mill is hanging on, but it is under intense pressure from "
        "cheap imports",
        speaker="the company's chief executive, Ivo Lasken",
        speaker_name="Ivo Lasken",
        cue="said",
    ),
    Case(
        "as-clause-inside-a-condition",  # what was suggested is the clause; the "if" is the writer's
        "If, as I've suggested, the harbour board and other landlords benefit from their ability to deduct "
        "paper losses, they should say so.",
        "the harbour board and other landlords benefit",
        not_also=("If",),
        speaker="I",
        cue="'ve suggested",
    ),
    Case(
        "told-whom-then-the-clause",  # the hearer is not part of what was said
        "Lasken told reporters he would not resign.",
        "he would not resign",
        not_also=("reporters",),
        speaker="Lasken",
        cue="told",
    ),
    # Gerunds of saying after a preposition borrow the subject of the verb the phrase hangs on.
    Case(
        "began-by-saying-after-a-conjoined-verb",
        "Osk, a harbour doctor, then appeared on Dravin Radio on Tuesday and began by saying she would "
        "“never” sign the order.",
        "she would “never” sign the order",
        kind="mixed",
        speaker="Osk, a harbour doctor",
        cue="saying",
    ),
    Case(
        "aside-from-saying",
        "Lasken has said about 20 people have asked for the seat, but he refuses to discuss names, aside "
        "from saying he wants a younger council.",
        "he wants a younger council",
        speaker="he",
        speaker_name="Lasken",
        cue="saying",
    ),
    # A subordinate clause of fact ("although", "because") reports what its subject says.
    Case(
        "although-they-say",
        "Dockers have urged the council to keep the quay open, although they say they support some of the "
        "changes the ministry is expected to propose.",
        "they support some of the changes",
        speaker="they",
        cue="say",
    ),
    # "called A and B a ploy": the parser joined B to the verb and read the name as B's apposition.
    Case(
        "called-two-things-one-name",
        "Democrats called the fine and the demand for Lasken's public appearance a transparent political "
        "ploy aimed at embarrassing Varek.",
        "the fine and the demand for Lasken's public appearance a transparent political ploy",
        kind="indirect",
        speaker="Democrats",
        cue="called",
    ),
    # "at the time that …": the parser hung the reported clause on "time" as a relative clause.
    Case(
        "reported-at-the-time-that",
        "Still, the Dravin Observer reported at the time that the port's editor in chief, Mira Osk, told "
        "the minister that her statement was ''not in line with our editorial policy.''",
        "the port's editor in chief, Mira Osk, told the minister",
        kind="mixed",
        speaker="the Dravin Observer",
        cue="reported",
    ),
    # A series of verbs with one subject, the first read by the parser as a clause the second reports.
    Case(
        "said-at-the-end-of-a-series-of-verbs",
        "Varek further summed up Tovek as “reckless,” denounced her record as harbour minister and said "
        "she should not even be allowed to run for office.",
        "she should not even be allowed to run for office",
        speaker="Varek",
        cue="said",
    ),
    Case(
        "inverted-closing-attribution-is-not-a-series",
        "He also had a voice in decisions about major investments in the port, said a former spokesman "
        "for the Harbour Ministry, Ivo Marek, who also ran as a candidate in the new bloc.",
        "He also had a voice in decisions about major investments in the port",
        speaker_name="Ivo Marek",
        cue="said",
    ),
    # "Name, 44, said": the age is an aside; the name before it is the speaker.
    Case(
        "speaker-with-an-age-after-an-opening-phrase",
        "As part of her plea, Samira Tovek, 38, said that she had taken the funds from the port.",
        "she had taken the funds from the port",
        speaker_name="Samira Tovek",
        cue="said",
    ),
    Case(
        "phrase-before-a-closing-attribution",
        "Ferries like the Aurora, the harbour master said.",
        "Ferries like the Aurora",
        speaker="the harbour master",
        cue="said",
    ),
    # A finite verb of saying with a clause is a cue, however rare the form in the cue model's text.
    Case(
        "contends-with-a-clause",
        "Varek contends the council's delegates may switch sides and back the strike.",
        "the council's delegates may switch sides and back the strike",
        kind=INDIRECT,
        speaker="Varek",
        cue="contends",
    ),
    Case(
        "a-participle-with-its-object-is-no-inversion",
        "The mayor closed the port on Friday, repeating a warning she gave in May.",
        "a warning she gave in May",
        speaker="The mayor",
        cue="repeating",
    ),
    Case(
        "said-bare-clause",
        "Samira Tovek said the reform would turn the police into a private army.",
        "the reform would turn the police into a private army",
        kind=INDIRECT,
        speaker="Samira Tovek",
        speaker_name="Samira Tovek",
        type="person",
        cue="said",
    ),
    Case(
        "said-that",
        "Miro Lasken said that the police had acted within the law at every moment.",
        "the police had acted within the law at every moment",
        kind=INDIRECT,
        speaker="Miro Lasken",
        cue="said",
    ),
    Case(
        "organization-reported-that",
        "The Kestovian News Agency reported that 41 people had been detained in Port Selm overnight.",
        "41 people had been detained in Port Selm overnight",
        kind=INDIRECT,
        speaker="The Kestovian News Agency",
        speaker_name="Kestovian News Agency",
        type="organization",
        cue="reported",
    ),
    Case(
        "according-to-leading",
        "According to the Interior Ministry, 41 people were detained overnight in Port Selm.",
        "41 people were detained overnight",
        kind=INDIRECT,
        speaker="the Interior Ministry",
        type="organization",
        cue="according to",
    ),
    Case(
        "according-to-trailing",
        "Forty-one people were detained overnight in Port Selm, according to the Interior Ministry.",
        "were detained overnight in Port Selm",
        kind=INDIRECT,
        speaker="the Interior Ministry",
        type="organization",
        cue="according to",
    ),
    # A named poll is the source of the clause its "in" qualifies (as PolNeAR reads polls).
    Case(
        "in-a-poll-leading",
        "In a Dravin Herald poll released Monday, Varek led Kolt by nine points.",
        "Varek led Kolt by nine points",
        kind=INDIRECT,
        speaker="a Dravin Herald poll released Monday",
        cue="In",
    ),
    Case(
        "in-a-poll-trailing",
        "Varek led Kolt by nine points in a Dravin Herald survey.",
        "Varek led Kolt by nine points",
        kind=INDIRECT,
        speaker="a Dravin Herald survey",
        cue="in",
    ),
    Case(
        "according-to-that-the-parse-makes-the-root",
        "According to conservative radio host Milan Drobek, the move reeks of “fear” and desperation.",
        "the move reeks of",
        not_also=("Drobek",),
        kind=MIXED,
        speaker="conservative radio host Milan Drobek",
        speaker_name="Milan Drobek",
        cue="According to",
    ),
    Case(
        "according-to-whose-source-the-parse-reads-as-a-verb",
        "As a harbour boss, Varek repeatedly demeaned the dockers with crude language, according to show insiders.",
        "Varek repeatedly demeaned the dockers",
        not_also=("insiders",),
        kind=INDIRECT,
        speaker="show insiders",
        cue="according to",
    ),
    Case(
        "said-with-a-time-before-the-reported-clause",
        "Varek said after the vote he would not accept the offer.",
        "he would not accept the offer",
        not_also=("after the vote",),
        kind=INDIRECT,
        speaker="Varek",
        cue="said",
    ),
    Case(
        "called-on-to",
        "The National Liberation Front called on its supporters to wear black on Saturday and stay home.",
        "wear black on Saturday",
        kind=INDIRECT,
        speaker="The National Liberation Front",
        speaker_name="National Liberation Front",
        cue="called on",
    ),
    Case(
        "warned-that",
        "Dana Varek warned that any attempt to block the vote would be met with the full force of the law.",
        "any attempt to block the vote would be met with the full force of the law",
        kind=INDIRECT,
        speaker="Dana Varek",
        cue="warned",
    ),
    Case(
        "argued-that",
        "Anneke Doval argued that the detentions breached the constitution’s guarantee of a fair hearing.",
        "the detentions breached the constitution",
        kind=INDIRECT,
        speaker="Anneke Doval",
        cue="argued",
    ),
    Case(
        "told-reporters-that",
        "Idris Malvane told reporters that the march would go ahead whatever the governor decided.",
        "the march would go ahead whatever the governor decided",
        kind=INDIRECT,
        speaker="Idris Malvane",
        cue="told",
    ),
    Case(
        "inverted-name-said",
        "The march would go ahead as planned on Friday evening, Malvane said.",
        "The march would go ahead as planned",
        kind=INDIRECT,
        speaker="Malvane",
        cue="said",
    ),
    Case(
        "inverted-said-name",
        "The union’s vote would take place next week, said Viktor Harlan, the union’s chairman.",
        "The union’s vote would take place next week",
        kind=INDIRECT,
        speaker_name="Viktor Harlan",
        role="chairman",
        cue="said",
    ),
    Case(
        "organization-denied-that",
        "The Interior Ministry denied that any detainee had been mistreated in the warehouse.",
        "any detainee had been mistreated",
        kind=INDIRECT,
        speaker="The Interior Ministry",
        type="organization",
        cue="denied",
    ),
    Case(
        "insisted-bare-clause",
        "Lasken insisted the detainees were being treated in accordance with the law.",
        "the detainees were being treated in accordance with the law",
        kind=INDIRECT,
        speaker="Lasken",
        cue="insisted",
    ),
    Case(
        "claimed-that",
        "The National Liberation Front claimed that more than 300 people had been arrested.",
        "more than 300 people had been arrested",
        kind=INDIRECT,
        speaker="The National Liberation Front",
        cue="claimed",
    ),
    Case(
        "urged-to",
        "Jonas Ekhart urged the government of Kestovia to listen to the street as well as to the police.",
        "listen to the street as well as to the police",
        kind=INDIRECT,
        speaker="Jonas Ekhart",
        cue="urged",
    ),
    Case(
        "announced-that",
        "The Port Authority announced that the harbour would remain open during the strike.",
        "the harbour would remain open during the strike",
        kind=INDIRECT,
        speaker="The Port Authority",
        type="organization",
        cue="announced",
    ),
    Case(
        "pronoun-added-that",
        "Union chairman Viktor Harlan said the union was not part of the movement. "
        "He added that many of his members had marched in the spring.",
        "many of his members had marched in the spring",
        kind=INDIRECT,
        speaker="He",
        speaker_name="Viktor Harlan",
        cue="added",
    ),
    Case(
        "description-noted-that",
        "Mayor Lidia Farrow toured Harbour Road on Saturday morning. "
        "The mayor noted that the city would pay for the damaged buses.",
        "the city would pay for the damaged buses",
        kind=INDIRECT,
        speaker="The mayor",
        speaker_name="Lidia Farrow",
        cue="noted",
    ),
    Case(
        "accused-of",
        "Tovek accused the government of using the law to silence the opposition before the election.",
        "using the law to silence the opposition",
        kind=INDIRECT,
        speaker="Tovek",
        cue="accused",
    ),
    Case(
        "said-in-statement-that",
        "The Kestovian embassy in Halden said in a statement that the bill was an internal matter.",
        "the bill was an internal matter",
        kind=INDIRECT,
        type="organization",
        cue="said in a statement",
        venue="statement",
    ),
    # A preposition between the verb and the content belongs to the cue ("complained about").
    Case(
        "complained-about",
        "Dana Varek complained about a deliberate campaign to frighten voters away from the polls.",
        "a deliberate campaign to frighten voters away from the polls",
        kind=INDIRECT,
        speaker="Dana Varek",
        cue="complained about",
    ),
    Case(
        "said-on-a-weekday",
        "Finance Minister Iris Kolt said on Monday the talks had stalled.",
        "the talks had stalled",
        kind=INDIRECT,
        cue="said",
    ),
    Case(
        "declined-to-comment-but-said",
        "Kolt declined to comment on the talks but said a draft existed.",
        "a draft existed",
        kind=INDIRECT,
        cue="said",
    ),
    Case(
        "inside-a-relative-clause",
        "The bill, which critics say gives police too much power, passed its second reading on Tuesday.",
        "gives police too much power",
        kind=INDIRECT,
        speaker="critics",
        cue="say",
        not_also=("passed",),
    ),
    Case(
        "headline-present-tense-without-that",
        "Varek warns talks will fail without the detainees\n\nDRAVIN – The Speaker spoke on Monday.",
        "talks will fail without the detainees",
        kind=INDIRECT,
        speaker="Varek",
        cue="warns",
    ),
    Case(
        "headline-says-with-no-verb-after-it",
        "Army says counter-attack under way near Ulmara\n\nThe fighting began on Monday near the border.",
        "counter-attack under way near Ulmara",
        kind=INDIRECT,
        speaker="Army",
        cue="says",
    ),
    Case(
        "headline-says-after-a-semicolon",
        "Rebels seize town; army says counter-attack under way\n\nThe fighting began on Monday near the border.",
        "counter-attack under way",
        not_also=("Rebels",),
        kind=INDIRECT,
        speaker="army",
        cue="says",
    ),
    # The documents a body issues are where it said it, whatever the parser hangs the clause on.
    Case(
        "said-in-an-advisory-that",
        "The health ministry said in an advisory that adults should walk for thirty minutes a day.",
        "adults should walk for thirty minutes a day",
        kind=INDIRECT,
        speaker="The health ministry",
        cue="said",
        venue="in an advisory",
    ),
    Case(
        "said-in-a-press-release-that",
        "Corvanta said in a press release that quarterly profits rose by a fifth.",
        "quarterly profits rose by a fifth",
        kind=INDIRECT,
        speaker="Corvanta",
        venue="in a press release",
    ),
    Case(
        "said-in-a-filing-that",
        "The company said in a filing with the securities commission that revenue rose.",
        "revenue rose",
        kind=INDIRECT,
        venue="in a filing with the securities commission",
    ),
    Case(
        "warned-against",
        "The harbour workers’ union warned against any deal that would close the eastern docks.",
        "any deal that would close the eastern docks",
        kind=INDIRECT,
        cue="warned against",
    ),
    Case(
        # the parser hangs the that-clause on "piece", past the venue's own "for the Harbour Journal"
        "that-clause-after-a-venue-and-its-phrase",
        "Osk elaborated in an editorial piece for the Harbour Journal that superdelegates currently "
        "pledged to Varek should reconsider.",
        "that superdelegates currently pledged",
        not_also=("Journal",),
        speaker="Osk",
        cue="elaborated",
    ),
    Case(
        "remarked-upon-a-fact",
        'At the same time, Varek remarked upon the fact that there is still "more work to do" at the port.',
        "the fact that there is still",
        not_also=("upon",),
        speaker="Varek",
        cue="remarked upon",
    ),
    # Verbs of saying of the English press of South Asia, Africa and the Gulf.
    *(
        Case(f"regional-cue-{cue.replace(' ', '-')}", text, quote, cue=cue, kind=INDIRECT)
        for text, quote, cue in [
            (
                "The minister was of the view that the tribunal would settle the matter.",
                "tribunal would settle",
                "was of the view",
            ),
            (
                "The minister apprised the House that the tribunal had been formed.",
                "tribunal had been formed",
                "apprised",
            ),
            ("The governor posited that the crisis was man-made.", "the crisis was man-made", "posited"),
            (
                "During the meeting, the minister affirmed the country's keenness to strengthen relations with "
                "Kalmoria.",
                "the country's keenness",
                "affirmed",
            ),
            (
                "The minister reaffirmed the Kingdom's firm position on the crisis.",
                "firm position",
                "reaffirmed",
            ),
        ]
    ),
    # A post with a that-clause is a statement; the parser read "posted" as describing its subject.
    Case(
        "posted-on-a-platform-that",
        "The rapper posted on Instagram that he would boycott the festival.",
        "he would boycott the festival",
        speaker="The rapper",
        cue="posted",
        kind=INDIRECT,
    ),
    Case(
        "posted-after-the-speaker-s-role",
        "Ivo Petrak, the interior minister, posted on Facebook that the protests were organised from abroad.",
        "the protests were organised from abroad",
        speaker_name="Ivo Petrak",
        role="interior minister",
        cue="posted",
    ),
    Case(
        "posted-after-a-stage-name-and-a-real-name",
        "Rapper K-Nine, whose real name is Kofi Nyarko, posted on Instagram that he would boycott the festival.",
        "he would boycott the festival",
        not_also=("Instagram",),
        cue="posted",
    ),
    # A closing attribution the parser joined to the sentence is still the attribution.
    Case(
        "said-after-words-the-tagger-read-as-a-noun-phrase",
        "The rejection of the deal signals “the end of an era” for the port, said Oren Basq, head of the "
        "dockers union.",
        "The rejection of the deal signals “the end of an era” for the port",
        speaker_name="Oren Basq",
        role="head of the dockers union",
        cue="said",
    ),
    Case(
        "told-an-outlet-after-a-long-clause",
        "Despite two defeats on Tuesday night, Senator Ilse Marr remains committed to seeing the primary "
        "through to the convention, her top aide, Tomas Reit, told the Kesh Courier.",
        "Senator Ilse Marr remains committed to seeing the primary through to the convention",
        not_also=("Tomas Reit",),
        speaker_name="Tomas Reit",
        cue="told",
        venue="Kesh Courier",
    ),
    # A verb with its own object and words after it does not take the quotation closing the phrase
    # before its subject.
    Case(
        "urged-whom-to-do-what-after-a-fronted-quotation",
        "Citing the attack as a wake-up call for voters and their “reveries about treating the presidency "
        "as a first job,” Dana Kral urged the electorate to abandon all outsider candidates.",
        "the electorate to abandon all outsider candidates",
        not_also=("Citing", "reveries"),
        speaker_name="Dana Kral",
        cue="urged",
    ),
    Case(
        "described-whom-as-quoted-after-a-fronted-quotation",
        "From Ron Dace’s “nasty effusion” in Orlat last week to his call for a federal “deportation "
        "force,” Dana Kral described Dace as a “caricature of a statesman.”",
        "Dace as a “caricature of a statesman",
        not_also=("From", "deportation"),
        speaker_name="Dana Kral",
        cue="described",
    ),
    # A that-clause the parser hung on a noun of where or when the words were said is what was said;
    # one that belongs to its noun ("news that …") is not.
    Case(
        "said-in-one-of-a-series-of-messages-that",
        "Ivo Rem, a former mayor of Sadek and currently president of the Regional Council of Kesh, said in "
        "one of a series of Twitter messages that the truck was carrying arms when it struck the crowd.",
        "that the truck was carrying arms",
        speaker_name="Ivo Rem",
        cue="said",
    ),
    Case(
        "said-following-a-vote-that",
        "Ada Kral said following a vote in 2001 that she had “very serious concerns about the long-term "
        "goals of an increasingly powerful and profit-motivated biotechnology industry.”",
        "that she had “very serious concerns",
        speaker_name="Ada Kral",
        cue="said",
    ),
    Case(
        "called-for-following-news-that",
        "Former State Senator Dr. Lena Falk called for the impeachment of Attorney General Omar Haddad "
        "following news that the ministry would sue the province over its new law.",
        "the impeachment of Attorney General Omar Haddad",
        not_also=("would sue",),
        speaker_name="Lena Falk",
        cue="called for",
    ),
    Case(
        "an-interjection-before-the-attribution",
        "The minister was asked whether he would resign. Sorry, Varek said.",
        "Sorry",
        speaker="Varek",
        cue="said",
    ),
    Case(
        "outlets-reported-on-a-day-the-parser-made-a-participle",
        "Multiple outlets reported on Wednesday the palace guard had “more than one conversation” with "
        "Varek or his staff about the statement.",
        "the palace guard had “more than one conversation”",
        speaker="Multiple outlets",
        cue="reported",
        said_on=iso("2026-03-04"),
        date="2026-03-06",
    ),
    Case(
        "argued-in-an-email-set-off-before-the-clause",
        "If anything, Ash argued in his email, the incident is an illustration of why the convention "
        "should adopt new rules of order.",
        "the incident is an illustration of why the convention should adopt new rules",
        speaker="Ash",
        cue="argued",
        venue="in his email",
    ),
    Case(
        "closing-attribution-with-a-day-after-an-aside",
        "A six-year trend of falling budget deficits will end this year, sooner than expected, the "
        "nonpartisan Kestovian Budget Office reported on Tuesday.",
        "A six-year trend of falling budget deficits will end this year",
        speaker="the nonpartisan Kestovian Budget Office",
        cue="reported",
        said_on=iso("2026-03-03"),
        date="2026-03-06",
    ),
    Case(
        "noted-after-a-subject-with-an-aside-between-dashes",
        'A representative for the Kova brand - a 12-employee business pitched as "the ultimate '
        'destination for Women Who Work" - noted that the company offers new mothers eight weeks of paid leave.',
        "that the company offers new mothers eight weeks of paid leave",
        role="representative",
        cue="noted",
    ),
    Case(
        "a-statement-posted-on-a-website-speaks-itself",
        "A statement posted on the website Kovamarket.com said listings are generated by users.",
        "listings are generated by users",
        cue="said",
    ),
    Case(
        "a-report-closed-by-sources-said",
        "Palace protocol called for the president to be taken to a military hospital, sources said.",
        "Palace protocol called for the president to be taken to a military hospital",
        speaker="sources",
        cue="said",
    ),
    Case(
        "speaker-after-a-fronted-phrase-with-a-list",
        "After a day of tensions between two of the nation’s highest-profile Unionists, House Speaker Omar "
        "Haddad’s office announced Friday that Haddad will meet with presumptive Unionist nominee Ron Dace "
        "on Thursday.",
        "that Haddad will meet with presumptive Unionist nominee Ron Dace",
        speaker="House Speaker Omar Haddad’s office",
        cue="announced",
    ),
    Case(
        "a-second-verb-the-parser-joined-to-the-first-s-clause",
        "Leader of the Revolution Ayatollah Ali-Reza Mousavand pointed out that the enemy's economic war "
        "had failed and stressed that the country must rely on domestic production.",
        "the country must rely on domestic production",
        speaker_name="Ali-Reza Mousavand",
        cue="stressed",
    ),
    Case(
        "quoted-someone-set-off-by-commas-as-saying",
        "The state agency Tarsapress quoted the head of the Central Election Commission, Mirza Abdulov, as "
        "saying turnout had reached 71 percent.",
        "turnout had reached 71 percent",
        not_also=("as saying",),
        speaker_name="Mirza Abdulov",
    ),
    Case(
        "a-one-word-agency-is-an-organisation",
        "Fighting had eased around the border town of Kurem by Thursday evening, Tarsapress reported.",
        "Fighting had eased around the border town",
        speaker_name="Tarsapress",
        type="organization",
    ),
    Case(
        "told-an-outlet-a-clause-the-parser-made-the-sentence",
        "The endorsement comes just three days after Trump told The Kesh Post he was “not quite there yet” "
        "on supporting Ryan.",
        "he was “not quite there yet”",
        speaker="Trump",
        cue="told",
        venue="Kesh Post",
    ),
    Case(
        "as-someone-told-an-outlet",
        "As Ida Marr told the Kesh Daily News, tax relief is given in exchange for creating jobs.",
        "tax relief is given in exchange for creating jobs",
        speaker_name="Ida Marr",
        cue="told",
    ),
    Case(
        "told-an-outlet-set-off-by-commas-after-a-habit",
        "And yet every Friday, from 8 a.m. to noon, the former executive told the Kesh Courier, Marr would "
        "lead a committee meeting.",
        "Marr would lead a committee meeting",
        speaker="the former executive",
        cue="told",
        said_on=None,
        date="2026-03-06",
    ),
    Case(
        "said-in-response-to-a-question-from-someone-that",
        "Defence Minister Lars Hedin said in response to a question from Moritz Vahl that no troops would be "
        "sent to the border.",
        "that no troops would be sent to the border",
        speaker_name="Lars Hedin",
    ),
    Case(
        "told-reporters-after-a-clause-with-its-own-and",
        "Officials should show evidence for their claims and not throw around words like “maybe” and "
        "“perhaps”, he told reporters.",
        "Officials should show evidence for their claims",
        also=("“perhaps",),
        cue="told",
        speaker="he",
    ),
    Case(
        "closing-said-with-a-relative-clause-naming-another-subject",
        "He also had a say in the harbour contracts, said a former spokesman for the port authority, Oleg "
        "Varn, who also ran as a candidate in the new bloc Mr. Tesk helped form.",
        "He also had a say in the harbour contracts",
        not_also=("helped form",),
        speaker_name="Oleg Varn",
        cue="said",
    ),
    Case(
        "said-after-the-subject-s-dashed-relative-aside",
        "Nora Pell, director of the advocacy group Fair Harbour - which was founded by the former mayor "
        "Ivo Dane and which has endorsed Varek - said Varek has several options.",
        "Varek has several options",
        speaker_name="Nora Pell",
        cue="said",
    ),
    Case(
        "said-after-a-dashed-aside-with-its-own-quotation",
        'Senator Ilse Marr - who previously said she would "shut down" the ferry line - said at a Saturday '
        "rally in Kesh that the port should also close to foreign ships.",
        "the port should also close to foreign ships",
        not_also=("shut down",),
        speaker_name="Ilse Marr",
        venue="rally",
    ),
    Case(
        "said-before-attending-something-that",
        "Hanna Voss, a nurse from Derry, said before attending the rally that KTV asked her to pose a "
        "question about pay.",
        "KTV asked her to pose a question about pay",
        speaker_name="Hanna Voss",
        cue="said",
    ),
    Case(
        "told-before-a-time-clause-whose-verb-takes-no-that-clause",
        "Ben Talbot, the former head of the dockers' union, told the Kesh Courier before he spoke to the "
        "committee that he believed it was up to Varek to reach out to the strikers.",
        "it was up to Varek to reach out to the strikers",
        speaker_name="Ben Talbot",
        cue="told",
    ),
    Case(
        "said-then-a-closing-participle-of-saying",
        "Even a top party strategist said Varek will have to choose whose side she's on, saying, “At some "
        "point, she's going to have to come out on where she stands.”",
        "Varek will have to choose whose side she's on",
        not_also=("At some point",),
        speaker="a top party strategist",
        cue="said",
    ),
    Case(
        "the-closing-participle-is-the-speaker-s-own-statement",
        "Even a top party strategist said Varek will have to choose whose side she's on, saying, “At some "
        "point, she's going to have to come out on where she stands.”",
        "she's going to have to come out",
        speaker="a top party strategist",
        cue="saying",
    ),
    Case(
        "participle-after-the-second-verb-of-a-subject",
        "Ilse Marr appeared with the broadcaster's Rachel Dorn and praised Varek, saying he is exactly what "
        "the port needs.",
        "he is exactly what the port needs",
        speaker_name="Ilse Marr",
        cue="saying",
    ),
    # The wire form: the claim, then ", Title Name said on <day>". The parser may hang the speaker
    # on the claim's last noun, or make the claim's object the verb's subject.
    Case(
        "wire-form-with-a-long-title-and-a-day",
        "TALSIN, Nov 18 (Meridian) - Estoria's defence ministry will buy 40 new helicopters, Deputy "
        "Defence Minister Arno Kell said on Wednesday.",
        "Estoria's defence ministry will buy 40 new helicopters",
        speaker_name="Arno Kell",
        role="Deputy Defence Minister",
        cue="said",
        said_on=date(2026, 11, 18),
        date="2026-11-20",
    ),
    Case(
        "wire-form-after-a-named-object",
        "Estoria will not extradite the former banker Ivo Rask, Justice Minister Hella Marr said on Friday.",
        "Estoria will not extradite the former banker Ivo Rask",
        speaker_name="Hella Marr",
        role="Justice Minister",
        cue="said",
    ),
    Case(
        "wire-form-after-a-named-object-with-a-participle",
        "Estoria will not extradite the former banker Ivo Rask, Justice Minister Hella Marr said on Friday, "
        'adding that he "will face justice here at home".',
        "will face justice here at home",
        speaker_name="Hella Marr",
        cue="adding",
    ),
    # guidance whose verb the tagger read as a noun ("positive need"), before the speaker (red team 81)
    Case(
        "guidance-with-a-relative-clause-before-the-officials",
        "People who test positive need to isolate for five days, health officials said on Tuesday.",
        "People who test positive need to isolate for five days",
        cue="said",
        type="group",
    ),
    # market copy (red teams 88, 91): the speaker set off after the clause, however the parser hung it
    Case(
        "an-anonymous-source-read-as-the-object-s-apposition",
        "Tallis Bank made an offer for Dunmere Oil, a person familiar with the matter said.",
        "Tallis Bank made an offer for Dunmere Oil",
        type="anonymous",
        cue="said",
    ),
    Case(
        "an-anonymous-source-asking-not-to-be-identified",
        "Tallis Bank plans to buy Dunmere Oil, two people familiar with the matter said, asking not to be "
        "identified.",
        "Tallis Bank plans to buy Dunmere Oil",
        type="anonymous",
        cue="said",
    ),
    Case(
        "a-role-and-the-name-in-its-apposition-after-the-clause",
        "Tallis Bank expects to save $1 billion, the lender's finance chief, Greta Holm, said in an "
        "interview on Wednesday.",
        "Tallis Bank expects to save $1 billion",
        speaker_name="Greta Holm",
        cue="said",
    ),
    Case(
        "on-condition-of-anonymity-because",
        "Tallis Bank will cut 300 jobs, a person familiar with the matter said on condition of anonymity "
        "because the plan is not public.",
        "Tallis Bank will cut 300 jobs",
        type="anonymous",
        cue="said",
    ),
    Case(
        "a-described-speaker-after-two-clauses-told-an-outlet",
        "The results are encouraging but the sample is small, Rosalind Achterberg, a biostatistician at "
        "Gantry University, told the Ashford Ledger on Friday.",
        "The results are encouraging but the sample is small",
        speaker_name="Rosalind Achterberg",
        cue="told",
    ),
    # the second half of what was said (red team 88)
    Case(
        "a-present-verb-after-the-reported-clause-goes-on-with-it",
        "Dr. Anselm Kroll, the paper's corresponding author, said in a statement that he “regrets the "
        "errors” but stands by the paper's central conclusions.",
        "but stands by the paper's central conclusions",
        speaker_name="Anselm Kroll",
    ),
    Case(
        "a-second-that-clause-after-and-with-a-negated-verb-of-saying",
        "A spokesman for Harrowgate University said the institution was reviewing the matter and that it "
        "would not comment further.",
        "and that it would not comment further",
        type="anonymous",
    ),
    Case(
        "a-second-that-clause-with-another-speaker-s-verb-is-theirs",
        "The club said the player was injured and that the manager announced that he would miss the final.",
        "the player was injured",
        not_also=("the manager announced",),
    ),
    # transfer rumours (red team 85): the paper reported it, not the player named last
    Case(
        "a-rumour-ending-on-the-player-then-the-paper",
        "Vale Real are close to signing Jonah Pell, Marca Norte reported.",
        "Vale Real are close to signing Jonah Pell",
        speaker_name="Marca Norte",
        cue="reported",
    ),
    Case(
        "a-rumour-then-the-newspaper-read-as-a-relative-clause",
        "Jonah Pell is close to joining Vale Real, the newspaper El Heraldo Deportivo reported on Tuesday.",
        "Jonah Pell is close to joining Vale Real",
        speaker_name="El Heraldo Deportivo",
        cue="reported",
        said_on=date(2026, 3, 3),
        date="2026-03-05",
    ),
    Case(
        "wire-form-after-a-named-person-arrested",
        "Police arrested the opposition activist Dana Varek, spokesman Ivo Lind said.",
        "Police arrested the opposition activist Dana Varek",
        speaker_name="Ivo Lind",
        role="spokesman",
    ),
]


@pytest.mark.parametrize("case", params(CASES))
def test_indirect_speech(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


# "As Kolt noted, …": a reporting verb in an as-clause with nothing of its own reports the clause it
# introduces or interrupts. An as-clause with its own object or preposition ("As Varek talked about
# the harbour, …") is a time clause, and the main clause is the reporter's.
# Court copy (red team 43): what was said after the occasion, and attributions set off inside
# the sentence, which report the whole sentence, its subject included.
COURT_CASES = [
    Case(
        "told-reporters-outside-the-courthouse-that",
        "Defence lawyer Mira Solberg told reporters outside the courthouse that her client would appeal.",
        "her client would appeal",
        speaker_name="Mira Solberg",
        cue="told",
    ),
    Case(
        "said-after-the-verdict-that",
        "Mira Solberg, the defence lawyer, said after the verdict that her client would appeal.",
        "her client would appeal",
        speaker_name="Mira Solberg",
        cue="said",
    ),
    Case(
        "the-court-heard-set-off-after-the-subject",
        "Gareth Hart, the court heard, had threatened to kill his neighbour.",
        "Gareth Hart had threatened to kill his neighbour",
        speaker=None,
        cue="heard",
    ),
    # read as a relative clause of the name, whatever the name (red team 115)
    Case(
        "the-court-heard-after-a-name-read-with-a-relative-clause",
        "Dawn Keeley, the court heard, had threatened to kill her neighbour.",
        "Dawn Keeley had threatened to kill her neighbour",
        speaker=None,
        cue="heard",
    ),
    Case(
        "the-court-heard-after-another-name-read-with-a-relative-clause",
        "Marcus Fell, the court heard, had been drinking all afternoon before the crash.",
        "Marcus Fell had been drinking all afternoon",
        speaker=None,
        cue="heard",
    ),
    Case(
        "the-court-heard-from-a-witness-who-told-jurors",
        "The court heard from Kayleigh Dunn, who told jurors: “I saw him hit her.”",
        "I saw him hit her",
        speaker_name="Kayleigh Dunn",
        cue="told",
    ),
    # the venue's relative clause says when it ran, not what was said (red team 118)
    Case(
        "said-in-an-interview-that-aired-on-a-day-that",
        "Defence Minister Arek Solberg said in an interview that aired Sunday that the army would stay.",
        "that the army would stay",
        speaker_name="Arek Solberg",
        cue="said",
    ),
    Case(
        "said-in-an-interview-with-a-channel-that-aired-that",
        "Solberg said in an interview with Kestrel News that aired Sunday that the army would stay.",
        "that the army would stay",
        speaker_name="Solberg",
        cue="said",
    ),
    # court copy the parse misread (red team 117)
    Case(
        "prosecutors-allege-read-as-one-noun",
        "Hollis Draper, prosecutors allege, lured the victims to a warehouse.",
        "Hollis Draper lured the victims to a warehouse",
        speaker="prosecutors",
        cue="allege",
    ),
    Case(
        "charging-documents-say-closing-the-sentence",
        "Draper hid the gun in a storm drain, charging documents say.",
        "Draper hid the gun in a storm drain",
        speaker="charging documents",
        cue="say",
    ),
    Case(
        "prosecutors-allege-set-off-after-the-subject",
        "Ferro Lang, prosecutors allege, had hidden the money in offshore accounts.",
        "Ferro Lang had hidden the money",
        speaker="prosecutors",
        cue="allege",
    ),
    # the parse of state-media and sports copy (red teams 128 and 130)
    Case(
        "told-the-newspaper-with-a-name-read-as-a-verb",
        "Dynamo Vessel president Oskar Lindqvist told the newspaper Dagposten that the club would stand by "
        "its goalkeeper.",
        "that the club would stand by its goalkeeper",
        not_also=("Dagposten",),
        speaker_name="Oskar Lindqvist",
        cue="told",
    ),
    Case(
        "said-quoting-someone-set-off-then-that",
        "KARNA said on Friday, quoting Toldek, that the borders would remain closed.",
        "that the borders would remain closed",
        speaker_name="KARNA",
        cue="said",
    ),
    # what an outlet says it has learned (red team 133)
    Case(
        "an-outlet-understands-that",
        "The Pellridge Evening Post understands that a second man has been arrested.",
        "that a second man has been arrested",
        speaker_name="Pellridge Evening Post",
        cue="understands",
    ),
    Case(
        "an-attribution-set-off-inside-a-question",
        "Can the minister explain, as the auditor said, why the port was closed?",
        "why the port was closed",
        speaker="the auditor",
    ),
    Case(
        "documents-allege-read-as-one-noun",
        "Court documents allege that Marek Holt moved the money through three shell companies.",
        "that Marek Holt moved the money through three shell companies",
        speaker="Court documents",
        cue="allege",
    ),
]


# Sports copy (red team 46): an attribution closing the sentence after a name, which the parser
# read as the name's description.
COURT_CASES += [
    Case(
        "the-club-announced-after-the-new-manager-s-name",
        "Marden Town have appointed Colm Reddy, the club announced on Tuesday.",
        "Marden Town have appointed Colm Reddy",
        speaker_name="Marden Town",
        cue="announced",
    ),
    Case(
        "a-paper-reported-after-the-player-s-name",
        "Ashby Vale have agreed a £12m fee for Dunmore midfielder Kofi Adaberu, the Brackmoor Evening Post "
        "reported.",
        "Ashby Vale have agreed a £12m fee",
        speaker_name="Brackmoor Evening Post",
        cue="reported",
    ),
]


@pytest.mark.parametrize("case", params(COURT_CASES))
def test_court_copy(case: Case, extract: Extract) -> None:
    statements = extract(case.text, case.date)
    assert_case(statements, case)
    assert len(statements) == 1, "the defendant is not the speaker of what is alleged of him"


def test_one_summoned_and_told_is_not_the_teller(extract: Extract) -> None:
    """Red team 90: "was summoned … and told that" is passive; the ambassador was told."""
    statements = extract(
        "Kestran Ambassador Ilse Brandvold was summoned to the Foreign Ministry on Monday and told that the "
        "arrests were “unacceptable.”"
    )
    assert not [s for s in statements if s.speaker_name == "Ilse Brandvold"], describe(statements)


def test_what_one_refused_to_do_is_not_done(extract: Extract) -> None:
    """ "refused to endorse Ryan": the refusal is a statement (PolNeAR counts it); an endorsement of
    Ryan is not (red team 46)."""
    statements = extract("Estrada declined to criticise the referee after the 2-2 draw.")
    assert [(s.cue, s.quote) for s in statements] == [
        ("declined", "to criticise the referee after the 2-2 draw")
    ]


def test_following_news_that_is_the_news_s_not_what_was_called_for(extract: Extract) -> None:
    statements = extract(
        "Kelli Ward called for the impeachment of Loretta Lynch following news that the department would sue."
    )
    assert [s.quote for s in statements] == ["the impeachment of Loretta Lynch"]


AS_CLAUSE_CASES = [
    Case(
        "as-x-noted-leading",
        "As Finance Minister Iris Kolt noted, the budget has been balanced for three years.",
        "the budget has been balanced for three years",
        kind=INDIRECT,
        speaker="Finance Minister Iris Kolt",
        cue="noted",
    ),
    Case(
        "as-x-said-interrupting",
        "The talks, as Varek said, will resume after the vote.",
        "will resume after the vote",
        also=("The talks",),
        kind=INDIRECT,
        speaker="Varek",
        cue="said",
    ),
    Case(
        "cue-between-commas-after-the-subject-of-the-host",
        "The difference now, he told me on Friday, is that he runs a news programme.",
        "The difference now",
        also=("is that he runs a news programme",),
        not_also=("told me",),
        kind=INDIRECT,
        speaker="he",
        cue="told",
    ),
    # "told" whom between commas, before a quoted rest of the sentence (red team 66): the parser
    # made the attribution the sentence, and the hearers or nothing what was said
    Case(
        "told-the-council-between-the-subject-and-a-quotation",
        "The peace plan, Ines Santerre told the council, “is dead”.",
        "is dead",
        also=("The peace plan",),
        not_also=("council",),
        speaker="Ines Santerre",
        cue="told",
    ),
    Case(
        "told-reporters-between-the-subject-and-a-quoted-predicate",
        "The ceasefire, Ines Santerre told reporters, was “holding, but fragile”.",
        "holding, but fragile",
        also=("The ceasefire",),
        speaker="Ines Santerre",
        cue="told",
    ),
    # the parser hung the aside on the auxiliary, which was all that was said
    Case(
        "said-between-the-subject-and-an-auxiliary",
        "The ceasefire, Ines Santerre said, was “holding”.",
        "holding",
        also=("The ceasefire",),
        speaker="Ines Santerre",
        cue="said",
    ),
    Case(
        "as-x-noted-with-a-date",
        "As the minister noted on Friday, the harbour remains closed to cargo ships.",
        "the harbour remains closed to cargo ships",
        kind=INDIRECT,
        speaker="the minister",
        cue="noted",
    ),
    Case(
        "as-x-put-it-in-a-statement-the-quote-in-the-host-is-theirs",
        "As Dana Varek put it in a statement to the Observer, the ministry is “a house without doors.”",
        "the ministry is “a house without doors",
        kind=MIXED,
        speaker="Dana Varek",
        venue="in a statement to the Observer",
    ),
]


@pytest.mark.parametrize("case", params(AS_CLAUSE_CASES))
def test_as_clause_reports_its_host(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


def test_as_clause_of_time_reports_no_host(extract: Extract) -> None:
    statements = extract("As Varek talked about the harbour, the crowd grew restless.")
    assert not [s for s in statements if "grew restless" in s.quote]


# A sentence's link to the one before it ("But", "And", "However,") is not part of the reported
# content that opens the sentence; inside the content, or inside quotation marks, it stays.
CONNECTIVE_CASES = [
    Case(
        "but-before-trailing-attribution",
        "The port will stay open. But the night shifts will end in March, the harbour authority said.",
        "the night shifts will end in March",
        not_also=("But",),
        kind=INDIRECT,
        speaker="the harbour authority",
        cue="said",
    ),
    Case(
        "however-before-trailing-attribution",
        "The buses are running. However, the trams will stay in their depots until Monday, "
        "a city spokeswoman said.",
        "the trams will stay in their depots until Monday",
        not_also=("However",),
        kind=INDIRECT,
        cue="said",
    ),
    Case(
        "but-inside-the-content-stays",
        "Kolt said the talks had stalled but would resume in May.",
        "the talks had stalled but would resume in May",
        kind=INDIRECT,
        cue="said",
    ),
    Case(
        "but-inside-a-quotation-stays",
        "“But we will not give up,” Tovek said.",
        "But we will not give up",
        kind="direct",
        cue="said",
    ),
]


@pytest.mark.parametrize("case", params(CONNECTIVE_CASES))
def test_leading_connective(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


# A gerund after "by", "after", "upon", "before", "while" or "in" reports for the subject of the
# verb the preposition hangs on; after "of" or "for" it is someone else's words, reported by the
# subject ("accused Kolt of saying …"), and the gerund is no cue of its own.
GERUND_CASES = [
    Case(
        "by-saying",
        "Mayor Lidia Farrow ended the meeting by saying the buses would run again on Monday.",
        "the buses would run again on Monday",
        kind=INDIRECT,
        speaker="Mayor Lidia Farrow",
        cue="saying",
    ),
    Case(
        "after-saying-passive-main-verb",
        "After saying the budget was balanced, Kolt was forced to publish the full figures.",
        "the budget was balanced",
        kind=INDIRECT,
        speaker="Kolt",
        cue="saying",
    ),
]


@pytest.mark.parametrize("case", params(GERUND_CASES))
def test_gerund_after_preposition(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


def test_quoting_figures_as_showing_something_makes_no_speaker_of_them(extract: Extract) -> None:
    text = "The report quoted the ministry's own figures as showing that exports fell by a third."
    assert not [s for s in extract(text) if s.speaker and "figures" in s.speaker], describe(extract(text))


def test_gerund_with_a_plain_object_is_no_statement(extract: Extract) -> None:
    """ "Before saying goodbye" reports nothing: a parting is no claim (a gerund of saying with
    another plain object is kept, as "by announcing the closure" must be: PolNeAR counts it)."""
    statements = extract("Before saying goodbye, Varek thanked the harbour workers.")
    assert not [s for s in statements if s.quote == "goodbye"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The union accused Kolt of saying the harbour would close.", id="accused-of-saying"),
        pytest.param(
            "Critics attacked Farrow for saying the march had been peaceful.", id="attacked-for-saying"
        ),
    ],
)
def test_gerund_after_of_or_for_is_no_cue(text: str, extract: Extract) -> None:
    assert not [s for s in extract(text) if s.cue == "saying"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kolt has risen in the polls since the debate.", id="in-the-polls-is-the-race"),
        pytest.param("Kolt leads Varek in most surveys of the coast.", id="in-most-surveys"),
        pytest.param("Forty dockers took part in the poll on Friday.", id="taking-part-in-a-poll"),
        pytest.param("Forty dockers voted in the poll on Friday.", id="voting-in-a-poll"),
    ],
)
def test_polls_in_general_are_no_source(text: str, extract: Extract) -> None:
    assert not [s for s in extract(text) if s.cue is not None and s.cue.lower() == "in"]


def test_a_named_poll_does_not_take_over_the_people_it_asked(extract: Extract) -> None:
    statements = extract("Some 20 percent of dockers in a recent Herald poll said they would strike.")
    assert [(s.speaker, s.cue) for s in statements] == [
        ("Some 20 percent of dockers in a recent Herald poll", "said")
    ]


def test_a_participle_before_a_closing_attribution_is_not_what_was_said(extract: Extract) -> None:
    statements = extract("Asked about the strike, the mayor said.")
    assert not [s for s in statements if "Asked" in s.quote], describe(statements)


def test_a_modal_verb_of_saying_reports_nothing(extract: Extract) -> None:
    statements = extract("I should say that my father began his studies at 16.")
    assert not [s for s in statements if s.cue is not None and "say" in s.cue], describe(statements)


def test_a_title_the_parser_takes_for_a_clause_is_not_content(extract: Extract) -> None:
    text = "Rovers striker Kofi Asante-Mbeki, who scored twice, said the win was for the fans."
    statements = extract(text)
    assert [s.quote for s in statements] == ["the win was for the fans"], describe(statements)


def test_content_before_the_speaker_is_still_content(extract: Extract) -> None:
    statements = extract("The talks failed, Varek said.")
    assert [(s.speaker, s.quote) for s in statements] == [("Varek", "The talks failed")], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Varek said nothing when the minister arrived at the harbour.",
        "Tovek told the crowd to wait because the buses were late.",
        "Varek recalled sitting in on focus groups when he worked for the council in 2012.",
        "The union reported raising and spending about 9 million crowns during the month, most of it money "
        "it borrowed from its members.",
    ],
)
def test_an_adverbial_clause_after_a_verb_of_saying_is_not_what_was_said(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert not [
        s
        for s in statements
        if s.quote.startswith(("the minister arrived", "the buses", "he worked", "most"))
    ]


def test_all_told_is_no_one_speaking(extract: Extract) -> None:
    statements = extract("All told, the dockers’ union raised 4 million crowns for the strike fund in June.")
    assert not [s for s in statements if s.speaker == "All"]


@pytest.mark.xfail(
    strict=True,
    reason="the parser hangs 'to avoid …' on the venue noun ('a briefing to avoid'); the content stops at "
    "'residents'",
)
def test_called_on_someone_during_a_briefing_to_act(extract: Extract) -> None:
    statements = extract(
        "Mayor Ada Brink called on residents during a briefing to avoid unnecessary journeys."
    )
    assert any("avoid unnecessary journeys" in s.quote for s in statements), describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "King Faisal, in a message to President Rahbari, expressed his hope that stability would be restored.",
        "The minister voiced her fear that the talks would fail.",
    ],
)
def test_a_noun_of_saying_inside_the_verb_s_cue_is_no_second_statement(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert len(statements) == 1, describe(statements)


# "It was stated that …": reported, by no one the text names; returned with no speaker, never a guess.
IMPERSONAL = [
    Case(
        "it-was-stated-that",
        "It was stated at the meeting that foreign-backed groups would face “decisive action”.",
        "that foreign-backed groups would face “decisive action",
        speaker=None,
        speaker_name=None,
        cue="was stated",
        venue="at the meeting",
    ),
    Case(
        "it-was-announced-on-a-day-that",
        "It was announced on Monday that the border crossing at Qasrin would reopen.",
        "that the border crossing at Qasrin would reopen",
        speaker=None,
        cue="was announced",
        said_on=iso("2026-03-09"),
        date="2026-03-10",
    ),
    # red team 179 (session 42): the verbs state agencies report a meeting with
    Case(
        "it-was-affirmed-that",
        "It was affirmed that the law would be applied to all without exception.",
        "that the law would be applied to all without exception",
        speaker=None,
        cue="was affirmed",
    ),
    Case(
        "it-was-emphasised-during-the-meeting-that",
        "It was emphasised during the meeting that the border would stay closed.",
        "that the border would stay closed",
        speaker=None,
        cue="was emphasised",
        venue="during the meeting",
    ),
    Case(
        "it-was-pointed-out-that",
        "It was pointed out that the talks had produced no date.",
        "that the talks had produced no date",
        speaker=None,
        cue="was pointed out",
    ),
    # review 3 of session 42: South Asian state-agency English, a meeting informed
    Case(
        "it-was-informed-in-the-meeting-that",
        "It was informed in the meeting that the canal would be closed for repairs.",
        "that the canal would be closed for repairs",
        speaker=None,
        cue="was informed",
    ),
    # review 6 of session 42: an announcement inside another clause
    Case(
        "angered-that-it-was-announced-that",
        "Fans were angered that it was announced that ticket prices would rise.",
        "that ticket prices would rise",
        speaker=None,
        cue="was announced",
    ),
    Case(
        "the-meeting-was-informed-that",
        "The meeting was informed that the canal would be closed for repairs.",
        "that the canal would be closed for repairs",
        speaker=None,
        cue="was informed",
    ),
    # A court or a jury hears evidence; who gave it, the sentence does not say.
    Case(
        "the-jury-heard-that",
        "The jury heard that Mallinson had threatened to burn the shed.",
        "that Mallinson had threatened to burn the shed",
        speaker=None,
        cue="heard",
    ),
    Case(
        "the-jury-was-told-that",
        "The jury was told that Hale had searched online for poisons.",
        "that Hale had searched online for poisons",
        speaker=None,
        cue="was told",
    ),
    Case(
        "jurors-were-told",
        "Jurors were told the victim had been stabbed twice.",
        "the victim had been stabbed twice",
        speaker=None,
        cue="were told",
    ),
    Case(
        "a-court-was-told-on-a-day",
        "Southwark Magistrates' Court was told on Tuesday that the van had no insurance.",
        "that the van had no insurance",
        speaker=None,
        said_on=iso("2026-03-03"),
        date="2026-03-06",
    ),
    # the opening line of a court report
    Case(
        "a-court-has-heard",
        "A former care home manager stole more than £90,000 from elderly residents, a jury has heard.",
        "A former care home manager stole more than £90,000 from elderly residents",
        speaker=None,
        cue="has heard",
    ),
    Case(
        "a-tribunal-heard",
        "A teacher hit a pupil with a ruler, a tribunal heard.",
        "A teacher hit a pupil with a ruler",
        speaker=None,
        cue="heard",
    ),
    Case(
        "headline-court-hears",
        "Councillor 'threatened to burn down neighbour's shed', court hears",
        "threatened to burn down",
        speaker=None,
        cue="hears",
    ),
    # a headline's passive: the court was the speaker (red team 59)
    Case(
        "headline-court-told-of",
        "Court told of 'reign of terror' at care home",
        "reign of terror",
        speaker=None,
        cue="told",
    ),
    Case(
        "headline-inquiry-told",
        "Inquiry told minister 'ignored warnings'",
        "ignored warnings",
        speaker=None,
        cue="told",
    ),
]


@pytest.mark.parametrize("case", params(IMPERSONAL))
def test_an_impersonal_passive_reports_without_a_speaker(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize(
    "text",
    [
        "It should be noted that two of the researchers were hired in August.",
        "It is believed that the border will reopen.",
        "The plan was announced in March.",
    ],
)
def test_the_reporter_s_own_aside_is_no_impersonal_statement(text: str, extract: Extract) -> None:
    assert extract(text) == [], describe(extract(text))


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "quote"),
    [
        # a barrister's verb, an economist's: too rare in PolNeAR to be learned
        (
            "Sanjay Mehta KC, for the appellant, submitted that the judge had misdirected the jury.",
            "Sanjay Mehta KC, for the appellant",
            "submitted",
            "that the judge had misdirected the jury",
        ),
        (
            "Kofi Boateng, an economist, forecast last week that the cedi would weaken.",
            "Kofi Boateng, an economist",
            "forecast",
            "that the cedi would weaken",
        ),
        # "forecast" after a name, read as one noun with it: the sentence has no other verb
        (
            "ABARES forecast on Tuesday that wheat output would fall by a fifth.",
            "ABARES",
            "forecast",
            "that wheat output would fall by a fifth",
        ),
        ("The IMF forecast that growth would slow.", "The IMF", "forecast", "that growth would slow"),
        (
            "Capital Economics forecast on Monday that prices would rise.",
            "Capital Economics",
            "forecast",
            "that prices would rise",
        ),
        # a document's verb the parser read as a noun, or a closing one the classifier doubted
        (
            "The charge sheet states that Mr Lowry was found with a knife.",
            "The charge sheet",
            "states",
            "that Mr Lowry was found with a knife",
        ),
        (
            "Halvorsen “repeatedly and knowingly” misled investors, the complaint states.",
            "the complaint",
            "states",
            "Halvorsen “repeatedly and knowingly” misled investors",
        ),
        (
            "Halvorsen misled investors, the lawsuit alleges.",
            "the lawsuit",
            "alleges",
            "Halvorsen misled investors",
        ),
    ],
)
def test_legal_and_forecasting_verbs_report_a_claim(
    text: str, speaker: str, cue: str, quote: str, extract: Extract
) -> None:
    statements = extract(text)
    assert [(s.speaker, s.cue, s.quote) for s in statements] == [(speaker, cue, quote)], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Its forecast that growth would slow proved wrong.",
        "The IMF forecast of 3% growth.",
        "Weather forecast: rain would fall all day.",
        # review 2 of session 42: a season's or a month's forecast, one a relative clause describes
        "Spring forecast that growth will stall.",
        "A January forecast that was shared with ministers.",
        "The Treasury forecast that was published in March.",
    ],
)
def test_a_forecast_noun_with_a_verb_or_no_clause_is_no_forecaster(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert not statements, describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # red team 180 (session 42): South Asian copy's naming verb, quoted or not
        (
            "Opposition leader Rana Asif Mehmood termed the budget “anti-people”.",
            "Opposition leader Rana Asif Mehmood",
            "the budget “anti-people”",
        ),
        ("Nisar Warraich termed the sit-in “a drama”.", "Nisar Warraich", "the sit-in “a drama”"),
        ("The minister termed the strike illegal.", "The minister", "the strike illegal"),
    ],
)
def test_termed_names_as_called_does(text: str, speaker: str, quote: str, extract: Extract) -> None:
    statements = extract(text)
    assert [(s.speaker, s.cue, s.quote) for s in statements] == [(speaker, "termed", quote)], describe(
        statements
    )


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # review 1 of session 42: what people remember, beside the recalls that are no one's words
        ("She recalled a story from her childhood.", "She", "a story from her childhood"),
        ("Kerr recalled the night over dinner with friends.", "Kerr", "the night over dinner with friends"),
        (
            "The survivor recalled the flames and the screaming.",
            "The survivor",
            "the flames and the screaming",
        ),
        (
            "Old friends recalled the two years they spent in Paris.",
            "Old friends",
            "the two years they spent in Paris",
        ),
        (
            "The officer recalled two occasions when the suspect threatened her.",
            "The officer",
            "two occasions",
        ),
        (
            "Mr Lind recalled his first meeting with the president.",
            "Mr Lind",
            "his first meeting with the president",
        ),
        # review 2 of session 42: a body remembering an event; a panic over fears
        (
            "Liverpool recalled the Hillsborough disaster at a memorial service.",
            "Liverpool",
            "the Hillsborough disaster",
        ),
        (
            "Amnesty International recalled the massacre of 2019.",
            "Amnesty International",
            "the massacre of 2019",
        ),
        (
            "Kerr recalled the panic over fears of a bank run in 2008.",
            "Kerr",
            "the panic over fears of a bank run in 2008",
        ),
        pytest.param(
            "Colleagues recalled the late ambassador as a gifted linguist.",
            "Colleagues",
            "the late ambassador as a gifted linguist",
            marks=pytest.mark.xfail(
                strict=True, reason="an envoy remembered as someone still reads as an envoy recalled"
            ),
        ),
    ],
)
def test_a_recollection_is_a_statement(text: str, speaker: str, quote: str, extract: Extract) -> None:
    statements = extract(text)
    assert [(s.speaker, s.quote) for s in statements] == [(speaker, quote)], describe(statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks will resume, Petrov was quoted as saying.",
            [("Petrov", "was quoted as saying", "Talks will resume")],
        ),
        (
            "The protesters were paid agents of foreign powers, Interior Minister Sami Rahal was quoted as "
            "saying by the official KNA agency.",
            [
                (
                    "Interior Minister Sami Rahal",
                    "was quoted as saying",
                    "The protesters were paid agents of foreign powers",
                ),
                ("the official KNA agency", "quoted", "The protesters were paid agents of foreign powers"),
            ],
        ),
        (
            "Ivan Petrov is quoted as having said that the deal was dead.",
            [("Ivan Petrov", "is quoted as having said", "that the deal was dead")],
        ),
        # the active form is the agency's report, as before (review 6 of session 42)
        (
            "Talks will resume, Severnaya quoted Petrov as saying.",
            [("Severnaya", "quoted", "Talks will resume")],
        ),
        # the sentence goes on after the attribution: not a closing one
        ("Talks will resume, Petrov was quoted as saying, but few believe it.", []),
        ("Talks will resume, Petrov was not quoted as saying.", []),  # review 2 of session 43
    ],
)
def test_what_someone_was_quoted_as_saying_before_it_is_theirs(
    text: str, expected: list[tuple[str, str, str]], extract: Extract
) -> None:
    statements = extract(text)
    assert [(s.speaker, s.cue, s.quote) for s in statements] == expected, describe(statements)


def test_submitting_a_document_says_nothing(extract: Extract) -> None:
    assert extract("The team submitted its report on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "She learned her lines in a week.",  # red team 48: learning reports a clause, not an object
        "The ministers concluded their talks in Port Selene.",
        "The two leaders concluded their summit in Port Selene on Friday.",
    ],
)
def test_concluding_a_meeting_or_learning_a_part_says_nothing(text: str, extract: Extract) -> None:
    """Red team 42: a meeting ended; nothing was concluded from it."""
    assert extract(text) == []


# Two sources joined by a semicolon, as crowd figures and death tolls are given.
SEMICOLON_CASES = [
    Case(
        "police-then-organisers-first",
        "Police said 8,000 people marched; organisers said 30,000 took part.",
        "8,000 people marched",
        not_also=("30,000",),
        speaker="Police",
        cue="said",
    ),
    Case(
        "police-then-organisers-second",
        "Police said 8,000 people marched; organisers said 30,000 took part.",
        "30,000 took part",
        not_also=("Police", "8,000"),
        speaker="organisers",
        cue="said",
    ),
    Case(
        "ministry-then-opposition",
        "The ministry said 12 people died; the opposition said the toll was 40.",
        "the toll was 40",
        not_also=("12 people",),
        speaker="the opposition",
    ),
    Case(
        "estimated-then-said",
        "Police estimated the crowd at 8,000; organisers said more than 30,000 people took part.",
        "more than 30,000 people took part",
        not_also=("Police",),
        speaker="organisers",
    ),
    Case(
        "blamed-then-said",
        "Civic Dawn blamed a cyberattack; the government said the site had simply crashed.",
        "the site had simply crashed",
        not_also=("cyberattack",),
        speaker="the government",
    ),
    # The present tense of a foreign outlet setting two sides against each other.
    Case(
        "police-say-then-organisers-say",
        "Police say 8,000 marched; organisers say 30,000 took part.",
        "30,000 took part",
        not_also=("Police", "8,000"),
        speaker="organisers",
        cue="say",
    ),
    Case(
        "government-says-then-opposition-says",
        "Tazmir's government says the detainees are “terrorists”; the opposition says they are students.",
        "they are students",
        not_also=("terrorists",),
        speaker="the opposition",
        kind="indirect",
    ),
]


@pytest.mark.parametrize("case", params(SEMICOLON_CASES))
def test_two_sources_joined_by_a_semicolon_each_keep_their_words(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Varek has denied claims that he ordered the arrests.",
            "Varek",
            "claims that he ordered the arrests",
            id="has-denied-claims-that",
        ),
        pytest.param(
            "Police have denied reports that water cannon were used on Liberty Square.",
            "Police",
            "reports that water cannon were used on Liberty Square",
            id="have-denied-reports-that",
        ),
        pytest.param(
            "The ministry has rejected allegations that detainees were beaten.",
            "The ministry",
            "allegations that detainees were beaten",
            id="has-rejected-allegations-that",
        ),
    ],
)
def test_denying_a_claim_is_a_statement_in_the_perfect_too(
    text: str, speaker: str, quote: str, extract: Extract
) -> None:
    statements = extract(text)
    assert [(s.speaker, s.quote) for s in statements] == [(speaker, quote)], describe(statements)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # red team 179 (session 42): the foreign wire's two sides, the second verb in the present
        ("They deny this and say they are peaceful.", "they are peaceful"),
        ("The rebels deny the charge and say they were never in the town.", "they were never in the town"),
        # review 3 of session 42: an aside between the subject and the verbs
        ("Many residents, however, deny this and say they were never warned.", "they were never warned"),
        # (an auxiliary both verbs share keeps the base form: a saying still to come)
        ("They will deny this and say nothing more.", None),
    ],
)
def test_a_second_verb_in_the_present_reports_what_it_says(
    text: str, said: str | None, extract: Extract
) -> None:
    statements = extract(text)
    says = [s.quote for s in statements if s.cue in ("say", "will say")]
    assert says == ([said] if said else []), describe(statements)


# The fact-checker's phrasing: a claim made without evidence.
WITHOUT_EVIDENCE_CASES = [
    Case(
        "claimed-without-evidence-that",
        "Senator Ada Rusk claimed without evidence that the election was stolen.",
        "the election was stolen",
        speaker="Senator Ada Rusk",
        cue="claimed",
    ),
    Case(
        "has-claimed-without-any-evidence-that",
        "Senator Ada Rusk has claimed without any evidence that the election was stolen.",
        "the election was stolen",
        speaker="Senator Ada Rusk",
    ),
    Case(
        "said-without-proof-that",
        "The minister said without proof that the strikers were paid by foreign agents.",
        "the strikers were paid by foreign agents",
        speaker="The minister",
        cue="said",
    ),
    Case(
        "claimed-comma-without-evidence-comma",
        "Senator Ada Rusk claimed, without evidence, the election was stolen.",
        "the election was stolen",
        speaker="Senator Ada Rusk",
        cue="claimed",
    ),
    Case(
        "a-reported-clause-with-its-own-object-stays-reported",
        "Social media has added another link to the misinformation chain, she noted.",
        "Social media has added another link",
        speaker="she",
        cue="noted",
    ),
]


@pytest.mark.parametrize("case", params(WITHOUT_EVIDENCE_CASES))
def test_a_claim_made_without_evidence(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


# "“…,” X said, the agency reported": the quotation is X's, and the agency relays X's attribution.
RELAYED_QUOTATIONS = [
    ("by-an-agency-read-as-an-aside", "“We will win,” Toldek said, KARNA reported.", "KARNA"),
    ("by-an-agency-on-a-day", "“We will win,” Toldek said, KARNA reported on Friday.", "KARNA"),
    (
        "by-a-broadcaster-after-a-sentence",
        "The opposition was silent. “We will win,” Toldek told worshippers, the broadcaster said.",
        None,
    ),
]


# A citation hop: an outlet reports what someone said, the report's verb after the statement.
HOP_CASES = [
    # An agency's closing attribution over a stance whose object quotes: both speakers are kept.
    Case(
        "the-agency-added-over-a-stance-with-a-quoted-object",
        "The President underlined the need for “unity in the face of foreign plots,” the agency added.",
        "the need for “unity in the face of foreign plots",
        speaker="The President",
        cue="underlined",
        kind=MIXED,
    ),
    # The closing attribution of state agencies' leads: what comes before it is what was said.
    Case(
        "closing-reported-with-a-day-and-a-source-after-a-plan",
        "Hexford Capital plans to cut 800 jobs, the Brennock Ledger reported on Friday, citing an internal memo.",
        "Hexford Capital plans to cut 800 jobs",
        speaker_name="Brennock Ledger",
        cue="reported",
    ),
    Case(
        "closing-told-reporters-after-a-verb-of-thinking",
        "The Kremlin considers the claims untrue, press secretary Dmitry Averin told reporters.",
        "The Kremlin considers the claims untrue",
        speaker_name="Dmitry Averin",
        cue="told",
    ),
    Case(
        "closing-told-reporters-with-a-lower-case-role",
        "The opposition is a tool of foreign powers, deputy foreign minister Ivan Petrov told reporters.",
        "The opposition is a tool of foreign powers",
        speaker_name="Ivan Petrov",
        cue="told",
    ),
    # A name set off after the opening phrase, then an aside: the name is the subject.
    Case(
        "name-after-an-opening-adverb-and-before-an-aside",
        "Earlier, Reshetova, in an interview with the newspaper Der Morgen, stated that more than 400 "
        "people had been detained.",
        "more than 400 people had been detained",
        speaker="Reshetova",
        cue="stated",
    ),
    Case(
        "name-after-an-opening-date-and-before-a-participle",
        "On Monday, Reshetova, speaking to Der Morgen, said that more than 400 people had been detained.",
        "more than 400 people had been detained",
        speaker="Reshetova",
        cue="said",
    ),
    Case(
        "closing-present-tense-verb-the-tagger-takes-for-a-noun",
        "The President held a meeting on issues of public security, the press service of the head of "
        "state reports.",
        "The President held a meeting on issues of public security",
        speaker="the press service of the head of state",
        cue="reports",
    ),
    Case(
        "closing-told-journalists-on-a-day",
        "The opposition is a tool of foreign powers, deputy foreign minister Anna Petrova told journalists "
        "on Monday.",
        "The opposition is a tool of foreign powers",
        speaker_name="Anna Petrova",
        cue="told",
    ),
    Case(
        "agency-reports-a-statement",
        "Lutsk said talks were possible, the state news agency VorPress reported on Wednesday.",
        "Lutsk said talks were possible",
        speaker="the state news agency VorPress",
        cue="reported",
        date="2026-03-10",
        said_on=iso("2026-03-04"),
    ),
    Case(
        "the-statement-the-agency-reports",
        "Lutsk said talks were possible, the state news agency VorPress reported on Wednesday.",
        "talks were possible",
        not_also=("VorPress",),
        speaker="Lutsk",
        cue="said",
        date="2026-03-10",
        said_on=None,
    ),
    # a verb whose content is its object, then the agency's (red team 57): the agency's words were
    # read as what the cleric called for, and the agency's statement lost
    Case(
        "called-for-then-the-agency-reported",
        "Imam Hamza Toure called for calm after the clashes, the Sahel Press Agency reported.",
        "calm",
        not_also=("Agency",),
        speaker_name="Hamza Toure",
        cue="called for",
    ),
    Case(
        "the-agency-reports-what-was-called-for",
        "Imam Hamza Toure called for calm after the clashes, the Sahel Press Agency reported.",
        "Imam Hamza Toure called for calm after the clashes",
        speaker_name="Sahel Press Agency",
        cue="reported",
    ),
    Case(
        "warned-against-then-the-agency-said",
        "Sheikh Omar Bello warned against revenge attacks, the state news agency said.",
        "revenge attacks",
        not_also=("agency",),
        speaker_name="Omar Bello",
    ),
    # a quotation's attribution, then the outlet that relays it (red team 128): both hops
    *(
        Case(
            f"the-quotation-relayed-{slug}", text, "We will win", not_also=("Toldek",), speaker_name="Toldek"
        )
        for slug, text, _ in RELAYED_QUOTATIONS
    ),
    *(
        Case(f"the-relay-of-a-quotation-{slug}", text, "“We will win,” Toldek", speaker_name=outlet)
        for slug, text, outlet in RELAYED_QUOTATIONS
    ),
    Case(
        "agency-reports-a-mixed-statement",
        "Lutsk said talks are “possible,” the state news agency VorPress reported.",
        "talks are “possible",
        not_also=("VorPress",),
        speaker="Lutsk",
    ),
    Case(
        "an-agency-which-quoted-him",
        "Finance Minister Rikard Holm's remarks were carried by the agency KNB, which quoted him as "
        "saying the bank had enough reserves.",
        "him as saying the bank had enough reserves",
        speaker="which",
        speaker_name="KNB",
        cue="quoted",
    ),
    # the outlet first: what it reported someone said is that person's statement too
    Case(
        "the-statement-an-agency-reported-first",
        "The agency VorPress reported that Interior Minister Ivan Lutsk said talks were possible.",
        "talks were possible",
        not_also=("VorPress",),
        speaker="Interior Minister Ivan Lutsk",
        speaker_name="Ivan Lutsk",
        cue="said",
    ),
    Case(
        "the-statement-a-paper-reported-first",
        "The Dravin Observer reported that the mayor said the port would close.",
        "the port would close",
        speaker="the mayor",
        cue="said",
    ),
    Case(
        "it-quoted-him-as-saying",
        "The state news agency Dornpress reported on Monday that President Aurel Stanek had addressed the "
        "army. It quoted him as saying that a hybrid war had begun.",
        "him as saying that a hybrid war had begun",
        speaker="It",
        speaker_name="Dornpress",
        cue="quoted",
    ),
    Case(
        "a-role-and-name-after-an-opening-time-read-as-the-root",
        "Hours later, the actress Marnie Quill posted on Instagram that she was “heartbroken but not surprised”.",
        "that she was “heartbroken but not surprised”",
        speaker_name="Marnie Quill",
        cue="posted",
    ),
    # a clause without "that" after whom or where it was told (red teams 144, 145)
    Case(
        "told-officers-a-clause-without-that",
        "Ms Vale told officers she had been punched in the face.",
        "she had been punched in the face",
        cue="told",
    ),
    Case(
        "said-in-an-email-a-clause-without-that",
        "Kroll said in an email the reef was recovering.",
        "the reef was recovering",
        cue="said",
        venue="in an email",
    ),
    Case(
        "it-found-that-after-a-body-s-review",
        "The National Audit Office reviewed 19 projects. It found that 11 were over budget.",
        "that 11 were over budget",
        speaker="It",
        speaker_name="National Audit Office",
        cue="found",
    ),
    Case(
        "a-paper-citing-an-agency-reports-what-a-minister-had-told",
        "Narodni Glas, citing Dornpress, reported that Interior Minister Radko Ziller had told police "
        "commanders that “there will be no second Maidan in Velsk”.",
        "there will be no second Maidan",
        speaker_name="Radko Ziller",
        cue="had told",
    ),
    Case(
        "a-monitoring-service-says-what-the-president-had-told",
        "The BBC Monitoring service, citing Dornpress, said President Aurel Stanek had told army "
        "commanders that “the enemy is already inside the gates”.",
        "the enemy is already inside the gates",
        speaker_name="Aurel Stanek",
        cue="had told",
    ),
    Case(
        "a-paper-reports-what-a-minister-had-told-without-quotation-marks",
        "Narodni Glas reported that Interior Minister Radko Ziller had told police commanders that there "
        "would be no second Maidan in Velsk.",
        "there would be no second Maidan",
        speaker_name="Radko Ziller",
        cue="had told",
    ),
    Case(
        "television-reports-a-statement",
        "The minister said the border would reopen, state television reported.",
        "the border would reopen",
        not_also=("television",),
        speaker="The minister",
    ),
]


@pytest.mark.parametrize("case", params(HOP_CASES))
def test_an_outlet_reporting_a_statement_and_the_statement_are_both_kept(
    case: Case, extract: Extract
) -> None:
    assert_case(extract(case.text, case.date), case)


def test_what_respondents_said_inside_a_survey_s_finding(extract: Extract) -> None:
    """ "The survey found that 48 percent of respondents said …": the finding and, inside it, what
    the respondents said."""
    statements = extract("The survey found that 48 percent of respondents said the minister should resign.")
    found = {(s.speaker, s.cue) for s in statements}
    assert {("The survey", "found"), ("48 percent of respondents", "said")} <= found, describe(statements)


# Heard, filmed or shown saying it: the one heard or shown speaks, not the recording or the device.
HEARD_SAYING_CASES = [
    # The parser made the person the object of "showed", or "writing" a noun the name modifies.
    Case(
        "a-screenshot-showed-her-writing-a-quotation",
        "A screenshot of the message, seen by the Orvik Ledger, showed Solvang writing: “They cannot "
        "arrest all of us.”",
        "They cannot arrest all of us.",
        speaker_name="Solvang",
        cue="writing",
        kind="direct",
    ),
    Case(
        "a-screenshot-showed-him-writing-that",
        "A screenshot showed Varek writing that the police should be harsher.",
        "that the police should be harsher",
        speaker_name="Varek",
        cue="writing",
    ),
    Case(
        "a-video-showed-the-president-saying",
        "A video posted online showed President Varek saying that the army was ready.",
        "that the army was ready",
        speaker_name="Varek",
        cue="saying",
    ),
    Case(
        "a-transcript-showed-him-saying",
        "A transcript released by the presidency showed President Aurel Stanek saying that foreign "
        "embassies had met opposition figures.",
        "that foreign embassies had met opposition figures",
        speaker_name="Aurel Stanek",
        cue="saying",
    ),
    Case(
        "a-video-showed-him-telling",
        "A video posted by the ministry showed Interior Minister Radko Ziller telling officers that "
        "“there will be no second Maidan”.",
        "that “there will be no second Maidan",
        speaker_name="Radko Ziller",
        cue="telling",
        kind=MIXED,
    ),
    Case(
        "footage-showed-him-telling-worshippers-in-straight-quotes",
        'Footage aired by Tessar One showed Ayatollah Hamid Sedri telling worshippers: "The enemies of '
        'the nation will fail."',
        "The enemies of the nation will fail.",
        speaker_name="Hamid Sedri",
        cue="telling",
        kind="direct",
    ),
    Case(
        "a-paper-had-him-saying",
        "By Tuesday the Ankara daily Yeni Sabah had President Aurel Stanek saying that Western embassies "
        "were “running the protests”.",
        "that Western embassies were “running the protests",
        speaker_name="Aurel Stanek",
        cue="saying",
        kind=MIXED,
    ),
    Case(
        "can-be-heard-saying",
        "In the recording, President Aurel Stanek can be heard saying that the embassies had met "
        "opposition figures.",
        "that the embassies had met opposition figures",
        speaker_name="Aurel Stanek",
        cue="saying",
    ),
    Case(
        "was-recorded-as-saying",
        "President Aurel Stanek was recorded as saying that the embassies had met opposition figures.",
        "that the embassies had met opposition figures",
        speaker_name="Aurel Stanek",
        cue="was recorded as saying",
    ),
    Case(
        "heard-on-a-microphone-telling",
        "Mayor Lidia Farrow was heard on a microphone telling her deputy to cancel the parade.",
        "to cancel the parade",
        speaker="Mayor Lidia Farrow",
        cue="telling",
    ),
    Case(
        "was-filmed-telling",
        "The mayor was filmed telling aides that the vote had been rigged.",
        "that the vote had been rigged",
        speaker="The mayor",
        cue="telling",
    ),
]


@pytest.mark.parametrize("case", params(HEARD_SAYING_CASES))
def test_the_one_heard_or_shown_saying_it_is_the_speaker(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


def test_someone_heard_phoning_friends_is_not_heard_saying_anything(extract: Extract) -> None:
    statements = extract("Dockers could be heard calling friends on their phones to say the ship had docked.")
    assert not [s for s in statements if s.cue == "calling"], describe(statements)


# A fronted clause of time with a verb of saying reports its own that-clause, not the main clause.
FRONTED_CLAUSE_CASES = [
    Case(
        "after-a-minister-said-that",
        "After President Aurel Stanek said that the West wanted another Kosar, the opposition called a rally.",
        "that the West wanted another Kosar",
        not_also=("rally", "opposition"),
        speaker_name="Aurel Stanek",
        cue="said",
    ),
    Case(
        "after-a-surname-said-that",
        "After Stanek said that the West wanted another Kosar, the opposition called a rally.",
        "that the West wanted another Kosar",
        not_also=("rally",),
        speaker="Stanek",
        cue="said",
    ),
    Case(
        "when-the-president-told-a-body-that",
        "When President Aurel Stanek told the Security Council on Monday that the West “wants another "
        "Kosar”, the remark was carried within minutes by Dornpress.",
        "that the West “wants another Kosar",
        not_also=("Security Council", "remark"),
        speaker_name="Aurel Stanek",
        cue="told",
    ),
]


@pytest.mark.parametrize("case", params(FRONTED_CLAUSE_CASES))
def test_a_fronted_clause_of_saying_reports_its_own_clause(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


def test_officials_on_a_day_repeating_a_claim_are_the_speakers_not_the_claimant_s_modifier(
    extract: Extract,
) -> None:
    """ "Senior officials on Wednesday repeated …": the parser read "repeated" as a modifier of the
    name after it, and the speaker phrase took in the day and the verb."""
    statements = extract(
        "Senior officials on Wednesday repeated President Aurel Stanek's claim that the protests were "
        "financed from abroad.",
        "2026-11-20",
    )
    found = {(s.speaker, s.cue) for s in statements}
    assert ("Senior officials", "repeated") in found, describe(statements)
    assert ("President Aurel Stanek's", "claim") in found, describe(statements)
    officials = next(s for s in statements if s.speaker == "Senior officials")
    assert officials.said_on == iso("2026-11-18"), describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A court sentenced activist Tamsin Vorel to nine years in prison for “undermining state "
            "security”, a verdict her lawyers said they would appeal.",
            id="after-a-quoted-charge",
        ),
        pytest.param(
            "A court on Wednesday sentenced activist Tamsin Vorel to nine years in prison on charges of "
            "“undermining state security”, a verdict her lawyers said they would appeal.",
            id="the-parser-reads-the-sentence-as-a-clause-of-said",
        ),
    ],
)
def test_a_noun_naming_the_sentence_before_is_not_what_the_speakers_said(text: str, extract: Extract) -> None:
    """ "…, a verdict her lawyers said they would appeal": the lawyers said they would appeal; the
    court's sentence, and the charge it quotes, are the reporter's account."""
    statements = extract(text)
    assert [(s.speaker, s.quote) for s in statements] == [("her lawyers", "they would appeal")], describe(
        statements
    )


def test_a_fronted_clause_quoting_a_fragment_is_not_what_the_main_verb_reports(extract: Extract) -> None:
    """ "Although Marek admitted …“been friends …,” she claimed they had never met": she claimed
    they had never met; the admission is a statement of its own."""
    statements = extract(
        "Although Marek admitted to the newspaper that she and the envoy had “been friends for some "
        "time,” she claimed they had never met in person."
    )
    found = {(s.cue, s.quote.rstrip(",”")) for s in statements}
    assert ("claimed", "they had never met in person") in found, describe(statements)
    assert ("admitted", "that she and the envoy had “been friends for some time") in found, describe(
        statements
    )


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Interior Minister Bahram Sedighi on Wednesday denied having said that protesters should be shot.",
            "denied",
            id="denied-having-said",
        ),
        pytest.param(
            "Interior Minister Bahram Sedighi denied that he had said protesters should be shot.",
            "denied",
            id="denied-that-he-had-said",
        ),
        pytest.param(
            "Interior Minister Bahram Sedighi rejected claims that he had said protesters should be shot.",
            "rejected",
            id="rejected-claims-that-he-had-said",
        ),
        pytest.param(
            "Interior Minister Bahram Sedighi dismissed reports that he had told police to shoot protesters.",
            "dismissed",
            id="dismissed-reports-that-he-had-told",
        ),
    ],
)
def test_a_denied_saying_is_the_denial_only(text: str, cue: str, extract: Extract) -> None:
    """What a speaker denies having said is never reported as his words: only the denial is."""
    statements = extract(text)
    assert [s.cue for s in statements] == [cue], describe(statements)


def test_a_filler_before_the_attribution_is_not_what_was_said(extract: Extract) -> None:
    """ "Sorry, Varek said." reports "Sorry"; "Well, Varek said." reports nothing."""
    assert extract("The minister paused. Well, Varek said.") == []


def test_a_thing_that_says_a_lot_reports_nothing(extract: Extract) -> None:
    text = (
        "The seven family members have lived in the suburb for three months, and though they speak "
        "barely a word of the language, their smiles said a lot."
    )
    assert extract(text) == [], describe(extract(text))


OWNED_NOUN_AS_SUBJECT_CASES = [
    Case(
        "answer-was-that",
        "The senator’s answer was that “nobody could have predicted this.”",
        quote="nobody could have predicted this",
        speaker="The senator’s",
        cue="answer",
        kind="mixed",
    ),
    Case(
        "assumption-all-along-was-that",
        "His assumption all along was that the talks would “go nowhere.”",
        quote="the talks would",
        speaker="His",
        cue="assumption",
    ),
    Case(
        "named-owner-s-view-was-that",
        "Lena Ostrova’s view was that the plan was dead.",
        quote="the plan was dead",
        speaker_name="Lena Ostrova",
        cue="view",
        kind="indirect",
    ),
]


@pytest.mark.parametrize("case", params(OWNED_NOUN_AS_SUBJECT_CASES))
def test_an_owned_noun_of_saying_whose_clause_follows_is(case: Case, extract: Extract) -> None:
    """As "Trump's claim that …", with the clause after "is/was": "Her answer was that …"."""
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize(
    "text",
    [
        "The answer was that nobody knew.",  # no owner: the reporter's answer
        "Her house was so small that the family slept in one room.",  # not a noun of saying
    ],
)
def test_a_noun_that_is_not_someone_s_saying_reports_nothing(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert not statements, describe(statements)


def test_calling_someone_out_for_something_reports_whom_and_what_for(extract: Extract) -> None:
    statements = extract("Senator Lina Graff called out her rival Tomas Riel for alienating farmers.")
    assert [(s.speaker_name, s.cue, s.quote) for s in statements] == [
        ("Lina Graff", "called out", "her rival Tomas Riel for alienating farmers")
    ], describe(statements)


TOLD_THOSE_WHO_CASES = [
    Case(
        "told-reporters-who-gathered-outside-that",
        "Interior Minister Khalil Barakzai told reporters who gathered outside the ministry that the curfew "
        "would stay.",
        "the curfew would stay",
        speaker_name="Khalil Barakzai",
        cue="told",
    ),
    Case(
        "told-reporters-who-gathered-that-the-agency-reported",
        "Interior Minister Khalil Barakzai told reporters who gathered outside the ministry that the curfew "
        "would stay, the agency reported.",
        "the curfew would stay",
        not_also=("agency",),
        speaker_name="Khalil Barakzai",
        cue="told",
    ),
    Case(
        "warned-women-who-defy-a-code-that",
        "In a sermon at the Imam Reza mosque, Hojatoleslam Mohsen Karimabadi warned women who defy the dress "
        "code that they would “face the law”, the state-run Parvand News Agency reported.",
        "face the law",
        not_also=("Parvand",),
        speaker_name="Mohsen Karimabadi",
        cue="warned",
        venue="sermon",
    ),
]


@pytest.mark.parametrize("case", params(TOLD_THOSE_WHO_CASES))
def test_what_was_told_to_people_a_relative_clause_describes(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


def test_a_clause_the_relative_verb_takes_is_not_what_was_told(extract: Extract) -> None:
    statements = extract(
        "She would have to tell Bharara, who would probably recognize instantly that he was not going to "
        "succeed Eric Holder."
    )
    assert not [s for s in statements if s.cue == "tell"], describe(statements)


COUNT_GIVEN_CASES = [
    Case(
        "ministry-put-the-number-at",
        "The opposition said 40,000 people had marched in Tazmira; the Interior Ministry put the number at "
        "3,000.",
        "the number at 3,000",
        speaker="the Interior Ministry",
        cue="put",
    ),
    Case(
        "organisers-estimated-it-at",
        "Police put the crowd at 3,000, while organisers estimated it at 40,000.",
        "it at 40,000",
        speaker="organisers",
        cue="estimated",
    ),
    # a forecast or an estimate may be of anything, at a figure
    Case(
        "forecast-a-price-at",
        "Corran Bank forecast Brent at $85 a barrel by December.",
        "Brent at $85 a barrel",
        speaker="Corran Bank",
        cue="forecast",
    ),
    Case(
        "estimated-a-value-at",
        "Analysts at Velmar estimated Acme's value at $3bn.",
        "Acme's value at $3bn",
        speaker="Analysts at Velmar",
        cue="estimated",
    ),
    Case(
        "a-toll-put-at-alone-in-its-paragraph",
        "The health ministry put the death toll at 41.",
        "the death toll at 41",
        speaker="The health ministry",
    ),
]


@pytest.mark.parametrize("case", params(COUNT_GIVEN_CASES))
def test_a_count_someone_gives_is_their_statement(case: Case, extract: Extract) -> None:
    """Crowd sizes and tolls are claims with a source: "police put the crowd at 3,000"."""
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize(
    "text",
    ["She put the book on the table at 5 o'clock.", "He put the blame at the door of the ministry."],
)
def test_putting_things_somewhere_counts_nothing(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert not statements, describe(statements)


def test_a_that_clause_after_a_venue_with_its_own_relative_clause_is_still_what_was_said(
    extract: Extract,
) -> None:
    statements = extract("Brenn said in a statement that ran to four pages that the crossing would reopen.")
    assert [(s.speaker, s.quote) for s in statements] == [("Brenn", "that the crossing would reopen")], (
        describe(statements)
    )


@pytest.mark.parametrize(
    ("text", "quote", "name", "said_on"),
    [
        (
            "The Oyo State Government has concluded plans to reconstruct the Iwo Road interchange before the "
            "rainy season. The Commissioner for Works, Engr. Tunde Balogun, disclosed this to journalists "
            "in Ibadan on Thursday.",
            "The Oyo State Government has concluded plans to reconstruct the Iwo Road interchange before the rainy season",
            "Tunde Balogun",
            iso("2026-03-05"),
        ),
        (
            "The port will close in May. Varek disclosed this to journalists.",
            "The port will close in May",
            "Varek",
            None,
        ),
        (
            "The state government will pay the outstanding arrears owed to pensioners before the end of "
            "March. The Head of Service, Alhaja Mulikat Adeyemi-Oke, made this known in a statement.",
            "The state government will pay the outstanding arrears owed to pensioners before the end of March",
            "Mulikat Adeyemi-Oke",
            None,
        ),
        # the sentence before is already reported: the pointer only dates it
        (
            "The Nigerian Ports Authority will no longer tolerate delays in cargo clearance, its Managing "
            "Director, Mr Hassan Bello-Danjuma, has said. Bello-Danjuma stated this on Wednesday while "
            "receiving a delegation of freight forwarders in Lagos.",
            "The Nigerian Ports Authority will no longer tolerate delays in cargo clearance",
            "Hassan Bello-Danjuma",
            iso("2026-03-04"),
        ),
        (
            "Governor Iqbal Khan Tareen said the province would not tolerate any attack on its teachers. He "
            "expressed these views while addressing a ceremony on Thursday.",
            "the province would not tolerate any attack on its teachers",
            None,
            iso("2026-03-05"),
        ),
    ],
)
def test_a_verb_that_points_back_with_this_reports_the_sentence_before(
    text: str, quote: str, name: str | None, said_on: date | None, extract: Extract
) -> None:
    """ "X disclosed this", "made this known", "expressed these views": the claim is the sentence
    before, X's; "this" is no statement of its own."""
    statements = extract(text, "2026-03-06")
    assert not [s for s in statements if s.quote.lower().startswith(("this", "these"))], describe(statements)
    found = [s for s in statements if s.quote == quote and (name is None or s.speaker_name == name)]
    assert [s.said_on for s in found] == [said_on], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "The Senate voted 52-48 Tuesday to confirm Mara Quill as commerce secretary.",
        "Council members voted 7-2 Monday night to approve the budget.",
    ],
)
def test_a_count_of_votes_then_what_was_voted_for_stays_a_statement(text: str, extract: Extract) -> None:
    """ "voted 52-48 Tuesday to confirm …" says what the vote did, as PolNeAR reads "voted to …"; only a
    bare count ("passed 212 to 190") is no statement."""
    statements = extract(text)
    assert [s.cue for s in statements] == ["voted"], describe(statements)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Lawmakers voted 289 to 201 to lift the senator's immunity.", "to lift the senator's immunity"),
        ("The Senate voted 52-48 to confirm Mara Quill.", "to confirm Mara Quill"),
    ],
)
def test_what_was_voted_for_leaves_out_the_count(text: str, quote: str, extract: Extract) -> None:
    """The count was read into what the vote did ("289 to 201 to lift …"; red team 56)."""
    statements = extract(text)
    assert [s.quote for s in statements] == [quote], describe(statements)


@pytest.mark.parametrize(
    ("text", "cue", "quote"),
    [
        # what someone testified or wrote against is a measure, not a side (review)
        ("Residents testified against the landfill.", "testified against", "the landfill"),
        ("Nineteen doctors wrote against the policy in an open letter.", "wrote against", "the policy"),
        # a hearer named in a headline's "told" is told, not telling (review)
        ("Panel told Congress the pipeline was safe", "told", "the pipeline was safe"),
    ],
)
def test_guards_of_the_side_and_headline_rules(text: str, cue: str, quote: str, extract: Extract) -> None:
    statements = extract(text)
    assert [(s.cue, s.quote) for s in statements] == [(cue, quote)], describe(statements)
    assert statements[0].speaker is not None, describe(statements)


def test_a_name_a_witness_gives_is_no_statement(extract: Extract) -> None:
    """ "who identified himself only as Yusuf" was a statement whose words were "himself" (red team 64)."""
    statements = extract("A man who identified himself only as Yusuf said police had fired tear gas.")
    assert [(s.cue, s.speaker_name) for s in statements] == [("said", "Yusuf")], describe(statements)


def test_writing_for_the_majority_is_the_side_not_the_words(extract: Extract) -> None:
    """ "writing for the majority" was a statement whose words were "the majority" (red team 59)."""
    statements = extract(
        "Chief Justice Amara Delacroix, writing for the majority, said the law “cannot stand.”"
    )
    assert [s.cue for s in statements] == ["said"], describe(statements)


def test_people_asked_to_do_something_inside_a_report_do_not_speak(extract: Extract) -> None:
    """ "Workers asked to stay home" is who received the pay, as the company says (red team 73)."""
    statements = extract("Workers asked to stay home received full pay, the company said.")
    assert [(s.speaker, s.quote) for s in statements] == [
        ("the company", "Workers asked to stay home received full pay")
    ], describe(statements)


def test_said_read_as_an_adjective_before_the_reported_subject_still_says(extract: Extract) -> None:
    """ "said average" looked like an adjective and a noun to the parser, and the statement was lost
    (red team 96)."""
    statements = extract(
        "The portal said average asking rents outside the capital rose 2 per cent in February."
    )
    assert [(s.speaker, s.cue, s.quote) for s in statements] == [
        ("The portal", "said", "average asking rents outside the capital rose 2 per cent in February")
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Red team 158: "said … but warned delays would continue" is two statements.
        (
            "Kelso Airport said the problem had been fixed but warned delays would continue.",
            [("said", "the problem had been fixed"), ("warned", "delays would continue")],
        ),
        # The parser hung the second half on "said" itself, after a comma.
        (
            "Mara Quist, the chief executive, said profits were up, but predicted growth would slow next year.",
            [("said", "profits were up"), ("predicted", "growth would slow next year")],
        ),
    ],
)
def test_a_second_verb_of_saying_read_as_an_adjective_says_what_follows(
    extract: Extract, text: str, expected: list[tuple[str, str]]
) -> None:
    statements = extract(text)
    assert [(s.cue, s.quote) for s in statements] == expected, describe(statements)


def test_an_adjective_after_but_is_no_second_verb_of_saying(extract: Extract) -> None:
    """A review of session 39: "but repeated delays had damaged confidence" is what was said."""
    statements = extract(
        "Officials said the new timetable would start in May but repeated delays had damaged confidence."
    )
    assert [s.cue for s in statements] == ["said"], describe(statements)


def test_a_prediction_after_but_is_a_second_statement(extract: Extract) -> None:
    statements = extract("Kelso Airport said the problem had been fixed but predicted delays would continue.")
    assert [(s.cue, s.quote) for s in statements] == [
        ("said", "the problem had been fixed"),
        ("predicted", "delays would continue"),
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the guards of red teams 161-168's acts (session 40): a clause is what was said; a view
        ("Ana Ruiz denied the motion was political.", "the motion was political"),
        (
            "Democrats see Sanders as an agent in Clinton's decline.",
            "Sanders as an agent in Clinton's decline",
        ),
        ("Nora Feld presented the award, saying the winner had earned it.", "the winner had earned it"),
        # a review of session 40
        ("The IMF sees global growth at 3.1 per cent this year.", "global growth"),
        (
            "The manager pointed to the missed penalty as the turning point.",
            "the missed penalty as the turning point",
        ),
        ("Doctors warned of a shortage of flu shots this winter.", "a shortage of flu shots"),
        ("Ruiz cast the vote as a betrayal of the voters.", "the vote as a betrayal of the voters"),
    ],
)
def test_an_act_s_verb_with_what_was_said_still_reports_it(extract: Extract, text: str, quote: str) -> None:
    statements = extract(text)
    assert any(s.quote == quote for s in statements), describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        # red teams 160 and 163 (session 40): the act gave a statement when a quotation followed
        "Nora Feld presented the award. “I admire her,” she said.",
        "Arslan cast his vote in Ankara. “Turkey has made its choice,” he said.",
    ],
)
def test_an_act_before_a_quotation_is_no_statement(extract: Extract, text: str) -> None:
    statements = extract(text)
    assert [s.cue for s in statements] == ["said"], describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # red team 161 (session 40): "have confirmed" closing its sentence was a half-trusted verb
        ("A man was arrested, police have confirmed.", "police", None),
        ("A man was arrested, officers have confirmed.", "officers", None),
        ("Flights were cancelled, the airline has confirmed.", "the airline", None),
        # and a force by an unknown place before a plural verb was read as common nouns
        ("Northshire Police have confirmed that a man has died.", "Northshire Police", "Northshire Police"),
        ("Westmoor Council have said the road will shut.", "Westmoor Council", "Westmoor Council"),
    ],
)
def test_a_force_that_has_confirmed_is_the_speaker(
    extract: Extract, text: str, speaker: str, name: str | None
) -> None:
    statements = extract(text)
    assert [(s.speaker, s.speaker_name) for s in statements] == [(speaker, name)], describe(statements)


def test_what_people_have_noticed_is_not_confirmed(extract: Extract) -> None:
    assert extract("The bridge reopened, drivers have noticed.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a third review of session 40: anonymity someone else may ask for; a board is no banner
        ("Police have asked anyone who wishes to remain anonymous to call Crimestoppers.", "Police"),
        ("Jo Bell emailed the board saying she would step down.", "Jo Bell"),
    ],
)
def test_a_request_or_a_message_with_words_of_a_rule_is_still_said(
    extract: Extract, text: str, speaker: str
) -> None:
    statements = extract(text)
    assert [s.speaker for s in statements] == [speaker], describe(statements)


def test_an_outage_s_reach_is_only_according_to_its_source(extract: Extract) -> None:
    """Red team 169 (session 40): "affected about 3 million users" was the outage's statement."""
    statements = extract("The outage affected about 3 million users, according to Nimbus.")
    assert [s.speaker for s in statements] == ["Nimbus"], describe(statements)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a fourth review of session 40: a verb of saying closing its sentence
        ("The figures were wrong, the minister countered.", "countered"),
        (
            "Hale pointed to the spot where the crash happened as proof that the road was dangerous.",
            "pointed to",
        ),
    ],
)
def test_a_closing_or_pointing_verb_with_what_it_says(extract: Extract, text: str, cue: str) -> None:
    statements = extract(text)
    assert [s.cue for s in statements] == [cue], describe(statements)


def test_resigning_before_a_colon_is_no_verb_of_its_quotation(extract: Extract) -> None:
    """A fourth review of session 40: the colon repair is for verbs of speaking only."""
    statements = extract("The minister resigned on Friday: ‘I have let people down.’")
    assert all(s.cue != "resigned" for s in statements), describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        # red team 165 (session 40): members told in their chamber, as a jury or a committee is
        "MPs were told that the rail link was two years late.",
        "Councillors were told the budget had a £4m gap.",
        # a review of session 40: more members, and chambers
        "MSPs were told that the ferry was late.",
        # a second review of session 41: a party's line to its members is no order to move
        "Labour MPs were told to stay away from picket lines.",
        "Senators were told to stay home if they felt unwell.",
        "Conservative MPs were told to sit on their hands during the vote.",
        "Councillors were told to leave politics out of the planning decision.",
    ],
)
def test_members_told_something_report_it_from_no_one(extract: Extract, text: str) -> None:
    statements = extract(text)
    assert [(s.speaker, s.cue) for s in statements] == [(None, "were told")], describe(statements)


def test_a_chamber_told_something_reports_it_from_no_one(extract: Extract) -> None:
    """A review of session 40: "The Commons was told", as "The committee was told"."""
    statements = extract("The Commons was told that the ferry was late.")
    assert [(s.speaker, s.cue) for s in statements] == [(None, "was told")], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "The WHO declared the outbreak a public health emergency.",
        "The minister declared that the drought was over.",
        # a fourth review of session 41: quoted in straight single marks too
        "The government declared a 'state of siege' in the north.",
        # a second review of session 41: a state declared in words quoted is the declarer's statement
        "Governor Lisa Tran declared a state of emergency “to protect lives and property”.",
        "The mayor declared a curfew “until further notice”.",
        # a third review of session 41: a truce declared over is declared ended
        "Hamas declared the truce over on Sunday.",
    ],
)
def test_a_declaration_of_what_something_is_is_said(extract: Extract, text: str) -> None:
    """Red team 172 (session 41): "declared a drought" is an act; declaring what a thing is, a statement."""
    statements = extract(text)
    assert [(s.cue or "").split()[0] for s in statements] == ["declared"], describe(statements)


def test_a_chamber_told_to_expect_something_is_told_it(extract: Extract) -> None:
    """A ninth review of session 40: "told to expect" informs; only an order ("to disperse") is dropped."""
    statements = extract("The Commons was told to expect a vote next week.")
    assert [s.cue for s in statements] == ["was told"], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        # an eleventh review of session 40: an assembly told something, a parliament told to prepare
        "The Assembly was told that 400 nurses had left the health service since January.",
        "Parliament was told to prepare for a vote on the bill next week.",
        # a thirteenth review: a state assembly told to prepare for cuts is told it (not an order to move)
        "The state assembly was told to prepare for a $2 billion shortfall.",
        "Parliament was told to return to the issue next week.",
        # a first review of session 41: the words of a move used in their other senses
        "The Commons was told to take the threat from cyber attacks seriously.",
        "Parliament was told to take note of the auditor's warning.",
        "The Commons was told to get ready for a long fight over the budget.",
        "The Commons was told to remain vigilant about foreign money.",
        "The Senate was told to stay the course in Varnia.",
        "The Commons was told to wait for the inspector general's report.",
        "Parliament was told to rise to the challenge of the housing crisis.",
        "The Senate was told to head off a crisis in the bond market.",
        "The assembly was told to exit the pension scheme by 2028.",
        "Parliament was told to prepare for the departure of 40,000 nurses from the health service.",
        "The state assembly was told to prepare for the evacuation of 20,000 residents as the river rose.",
        # a third review of session 41: keeping and proceeding in their other senses
        "The Commons was told to keep costs down.",
        "The Lords was told to keep out of party politics.",
        "The Senate was told to proceed to the floor.",
        "The Commons was told to sit through the night.",
        # review 1 of session 43: councils and boards that sit to hear reports (not any council a
        # letter reaches: test_not_statements)
        "The Security Council was told on Tuesday that aid convoys had been blocked.",
        "The Human Rights Council was told that detainees had been tortured.",
        "The Parole Board was told that the prisoner posed a risk.",
        "The health board was told that waiting times had doubled.",
    ],
)
def test_a_chamber_told_something_from_no_one_named(extract: Extract, text: str) -> None:
    statements = extract(text)
    assert [(s.speaker, s.cue) for s in statements] == [(None, "was told")], describe(statements)


GAP_CLOSING_PARTICIPLE = (
    "known gap: a closing participle is cut only for the press, an occasion or a medium from closed "
    "lists; a place, a language or an outlet outside the list stays in the content (review 17 of "
    "session 41: a wrong cut loses words the venue does not keep)"
)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # red team 173 (session 41): a second that-clause joined by "and" is reported too
        (
            'The company said it was "deeply sorry" and that servers would return by Friday.',
            'it was "deeply sorry" and that servers would return by Friday',
        ),
        (
            "He said the vote was close and that he would not resign.",
            "the vote was close and that he would not resign",
        ),
        # red team 175: "reckons", which PolNeAR's news hardly has
        ("Jane Holt reckons prices will fall.", "prices will fall"),
        ("Prices will fall, Jane Holt reckons.", "Prices will fall"),
        # a fourth review of session 41: "and now that" is the reporter's; a participle of someone in
        # the content stays in it
        (
            "Reid said he would stay on, and now that the inquiry is over he faces hard questions.",
            "he would stay on",
        ),
        (
            "Witnesses said they saw the driver just before the crash, talking on his phone.",
            "they saw the driver just before the crash, talking on his phone",
        ),
        ("She said she had been beaten, speaking through an interpreter.", "she had been beaten"),
        # a fifth review of session 41: where else the speaker spoke; what someone in the content did
        ("The minister said the plan would work, speaking at a rally in Leeds.", "the plan would work"),
        ("The minister said the plan would work, speaking to Reuters.", "the plan would work"),
        (
            "Officers said they found the boy in a distressed state, speaking in Arabic.",
            "they found the boy in a distressed state, speaking in Arabic",
        ),
        ("The ministry recalled its position that the islands belong to Kestovia.", None),
        # a sixth review of session 41: what the suspect was doing is what the police said
        (
            "Police said the suspect was last seen outside a pub, talking with two men.",
            "the suspect was last seen outside a pub, talking with two men",
        ),
        (
            "Police said the suspect was last seen outside a pub, speaking in a low voice.",
            "the suspect was last seen outside a pub, speaking in a low voice",
        ),
        ("The sheikh said the army would withdraw, speaking by phone from Kyiv.", "the army would withdraw"),
        # a sixteenth review of session 41: the BBC after a match; a language spoken to people in the content
        (
            "The manager said his side deserved the win, talking to the BBC after the match.",
            "his side deserved the win",
        ),
        (
            "Witnesses said the gunman ordered everyone to the floor, speaking in Arabic to the hostages.",
            "the gunman ordered everyone to the floor, speaking in Arabic to the hostages",
        ),
        # a fifteenth review of session 41: the speaker's language before an audience; a body questioned
        pytest.param(
            "Hamid Karzai said the talks would continue, speaking in English to a crowd of supporters in Kabul.",
            "the talks would continue",
            marks=pytest.mark.xfail(strict=True, reason=GAP_CLOSING_PARTICIPLE),
        ),
        (
            "The lawyer said her client had cooperated fully, speaking with the FBI for several hours.",
            "her client had cooperated fully, speaking with the FBI for several hours",
        ),
        # a fourteenth review of session 41: an outlet and a topic; someone else's language
        ("Kerr said the deal was dead, speaking with CNN about the row.", "the deal was dead"),
        (
            "Witnesses said two men fled the bank, speaking in Arabic as they ran.",
            "two men fled the bank, speaking in Arabic as they ran",
        ),
        # a thirteenth review of session 41: a language the speaker spoke in to an outlet; people in the
        # content spoken with about something
        pytest.param(
            "The minister said the border would stay open, speaking in English to the BBC.",
            "the border would stay open",
            marks=pytest.mark.xfail(strict=True, reason=GAP_CLOSING_PARTICIPLE),
        ),
        (
            "Kerr said the talks had stalled, speaking with the Taliban about a prisoner exchange.",
            "the talks had stalled, speaking with the Taliban about a prisoner exchange",
        ),
        (
            "Kerr said the deal was dead, speaking with IMF negotiators about the bailout.",
            "the deal was dead, speaking with IMF negotiators about the bailout",
        ),
        # red team 182 (session 42): the reporter's comparison with what analysts expected
        (
            "The company said it expects revenue of $1.3 billion, short of analysts' estimates.",
            "it expects revenue of $1.3 billion",
        ),
        (
            "The company said it expects revenue of $1.3 billion, below analysts' estimates of $1.45 billion.",
            "it expects revenue of $1.3 billion",
        ),
        (
            "Helix said quarterly profit rose to $2.1 billion, ahead of Wall Street's expectations.",
            "quarterly profit rose to $2.1 billion",
        ),
        ("Helix said sales would grow, above the market.", "sales would grow, above the market"),
        # review 4 of session 42: a figure per share
        (
            "Helix said it earned 45 cents per share, above analysts' estimates of 41 cents per share.",
            "it earned 45 cents per share",
        ),
        # review 3 of session 42: the comparison inside the content, before the company's reason
        (
            "Larkspur said revenue fell to $1.3 billion, below analysts' estimates, because of weaker demand.",
            "revenue fell to $1.3 billion, below analysts' estimates, because of weaker demand",
        ),
        (
            "Helix said revenue rose to $1.3 billion, above the $1.25 billion analysts had expected.",
            "revenue rose to $1.3 billion",
        ),
        # review 2 of session 42: an outlet followed by how or when; the interview a suspect gave, an
        # outlet's executives
        ("The commander said taxes would not rise, speaking to Reuters by phone.", "taxes would not rise"),
        (
            "The envoy said taxes would not rise, speaking to the BBC while visiting Kyiv.",
            "taxes would not rise",
        ),
        ("The lawyer said taxes would not rise, talking after the verdict.", "taxes would not rise"),
        ("The banker said taxes would not rise, speaking to Bloomberg Television.", "taxes would not rise"),
        ("The minister said taxes would not rise, speaking to the Independent.", "taxes would not rise"),
        ("The minister said taxes would not rise, speaking on the Today programme.", "taxes would not rise"),
        ("The minister said taxes would not rise, speaking in the Commons.", "taxes would not rise"),
        ("The manager said taxes would not rise, speaking after Sunday's defeat.", "taxes would not rise"),
        ("The minister said taxes would not rise, speaking to Channel 4.", "taxes would not rise"),
        (
            "The minister said taxes would not rise, speaking in a video posted on Telegram.",
            "taxes would not rise",
        ),
        (
            "The minister said taxes would not rise, speaking to the Guardian ahead of the summit.",
            "taxes would not rise",
        ),
        (
            "Prosecutors said Hale denied being at the scene, speaking in a police interview.",
            "Hale denied being at the scene, speaking in a police interview",
        ),
        (
            "Sources said the prince was overheard, speaking to media executives at a party.",
            "the prince was overheard, speaking to media executives at a party",
        ),
        # review 1 of session 42: programmes, outlets after a lower-case 'the', media, audiences of a speech,
        # occasions with a possessive; talking is also what people in the content do
        (
            "The chancellor said taxes would not rise, speaking on BBC Radio 4's Today programme.",
            "taxes would not rise",
        ),
        ("The chancellor said taxes would not rise, speaking on Sky News.", "taxes would not rise"),
        ("Ana Ruiz said taxes would not rise, talking to the Guardian.", "taxes would not rise"),
        (
            "Ana Ruiz said taxes would not rise, speaking exclusively to the Mail on Sunday.",
            "taxes would not rise",
        ),
        (
            "The chancellor said taxes would not rise, speaking to MPs on the Treasury committee.",
            "taxes would not rise",
        ),
        ("The minister said taxes would not rise, speaking to Israeli media.", "taxes would not rise"),
        (
            "The minister said taxes would not rise, speaking to the state news agency IRNA.",
            "taxes would not rise",
        ),
        (
            "The minister said taxes would not rise, speaking at his final campaign rally.",
            "taxes would not rise",
        ),
        (
            "The minister said taxes would not rise, speaking at Thursday’s news conference.",
            "taxes would not rise",
        ),
        (
            "The minister said taxes would not rise, speaking at the UN General Assembly.",
            "taxes would not rise",
        ),
        ("The manager said taxes would not rise, speaking after Saturday's match.", "taxes would not rise"),
        ("Kerr said taxes would not rise, speaking outside Southwark Crown Court.", "taxes would not rise"),
        (
            "The minister said taxes would not rise, speaking in a radio interview on Monday.",
            "taxes would not rise",
        ),
        (
            "Friends said the pair were inseparable, talking by phone every night.",
            "the pair were inseparable, talking by phone every night",
        ),
        (
            "Witnesses said the suspect boasted about the robbery, talking at a dinner party.",
            "the suspect boasted about the robbery, talking at a dinner party",
        ),
        (
            "The agency said the official had been photographed in a cafe, talking to a journalist.",
            "the official had been photographed in a cafe, talking to a journalist",
        ),
        (
            "Aides said the president spent the afternoon on the phone, talking with Bloomberg about an endorsement.",
            "the president spent the afternoon on the phone, talking with Bloomberg about an endorsement",
        ),
        (
            "Police said the suspect was last seen near the station, talking to BBC staff.",
            "the suspect was last seen near the station, talking to BBC staff",
        ),
        (
            "Aides said Kerr and Vale had patched up their differences, talking on the sidelines.",
            "Kerr and Vale had patched up their differences, talking on the sidelines",
        ),
        (
            "Witnesses said the two defendants laughed, talking outside court.",
            "the two defendants laughed, talking outside court",
        ),
        # a twelfth review of session 41: an outlet's programme; a person spoken with; a language spoken
        ("Ruiz said the deal was dead, talking to the BBC's Today programme.", "the deal was dead"),
        ("Ruiz said the deal was dead, talking to GB News about the row.", "the deal was dead"),
        (
            "Ruiz said she had seen the minister at the hotel, speaking with Kerr in the lobby.",
            "she had seen the minister at the hotel, speaking with Kerr in the lobby",
        ),
        (
            "Vale said the suspect was caught on tape, speaking in Spanish on a mobile phone.",
            "the suspect was caught on tape, speaking in Spanish on a mobile phone",
        ),
        # an eleventh review of session 41: a language naming an outlet; people spoken with
        (
            "The minister said the talks would resume, speaking on Russian state television.",
            "the talks would resume",
        ),
        (
            "Police said the man was in the lobby, speaking with FBI agents.",
            "the man was in the lobby, speaking with FBI agents",
        ),
        ("Ana Ruiz said the shelter was full, talking to The Guardian.", "the shelter was full"),
        # a tenth review of session 41: an outlet the speaker spoke with; a language others spoke in
        ("Ana Ruiz said the shelter was full, speaking with CNN on Sunday.", "the shelter was full"),
        ("Ana Ruiz said the shelter was full, talking to the BBC.", "the shelter was full"),
        (
            "Haddad said the soldiers had questioned him for hours, speaking in Arabic to each other.",
            "the soldiers had questioned him for hours, speaking in Arabic to each other",
        ),
        # a ninth review of session 41: whom the victim spoke with; an accent; the speaker after a match
        (
            "Police said the victim was last seen outside the pub, speaking with Mr Hale.",
            "the victim was last seen outside the pub, speaking with Mr Hale",
        ),
        (
            "Aides said the prime minister spent the morning in the tea room, talking to MPs.",
            "the prime minister spent the morning in the tea room, talking to MPs",
        ),
        (
            "A neighbour said the boy sounded different, speaking in a Scottish accent.",
            "the boy sounded different, speaking in a Scottish accent",
        ),
        ("Kerr said the plan would fail, speaking after the match.", "the plan would fail"),
        ("Kerr said the plan would fail, speaking to the German newspaper Bild.", "the plan would fail"),
        # an eighth review of session 41: whom the suspect spoke to; an exclusive to an outlet
        (
            "Police said the suspect was last seen near the station, speaking to two men.",
            "the suspect was last seen near the station, speaking to two men",
        ),
        (
            "Police said the gunman was calm, speaking in short sentences.",
            "the gunman was calm, speaking in short sentences",
        ),
        pytest.param(
            "Kerr said the plan would fail, speaking exclusively to The Ledger.",
            "the plan would fail",
            marks=pytest.mark.xfail(strict=True, reason=GAP_CLOSING_PARTICIPLE),
        ),
        # a seventh review of session 41: a place, a crowd of reporters; someone else's phone call
        pytest.param(
            "Kerr said the plan would fail, speaking in Brussels.",
            "the plan would fail",
            marks=pytest.mark.xfail(strict=True, reason=GAP_CLOSING_PARTICIPLE),
        ),
        (
            "Kerr said the plan would fail, speaking with reporters aboard Air Force One.",
            "the plan would fail",
        ),
        (
            "The mother said her son had been upstairs, talking on the phone from his bedroom.",
            "her son had been upstairs, talking on the phone from his bedroom",
        ),
        (
            "The minister said the plan would work, speaking at a hastily arranged news conference.",
            "the plan would work",
        ),
        # red team 174: where the speaker spoke, set off after the content, is not what was said
        (
            'Grant Elwood said the high street was "not dead", speaking to reporters.',
            'the high street was "not dead"',
        ),
        (
            "Grant Elwood said the high street was not dead, speaking at the summit in Leeds.",
            "the high street was not dead",
        ),
    ],
)
def test_where_a_reported_content_ends(extract: Extract, text: str, quote: str | None) -> None:
    statements = extract(text)
    if quote is None:  # the first statement's content runs to the end of the sentence
        assert statements and statements[0].quote.endswith("belong to Kestovia"), describe(statements)
        return
    assert [s.quote for s in statements] == [quote], describe(statements)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'Mark Dutton told question time the Government had "lost control".',
            'the Government had "lost control"',
        ),
        ("Jo Lee told the Dáil the Government had “lost control”.", "the Government had “lost control”"),
        ("Jo Lee told RNZ's Checkpoint programme it was rushed.", "it was rushed"),
        # a clause that describes what was told, missing its object, stays the object's
        ("Jo Lee told the story he had heard.", "the story he had heard"),
        # review 3 of session 43: what was told, then a relative clause about it
        (
            "He told the court the same story he told detectives.",
            "the court the same story he told detectives",
        ),
        ("He told the jokes he is known for.", "the jokes he is known for"),
    ],
)
def test_what_was_told_without_that_is_not_the_listeners(text: str, quote: str, extract: Extract) -> None:
    """Red team 187 (session 43): Australian, New Zealand and Irish copy drops "that" after "told";
    the parser made the clause a relative one of those told."""
    statements = extract(text)
    assert [s.quote for s in statements] == [quote], describe(statements)
