// Package dates is geotimeline's temporal tagger: a pipeline Stage that finds
// date expressions in a news article, says what kind they are (calendar date,
// duration, set), normalizes them to TIMEX3 values and resolves each to an
// interval of days with a precision.
//
// In: Item.Doc.Text (raw), Item.Doc.Published (metadata, may be zero), and
// Item.Sentences/Paragraphs from ingest (optional: without them a simple
// sentence splitter is used). Out: Item.DocDate and Item.Dates, sorted by
// Start; every DateMention has Text == Doc.Text[Start:End] on rune
// boundaries. A Tagger holds no mutable state and is safe for concurrent use.
// Process returns an error only for cancellation or corrupt embedded tables.
//
// The scanner is hand-written over tokens (no regular expressions) and is
// linear in the input.
//
// # Anchoring policy (news mode)
//
// Explicit dates ("December 19, 2020", "in 2014", "the early 1990s") fix
// themselves (Anchor explicit). Everything else resolves against the
// document creation time (DCT, Anchor dct):
//
//   - A month and day without a year ("Feb. 15") in a past-tense clause
//     takes the year that puts it on or before the DCT: news reports the
//     past. With no cue and no past tense in its clause ("the redemption on
//     Dec. 7"), a reading up to three months ahead wins when it is nearer
//     (news style drops the year of this year's dates), and the past reading
//     stays an alternative (Ambiguous). When a forward cue
//     (will, would, next, plans, scheduled, expected, …) precedes it in its
//     sentence, or a deadline word (by, until) stands right before it, it
//     takes the reading closest to the DCT instead (so
//     "would restart after Feb. 15" written on Feb. 17 is still this year's
//     Feb. 15) and Forward is set. A future verb in its clause (will,
//     scheduled; also as the main verb after a date that opens its
//     sentence: "On Tuesday, the league plans to …") takes the first reading
//     no more than two weeks behind the DCT ("will … in December" written in
//     March is the coming December). A decision reported in the past
//     ("decided to admit them in early March", "a vigil planned for Saturday
//     was canceled") is a plan: the nearer reading, the other kept as an
//     alternative.
//   - A day of the month without its month ("on the 5th", "by the 20th")
//     is that day of the month the paragraph has just named ("In March, …
//     fined on the 23rd", anchor narrative), else of the anchor's month, or
//     of the month before when that day is after the anchor in a past-tense
//     clause; a strong forward cue takes the first such day after the
//     anchor. A report date decides for its own month: "told Daily NK on
//     Feb. 17 that guards were punished on the 20th" is Jan. 20. "the night
//     of the 3rd" carries its part of day (…-03TNI). "the first week of
//     April" is days 1-7 (8-14, 15-21, 22-28; "the last week of" the
//     month's last seven days), precision week; so is a week of a year
//     ("the first week of 2021" is Jan 1-7, "the last week of last year"
//     Dec 25-31); "the second half of March" is days 16-31, "the last ten
//     days of April" days 21-30. "Thursday last week" is that day of the
//     week named; a month or day right after a narrative lapse ("Two weeks
//     later, on 28 August") takes the year the lapse counted to.
//   - An attributive cue ("a planned farm", "the expected harvest") dates
//     only a date within four words after it.
//   - A month alone ("In April") is the latest such month on or before the
//     DCT's month (the same month counts), or by the same three-months rule
//     a coming one; "last April" is strictly before, "next April" strictly
//     after.
//   - A weekday of attribution ("…, KCNA reported Thursday") frames the
//     other weekdays of its sentence: "visited the site on Wednesday" is
//     the Wednesday before that Thursday.
//   - Weekdays ("on Sunday") are the latest such day on or before the DCT,
//     the first on or after it with a strong cue (will, next), the nearer one
//     with a weak cue (would); "last Tuesday" is strictly before. "the
//     day before last Tuesday" is the Monday; recurring weekdays ("on
//     Mondays", "Tuesday nights") are sets (XXXX-WXX-2TNI).
//   - "a day after", "two days before" + an event ("fired on Thursday, a
//     day after it launched 20 missiles") date the event after the phrase
//     from a day of the same sentence (the Wednesday), anchor narrative.
//   - "this week/month/year" in a past-tense clause ends at its anchor
//     (2021-06-01..2021-06-08 for "dispatched a team this month" on June 8;
//     the value stays 2021-06).
//   - Juche dates ("Juche113.6.13.", "Juche 113 (2024)", "July 1, Juche
//     113 (2024)") are explicit: Juche year N is N + 1911.
//   - A month written "2022.03" (the Korean press) is that month after a
//     preposition of time ("arrested in 2022.03"); elsewhere it is a
//     decimal ("rose 2022.03 points").
//   - Times of day ("10 p.m. Wednesday", "this morning") are day-precision
//     dates whose value carries the time (2020-12-16T22:00, 2020-12-19TMO);
//     a clock time alone is on the latest day told before it in its
//     paragraph or the one before, else on the DCT.
//   - "last week" is the previous ISO calendar week (Monday–Sunday); "this
//     week" the current one; "last month/year" the previous calendar
//     month/year. "the past week/month/year" is the stretch ending on the
//     DCT (a date whose value is the previous week/month/year, as TimeML
//     annotates it); "the past three years" is a duration (P3Y).
//   - "three days later" counts from the latest day told before it, else it
//     is the duration P3D; it never counts forward from the DCT.
//   - "a few weeks ago" is 2–6 weeks back (precision week); "several" is 3–8;
//     "a couple" 2–3. "N days/weeks/months/years ago" is that day, ISO week,
//     month or year.
//   - "now", "currently", "these days" are PRESENT_REF resolved to the anchor
//     day; "recently", "in the past" are PAST_REF and "soon", "the future"
//     FUTURE_REF, with no interval.
//   - early/mid/late: of a month days 1–10, 11–20, 21–end (precision week);
//     of a year Jan–Apr, May–Aug, Sep–Dec (precision month); of a decade
//     years 0–3, 4–6, 7–9. "the beginning of" is early, "the end of" a month
//     is days 21–end and of a year December.
//   - Seasons: spring Mar–May, summer Jun–Aug, fall Sep–Nov, winter Dec–Feb
//     (winter 2020 is Dec 2020–Feb 2021); "in the spring" is the latest one,
//     the coming one after a future verb ("will … in the spring").
//   - Durations of quarters use TimeML's unit Q ("the past two quarters"
//     P2Q); "a quarter of the population" is a fraction. Frequency words
//     after an amount ("rise 8.5% annually", "10,000 units annually") are
//     rates, not sets.
//   - Reporting periods: "the year-ago quarter" is the quarter the text
//     reports on (the latest quarter named that had ended by the DCT, else
//     the last completed one) a year earlier; "this year's third quarter",
//     "the 1988 period", "the first half of 1989" (1989-H1) likewise.
//     "For the year", "the full year", "for the week" name the DCT's year or
//     week.
//   - Holidays (holidays.tsv: Christmas, Thanksgiving, Easter, the Lunar New
//     Year, Chuseok, Korean fixed-date days) resolve like a month and day;
//     the lunar ones come from lunar.tsv (1990–2035), generated by
//     internal/lunargen from astronomical new moons and solar terms in KST.
//   - Values follow TimeML 1.2: a decade is "199", a century "19"; "2 1/2
//     years" is P2Y6M; "recent years" is the duration PXY.
//   - Ranges ("from Feb. 15 to Mar. 1", "Feb. 15–17", "between Jan. 10 and
//     15", "between 2011 and 2014", "from late February to early March")
//     and lists of consecutive days or months ("Aug. 12 and 13", "in October
//     and November") are one mention with the union interval and an ISO 8601
//     interval value ("2020-10/2020-11"). Other lists are separate mentions;
//     their bare days take the first day's month ("Aug. 12 and 14").
//   - "daily-life", "weekly-market" (compound adjectives) and "daily
//     necessities" are not sets.
//
// Narrative anchoring: a relative expression (yesterday, last week, a few
// weeks ago, now, on Sunday, …) is anchored on an earlier day-precision date
// of the text, not the DCT (Anchor narrative), when that date frames the
// passage — it opens its sentence ("On Mar. 27, …") or is the date of an
// attribution ("told Daily NK on Feb. 17", "told RFA Dec. 5") — and the
// relative expression is in the same sentence, in a later sentence of the
// same paragraph, or in the paragraph right after (weekday names only in
// the same sentence). So "Since last month …,"
// a resident told RFA Dec. 5 resolves "last month" against Dec. 5. "the day
// before", "the next day" count from the latest day-precision date mentioned
// before them.
//
// # Document date
//
// DocumentDate reads, in order: a dateline in the first ten lines (a line
// that is just a date, "Published: …", a byline such as "Kang Mi Jin -
// 2019.09.20 4:30pm", KCNA's "www.kcna.kp (Juche113.6.13.)", "CITY, Month D
// (Agency) --"; a dateline without a year takes one only when the text
// fixes it: a full date it reports at most six weeks before the dateline's
// day, an anniversary it marks, a weekday written with that day, or an
// assumed era year; else the year stays unknown); else an inference (Basis
// inferred) from the latest explicit
// full date not planned or awaited ("will open on", "ahead of", "in the
// lead-up to"), era cues
// (eras.tsv: "COVID-19" ⇒ not before 2020-02, "leader Kim Jong Un" ⇒ not
// before 2011-12, …) and anniversary arithmetic (anniversaries.tsv: "the
// party's 76th anniversary" ⇒ 1945-10-10 + 76 years). An era cue alone only
// gives a lower bound (DocDate.Earliest) and leaves the date unknown, except
// where the table names the year most such articles come from (COVID-era
// cues: 2020); then the year is assumed and the date is the latest month and
// day the text mentions in that year. Partial dates resolved against an
// inferred document date are marked Ambiguous with the next year's reading
// as the alternative. When nothing fixes the year, Basis is none and partial
// dates keep an unknown year ("XXXX-02-15") with a zero interval: the tagger
// never guesses a year and never uses the machine clock.
//
// docs/dates.md has the full policy and the mapping to UCDP/ACLED precision codes.
package dates
