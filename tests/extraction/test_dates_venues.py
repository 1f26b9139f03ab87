"""When and where a statement was made: dates resolved against the article's date, venues as written."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from .spec import Case, Extract, assert_case, describe, iso, params, with_quote

DATES = [
    # a twelfth review of session 41: stacked abbreviated ranks; a rank that ends its sentence
    Case(
        "speaking-on-a-day-then-two-abbreviated-ranks",
        "Speaking on Monday, Lt. Cmdr. Renee Hollis said crews had searched the bay.",
        "crews had searched the bay",
        speaker_name="Renee Hollis",
        said_on=date(2026, 3, 2),
        date="2026-03-04",
    ),
    Case(
        "a-rank-that-ends-its-sentence",
        "He was promoted to Capt. On Monday he said the job had changed him.",
        "the job had changed him",
        said_on=date(2026, 3, 2),
        date="2026-03-04",
    ),
    # an abbreviated rank after an opening participle: its stop ends no sentence (red team 171)
    Case(
        "speaking-on-a-day-then-an-abbreviated-rank",
        "Speaking on Monday, Capt. Renee Hollis said crews had searched the bay.",
        "crews had searched the bay",
        speaker_name="Renee Hollis",
        said_on=date(2026, 3, 2),
        date="2026-03-04",
    ),
    # a programme's quoted title after its channel's possessive is the venue's, not the claim's (red team 118)
    Case(
        "a-programme-of-a-channel-then-that",
        "Solberg said Sunday on Channel 12's “Face the Week” that the bill would fail.",
        "that the bill would fail",
        not_also=("Face the Week",),
        said_on=date(2026, 3, 1),
        date="2026-03-05",
        venue="on Channel 12's “Face the Week”",
    ),
    # the day before a reported clause with no "that" dates the statement (red team 116)
    Case(
        "said-on-a-day-then-the-clause-without-that",
        "Finance Minister Ana Pell said on Wednesday taxes would not rise.",
        "taxes would not rise",
        said_on=date(2026, 3, 4),
        date="2026-03-05",
    ),
    Case(
        "said-a-day-then-the-clause-the-american-way",
        "Pell said Monday negotiators had failed to agree.",
        "negotiators had failed to agree",
        said_on=date(2026, 3, 2),
        date="2026-03-05",
    ),
    # a programme's title in quotation marks inside the venue hid the venue's date (red team 52)
    Case(
        "a-quoted-podcast-title-then-the-day",
        "Mayor Ida Kross said on the ‘Morning Ledger’ podcast on Wednesday that the budget was balanced.",
        "the budget was balanced",
        said_on=date(2026, 1, 14),
        date="2026-01-15",
        venue="on the ‘Morning Ledger’ podcast",
    ),
    Case(
        "told-a-quoted-podcast-title-then-the-day",
        "Mayor Ida Kross told the “Morning Ledger” podcast on Wednesday that the budget was balanced.",
        "the budget was balanced",
        said_on=date(2026, 1, 14),
        date="2026-01-15",
    ),
    # the day a person was released is not the day they spoke; a report's is (red team 37)
    Case(
        "a-person-released-on-a-day",
        "Kemal Aydar, released from custody on Tuesday, told reporters he had been beaten daily.",
        "he had been beaten daily",
        said_on=None,
        date="2026-11-20",
    ),
    Case(
        "a-report-released-on-a-day",
        "A report, released on Tuesday, said detainees had been beaten daily.",
        "detainees had been beaten daily",
        said_on=date(2026, 11, 17),
        date="2026-11-20",
    ),
    # a paper described as "a daily" before the day it said so
    Case(
        "a-daily-s-editorial-on-a-day",
        "The Dravin Observer, a pro-government daily, said in an editorial on Monday that the sanctions were "
        "“an act of economic war”.",
        "an act of economic war",
        said_on=iso("2026-03-02"),
        date="2026-03-06",
    ),
    # a clock time before the day: the day dates the statement
    Case(
        "a-clock-time-on-a-day",
        "At 14:05 on Thursday, Varek tweeted that the march was illegal.",
        "the march was illegal",
        said_on=iso("2026-11-19"),
        date="2026-11-20",
    ),
    Case(
        "shortly-before-midnight-on-a-day",
        "Shortly before midnight on Thursday, Varek wrote on X that the march was illegal.",
        "the march was illegal",
        said_on=iso("2026-11-19"),
        date="2026-11-20",
    ),
    # an occasion after "after" or a go-between after "through", dated by its own "on"
    Case(
        # how often the conference is held is no date
        "a-weekly-news-conference-on-a-day",
        "Government spokeswoman Leila Farrokh told a weekly news conference on Tuesday that the sanctions "
        "were “economic terrorism”.",
        "economic terrorism",
        said_on=iso("2026-03-03"),
        date="2026-03-06",
    ),
    Case(
        "speaking-through-a-translator-on-a-day-after-the-verb",
        "“Peace is possible,” Patriarch Elias Maro said in Greek, speaking through a translator at the "
        "Halden summit on Thursday.",
        "Peace is possible",
        said_on=iso("2026-03-05"),
        date="2026-03-06",
    ),
    Case(
        # the day of what the speaking was about is not the day of the speaking
        "speaking-about-an-attack-on-a-day",
        "“Peace is possible,” Patriarch Elias Maro said, speaking about the attack on Thursday.",
        "Peace is possible",
        said_on=None,
        date="2026-03-06",
    ),
    # the day hung on the occasion or the hearers of the speaking after the verb (red team 56)
    Case(
        "speaking-through-an-interpreter-at-a-news-conference-on-a-day",
        "“The water is poisoned,” Amir Talan said, speaking through an interpreter at a news conference on "
        "Tuesday.",
        "The water is poisoned",
        said_on=iso("2026-03-03"),
        date="2026-03-06",
    ),
    Case(
        "speaking-to-reporters-on-a-day",
        "“The water is poisoned,” Amir Talan said, speaking to reporters on Tuesday.",
        "The water is poisoned",
        said_on=iso("2026-03-03"),
        date="2026-03-06",
    ),
    Case(
        "speaking-at-a-rally-for-an-event-on-a-day",
        "“The water is poisoned,” Amir Talan said, speaking at a rally marking the flood on March 1.",
        "The water is poisoned",
        said_on=None,
        date="2026-03-06",
    ),
    # the date of what was said, before the attribution and after it (red team 64)
    Case(
        "a-content-s-date-after-a-closing-attribution",
        "The toll stood at 12, the health ministry said, up from eight on Monday.",
        "The toll stood at 12",
        said_on=None,
        date="2026-03-05",
    ),
    # guards from a review: the day of an occasion the words were said in or told to still dates them;
    # a paper's "Today" is no date; an Orthodox feast is not reckoned
    Case(
        "in-a-day-s-order",
        "The judge said in Friday's order that the law was void.",
        "that the law was void",
        said_on=iso("2026-02-27"),
        date="2026-03-05",
    ),
    Case(
        "told-a-day-s-episode",
        "Kell told Sunday's episode of the podcast that he would run again.",
        "that he would run again",
        said_on=iso("2026-03-01"),
        date="2026-03-05",
    ),
    Case(
        "told-a-paper-named-today",
        "Schiff told USA TODAY that the hack was clear.",
        "that the hack was clear",
        said_on=None,
        date="2026-03-05",
    ),
    Case(
        "on-orthodox-easter",
        "Patriarch Elias said on Orthodox Easter Sunday that peace was near.",
        "that peace was near",
        said_on=None,
        date="2026-04-15",
    ),
    # a feast's weekday is not the nearest one, but the feast's (red team 57)
    Case(
        "on-palm-sunday",
        "Archbishop Lucien Morvan said on Palm Sunday that the church would not bow to pressure.",
        "that the church would not bow to pressure",
        said_on=iso("2026-03-29"),
        date="2026-04-08",
    ),
    Case(
        "on-good-friday",
        "Archbishop Lucien Morvan said on Good Friday that the church would not bow to pressure.",
        "that the church would not bow to pressure",
        said_on=iso("2025-04-18"),
        date="2025-04-22",
    ),
    Case(
        "on-a-feast-long-ago",
        "Archbishop Lucien Morvan said on Palm Sunday that the church would not bow to pressure.",
        "that the church would not bow to pressure",
        said_on=None,
        date="2026-11-08",
    ),
    # a day owning an event is the event's day, not the saying's (red team 61)
    Case(
        "asked-about-a-day-s-defeat",
        "Asked about Saturday's defeat, Ilario Vence said the team had been poor.",
        "the team had been poor",
        said_on=None,
        date="2026-03-05",
    ),
    Case(
        "said-of-a-day-s-performance",
        "Ilario Vence said of Saturday's performance that it was unacceptable.",
        "that it was unacceptable",
        said_on=None,
        date="2026-03-05",
    ),
    Case(
        "asked-about-the-coming-derby",
        "Asked if he would be in charge for Saturday's derby, Ilario Vence replied: “Of course.”",
        "Of course.",
        said_on=None,
        date="2026-03-05",
    ),
    Case(
        "in-a-day-s-interview",
        "Ilario Vence said in Tuesday's interview that the team had been poor.",
        "that the team had been poor",
        said_on=iso("2026-03-03"),
        date="2026-03-05",
    ),
    Case(
        "at-a-day-s-rally",
        "Speaking at Friday's rally, Ilario Vence said the team had been poor.",
        "the team had been poor",
        said_on=iso("2026-02-27"),
        date="2026-03-05",
    ),
    Case(
        "during-a-day-s-conference-call",
        "Ilario Vence said during Tuesday's conference call that the team had been poor.",
        "that the team had been poor",
        said_on=iso("2026-03-03"),
        date="2026-03-05",
    ),
    Case(
        "after-training-on-a-day",
        "“We created six chances,” Carvalho-Pinto told reporters after training on Monday.",
        "We created six chances",
        said_on=iso("2026-03-09"),
        date="2026-03-10",
    ),
    Case(
        "through-an-interpreter-on-a-day",
        "Hossein Jalali-Nour said through an interpreter on Monday that his country was ready to talk.",
        "his country was ready to talk",
        said_on=iso("2026-03-09"),
        date="2026-03-10",
    ),
    Case(
        "since-a-dated-event-is-no-day-of-saying",
        "Clinton has not mentioned Machado since the Monday debate.",
        "Machado",
        said_on=None,
        date="2026-03-10",
    ),
    # Dates in figures, day first as most of the world writes them; never guessed when either
    # number could be the month.
    *(
        Case(
            f"numeric-date-{name_id}",
            f"The minister said on {written} that the issue would be resolved.",
            "the issue would be resolved",
            said_on=on,
            date="2026-11-20",
        )
        for name_id, written, on in [
            ("slashes", "17/11/2026", iso("2026-11-17")),
            ("stops", "17.11.2026", iso("2026-11-17")),
            ("hyphens", "17-11-2026", iso("2026-11-17")),
            ("iso", "2026-11-17", iso("2026-11-17")),
            ("month-first", "11/17/2026", iso("2026-11-17")),
            ("either-way-round", "05/11/2026", None),
        ]
    ),
    # The cue's own date, when the cue is in a relative clause (a photo caption's "who said on Monday").
    Case(
        "who-said-on-a-day",
        "Health Minister Anja Petrović, who said on Monday that the mergers would go ahead, speaks to reporters.",
        "the mergers would go ahead",
        said_on=iso("2026-11-16"),
        date="2026-11-20",
    ),
    # A date between the verb and a reported clause with no "that" dates the saying, not the content.
    Case(
        "weekday-before-a-clause-without-that",
        "The Interior Ministry said on Thursday it would reopen the eastern docks.",
        "it would reopen the eastern docks",
        not_also=("Thursday",),
        said_on=iso("2017-06-22"),
        date="2017-06-23",
    ),
    # A wire dispatch's dateline dates it: "on Monday" is the Monday before March 3, though the page
    # was published (or fetched) on March 10; a dateline later than the article's date is ignored.
    Case(
        "weekday-in-a-dispatch-dated-by-its-dateline",
        "DOLMAR, March 3 (VNA) - President Rahbari said on Monday that the unrest was over.",
        "that the unrest was over",
        said_on=iso("2026-03-02"),
        date="2026-03-10",
    ),
    Case(
        "a-press-release-dateline-with-its-year",
        "Brightwell Foods Agrees to Buy Hallam Dairies\n\nHALLAM, March 2, 2026 -- Brightwell Foods today "
        "announced that it has agreed to acquire Hallam Dairies for 84 million crowns.",
        "agreed to acquire Hallam Dairies",
        speaker="Brightwell Foods",
        said_on=iso("2026-03-02"),
        date="2026-03-06",
    ),
    # State agencies' datelines: day first, the agency between slashes or bare, the place not in capitals.
    Case(
        "day-first-dateline",
        "DAMIRA, 12 November (QNA) - Interior Minister Khalid Al Thani said on Wednesday that security "
        "is a red line.",
        "that security is a red line",
        said_on=iso("2026-11-11"),
        date="2026-11-20",
    ),
    Case(
        "agency-between-slashes-after-a-full-stop",
        "VELGRAD, November 12. /VESTA/. Interior Minister Pavel Orlov said on Wednesday that the rallies "
        "were illegal.",
        "that the rallies were illegal",
        said_on=iso("2026-11-11"),
        date="2026-11-20",
    ),
    Case(
        "agency-between-slashes-before-a-dash",
        "ASHGAR, November 14 /KhemInform/ -- Secretary Nurlan Seitkaliyev said on Friday that the rallies "
        "were illegal.",
        "that the rallies were illegal",
        said_on=iso("2026-11-13"),
        date="2026-11-20",
    ),
    Case(
        "place-not-in-capitals-then-date-and-bare-agency",
        "Tehran, Nov 12, ARNA -- Interior Minister Ahmad Vahidi-Nejad said on Wednesday that the rallies "
        "were illegal.",
        "that the rallies were illegal",
        said_on=iso("2026-11-11"),
        date="2026-11-20",
    ),
    Case(
        "dateline-after-the-article-date-is-ignored",
        "DOLMAR, May 3 (VNA) - President Rahbari said on Monday that the unrest was over.",
        "that the unrest was over",
        said_on=iso("2026-03-09"),
        date="2026-03-10",
    ),
    # "Friday prayer leader" is an office: the weekday in it is not the day of saying.
    Case(
        "friday-prayer-leader-said-on-monday",
        "Friday prayer leader Ayatollah Mahmoud Ahani said on Monday that unity was a religious duty.",
        "that unity was a religious duty",
        said_on=iso("2026-03-09"),
        date="2026-03-10",
    ),
    Case(
        "friday-prayer-leader-with-no-date",
        "The Friday prayer leader said that unity was a religious duty.",
        "that unity was a religious duty",
        said_on=None,
        date="2026-03-10",
    ),
    Case(
        "bare-weekday-before-a-clause-without-that",
        "The Interior Ministry said Thursday it would reopen the eastern docks.",
        "it would reopen the eastern docks",
        not_also=("Thursday",),
        said_on=iso("2017-06-22"),
        date="2017-06-23",
    ),
    Case(
        "a-quotation-opening-with-a-date-keeps-it",
        "As Miro Lasken pointed out in May, “In the week before the vote, the deputies will change it.”",
        "In the week before the vote, the deputies will change it",
        speaker="Miro Lasken",
        date="2017-06-23",
    ),
    Case(
        "this-week-before-a-clause-without-that",
        "The harbour authority said this week the cranes would be inspected.",
        "the cranes would be inspected",
        not_also=("week",),
        date="2017-06-23",
    ),
    # A date right after the speaker ("The front on Monday asked") says when, not who.
    Case(
        "weekday-between-speaker-and-verb",
        "The National Liberation Front on Monday asked the Constitutional Council to suspend the reform.",
        "the Constitutional Council to suspend the reform",
        speaker="The National Liberation Front",
        speaker_name="National Liberation Front",
        said_on=iso("2017-07-03"),
        date="2017-07-04",
    ),
    Case(
        "weekday-after-a-speaker-with-a-prepositional-role",
        "The mayor of Dravin on Tuesday said the harbour would stay closed.",
        "the harbour would stay closed",
        speaker="The mayor of Dravin",
        said_on=iso("2017-07-04"),
        date="2017-07-05",
    ),
    Case(
        "at-the-time-between-speaker-and-verb",
        "Varek at the time said she’d asked her “people” to “look into” paying the fees.",
        "asked her",
        speaker="Varek",
        speaker_name="Varek",
    ),
    Case(
        "at-the-time-after-according-to",
        "The ferry company, according to an interview with the Harbour Daily at the time, planned to "
        "close the line.",
        "planned to close the line",
        speaker="an interview with the Harbour Daily",
        cue="according to",
    ),
    Case(
        # negative: a place after the speaker is part of who it is
        "a-place-after-the-speaker-stays",
        "The mayor at the port said the harbour would stay open.",
        "the harbour would stay open",
        speaker="The mayor at the port",
    ),
    Case(
        "a-weekday-inside-the-speakers-name-stays",
        "The Committee on Monday Markets said the harbour would stay closed.",
        "the harbour would stay closed",
        speaker="The Committee on Monday Markets",
        said_on=None,
        date="2017-07-05",
    ),
    Case(
        "weekday-before-article-date",
        "Miro Lasken said on Thursday that the police had acted lawfully.",
        "the police had acted lawfully",
        said_on=iso("2017-06-22"),
        date="2017-06-23",
    ),
    Case(
        "weekday-same-as-article-date",
        "Dana Varek said on Friday that the vote would go ahead as planned.",
        "the vote would go ahead as planned",
        said_on=iso("2017-06-23"),
        date="2017-06-23",
    ),
    Case(
        "weekday-across-month-boundary",
        "“The letter is a stunt,” Gregor Tallis said on Friday.",
        "The letter is a stunt",
        said_on=iso("2017-06-30"),
        date="2017-07-03",
    ),
    Case(
        "month-day",
        "In a letter to the council on July 3, the NLF argued that the law breached the constitution.",
        "the law breached the constitution",
        said_on=iso("2017-07-03"),
        date="2017-07-13",
    ),
    Case(
        "day-month-british",
        "Speaking in Parliament on 23 June, Ms Varek said ‘no one in this chamber is at war with anyone’.",
        "no one in this chamber is at war with anyone",
        said_on=iso("2017-06-23"),
        date="2017-06-26",
    ),
    Case(
        "month-day-year-without-article-date",
        "Samira Tovek said on June 5, 2017, that the bill was a declaration of war.",
        "the bill was a declaration of war",
        said_on=iso("2017-06-05"),
    ),
    Case(
        "yesterday",
        "Interior Minister Miro Lasken said yesterday that 41 people had been detained.",
        "41 people had been detained",
        said_on=iso("2017-06-16"),
        date="2017-06-17",
    ),
    Case(
        "weekday-evening",
        "President Teodor Halvast said on state television on Wednesday evening that the door was open.",
        "the door was open",
        said_on=iso("2017-07-05"),
        date="2017-07-05",
    ),
    Case(
        "weekday-without-article-date",
        "Miro Lasken said on Thursday that the police had acted lawfully.",
        "the police had acted lawfully",
        said_on=None,
    ),
    Case(
        "month-day-without-year-or-article-date",
        "Dana Varek said on June 23 that no one was at war with anyone.",
        "no one was at war with anyone",
        said_on=None,
    ),
    # An age after the name is no date: the day after it still is.
    Case(
        "age-after-the-name-then-weekday",
        "Dario Menkes, 24, said on Sunday that he was leaving the club.",
        "he was leaving the club",
        said_on=iso("2017-07-09"),
        date="2017-07-11",
    ),
    # "Today" in an outlet's name is no date; the weekday after it is.
    Case(
        "outlet-named-today-then-weekday",
        "Samira Tovek told Kestovia Today on Monday that talks could not begin in a prison yard.",
        "talks could not begin in a prison yard",
        said_on=iso("2017-07-10"),
        date="2017-07-11",
    ),
    Case(
        "outlet-named-today-and-no-date",
        "Samira Tovek told Kestovia Today that talks could not begin in a prison yard.",
        "talks could not begin in a prison yard",
        said_on=None,
        date="2017-07-11",
    ),
    # a day the announced thing starts from is not the day of the announcement (red team 84)
    Case(
        "a-strike-from-a-weekday",
        "The union announced a 48-hour strike from Monday.",
        "a 48-hour strike from Monday",
        said_on=None,
        date="2017-07-11",
    ),
    Case(
        "speaking-from-a-place-on-a-weekday",
        "Speaking from Kesh on Monday, Ana Lind said the port would reopen.",
        "the port would reopen",
        said_on=iso("2017-07-10"),
        date="2017-07-11",
    ),
    # the weekday-in-a-name rule is for "the Sunday Clarion" alone (a review of it)
    Case(
        "a-weekday-after-on-before-a-capital",
        "On Friday Kestovan police said the road was closed.",
        "the road was closed",
        said_on=iso("2017-07-07"),
        date="2017-07-11",
    ),
    Case(
        "a-weekday-before-a-platform",
        "Leikford said in a Monday Twitter post that the road was closed.",
        "the road was closed",
        said_on=iso("2017-07-10"),
        date="2017-07-11",
    ),
    Case(
        "a-weekday-opening-a-paper-s-name",
        "Greystone Rovers have made a £30m offer for Kai Lomond, the Sunday Clarion reported.",
        "Greystone Rovers have made",
        speaker_name="Sunday Clarion",
        said_on=None,
        date="2017-07-11",
    ),
    Case(
        "outlet-named-today-as-speaker",
        "Kestovia Today reported that the talks would begin in August.",
        "the talks would begin in August",
        said_on=None,
        date="2017-07-11",
    ),
    # The word today, in lower case or opening the sentence, still dates the statement.
    Case(
        "today-in-lower-case",
        "Samira Tovek said today that the talks had failed.",
        "the talks had failed",
        said_on=iso("2017-07-11"),
        date="2017-07-11",
    ),
    Case(
        "today-opening-the-sentence",
        "Today, Samira Tovek said the march would go ahead.",
        "the march would go ahead",
        said_on=iso("2017-07-11"),
        date="2017-07-11",
    ),
    Case(
        "weekday-after-an-outlet",
        "Samira Tovek told the Gazette Monday that the march would go ahead.",
        "the march would go ahead",
        said_on=iso("2017-07-10"),
        date="2017-07-11",
    ),
    # "last Friday" in a Friday's paper is a week ago, not the day itself.
    Case(
        "last-weekday-on-that-weekday",
        "The Interior Ministry said last Friday that the eastern docks would reopen.",
        "the eastern docks would reopen",
        said_on=iso("2017-06-16"),
        date="2017-06-23",
    ),
    Case(
        "weekday-and-last-week-apart",
        "Samira Tovek, speaking on Tuesday at a rally last week, said the march would go ahead.",
        "the march would go ahead",
        said_on=iso("2017-06-13"),
        date="2017-06-23",
    ),
    Case(
        "a-second-verb-shares-the-first-one-s-date",
        "On Sunday evening, President Teodor Halvast said the march had been organised from abroad and "
        "promised that those responsible would be found.",
        "those responsible would be found",
        said_on=iso("2017-06-18"),
        date="2017-06-20",
    ),
    Case(
        "a-saying-participle-shares-its-verb-s-date",
        "Prime Minister Edda Lindqvar on Sunday defended the budget, saying the government could not print money.",
        "the government could not print money",
        said_on=iso("2017-06-18"),
        date="2017-06-20",
    ),
    # A round-up's day label dates what is said in its paragraph.
    Case(
        "a-round-up-s-day-label-dates-told",
        "VELSK, Nov 20 - Here is what was said this week.\n\n"
        "Wednesday: Ilona Marek told Al-Rawda that President Aurel Stanek was afraid.",
        "President Aurel Stanek was afraid",
        said_on=iso("2026-11-18"),
        date="2026-11-20",
    ),
    Case(
        "a-round-up-s-dated-label",
        "VELSK, Nov 20 - Here is what was said this week.\n\n"
        "Nov. 16: The president said the West was to blame.",
        "the West was to blame",
        said_on=iso("2026-11-16"),
        date="2026-11-20",
    ),
    Case(
        "a-label-that-is-no-day-dates-nothing",
        "VELSK, Nov 20 - Here is what was said this week.\n\n"
        "Background: The president said the West was to blame.",
        "the West was to blame",
        said_on=None,
        date="2026-11-20",
    ),
    # The date inside a venue phrase still dates the statement.
    Case(
        "weekday-inside-a-venue",
        "Samira Tovek said in a letter to the council on Monday that the budget was a disgrace.",
        "the budget was a disgrace",
        said_on=iso("2017-07-10"),
        date="2017-07-11",
    ),
    # the day of something that happened to the speaker is not the day of the saying
    Case(
        "the-day-the-speaker-was-injured",
        "Police chief Gustav Ahlberg, injured in the riot on Tuesday, said the crowd had been “organised”.",
        "the crowd had been “organised”",
        said_on=None,
        date="2026-03-06",
    ),
    Case(
        "the-day-the-speaker-was-elected",
        "The new mayor of Drellin, Ilse Varga, elected on Sunday with 61 percent of the vote, said the "
        "ferry would keep running.",
        "the ferry would keep running",
        said_on=None,
        date="2026-03-06",
    ),
    Case(
        "re-elected-split-by-the-tokenizer",
        "Marchetti, who was re-elected on Sunday, said schools in the Harlen district would reopen.",
        "schools in the Harlen district would reopen",
        said_on=None,
        date="2026-03-06",
    ),
    Case(
        "a-report-published-on-a-day-says-it-that-day",
        "The report, published on Monday, said the port was losing money.",
        "the port was losing money",
        said_on=iso("2026-03-02"),
        date="2026-03-06",
    ),
    # parts of the day name the day; a week or a weekend names none of its days
    Case(
        "last-night",
        "Haldane told MPs last night that the treasury had no more room for tax cuts.",
        "the treasury had no more room for tax cuts",
        said_on=iso("2026-03-05"),
        date="2026-03-06",
    ),
    Case(
        "late-last-night",
        "Haldane said late last night that the treasury had no more room for tax cuts.",
        "the treasury had no more room for tax cuts",
        said_on=iso("2026-03-05"),
        date="2026-03-06",
    ),
    Case(
        "speaking-this-morning",
        "Speaking this morning, Haldane said the treasury had no more room for tax cuts.",
        "the treasury had no more room for tax cuts",
        said_on=iso("2026-03-06"),
        date="2026-03-06",
    ),
    Case(
        "tonight",
        "Haldane said tonight that the treasury had no more room for tax cuts.",
        "the treasury had no more room for tax cuts",
        said_on=iso("2026-03-06"),
        date="2026-03-06",
    ),
    Case(
        "this-afternoon",
        "Haldane said this afternoon that the treasury had no more room for tax cuts.",
        "the treasury had no more room for tax cuts",
        said_on=iso("2026-03-06"),
        date="2026-03-06",
    ),
    Case(
        "last-weekend-is-no-day",
        "Haldane said last weekend that the treasury had no more room for tax cuts.",
        "the treasury had no more room for tax cuts",
        said_on=None,
        date="2026-03-06",
    ),
    Case(
        "late-last-week-is-no-day",
        "Haldane said late last week that the treasury had no more room for tax cuts.",
        "the treasury had no more room for tax cuts",
        said_on=None,
        date="2026-03-06",
    ),
    Case(
        "last-week-is-no-day",
        "Haldane told the Kestra Ledger last week that the treasury had no more room for tax cuts.",
        "the treasury had no more room for tax cuts",
        said_on=None,
        date="2026-03-06",
    ),
    Case(
        "a-weekday-last-week",
        "Haldane said on Friday last week that the treasury had no more room for tax cuts.",
        "the treasury had no more room for tax cuts",
        said_on=iso("2026-02-27"),
        date="2026-03-06",
    ),
]

VENUES = [
    # what a court writes (red team 152; session 39)
    Case(
        "said-in-an-order-that",
        "Judge Rosa Tan said in an order that the flights must stop.",
        "the flights must stop",
        speaker_name="Rosa Tan",
        venue="in an order",
    ),
    Case(
        "a-dissenting-opinion-fronted",
        "In a dissenting opinion, Justice Henry Okafor wrote that the majority had erred.",
        "the majority had erred",
        venue="In a dissenting opinion",
    ),
    Case(
        "said-in-its-opinion",
        "The court said in its opinion that the law was void.",
        "the law was void",
        venue="in its opinion",
    ),
    *(
        Case(f"a-view-or-a-measure-is-no-court-paper-{k}", text, quote, venue=None)
        for k, (text, quote) in enumerate(
            [
                ("The board said in its opinion the offer undervalued the company.", "the offer undervalued"),
                ("Dr Ruiz said in her professional opinion the bridge was unsafe.", "the bridge was unsafe"),
                (
                    "Council leader Jo Bell said in the order of 300 homes would be built.",
                    "would be built",
                ),
            ]
        )
    ),
    *(
        Case(f"responding-or-writing-to-someone-is-no-venue-{k}", text, quote, venue=None)
        for k, (text, quote) in enumerate(
            [
                (
                    "Responding to the Budget, the Resolution Foundation said taxes would rise.",
                    "taxes would rise",
                ),
                ("Replying to the Speaker, Kell said the vote was fair.", "the vote was fair"),
                ("Writing to the Prime Minister, 40 MPs said the plan had failed.", "the plan had failed"),
            ]
        )
    ),
    Case(
        "in-her-opinion-is-a-view",
        "In her opinion, the plan fails, Tan said.",
        "the plan fails",
        venue=None,
    ),
    Case(
        "wrote-in-a-memorandum-is-the-writers",
        "Prosecutors wrote in a memorandum that Delgado had shown “not a flicker of remorse.”",
        "not a flicker of remorse",
        speaker="Prosecutors",
        venue="in a memorandum",
    ),
    # the reading of a letter is not a saying (red team 153)
    Case(
        "a-letter-seen-by-a-paper-before-the-clause",
        "Ms Varley said in a letter seen by the Echo that it would reopen.",
        "it would reopen",
        speaker_name="Varley",
        venue="in a letter seen by the Echo",
    ),
    Case(
        "a-post-hung-on-the-object-of-a-parting-before-writing",
        "Bellini said goodbye to Dunmore in an Instagram post on Sunday, writing: “Thank you.”",
        "Thank you",
        venue="in an Instagram post",
        date="2026-08-18",
        said_on=date(2026, 8, 16),
    ),
    # a gathering after a clause that says what something is: where it was said, not part of it
    # (red team 149; session 39)
    Case(
        "a-meeting-after-a-quoted-predicate",
        "Larkin said the offer was “an insult” at a meeting on Wednesday.",
        "the offer was “an insult”",
        not_also=("meeting",),
        venue="at a meeting",
        date="2026-10-15",
        said_on=date(2026, 10, 14),
    ),
    Case(
        "a-hearing-after-an-adjective",
        "Larkin said the plan was unfair during the hearing.",
        "the plan was unfair",
        not_also=("hearing",),
        venue="during the hearing",
    ),
    *(
        Case(f"how-things-were-at-a-gathering-is-what-was-said-{k}", text, quote, venue=None)
        for k, (text, quote) in enumerate(
            [
                ("Police said the mood was tense at the rally.", "the mood was tense at the rally"),
                ("Kell said he was not present at the meeting.", "he was not present at the meeting"),
                ("Lenz said she was the only woman at the summit.", "she was the only woman at the summit"),
                ("Kell said there was no agreement at the meeting.", "there was no agreement at the meeting"),
            ]
        )
    ),
    *(
        Case(f"speaking-to-a-body-by-its-name-{k}", text, "the plan was fine", venue=venue)
        for k, (text, venue) in enumerate(
            [
                ("Speaking to the BBC, Jo Bell said the plan was fine.", "to the BBC"),
                ("Jo Bell, speaking to the LDRS, said the plan was fine.", "to the LDRS"),
                (
                    "Speaking to the Local Democracy Reporting Service, Jo Bell said the plan was fine.",
                    "to the Local Democracy Reporting Service",
                ),
            ]
        )
    ),
    Case(
        "took-to-a-platform-writing",
        "Colin Ashworth took to Instagram, writing: “Nobody could fill a room like Mags.”",
        "Nobody could fill a room like Mags",
        venue="Instagram",
    ),
    Case(
        "took-a-train-to-a-conference-is-no-venue",
        "Jo Bell took the train to the conference, telling reporters the plan was dead.",
        "the plan was dead",
        venue=None,
    ),
    *(
        Case(f"a-court-paper-with-its-length-or-kind-{k}", text, quote, venue=venue)
        for k, (text, quote, venue) in enumerate(
            [
                (
                    "Judge Maria Ortiz wrote in a 23-page opinion that the law was void.",
                    "the law was void",
                    "in a 23-page opinion",
                ),
                (
                    "The judge said in a brief order that the flights must stop.",
                    "the flights must stop",
                    "in a brief order",
                ),
            ]
        )
    ),
    Case(
        "speaking-to-a-paper-by-its-name",
        "Speaking to the Ledger, Ms Kaur said the plan was fine.",
        "the plan was fine",
        venue="to the Ledger",
    ),
    Case(
        "took-a-complaint-to-a-platform",
        "Jo Bell took her complaint to X, writing: “This is a scandal.”",
        "This is a scandal",
        venue="to X",
    ),
    *(
        Case(f"no-venue-for-a-holy-person-or-a-speed-{k}", text, quote, venue=None)
        for k, (text, quote) in enumerate(
            [
                ("Speaking to the Dalai Lama, the minister said the talks were warm.", "the talks were warm"),
                ("Speaking to the Princess Royal, the nurse said the ward was ready.", "the ward was ready"),
                ("The regulator said in quick order that the fine was final.", "the fine was final"),
                # a review of session 40
                ("The regulator said in swift order that the fine was final.", "the fine was final"),
                ("Speaking to the Duke of Kent, the nurse said the ward was ready.", "the ward was ready"),
                ("Speaking to the Aga Khan, the minister said the talks were warm.", "the talks were warm"),
            ]
        )
    ),
    Case(
        "took-someone-to-a-conference-is-no-venue",
        "Jo Bell took her wife to the conference, saying she was proud of the team.",
        "she was proud of the team",
        venue=None,
    ),
    Case(
        "in-a-new-opinion",
        "Judge Ana Ruiz wrote in a new opinion that the law was void.",
        "the law was void",
        venue="in a new opinion",
    ),
    Case(
        "took-a-fight-to-parliament-is-no-venue",
        "Ana Ruiz took her fight to Parliament, saying: “Carers deserve better.”",
        "Carers deserve better",
        venue=None,
    ),
    *(
        Case(f"a-royal-name-whose-head-is-no-title-{k}", text, "the plan was sound", venue=venue)
        for k, (text, venue) in enumerate(
            [
                # a review of session 40: 4a21195 read any royal word in the name as a title
                (
                    "Speaking to the Royal Society, the minister said the plan was sound.",
                    "to the Royal Society",
                ),
                (
                    "Speaking to the Royal British Legion, the minister said the plan was sound.",
                    "to the Royal British Legion",
                ),
            ]
        )
    ),
    *(
        Case(f"a-judge-s-order-described-by-its-speed-{k}", text, "the law was void", venue=venue)
        for k, (text, venue) in enumerate(
            [
                (
                    "Judge Mara Ellis said in a rapid order issued on Friday that the law was void.",
                    "in a rapid order",
                ),
                (
                    "Judge Mara Ellis said in a short order issued on Friday that the law was void.",
                    "in a short order",
                ),
            ]
        )
    ),
    *(
        Case(
            f"a-that-clause-after-a-call-is-what-was-said-{k}",
            text,
            "margins would recover",
            not_also=("call",),
            cue=cue,
            venue=venue,
        )
        for k, (text, cue, venue) in enumerate(
            [
                # red team 165 (session 40): the parser hung the clause on the call
                (
                    "Dana Kerr said on an earnings call that margins would recover.",
                    "said",
                    "on an earnings call",
                ),
                ("Kerr said during the call that margins would recover.", "said", "during the call"),
                (
                    "Alan Greaves told analysts on a conference call that margins would recover.",
                    "told",
                    "on a conference call",
                ),
            ]
        )
    ),
    # red teams 162 and 164 (session 40): a programme's name is no day; a broadcaster by its name
    Case(
        "the-today-programme-is-no-date",
        "Mr Pryce told the Today programme that the strike was unjustified.",
        "the strike was unjustified",
        venue="the Today programme",
        said_on=None,
        date="2026-03-08",
    ),
    Case(
        "the-today-programme-and-a-weekday",
        "Mr Pryce told the Today programme on Monday that the strike was unjustified.",
        "the strike was unjustified",
        said_on=date(2026, 3, 2),
        date="2026-03-08",
    ),
    Case(
        "a-show-ending-in-tonight-is-no-date",
        "Speaking on Matchday Tonight, Gary Tolland said the defending had been poor.",
        "the defending had been poor",
        said_on=None,
        date="2026-03-08",
    ),
    Case(
        "speaking-on-a-broadcaster-by-its-name",
        "Speaking on Sky Sports, Gary Tolland said the defending had been poor.",
        "the defending had been poor",
        venue="on Sky Sports",
    ),
    # red teams 162 and 169 (session 40)
    Case(
        "told-the-programme-named-before",
        "Speaking on BBC Radio 4's Today programme, Hale defended the plan. “It will work,” he told the programme.",
        "It will work",
        venue="the programme",
    ),
    Case(
        "said-in-a-status-update",
        "Cloudvane said in a status update that a fix was rolling out.",
        "a fix was rolling out",
        venue="in a status update",
    ),
    Case(
        "a-doctor-writing-in-a-journal-by-its-letters",
        "Dr Ann Cole, writing in the BMJ, said the findings were worrying.",
        "the findings were worrying",
        speaker_name="Ann Cole",
        venue="in the BMJ",
    ),
    Case(
        "writing-in-a-magazine-named-as-an-ocean",
        "Writing in the Atlantic, Mara Fenn argued that the treaty was dead.",
        "the treaty was dead",
        venue="in the Atlantic",
    ),
    Case(
        "writing-in-a-journal-by-its-name",
        "Writing in the Lancet, the researchers said the drug worked.",
        "the drug worked",
        venue="in the Lancet",
    ),
    Case(
        "speaking-to-a-hospital-named-after-a-queen",
        "Speaking to the Queen Elizabeth Hospital, he said the ward would reopen.",
        "the ward would reopen",
        venue="to the Queen Elizabeth Hospital",
    ),
    Case(
        "took-to-the-stage-is-no-venue",
        "The mayor took to the stage, saying the fight was over.",
        "the fight was over",
        venue=None,
    ),
    Case(
        "said-in-a-eulogy",
        "“He taught me how to lose with grace,” Daniel Okafor said in a eulogy.",
        "He taught me how to lose with grace",
        venue="in a eulogy",
    ),
    Case(
        "according-to-a-letter-has-no-venue",
        "According to a letter, pupils are not safe.",
        "pupils are not safe",
        venue=None,
    ),
    Case(
        "a-workplace-after-the-speaker-is-no-venue",
        "“We stand by our reporting,” said a senior editor at the paper.",
        "We stand by our reporting",
        venue=None,
    ),
    Case(
        "remarks-answered-are-not-where-the-answer-was-made",
        "Ruiz apologised for her remarks on television, saying she regretted them.",
        "she regretted them",
        venue=None,
    ),
    Case(
        "a-meeting-where-the-reported-act-happened",
        "Larkin said the sides had agreed at a meeting in Geneva.",
        "the sides had agreed at a meeting in Geneva",
        venue=None,
    ),
    Case(
        "a-rally-of-the-speech-the-predicate-names",
        "Larkin said the highlight was a speech at the rally.",
        "the highlight was a speech at the rally",
        venue=None,
    ),
    Case(
        "a-meeting-that-is-the-predicate",
        "Larkin said the vote was at a meeting on Wednesday.",
        "the vote was at a meeting",
        venue=None,
    ),
    # a venue closing an attribution written verb first, which the parser hung on the speaker
    # (red teams 146, 150, 151; session 39)
    *(
        Case(
            f"said-the-speaker-then-the-venue-{k}", text, "Margins will recover", speaker=speaker, venue=venue
        )
        for k, (text, speaker, venue) in enumerate(
            [
                ("“Margins will recover,” said Lindqvist in a statement.", "Lindqvist", "in a statement"),
                (
                    "“Margins will recover,” said the spokesman in a statement.",
                    "the spokesman",
                    "in a statement",
                ),
                ("“Margins will recover,” said Lindqvist on X.", "Lindqvist", "on X"),
                (
                    "“Margins will recover,” said Lindqvist on the earnings call.",
                    "Lindqvist",
                    "on the earnings call",
                ),
                (
                    "“Margins will recover,” said Lindqvist during the earnings call.",
                    "Lindqvist",
                    "during the earnings call",
                ),
                (
                    "“Margins will recover,” said Gov. Neha Raval at a panel discussion.",
                    "Gov. Neha Raval",
                    "at a panel discussion",
                ),
                ("“Margins will recover,” Raval said at the Harbour Point symposium.", "Raval", "symposium"),
                ("“Margins will recover,” Raval said in a webinar.", "Raval", "in a webinar"),
                ("“Margins will recover,” Col. Rafael Dunn said by phone.", "Col. Rafael Dunn", "by phone"),
                ("“Margins will recover,” said Dunn by telephone.", "Dunn", "by telephone"),
            ]
        )
    ),
    *(
        Case(f"said-the-speaker-then-no-venue-{k}", text, "Margins will recover", speaker=speaker, venue=None)
        for k, (text, speaker) in enumerate(
            [
                # a member of the panel, not where the words were said
                (
                    "“Margins will recover,” said one Democratic source on the panel.",
                    "one Democratic source on the panel",
                ),
                ("“Margins will recover,” said Lindqvist on Tuesday.", "Lindqvist"),
                ("“Margins will recover,” said a man by the door.", "a man by the door"),
            ]
        )
    ),
    # a study (red team 137); an address after an urging, with its day (red team 143); a post hung
    # on the object, with its day (red team 139)
    Case(
        "claimed-victory-at-a-news-conference-in-a-town",
        "Civic Alliance leader Elena Brask claimed victory at a news conference in Kelbridge.",
        "victory",
        venue="at a news conference in Kelbridge",
    ),
    Case(
        "denied-the-allegations-in-a-post-on-a-day",
        "The actor Dev Sarin denied the allegations in a lengthy post on Tuesday.",
        "the allegations",
        venue="in a lengthy post",
        date="2026-12-05",
        said_on=date(2026, 12, 1),
    ),
    Case(
        "urged-someone-to-act-in-a-televised-address",
        "Patriarch Ilarion IV urged the faithful to pray for peace in a televised address on Wednesday.",
        "the faithful to pray for peace",
        venue="in a televised address",
        date="2026-12-05",
        said_on=date(2026, 12, 2),
    ),
    Case(
        "said-something-in-a-speech-on-a-day",
        "The minister said the plan was dead in a speech on Monday.",
        "the plan was dead",
        venue="in a speech",
        date="2026-12-05",
        said_on=date(2026, 11, 30),
    ),
    Case(
        "wrote-in-the-study",
        "Epidemiologist Tarek Moulin of the Halden Institute wrote in the study that transmission in schools "
        "was lower than expected.",
        "that transmission in schools was lower than expected",
        venue="in the study",
    ),
    # a platform named after the object is where it was said, not what (red teams 69, 72)
    Case(
        "conceded-defeat-on-a-platform",
        "Ellis conceded defeat on Facebook.",
        "defeat",
        not_also=("Facebook",),
        venue="on Facebook",
    ),
    Case(
        "criticised-a-bill-on-x",
        "Varek criticised the bill on X.",
        "the bill",
        not_also=("X",),
        venue="on X",
    ),
    Case(
        "a-platform-s-claims-are-no-venue",
        "Varek cast doubt on Facebook's claims.",
        "doubt on Facebook's claims",
        venue=None,
    ),
    # a live blog's dashed signature with where and when it was said (red team 63): the aside was
    # the role
    Case(
        "a-dashed-signature-speaking-at-a-meeting-on-a-day",
        "“We were warned and we did nothing.” — Councillor Piet Amberly, speaking at an emergency council "
        "meeting on Tuesday",
        "We were warned and we did nothing.",
        venue="at an emergency council meeting",
        said_on=iso("2026-03-03"),
        date="2026-03-05",
        role="Councillor",
    ),
    # a fronted venue's participle set off by a comma was read as a clause said (red team 57)
    Case(
        "a-fronted-sermon-broadcast-live-set-off",
        "In his Friday sermon, broadcast live on state television, Sheikh Saleh al-Amri said the nation "
        "must unite behind the king.",
        "the nation must unite behind the king",
        not_also=("sermon",),
        venue="In his Friday sermon",
    ),
    # the venue after a go-between was hung on the interpreter (red team 50)
    Case(
        "said-through-an-interpreter-at-a-news-conference",
        "“We have counted every ballot twice,” chief election commissioner Yusuf Tarkan said through an "
        "interpreter at a news conference in Marenka.",
        "We have counted every ballot twice",
        venue="at a news conference in Marenka",
    ),
    # the parser hung the venue on the object's last noun, so it was read as part of the claim (red team 47)
    Case(
        "claimed-responsibility-in-a-statement",
        "The Kessar Front claimed responsibility for the attack in a statement on Tuesday.",
        "responsibility for the attack",
        not_also=("statement",),
        venue="in a statement",
    ),
    # press reviews (red team 40)
    Case(
        "writing-in-an-op-ed",
        "Writing in an op-ed for the Talsin Herald, former minister Ada Brenn argued that the tax was unfair.",
        "the tax was unfair",
        venue="in an op-ed",
    ),
    Case(
        "on-its-front-page",
        "The Daily Flare said on its front page that the minister had lied.",
        "the minister had lied",
        venue="on its front page",
    ),
    Case(
        "told-viewers-on-air",
        "Host Vera Quell told viewers on air that the minister had lied.",
        "the minister had lied",
        venue="on air",
    ),
    Case(
        "in-a-notice-sent-to-customers",
        "In a notice sent to customers on Monday, Kelsworth Bank said hackers had accessed names and "
        "email addresses.",
        "hackers had accessed names",
        venue="In a notice",
    ),
    Case(
        "in-a-news-release",
        "Prosecutors said in a news release that the 40-year-old had been indicted on three counts.",
        "had been indicted",
        venue="in a news release",
    ),
    # election and parliamentary copy, and a rights group's petition (red teams 35, 37)
    Case(
        "speaking-in-the-commons",
        "Speaking in the Commons, Home Secretary Niamh Corrigan said: “We will not be lectured on border "
        "security.”",
        "We will not be lectured",
        venue="in the Commons",
    ),
    Case(
        "on-the-campaign-trail",
        "Opposition leader Marta Keln said on the campaign trail on Monday that her party would scrap the "
        "fuel levy.",
        "her party would scrap the fuel levy",
        venue="on the campaign trail",
    ),
    Case(
        "wrote-in-the-petition",
        "“We demand to know whether our sons are alive,” the mothers wrote in the petition, which was "
        "delivered to parliament on Tuesday.",
        "We demand to know",
        venue="in the petition",
    ),
    Case(
        "a-venue-the-recogniser-does-not-list-before-the-clause",
        "Brenn said in an Instagram story that the crossing would reopen.",
        "that the crossing would reopen",
        venue="in an Instagram story",
    ),
    # A platform's aside does not hold the clause: "wrote on X, formerly Twitter, that …"
    Case(
        "a-platform-s-former-name-between-the-verb-and-the-clause",
        "Kallas wrote on X, formerly Twitter, that the attack had been repelled.",
        "that the attack had been repelled",
        venue="on X",
    ),
    # A venue of the reported act, inside what was said, stays in the quote.
    Case(
        "the-remarks-were-made-in-an-interview",
        "Raud said the president had made the remarks in a televised interview.",
        "the president had made the remarks in a televised interview",
        venue=None,
    ),
    Case(
        "to-be-announced-at-a-news-conference",
        "Raud said the decision would be announced at a news conference.",
        "the decision would be announced at a news conference",
        venue=None,
    ),
    Case(
        "lied-in-a-statement",
        "Raud said Maric had lied in a statement to parliament.",
        "Maric had lied in a statement to parliament",
        venue=None,
    ),
    Case(
        "set-out-a-position-in-a-speech",
        "Raud said she would set out the government's position in a speech to parliament.",
        "she would set out the government's position in a speech to parliament",
        venue=None,
    ),
    Case(
        "but-the-port-reopening-was-said-in-an-interview",
        "Raud said the port would reopen in an interview with the Kestra Ledger.",
        "the port would reopen",
        venue="in an interview with the Kestra Ledger",
    ),
    # What a court issues or hears is where its judges and lawyers said it.
    Case(
        "said-in-a-ruling",
        "The Constitutional Court of Lusenia said in a ruling on Wednesday that the protest law was void.",
        "the protest law was void",
        venue="in a ruling",
        said_on=iso("2026-03-04"),
        date="2026-03-06",
    ),
    Case(
        "wrote-in-a-judgment",
        "Justice Amira Sole wrote in a 40-page judgment that the protest law was void.",
        "the protest law was void",
        venue="in a 40-page judgment",
    ),
    Case(
        "said-in-a-closing-argument",
        "“The evidence is overwhelming,” prosecutor Leon Faraj said in his closing argument.",
        "The evidence is overwhelming",
        speaker_name="Leon Faraj",
        venue="in his closing argument",
    ),
    # A venue after what a cue's preposition names ("called for …") is where, not what.
    Case(
        "called-for-something-in-a-statement",
        "Civic Dawn on Friday called for talks with the government in a statement posted to the party's "
        "website.",
        "talks with the government",
        not_also=("statement",),
        venue="in a statement posted to the party's website",
    ),
    # What is posted on a platform is where it was said.
    Case(
        "in-a-thread-on-x",
        "The rights group Open Square said in a thread on X that it had documented 60 injured protesters.",
        "it had documented 60 injured protesters",
        venue="in a thread on X",
    ),
    Case(
        "in-a-livestream",
        "Solvang told supporters in a livestream that the march would go ahead.",
        "the march would go ahead",
        venue="in a livestream",
    ),
    # A participle of speaking set off after the speaker says where (or to which medium) it was said.
    Case(
        "speaking-to-a-channel-after-the-speaker",
        "Green Dawn spokesman Arash Mehrani, speaking to the London-based Manoto Vision satellite channel "
        "on Sunday, rejected the accusations as lies.",
        "the accusations as lies",
        venue="to the London-based Manoto Vision satellite channel",
    ),
    Case(
        "responding-to-a-question-at-a-news-conference",
        "Responding to a question at a news conference in Dolmar on Monday, spokesman Ali Tavakoli said "
        "the restrictions were temporary.",
        "the restrictions were temporary",
        venue="at a news conference in Dolmar",
    ),
    Case(
        "a-participle-of-saying-dated-by-its-verb-s-weekday",
        "Police appealed for calm on Thursday, saying the attack was isolated.",
        "the attack was isolated",
        date="2026-12-05",
        said_on=iso("2026-12-03"),
    ),
    Case(
        "said-outside-a-court-that",
        "Det Insp Mark Lowe said outside the Crown Court that the family were relieved.",
        "that the family were relieved",
        venue="outside the Crown Court",
    ),
    Case(
        "asked-about-something-at-a-press-conference",
        "Asked about the findings at a press conference on Wednesday, Deputy Foreign Minister Pavel Strand "
        "said the report was biased.",
        "the report was biased",
        speaker_name="Pavel Strand",
        venue="at a press conference",
    ),
    # negative: where the words answered were said is their speaker's venue
    Case(
        "responding-to-someone-s-comments-on-television",
        "Responding to President Aurel Stanek's comments on state television, opposition leader Ilona "
        "Marek said the president was lying.",
        "the president was lying",
        speaker_name="Ilona Marek",
        venue=None,
    ),
    Case(
        "responding-to-someone-s-speech-at-a-place",
        "Responding to the president's speech at the military academy, opposition leader Ilona Marek "
        "said the army would not obey.",
        "the army would not obey",
        venue=None,
    ),
    # negative: "at the close of" a day is a time, not a place
    Case(
        "at-the-close-of-a-day-is-no-venue",
        "Speaking to a crowd in Columbia at the close of primary day, Cruz warned that the cartel was nervous.",
        "that the cartel was nervous",
        venue=None,
    ),
    Case(
        "delivering-the-sermon-at-a-place",
        "Ayatollah Mahmoud Ahani, delivering the sermon at Dolmar University, said that unity was a duty.",
        "that unity was a duty",
        venue="at Dolmar University",
    ),
    # "said in a statement issued on Thursday that …": the statement is where, its speaker who.
    *(
        Case(
            f"published-venue-{name}",
            text,
            quote,
            speaker=speaker,
            venue=venue,
        )
        for name, text, quote, speaker, venue in [
            (
                "video-posted-online",
                "The kidnappers said in a video posted online on Wednesday that the hostages would be released.",
                "the hostages would be released",
                "The kidnappers",
                "in a video posted online",
            ),
            (
                "statement-issued-on-a-day",
                "The ministry said in a statement issued on Thursday that the port was closed.",
                "the port was closed",
                "The ministry",
                "in a statement",
            ),
            (
                "message-posted-on-a-platform",
                "The group said in a message posted on Telegram that the hostages were alive.",
                "the hostages were alive",
                "The group",
                "in a message posted on Telegram",
            ),
        ]
    ),
    # An occasion the parser hangs on the speaker's name is the venue, not part of the speaker.
    Case(
        "occasion-after-the-name-of-an-inverted-speaker",
        "“We are watching a slow-motion emergency,” said Grete Lindqvist at the launch of the report.",
        "We are watching a slow-motion emergency",
        speaker="Grete Lindqvist",
        venue="at the launch of the report",
    ),
    Case(
        "a-place-after-the-name-stays-with-the-speaker",
        "Grete Lindqvist at the UN mission said the report was late.",
        "the report was late",
        venue=None,
    ),
    # Social platforms by name are where the words were published.
    Case(
        "wrote-on-a-platform",
        "Striker Joel Makepeace wrote on Instagram that he was “feeling good”.",
        "feeling good",
        venue="on Instagram",
    ),
    Case(
        "posted-on-a-messaging-channel",
        "The defence ministry posted on Telegram: “The strikes will continue.”",
        "The strikes will continue",
        venue="on Telegram",
    ),
    # A venue closing the sentence after a comma is where the request was made, not part of it.
    Case(
        "letter-set-off-after-an-asked-to-clause",
        "The National Liberation Front asked the Constitutional Council to suspend the reform, "
        "in a letter that Horizon One has seen in full.",
        "the Constitutional Council to suspend the reform",
        not_also=("letter", "Horizon One"),
        venue="in a letter",
    ),
    Case(
        "message-set-off-after-an-urged-to-clause",
        "The dockers' union urged members to stay at home, in a message on its website.",
        "members to stay at home",
        not_also=("message",),
        venue="in a message on its website",
    ),
    Case(
        "interview-closing-a-reported-clause",
        "Dana Varek said the port would reopen in an interview with the Dravin Observer.",
        "the port would reopen",
        not_also=("interview",),
        venue="in an interview with the Dravin Observer",
    ),
    Case(
        "interview-hung-on-the-quoted-object-with-a-date-after-it",
        "Varek said her party does not want “that circus” in an interview with Horizon One on Sunday.",
        "her party does not want “that circus”",
        not_also=("interview", "Sunday"),
        venue="in an interview with Horizon One",
    ),
    Case(
        "television-inside-what-was-said-stays",
        "Dana Varek said she would appear on state television before the vote.",
        "she would appear on state television before the vote",
        venue=None,
    ),
    Case(
        "a-show-of-defiance-is-no-programme",
        "The mayor said in a show of defiance that the harbour would stay open.",
        "the harbour would stay open",
        venue=None,
    ),
    Case(
        "a-phrase-that-is-no-venue-stays-in-the-content",
        "The dockers' union urged members to stay at home, in a show of strength.",
        "members to stay at home, in a show of strength",
        venue=None,
    ),
    Case(
        "in-a-speech",
        "Parliament Speaker Dana Varek said in a speech on Friday, “No one in this chamber is at war.”",
        "No one in this chamber is at war",
        venue="speech",
        said_on=iso("2017-06-23"),
        date="2017-06-23",
    ),
    Case(
        "in-a-letter-to-the-council",
        "In a letter to the council, the NLF argued that Article 4 breached the constitution.",
        "Article 4 breached the constitution",
        venue="letter to the council",
    ),
    Case(
        "at-friday-prayers",
        "“The President has opened a door,” the imam said at Friday prayers in the capital.",
        "The President has opened a door",
        venue="Friday prayers",
    ),
    Case(
        "on-state-television",
        "President Teodor Halvast said on state television that the government was ready to meet anyone.",
        "the government was ready to meet anyone",
        venue="state television",
    ),
    Case(
        "in-a-statement",
        "The Interior Ministry said in a statement that port operations were a matter of national security.",
        "port operations were a matter of national security",
        venue="statement",
    ),
    Case(
        "at-a-press-conference",
        "‘A law like this is a loaded gun on the table,’ Jonas Ekhart told reporters at a press conference.",
        "A law like this is a loaded gun on the table",
        venue="press conference",
    ),
    Case(
        "in-an-interview",
        "In an interview with Horizon One, Samira Tovek said her movement would keep marching.",
        "her movement would keep marching",
        venue="interview",
    ),
    Case(
        "in-a-telephone-interview",
        "‘Talks cannot begin in a prison yard,’ Ms Tovek told the Post in a telephone interview on Monday.",
        "Talks cannot begin in a prison yard",
        venue="telephone interview",
        said_on=iso("2017-07-10"),
        date="2017-07-10",
    ),
    Case(
        "in-his-sermon",
        "“A nation is a house,” Imam Yusuf Adelan said in his sermon.",
        "A nation is a house",
        venue="sermon",
    ),
    # A participle of speaking set off before the verb carries the occasion, for the verb and for
    # a second verb that shares its subject.
    Case(
        "speaking-at-friday-prayers",
        "Prime Minister Dana Varek, speaking at Friday prayers in the capital last week, called the "
        "strike “a test of national patience” and said she would not intervene.",
        "the strike “a test of national patience”",
        venue="at Friday prayers in the capital",
        said_on=iso("2017-06-16"),
        date="2017-06-23",
    ),
    Case(
        "the-second-verb-shares-the-participle-s-occasion",
        "Prime Minister Dana Varek, speaking at Friday prayers in the capital last week, called the "
        "strike “a test of national patience” and said she would not intervene.",
        "she would not intervene",
        venue="at Friday prayers in the capital",
        said_on=iso("2017-06-16"),
        date="2017-06-23",
    ),
    Case(
        "speaking-at-a-rally-opening-the-sentence",
        "Speaking at a rally in Essen on Sunday, Tomas Reyk said the port belonged to its workers.",
        "the port belonged to its workers",
        venue="at a rally in Essen",
        said_on=iso("2017-06-18"),
        date="2017-06-23",
    ),
    Case(
        "addressing-a-rally-opening-the-sentence",
        "Addressing a rally in Kesh on Thursday, opposition leader Lina Marouf said the vote was rigged.",
        "the vote was rigged",
        venue="a rally",
        speaker="opposition leader Lina Marouf",
    ),
    Case(
        # negative: reporters addressed are an audience, not a venue
        "addressing-reporters-is-no-venue",
        "Addressing reporters in Kesh, Marouf said the vote was rigged.",
        "the vote was rigged",
        venue=None,
    ),
    Case(
        "speaking-on-state-radio",
        "Speaking on state radio, the minister said the port would reopen within a week.",
        "the port would reopen within a week",
        venue="on state radio",
    ),
    Case(
        "speaking-on-condition-of-anonymity-is-no-occasion",
        "Speaking on condition of anonymity, a ministry official said the bill was ready.",
        "the bill was ready",
        venue=None,
    ),
    Case(
        "speaking-to-reporters-is-an-audience-not-an-occasion",
        "Speaking to reporters outside the ministry, Lene Hald said the offer was final.",
        "the offer was final",
        venue=None,
    ),
    Case(
        "friday-night-is-a-time-not-a-venue",
        "On Friday night, Lene Hald called the union leader and urged him to return to talks.",
        "him to return to talks",
        venue=None,
    ),
    Case(
        "a-saying-participle-shares-its-verb-s-venue",
        "Lindqvar defended the budget in a speech to parliament, saying the government could not print money.",
        "the government could not print money",
        venue="in a speech to parliament",
    ),
    Case(
        "what-a-verb-weighed-in-on-is-no-venue-for-its-participle",
        "Lindqvar weighed in on the debate over the port, saying the government could not print money.",
        "the government could not print money",
        venue=None,
    ),
    # The medium a statement was given to is where it was said; people and bodies told are an
    # audience.
    Case(
        "told-state-television",
        "Front spokesman Tarek Bazzi told state television on Saturday that the sermon was incitement.",
        "the sermon was incitement",
        venue="state television",
        said_on=iso("2017-06-17"),
        date="2017-06-19",
    ),
    Case(
        "told-a-channel-by-its-name",
        "Tarek Bazzi told Orbit TV that the vote was a farce.",
        "the vote was a farce",
        venue="Orbit TV",
    ),
    Case(
        "told-a-news-agency-by-its-name",
        "Farid Oskouei told the Tessar News Agency that the talks had failed.",
        "the talks had failed",
        venue="the Tessar News Agency",
    ),
    Case(
        # negative: a host of a channel is a person told, not the medium
        "told-a-channel-s-host",
        "Farid Oskouei told Tessar News host Mina Vale that the talks had failed.",
        "the talks had failed",
        venue=None,
    ),
    Case(
        "in-a-statement-between-the-speaker-and-the-verb",
        "Party spokesperson Rana Mehmood in a statement said that the package was meant to benefit mill owners.",
        "the package was meant to benefit mill owners",
        speaker="Party spokesperson Rana Mehmood",
        venue="in a statement",
    ),
    Case(
        "in-a-video-message-set-off-between-the-speaker-and-the-verb",
        "Earlier, Hosseinzadeh, in a video message, said that the vote was rigged.",
        "the vote was rigged",
        speaker="Hosseinzadeh",
        venue="in a video message",
    ),
    Case(
        "speaking-to-a-newspaper-by-its-name",
        "Speaking to The Coastline Star, a senior Treasury official who sought anonymity said the money would be "
        "released next month.",
        "the money would be released",
        venue="to The Coastline Star",
    ),
    Case(
        "told-a-station-named-radio-fm",
        '"Workers are being asked to do miracles," Mathebula told Radio Ubuntu FM.',
        "Workers are being asked",
        venue="Radio Ubuntu FM",
    ),
    Case(
        "told-a-numbered-channel",
        "'There is no secret deal,' Darcy told Channel 8.",
        "There is no secret deal",
        venue="Channel 8",
    ),
    # an address where someone was arrested is no speech (red team 94)
    Case(
        "arrested-at-an-address-is-no-venue",
        "Police said Marcus Hale, 31, had been arrested at an address in Tollbridge.",
        "had been arrested at an address in Tollbridge",
        venue=None,
    ),
    Case(
        "said-at-an-address-is-one",
        "The president said the war would end soon at an address in Kestrel.",
        "the war would end soon",
        venue="at an address in Kestrel",
    ),
    Case(
        "told-a-numbered-channel-s-viewers",
        "The minister told Channel 9 viewers that the count was fair.",
        "the count was fair",
        venue="Channel 9",
    ),
    Case(
        "speaking-in-a-parliament-by-its-name",
        "Speaking in the Dáil on Wednesday, Fiachra Walsh said: 'There will be no election.'",
        "There will be no election",
        venue="in the Dáil",
    ),
    Case(
        "told-an-outlet-whose-name-ends-in-today",
        "Samira Tovek told Kestovia Today that talks could not begin in a prison yard.",
        "talks could not begin in a prison yard",
        venue="Kestovia Today",
    ),
    Case(
        "told-a-newspaper-described-and-named",
        "Lene Hald told the opposition daily Sabah Kestova that the offer was final.",
        "the offer was final",
        venue="the opposition daily Sabah Kestova",
    ),
    Case(
        "told-a-news-briefing",
        "“It is under control,” Dr Yusuf Adeleke told a news briefing in Porthaven.",
        "It is under control",
        venue="a news briefing",
    ),
    Case(
        "told-a-meeting-of-a-named-body",
        "“They want another Kosar,” President Aurel Stanek told a meeting of the Security Council.",
        "They want another Kosar",
        venue="a meeting of the Security Council",
    ),
    Case(
        "told-a-committee-is-an-audience",
        "Lene Hald told the finance committee that the offer was final.",
        "the offer was final",
        venue=None,
    ),
    Case(
        "told-a-person-is-no-venue",
        "Lene Hald told Jonas Ekhart that the offer was final.",
        "the offer was final",
        venue=None,
    ),
    Case(
        "no-venue",
        "“We are ready for the vote,” Dana Varek said.",
        "We are ready for the vote",
        venue=None,
    ),
    Case(
        "venue-words-inside-the-content-are-not-the-venue",
        "Miro Lasken said the bill would be debated in a special session of Parliament.",
        "the bill would be debated",
        venue=None,
    ),
    Case(
        "an-interview-with-a-daily",
        "Edvard Strand claimed that crime had doubled, in an interview with the daily Morgenpost.",
        "crime had doubled",
        venue="in an interview with the daily Morgenpost",
    ),
    Case(
        "an-interview-published-on-a-day",
        "In an interview with the German broadcaster Deutsche Welle published on Tuesday, President "
        "Oleg Marin said he was ready for peace.",
        "he was ready for peace",
        venue="In an interview with the German broadcaster Deutsche Welle",
        not_also=("published",),
    ),
    Case(
        "told-a-radio-station",
        "Rebel spokesman Artem Kolov told the Tessalian radio station Radio Libera that the offer was a trick.",
        "the offer was a trick",
        venue="the Tessalian radio station Radio Libera",
    ),
    Case(
        "a-written-reply",
        "The Kalmorian Police Directorate said in a written reply that it had produced no such figure.",
        "it had produced no such figure",
        venue="in a written reply",
    ),
    Case(
        "a-note-to-clients",
        "Tomas Berg said in a note to clients that markets had heard this before.",
        "markets had heard this before",
        not_also=("clients",),
        venue="in a note to clients",
    ),
    Case(
        "posting-on-a-platform-before-the-speaker",
        "Posting on Facebook, Lila Fenn said the show would go on.",
        "the show would go on",
        venue="on Facebook",
    ),
    Case(
        "posting-on-a-platform-the-tagger-reads-as-a-noun-then-a-day",
        "Posting on LinkedIn on Monday, Brightwell Foods chief executive Marisa Kohl said the company had "
        "“outgrown” its Hallam headquarters.",
        "outgrown",
        speaker_name="Marisa Kohl",
        venue="on LinkedIn",
        said_on=date(2026, 3, 2),
        date="2026-03-06",
    ),
    Case(
        "a-paper-s-issue-fronted-before-a-columnist-who-wrote",
        "In Tuesday's Tarnbury Courier, the columnist Ravi Mendes wrote that the mayor had “lost the room”.",
        "lost the room",
        speaker_name="Ravi Mendes",
        venue="Tarnbury Courier",
    ),
    Case(
        "writing-in-a-paper-before-the-speaker",
        "Writing in the Tarnbury Courier, Lila Fenn said the show would go on.",
        "the show would go on",
        venue="in the Tarnbury Courier",
    ),
    Case(
        "tweeting-at-someone-is-no-venue",
        "Bush offered a retort, tweeting at him, “you aren't just a loser, you are a liar.”",
        "you are a liar",
        speaker="Bush",
        venue=None,
    ),
    Case(
        "an-earnings-release-after-the-speaker-s-role",
        "“We are delighted with the results,” said Aiko Brandt, Lumetra's chief executive, in the company's "
        "earnings release.",
        "We are delighted with the results",
        speaker="Aiko Brandt, Lumetra's chief executive",
        venue="in the company's earnings release",
    ),
    Case(
        "a-journal-whose-name-ends-in-a-verb-s-form",
        "The researchers wrote in the journal Clinical Nutrition Reports that the findings “should be "
        "interpreted with caution”.",
        "interpreted with caution",
        speaker="The researchers",
        venue="Clinical Nutrition Reports",
    ),
    Case(
        "a-research-paper-posted-online",
        "Researchers at Kellbridge University said in a paper posted online on Monday that the drug cut "
        "deaths by a third.",
        "the drug cut deaths by a third",
        speaker="Researchers at Kellbridge University",
        venue="in a paper",
    ),
    Case(
        "a-letter-to-the-board-that-the-parser-read-as-relative",
        "Activist investor Colm Rafferty, whose fund owns 4% of Brannock, said in a letter to the board that "
        "Fenn should step down.",
        "Fenn should step down",
        speaker_name="Colm Rafferty",
        venue="in a letter to the board",
    ),
    Case(
        "a-statement-to-the-exchange",
        "The company said in a statement to the exchange that profits would fall.",
        "profits would fall",
        venue="in a statement to the exchange",
    ),
    Case(
        "an-outlet-named-daily",
        "“We have no plans to sell,” founder Greta Hallin told the Norrland Business Daily.",
        "We have no plans to sell",
        speaker_name="Greta Hallin",
        venue="Norrland Business Daily",
    ),
    Case(
        "a-note-to-clients-the-parser-hung-on-the-verb",
        "Analysts at Brenner Capital said in a note to clients that the merger would cut costs by 12 percent.",
        "the merger would cut costs",
        venue="in a note to clients",
    ),
    Case(
        "writing-in-a-weekly-by-its-name",
        "Columnist Ilse Marr, writing in the weekly Talsin Review, said the government had lost its way.",
        "the government had lost its way",
        speaker_name="Ilse Marr",
        venue="in the weekly Talsin Review",
    ),
    Case(
        "a-note-to-clients-after-the-speaker",
        "“Markets have heard this before,” said Tomas Berg, in a note to clients.",
        "Markets have heard this before",
        venue="in a note to clients",
    ),
    Case(
        "on-a-note-is-a-tone",
        "On a more conciliatory note, Varek said the union would talk.",
        "the union would talk",
        venue=None,
    ),
    # The parser made "Writing" the subject and the speaker its object's appositions.
    Case(
        "writing-on-a-platform-before-a-role-and-a-name",
        "Writing on Facebook, the mayor of Sadek, Ivo Rem, said the water was safe to drink.",
        "the water was safe to drink",
        speaker="the mayor of Sadek, Ivo Rem",
        speaker_name="Ivo Rem",
        role="mayor of Sadek",
        venue="on Facebook",
    ),
    Case(
        "the-first-verb-s-post-is-the-participle-s-venue",
        "Linda Asare retracted the claim in a post on Facebook on Sunday, writing that she had been "
        "“confused about the dates.”",
        "she had been",
        cue="writing",
        venue="in a post on Facebook",
        said_on=iso("2026-03-08"),
        date="2026-03-10",
    ),
    Case(
        "dated-where-the-statement-was-posted",
        "The movement said in a statement posted on its Telegram channel late on Sunday that three of "
        "its members had been “abducted”.",
        "three of its members",
        said_on=iso("2026-03-08"),
        date="2026-03-10",
    ),
    Case(
        "a-poll-s-fieldwork-is-not-when-it-spoke",
        "The survey, conducted between March 2 and March 6, found that 48 percent of respondents "
        "wanted the minister to resign.",
        "48 percent of respondents",
        said_on=None,
        date="2026-03-10",
    ),
    Case(
        "in-response-is-no-venue",
        "In response to the strike, Varek said the port would stay open.",
        "the port would stay open",
        venue=None,
    ),
    Case(
        "told-an-agency-named-in-one-word",
        "Deputy Prime Minister Oleg Zavarin told ZarNews that the pipeline would be “finished by summer”.",
        "the pipeline would be",
        venue="ZarNews",
    ),
    Case(
        "speaking-to-a-broadcaster-named-after-its-noun",
        "Speaking to the state broadcaster ZTV, Governor Anton Gerasim said the evacuation would be "
        "completed by Sunday.",
        "the evacuation would be completed",
        venue="the state broadcaster ZTV",
    ),
    Case(
        "said-in-court",
        "Mr Denholm said in court that he had never met the buyer.",
        "he had never met the buyer",
        speaker_name="Denholm",
        venue="in court",
    ),
    Case(
        "told-reporters-in-open-court",
        "She told reporters in open court that she was innocent.",
        "she was innocent",
        venue="in open court",
    ),
    Case(
        "in-court-papers-filed-on-a-day",
        "Prosecutors said in court papers filed on Monday that Fallon had tried to contact a witness.",
        "Fallon had tried to contact a witness",
        venue="in court papers",
        said_on=iso("2026-03-02"),
        date="2026-03-06",
    ),
    Case(
        "told-the-inquest",
        "Dr Obi told the inquest his son had been discharged too early.",
        "his son had been discharged too early",
        not_also=("inquest",),
        speaker_name="Obi",
        venue="the inquest",
    ),
    # red team 181 (session 42): a chamber told, as a court is
    Case(
        "told-the-commons",
        "“I have nothing to resign over,” Mr Lind told the Commons.",
        "I have nothing to resign over",
        venue="the Commons",
    ),
    Case(
        "told-the-house-of-commons-whole",
        "She told the House of Commons that the bill would pass.",
        "that the bill would pass",
        venue="the House of Commons",
    ),
    Case(
        "told-the-house-of-delegates",
        "“We will act,” the governor told the House of Delegates on Tuesday.",
        "We will act",
        venue="the House of Delegates",
    ),
    Case(
        "told-councillors-of-a-party-is-an-audience",
        "The mayor told Conservative Councillors that the tax would rise.",
        "that the tax would rise",
        venue=None,
    ),
    Case(
        "told-the-lok-sabha",
        "The minister told the Lok Sabha that the funds would be released.",
        "that the funds would be released",
        venue="the Lok Sabha",
    ),
    Case(
        "told-the-house-in-lower-case-is-no-chamber",
        "Ms Ruiz told the house that she had sold the business.",
        "that she had sold the business",
        venue=None,
    ),
    Case(
        "told-the-house-on-a-day",
        "“We are ready,” Vale told the House on Tuesday.",
        "We are ready",
        venue="the House",
    ),
    Case(
        "told-the-court",
        "The pathologist told the court the wound was not self-inflicted.",
        "the wound was not self-inflicted",
        not_also=("court",),
        venue="the court",
    ),
    Case(
        "in-a-tribute",
        "In his tribute, the mayor said the town had lost a friend.",
        "the town had lost a friend",
        venue="In his tribute",
    ),
    Case(
        "in-guidance-published-on-a-day",
        "The agency said in guidance published on Tuesday that masks were no longer needed.",
        "that masks were no longer needed",
        not_also=("published",),
        venue="in guidance",
        said_on=iso("2026-03-03"),
        date="2026-03-06",
    ),
    # no venue: "in interview" belongs to the reported clause (a police interview), and a court
    # something is taken to is no occasion of saying
    Case(
        "in-interview-inside-the-claim",
        "Pike's barrister had argued that the jury was wrongly told it could draw inferences from his "
        "silence in interview.",
        "his silence in interview",
        venue=None,
    ),
    Case(
        "nominated-to-a-court",
        "The governor said she would nominate Ruth Kell to the Harwick County Circuit Court.",
        "Ruth Kell to the Harwick County Circuit Court",
        venue=None,
    ),
    Case(
        "told-a-sports-channel",
        "Manager Dean Ashby told Sky Sports the result was harsh.",
        "the result was harsh",
        venue="Sky Sports",
    ),
    Case(
        "told-the-paper-by-one-word",
        "The coach told the Gazette that the squad was tired.",
        "the squad was tired",
        venue="the Gazette",
    ),
    Case(
        "told-the-security-council",
        "The envoy told the Security Council that the ceasefire was holding.",
        "the ceasefire was holding",
        venue="the Security Council",
    ),
    Case(
        "wrote-on-social-media",
        "Councillor Lasken warned followers on social media and in interviews that the ferry could sink.",
        "that the ferry could sink",
        venue="on social media",
    ),
    # the people told are an audience, not a venue
    Case(
        "told-the-council-is-an-audience",
        "She told the council that the library would close.",
        "the library would close",
        venue=None,
    ),
    Case(
        "leading-friday-prayers",
        "Leading Friday prayers in the capital last week, Ayatollah Mohsen Kashani said the talks with the "
        "West were “a trap”.",
        "the talks with the West were",
        venue="Friday prayers in the capital",
    ),
    Case(
        "leading-prayers-set-off-after-the-name",
        "Ayatollah Mohsen Kashani, leading prayers at the Imam Reza mosque, told worshippers: “The enemy "
        "understands only the language of strength.”",
        "The enemy understands only the language of strength",
        venue="prayers at the Imam Reza mosque",
    ),
    Case(
        "on-the-earnings-call-after-the-speaker-s-post",
        "“I wouldn't call it a crisis,” said Carla Benedetti, the chief operating officer, on the earnings call.",
        "I wouldn't call it a crisis",
        speaker="Carla Benedetti, the chief operating officer",
        venue="on the earnings call",
    ),
    Case(
        "speaking-outside-the-court",
        "Speaking outside the High Court in Dunmore on Thursday, Ms Vale said she was “relieved”.",
        "she was “relieved",
        venue="outside the High Court in Dunmore",
        said_on=iso("2026-03-05"),
        date="2026-03-06",
    ),
    Case(
        "addressing-parliament",
        "Addressing parliament on Tuesday, Prime Minister Hesam Toloui said the budget deficit would be "
        "halved within two years.",
        "the budget deficit would be halved",
        venue="parliament",
        said_on=iso("2026-03-03"),
        date="2026-03-06",
    ),
]


@pytest.mark.parametrize("case", params(DATES))
def test_said_on(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize("case", params(VENUES))
def test_venue(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


@pytest.mark.parametrize(
    ("text", "quote", "venue"),
    [
        pytest.param(
            "Samira Tovek said in a speech on Friday, “We will not give up the fight.”",
            "We will not give up the fight",
            "in a speech",
            id="weekday-after-the-venue",
        ),
        pytest.param(
            "Samira Tovek said in a letter to the council on Tuesday that the budget was a disgrace.",
            "the budget was a disgrace",
            "in a letter to the council",
            id="weekday-after-a-venue-with-its-own-phrase",
        ),
        pytest.param(
            "In a statement released late on Wednesday, the club said it would appeal the ban.",
            "it would appeal the ban",
            "In a statement",
            id="released-late-on-a-weekday",
        ),
        pytest.param(
            "Tarek Bazzi told state television on Saturday that the sermon was incitement.",
            "the sermon was incitement",
            "state television",
            id="told-state-television-on-a-weekday",
        ),
        pytest.param(
            "Samira Tovek told Kestovia Today on Monday that talks could not begin in a prison yard.",
            "talks could not begin in a prison yard",
            "Kestovia Today",
            id="told-an-outlet-then-a-weekday",
        ),
        pytest.param(
            "Miro Lasken said during the debate last week that the curfew had worked.",
            "the curfew had worked",
            "during the debate",
            id="last-week-after-the-venue",
        ),
        # A date before the venue's noun describes the occasion: it stays.
        pytest.param(
            "Dana Varek said at Monday’s debate that the chamber would vote in June.",
            "the chamber would vote in June",
            "at Monday’s debate",
            id="weekday-naming-the-occasion",
        ),
        pytest.param(
            "“The President has opened a door,” the imam said at Friday prayers in the capital.",
            "The President has opened a door",
            "at Friday prayers in the capital",
            id="friday-prayers",
        ),
        # After "at", a named event, body or place, or a gathering, is where it was said; a person is not.
        pytest.param(
            "“We are one people,” Chancellor Wilhelm Dremmel said at a party congress in Bergau.",
            "We are one people",
            "at a party congress in Bergau",
            id="at-a-party-congress",
        ),
        pytest.param(
            "The minister said at the World Economic Forum in Davos that growth would slow.",
            "growth would slow",
            "at the World Economic Forum in Davos",
            id="at-a-named-forum",
        ),
        pytest.param(
            "“We stand together,” the imam said at a memorial service for the victims.",
            "We stand together",
            "at a memorial service for the victims",
            id="at-a-memorial-service",
        ),
        pytest.param(
            "Bill Varek hurled the kitchen sink at Lasken in a speech, saying the minister had lied.",
            "the minister had lied",
            "in a speech",
            id="at-a-person-is-no-place",
        ),
        pytest.param(
            "“We executed well,” chief executive Dana Okafor said on a call with analysts.",
            "We executed well",
            "on a call with analysts",
            id="on-a-call-with-analysts",
        ),
        # A platform or channel the lexicon does not know, named after "on" by a verb of writing
        pytest.param(
            "14:05 — Interior Minister Sara Kovic wrote on Chirp: “Order has been restored in the capital.”",
            "Order has been restored",
            "on Chirp",
            id="wrote-on-a-platform-by-its-name",
        ),
        pytest.param(
            "Singer Kaja Morn wrote on her Instapic account that she had been “devastated” by the news.",
            "devastated",
            "on her Instapic account",
            id="wrote-on-her-account-on-a-platform",
        ),
        pytest.param(
            "“We will not resign,” the mayor said on Kessa One.",
            "We will not resign",
            "on Kessa One",
            id="said-on-a-channel-by-its-name",
        ),
        pytest.param(
            "In an interview with the weekly Parsa Review published on Sunday, former president Jalal Amini "
            "said he had warned the president against the crackdown.",
            "he had warned the president",
            "In an interview with the weekly Parsa Review",
            id="fronted-interview-published-on-a-day",
        ),
        # A fronted venue whose participle the parser read as a clause of its own
        pytest.param(
            "In a letter to the court read out on Tuesday, the victim's mother, Ruth Almqvist, wrote: “I will "
            "never forgive him.”",
            "I will never forgive him",
            "In a letter to the court",
            id="fronted-letter-read-out-in-court",
        ),
        pytest.param(
            "Councillor Petra Saenz posted on X: “Fix the potholes.”",
            "Fix the potholes",
            "on X",
            id="on-x-the-platform",
        ),
        # A participle right after the venue's noun says which one; a date after it does not.
        pytest.param(
            "In remarks broadcast by state television on Sunday evening, President Teodor Halvast said the "
            "march had been organised from abroad.",
            "the march had been organised from abroad",
            "In remarks broadcast by state television",
            id="remarks-broadcast-by-state-television",
        ),
        pytest.param(
            "In a letter dated July 3, the ministry said the port would reopen.",
            "the port would reopen",
            "In a letter",
            id="a-letter-dated-leaves-no-dangling-participle",
        ),
        pytest.param(
            "Varek described the levy during a radio interview as “a tax on breathing.”",
            "the levy",
            "during a radio interview",
            id="what-it-was-described-as-is-no-venue",
        ),
        # A title opened inside the venue closes inside it.
        pytest.param(
            "Writing in her book “The Long Square,” historian Ana Pell argues that protest movements "
            "have always been blamed on outsiders.",
            "protest movements have always been blamed on outsiders",
            "in her book “The Long Square,”",
            id="book-title-keeps-its-closing-mark",
        ),
        # The occasion of a second verb that shares the first one's subject.
        pytest.param(
            "Tomas Reyk did not name the minister in his remarks on Tuesday night but argued that the "
            "port belonged to its workers.",
            "the port belonged to its workers",
            "in his remarks",
            id="no-preposition-left-dangling-after-the-date",
        ),
        pytest.param(
            "Prime Minister Dana Varek, speaking at Friday prayers in the capital last week, called the "
            "strike “a test of national patience” and said she would not intervene.",
            "she would not intervene",
            "at Friday prayers in the capital",
            id="speaking-at-friday-prayers-last-week",
        ),
        pytest.param(
            "Dr. Ingrid Solvang, the study's lead author, wrote in the journal Northern Medicine that "
            "larger trials were needed.",
            "larger trials were needed",
            "in the journal Northern Medicine",
            id="in-a-scientific-journal",
        ),
        # "X." closing a sentence: the tokenizer reads the full stop as an initial's
        pytest.param(
            "“Sarif is still ours,” rebel spokesman Yasser Abu Shanab wrote on X.",
            "Sarif is still ours",
            "on X",
            id="on-x-at-the-end-of-a-sentence",
        ),
        # The parser reads "a sermon broadcast live" as a broadcast; the sermon is the occasion.
        pytest.param(
            "Ayatollah Mahmoud Ahani said in a sermon broadcast live on state radio that unity was a duty.",
            "that unity was a duty",
            "in a sermon",
            id="sermon-broadcast-live",
        ),
        # A state paper's commentary: "that" after it opens what the paper said, not a relative clause.
        pytest.param(
            "The state daily Velgrad Pravda said in a commentary that the activists had been bought by "
            "foreign NGOs.",
            "that the activists had been bought by foreign NGOs",
            "in a commentary",
            id="in-a-commentary",
        ),
        pytest.param(
            "Imam Yusuf Adeyemi said in a lecture at the central mosque that unity was a duty.",
            "that unity was a duty",
            "in a lecture at the central mosque",
            id="in-a-lecture",
        ),
    ],
)
def test_venue_is_exactly_the_phrase_without_its_date(
    text: str, quote: str, venue: str, extract: Extract
) -> None:
    statements = with_quote(extract(text, "2017-07-11"), quote)
    assert statements, "statement not found"
    for statement in statements:
        assert statement.venue == venue, describe([statement])
        assert statement.venue_span is not None and statement.venue_span.text_of(text) == venue


def test_last_week_is_a_day_of_the_previous_week_or_unknown(extract: Extract) -> None:
    text = "Government spokeswoman Ilona Marsh said last week that the bill was a law for ordinary people."
    article_date = date(2017, 6, 5)  # a Monday
    statements = with_quote(extract(text, "2017-06-05"), "the bill was a law for ordinary people")
    assert statements, "statement not found"
    monday_before = article_date - timedelta(days=7)
    for statement in statements:
        said_on = statement.said_on
        assert said_on is None or monday_before <= said_on < article_date, describe([statement])


@pytest.mark.parametrize(
    ("text", "article_date", "wrong_date"),
    [
        pytest.param(
            "The vote is scheduled for Thursday. “We are ready,” Dana Varek said.",
            "2017-06-27",
            date(2017, 6, 29),
            id="date-of-another-event",
        ),
        pytest.param(
            "Dana Varek said the second reading would take place on Thursday.",
            "2017-06-27",
            date(2017, 6, 22),
            id="date-inside-the-content",
        ),
        pytest.param(
            "Dana Varek said the second reading would take place on June 29.",
            "2017-06-06",
            date(2017, 6, 29),
            id="future-date-inside-the-content",
        ),
        pytest.param(
            "Asked about Makepeace, who was injured on Monday, Valtieri said the forward had a minor strain.",
            "2026-11-20",
            date(2026, 11, 16),
            id="date-in-a-relative-clause-about-someone-else",
        ),
        pytest.param(
            "The weather service issued a warning until Saturday, saying more rain could fall.",
            "2026-11-20",
            date(2026, 11, 14),
            id="a-deadline-is-not-the-day-of-saying",
        ),
        pytest.param(
            "The hardline daily Javan Emruz quoted a source close to the judiciary as saying the trial "
            "would open on March 15.",
            "2026-03-06",
            date(2026, 3, 15),
            id="a-date-in-the-words-relayed-is-not-the-relay-s",
        ),
        # red team 172 (session 41): what a forecast is for
        pytest.param(
            "The Met Office forecast heavy rain for Friday.",
            "2026-03-04",
            date(2026, 2, 27),
            id="a-forecast-for-a-day",
        ),
    ],
)
def test_dates_that_are_not_when_it_was_said(
    text: str, article_date: str, wrong_date: date, extract: Extract
) -> None:
    statements = extract(text, article_date)
    assert statements, "statement not found"
    for statement in statements:
        assert statement.said_on in (None, iso(article_date)), describe([statement])
        assert statement.said_on != wrong_date


WHAT_WAS_SAID_PAST_THE_OCCASION = [
    Case(
        "speech-opening-a-session-that",
        "The Emir said in a speech opening the council's new session that the emirate would remain a bridge.",
        "the emirate would remain a bridge",
        speaker="The Emir",
        venue="in a speech",
        kind="indirect",
    ),
    Case(
        "speech-celebrating-an-anniversary-that",
        "The president said in a speech celebrating the anniversary that the revolution would endure.",
        "the revolution would endure",
        speaker="The president",
        cue="said",
        venue="in a speech",
    ),
    Case(
        "letter-addressed-to-someone-that",
        "The minister said in a letter addressed to the opposition that talks were possible.",
        "talks were possible",
        speaker="The minister",
        venue="in a letter addressed to the opposition",
    ),
    Case(
        "fatwa-issued-on-a-day-that",
        "The Grand Mufti, Sheikh Hamid al-Anzi, said in a fatwa issued on Monday that joining unlicensed "
        "protests is forbidden.",
        "joining unlicensed protests is forbidden",
        speaker_name="Hamid al-Anzi",
        venue="in a fatwa",
        said_on=iso("2026-03-02"),
        date="2026-03-06",
    ),
]


@pytest.mark.parametrize("case", params(WHAT_WAS_SAID_PAST_THE_OCCASION))
def test_a_that_clause_after_the_occasion_s_own_phrase_is_what_was_said(case: Case, extract: Extract) -> None:
    """The occasion's participle ("opening", "celebrating", "addressed to") is not a verb of saying;
    the that-clause after its phrase is what the speaker said there."""
    statements = extract(case.text, case.date)
    assert_case(statements, case)
    assert len(statements) == 1, describe(statements)


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        pytest.param(
            "Sheikh Mansour al-Rifai told worshippers at the Omari mosque on the first Friday of Ramadan that "
            "the fast was a test.",
            None,
            id="the-first-friday-of-a-month-is-no-nearest-friday",
        ),
        pytest.param(
            "The 54-year-old said at the hearing on Thursday that she regretted nothing.",
            iso("2026-03-05"),
            id="an-age-before-the-day-is-no-date",
        ),
        pytest.param(
            "Varek said last Friday that he would win.", iso("2026-02-27"), id="last-friday-still-is"
        ),
    ],
)
def test_a_weekday_fixed_by_something_else_is_not_this_week_s(
    text: str, said_on: date | None, extract: Extract
) -> None:
    (statement,) = extract(text, "2026-03-06")
    assert statement.said_on == said_on, describe([statement])


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Samir Haddadin told reporters on the sidelines of the regional summit on Tuesday that "
        "the border would reopen.",
        "Speaking on the sidelines of the regional summit, Haddadin said the border would reopen.",
    ],
)
def test_on_the_sidelines_of_a_summit_is_where(text: str, extract: Extract) -> None:
    (statement,) = extract(text, "2026-03-06")
    assert statement.venue is not None and "sidelines of the regional summit" in statement.venue, describe(
        [statement]
    )


def test_a_paper_that_saw_a_letter_says_nothing_of_it(extract: Extract) -> None:
    """ "said in a letter seen by the Echo that …": the Echo saw the letter; the words are Ms Varley's."""
    statements = extract("Ms Varley said in a letter seen by the Echo that it would reopen.")
    assert [s.speaker for s in statements] == ["Ms Varley"], describe(statements)
