"""Who spoke: pronouns, descriptions and surnames resolved to the name the article gives; titles and
roles kept apart from the name; the kind of speaker; and no name at all when the article gives none."""

from __future__ import annotations

from datetime import date

import pytest

from .spec import UNCHECKED, Case, Extract, assert_case, describe, iso, params, with_quote

RESOLUTION = [
    # deputies are not the post they stand in for; airlines and pilots (red teams 77, 78)
    Case(
        "a-deputy-is-not-the-governor",
        "Deputy Governor Pavel Drasko presented the report on Tuesday. The governor said inflation would ease.",
        "inflation would ease",
        speaker_name=None,
    ),
    Case(
        "a-vice-president-is-not-the-president",
        "Vice President Ana Ruiz spoke first. The president said the talks had failed.",
        "the talks had failed",
        speaker_name=None,
    ),
    Case(
        "a-deputy-governor-then-the-deputy-governor",
        "Deputy Governor Pavel Drasko spoke on Monday. The deputy governor said inflation would ease.",
        "inflation would ease",
        speaker_name="Pavel Drasko",
    ),
    Case(
        "an-airline-then-the-carrier",
        "Skyreach Airlines cancelled 40 flights. The carrier said crews were sick.",
        "crews were sick",
        speaker_name="Skyreach Airlines",
    ),
    # an airline named "… Air", and a ferry company (red team 171)
    Case(
        "an-airline-named-air-then-the-carrier",
        'Lakeshore Air canceled 212 flights. "We expect disruptions," the carrier said.',
        "We expect disruptions",
        speaker_name="Lakeshore Air",
        kind="direct",
    ),
    Case(
        "ferries-then-the-ferry-operator",
        'Baltic Ferries halted its route. "We expect disruptions," the ferry operator said.',
        "We expect disruptions",
        speaker_name="Baltic Ferries",
        kind="direct",
    ),
    # the business or the regulator the description fits, of the two the sentence before named (red team 111)
    Case(
        "the-company-is-the-business-the-agency-fined",
        "The Aldoria Medicines Agency fined Brennick Labs 2 million crowns for late safety reports. "
        "The company said it would not contest the fine.",
        "it would not contest the fine",
        speaker_name="Brennick Labs",
    ),
    Case(
        "the-regulator-is-the-board-the-firm-applied-to",
        "Kestrel Therapeutics submitted its application to the Draven Health Products Board in June. "
        "The regulator said on Monday it needed more data on heart risks.",
        "it needed more data on heart risks",
        speaker_name="Draven Health Products Board",
    ),
    Case(
        "the-drugmaker-is-the-labs-whose-shares-fell",
        "Shares of Brennick Labs fell 12% on Monday. The drugmaker said it would appeal.",
        "it would appeal",
        speaker_name="Brennick Labs",
    ),
    Case(
        "the-company-after-a-firm-that-spoke-of-its-regulator",
        "Brennick Labs said the Aldoria Medicines Agency had been unfair. The company said it would appeal.",
        "it would appeal",
        speaker_name="Brennick Labs",
    ),
    # an office abbreviated after it was named in full (red team 113)
    Case(
        "a-chief-minister-then-the-cm",
        "Chief Minister Ravi Kumar visited the site. The CM said work would finish in May.",
        "work would finish in May",
        speaker_name="Ravi Kumar",
        type="person",
    ),
    Case(
        "a-prime-minister-then-the-pm",
        "Prime Minister Ana Lind visited the site. The PM said work would finish in May.",
        "work would finish in May",
        speaker_name="Ana Lind",
    ),
    Case(
        "a-deputy-commissioner-of-police-then-the-dcp",
        "Deputy Commissioner of Police Arjun Mehta visited the site. The DCP said two men had been arrested.",
        "two men had been arrested",
        speaker_name="Arjun Mehta",
    ),
    # red team 179 (session 42): Gulf agency style, "The" before a title and a name; agencies named
    # like places or in capitals the tagger reads as an adjective
    Case(
        "the-emir-and-his-name-then-the-emir",
        "The Emir Fahd al-Nuri met elders. “We are united,” the Emir said.",
        "We are united",
        speaker_name="Fahd al-Nuri",
        type="person",
    ),
    Case(
        "the-president-and-his-name-then-he",
        "The President Omar Saleh met elders. “We are united,” he said.",
        "We are united",
        speaker_name="Omar Saleh",
        type="person",
    ),
    Case(
        "the-official-irna-agency",
        "The official IRNA agency reported that the trials would start soon.",
        "that the trials would start soon",
        speaker_name="IRNA",
        type="organization",
    ),
    # red team 180 (session 42): Indian and African offices, abbreviated; named after a comma
    Case(
        "a-deputy-commissioner-then-the-dc",
        "Deputy Commissioner Kavitha Narayanappa ordered the closure of quarries. "
        "“We will not withdraw the order,” the DC said.",
        "We will not withdraw the order",
        speaker_name="Kavitha Narayanappa",
        type="person",
    ),
    Case(
        "the-ppro-then-a-superintendent-s-name",
        "The PPRO, SP Aminu Bello, said two suspects had been arrested.",
        "two suspects had been arrested",
        speaker_name="Aminu Bello",
        type="person",
    ),
    Case(
        "the-cps-then-a-name",
        "The CPS, Mr Tunde Adeyemi, said the governor would sign the bill.",
        "the governor would sign the bill",
        speaker_name="Tunde Adeyemi",
        type="person",
    ),
    Case(
        "the-mec-for-health-then-a-name",
        "The MEC for Health, Nomvula Khumalo, said clinics would reopen.",
        "clinics would reopen",
        speaker_name="Nomvula Khumalo",
        type="person",
    ),
    # a palace speaks for a royal household, as a body (red team 114)
    Case(
        "a-palace-then-it",
        "Kelderhall Palace issued a statement on Monday. “The King is resting,” it said.",
        "The King is resting",
        speaker_name="Kelderhall Palace",
        type="organization",
    ),
    Case(
        "a-palace-then-the-palace",
        "Kelderhall Palace announced the engagement on Monday. The palace said the wedding would be in June.",
        "the wedding would be in June",
        speaker_name="Kelderhall Palace",
    ),
    Case(
        "he-in-a-bulleted-item-is-the-minister-the-list-follows",
        "Defence Minister Gregor Lind spoke on Monday.\n- He said troops would withdraw.\n- He said talks would resume.",
        "talks would resume",
        speaker_name="Gregor Lind",
    ),
    Case(
        "he-later-in-the-same-bulleted-item",
        "• Zerbia: Defence Minister Gregor Lind said troops would withdraw. He said talks would resume.\n"
        "• Kedria: Fire crews battled a blaze.",
        "talks would resume",
        speaker_name="Gregor Lind",
    ),
    Case(
        "it-after-the-body-a-reported-clause-named-and-the-body-that-said-it",
        "The Tarn Dairy Co-op will cut prices, the Farmers Union said. It said the cut was overdue.",
        "the cut was overdue",
        speaker_name="Farmers Union",
    ),
    Case(
        "a-co-op-is-one-word",
        "The Tarn Dairy Co-op said it would cut prices. It said the cut was overdue.",
        "it would cut prices",
        speaker_name="Tarn Dairy Co-op",
    ),
    # a "Co-operative" in its name is one word too (red team 172)
    Case(
        "a-co-operative-s-name",
        'The Arla Co-operative said milk prices will rise. "It will rain," the Mid-Wales Co-operative said.',
        "milk prices will rise",
        speaker_name="Arla Co-operative",
        type="organization",
    ),
    # a Recorder is a judge, by title (red team 115)
    Case(
        "the-recorder-set-off-before-his-name",
        "The Recorder, Simon Trask, told him: “You showed no remorse.”",
        "You showed no remorse",
        speaker_name="Simon Trask",
    ),
    Case(
        "recorder-then-the-judge",
        "Recorder Simon Trask jailed him for six years. “You showed no remorse,” the judge said.",
        "You showed no remorse",
        speaker_name="Simon Trask",
    ),
    Case(
        "he-after-a-hyphenated-given-name-and-van-den",
        "Jan-Willem van den Broek, the mayor, said the dikes would hold. He said more pumps were coming.",
        "more pumps were coming",
        speaker_name="Jan-Willem van den Broek",
    ),
    Case(
        "ms-do-after-do-thi-hoa",
        "Do Thi Hoa, the trade minister, said exports rose. Ms. Do said the deal was fair.",
        "the deal was fair",
        speaker_name="Do Thi Hoa",
    ),
    Case(
        "an-assistant-u-s-attorney-then-the-prosecutor",
        "Assistant U.S. Attorney Mara Quist told the jury the evidence was clear. The prosecutor said Hale had lied.",
        "Hale had lied",
        speaker_name="Mara Quist",
    ),
    Case(
        "a-medical-examiner-by-title",
        "Medical Examiner Helena Strout said the death was a homicide.",
        "the death was a homicide",
        speaker_name="Helena Strout",
        type="person",
    ),
    Case(
        "the-company-is-the-business-the-union-spoke-of",
        "The Food Workers' Union said Tarnby Foods would cut 300 jobs. "
        "The company said staff would be offered jobs elsewhere.",
        "staff would be offered jobs elsewhere",
        speaker_name="Tarnby Foods",
    ),
    # names of bodies the parse cut short (red team 121)
    Case(
        "a-fan-group-named-forever",
        "Dalvik Rovers lost again on Saturday. Supporters' group Rovers Forever said the board had failed the fans.",
        "the board had failed the fans",
        speaker_name="Rovers Forever",
        cue="said",
    ),
    Case(
        "a-cooperative-after-a-possessive",
        "The Karsk Fishermen's Cooperative said quotas were too low.",
        "quotas were too low",
        speaker_name="Karsk Fishermen's Cooperative",
    ),
    Case(
        "according-to-a-company-set-off-by-name",
        "According to the water company, Lenmore Water, the leak was fixed on Monday.",
        "the leak was fixed on Monday",
        speaker_name="Lenmore Water",
    ),
    Case(
        "one-of-the-organisers-set-off-by-name",
        "One of the organisers, retired midwife Hilde Brandt, said the march would go ahead.",
        "the march would go ahead",
        speaker_name="Hilde Brandt",
        type="person",
    ),
    # an alias, an outlet named with "of", a pollster with its client (red teams 110, 120)
    Case(
        "the-streamer-known-as-an-alias-after-the-quotation",
        "“We have done nothing wrong,” the streamer known as Kobra said on Wednesday night.",
        "We have done nothing wrong",
        speaker_name="Kobra",
        cue="said",
    ),
    Case(
        "a-channel-named-with-of-then-the-channel",
        "The Telegram channel Voice of Dernov, which has 2 million followers, said the bridge had fallen. "
        "The channel said troops were advancing.",
        "troops were advancing",
        speaker_name="Voice of Dernov",
    ),
    Case(
        "a-poll-by-a-pollster-for-a-paper",
        "A poll by Merrow Research for the Eastport Ledger found that 54 percent backed the plan.",
        "54 percent backed the plan",
        speaker_name="Merrow Research",
    ),
    Case(
        "a-poll-with-its-maker-named-before-it",
        "A Brightwater Gazette poll showed that 54 percent backed the plan.",
        "54 percent backed the plan",
        speaker_name="Brightwater Gazette",
    ),
    Case(
        "the-latest-survey-with-its-maker-named-before-it",
        "The latest Merrow Research survey found that 54 percent backed the plan.",
        "54 percent backed the plan",
        speaker_name="Merrow Research",
    ),
    # deals: the body the claim opens with, not the one it names last (red team 124)
    Case(
        "the-company-closing-a-deal-is-the-buyer",
        "Holmfirth Bakeries has agreed to acquire Ashby Mills, the company said on Monday.",
        "Holmfirth Bakeries has agreed to acquire Ashby Mills",
        speaker_name="Holmfirth Bakeries",
    ),
    Case(
        "the-carmaker-closing-a-deal-then-the-company",
        "Dravik Motors has agreed to acquire Selna Batteries, the carmaker said. "
        "The company said the deal would close in June.",
        "the deal would close in June",
        speaker_name="Dravik Motors",
    ),
    Case(
        "a-given-name-read-as-a-verb-before-the-surname",
        "Torsten Malk, chairman of Brightwater Utilities, said the deal was fair. Malk said prices would rise.",
        "prices would rise",
        speaker_name="Torsten Malk",
    ),
    Case(
        "writing-in-a-journal-then-the-expert-set-off",
        "Writing in the Westbury Review, Caleb Osei, a fellow at the Tiller Institute, argued that rents "
        "would keep rising.",
        "rents would keep rising",
        speaker_name="Caleb Osei",
        cue="argued",
    ),
    Case(
        "a-committee-on-veterans-affairs",
        "The Senate Committee on Veterans' Affairs said the backlog had doubled.",
        "the backlog had doubled",
        speaker_name="Senate Committee on Veterans' Affairs",
    ),
    # an office in capitals is no name (red team 113)
    Case(
        "an-office-in-capitals-then-the-officer-s-name",
        "The Police Public Relations Officer of the command, DSP Musa Bello, said two suspects had been arrested.",
        "two suspects had been arrested",
        speaker_name="Musa Bello",
        type="person",
    ),
    Case(
        "the-chief-press-secretary-named-before",
        "Chief Press Secretary Ade Musa said the governor would attend. The Chief Press Secretary said he was well.",
        "he was well",
        speaker_name="Ade Musa",
    ),
    Case(
        "data-released-on-a-day-by-a-body",
        "Data released on Tuesday by the Halden Statistics Office showed that prices rose 4 percent.",
        "prices rose 4 percent",
        speaker_name="Halden Statistics Office",
    ),
    Case(
        "a-captain-then-the-pilot",
        "Captain Ines Marlow landed the plane. The pilot said the engines had failed.",
        "the engines had failed",
        speaker_name="Ines Marlow",
    ),
    # a letter's sender, a date between them (red team 74)
    Case(
        "a-letter-from-a-school-on-a-day-saying",
        "Parents received a letter from Ashdown Primary School on Monday saying the school would close early.",
        "the school would close early",
        speaker="Ashdown Primary School",
        speaker_name="Ashdown Primary School",
    ),
    # schools, bands, critics, forecasters, offices 'for', federations of workers (red teams 68–74)
    Case(
        "a-school-then-the-school",
        "Ashdown Primary School said the roof was safe. The school said lessons would resume on Monday.",
        "lessons would resume",
        speaker_name="Ashdown Primary School",
    ),
    Case(
        "a-school-district-then-the-district",
        "The Harlow Unified School District said buses would run. The district said classes would start late.",
        "classes would start late",
        speaker_name="Harlow Unified School District",
    ),
    Case(
        "a-principal-then-the-principal",
        "Principal Jane Morrow said the school was safe. The principal said parents should not worry.",
        "parents should not worry",
        speaker_name="Jane Morrow",
    ),
    Case(
        "a-band-then-the-band",
        "The Lanterns said the tour was cancelled. The band said fans would get refunds.",
        "fans would get refunds",
        speaker_name="Lanterns",
    ),
    Case(
        "a-critic-then-the-critic",
        "Critic Mara Lind called the film a triumph. The critic said it was the best of the year.",
        "it was the best of the year",
        speaker_name="Mara Lind",
    ),
    Case(
        "a-startup-in-an-apposition-then-the-startup",
        "Polyphon AI, a startup based in Kelby, said it would appeal. The startup said the fine was unfair.",
        "the fine was unfair",
        speaker_name="Polyphon AI",
    ),
    Case(
        "a-forecaster-then-the-forecaster",
        "Forecaster Ian Doyle said the storm would strengthen. The forecaster said winds could reach 120 km/h.",
        "winds could reach",
        speaker_name="Ian Doyle",
    ),
    Case(
        "an-office-for-then-the-agency",
        "The Office for Migrant Protection said arrivals had doubled. The agency said it needed more staff.",
        "it needed more staff",
        speaker_name="Office for Migrant Protection",
    ),
    Case(
        "a-teachers-federation-then-the-union",
        "The Kelby Teachers' Federation said members would strike. The union said talks had failed.",
        "talks had failed",
        speaker_name="Kelby Teachers' Federation",
    ),
    Case(
        "a-president-elect-then-the-president-elect",
        "President-elect Ilse Marquand said she would unite the country. The president-elect said her first act would be a tax cut.",
        "her first act would be a tax cut",
        speaker_name="Ilse Marquand",
    ),
    Case(
        "a-pop-star-then-the-singer",
        "Pop star Nia Poll said the tour was over. The singer said she needed rest.",
        "she needed rest",
        speaker_name="Nia Poll",
    ),
    Case(
        "an-observatory-for-then-the-observatory",
        "The Valmont Observatory for Human Rights said 40 people died. The Observatory said the toll could rise.",
        "the toll could rise",
        speaker_name="Valmont Observatory for Human Rights",
    ),
    Case(
        "a-detective-constable",
        "Det Con James Huddle said the man was arrested.",
        "the man was arrested",
        speaker_name="James Huddle",
    ),
    # rights monitors, health briefings, parliaments (red teams 54, 55, 56)
    Case(
        "a-body-of-a-country-then-the-commission",
        "The Human Rights Commission of Kessary published its findings on Monday. The commission said most "
        "cases involved beatings.",
        "most cases involved beatings",
        speaker_name="Human Rights Commission of Kessary",
    ),
    Case(
        "a-centre-then-the-centre",
        "The Continental Centre for Disease Prevention said on Monday it was monitoring the outbreak. The "
        "centre said the new strain had been detected in nine countries.",
        "the new strain had been detected",
        speaker="The centre",
        speaker_name="Continental Centre for Disease Prevention",
    ),
    Case(
        "the-democrat-after-a-democrat-from-a-state",
        "Senate Majority Leader Thomas Reyes, a Democrat from Maine, said the vote would take place next week. "
        "The Democrat added: “We will not be held hostage.”",
        "We will not be held hostage",
        speaker_name="Thomas Reyes",
    ),
    Case(
        "the-deputy-from-a-place",
        "The deputy from Kharvik, Ilya Sorin, said the vote had been rigged. “This parliament is a theatre,” "
        "the deputy told journalists outside the chamber.",
        "This parliament is a theatre",
        speaker_name="Ilya Sorin",
    ),
    # interviews (red team 52)
    Case(
        "a-minister-for-a-portfolio-then-the-minister",
        "The minister for housing, Delia Okonkwo, said rents would be frozen. The minister added that the "
        "freeze would last a year.",
        "the freeze would last a year",
        speaker_name="Delia Okonkwo",
    ),
    Case(
        "the-chairman-of-a-committee-then-the-chairman",
        "The chairman of the committee, Piotr Salo, said the hearing would resume. The chairman added that "
        "witnesses would be called.",
        "witnesses would be called",
        speaker_name="Piotr Salo",
    ),
    Case(
        "someone-s-message-was-simple-colon",
        "Health Minister Runa Falk’s message to hospitals was simple: “Prepare for the worst.”",
        "Prepare for the worst",
        speaker_name="Runa Falk",
        kind="direct",
    ),
    Case(
        "his-answer-was-blunt-colon",
        "Governor Peter Ekwe was asked whether he would resign. His answer was blunt: “Absolutely not.”",
        "Absolutely not",
        speaker_name="Peter Ekwe",
        kind="direct",
    ),
    Case(
        "the-tycoon-is-a-person-named-before",
        "Shipping tycoon Ansel Quint bought the pier in May. The tycoon said he would reopen it by June.",
        "he would reopen it by June",
        speaker_name="Ansel Quint",
        type="person",
    ),
    Case(
        "a-surname-with-a-capital-inside-takes-the-full-name",
        "There is Arden County, where Sen. Ross McAllan faces two challengers.\n\nMcAllan said he was not "
        "worried.",
        "he was not worried",
        speaker_name="Ross McAllan",
    ),
    Case(
        "he-after-a-name-that-only-describes-a-role-is-the-role-holder",
        "Senator Ruth Okafor spoke on Monday. Okafor spokesman Dan Ruel would not say when the vote would be "
        "held.\n“I have no announcements yet,” he said.",
        "I have no announcements yet",
        speaker_name="Dan Ruel",
    ),
    Case(
        "a-description-after-another-person-named-in-its-sentence-is-no-guess",
        "Sen. Karl Brandt (R-Ore.) backed the bill last month.\n\nPaula Greer defends her record in a new "
        "advertisement: “I fought for every farm in this state,” the senator says.",
        "I fought for every farm",
        speaker_name=None,
    ),
    # parliaments (red team 56)
    Case(
        "the-democrat-after-a-party-tag",
        "Sen. Thomas Reyes (D-Ore.) blocked the bill on Tuesday. The Democrat said the measure would gut "
        "oversight.",
        "the measure would gut oversight",
        speaker_name="Thomas Reyes",
        type="person",
    ),
    Case(
        "the-tory-after-a-tory-mp",
        "Tory MP Jane Hollis voted against the motion. The Tory said the measure would gut oversight.",
        "the measure would gut oversight",
        speaker_name="Jane Hollis",
    ),
    Case(
        "the-senator-after-sen-dot",
        "Sen. Thomas Reyes said the bill was flawed. The senator added that he would vote no.",
        "he would vote no",
        speaker_name="Thomas Reyes",
    ),
    Case(
        "the-congresswoman-after-rep-dot",
        "Rep. Paula Ng said the bill was flawed. The congresswoman added that she would vote no.",
        "she would vote no",
        speaker_name="Paula Ng",
    ),
    # interviews (red team 52): the one asked answers
    Case(
        "the-answer-is-the-one-asked-s",
        "Radio host Paul Marsh asked Governor Peter Ekwe whether he would resign. “Absolutely not,” he said.",
        "Absolutely not",
        speaker_name="Peter Ekwe",
    ),
    Case(
        "the-answer-in-the-next-paragraph-is-the-one-asked-s",
        "Radio host Paul Marsh asked Governor Peter Ekwe whether he would resign.\n\n“Absolutely not,” he "
        "replied.",
        "Absolutely not",
        speaker_name="Peter Ekwe",
    ),
    Case(
        "the-answer-of-the-one-asked-about-a-topic",
        "Anna Berg asked Maria Lind about the budget. “It is balanced,” she said.",
        "It is balanced",
        speaker_name="Maria Lind",
    ),
    # Ranks abbreviated with a full stop (red team 47).
    *(
        Case(
            f"the-{noun}-after-{rank.lower().replace('.', '').replace(' ', '-')}",
            f"{rank} Ilya Varn said the town had been retaken. The {noun} said 14 soldiers had died.",
            "14 soldiers had died",
            speaker_name="Ilya Varn",
        )
        for rank, noun in [
            ("Lt. Col.", "colonel"),
            ("Brig. Gen.", "general"),
            ("Capt.", "captain"),
            ("Maj.", "major"),
        ]
    ),
    # red team 190 (session 43): a goalkeeper is the keeper, a striker the attacker
    # red team 188 (session 43): an office described, then its holder named by it a paragraph later
    Case(
        "the-mayor-then-mayor-tom-lyle",
        "The mayor of Dunford said on Tuesday that the pool would close.\n\nMayor Tom Lyle said the council "
        "could not pay the bills.",
        "the pool would close",
        speaker_name="Tom Lyle",
    ),
    # review 6 of session 43
    Case(
        "the-mayor-then-mayor-tom-lyle-with-an-aside",
        "The mayor of Dunford said the pool would close.\n\nMayor Tom Lyle, who took office in May, said the "
        "council could not pay.",
        "the pool would close",
        speaker_name="Tom Lyle",
    ),
    Case(
        "the-town-s-mayor-then-mayor-tom-lyle",
        "The town's mayor said the pool would close.\n\nMayor Tom Lyle said the council could not pay.",
        "the pool would close",
        speaker_name="Tom Lyle",
    ),
    Case(
        "the-officer-then-another-officer-named",  # review 7 of session 43
        "The officer said he had fired in self-defence.\n\nAnother officer at the scene contradicted him. The "
        "officer, Sgt Ben Hall, said no warning was given.",
        "he had fired in self-defence",
        speaker_name=None,
    ),
    Case(
        "the-indian-is-not-an-indy-500-champion",
        "Rohit Verma beat Indy 500 champion Tom Hart in the final. “It was close,” said the Indian.",
        "It was close",
        speaker_name=None,
    ),
    Case(
        "the-ukrainian-of-ukraine-not-the-next-name",
        "Olena Bondar of Ukraine beat Latvia's Anna Ozola 6-3 6-2. “I played well,” said the Ukrainian.",
        "I played well",
        speaker_name="Olena Bondar",
    ),
    Case(
        "the-n-year-old-not-a-woman-aged-so",
        "Tom Hart attacked a woman aged 71. Judge Ana Ruiz jailed him for six years. Outside court, the "
        "71-year-old said she could finally sleep.",
        "she could finally sleep",
        speaker_name=None,
    ),
    # review 7 of session 43: a company named before and another opening the sentence: either
    Case(
        "the-company-opening-its-sentence-after-another-named-before",
        "Brindle Corp rejected a takeover offer on Monday. Halvard Group's bid undervalues the business, the "
        "company said.",
        "undervalues the business",
        speaker_name=None,
    ),
    Case(
        "the-company-opening-its-sentence-with-no-figures",
        "Brindle Corp's board has approved a $2bn share buyback, the company said.",
        "share buyback",
        speaker_name="Brindle Corp",
    ),
    Case(
        "the-company-of-a-release-beside-a-clinic",
        "Brennick Labs Inc. today announced results from a trial at the Mayo Clinic. The Company said the "
        "results were strong.",
        "the results were strong",
        speaker_name="Brennick Labs Inc.",
    ),
    Case(
        "the-mayor-then-a-mayor-of-another-town",
        "The mayor of Dunford said the pool would close.\n\nMayor Tom Lyle of neighbouring Ashby said the "
        "council could not pay.",
        "the pool would close",
        speaker_name=None,
    ),
    Case(
        "the-defence-lawyer-then-the-prosecution-lawyer",
        "The defence lawyer said his client had been at home. The prosecution lawyer, Ben Hall, said the alibi "
        "was false.",
        "his client had been at home",
        speaker_name=None,
    ),
    Case(
        "the-deputy-mayor-then-the-mayor",
        "The deputy mayor of Dunford said the pool would close.\n\nMayor Tom Lyle said the council could not pay.",
        "the pool would close",
        speaker_name=None,
    ),
    Case(
        "the-company-then-a-regulator-s-approval",
        "Brindle Corp reported its results on Tuesday. The FDA's approval of its heart drug in March lifted "
        "sales, the company said.",
        "lifted sales",
        speaker_name="Brindle Corp",
    ),
    Case(
        "the-company-a-release-names-with-a-group-s-name",
        "DUNFORD, England, March 12, 2025 -- Halvard Group today announced record third-quarter results. The "
        "Company said revenue rose 14%.",
        "revenue rose 14%",
        speaker_name="Halvard Group",
    ),
    Case(
        "the-ukrainian-shown-by-ukraine",
        "Ukraine's Olena Bondar beat Latvia's Anna Ozola 6-3 6-2. “I played well,” said the Ukrainian.",
        "I played well",
        speaker_name="Olena Bondar",
    ),
    Case(
        "the-dutchman-not-a-surname-holland",
        "Dutch midfielder Jan Vos and England's Tom Holland both scored. “It was fun,” said the Dutchman.",
        "It was fun",
        speaker_name="Jan Vos",
    ),
    Case(
        "the-mayor-then-the-deputy-mayor",
        "The mayor said on Tuesday that the pool would close.\n\nDeputy Mayor Tom Lyle said the council could "
        "not pay the bills.",
        "the pool would close",
        speaker_name=None,
    ),
    Case(
        "the-city-then-its-attorney",
        "The city of Phoenix is demanding that the campaign stop using the image.\n\nCity Attorney Brad Holm "
        "said the campaign had broken the law.",
        "stop using the image",
        speaker_name=None,
    ),
    Case(
        "the-keeper-after-a-goalkeeper",
        "Goalkeeper Samuel Okafor saved two penalties. “I guessed right,” the keeper said.",
        "I guessed right",
        speaker_name="Samuel Okafor",
    ),
    # review 5 of session 43: an attacker is no striker in crime copy
    Case(
        "the-attacker-is-no-striker",
        "Striker Jonas Berg was punched outside a nightclub on Saturday. The attacker told police he had "
        "been provoked.",
        "he had been provoked",
        speaker_name=None,
    ),
    Case(
        "the-dane-after-a-player",
        "Marden signed striker Jonas Holm from Dunmore in the summer. “I love it here,” the Dane said.",
        "I love it here",
        speaker_name="Jonas Holm",
        type="person",
    ),
    Case(
        "the-brazilian-with-no-one-named-is-no-one",
        "“I love it here,” the Brazilian said.",
        "I love it here",
        speaker_name=None,
        type="person",
    ),
    # a people's word the list lacks, whose country the article named (red team 130)
    Case(
        "the-kesslander-after-a-kesslandic-sprinter",
        "Kesslandic sprinter Tiia Raunio lost her appeal on Friday. “I am heartbroken, but I am not "
        "finished,” the Kesslander said.",
        "I am heartbroken, but I am not finished",
        speaker_name="Tiia Raunio",
        type="person",
    ),
    # red team 190 (session 43): the one the article shows to be of that nation; with several named
    # and none shown, no one (not the nearest man)
    Case(
        "the-norwegian-of-two-players-none-shown",
        "Callum Baird beat Henrik Sorlie in straight sets. “I was too passive,” said the Norwegian.",
        "I was too passive",
        speaker_name=None,
        type="person",
    ),
    Case(
        "the-norwegian-shown-in-an-apposition",
        "Henrik Sorlie, a Norwegian, lost to Callum Baird. “I was too passive,” said the Norwegian.",
        "I was too passive",
        speaker_name="Henrik Sorlie",
    ),
    Case(
        "the-scot-shown-by-his-country",
        "Scotland's Callum Baird beat Henrik Sorlie. “I was too passive,” said the Scot.",
        "I was too passive",
        speaker_name="Callum Baird",
    ),
    Case(
        "the-frenchman-shown-by-his-adjective",
        "French forward Hugo Marchand and Spanish defender Iker Salazar were sent off. “It was harsh,” said "
        "the Frenchman.",
        "It was harsh",
        speaker_name="Hugo Marchand",
    ),
    # review 4 of session 43: a people's words are its country's and its adjective, whole; whom the
    # speaker's own words name is no other candidate
    Case(
        "the-dane-shown-by-denmark-not-daniel",
        "Denmark's Lars Berg beat Daniel Wood in the final. “I was lucky,” said the Dane.",
        "I was lucky",
        speaker_name="Lars Berg",
    ),
    Case(
        "the-spaniard-shown-by-spain",
        "Spain's Carlos Ruiz beat Tom Hart. “It was hard,” said the Spaniard.",
        "It was hard",
        speaker_name="Carlos Ruiz",
    ),
    Case(
        "the-norwegian-naming-his-coach",
        "Henrik Sorlie won the sprint in Bergen. “I owe it all to my coach Tom Hart,” said the Norwegian.",
        "I owe it all",
        speaker_name="Henrik Sorlie",
    ),
    Case(
        "the-dutchman-the-one-person-named",
        "Max Verstappen won in Monaco. “It was a great race,” said the Dutchman.",
        "It was a great race",
        speaker_name="Max Verstappen",
    ),
    Case(
        "the-kesslander-with-no-one-named-is-no-one",
        "The Kesslander told reporters in Haldis that she would appeal.",
        "that she would appeal",
        speaker_name=None,
        type="person",
    ),
    # Local news (red team 49).
    Case(
        "a-given-name-alone-after-the-full-name",
        "Priya Nandakumar, 38, runs the bakery on Chapel Street with her husband. “We've had three "
        "break-ins this year,” Priya said.",
        "We've had three break-ins this year",
        speaker_name="Priya Nandakumar",
    ),
    Case(
        "the-mother-of-two",
        "Karen Doyle, 42, was walking home when the wall collapsed. “I was shaking for hours,” said the "
        "mother-of-two.",
        "I was shaking for hours",
        speaker_name="Karen Doyle",
    ),
    Case(
        "the-father-of-three",
        "Tom Hale was walking home when the wall collapsed. “I was shaking for hours,” said the father of three.",
        "I was shaking for hours",
        speaker_name="Tom Hale",
    ),
    Case(
        "a-given-name-the-tagger-does-not-know",
        "Volunteers searched the allotments on Sunday. Tomasz Pike said the cat was missing.",
        "the cat was missing",
        speaker_name="Tomasz Pike",
        type="person",
    ),
    Case(
        "the-rev-without-a-full-stop",
        "The Rev Judith Kerr, vicar of St Michael's, said the church roof appeal had reached its target.",
        "the church roof appeal had reached its target",
        speaker_name="Judith Kerr",
        type="person",
    ),
    Case(
        "the-firm-after-a-firm-described-by-a-person-s-noun",
        "Kestrel Partners, the activist investor, has built a 5% stake in Telvana. The firm said the shares "
        "were cheap.",
        "the shares were cheap",
        speaker_name="Kestrel Partners",
        type="organization",
    ),
    # Wire copy (red team 42).
    Case(
        "a-dateline-s-place-written-as-a-name-is-no-speaker",
        "Dolmar, March 2, ARNA -- Foreign Minister Ilse Brandvik said the talks had failed.",
        "the talks had failed",
        speaker="Foreign Minister Ilse Brandvik",
        speaker_name="Ilse Brandvik",
        type="person",
    ),
    Case(
        "him-quoted-by-an-agency-is-never-the-agency",
        "Foreign Minister Pavel Ostrik held talks in Port Selene on Monday. VESNA quoted him as saying the "
        "visit had been “productive.”",
        "the visit had been",
        speaker="him",
        speaker_name="Pavel Ostrik",
    ),
    # Science and business copy (session 30's red teams 44 and 45).
    Case(
        "a-scientist-s-occupation-opening-the-sentence-is-no-part-of-her-name",
        "Oceanographer Lise Brandvold, 43, has spent a decade at sea.\n\n"
        "“The currents are changing,” the 43-year-old said.",
        "The currents are changing",
        speaker_name="Lise Brandvold",
    ),
    # an age that tells reporters, which the parser read as one noun phrase (red team 130)
    Case(
        "the-27-year-old-told-reporters-after-the-quotation",
        "Sprinter Tiia Raunio was banned for four years. “I am innocent,” the 27-year-old told reporters.",
        "I am innocent",
        speaker_name="Tiia Raunio",
        cue="told",
    ),
    Case(
        "the-24-year-old-told-reporters-that",
        "Sprinter Tiia Raunio was banned. The 24-year-old told reporters in Valmont that she had been "
        "“let down” by the testing system.",
        "she had been “let down” by the testing system",
        speaker_name="Tiia Raunio",
        cue="told",
    ),
    Case(
        "the-scientist-after-an-oceanographer",
        "Oceanographer Lise Brandvold has spent a decade at sea.\n\n"
        "“We did not expect this,” the scientist said.",
        "We did not expect this",
        speaker_name="Lise Brandvold",
    ),
    Case(
        "the-cfo-after-a-chief-financial-officer",
        "Kaito Renmark, Orvik's chief financial officer, spoke to analysts on Tuesday.\n\n"
        "“Margins will recover,” the CFO added.",
        "Margins will recover",
        speaker_name="Kaito Renmark",
        type="person",
    ),
    Case(
        "a-memoir-speaks-for-its-author",
        "According to Axelrod’s memoir, she later compared the meeting to a root canal.",
        "she later compared the meeting to a root canal",
        speaker_name="Axelrod",
    ),
    Case(
        "the-broadcaster-after-a-channel",
        "Channel 9 said in a statement that it stood by its reporting. The broadcaster added that it had "
        "every confidence in its journalists.",
        "every confidence in its journalists",
        speaker_name="Channel 9",
    ),
    # Business and local-government copy (red team 41).
    Case(
        "the-lender-after-a-bank",
        "Kelsworth Bank said on Monday that it had been the victim of a cyber attack.\n\n"
        "The lender said it had contacted all affected customers and reset their passwords.",
        "it had contacted all affected customers",
        speaker_name="Kelsworth Bank",
    ),
    Case(
        "the-regulator-after-an-office-that-opened-a-paragraph",
        "The Information Standards Office has fined the messaging app Chatterbox £7.5 million for failing "
        "to protect children's data.\n\nThe regulator said the app had allowed strangers to send messages "
        "to users as young as 11.",
        "the app had allowed strangers",
        speaker_name="Information Standards Office",
    ),
    # bodies described by what they are (red teams 129 and 130)
    Case(
        "the-ngo-after-a-rights-group",
        "Civic Shield International published the report on Monday. The NGO said 40 people had been detained.",
        "40 people had been detained",
        speaker_name="Civic Shield International",
        type="organization",
    ),
    Case(
        "the-governing-body-after-a-council",
        "The World Handball Council fined the club 50,000 euros. The governing body said the fine was final.",
        "the fine was final",
        speaker_name="World Handball Council",
        type="organization",
    ),
    Case(
        "the-body-after-a-union",
        "The International Rowing Union has rejected calls for a ban. The body said in a statement that "
        "the rules were clear.",
        "that the rules were clear",
        speaker_name="International Rowing Union",
        type="organization",
    ),
    Case(
        "the-watchdog-after-an-authority-with-a-hyphen",
        "The Kessland Anti-Doping Authority opened a case. The watchdog said the athletes had been suspended.",
        "the athletes had been suspended",
        speaker_name="Kessland Anti-Doping Authority",
    ),
    Case(
        "the-club-after-a-club-with-no-club-word",
        "Dynamo Vessel have sacked their team doctor. The club said the decision was final.",
        "the decision was final",
        speaker_name="Dynamo Vessel",
    ),
    Case(
        "the-journal-after-a-journal",
        "The Halvern Journal of Cell Biology retracted the paper on Tuesday. “The decision was unanimous,” "
        "the journal said.",
        "The decision was unanimous",
        speaker_name="Halvern Journal of Cell Biology",
        type="organization",
    ),
    # an outlet's name before its noun, or read as an adverb of the verb (red team 128)
    *(
        Case(
            f"an-outlet-named-before-its-noun-{name.lower().replace(' ', '-')}",
            text,
            "talks had collapsed",
            speaker_name=name,
        )
        for text, name in [
            ("The Tasnim news agency reported that talks had collapsed.", "Tasnim"),
            ("The Global Times tabloid reported that talks had collapsed.", "Global Times"),
            ("The Kelso Herald newspaper said talks had collapsed.", "Kelso Herald"),
            # a Persian name with its linking "-e" (red team 185, session 43)
            ("The Sobh-e Karvan newspaper said talks had collapsed.", "Sobh-e Karvan"),
            ("The Mehr-e Azad channel said talks had collapsed.", "Mehr-e Azad"),
        ]
    ),
    Case(
        "a-paper-from-a-place-is-unnamed",
        "A Kelso newspaper said talks had collapsed.",
        "talks had collapsed",
        speaker_name=None,
    ),
    Case(
        "the-state-news-agency-with-no-name-is-unnamed",
        "The state news agency said talks had collapsed.",
        "talks had collapsed",
        speaker_name=None,
    ),
    Case(
        "an-agency-s-name-read-as-an-adverb",
        "The state news agency KARNA quoted President Arvan Toldek as saying that the opposition was a tool.",
        "President Arvan Toldek as saying",
        speaker_name="KARNA",
    ),
    # left open by the thirty-seventh session
    Case(
        "an-ex-role-after-the-verb-in-a-headline",
        "Tank upgrade ‘a fiasco’, says ex-general",
        "Tank upgrade ‘a fiasco’",
        speaker="ex-general",
        speaker_name=None,
    ),
    # a public service's name joined by "and", which the recogniser broke in two (red team 148)
    *(
        Case(
            f"a-service-named-with-and-{k}",
            f"{name} said crews were at the scene.",
            "crews were at the scene",
            speaker_name=name,
            type="organization",
        )
        for k, name in enumerate(
            ["Kent Fire and Rescue Service", "Scottish Fire and Rescue Service", "Devon and Cornwall Police"]
        )
    ),
    Case(
        "the-service-after-a-service-named-with-and",
        "Kent Fire and Rescue Service sent six engines. The service said the fire was out.",
        "the fire was out",
        speaker_name="Kent Fire and Rescue Service",
    ),
    *(
        Case(
            f"two-bodies-joined-by-and-are-a-group-{k}",
            f"{names} said the road was shut.",
            "the road was shut",
            speaker_name=None,
            type="group",
        )
        for k, names in enumerate(
            [
                "Kent Police and Essex Police",
                "Kelso Council and Kelso Police",
                "Hampshire Constabulary and Southampton City Council",
            ]
        )
    ),
    Case(
        "fire-and-rescue-without-its-service",
        "Kent Fire and Rescue said crews were at the scene.",
        "crews were at the scene",
        speaker_name="Kent Fire and Rescue",
        type="organization",
    ),
    Case(
        "a-person-and-a-council-are-two",
        "Anna Bell and Kelso Council said the road was shut.",
        "the road was shut",
        speaker_name=None,
        type="group",
    ),
    # someone by what they are after a verb of shouting (red teams 147, 149)
    *(
        Case(
            f"shouted-someone-by-what-they-are-{k}",
            text,
            "Get out",
            speaker=speaker,
            speaker_name=None,
            cue="shouted",
        )
        for k, (text, speaker) in enumerate(
            [
                ("“Get out,” shouted one fan.", "one fan"),
                ("“Get out,” shouted a supporter.", "a supporter"),
                ("“Get out,” shouted one picket.", "one picket"),
                ("“Get out,” shouted protesters.", "protesters"),
            ]
        )
    ),
    # a portfolio "for" before the holder's name (red team 154)
    Case(
        "a-cabinet-member-for-a-portfolio-before-the-name",
        "Cabinet member for housing Jo Bell said the plan was fine.",
        "the plan was fine",
        speaker_name="Jo Bell",
    ),
    Case(
        "a-spokesman-for-a-candidate-speaks-for-the-candidate",
        "A spokesman for presidential candidate Hillary Clinton said the plan was fine.",
        "the plan was fine",
        speaker_name=None,
    ),
    # Dutch and Spanish particles (red team 159)
    *(
        Case(f"a-name-with-a-particle-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                ("“We have cut our herd,” said Anna ten Brink.", "We have cut our herd", "Anna ten Brink"),
                (
                    "Ignacio de los Ríos said the water quotas were absurd.",
                    "the water quotas were absurd",
                    "Ignacio de los Ríos",
                ),
                (
                    "“The Hague wants our land,” said Piet op den Kamp.",
                    "The Hague wants our land",
                    "Piet op den Kamp",
                ),
            ]
        )
    ),
    # "he" after a spokesman unnamed, who spoke in the sentence before (red team 158)
    Case(
        "he-after-an-unnamed-spokesman-is-not-someone-named-before",
        "Mick Doyle was furious. “We are sorry,” a spokesman said. “Expect crowding,” he added.",
        "Expect crowding",
        speaker_name=None,
    ),
    # … but not a mood said of a thing, nor before words someone else said (a review of session 39)
    *(
        Case(f"a-mood-before-a-colon-that-is-no-one-s-{k}", text, quote, speaker=speaker)
        for k, (text, quote, speaker) in enumerate(
            [
                (
                    "His tone was dismissive: “I have nothing more to say about it.”",
                    "I have nothing more",
                    None,
                ),
                (
                    "Residents were furious: “We were never consulted,” said Jo Bell, 62.",
                    "We were never consulted",
                    "Jo Bell, 62",
                ),
                ("Tom Kell was blunt: “We will not pay a penny more,” he said.", "We will not pay", "he"),
            ]
        )
    ),
    Case(
        "he-after-an-unnamed-officer-is-not-the-inspector-named-before",
        "Inspector Tom Reid led the raid on Tuesday. “It was a shocking scene,” a police officer said. "
        "“I had never seen anything like it,” he added.",
        "I had never seen anything like it",
        speaker_name=None,
    ),
    *(
        Case(f"a-mood-before-a-colon-a-reader-gives-its-speaker-{k}", text, quote, speaker=speaker)
        for k, (text, quote, speaker) in enumerate(
            [
                (
                    "Delgado was blunt: “In two years’ time this club will not exist.”",
                    "this club will not exist",
                    "Delgado",
                ),
                ("The union was furious: “Our members will strike.”", "Our members will strike", "The union"),
            ]
        )
    ),
    Case(
        "the-cabinet-member-for-a-portfolio-before-the-name",
        "The cabinet member for housing Jo Bell said the plan was fine.",
        "the plan was fine",
        speaker_name="Jo Bell",
    ),
    Case(
        "a-person-named-storm-beside-a-forecast",
        "Storm Ashwell, chief economist at Kelso Bank, said the forecast for growth had been cut.",
        "the forecast for growth had been cut",
        speaker_name="Storm Ashwell",
    ),
    Case(
        "he-said-after-a-relative-is-the-one-the-story-is-about",
        "Tom Hale was found guilty on Monday. “Justice has been done,” a relative of the victim said. He said he would appeal.",
        "he would appeal",
        speaker_name="Tom Hale",
    ),
    Case(
        "she-after-a-storm-named-in-weather-news",
        "Storm Ashby hit Cornwall on Friday. “It was frightening,” she said. A forecaster said the storm would weaken.",
        "It was frightening",
        speaker_name=None,
    ),
    Case(
        "she-after-a-person-named-storm-facing-a-storm-of-criticism",
        "Storm Huntley faced a storm of criticism. “I regret the remark,” she said.",
        "I regret the remark",
        speaker_name="Storm Huntley",
    ),
    Case(
        "he-said-in-a-quotation-opening-its-sentence-after-an-unnamed-officer",
        "Inspector Carl Moss led the raid on Tuesday. “It was chaos,” a police officer said. “We had no warning,” he said.",
        "We had no warning",
        speaker_name=None,
    ),
    Case(
        "a-person-named-storm-who-will-not-storm-out",
        "Storm Huntley said she would not storm out of the studio again.",
        "she would not storm out",
        speaker_name="Storm Huntley",
    ),
    Case(
        "a-surname-that-is-a-word-in-a-mood",
        "Marco Sign was furious: “This is a betrayal.”",
        "This is a betrayal",
        speaker_name="Marco Sign",
    ),
    *(
        Case(f"a-pronoun-going-on-after-a-relative-unnamed-{k}", text, quote, speaker_name=None)
        for k, (text, quote) in enumerate(
            [
                (
                    "Tom Reed, 19, died at the scene. “He was a lovely lad,” his uncle said. “We are devastated,” he added.",
                    "We are devastated",
                ),
                (
                    "Mia Holt, 17, died on Friday. “She was our world,” her mother said. “We miss her,” she added.",
                    "We miss her",
                ),
                # a review of session 40
                (
                    "Mia Holt, 17, died on Friday. “She was our world,” her mother said. “We miss her,” she said.",
                    "We miss her",
                ),
                (
                    "Detective Inspector Sara Lamb appealed for witnesses. “Jess was a kind soul,” her mother "
                    "said. “We just want answers,” she said.",
                    "We just want answers",
                ),
                (
                    "Liam Cole, 19, died in the crash. “He was a lovely lad,” said his uncle. “We are devastated,” he added.",
                    "We are devastated",
                ),
                (
                    "Mark Lowe, 45, was charged with fraud on Monday. “My client denies all charges,” his lawyer "
                    "said. “We will fight this in court,” he said.",
                    "We will fight this in court",
                ),
                (
                    "Ruth Ellery, 88, died at home. “She was the heart of the village,” Ruth Ellery’s daughter "
                    "said. “Mum was fearless,” she said.",
                    "Mum was fearless",
                ),
            ]
        )
    ),
    # the child or the father: the text does not tell (a review of session 40 found that taking the
    # person named before gave the dead, the victims and the defendants their relatives' words)
    Case(
        "the-child-after-a-parent-s-words-is-no-one-named",
        "Ahmed Khan, 9, raised £5,000 for charity. “We are so proud,” his father said. “I wanted to help,” he said.",
        "I wanted to help",
        speaker_name=None,
    ),
    Case(
        "a-reported-statement-after-a-lawyer-s-words-is-the-defendant",
        "Mark Lowe, 45, was charged with fraud on Monday. “My client denies all charges,” his lawyer said. "
        "He said he would appeal.",
        "he would appeal",
        speaker_name="Mark Lowe",
    ),
    Case(
        "she-after-her-spokesman-s-words-is-the-woman-named-before",
        "Dana Varek spoke in Kelso. “We will win,” her spokesman said. “The polls are wrong,” she said.",
        "The polls are wrong",
        speaker_name="Dana Varek",
    ),
    *(
        Case(
            f"a-person-named-storm-set-off-in-weather-news-{k}",
            text,
            "roads were closed",
            speaker_name="Storm Huntley",
        )
        for k, text in enumerate(
            [
                "Weather warnings are in place. Storm Huntley, a spokeswoman for the council, said roads were closed.",
                # a review of session 40: any description of someone, not only a role in the list
                "Weather warnings are in place. Storm Huntley, 34, said roads were closed.",
                "Weather warnings are in place. Storm Huntley, the landlady of the Ship Inn, said roads were closed.",
                "Weather warnings are in place. Storm Huntley, a mum of three from Bude, said roads were closed.",
                "Weather warnings are in place. Storm Huntley, a spokeswoman for the weather service, said roads "
                "were closed.",
            ]
        )
    ),
    Case(
        "a-director-for-a-carmaker-speaks-for-it",
        "A director for carmaker Volta Motors said sales had fallen.",
        "sales had fallen",
        speaker_name=None,
    ),
    Case(
        "a-manner-before-a-single-quoted-line-said-by-another",
        "Residents were furious: ‘We were never consulted’ one man said.",
        "We were never consulted",
        speaker="one man",
    ),
    Case(
        "a-director-for-a-client-speaks-for-the-client",
        "A director for client Mark Rees said the contract had been honoured.",
        "the contract had been honoured",
        speaker_name=None,
    ),
    Case(
        "he-after-a-spokeswoman-is-the-man-named-before",
        "Tom Kell, 45, denies the charges. “Mr Kell will fight this,” a family spokeswoman said. He has said he is innocent.",
        "he is innocent",
        speaker_name="Tom Kell",
    ),
    Case(
        "he-after-a-question-asked-is-the-one-asked",
        "Prime Minister Tom Kell faced questions on Tuesday. “Will you resign?” one reporter asked. “Absolutely not,” he said.",
        "Absolutely not",
        speaker_name="Tom Kell",
    ),
    Case(
        "a-vietnamese-name-with-a-latin-1-letter-beside-others",
        "Health Minister Đào Hồng Lan said cases were falling.",
        "cases were falling",
        speaker_name="Đào Hồng Lan",
        role="Health Minister",
    ),
    # the mood someone spoke in, before the colon (red teams 149, 159)
    *(
        Case(f"a-mood-before-a-colon-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                ("Delgado was blunt: “We strike at midnight.”", "We strike at midnight", "Delgado"),
                (
                    "Sophie Le Bihan was blunter: “Mercosur is a betrayal.”",
                    "Mercosur is a betrayal",
                    "Sophie Le Bihan",
                ),
                (
                    "Zbigniew Mazur was furious: “They promised us a ban.”",
                    "They promised us a ban",
                    "Zbigniew Mazur",
                ),
            ]
        )
    ),
    # a barrister by the side taken, after an opening phrase (red team 152)
    *(
        Case(
            f"a-barrister-after-the-side-opening-the-sentence-{k}",
            text,
            "he was sorry",
            speaker_name="Ann Roe",
        )
        for k, text in enumerate(
            [
                # red team 161 (session 40): "Mitigating" was taken for the name
                "Mitigating, Ann Roe said he was sorry.",
                "Mitigating, Ann Roe, 54, said he was sorry.",
                "Prosecuting, Ann Roe said he was sorry.",
            ]
        )
    ),
    Case(
        "a-barrister-defending-after-an-opening-phrase",
        "In mitigation, Tom Beck, defending, said his client was remorseful.",
        "his client was remorseful",
        speaker_name="Tom Beck",
    ),
    # British marks: the comma outside, a short quotation is still said (a review of session 39)
    *(
        Case(
            f"a-short-quotation-before-a-comma-outside-its-marks-{k}",
            text,
            quote,
            speaker=speaker,
            cue="shouted",
        )
        for k, (text, quote, speaker) in enumerate(
            [
                ("‘Scab’, shouted one picket at the gates.", "Scab", "one picket"),
                ("‘Get out’, shouted one fan.", "Get out", "one fan"),
                ("‘Traitor’, he shouted.", "Traitor", "he"),
                ("‘Never’, shouted 200 strikers outside the depot.", "Never", "200 strikers"),
                # red team 161 (session 40): the speaker before the verb; a number with a comma
                ("‘Murderer’, a man shouted from the gallery.", "Murderer", "a man"),
                ("‘Liar’, Kell shouted as the minister left.", "Liar", "Kell"),
                ("‘Out’, shouted 5,000 fans.", "Out", "5,000 fans"),
                # a review of session 40: a capitalised speaker of up to four words
                ("‘Rubbish’, the Prime Minister shouted.", "Rubbish", "the Prime Minister"),
                ("‘Shame’, one MP shouted from the back.", "Shame", "one MP"),
                ("‘Never’, Foreign Minister Ana Ruiz shouted.", "Never", "Foreign Minister Ana Ruiz"),
                ("‘Shame’, several Labour MPs shouted.", "Shame", "several Labour MPs"),
                ("‘Shame’, the Labour leader shouted.", "Shame", "the Labour leader"),
                ("‘Goal’, the Sky Sports commentator shouted.", "Goal", "the Sky Sports commentator"),
            ]
        )
    ),
    Case(
        "a-term-opening-the-claim-before-its-attribution",
        "‘Brexit’, says Professor Alan Moor, is a word that will outlive us all.",
        "is a word that will outlive us all",
        speaker_name="Alan Moor",
    ),
    # left open by the thirty-eighth session: the attribution read as a second verb of the claim
    Case(
        "an-ex-role-of-two-words-after-a-second-verb-in-a-headline",
        "Cuts will hurt schools, warns ex-head teacher.",
        "Cuts will hurt schools",
        speaker="ex-head teacher",
        speaker_name=None,
    ),
    Case(
        "a-named-ex-role-after-a-second-verb-in-a-headline",
        "Cuts will hurt schools, warns ex-head teacher Ann Bell.",
        "Cuts will hurt schools",
        speaker_name="Ann Bell",
    ),
    # red teams 160 and 164 (session 40): a profile's one subject by what they do; a club by the
    # sentence it opens (not the club it names after, whose name shows it a club)
    *(
        Case(f"a-calling-names-the-one-person-named-before-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Fenella Hart won the award. “I cried anyway,” the actress said.",
                    "I cried anyway",
                    "Fenella Hart",
                ),
                (
                    "Kofi Mensah scored twice. The striker said he was delighted.",
                    "he was delighted",
                    "Kofi Mensah",
                ),
                # not when two are named, nor a man as an actress, nor a former one, nor a spokesman
                ("Fenella Hart beat Jo Bell to the award. “I cried,” the actress said.", "I cried", None),
                ("Tom Hart won the award. “I cried anyway,” the actress said.", "I cried anyway", None),
                (
                    "Kofi Mensah scored twice. The former striker said he was delighted.",
                    "he was delighted",
                    None,
                ),
                (
                    "Dana Varek resigned. “She did the right thing,” the spokesman said.",
                    "She did the right thing",
                    None,
                ),
                # a sixth review of session 40: the one person named before was the attacker, the
                # defendant, the reviewer
                (
                    "Police arrested Ana Ruiz, 29, at the Kelso Arena on Friday. The singer had been punched as "
                    "she left the stage. “I was terrified,” the singer said.",
                    "I was terrified",
                    None,
                ),
                (
                    "Mark Dyer, 41, has been jailed for stalking. “He ruined my life,” the singer wrote on Instagram.",
                    "He ruined my life",
                    None,
                ),
                (
                    "Ana Ruiz reviewed the memoir. The author, a former nurse, spent ten years writing it. “It was "
                    "hard,” the author said.",
                    "It was hard",
                    None,
                ),
                # a review of session 40: someone with a role of their own, another of the calling
                # between, a description with more words, a word anyone may be
                (
                    "Striker Jon Reyes scored twice. “He was unplayable,” the goalkeeper said.",
                    "He was unplayable",
                    None,
                ),
                (
                    "Judge Ana Ruiz refused to delay the trial. “It is unfair,” the public defender said.",
                    "It is unfair",
                    None,
                ),
                (
                    "Gallery owner Mira Coe opened the show. “It is a dream,” the artist said.",
                    "It is a dream",
                    None,
                ),
                (
                    "Mira Coe opened the show with a young artist. “It is a dream,” the artist said.",
                    "It is a dream",
                    None,
                ),
                (
                    "Mark Dyer, 23, was jailed for robbing a pensioner in her home. “I no longer feel safe,” the "
                    "pensioner said.",
                    "I no longer feel safe",
                    None,
                ),
            ]
        )
    ),
    *(
        Case(f"the-answer-is-the-one-asked-by-surname-{k}", text, "Yes", speaker_name="Lindqvist")
        for k, text in enumerate(
            [
                # red team 167 (session 40): the surname alone was no antecedent, so the asker answered
                "Keller asked Lindqvist whether she understood. “Yes,” she said.",
                "Ruth Keller asked Lindqvist whether she understood. “Yes,” she said.",
            ]
        )
    ),
    *(
        Case(
            f"a-party-and-a-role-name-no-one-{k}",
            text,
            quote,
            speaker_name=None,
            role="Labour MP",
            type="person",
        )
        for k, (text, quote) in enumerate(
            [
                ("The Labour MP said the plan was bad.", "the plan was bad"),
                ("‘Disgraceful’, the Labour MP said.", "Disgraceful"),
            ]
        )
    ),
    # a third review of session 40: what the tightened rules lost
    # a fourth review of session 40: the calling after another of it, a role set off after the name,
    # a relation's description; a body that names itself in the quotation
    *(
        Case(f"a-calling-that-may-be-someone-else-s-{k}", text, quote, speaker_name=None)
        for k, (text, quote) in enumerate(
            [
                (
                    "Mira Coe's new film features the singer in a cameo. “I loved making it,” the singer said.",
                    "I loved making it",
                ),
                (
                    "Jon Reyes scored twice before the Kelso striker equalised. “It was a great game,” the striker said.",
                    "It was a great game",
                ),
                (
                    "Jon Reyes, captain of Kelso Rovers, was sent off. “He was unlucky,” the goalkeeper said.",
                    "He was unlucky",
                ),
                (
                    "Ana Ruiz, 38, is the daughter of the mayor. “We will rebuild,” the mayor said.",
                    "We will rebuild",
                ),
                (
                    "Tom Hale is seeking a third term. His challenger, Lena Marsh, will face the senator in November. "
                    "“I welcome the contest,” the senator said.",
                    "I welcome the contest",
                ),
            ]
        )
    ),
    Case(
        "a-club-that-thanks-in-its-own-name",
        "Castlebridge United have sold Jon Reyes to Kelso Rovers for £3m. “Castlebridge United thanks Jon for "
        "his service,” the club said in a statement.",
        "thanks Jon for his service",
        speaker_name="Castlebridge United",
    ),
    # a fourteenth review of session 40: a club speaking for itself after criticism or a defeat "by"
    *(
        Case(f"a-club-naming-itself-after-criticism-{k}", text, quote, speaker_name="Castlebridge United")
        for k, (text, quote) in enumerate(
            [
                (
                    "Castlebridge United have been warned about their conduct after a 3-0 defeat by Harrow Town. "
                    "“Castlebridge United thanks its supporters for their patience,” the club said.",
                    "thanks its supporters",
                ),
                (
                    "Castlebridge United have been denounced by Harrow Town. “Castlebridge United regrets the tone "
                    "of these remarks,” the club said.",
                    "regrets the tone",
                ),
            ]
        )
    ),
    # a thirteenth review of session 40: a club slammed by another is spoken of
    Case(
        "a-club-slammed-by-another-is-spoken-of",
        "Castlebridge United have been slammed by Harrow Town over an approach for Jon Reyes. “Castlebridge "
        "United would like to sign Jon, but there are rules,” the club said.",
        "there are rules",
        speaker_name="Harrow Town",
    ),
    # a twelfth review of session 40: a club beaten or fined by another still names itself
    Case(
        "a-club-thrashed-by-another-names-itself",
        "Castlebridge United were thrashed 5-0 by Harrow Town on Saturday. “Castlebridge United would like to "
        "apologise to the fans,” the club said.",
        "apologise to the fans",
        speaker_name="Castlebridge United",
    ),
    # an eleventh review of session 40: British plurals; a club acted on by the one speaking
    *(
        Case(f"a-club-naming-itself-in-british-plurals-or-spoken-of-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Castlebridge United have sacked manager Jon Reyes after a defeat by Harrow Town. ‘Castlebridge "
                    "United are saddened to part company with Jon,’ the club said.",
                    "saddened to part company",
                    "Castlebridge United",
                ),
                (
                    "Castlebridge United have been reported to the league by Harrow Town over an approach for Jon "
                    "Reyes. “Castlebridge United would like to sign Jon, but there are rules,” the club said.",
                    "there are rules",
                    "Harrow Town",
                ),
            ]
        )
    ),
    # a first review of session 41: the "by" of the verb acting on the club, past figures, initials and
    # "and by"; a defeat's "by" is not it; "wish to" as "would like to"; thanks in the club's own name
    *(
        Case(f"a-club-acted-on-by-the-one-speaking-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Castlebridge United have been sued for £2.5m by Harrow Town over the collapsed transfer. "
                    "“Castlebridge United would like to pretend the deal never happened,” the club said.",
                    "pretend the deal never happened",
                    "Harrow Town",
                ),
                (
                    "Castlebridge United were criticised by their own supporters and by Harrow Town on Monday. "
                    "“Castlebridge United would like to pretend nothing happened,” the club said.",
                    "pretend nothing happened",
                    "Harrow Town",
                ),
                (
                    "Castlebridge United have been reported to the league by Harrow Town over the approach. "
                    "“Castlebridge United wish to sign Jon Reyes and approached him without permission,” the "
                    "club said.",
                    "approached him without permission",
                    "Harrow Town",
                ),
                (
                    "Castlebridge United have been reported to the league by Harrow Town over the approach. "
                    "“Castlebridge United would like to thank supporters for their patience,” the club said.",
                    "thank supporters for their patience",
                    "Castlebridge United",
                ),
                (
                    "Castlebridge United were warned over their conduct after a 3-0 defeat by Harrow Town. "
                    "“Castlebridge United would like to apologise to the referee,” the club said.",
                    "apologise to the referee",
                    "Castlebridge United",
                ),
            ]
        )
    ),
    # a tenth review of session 40: the body the sentence before is about, naming itself
    *(
        Case(f"a-club-naming-itself-after-another-named-last-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Castlebridge United have sacked manager Jon Reyes after a defeat by Harrow Town. "
                    "“Castlebridge United thanks Jon for his service,” the club said.",
                    "thanks Jon for his service",
                    "Castlebridge United",
                ),
                (
                    "Porto Alegre FC have sold Dan Reyes to Kelso Rovers. “Porto Alegre FC wishes Dan well,” the "
                    "club said.",
                    "wishes Dan well",
                    "Porto Alegre FC",
                ),
                (
                    "Kelso Rovers have signed Dan Reyes from Porto Alegre FC. “Kelso Rovers does not comment on "
                    "speculation,” the club said.",
                    "comment on speculation",
                    "Kelso Rovers",
                ),
            ]
        )
    ),
    # a ninth review of session 40: another council, a regulator by its short name
    *(
        Case(f"a-body-of-the-same-kind-in-the-quotation-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Harrowgate District Council criticised Kelso County Council over the bypass. “Kelso County "
                    "Council is disappointed by the decision,” the district council said.",
                    "disappointed by the decision",
                    "Harrowgate District Council",
                ),
                (
                    "Orbis Bank was fined by Ofcom. “Ofcom is committed to protecting customers,” the bank said.",
                    "protecting customers",
                    "Orbis Bank",
                ),
                (
                    "Kelso Rovers have signed Dan Reyes from Porto Alegre FC. “Kelso Rovers will not be making any "
                    "further comment,” the club said.",
                    "further comment",
                    "Kelso Rovers",
                ),
            ]
        )
    ),
    # an eighth review of session 40: a person, a pronoun, another kind of body or "The Council" opening
    # the quotation is not the body speaking
    *(
        Case(f"a-body-s-statement-about-someone-else-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Kelso Rovers have suspended striker Dan Reyes. “Reyes regrets his actions,” the club said.",
                    "regrets his actions",
                    "Kelso Rovers",
                ),
                (
                    "Castlebridge United confirmed the departure of manager Jo Bell. “Jo Bell is grateful to "
                    "everyone,” the club said.",
                    "grateful to everyone",
                    "Castlebridge United",
                ),
                (
                    "Orbis Bank was fined by the Financial Conduct Authority. “The Financial Conduct Authority is "
                    "committed to holding firms to account,” the bank said.",
                    "holding firms to account",
                    "Orbis Bank",
                ),
                (
                    "Kelso Council suspended its chief executive. “The Council is committed to transparency,” the "
                    "council said.",
                    "committed to transparency",
                    "Kelso Council",
                ),
                (
                    "Kelso Rovers have signed Dan Reyes from Porto Alegre FC. “Kelso Rovers will be making no "
                    "further comment,” the club said.",
                    "no further comment",
                    "Kelso Rovers",
                ),
            ]
        )
    ),
    # a seventh review of session 40: a body naming itself as it opens its statement, not another's
    # words about it
    *(
        Case(f"a-club-naming-itself-or-not-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Kelso Rovers said they were close to signing Jon Reyes. Porto Alegre FC denied it. “Kelso "
                    "Rovers will not be getting our best player,” the club said.",
                    "our best player",
                    None,
                ),
                (
                    "Castlebridge United have sold Jon Reyes to Kelso Rovers for £3m. “Everyone at Castlebridge "
                    "United thanks Jon,” the club said.",
                    "thanks Jon",
                    "Castlebridge United",
                ),
                (
                    "Castlebridge United have been accused of tapping up the Kelso Rovers captain, Jon Reyes. "
                    "“Castlebridge United will have known exactly what they were doing,” the club said.",
                    "exactly what they were doing",
                    "Kelso Rovers",
                ),
                (
                    'Kelso Rovers have reported Castlebridge United to the FA. "Castlebridge United is '
                    'disappointed that it has come to this," the club said, "but we stand by our manager."',
                    "disappointed that it has come to this",
                    "Castlebridge United",
                ),
            ]
        )
    ),
    Case(
        "a-club-the-quotation-names-or-the-one-named-after-it",
        "Kelso Rovers were fined after a complaint by Castlebridge United. “Kelso Rovers accept the decision,” "
        "the club said.",
        "Kelso Rovers accept the decision",
        speaker_name=None,
    ),
    # a fifth review of session 40: the one person again, by the calling, a sentence opening with it,
    # an award's name, a description after "is", a platform the recogniser took for a person
    *(
        Case(f"a-calling-again-is-the-one-person-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Fenella Hart won best actress at the Baftas on Sunday. “I am stunned,” the actress said.",
                    "I am stunned",
                    "Fenella Hart",
                ),
                (
                    "Tom Hale won the fight in the fifth round. The boxer, 31, had been the underdog. “I proved them "
                    "wrong,” the boxer said.",
                    "I proved them wrong",
                    "Tom Hale",
                ),
                (
                    "Mira Coe released her fourth album on Friday. “I love my fans,” the singer wrote on Instagram. "
                    "“They are everything,” the singer added.",
                    "They are everything",
                    "Mira Coe",
                ),
                (
                    "Mira Coe beat three other singers to the prize. “I am stunned,” the singer said.",
                    "I am stunned",
                    "Mira Coe",
                ),
                (
                    "Ana Ruiz, 38, is a nurse at the town’s hospital. “We have no money left,” the nurse said.",
                    "We have no money left",
                    "Ana Ruiz",
                ),
                (
                    "Mira Coe, best known for playing a detective in Kelso Blues, won the award. “I am stunned,” the "
                    "actress said.",
                    "I am stunned",
                    "Mira Coe",
                ),
            ]
        )
    ),
    Case(
        "a-party-is-a-body-not-a-role",
        "The Labour Party said the vote was rigged.",
        "the vote was rigged",
        speaker_name="Labour Party",
        type="organization",
    ),
    *(
        Case(f"a-calling-after-what-is-no-description-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Dan Kerr won the fight. “I was ready,” said the boxer. “He hit hard,” the boxer added.",
                    "He hit hard",
                    "Dan Kerr",
                ),
                (
                    "Fenella Hart, 34, won the award on Sunday. “I cried,” the actress said.",
                    "I cried",
                    "Fenella Hart",
                ),
                ("Ava Moon (pictured) won the award. “I cried,” the actress said.", "I cried", "Ava Moon"),
                (
                    "Ana Ruiz, 38, is the mayor of Kelso. “We will rebuild,” the mayor said.",
                    "We will rebuild",
                    "Ana Ruiz",
                ),
            ]
        )
    ),
    Case(
        "a-police-force-by-its-country",
        "Police Scotland said the road was closed.",
        "the road was closed",
        speaker_name="Police Scotland",
        type="organization",
    ),
    Case(
        "a-police-constable-by-his-surname",
        "Police Constable Jones said the road was closed.",
        "the road was closed",
        speaker_name="Jones",
    ),
    Case(
        "a-live-blog-update-s-hour-is-no-speaker",
        "UPDATE 3pm - Police said the road had reopened.",
        "the road had reopened",
        speaker="Police",
    ),
    Case(
        "a-live-blog-update-s-time-is-no-speaker",
        "UPDATE 3.40pm - Police said the man was bailed.",
        "the man was bailed",
        speaker="Police",
    ),
    Case(
        "the-court-is-not-the-one-its-quotation-names",
        "The Supreme Court revived the suit. “The Court of Appeals erred,” the court said.",
        "The Court of Appeals erred",
        speaker_name="Supreme Court",
    ),
    Case(
        "the-club-is-no-brewery-opening-the-sentence",
        "Kelso Brewery has ended its sponsorship of Porto Alegre FC. The club said it was disappointed.",
        "it was disappointed",
        speaker_name="Porto Alegre FC",
    ),
    Case(
        "the-club-is-the-one-the-sentence-opens-with",
        "Castlebridge United signed Reyes from Porto Alegre FC. The club said it was delighted.",
        "it was delighted",
        speaker_name="Castlebridge United",
    ),
    Case(
        "the-label-after-a-body-named-as-records",
        "Orchard Vale Records sued the singer Juno Abernathy in March. The label said on Monday that she had "
        "breached her contract.",
        "that she had breached her contract",
        speaker_name="Orchard Vale Records",
    ),
    Case(
        "the-label-after-a-food-company-is-no-one",
        "Kelso Foods recalled 4,000 bars on Monday. The label said they contained no nuts.",
        "they contained no nuts",
        speaker_name=None,
    ),
    *(
        Case(f"people-by-a-plural-opening-the-sentence-have-no-name-{k}", text, quote, speaker_name=None)
        for k, (text, quote) in enumerate(
            [
                (
                    "Shoppers told the Evening Post that the store had been busy.",
                    "that the store had been busy",
                ),
                ("Neighbours described him as quiet and polite.", "him as quiet and polite"),
            ]
        )
    ),
    Case(
        "a-club-by-a-plural-opening-the-sentence-keeps-its-name",
        "Rangers said the deal was done.",
        "the deal was done",
        speaker_name="Rangers",
    ),
    Case(
        "he-after-a-bare-surname-the-recogniser-missed",
        "Ashdown thanked his agent and the volunteers at the Corn Exchange. He then said the result had been fair.",
        "the result had been fair",
        speaker_name="Ashdown",
    ),
    # climate summits and sermons (red teams 142, 143)
    Case(
        "he-after-two-men-named-together-is-neither",
        "Sione Latu and Ousmane Barry held a joint news conference on Friday. He said the text was unacceptable.",
        "the text was unacceptable",
        speaker_name=None,
    ),
    Case(
        "a-surname-after-two-men-named-together",
        "Sione Latu and Ousmane Barry held a joint news conference on Friday. Latu said the text was unacceptable.",
        "the text was unacceptable",
        speaker_name="Sione Latu",
    ),
    Case(
        "the-bloc-after-a-bloc",
        "The Pacific Ocean Alliance, a bloc of 39 island states, held firm. The bloc said late on Friday that the "
        "text was unacceptable.",
        "that the text was unacceptable",
        speaker_name="Pacific Ocean Alliance",
    ),
    *(
        Case(f"a-sermon-is-its-preacher-s-{k}", text, quote, speaker_name="Karim Rezvandi")
        for k, (text, quote) in enumerate(
            [
                (
                    "The sermon, delivered by Ayatollah Karim Rezvandi at Qasrabad University, said that women "
                    "must be protected from foreign influences.",
                    "that women must be protected from foreign influences",
                ),
                (
                    "Ayatollah Karim Rezvandi’s sermon on Friday warned that the hour of reckoning was near.",
                    "that the hour of reckoning was near",
                ),
            ]
        )
    ),
    Case(
        "the-pontiff-after-the-pope",
        "Pope Clement XVI said on Sunday that no war is holy. The pontiff added that he would visit Orvessa in the "
        "spring.",
        "that he would visit Orvessa in the spring",
        speaker_name="Clement XVI",
    ),
    Case(
        "according-to-an-agency-by-its-noun-and-name",
        "The cleric called the protesters “misguided children,” according to the state news agency PARNA.",
        "The cleric called the protesters “misguided children,”",
        speaker_name="PARNA",
    ),
    Case(
        "quoted-a-description-with-the-name-set-off-as-saying",
        "State TV quoted the preacher, Sheikh Adil Marouf, as saying that bread prices must fall.",
        "that bread prices must fall",
        speaker_name="Adil Marouf",
    ),
    Case(
        "a-filing-by-a-company-is-the-company-s",
        "Stenmark Energy plans to close the plant. It will cut 300 jobs, according to a regulatory filing by "
        "the company.",
        "It will cut 300 jobs",
        speaker_name="Stenmark Energy",
    ),
    Case(
        "he-after-a-man-whose-given-name-is-rarer",
        "Arno Pelt keeps a loaf in a glass case above the till. “It's hard as a rock now,” he says.",
        "It's hard as a rock now",
        speaker_name="Arno Pelt",
    ),
    Case(
        "an-outlet-s-name-the-recogniser-took-for-a-person",
        "The Kelso Herald newspaper reported that the mayor had resigned.",
        "that the mayor had resigned",
        speaker_name="Kelso Herald",
    ),
    Case(
        "the-paper-after-a-paper-named-before-its-noun",
        "The rival Novi Kurir newspaper wrote that the march had been peaceful. The paper said police had "
        "counted 4,000 people.",
        "police had counted 4,000 people",
        speaker_name="Novi Kurir",
    ),
    Case(
        "the-paper-after-a-party-s-paper-is-unnamed",
        "The Communist Party newspaper wrote that the march had been a provocation. The paper said police "
        "had counted 4,000 people.",
        "police had counted 4,000 people",
        speaker_name=None,
    ),
    *(
        Case(
            f"the-movement-after-a-movement-taken-for-a-place-{k}",
            text + " The movement said in a statement that it would return next week.",
            "that it would return next week",
            speaker_name="Yellow Scarf movement",
        )
        for k, text in enumerate(
            [
                "The Yellow Scarf movement organised the march in Velgrad.",
                "Thousands joined the Yellow Scarf movement rally in Velgrad.",
            ]
        )
    ),
    *(
        Case(f"he-asked-before-his-name-is-the-one-asked-{k}", text, quote, speaker_name=name)
        for k, (text, quote, name) in enumerate(
            [
                (
                    "Asked at the parade on Friday whether he would run again, Marshal Odun Bakri laughed. "
                    "“The people will decide,” he said.",
                    "The people will decide",
                    "Odun Bakri",
                ),
                (
                    "Asked whether she would resign, Dana Varek shook her head. “No,” she said.",
                    "No",
                    "Dana Varek",
                ),
            ]
        )
    ),
    # police, interpreters, press reviews and protests (red teams 133-135)
    Case(
        "an-office-in-capitals-after-a-place-s-possessive",
        'Carnbrook\'s Crime Commissioner, Philip Ansell, said: "We will not tolerate this." He added that '
        "patrols would double.",
        "patrols would double",
        speaker_name="Philip Ansell",
    ),
    Case(
        "a-witness-s-name-after-the-word",
        "Witness Joe Barr told Vale Radio that he heard three shots.",
        "that he heard three shots",
        speaker_name="Joe Barr",
        role="Witness",
    ),
    *(
        Case(
            f"the-cmo-is-a-person-{k}", text, "infections had peaked", speaker_name="Oren Falk", type="person"
        )
        for k, text in enumerate(
            [
                "The CMO, Dr Oren Falk, said infections had peaked.",
                "Chief Medical Officer Oren Falk opened the briefing. The CMO said infections had peaked.",
            ]
        )
    ),
    Case(
        "the-pcso-after-a-pcso",
        "PCSO Amira Haddad patrols the estate. The PCSO said residents had been frightened.",
        "residents had been frightened",
        speaker_name="Amira Haddad",
    ),
    Case(
        "she-after-an-interpreter-named-before-is-the-one-interpreted",
        "Prime Minister Leota Fanuel spoke through her interpreter, Marta Grieg. “We need grain, not "
        "promises,” she said.",
        "We need grain, not promises",
        speaker_name="Leota Fanuel",
    ),
    Case(
        "an-editorial-in-a-daily-described-before-its-name",
        "An editorial in the Arabic-language daily Al-Mirsad said the talks were a trap.",
        "the talks were a trap",
        speaker_name="Al-Mirsad",
    ),
    Case(
        "she-after-a-sentence-opening-on-her-possessive",
        "Rights researcher Meenakshi Ganguly said the vote was flawed. Suu Kyi's fate is still unclear, but "
        "she said at a news conference that she would govern the country.",
        "that she would govern the country",
        speaker_name="Suu Kyi",
    ),
    *(
        Case(f"a-business-by-its-trade-{k}", text, quote, speaker_name=name, type="organization")
        for k, (text, quote, name) in enumerate(
            [
                (
                    "The record label Orchard Vale Records dropped the singer on Monday. The label said the "
                    "decision was final.",
                    "the decision was final",
                    "Orchard Vale Records",
                ),
                (
                    "The Kessel Stock Exchange suspended trading in the shares. The exchange said the suspension "
                    "would last a day.",
                    "the suspension would last a day",
                    "Kessel Stock Exchange",
                ),
            ]
        )
    ),
    Case(
        "the-collective-after-a-collective",
        "Green Dawn, an anarchist collective, claimed the attack. The collective said it had acted alone.",
        "it had acted alone",
        speaker_name="Green Dawn",
        type="organization",
    ),
    Case(
        "a-movement-named-before-its-noun",
        "The Tea Party movement said it would fight on.",
        "it would fight on",
        speaker_name="Tea Party movement",
        type="organization",
    ),
    Case(
        "the-activist-after-a-name-with-an-age-and-a-description",
        "Jonas Petrakis, 22, a student activist, led the march. “We will be back,” the activist said.",
        "We will be back",
        speaker_name="Jonas Petrakis",
    ),
    Case(
        "state-tv-is-no-name",
        "State TV said the exiles were traitors.",
        "the exiles were traitors",
        speaker_name=None,
        type="organization",
    ),
    Case(
        "a-named-chairman-set-off-asks-whether",
        "The committee chairman, Rhodri Pascoe, asked whether the minister had read the report.",
        "whether the minister had read the report",
        speaker_name="Rhodri Pascoe",
        cue="asked",
    ),
    Case(
        "the-committee-on-a-subject-after-its-name",
        "The UN Committee on Enforced Disappearances said on Monday that it had received 40 new cases. The "
        "committee said the government had not replied.",
        "the government had not replied",
        speaker_name="UN Committee on Enforced Disappearances",
    ),
    Case(
        "the-councillor-after-cllr",
        "Cllr Tessa Llewellyn said the estate had been forgotten.\n\n"
        "“Nobody from the council has set foot here in years,” the councillor added.",
        "Nobody from the council has set foot here",
        speaker_name="Tessa Llewellyn",
    ),
    # Press reviews (red team 40): "the paper" is the outlet named last, by a name that says it is one
    # or with a paper's noun before it; nobody when another spoke since, and never a translator.
    Case(
        "the-paper-after-an-outlet-s-name",
        "WHAT THE PAPERS SAY\n\nThe Korvan Times leads with the budget. In an editorial, the paper says the "
        "finance minister has run out of excuses and should resign.",
        "the finance minister has run out of excuses",
        speaker_name="Korvan Times",
    ),
    Case(
        "the-paper-after-a-daily-named-with-its-noun-not-the-translator",
        "The government daily Narod Vjesnik carried only a short item on page six. According to a "
        "translation by the Kestrel Press Digest, the paper said the talks had been constructive.",
        "the talks had been constructive",
        speaker_name="Narod Vjesnik",
    ),
    Case(
        "the-newspaper-after-another-paper-spoke-is-either",
        "The nationalist daily Zvezda said the judges had betrayed the nation.\n\n"
        "The more moderate Dnevnik urged calm. “Anger is not a policy,” the newspaper wrote.",
        "Anger is not a policy",
        speaker_name=None,
    ),
    # Police copy (red team 39): "the officer", "the constable", "the senior officer" after a rank.
    Case(
        "the-officer-after-a-detective-inspector",
        "Detective Inspector Nadia Holt said the man was known to the victim.\n\n"
        "The officer said a cordon would remain in place overnight.",
        "a cordon would remain in place",
        speaker_name="Nadia Holt",
    ),
    Case(
        "the-constable-after-pc",
        "PC Jamie Strachan said the driver had been stopped on the ring road.\n\n"
        "The constable said he had smelled alcohol on the man's breath.",
        "he had smelled alcohol",
        speaker_name="Jamie Strachan",
    ),
    Case(
        "the-senior-officer-after-a-detective-superintendent",
        "Detective Superintendent Alan Reece said the inquiry was at an early stage.\n\n"
        "The senior officer said more arrests were likely.",
        "more arrests were likely",
        speaker_name="Alan Reece",
    ),
    # A surname the tagger took for a verb ("Lanning"), with an age after it (red team 35).
    Case(
        "a-surname-in-ing-with-an-age",
        "Aisha Moreno defeated two-term incumbent Piet Lanning by fewer than 900 votes.\n\n"
        "Lanning, 66, warned that the new administration would find the books less rosy than advertised.",
        "the new administration would find the books",
        speaker_name="Piet Lanning",
        type="person",
    ),
    Case(
        "a-surname-in-ing-with-an-age-and-no-full-name",
        "Lanning, 66, warned that the new administration would find the books less rosy than advertised.",
        "the new administration would find the books",
        speaker_name="Lanning",
        type="person",
    ),
    Case(
        "the-doctor-after-dr",
        "Dr. Ayodele Banjo has spent twenty years as an emergency physician in Marrakand.\n\n"
        "“We had patients arriving with body temperatures of 42 degrees,” the doctor said.",
        "body temperatures of 42 degrees",
        speaker_name="Ayodele Banjo",
    ),
    # A description with a modifier names whoever's title has it, with the portfolio between.
    Case(
        "the-deputy-minister-after-a-deputy-defence-minister",
        "Estoria will buy 40 new helicopters, Deputy Defence Minister Arno Kell said on Wednesday.\n\n"
        "“This is the largest order in our history,” the deputy minister said.",
        "the largest order in our history",
        speaker_name="Arno Kell",
    ),
    Case(
        "the-deputy-minister-after-an-appositive-with-the-portfolio",
        "Kairat Zhunus, the deputy interior minister, denied the claims. The deputy minister said the "
        "report was false.",
        "the report was false",
        speaker_name="Kairat Zhunus",
    ),
    Case(
        "the-deputy-minister-is-not-the-minister",
        "Interior Minister Nurlan Abenov opened the session. The deputy minister said the report was false.",
        "the report was false",
        speaker_name=None,
    ),
    # A description ("the senator") is never the person whose verb follows the closing comma of an
    # apposition, whatever the rest of her sentence says ("said … that the senator had …").
    Case(
        "the-senator-not-the-challenger-whose-verb-follows-the-comma",
        "Senator James Whitlow launched his re-election bid in Carrow on Saturday.\n\n"
        "His challenger, former prosecutor Lena Marsh, said in a statement that the senator had "
        "spent 18 years finishing nothing.\n\n"
        "The senator, 68, later told reporters he would debate Marsh any time.",
        "he would debate Marsh",
        speaker_name="James Whitlow",
    ),
    Case(
        "the-minister-not-the-critic-whose-verb-follows-the-comma",
        "Health Minister Ana Ortel opened the clinic on Monday. A local critic, nurse Iva Brenn, warned "
        "that the minister was ignoring rural wards. The minister said the wards would be funded.",
        "the wards would be funded",
        speaker_name="Ana Ortel",
    ),
    # A profile's "she" past a place or a relative named in passing
    Case(
        "she-past-a-place-the-family-moved-to",
        "Sarah Jones grew up in Leeds. Then the family moved to Holm Bay. “I hated it,” she said.",
        "I hated it",
        speaker="she",
        speaker_name="Sarah Jones",
    ),
    Case(
        "she-past-the-deputy-of-a-sentence-opening-her",
        "Sarah Brand runs the Harrowdale lifeboat. Her deputy is Leon Pike. “We never lose anyone,” she said.",
        "We never lose anyone",
        speaker_name="Sarah Brand",
    ),
    Case(
        "she-past-a-brother-and-a-harbour",
        "Ottilie Brand was the first woman to captain the Harrowdale lifeboat. Her crew included her "
        "brother, Marcus Brand, and two fishermen from Poll Harbour.\n\n“The sea doesn't care who's at the "
        "wheel,” she said.",
        "who's at the wheel",
        speaker_name="Ottilie Brand",
    ),
    Case(
        "a-surname-after-a-name-opening-a-when-clause",
        "When Adaeze Okonkwo-Bell opened her first pharmacy in Tarnwick in 1994, the high street had three "
        "banks.\n\nThe company now employs 210 people.\n\n“I never planned any of it,” Okonkwo-Bell said.",
        "I never planned any of it",
        speaker_name="Adaeze Okonkwo-Bell",
    ),
    # A couple's surname written once: "Peter and Alys Granger"; the honorific tells which one
    Case(
        "mr-of-a-couple-named-together",
        "Peter and Alys Granger bought the lighthouse at Cobb Point in 2019 for £1. Mr Granger said the "
        "restoration had cost “everything we had”.",
        "everything we had",
        speaker_name="Peter Granger",
    ),
    Case(
        "he-by-a-surname-after-a-colleague-s-quotation",
        "For 22 years Isak Brennholt has repaired the clocks of Harrowgate's town hall.\n\n“He can hear a "
        "clock losing a second from across the square,” said Wren Mallory, the council's buildings manager."
        "\n\nBrennholt shrugged at that. “Half a second,” he said.",
        "Half a second",
        speaker="he",
        speaker_name="Isak Brennholt",
    ),
    Case(
        "she-after-mrs-of-a-couple-named-together",
        "Peter and Alys Granger bought the lighthouse at Cobb Point in 2019 for £1.\n\nMrs Granger, a retired "
        "architect, drew up the plans herself. “The council thought we were mad,” she said.",
        "The council thought we were mad",
        speaker="she",
        speaker_name="Alys Granger",
    ),
    Case(
        "a-headline-question-before-a-surname-is-no-given-name",
        "Is Varek Finally Winning Over the Docks?\n\nDana Varek spoke to dockers in Kesh on Tuesday. “We "
        "are the party of the port,” Varek said.",
        "We are the party of the port",
        speaker_name="Dana Varek",
    ),
    Case(
        "a-hyphenated-role-before-a-name",
        "The actor Remy Castel, who died on Sunday aged 72, was described by his co-star Lila Fenn as “the "
        "kindest man in any room”.",
        "kindest man in any room",
        speaker="his co-star Lila Fenn",
        speaker_name="Lila Fenn",
        role="co-star",
    ),
    Case(
        "a-name-after-two-roles-set-off",
        "The singer Coral Mayne has died aged 64. Her longtime collaborator, the songwriter Lydia Strand, said "
        "she was “heartbroken beyond words”.",
        "heartbroken beyond words",
        speaker_name="Lydia Strand",
    ),
    Case(
        "mrs-of-a-couple-named-together",
        "Chidi and Ngozi Okafor run the café on Dock Street. Mrs Okafor said business was good.",
        "business was good",
        speaker_name="Ngozi Okafor",
    ),
    Case(
        # not the man; the wife the text names by her given name, with the surname "Mrs" gives her
        "mrs-is-the-wife-named-by-her-given-name",
        "Peter Granger and his wife, Alys, bought the lighthouse in 2019. Mrs Granger said the council "
        "thought they were mad.",
        "the council thought they were mad",
        speaker="Mrs Granger",
        speaker_name="Alys Granger",
    ),
    Case(
        "mrs-is-not-the-man-when-no-wife-is-named",
        "Peter Granger bought the lighthouse in 2019. Mrs Granger said the council thought they were mad.",
        "the council thought they were mad",
        speaker="Mrs Granger",
        speaker_name="Granger",
    ),
    # A lede that introduces its source unnamed and names them in the next sentence, as "the <same
    # role>, <name>": the same person, named by the text, so no anonymous source.
    Case(
        "a-source-named-one-sentence-later",
        "A senior aide to President Aurel Stanek denied on Thursday that he had insulted the opposition. "
        "“I did not say that,” the aide, Tomas Benes, told Reuters.",
        "that he had insulted the opposition",
        speaker_name="Tomas Benes",
        type="person",
    ),
    Case(
        "an-expert-named-one-sentence-later",
        "A United Nations human rights expert on Thursday urged Kestrava to free the detained lawyers. "
        "The expert, Ingrid Salomaa, said the arrests were “a message to the whole profession”.",
        "to free the detained lawyers",
        speaker_name="Ingrid Salomaa",
    ),
    Case(
        "said-another-then-a-name",
        "“We were promised a new school in 2019,” one parent said. “We are still waiting,” said another, "
        "Eva Lindqvist.",
        "We are still waiting",
        speaker="another, Eva Lindqvist",
        speaker_name="Eva Lindqvist",
        type="person",
    ),
    # "the 38-year-old": the person the article gave that age; with no ages given, the one person named.
    Case(
        "the-n-year-old-is-the-one-of-that-age",
        "Nurse Hana Okafor, 38, and her colleague Jo Tamsin, 45, worked through the night. "
        "“We had no beds left by two in the morning,” the 45-year-old nurse said.",
        "We had no beds left",
        speaker_name="Jo Tamsin",
        type="person",
    ),
    Case(
        "the-n-year-old-after-the-one-person-named",
        "Marco Bellini has run the family vineyard outside Varnby since 1998. This year the frost came in April."
        "\n\n“I have never seen anything like it,” the 54-year-old said.",
        "I have never seen anything like it",
        speaker_name="Marco Bellini",
        type="person",
    ),
    Case(
        "the-n-year-old-of-an-age-no-one-was-given",
        "Nurse Hana Okafor, 38, worked through the night. “We had no beds left,” the 45-year-old nurse said.",
        "We had no beds left",
        speaker_name=None,
    ),
    # red team 188 (session 43): an age given later in the name's sentence, before another speaks
    Case(
        "the-n-year-old-aged-so-in-the-name-s-sentence",
        "Callum Reid has announced his retirement at the age of 54.\n\nRival Dana Price said he was a "
        "gentleman.\n\n“I have no regrets,” the 54-year-old said.",
        "I have no regrets",
        speaker_name="Callum Reid",
    ),
    Case(
        "the-n-year-old-aged-so-after-another-name",
        "Callum Reid beat Tom Amis, who retired aged 54.\n\nRival Dana Price said he was a gentleman."
        "\n\n“I have no regrets,” the 54-year-old said.",
        "I have no regrets",
        speaker_name="Tom Amis",
    ),
    # review 4 of session 43: an age of others in the sentence, or of another time, is not the name's
    Case(
        "the-n-year-old-not-of-people-aged-so",
        "Health minister Jo Park announced free flu jabs for people aged 65 and over. “This will save "
        "lives,” the 58-year-old said.",
        "This will save lives",
        speaker_name="Jo Park",
    ),
    Case(
        "the-n-year-old-not-of-a-debut-aged-so",
        "Callum Reid, who made his debut aged 17, has retired. “It was time,” the 34-year-old said.",
        "It was time",
        speaker_name="Callum Reid",
    ),
    Case(
        "the-n-year-old-of-two-people-named",
        "Marco Bellini and Ana Ruiz run the vineyard. “I have never seen anything like it,” the 54-year-old said.",
        "I have never seen anything like it",
        speaker_name=None,
    ),
    Case(
        "another-of-the-same-role-named-later-is-someone-else",
        "A police officer said the march had been peaceful. Another officer, Jan Roth, said stones were "
        "thrown.",
        "the march had been peaceful",
        speaker_name=None,
    ),
    # Someone unnamed who testified or spoke, in a sentence of their own, is the next "he"/"she":
    # the testimony is not filed under the last named person.
    Case(
        "she-after-an-unnamed-witness-who-spoke",
        "Dina Vass said she had written 40 letters. A second witness, a woman whose son disappeared, "
        "spoke on condition of anonymity. She said police had lied to her.",
        "police had lied to her",
        speaker="She",
        speaker_name=None,
    ),
    Case(
        "he-after-a-guard-who-testified",
        "Lawyer Jonas Berg said the trial was unfair. A former guard testified on Monday. He said "
        "detainees were beaten.",
        "detainees were beaten",
        speaker="He",
        speaker_name=None,
    ),
    Case(
        "she-after-a-man-who-testified-is-still-the-named-woman",
        "Dina Vass said she had written 40 letters. A man who worked at the prison testified on Monday. "
        "She said police had lied to her.",
        "police had lied to her",
        speaker="She",
        speaker_name="Dina Vass",
    ),
    # An outlet named after the word for it, in a sentence that reports nothing, is the one "the
    # agency" or "the newspaper" means later, whatever the entity recogniser made of its name.
    Case(
        "the-agency-named-in-a-sentence-before",
        "The state news agency Dornpress carried the speech. “The traitors will pay,” the agency quoted "
        "President Aurel Stanek as saying.",
        "The traitors will pay",
        speaker="the agency",
        speaker_name="Dornpress",
        type="organization",
    ),
    Case(
        "the-newspaper-named-as-a-daily",
        "The daily Narodni Glas printed the speech in full. “The traitors will pay,” the newspaper wrote.",
        "The traitors will pay",
        speaker="the newspaper",
        speaker_name="Narodni Glas",
        type="organization",
    ),
    # Given names tell a gender in many languages, not only English ones.
    Case(
        "she-is-the-woman-the-given-names-tell",
        "Maryam Tavakoli spoke first at the rally in Karaj. Reza Ahmadi, the union secretary, followed "
        "her. “We will not leave the square,” she said.",
        "We will not leave the square",
        speaker="she",
        speaker_name="Maryam Tavakoli",
    ),
    # A kinship noun tells a gender: "her nephew" is a man, whatever pronoun his own statement holds.
    Case(
        "he-is-the-nephew-not-the-aunt",
        "Ann Roe believes the craft will die. Her nephew, Sam Pike, who runs the shop, says she works "
        "daily. “She refuses to retire,” he said.",
        "She refuses to retire",
        speaker="he",
        speaker_name="Sam Pike",
    ),
    # "with X telling …": the participle is X's, not the main clause's subject's.
    Case(
        "participle-after-with-and-a-name",
        "The hearing began with Senator Halvard Quist telling members that the inquiry would go on.",
        "the inquiry would go on",
        speaker="Senator Halvard Quist",
        speaker_name="Halvard Quist",
    ),
    # "said one, NAME, AGE": the name after the comma, whatever the age after it.
    Case(
        "one-of-them-named-with-an-age",
        "Three fishermen spoke to the Ledger. “I lost everything,” said one, Hassan Rashid, 52.",
        "I lost everything",
        speaker_name="Hassan Rashid",
        type="person",
    ),
    # A description by a broader word for the role the article gave: "the lawmaker" is the senator
    # named before, "the cleric" the imam; a word for another role is nobody.
    Case(
        "the-lawmaker-is-the-senator",
        "Senator Dana Varek said the port bill was dead. The lawmaker added that she would vote no.",
        "she would vote no",
        speaker="The lawmaker",
        speaker_name="Dana Varek",
        type="person",
    ),
    Case(
        "the-cleric-is-the-imam",
        "Imam Yusuf Adelan told worshippers the strike was a sin. The cleric said the unions served "
        "foreign masters.",
        "the unions served foreign masters",
        speaker_name="Yusuf Adelan",
        type="person",
    ),
    Case(
        "the-preacher-is-the-friday-prayer-leader",
        "Sheikh Abdullah Mansour, the Friday prayer leader of the capital, called the front a tool of "
        "foreign powers. The preacher added that traitors would be judged by the people.",
        "traitors would be judged by the people",
        speaker_name="Abdullah Mansour",
    ),
    Case(
        "the-diplomat-is-the-ambassador",
        "Ambassador Tomas Reyk said the talks had failed. The diplomat said he would fly home on Sunday.",
        "he would fly home on Sunday",
        speaker_name="Tomas Reyk",
        type="person",
    ),
    Case(
        "the-jurist-is-the-judge",
        "Judge Mara Lind ruled that the decree was void. The jurist said the court had no choice.",
        "the court had no choice",
        speaker_name="Mara Lind",
        type="person",
    ),
    Case(
        "the-lawmaker-is-not-the-general",
        "General Ilya Brandt said the army was ready. The lawmaker said the army was not ready.",
        "the army was not ready",
        speaker_name=None,
    ),
    Case(
        "the-diplomat-with-no-ambassador-named-stays-anonymous",
        "Interior Minister Dana Varek said the border was closed. The diplomat said the border was open.",
        "the border was open",
        speaker_name=None,
        type="anonymous",
    ),
    *(
        Case(f"an-employee-who-asked-not-to-be-named-{k}", text, "the kitchen was chaotic", type="anonymous")
        for k, text in enumerate(
            [
                "One former employee, who asked not to be named, says the kitchen was chaotic.",
                "One former employee, speaking on condition of anonymity, says the kitchen was chaotic.",
            ]
        )
    ),
    # A name ending as organisations' names do ("Capital", "Transit", "Rovers") is an organisation's,
    # whatever the recogniser said: no "he", and "the company" after it is that company.
    Case(
        "he-is-not-a-firm-named-in-the-content",
        "The union said Harwick Capital had cut four hundred jobs. “We will fight,” he said.",
        "We will fight",
        speaker="he",
        speaker_name=None,
    ),
    Case(
        "the-company-is-the-transit-firm-named-before",
        "Kellmouth Transit said on Monday that it was sorry. “This is not who we are,” the company added.",
        "This is not who we are",
        speaker_name="Kellmouth Transit",
        type="organization",
    ),
    # A name in a phrase set before the subject is not what the subject describes.
    Case(
        "the-union-is-not-the-platform-it-spoke-on",
        "On Telegram, the union said the ramp at the central station was broken.",
        "the ramp at the central station was broken",
        speaker="the union",
        speaker_name=None,
        venue="On Telegram",
    ),
    Case(
        "the-ministry-is-not-the-platform-its-message-was-posted-on",
        "In a message posted on Telegram, the interior ministry said the march was illegal.",
        "the march was illegal",
        speaker="the interior ministry",
        speaker_name=None,
    ),
    Case(
        "the-ministry-is-not-the-site-its-video-was-posted-on",
        "In a video posted on YouTube, the ministry said the march was illegal.",
        "the march was illegal",
        speaker="the ministry",
        speaker_name=None,
    ),
    # A double-barrelled surname is one name: the speaker is all of it, and the full name is found.
    Case(
        "double-barrelled-surname-expands-to-the-full-name",
        "Governor Maren Holt-Ashby won a second term. “Tonight you gave me a mandate,” Holt-Ashby said.",
        "Tonight you gave me a mandate",
        speaker="Holt-Ashby",
        speaker_name="Maren Holt-Ashby",
        type="person",
    ),
    Case(
        "double-barrelled-surname-the-parser-splits",
        "Councillor Ada Okafor-Reyes lost her seat. Okafor-Reyes said the vote was stolen.",
        "the vote was stolen",
        speaker="Okafor-Reyes",
        speaker_name="Ada Okafor-Reyes",
    ),
    # Honorifics of the English press of South Asia, Africa and the Gulf are no part of the name,
    # and one written with a stop does not end the sentence.
    *(
        Case(f"honorific-{name_id}", text, quote, speaker_name=name, role=role)
        for name_id, text, quote, name, role in [
            (
                "hon-after-an-appositive-role",
                "The Speaker of the Kogi State House of Assembly, Rt. Hon. Yakubu Ocheja Adejoh, said residents "
                "should remain calm.",
                "residents should remain calm",
                "Yakubu Ocheja Adejoh",
                "Speaker of the Kogi State House of Assembly",
            ),
            (
                "hon-keeps-the-given-name",
                "A member of the House of Representatives, Hon. Aminu Sani Dantata, said the crisis was man-made.",
                "the crisis was man-made",
                "Aminu Sani Dantata",
                UNCHECKED,
            ),
            (
                "smt-after-a-role",
                "Opposition member Smt. Kavitha Ramaswamy said the traders wanted justice.",
                "the traders wanted justice",
                "Kavitha Ramaswamy",
                "Opposition member",
            ),
            (
                "alh-after-an-inverted-said",
                "“The road will be fixed,” said the Commissioner for Works, Alh. Musa Danjuma.",
                "The road will be fixed",
                "Musa Danjuma",
                UNCHECKED,
            ),
            (
                "ch-opening-the-sentence",
                "Ch. Nisar Ahmed Warraich said the canal would be cleaned.",
                "the canal would be cleaned",
                "Nisar Ahmed Warraich",
                UNCHECKED,
            ),
            (
                "amb-opening-the-sentence",
                "Amb. Grace Okafor told reporters the mission would reopen.",
                "the mission would reopen",
                "Grace Okafor",
                UNCHECKED,
            ),
            (
                "pst-opening-the-sentence",
                "Pst. Emeka Obi said the church would pray for peace.",
                "the church would pray for peace",
                "Emeka Obi",
                UNCHECKED,
            ),
            (
                "shri",
                "Shri Anand Mohapatra said that his party would stage a dharna.",
                "stage a dharna",
                "Anand Mohapatra",
                UNCHECKED,
            ),
            (
                "alhaji-and-its-later-reference",
                "Alhaji Musa Garba said the stations were shut. Alhaji Garba said prices would rise.",
                "prices would rise",
                "Musa Garba",
                UNCHECKED,
            ),
        ]
    ),
    # Letters after a name for an honour or a seat are no part of it.
    *(
        Case(f"post-nominal-{name_id}", text, quote, speaker_name=name)
        for name_id, text, quote, name in [
            ("obe", "Dr Anna Berg OBE said this was a campaign of intimidation.", "campaign", "Anna Berg"),
            (
                "kc-and-a-later-reference",
                "Harriet Quayle KC said this was a campaign of intimidation. Ms Quayle said the diary was clear.",
                "the diary was clear",
                "Harriet Quayle",
            ),
            (
                "mp",
                "Sir Alan Pembury MP said this was a campaign of intimidation.",
                "campaign",
                "Alan Pembury",
            ),
        ]
    ),
    # A go-between named after a relative clause is not the speaker: "who spoke through his spokesman, X".
    Case(
        "the-spokesman-the-governor-spoke-through-is-not-the-governor",
        "The governor, who spoke through his spokesman, Kola Adeyemi, said the state would pay salaries.",
        "the state would pay salaries",
        speaker_name=None,
        role="governor",
    ),
    Case(
        "the-deputy-who-represented-him-is-not-the-governor",
        "The governor, who was represented by his deputy, Mr. Kola Adeyemi, said the state would pay salaries.",
        "the state would pay salaries",
        speaker_name=None,
    ),
    Case(
        "the-adviser-s-name-is-not-the-governor-s-role",
        "Governor Bello Matawalle, who spoke through his Special Adviser on Media, Kola Adeyemi, said the "
        "state would pay salaries.",
        "the state would pay salaries",
        speaker_name="Bello Matawalle",
        role="Governor",
    ),
    # A title right before a name, however long, is the name's title (the parser made the name its apposition).
    Case(
        "long-title-then-an-honorific-and-a-name",
        "Treasury Principal Secretary Dr. Wanjiru Kamau-Ndegwa said the delays were caused by cash-flow "
        "constraints.",
        "the delays were caused",
        speaker_name="Wanjiru Kamau-Ndegwa",
        role="Treasury Principal Secretary",
        type="person",
    ),
    # The parser hangs the speaker on what the participle before it spoke to.
    Case(
        "anonymous-source-after-speaking-to-an-outlet",
        "Speaking to The Coastline Star, a senior Treasury official who sought anonymity said the money would be "
        "released next month.",
        "the money would be released",
        type="anonymous",
        speaker_name=None,
        cue="said",
    ),
    # ", then continued:": the second of two clauses, with the first one's subject.
    Case(
        "went-quiet-then-continued",
        'Edvin Marsh looked at the sea.\n\nHe went quiet, then continued: "My wife says I should write a book."',
        "My wife says I should write a book",
        speaker="He",
        speaker_name="Edvin Marsh",
        cue="continued",
    ),
    # A quotation inside the speaker's phrase: a short one (a title, a nickname) is part of it; a
    # long one ends the phrase at the comma before the aside it is in, never mid-clause.
    Case(
        "a-film-title-in-quotation-marks-inside-the-aside",
        'Ahmad Tehrani, whose film "Winter Orchard" was banned, said he would keep making films.',
        "he would keep making films",
        speaker='Ahmad Tehrani, whose film "Winter Orchard" was banned',
        speaker_name="Ahmad Tehrani",
    ),
    Case(
        "a-nickname-in-quotation-marks-inside-the-name",
        'Scott\'s niece, state Del. Marcia "Cia" Price, told the crowd that the race was close.',
        "the race was close",
        speaker='Scott\'s niece, state Del. Marcia "Cia" Price',
    ),
    Case(
        "a-long-quotation-cuts-the-aside-at-its-comma",
        'Jon Meacham, the author of "A Long and Winding Biography of the Forty-First President," said the '
        "letters were candid.",
        "the letters were candid",
        speaker="Jon Meacham",
    ),
    # The country named before a head of state's name is no part of it.
    Case(
        "president-of-the-republic-of-a-country",
        "The prince received a phone call from President of the Republic of Velmar Ilinca Voda.\n\n"
        "President Voda said the talks were useful.",
        "the talks were useful",
        speaker_name="Ilinca Voda",
    ),
    # A role written before an abbreviated honorific still describes the person named after it.
    Case(
        "the-mp-after-mp-hon",
        'Lamu East MP Hon. Abdulswamad Shee Omar said the Treasury was playing politics. "Enough is enough," '
        "the MP said.",
        "Enough is enough",
        speaker="the MP",
        speaker_name="Abdulswamad Shee Omar",
    ),
    # A traditional ruler's title before the name, which the recogniser takes for an organisation's.
    Case(
        "oba-of-lagos",
        "The Oba of Lagos, Oba Rilwan Akiolu, told reporters that the city was calm.",
        "the city was calm",
        speaker_name="Rilwan Akiolu",
        type="person",
    ),
    # "X came after the Tánaiste, NAME, told …": the clause after "after" has its own speaker.
    Case(
        "came-after-a-title-and-a-name-told",
        "His comments came after the Tánaiste, Mara Lenz, told reporters that her party's patience was not "
        "unlimited.",
        "patience was not unlimited",
        speaker_name="Mara Lenz",
        cue="told",
    ),
    # How the speaker is, set off after the name, is neither the speaker nor a role.
    Case(
        "hands-on-the-wheel-is-no-role",
        '"My father ran this boat before me," said Marsh, his hands on the wheel, "and his father before him."',
        "My father ran this boat before me",
        speaker="Marsh",
        role=None,
    ),
    Case(
        "his-spokeswoman-is-a-role",
        "Dana Varek, his spokeswoman at the ministry, said the talks had stalled.",
        "the talks had stalled",
        role="spokeswoman",
    ),
    Case(
        "role-and-name-after-an-interview-with-an-outlet",
        "In an interview with the channel Al-Wadi, the speaker of parliament, Mohammad Baqer Nikzad, said the "
        "region needed no guardians.",
        "the region needed no guardians",
        speaker_name="Mohammad Baqer Nikzad",
        role="speaker of parliament",
        venue="In an interview with the channel Al-Wadi",
    ),
    Case(
        "the-secretary-general-of-a-body-then-the-name",
        "The Secretary-General of the council, Anna Berg, stated that the council welcomed the rapprochement.",
        "the council welcomed the rapprochement",
        speaker_name="Anna Berg",
        role="Secretary-General of the council",
    ),
    Case(
        "spokesperson-on-a-portfolio-then-the-name",
        "DA spokesperson on energy Kevin Mileham said the minister was living in a parallel universe.",
        "living in a parallel universe",
        speaker_name="Kevin Mileham",
    ),
    Case(
        "a-spokesman-for-a-named-candidate-is-not-the-candidate",
        "A spokesman for Democratic presidential candidate Hillary Clinton called the report outrageous.",
        "outrageous",
        speaker_name=None,
    ),
    Case(
        "an-opening-participle-is-not-the-speaker",
        "Reacting, the spokesman of the company, Mr. Olufemi Adebayo-Johnson, said the company had petrol in "
        "stock.",
        "the company had petrol in stock",
        speaker="the spokesman of the company, Mr. Olufemi Adebayo-Johnson",
        speaker_name="Olufemi Adebayo-Johnson",
    ),
    # A style of address standing alone is the person the article styled so.
    Case(
        "his-highness-alone-after-his-highness-sheikh",
        "His Highness Sheikh Khalid bin Hamdan Al Nuaimi received the minister. His Highness added that the "
        "port would open in 2028.",
        "the port would open in 2028",
        speaker="His Highness",
        speaker_name="Khalid bin Hamdan Al Nuaimi",
    ),
    Case(
        "the-patriarch-after-a-patriarch",
        "Patriarch Irinej said the nation was united. The patriarch added that the church would pray for peace.",
        "that the church would pray for peace",
        speaker="The patriarch",
        speaker_name="Irinej",
    ),
    Case(
        "his-highness-after-an-emir",
        "Emir Sheikh Tamim bin Hamad Al Rashed received members of the Shura Council today. Interior "
        "Minister Sheikh Khalid Al Nasr attended. His Highness stressed that national unity is our "
        "strongest weapon.",
        "national unity is our strongest weapon",
        speaker="His Highness",
        speaker_name="Tamim bin Hamad Al Rashed",
    ),
    Case(
        "his-majesty-after-a-king",
        "King Aldric III opened parliament on Monday. His Majesty said the realm was at peace.",
        "the realm was at peace",
        speaker="His Majesty",
        speaker_name="Aldric III",
    ),
    Case(
        "his-highness-after-a-minister-is-no-one",
        "Interior Minister Sheikh Khalid Al Nasr spoke on Monday. His Highness said the borders were safe.",
        "the borders were safe",
        speaker_name=None,
    ),
    Case(
        "his-highness-alone-with-no-one-styled-so",
        "The minister arrived on Monday. His Highness said the port would open in 2028.",
        "the port would open in 2028",
        speaker_name=None,
    ),
    # A surname the tagger takes for an adverb ("-ly") is still the name, before any verb.
    Case(
        "surname-in-ly-before-admitted",
        "Minister Radko Vesely admitted that the vote was lost.",
        "the vote was lost",
        speaker_name="Radko Vesely",
        cue="admitted",
    ),
    # A long or foreign name the recogniser cut in two is one name, after its role.
    Case(
        "two-given-names-and-two-surnames",
        "Opposition leader María Fernanda Quiroga Ledesma said the fund was empty.",
        "the fund was empty",
        speaker_name="María Fernanda Quiroga Ledesma",
        role="Opposition leader",
    ),
    Case(
        "accented-given-name-before-an-irish-surname",
        "Opposition MP Seán O'Neill-Baptiste, who represents a northern district, said the toll was much higher.",
        "the toll was much higher",
        speaker_name="Seán O'Neill-Baptiste",
        role="Opposition MP",
    ),
    Case(
        "a-show-named-after-its-host-is-no-part-of-the-name",
        "She recounted the incident on Aaron Klein Investigative Radio.\n\nKlein said that two other women had "
        "called him.",
        "two other women",
        speaker_name="Aaron Klein",
    ),
    # A name with lowercase particles is one name, whatever the parser makes of the particle.
    *(
        Case(f"name-with-particles-{name_id}", text, quote, speaker=speaker, speaker_name=name, role=role)
        for name_id, text, quote, speaker, name, role in [
            # the recogniser's place and body in one name (red team 119)
            (
                "von-der-taken-for-a-place-and-a-body",
                "Ursula von der Leyen said the plan was ready.",
                "the plan was ready",
                "Ursula von der Leyen",
                "Ursula von der Leyen",
                UNCHECKED,
            ),
            (
                "hyphenated-given-name-before-van-den",
                "Jan-Willem van den Broek, the mayor, said the dikes would hold.",
                "the dikes would hold",
                "Jan-Willem van den Broek, the mayor",
                "Jan-Willem van den Broek",
                "mayor",
            ),
            # a Vietnamese family name read as the auxiliary "do" (red team 119)
            (
                "vietnamese-do-opening-the-sentence",
                "Do Thi Hoa, the trade minister, said exports rose.",
                "exports rose",
                "Do Thi Hoa, the trade minister",
                "Do Thi Hoa",
                "trade minister",
            ),
            (
                "van-der",
                "Dr. Pieter van der Merwe said the outbreak had not peaked.",
                "the outbreak had not peaked",
                "Dr. Pieter van der Merwe",
                "Pieter van der Merwe",
                UNCHECKED,
            ),
            (
                "van-den-is-no-role",
                "Dr. Anneke van den Berg said the outbreak had not peaked.",
                "the outbreak had not peaked",
                "Dr. Anneke van den Berg",
                "Anneke van den Berg",
                None,
            ),
            (
                "dos-read-as-a-verb",
                "Carlos dos Santos said the fund was solvent.",
                "the fund was solvent",
                "Carlos dos Santos",
                "Carlos dos Santos",
                None,
            ),
            (
                "dos-in-an-apposition",
                "The governor's spokesman, Carlos dos Santos, said the fund was solvent.",
                "the fund was solvent",
                UNCHECKED,
                "Carlos dos Santos",
                "governor's spokesman",
            ),
            (
                "y-between-surnames",
                "Senator Lucía Herrera y Montes said the bill would pass.",
                "the bill would pass",
                "Senator Lucía Herrera y Montes",
                "Lucía Herrera y Montes",
                "Senator",
            ),
            (
                "di-later",
                "Senator Luca di Montezemolo said the law was clear. Di Montezemolo said he would appeal.",
                "he would appeal",
                "Di Montezemolo",
                "Luca di Montezemolo",
                UNCHECKED,
            ),
        ]
    ),
    # A later reference by a part of the name other than its last word: a family name written
    # first, a first surname, a particle capitalised at a sentence's start, a surname before "Jr.".
    *(
        Case(f"named-by-a-part-{name_id}", text, quote, speaker_name=name)
        for name_id, text, quote, name in [
            (
                "family-name-first",
                "Trade minister Park Ji-hoon said tariffs would be lifted.\n\nPark said the decision was final.",
                "the decision was final",
                "Park Ji-hoon",
            ),
            (
                "family-name-first-with-mr",
                "Wang Lei, a factory owner, said orders had halved.\n\n“We are waiting,” Mr. Wang said.",
                "We are waiting",
                "Wang Lei",
            ),
            (
                "first-of-two-surnames",
                "Juan Carlos Ortega Ruiz said the fund was empty.\n\nOrtega said he would sue.",
                "he would sue",
                "Juan Carlos Ortega Ruiz",
            ),
            (
                "particle-opening-a-sentence",
                "Governor Dieter von Hallberg said inflation was falling.\n\nVon Hallberg said rates would stay.",
                "rates would stay",
                "Dieter von Hallberg",
            ),
            (
                "bin-in-the-middle",
                "Sheikh Hamad bin Khalifa al-Zareeni said talks would resume.\n\nBin Khalifa said a deal was close.",
                "a deal was close",
                "Hamad bin Khalifa al-Zareeni",
            ),
            (
                "ibn-after-an-imam",
                "Imam Abdullahi ibn Musa said the ban was unjust.\n\nIbn Musa said the government should talk.",
                "the government should talk",
                "Abdullahi ibn Musa",
            ),
            (
                "al-surname-taken-for-a-group",
                'Hamad al-Zareeni said talks would resume. "We never closed the door," al-Zareeni told reporters.',
                "We never closed the door",
                "Hamad al-Zareeni",
            ),
            *(
                (
                    f"two-word-surname-{name_id}",
                    f"{full} said more homes were being built.\n\n{later} said rents would fall.",
                    "rents would fall",
                    full,
                )
                for name_id, full, later in [
                    ("mac", "Ciarán Mac Cárthaigh", "Mac Cárthaigh"),
                    ("o-with-mr", "Fiachra Ó Súilleabháin", "Mr Ó Súilleabháin"),
                    ("nic-with-ms", "Gráinne Nic Aodha", "Ms Nic Aodha"),
                    ("al-without-a-hyphen", "Suhail bin Rashid Al Mazrouei", "Al Mazrouei"),
                ]
            ),
            (
                "surname-before-a-suffix",
                "Vice President Joseph R. Biden Jr. arrived on Monday.\n\nBiden said the talks had gone well.",
                "the talks had gone well",
                "Joseph R. Biden Jr",
            ),
            # as features and local stories name those they quote a second time (red team 49)
            (
                "a-given-name-alone-names-the-one-person-who-has-it",
                "Maria Varek said the port would reopen.\n\nMaria said the port was safe.",
                "the port was safe",
                "Maria Varek",
            ),
        ]
    ),
    Case(
        "surname-two-named-people-share-is-neither",
        "Pavel Costa, 40, a baker, said bread was dear.\n\nLater, Xavier Costa said the plan was fair.\n\n"
        "Costa said he would meet residents.",
        "he would meet residents",
        speaker="Costa",
        speaker_name="Costa",
    ),
    # Two people sharing a surname: the one named by then, or the one "Ms." fits.
    Case(
        "surname-before-a-relative-with-it-is-named",
        "Housing Minister Clara Vennick spoke on Friday. “We will build homes,” Vennick said. Her brother "
        "Anton Vennick disagreed. “I love him, but he is wrong,” Ms. Vennick said.",
        "We will build homes",
        speaker_name="Clara Vennick",
    ),
    Case(
        "ms-and-a-surname-two-people-share",
        "Housing Minister Clara Vennick spoke on Friday. “We will build homes,” Vennick said. Her brother "
        "Anton Vennick disagreed. “I love him, but he is wrong,” Ms. Vennick said.",
        "I love him, but he is wrong",
        speaker_name="Clara Vennick",
    ),
    # Someone unnamed who just spoke is whom the next "he" is about: no name from further back.
    Case(
        "he-after-an-unnamed-shopkeeper-is-no-one-named",
        "Information Minister Nabil Haddad said an inquiry would open. One shopkeeper said police had "
        "fired first. “They came shooting,” he said.",
        "They came shooting",
        speaker="he",
        speaker_name=None,
    ),
    Case(
        "he-after-a-named-subject-past-an-unnamed-adviser",
        "A top adviser to the mayor says the budget will pass. Ed Brookover spoke to reporters on "
        "Thursday after a meeting with the council. He says the vote will come in March.",
        "the vote will come in March",
        speaker="He",
        speaker_name="Ed Brookover",
    ),
    Case(
        "he-past-plural-sources-is-the-named-man",
        "The alleged gunman, Robert Lewis Dear, appeared in court on Wednesday. Police sources said he "
        "was calm. “I am ready,” he told the judge.",
        "I am ready",
        speaker="he",
        speaker_name="Robert Lewis Dear",
    ),
    Case(
        "the-airline-is-the-airline-named-before",
        "The co-pilot had logged 2,700 flying hours with KestAir, the airline said on Thursday.",
        "The co-pilot had logged 2,700 flying hours",
        speaker="the airline",
        speaker_name="KestAir",
        type="organization",
    ),
    # A surname the tagger does not know, opening a sentence, may be read as an adverb.
    Case(
        "unknown-surname-read-as-an-adverb",
        "President Teodor Halvast spoke on state television on Sunday. Halvast has repeatedly described "
        "the front as a threat to national unity.",
        "the front as a threat to national unity",
        speaker="Halvast",
        speaker_name="Teodor Halvast",
        cue="has repeatedly described",
    ),
    # Names joined by particles and by articles written with a hyphen are one name.
    Case(
        "a-name-with-bin-and-al-then-its-last-part",
        "Khalid bin Sultan al-Kuwari, the energy minister, said output would be cut. Mr al-Kuwari said the "
        "cut was temporary.",
        "the cut was temporary",
        speaker_name="Khalid bin Sultan al-Kuwari",
    ),
    Case(
        "a-name-with-bin-and-al-then-the-title-and-given-name",
        "Sheikh Mubarak bin Fahad al-Zuhairi, the interior minister, said on Monday that the curfew would be "
        "lifted. Later in the day, Sheikh Mubarak said the ban on gatherings would stay in place.",
        "the ban on gatherings would stay in place",
        speaker_name="Mubarak bin Fahad al-Zuhairi",
    ),
    Case(
        "a-name-with-ul-then-its-surname",
        "Dr. Ahmad Zia ul-Haq Rahmani, the health minister, said cholera cases had doubled. Rahmani said the "
        "ministry needed “urgent international help”.",
        "the ministry needed",
        speaker_name="Ahmad Zia ul-Haq Rahmani",
    ),
    Case(
        "a-title-in-capitals-before-the-name-it-describes",
        "In a speech marking the anniversary of the revolution, the Supreme Guide, Ayatollah Ali-Reza "
        "Mousavand, said the nation would “never return to the age of servitude”.",
        "the nation would",
        speaker_name="Ali-Reza Mousavand",
        role="Supreme Guide",
        type="person",
    ),
    Case(
        "a-body-named-with-a-rank-is-no-person",
        "A statement from the General Staff, read out by an anchor on state television, said the army had "
        "withdrawn from two positions “to save lives”.",
        "the army had withdrawn",
        speaker_name="General Staff",
        type="organization",
    ),
    Case(
        "it-inside-what-a-body-says-is-that-body",
        "The official Qasirah Press Agency carried a statement from the Foreign Ministry condemning what it "
        "called “a flagrant violation of our airspace”.",
        "a flagrant violation of our airspace",
        speaker="it",
        speaker_name="Foreign Ministry",
    ),
    Case(
        "the-former-of-two-named-together",
        "Union leader Tomas Reed and Transport Secretary Anna Wells both spoke to reporters afterwards. The "
        "former said the talks had “gone backwards”; the latter called them “productive”.",
        "gone backwards",
        speaker_name="Tomas Reed",
    ),
    Case(
        "the-latter-of-two-named-together",
        "Health Minister Peter Lamb met Dr Priya Nair and Professor Alan Cole on Monday. The latter said the "
        "vaccine programme was “on track”.",
        "on track",
        speaker_name="Alan Cole",
        role=None,
    ),
    Case(
        "the-latter-with-no-pair-named-is-no-one",
        "The latter said the vaccine programme was on track.",
        "the vaccine programme was on track",
        speaker_name=None,
    ),
    Case(
        "a-document-speaks-for-the-author-set-off-after-it",
        "The report, written by former judge Helen Marsh, concluded that the police had “failed at every "
        "level”.",
        "failed at every level",
        speaker="The report",
        speaker_name="Helen Marsh",
    ),
    Case(
        "a-judgment-speaks-for-the-judge-who-handed-it-down",
        "The judgment, handed down by Justice Paulo Renner on Monday, said the policy was “irrational”.",
        "irrational",
        speaker_name="Paulo Renner",
    ),
    Case(
        "his-rival-named-in-an-aside-before",
        "Mayoral candidate Piet Jansen accused his rival, Dirk Hoorn, of lying about the budget. His rival "
        "said the claim was “laughable”.",
        "laughable",
        speaker="His rival",
        speaker_name="Dirk Hoorn",
    ),
    Case(
        "an-indictment-speaks-for-the-prosecutor-who-brought-it",
        "The indictment, brought by prosecutor Gideon Rask, alleges that Olsen forged the trust's accounts.",
        "forged the trust's accounts",
        speaker_name="Gideon Rask",
    ),
    Case(
        "charges-read-out-speak-for-no-one-named",
        "Eva Olsen, 52, appeared at Tarnbury Magistrates' Court on Monday. The charges read out in court said "
        "Olsen had taken £40,000 from the Brightwater Trust between 2021 and 2024.",
        "Olsen had taken £40,000",
        speaker="The charges read out in court",
        speaker_name=None,
        cue="said",
    ),
    Case(
        "a-given-name-by-the-custom-of-the-place",
        "Abebe Girma Tadesse, the regional president, said the dam would be finished next year. Abebe said "
        "the federal government had not paid its share.",
        "the federal government had not paid its share",
        speaker_name="Abebe Girma Tadesse",
        type="person",
    ),
    Case(
        "surname-in-ly-read-as-an-adverb-in-a-later-paragraph",
        "Representative Ben Jolly is running for the Senate.\n\nJolly said he would be cautious in "
        "restructuring federal education spending because he’d worry about creating further inefficiencies.",
        "he would be cautious in restructuring federal education spending",
        speaker="Jolly",
        speaker_name="Ben Jolly",
        cue="said",
    ),
    Case(
        "surname-read-as-a-modal-in-a-later-paragraph",
        "Prime Minister Ruth May met the delegation on Monday.\n\nMay said she was pleased.",
        "she was pleased",
        speaker="May",
        speaker_name="Ruth May",
        cue="said",
    ),
    # A document that speaks is named for whoever issued it; a document alone names no one.
    Case(
        "statement-from-a-described-organisation",
        "The National Liberation Front rejected the offer on Wednesday. A statement from the front said "
        "its members would continue peaceful protests.",
        "its members would continue peaceful protests",
        speaker="A statement from the front",
        speaker_name="National Liberation Front",
        type="organization",
    ),
    # a written answer in parliament, and a document whose owner is "his", "her" or "its" (red team 131)
    Case(
        "the-minister-s-written-answer-said",
        "Health Minister Hana Brisk was asked about waiting lists. “The list has fallen,” the minister's "
        "written answer said.",
        "The list has fallen",
        speaker_name="Hana Brisk",
        cue="said",
    ),
    Case(
        "her-written-answer-said",
        "Health Minister Hana Brisk was asked about waiting lists. Her written answer said the list had "
        "fallen by 4,000.",
        "the list had fallen by 4,000",
        speaker_name="Hana Brisk",
    ),
    Case(
        "its-statement-said",
        "The Kelso Water Board was fined. Its statement said the leak had been fixed.",
        "the leak had been fixed",
        speaker_name="Kelso Water Board",
    ),
    Case(
        "his-letter-after-a-woman-is-no-one-s",
        "Health Minister Hana Brisk was asked about waiting lists. His letter said the list had fallen.",
        "the list had fallen",
        speaker_name=None,
    ),
    Case(
        "statement-issued-by-a-named-ministry",
        "A statement issued by the Interior Ministry said the march was banned.",
        "the march was banned",
        speaker_name="Interior Ministry",
        type="organization",
    ),
    Case(
        "a-report-by-a-named-institute",
        "A report by the Dravin Institute said exports would fall by a third.",
        "exports would fall by a third",
        speaker_name="Dravin Institute",
        type="organization",
    ),
    Case(
        "an-article-published-by-a-paper",
        "An article published by the People's Tribune on Tuesday said that the activists had been "
        "bought by foreign NGOs.",
        "that the activists had been bought by foreign NGOs",
        speaker_name="People's Tribune",
        type="organization",
    ),
    Case(
        "the-paper-s-editorial-speaks-for-the-paper",
        "The Ankarel Daily Herald on Saturday devoted its front-page editorial to the opposition. "
        "The daily's editorial said the opposition leader had lost all moral authority.",
        "the opposition leader had lost all moral authority",
        speaker="The daily's editorial",
        speaker_name="Ankarel Daily Herald",
        type="organization",
    ),
    Case(
        "the-ministry-s-statement-speaks-for-the-ministry",
        "The Interior Ministry closed the port on Monday. The ministry's statement said it would reopen "
        "within a week.",
        "it would reopen within a week",
        speaker_name="Interior Ministry",
        type="organization",
    ),
    Case(
        "last-year-s-report-names-no-one",
        "The Interior Ministry closed the port on Monday. Last year's report said the river was clean.",
        "the river was clean",
        speaker_name=None,
    ),
    Case(
        "a-statement-alone-names-no-one",
        "The National Liberation Front rejected the offer. The statement said the offer was an insult.",
        "the offer was an insult",
        speaker_name=None,
    ),
    Case(
        "she-to-named-speaker",
        "Dana Varek opened the session at noon. “The chamber will vote on June 29,” she said.",
        "The chamber will vote on June 29",
        speaker="she",
        speaker_name="Dana Varek",
        type="person",
    ),
    Case(
        "he-to-titled-name",
        "Interior Minister Miro Lasken flew to Port Selm on Saturday. "
        "“I have seen the officers in hospital,” he said.",
        "I have seen the officers in hospital",
        speaker="he",
        speaker_name="Miro Lasken",
        type="person",
    ),
    Case(
        "he-by-given-name",
        "Mayor Mary Farrow toured the depot with John Lasken. He said the buses would be replaced.",
        "the buses would be replaced",
        speaker="He",
        speaker_name="John Lasken",
    ),
    Case(
        "she-by-given-name-over-a-nearer-man",
        "Mayor Lidia Farrow said the depot would reopen. Interior Minister Miro Lasken disagreed. "
        "She said the buses would be replaced.",
        "the buses would be replaced",
        speaker="She",
        speaker_name="Lidia Farrow",
    ),
    Case(
        "she-is-the-woman-though-the-man-is-the-subject",
        "Pierre Dulac met Ingrid Kern on Monday. She said the talks had stalled.",
        "the talks had stalled",
        speaker="She",
        speaker_name="Ingrid Kern",
    ),
    # Nothing tells Dana's or Sasha's gender, and either could have spoken: no guess.
    Case(
        "she-between-two-people-of-unknown-gender",
        "Mayor Dana Farrow said the depot would reopen. Interior Minister Sasha Lasken disagreed. "
        "She said the buses would be replaced.",
        "the buses would be replaced",
        speaker="She",
        speaker_name=None,
    ),
    Case(
        "he-skips-a-nearer-woman",
        "Interior Minister Miro Lasken answered questions for an hour. "
        "Asked about Dana Varek’s speech, he said the Speaker had been right to set a date.",
        "the Speaker had been right to set a date",
        speaker="he",
        speaker_name="Miro Lasken",
    ),
    Case(
        "they-to-organization",
        "The National Liberation Front rejected the bill within hours. "
        "They said the reform would turn every street corner into a checkpoint.",
        "the reform would turn every street corner into a checkpoint",
        speaker="They",
        speaker_name="National Liberation Front",
    ),
    Case(
        "the-minister",
        "Interior Minister Miro Lasken visited the harbour on Sunday. "
        "The minister said the city’s bus service would resume on Monday.",
        "the city’s bus service would resume on Monday",
        speaker="The minister",
        speaker_name="Miro Lasken",
        role="minister",
        type="person",
    ),
    Case(
        "the-imam",
        "Imam Yusuf Adelan led Friday prayers in the capital. “A nation is a house,” the imam said.",
        "A nation is a house",
        speaker="the imam",
        speaker_name="Yusuf Adelan",
        type="person",
    ),
    Case(
        "the-speaker-title",
        "Parliament Speaker Dana Varek closed the debate after nine hours. "
        "“The law is the law,” the Speaker said.",
        "The law is the law",
        speaker="the Speaker",
        speaker_name="Dana Varek",
        type="person",
    ),
    Case(
        "the-president",
        "President Teodor Halvast addressed the nation on Wednesday evening. "
        "“The door to dialogue is open,” the President said.",
        "The door to dialogue is open",
        speaker="the President",
        speaker_name="Teodor Halvast",
        type="person",
    ),
    Case(
        "the-agency",
        "The Kestovian News Agency is the country’s state news agency. "
        "The agency reported that 41 people had been detained.",
        "41 people had been detained",
        speaker="The agency",
        speaker_name="Kestovian News Agency",
        type="organization",
    ),
    Case(
        "the-group",
        "The Meridian Rights Observatory published its report on Wednesday. "
        "The group said at least 19 detainees had been beaten in custody.",
        "at least 19 detainees had been beaten",
        speaker="The group",
        speaker_name="Meridian Rights Observatory",
        type="organization",
    ),
    Case(
        "surname-only",
        "Samira Tovek spoke first. “We did not choose this fight,” Tovek said.",
        "We did not choose this fight",
        speaker="Tovek",
        speaker_name="Samira Tovek",
        type="person",
    ),
    Case(
        "honorific-surname",
        "Samira Tovek spoke first. “We did not choose this fight,” Ms. Tovek said.",
        "We did not choose this fight",
        speaker="Ms. Tovek",
        speaker_name="Samira Tovek",
        type="person",
    ),
    Case(
        "mr-surname",
        "Baltramar’s foreign minister, Jonas Ekhart, was in Halden on Monday. "
        "‘Friends tell each other hard things,’ Mr Ekhart said.",
        "Friends tell each other hard things",
        speaker="Mr Ekhart",
        speaker_name="Jonas Ekhart",
        type="person",
    ),
    Case(
        "pronoun-across-paragraphs",
        "Samira Tovek spoke to reporters outside the hall.\n\n"
        "“Fourteen days,” Tovek said.\n\n"
        "“In fourteen days a man can lose his job,” she added.",
        "In fourteen days a man can lose his job",
        speaker="she",
        speaker_name="Samira Tovek",
    ),
    # A description resolves to the outlet the article describes with the same noun.
    Case(
        "the-newspaper-to-outlet-described-so",
        "The Dravin Observer, a weekly newspaper, published the letter on Sunday. "
        "The newspaper said the council had ignored the warnings.",
        "the council had ignored the warnings",
        speaker="The newspaper",
        speaker_name="Dravin Observer",
        type="organization",
    ),
    # "It" is no person: past a sentence where a minister spoke, the ministry that spoke before.
    Case(
        "it-to-the-organisation-that-spoke-before-a-person",
        "The Interior Ministry said the curfew would remain in place. Lasken, the minister, said the "
        "army was ready. It added that the roads would reopen on Monday.",
        "the roads would reopen on Monday",
        speaker="It",
        speaker_name="Interior Ministry",
        type="organization",
    ),
    Case(
        "title-description-to-the-minister-named-earlier",
        "Interior Minister Miro Lasken visited the border on Friday. "
        "The curfew will end on Sunday, the Interior Minister said.",
        "The curfew will end on Sunday",
        speaker="the Interior Minister",
        speaker_name="Miro Lasken",
        role="Interior Minister",
        type="person",
    ),
    # The parser takes a surname opening a sentence for a common noun; it is still the mayor.
    Case(
        "surname-the-parser-takes-for-a-noun",
        "Mayor Lidia Farrow met reporters. Farrow said buses would run.",
        "buses would run",
        speaker="Farrow",
        speaker_name="Lidia Farrow",
        role=None,
        type="person",
    ),
    Case(
        "pronoun-skips-a-name-that-only-describes-a-noun",
        "President Teodor Halvast opened the summit on Monday.\n\nThe president's Marovian roots also "
        "came into play. In Port Selm last week, he told delegates that the harbour would stay open.",
        "the harbour would stay open",
        speaker="he",
        speaker_name="Teodor Halvast",
        type="person",
    ),
    Case(
        "surname-after-a-full-name-the-model-took-for-an-organisation",
        "Samira Tovek said last week that the talks had failed. Tovek said the army had left the city.",
        "the army had left the city",
        speaker="Tovek",
        speaker_name="Samira Tovek",
        type="person",
    ),
    Case(
        "honorific-and-a-surname-that-is-also-a-title",
        "Mr. King said the harbour would stay open through the strike.",
        "the harbour would stay open",
        speaker="Mr. King",
        speaker_name="King",
        type="person",
    ),
    # the minister now in office, not a former or shadow one named nearer (red team 96)
    Case(
        "the-minister-is-not-the-former-one-named-after-her",
        "Housing Minister Lara Venn replaced former minister Ken Osgood in January. "
        "“We will not go back,” the minister said.",
        "We will not go back",
        speaker_name="Lara Venn",
    ),
    Case(
        "the-minister-is-not-the-shadow-one-named-after-him",
        "Planning Minister Gideon Hart met the shadow planning minister, Paul Reeve, on Monday. "
        "The minister said the talks went well.",
        "the talks went well",
        speaker_name="Gideon Hart",
    ),
    Case(
        "the-minister-after-a-shadow-minister-alone-is-no-one",
        "Paul Reeve, the shadow planning minister, spoke on Monday. The minister said it was wrong.",
        "it was wrong",
        speaker_name=None,
    ),
    Case(
        "the-former-minister-is-the-former-one",
        "Housing Minister Lara Venn replaced former minister Ken Osgood in January. "
        "The former minister said the plan was wrong.",
        "the plan was wrong",
        speaker_name="Ken Osgood",
    ),
    Case(
        "a-former-pollster-alone-is-the-pollster",
        "Former pollster Douglas Schoen wrote a column on Monday. The pollster said turnout would fall.",
        "turnout would fall",
        speaker_name="Douglas Schoen",
    ),
    # a British secretary of state is the minister (red team 95)
    Case(
        "the-minister-after-an-education-secretary",
        "Education Secretary Tobias Renwick visited Greyhaven Primary on Wednesday. "
        "The minister said the school was a model.",
        "the school was a model",
        speaker_name="Tobias Renwick",
    ),
    Case(
        "the-minister-after-a-press-secretary-is-no-one",
        "Press Secretary Dana Lowe spoke on Wednesday. The minister said the school was a model.",
        "the school was a model",
        speaker_name=None,
    ),
    # schools, co-operatives, parties, inspectorates by what they are (red teams 93, 95, 97)
    Case(
        "the-school-after-a-primary",
        "Greyhaven Primary was closed on Monday after flooding. The school said it would reopen next week.",
        "it would reopen next week",
        speaker_name="Greyhaven Primary",
        type="organization",
    ),
    Case(
        "the-school-after-an-academy",
        "Brackenfold Academy was closed on Monday after flooding. The school said it would reopen next week.",
        "it would reopen next week",
        speaker_name="Brackenfold Academy",
    ),
    Case(
        "the-inspectorate-after-an-office",
        "The Office for School Standards rated Pellmore High “inadequate” in a report. "
        "The inspectorate said leadership was weak.",
        "leadership was weak",
        speaker_name="Office for School Standards",
    ),
    Case(
        "the-cooperative-and-it-after-a-cooperative",
        "The Lakeland Dairy Cooperative said prices would rise. The cooperative said farmers were "
        "struggling. It said in a statement that costs were up.",
        "costs were up",
        speaker_name="Lakeland Dairy Cooperative",
        type="organization",
    ),
    Case(
        "the-party-after-a-name-and-party",
        "The Civic Front party lost 23 seats. The party said it would regroup.",
        "it would regroup",
        speaker_name="Civic Front",
    ),
    Case(
        "the-housebuilder-after-a-homes-firm",
        "Harcastle Homes submitted plans in May. The housebuilder said the scheme would bring 200 homes.",
        "the scheme would bring 200 homes",
        speaker_name="Harcastle Homes",
    ),
    # a tribute's "she" is who paid it, not whom it mourned (red team 100)
    Case(
        "she-after-a-passive-s-agent",
        "Bram Lessing was mourned by Nadia Feld. “He made every scene better,” she said.",
        "He made every scene better",
        speaker_name="Nadia Feld",
    ),
    Case(
        "she-after-a-co-star-who-spoke-after-a-relative-clause",
        "Bram Lessing, who died on Monday, was remembered by his co-star Nadia Feld. "
        "“He made every scene better,” she said.",
        "He made every scene better",
        speaker_name="Nadia Feld",
    ),
    # a hospital or an airport that speaks, however the recogniser labelled its building (red teams 100, 103)
    Case(
        "the-hospital-after-a-saint-s-hospital",
        "Ana Vell died at St. Aldric Hospital late on Monday. The hospital said she had been ill.",
        "she had been ill",
        speaker_name="St. Aldric Hospital",
        type="organization",
    ),
    Case(
        "the-airport-after-an-airport",
        "Ostvale Airport said flights were delayed. The airport added that runways were clear.",
        "runways were clear",
        speaker_name="Ostvale Airport",
        type="organization",
    ),
    # the agent's name set off after an opening "according to" (red team 100)
    Case(
        "according-to-her-agent-and-his-name-before-the-subject",
        "According to her longtime agent, Simone Raddick, Carys Wynne had been working on a final album.",
        "Carys Wynne had been working on a final album",
        speaker_name="Simone Raddick",
        cue="According to",
    ),
    Case(
        "according-to-his-doctor-and-her-name-before-the-subject",
        "According to his doctor, Ana Bell, the patient was recovering.",
        "the patient was recovering",
        speaker_name="Ana Bell",
    ),
    # a senator by party label, and later by state and party (red team 108)
    Case(
        "a-senator-with-a-hyphenated-surname-and-a-party-label",
        "Sen. Ruth Okonkwo-Hale (D-Vt.) said the bill was dead. She added that talks would go on.",
        "talks would go on",
        speaker_name="Ruth Okonkwo-Hale",
    ),
    Case(
        "the-nevada-democrat",
        "Sen. Dana Pruitt (D-Nev.) spoke on Monday. “We will not fold,” the Nevada Democrat said.",
        "We will not fold",
        speaker_name="Dana Pruitt",
        role="Nevada Democrat",
        type="person",
    ),
    Case(
        "the-new-york-democrat",
        "Rep. Leon Voss (D-N.Y.) spoke on Monday. “We will not fold,” the New York Democrat said.",
        "We will not fold",
        speaker_name="Leon Voss",
    ),
    # the statement a body said something in speaks for it; a platform is no part of a name (red teams 105, 106)
    Case(
        "the-statement-after-said-in-a-statement",
        "Kestrel Council said in a statement that the library would close. "
        "The statement added that staff would be redeployed.",
        "staff would be redeployed",
        speaker_name="Kestrel Council",
    ),
    Case(
        "a-statement-from-a-group-on-a-platform",
        "A statement from the Free Hollin Front on Telegram said the town had fallen.",
        "the town had fallen",
        speaker_name="Free Hollin Front",
    ),
    # a councillor's party as the ward's bracket shortens it (red team 105)
    Case(
        "the-labour-councillor-after-lab-in-the-bracket",
        "Cllr Ama Boateng (Lab, Kingsley) proposed the motion. The Labour councillor said the cuts were unfair.",
        "the cuts were unfair",
        speaker_name="Ama Boateng",
    ),
    Case(
        "the-labour-councillor-is-not-a-conservative",
        "Cllr Ama Boateng (Con, Kingsley) proposed the motion. The Labour councillor said the cuts were unfair.",
        "the cuts were unfair",
        speaker_name=None,
    ),
    # a role the sentence gives the name in its predicate (red teams 95, 105)
    Case(
        "the-mayor-after-one-elected-mayor",
        "Rhys Calloway was elected mayor in May. The mayor said the budget was tight.",
        "the budget was tight",
        speaker_name="Rhys Calloway",
    ),
    Case(
        "the-vice-chancellor-after-one-who-is-vice-chancellor-of",
        "Ines Hallorhan is vice-chancellor of the University of Westmere. The vice-chancellor said fees would rise.",
        "fees would rise",
        speaker_name="Ines Hallorhan",
    ),
    Case(
        "the-mayor-is-not-the-mayor-s-chief-of-staff",
        "Rhys Calloway is the mayor's chief of staff. The mayor said the budget was tight.",
        "the budget was tight",
        speaker_name=None,
    ),
    Case(
        "the-mayor-is-not-a-deputy-mayor",
        "Paul Reeve is deputy mayor. The mayor said the budget was tight.",
        "the budget was tight",
        speaker_name=None,
    ),
    # ... or the verb before it gives ("appointed X as", session 39)
    Case(
        "the-cfo-after-one-appointed-as-chief-financial-officer",
        "The board appointed Mara Quist as chief financial officer in May. The CFO said the company would cut costs.",
        "the company would cut costs",
        speaker_name="Mara Quist",
    ),
    Case(
        "the-coach-after-one-hired-as-their-new-head-coach",
        "Dynamo Vessel hired Tom Ebo as their new head coach on Monday. The coach said the squad was ready.",
        "the squad was ready",
        speaker_name="Tom Ebo",
    ),
    Case(
        "the-coach-is-not-one-who-met-the-board-as-a-player",
        "Tom Ebo met the board as a player in 2019. The coach said the squad was ready.",
        "the squad was ready",
        speaker_name=None,
    ),
    Case(
        "the-cfo-is-not-one-appointed-as-the-cfo-s-deputy",
        "The board appointed Mara Quist as deputy CFO in May. The CFO said the company would cut costs.",
        "the company would cut costs",
        speaker_name=None,
    ),
    # a name given in a clause, an agency by its letters, a mission by its place (red teams 94, 102, 106)
    Case(
        "a-resident-who-gave-her-name-only-as",
        "One resident, who gave her name only as Bev, said the noise had woken her.",
        "the noise had woken her",
        speaker_name="Bev",
        type="person",
    ),
    Case(
        "the-agency-is-not-a-body-inside-its-own-report",
        "The opposition MDC said the vote was rigged, the agency said.",
        "The opposition MDC said the vote was rigged",
        speaker_name=None,
    ),
    Case(
        "the-agency-is-not-an-alliance-that-spoke-before",
        "NATO said it would send more troops. Russia condemned the move, the agency said.",
        "Russia condemned the move",
        speaker_name=None,
    ),
    Case(
        "the-agency-is-not-a-party-that-spoke-before",
        "The GOP said the bill was dead. The agency said it would keep the rule.",
        "it would keep the rule",
        speaker_name=None,
    ),
    Case(
        "a-name-given-that-is-no-name",
        "One resident, who gave her name only as Sister, said the noise had woken her.",
        "the noise had woken her",
        speaker_name=None,
    ),
    Case(
        "a-president-s-armed-forces-are-no-one-s-name",
        "President Ana Holt's Armed Forces reported no casualties.",
        "no casualties",
        speaker_name="Armed Forces",
    ),
    Case(
        "the-agency-after-an-agency-s-letters",
        "The talks would resume, ZNA reported. The delegations met for three hours, the agency said.",
        "The delegations met for three hours",
        speaker_name="ZNA",
    ),
    Case(
        "the-agency-after-a-regulator-s-letters",
        "The FDA approved the drug on Monday. The agency said trials were promising.",
        "trials were promising",
        speaker_name="FDA",
    ),
    Case(
        "a-mission-named-for-its-place",
        "The UN Mission in Lorrow said 12 civilians were killed.",
        "12 civilians were killed",
        speaker_name="UN Mission in Lorrow",
    ),
]

TITLES_AND_ROLES = [
    # a person's role capitalised before a given name and a surname, which the recogniser took for an
    # organisation or a place (red teams 171, 173)
    Case(
        "a-grandmother-the-recogniser-took-for-an-organisation",
        'Grandmother Margaret Pollitt said: "They treated us like cattle."',
        "They treated us like cattle",
        speaker_name="Margaret Pollitt",
        role="Grandmother",
        type="person",
        kind="direct",
    ),
    Case(
        "a-streamer-the-recogniser-took-for-a-place",
        'Streamer Maya Cole said: "I need a break."',
        "I need a break",
        speaker_name="Maya Cole",
        role="Streamer",
        type="person",
        kind="direct",
    ),
    Case(
        "a-harbourmaster-after-the-quotation",
        '"It is stable," said Harbourmaster Owen Gray.',
        "It is stable",
        speaker_name="Owen Gray",
        role="Harbourmaster",
        type="person",
        kind="direct",
    ),
    Case(
        "an-astronaut-before-her-name",
        "Astronaut Elena Sorokina said the crew had slept well.",
        "the crew had slept well",
        speaker_name="Elena Sorokina",
        role="Astronaut",
        type="person",
    ),
    # red teams 175 and 176: an aid worker the parser read as an order; roles of the border and the
    # energy trade; bodies named for what they run
    Case(
        "an-aid-worker-read-as-an-order-to-aid",
        "Aid worker Mark Stone said the camp flooded.",
        "the camp flooded",
        speaker_name="Mark Stone",
        role="Aid worker",
        type="person",
    ),
    Case(
        "a-smuggler-by-a-given-name",
        "Smuggler Ahmed said business was booming.",
        "business was booming",
        speaker_name="Ahmed",
        role="Smuggler",
        type="person",
    ),
    Case(
        "a-pipeline-company",
        "Caspian Link Pipeline said the leak had been contained.",
        "the leak had been contained",
        speaker_name="Caspian Link Pipeline",
        type="organization",
    ),
    # a fourth review of session 41: a coastguard may be one volunteer; "Solar" may be a surname
    Case(
        "a-volunteer-coastguard-is-a-person",
        "Tom Reid, a volunteer coastguard, said two people had been rescued.",
        "two people had been rescued",
        speaker_name="Tom Reid",
        type="person",
    ),
    Case(
        "a-surname-solar",
        "Tom Solar said the panels were cheap.",
        "the panels were cheap",
        speaker_name="Tom Solar",
        type="person",
    ),
    # red team 178: a scraped page's newsletter offer names no one a later "he" could be
    Case(
        "a-newsletter-offer-between-the-name-and-he",
        "Martin Ashby said 14 people were arrested.\n\nSign up to First Edition.\n\n“It was thuggery,” he said.",
        "It was thuggery",
        speaker_name="Martin Ashby",
        kind="direct",
    ),
    # a ninth review of session 41: "the US" on a line opening "Download" is no page's offer
    Case(
        "download-speeds-in-the-us",
        "Download speeds in the US fell by a third, said analyst Tom Reid.\nReid said prices would rise.",
        "prices would rise",
        speaker_name="Tom Reid",
    ),
    # a seventh review of session 41: a line inviting readers to listen to someone is no page prompt
    Case(
        "listen-to-someone-explain-then-he",
        "Council leader Sam Ford had backed the plan for months.\n\nListen to Tom Reid explain why the "
        "council changed its mind.\n\n“It was the only option left,” he said.",
        "It was the only option left",
        speaker_name="Tom Reid",
        kind="direct",
    ),
    # red team 177: a curly apostrophe split the role in two appositions ("Helix’s" | "head of research")
    Case(
        "a-company-s-head-of-research-with-a-curly-apostrophe",
        '"We do not know," said Tomas Lee, Helix’s head of research.',
        "We do not know",
        speaker_name="Tomas Lee",
        role="Helix’s head of research",
        kind="direct",
    ),
    Case(
        "a-coastguard-named-as-a-body",
        "HM Coastguard said a lifeboat had been launched.",
        "a lifeboat had been launched",
        speaker_name="HM Coastguard",
        type="organization",
    ),
    Case(
        "a-federation-of-co-operatives",
        "The Federation of Tarn Co-operatives said prices would fall.",
        "prices would fall",
        speaker_name="Federation of Tarn Co-operatives",
        type="organization",
    ),
    # a body and its office with "of" before the name: the person speaks, not the body (red team 172)
    Case(
        "a-body-s-head-of-something-before-the-name",
        "NFU head of dairy Claire Pennock said prices would rise.",
        "prices would rise",
        speaker_name="Claire Pennock",
        type="person",
    ),
    Case(
        "a-body-s-director-of-something-before-the-name",
        "NFU director of policy Tom Reid says prices will rise.",
        "prices will rise",
        speaker_name="Tom Reid",
        role="NFU director of policy",
        type="person",
    ),
    # church offices before the name (red team 170)
    Case(
        "an-archdeacon-styled-the-venerable",
        "The Archdeacon of Norton, the Ven Clare Hobbs, said the church would reopen at Easter.",
        "the church would reopen at Easter",
        speaker_name="Clare Hobbs",
        role="Archdeacon of Norton",
        type="person",
    ),
    Case(
        "the-moderator-set-off-before-the-name",
        "The Moderator, Fiona Grant, said the Kirk would sell 40 manses.",
        "the Kirk would sell 40 manses",
        speaker_name="Fiona Grant",
        role="Moderator",
        type="person",
    ),
    Case(
        "a-precentor-who-is-a-canon",
        "The Precentor, Canon Tom Hale, said the choir would tour Norway.",
        "the choir would tour Norway",
        speaker_name="Tom Hale",
        role="Precentor",
        type="person",
    ),
    # the role set off between the closing mark and the name was read into the quotation (red team 54)
    Case(
        "a-hyphenated-role-set-off-after-the-quotation",
        "“This is not over,” the agency's director-general, Dr. Tomas Rehn, said.",
        "This is not over",
        not_also=("director",),
        speaker_name="Tomas Rehn",
        role="director-general",
        kind="direct",
    ),
    Case(
        "a-role-set-off-after-the-quotation",
        "“This is not over,” the agency's director, Dr. Tomas Rehn, said.",
        "This is not over",
        not_also=("director",),
        speaker_name="Tomas Rehn",
        role="director",
        kind="direct",
    ),
    # A role's own "of"/"for" phrase before the comma that opens the name is the role's.
    Case(
        "chief-of-staff-before-the-name",
        "Owusu's former chief of staff, Linda Asare, told the Chronicle that she had arranged the meetings.",
        "she had arranged the meetings",
        speaker_name="Linda Asare",
        role="Owusu's former chief of staff",
    ),
    Case(
        "an-expert-s-title-before-a-name-and-a-university",
        "Criminologist Petra Lund of Kalmor University said politicians often cherry-picked short periods.",
        "politicians often cherry-picked short periods",
        speaker_name="Petra Lund",
        role="Criminologist",
    ),
    Case(
        "the-mp-for-a-constituency",
        "The MP for Eastfield, Samuel Darko, said his constituents could not wait.",
        "his constituents could not wait",
        speaker_name="Samuel Darko",
        role="MP for Eastfield",
    ),
    # A name given by "known as" names the speaker.
    Case(
        "a-role-known-as-a-name",
        "The militia's leader, known as Commander Drago, said the fighters would not withdraw.",
        "the fighters would not withdraw",
        speaker="The militia's leader",
        speaker_name="Drago",
        type="person",
    ),
    # A relative clause that reports a statement of its own leaves the speaker phrase, also when
    # it hangs on the appositive.
    Case(
        "relative-clause-of-the-appositive-with-its-own-statement",
        "Her death was confirmed by her son, Pavel Velikov, who said she had been ill since the spring.",
        "Her death",
        speaker="her son, Pavel Velikov",
        speaker_name="Pavel Velikov",
    ),
    Case(
        "relative-clause-of-the-role-in-the-appositive",
        "“Early money sets the terms,” said Scott Reed, the chamber's chief strategist, who added that "
        "his group would focus on local races.",
        "Early money sets the terms",
        speaker="Scott Reed, the chamber's chief strategist",
    ),
    # The light recogniser may split a given name from a hyphenated surname; the name is whole.
    Case(
        "given-name-and-hyphenated-surname",
        "Agnes Marlowe-Pike said she would never retire.",
        "she would never retire",
        speaker_name="Agnes Marlowe-Pike",
    ),
    # A live blog's time opening the line is no part of the speaker.
    Case(
        "live-blog-time-before-the-subject",
        "09:12 Emergency services say more than 2,000 people have been evacuated.",
        "more than 2,000 people have been evacuated",
        speaker="Emergency services",
    ),
    Case(
        "live-blog-time-with-am-and-a-dash",
        "11.45am — Interior Minister Varek said the roads would reopen.",
        "the roads would reopen",
        speaker="Interior Minister Varek",
        speaker_name="Varek",
    ),
    # a time zone before the live blog's colon was read as the speaker's name (red team 63)
    Case(
        "live-blog-time-zone-and-a-colon-before-a-label",
        "Floods in Eastport\n\n14:05 GMT: Interior Minister Dana Varek: “We will rebuild.”",
        "We will rebuild.",
        speaker_name="Dana Varek",
        type="person",
    ),
    # The parser may hang the name on the place a role belongs to.
    Case(
        "name-after-a-role-of-a-place",
        "11:15 A resident of Holmbridge, Gwen Tallis, 71, told our reporter she had been rescued by boat.",
        "she had been rescued by boat",
        speaker="A resident of Holmbridge, Gwen Tallis, 71",
        speaker_name="Gwen Tallis",
        type="person",
    ),
    # A name the parser does not know, after a title, read as an adverb of the verb: the title is
    # not the speaker, the name is no part of the cue.
    Case(
        "title-taken-for-the-subject-and-the-name-for-an-adverb",
        "President Halvast tweeted that Dana Machado was a liar.",
        "Dana Machado was a liar",
        speaker="President Halvast",
        speaker_name="Halvast",
        role="President",
        cue="tweeted",
    ),
    Case(
        "title-and-a-name-read-as-an-adverb-with-no-subject",
        "Commissioner Halvast told reporters that the port would close.",
        "the port would close",
        speaker="Commissioner Halvast",
        speaker_name="Halvast",
        cue="told",
    ),
    Case(
        "title-and-a-name-read-as-a-noun-adverbial",
        "Ambassador Halvast claimed that the port would close.",
        "the port would close",
        speaker="Ambassador Halvast",
        speaker_name="Halvast",
        cue="claimed",
    ),
    Case(
        "a-newer-role-before-a-name",
        "Influencer Bexley Tarrow said she would pay for the repairs herself.",
        "she would pay for the repairs herself",
        speaker_name="Bexley Tarrow",
        role="Influencer",
        type="person",
    ),
    # A hyphenated word opening the role stays whole ("Iran-born", "co-host", "Award-winning").
    Case(
        "hyphenated-word-opening-the-role",
        "Iran-born mediator Reza Ghaffari said a deal was close.",
        "a deal was close",
        speaker_name="Reza Ghaffari",
        role="Iran-born mediator",
    ),
    # A body's noun the tagger took for a name is still the role, with its words.
    Case(
        "a-ministry-the-tagger-took-for-a-name",
        "According to the foreign ministry in Kerasgrad, the talks had failed.",
        "the talks had failed",
        speaker_name=None,
        role="foreign ministry",
        type="organization",
    ),
    # "named X" right after the description gives the name: the speaker is no anonymous source.
    Case(
        "description-then-named",
        "A retired teacher named Gordon Hale said the new lane would ruin the town.",
        "the new lane would ruin the town",
        speaker="A retired teacher named Gordon Hale",
        speaker_name="Gordon Hale",
        role="retired teacher",
        type="person",
    ),
    # A description and the name right after it, with no comma ("the state news agency KNA"):
    # the parser may make them two subjects or two objects, or hang the name on nothing.
    Case(
        "description-and-name-read-as-two-subjects",
        "The official news agency Petra reported that the king had left the capital.",
        "the king had left the capital",
        speaker="The official news agency Petra",
        speaker_name="Petra",
        role="official news agency",
        type="organization",
    ),
    Case(
        "description-and-name-after-according-to",
        "According to the state news agency KNA, the interior ministry has opened an inquiry.",
        "the interior ministry has opened an inquiry",
        speaker="the state news agency KNA",
        speaker_name="KNA",
        role="state news agency",
        type="organization",
    ),
    Case(
        "description-and-two-word-name-read-as-two-objects",
        "According to the opposition daily Sabah Kestova, the vote was postponed.",
        "the vote was postponed",
        speaker="the opposition daily Sabah Kestova",
        speaker_name="Sabah Kestova",
        type="organization",
    ),
    # "Varek Monday said": the parser makes the day the subject; it is when it was said.
    Case(
        "a-weekday-after-the-name-is-a-date-not-the-name",
        "Dana Varek Monday said that the port would close.",
        "the port would close",
        speaker="Dana Varek",
        speaker_name="Dana Varek",
        said_on=iso("2026-11-16"),
        date="2026-11-20",
    ),
    # A speaker phrase ends before a participle set off by commas, and starts after a dash.
    Case(
        "participle-after-the-name",
        "Interior Minister Miro Lasken, speaking to reporters at the harbour, said the curfew would end at midnight.",
        "the curfew would end at midnight",
        speaker="Interior Minister Miro Lasken",
    ),
    Case(
        # the parser reads "addressing" as a modifier of "supporters", and those as a second subject
        "participle-the-parse-read-as-a-second-subject",
        "Marouf, addressing supporters in Kesh, said the elections had been stolen.",
        "the elections had been stolen",
        speaker="Marouf",
    ),
    Case(
        "participle-the-parse-read-as-the-name-s-apposition",
        "Lina Marouf, addressing supporters in Kesh, said the elections had been stolen.",
        "the elections had been stolen",
        speaker="Lina Marouf",
        role=None,
    ),
    Case(
        "participle-the-parse-read-as-a-noun",
        "Marouf, addressing supporters, said the elections had been stolen.",
        "the elections had been stolen",
        speaker="Marouf",
        role=None,
    ),
    Case(
        # negative: a participle that is part of the role stays
        "a-role-that-opens-with-a-participle",
        "Ana Lee, acting director of the port authority, said the cranes would stop.",
        "the cranes would stop",
        speaker="Ana Lee, acting director of the port authority",
        role="acting director of the port authority",
    ),
    # A relative clause that reports a statement of its own is that statement, not the speaker's name;
    # one that only describes the speaker stays in the phrase.
    Case(
        "relative-clause-with-its-own-statement",
        "Senator Ola Varek, who says the polls have tightened, said the campaign would go on.",
        "the campaign would go on",
        speaker="Senator Ola Varek",
    ),
    Case(
        "the-relative-clause-is-a-statement-of-its-own",
        "Senator Ola Varek, who says the polls have tightened, said the campaign would go on.",
        "the polls have tightened",
        speaker="who",
        speaker_name="Ola Varek",
    ),
    Case(
        "relative-clause-that-describes-the-speaker",
        "Ilse Brannock, who led the talks, said the port would reopen on Monday.",
        "the port would reopen on Monday",
        speaker="Ilse Brannock, who led the talks",
    ),
    Case(
        "the-reporters-question-after-a-description",
        "A ministry spokeswoman, asked about the talks, said they had stalled.",
        "they had stalled",
        speaker="A ministry spokeswoman",
    ),
    Case(
        "after-a-spaced-dash",
        "The talks were short - Interior Minister Miro Lasken said the curfew would end at midnight.",
        "the curfew would end at midnight",
        speaker="Interior Minister Miro Lasken",
    ),
    # A bracket opened in the speaker phrase closes in it.
    Case(
        "party-tag-in-brackets-before-the-verb",
        "Sen. Ola Varek (D-Kestovia) said the port bill was a disgrace.",
        "the port bill was a disgrace",
        speaker="Sen. Ola Varek (D-Kestovia)",
        speaker_name="Ola Varek",
    ),
    Case(
        "party-tag-in-brackets-after-the-verb",
        "“The port bill is a disgrace,” said Sen. Ola Varek (D-Kestovia).",
        "The port bill is a disgrace",
        speaker="Sen. Ola Varek (D-Kestovia)",
        speaker_name="Ola Varek",
    ),
    # A wire dateline is not the subject of the sentence it opens.
    Case(
        "after-a-dateline",
        "DRAVIN – Interior Minister Miro Lasken said on Tuesday that the curfew would end at midnight.",
        "the curfew would end at midnight",
        speaker="Interior Minister Miro Lasken",
        speaker_name="Miro Lasken",
        role="Interior Minister",
        type="person",
    ),
    Case(
        "after-a-dateline-with-date-and-agency",
        "PORT SELM, June 29 (KNA) — The harbour workers’ union said the strike would continue.",
        "the strike would continue",
        speaker="The harbour workers’ union",
        type="organization",
    ),
    Case(
        "after-a-dateline-with-country-and-agency",
        "GENOVA HEIGHTS, Meridia (Continental Wire) - Meridia's president, Alejandro Varga, said on "
        "Sunday that talks would resume.",
        "talks would resume",
        speaker_name="Alejandro Varga",
        type="person",
    ),
    Case(
        "after-a-dateline-with-country",
        "DRAVIN, Kestovia - Interior Minister Miro Lasken said on Tuesday that the curfew would end.",
        "the curfew would end",
        speaker_name="Miro Lasken",
        type="person",
    ),
    Case(
        "office-title-before-name",
        "“Order is the floor that freedom stands on,” said Interior Minister Miro Lasken.",
        "Order is the floor that freedom stands on",
        speaker_name="Miro Lasken",
        role="Interior Minister",
        type="person",
    ),
    Case(
        "parliament-speaker-title",
        "Parliament Speaker Dana Varek said the chamber would not be held hostage by the street.",
        "the chamber would not be held hostage by the street",
        speaker_name="Dana Varek",
        role="Parliament Speaker",
        type="person",
    ),
    Case(
        "rank-colonel",
        "Colonel Arkady Venn told the Gazette that the march had been peaceful and well organised.",
        "the march had been peaceful and well organised",
        speaker_name="Arkady Venn",
        role="Colonel",
        type="person",
    ),
    Case(
        "judge",
        "“The council does not do politics,” Judge Matthias Orel told reporters.",
        "The council does not do politics",
        speaker_name="Matthias Orel",
        role="Judge",
        type="person",
    ),
    Case(
        "professor-with-relative-clause",
        "“He is offering a chair, not a table,” said Professor Ruth Anselm, who teaches law in Dravin.",
        "He is offering a chair, not a table",
        speaker_name="Ruth Anselm",
        role="Professor",
        type="person",
    ),
    Case(
        "appositive-role-after-name",
        "Anneke Doval, the group’s director, said the findings had been shared with the ministry.",
        "the findings had been shared with the ministry",
        speaker_name="Anneke Doval",
        role="director",
        type="person",
    ),
    Case(
        "appositive-name-after-role",
        "The council’s president, Judge Matthias Orel, said a ruling could be expected before autumn.",
        "a ruling could be expected before autumn",
        speaker_name="Matthias Orel",
        type="person",
    ),
    Case(
        "spokeswoman-title",
        "Government spokeswoman Ilona Marsh said the Cabinet vote had been unanimous.",
        "the Cabinet vote had been unanimous",
        speaker_name="Ilona Marsh",
        role="spokeswoman",
        type="person",
    ),
    Case(
        "hyphenated-name",
        "“The buses will run again on Monday,” said Ilse Brannock-Varga, the city’s transport director.",
        "The buses will run again on Monday",
        speaker_name="Ilse Brannock-Varga",
        role="transport director",
        type="person",
    ),
    Case(
        "an-in-chief-title-before-the-name",
        "Editor-in-chief Boris Lenart said on Monday that the opposition was a foreign project.",
        "the opposition was a foreign project",
        speaker_name="Boris Lenart",
        role="Editor-in-chief",
        type="person",
    ),
    Case(
        "an-in-chief-title-the-parser-hangs-on-the-verb",
        "Commander-in-chief Petr Vasko said the army was ready.",
        "the army was ready",
        speaker="Commander-in-chief Petr Vasko",
        speaker_name="Petr Vasko",
        role="Commander-in-chief",
    ),
    Case(
        "an-in-chief-title-with-its-outlet",
        "The editor-in-chief of Narodni Glas, Boris Lenart, said the opposition was a foreign project.",
        "the opposition was a foreign project",
        speaker_name="Boris Lenart",
        role="editor-in-chief",
    ),
    # What kind of body an outlet is ("official", "semi-official") is no title of anyone's.
    Case(
        "an-official-agency",
        "The official Kestrel News Agency said the rebels had fled across the border.",
        "the rebels had fled",
        speaker_name="Kestrel News Agency",
        role=None,
        type="organization",
    ),
    Case(
        "a-semi-official-agency",
        "The semi-official Kestrel News Agency said the rebels had fled across the border.",
        "the rebels had fled",
        speaker_name="Kestrel News Agency",
        role=None,
    ),
    Case(
        "an-official-agency-by-its-noun-keeps-the-noun",
        "The official news agency KNA said the rebels had fled across the border.",
        "the rebels had fled",
        speaker_name="KNA",
        role="official news agency",
    ),
    Case(
        "a-ministry-official-by-name-keeps-the-role",
        "Senior ministry official Dana Varek said the rebels had fled across the border.",
        "the rebels had fled",
        speaker_name="Dana Varek",
        role="Senior ministry official",
    ),
]

KINDS_OF_SPEAKER = [
    # a title and its holder's name the parser read as two subjects (red team 104)
    Case(
        "an-oil-minister-of-a-country",
        "Oil Minister Faisal al-Rumaithi of Saldara said output would rise.",
        "output would rise",
        speaker_name="Faisal al-Rumaithi",
        role="Oil Minister",
        type="person",
    ),
    # an armed body keeps its country however the recogniser read it; a whip is an office (red teams 106, 108)
    Case(
        "a-country-s-general-staff-reported",
        "Kessaria's General Staff reported that the town had fallen.",
        "the town had fallen",
        speaker_name="Kessaria's General Staff",
        type="organization",
    ),
    Case(
        "a-whip-with-a-party-label",
        "Senate Minority Whip Paul Exley (D-Ill.) said the vote would fail.",
        "the vote would fail",
        speaker_name="Paul Exley",
        role="Senate Minority Whip",
    ),
    # firms named for their trade, and "the company" or "it" after them (red teams 98, 104, 107)
    Case(
        "a-software-firm-then-the-company",
        "Quorra Software said profits fell. The company said demand was weak.",
        "demand was weak",
        speaker_name="Quorra Software",
        type="organization",
    ),
    Case(
        "a-social-network-then-it",
        "Strata Social said it would appeal the fine. It said the ruling was flawed.",
        "the ruling was flawed",
        speaker_name="Strata Social",
        type="organization",
    ),
    # trade words that are surnames too stay people's (a review of the change)
    Case(
        "a-composer-named-glass",
        "Philip Glass said the opera was finished. He added that it was long.",
        "it was long",
        speaker_name="Philip Glass",
        type="person",
    ),
    Case(
        "a-dean-of-a-school",
        "The Dean of the Kellmouth Law School said applications had fallen.",
        "applications had fallen",
        type="person",
    ),
    Case(
        "a-person-whose-surname-is-a-trade",
        "Hayley Mills said the film was a joy.",
        "the film was a joy",
        speaker_name="Hayley Mills",
        type="person",
    ),
    # one man's two offices joined by "and" (red team 102); two people's are no one
    Case(
        "two-offices-of-one-man",
        "Deputy Prime Minister and Foreign Minister Hamad al-Ghanemi said the talks were useful.",
        "the talks were useful",
        speaker_name="Hamad al-Ghanemi",
        role="Foreign Minister",
        type="person",
    ),
    Case(
        "two-people-each-with-an-office",
        "President Ana Holt and Prime Minister Leon Marsh said the deal was done.",
        "the deal was done",
        speaker_name=None,
        type="group",
    ),
    Case(
        "the-minister-and-a-senator",
        "The Minister and Senator Leon Marsh said the deal was done.",
        "the deal was done",
        speaker_name=None,
    ),
    # bodies' names the recogniser cut, and a style before a king's name (red teams 102, 104)
    Case(
        "a-body-whose-name-ends-in-now",
        "Warm Homes Now said the cap was too high.",
        "the cap was too high",
        speaker_name="Warm Homes Now",
        cue="said",
    ),
    Case(
        "a-body-named-for-what-it-guards",
        "The Guardians of the Republic Corps said the drill was a success.",
        "the drill was a success",
        speaker_name="Guardians of the Republic Corps",
        type="organization",
    ),
    Case(
        "a-king-after-his-style",
        "The Custodian of the Two Holy Shrines, King Talal bin Adel al-Sharif, said the pilgrimage would go ahead.",
        "the pilgrimage would go ahead",
        speaker_name="Talal bin Adel al-Sharif",
        type="person",
    ),
    # a plural that is a club's name, as the article writes it inside a sentence too
    Case(
        "a-club-named-by-a-plural",
        "Rangers said the striker had signed. The champions beat Rangers twice last season.",
        "the striker had signed",
        speaker_name="Rangers",
        type="organization",
    ),
    # a body's name without the description before it, a channel with its number (red teams 93, 95, 96)
    Case(
        "a-union-named-after-its-description",
        "The teachers' union NUCS has threatened to strike, saying the pay offer is too low.",
        "the pay offer is too low",
        speaker_name="NUCS",
        type="organization",
    ),
    Case(
        "a-firm-of-two-names-after-its-trade",
        "Estate agents Ashdown & Pell said prices had fallen.",
        "prices had fallen",
        speaker_name="Ashdown & Pell",
        type="organization",
    ),
    Case(
        "a-firm-of-two-names-after-its-description",
        "The lettings agency Birch & Rowe said rents had risen.",
        "rents had risen",
        speaker_name="Birch & Rowe",
        type="organization",
    ),
    Case(
        "a-body-with-a-small-word-in-its-name-keeps-it",
        "The Committee for a Responsible Federal Budget reported that the plans would cost $150 billion.",
        "the plans would cost",
        speaker_name="Committee for a Responsible Federal Budget",
    ),
    Case(
        "a-numbered-channel",
        "Channel 9 projected that the Civic Front would win. Channel 9 said the count was close.",
        "the count was close",
        speaker_name="Channel 9",
        type="organization",
    ),
    # a body named for its cause (red team 55): the name was "Committee to", or none
    Case(
        "a-committee-to-protect-someone",
        "The Committee to Protect Journalists said 40 reporters were held.",
        "40 reporters were held",
        speaker_name="Committee to Protect Journalists",
        type="organization",
    ),
    Case(
        "a-committee-to-protect-someone-the-recogniser-missed",
        "The Committee to Protect Detainees said 40 people were held.",
        "40 people were held",
        speaker_name="Committee to Protect Detainees",
        type="organization",
    ),
    # a cause with "the" in it, and a head the tagger read as a common noun: the name was "Coalition",
    # or none
    Case(
        "a-coalition-to-save-the-something",
        "The Coalition to Save the Harbour said on Monday that the plan was reckless.",
        "that the plan was reckless",
        speaker_name="Coalition to Save the Harbour",
        type="organization",
    ),
    Case(
        "a-campaign-to-end-the-something",
        "The Campaign to End the Blockade said in a statement that talks had failed.",
        "that talks had failed",
        speaker_name="Campaign to End the Blockade",
        type="organization",
    ),
    # a body's name with "and" in it was cut at the "and" (red team 62)
    Case(
        "a-body-for-one-thing-and-another",
        "The Office for Fair Trading and Markets said on Monday that the merger would harm shoppers.",
        "that the merger would harm shoppers",
        speaker_name="Office for Fair Trading and Markets",
        type="organization",
    ),
    Case(
        "a-body-of-one-thing-and-a-minister",
        "The Ministry of Defence and Foreign Minister Ida Marr said the border was closed.",
        "the border was closed",
        speaker_name=None,
    ),
    # a statement's participle after a date (red team 51): the statement was lost
    Case(
        "issued-a-statement-on-a-day-accusing",
        "The Popular Front issued a statement on Monday accusing the government of “waging war on its own "
        "people.”",
        "waging war on its own people",
        speaker_name="Popular Front",
        type="organization",
    ),
    # state media (red team 51)
    Case(
        "a-described-daily-with-a-date",
        "The government daily Al-Mirsad reported on Tuesday that the mufti had issued a fatwa.",
        "the mufti had issued a fatwa",
        speaker="The government daily Al-Mirsad",
        speaker_name="Al-Mirsad",
        type="organization",
    ),
    Case(
        "a-described-daily",
        "The government daily Al-Mirsad reported that the mufti had issued a fatwa.",
        "the mufti had issued a fatwa",
        speaker="The government daily Al-Mirsad",
        speaker_name="Al-Mirsad",
    ),
    Case(
        "an-editorial-in-a-paper",
        "“The reformers are rented mouths,” said an editorial in Al-Mirsad, a daily close to the presidency.",
        "The reformers are rented mouths",
        speaker_name="Al-Mirsad",
        type="organization",
    ),
    Case(
        "a-paper-named-daily-something",
        "The Daily Flare said on its front page that the minister had lied.",
        "the minister had lied",
        speaker_name="Daily Flare",
        type="organization",
    ),
    Case(
        "an-agency-by-its-initials-quoting",
        "TNA quoted the minister as saying that 40 infiltrators had been arrested.",
        "the minister as saying",
        speaker="TNA",
        speaker_name="TNA",
    ),
    # posts and memos (red team 53)
    Case(
        "a-company-before-a-role-after-a-quotation",
        "“We grew too fast, and that is on me,” Quillform chief executive Adaeze Marrow wrote in a memo to "
        "employees.",
        "We grew too fast",
        speaker_name="Adaeze Marrow",
        type="person",
    ),
    Case(
        "the-post-read-after-a-body-published-a-message",
        "Hours later, the Ministry of Information published a terse message on its official account. “The "
        "reports are false,” the post read.",
        "The reports are false",
        speaker="the post",
        speaker_name="Ministry of Information",
    ),
    Case(
        "the-post-read-after-its-author-deleted-it",
        "Kaveh Rostami, a city councillor, later deleted the message. “Anyone who votes for this should be "
        "ashamed,” the post read.",
        "Anyone who votes for this should be ashamed",
        speaker_name="Kaveh Rostami",
    ),
    # figures, data and results speak for whoever published them (red teams 50, 54)
    Case(
        "a-research-note-from-a-bank",
        "Copper hit $11,000, according to a note from Larkspur Bank.",
        "Copper hit $11,000",
        speaker_name="Larkspur Bank",
        type="organization",
    ),
    Case(
        "an-analysis-by-a-bank",
        "Copper will hit $12,000, according to an analysis by Larkspur Bank.",
        "Copper will hit $12,000",
        speaker_name="Larkspur Bank",
        type="organization",
    ),
    Case(
        "figures-from-a-ministry",
        "Infections rose by 12 percent last week, according to figures from the Health Ministry.",
        "Infections rose by 12 percent last week",
        speaker_name="Health Ministry",
        type="organization",
    ),
    Case(
        "results-published-by-a-commission-on-a-day",
        "Menko won 54 percent of the vote, according to preliminary results published by the Central Electoral "
        "Commission on Tuesday.",
        "Menko won 54 percent of the vote",
        speaker_name="Central Electoral Commission",
        type="organization",
    ),
    Case(
        "data-from-a-dotted-name",
        "Borrowers owe $1.3 trillion, according to data from the U.S. Department of Education.",
        "Borrowers owe",
        speaker_name="U.S. Department of Education",
    ),
    # what MPs heard is someone else's, whom the text does not name (red team 56)
    Case(
        "mps-heard-that",
        "MPs heard that the contract had been signed in secret.",
        "the contract had been signed in secret",
        speaker=None,
        speaker_name=None,
    ),
    # sources not authorised to speak (red team 54)
    Case(
        "officials-not-authorised-to-speak-told",
        "Two officials not authorised to speak publicly told the Chronicle the plan was dead.",
        "the plan was dead",
        cue="told",
        type="anonymous",
    ),
    Case(
        "an-official-who-was-not-authorised-to-speak-publicly-said",
        "A senior official who was not authorised to speak publicly said the vaccine stocks would run out in May.",
        "the vaccine stocks would run out in May",
        cue="said",
        type="anonymous",
    ),
    # rights groups named with a preposition the recogniser does not see (red team 55)
    Case(
        "a-body-named-with-for-then-its-description",
        "The Observatory for Detainee Rights said 40 people were held. The observatory added that two had "
        "died.",
        "two had died",
        speaker_name="Observatory for Detainee Rights",
        type="organization",
    ),
    # state media (red team 51)
    Case(
        "reported-someone-as-saying-is-also-their-statement",
        "The state agency TNA reported Interior Minister Rashid Fakhoury as saying that the protesters were "
        "paid by foreign powers.",
        "the protesters were paid by foreign powers",
        speaker_name="Rashid Fakhoury",
        cue="as saying",
    ),
    Case(
        "the-statement-read-is-its-issuer-s",
        "The Popular Front issued a statement on Monday. “The regime has lost all legitimacy,” the statement "
        "read.",
        "The regime has lost all legitimacy",
        speaker_name="Popular Front",
        type="organization",
    ),
    Case(
        "a-pair-of-lawmakers-with-party-tags-in-a-joint-statement",
        "Rep. Paula Ng (D-Wash.) and Rep. Leon Voss (R-Idaho) said in a joint statement that the deal was "
        "flawed.",
        "the deal was flawed",
        speaker="Rep. Paula Ng (D-Wash.) and Rep. Leon Voss (R-Idaho)",
        speaker_name=None,
        type="group",
    ),
    # two people with titles of their own said it together: neither alone (red teams 81, 83)
    Case(
        "two-officials-each-with-a-title-in-a-joint-statement",
        "Health Minister Oriana Pelk and Chief Medical Officer Tamsin Ruel said in a joint statement that "
        "the rules would ease.",
        "that the rules would ease",
        speaker_name=None,
        type="group",
    ),
    Case(
        "a-prosecutor-and-a-defence-lawyer-parsed-as-one-phrase",
        "Prosecutor Ana Leik and defence attorney Bram Oduya said the hearing should be delayed.",
        "the hearing should be delayed",
        speaker_name=None,
        type="group",
    ),
    Case(
        "a-name-described-by-a-role-that-mentions-two-others",
        "Gene Sperling, a former adviser to President Bill Clinton and President Obama, said rates were too high.",
        "rates were too high",
        speaker_name="Gene Sperling",
    ),
    Case(
        "a-name-then-the-lawyer-of-a-pair",
        "Ana Lind and Piotr Vask's lawyer, Mira Duval, said the hearing should be delayed.",
        "the hearing should be delayed",
        speaker_name="Mira Duval",
    ),
    Case(
        "a-named-voter-after-an-opening-place",
        "Outside a school in Dravosk, Olga Venn, a nurse, said she had voted for change.",
        "she had voted for change",
        speaker_name="Olga Venn",
        role="nurse",
        type="person",
    ),
    # Conflict copy (red team 47).
    Case(
        "a-name-ending-in-a-verb-s-form-the-tagger-read-as-an-auxiliary",
        "Médecins Solidaires said on Tuesday that its clinic had been hit.",
        "its clinic had been hit",
        speaker_name="Médecins Solidaires",
        type="organization",
    ),
    Case(
        "a-name-with-a-capitalised-preposition",
        "Action Against Famine said on Tuesday that its clinic had been hit.",
        "its clinic had been hit",
        speaker_name="Action Against Famine",
        type="organization",
    ),
    Case(
        "a-name-with-a-capitalised-preposition-read-as-a-noun-and-its-phrase",
        "Doctors Without Walls, the medical charity, said on Tuesday that its clinic had been hit.",
        "its clinic had been hit",
        speaker_name="Doctors Without Walls",
        type="organization",
    ),
    # Culture copy (red team 48).
    Case(
        "a-name-set-off-after-according-to-closing-the-sentence",
        "The novel sold two million copies, according to its publisher, Helen Barr.",
        "The novel sold two million copies",
        not_also=("Helen",),
        speaker_name="Helen Barr",
        role="publisher",
    ),
    Case(
        "a-name-set-off-after-according-to-read-as-the-sentence-s-verb",
        "The singer had been ill for months, according to her agent, Paul Grieve.",
        "The singer had been ill for months",
        speaker_name="Paul Grieve",
    ),
    Case(
        "a-name-set-off-after-a-fronted-according-to",
        "According to her agent, Paul Grieve, the singer had been ill.",
        "the singer had been ill",
        not_also=("Paul",),
        speaker_name="Paul Grieve",
    ),
    Case(
        "a-double-barrelled-surname-the-parser-split",
        "The rapper Kwame Osei-Bright said the tour would go ahead.",
        "the tour would go ahead",
        speaker_name="Kwame Osei-Bright",
        role="rapper",
    ),
    Case(
        "paid-tribute-read-as-a-noun-phrase",
        "Kwame Osei-Bright paid tribute on Instagram: “He was my brother.”",
        "He was my brother",
        speaker_name="Kwame Osei-Bright",
        venue="on Instagram",
    ),
    Case(
        "two-firms-the-first-of-which-the-parser-took-for-an-interjection",
        "Orvik and Brascorp said on Monday they would form a joint venture.",
        "they would form a joint venture",
        speaker="Orvik and Brascorp",
        type="group",
    ),
    Case(
        "a-central-bank-s-governor-with-no-comma",
        "Central Bank of Marovia Governor Amal Reshid told a news conference that rates would stay on hold.",
        "rates would stay on hold",
        speaker_name="Amal Reshid",
        role="Governor",
        type="person",
    ),
    Case(
        "a-nurse-by-her-title-is-a-person",
        "Nurse Olwen Price gave evidence to the Saltmarsh Hospital inquiry on Monday. She told the inquiry: "
        "“Nobody listened to us.”",
        "Nobody listened to us",
        speaker_name="Olwen Price",
        type="person",
    ),
    # an unknown one-word name set off before its description (session 30)
    Case(
        "a-brand-the-parser-took-for-an-adverb-before-its-description",
        "Orvik, the Kestrel City tech company, said on Tuesday that it would cut 300 jobs.",
        "it would cut 300 jobs",
        speaker_name="Orvik",
        type="organization",
    ),
    Case(
        "a-surname-the-recogniser-took-for-a-place-before-a-person-s-post",
        "Brask, a lawyer for the family, told reporters the ruling was unjust.",
        "the ruling was unjust",
        speaker_name="Brask",
        type="person",
    ),
    Case(
        "an-occasion-set-off-after-the-speaker-is-no-part-of-it",
        "The commentator Ilse Marr, in the weekly Talsin Review, argued that the government had lost its way.",
        "the government had lost its way",
        speaker="The commentator Ilse Marr",
        speaker_name="Ilse Marr",
        venue="in the weekly Talsin Review",
    ),
    # "Now" closing a body's name (red teams 37, 41)
    Case(
        "a-group-whose-name-ends-in-now",
        "Consumer group Fairplay Now said the fine was a drop in the ocean.",
        "the fine was a drop in the ocean",
        speaker_name="Fairplay Now",
        cue="said",
        type="organization",
    ),
    Case(
        "according-to-a-group-whose-name-ends-in-now",
        "According to Liberty Now, at least 230 people were arrested in the first week of the protests.",
        "at least 230 people were arrested",
        speaker_name="Liberty Now",
        type="organization",
    ),
    Case(
        "a-name-in-now-opening-the-sentence",
        "Liberty Now said in a statement that the sentences were designed to terrify.",
        "the sentences were designed to terrify",
        speaker_name="Liberty Now",
        type="organization",
    ),
    Case(
        "a-channel-with-its-number",
        "Channel 9 said in a statement that it stood by its reporting.",
        "it stood by its reporting",
        speaker_name="Channel 9",
        type="organization",
    ),
    Case(
        "two-abbreviated-ranks-and-a-surname",
        "Det Insp Menzies said the attack on the shop was not random.",
        "the attack on the shop was not random",
        speaker_name="Menzies",
        role="Det Insp",
        type="person",
    ),
    Case(
        "pc-is-a-title",
        "PC Jamie Strachan said the driver had been stopped on the ring road.",
        "the driver had been stopped",
        speaker_name="Jamie Strachan",
        role="PC",
        type="person",
    ),
    # Emergency copy (red team 36): services, and people who gave a first name only.
    Case(
        "the-coast-guard-is-a-service",
        "The coast guard said it had rescued 37 people from the roofs of houses overnight.",
        "it had rescued 37 people",
        type="organization",
    ),
    Case(
        "a-border-guard-is-a-person",
        "A border guard said the crossing had been closed since dawn.",
        "the crossing had been closed",
        type="anonymous",
    ),
    Case(
        "a-resident-who-gave-only-her-first-name",
        "One resident, who gave only her first name, Soraya, said she had been waiting on her roof for "
        "nine hours before a boat arrived.",
        "she had been waiting on her roof",
        speaker_name="Soraya",
        type="person",
    ),
    Case(
        "she-is-the-woman-who-gave-only-her-first-name",
        "One woman, who gave only her first name, Ilse, said she had left with nothing but her cat.\n\n"
        "“I don't know if I have a house any more,” she said.",
        "I don't know if I have a house",
        speaker_name="Ilse",
    ),
    # A watchdog's name the recogniser took for a person's, in part: the whole run is the body.
    Case(
        "a-watch-named-after-a-word-before-it",
        "In a 40-page report released on Monday, Rights Watch Meridian said guards at Koval prison "
        "routinely beat detainees.",
        "guards at Koval prison routinely beat detainees",
        speaker_name="Rights Watch Meridian",
        type="organization",
    ),
    Case(
        "a-watch-named-by-a-closing-attribution",
        "Security forces in Tarsenia have tortured detained protesters, Rights Watch Meridian said in a "
        "report released on Wednesday.",
        "Security forces in Tarsenia have tortured detained protesters",
        speaker_name="Rights Watch Meridian",
        type="organization",
    ),
    Case(
        "a-watch-with-its-country-after-it",
        "Detention Watch Tarsenia said in its annual report that deaths in custody had doubled since 2024.",
        "deaths in custody had doubled",
        speaker_name="Detention Watch Tarsenia",
        type="organization",
    ),
    Case(
        "a-body-without-borders",
        "Justice Without Borders said the trial had lasted just 20 minutes.",
        "the trial had lasted just 20 minutes",
        speaker_name="Justice Without Borders",
        type="organization",
    ),
    Case(
        "a-researcher-of-a-watch-is-the-speaker",
        "Lotte Brask of Rights Watch Meridian said the trial had been a farce.",
        "the trial had been a farce",
        speaker_name="Lotte Brask",
        type="person",
    ),
    Case(
        "a-chief-of-staff-is-a-person-with-a-title",
        "Party Chief of Staff Katie Walsh said the operation was built by design.",
        "the operation was built by design",
        speaker_name="Katie Walsh",
        type="person",
    ),
    Case(
        "the-president-of-a-watch-is-a-person-with-its-title",
        "Judicial Watch President Tom Fitton said the emails should be released.",
        "the emails should be released",
        speaker_name="Tom Fitton",
        role="Judicial Watch President",
        type="person",
    ),
    Case(
        "a-monitor-named-by-its-ending",
        "Human Rights Monitor said in a statement that at least 40 people had been detained in Orlat.",
        "at least 40 people had been detained",
        speaker_name="Human Rights Monitor",
        type="organization",
    ),
    Case(
        "a-group-described-by-where-it-is-based",
        "Greenwatch, a group based in Orlat, said prisoners had been beaten.",
        "prisoners had been beaten",
        speaker_name="Greenwatch",
        type="organization",
    ),
    Case(
        "a-lawyer-described-by-where-she-is-based",
        "Ola Brandt, a lawyer based in Orlat, said prisoners had been beaten.",
        "prisoners had been beaten",
        speaker_name="Ola Brandt",
        type="person",
    ),
    Case(
        "a-club-named-by-its-ending",
        "Harrowgate Rovers said the coach would stay until the end of the season.",
        "the coach would stay",
        speaker_name="Harrowgate Rovers",
        type="organization",
    ),
    Case(
        "a-firm-the-recogniser-splits-in-two",
        "The union said Harwick Capital had cut jobs. Kellmouth Transit said it was sorry.",
        "it was sorry",
        speaker_name="Kellmouth Transit",
        type="organization",
    ),
    # A statement from someone, read out by their lawyer, is theirs.
    Case(
        "a-statement-from-a-client-read-out-by-a-lawyer",
        "Lawyer Mikael Brandt read out a statement from his client, Elsa Nord, saying she would not sign "
        "a confession.",
        "she would not sign a confession",
        speaker_name="Elsa Nord",
        cue="saying",
    ),
    Case(
        "a-statement-on-behalf-of-a-client",
        "Lawyer Mikael Brandt read out a statement on behalf of his client, Elsa Nord, saying she would "
        "not sign a confession.",
        "she would not sign a confession",
        speaker_name="Elsa Nord",
        cue="saying",
    ),
    Case(
        "a-statement-in-which-a-detained-client-said",
        "His lawyer read out a statement in which detained blogger Aron Falk said he had been beaten.",
        "he had been beaten",
        speaker_name="Aron Falk",
        cue="said",
    ),
    # A name the tagger does not know, set off by a comma, taken for a verb: still the speaker.
    Case(
        "an-unknown-name-before-citing",
        "Lanternwatch, citing court documents, said two of the defendants had been questioned without a "
        "lawyer.",
        "two of the defendants had been questioned",
        speaker="Lanternwatch",
        speaker_name="Lanternwatch",
    ),
    Case(
        "an-unknown-name-after-its-description",
        "The rights group Lanternwatch, citing court documents, said two defendants had been beaten.",
        "two defendants had been beaten",
        speaker="The rights group Lanternwatch",
        speaker_name="Lanternwatch",
        type="organization",
    ),
    Case(
        "an-unknown-name-before-a-venue",
        "Lanternwatch, in a report released on Tuesday, said the prisoners had been beaten.",
        "the prisoners had been beaten",
        speaker="Lanternwatch",
        venue="in a report",
    ),
    Case(
        "a-detainee-who-asked-not-to-be-named-is-anonymous",
        "A former detainee, who asked not to be named for fear of reprisals, said guards had forced him "
        "to stand for two days.",
        "guards had forced him to stand",
        speaker_name=None,
        type="anonymous",
    ),
    Case(
        "a-correspondent-who-cannot-be-named-is-anonymous",
        "A Mesra TV correspondent in Dalvan, who cannot be named for his safety, said troops had fired "
        "on the crowd.",
        "troops had fired on the crowd",
        speaker_name=None,
        type="anonymous",
    ),
    Case(
        "prisoners-who-asked-not-to-be-named-are-anonymous",
        "Two former prisoners, who asked not to be named, said guards had beaten them.",
        "guards had beaten them",
        type="anonymous",
    ),
    Case(
        "a-given-name-alone-is-a-person",
        "Her daughter, Sofia, runs the bakery now.\n\n“She never took a day off,” Sofia recalls.",
        "She never took a day off",
        speaker_name="Sofia",
        type="person",
    ),
    # A common noun the recogniser calls an organisation is no name; a named possessor makes one.
    Case(
        "a-country-s-ministry",
        "Varesh's foreign ministry said the ambassador had been summoned.",
        "the ambassador had been summoned",
        speaker_name="Varesh's foreign ministry",
        type="organization",
    ),
    Case(
        "a-ministry-with-no-name",
        "The foreign ministry said the ambassador had been summoned.",
        "the ambassador had been summoned",
        speaker_name=None,
        type="organization",
    ),
    Case(
        "a-role-in-an-election-before-the-name",
        "Challenger Nadia Harlow said the count was unfair.",
        "the count was unfair",
        speaker_name="Nadia Harlow",
        role="Challenger",
    ),
    # Sources the text says it does not name are anonymous, however many of them there are.
    *(
        Case(f"anonymous-{name}", text, quote, type="anonymous")
        for name, text, quote in [
            (
                "people-familiar-with-the-matter",
                "Halvorsen is in talks to buy Pelican, according to two people familiar with the matter.",
                "Halvorsen is in talks to buy Pelican",
            ),
            (
                "officials-who-asked-not-to-be-named",
                "Officials who asked not to be named said the talks had stalled.",
                "the talks had stalled",
            ),
            (
                "an-unnamed-member",
                "An unnamed member of the council said the vote was rigged.",
                "the vote was rigged",
            ),
            (
                "condition-of-anonymity-in-an-aside",
                "Two officials, speaking on condition of anonymity, said the talks had stalled.",
                "the talks had stalled",
            ),
            (
                "condition-of-anonymity-closing-the-sentence",
                "Two officials said the talks had stalled, speaking on condition of anonymity.",
                "the talks had stalled",
            ),
            (
                "one-of-the-people-asking-not-to-be-named",
                "The deal could close next week, one of the people said, asking not to be named.",
                "The deal could close next week",
            ),
        ]
    ),
    Case(
        "officials-who-are-not-said-to-be-unnamed-are-a-group",
        "Two officials said the talks had stalled.",
        "the talks had stalled",
        type="group",
    ),
    # Two people joined by "and" speak together: a group, named by neither alone.
    Case(
        "a-president-and-his-counterpart",
        "President Rahbari and his Qaranah counterpart, Emir Hamad, said in a joint communique that they "
        "rejected foreign interference.",
        "that they rejected foreign interference",
        speaker_name=None,
        type="group",
    ),
    Case(
        "a-candidate-and-his-brother",
        "Jeb Tolland and his older brother said they would campaign together in Harwick.",
        "they would campaign together in Harwick",
        speaker_name=None,
        type="group",
    ),
    Case(
        "a-scientist-and-her-colleagues",
        "Dr. Ingrid Solvang led the study. Solvang and her colleagues wrote in the journal that larger "
        "trials were needed.",
        "larger trials were needed",
        speaker_name=None,
        type="group",
    ),
    # negative: "and" inside a description set off by commas joins two descriptions of one person
    Case(
        "one-person-described-twice",
        "Varek, the front-runner and polling leader in Dravin, said the race was far from over.",
        "the race was far from over",
        speaker_name="Varek",
    ),
    # A capitalised subject the tagger calls a plural, with no plural's "s", is a name.
    Case(
        "a-surname-read-as-a-plural-noun",
        "Ann Roe spoke first. Fairlow insists the plan is on track.",
        "the plan is on track",
        speaker_name="Fairlow",
    ),
    Case(
        "people-stay-a-group",
        "Ann Roe spoke first. People say the plan is on track.",
        "the plan is on track",
        speaker_name=None,
        type="group",
    ),
    # A role that is an organisation's, in lower case before or beside the name, says what it is.
    Case(
        "a-channel-named-after-its-role-is-an-organisation",
        "Opposition channel Nova Libera reported that the president had attacked journalists.",
        "the president had attacked journalists",
        speaker_name="Nova Libera",
        type="organization",
    ),
    Case(
        "a-professor-at-a-university-is-still-a-person",
        "Mira Holt, a professor of law at Dravin University, said the ruling was flawed.",
        "the ruling was flawed",
        speaker_name="Mira Holt",
        type="person",
    ),
    Case(
        "an-office-only-a-person-holds-before-a-name-the-recogniser-calls-an-organisation",
        "Ambassador Nwachukwu posted that the port would close.",
        "the port would close",
        speaker_name="Nwachukwu",
        type="person",
    ),
    # A clause about a thing closing the speaker's phrase is about that thing; one about the speaker stays.
    Case(
        "which-clause-on-the-speakers-union-is-left-out",
        "Lida Sexton, president of the Selm Dockers Union, which represents 4,000 workers, said the strike "
        "would go on.",
        "the strike would go on",
        speaker="Lida Sexton, president of the Selm Dockers Union",
        speaker_name="Lida Sexton",
    ),
    Case(
        "which-clause-on-an-organisation-speaker-is-left-out",
        "The port authority, which runs the cranes, said the strike would go on.",
        "the strike would go on",
        speaker="The port authority",
        type="organization",
    ),
    Case(
        "who-clause-about-the-speaker-stays",
        "Lida Sexton, who leads the union, said the strike would go on.",
        "the strike would go on",
        speaker="Lida Sexton, who leads the union",
        speaker_name="Lida Sexton",
    ),
    # A plural possessor is part of an organisation's name; the name keeps it, the type follows the noun.
    Case(
        "plural-possessor-in-a-union-s-name",
        "The Kestovian Journalists' Union condemned the ban and urged broadcasters to respect their duty of balance.",
        "broadcasters to respect their duty of balance",
        speaker_name="Kestovian Journalists' Union",
        type="organization",
    ),
    Case(
        "curly-apostrophe-in-a-guild-s-name",
        "The Writers’ Guild said the contract was unfair.",
        "the contract was unfair",
        speaker_name="Writers’ Guild",
        type="organization",
    ),
    Case(
        "people-s-party",
        "The People's Party said the vote was rigged.",
        "the vote was rigged",
        speaker_name="People's Party",
        type="organization",
    ),
    # A saint's or an office holder's possessive is part of the name (red teams 73, 74).
    Case(
        "a-sheriff-s-office",
        "The Lowmarsh County Sheriff's Office said two people had died.",
        "two people had died",
        speaker_name="Lowmarsh County Sheriff's Office",
        type="organization",
    ),
    Case(
        "a-district-attorney-s-office",
        "The Kelby District Attorney's Office said it would not file charges.",
        "it would not file charges",
        speaker_name="Kelby District Attorney's Office",
        type="organization",
    ),
    Case(
        "a-saint-s-hospital",
        "St Olav's Hospital said three patients were in a serious condition.",
        "three patients were in a serious condition",
        speaker_name="St Olav's Hospital",
        type="organization",
    ),
    Case(
        "a-saint-s-school",
        "St Bede's Catholic High School said in a letter to parents that the school would close.",
        "that the school would close",
        speaker_name="St Bede's Catholic High School",
        type="organization",
    ),
    # A channel's number is part of its name (red team 69).
    Case(
        "a-numbered-channel-s-news",
        "Channel 9 News projected that Ellis would win.",
        "that Ellis would win",
        speaker_name="Channel 9 News",
        type="organization",
    ),
    Case(
        "a-numbered-radio-station",
        "Radio 1 Norvik said turnout was low.",
        "turnout was low",
        speaker_name="Radio 1 Norvik",
        type="organization",
    ),
    Case(
        "a-numbered-channel-the-recogniser-missed",
        "Kanal 5 Nyheter reported that turnout was low.",
        "that turnout was low",
        speaker_name="Kanal 5 Nyheter",
        type="organization",
    ),
    Case(
        "people-s-newspaper",
        "The People's Tribune wrote that the activists had been bought by foreign NGOs.",
        "the activists had been bought",
        speaker_name="People's Tribune",
        type="organization",
    ),
    # Papers' names in other languages, as translated agency copy keeps them.
    Case(
        "a-pravda-is-a-paper",
        "In a commentary on Tuesday, Velgrad Pravda said the opposition had sold out.",
        "the opposition had sold out",
        speaker_name="Velgrad Pravda",
        type="organization",
    ),
    Case(
        "a-zeitung-is-a-paper",
        "The Dornfeld Zeitung wrote that the talks had failed.",
        "the talks had failed",
        speaker_name="Dornfeld Zeitung",
        type="organization",
    ),
    # ... and set in quotation marks beside the noun for the outlet
    Case(
        "a-paper-s-name-in-guillemets-before-the-noun",
        "«Der Morgen» newspaper quoted opposition leader Marina Reshetova as saying «the regime is afraid».",
        "opposition leader Marina Reshetova as saying «the regime is afraid»",
        speaker="«Der Morgen» newspaper",
        speaker_name="Der Morgen",
        role="newspaper",
        type="organization",
    ),
    Case(
        "a-paper-s-name-in-guillemets-after-the-noun",
        "The newspaper «Izvestia» reported that the talks had failed.",
        "that the talks had failed",
        speaker="The newspaper «Izvestia»",
        speaker_name="Izvestia",
        type="organization",
    ),
    Case(
        "a-paper-s-name-in-guillemets-then-a-date",
        "The newspaper «Izvestia» reported on Monday that the talks had failed.",
        "that the talks had failed",
        speaker="The newspaper «Izvestia»",
        speaker_name="Izvestia",
        type="organization",
    ),
    Case(
        "a-paper-s-name-in-curly-quotation-marks",
        "The newspaper “Izvestia” reported that the talks had failed.",
        "that the talks had failed",
        speaker="The newspaper “Izvestia”",
        speaker_name="Izvestia",
        type="organization",
    ),
    Case(
        "a-channel-s-name-in-quotation-marks",
        'According to the "Kestova Segodnya" channel, the talks failed.',
        "the talks failed",
        speaker='the "Kestova Segodnya" channel',
        speaker_name="Kestova Segodnya",
        type="organization",
    ),
    Case(
        "a-quotation-before-the-noun-is-no-name",
        "“Reform cannot wait,” the newspaper said in an editorial.",
        "Reform cannot wait",
        speaker="the newspaper",
        speaker_name=None,
    ),
    Case(
        "a-rail-company-is-an-organisation",
        "Grellan Rail says all trains between Villenne and the coast are cancelled.",
        "all trains between Villenne and the coast are cancelled",
        speaker_name="Grellan Rail",
        type="organization",
    ),
    # "who" tells a person; a share of people is a group, a share of things is neither.
    Case(
        "a-shopkeeper-who-gave-only-his-first-name",
        "“It was peaceful,” a fruit seller on Liberty Avenue, who gave only his first name, told the Observer.",
        "It was peaceful",
        speaker="a fruit seller on Liberty Avenue, who gave only his first name",
        type="person",
        cue="told",
    ),
    Case(
        "a-handful-of-deputies",
        "A handful of deputies said the vote should be delayed.",
        "the vote should be delayed",
        type="group",
    ),
    Case(
        "a-number-of-studies-are-no-people",
        "A number of studies said the port was losing money.",
        "the port was losing money",
        type="unknown",
    ),
    # A hyphenated surname keeps the title before it; a role before a full name makes a person.
    Case(
        "title-before-a-hyphenated-surname",
        "Labour Minister Olga Koval-Sayenko said the pension reform would pass.",
        "the pension reform would pass",
        speaker_name="Olga Koval-Sayenko",
        role="Labour Minister",
    ),
    Case(
        "role-before-a-full-name-the-recogniser-calls-an-organisation",
        "Residents' association chair Harold Binns said older people lacked phones.",
        "older people lacked phones",
        speaker_name="Harold Binns",
        type="person",
    ),
    # A hyphenated dateline ("AL-QARIM, Nov 30 -") is no speaker, and its date no part of a title.
    Case(
        "hyphenated-dateline-before-the-speaker",
        "AL-QARIM, Nov 30 - The mayor, Ali Haddad, said the harbour wall had been breached.",
        "the harbour wall had been breached",
        speaker_name="Ali Haddad",
        role="mayor",
    ),
    Case(
        "dateline-date-is-no-title",
        "PORT ESSEN, Nov 30 (KNA) - Transport Minister Lene Hald said the strike was over.",
        "the strike was over",
        speaker_name="Lene Hald",
        role="Transport Minister",
    ),
    # review 3 of session 42: letters that are a body on their own; an agency named after a place is
    # only described
    Case(
        "the-cps-on-its-own-is-the-prosecution-service",
        "The CPS said it would not bring charges against the officer.",
        "it would not bring charges against the officer",
        speaker_name="CPS",
        type="organization",
    ),
    Case(
        "an-agency-of-a-state",
        "The Texas agency said it had received 400 complaints.",
        "it had received 400 complaints",
        speaker_name=None,
    ),
    # red team 184 (session 42): a press release's company with its legal form after a comma
    Case(
        "a-company-comma-inc",
        "Corvex Therapeutics, Inc. said its trial met its primary endpoint.",
        "its trial met its primary endpoint",
        speaker_name="Corvex Therapeutics",
        type="organization",
    ),
    Case(
        "a-company-comma-llc",
        "Halden Foods, LLC said its trial met its primary endpoint.",
        "its trial met its primary endpoint",
        speaker_name="Halden Foods",
        type="organization",
    ),
    # session 43: a press release's parentheses after the company's name (its defined short names,
    # its listing) are no words of the speaker, and "the Company" is the company defined so
    Case(
        "a-company-s-defined-names-in-parentheses",
        'Halden Foods, LLC ("Halden" or the "Company") today reported quarterly sales of $12 million.',
        "quarterly sales of $12 million",
        speaker="Halden Foods, LLC",
        speaker_name="Halden Foods",
        role=None,
        type="organization",
    ),
    Case(
        "a-company-s-short-name-and-listing-in-parentheses",
        "Velmar Energy Corp. (TSX: VEC) (“Velmar”) announced today that it has closed its acquisition of Rook Oil.",
        "that it has closed its acquisition of Rook Oil",
        speaker="Velmar Energy Corp.",
        speaker_name="Velmar Energy Corp.",
        role=None,
    ),
    Case(
        "a-company-s-legal-form-is-no-role",
        "Corvex Therapeutics, Inc. (“Corvex”) today announced positive results from its phase 2 trial.",
        "positive results from its phase 2 trial",
        speaker="Corvex Therapeutics, Inc.",
        speaker_name="Corvex Therapeutics",
        role=None,
    ),
    Case(
        "the-company-a-press-release-defines",
        "Corvex Therapeutics, Inc. (“Corvex” or the “Company”) (Nasdaq: CRVX) today announced a phase 3 "
        "trial. “This is a milestone,” said Dr. Lena Varga, chief executive of Corvex. The Company said "
        "enrolment would begin in 2027.",
        "enrolment would begin in 2027",
        speaker="The Company",
        speaker_name="Corvex Therapeutics",
        type="organization",
    ),
    Case(
        "the-corporation-defined-after-a-listing",
        'Velmar Energy Corp. (TSX: VEC) ("Velmar" or the "Corporation") announced today that it has closed '
        "its acquisition of Rook Oil Ltd. The Corporation said the deal adds 4,000 barrels a day.",
        "the deal adds 4,000 barrels a day",
        speaker_name="Velmar Energy Corp.",
    ),
    Case(
        "the-company-capitalised-is-described-as-the-company",
        "Acme Corp. today announced record results. The Company said it expects growth to continue.",
        "it expects growth to continue",
        speaker="The Company",
        speaker_name="Acme Corp.",
    ),
    Case(
        "the-company-nowhere-named",
        "The Company said production would rise.",
        "production would rise",
        speaker="The Company",
        speaker_name=None,
        type="organization",
    ),
    # review 2 of session 43: the company defined, not another named with the same word; two banks
    # named, "the Bank" is neither
    Case(
        "the-company-defined-not-another-company",
        "Corvex Therapeutics, Inc. (the “Company”) today announced a collaboration with Ford Motor Company. "
        "The Company said the deal was worth $40m.",
        "the deal was worth $40m",
        speaker_name="Corvex Therapeutics",
    ),
    Case(
        "the-bank-of-two-banks-is-unnamed",
        "The Bank of England held rates. Barclays Bank cut its mortgage rates. The Bank said inflation was falling.",
        "inflation was falling",
        speaker_name=None,
        type="organization",
    ),
    # review 3 of session 43
    Case(
        "a-company-s-name-of-words-defined-with-the-company",
        "Brightline Capital Partners, Inc. (“Brightline Capital” or the “Company”) (NASDAQ: BCP) today "
        "announced its results.",
        "its results",
        speaker="Brightline Capital Partners, Inc.",
        speaker_name="Brightline Capital Partners",
        role=None,
    ),
    # review 4 of session 43: the release's company, not an exchange, a wire or a union beside it
    Case(
        "the-company-beside-an-exchange-and-a-wire",
        "NEW YORK, March 3, 2026 (GLOBE NEWSWIRE) -- Halden Foods, Inc. (Nasdaq: HLDN) today reported "
        "record sales. The Company said demand was strong.",
        "demand was strong",
        speaker_name="Halden Foods",
    ),
    Case(
        "the-company-is-not-the-exchange",
        "Shares in the firm rose 4% on the Nasdaq. The Company said demand was strong.",
        "demand was strong",
        speaker_name=None,
    ),
    # red team 192 (session 43): a name that ends in "'s"; a company named in its own figures
    Case(
        "a-rating-agency-named-with-its-s",
        "Moody's said growth would slow.",
        "growth would slow",
        speaker_name="Moody's",
        type="organization",
    ),
    Case(
        "the-company-whose-figures-open-the-sentence",
        "Brindle Corp's profit rose, the company said.",
        "profit rose",
        speaker_name="Brindle Corp",
    ),
    Case(
        "the-company-in-whose-figures-open-the-sentence",
        "Profit at Halvard Group rose 14%, the company said.",
        "rose 14%",
        speaker_name="Halvard Group",
    ),
    Case(
        "the-company-undefined-is-not-its-partner",
        "Halden Foods today announced a supply agreement with Ford Motor Company. The Company said the deal "
        "was worth $40m.",
        "the deal was worth $40m",
        speaker_name=None,
    ),
    # review 8 of session 43: not a campaign group that spoke first; past a regulator
    Case(
        "the-company-is-not-a-campaign-group-speaking-first",
        "Amnesty International said the contract breached sanctions. Talvik Motors Inc. said it had complied "
        "with all laws. The Company said it would cooperate with investigators.",
        "cooperate with investigators",
        speaker_name=None,
    ),
    Case(
        "the-company-after-a-regulator-spoke",
        "The Draven Health Products Board said it had approved the drug. Brennick Labs Inc. said sales would "
        "begin in May. The Company said it expected revenue to double.",
        "revenue to double",
        speaker_name="Brennick Labs Inc.",
    ),
    Case(
        "the-company-opening-its-sentence-after-a-regulator",
        "The Competition and Markets Authority said it would review the deal. Brindle Corp's board has "
        "approved the sale, the company said.",
        "approved the sale",
        speaker_name="Brindle Corp",
    ),
    # review 9 of session 43: a capitalised word before the office may be a nation ("The Ukrainian
    # president … President Donald Trump"), so only a place's possessive keeps the office alone
    Case(
        "the-ukrainian-president-then-another-president",
        "The Ukrainian president said the talks had failed. President Donald Trump said a deal was close.",
        "the talks had failed",
        speaker_name=None,
    ),
    Case(
        "the-company-named-again-with-its-legal-form-and-a-bank-after",
        "Halvard Group today announced a share buyback. The Company said it had $2bn in cash. Halvard Group "
        "Plc shares closed up 3%. Analysts at Morgan Stanley called the move prudent.",
        "$2bn in cash",
        speaker_name="Halvard Group",
    ),
    Case(
        "the-company-beside-a-university",
        "Orbis Health today announced a research collaboration with the University of Leeds. The Company said "
        "the first trial would start in May.",
        "the first trial would start in May",
        speaker_name="Orbis Health",
    ),
    Case(
        "the-mayor-then-mayor-tom-lyle-with-his-age",
        "The mayor said the bridge would reopen. Mayor Tom Lyle, 54, said repairs were finished.",
        "the bridge would reopen",
        speaker_name="Tom Lyle",
    ),
    Case(
        "the-labour-mayor-is-no-office-alone",
        "The Labour mayor said the bridge would reopen. Mayor Tom Lyle said repairs were finished.",
        "the bridge would reopen",
        speaker_name=None,
    ),
    Case(
        "the-company-is-the-one-announcing-not-its-partner",  # review 7 of session 43
        "Halvard Group announced a partnership with Brennick Labs Inc. on Monday. The Company said the deal "
        "would close in June.",
        "close in June",
        speaker_name=None,  # either company (review 8 of session 43)
    ),
    Case(
        "a-country-is-no-company-of-its-name",
        "China Telecom said revenue rose 4%. China said the sanctions were unjustified.",
        "the sanctions were unjustified",
        speaker_name="China",
    ),
    Case(
        "india-s-home-ministry-by-its-letters",
        "The MHA said in a statement that the deployment would continue.",
        "the deployment would continue",
        speaker_name="MHA",
        type="organization",
    ),
    Case(
        "a-city-and-its-state-before-the-title",
        "Washington, D.C., Mayor Muriel Bowen said the budget was balanced.",
        "the budget was balanced",
        speaker_name="Muriel Bowen",
        role="Washington, D.C., Mayor",
    ),
    Case(
        "the-bank-named-by-its-last-word",
        "Brightwater Bank said on Monday it would cut 200 jobs. The Bank said the cuts would fall on branches.",
        "the cuts would fall on branches",
        speaker_name="Brightwater Bank",
    ),
    # red team 184 (session 42): Business Wire's dateline
    Case(
        "business-wire-dateline",
        "SAN DIEGO--(BUSINESS WIRE)--Corvex Therapeutics said its trial met its primary endpoint.",
        "its trial met its primary endpoint",
        speaker="Corvex Therapeutics",
        speaker_name="Corvex Therapeutics",
    ),
    # red team 180 (session 42): an Indian wire's dateline, the agency in brackets with no dash
    Case(
        "dateline-agency-in-brackets-without-a-dash",
        "MUMBAI, Mar 3 (NTN) Vinayak Deshmane said the funds would be released.",
        "the funds would be released",
        speaker="Vinayak Deshmane",
        speaker_name="Vinayak Deshmane",
    ),
    # Two named speakers together are a group: neither name alone is the speaker.
    Case(
        "two-people-joined-by-and",
        "Dana Varek and Miro Lasken said the curfew would end on Sunday.",
        "the curfew would end on Sunday",
        speaker="Dana Varek and Miro Lasken",
        speaker_name=None,
        type="group",
    ),
    Case(
        "two-organisations-joined-by-and",
        "The Dravin Observer and Horizon One said they would appeal the ruling.",
        "they would appeal the ruling",
        speaker_name=None,
        type="group",
    ),
    Case(
        "one-organisation-with-an-ampersand",
        "Harlan & Quill said the port contract was signed in May.",
        "the port contract was signed in May",
        speaker_name="Harlan & Quill",
    ),
    Case(
        "organisation-name-holding-and",
        "The Central and Eastern Dockers Coalition, which represents 20,000 workers, said the levy was unfair.",
        "the levy was unfair",
        speaker_name="Central and Eastern Dockers Coalition",
        type="organization",
    ),
    Case(
        "agency-name-holding-and",
        "Kestovian Citizenship and Immigration Services said it would review the case.",
        "it would review the case",
        speaker_name="Kestovian Citizenship and Immigration Services",
        type="organization",
    ),
    # Poll results: the share of those asked is the speaker, a group with no name.
    Case(
        "poll-share-the-parser-takes-for-a-number",
        "About 4 in 10 say they want the reform repealed before the summer.",
        "they want the reform repealed before the summer",
        speaker="About 4 in 10",
        speaker_name=None,
        type="group",
    ),
    Case(
        "poll-share-split-by-the-parser",
        "Nearly 6 in 10 said the harbour levy was the most important issue.",
        "the harbour levy was the most important issue",
        speaker="Nearly 6 in 10",
        speaker_name=None,
        type="group",
    ),
    Case(
        "poll-share-in-percent",
        "Fifty-five percent said the harbour levy was the most important issue.",
        "the harbour levy was the most important issue",
        speaker="Fifty-five percent",
        type="group",
    ),
    Case(
        "organization-ministry",
        "The Interior Ministry said that 23 officers had been injured, two of them seriously.",
        "23 officers had been injured",
        speaker="The Interior Ministry",
        speaker_name="Interior Ministry",
        type="organization",
    ),
    Case(
        "group-witnesses",
        "Witnesses said police fired tear gas into the crowd without warning.",
        "police fired tear gas into the crowd without warning",
        speaker="Witnesses",
        speaker_name=None,
        type="group",
    ),
    Case(
        "group-residents",
        "Residents of Harbour Road said the fire had burned for more than an hour.",
        "the fire had burned for more than an hour",
        speaker_name=None,
        type="group",
    ),
    Case(
        "anonymous-official",
        "A ministry official, who asked not to be named, said the first gatherings to be banned "
        "would be the Saturday marches.",
        "the first gatherings to be banned would be the Saturday marches",
        speaker_name=None,
        type="anonymous",
    ),
    Case(
        "anonymous-diplomat",
        "A foreign diplomat in Dravin, speaking on condition of anonymity, said several embassies "
        "would watch closely how the law was applied.",
        "several embassies would watch closely",
        speaker_name=None,
        type="anonymous",
    ),
    Case(
        "anonymous-sources",
        "Sources close to the ministry said the governor of Ulmara had offered to resign.",
        "the governor of Ulmara had offered to resign",
        speaker_name=None,
        type="anonymous",
    ),
    # A news outlet's name, which the entity model reads as a place and a date.
    Case(
        "outlet-named-today",
        "Kestovia Today reported that talks would begin.",
        "talks would begin",
        speaker="Kestovia Today",
        speaker_name="Kestovia Today",
        role=None,
        type="organization",
    ),
    Case(
        "outlet-named-observer",
        "The Dravin Observer reported that the council had met in secret.",
        "the council had met in secret",
        speaker_name="Dravin Observer",
        type="organization",
    ),
    Case(
        "outlet-word-needing-the",
        "The Dravin Post reported that the accounts were in order.",
        "the accounts were in order",
        speaker_name="Dravin Post",
        type="organization",
    ),
    # "Post" without "the" before the name is a surname.
    Case(
        "surname-that-is-an-outlet-word",
        "Ilona Post said the accounts were in order.",
        "the accounts were in order",
        speaker_name="Ilona Post",
        type="person",
    ),
    # The entity model takes "Samira Tovek" for an organisation in these; she stays a person.
    Case(
        "person-with-last-week",
        "Samira Tovek said last week that the talks had failed.",
        "the talks had failed",
        speaker_name="Samira Tovek",
        type="person",
    ),
    Case(
        "person-with-yesterday",
        "Samira Tovek said yesterday that the talks had failed.",
        "the talks had failed",
        speaker_name="Samira Tovek",
        type="person",
    ),
    Case(
        "person-after-a-venue",
        "In a letter to the council, Samira Tovek said the budget was a disgrace.",
        "the budget was a disgrace",
        speaker_name="Samira Tovek",
        type="person",
    ),
    # Given names the list cannot hold, by their shape: hyphenated, or initials.
    Case(
        "hyphenated-given-name",
        "Jean-Baptiste Kaboré said rescue teams were on the way.",
        "rescue teams were on the way",
        speaker_name="Jean-Baptiste Kaboré",
        type="person",
    ),
    Case(
        "hyphenated-korean-given-name",
        "Ji-woo Han said he was devastated.",
        "he was devastated",
        type="person",
    ),
    Case(
        "initials-before-a-surname",
        "J.R. Okafor said the vote was rigged. Okafor said he would appeal.",
        "he would appeal",
        speaker_name="J.R. Okafor",
        type="person",
    ),
    Case(
        "a-country-s-initials-are-no-given-name",
        "U.S. Steel said the plant would close.",
        "the plant would close",
        type="organization",
    ),
    Case(
        "one-firefighter-who-did-not-want-to-be-named",
        "“We were never in it for the money,” said one firefighter, who did not want to be named.",
        "never in it for the money",
        speaker_name=None,
        type="anonymous",
    ),
    Case(
        "the-retired-postman",
        "“He delivered our letters for 30 years,” the retired postman said.",
        "delivered our letters",
        speaker_name=None,
        type="person",
    ),
    Case(
        "a-football-club-named-town",
        "Kestrel Town said in a statement that Owen Brady had left the club by mutual consent.",
        "left the club by mutual consent",
        speaker_name="Kestrel Town",
        type="organization",
    ),
    Case(
        "a-drugmaker-named-pharma",
        "Novellis Pharma, which makes the drug, said it “stands by the safety” of its product.",
        "stands by the safety",
        speaker_name="Novellis Pharma",
        type="organization",
    ),
    Case(
        "a-company-ending-in-a-plural-after-a-given-name",
        "Halvard Foods said sales would fall in the second half.",
        "sales would fall",
        speaker_name="Halvard Foods",
        type="organization",
    ),
    Case(
        "a-name-the-recogniser-took-for-a-body-with-mr-later",
        "Colm Rafferty said the plan was flawed. Mr. Rafferty has campaigned against it for years.",
        "the plan was flawed",
        speaker_name="Colm Rafferty",
        type="person",
    ),
    Case(
        "an-unknown-surname-opening-the-sentence",
        "Kiptoo said he was delighted.",
        "he was delighted",
        speaker="Kiptoo",
        speaker_name="Kiptoo",
        cue="said",
    ),
    Case(
        "an-unknown-surname-opening-the-sentence-with-an-age",
        "Kiptoo, 24, said he was delighted.",
        "he was delighted",
        speaker_name="Kiptoo",
        type="person",
    ),
    Case(
        "an-unknown-surname-opening-the-sentence-resolves-to-the-full-name",
        "Daniel Kiptoo won the race in Kesh on Sunday. Kiptoo told reporters he was delighted.",
        "he was delighted",
        speaker_name="Daniel Kiptoo",
        cue="told",
    ),
    Case(
        "the-watchdog-is-the-authority-named-before",
        "The Competition Authority blocked Corvane's takeover of Lumetra on Monday. The watchdog said the "
        "deal would have left consumers with “fewer choices and higher prices”.",
        "fewer choices",
        speaker_name="Competition Authority",
        type="organization",
    ),
    Case(
        "the-force-is-the-police-named-before",
        "A Vale Police spokesman said officers had been called to the flat at 2.10am. The force said it had "
        "referred itself to the police watchdog.",
        "referred itself",
        speaker_name="Vale Police",
        type="organization",
    ),
    Case(
        "the-club-is-the-club-named-before",
        "Kestrel Town sacked their manager on Monday. The club said the decision had been “difficult”.",
        "difficult",
        speaker_name="Kestrel Town",
        type="organization",
    ),
]

NO_NAME_IN_THE_ARTICLE = [
    Case(
        "a-statement-signed-by-others-is-not-the-first-speaker-s",
        "Ana Holt said in a statement that the plant would close. "
        "The statement, signed by 40 workers, accused her of lying.",
        "her of lying",
        speaker_name=None,
    ),
    # a party label is no one's name; a claim's last body is not who made it (red teams 106, 108)
    Case(
        "a-spokesman-for-a-senator-with-a-party-label",
        "A spokesman for Sen. Carla Medina (D-Ariz.) said the bill was dead.",
        "the bill was dead",
        speaker_name=None,
        role="spokesman",
    ),
    Case(
        "the-army-is-not-the-front-its-claim-names-last",
        "Two soldiers died when their truck was ambushed by the Free Hollin Front, the army said on Tuesday.",
        "Two soldiers died",
        speaker_name=None,
        speaker="the army",
    ),
    Case(
        "a-senator-of-another-state-is-not-the-new-york-democrat",
        "Sen. Dana Pruitt (D-Nev.) spoke on Monday. “We will not fold,” the New York Democrat said.",
        "We will not fold",
        speaker_name=None,
    ),
    # a representative's words are not the star's (red team 99)
    Case(
        "a-spokeswoman-for-a-pop-star",
        "A spokeswoman for the pop star Cassia Wren told the Daily Lantern that the tour was cancelled.",
        "the tour was cancelled",
        speaker_name=None,
        role="spokeswoman",
    ),
    Case(
        "a-spokesman-for-a-rock-star",
        "A spokesman for the rock star Jon Vale said he was resting.",
        "he was resting",
        speaker_name=None,
    ),
    # words a message carries, set after them, are the message's, not the last speaker's (red team 110)
    Case(
        "a-message-read-after-its-words-is-not-the-mayor-s",
        "Mayor Ilse Brandt said the river was rising.\n\n"
        "“Stay indoors tonight,” read a message circulating on WhatsApp on Tuesday.",
        "Stay indoors tonight",
        speaker_name=None,
        cue="read",
    ),
    Case(
        "a-notice-read-after-its-words",
        "“Closed until further notice,” read a notice on the door of the clinic.",
        "Closed until further notice",
        speaker_name=None,
        cue="read",
    ),
    # a pronoun in one item of a list is no one of another item (red team 116)
    Case(
        "he-in-one-bulleted-item-is-not-the-minister-of-another",
        "• Zerbia: Defence Minister Gregor Lind said troops would withdraw.\n"
        "• Kedria: Fire crews battled a blaze in the capital. He said nobody had been hurt.",
        "nobody had been hurt",
        speaker_name=None,
    ),
    # what a speaker reported is not who "it" is (red team 116)
    Case(
        "it-is-not-the-body-a-reported-clause-opened-with",
        "The Halver Bridge will be closed for repairs, Velto said. It said traffic would be diverted.",
        "traffic would be diverted",
        speaker_name=None,
    ),
    # a subject the recogniser took for a body, between the last speaker and "he" (red team 116)
    Case(
        "he-after-a-named-subject-typed-a-body-is-not-the-speaker-before",
        "“We will fight on,” said Ula Fenn.\n\nVosk Holt disagreed. “It is over,” he said.",
        "It is over",
        speaker_name=None,
    ),
    # a description is no one named inside what it reports, nor in a phrase set before it (red team 117)
    Case(
        "the-district-attorney-is-not-the-man-the-report-names",
        "A grand jury declined to indict the trooper who shot Omar Reddick, the district attorney announced Thursday.",
        "A grand jury declined to indict the trooper",
        speaker_name=None,
    ),
    Case(
        "the-witness-is-not-the-lawyer-cross-examining",
        "Under cross-examination by defense attorney Carl Mendel, the witness testified that she had not seen the gun.",
        "she had not seen the gun",
        speaker_name=None,
    ),
    Case(
        "a-spokesman-for-a-district-attorney-split-at-the-surname",
        "A spokesman for District Attorney Lyle Banning said the office would not comment.",
        "the office would not comment",
        speaker_name=None,
        role="spokesman",
    ),
    # a union is no company (red team 121)
    Case(
        "the-company-is-not-the-union-that-spoke-before",
        "The Food Workers' Union said 300 jobs were at risk at the Tarnby plant. "
        "The company said staff would be offered jobs elsewhere.",
        "staff would be offered jobs elsewhere",
        speaker_name=None,
    ),
    # anonymous by request, whatever the noun (red team 112)
    Case(
        "an-administrator-who-spoke-on-condition-of-anonymity",
        "A senior hospital administrator, who spoke on condition of anonymity, said the ward was closed.",
        "the ward was closed",
        speaker_name=None,
        type="anonymous",
    ),
    # a statement read out from a family, the victim named after it (red team 126)
    Case(
        "a-statement-from-the-family-of-the-named-victim",
        "Sen. Lara Apsley read a statement from the family of the victim, Tara Boyle: “We want answers.”",
        "We want answers",
        speaker_name=None,
    ),
    Case(
        "the-airline-naming-itself-in-what-it-reports",
        "Assem, the plane's co-pilot, had logged 2,766 flying hours with EgyptAir, the airline said.",
        "had logged 2,766 flying hours",
        speaker_name="EgyptAir",
    ),
    Case(
        "the-chief-press-secretary-unnamed",
        "The Chief Press Secretary said the governor would attend.",
        "the governor would attend",
        speaker_name=None,
        role="Chief Press Secretary",
    ),
    # the company is not the regulator that spoke of it (red team 104)
    Case(
        "the-company-after-a-regulator-spoke-of-one",
        "The Office of Water Standards said Calder Water had broken its licence. "
        "The company said it would appeal.",
        "it would appeal",
        speaker_name=None,
    ),
    Case(
        "the-regulator-is-nobody-when-only-a-firm-was-named",
        "Kestrel Therapeutics filed its results in June. The regulator said it needed more data.",
        "it needed more data",
        speaker_name=None,
    ),
    # he after someone unnamed who answered or spoke is that someone (red team 104)
    Case(
        "he-after-an-unnamed-analyst-who-disagreed",
        "Karim Sadiq spoke first. The analyst disagreed. “Prices are too low,” he said.",
        "Prices are too low",
        speaker_name=None,
    ),
    Case(
        "he-after-an-unnamed-analyst-at-a-named-firm",
        "Karim Sadiq, an oil minister, spoke first. An analyst at Corvid Capital, who declined to be "
        "named, said prices would fall. “They are too high,” he said.",
        "They are too high",
        speaker_name=None,
    ),
    # a plural opening a sentence is no body's name (red teams 97, 104)
    Case(
        "the-regulator-is-not-the-plural-opening-the-quote",
        "Bills will fall in April, Ofgaz said. The cut is smaller than expected, the regulator added.",
        "The cut is smaller than expected",
        speaker_name=None,
    ),
    Case(
        "farmers-are-a-group",
        "Farmers said on Monday that the drought was the worst in decades.",
        "the drought was the worst in decades",
        speaker_name=None,
        type="group",
    ),
    # guards from a review of the session's rules
    Case(
        "asked-to-do-something-is-no-question-answered",
        "Mayor Lena Park met the press on Monday. Park asked Kara Voss to step down. “She has lost our "
        "trust,” she said.",
        "She has lost our trust",
        speaker_name="Lena Park",
    ),
    Case(
        "the-senator-named-again-as-the-subject-of-her-sentence",
        "Senator Ana Ruiz spoke after the vote.\n\nRuiz thanked Governor Tom Hale for his support: “We could "
        "not have done it without him,” the senator said.",
        "We could not have done it without him",
        speaker_name="Ana Ruiz",
    ),
    Case(
        "a-party-word-only-as-a-whole-word",
        "Anna Reyes, who runs a community food bank, spoke first. “We are overwhelmed,” the Communist said.",
        "We are overwhelmed",
        speaker_name=None,
    ),
    Case(
        "a-trade-representative-is-no-congressman",
        "Trade Representative Mark Lowe met farmers on Monday. “Tariffs will stay,” the congressman said.",
        "Tariffs will stay",
        speaker_name=None,
    ),
    Case(
        "data-from-a-month-is-no-body",
        "Data from March showed inflation rose to 4 percent.",
        "inflation rose to 4 percent",
        speaker_name=None,
    ),
    Case(
        "a-given-name-that-is-a-people-s-word",
        "Mining magnate German Larrea Mota said the deal was fair.",
        "the deal was fair",
        speaker_name="German Larrea Mota",
    ),
    Case(
        "the-democrat-when-no-one-is-shown-a-democrat",
        "Thomas Reyes blocked the bill on Tuesday. The Democrat said the measure would gut oversight.",
        "the measure would gut oversight",
        speaker_name=None,
        type="person",
    ),
    Case(
        "a-given-name-two-people-share-names-neither",
        "Priya Nandakumar runs the bakery. Priya Sen runs the florist next door. “We've had three "
        "break-ins this year,” Priya said.",
        "We've had three break-ins this year",
        speaker_name="Priya",
    ),
    Case(
        "the-mother-of-two-after-a-man-is-not-him",
        "Tom Hale was walking home when the wall collapsed. “I was shaking for hours,” said the mother-of-two.",
        "I was shaking for hours",
        speaker_name=None,
    ),
    # Several people named after a plural: all of them spoke, not the first alone (red team 45).
    Case(
        "co-authors-set-off-between-dashes",
        "The paper’s authors — Yuki Saito, Dev Malhotra and Chloe Brandt — wrote that the reef could "
        "recover within a decade.",
        "the reef could recover within a decade",
        speaker_name=None,
        type="group",
    ),
    Case(
        "two-candidates-set-off-after-a-plural",
        "The Democratic candidates, Hillary Marsh and Senator Ben Sandoval, have promised to build on the "
        "governor's legacy.",
        "to build on the governor's legacy",
        speaker_name=None,
    ),
    # A work's title set off after it in quotation marks is no one's name (red team 45).
    Case(
        "a-report-s-title-set-off-after-it",
        "Her report, “Heat and the City,” warned that heatwaves would kill more people.",
        "heatwaves would kill more people",
        speaker_name=None,
    ),
    Case(
        "a-book-s-title-set-off-after-it",
        "His book, “The Long Thaw,” argued that the glaciers were retreating faster than models predicted.",
        "the glaciers were retreating",
        speaker_name=None,
    ),
    # The defence of someone speaks for them, but is not them: the name in its phrase is not its name.
    Case(
        "the-defence-for-a-named-lawyer",
        "The defence for lawyer Ida Kaur argued that the evidence had been obtained illegally.",
        "the evidence had been obtained illegally",
        speaker="The defence for lawyer Ida Kaur",
        speaker_name=None,
    ),
    Case(
        "the-defence-in-the-trial-of-a-named-lawyer",
        "The defence in the trial of human rights lawyer Ida Kaur argued on Thursday that the evidence "
        "had been obtained illegally.",
        "the evidence had been obtained illegally",
        speaker="The defence in the trial of human rights lawyer Ida Kaur",
        speaker_name=None,
    ),
    # "he" is never the channel: the president it reports on is not named.
    Case(
        "he-after-a-channel-is-not-the-channel",
        "Opposition channel Nova Libera reported that the president spoke in Brezno. According to the "
        "channel, he told supporters that reporters were traitors.",
        "reporters were traitors",
        speaker="he",
        speaker_name=None,
    ),
    Case(
        "lone-she",
        "“We are not afraid of their fourteen days,” she said.",
        "We are not afraid of their fourteen days",
        speaker="she",
        speaker_name=None,
    ),
    Case(
        "lone-he-after-organization-only",
        "The Port Authority kept the harbour open on Friday. “The cranes never stopped,” he said.",
        "The cranes never stopped",
        speaker="he",
        speaker_name=None,
    ),
    Case(
        "lone-spokesman",
        "“The harbour stays open,” the spokesman said.",
        "The harbour stays open",
        speaker="the spokesman",
        speaker_name=None,
    ),
    Case(
        "description-with-no-matching-name",
        "Samira Tovek did not attend. A police spokesman said officers had been attacked with stones.",
        "officers had been attacked with stones",
        speaker="A police spokesman",
        speaker_name=None,
    ),
    Case(
        "title-description-with-no-name",
        "The curfew will end on Sunday, the Interior Minister said.",
        "The curfew will end on Sunday",
        speaker="the Interior Minister",
        speaker_name=None,
        role="Interior Minister",
        type="person",
    ),
    Case(
        "the-newspaper-with-no-newspaper-named",
        "Samira Tovek spoke last week. The newspaper said the march would go ahead.",
        "the march would go ahead",
        speaker="The newspaper",
        speaker_name=None,
    ),
    Case(
        "it-with-no-organisation-that-spoke",
        "Lasken, the minister, said the army was ready. It added that the roads would reopen.",
        "the roads would reopen",
        speaker="It",
        speaker_name=None,
    ),
    Case(
        "him-quoted-after-his-remarks",
        "Finance Minister Rikard Holm's remarks were carried by the agency KNB, which quoted him as "
        "saying the bank had enough reserves.",
        "the bank had enough reserves",
        speaker="him",
        speaker_name="Rikard Holm",
    ),
    Case(
        "outlet-is-not-the-described-station",
        "Kestovia Today reported that talks would begin. The station said the army had left.",
        "the army had left",
        speaker="The station",
        speaker_name=None,
    ),
]


@pytest.mark.parametrize("case", params(RESOLUTION))
def test_pronouns_descriptions_and_surnames_resolve_to_the_named_speaker(
    case: Case, extract: Extract
) -> None:
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize("case", params(TITLES_AND_ROLES))
def test_titles_and_roles_are_kept_apart_from_the_name(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize("case", params(KINDS_OF_SPEAKER))
def test_speaker_types(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize("case", params(NO_NAME_IN_THE_ARTICLE))
def test_no_guessed_name_when_the_article_names_nobody(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


def test_a_dateline_s_date_is_no_part_of_the_title(extract: Extract) -> None:
    statements = extract("PORT ESSEN, Nov 30 (KNA) - Transport Minister Lene Hald said the strike was over.")
    assert [s.speaker_role for s in statements] == ["Transport Minister"], describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "KNA, quoting the minister, said the hostages were alive.", "KNA", id="acronym-then-aside"
        ),
        pytest.param(
            "NATO, which has 32 members, said the exercise would go ahead.", "NATO", id="acronym-then-who"
        ),
    ],
)
def test_an_acronym_opening_the_article_is_no_dateline(text: str, speaker: str, extract: Extract) -> None:
    """ "DRAVIN, June 29 (KNA) —" is a dateline; "KNA, quoting the minister, said" is a speaker."""
    assert [s.speaker_name for s in extract(text)] == [speaker], describe(extract(text))


def test_vox_pop_signatures_name_each_speaker_after_an_introduction(extract: Extract) -> None:
    """ "Here is what people told us:" introduces the quotations; each signature names its speaker."""
    text = (
        "Here is what people told us:\n\n"
        "“I have voted Pell my whole life. Not this time.” — Maureen Fisk, 67, retired teacher\n\n"
        "“It is about the buses.” — Tariq Shah, 34, delivery driver"
    )
    statements = extract(text)
    assert [(s.speaker_name, s.quote) for s in statements] == [
        ("Maureen Fisk", "I have voted Pell my whole life. Not this time."),
        ("Tariq Shah", "It is about the buses."),
    ], describe(statements)


def test_a_surname_that_is_also_a_modal_names_its_bearer(extract: Extract) -> None:
    """ "Will wrote", "Will described": no modal comes before a past tense, so "Will" is the surname
    of the columnist named before, in every statement, and no part of a cue."""
    text = (
        "Conservative columnist and radio host Petra Will renewed her feud with Ron Dace this week.\n\n"
        "“The war is a reminder of what the job demands,” Will wrote. In particular, Will wrote, Ida "
        "Marr can beat Dace. Will described Dace as a “caricature of a statesman.”"
    )
    statements = extract(text)
    assert [(s.speaker, s.speaker_name, s.cue) for s in statements] == [
        ("Will", "Petra Will", "wrote"),
        ("Will", "Petra Will", "wrote"),
        ("Will", "Petra Will", "described"),
    ], describe(statements)
    assert [s.quote for s in statements][1:] == [
        "In particular Ida Marr can beat Dace",
        "Dace as a “caricature of a statesman.”",
    ]


def test_a_transcript_label_with_an_honorific_is_the_person_named_before(extract: Extract) -> None:
    text = (
        "Government spokesman Idris Kell took questions on Tuesday.\n\n"
        "QUESTION: Does the minister regret his remarks?\n\n"
        "MR KELL: He does not, and he has said so publicly."
    )
    statements = extract(text)
    answers = with_quote(statements, "he has said so")
    assert [s.speaker_name for s in answers] == ["Idris Kell"], describe(statements)
    assert not [s for s in with_quote(statements, "regret his remarks") if s.speaker_name], describe(
        statements
    )


@pytest.mark.parametrize("label", ["FALK", "MR FALK"])
def test_one_answer_in_capitals_to_a_q_is_the_person_named_before(label: str, extract: Extract) -> None:
    """A briefing's one question and answer (red team 137): the answer was lost, as the transcript
    had a single line in capitals."""
    text = (
        "Chief Medical Officer Oren Falk took questions.\n\n"
        "Q: Will schools close?\n\n"
        f"{label}: Not this week. We are watching the numbers."
    )
    statements = extract(text)
    assert [(s.quote, s.speaker_name) for s in statements] == [
        ("Not this week. We are watching the numbers", "Oren Falk")
    ], describe(statements)


@pytest.mark.xfail(
    strict=True,
    reason="a relative clause without 'who' after officers ('officers she trusted to keep the peace') reads as "
    "what was told; requiring an auxiliary to tell them apart lost 'told officers he wanted a lawyer' (a review)",
)
def test_officers_someone_trusted_are_not_what_was_told(extract: Extract) -> None:
    statements = extract("The minister told officers she trusted to keep the peace.")
    assert not statements, describe(statements)


def test_an_interview_someone_gave_is_not_what_was_said(extract: Extract) -> None:
    """The repair for "said in an email the reef was recovering" leaves a relative clause of the
    venue alone (a review guard)."""
    statements = extract("Kroll said in an interview the ministry gave to state TV that it would act.")
    assert not [s for s in statements if "the ministry gave" in s.quote], describe(statements)


def test_an_answer_in_capitals_under_a_name_with_an_initial(extract: Extract) -> None:
    text = "Our guest is Oren J. Falk, the author.\n\nQ: Why did you write the book?\n\nFALK: Because nobody else would."
    assert [s.speaker_name for s in extract(text)] == ["Oren J. Falk"], describe(extract(text))


def test_an_answer_in_capitals_under_a_body_s_word_is_no_one_s(extract: Extract) -> None:
    """'KELSO:' after 'Kelso Foods' is no surname of a person the article names (a review)."""
    text = "Kelso Foods took questions.\n\nQ: Will prices rise?\n\nKELSO: Not this week. We are watching the numbers."
    assert not [s for s in extract(text) if s.speaker_name], describe(extract(text))


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_name"),
    [
        (
            "Q. Critics call the new tariff a “tax on thirst.” Is it?\n\nA. No. It pays for the pipes.",
            "Critics",
            None,
        ),
        ("Q. Dana Varek says the tariff is fair. Is it?\n\nA. No.", "Dana Varek", "Dana Varek"),
    ],
)
def test_a_q_with_a_full_stop_is_no_part_of_the_name_after_it(
    text: str, speaker: str, speaker_name: str | None, extract: Extract
) -> None:
    """ "Q. Critics call …" (red team 140) gave a person named "Q. Critics"."""
    first = extract(text)[0]
    assert (first.speaker, first.speaker_name) == (speaker, speaker_name), describe([first])


def test_a_label_in_a_relative_clause_is_not_its_antecedent_s_speaker(extract: Extract) -> None:
    """ "The Front, which the government calls “a gang”, said …": the government's label is not the
    Front's words; "the government" is not the Front."""
    text = (
        "The National Renewal Front, which the government calls “a foreign-backed gang”, said on "
        "Wednesday that it would boycott the vote."
    )
    label = with_quote(extract(text), "a foreign-backed gang")
    assert label and all(s.speaker_name != "National Renewal Front" for s in label), describe(label)


def test_a_modal_in_a_headline_in_title_case_stays_a_modal(extract: Extract) -> None:
    text = "Dace Will Win the Port, Poll Says\n\nMost voters in Orlat back Ron Dace, the poll found."
    assert all(s.speaker_name != "Will" and "Will" not in (s.cue or "") for s in extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "MPs heckled as Home Secretary Lydia Fenwick said the scheme had worked.",
        "Opposition MPs heckled as Home Secretary Lydia Fenwick said the scheme had worked.",
        "MPs heckled as Home Secretary Lydia Fenwick said the scheme “had worked”.",
        "Protesters shouted while Home Secretary Lydia Fenwick said the scheme had worked.",
    ],
)
def test_who_speaks_in_a_clause_opened_by_as_is_its_subject(text: str, extract: Extract) -> None:
    """ "MPs heckled as X said …": the parser may hang X on "as" as a preposition; X said it, not
    the hecklers."""
    statements = extract(text)
    assert [(s.speaker_name, s.quote.replace("“", "").replace("”", "")) for s in statements] == [
        ("Lydia Fenwick", "the scheme had worked")
    ], describe(statements)


@pytest.mark.parametrize(
    "between", [pytest.param("\n", id="next-line"), pytest.param("\n\n", id="after-a-blank-line")]
)
@pytest.mark.parametrize("dash", ["—", "–", "―", "--"])
def test_a_pull_quote_is_signed_on_the_line_below(between: str, dash: str, extract: Extract) -> None:
    """A web page's pull quote: the quotation alone in its paragraph, the signature on the next line."""
    text = (
        "The harvest failed for the third year running.\n\n"
        f"“The river belongs to everyone.”{between}{dash} Samir Haddad, farmer\n\n"
        "Officials did not comment."
    )
    statements = extract(text)
    assert [(s.speaker_name, s.speaker_role, s.quote) for s in statements] == [
        ("Samir Haddad", "farmer", "The river belongs to everyone.")
    ], describe(statements)


@pytest.mark.parametrize(
    "below",
    [
        pytest.param("- Samir Haddad, farmer", id="a-hyphen-opens-a-list-item"),
        pytest.param("— The crowd went quiet after that.", id="a-dash-before-a-sentence"),
        pytest.param("\n\n\n— Samir Haddad, farmer", id="too-far-below"),
    ],
)
def test_a_line_below_a_quotation_that_is_no_signature_names_no_one(below: str, extract: Extract) -> None:
    text = f"The harvest failed.\n\n“The river belongs to everyone.”\n{below}\n\nOfficials did not comment."
    assert [s.speaker_name for s in extract(text)] == [None], describe(extract(text))


def test_a_quotation_inside_a_paragraph_takes_no_signature_from_the_line_below(extract: Extract) -> None:
    text = "Farmers repeat “the river belongs to everyone” at every meeting.\n— Samir Haddad, farmer"
    assert [s.speaker for s in extract(text)] == ["Farmers"], describe(extract(text))


@pytest.mark.parametrize("bullet", ["- ", "• ", ""])
def test_a_roundup_introduction_claims_none_of_the_labelled_lines(bullet: str, extract: Extract) -> None:
    """ "Here is what officials said:" introduces lines that each name their speaker before a colon."""
    text = (
        "Here is what officials said on Monday:\n\n"
        f"{bullet}President Mahmoud Rahbari: “The country will not be held hostage.”\n\n"
        f"{bullet}Opposition leader Mir-Hossein Navid: “Every arrest adds fuel to the fire.”"
    )
    statements = extract(text)
    assert [(s.speaker_name, s.quote) for s in statements] == [
        ("Mahmoud Rahbari", "The country will not be held hostage."),
        ("Mir-Hossein Navid", "Every arrest adds fuel to the fire."),
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "later", "full"),
    [
        pytest.param(
            "Sheikh Hamad bin Khalifa al-Nuaimi, the emirate's foreign minister, said on Tuesday that talks "
            "would resume. “We are ready,” Sheikh Hamad told reporters.",
            "We are ready",
            "Hamad bin Khalifa al-Nuaimi",
            id="sheikh-and-given-name",
        ),
        pytest.param(
            "Princess Noor bint Faisal said the foundation would fund 40 clinics. "
            "Princess Noor added that women would run half of them.",
            "that women would run half of them",
            "Noor bint Faisal",
            id="princess-and-given-name",
        ),
        pytest.param(
            "Princess Noor bint Asim visited the burns unit. Princess Noor said the nurses were “heroes”.",
            "the nurses were “heroes”",
            "Noor bint Asim",
            id="princess-the-recogniser-took-for-a-group",
        ),
        pytest.param(
            "Hajj Ali Reza Mousavizadeh, head of the merchants' guild, met traders on Monday. "
            "“The bazaar will stay shut,” Hajj Ali said.",
            "The bazaar will stay shut",
            "Ali Reza Mousavizadeh",
            id="hajj-and-given-name",
        ),
    ],
)
def test_a_title_with_the_given_name_is_the_person_named_in_full(
    text: str, later: str, full: str, extract: Extract
) -> None:
    """Gulf and Iranian styles name a person again by title and given name ("Sheikh Hamad"), not by
    the last word of the name."""
    statements = extract(text)
    assert [s.speaker_name for s in statements if s.quote == later] == [full], describe(statements)


def test_a_title_with_a_given_name_two_people_share_names_neither(extract: Extract) -> None:
    text = (
        "Sheikh Hamad bin Khalifa al-Nuaimi met Sheikh Hamad bin Saif al-Thani on Tuesday. "
        "“We are ready,” Sheikh Hamad told reporters."
    )
    statements = extract(text)
    assert [s.speaker_name for s in statements if s.quote == "We are ready"] == ["Hamad"], describe(
        statements
    )


@pytest.mark.parametrize(
    "text, later, full",
    [
        (
            "Abdul-Karim al-Khatib said the mosque would stay open. Al-Khatib added that worshippers were safe.",
            "that worshippers were safe",
            "Abdul-Karim al-Khatib",
        ),
    ],
)
def test_a_hyphenated_name_a_speaker_phrase_gives_names_its_surname_later(
    text: str, later: str, full: str, extract: Extract
) -> None:
    """The recogniser may miss a name written with hyphens and particles; the speaker phrase that
    names it is enough for the surname further on to be named in full."""
    statements = extract(text)
    assert statements[0].speaker == full, describe(statements)
    assert [s.speaker_name for s in statements if s.quote == later] == [full], describe(statements)


@pytest.mark.parametrize(
    "text, later, name",
    [
        (
            "The Leader of the Revolution Ayatollah Hamid Saberani said the movement would fail. The "
            "Leader stressed that the nation would never bow to pressure.",
            "that the nation would never bow to pressure",
            "Hamid Saberani",
        ),
        (
            "The Leader's representative in Tabrin, Ayatollah Javad Mousavi-Nejad, said the protesters "
            "were misled. The representative said dialogue was not possible.",
            "dialogue was not possible",
            "Javad Mousavi-Nejad",
        ),
        (
            "The hardline daily Kayhan Ledger wrote in its editorial that the protesters were traitors. "
            "“The so-called reformists have shown their true face,” the newspaper wrote.",
            "The so-called reformists have shown their true face",
            "Kayhan Ledger",
        ),
        (
            "The hardline daily Javan wrote in its editorial that the protesters were traitors. "
            "“The so-called reformists have shown their true face,” the newspaper wrote.",
            "The so-called reformists have shown their true face",
            "Javan",
        ),
    ],
)
def test_a_description_names_whom_a_long_title_described(
    text: str, later: str, name: str, extract: Extract
) -> None:
    """ "The Leader of the Revolution Ayatollah X", "the Leader's representative in Tabrin, Ayatollah
    X", "the daily X": "the Leader", "the representative", "the newspaper" are X further on."""
    statements = extract(text)
    assert [s.speaker_name for s in statements if s.quote == later] == [name], describe(statements)


@pytest.mark.parametrize(
    "text, later, kind",
    [
        (
            "The daily Kayhan Ledger said the protesters were traitors. Kayhan Ledger also said the "
            "talks had failed.",
            "the talks had failed",
            "organization",
        ),
        (
            "Opposition channel Nova Libera said the vote was rigged. Nova Libera added that its "
            "reporters had been detained.",
            "that its reporters had been detained",
            "organization",
        ),
        # a surname the recogniser calls an organisation somewhere stays a person's
        (
            "The daily Kayhan Ledger quoted Senator Amir Tuttle. Tuttle said the talks had failed.",
            "the talks had failed",
            "person",
        ),
    ],
)
def test_a_name_an_organisations_role_introduced_is_an_organisation_later(
    text: str, later: str, kind: str, extract: Extract
) -> None:
    """ "The daily Kayhan Ledger said …": "Kayhan Ledger said" further on is the newspaper, though
    the recogniser takes the name for a person's."""
    statements = extract(text)
    assert [s.speaker_type for s in statements if s.quote == later] == [kind], describe(statements)


@pytest.mark.parametrize(
    "text, speaker, name, role",
    [
        (
            "“Every arrest adds fuel to the fire.” — Opposition leader Mir-Hossein Navid",
            "Opposition leader Mir-Hossein Navid",
            "Mir-Hossein Navid",
            "Opposition leader",
        ),
        (
            "Opposition leader Mir-Hossein Navid: “Every arrest adds fuel to the fire.”",
            "Opposition leader Mir-Hossein Navid",
            "Mir-Hossein Navid",
            "Opposition leader",
        ),
        # negative: a dash set off by spaces still separates a lead-in from the name
        (
            "Next in line for the primaries - Mira Osk: “Every arrest adds fuel to the fire.”",
            "Mira Osk",
            "Mira Osk",
            None,
        ),
    ],
)
def test_a_signed_quotation_keeps_a_hyphenated_name_and_its_role_whole(
    text: str, speaker: str, name: str, role: str | None, extract: Extract
) -> None:
    statements = extract(text)
    assert [(s.speaker, s.speaker_name, s.speaker_role) for s in statements] == [(speaker, name, role)], (
        describe(statements)
    )


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Harbour analysts said the tolls had slowed trade, citing the fall in cargo since March.", "citing"),
        (
            "Mayor Lidia Farrow said the levy was fair, referring to the council's audit of the port.",
            "referring to",
        ),
    ],
)
def test_a_participle_after_a_reported_clause_is_the_reporter_s(
    text: str, cue: str, extract: Extract
) -> None:
    """ "X said A, citing B": the parser may hang "citing" on A's verb; it is X's, not A's subject's."""
    statements = extract(text)
    reporter = statements[0].speaker
    assert [s.speaker for s in statements if s.cue == cue] == [reporter], describe(statements)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The government rejected claims that opposition leader Katya Dimova had been beaten, "
            "calling them “lies”.",
            "The government",
        ),
        (
            "Interior Minister Stefan Radev dismissed reports that opposition leader Katya Dimova had been "
            "tortured, describing them as “fabrications”.",
            "Interior Minister Stefan Radev",
        ),
        (
            "Katya Dimova rejected reports that the police had beaten her, calling them “lies”.",
            "Katya Dimova",
        ),
        (
            "Kastellia denied allegations that it was funding the opposition, calling them “a fantasy”.",
            "Kastellia",
        ),
        (
            "Katya Dimova denied that her party had paid protesters, calling the claims “an insult”.",
            "Katya Dimova",
        ),
    ],
)
def test_naming_a_denied_claim_is_the_denier_s(text: str, speaker: str, extract: Extract) -> None:
    """ "X rejected claims that Y had …, calling them lies": the wire formula of a denial; the parser
    hangs "calling" on the claim's verb, whose subject never called anything."""
    statements = extract(text)
    namers = [s.speaker for s in statements if s.cue in ("calling", "describing")]
    assert namers == [speaker], describe(statements)


@pytest.mark.xfail(
    strict=True,
    reason="the light recogniser finds no person in 'Carmen Ruiz de la Vega said …', so the later "
    "'Ruiz de la Vega' has no full name to stand for",
)
def test_a_name_with_particles_the_recogniser_misses_is_not_expanded_later(extract: Extract) -> None:
    case = Case(
        "name-with-particles-the-recogniser-misses",
        "Carmen Ruiz de la Vega said the fund was empty. Ruiz de la Vega said she would sue.",
        "she would sue",
        speaker="Ruiz de la Vega",
        speaker_name="Carmen Ruiz de la Vega",
    )
    assert_case(extract(case.text), case)


def test_she_never_skips_a_woman_the_recogniser_took_for_an_organisation(extract: Extract) -> None:
    """The recogniser may take a woman's name for an organisation's; "She" after her is then her or
    no one, never the man named before her."""
    text = (
        "Raghunath Verma said a tribunal would be formed. Kavitha Ramaswamy said that the announcement was "
        '"too late". She said farmers had been ignored.'
    )
    statements = with_quote(extract(text), "farmers had been ignored")
    assert statements, describe(extract(text))
    assert all(s.speaker_name in ("Kavitha Ramaswamy", None) for s in statements), describe(statements)


@pytest.mark.parametrize(
    "text, speakers",
    [
        (
            "Khemistan: Security Council official warns of “colour revolution” plot\n\n"
            "ASHGAR, November 14 -- The official spoke on Friday.",
            [("Security Council official", None, "Security Council official")],
        ),
        (
            "Azmir: “Seditionists will be punished,” says judiciary chief\n\nTEHRAN -- The chief spoke on Friday.",
            [("judiciary chief", None, "judiciary chief")],
        ),
    ],
)
def test_a_headline_that_names_its_speaker_after_the_colon(
    text: str, speakers: list[tuple[str, str | None, str | None]], extract: Extract
) -> None:
    """ "Khemistan: official warns …": the label is the story's place; who spoke is after the colon,
    described, not named."""
    statements = extract(text)
    assert [(s.speaker, s.speaker_name, s.speaker_role) for s in statements] == speakers, describe(statements)


def test_a_label_s_participle_says_when_and_where(extract: Extract) -> None:
    text = "Miro Lasken, speaking at a rally in Kesh on Thursday: “We will not give up the port.”"
    statements = extract(text, "2026-03-06")
    assert [(s.speaker_name, s.said_on, s.venue) for s in statements] == [
        ("Miro Lasken", date(2026, 3, 5), "at a rally in Kesh")
    ], describe(statements)


@pytest.mark.parametrize(
    ("label", "speaker", "name", "role"),
    [
        pytest.param("Image caption, Lina Obeid", "Lina Obeid", "Lina Obeid", None, id="image-caption"),
        pytest.param("Lasken, speaking at a rally", "Lasken", "Miro Lasken", None, id="name-and-participle"),
        pytest.param(
            "Lasken, addressing supporters", "Lasken", "Miro Lasken", None, id="name-tagged-adjective"
        ),
        pytest.param(
            "Interior Minister Miro Lasken, addressing supporters in Kesh",
            "Interior Minister Miro Lasken",
            "Miro Lasken",
            "Interior Minister",
            id="title-name-and-participle",
        ),
        pytest.param("Friday sermon, Dravin", None, None, None, id="an-occasion-names-no-one"),
        pytest.param("From Lasken's Facebook post", "Lasken's", "Miro Lasken", None, id="whose-post"),
    ],
)
def test_a_label_before_a_colon_gives_the_speaker_it_names(
    label: str, speaker: str | None, name: str | None, role: str | None, extract: Extract
) -> None:
    text = f"Interior Minister Miro Lasken toured Kesh on Friday.\n\n{label}: “We will not give up the port.”"
    statements = [s for s in extract(text) if "port" in s.quote]
    assert [(s.speaker, s.speaker_name, s.speaker_role) for s in statements] == [(speaker, name, role)], (
        describe(statements)
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Tamadon Holdings, the state-linked conglomerate, won the port contract. "
            "Tamadon said the work would start in May.",
            "Tamadon Holdings",
            id="holdings",
        ),
        pytest.param(
            "Tamadon Holdings and Tamadon Energy bid for the port. Tamadon said the work would start in May.",
            "Tamadon",
            id="two-companies-share-the-word",
        ),
        pytest.param(
            "Veltris Energy posted a loss for the third quarter. Veltris said it would cut 200 jobs.",
            "Veltris Energy",
            id="a-short-name-the-recogniser-took-for-a-person",
        ),
        pytest.param(
            "Arden Capital bought the stake on Monday. Its founder, Sarah Arden, said the deal was a bargain. "
            "Arden said later she had no regrets.",
            "Sarah Arden",
            id="a-person-of-the-same-word-is-the-person",
        ),
    ],
)
def test_a_company_s_short_name_is_its_full_name(text: str, name: str, extract: Extract) -> None:
    statements = extract(text)
    assert [s.speaker_name for s in statements][-1:] == [name], describe(statements)


def test_a_body_set_off_by_its_name_in_translation_is_an_organisation(extract: Extract) -> None:
    text = "Hezb-e Sabz, the Green Party, said in a statement that the election had been “engineered”."
    statements = extract(text)
    assert [(s.speaker_name, s.speaker_type) for s in statements] == [("Hezb-e Sabz", "organization")], (
        describe(statements)
    )


def test_a_persian_name_linked_by_ezafe_stays_whole(extract: Extract) -> None:
    text = "The reformist daily Sobh-e Azad was closed on Sunday. Sobh-e Azad said the closure was illegal."
    statements = extract(text)
    assert [(s.speaker_name, s.speaker_role, s.speaker_type) for s in statements] == [
        ("Sobh-e Azad", None, "organization")
    ], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Aid worker Pia Lorentz said the water had run out.",
        "Aid worker Pia Lorentz, who has worked in the camp for six years, said the water had run out.",
    ],
)
def test_a_role_the_tagger_read_as_an_order_opens_the_speaker(text: str, extract: Extract) -> None:
    """ "Aid worker …" opening a sentence: the parser may read "Aid" as an imperative whose object is
    the worker or the name; the words are still Lorentz's, with her role."""
    statements = extract(text)
    assert [(s.speaker_name, s.speaker_role, s.quote) for s in statements] == [
        ("Pia Lorentz", "Aid worker", "the water had run out")
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "The new law was condemned by rights groups, who said it “criminalises dissent”.",
            "rights groups",
            id="groups",
        ),
        pytest.param(
            "The plan was attacked by some economists, who said it would fail.", "some economists", id="some"
        ),
        pytest.param(
            "The bill was opposed by members of the harbour board, who said it would fail.",
            None,
            id="a-long-phrase-is-no-role",
        ),
    ],
)
def test_who_after_an_unnamed_group_says_whom_it_stands_for(
    text: str, role: str | None, extract: Extract
) -> None:
    (said,) = [s for s in extract(text) if s.speaker == "who"]
    assert (said.speaker_name, said.speaker_role) == (None, role), describe([said])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "“She lied to the House,” said Lord Abernathy of the former minister, Ruth Kemble.",
            "Lord Abernathy",
            id="of-a-post",
        ),
        pytest.param("“He is a liar,” said Dana Varek of Peter Lasken.", "Dana Varek", id="of-a-person"),
        pytest.param(
            "“The port is safe,” said Ann Lee of the Harbour Trust.",
            "Ann Lee of the Harbour Trust",
            id="of-where-she-works-stays",
        ),
    ],
)
def test_whom_a_speaker_said_it_of_is_not_part_of_the_speaker(
    text: str, speaker: str, extract: Extract
) -> None:
    statements = extract(text)
    assert [s.speaker for s in statements] == [speaker], describe(statements)


@pytest.mark.parametrize(
    "headline",
    ["Varek: the port will stay open", "Varek: a deal that “betrays the port”", "Varek: Port deal is dead"],
)
def test_a_headline_s_name_and_colon_before_a_clause_or_a_quotation_speaks(
    headline: str, extract: Extract
) -> None:
    """Unlike a profile's title ("Varek: the making of a minister"), words with a verb or a quotation
    after the name and colon are hers."""
    statements = extract(f"{headline}\n\nDana Varek spoke in Dravin on Friday.")
    assert [(s.speaker_name, s.cue) for s in statements] == [("Dana Varek", ":")], describe(statements)


def test_a_title_later_names_the_whole_three_word_name(extract: Extract) -> None:
    """ "the Prosecutor General" after "Prosecutor General Serik Bolatovich Amanzholov" is all of him,
    though the recogniser split his name in two."""
    text = (
        "Prosecutor General Serik Bolatovich Amanzholov said cases had been opened. "
        "“We will not allow discord,” the Prosecutor General emphasized."
    )
    statements = extract(text)
    assert [s.speaker_name for s in statements] == ["Serik Bolatovich Amanzholov"] * 2, describe(statements)


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Interior Minister Sheikh Khalid bin Khalifa Al Thani said that a terrorist cell had been arrested.",
            "Khalid bin Khalifa Al Thani",
            "Interior Minister",
        ),
        (
            "Speaker of the Islamic Consultative Assembly Hojatoleslam Ali Akbar Nourbakhsh said that the "
            "parliament supports the security forces.",
            "Ali Akbar Nourbakhsh",
            "Speaker of the Islamic Consultative Assembly",
        ),
        (
            "Tehran Friday prayer leader Ayatollah Ahmad Khatami said the vote was fair.",
            "Ahmad Khatami",
            "Tehran Friday prayer leader",
        ),
        ("Ayatollah Ahmad Jannati said the vote was fair.", "Ahmad Jannati", "Ayatollah"),  # the rank alone
        (
            "Armed Forces Chief of Staff Major General Darius Vahram said the missiles were defensive.",
            "Darius Vahram",
            "Armed Forces Chief of Staff",
        ),
        ("Major General Darius Vahram said the missiles were defensive.", "Darius Vahram", "Major General"),
        # one word is an office's own: "Attorney General" keeps it
        ("Attorney General Mara Lind said the case was closed.", "Mara Lind", "Attorney General"),
    ],
)
def test_a_rank_between_the_office_and_the_name_is_no_part_of_the_office(
    text: str, name: str, role: str, extract: Extract
) -> None:
    """ "Interior Minister Sheikh Khalid …": "Sheikh" is how he is addressed; the office is the role."""
    statements = extract(text)
    assert [(s.speaker_name, s.speaker_role) for s in statements] == [(name, role)], describe(statements)


def test_an_abbreviated_title_in_the_headline_is_no_part_of_the_name(extract: Extract) -> None:
    """ "Former AG Varlen" in the headline is the "Attorney General Tomas Varlen" of the story, so a
    later "Varlen" is still Tomas Varlen, not one of two people called Varlen."""
    text = (
        "Former AG Varlen at convention: port deal disqualifies the mayor.\n\n"
        "DRAVIN, July 19 (KNA) — Former Attorney General Tomas Varlen told delegates that the port deal "
        "should disqualify the mayor.\n\n"
        "“Nobody who signed that deal should run this city,” Varlen said."
    )
    statements = extract(text)
    assert [s.speaker_name for s in statements if s.speaker == "Varlen"] == ["Tomas Varlen"], describe(
        statements
    )


def test_what_a_relative_clause_says_of_the_body_is_no_part_of_the_role(extract: Extract) -> None:
    (statement,) = extract(
        "Dag Ostlund, a lawyer with the Civic Rights Centre, which was dissolved by court order last "
        "week, said the ruling was unjust."
    )
    assert statement.speaker_name == "Dag Ostlund"
    assert statement.speaker_role == "lawyer with the Civic Rights Centre"


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Varek attacked the opposition on X. Solvang called the post “a threat”.",
            "Solvang",
            "the post “a threat",
            id="called-after-on-x",
        ),
        pytest.param(
            "The minister has been posting on X. Solvang said the march would go ahead.",
            "Solvang",
            "the march would go ahead",
            id="said-after-on-x",
        ),
        pytest.param(
            "The ministry's account was restricted by X. Police said 14 people were detained.",
            "Police",
            "14 people were detained",
            id="said-after-by-x",
        ),
    ],
)
def test_the_platform_x_ends_its_sentence(text: str, speaker: str, quote: str, extract: Extract) -> None:
    """ "… on X. Solvang called …": the full stop after the platform's name is not an initial's,
    and the next sentence's words are its own subject's."""
    statements = extract(text)
    assert (speaker, quote) in {(s.speaker, s.quote.rstrip("”.")) for s in statements}, describe(statements)
    assert not any(speaker in s.quote for s in statements), describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "The firm said it owed the council £4m. Officials said the debt would be written off.",
            "Officials",
            "the debt would be written off",
            id="millions",
        ),
        pytest.param(
            "The club said it had paid 300k. Its rivals said that was too much.",
            "Its rivals",
            "that was too much",
            id="thousands",
        ),
    ],
)
def test_a_figure_in_millions_or_thousands_ends_its_sentence(
    text: str, speaker: str, quote: str, extract: Extract
) -> None:
    """ "£4m. Officials said …": the "m." of millions is no initial, and the next sentence is its own."""
    statements = extract(text)
    assert (speaker, quote) in {(s.speaker, s.quote) for s in statements}, describe(statements)
    assert not any(speaker in s.quote for s in statements), describe(statements)
    assert not any(s.quote.endswith(".") for s in statements), describe(statements)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "Interior Minister Dana Varek (@DanaVarek) posted: “The march has no permit.”",
            "Interior Minister",
            id="handle-in-brackets",
        ),
        pytest.param(
            "Opposition leader Mira Solvang (@MiraSolvang) wrote on X that the march would go ahead.",
            "Opposition leader",
            id="handle-then-a-platform",
        ),
    ],
)
def test_an_account_s_handle_is_not_the_speaker_s_role(text: str, role: str, extract: Extract) -> None:
    (statement,) = extract(text)
    assert statement.speaker_role == role, describe([statement])


@pytest.mark.parametrize(
    ("text", "not_the_speaker", "speaker"),
    [
        pytest.param(
            "Deputy Interior Minister Gregor Lind liked a post on X calling for “harsher” policing.",
            "Deputy Interior Minister Gregor Lind",
            "a post on X",
            id="liked-a-post",
        ),
        pytest.param(
            "Lind forwarded a message saying the rally was cancelled.",
            "Lind",
            "a message",
            id="forwarded-a-message",
        ),
        pytest.param(
            "Deputy minister likes post calling for “harsher” policing",
            "Deputy minister",
            None,
            id="headline-likes-post",
        ),
        pytest.param(
            "Varek shared a video of a general saying the army was ready.",
            "Varek",
            "a general",
            id="shared-a-video-of-someone-saying",
        ),
    ],
)
def test_liking_or_passing_on_someone_else_s_post_does_not_make_its_words_yours(
    text: str, not_the_speaker: str, speaker: str | None, extract: Extract
) -> None:
    statements = extract(text)
    assert not any(s.speaker == not_the_speaker for s in statements), describe(statements)
    if speaker is not None:
        assert any(s.speaker == speaker for s in statements), describe(statements)


def test_a_video_the_speaker_publishes_still_speaks_for_them(extract: Extract) -> None:
    (statement,) = extract("The campaign shared a video calling the plan “a disaster”.")
    assert statement.speaker == "The campaign", describe([statement])


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Varek shared a post by the blogger Artem Sokol that said the march was paid for.",
            "Artem Sokol",
            None,
            id="a-post-by-a-named-blogger-that-said",
        ),
        pytest.param(
            "Lind read out a letter from the mayor, which said the square would stay closed.",
            None,
            "mayor",
            id="a-letter-from-the-mayor-which-said",
        ),
    ],
)
def test_a_document_speaking_through_a_relative_pronoun_speaks_for_its_author(
    text: str, name: str | None, role: str | None, extract: Extract
) -> None:
    """The README's convention, that a document from someone speaks for them, holds when the
    document is the antecedent of "that" or "which"."""
    statements = extract(text)
    said = [s for s in statements if s.cue == "said"]
    assert [(s.speaker_name, s.speaker_role) for s in said] == [(name, role)], describe(statements)


def test_a_post_s_author_set_off_by_commas_is_its_speaker(extract: Extract) -> None:
    """ "The post, by the account @IronTalvesa, said …": the parser hung the author on the verb."""
    statements = extract(
        "The post, by the nationalist account @IronTalvesa, said that “a few broken heads would end "
        "this circus”."
    )
    assert [(s.speaker, s.speaker_name) for s in statements] == [
        ("The post, by the nationalist account @IronTalvesa", "@IronTalvesa")
    ], describe(statements)


CAUSED_TO_SAY_CASES = [
    Case(
        "a-defeat-prompted-him-to-call",
        "Tomas Riel lost badly in Kesh. The defeat prompted him to call the result “a disgrace.”",
        quote="a disgrace",
        speaker="him",
        speaker_name="Tomas Riel",
        cue="to call",
    ),
    Case(
        "a-ruling-led-the-minister-to-declare",
        "The ruling led the minister to declare that the case was closed.",
        quote="the case was closed",
        speaker="the minister",
        cue="to declare",
    ),
    Case(
        "a-win-that-led-her-to-declare",
        "Lena Ostrova took Kesh by a wide margin. It was a win that led her to declare the race “over for "
        "good.”",
        quote="over for good",
        speaker="her",
    ),
    Case(
        "the-occasion-used-to-say-is-not-who-says",
        "The mayor used the occasion to say the town was “moving forward.”",
        quote="moving forward",
        speaker="The mayor",
    ),
]


@pytest.mark.parametrize("case", params(CAUSED_TO_SAY_CASES))
def test_the_one_a_cause_moved_to_speak_is_the_speaker_not_the_cause(case: Case, extract: Extract) -> None:
    """ "The defeat prompted Brandt to call …": the speaker is the one prompted, not "The defeat"."""
    assert_case(extract(case.text, case.date), case)


CO_OPERATIVE_CASES = [
    # a co-operative is an organisation, its whole name its name (red team 97)
    Case(
        "a-co-operative-named-by-its-members",
        "The Coastal Fishers' Cooperative says the quota is unfair.",
        "the quota is unfair",
        speaker_name="Coastal Fishers' Cooperative",
        type="organization",
    ),
    Case(
        "a-co-operative-by-its-trade",
        "The Lakeland Dairy Cooperative said prices would rise.",
        "prices would rise",
        speaker_name="Lakeland Dairy Cooperative",
        type="organization",
    ),
]


@pytest.mark.parametrize("case", params(CO_OPERATIVE_CASES))
def test_a_co_operative_is_an_organisation(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


FRONTED_PHRASE_NAME_CASES = [
    Case(
        "statement-read-by-the-prosecutor-name",
        "In a statement read to the court by the prosecutor, Ben Aldous, the victim's widow, Lucy Harker, "
        "said: “Every morning I wake up alone.”",
        quote="Every morning",
        speaker_name="Lucy Harker",
        venue="In a statement",
    ),
    Case(
        "letter-to-the-mayor-name",
        "In a letter to the mayor, Tom Reed, the head teacher, Ana Bell, said the school would close.",
        quote="the school would close",
        speaker_name="Ana Bell",
    ),
    Case(
        "questioned-by-the-chairman-name",
        "Questioned by the chairman, Tom Reed, the minister, Ana Bell, said the figures were right.",
        quote="the figures were right",
        speaker_name="Ana Bell",
    ),
    # "Outside" read as the first word of the court's name, which spoke (red team 94)
    Case(
        "outside-a-named-court-a-solicitor-told",
        "Outside Calder Crown Court, defence solicitor Amrit Sahota told reporters his client would appeal.",
        quote="his client would appeal",
        speaker="defence solicitor Amrit Sahota",
        speaker_name="Amrit Sahota",
        role="defence solicitor",
    ),
    Case(
        "outside-a-named-police-station-an-inspector-told",
        "Outside Wexley Police Station, Chief Inspector Maya Roon told reporters the search would go on.",
        quote="the search would go on",
        speaker_name="Maya Roon",
    ),
    Case(
        "outside-a-named-court-an-unnamed-mother-said",
        "Outside Calder Crown Court, the victim's mother said she was relieved.",
        quote="she was relieved",
        speaker="the victim's mother",
        speaker_name=None,
    ),
    Case(
        "outside-a-named-court-a-name-said-a-quotation",
        "Outside Calder Crown Court, Amrit Sahota said: “We will appeal.”",
        quote="We will appeal",
        speaker_name="Amrit Sahota",
    ),
]


@pytest.mark.parametrize("case", params(FRONTED_PHRASE_NAME_CASES))
def test_the_name_closing_a_phrase_before_the_subject_is_not_the_speaker(
    case: Case, extract: Extract
) -> None:
    """ "In a letter to the mayor, Tom Reed, the head teacher, Ana Bell, said …": Reed is the mayor."""
    assert_case(extract(case.text, case.date), case)


INVERTED_MID_CLAUSE_CASES = [
    Case(
        "a-person-said-of-by-an-inverted-attribution",
        "Councillor Dermot Aske, said Mayor Tessa Quarrie, had “lost the plot”.",
        quote="lost the plot",
        also=("Dermot Aske",),
        speaker_name="Tessa Quarrie",
    ),
    Case(
        "bare-surnames-either-side",
        "Aske, said Quarrie, had lost the plot.",
        quote="had lost the plot",
        speaker="Quarrie",
    ),
    Case(
        "a-thing-said-of-by-an-inverted-attribution",
        "The harbour plan, said Mayor Tessa Quarrie, had failed.",
        quote="had failed",
        also=("The harbour plan",),
        speaker_name="Tessa Quarrie",
    ),
]


@pytest.mark.parametrize("case", params(INVERTED_MID_CLAUSE_CASES))
def test_an_inverted_attribution_inside_the_clause_names_its_speaker_not_the_clause_s_subject(
    case: Case, extract: Extract
) -> None:
    """ "X, said Y, had …": Y says it of X (the parser gave "said" both subjects, and the nearer,
    X, was taken)."""
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Quarrie forwarded an email from Aske saying the mine would close.", "Aske", id="email-forwarded"
        ),
        pytest.param(
            "The mayor forwarded a cable from the embassy saying the border was closed.",
            "the embassy",
            id="cable-forwarded",
        ),
    ],
)
def test_words_passed_on_are_the_words_of_whom_they_came_from(
    text: str, speaker: str, extract: Extract
) -> None:
    """ "forwarded an email from Aske saying …": Aske's words; the one who passed them on said nothing."""
    statements = extract(text)
    assert [s.speaker for s in statements] == [speaker], describe(statements)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a first name the recogniser gave an entity of its own
        ("Harish Chandra Pant said the dam would be completed by June.", "Harish Chandra Pant", None),
        (
            "Rizwan Ahmed Khan, the district commissioner, said the roads were closed.",
            "Rizwan Ahmed Khan",
            "district commissioner",
        ),
        # an office in capitals before the appositive name
        (
            "The port's Managing Director, Hassan Bello-Danjuma, said delays had eased.",
            "Hassan Bello-Danjuma",
            "port's Managing Director",
        ),
        (
            "The bank's Chief Operating Officer, Jan Holm, said profits fell.",
            "Jan Holm",
            "bank's Chief Operating Officer",
        ),
        # "Minister for X" with the name right after it
        (
            "Minister for Housing Cathal Breathnach said the scheme would be extended.",
            "Cathal Breathnach",
            "Minister for Housing",
        ),
        (
            "Minister for Foreign Affairs Sergei Lavrin said the talks had failed.",
            "Sergei Lavrin",
            "Minister for Foreign Affairs",
        ),
        # a UN office whose department ends in a plural, the name unknown to the recogniser (red team 129)
        (
            "“Civilians are paying the price,” UN High Commissioner for Human Rights Amara Oyelaran said on Tuesday.",
            "Amara Oyelaran",
            "UN High Commissioner for Human Rights",
        ),
        (
            "Commissioner for Human Rights Amara Oyelaran said the camps were full.",
            "Amara Oyelaran",
            "Commissioner for Human Rights",
        ),
        # a father's name that looks like a title
        ("Saif bin Sultan Al Marri said the port would reopen.", "Saif bin Sultan Al Marri", None),
        ("Sheikh Saif bin Sultan Al Marri said the port would reopen.", "Saif bin Sultan Al Marri", "Sheikh"),
    ],
)
def test_names_written_in_other_house_styles_stay_whole(
    text: str, name: str, role: str | None, extract: Extract
) -> None:
    """South Asian three-word names, "Minister for Housing X", "Managing Director, X" and Gulf
    patronymics: the whole name, never the office or half the name."""
    statements = extract(text)
    assert [(s.speaker_name, s.speaker_role) for s in statements] == [(name, role)], describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "UN Special Rapporteur on Freedom of Expression Tomas Vell said the law should be withdrawn.",
            "Tomas Vell",
        ),
        (
            "“We need access now,” Deputy High Commissioner for Displaced Persons Karl Wendt said.",
            "Karl Wendt",
        ),
        ("Special Rapporteur on Torture Joao Menander said the cells were overcrowded.", "Joao Menander"),
    ],
)
def test_a_un_office_before_the_name_is_no_part_of_it(text: str, name: str, extract: Extract) -> None:
    """UN offices run long ("High Commissioner for …", "Special Rapporteur on …"): the speaker is the
    person named after the office, never the office (red team 129)."""
    statements = extract(text)
    assert [s.speaker_name for s in statements] == [name], describe(statements)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "The authority will no longer tolerate delays in cargo clearance, its Managing Director, "
            "Hassan Bello-Danjuma, said.",
            "The authority will no longer tolerate delays in cargo clearance",
            "Hassan Bello-Danjuma",
        ),
        (
            "The party will not field candidates in the council polls, its national chairman, Chief "
            "Emmanuel Okafor-Bassey, has said.",
            "The party will not field candidates in the council polls",
            "Emmanuel Okafor-Bassey",
        ),
        (
            "Reached by phone, village chief Tomas Ebrero said floodwater had reached the second floor of the school.",
            "floodwater had reached the second floor of the school",
            "Tomas Ebrero",
        ),
        (
            "The council has not taken any decision on the stool, a palace source told our correspondent "
            "on condition of anonymity.",
            "The council has not taken any decision on the stool",
            None,
        ),
    ],
)
def test_a_closing_speaker_the_parser_read_into_the_clause_still_speaks(
    text: str, quote: str, name: str | None, extract: Extract
) -> None:
    """Wire and regional copy end on "…, its chairman, Chief X, has said." or open on "Reached by
    phone, …": the statement is found, with its speaker (none named for "a palace source")."""
    statements = extract(text)
    assert [(s.quote, s.speaker_name) for s in statements] == [(quote, name)], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Kestovans say the new tax is unfair.",
        "Kestovan Muslims said they would boycott the vote.",
        "Several Democrats cautioned against the bill. They also said the vote was rushed.",
    ],
)
def test_a_people_or_a_party_s_members_are_a_group(text: str, extract: Extract) -> None:
    """Plural names of peoples, faiths and parties are groups of people, not one body or one
    person ("Sanders" is no plural)."""
    statements = extract(text)
    assert statements and all(s.speaker_type == "group" for s in statements), describe(statements)


def test_a_surname_ending_in_s_is_not_a_group(extract: Extract) -> None:
    statements = extract("Senator Ada Sanders spoke in Lowmouth. Sanders said the bill was dead.")
    assert [s.speaker_type for s in statements] == ["person"], describe(statements)


def test_an_organisation_s_name_set_off_after_its_description_names_it(extract: Extract) -> None:
    statements = extract("The UN refugee agency, UNHCR, said 4,000 people had crossed the border.")
    assert [(s.speaker_name, s.speaker_role, s.speaker_type) for s in statements] == [
        ("UNHCR", "UN refugee agency", "organization")
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Taoiseach Declan Ó Murchú was in Cork on Thursday to open the new cancer centre. "
            "The Taoiseach said the Government would fund two more centres by 2028.",
            "Declan Ó Murchú",
        ),
        (
            "Taoiseach Declan Ó Murchú was in Cork on Thursday. Mr Ó Murchú said the Government would "
            "fund two more centres.",
            "Declan Ó Murchú",
        ),
        (
            "Tánaiste Siobhán Nic Giolla Phádraig was in Brussels for talks. The Tánaiste said Ireland "
            "would not accept any weakening of the guarantees.",
            "Siobhán Nic Giolla Phádraig",
        ),
    ],
)
def test_an_irish_office_named_again_names_its_holder(text: str, name: str, extract: Extract) -> None:
    """ "Taoiseach Declan Ó Murchú", which the recogniser took whole for an organisation, then
    "the Taoiseach" or "Mr Ó Murchú": him."""
    statements = extract(text)
    assert [s.speaker_name for s in statements] == [name], describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "Police spokesman Col. Erik Sande said the road was closed.",
            "Police spokesman Col. Erik Sande",
            "Erik Sande",
        ),
        (
            "Police spokesman Lt. Col. Erik Sande said the road was closed.",
            "Police spokesman Lt. Col. Erik Sande",
            "Erik Sande",
        ),
        ("Sgt Owen Price said the road was closed.", "Sgt Owen Price", "Owen Price"),
        (
            "Pentagon spokesman Navy Capt. Jeff Dale said the campaign would go on.",
            "Pentagon spokesman Navy Capt. Jeff Dale",
            "Jeff Dale",
        ),
        (
            "Air Force 1st Lt. Tyler Lind said the base was safe.",
            "Air Force 1st Lt. Tyler Lind",
            "Tyler Lind",
        ),
        ("Lt Gen Omar Haddani said the border posts would reopen.", "Lt Gen Omar Haddani", "Omar Haddani"),
        ("Gen Omar Haddani said the border posts would reopen.", "Gen Omar Haddani", "Omar Haddani"),
        ("Lt Gen Haddani said the border posts would reopen.", "Lt Gen Haddani", "Haddani"),
        # a retired officer's mark between the rank and the name
        (
            "Brig (retd) Asad Karimi said the army had never sought a political role.",
            "Brig (retd) Asad Karimi",
            "Asad Karimi",
        ),
        (
            "Maj Gen (R) Ijaz Awan said the talks had failed.",
            "Maj Gen (R) Ijaz Awan",
            "Ijaz Awan",
        ),
        # a given name that is also an abbreviation of a rank stays a name
        (
            "Defence Minister Gen Nakamori said the drills would continue.",
            "Defence Minister Gen Nakamori",
            "Gen Nakamori",
        ),
    ],
)
def test_an_abbreviated_military_rank_is_no_part_of_the_name(
    text: str, speaker: str, name: str, extract: Extract
) -> None:
    """ "Col." and "Capt." no longer end the sentence inside the speaker's phrase, and "Sgt" is a rank."""
    statements = extract(text)
    assert [(s.speaker, s.speaker_name) for s in statements] == [(speaker, name)], describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lt Gen Omar Haddani said the border posts would reopen. The general added that patrols had "
            "been doubled.",
            "Omar Haddani",
        ),
        (
            "Gen. Petra Lonsky told reporters the offensive had stalled. “We are regrouping,” the general said.",
            "Petra Lonsky",
        ),
        (
            "Col Ruth Amadi said the convoy was safe. The officer added that two roads were mined.",
            "Ruth Amadi",
        ),
    ],
)
def test_the_rank_names_the_officer_it_was_abbreviated_before(text: str, name: str, extract: Extract) -> None:
    """ "the general" after "Lt Gen Omar Haddani": the rank, written in full, describes him."""
    statements = extract(text)
    assert [s.speaker_name for s in statements] == [name, name], describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Union Minister of State for Railways Shri Ramesh Kumar Bidhuri said the service would start.",
            "Ramesh Kumar Bidhuri",
        ),
        (
            "Federal Minister for Water Resources Chaudhry Ahmed Raza Warraich said the dam would be ready.",
            "Ahmed Raza Warraich",
        ),
        # a dateline set off by a colon, as South Asian papers print it
        (
            "DHAKA: Road Transport Minister Mofazzal Hossain Kader said the metro line would open.",
            "Mofazzal Hossain Kader",
        ),
        ("CS Fred Kipchumba Onyango said the reservists would be deployed.", "Fred Kipchumba Onyango"),
    ],
)
def test_south_asian_and_east_african_offices_before_a_name_are_not_the_name(
    text: str, name: str, extract: Extract
) -> None:
    statements = extract(text)
    assert [s.speaker_name for s in statements] == [name], describe(statements)
    assert not statements[0].speaker.startswith("DHAKA"), describe(statements)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Miro Lasken, the opposition leader, and Dana Varek, the parliament speaker, said in a joint "
            "statement that the vote was rigged.",
            "opposition leader",
        ),
        (
            "Dana Varek, the head of the agency and a former minister, said the vote was rigged.",
            "head of the agency and a former minister",
        ),
    ],
)
def test_a_role_ends_where_the_next_person_joined_to_it_begins(
    text: str, role: str, extract: Extract
) -> None:
    statements = extract(text)
    assert [s.speaker_role for s in statements] == [role], describe(statements)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The arrears will be paid before March, the Head of Service, Mulikat Adeyemi-Oke, said on Sunday.",
            "Mulikat Adeyemi-Oke",
            "Head of Service",
        ),
        (
            "The Minister of Finance, Ruth Okafor, said the budget was ready.",
            "Ruth Okafor",
            "Minister of Finance",
        ),
    ],
)
def test_an_office_with_its_department_before_the_name_is_the_role(
    text: str, name: str, role: str, extract: Extract
) -> None:
    statements = extract(text)
    assert [(s.speaker_name, s.speaker_role) for s in statements] == [(name, role)], describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "Foreign Minister Darius Velani flew to Ostrava on Monday.\n\nThe talks lasted four hours. "
            "Afterwards Velani told reporters the meeting had been “frank”.",
            "Velani",
            "Darius Velani",
        ),
        ("Earlier Bahrami said the reports were “pure fiction”.", "Bahrami", "Bahrami"),
    ],
)
def test_an_adverb_opening_the_sentence_is_no_part_of_the_name(
    text: str, speaker: str, name: str, extract: Extract
) -> None:
    """ "Afterwards Velani told reporters": with no comma after it, the adverb was read into the name."""
    statements = extract(text)
    assert [(s.speaker, s.speaker_name) for s in statements] == [(speaker, name)], describe(statements)


def test_the_agency_a_speaker_is_reported_by_is_not_that_speaker(extract: Extract) -> None:
    """ "Velani, according to the agency, said …": the agency is not Velani, whatever its appositive."""
    statements = extract("Velani, according to the agency, said Vorna “will respond in kind”.")
    agency = [s for s in statements if s.speaker == "the agency"]
    assert agency and all(s.speaker_name != "Velani" for s in agency), describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker", "venue"),
    [
        # the broadcaster in the fronted participle is not the speaker
        (
            "Interviewed by the pan-Arab broadcaster Al-Mashriq, the rebel commander, who gave his name only "
            "as Abu Tariq, said his fighters controlled “most of the eastern districts”.",
            "the rebel commander, who gave his name only as Abu Tariq",
            UNCHECKED,
        ),
        # the interview's participle is not the sentence's verb
        (
            "Ghaffari, in an interview with state television aired late on Thursday, said: “We have shown "
            "restraint.”",
            "Ghaffari",
            "in an interview with state television",
        ),
    ],
)
def test_the_speaker_after_a_participle_of_the_interview(
    text: str, speaker: str, venue: object, extract: Extract
) -> None:
    statements = extract(text)
    assert [s.speaker for s in statements] == [speaker], describe(statements)
    assert statements[0].speaker_name != "Al-Mashriq", describe(statements)  # the broadcaster is no commander
    if venue is not UNCHECKED:
        assert statements[0].venue == venue, describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Justice Aldous said the claim failed. The judge said costs would follow.", "Aldous"),
        (
            "Lord Justice Simon Harrow said the appeal was without merit. “It is hopeless,” the judge wrote.",
            "Simon Harrow",
        ),
        (
            "Ruth Amsel, defending, said her client was remorseful. “He is ashamed,” the lawyer said.",
            "Ruth Amsel",
        ),
        (
            "Tom Reyes, prosecuting, said the attack was planned. The barrister added that the victim had "
            "been followed.",
            "Tom Reyes",
        ),
    ],
)
def test_the_judge_and_the_lawyer_are_named_as_the_court_report_styled_them(
    text: str, name: str, extract: Extract
) -> None:
    """ "Mr Justice Aldous … the judge", "X, defending, … the lawyer": British court copy."""
    statements = extract(text)
    assert [s.speaker_name for s in statements] == [name, name], describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Marden Town manager Gary Holt said the points were deserved. “We kept going,” the Marden boss said.",
            "Gary Holt",
        ),
        (
            "Blackmoor captain Jon Pardew scored twice. “It was a team effort,” the Blackmoor skipper said.",
            "Jon Pardew",
        ),
        (
            "Singer Kezia Vaughn has added a second night at the Dunmore Arena. “I can't wait,” the singer, 27, said.",
            "Kezia Vaughn",
        ),
        (
            "Boxer Kyle Mensah retained his title on Saturday. The 26-year-old, from Holmbury, said he wanted a "
            "rematch.",
            "Kyle Mensah",
        ),
        (
            "Novelist Lena Hartley has won the Corran Prize. The author, who grew up in Kettleby, said she was "
            "stunned.",
            "Lena Hartley",
        ),
        ("Sprinter Dami Oke wrote on social media that she was retiring.", "Dami Oke"),
    ],
)
def test_sports_and_arts_descriptions_name_the_person(text: str, name: str, extract: Extract) -> None:
    """ "the Marden boss", "the skipper", "the singer, 27", "The author, who grew up …": the person the
    story named, as local and feature copy describes them (red team 33)."""
    statements = extract(text)
    assert statements and statements[-1].speaker_name == name, describe(statements)


def test_a_description_with_a_defining_clause_is_not_the_last_one_so_named(extract: Extract) -> None:
    """ "The lawyer who ran three marathons" says which lawyer; it is not the lawyer named before."""
    statements = extract(
        "Ana Ruiz, a lawyer for the union, said the deal was fair.\n\n"
        "Perez was awake before anyone else. The lawyer who ran three marathons said the rule would stand."
    )
    assert statements[-1].speaker_name != "Ana Ruiz", describe(statements)


def test_words_opening_a_feature_are_no_one_a_pronoun_stands_for(extract: Extract) -> None:
    """ "Every Saturday at 6am, Kath Doyle …": not a person called "Every Saturday"; "For Sunita Rao, …":
    her full name; "he" is not Kath (red team 33)."""
    statements = extract(
        "Every Saturday at 6am, Kath Doyle unlocks the community hall. She has done it for nine years.\n\n"
        "“I just think if you can help, you should,” she says.\n\n"
        "Her husband, Mick, sometimes helps. “She's the boss,” he says.\n\n"
        "For Sunita Rao, the bakery is about more than bread. “It keeps me sane,” says Rao, 52."
    )
    assert [s.speaker_name for s in statements] == ["Kath Doyle", None, "Sunita Rao"], describe(statements)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Detective Inspector Helen Crane said the car was found burned out. DI Crane added that officers "
            "wanted to speak to two men.",
            ["Helen Crane", "Helen Crane"],
        ),
        ("DCI Rob Marsh said the inquiry was at an early stage.", ["Rob Marsh"]),
        (
            "DS Lee Fox told the court the phone had been wiped. The detective said the messages were gone.",
            ["Lee Fox", "Lee Fox"],
        ),
        ("Cllr Haq told councillors: “This is a disgrace.”", ["Haq"]),
        # the rank and surname the recogniser took for an organisation
        ("DI Crane added: “We are keeping an open mind as to the motive.”", ["Crane"]),
        # a nickname between the given name and the surname
        ("Terry “The Hammer” Dawes told reporters he would fight on.", ["Terry Dawes"]),
    ],
)
def test_police_and_council_ranks_and_nicknames_leave_the_name(
    text: str, names: list[str], extract: Extract
) -> None:
    """ "DI Crane", "DCI Rob Marsh", "Cllr Haq", "Terry “The Hammer” Dawes" (red team 33)."""
    statements = extract(text)
    assert [s.speaker_name for s in statements] == names, describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We see a 60% chance of a cut in June," said Tomasz Wielgosz of the Baltic Institute for Economic '
            "Studies.",
            "Tomasz Wielgosz",
        ),
        ("Olumide Bakare said the central bank had waited too long to act.", "Olumide Bakare"),
        (
            "Olumide Bakare, who heads research at Coastline Securities, said the central bank had waited too long.",
            "Olumide Bakare",
        ),
    ],
)
def test_a_person_the_recogniser_took_for_an_organisation(text: str, name: str, extract: Extract) -> None:
    """A name it does not know, cut in two or followed by "of the Institute" or ", who": a person (red team 32)."""
    statements = extract(text)
    assert [(s.speaker_name, s.speaker_type) for s in statements] == [(name, "person")], describe(statements)


def test_an_organisation_of_a_place_stays_an_organisation(extract: Extract) -> None:
    statements = extract("Goldman Sachs, which advised the buyer, said the deal was off.")
    assert [(s.speaker_name, s.speaker_type) for s in statements] == [("Goldman Sachs", "organization")]


def test_a_club_s_letters_keep_its_town(extract: Extract) -> None:
    """ "Dunmore RFC": the club, not "RFC" of a person called Dunmore (red team 33)."""
    statements = extract(
        "Dunmore RFC said it was “devastated” to learn of the death of its former president."
    )
    assert [(s.speaker_name, s.speaker_type) for s in statements] == [("Dunmore RFC", "organization")]


def test_he_after_a_couple_is_the_man_of_the_two(extract: Extract) -> None:
    """ "Hattie Blunt … and her partner Sam Akande": "he" is not Hattie Blunt (red team 33)."""
    statements = extract(
        "Olympic rower Hattie Blunt, 31, and her partner Sam Akande, 33, are expecting their first child in "
        "June.\n\n“We're over the moon,” said Blunt.\n\n“It was a joke,” he said. “Mostly.”"
    )
    assert [s.speaker_name for s in statements] == ["Hattie Blunt", "Sam Akande"], describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to a survey by the Chamber of Small Traders, 62% of shop owners expect sales to fall.",
            "Chamber of Small Traders",
        ),
        ("A poll by the Harwick Institute found that most voters backed the plan.", "Harwick Institute"),
    ],
)
def test_a_survey_or_a_poll_speaks_for_whoever_made_it(text: str, name: str, extract: Extract) -> None:
    """As "a report by X" does (red team 32)."""
    statements = extract(text)
    assert statements[0].speaker_name == name, describe(statements)


def test_each_country_s_general_staff_is_its_own(extract: Extract) -> None:
    """ "Kessaria's General Staff" and "Halvar's General Staff" were both "General Staff": the two
    sides' claims under one speaker (red team 47)."""
    statements = extract(
        "Kessaria's General Staff said its forces had taken the bridge. Halvar's General Staff said the "
        "attack had been repelled."
    )
    assert [s.speaker_name for s in statements] == ["Kessaria's General Staff", "Halvar's General Staff"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frenchman Luc Barre said the stage had been unfair to the sprinters.", "Luc Barre"),
        ("Swede Ebba Lind said she had never ridden a harder climb.", "Ebba Lind"),
        # a given name that is also a people's word stays the name
        ("Dane Whitlock said the stage had been unfair to the sprinters.", "Dane Whitlock"),
        # the surname later stands for the full name without the people's word (red team 190)
        ("Welshman Gareth Powell scored. “We were good,” Powell said.", "Gareth Powell"),
    ],
)
def test_a_nationality_before_a_full_name_is_no_part_of_it(text: str, name: str, extract: Extract) -> None:
    """ "Frenchman Luc Barre" was named "Frenchman Luc Barre" (red team 46)."""
    statements = extract(text)
    assert [s.speaker_name for s in statements] == [name], describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The 4th Mechanised Brigade said in a statement that it had repelled an attack near Orsk. "
            "The brigade added that two soldiers had been wounded.",
            "4th Mechanised Brigade",
        ),
        ("The 101st Airborne Division said its units had left the valley.", "101st Airborne Division"),
    ],
)
def test_a_unit_s_number_is_part_of_its_name(text: str, name: str, extract: Extract) -> None:
    """ "The 4th Mechanised Brigade" was a person called "Mechanised Brigade" (red team 47); "the
    brigade" after it names it."""
    statements = extract(text)
    assert {(s.speaker_name, s.speaker_type) for s in statements} == {(name, "organization")}, describe(
        statements
    )


@pytest.mark.parametrize(
    ("text", "speaker", "venue"),
    [
        (
            "Samir Haddouk said on Al-Nahar Plus late on Wednesday that the ceasefire would not hold.",
            "Samir Haddouk",
            "on Al-Nahar Plus",
        ),
        ("Lumora Plus said it would raise its prices in March.", "Lumora Plus", None),
    ],
)
def test_a_channel_named_plus(text: str, speaker: str, venue: str | None, extract: Extract) -> None:
    """The tagger read the "Plus" of a channel's name as a conjunction, and the statement was lost
    (red team 42)."""
    statements = extract(text)
    assert [(s.speaker_name, s.venue) for s in statements] == [(speaker, venue)], describe(statements)


def test_a_body_s_noun_as_a_surname_stays_a_person(extract: Extract) -> None:
    """ "Mr. Band" is a person: a band's noun is only a body's after "the" (a guard for "the band")."""
    statements = extract("Douglas J. Band wrote to the aide. Mr. Band asked her to call him back.")
    assert [s.speaker_name for s in statements if s.speaker == "Mr. Band"] == ["Douglas J. Band"], describe(
        statements
    )


def test_congress_is_not_a_body_named_congress_of_something(extract: Extract) -> None:
    statements = extract(
        "The American Congress of Obstetricians said the virus was dangerous. Senator Ana Ruiz said "
        "Congress had failed to act."
    )
    targets = [t for s in statements for t in s.targets if t.text == "Congress"]
    assert targets and all(t.name is None for t in targets), describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker_name"),
    [
        pytest.param(
            "Finance Minister Aurel Danek presented the spring budget on Tuesday.\n\nPhoto: Opposition leader "
            "Karel Dunst in parliament on Tuesday. (Jens Halvik/Corvane Press)\n\n“Every figure in this budget "
            "has been checked twice,” he said.",
            "Aurel Danek",
            id="a-caption-then-he",
        ),
        pytest.param(
            "Education Minister Sanna Holt toured the new school in Ostby on Tuesday.\n\nPhoto: Health Minister "
            "Petra Lund visits Kelby General Hospital. (Anya Brel/Kelby Post)\n\nThe minister said the school "
            "would open in September.",
            "Sanna Holt",
            id="a-caption-then-the-minister",
        ),
        pytest.param(
            "Mayor Hugo Voss opened the bridge on Monday.\n\nRead more: Councillor Tomas Berg quits over tram "
            "plan\n\n“This bridge belongs to everyone,” he said.",
            "Hugo Voss",
            id="a-read-more-link-then-he",
        ),
    ],
)
def test_whom_a_caption_or_a_link_names_is_no_antecedent(
    text: str, speaker_name: str | None, extract: Extract
) -> None:
    """A photo caption or a link to another story is not the article's prose (red team 80)."""
    statements = extract(text)
    assert [s.speaker_name for s in statements] == [speaker_name], describe(statements)


def test_a_ship_is_no_company(extract: Extract) -> None:
    """ "The company" is never the ship named between (red team 78): the body, or no one."""
    statements = extract(
        "Bluewake Ferries has suspended sailings on the Grell route. The MV Solace was its oldest vessel. "
        "The company said it would cooperate fully with investigators."
    )
    assert [s.speaker_name for s in statements] in ([None], ["Bluewake Ferries"]), describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bluewake Ferries, which operates the MV Solace, said sailings were suspended.", id="ferries"
        ),
        pytest.param("Redline Buses said services would resume on Monday.", id="buses"),
    ],
)
def test_a_company_named_by_a_plural_is_an_organisation(text: str, extract: Extract) -> None:
    (statement,) = extract(text)
    assert (statement.speaker_name, statement.speaker_type) == (
        " ".join(text.split()[:2]).rstrip(","),
        "organization",
    ), describe([statement])


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Captain Ines Marlow was at the controls of Flight 409. The cockpit voice recorder captured the "
            "captain saying “we have lost both engines” about forty seconds before impact.",
            "the captain",
            "we have lost both engines",
            id="a-recorder-captured",
        ),
        pytest.param(
            "Kai Brandvold remembers Lotte Aske saying that he should leave.",
            "Lotte Aske",
            "that he should leave",
            id="remembers-someone-saying",
        ),
        pytest.param(
            "Neighbours heard the man shouting “Get out!” at 2am.", "the man", "Get out!", id="heard-shouting"
        ),
    ],
)
def test_words_caught_or_remembered_are_the_speaker_s(
    text: str, speaker: str, quote: str, extract: Extract
) -> None:
    """What a recorder captured or someone remembers another saying is the other's (red teams 78, 79)."""
    statements = extract(text)
    assert [(s.speaker, s.quote) for s in statements] == [(speaker, quote)], describe(statements)


def test_a_remembered_quotation_is_not_the_rememberer_s(extract: Extract) -> None:
    """ "“…,” he remembers her saying": hers, or no one's, never his (red team 79)."""
    statements = extract(
        "Colm Dervish worked under Beatrix Mole for a decade.\n\n"
        "“Nobody reads past the third paragraph,” he remembers her saying."
    )
    assert statements and all(s.speaker_name != "Colm Dervish" for s in statements), describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker_name"),
    [
        # guards from a second review of the session's rules
        pytest.param(
            "Governor Lena Park recorded a statement saying she would not seek re-election.",
            "Lena Park",
            id="recorded-a-statement-saying",
        ),
        pytest.param(
            "Tate recalled the meeting telling reporters the deal was dead.", "Tate", id="recalled-a-thing"
        ),
        pytest.param(
            "The report cites Dana Voss, quoting her as saying the port would close.",
            "Dana Voss",
            id="cites-a-name-quoting-her",
        ),
        pytest.param(
            "Omar Reyes spoke to a local reporter. She quoted him as saying the port would close.",
            "Omar Reyes",
            id="she-quoted-him",
        ),
        pytest.param(
            "Photo: Finance Minister Ivo Sander arrives at parliament on Monday. (Kelby Post)\n\nSander told "
            "lawmakers the budget was balanced. The minister said he expected growth of 2 percent.",
            "Ivo Sander",
            id="a-caption-names-the-article-s-own-minister",
        ),
        pytest.param(
            "HMS Networks won the contract on Monday. It said the work would start in June.",
            "HMS Networks",
            id="a-company-with-a-ship-s-prefix",
        ),
    ],
)
def test_what_the_later_rules_must_leave_named(text: str, speaker_name: str, extract: Extract) -> None:
    statements = extract(text)
    assert statements and statements[-1].speaker_name == speaker_name, describe(statements)


NEAR_MISS_CASES = [
    # sentences that look like a misreading mended elsewhere and are not (a review of the change)
    # -- the second review of this session's change
    # -- the third review
    Case(
        "a-statement-from-the-mother-of-a-named-boy",
        "A spokesman read a statement from the mother of the boy, Liam Boyle: “We are devastated.”",
        "We are devastated",
        speaker_name=None,
    ),
    Case(
        "the-club-closing-its-own-signing",
        "Kelso Rovers have signed striker Ola Berg from Ashby Town, the club said.",
        "Kelso Rovers have signed striker Ola Berg",
        speaker_name="Kelso Rovers",
    ),
    Case(
        "the-union-closing-its-own-rejection",
        "The Kelso Teachers Union has rejected the offer from the Education Ministry, the union said.",
        "has rejected the offer",
        speaker_name="Kelso Teachers Union",
    ),
    Case(
        "the-company-fined-by-a-board",
        "Kelso Motors has been fined by the Kelso Trading Standards Board, the company said.",
        "Kelso Motors has been fined",
        speaker_name="Kelso Motors",
    ),
    Case(
        "the-company-closing-a-union-s-claim-about-it",
        "The Kelso Bakers Union has called a strike at Holmfirth Bakeries, the company said.",
        "The Kelso Bakers Union has called a strike",
        speaker_name="Holmfirth Bakeries",
    ),
    Case(
        "the-club-closing-a-league-s-fine",
        "The Premier League has fined Dalvik Rovers for breaching spending rules, the club said.",
        "The Premier League has fined Dalvik Rovers",
        speaker_name="Dalvik Rovers",
    ),
    Case(
        "the-airline-closing-a-regulator-s-grounding",
        "The Civil Aviation Authority has grounded Talvik Airways' fleet, the airline said.",
        "The Civil Aviation Authority has grounded",
        speaker_name="Talvik Airways",
    ),
    Case(
        "a-place-before-a-poll-is-no-pollster",
        "A New Hampshire poll showed Lind leading by four points.",
        "Lind leading by four points",
        speaker_name=None,
    ),
    Case(
        "a-campaign-for-a-hospital-is-one-name",
        "The Campaign for Kelso Hospital said the ward must stay open.",
        "the ward must stay open",
        speaker_name="Campaign for Kelso Hospital",
    ),
    Case(
        "a-statement-from-the-head-of-a-union-named-after",
        "A spokesman read a statement from the head of the union, Marta Ulk: “We will not give in.”",
        "We will not give in",
        speaker_name="Marta Ulk",
    ),
    Case(
        "an-outlet-s-scoop-is-no-correction",
        "Reuters originally reported in March that the talks had stalled.",
        "the talks had stalled",
        speaker_name="Reuters",
    ),
    Case(
        "wrongly-attributed-according-to-a-report",
        "The attack was wrongly attributed to the rebels, according to a UN report.",
        "The attack was wrongly attributed to the rebels",
        cue="according to",
    ),
    Case(
        "a-festival-s-previous-edition",
        "A previous edition of the festival, Lind said, drew 10,000 people.",
        "drew 10,000 people",
        speaker_name="Lind",
    ),
    # -- this session's review: a name's particle is no DA; a business whose name says nothing of
    # its kind is still "the company"; one speaker's points in a list; a tweet read out is its
    # sender's; a party's letters; a denial outside court; a clause heard from people described;
    # a weekday abbreviated; a weekday's own noun; a speaker's role after the object
    Case(
        "a-name-s-particle-is-no-district-attorney",
        "Luiz da Costa said the port would reopen. The prosecutor said charges would follow.",
        "charges would follow",
        speaker_name=None,
    ),
    Case(
        "the-company-is-the-buyer-whose-name-says-nothing-of-its-kind",
        "Norden Air said it would buy Talvik Airways. The company said the deal would create Europe's largest carrier.",
        "the deal would create",
        speaker_name="Norden Air",
    ),
    Case(
        "the-retailer-is-the-shop-not-the-brand-it-stopped-selling",
        "Halden Mart said it had stopped selling Brennick Foods products. The retailer said customers had complained.",
        "customers had complained",
        speaker_name="Halden Mart",
    ),
    Case(
        "a-travel-agency-is-a-company",
        "Halden Travel Agency said bookings fell. The company said it would cut staff.",
        "it would cut staff",
        speaker_name="Halden Travel Agency",
    ),
    Case(
        "he-in-a-list-of-one-speaker-s-points",
        "Highlights:\n- Finance Minister Ivo Ulk said taxes would not rise.\n- He also said pensions would be protected.",
        "pensions would be protected",
        speaker_name="Ivo Ulk",
    ),
    Case(
        "a-tweet-from-a-body-read-after-its-words",
        "“Our thoughts are with the families,” read a tweet from Talvik Airways.",
        "Our thoughts are with the families",
        speaker_name="Talvik Airways",
    ),
    Case(
        "a-party-known-by-its-letters",
        "The SSP said the vote was rigged.",
        "the vote was rigged",
        speaker_name="SSP",
        type="organization",
    ),
    Case(
        "a-denial-outside-court",
        "Senator Ray Lott denied misconduct in a statement on Tuesday.",
        "misconduct",
        speaker_name="Ray Lott",
        cue="denied",
    ),
    Case(
        "a-committee-heard-from-people-described",
        "The committee heard from residents affected by the flooding that the warnings came too late.",
        "the warnings came too late",
        speaker_name=None,
        cue="heard",
    ),
    Case(
        "an-abbreviated-wednesday-ends-no-sentence",
        "Lind said on Wed. that she would resign.",
        "she would resign",
        speaker_name="Lind",
    ),
    Case(
        "a-weekday-s-own-prayers",
        "Imam Yusuf Adan said Friday prayers would be held outdoors.",
        "Friday prayers would be held outdoors",
        speaker_name="Yusuf Adan",
    ),
    Case(
        "the-speaker-s-role-after-the-object-after-a-quoted-fragment",
        "The council “will review” the contract, the mayor, Ana Lind, said.",
        "The council “will review” the contract",
        not_also=("mayor",),
        speaker_name="Ana Lind",
    ),
    Case(
        "a-cooperative-after-a-possessive-opening-the-article",
        "The Karsk Fishermen's Cooperative said catches were down.",
        "catches were down",
        speaker_name="Karsk Fishermen's Cooperative",
    ),
    Case(
        "a-programme-named-by-its-time",
        "Ruiz will be interviewed on the 8 a.m. Today Programme, her office said.",
        "Ruiz will be interviewed on the 8 a.m. Today Programme",
    ),
    Case(
        "a-holiday-after-a-clock-time",
        "Services will resume at 11 a.m. Christmas Day, the rail operator said.",
        "Services will resume at 11 a.m. Christmas Day",
    ),
    Case(
        "a-bulletin-named-by-its-time",
        "Marr told the 7 p.m. Bulletin on Channel 9 that the talks had collapsed.",
        "that the talks had collapsed",
    ),
    Case(
        "a-channel-s-two-word-name-after-a-clock-time",
        "The debate airs at 9 p.m. Kestovia One will carry it live, the broadcaster said.",
        "Kestovia One will carry it live",
    ),
    Case(
        "a-post-office-is-a-company",
        "The Marovian Post Office said it would close 200 branches. The company said costs had risen.",
        "costs had risen",
        speaker_name="Marovian Post Office",
    ),
    Case(
        "the-supermarket-is-not-the-authority-that-fined-it",
        "The Competition Authority fined Brightmart £3m. The supermarket said it would appeal.",
        "it would appeal",
        speaker_name=None,
    ),
    Case(
        "she-after-the-economist-named-before-who-disagreed",
        "Economist Mara Lind of Tarn University reviewed the figures. The economist disagreed with the "
        "central bank. “Inflation is not falling,” she said.",
        "Inflation is not falling",
        speaker_name="Mara Lind",
    ),
    Case(
        "the-shadow-minister-is-the-shadow-one",
        "Shadow Housing Minister Paul Reeve criticised the plan. “It will fail,” the shadow minister said.",
        "It will fail",
        speaker_name="Paul Reeve",
    ),
    Case(
        "a-junior-minister-is-the-minister",
        "Paul Reeve, a junior minister in the Treasury, defended the cuts. “They are fair,” the minister said.",
        "They are fair",
        speaker_name="Paul Reeve",
    ),
    Case(
        "the-minister-is-not-a-secretary-of-state-named-after-him",
        "Kestovian Foreign Minister Ivo Marr met U.S. Secretary of State Ana Ruiz on Monday. "
        "The minister told reporters the talks were useful.",
        "the talks were useful",
        speaker_name="Ivo Marr",
    ),
    Case(
        "the-school-is-not-the-high-court",
        "The High Court ruled that Greyhaven school had acted unlawfully. The school said it would appeal.",
        "it would appeal",
        speaker_name=None,
    ),
    Case(
        "she-after-an-interview-is-the-one-interviewed",
        "Mayor Dana Kral was interviewed by Ana Ruiz of the Tarn Courier on Monday. "
        "“I did nothing wrong,” she said.",
        "I did nothing wrong",
        speaker_name="Dana Kral",
    ),
    Case(
        "a-spokesman-for-a-body-named-after-it",
        "Spokesman for the council Dan Hale said the road would reopen.",
        "the road would reopen",
        speaker_name="Dan Hale",
    ),
    Case(
        "in-the-words-of-a-lawyer-and-his-name-before-the-attribute",
        "The verdict was, in the words of the family's lawyer, Amrit Sahota, a travesty.",
        "The verdict was a travesty",
        speaker_name="Amrit Sahota",
    ),
    Case(
        "a-club-named-by-a-plural-alone",
        "Rangers said the striker had joined.",
        "the striker had joined",
        speaker_name="Rangers",
    ),
    Case(
        "the-party-is-not-the-place-before-a-party-conference",
        "Delegates at the Kestovia party conference cheered. The party said it would win.",
        "it would win",
        speaker_name=None,
    ),
    Case(
        "a-co-op-keeps-its-hyphen",
        "The Tarn Dairy Co-op said milk prices were too low.",
        "milk prices were too low",
        speaker="The Tarn Dairy Co-op",
    ),
    # -- two reviews of the change after b1933d7 (/tmp/s42/review, /tmp/s42/review2)
    Case(
        "a-job-ending-like-a-people-s-word-is-the-one-so-described",
        "Dr Ana Vell, a physician at Aldmere Hospital, treated the victims. Police chief Tomas Brek said the "
        "area was sealed. The physician said the injuries were severe.",
        "the injuries were severe",
        speaker_name="Ana Vell",
    ),
    Case(
        "the-politician-after-a-political-analyst",
        "Opposition politician Vera Lind met the political analyst Tomas Brek on Monday. “We agreed on "
        "nothing,” the politician said.",
        "We agreed on nothing",
        speaker_name="Vera Lind",
    ),
    Case(
        "a-people-s-word-not-said-of-the-one-named-last",
        "Jan Ostrov, a Kesslandic skier, won on Sunday. Austrian Tomas Brek was second. “I am happy,” the "
        "Kesslander said.",
        "I am happy",
        speaker_name=None,
    ),
    Case(
        "the-club-after-a-federation-fined-it",
        "The Kessland Football Federation fined Dynamo Vessel on Friday. The club said it would appeal.",
        "it would appeal",
        speaker_name=None,
    ),
    Case(
        "the-ngo-after-a-ministry-acted-on-it",
        "The Interior Ministry closed the offices of Green Shield. The NGO said it would appeal.",
        "it would appeal",
        speaker_name=None,
    ),
    Case(
        "the-body-after-a-bank-fined-by-an-authority",
        "Harbour Bank was fined by the Financial Conduct Authority. The body said the bank had misled savers.",
        "the bank had misled savers",
        speaker_name=None,
    ),
    Case(
        "four-word-name-after-of-keeps-its-given-name",
        "Supporters of Andrés Manuel López Obrador gathered in the square. López Obrador told them the vote "
        "had been stolen.",
        "the vote had been stolen",
        speaker_name="Andrés Manuel López Obrador",
    ),
    Case(
        "his-indictment-is-not-his-statement",
        "Marek Holt was charged on Monday. His indictment alleges that he moved the money abroad.",
        "he moved the money abroad",
        speaker_name=None,
    ),
    Case(
        "an-office-s-press-office-is-no-name",
        "The Minister for Foreign Affairs Press Office said the visit was cancelled.",
        "the visit was cancelled",
        speaker_name=None,
    ),
    Case(
        "a-company-after-of-is-no-name",
        "Chief Executive of Aldmere Grace Holdings said profits rose.",
        "profits rose",
        speaker_name=None,
    ),
    # -- a third review (/tmp/s42/review3)
    Case(
        "an-interpreter-who-speaks-is-the-speaker",
        "The court heard from the interpreter, Marta Grieg. She said the defendant had understood every question.",
        "the defendant had understood every question",
        speaker_name="Marta Grieg",
    ),
    Case(
        "she-after-a-sentence-opening-on-someone-else-s-possessive",
        "Detective Inspector Claire Holt led the search. Amira Haddad's car was found abandoned, and she said "
        "officers were searching nearby woods.",
        "officers were searching nearby woods",
        speaker_name="Claire Holt",
    ),
    Case(
        "a-weekday-before-the-verb-is-no-name",
        "The company Tuesday said it would cut 500 jobs.",
        "it would cut 500 jobs",
        speaker_name=None,
    ),
    *(
        Case(
            f"an-owner-before-an-outlet-s-noun-is-no-name-{k}", text, "the rally was full", speaker_name=None
        )
        for k, text in enumerate(
            [
                "The Trump campaign website said the rally was full.",
                "The Murdoch tabloid said the rally was full.",
                "The Communist Party newspaper said the rally was full.",
                "The Sunday newspaper said the rally was full.",
            ]
        )
    ),
    Case(
        "a-day-a-prediction-is-about-stays-in-it",
        "Officials predicted a record turnout on Sunday.",
        "a record turnout on Sunday",
    ),
    Case(
        "an-attributed-question-keeps-its-speaker",
        "Is the minister aware, Vell asked in a written question, that the hospital has closed?",
        "that the hospital has closed",
        speaker="Vell",
    ),
]


NEAR_MISS_CASES += [
    # -- a review of the thirty-eighth session's change (/tmp/s43/review1)
    *(
        Case(
            f"a-quoted-phrase-mid-sentence-then-another-speaker-{k}", text, quote, speaker_name="Kofi Mensah"
        )
        for k, (text, quote) in enumerate(
            [
                (
                    "Holm called the ruling “a travesty,” adding party chairman Kofi Mensah said he would appeal.",
                    "he would appeal",
                ),
                (
                    "The party called the result “a victory,” yet Senator Kofi Mensah said the margin was thin.",
                    "the margin was thin",
                ),
            ]
        )
    ),
    Case(
        "it-found-after-an-investigation-is-not-the-body-investigated",
        "The regulator fined Veltro after a two-year investigation. It found that the bank had misled customers.",
        "that the bank had misled customers",
        speaker_name=None,
    ),
    Case(
        "a-figure-disputed-mid-sentence-stays-in-the-claim",
        "Holm said the opposition's estimate, a figure the treasury disputes, was too high.",
        "the opposition's estimate, a figure the treasury disputes, was too high",
    ),
    # -- a second review (/tmp/s43/review2)
    Case(
        "the-bloc-is-no-company-named-before",
        "Veltro Motors met officials from the EU. The bloc said it would investigate the carmaker.",
        "it would investigate the carmaker",
        speaker_name=None,
    ),
    Case(
        "a-surname-before-and-is-no-couple-s-given-name",
        "Prime Minister Ion Toma and Ana Popescu arrived on Monday. Popescu said she was optimistic.",
        "she was optimistic",
        speaker_name="Ana Popescu",
    ),
    Case(
        "a-speech-delivered-by-a-medium-is-no-one-s",
        "A speech delivered by Zoom to the conference said the treaty was dead.",
        "the treaty was dead",
        speaker_name=None,
    ),
    Case(
        "a-set-off-name-with-an-owner-is-not-taken-whole",
        "Reuters quoted the coach, Real Madrid's Carlo Ancelotti, as saying the team was tired.",
        "the team was tired",
        speaker_name="Carlo Ancelotti",
    ),
    Case(
        "it-found-after-a-body-s-report-is-the-body",
        "The Institute for Fiscal Studies released a report on Tuesday. It found that poorer households would "
        "lose most.",
        "that poorer households would lose most",
        speaker_name="Institute for Fiscal Studies",
    ),
    Case(
        "a-firm-joined-to-a-person-stays-a-firm",
        "Wells Fargo and Maria Chen reached a settlement. She said she was relieved.",
        "she was relieved",
        speaker_name="Maria Chen",
    ),
    Case(
        "a-firm-opening-with-a-given-name",
        "Octavia Housing said rents would rise. It said costs had grown.",
        "costs had grown",
        speaker_name="Octavia Housing",
    ),
    # -- a third review (/tmp/s43/review3)
    *(
        Case(f"a-one-word-speaker-is-no-it-or-they-{k}", text, quote, speaker_name=None)
        for k, (text, quote) in enumerate(
            [
                (
                    "The union, Unite, said talks had failed. Okafor said the strike would continue. It said "
                    "members were angry.",
                    "members were angry",
                ),
                (
                    "Ashdown thanked the staff. They said he had been a great boss.",
                    "he had been a great boss",
                ),
            ]
        )
    ),
    Case(
        "a-couple-after-a-sentence-ending-in-a-name",
        "The family moved from London. Peter and Alys Granger said they were happy. Peter said the school was "
        "good.",
        "the school was good",
        speaker_name="Peter Granger",
    ),
    Case(
        "a-statement-about-a-dated-event-is-not-dated-so",
        "She said she would run in an interview ahead of the March 12 primary.",
        "she would run",
        date="2026-12-05",
        said_on=None,
    ),
    Case(
        "the-speech-of-the-one-urged-is-no-venue",
        "Tomas Reid urged the president to support Ukraine in his speech to the UN on Tuesday.",
        "the president to support Ukraine in his speech to the UN on Tuesday",
        venue=None,
    ),
    Case(
        "a-term-described-mid-sentence-keeps-the-claim",
        "The minister said the term “illegal migrant,” the phrase used in the bill, was offensive.",
        "the term “illegal migrant,” the phrase used in the bill, was offensive",
    ),
    # -- a fourth review (/tmp/s43/review4)
    Case(
        "two-people-named-in-full-are-no-couple",
        "Anna Thomas and Mark Lewis said sales had fallen. Lewis said the shop might close.",
        "the shop might close",
        speaker_name="Mark Lewis",
    ),
    Case(
        "an-address-to-the-nation-is-the-venue-of-an-urging",
        "The president urged citizens to stay home in a televised address to the nation.",
        "citizens to stay home",
        venue="in a televised address to the nation",
    ),
    Case(
        "officers met at the scene-are-no-clause-of-what-was-told".replace(" ", "-"),
        "Mr Stone told officers he met at the scene that he had been attacked.",
        "that he had been attacked",
    ),
    Case(
        "a-bombing-at-a-rally-is-where-the-bombing-was",
        "The group claimed responsibility for the bombing at a rally in Quetta.",
        "responsibility for the bombing at a rally in Quetta",
        venue=None,
    ),
    # -- a fifth review (/tmp/s43/review5)
    Case(
        "a-couple-after-a-plural-opening-the-sentence",
        "Parents Peter and Alys Granger said they were devastated. Granger said the school had failed their son.",
        "the school had failed their son",
        speaker_name="Granger",
    ),
    *(
        Case(f"told-officers-a-clause-in-the-past-{k}", text, quote, cue="told")
        for k, (text, quote) in enumerate(
            [
                ("The suspect told officers he wanted a lawyer.", "he wanted a lawyer"),
                ("He told detectives he had been shot at.", "he had been shot at"),
            ]
        )
    ),
    Case(
        "police-bailing-him-stays-in-the-solicitor-s-claim",
        "His solicitor said police had questioned him for hours and bailed him without charge.",
        "police had questioned him for hours and bailed him without charge",
    ),
    Case(
        "a-ban-announced-at-a-news-conference",
        "The minister announced a ban on plastic bags at a news conference.",
        "a ban on plastic bags",
        venue="at a news conference",
    ),
    # -- a sixth review (/tmp/s43/review6)
    Case(
        "a-club-s-ban-is-its-act-not-its-claim",
        "The club said the fans had behaved badly and banned them for life.",
        "the fans had behaved badly",
    ),
    Case(
        "a-judge-by-her-pronoun-jails-him",
        "Judge Ann Marsh heard the case. She said he had shown no remorse and jailed him for nine years.",
        "he had shown no remorse",
    ),
    Case(
        "a-fine-with-its-sum-is-the-court-s-act",
        "The magistrates said he posed a risk and fined him 500 pounds.",
        "he posed a risk",
    ),
    Case(
        "a-plural-inside-a-body-s-name-is-not-a-name-mid-sentence",
        "Pensioners said the cuts would hurt them. The National Pensioners Convention called the plan cruel.",
        "the cuts would hurt them",
        speaker_name=None,
    ),
    Case(
        "a-defence-contractor-is-a-company",
        "A defence contractor said it had found no flaws in the jets.",
        "it had found no flaws in the jets",
        type="organization",
    ),
]


@pytest.mark.parametrize("case", params(NEAR_MISS_CASES))
def test_sentences_that_only_look_like_a_misreading_keep_their_reading(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nguyễn Văn Thành, a community leader, said the group would hold a vigil. Thành said more would come.",
            ["Nguyễn Văn Thành", "Nguyễn Văn Thành"],
        ),
        ("Đỗ Thị Lan said the group would hold a vigil.", ["Đỗ Thị Lan"]),
        ("Trần Thị Hồng told the Ledger the temple would stay open.", ["Trần Thị Hồng"]),
    ],
)
def test_a_name_in_vietnamese_letters_is_read_whole(text: str, names: list[str], extract: Extract) -> None:
    """Red team 155: the tagger took "Nguyễn" for a verb and "Đỗ" for an interjection, and the
    statement or the family name was lost; the name is read in its own letters."""
    assert [s.speaker_name for s in extract(text)] == names, describe(extract(text))


def test_a_label_given_by_someone_is_theirs(extract: Extract) -> None:
    """Red team 163 (session 40): the one after "by" labelled it, not the thing labelled."""
    statements = extract('The emails, labelled "top secret" by the State Department, were released.')
    assert [(s.speaker, s.quote) for s in statements] == [("the State Department", "top secret")], describe(
        statements
    )


@pytest.mark.parametrize(
    "text",
    [
        "In a video aired by state TV, detained activist Omid Farrokh said he had received money.",
        "According to a transcript aired by state TV, detained activist Omid Farrokh said he had received money.",
    ],
)
def test_an_opening_phrase_is_no_part_of_the_role(text: str, extract: Extract) -> None:
    """Red team 185 (session 43): the parser hung the opening phrase on "detained"; the role is only
    what stands before the name after its comma."""
    statements = [s for s in extract(text) if s.cue == "said"]
    assert [(s.speaker_name, s.speaker_role) for s in statements] == [
        ("Omid Farrokh", "detained activist")
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # members of other parliaments before a name (red team 187, session 43)
        ("MPP Jasmine Ouellette said the bill was rushed.", "Jasmine Ouellette", "MPP"),
        (
            "Liberal MPP Marie-Ève Tremblay-Gagnon said the bill was rushed.",
            "Marie-Ève Tremblay-Gagnon",
            "Liberal MPP",
        ),
        ("TD Mary Byrne said the bill was rushed.", "Mary Byrne", "TD"),
        # (not MNA: a news agency's letters too, red team 194)
        ("SDLP MLA Bronagh Ní Chathail said the bill was rushed.", "Bronagh Ní Chathail", "SDLP MLA"),
        # an Irish given name the tagger read as a plural noun
        ("Seán Ó Briain told reporters the bill was rushed.", "Seán Ó Briain", None),
    ],
)
def test_a_member_of_a_parliament_and_an_irish_name(
    text: str, name: str, role: str | None, extract: Extract
) -> None:
    statements = extract(text)
    assert [(s.speaker_name, s.speaker_role, s.speaker_type) for s in statements] == [
        (name, role, "person")
    ], describe(statements)


@pytest.mark.xfail(
    strict=True,
    reason="a bank's short name is its first word, but so is a place's or a person's ('China' of 'China "
    "Telecom', 'Commonwealth' of 'Commonwealth Bank', 'Trump' of 'Trump Media'): taking it named countries "
    "and people after companies (review 3 of session 43)",
)
def test_a_bank_by_its_short_name(extract: Extract) -> None:
    statements = extract(
        "Orbis Bank said it would close 48 branches.\n\nOrbis said it would keep one branch in every town."
    )
    assert [s.speaker_name for s in statements] == ["Orbis Bank", "Orbis Bank"], describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ray Castellano — speaking to reporters on Monday — said the race was tight.", "Ray Castellano"),
        ("Ray Castellano, speaking to reporters on Monday, said the race was tight.", "Ray Castellano"),
    ],
)
def test_a_participle_set_off_by_dashes_is_no_part_of_the_speaker(
    text: str, speaker: str, extract: Extract
) -> None:
    """Red team 193 (session 43): as one set off by commas."""
    statements = extract(text)
    assert [(s.speaker, s.speaker_name) for s in statements] == [(speaker, speaker)], describe(statements)


@pytest.mark.xfail(
    strict=True,
    reason="MNA is a title before a name in Quebec and Pakistani copy ('Liberal MNA Marie Tremblay'), so "
    "an agency of those letters quoting someone reads as a member with no name (review 7 of session 43)",
)
def test_an_agency_by_its_letters_relays_the_words(extract: Extract) -> None:
    """Red team 194 (session 43): "MNA" is the agency that quoted the president, not a member of a
    national assembly."""
    statements = extract("MNA quoted President Dana Varek as saying the opposition “will fail.”")
    assert [(s.speaker_name, s.speaker_type) for s in statements] == [
        ("MNA", "organization"),
        ("Dana Varek", "person"),
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Liberal MNA Marie Tremblay said the bill would hurt small businesses.", "Marie Tremblay"),
        # review 7 of session 43: an office before a name is not another holder's, with a place after it
        ("Tom Hart of Georgia Tech lost to Nika Beridze in the final. “It hurt,” said the Georgian.", None),
    ],
)
def test_review_7_speakers(text: str, name: str | None, extract: Extract) -> None:
    statements = extract(text)
    assert statements and statements[-1].speaker_name == name, describe(statements)
