"""Speaker fields as a journalist reads them (quotetrail issue #2): a name without its title, the
title in the role; a relative ``who`` standing for the name it follows; pronouns naming only people;
organisations named in full; places never taken for people; headline labels never taken for
speakers. Every passage is fictional, written the way a wire service or a local paper writes."""

from __future__ import annotations

from datetime import date

import pytest

from .spec import Case, Extract, assert_case, params

TITLES = [
    # a British councillor's party and ward in brackets (red team 67): the ward was the name, or
    # there was none
    Case(
        "a-councillor-s-party-and-ward",
        "Councillor Ama Boateng (Lab, Kingsley) said the plans were flawed.",
        "the plans were flawed",
        speaker_name="Ama Boateng",
        role="Councillor, Lab, Kingsley",
    ),
    Case(
        "she-after-a-councillor-s-party-and-ward",
        "Cllr Ama Boateng (Con, St Mary's) told the meeting the plans were flawed. “They are a mess,” she said.",
        "They are a mess",
        speaker="she",
        speaker_name="Ama Boateng",
    ),
    Case(
        # a party tag after the name goes with the title, not in its place
        "title-and-party-tag",
        "Sen. Dana Holt, R-Kestovia, said the vote on the port bill was close.",
        "the vote on the port bill was close",
        speaker_name="Dana Holt",
        role="Sen., R-Kestovia",
    ),
    Case(
        "title-and-party-tag-in-brackets",
        "Rep. Odo Brant (D-N.Y.) said the vote on the port bill was close.",
        "the vote on the port bill was close",
        speaker_name="Odo Brant",
        role="Rep., D-N.Y.",
    ),
    Case(
        # the tokenizer cuts "Vt." into "Vt" and "."; the speaker keeps its closing bracket
        "party-tag-with-an-abbreviated-state",
        "Sen. Mara Dent (I-Vt.) said the vote on the port bill was close.",
        "the vote on the port bill was close",
        speaker="Sen. Mara Dent (I-Vt.)",
        speaker_name="Mara Dent",
        role="Sen., I-Vt.",
    ),
    Case(
        "a-role-ending-on-a-noun",
        "Retired neurosurgeon Odo Brant said the vote on the port bill was close.",
        "the vote on the port bill was close",
        role="Retired neurosurgeon",
    ),
    Case(
        "a-role-ending-on-a-party",
        "House Republican Odo Brant said the vote on the port bill was close.",
        "the vote on the port bill was close",
        role="House Republican",
    ),
    # Negative: a word of emphasis, number or kind before or after a name is no role.
    Case(
        "herself-is-no-role",
        "Varek herself said the vote on the port bill was close.",
        "the vote on the port bill was close",
        speaker="Varek herself",
        role=None,
    ),
    Case(
        "an-adjective-of-the-name-is-no-role",
        "A super PAC said the vote on the port bill was close.",
        "the vote on the port bill was close",
        role=None,
    ),
    Case(
        "a-number-word-is-no-role",
        "Several Democrats said the vote on the port bill was close.",
        "the vote on the port bill was close",
        role=None,
    ),
    Case(
        "state-alone-in-brackets",
        "Sen. Mara Dent (Kes.) said the vote on the port bill was close.",
        "the vote on the port bill was close",
        speaker="Sen. Mara Dent (Kes.)",
        role="Sen., Kes.",
    ),
    Case(
        "party-tag-alone",
        "Odo Brant, D-Selm, said the vote on the port bill was close.",
        "the vote on the port bill was close",
        speaker_name="Odo Brant",
        role="D-Selm",
    ),
    Case(
        "councillor",
        "PORT SELM — Councillor Mara Dent said on Tuesday that the harbour budget was “a scandal”.",
        "the harbour budget",
        speaker="Councillor Mara Dent",
        speaker_name="Mara Dent",
        role="Councillor",
        type="person",
    ),
    Case(
        "abbreviated-councillor-split-off-by-the-tokenizer",
        "Cllr. Odo Brant said the vote on the ferry contract would go ahead in March.",
        "the vote on the ferry contract",
        speaker="Cllr. Odo Brant",
        speaker_name="Odo Brant",
        role="Cllr.",
    ),
    Case(
        "two-police-abbreviations",
        "Det. Insp. Hana Rusk said officers were still searching the quay at Lower Wend.",
        "officers were still searching",
        speaker="Det. Insp. Hana Rusk",
        speaker_name="Hana Rusk",
        role="Det. Insp.",
    ),
    Case(
        "abbreviated-rank-after-its-description",
        "Selm police spokeswoman Sgt. Ana Bell said two men were arrested at the quay.",
        "two men were arrested",
        speaker="Selm police spokeswoman Sgt. Ana Bell",
        speaker_name="Ana Bell",
        role="Selm police spokeswoman Sgt.",
    ),
    Case(
        "sheriff",
        "Sheriff Tomas Ekdahl told reporters the coast road would reopen on Friday.",
        "the coast road would reopen",
        speaker_name="Tomas Ekdahl",
        role="Sheriff",
    ),
    Case(
        "alderwoman",
        "Alderwoman Lise Farno said the council had “lost its nerve” over the tram line.",
        "lost its nerve",
        speaker_name="Lise Farno",
        role="Alderwoman",
    ),
    Case(
        "professor",
        "Professor Ada Kell said the survey of the estuary had been badly designed.",
        "the survey of the estuary",
        speaker_name="Ada Kell",
        role="Professor",
    ),
    Case(
        "premier",
        "Premier Juno Ardal said the province would not pay for the new bridge.",
        "the province would not pay",
        speaker_name="Juno Ardal",
        role="Premier",
    ),
    Case(
        "peer",
        "Baroness Ilse Vorn said the harbour bill was badly drafted.",
        "the harbour bill was badly drafted",
        speaker_name="Ilse Vorn",
        role="Baroness",
        type="person",
    ),
    Case(
        "office-with-its-state",
        "State Treasurer Lise Farno said the pension fund was solvent.",
        "the pension fund was solvent",
        speaker_name="Lise Farno",
        role="State Treasurer",
    ),
    Case(
        "hyphenated-office-is-no-dateline",
        "UN Secretary-General Abel Dorn said the ceasefire in Oltby was holding.",
        "the ceasefire in Oltby was holding",
        speaker="UN Secretary-General Abel Dorn",
        speaker_name="Abel Dorn",
        role="Secretary-General",
    ),
    Case(
        "place-before-the-title",
        "County Coroner Jan Pike said the death at the quarry was accidental.",
        "the death at the quarry was accidental",
        speaker_name="Jan Pike",
        role="County Coroner",
    ),
    Case(
        "occupation-before-the-name",
        "Actress Lina Morrow said the festival had been “a triumph”.",
        "a triumph",
        speaker_name="Lina Morrow",
        role="Actress",
    ),
    Case(
        "wire-dateline-with-a-spaced-hyphen",
        "FLINT, Mich., Oct. 4 (UPI) - Mayor Ada Kell said the water was safe to drink.",
        "the water was safe to drink",
        speaker="Mayor Ada Kell",
        speaker_name="Ada Kell",
    ),
    Case(
        "day-first-wire-dateline",
        "DAMIRA, 12 November (QNA) - His Highness the Emir Sheikh Tamim bin Hamad Al Rashed affirmed that "
        "security is a red line.",
        "security is a red line",
        speaker_name="Tamim bin Hamad Al Rashed",
    ),
    Case(
        "family-word-before-the-name",
        "The mayor’s niece Marta Holm said the family had not been consulted.",
        "the family had not been consulted",
        speaker_name="Marta Holm",
    ),
    Case(
        # the name is the one presented, never the "’s" of "Here’s"
        "presentational-colon-names-the-one-presented",
        "Here’s Varga in March 2014: “Our port must rest on the work of its people.”",
        "Our port must rest",
        speaker_name="Varga",
    ),
    # Negative: given names that are also words of rank stay names.
    Case(
        "given-name-that-looks-like-a-title",
        "Dean Holloway said the college would reopen on Monday.",
        "the college would reopen",
        speaker_name="Dean Holloway",
        role=None,
    ),
    Case(
        "title-word-inside-a-full-name",
        "Oskar Lind King Jr. said the march through Selm would go on.",
        "the march through Selm would go on",
        speaker_name="Oskar Lind King Jr.",
    ),
    Case(
        "surname-after-titled-name",
        "Councillor Mara Dent chaired the meeting. Dent later said she would not seek re-election.",
        "she would not seek re-election",
        speaker="Dent",
        speaker_name="Mara Dent",
    ),
    # Negative: a surname that is also a title word stays a name after a given name.
    Case(
        "surname-that-is-a-title-word",
        "Lena Major said the co-operative would open a second shop in Karsk.",
        "the co-operative would open",
        speaker_name="Lena Major",
        role=None,
    ),
    # Styles of address and clerical ranks of state and court English are titles, not names.
    Case(
        "his-excellency-before-a-title-and-name",
        "His Excellency Foreign Minister Abbas Darvishi said the talks had failed.",
        "the talks had failed",
        speaker_name="Abbas Darvishi",
        role="Foreign Minister",
        type="person",
    ),
    Case(
        "his-highness-sheikh",
        "His Highness Sheikh Hamad bin Khalid Al-Mansouri said his country was ready to mediate.",
        "his country was ready to mediate",
        speaker_name="Hamad bin Khalid Al-Mansouri",
        role=None,  # a style of address ("His Highness") is no office
        type="person",
    ),
    # Three-word names the recogniser splits: a given name, a patronymic, a surname.
    Case(
        "given-name-patronymic-surname-after-a-role",
        "The leader of Civic Dawn, Marina Olegovna Reshetova, said the accusations were false.",
        "the accusations were false",
        speaker_name="Marina Olegovna Reshetova",
    ),
    Case(
        "kazakh-given-name-and-patronymic-after-a-title",
        "Prosecutor General Serik Bolatovich Amanzholov said cases had been opened.",
        "cases had been opened",
        speaker_name="Serik Bolatovich Amanzholov",
    ),
    Case(
        "two-given-names-and-a-surname",
        "Renewal Party Chairman Mehmet Kaan Yıldırımoğlu said the detentions were shameful.",
        "the detentions were shameful",
        speaker_name="Mehmet Kaan Yıldırımoğlu",
    ),
    Case(
        "given-name-before-ould",
        "Spokesman Abdulrahman Ould Sidi told reporters the plot was invented.",
        "the plot was invented",
        speaker_name="Abdulrahman Ould Sidi",
    ),
    # State agencies' word order: an office of a body, then the holder's name with no comma.
    Case(
        "minister-of-a-ministry-then-the-name",
        "Minister of Foreign Affairs Sergei Lavrin said that the opposition was a tool of foreign powers.",
        "the opposition was a tool",
        speaker_name="Sergei Lavrin",
        role="Minister of Foreign Affairs",
        type="person",
    ),
    Case(
        "secretary-of-a-council-then-the-name",
        "Secretary of the Security Council Nurlan Seitkaliyev warned that a plot had been uncovered.",
        "a plot had been uncovered",
        speaker_name="Nurlan Seitkaliyev",
        role="Secretary of the Security Council",
        type="person",
    ),
    Case(
        "prayer-leader-of-a-city-then-a-rank-and-the-name",
        "Friday prayer leader of the capital Ayatollah Mohammad-Reza Kazemzadeh said in the sermon that "
        "the enemies had resorted to sedition.",
        "the enemies had resorted to sedition",
        speaker="Friday prayer leader of the capital Ayatollah Mohammad-Reza Kazemzadeh",
        speaker_name="Mohammad-Reza Kazemzadeh",
        role="Friday prayer leader of the capital",
        type="person",
    ),
    Case(
        "head-of-the-administration-then-the-name",
        "Head of the Presidential Administration Igor Sergeyenko said the vote had been fair.",
        "the vote had been fair",
        speaker_name="Igor Sergeyenko",
        role="Head of the Presidential Administration",
        type="person",
    ),
    Case(
        "governor-of-the-bank-then-the-name",
        "Governor of the Bank of Selmark Andrew Bailey said rates would rise in March.",
        "rates would rise in March",
        speaker_name="Andrew Bailey",
        role="Governor of the Bank of Selmark",
    ),
    Case(
        "minister-of-interior-then-a-three-word-name",
        "The Minister of Interior Khalid Al Thani affirmed that security is a red line.",
        "security is a red line",
        speaker_name="Khalid Al Thani",
        role="Minister of Interior",
    ),
    Case(
        "her-royal-highness-princess",
        "Her Royal Highness Princess Amira Vale said the clinic would open in March.",
        "the clinic would open in March",
        speaker_name="Amira Vale",
        type="person",
    ),
    Case(
        "his-excellency-the-president",
        "His Excellency the President said the talks would go on.",
        "the talks would go on",
        speaker_name=None,
        role="President",
        type="person",
    ),
    Case(
        "his-highness-alone-is-no-role",
        "His Highness said the ties between the two emirates were strong.",
        "the ties between the two emirates were strong",
        speaker="His Highness",
        role=None,
        type="person",
    ),
    Case(
        "his-eminence-alone-is-no-name",
        "“The enemy will fail,” His Eminence said.",
        "The enemy will fail",
        speaker="His Eminence",
        speaker_name=None,
    ),
    Case(
        "hujjat-al-islam-is-a-rank",
        "“The Leader told us not to be afraid,” said Hujjat al-Islam Reza Kazemzadeh.",
        "The Leader told us not to be afraid",
        speaker_name="Reza Kazemzadeh",
    ),
    Case(
        "hojatoleslam-is-a-rank",
        "Hojatoleslam Ali Mohseni said the court had been fair.",
        "the court had been fair",
        speaker_name="Ali Mohseni",
    ),
]

RELATIVE_PRONOUNS = [
    Case(
        "who-after-a-bare-surname",
        "Brisk, who called the harbour plan a disgrace, said the council had ignored the dockers.",
        "the harbour plan a disgrace",
        speaker="who",
        speaker_name="Brisk",
    ),
    Case(
        "who-after-a-titled-surname",
        "Councillor Mara Dent opened the debate. The loudest objection came from Ms. Dent, who said "
        "the ferry contract had been signed in secret.",
        "the ferry contract had been signed",
        speaker="who",
        speaker_name="Mara Dent",
        type="person",
    ),
    Case(
        "which-after-an-organisation",
        "The plan was criticised by the Port Authority of Selm, which said the dredging would take years.",
        "the dredging would take years",
        speaker="which",
        speaker_name="Port Authority of Selm",
        type="organization",
    ),
    Case(
        "who-after-an-unnamed-reporter",
        "The mayor walked out, cutting off a reporter who asked about the cost of the new tram depot.",
        "the cost of the new tram depot",
        speaker="who",
        speaker_name=None,
        role="reporter",
    ),
    Case(
        "who-after-a-name-and-its-appositive",
        "Pay rises will lag prices, said Howard Vell, a senior analyst at Brask Securities, who noted "
        "that the port had cut its forecast twice.",
        "the port had cut its forecast twice",
        speaker="who",
        speaker_name="Howard Vell",
    ),
    Case(
        "who-after-a-group-on-a-hill",
        "The change will placate nervous councillors on Castle Hill, who have argued that the tram "
        "line costs them votes.",
        "the tram line costs them votes",
        speaker="who",
        speaker_name=None,
    ),
    Case(
        "cleft-names-its-speaker",
        "It was the Dravin Courier that first reported the leak.",
        "the leak",
        speaker="that",
        speaker_name="Dravin Courier",
        type="organization",
    ),
    Case(
        "cleft-with-who",
        "It was Varga who said the crane had failed.",
        "the crane had failed",
        speaker="who",
        speaker_name="Varga",
    ),
    Case(
        "that-after-an-unnamed-official",
        "It was a port official that first said the crane had failed.",
        "the crane had failed",
        speaker="that",
        speaker_name=None,
        role="port official",
    ),
    # Negative: a restrictive clause picks out some of a group, not the group itself.
    Case(
        "restrictive-who-is-not-the-whole-group",
        "Ferry captains who say the new timetable is unsafe will meet the minister on Friday.",
        "the new timetable is unsafe",
        speaker="who",
        speaker_name=None,
    ),
    # Negative: "which" after a thing is no speaker's name.
    Case(
        "which-after-a-report",
        "The harbour audit, which concluded that the quay was unsafe, was published on Monday.",
        "the quay was unsafe",
        speaker_name=None,
    ),
    # Negative: after "A, B and C, who" the pronoun could be all three or C alone: no name.
    Case(
        "who-after-a-list-names-nobody",
        "The plan angered farmers, fishermen and the Selm Ferry Union, who said the harbour would "
        "silt up within a decade.",
        "the harbour would silt up",
        speaker="who",
        speaker_name=None,
    ),
]

PRONOUNS_NAME_PEOPLE = [
    # given names from more places tell a gender (red teams 84, 87)
    Case(
        "she-after-a-welsh-man-and-a-woman",
        "Transport Secretary Alun Marsh met union leader Corinne Delacroix-Hale on Monday. She said the "
        "strike would go ahead.",
        "the strike would go ahead",
        speaker_name="Corinne Delacroix-Hale",
    ),
    Case(
        "he-after-a-woman-and-a-yoruba-man",
        "Mira Oastler runs the deli on Kell Lane with her daughter. Tunde Folarin runs the garage next "
        "door with his son. “Trade is down by a third since the bypass opened,” he said.",
        "Trade is down",
        speaker_name="Tunde Folarin",
    ),
    Case(
        "a-short-given-name-is-the-same-person",
        "Kenneth Starr, the former independent counsel, spoke at Baylor. Ken Starr has praised Clinton "
        "before. Starr said Clinton was gifted.",
        "Clinton was gifted",
        speaker_name="Kenneth Starr",
    ),
    Case(
        "a-name-after-an-office-for-something",
        "Undersecretary for Political Affairs Wendy Sherman flew to Tunis. “The plane is up,” she wrote.",
        "The plane is up",
        speaker_name="Wendy Sherman",
    ),
    Case(
        "he-after-a-one-word-question",
        "Mayor Ilse Varga announced the closure of the ferry terminal on Monday.\n\n"
        "Is the fee too steep? Steep? He said it covered only the cleaning of the quay.",
        "it covered only the cleaning",
        speaker="He",
        speaker_name=None,  # Ilse Varga is a woman; "Steep" is no one
    ),
    Case(
        "he-after-a-one-word-question-reaches-the-named-man",
        "Pavel Brand opened the harbour fair. Is the fee too steep? Steep? He said it covered only "
        "the cleaning.",
        "it covered only the cleaning",
        speaker="He",
        speaker_name="Pavel Brand",
    ),
    Case(
        "she-after-an-exclamation",
        "Was the ruling fair? Fair! She said it was the only possible outcome.",
        "the only possible outcome",
        speaker="She",
        speaker_name=None,
    ),
    Case(
        "capitalised-word-the-article-also-writes-in-lower-case",
        "The tribunal ruled that the dismissal was harsh. Harsh, the panel wrote, but lawful. "
        "He said the union would appeal.",
        "the union would appeal",
        speaker="He",
        speaker_name=None,
    ),
    Case(
        "he-after-a-word-in-a-fragment",
        "Then came Selmexit. He said the port would suffer.",
        "the port would suffer",
        speaker="He",
        speaker_name=None,
    ),
    Case(
        "she-is-never-a-name-on-a-placard",
        "The rally was loud. A man wore a shirt that read ''Fascist Varek,'' and others chanted. "
        "She said the crowd frightened her.",
        "the crowd frightened her",
        speaker="She",
        speaker_name=None,
    ),
    Case(
        "she-after-an-honorific-and-a-surname",
        "Protesters gathered at the quay. Ms. Nwaka held up a sign. Moments later, she said, a man "
        "tore it away.",
        "tore it away",
        speaker="she",
        speaker_name="Nwaka",
    ),
    # Negative: a surname that is also an ordinary word is still the person named in full.
    Case(
        "surname-that-is-also-a-common-word",
        "Pavel Brand opened the harbour fair on Saturday. The fair is the town’s best-known brand. "
        "Brand said the stalls were fully booked.",
        "the stalls were fully booked",
        speaker="Brand",
        speaker_name="Pavel Brand",
    ),
]

# Two people named as a pair whom the pronoun or description fits alike: no guess (red teams 82-87).
PAIRS_NAME_NEITHER = [
    Case(
        "he-after-two-players-named-together",
        "Greystone Rovers winger Kai Lomond and Ashcombe defender Tariq Benn clashed after the final "
        "whistle. “It was nothing,” he said.",
        "It was nothing",
        speaker_name=None,
    ),
    Case(
        "a-nationality-after-two-players-neither-of-that-nation",
        "Greystone Rovers winger Kai Lomond and Ashcombe defender Tariq Benn clashed after the final "
        "whistle. “It was nothing,” the Scot said.",
        "It was nothing",
        speaker_name=None,
    ),
    Case(
        "the-minister-after-two-both-ministers",
        "Kalvari's Selin Aradu and Brevand's Hanne Ottesen, both environment ministers, met on Monday to "
        "bridge their differences. “The gap is narrowing,” the minister said.",
        "The gap is narrowing",
        speaker_name=None,
    ),
    Case(
        "the-negotiator-after-negotiators-a-and-b",
        "Negotiators Irena Dossu and Teodor Marrin clashed over the finance text on Monday. The "
        "negotiator said later that the text was dead.",
        "the text was dead",
        speaker_name=None,
    ),
    Case(
        "the-councillor-after-two-councillors-with-party-tags",
        "Councillor Jan Ostry (Con, Westfield) and Councillor Ruth Amell (Lab, Dockside) both sit on the "
        "planning committee. The councillor said the plan was “fundamentally flawed”.",
        "the plan was",
        speaker_name=None,
    ),
    Case(
        "an-unattributed-quote-after-a-prosecutor-and-a-defence-lawyer",
        "Prosecutor Ana Leik and defence attorney Bram Oduya clashed over the length of the sentence on "
        "Wednesday.\n\n“Twelve years is simply not enough for what was done.”",
        "Twelve years",
        speaker_name=None,
    ),
    # guards: the pronoun's gender or the last speaker tells them apart
    Case(
        "she-after-a-man-and-a-woman-named-together",
        "Kai Lomond and Corinne Benn clashed after the final whistle. “It was nothing,” she said.",
        "It was nothing",
        speaker_name="Corinne Benn",
    ),
    Case(
        "he-after-a-pair-whose-first-spoke-just-before",
        "“We stand with you,” Pavel Brand told the families. Pavel Brand and Tomas Reed laid flowers at "
        "the memorial. “I held them,” he said.",
        "I held them",
        speaker_name="Pavel Brand",
    ),
    Case(
        "the-councillor-after-a-councillor-and-a-mayor",
        "Councillor Jan Ostry met Mayor Ruth Amell on Monday. The councillor said the plan was flawed.",
        "the plan was flawed",
        speaker_name="Jan Ostry",
    ),
]


# What a review of this session's rules found them taking too far: each stays as it was.
NOT_TAKEN_TOO_FAR = [
    Case(
        "relatives-of-a-named-activist-are-not-the-activist",
        "Relatives of Kestovan activist Ilse Brandvold said she had been tortured.",
        "she had been tortured",
        speaker_name=None,
        type="group",
    ),
    Case(
        "a-surname-that-ends-firms-names",
        "Ambassador Samantha Power said the talks had failed.",
        "the talks had failed",
        speaker_name="Samantha Power",
        type="person",
    ),
    Case(
        "a-firm-s-and-before-its-executive",
        "Former Johnson and Johnson executive Ana Leikford said the plan failed.",
        "the plan failed",
        speaker_name="Ana Leikford",
        type="person",
    ),
    Case(
        "a-club-s-and-before-its-manager",
        "Brighton and Hove Albion manager Tom Brenn said the plan failed.",
        "the plan failed",
        speaker_name="Tom Brenn",
    ),
    Case(
        "a-country-s-and-before-its-prime-minister",
        "Antigua and Barbuda Prime Minister Gaston Browne said the plan failed.",
        "the plan failed",
        speaker_name="Gaston Browne",
    ),
    Case(
        "a-party-s-member-of-parliament-is-no-name-with-letters",
        "A Labour MP said the bill was dead.",
        "the bill was dead",
        # (session 40: a party and a role name no one; "Labour MP" is the role)
        speaker_name=None,
        role="Labour MP",
    ),
    Case(
        "sisters-whose-given-names-share-a-start",
        "Maria Lindqvist and her sister Marianne Lindqvist run the shop. Lindqvist said trade was slow.",
        "trade was slow",
        speaker_name="Lindqvist",
    ),
    # and what a second review found
    Case(
        "a-news-agency-after-a-ratings-firm",
        "Harker Ratings downgraded Velm, the state news agency reported. The agency said the government "
        "had protested.",
        "the government had protested",
        speaker_name=None,
    ),
    Case(
        "a-statement-issued-after-responding-to-a-report-by-another",
        "Ana Lind, responding to a report by Civic Watch International, issued a statement on Monday. "
        "The statement said the claims were false.",
        "the claims were false",
        speaker_name="Ana Lind",
    ),
    Case(
        "a-statement-from-someone-s-family",
        "Police released a statement from Petra Holm's family. The statement said she was a loving mother.",
        "she was a loving mother",
        speaker_name=None,
    ),
    Case(
        "madam-president-is-not-the-man-named-president",
        "Velm's president, Ana Lind, hosted Ashcombe's president, Tomas Brenner, on Monday. Madam "
        "President said the talks had been useful.",
        "the talks had been useful",
        speaker_name=None,
    ),
    Case(
        "a-firm-opening-with-a-given-name",
        "Bruno Capital said the deal was off.",
        "the deal was off",
        speaker_name="Bruno Capital",
        type="organization",
    ),
    Case(
        "an-insurer-opening-with-a-given-name",
        "Victor Insurance said the deal was off.",
        "the deal was off",
        speaker_name="Victor Insurance",
        type="organization",
    ),
    Case(
        "a-capital-letter-written-as-an-entity",
        "&Eacute;ric Lef&egrave;vre said the plan failed.",
        "the plan failed",
        speaker_name="Éric Lefèvre",
        type="person",
    ),
]


PLACES = [
    Case(
        "town-that-speaks-is-no-person",
        "Residents of the town of Karsk have complained about the quarry dust for months. "
        "Karsk said it would take the quarry company to court.",
        "take the quarry company to court",
        speaker="Karsk",
        speaker_name="Karsk",
        type="organization",
    ),
    Case(
        "based-marks-a-place",
        "A Karsk-based haulier lost its licence on Friday. Karsk said the decision was unfair.",
        "the decision was unfair",
        speaker_name="Karsk",
        type="organization",
    ),
    Case(
        "he-is-never-the-village",
        "Farmers near the village of Oltby lost their harvest. Oltby has asked the province for help, "
        "and he said the money would come too late.",
        "the money would come too late",
        speaker="he",
        speaker_name=None,
    ),
    # Negative: a person who shares the town's name, named in full, is still that person.
    Case(
        "mayor-who-shares-the-town-name",
        "The quarry sits just outside the town of Brell. Mayor Tomas Brell opposed the expansion. "
        "Brell said the dust had reached the school.",
        "the dust had reached the school",
        speaker="Brell",
        speaker_name="Tomas Brell",
        type="person",
    ),
]

ORGANISATIONS = [
    # a court's or a chamber's "of" phrase is part of its name, when "the court" speaks later (red
    # teams 83, 87): the recogniser ended it at "of"
    # a retailer and a miner are no one "he" can be (red team 91)
    Case(
        "he-after-a-chief-executive-and-his-retailer",
        "Tom Reyes, the chief executive of Corbin Retail, said sales were weak. Corbin Retail said in a "
        "statement that it would close stores. He said the closures were painful.",
        "the closures were painful",
        speaker_name="Tom Reyes",
    ),
    Case(
        "the-company-after-a-miner-opening-with-a-given-name",
        "Halvard Mining said output fell. The company said prices were too low.",
        "prices were too low",
        speaker_name="Halvard Mining",
        type="organization",
    ),
    # rulings and descriptions of bodies (red teams 83, 86, 91)
    Case(
        "a-fatwa-issued-by-a-council",
        "A fatwa issued by the Supreme Religious Council said the vaccine was permitted.",
        "the vaccine was permitted",
        speaker_name="Supreme Religious Council",
        type="organization",
    ),
    Case(
        "the-chipmaker-after-its-shares-fell",
        "Shares of Orlo Semiconductor fell 4%. The chipmaker said demand was weak.",
        "demand was weak",
        speaker_name="Orlo Semiconductor",
        type="organization",
    ),
    # firms no one is named (red teams 82, 87)
    Case(
        "an-oil-company-opening-with-a-given-name-then-it",
        "Halvard Petroleum said it would cut output. It said prices were too low.",
        "prices were too low",
        speaker_name="Halvard Petroleum",
        type="organization",
    ),
    Case(
        "the-company-after-an-oil-company",
        "Kestrel Oil said it would cut output. The company said prices were too low.",
        "prices were too low",
        speaker_name="Kestrel Oil",
        type="organization",
    ),
    Case(
        "a-shop-named-after-its-owner",
        "Sealy's Fish Bar said in a post that it would reopen.",
        "it would reopen",
        speaker_name="Sealy's Fish Bar",
        type="organization",
    ),
    Case(
        "a-bakery-named-after-its-owner",
        "Brenn's Bakery said in a post that it would reopen in May.",
        "it would reopen",
        speaker_name="Brenn's Bakery",
        type="organization",
    ),
    Case(
        "the-court-after-a-supreme-court-of-a-country",
        "The Supreme Court of Nerova ruled on Tuesday that the law was void. The court said the ban "
        "breached the constitution.",
        "the ban breached",
        speaker_name="Supreme Court of Nerova",
        type="organization",
    ),
    Case(
        "the-court-after-a-court-of-justice-of-a-union",
        "The Court of Justice of the Alvarian Union ruled on Tuesday in a dispute over fishing quotas.\n\n"
        "“The directive cannot be applied retroactively,” the court said.",
        "The directive cannot",
        speaker_name="Court of Justice of the Alvarian Union",
    ),
    Case(
        "the-appeals-court-after-a-court-of-appeal-of-a-city",
        "The Court of Appeal of Lusk upheld the fine. The appeals court said the fine was fair.",
        "the fine was fair",
        speaker_name="Court of Appeal of Lusk",
    ),
    Case(
        "the-chamber-after-a-chamber-of-commerce",
        "The Ellsworth Chamber of Commerce backed the plan. The chamber said it would bring jobs.",
        "it would bring jobs",
        speaker_name="Ellsworth Chamber of Commerce",
    ),
    Case(
        "the-metropolitan-police",
        "The Metropolitan Police said two men had been arrested.",
        "two men had been arrested",
        speaker_name="Metropolitan Police",
        type="organization",
    ),
    # a paper's editorial board speaks as the paper (red team 58): it had no name
    Case(
        "a-paper-s-editorial-board",
        "The Northgate Herald's editorial board wrote on Sunday that the stadium deal was “a giveaway to "
        "billionaires.”",
        "that the stadium deal was “a giveaway to billionaires.”",
        speaker_name="Northgate Herald",
        type="organization",
    ),
    Case(
        "the-editorial-board-of-a-paper",
        "The editorial board of the Valemont Star said on Monday that the mayor should resign.",
        "that the mayor should resign",
        speaker_name="Valemont Star",
        type="organization",
    ),
    Case(
        "a-company-s-board-is-not-an-editorial-board",
        "The board of Unity Holdings said the mayor should resign.",
        "the mayor should resign",
        speaker_name=None,
        type="organization",
    ),
    # more papers' last words (red team 58)
    Case(
        "the-paper-after-a-ledger",
        "The Harwick Ledger said in an editorial that the council had failed. The paper added that the "
        "mayor should resign.",
        "that the mayor should resign",
        speaker_name="Harwick Ledger",
    ),
    # papers' names with their noun first (red team 60): cut at the particle ("Vale", "du Nord") or
    # taken for a person's
    Case(
        "a-paper-named-with-do",
        "The company routed the payments through a shell firm in Porto Alvo, Gazeta do Vale reported, "
        "citing court documents.",
        "The company routed the payments through a shell firm in Porto Alvo",
        speaker_name="Gazeta do Vale",
        type="organization",
    ),
    Case(
        "according-to-a-described-paper-named-with-do",
        "According to the Portuguese-language daily Gazeta do Vale, the mining company paid bribes.",
        "the mining company paid bribes",
        speaker_name="Gazeta do Vale",
        role="Portuguese-language daily",
        type="organization",
    ),
    Case(
        "a-paper-named-with-an-article-and-du",
        "Le Courrier du Nord wrote in an editorial on Tuesday that the port strike had “paralysed the region”.",
        "that the port strike had “paralysed the region”",
        speaker_name="Le Courrier du Nord",
        type="organization",
    ),
    Case(
        "a-paper-named-with-el",
        "El Heraldo Austral said on Monday that its website had been blocked.",
        "that its website had been blocked",
        speaker_name="El Heraldo Austral",
        type="organization",
    ),
    Case(
        "a-tribuna",
        "Tribuna Nacional said on Monday that its website had been blocked.",
        "that its website had been blocked",
        speaker_name="Tribuna Nacional",
        type="organization",
    ),
    Case(
        "the-daily-after-a-dagbladet",
        "Dagbladet Nord published a leaked memo on Tuesday. The daily said the memo showed the ministry "
        "had known about the leak for months.",
        "the memo showed the ministry had known about the leak for months",
        speaker_name="Dagbladet Nord",
        type="organization",
    ),
    Case(
        "do-between-two-names-is-a-verb",
        "Democrats do Trump a favour, Ilse Marr said.",
        "Democrats do Trump a favour",
        speaker_name="Ilse Marr",
    ),
    # the recogniser's organisation began after the "and" of its name, and "the board" took that
    # part (red team 62)
    Case(
        "the-board-of-a-name-with-and",
        "The Competition and Markets Board said on Monday the deal was unfair. The board said it would act.",
        "it would act",
        speaker="The board",
        speaker_name="Competition and Markets Board",
    ),
    # "TV": the channel's name after a name, a common noun after a word that describes the channel.
    Case(
        "a-channel-named-before-tv-and-a-citing-aside",
        "Mesra TV, citing sources close to the cabinet, reported that the minister had resigned.",
        "that the minister had resigned",
        speaker_name="Mesra TV",
        type="organization",
    ),
    Case(
        "state-tv-is-no-name",
        "State TV said the curfew in Kesh would stay in place until Friday.",
        "the curfew in Kesh would stay",
        speaker_name=None,
        role="State TV",
        type="organization",
    ),
    Case(
        "a-nationality-s-tv-is-no-name",
        "Russian TV said the curfew in Kesh would stay in place until Friday.",
        "the curfew in Kesh would stay",
        speaker_name=None,
        type="organization",
    ),
    Case(
        "state-radio-is-no-name",
        "State radio said the curfew in Kesh would stay in place until Friday.",
        "the curfew in Kesh would stay",
        speaker_name=None,
        type="organization",
    ),
    # A lower-case "against" or "on" inside a body's name ("Committee against Torture").
    Case(
        "a-body-s-name-with-a-lower-case-preposition",
        "The U.N. Committee against Torture said on Friday that it had received reports of beatings.",
        "it had received reports of beatings",
        speaker_name="U.N. Committee against Torture",
    ),
    Case(
        "a-commission-on-a-subject",
        "The Commission on Human Rights said the law was unlawful.",
        "the law was unlawful",
        speaker_name="Commission on Human Rights",
    ),
    Case(
        "a-hyphenated-newspaper-name",
        "Iran-e Farda, the government's official newspaper, said the protesters were “hooligans”.",
        "the protesters were “hooligans",
        speaker_name="Iran-e Farda",
    ),
    Case(
        "a-name-ending-in-a-common-noun",
        "The Green Dawn movement said on Sunday that three members had been abducted.",
        "that three members had been abducted",
        speaker_name="Green Dawn movement",
        role="movement",
        type="organization",
    ),
    Case(
        "office-of-the",
        "The Office of the Leader said the pardons apply only to first offenders.",
        "the pardons apply only to first offenders",
        speaker_name="Office of the Leader",
        type="organization",
    ),
    Case(
        "a-paper-named-before-a-description-is-not-what-it-describes",
        "According to an email, a copy of which was shared with the Courier, the ministry asked "
        "hospitals to “prioritise” children under two.",
        "hospitals to “prioritise” children under two",
        not_also=("Courier",),
        speaker="the ministry",
        speaker_name=None,
        type="organization",
    ),
    Case(
        "the-source-of-a-relative-clause-about-a-document",
        "According to an email, a copy of which was shared with the Courier, the ministry asked "
        "hospitals to “prioritise” children under two.",
        "the ministry asked hospitals",
        not_also=("Courier",),
        speaker="an email",
    ),
    Case(
        "a-statement-from-a-ministry-carried-by-television",
        "State TV carried a statement from the Interior Ministry saying 20 police officers had been injured.",
        "20 police officers had been injured",
        speaker="the Interior Ministry",
        speaker_name="Interior Ministry",
        type="organization",
    ),
    Case(
        "a-statement-by-a-ministry-aired-by-television",
        "State TV aired a statement by the Interior Ministry saying 20 police officers had been injured.",
        "20 police officers had been injured",
        speaker_name="Interior Ministry",
    ),
    Case(
        "a-statement-its-subject-issued",
        "The ministry issued a statement saying 20 police officers had been injured.",
        "20 police officers had been injured",
        speaker="The ministry",
    ),
    Case(
        "an-outlet-s-short-form-is-its-full-name",
        "The Dunmere Chronicle reported that Owusu had met the executives. The Chronicle said it stood "
        "by its reporting.",
        "it stood by its reporting",
        speaker="The Chronicle",
        speaker_name="Dunmere Chronicle",
        type="organization",
    ),
    Case(
        "a-short-form-two-names-share-stands-for-neither",
        "The Dunmere Chronicle and the Selm Chronicle both ran the story. The Chronicle said it stood "
        "by its reporting.",
        "it stood by its reporting",
        speaker_name="Chronicle",
    ),
    Case(
        "a-handle-after-the-quotation",
        "“Where is the world?” wrote @sarif_mom.",
        "Where is the world",
        speaker="@sarif_mom",
        speaker_name="@sarif_mom",
    ),
    Case(
        "a-handle-before-a-description",
        "@VelmarWatch, an anonymous account that tracks arrests, posted that 12 journalists were held.",
        "12 journalists were held",
        speaker_name="@VelmarWatch",
    ),
    Case(
        "the-priest-is-the-father",
        "Father Emmanuel Okonkwo said the ban affects all faiths. The priest said he had not been consulted.",
        "he had not been consulted",
        speaker="The priest",
        speaker_name="Emmanuel Okonkwo",
    ),
    Case(
        "addressing-a-crowd-before-a-quotation",
        "Varek addressed the crowd: “We will win.”",
        "We will win",
        speaker="Varek",
    ),
    Case(
        "an-organisation-s-name-after-a-live-blog-label",
        "Breaking: The Union of Journalists has called a strike. In a statement, the union said members "
        "would strike.",
        "members would strike",
        speaker="the union",
        speaker_name="Union of Journalists",
    ),
    Case(
        "a-country-s-ministry",
        "Kalmoria's Foreign Ministry said the reopening would be gradual.",
        "the reopening would be gradual",
        speaker_name="Kalmoria's Foreign Ministry",
        type="organization",
    ),
    Case(
        "a-president-s-department-is-the-department",
        "Trump's Justice Department said the inquiry was closed.",
        "the inquiry was closed",
        speaker_name="Justice Department",
    ),
    Case(
        "the-presidency",
        "The presidency said relations with the military were excellent.",
        "relations with the military were excellent",
        type="organization",
    ),
    Case(
        "office-of-the-after-a-statement-issued-by",
        "According to a statement issued by the Office of the Leader, the pardons apply only to first "
        "offenders.",
        "the pardons apply only to first offenders",
        speaker_name="Office of the Leader",
        type="organization",
    ),
    Case(
        "office-of-the-with-a-title-in-its-name",
        "The Office of the Prime Minister said the talks had failed.",
        "the talks had failed",
        speaker_name="Office of the Prime Minister",
        type="organization",
    ),
    Case(
        "college-of",
        "The Royal College of Surgeons said the waiting lists in Dravin were “unacceptable”.",
        "the waiting lists in Dravin",
        speaker_name="Royal College of Surgeons",
        type="organization",
    ),
    Case(
        "ministry-of",
        "The Ministry of Defence said the drill off Karsk was routine.",
        "the drill off Karsk was routine",
        speaker_name="Ministry of Defence",
        type="organization",
    ),
    Case(
        "federation-of-with-a-lower-case-adjective",
        "The Federation of Small Businesses said rates in the old town would rise by a third.",
        "rates in the old town",
        speaker_name="Federation of Small Businesses",
    ),
    Case(
        "institute-for-after-according-to",
        "Inflation will ease by the spring, according to the Institute for Fiscal Studies.",
        "Inflation will ease",
        speaker_name="Institute for Fiscal Studies",
    ),
    Case(
        "newspaper-whose-name-opens-with-new",
        "The New Dravin Courier reported that the mayor had resigned.",
        "the mayor had resigned",
        speaker_name="New Dravin Courier",
        role=None,
    ),
    Case(
        "title-inside-the-entity",
        "The derailment was caused by a signal fault, according to Selm Police Commissioner Arne Voss.",
        "caused by a signal fault",
        speaker_name="Arne Voss",
        role="Commissioner",
    ),
    Case(
        "office-of-an-organisation-is-described-whole",
        "The Ministry of Defence's press office said the drill off Karsk was routine.",
        "the drill off Karsk was routine",
        speaker_name=None,
        role="Ministry of Defence's press office",
        type="organization",
    ),
    Case(
        "branch-of-a-union",
        "The Selm branch of the Dockers’ Union said the strike would go on.",
        "the strike would go on",
        speaker_name=None,
        type="organization",
    ),
    # The recogniser's entity stopped short of the name's own prepositions.
    Case(
        "a-monitor-for-a-cause-is-named-whole",
        "The Tesmar Monitor for Civil Liberties, which tracks arrests, said 1,204 people were detained in "
        "February.",
        "1,204 people were detained",
        speaker_name="Tesmar Monitor for Civil Liberties",
        type="organization",
    ),
    Case(
        "children-in-conflict-is-part-of-the-name",
        "According to the Watchlist for Children in Conflict, 87 schools were destroyed last year.",
        "87 schools were destroyed",
        speaker_name="Watchlist for Children in Conflict",
        type="organization",
    ),
    Case(
        # the tagger read "Open" as an adjective and the recogniser ended the name on it
        "a-name-opening-on-an-adjective-is-whole",
        "The ministry released its report. Open Hand International criticised it on Friday and said the "
        "figures were false.",
        "the figures were false",
        speaker_name="Open Hand International",
        type="organization",
    ),
    # "The report said …" after the body that published it: the body speaks through its report.
    Case(
        "the-report-of-the-body-that-published-it",
        "Open Hand International published its annual report on Thursday. The report said executions "
        "in Tesmar had doubled.",
        "executions in Tesmar had doubled",
        speaker="The report",
        speaker_name="Open Hand International",
        type="organization",
    ),
    # "a report by X" (red team 92): the author, however the sentence goes on
    Case(
        "the-report-after-a-report-by-a-body-documents",
        "The 112-page report by Civic Watch International documents abuses in three prisons. The report "
        "says at least 40 detainees died in custody.",
        "at least 40 detainees died",
        speaker_name="Civic Watch International",
        type="organization",
    ),
    Case(
        "the-report-after-a-report-by-a-body-was-published",
        "A report by Civic Watch International was published on Tuesday. The report says at least 40 "
        "detainees died in custody.",
        "at least 40 detainees died",
        speaker_name="Civic Watch International",
    ),
    Case(
        "the-report-after-findings-were-released",
        "Open Hand International released its findings on Tuesday. “Impunity is the rule, not the "
        "exception,” the report concluded.",
        "Impunity is the rule",
        speaker_name="Open Hand International",
        type="organization",
    ),
    Case(
        # Negative: a body that only met someone published nothing
        "the-report-of-no-one-the-text-names",
        "Open Hand International met the minister on Tuesday. The report said executions had doubled.",
        "executions had doubled",
        speaker_name=None,
    ),
    # An age after a name, or a given name alone, is a person's, whatever the recogniser said.
    Case(
        "a-given-name-with-an-age-is-a-person",
        "“They burned our house,” Amina, 34, told the Meridian Post.",
        "They burned our house",
        speaker_name="Amina",
        type="person",
    ),
    Case(
        "a-surname-with-an-age-is-a-person",
        "“They burned our house,” Kessler, 71, told the Meridian Post.",
        "They burned our house",
        type="person",
    ),
    # Negative: a party's members on a committee are not the committee's name.
    Case(
        "members-on-a-committee-are-not-a-name",
        "Senior Democrats on the House Judiciary Committee said the rules were unfair.",
        "the rules were unfair",
        speaker_name="Democrats",
    ),
    # Negative: a name never runs on past the organisation into what follows it.
    Case(
        "name-stops-before-the-place-it-is-in",
        "The Selm Dockers Union in Port Selm said the strike would continue.",
        "the strike would continue",
        speaker_name="Selm Dockers Union",
    ),
]


@pytest.mark.parametrize("case", params(TITLES))
def test_titles_go_to_the_role_not_the_name(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


@pytest.mark.parametrize("case", params(RELATIVE_PRONOUNS))
def test_a_relative_pronoun_speaks_for_its_antecedent(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


@pytest.mark.parametrize("case", params(PRONOUNS_NAME_PEOPLE))
def test_pronouns_resolve_only_to_people(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


@pytest.mark.parametrize("case", params(ORGANISATIONS))
def test_organisations_are_named_in_full(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


KNOWN_GAPS = [
    pytest.param(
        Case(
            "place-the-article-never-calls-a-place",
            "The flood reached Velden on Tuesday. Velden said the dikes had held.",
            "the dikes had held",
            speaker_name="Velden",
            type="organization",
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a place is known only from the article's words ('the town of', 'X-based', a dateline); "
            "the entity recogniser's own places take too many surnames for places to be trusted",
        ),
        id="place-the-article-never-calls-a-place",
    ),
    pytest.param(
        Case(
            "friends-of-the-earth-then-a-campaigner",
            "Friends of the Earth campaigner Ola Brenn said the plan was weak.",
            "the plan was weak",
            speaker_name="Ola Brenn",
            type="person",
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a body named by a plural noun before 'of' reads as people ('Relatives of activist X "
            "said' are the relatives), so its member named after the role is not found",
        ),
        id="friends-of-the-earth-then-a-campaigner",
    ),
    pytest.param(
        Case(
            "the-agency-after-an-authority",
            "The Coastal Fisheries Authority fined the trawler on Monday. The agency said the catch was illegal.",
            "the catch was illegal",
            speaker_name="Coastal Fisheries Authority",
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'the agency' is as often a news agency named only so; an authority or a ratings firm "
            "taken for it named the wrong body (a review), so only bodies called agencies are",
        ),
        id="the-agency-after-an-authority",
    ),
    pytest.param(
        Case(
            "the-agency-after-a-ratings-firm",
            "Harker Ratings cut the bank's rating. The agency said debt was too high.",
            "debt was too high",
            speaker_name="Harker Ratings",
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'the agency' is as often a news agency named only so; an authority or a ratings firm "
            "taken for it named the wrong body (a review), so only bodies called agencies are",
        ),
        id="the-agency-after-a-ratings-firm",
    ),
]


@pytest.mark.parametrize("case", KNOWN_GAPS)
def test_known_gaps_in_speaker_fields(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


# A role only a person has, set off before a name the recogniser took for an organisation's.
PEOPLE_BY_THEIR_ROLE = [
    # a body "of" somewhere, then the role and the name (red team 84): the parser made the name
    # the object of "of" and the body the subject
    # barristers and clerics (red teams 83, 86): the letters after a name and the church before a
    # title are no part of the name
    Case(
        "counsel-for-a-party-then-a-barrister-with-letters",
        "Counsel for the bank, Priya Natarajan KC, told the court the claim was baseless.",
        "the claim was baseless",
        speaker_name="Priya Natarajan",
        role="Counsel for the bank",
        type="person",
    ),
    Case(
        "a-barrister-with-letters-then-whom-she-acts-for",
        "Priya Natarajan KC, for the bank, told the court the claim was baseless.",
        "the claim was baseless",
        speaker_name="Priya Natarajan",
        type="person",
    ),
    Case(
        "a-role-opening-the-sentence-then-the-name",
        "Lawyer for the bank, Priya Natarajan, told the court the claim was baseless.",
        "the claim was baseless",
        speaker_name="Priya Natarajan",
        type="person",
    ),
    Case(
        "a-church-s-bishop-of-a-see-then-the-name",
        "The Anglican Bishop of Harwell, the Right Reverend Clare Ossett, said the cuts were cruel.",
        "the cuts were cruel",
        speaker_name="Clare Ossett",
        role="Anglican Bishop of Harwell",
        type="person",
    ),
    Case(
        "a-patriarch-styled-his-beatitude",
        "The Orthodox Patriarch of Velm, His Beatitude Kyrill Dorotei, said the law was unjust.",
        "the law was unjust",
        speaker_name="Kyrill Dorotei",
        type="person",
    ),
    Case(
        "a-roman-catholic-archbishop-then-the-name",
        "The Roman Catholic Archbishop of Velm, Aurel Strand, said the law was unjust.",
        "the law was unjust",
        speaker_name="Aurel Strand",
        type="person",
    ),
    Case(
        "a-hyphenated-surname-after-an-inverted-verb",
        "Roughly 1 in 8 adults in the survey reported symptoms, said Kwame Asante-Bright, who led the "
        "analysis at the Dunmore School of Public Health.",
        "Roughly 1 in 8 adults",
        speaker_name="Kwame Asante-Bright",
    ),
    # an office its holder is addressed by (red team 89)
    Case(
        "mr-speaker-after-the-speaker-was-named",
        "Speaker Piet Halloran called for order. “Order!” Mr Speaker said.",
        "Order!",
        speaker_name="Piet Halloran",
        type="person",
    ),
    Case(
        "mr-speaker-with-no-speaker-named",
        "“Order!” Mr Speaker said.",
        "Order!",
        speaker_name=None,
        role="Mr Speaker",
    ),
    Case(
        "a-guild-of-a-place-then-its-president",
        "Guild of Meren president Corliss Daan said the strike would go ahead.",
        "the strike would go ahead",
        speaker_name="Corliss Daan",
        role="Guild of Meren president",
        type="person",
    ),
    Case(
        "a-union-of-workers-then-its-chairman",
        "Union of Municipal Workers chairman Kostas Arvanit said the strike would go ahead.",
        "the strike would go ahead",
        speaker_name="Kostas Arvanit",
        type="person",
    ),
    # a people's word the list lacks is a description, not a name (red team 66); an outlet's is not
    Case(
        "the-people-s-word-not-in-the-list",
        "Ambassador Ilse Varn of Veloria addressed the council. The Velorian said sanctions had failed.",
        "sanctions had failed",
        speaker_name=None,
        role="Velorian",
        type="person",
    ),
    Case(
        "the-guardian-stays-a-paper",
        "The Guardian said the minister had resigned.",
        "the minister had resigned",
        speaker_name="Guardian",
        type="organization",
    ),
    # a name set off after a role, with an accented capital (red team 60)
    Case(
        "quoted-a-mayor-named-after-as-saying",
        "Le Courrier du Nord quoted the mayor of Saint-Arlon, Édouard Vasseur, as saying: “We have been "
        "abandoned by the capital.”",
        "We have been abandoned by the capital.",
        speaker_name="Édouard Vasseur",
        role="mayor",
    ),
    # guards from a second review: an "and" inside whose role it is; title words that open bodies' names
    Case(
        "a-role-of-a-firm-with-and",
        "Marks and Hale's chief executive, Ana Lind, said profits had fallen.",
        "profits had fallen",
        speaker_name="Ana Lind",
        type="person",
    ),
    Case(
        "grand-opening-a-hotel-s-name",
        "Grand Marrow Hotel said it would close.",
        "it would close",
        speaker_name="Grand Marrow Hotel",
        type="organization",
    ),
    Case(
        "emeritus-opening-a-company-s-name",
        "Emeritus Senior Living said it would close four homes.",
        "it would close four homes",
        speaker_name="Emeritus Senior Living",
        type="organization",
    ),
    # numbered witnesses the court does not name are several people (red team 59)
    Case(
        "a-numbered-john-doe",
        "John Doe 3 said he had been paid to stay silent. John Doe 4 said he had not.",
        "he had not",
        speaker_name="John Doe 4",
    ),
    # a pair that spoke together is no one of them (red team 66)
    Case(
        "a-minister-and-her-counterpart-named-after",
        "Foreign Minister Ana Lind and her Ostmark counterpart, Piotr Vask, said in a joint statement that "
        "the border would reopen.",
        "that the border would reopen",
        speaker_name=None,
        type="group",
    ),
    Case(
        "one-of-several-named-after",
        "One of his advisers, Tad Devine, said the comments would be assessed by others.",
        "the comments would be assessed by others",
        speaker_name="Tad Devine",
    ),
    # the thing that reads, not the relative pronoun (red team 64)
    Case(
        "a-banner-that-read",
        "The dockers' union marched behind a banner that read “Jobs not cuts”.",
        "Jobs not cuts",
        speaker="a banner",
        speaker_name=None,
    ),
    # diplomacy, science and councils (red teams 65–67): "the secretary-general" after the title with
    # its hyphen; "Emeritus" and "Cllr" before a name the recogniser took for a body's
    Case(
        "the-secretary-general-after-the-title",
        "Secretary-General Amara Okonjo arrived in Karsk on Monday. The secretary-general said the talks "
        "would resume.",
        "the talks would resume",
        speaker_name="Amara Okonjo",
        role="secretary-general",
    ),
    Case(
        "a-professor-emeritus",
        "Professor Emeritus Harold Vane said the results were striking.",
        "the results were striking",
        speaker_name="Harold Vane",
        role="Professor Emeritus",
    ),
    Case(
        "a-councillor-the-recogniser-took-for-a-body",
        "Speaking at Wednesday's meeting, Cllr Dev Mistry said: “This is a scandal.”",
        "This is a scandal.",
        speaker_name="Dev Mistry",
        type="person",
    ),
    # guards from a review: surnames that are also a body's noun, a paper's word or a legal form
    Case(
        "a-surname-church",
        "Charlotte Church said the concert was cancelled.",
        "the concert was cancelled",
        speaker_name="Charlotte Church",
        type="person",
    ),
    Case(
        "a-given-name-heraldo",
        "Heraldo Ruiz, a former foreign minister, said the talks had failed.",
        "the talks had failed",
        speaker_name="Heraldo Ruiz",
        type="person",
    ),
    Case(
        "a-surname-co",
        "Rep. Marco Co said the budget was padded.",
        "the budget was padded",
        speaker_name="Marco Co",
        type="person",
    ),
    Case(
        "a-person-s-editors",
        "Lina Park's editors said the piece would be corrected.",
        "the piece would be corrected",
        speaker_name=None,
    ),
    # a surname in "s" the tagger read as a plural, set off by a comma (red team 65): no name
    Case(
        "a-surname-in-s-before-a-relative-clause",
        "Dr. Rosa Ilves studies sleep at Karsk University. Ilves, who was not involved in the study, said "
        "the results were striking.",
        "the results were striking",
        speaker_name="Rosa Ilves",
        type="person",
    ),
    Case(
        "a-plural-set-off-stays-a-group",
        "Companies, large and small, said taxes were too high.",
        "taxes were too high",
        speaker_name=None,
        type="group",
    ),
    # a letter writer's label is no part of the name (red team 58)
    Case(
        "a-reader-s-label",
        "Subscriber Mel Okafor, of Tarnby, said the paper had ignored her town's flooding for years.",
        "the paper had ignored her town's flooding for years",
        speaker_name="Mel Okafor",
        role="Subscriber",
    ),
    # churches' titles (red team 57): "the preacher" after "Rev.", "Mother Superior" in the name
    Case(
        "the-preacher-after-a-rev",
        "Rev. Elijah Boateng drew thousands to the stadium crusade in Kumasa on Saturday. “God has not "
        "forgotten this city,” the preacher said.",
        "God has not forgotten this city",
        speaker_name="Elijah Boateng",
    ),
    Case(
        "she-after-a-mother-superior",
        "Mother Superior Agnes Lotte said the sisters were safe. She said the convent had been looted "
        "overnight.",
        "the convent had been looted overnight",
        speaker_name="Agnes Lotte",
    ),
    Case(
        "an-archimandrite-set-off-by-his-post",
        "According to Archimandrite Sava Petrović, the abbot of Visoki Monastery, the monks had received "
        "death threats.",
        "the monks had received death threats",
        speaker_name="Sava Petrović",
    ),
    # A one-word name the recogniser took for a body, with a post only a person holds after it
    Case(
        "a-surname-with-a-post-in-apposition-is-a-person",
        "Tamadon, the first vice president, told KNA: “Inflation is falling.”\n\n"
        "He added that bread prices would be frozen.",
        "bread prices would be frozen",
        speaker="He",
        speaker_name="Tamadon",
        type="person",
    ),
    Case(
        # an organisation's noun as the appositive keeps it a body
        "a-name-with-an-agency-in-apposition-is-an-organisation",
        "Kessapress, the news agency, said the vote had been delayed.",
        "the vote had been delayed",
        speaker_name="Kessapress",
        type="organization",
    ),
    Case(
        "a-son-named-in-apposition",
        "Mohsen Karimi, a poet, died on Thursday. His son, Dariush, said the family would hold a "
        "private funeral.",
        "the family would hold a private funeral",
        speaker_name="Dariush",
        type="person",
    ),
    Case(
        "head-of-an-institution-named-in-apposition",
        "The head of the judiciary, Hojatoleslam Gholamhossein Ejei-Far, said rioters would be punished.",
        "rioters would be punished",
        speaker_name="Gholamhossein Ejei-Far",
        type="person",
    ),
    # ... and a person the rest of the article can name
    Case(
        "he-after-a-son-named-in-apposition-is-the-son",
        "Mohsen Karimi, a poet, died on Thursday.\n\nHis son, Dariush, said the family would hold a "
        "private funeral. “He never stopped writing,” he said.",
        "He never stopped writing",
        speaker="he",
        speaker_name="Dariush",
    ),
    Case(
        "a-surname-after-a-head-named-in-apposition",
        "The head of the judiciary, Hojatoleslam Gholamhossein Ejei-Far, said rioters would be punished. "
        "Ejei-Far added that the judiciary was independent.",
        "that the judiciary was independent",
        speaker_name="Gholamhossein Ejei-Far",
        type="person",
    ),
    # negative: an organisation's role before an organisation's name stays an organisation
    Case(
        "a-company-named-in-apposition",
        "The company, Greyfield Homes, said the flats would be finished by June.",
        "the flats would be finished by June",
        speaker_name="Greyfield Homes",
        type="organization",
    ),
    Case(
        "a-publisher-named-in-apposition-that-is-a-company",
        "Its publisher, Harbour Media, said the flats would be finished by June.",
        "the flats would be finished by June",
        speaker_name="Harbour Media",
        type="organization",
    ),
]


@pytest.mark.parametrize("case", params(PEOPLE_BY_THEIR_ROLE))
def test_a_person_s_role_before_a_name_makes_a_person(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


ANONYMOUS = [
    Case(
        "officials-who-asked-for-anonymity",
        "Two officials, who spoke on condition of anonymity, said the talks had stalled.",
        "the talks had stalled",
        speaker_name=None,
        type="anonymous",
    ),
    # Negative: officials with nothing said of their anonymity are a group.
    Case(
        "officials-as-a-group",
        "Two officials said the talks over the ferry contract had stalled.",
        "the talks over the ferry contract had stalled",
        speaker_name=None,
        type="group",
    ),
]


@pytest.mark.parametrize("case", params(ANONYMOUS))
def test_anonymous_speakers(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


@pytest.mark.parametrize("case", params(PAIRS_NAME_NEITHER))
def test_a_pair_named_together_is_neither_one_of_them(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


@pytest.mark.parametrize("case", params(NOT_TAKEN_TOO_FAR))
def test_this_session_s_rules_are_not_taken_too_far(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


@pytest.mark.parametrize("case", params(PLACES))
def test_places_are_never_people(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


def test_a_place_the_recogniser_knows_is_no_person_a_pronoun_can_name() -> None:
    """A capitalised run the recogniser calls a place is not also taken for a person's name (the
    article's "he" went to "South Asia" instead of the speaker named just before)."""
    from quotetrail.extraction import extract_statements

    text = (
        "Shifting monsoon patterns in South Asia could ruin the harvest for a billion people, "
        "Mr. Varek said in his interview.\n\n"
        '"If even a portion of those farmers leave," he said, "the towns will empty."'
    )
    people = [m.text for m in extract_statements(text).mentions if m.label == "person"]
    assert people == ["Mr. Varek"]


HEADLINE_PLACE = (
    "Dravin: Port strike enters third week\n\n"
    "DRAVIN — Dockers at the port of Dravin stayed out for a third week on Monday, "
    "the union said."
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(HEADLINE_PLACE, id="dateline-and-port-of"),
        pytest.param(
            "Karsk: Quarry expansion approved\n\nThe council approved the expansion of the quarry "
            "outside the town of Karsk on Tuesday, its spokesman said.",
            id="town-of",
        ),
        pytest.param(
            "Oltby: Floods close the ring road\n\nOLTBY, March 3 (KNA) — The ring road was closed "
            "after heavy rain, police said.",
            id="wire-dateline-with-date",
        ),
        # A kicker naming the kind of story, or its topic, is no speaker either.
        pytest.param(
            "Interview: ‘The bridge is not a luxury’\n\nMayor Anton Palumbo spoke to the Ledger on Monday.",
            id="kind-of-story",
        ),
        pytest.param(
            "Q&A: ‘They want us to be afraid’\n\nLanternwatch researcher Hanna Sjoberg spoke to Kestrava "
            "Today on Wednesday.",
            id="q-and-a",
        ),
        pytest.param(
            "Heatwave: city opens cooling centres\n\nThe heatwave entered its fifth day on Monday, and the "
            "city opened six cooling centres.",
            id="topic-the-article-writes-in-lower-case",
        ),
    ],
)
def test_a_place_before_a_headline_colon_is_no_speaker(text: str, extract: Extract) -> None:
    headline = text.split("\n", 1)[0]
    said = [s for s in extract(text) if s.speaker_span and s.speaker_span.end <= len(headline)]
    assert said == [], f"the place in {headline!r} was taken for a speaker: {said}"


HEADLINE_SPEAKERS = [
    Case(
        "headline-quote-by-a-surname",
        "Varek: “We will not back down”\n\nInterior Minister Dana Varek addressed the union in "
        "Dravin on Monday.",
        "We will not back down",
        kind="direct",
        speaker="Varek",
        speaker_name="Dana Varek",
    ),
    Case(
        "headline-words-by-a-person",
        "Varek: Talks with the union will fail\n\nInterior Minister Dana Varek addressed the union "
        "in Dravin on Monday.",
        "Talks with the union will fail",
        speaker="Varek",
        speaker_name="Dana Varek",
    ),
    Case(
        "headline-in-capitals",
        "VAREK: ‘WE WILL NOT SIGN’\n\nPrime Minister Dana Varek spoke in Dravin on Thursday.",
        "WE WILL NOT SIGN",
        kind="direct",
        speaker="VAREK",
        speaker_name="Dana Varek",
    ),
    Case(
        "headline-quote-by-a-body-the-article-names-in-lower-case",
        "Police: “Two men arrested after the march”\n\nThe police in Dravin said on Monday that two "
        "men had been arrested.",
        "Two men arrested after the march",
        kind="direct",
        speaker="Police",
    ),
    # A quotation after a place's name is still a quotation, but the place is not who said it.
    Case(
        "headline-quote-after-a-place",
        "Dravin: “The port is dying”\n\nDRAVIN — Dockers at the port of Dravin stayed out on Monday.",
        "The port is dying",
        kind="direct",
        speaker_name=None,
        type="unknown",
    ),
]


@pytest.mark.parametrize("case", params(HEADLINE_SPEAKERS))
def test_a_name_before_a_headline_colon_speaks(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Farrow said the tram plan was a trap.", "Farrow", None),
        ("The harbour master said the cranes were safe.", "The harbour master", "harbour master"),
        # the tagger reads the name's last word as a verb; the name is still no role
        (
            '"These detentions are arbitrary," said Sentinel Watch\'s regional director, Hana El-Sayed.',
            "Sentinel Watch's regional director, Hana El-Sayed",
            "Sentinel Watch's regional director",
        ),
    ],
)
def test_a_name_the_tagger_took_for_a_noun_is_no_role(
    text: str, speaker: str, role: str | None, extract: Extract
) -> None:
    statements = extract(text)
    assert [(s.speaker, s.speaker_role) for s in statements] == [(speaker, role)]


def test_a_when_the_parser_hung_on_the_speaker_is_not_part_of_it() -> None:
    """ "Twenty years ago, a Herald article hailed Varek as …": where the parser reads the article as
    the sentence's root and "hailed" as a clause on it (as it does on some real sentences), the
    time phrase before the comma is when, not who. The parse is given, so the rule is tested alone."""
    from spacy.tokens import Doc

    from quotetrail import nlp
    from quotetrail.extraction.phrases import speaker_phrase

    words = ["Twenty", "years", "ago", ",", "a", "Herald", "article", "hailed", "Varek", "."]
    heads = [1, 2, 6, 6, 6, 6, 6, 6, 7, 6]
    deps = ["nummod", "npadvmod", "advmod", "punct", "det", "compound", "ROOT", "acl", "dobj", "punct"]
    pos = ["NUM", "NOUN", "ADV", "PUNCT", "DET", "PROPN", "NOUN", "VERB", "PROPN", "PUNCT"]
    spaces = [True, True, False, True, True, True, True, True, False, False]
    doc = Doc(nlp.load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    phrase = speaker_phrase(doc[6], 0, frozenset({7, 8}))  # without the cue's clause, as find_cues asks
    assert phrase is not None
    assert phrase.text == "a Herald article"
    # Adjectives set off by a comma are still the speaker's own words.
    words = ["A", "small", ",", "independent", "newspaper", "said", "so", "."]
    heads = [4, 4, 4, 4, 5, 5, 5, 5]
    deps = ["det", "amod", "punct", "amod", "nsubj", "ROOT", "advmod", "punct"]
    pos = ["DET", "ADJ", "PUNCT", "ADJ", "NOUN", "VERB", "ADV", "PUNCT"]
    spaces = [True, False, True, True, True, True, False, False]
    doc = Doc(nlp.load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    phrase = speaker_phrase(doc[4], 0, frozenset())
    assert phrase is not None and phrase.text == "A small, independent newspaper"


# Lists of who-said-what open each line with a dash, and pages leave markup before a name: the
# speaker is the words, not what the layout left in front of them.
RESIDUE_BEFORE_THE_SPEAKER = [
    Case(
        "a-list-dash-before-a-role-and-name",
        "-Pollster Ana Brel says she warned about surprises in the harbour vote.",
        "she warned about surprises",
        speaker="Pollster Ana Brel",
        speaker_name="Ana Brel",
    ),
    Case(
        "a-list-dash-before-a-title-and-name",
        "-Councillor Odo Brant explains why the ferry vote was “weird.”",
        "why the ferry vote was",
        speaker="Councillor Odo Brant",
        speaker_name="Odo Brant",
    ),
]


@pytest.mark.parametrize("case", params(RESIDUE_BEFORE_THE_SPEAKER))
def test_residue_before_a_speaker_is_not_part_of_it(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text), case)


def test_a_link_word_after_a_dash_is_no_speaker(extract: Extract) -> None:
    """ "…record—“…”—and promised to …": the parser took "—and" for the subject of "promised"."""
    text = (
        "She has praised her husband’s record—“the longest peacetime expansion in the port’s "
        "history”—and promised to put him in charge of the harbour."
    )
    statements = extract(text)
    assert all(s.speaker is None or s.speaker[0].isalpha() for s in statements), [
        s.speaker for s in statements
    ]
    assert [s.speaker for s in statements if s.speaker] == ["She"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Addressing graduates on Tuesday, the head of state stressed that the army must be ready.",
            "head of state",
        ),
        (
            "The speaker of parliament, Milan Rusnak, told reporters that the opposition had crossed a red line.",
            "speaker of parliament",
        ),
        (
            "The head of the Dornavian Orthodox Church, Archbishop Kliment, said anger was a poor counsellor.",
            "head of the Dornavian Orthodox Church",
        ),
        ("The minister of defence said the troops were ready.", "minister of defence"),
        # a longer phrase, or one with a clause, is not the role
        (
            "The head of the department, who asked not to be named, said the plan had failed.",
            "head of the department",
        ),
        ("A spokesman for the ministry said the plan had failed.", "spokesman"),
        # an "of" phrase the parser cut from the rest of a body's name is left out
        ("The executive director of Democrats for Life said the message was clear.", "executive director"),
    ],
)
def test_a_role_keeps_its_short_of_phrase(text: str, role: str, extract: Extract) -> None:
    """ "head" or "speaker" alone tells a reader nothing: the office's own "of" phrase is part of it."""
    assert [s.speaker_role for s in extract(text)] == [role]


MATCH_REPORT_CASES = [
    Case(
        "the-club-is-the-club-whose-name-ends-like-one",
        "Corland Rovers have sacked manager Piet Hollis after eleven games without a win.\n\n"
        "“The board thanks Piet for his hard work,” the club said in a statement on Sunday.",
        "The board thanks Piet",
        speaker_name="Corland Rovers",
        type="organization",
        said_on=date(2026, 3, 1),
        date="2026-03-06",
    ),
    Case(
        "the-club-s-short-name-is-an-organisation",
        "Corland Rovers have sacked manager Piet Hollis.\n\n"
        "Rovers said first-team coach Ellen Strand would take charge for Tuesday's match.",
        "Ellen Strand would take charge",
        speaker_name="Corland Rovers",
        type="organization",
    ),
    Case(
        "a-name-before-a-role-is-not-he",
        "Harrow Vale lost again on Saturday. Vale coach Dermot Ogle was furious about the winner, which he "
        "said had come after a foul.",
        "had come after a foul",
        speaker="he",
        speaker_name="Dermot Ogle",
    ),
    Case(
        "a-sentence-ending-inside-a-run-of-capitals",
        "The farm is run by Lena Hartigan and her brother Conor. Mr Hartigan said it was hard work.",
        "it was hard work",
        speaker_name="Conor Hartigan",  # not "Conor. Mr Hartigan"
    ),
    Case(
        "a-scottish-given-name-tells-she",
        "10:31 Forecaster Ewan Dunn said the roof came off like a lid.\n\n"
        "10:48 Lorna Beck has been speaking again. She said the worst of the wind would arrive after dark.",
        "the worst of the wind",
        speaker="She",
        speaker_name="Lorna Beck",
    ),
]


@pytest.mark.parametrize("case", params(MATCH_REPORT_CASES))
def test_clubs_coaches_and_families_as_a_local_paper_writes_them(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


REGIONAL_NAME_CASES = [
    Case(
        "his-highness-after-a-name-ending-in-al",
        "His Highness Sheikh Tamim bin Rashid al-Dhubairi, Emir of Qasirah, received the envoy on Tuesday. "
        "During the meeting, His Highness stressed that the emirate wanted peace.",
        "the emirate wanted peace",
        speaker="His Highness",
        speaker_name="Tamim bin Rashid al-Dhubairi",
    ),
    Case(
        "a-title-s-owner-before-a-name-with-al",
        "Tariq al-Masri and Information Minister Nadia al-Hashimi traded accusations on Monday. Al-Hashimi "
        "said the opposition was lying.",
        "the opposition was lying",
        speaker_name="Nadia al-Hashimi",
    ),
    Case(
        "the-crown-prince-with-bin-and-al",
        "Crown Prince Faisal bin Tamim al-Dhubairi opened the new port. The crown prince said it was a proud "
        "day.",
        "a proud day",
        speaker_name="Faisal bin Tamim al-Dhubairi",
    ),
    Case(
        "ould-inside-a-mauritanian-name",
        "Sheikh Ahmad ould Abdallahi, the mufti of Tindra, issued a ruling. Later, ould Abdallahi told "
        "reporters that the ruling was final.",
        "the ruling was final",
        speaker_name="Ahmad ould Abdallahi",
    ),
    Case(
        "ould-with-a-title-before",
        "Interior Minister Ahmed ould Tolba said the border would close.",
        "the border would close",
        speaker_name="Ahmed ould Tolba",
        role="Interior Minister",
    ),
    Case(
        "ould-and-the-surname-later",
        "Interior Minister Ahmed ould Tolba visited the border post on Monday.\n\nLater, ould Tolba told "
        "reporters that the border would stay closed.",
        "the border would stay closed",
        speaker_name="Ahmed ould Tolba",
    ),
    Case(
        "hojatoleslam-val-moslemin-is-a-title",
        "Hojatoleslam val-Moslemin Kazem Sedighpour said the protests were un-Islamic.",
        "un-Islamic",
        speaker_name="Kazem Sedighpour",
    ),
    Case(
        "a-nickname-between-given-name-and-surname",
        "Tomasz “The Hammer” Wilk will defend his title on Saturday. “I have never fought anyone like me,” "
        "Wilk said.",
        "never fought anyone like me",
        speaker_name="Tomasz Wilk",
    ),
    Case(
        "a-double-surname-written-later",
        "Ali Akbar Hashemi Nasab chaired the session. “The law is the law,” Hashemi Nasab said.",
        "The law is the law",
        speaker_name="Ali Akbar Hashemi Nasab",
    ),
    Case(
        "a-spanish-double-surname-written-later",
        "President Andrés Manuel López Obrador spoke later. López Obrador said the vote was fair.",
        "the vote was fair",
        speaker_name="Andrés Manuel López Obrador",
    ),
    Case(
        "an-emir-of-a-country-is-not-the-country",
        "The Emir of Qasirah, Sheikh Tamim bin Rashid al-Dhubairi, received the envoy on Tuesday. His "
        "Highness stressed that the emirate wanted peace.",
        "the emirate wanted peace",
        speaker="His Highness",
        speaker_name=None,
    ),
]


@pytest.mark.parametrize("case", params(REGIONAL_NAME_CASES))
def test_names_with_particles_and_double_surnames_as_the_region_s_press_writes_them(
    case: Case, extract: Extract
) -> None:
    """ "al-", "bin", "ould" and double surnames are written in lower case or in two words; a name
    found later by part of it is the whole name. Where a style cannot be tied to the name (the title
    is "Emir of Qasirah", not "Emir Tamim"), nobody is named rather than the country."""
    assert_case(extract(case.text, case.date), case)


BODY_SPOKEN_OF_AGAIN_CASES = [
    # more kinds of body (red teams 61, 64, 65)
    Case(
        "the-agency-after-a-service",
        "The National Emergency Service said roads were closed. The agency said winds could reach 150 km/h.",
        "winds could reach 150 km/h",
        speaker_name="National Emergency Service",
    ),
    Case(
        "the-lab-after-a-laboratory",
        "The Orrin Marine Laboratory said the reef was dying. The lab said divers had counted 40 species.",
        "divers had counted 40 species",
        speaker_name="Orrin Marine Laboratory",
    ),
    Case(
        "the-hospital-after-an-infirmary",
        "Royal Wrenford Infirmary said two patients had died. The hospital said the ward was closed.",
        "the ward was closed",
        speaker_name="Royal Wrenford Infirmary",
    ),
    Case(
        "the-manager-after-a-coach",
        "Eastfield United coach Ilario Vence watched from the stands. “We were poor,” the manager said.",
        "We were poor",
        speaker_name="Ilario Vence",
    ),
    # a council is the authority (red team 67)
    Case(
        "the-authority-after-a-council-spoke",
        "Harrowgate Borough Council has apologised after bins went uncollected. It said crews had been ill. "
        "The authority said collections would resume on Monday.",
        "collections would resume on Monday",
        speaker_name="Harrowgate Borough Council",
    ),
    # business news (red team 62): "the company" after "Shares of X", a company by its short name, a
    # company's legal form
    Case(
        "the-company-after-its-shares",
        "Shares of Corvel Biotech fell 22% on Wednesday after a failed trial. The company said in a "
        "regulatory filing that it had enough cash to fund operations into 2028.",
        "that it had enough cash to fund operations into 2028",
        speaker_name="Corvel Biotech",
    ),
    Case(
        "a-company-by-its-short-name",
        "Unity Holdings posted a record annual profit on Monday. Unity said it would sell its insurance arm "
        "for $1.1 billion.",
        "it would sell its insurance arm for $1.1 billion",
        speaker_name="Unity Holdings",
        type="organization",
    ),
    Case(
        "a-company-with-a-given-name-and-co",
        "Halvard Motors Co. said on Tuesday that its chief executive would retire in June.",
        "that its chief executive would retire in June",
        speaker_name="Halvard Motors Co.",
        type="organization",
    ),
    # religious bodies (red team 57): "the diocese", "the church" had no name, and the recogniser's
    # "The Church" was taken for the whole
    Case(
        "the-diocese-after-a-diocese-of",
        "The Diocese of Westmarch confirmed on Monday that Father Liam Corrigan had been removed from "
        "ministry. The diocese said an independent review was under way.",
        "an independent review was under way",
        speaker_name="Diocese of Westmarch",
    ),
    Case(
        "the-church-after-a-church-of-the",
        "The Church of the Risen Lamb said it would appeal the court’s ruling. The church said the fine "
        "violated religious freedom.",
        "the fine violated religious freedom",
        speaker_name="Church of the Risen Lamb",
    ),
    Case(
        "the-firm-after-the-company-said",
        "Holloway Foods will cut 420 jobs at its Brackley factory, the company said on Monday.\n\n"
        "Holloway Foods' chief executive, Marion Staines, said the decision had been “the most difficult of "
        "my career”.\n\n"
        "The firm said the factory would close completely by the end of next year.",
        "the factory would close",
        speaker_name="Holloway Foods",
    ),
    Case(
        "the-agency-after-an-office",
        "The World Refugee Office says the number of people displaced has doubled in a month.\n\n"
        "In its latest update, published on Wednesday, the agency said food stocks would run out “within ten "
        "days”. It said three aid convoys had been turned back at checkpoints.",
        "turned back at checkpoints",
        speaker_name="World Refugee Office",
    ),
    Case(
        "the-department-after-a-ministry-of",
        "The Ministry of Water said on Tuesday that reservoirs in the south were at 31 per cent of capacity.\n\n"
        "The department said a hosepipe ban would come into force on 1 April.",
        "hosepipe ban",
        speaker_name="Ministry of Water",
    ),
    Case(
        "the-mayor-s-office-is-not-an-office-named-before",
        "The World Refugee Office says the camp is full. The mayor's office said it would help.",
        "it would help",
        speaker_name=None,
    ),
    Case(
        "the-firm-with-no-company-that-spoke",
        "Holloway Foods' chief executive, Marion Staines, resigned on Monday.\n\n"
        "The firm said the factory would close completely by the end of next year.",
        "the factory would close",
        speaker_name=None,
    ),
]


@pytest.mark.parametrize("case", params(BODY_SPOKEN_OF_AGAIN_CASES))
def test_the_firm_or_the_agency_is_the_body_of_that_kind_that_spoke_last(
    case: Case, extract: Extract
) -> None:
    """Business and agency copy names a body once and then calls it "the firm", "the agency" or
    "the department"; only a body of that kind that has spoken is taken."""
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Dr Marcus Fell of the Royal College of Pathology, who was not involved in the research, said the "
            "results were “promising but small”.",
            "Marcus Fell",
            id="a-person-of-an-institution-is-the-person",
        ),
        pytest.param(
            "The Port of Selmouth said all dredging had been carried out “in full compliance” with its licence.",
            "Port of Selmouth",
            id="a-port-of-a-town-is-its-whole-name",
        ),
        pytest.param(
            "Smith of the Treasury said no deal had been reached.",
            "Smith",
            id="a-surname-of-a-body-is-the-surname",
        ),
        pytest.param("Graffiti on the show home reads: “Who paid for this?”", None, id="graffiti-is-no-one"),
        pytest.param(
            "The National Labor Relations Board has said that the hotel violated workers' rights.",
            "National Labor Relations Board",
            id="a-board-s-name-is-still-a-name",
        ),
    ],
)
def test_of_phrases_and_inscriptions_in_speaker_names(text: str, name: str | None, extract: Extract) -> None:
    (statement,) = extract(text)
    assert statement.speaker_name == name, statement


FAMILY_CASES = [
    Case(
        "mr-surname-is-the-brother-named-by-given-name",
        "The bakery is run by Lena Hartigan, 38, and her brother Conor, 35. Mr Hartigan said it was hard work.",
        "it was hard work",
        speaker_name="Conor Hartigan",
    ),
    Case(
        "mr-surname-is-the-husband-named-by-given-name",
        "Dr Naomi Kerr and her husband, Paul, moved to Holt in 2019. “The water was up to my knees,” Mr Kerr "
        "said.",
        "up to my knees",
        speaker_name="Paul Kerr",
    ),
    Case(
        "her-brother-is-the-brother-the-article-names",
        "The bakery is run by Lena Hartigan, 38, and her brother Conor, 35. Lena handles the accounts. Her "
        "brother said the ovens start at 3am.",
        "the ovens start at 3am",
        speaker_name="Conor Hartigan",
    ),
    Case(
        "his-sister-is-the-one-he-was-named-the-brother-of",
        "The bakery is run by Lena Hartigan and her brother Conor. Mr Hartigan said it was hard work. His "
        "sister said they had paid the loan back.",
        "paid the loan back",
        speaker_name="Lena Hartigan",
    ),
    Case(
        "her-brother-the-article-never-names",
        "Ana Reyes spoke first. Her brother said nothing was decided.",
        "nothing was decided",
        speaker_name=None,
    ),
]


@pytest.mark.parametrize("case", params(FAMILY_CASES))
def test_relatives_named_by_given_name_only(case: Case, extract: Extract) -> None:
    """ "Lena Hartigan and her brother Conor": "Mr Hartigan", "her brother" and "his sister" are
    who the text says they are; a relative it never names stays unnamed."""
    assert_case(extract(case.text, case.date), case)


PAGE_LAYOUT_CASES = [
    Case(
        "a-photo-credit-line-is-no-he",
        "Harbour master Tomas Rell said the pier would reopen in May.\nPhoto: Getty Images\n“We owe the "
        "fishermen that much,” he said.",
        "owe the fishermen",
        speaker_name="Tomas Rell",
    ),
    Case(
        "a-caption-naming-someone-else-is-no-he",
        "Fire officer Ben Okoro said the blaze started in the kitchen.\nFirefighter Luca Brandt at the scene "
        "on Thursday. (Photo: Ivo Sand)\n“It spread in minutes,” he said.",
        "spread in minutes",
        speaker_name="Ben Okoro",
    ),
    Case(
        "a-subhead-is-no-he",
        "Harbour master Tomas Rell has run the port for 11 years.\nPier Pressure\n“We are one storm away from "
        "losing the east wall,” he said.",
        "one storm away",
        speaker_name="Tomas Rell",
    ),
    Case(
        "he-is-never-the-photographer-of-a-caption-with-a-verb",
        "Central bank governor Piet Lorange spoke at the annual banking conference in Korvan on Thursday.\n\n"
        "Lorange said inflation would return to target by mid-2027.\n\n"
        "Piet Lorange addresses the conference in Korvan. (Photo: Jonas Vik/Meridian)\n\n"
        "He warned that rising wages could delay rate cuts.",
        "rising wages could delay rate cuts",
        speaker_name="Piet Lorange",
    ),
    Case(
        "he-is-never-the-photographer-credited-by",
        "Central bank governor Piet Lorange addresses the conference in Korvan. Picture by Jonas Vik\n\n"
        "He warned that rising wages could delay rate cuts.",
        "rising wages could delay rate cuts",
        speaker_name="Piet Lorange",
    ),
    Case(
        "a-pull-quote-is-not-the-paragraph-before-s-subject-s",
        "Opposition leader Marta Quist attacked the plan in parliament on Tuesday, calling it “a con trick in "
        "a nice font”.\nFinance Minister Ilse Marr defended her numbers.\n“A con trick in a nice font.”\nMarr "
        "said the budget would protect pensions.",
        # the pull quote repeats Quist's words and adds no statement (none of Marr's, none at all)
        "a con trick in a nice font",
        speaker_name="Marta Quist",
    ),
]


@pytest.mark.parametrize("case", params(PAGE_LAYOUT_CASES))
def test_captions_subheads_and_pull_quotes_name_no_one(case: Case, extract: Extract) -> None:
    """Web pages arrive with captions, credits, subheads and pull quotes between the paragraphs;
    none of them is the person a "he" goes back to, and a pull quote is not the words of whoever
    the paragraph before it is about."""
    assert_case(extract(case.text, case.date), case)
