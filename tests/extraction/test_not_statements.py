"""Quote marks that do not mark anybody's words: scare quotes, titles, names, terms, source-less headlines."""

from __future__ import annotations

import pytest

from .spec import Extract, assert_no_statement_with, describe, with_quote

NOT_STATEMENTS = [
    # an offence as the charge names it (red team 31)
    pytest.param(
        "Mr Lowry was found guilty of “causing death by dangerous driving”.",
        "causing death by dangerous driving",
        id="guilty-of-a-quoted-offence",
    ),
    pytest.param(
        "He was convicted of “assault occasioning actual bodily harm” in 2019.",
        "assault occasioning actual bodily harm",
        id="convicted-of-a-quoted-offence",
    ),
    pytest.param(
        "Trade Minister Omar Saleh welcomed the “Friendship Express” at Kesh station on Tuesday.",
        "Friendship Express",
        id="welcomed-a-quoted-name",
    ),
    pytest.param(
        "The government’s “reform” has divided the country like nothing since 1998.",
        "reform",
        id="scare-quote",
    ),
    pytest.param(
        "Police dispersed the so-called “Front” within an hour on Saturday.", "Front", id="so-called"
    ),
    pytest.param(
        "Critics of the so-called “reform” gathered outside the Parliament building.",
        "reform",
        id="so-called-reform",
    ),
    pytest.param(
        "Tovek’s memoir, “The Long Road to Dravin”, sold out within a week of its release.",
        "The Long Road to Dravin",
        id="book-title",
    ),
    pytest.param(
        "Police halted a screening of the documentary “Salt and Iron” at a cinema in Corvel.",
        "Salt and Iron",
        id="film-title",
    ),
    pytest.param(
        "The crowd sang “Rivers of Kestovia” as the sun went down over the harbour.",
        "Rivers of Kestovia",
        id="song-title",
    ),
    pytest.param(
        "Horizon One’s late bulletin, “The Night Desk”, is watched in thousands of homes.",
        "The Night Desk",
        id="programme-title",
    ),
    pytest.param(
        "Lasken, known in the ministry as “the Locksmith”, flew to Port Selm on Saturday.",
        "the Locksmith",
        id="nickname",
    ),
    pytest.param("The word “order” appears forty-three times in the bill.", "order", id="quoted-term"),
    pytest.param(
        "The cargo ship “Northern Star” was held outside the harbour for two days.",
        "Northern Star",
        id="ship-name",
    ),
    pytest.param(
        "Her memoir, “A Window in the Wall”, sold out within a week of its release.",
        "A Window in the Wall",
        id="title-set-off-by-commas",
    ),
    pytest.param(
        "Police used what they call “kettling” to hold the crowd on the bridge.", "kettling", id="named-term"
    ),
    pytest.param(
        "The “Public Order Reform” takes effect on Monday in every region except Ulmara.",
        "Public Order Reform",
        id="law-name",
    ),
    pytest.param(
        "Port Selm counts the cost of a “peaceful” march\n\n"
        "PORT SELM – Shopkeepers on Harbour Road swept up broken glass on Saturday.",
        "peaceful",
        id="headline-scare-quote",
    ),
    pytest.param(
        "‘Declaration of war’: how one phrase split Kestovia\n\n"
        "DRAVIN – The bill goes to Parliament on Tuesday.",
        "eclaration of war",
        id="headline-quoted-phrase-no-source",
    ),
    # after the colon a verb that says nothing, whose subject is not the quotation's speaker (red team 49)
    pytest.param(
        "‘Enough is enough’: villagers fight back against quarry plan\n\n"
        "LOWER BRINDLE – Residents plan to block the lorries on Monday.",
        "Enough is enough",
        id="headline-quote-before-a-verb-of-doing",
    ),
]

NOTHING_TO_REPORT = [
    # an interview not given (red team 153; PolNeAR marks these, three on train)
    pytest.param("The vice-chancellor declined to be interviewed.", id="declined-to-be-interviewed"),
    pytest.param("The vice-chancellor declined an interview request.", id="declined-an-interview-request"),
    pytest.param("The mayor declined requests for an interview.", id="declined-requests-for-an-interview"),
    # a parting, a tally, a billing (red teams 147-149; session 39)
    pytest.param("Drivers said goodbye.", id="said-goodbye"),
    pytest.param("‘Yes’, said 52 per cent of voters.", id="a-poll-s-answer-before-a-share"),
    # a review of session 40: shares and tallies in other styles
    pytest.param("‘Yes’, said 52pc of voters.", id="a-poll-s-answer-before-a-share-in-pc"),
    pytest.param("‘No’, said two-thirds of members.", id="a-poll-s-answer-before-a-share-in-words"),
    pytest.param("‘Enough’, said one in three parents.", id="a-poll-s-answer-before-one-in-three"),
    pytest.param("‘Aye’, said 310 MPs.", id="a-vote-s-tally-after-said"),
    # red team 162 (session 40): asking for anonymity is no statement (the speaker's own is kept)
    pytest.param("A nurse, who asked to remain anonymous, arrived.", id="who-asked-to-remain-anonymous"),
    pytest.param(
        "The patient, who asked to be identified only as Sarah, arrived.",
        id="who-asked-to-be-identified-only-as",
    ),
    # red teams 163 and 166 (session 40): what a participle names is not its namer
    pytest.param(
        'The law, dubbed the "foreign agents" bill, bars foreign observers.', id="a-law-dubbed-a-bill"
    ),
    pytest.param(
        'The unit, dubbed the "Ghost Battalion", has fought in Velna.', id="a-unit-dubbed-a-nickname"
    ),
    # red teams 167 and 169 (session 40): a charge's name, a search's words
    pytest.param(
        'Harlan faces charges of "conspiracy to defraud the United States."', id="charges-of-a-quoted-offence"
    ),
    pytest.param('Searches for "how to delete my account" jumped.', id="searches-for-quoted-words"),
    pytest.param("MPs were told off by the Speaker for heckling.", id="members-told-off"),
    pytest.param(
        "The chamber was told to shelter in place as protesters breached the doors.", id="told-to-shelter"
    ),
    pytest.param("The assembly was told to take cover as shots were heard outside.", id="told-to-take-cover"),
    pytest.param(
        "The assembly was told to prepare to leave the hall.", id="a-school-assembly-told-to-prepare"
    ),
    pytest.param(
        "The assembly was told to disperse by police after the rally.", id="an-assembly-told-to-disperse"
    ),
    # red teams 172 and 173 (session 41): a bill clearing a chamber, a state put in force
    pytest.param("The bill passed the Senate.", id="a-bill-passed-the-senate"),
    pytest.param("The legislation passed the House over veto threats.", id="legislation-passed-the-house"),
    pytest.param("The government declared a drought in three states.", id="declared-a-drought"),
    pytest.param("The governor declared a state of emergency on Monday.", id="declared-a-state-of-emergency"),
    pytest.param("Two mining companies declared bankruptcy last year.", id="declared-bankruptcy"),
    # red team 181 (session 42): an event's listing, a label and a name
    pytest.param("Speaker: Dana Varek.", id="a-listing-s-speaker-and-a-name"),
    # review 4 of session 42: a debt signed; a label and a dash
    pytest.param("He signed a promissory note for $2 million.", id="signed-a-promissory-note"),
    pytest.param("The board was told to resign.", id="a-board-told-to-resign"),
    pytest.param("The cabinet was informed of the decision.", id="a-cabinet-informed-of-a-decision"),
    # review 6 of session 42: a label before a colon and a dash; a call-out to readers
    pytest.param(
        "New fares announced:- Adults £2, children £1.",
        id="a-label-before-a-colon-and-a-dash",
    ),
    # review 1 of session 43: a listing's labels, with ":-" or ":"
    pytest.param("Result announced:- PTI wins seat.", id="a-result-announced"),
    pytest.param("Results announced: PTI wins seat.", id="results-announced-before-a-colon"),
    pytest.param("Merit list announced:- Ali Raza tops with 1,089 marks.", id="a-merit-list-announced"),
    pytest.param("Dividend announced:- Rs 5 per share.", id="a-dividend-announced"),
    pytest.param("Questions asked:- Why was the road closed?", id="questions-asked"),
    # red team 187 (session 43): criticism taken is others' words, not the one criticised
    pytest.param("Mr Dutton copped criticism over his “captain's pick”.", id="copped-criticism"),
    pytest.param("The minister faced criticism over her “war on waste”.", id="faced-criticism"),
    pytest.param("Mr Dutton drew flak for his “captain's pick”.", id="drew-flak"),
    # review 3 of session 43: a listing's labels in title case, or with a quoted name after them
    pytest.param("Matric Result Announced: 92 percent students pass.", id="a-title-case-result-announced"),
    pytest.param(
        "PSL Schedule Announced: Opening match on February 13.", id="a-title-case-schedule-announced"
    ),
    pytest.param("Winner announced: “The Lighthouse” takes top prize.", id="a-winner-announced"),
    pytest.param(
        "The firm did not respond to requests for an interview.", id="no-response-to-an-interview-request"
    ),
    pytest.param("The firm did not answer questions about the loan.", id="questions-not-answered"),
    # review 2 of session 43: a board written to
    pytest.param(
        "The health board was told in a letter from the minister that its budget would be cut.",
        id="a-board-told-in-a-letter",
    ),
    # review 7 of session 42: a council told by letter; an audience by its party
    pytest.param(
        "Westfield Council were told that their application had been rejected.",
        id="a-council-told-their-appeal",
    ),
    pytest.param("Parents: tell us whether your school has closed.", id="a-call-out-to-readers"),
    # review 5 of session 42: a council told by letter or ruling
    pytest.param(
        "Westfield Council was told that its bid for levelling-up funding had failed.",
        id="a-council-told-by-letter",
    ),
    # red teams 174 and 175 (session 41): a sum added, a product recalled, a recall ordered
    pytest.param(
        "The cap will rise by 6.4%, adding about £110 to a typical bill.", id="adding-a-sum-to-a-bill"
    ),
    pytest.param("Harbury's has recalled its hummus.", id="recalled-its-hummus"),
    pytest.param("Halvard Motors recalled 40,000 cars.", id="recalled-cars"),
    pytest.param("The regulator has ordered a recall of the sleeping bags.", id="ordered-a-recall"),
    # red team 179 (session 42): a court's or an official's orders
    pytest.param("The court ordered the seizure of its assets.", id="ordered-a-seizure"),
    pytest.param("The judge ordered the release of the two men.", id="ordered-a-release"),
    pytest.param("The minister ordered the arrest of the protest leaders.", id="ordered-an-arrest"),
    # review 3 of session 42: a decision, no one's words; a list of player ratings
    pytest.param(
        "The board met on Tuesday. It was decided that the chief executive would step down.",
        id="it-was-decided",
    ),
    pytest.param(
        "Match ratings\nSam Kerr: Two goals and a hat-trick of assists.\nJo Potter: Solid at the back.\n"
        "Sam Kerr: Substituted in the 80th minute.",
        id="player-ratings-under-names-of-either-sex",
    ),
    # review 1 of session 42: a company's recall, a recall for a fault, players, members and troops
    # called back to somewhere or from a break
    pytest.param("Toyota has recalled the Corolla over a brake fault.", id="recalled-a-model-over-a-fault"),
    pytest.param("Tyson Foods recalled ground beef sold at Walmart stores.", id="a-company-recalled-beef"),
    pytest.param("The firm recalled all of its products on Friday.", id="the-firm-recalled-its-products"),
    pytest.param("Southgate has recalled Kane to the England squad.", id="recalled-a-player-to-the-squad"),
    pytest.param("The speaker recalled MPs from their summer break.", id="recalled-members-from-a-break"),
    pytest.param("Russia recalled reservists to active duty.", id="recalled-reservists-to-duty"),
    pytest.param(
        "England recalled Stokes for the third Test against India.", id="recalled-a-player-for-a-test"
    ),
    # a sixteenth review of session 41: a recall "as a result of" an outbreak
    pytest.param(
        "Supermarkets recalled their sandwiches as a result of a listeria outbreak.",
        id="recalled-as-a-result",
    ),
    # a fourteenth review of session 41: a recall "as a matter of precaution"
    pytest.param(
        "The brewers recalled their ales as a matter of precaution.", id="recalled-as-a-matter-of-precaution"
    ),
    # a twelfth review of session 41: a recall "as a precautionary measure"
    pytest.param(
        "The two firms recalled their baby monitors as a precautionary measure.", id="recalled-as-a-measure"
    ),
    # a tenth review of session 41: a recall "as a precaution"; a singular product
    pytest.param(
        "The two firms recalled their baby monitors as a precaution.", id="recalled-as-a-precaution"
    ),
    pytest.param(
        "Several retailers recalled their own-brand hummus on Tuesday.",
        id="recalled-their-hummus",
    ),
    # an eighth review of session 41: a product named between dashes; firms' products
    pytest.param(
        "Tesco recalled its hummus — “Harbury’s Classic” — over salmonella fears.",
        id="recalled-a-product-between-dashes",
    ),
    pytest.param(
        "Several retailers recalled their baby monitors over fire fears.",
        id="retailers-recalled-their-monitors",
    ),
    # a sixth review of session 41: a brand or a scare quote in what was recalled or ordered; a nickname
    pytest.param('Helix recalled its "Blaze" kettles after reports of fires.', id="recalled-a-quoted-brand"),
    pytest.param(
        'The minister ordered a review of the so-called "Rwanda plan".',
        id="ordered-a-review-of-a-quoted-plan",
    ),
    pytest.param(
        'The prison houses the "Yorkshire Ripper," confessed murderer Peter Stone.',
        id="a-nickname-then-confessed",
    ),
    # a second review of session 41: more states declared, more moves ordered
    pytest.param("Police declared a major incident on Tuesday.", id="declared-a-major-incident"),
    pytest.param("The army declared martial law.", id="declared-martial-law"),
    pytest.param("The rebels declared a ceasefire.", id="declared-a-ceasefire"),
    pytest.param("Senators were told to proceed to the basement.", id="members-told-to-proceed"),
    pytest.param("The chamber was told to lie down on the floor.", id="told-to-lie-down"),
    # a third review of session 41: a possessive's mark is no quotation; literal moves for members
    pytest.param(
        "The council declared a drought in the farmers' heartland.", id="declared-in-the-farmers-land"
    ),
    pytest.param(
        "The governor declared a state of emergency across the islands’ 12 districts.",
        id="declared-across-the-islands-districts",
    ),
    pytest.param(
        'The mayor, who was dubbed "Mr Flood" by locals, declared a state of emergency.',
        id="declared-by-a-mayor-nicknamed",
    ),
    pytest.param("MPs were told to leave at once.", id="members-told-to-leave-at-once"),
    pytest.param("Senators were told to stay away from the windows.", id="members-told-to-keep-from-windows"),
    pytest.param("MPs were told to sit down.", id="members-told-to-sit-down"),
    pytest.param("Lawmakers were told to gather in the cafeteria.", id="members-told-to-gather"),
    # a first review of session 41: literal moves, and members told to make them
    pytest.param("The chamber was told to be seated.", id="told-to-be-seated"),
    pytest.param(
        "The assembly was told to return to the chamber by 3pm after the fire alarm.",
        id="told-to-return-to-the-chamber",
    ),
    pytest.param("MPs were told to leave the building immediately.", id="members-told-to-leave"),
    pytest.param("Senators were told to shelter in place during the lockdown.", id="members-told-to-shelter"),
    pytest.param(
        "Lawmakers were told to take cover on the floor of the House.", id="members-told-to-take-cover"
    ),
    # a fourth review of session 40
    pytest.param(
        "A resident, who asked to be allowed to remain anonymous, arrived.",
        id="asked-to-be-allowed-to-remain-anonymous",
    ),
    # a third review of session 40
    pytest.param("Hale pointed to the spot where the body was found.", id="pointed-to-the-spot-where"),
    pytest.param(
        "‘Ulysses’, the novel James Joyce wrote in Paris.", id="a-title-and-the-novel-its-author-wrote"
    ),
    # red teams 161-168 (session 40): acts of the day's news, with an object that is no one's words
    pytest.param("The judge denied bail.", id="a-judge-denied-bail"),
    pytest.param("Judge Abernathy denied the motion on Monday.", id="a-judge-denied-a-motion"),
    pytest.param("The Supreme Court declined to hear the case.", id="a-court-declined-to-hear-a-case"),
    pytest.param("Arslan cast his vote in Ankara. Turnout was high.", id="a-candidate-cast-his-vote"),
    pytest.param(
        "Detectives have released a CCTV image of a man they want to speak to in connection with the burglary.",
        id="a-cctv-image-released",
    ),
    pytest.param("Officers have issued a description of the suspect.", id="a-description-issued"),
    pytest.param("Troops fired tear gas and warning shots at the crowd.", id="warning-shots-fired"),
    pytest.param("Referee Paul Maddox pointed to the spot.", id="a-referee-pointed-to-the-spot"),
    pytest.param("The road has seen a rise in crashes.", id="a-road-has-seen-a-rise"),
    # a review of session 40: a term after padding (scraped HTML) does not open its sentence
    pytest.param("Words like" + " " * 45 + "‘maybe’, he told reporters.", id="a-term-after-many-spaces"),
    pytest.param(
        "Storm Gerrit, the seventh named storm, promised more heavy rain on Tuesday.",
        id="a-storm-described-as-a-storm",
    ),
    pytest.param(
        "Heavy rain is forecast. Storm Agnes, a deep low, warned of floods.", id="a-storm-described-as-a-low"
    ),
    pytest.param(
        "Heavy rain is forecast. Storm Agnes, which hit Devon on Monday, warned of floods.",
        id="a-storm-described-by-what-it-did",
    ),
    pytest.param(
        "Heavy rain is forecast. Storm Agnes, expected to bring 80mph gusts, closed the Severn Bridge.",
        id="a-storm-described-by-what-is-forecast",
    ),
    pytest.param(
        "Storm Agnes, predicted to be the worst this year, is expected to bring heavy rain.",
        id="a-storm-predicted-to-be-the-worst",
    ),
    pytest.param(
        "The slogan ‘Free Alaa’, chanted by thousands, filled the square.", id="a-slogan-chanted-by-a-crowd"
    ),
    pytest.param(
        "The ‘Fair Deal’, proposed last year by the union, was rejected.", id="a-deal-proposed-by-a-union"
    ),
    pytest.param(
        "‘Partygate’, reported first by ITV, ended a premiership.", id="a-name-reported-first-by-a-channel"
    ),
    pytest.param("Strikers said farewell to the depot.", id="said-farewell-to"),
    pytest.param("All told, 312 homes were destroyed.", id="all-told-is-in-all"),
    pytest.param("It was billed as “the biggest derby in a generation”.", id="billed-as-a-long-name"),
    # a labelled headline about what was said (red team 80)
    pytest.param("Q&A: What the mayor said about the budget", id="a-q-and-a-headline"),
    pytest.param("FACT CHECK: What Voss said about crime", id="a-fact-check-headline"),
    # a fact check's boxes and a storm's headline (red teams 73, 76)
    pytest.param("Verdict: Misleading. The senator's figures leave out inflation.", id="a-verdict-box"),
    pytest.param("Verdict: “Misleading.”", id="a-quoted-verdict"),
    pytest.param("Storm Idris: what we know so far", id="a-storm-s-headline"),
    # orders and warrants issued, warnings for an area (red team 73)
    pytest.param(
        "The county issued a mandatory evacuation order for Kell Point on Tuesday.", id="an-evacuation-order"
    ),
    pytest.param("A judge issued an arrest warrant for Varek.", id="an-arrest-warrant"),
    pytest.param("The Met service issued a red warning for the Dunmere coast.", id="a-warning-for-an-area"),
    # people told or asked to do something, then doing something else (red team 73)
    pytest.param(
        "About 15,000 residents told to evacuate spent the night in school gyms.", id="residents-told-to"
    ),
    pytest.param("Ellis conceded on X shortly after midnight.", id="conceded-on-a-platform"),
    # a work released, its title in quotation marks (red team 70)
    pytest.param(
        "Singer Nia Poll released her new single, “Say It Slow,” on Friday.", id="released-a-single"
    ),
    pytest.param("The Lanterns released their third album, “Low Tide”, in May.", id="released-an-album"),
    pytest.param("“Say It Slow,” her new single, was released on Friday.", id="a-single-s-title-first"),
    # guards from a review of the session's rules
    pytest.param("Police arrested a man accusing his neighbour of theft on Monday.", id="a-man-accusing"),
    pytest.param("“We grew too fast,” Quillform chief executive officer", id="a-role-running-to-the-end"),
    # a response drawn, a count of votes, a flag's slogan (red teams 50, 56)
    pytest.param("The campaign drew thousands to the central square on Sunday.", id="drew-a-crowd"),
    pytest.param("The plan drew criticism from election observers.", id="drew-criticism"),
    pytest.param("The bill passed 212 to 190 on Thursday.", id="a-bill-passed-by-a-count"),
    pytest.param("The Senate voted 51-49 on Tuesday.", id="voted-by-a-count"),
    pytest.param("The bill passed 212 to 190.", id="a-bill-passed-by-a-count-at-the-end"),
    # the reporter's request for comment (red team 58)
    pytest.param(
        "The Harwick Ledger asked the Ministry of Housing for comment on Tuesday.",
        id="asked-a-body-for-comment",
    ),
    pytest.param(
        "I asked Governor Hal Prentiss's office for comment.", id="asked-someone-s-office-for-comment"
    ),
    # the side a witness or a judge took, not what they said (red team 59)
    pytest.param("Ilse Varga testified against her former husband in 2019.", id="testified-against-someone"),
    pytest.param("Maria Solheim, 29, testified for the prosecution on Tuesday.", id="testified-for-a-side"),
    pytest.param(
        "The clerk read out the title of the bill, “An Act to Reform the Upper Chamber”, to loud jeers.",
        id="a-title-read-out",
    ),
    pytest.param(
        "Supporters waved flags reading “Menko Forever” as the results came in.", id="waved-flags-reading"
    ),
    # a banner's slogan and what was chanted, by its kind (red team 142)
    pytest.param(
        "Activists unfurled a banner reading “1.5 is not negotiable” in the main hall.",
        id="unfurled-a-banner-reading",
    ),
    pytest.param(
        "Activists held a banner reading “1.5 is not negotiable” in the main hall.",
        id="held-a-banner-reading",
    ),
    pytest.param("Protesters outside chanted slogans against the summit.", id="chanted-slogans"),
    pytest.param(
        "Varnia votes: “A historic night” for the Greens\n\nThe Green Party won 31 percent of the vote.",
        id="headline-quote-after-a-place-and-a-verb",
    ),
    # whom someone told is not what they told
    pytest.param("Varek told reporters on Monday.", id="told-reporters"),
    pytest.param("Speaking in Dravin, the minister told us on Monday.", id="told-us"),
    pytest.param("The spokeswoman told the Kesh Courier on Thursday.", id="told-a-paper"),
    pytest.param("In other words, the plan is a recipe for ruin.", id="in-other-words-is-no-one-s"),
    pytest.param(
        "The speech can be summed up in the very words of Dana Kral.", id="can-be-summed-up-in-the-words-of"
    ),
    pytest.param("Chaos, in Kral's words, everywhere.", id="in-someone-s-words-with-no-verb"),
    pytest.param(
        "Temperatures are expected to reach 38C in Port Essen on Sunday, with storms forecast for the evening.",
        id="with-storms-forecast-the-storms-say-nothing",
    ),
    pytest.param("Few shopkeepers in the capital would say so on the record.", id="would-say-so"),
    pytest.param(
        "It is not known what Interior Minister Anton Lisle told the envoy during their hour-long meeting.",
        id="whom-someone-told-is-not-what",
    ),
    pytest.param(
        "Defence barrister Noor Kassam spent two hours questioning the detective, Sergeant Colin Ward.",
        id="whom-someone-questioned-is-not-what",
    ),
    pytest.param(
        "The word “martyr” appears 14 times in the new history textbook for 12-year-olds.",
        id="a-word-that-appears-says-nothing",
    ),
    pytest.param(
        # the words on the T-shirts are never the wearers' (see test_direct for the T-shirts' own)
        "Supporters wore T-shirts saying “Kessaria first” outside the court.",
        id="wearing-t-shirts-saying-is-not-the-wearers-statement",
    ),
    pytest.param(
        "Oil Minister Javad Namvar signed the decree on Monday in Dravin.", id="signing-a-decree-is-an-act"
    ),
    # A verdict or a judge's authorship is a finding or an act, not words reported.
    pytest.param(
        "The jury found Kestel guilty on all counts after two days of deliberation.", id="a-verdict-guilty"
    ),
    pytest.param("The court found the port authority liable for the losses.", id="a-verdict-liable"),
    pytest.param(
        "The Supreme Court of Estravia upheld the ban on Monday. Chief Justice Ilan Marek wrote the "
        "majority opinion.",
        id="writing-the-majority-opinion",
    ),
    pytest.param(
        "If they say the quay is safe, the dockers will return on Monday.", id="a-supposition-if-they-say"
    ),
    pytest.param(
        "Had the judge said “guilty”, the crowd outside would have rioted.",
        id="a-supposition-had-the-judge-said",
    ),
    pytest.param(
        "Had the minister said that the army would intervene, the talks would have collapsed.",
        id="a-supposition-had-he-said-that",
    ),
    pytest.param(
        "Parliament braces for reform vote\n\n"
        "DRAVIN – Deputies will vote on the Public Order Reform on Thursday after nine hours of debate.",
        id="headline-and-narrative",
    ),
    pytest.param("The said property was seized by the court in Corvel on Tuesday.", id="said-as-adjective"),
    pytest.param(
        "What the minister says matters less than ever\n\nThe port strike entered its third week.",
        id="headline-says-inside-a-clausal-subject",
    ),
    pytest.param(
        "Three buses burned on Harbour Road. Police closed the Corn Bridge at nine.", id="plain-narrative"
    ),
    pytest.param(
        "Kestovia Today – Dravin – Weather: 27°C – Subscribe to the print edition", id="boilerplate-line"
    ),
    # The act of saying, or what was not said, is not a statement.
    pytest.param("The Interior Ministry issued a statement on Friday evening.", id="issued-a-statement"),
    pytest.param("Ms Tovek gave an interview to the Dravin Observer on Sunday.", id="gave-an-interview"),
    pytest.param("Lasken did not say when the curfew would end.", id="did-not-say-when"),
    pytest.param(
        "The National Liberation Front has not said whether it will attend.", id="has-not-said-whether"
    ),
    pytest.param("Through a spokesman, Lasken declined to comment.", id="declined-to-comment"),
    pytest.param("The harbour board chairman refused to confirm the figure.", id="refused-to-confirm"),
    pytest.param("The ministry declined to disclose the cost of the new cranes.", id="declined-to-disclose"),
    pytest.param("The dockworker asked that her name be withheld.", id="asked-that-her-name-be-withheld"),
    pytest.param("The student asked that her surname not be used.", id="asked-that-her-surname-not-be-used"),
    pytest.param(
        "One detainee asked to be identified only by his first name.",
        id="asked-to-be-identified-by-his-first-name",
    ),
    pytest.param("The witness asked not to be named.", id="asked-not-to-be-named"),
    pytest.param(
        "Known to regulars as “the Professor,” Gil Amos has tended bar at the Copper Kettle for 31 years.",
        id="a-nickname-before-the-name",
    ),
    pytest.param("The spokesperson declined to be named.", id="declined-to-be-named"),
    pytest.param(
        "Varek: the making of a minister\n\nDana Varek grew up above a bakery in Dravin.",
        id="a-profile-s-title-after-a-name",
    ),
    pytest.param("A guard, who refused to be identified, stood at the gate.", id="refused-to-be-identified"),
    pytest.param("Lasken called the police when the crowd reached the bridge.", id="called-the-police"),
    pytest.param("Lasken did not comment on the talks.", id="did-not-comment-on"),
    # What someone is said not to have said, or is asked to say, is not theirs.
    pytest.param("Port Minister Ivo Baran never said the strike was illegal.", id="never-said-a-clause"),
    pytest.param("Lasken did not call the march “a riot”.", id="did-not-call-it"),
    pytest.param("The army spokesman never called the takeover a coup.", id="never-called-it-a-name"),
    pytest.param("Not once did the minister say the ceasefire had failed.", id="not-once-did-say"),
    pytest.param("Lasken never said the port had been sold.", id="never-said-a-perfect"),
    pytest.param(
        "Can the Prime Minister tell the House why waiting lists have doubled in Northfield?",
        id="can-the-minister-tell",
    ),
    pytest.param("Will the Chancellor now admit that the budget has failed?", id="will-the-chancellor-admit"),
    pytest.param("Lasken said nothing about the talks.", id="said-nothing-about"),
    pytest.param("Varek has said little about the leak.", id="has-said-little-about"),
    # A plea in a court report: the offence a defendant denies or admits is no statement (red team 115).
    pytest.param("Dawn Keeley, 41, of Mill Road, Tollbridge, denies murder.", id="denies-murder"),
    pytest.param("Tobias Reane denies “coercive and controlling behaviour”.", id="denies-a-quoted-offence"),
    pytest.param(
        "He admitted causing death by dangerous driving at Calder Crown Court.", id="admitted-causing-death"
    ),
    pytest.param("Ellis admitted affray but denies wounding with intent.", id="admitted-one-denies-another"),
    pytest.param("Corran denies two counts of fraud.", id="denies-counts-of-fraud"),
    pytest.param("Hale pleaded the Fifth.", id="pleaded-the-fifth"),
    pytest.param("Prime Minister Kolt called an election for May.", id="called-an-election-for-a-month"),
    pytest.param("Tovek called the vote for Tuesday.", id="called-the-vote-for-a-day"),
    pytest.param("The council called an emergency session for Wednesday.", id="called-a-session-for-a-day"),
    pytest.param("Lasken called the harbour police on Monday.", id="called-the-police-on-a-day"),
    # How things look to the reporter: the subject of "seems" is what the view is about, not a speaker.
    pytest.param("Both objections seem to carry little weight with the deputies.", id="objections-seem"),
    pytest.param("Prime Minister Kolt appeared to be losing patience with the port.", id="minister-appeared"),
    pytest.param("The statistics appear to have been fabricated.", id="statistics-appear"),
    pytest.param(
        "Breaking: curfew ends Sunday\n\nThe Interior Ministry lifted the curfew in Port Selm.",
        id="label-headline",
    ),
    pytest.param(
        "Iran: opposition leader detained in capital\n\nTEHRAN -- Police detained the leader on Friday.",
        id="country-label-headline",
    ),
    pytest.param(
        "Obituary: Teodor Brisk, 1950-2024\n\nTeodor Brisk, the harbour pilot, died in Corvel on Sunday.",
        id="obituary-headline",
    ),
    # Being, going, taking, starting: a subject and a verb are not yet a statement.
    pytest.param("The candidates took questions from dockers at the forum in Dravin.", id="took-questions"),
    pytest.param("Harlan went hiking in the hills above Dravin that summer.", id="went-hiking"),
    pytest.param("Those are numbers any docker in Port Selm can understand.", id="those-are-numbers"),
    pytest.param("The question is how the council will pay for the new cranes.", id="the-question-is"),
    pytest.param("Ms Orlan began raising money for a clinic in Corvel.", id="began-raising-money"),
    # Verbs the news often uses for speech, in idioms that say nothing.
    pytest.param("His office referred questions to the ministry.", id="referred-questions"),
    pytest.param("The bill passed its second reading by 94 votes to 71.", id="bill-passed-a-reading"),
    pytest.param("The deputy speaker called the House to order.", id="called-to-order"),
    pytest.param("The crowd did not believe him.", id="did-not-believe-him"),
    pytest.param(
        "The president of Ostravia, Milena Dragović, addressed the nation.", id="addressed-the-nation"
    ),
    # A subject that denies anyone spoke.
    pytest.param(
        "Neither the minister nor his deputy said whether they would resign.", id="neither-nor-said"
    ),
    pytest.param("None of the ministers said when the budget would be ready.", id="none-of-them-said"),
    pytest.param("No official would say when the port would reopen.", id="no-official-would-say"),
    # Showing or posting a picture, a film or a book is not saying what is in it.
    pytest.param("The ruling party posted a clip of the address on Facebook.", id="posted-a-clip"),
    pytest.param(
        "The activists projected the documentary “Streets of Ash” onto the ministry wall.",
        id="projected-a-documentary",
    ),
    pytest.param(
        "State television on Friday aired a documentary titled “The Sedition Unmasked”.",
        id="aired-a-documentary",
    ),
    pytest.param("The programme also showed the book “Dawn Will Come”.", id="showed-a-book"),
    pytest.param("Mayor Orlan showed the crowd a video of the flooded docks.", id="showed-a-video"),
    pytest.param(
        "Photos posted on Telegram that showed the damaged bridge were shared widely in Dravin.",
        id="photos-posted-that-showed",
    ),
    pytest.param("Mayor Lena Orsk shared the photo with her followers.", id="shared-a-photo-with-people"),
    # A question in the reporter's or a member's own words asserts nothing (red team 131).
    pytest.param("Will the minister meet me to discuss the bypass?", id="a-question-to-a-minister"),
    pytest.param("Did Varek say that the port would close?", id="a-question-whether-someone-said"),
    # What is not made public is no claim (red team 133).
    pytest.param("Police have not released the name of the victim.", id="not-released-a-name"),
    pytest.param("Police did not identify the suspect.", id="did-not-identify"),
    pytest.param("Nobody understands why the minister resigned.", id="nobody-understands"),
    pytest.param("She understands that the rules are strict.", id="a-person-understands"),
    # A title passed by a vote is no one's words (red team 129).
    pytest.param(
        "The assembly adopted a resolution titled “Protection of Human Rights Defenders” by 121 votes to 9.",
        id="a-resolution-titled-passed-by-votes",
    ),
    pytest.param(
        "Mayor Lena Orsk posted the photo with the caption below the mural.",
        id="posted-with-a-caption-unquoted",
    ),
    # A colon ending a paragraph introduces a list or the writer's own summary, not someone's words.
    pytest.param(
        "This year's winners are:\n\nMara Ostin of the Dravin Observer, for her reporting on the port.",
        id="list-after-colon",
    ),
    pytest.param(
        "What we've learned on the money front:\n\nThe Front raised about two million crowns in March.",
        id="writers-summary-after-colon",
    ),
    # "said to be" hearsay about a thing, and the reporter's "That said": no one says anything
    pytest.param(
        "Quist, who holds shares said to be worth about 40 million crowns, has run Halvard Foods since 2019.",
        id="shares-said-to-be-worth",
    ),
    pytest.param(
        "The house, said to be worth 2 million crowns, was sold on Monday.", id="set-off-said-to-be"
    ),
    pytest.param("That said, the outlook for the second half remains uncertain.", id="that-said"),
    pytest.param("Having said that, the outlook remains uncertain.", id="having-said-that"),
    # "recall" as calling back goods or envoys, not memory
    pytest.param(
        "Corvane Motors recalled 120,000 vehicles on Wednesday over a faulty brake sensor.",
        id="recalled-vehicles",
    ),
    pytest.param("Ministers recalled the ambassador on Monday.", id="recalled-the-ambassador"),
    # a court's decisions, conduct in the dock, a deadline still to come (red team 31)
    pytest.param("The judge dismissed the appeal.", id="dismissed-the-appeal"),
    pytest.param("Judge Nadia Ferreira refused bail.", id="refused-bail"),
    pytest.param("Kestel showed no remorse as the verdict was read out.", id="showed-no-remorse"),
    # conduct, though PolNeAR's annotators took it for a stance (and its clause for the content)
    pytest.param("The mayor showed no sign that she was planning to apologise.", id="showed-no-sign"),
    pytest.param(
        "Ms Vale, who could face a lifetime ban, has until Friday to respond to the allegations.",
        id="has-until-friday-to-respond",
    ),
    pytest.param("The carmaker sacked its chief executive on Monday.", id="sacked-the-chief-executive"),
    # a family's news, a year's result (red teams 32, 33)
    pytest.param("Blunt and her partner Sam Akande are expecting their first child.", id="expecting-a-child"),
    pytest.param("The airline recorded a loss of £40m for the year.", id="recorded-a-loss"),
    # questions faced, letters written to someone, a picture added (red teams 95, 98)
    pytest.param(
        "The Education Secretary, Tobias Renwick, faced questions from the committee on Wednesday.",
        id="faced-questions",
    ),
    pytest.param("The club is facing calls to sack its manager.", id="facing-calls"),
    pytest.param(
        "Grete Sorensen, the finance director of Alder Yards, took questions on the call.",
        id="took-questions-on-a-call",
    ),
    pytest.param("She had a choice, and she made it.", id="made-it"),
    # an election night's results declared (red team 93)
    pytest.param(
        "The Civic Front held its lead as the last constituencies declared.", id="constituencies-declared"
    ),
    pytest.param("Results declared overnight showed a swing to the Greens.", id="results-declared"),
    pytest.param(
        "Head teachers' leader Gareth Lowe wrote to the education secretary on Monday.", id="wrote-to"
    ),
    pytest.param(
        "The chief executive posted a photo of the launch, adding a laughing emoji.", id="adding-an-emoji"
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Olena Vasylenko told the newspaper in Ukrainian, according to a translation, that the offer was a tactic.",
            [("Olena Vasylenko", "told", "that the offer was a tactic")],
            id="according-to-a-translation",
        ),
        pytest.param(
            "“We are not afraid,” Moradi said in Farsi, according to a translation provided by his office.",
            [("Moradi", "said", "We are not afraid")],
            id="according-to-a-translation-by-his-office",
        ),
        pytest.param(
            "The channel, citing a post by the channel Voice of Velmar, claimed that the protesters had been paid.",
            [("The channel", "claimed", "that the protesters had been paid")],
            id="citing-a-post-by-another-channel",
        ),
    ],
)
def test_a_translation_or_a_cited_post_says_nothing_itself(
    text: str, expected: list[tuple[str, str, str]], extract: Extract
) -> None:
    statements = extract(text)
    assert [(s.speaker, s.cue, s.quote) for s in statements] == expected, describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the review, Lasken said the police had acted lawfully.",
        "Interior Minister Miro Lasken, asked about the review during a visit to Port Selm, said the police had "
        "acted lawfully.",
        "Interior Minister Miro Lasken, asked about the review during a visit to Port Selm, said only: "
        "“the police had acted lawfully”.",
    ],
)
def test_the_reporters_question_is_not_the_speakers_statement(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert [(s.cue, s.quote) for s in statements] == [("said", "the police had acted lawfully")], describe(
        statements
    )


def test_a_label_of_what_people_told_us_is_no_statement(extract: Extract) -> None:
    text = "What shoppers told us:\n• “Prices are too high for pensioners.” — Ana Ruiz, 71\n"
    statements = extract(text)
    assert [(s.speaker_name, s.quote) for s in statements] == [
        ("Ana Ruiz", "Prices are too high for pensioners.")
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Ayesha Malik, talking to reporters, opined that the relief would put pressure on the debt.",
            "opined",
        ),
        (
            "Ayesha Malik, talking to Dawn Today, opined that the relief would put pressure on the debt.",
            "opined",
        ),
        (
            "Ayesha Malik, talking to reporters in Lahore, alleged that the relief would put pressure on the debt.",
            "alleged",
        ),
    ],
)
def test_whom_a_speaker_was_talking_to_is_not_what_they_said(text: str, cue: str, extract: Extract) -> None:
    statements = extract(text)
    assert [(s.cue, s.quote) for s in statements] == [
        (cue, "that the relief would put pressure on the debt")
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A group of head teachers wrote to the minister, saying: “We cannot go on.”",
            [("saying", "We cannot go on.")],
        ),
        # what was answered is what a response says, a body or a person too (PolNeAR's reading)
        ("The senator responded to the criticism.", [("responded to", "the criticism")]),
        ("The minister responded to Varek within an hour.", [("responded to", "Varek")]),
        # a letter's object is what was written
        ("Baker wrote a letter to the adviser.", [("wrote", "a letter to the adviser")]),
    ],
)
def test_whom_a_speaker_wrote_to_is_not_what_they_said(
    text: str, expected: list[tuple[str, str]], extract: Extract
) -> None:
    statements = extract(text)
    assert [(s.cue, s.quote) for s in statements] == expected, describe(statements)


def test_a_podcast_s_quoted_name_before_the_host_is_no_one_s_words(extract: Extract) -> None:
    """ "On her podcast “Unfiltered,” Mina Castell asked …" (red team 99): the podcast's name was
    Castell's mixed quotation "On her podcast “Unfiltered,”"."""
    statements = extract("On her podcast “Unfiltered,” Mina Castell asked her guest about the feud.")
    assert not [s for s in statements if "Unfiltered" in s.quote], describe(statements)


def test_a_thing_underscoring_an_importance_is_no_one_s_stance(extract: Extract) -> None:
    statements = extract("Cruz's fusillade in Colorado underscored the importance of being on best behavior.")
    assert not statements, describe(statements)


def test_defending_someone_as_something_makes_no_speaker_of_the_something(extract: Extract) -> None:
    text = "Biden defended Bernie Sanders as a mainstream candidate, mocked the Republican Party and made it clear that he would stay out."
    assert not [s for s in extract(text) if s.speaker and "candidate" in s.speaker], describe(extract(text))


def test_a_headline_s_topic_before_its_colon_is_not_what_was_said(extract: Extract) -> None:
    statements = extract("Load-shedding: Minister defends Eskap as unions threaten shutdown")
    assert not [s for s in statements if "Load-shedding" in s.quote], describe(statements)


def test_talking_to_someone_about_something_says_what_about(extract: Extract) -> None:
    statements = extract("He is talking to voters about health care.")
    assert [s.quote for s in statements if "health care" in s.quote], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "A senior official at the Ministry of Ports, who asked not to be named, said the harbour would close.",
        "A diplomat who asked not to be identified said the harbour would close.",
        "A senior official, who requested anonymity, said the harbour would close.",
    ],
)
def test_a_source_asking_for_anonymity_is_not_a_statement(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert [(s.cue, s.quote) for s in statements] == [("said", "the harbour would close")], describe(
        statements
    )


@pytest.mark.parametrize(("text", "quoted"), NOT_STATEMENTS)
def test_quote_marks_that_are_not_speech(text: str, quoted: str, extract: Extract) -> None:
    assert_no_statement_with(extract(text), quoted)


@pytest.mark.parametrize("text", NOTHING_TO_REPORT)
def test_text_without_statements(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert statements == [], f"expected nothing; got:\n{describe(statements)}"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # red team 179 (session 42): a state agency's lede, a meeting and then the leader's words
        ("The minister, Omar Saleh, met elders. “We are united,” he said.", ["said"]),
        ("President Arman Kask received the envoy. “Our doors are open,” Kask said.", ["said"]),
        ("Daria Holt took 57 percent of the vote. “It is a new start,” she said.", ["said"]),
        # review 2 of session 42: a verb the lexicon spells otherwise ("lambast") is still a cue
        ("Mr Dunst lambasted the government's handling of the crisis in a speech on Monday.", ["lambasted"]),
        # review 3 of session 42: a forecaster whose surname is a season; an order in its own words
        ("Mr Winter forecast that the market would recover by June.", ["forecast"]),
        ("The judge ordered the “immediate and unconditional release” of the two men.", ["ordered"]),
        # review 7 of session 42: a doubt about an agreement is the doubters' statement only
        ("Officials doubt it was agreed that the border would reopen.", ["doubt"]),
        # review 1 of session 43: told, or asked, inside a passive is one statement or none
        ("MPs were told it had been agreed that the vote would be delayed.", ["were told"]),
        ("The minister was asked whether it had been agreed that the border would reopen.", []),
        # but an announcement someone learned of, or was angered by, is the announcement
        ("Staff discovered it had been announced that the plant would close.", ["been announced"]),
        (
            "Fans were shocked to learn that it had been announced that ticket prices would rise.",
            ["been announced"],
        ),
        ("Fans were angered that it was announced that ticket prices would rise.", ["was announced"]),
        # review 2 of session 43: a belief about an agreement is the believers' statement only; "it"
        # informed, under a verb of knowing, is the club
        ("Fans feel it was promised that the stadium would stay in the city.", ["feel"]),
        ("The club realised it had been informed that the fixture was moved.", []),
        # review 5 of session 42: a body informed, inside what it said, is no second statement
        (
            "The Football Association said it had been informed that the player had failed a drug test.",
            ["said"],
        ),
        # but a tribute paid is words
        (
            "Others paid tribute on social media to the geologist. “He was fearless,” one wrote.",
            ["paid tribute on", "wrote"],
        ),
    ],
)
def test_an_act_beside_a_quotation_is_not_a_statement(text: str, cues: list[str], extract: Extract) -> None:
    statements = extract(text)
    assert [s.cue for s in statements] == cues, describe(statements)


def test_title_next_to_a_real_statement_is_not_a_statement(extract: Extract) -> None:
    text = (
        "Tovek’s memoir, “The Long Road to Dravin”, was withdrawn from state bookshops in 2015. "
        "“They can ban a book. They cannot ban a street,” Tovek said."
    )
    statements = extract(text)
    assert_no_statement_with(statements, "The Long Road to Dravin")
    assert any("They cannot ban a street" in s.quote and s.speaker == "Tovek" for s in statements), describe(
        statements
    )


def test_a_video_someone_watches_does_not_speak_for_them(extract: Extract) -> None:
    text = "Police watched a video calling for attacks on the port."
    assert [s.speaker_name for s in extract(text)] == [], describe(extract(text))


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        pytest.param(
            "Serevian state television, citing a defence ministry source, said the troops were on exercise.",
            "a defence ministry source",
            id="citing-a-source",
        ),
        pytest.param(
            "Citing local news outlets, the agency reported that the ferry had sunk.",
            "local news outlets",
            id="citing-outlets",
        ),
        pytest.param(
            "According to Tasnim, which cited the prosecutor, five people were charged.",
            "the prosecutor",
            id="which-cited-a-person",
        ),
        pytest.param(
            "Narodni Glas, citing Dornpress, reported that the minister had resigned.",
            "Dornpress",
            id="citing-an-agency-the-recogniser-does-not-know",
        ),
        pytest.param(
            "The rallies were banned, state television reported, citing a ministry statement.",
            "a ministry statement",
            id="citing-a-body-s-statement",
        ),
    ],
)
def test_the_source_a_report_cites_is_not_what_it_said(text: str, cited: str, extract: Extract) -> None:
    statements = extract(text)
    assert statements, "the report itself is a statement"
    assert all(s.quote != cited for s in statements), describe(statements)


def test_a_document_cited_as_the_source_is_no_statement(extract: Extract) -> None:
    """ "citing an internal memo" names where the information came from (red team 123)."""
    assert_no_statement_with(extract("The mayor withdrew the plan, citing an internal memo."), "memo")


def test_the_reasons_a_speaker_cites_are_a_statement(extract: Extract) -> None:
    text = "The mayor withdrew the plan on Friday, citing fears of flooding in the old town."
    assert [s.quote for s in extract(text) if s.cue == "citing"] == ["fears of flooding in the old town"]


@pytest.mark.parametrize(
    ("text", "withdrawn"),
    [
        pytest.param(
            "An earlier version of this article quoted Ms Dray as saying that the turbines would be “visible "
            "from every beach”. She actually said they would be visible “from most beaches”.",
            "every beach",
            id="earlier-version-quoted",
        ),
        pytest.param(
            "Correction: The article also incorrectly stated that the developer, Westerly Renewables, had "
            "said construction would begin in January.",
            "January",
            id="article-incorrectly-stated",
        ),
        pytest.param(
            "An earlier version said the harbour vote was in January. It is in March.",
            "January",
            id="earlier-version-said",
        ),
        pytest.param(
            "We incorrectly reported that Mayor Joan Dunn had called the plan “reckless”. "
            "She called it “rushed”.",
            "reckless",
            id="we-incorrectly-reported",
        ),
        # corrections in other words (red team 125)
        pytest.param(
            "This article originally quoted Mayor Lena Orbach as saying the bridge would close in April.",
            "April",
            id="originally-quoted-as-saying",
        ),
        pytest.param(
            "In Tuesday's edition, Orbach was incorrectly quoted as saying the bridge would close in April.",
            "April",
            id="was-incorrectly-quoted",
        ),
        pytest.param(
            "This story previously said that the bridge would close in April.",
            "April",
            id="story-previously-said",
        ),
        pytest.param(
            "An article on Monday incorrectly quoted Mayor Tara Lind as saying that the bridge would close.",
            "bridge would close",
            id="an-article-on-a-day-incorrectly-quoted",
        ),
        pytest.param(
            "Lind was incorrectly quoted on Monday as saying that the bridge would close.",
            "bridge would close",
            id="incorrectly-quoted-on-a-day",
        ),
        pytest.param(
            "Clarification: Senator Lowell Eyre did not say the treaty was “dead”. "
            "He said it was “on life support”.",
            "dead",
            id="did-not-say-a-quotation",
        ),
    ],
)
def test_what_a_correction_withdraws_is_no_statement(text: str, withdrawn: str, extract: Extract) -> None:
    """A correction notice withdraws a misquote: nobody is on record as saying it."""
    assert_no_statement_with(extract(text), withdrawn)


def test_what_a_denial_says_was_never_said_is_only_the_denier_s(extract: Extract) -> None:
    statements = extract("It is not true that Ferm said the deal was dead, his office said.")
    assert [(s.speaker, s.quote) for s in statements] == [
        ("his office", "It is not true that Ferm said the deal was dead")
    ], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Pavel Rusk said the troops would return home but did not say when.",
        "Defence Minister Pavel Rusk said the troops would return home and did not comment further.",
    ],
)
def test_what_a_speaker_then_withheld_is_no_part_of_what_he_said(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert [s.quote for s in statements] == ["the troops would return home"], describe(statements)


def test_what_he_did_not_say_before_a_semicolon_is_not_what_he_said_after_it(extract: Extract) -> None:
    text = (
        "Foreign Minister Lars Brenner did not say the treaty was dead; he said it was “in intensive care”."
    )
    statements = extract(text)
    assert [(s.speaker_name, s.quote) for s in statements] == [
        ("Lars Brenner", "it was “in intensive care”")
    ], describe(statements)


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        pytest.param(
            "“The bridge will stay open,” Orbach said, disputing an earlier version of this article.",
            "The bridge will stay open",
            "Orbach",
            id="said-disputing-an-earlier-version",
        ),
        pytest.param(
            "Senator Atlee, who was misquoted in an earlier version of this report, said the vote would go ahead.",
            "the vote would go ahead",
            "Atlee",
            id="said-by-someone-misquoted-before",
        ),
    ],
)
def test_a_statement_beside_a_mention_of_a_correction_stands(
    text: str, said: str, speaker: str, extract: Extract
) -> None:
    """Those correcting the record speak on it: only what the correction withdraws is dropped (red team 125)."""
    statements = extract(text)
    assert [s.speaker_name for s in with_quote(statements, said)] == [speaker], describe(statements)


def test_the_corrected_words_are_a_statement(extract: Extract) -> None:
    text = (
        "An earlier version of this article quoted Ms Dray as saying that the turbines would be “visible "
        "from every beach”. She actually said they would be visible “from most beaches”."
    )
    assert [s.speaker_name for s in extract(text) if "most beaches" in s.quote] == ["Dray"]


@pytest.mark.parametrize(
    "line",
    [
        "Related: Veto use at record high, study finds",
        "Read more: Rural shops closing at record rate, report finds",
        "More on this story: Police say stabbing was targeted",
        "Watch: Eberling says talks are “dead for now” (1:32)",
    ],
)
def test_a_line_pointing_to_another_story_is_no_statement(line: str, extract: Extract) -> None:
    text = f"Eberling said the talks would resume on Monday.\n\n{line}\n\nThe talks began in March."
    assert [s.speaker for s in extract(text)] == ["Eberling"], describe(extract(text))


def test_a_clause_before_a_semicolon_is_not_what_the_next_clause_says(extract: Extract) -> None:
    text = "Rebels seize town; army says counter-attack under way\n\nThe fighting began on Monday near the border."
    assert_no_statement_with(extract(text), "Rebels seize town")


def test_a_plural_after_says_is_not_its_subject(extract: Extract) -> None:
    """A headline's "…, says talks dead": "talks" does not agree with "says"; nobody is guessed."""
    text = "Varesh rejects ceasefire terms, says talks dead\n\nThe talks began in March."
    assert [s.speaker for s in extract(text) if s.speaker == "talks"] == [], describe(extract(text))


def test_a_credit_line_opening_with_a_dash_is_no_quotation(extract: Extract) -> None:
    assert extract("— With additional reporting by Ana Lee in Dravin.") == []


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        pytest.param(
            "Referring to the recent events, the Leader stated that the enemy had failed.",
            "the recent events",
            id="referring-to",
        ),
        pytest.param(
            "Pointing to the new port, Minister Lasken said the region would grow.",
            "the new port",
            id="pointing-to",
        ),
    ],
)
def test_a_topic_set_before_the_speaker_is_not_what_they_said(
    text: str, topic: str, extract: Extract
) -> None:
    statements = extract(text)
    assert len(statements) == 1 and statements[0].quote != topic, describe(statements)


def test_a_crowd_booing_while_someone_reads_did_not_read(extract: Extract) -> None:
    """ "as a speaker read out …": the reading is the speaker's, whatever the crowd did meanwhile."""
    statements = extract(
        "At the parliament building, the crowd booed and whistled as a speaker read out the names of journalists."
    )
    assert not [s for s in statements if s.speaker == "the crowd"], describe(statements)


def test_it_quoting_figures_is_no_statement(extract: Extract) -> None:
    """ "It quoted him as saying …" is an outlet passing on words; "It quoted figures" is not."""
    assert extract("The report was long. It quoted figures from the ministry.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lanternwatch said detainees were beaten and told to sign confessions.",
        "The rights group Lanternwatch said that at least 40 detainees had been beaten, denied medical care "
        "and subjected to mock executions.",
    ],
)
def test_a_participle_in_a_series_of_abuses_is_no_statement_of_the_reporter(
    text: str, extract: Extract
) -> None:
    """ "told to sign", "denied medical care": done to the detainees, not said by the rights group."""
    statements = extract(text)
    assert not [s for s in statements if s.cue in ("told", "denied")], describe(statements)


def test_an_imperative_opening_a_quotation_s_sentence_names_no_one(extract: Extract) -> None:
    """ "Remember," is a verb the dictionary knows: no name is made of it."""
    statements = extract("“Remember, the vote is on Tuesday,” the mayor told the crowd.")
    assert not [s for s in statements if s.speaker == "Remember"], describe(statements)


def test_whom_a_quotation_was_told_to_is_not_what_was_told(extract: Extract) -> None:
    statements = extract(
        '"The order was never signed. It was forged," defence lawyer Sven Holt told the court.'
    )
    assert not [s for s in statements if s.quote == "the court"], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Lawyer Mikael Brandt on Thursday read out a statement on behalf of his client, trade unionist "
        "Elsa Nord.",
        "Judge Oskar Hallin on Friday read out the verdict in the case of the “Holt Seven”, the steelworkers "
        "accused of organising a strike.",
    ],
)
def test_reading_out_a_statement_or_a_verdict_says_nothing_of_its_own(text: str, extract: Extract) -> None:
    """As "issued a statement": the act of reading, not what was read."""
    statements = extract(text)
    assert not [s for s in statements if s.cue == "read out"], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called a debate in January on whether to ban the march.",
        "That proposal prompted the council to call a vote on whether to close the library.",
    ],
)
def test_calling_a_debate_on_a_question_says_nothing_about_it(text: str, extract: Extract) -> None:
    """ "called a debate on whether …" calls a meeting; "called for a ban" and "called on the board
    to resign" (tested elsewhere) are statements."""
    statements = extract(text)
    assert_no_statement_with(statements, "whether to")


@pytest.mark.parametrize(
    "text",
    [
        "Tomasz Wilk will defend his title in Dunmore on Saturday.",
        "Lena Holt wrote her first novel at nineteen.",
        "The champion defended her crown for the third time.",
    ],
)
def test_defending_a_title_or_writing_a_novel_says_nothing(text: str, extract: Extract) -> None:
    """Verbs of saying with a contest or a work for their object: acts, not statements ("defended his
    record" and "wrote that …" still are)."""
    statements = extract(text)
    assert not statements, describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Draymoor Rovers would not confirm that Martin Oduya had met the club's new owners.",
        "The Interior Ministry did not deny that the contract had been awarded without a tender.",
        "Health Minister Amira Sollen neither confirmed nor denied that Esterwick General would close its "
        "maternity ward.",
        "Lindahl has never denied that he knew about the loan.",
        "Vasko failed to mention that the curfew had been extended.",
        # a claim not disputed is not made (red team 101)
        "The Treasury has not disputed that the plan would cost 4.2 billion crowns.",
        "The ministry did not contest that the figures were wrong.",
    ],
)
def test_a_denied_or_unconfirmed_clause_is_no_one_s_claim(text: str, extract: Extract) -> None:
    """The negation is the reporter's: "did not deny that P" puts P on no one's record, and
    "neither confirmed nor denied" is no denial."""
    statements = extract(text)
    assert not statements, describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Culture Minister Tove Randal might say: “We had no choice.”",
        "Mayor Ilse Varn could say: “The budget was never ours.”",
    ],
)
def test_words_a_writer_imagines_a_named_person_saying_are_not_theirs(text: str, extract: Extract) -> None:
    """An opinion column's "the minister might say: “…”" (red team 101): no one's words, least of
    all the minister's."""
    statements = extract(text)
    assert all(s.speaker is None and s.speaker_name is None for s in statements), describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A reader would now ask: “Why was no one told?”", "A reader"),
        ("Culture Minister Tove Randal would later say: “We had no choice.”", "Culture Minister Tove Randal"),
        ("The prime minister will say: “We will rebuild.”", "The prime minister"),
    ],
)
def test_anyone_s_question_a_narrated_or_a_trailed_saying_still_is(
    text: str, speaker: str, extract: Extract
) -> None:
    """Anyone's imagined question (PolNeAR counts it), a saying narrated with "would later", a
    speech's words released before it is given."""
    statements = extract(text)
    assert [s.speaker for s in statements] == [speaker], describe(statements)


def test_a_denial_and_a_negated_belief_still_are(extract: Extract) -> None:
    statements = extract(
        "The ministry denied that the contract had been awarded without a tender. The minister does not "
        "believe that the plan will work."
    )
    assert [s.cue for s in statements] == ["denied", "does not believe"], describe(statements)


def test_a_negated_second_verb_ends_what_the_first_said(extract: Extract) -> None:
    (statement,) = extract(
        "He said that he would offer “a prayer” for the eventual nominee but did not suggest it would be Trump."
    )
    assert "suggest" not in statement.quote and statement.cue == "said", describe([statement])


@pytest.mark.parametrize(
    "residue",
    [
        "Story continues below advertisement",
        "Sign up for our newsletter",
        "Continue reading the main story",
        "Share this article",
        "Advertisement - Scroll to continue",
    ],
)
def test_a_page_s_residue_after_said_colon_is_not_the_speaker_s_words(residue: str, extract: Extract) -> None:
    statements = extract(
        f"Fire chief Ben Okoro spoke to reporters. Okoro said:\n\n{residue}\n\n“Nobody should go back into "
        "those houses tonight.”"
    )
    assert_no_statement_with(statements, residue)


def test_a_short_quotation_on_its_own_line_after_a_caption_is_kept(extract: Extract) -> None:
    """A quoted sentence standing alone is words said, however few, also after a line with no stop."""
    statements = extract("Fire chief Ben Okoro said the roof had gone.\nPhoto: Ivo Sand\n“It will not last.”")
    assert [s.quote for s in statements if "not last" in s.quote] == ["It will not last."], describe(
        statements
    )


@pytest.mark.parametrize(
    "text",
    [
        "Aske is said to have told the board that the mine would close.",
        "Aske is thought to have warned colleagues that the deal was dead.",
        "The minister is alleged to have said that the inquiry was a farce.",
    ],
)
def test_a_rumour_with_no_one_spreading_it_puts_nothing_on_the_record(text: str, extract: Extract) -> None:
    """As "is reported to have said": hearsay no one in the text vouches for is no one's statement
    ("is said by colleagues to have told …" is the colleagues')."""
    statements = extract(text)
    assert not statements, describe(statements)


def test_words_someone_is_said_to_have_used_which_they_deny_are_not_theirs(extract: Extract) -> None:
    statements = extract("Quarrie has said Aske called the auditors “clowns”, which he denies.")
    assert [(s.speaker, s.cue) for s in statements] == [("Quarrie", "has said")], describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "President Ilona Marsh is set to tell the Varnholm summit that the northern border will stay open.",
        "Finance Minister Oskar Lindahl is expected to announce a cut in fuel duty.",
        "Lindahl is due to tell parliament that taxes will rise.",
        "The New York Times is expected to endorse the Democratic candidate.",
    ],
)
def test_what_someone_is_set_or_due_to_say_is_not_said_yet(text: str, extract: Extract) -> None:
    statements = extract(text)
    assert not statements, describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Critics could argue that the Quellby housing scheme rewards landlords at tenants' expense.",
        "Some might say Esterwick council has waited too long to act on the floods.",
        "Coach Martin Oduya would likely say the result was a fair reflection of the match.",
        "President Ilona Marsh may argue that the treaty has already been broken by her neighbours.",
        "A government spokesperson will tell reporters later today whether the vote goes ahead.",
        "The inquiry will ask whether warnings about the Kell Bridge were ignored.",
        "Finance Minister Oskar Lindahl will argue in Monday's budget that the cuts are affordable.",
    ],
)
def test_a_saying_supposed_or_still_to_come_is_nobody_s_claim(text: str, extract: Extract) -> None:
    """A modal makes the saying a supposition ("could argue", "might say") or a forecast ("will
    tell"): nobody has said it yet."""
    statements = extract(text)
    assert not statements, describe(statements)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The spokesman would only say that talks were continuing.", "talks were continuing"),
        (
            "Aske would later tell the inquiry that he had never seen the letter.",
            "he had never seen the letter",
        ),
        ("Police can confirm that a man has been arrested.", "a man has been arrested"),
        (
            "Mayor Tessa Quarrie would like the ferry to run all winter, she said.",
            "the ferry to run all winter",
        ),
    ],
)
def test_a_modal_that_narrates_a_saying_keeps_it(text: str, quote: str, extract: Extract) -> None:
    """ "would only say", "would later tell" tell of words that were said; "can confirm" confirms."""
    statements = extract(text)
    assert any(quote in s.quote for s in statements), describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tessa Quarrie signed the order closing the harbour on Tuesday.",
        "Finance Minister Oskar Lindahl wrote the foreword to the report.",
        "Mayor Tessa Quarrie has not claimed credit for the new ferry route to Varnholm.",
        "Finance Minister Oskar Lindahl declined to be drawn on whether income tax would rise.",
        "History tells us that bailouts of small ports rarely work.",
        "Experience shows that the floods always return in March.",
        "Mayor Tessa Quarrie did not speak, but her face said it all.",
        "Finance Minister Oskar Lindahl's silence spoke volumes.",
    ],
)
def test_acts_looks_and_lessons_are_not_statements(text: str, extract: Extract) -> None:
    """Signing an order, writing a foreword, not claiming credit, declining to be drawn, a lesson
    of history and a face that "said it all": no words anyone said."""
    statements = extract(text)
    assert not statements, describe(statements)


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        ("Varnholm Freight has denied any wrongdoing.", "Varnholm Freight", "organization"),
        ("The minister has denied the charges.", "The minister", "person"),
        ("Aske signed a letter saying the port was unsafe.", "Aske", None),
    ],
)
def test_a_denial_of_wrongdoing_and_a_signed_letter_are_statements(
    text: str, speaker: str, speaker_type: str | None, extract: Extract
) -> None:
    statements = extract(text)
    assert [s.speaker for s in statements] == [speaker], describe(statements)
    assert speaker_type is None or statements[0].speaker_type == speaker_type, describe(statements)


def test_what_someone_plans_to_announce_is_not_announced_yet(extract: Extract) -> None:
    """The plan may be reported ("plans", as PolNeAR counts it), but the announcing has not
    happened: no statement cued by "to announce", and none dated to last Monday."""
    statements = extract("Raud plans to announce the new sanctions in a speech to parliament on Monday.")
    assert not [s for s in statements if "announce" in (s.cue or "")], describe(statements)
    assert all(s.said_on is None for s in statements), describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "The striker blasted a shot over the bar in the 89th minute as Rovers slumped to a fourth defeat.",
        "Fans slammed the bus with bottles as it left the stadium, and police fired tear gas to disperse them.",
        "Troops fired warning shots over the crowd.",
    ],
)
def test_headline_verbs_of_criticism_used_of_things_hit_or_fired_say_nothing(
    text: str, extract: Extract
) -> None:
    """ "blasted", "slammed" and "fired" cue criticism in tabloid copy ("slammed the decision",
    "fired back that …"), not when a ball, a door or tear gas is what they act on."""
    statements = extract(text)
    assert not statements, describe(statements)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The mayor slammed the decision as reckless.", "the decision as reckless"),
        ("Aske fired back that the plan was a fraud.", "that the plan was a fraud"),
    ],
)
def test_the_same_verbs_of_criticism_still_report(text: str, quote: str, extract: Extract) -> None:
    statements = extract(text)
    assert [s.quote for s in statements] == [quote], describe(statements)


def test_sharing_someone_else_s_post_passes_on_their_words_not_the_sharer_s(extract: Extract) -> None:
    statements = extract(
        "Mayor Tessa Quarrie shared a post by Councillor Dermot Aske saying the harbour was “finished”."
    )
    assert [s.speaker_name for s in statements] == ["Dermot Aske"], describe(statements)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a telling someone wants to do has not happened; wanting is their stance (red team 34)
        ("The minister wants to tell the ambassador that the border will stay shut.", ["wants"]),
        # a dismissal inside what a tribunal ruled is no claim of the employer's (red team 31)
        ("The tribunal ruled that Ostrava Logistics had unfairly dismissed the driver.", ["ruled"]),
        # the coroner's conclusion is a finding; what she said after is her statement
        (
            "The coroner, Helen Strand, recorded a narrative conclusion and said the death was preventable.",
            ["said"],
        ),
    ],
)
def test_acts_beside_a_statement_are_not_statements(text: str, cues: list[str], extract: Extract) -> None:
    statements = extract(text)
    assert [s.cue for s in statements] == cues, describe(statements)


def test_who_painted_a_mural_did_not_say_what_it_reads(extract: Extract) -> None:
    """ "The mural, which reads “…”, was painted by pupils": the pupils painted it; the words are the
    mural's (red team 33)."""
    statements = extract(
        "The mural, which reads “Lowfield Loves You”, was painted by pupils at St Anne's Primary School."
    )
    assert all("pupils" not in (s.speaker or "") for s in statements), describe(statements)


@pytest.mark.parametrize(
    "pull",
    ["“We cannot go on like this”", "PULL QUOTE: “We cannot go on like this”", '"We cannot go on like this"'],
    ids=["alone", "labelled", "straight-marks"],
)
def test_a_pull_quote_repeats_a_statement_and_adds_none(pull: str, extract: Extract) -> None:
    """A quotation set apart to catch the eye (red team 38) is neither more of the statement before
    it nor a statement of its own, and a label is nobody's name."""
    text = (
        "Health Minister Ada Rusk said on Tuesday that the hospital system was at breaking point.\n\n"
        "“We cannot go on like this,” Rusk told reporters in Talsin.\n\n"
        f"{pull}\n\n"
        "She said the government would hire 2,000 nurses next year."
    )
    statements = extract(text)
    repeated = [s for s in statements if "We cannot go on like this" in s.quote]
    assert len(repeated) == 1, describe(statements)
    assert repeated[0].quote == "We cannot go on like this", describe(statements)
    assert repeated[0].speaker_name == "Ada Rusk"
    assert len(statements) == 3, describe(statements)


def test_a_pull_quote_after_another_paragraph_is_nobody_s_statement(extract: Extract) -> None:
    text = (
        "Opposition leader Marta Quist attacked the plan in parliament on Tuesday, calling it “a con trick in "
        "a nice font”.\nFinance Minister Ilse Marr defended her numbers.\n“A con trick in a nice font.”\nMarr "
        "said the budget would protect pensions."
    )
    statements = extract(text)
    assert [s.speaker_name for s in statements if "con trick" in s.quote.lower()] == ["Marta Quist"], (
        describe(statements)
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Most of the patients admitted this week were unvaccinated.", id="patients-admitted"),
        pytest.param(
            "Residents told to evacuate on Tuesday were allowed back into their homes on Thursday.",
            id="residents-told-to-evacuate",
        ),
        pytest.param(
            "Villagers warned about the landslide on Monday were moved to a school.", id="villagers-warned"
        ),
    ],
)
def test_a_participle_describing_the_subject_reports_nothing(text: str, extract: Extract) -> None:
    """ "the patients admitted this week", "residents told to evacuate": those admitted, told or warned,
    not anyone speaking (red team 36)."""
    statements = extract(text)
    assert statements == [], describe(statements)


def test_now_opening_what_was_said_stays_an_adverb(extract: Extract) -> None:
    statements = extract("Varek said Now is the time to act.")
    assert [(s.speaker_name, s.quote) for s in statements] == [("Varek", "Now is the time to act")], describe(
        statements
    )


def test_a_noun_summing_up_what_was_said_is_no_second_verb(extract: Extract) -> None:
    """ "…, labels the protesters reject": the parser read the noun as a second verb of state media,
    which then "said" that the protesters reject (red team 55)."""
    statements = extract(
        "State media have branded the demonstrators “terrorists” and “foreign agents”, labels the "
        "protesters reject."
    )
    assert [s.cue for s in statements] == ["have branded"], describe(statements)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # guards from a review of the session's rules
        pytest.param(
            "The campaign released a series of tweets claiming the election was stolen.",
            "the election was stolen",
            id="released-tweets-claiming",
        ),
        pytest.param(
            "The ministry released an update saying cases had fallen.",
            "cases had fallen",
            id="an-update-saying",
        ),
        pytest.param(
            "The group released a documentary claiming the moon landing was faked.",
            "the moon landing was faked",
            id="a-documentary-claiming",
        ),
        pytest.param(
            "Asked when the troops would leave, the minister said after the elections were over.",
            "after the elections were over",
            id="an-answer-marked-after",
        ),
        pytest.param(
            "The agency issued a warning for Kelby County that the dam could fail.",
            "the dam could fail",
            id="a-warning-for-a-place-that",
        ),
        pytest.param("The senator declared war on TikTok.", "war on TikTok", id="war-on-a-platform"),
        pytest.param("Varek criticised the tax on X.", "the tax on X", id="a-tax-on-a-platform"),
        pytest.param(
            "“Salt And Ash,” Reyes said, took three years to record.",
            "took three years",
            id="a-title-said-of",
        ),
    ],
)
def test_what_the_session_s_rules_must_leave_said(text: str, quote: str, extract: Extract) -> None:
    """Works that speak, answers, warnings with a clause, topics that are platforms, a title a
    speaker talks about: each still says what it says."""
    statements = extract(text)
    assert any(quote in s.quote for s in statements), describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I have never met a farmer who says the subsidy is enough.", id="a-farmer-who-says"),
        pytest.param("Anyone who says the vaccine is unsafe is spreading lies.", id="anyone-who-says"),
    ],
)
def test_no_one_in_particular_who_says_says_nothing(text: str, extract: Extract) -> None:
    assert not extract(text), describe(extract(text))


def test_a_quotation_under_a_storm_s_name_has_no_speaker(extract: Extract) -> None:
    (statement,) = extract("Storm Idris: ‘We will all be fine’")
    assert statement.speaker is None, describe([statement])


def test_a_storm_s_warning_headline_names_no_speaker(extract: Extract) -> None:
    statements = extract("Storm Idris: ‘Danger to life’ warning for coastal towns")
    assert all(s.speaker is None for s in statements), describe(statements)


@pytest.mark.parametrize(
    "text",
    [
        "Storm Agnes said to bring gales to the west coast.",  # headline's "is said to"
        "Storm Bert told a different story in the north.",
        "Hurricane Delia warned of floods along the coast.",
        "Tropical Storm Ana said goodbye to the islands.",
        "Storm Agnes Says Goodbye",
        # a storm's name that is no given name, in weather news (a review of session 39)
        "Storm Babet threatened to bring a month’s rain in a day.",
        "Storm Éowyn said to bring 100mph gusts to Galway",
    ],
)
def test_a_storm_by_its_name_says_nothing(text: str, extract: Extract) -> None:
    """Red team 148: a storm is named like a person, and speaks no more than "the storm" does."""
    assert extract(text) == [], describe(extract(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Typhoon Energy chief executive Ana Ruiz said margins would recover.", "Ana Ruiz"),
        ("Typhoon Energy said margins would recover.", "Typhoon Energy"),
        ("The Hurricane Relief Fund said it had raised two million.", "Hurricane Relief Fund"),
        ("Storm Reid said the film was finished.", "Storm Reid"),
    ],
)
def test_a_name_that_opens_with_a_storm_s_title_may_speak(text: str, name: str, extract: Extract) -> None:
    """A review of session 39: a firm, a fund or a person whose name begins like a storm's."""
    assert [s.speaker_name for s in extract(text)] == [name], describe(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The tweet, “The mayor must resign,” angered the mayor.",  # the one angered is no speaker
        "Kell stepped down in March, tells the Ledger.",  # the one told is no speaker
    ],
)
def test_whom_a_quotation_reached_is_not_its_speaker(text: str, extract: Extract) -> None:
    assert extract(text) == [], describe(extract(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Storm Agnes hit Devon on Monday. “It is awful,” she said.", None),
        ("Hurricane Delia hit Kelso on Monday. “It is awful,” she said.", None),
        ("Jo Pike runs the cafe. Storm Agnes hit Devon on Monday. “It is awful,” she said.", "Jo Pike"),
        ("Hurricane Sandy hit Kelso on Monday. “It is awful,” she said.", None),
        ("Ex-Hurricane Kirk hit Cork on Monday. “It is awful,” she said.", None),
    ],
)
def test_she_is_never_a_storm(text: str, name: str | None, extract: Extract) -> None:
    assert [s.speaker_name for s in extract(text)] == [name], describe(extract(text))


def test_a_body_that_declares_a_clause_still_says_it(extract: Extract) -> None:
    """Results and constituencies that declare say nothing; a council that declares a clause does."""
    statements = extract("The council declared that the road was unsafe.")
    assert [(s.cue, s.quote) for s in statements] == [("declared", "that the road was unsafe")], describe(
        statements
    )


@pytest.mark.parametrize(
    "text",
    [
        # red teams 163 and 166 (session 40): banners in the plural, as a banner: no one's words
        'Protesters carried banners reading "No to war".',
        'Protesters carried a banner reading "No to war".',
    ],
)
def test_what_carried_banners_read_is_not_the_carriers_statement(extract: Extract, text: str) -> None:
    assert extract(text) == []
