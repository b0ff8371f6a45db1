package dates

import (
	"testing"

	"geotimeline/pipeline"
)

// TestForwardRules covers the rules of the third follow-up: a future verb
// ("will") puts a month on its coming reading even when the past one is
// nearer, and governs its clause past the 12-token window; nouns ("the
// plan") stay closest-reading cues; a past decision with "to" ("decided to
// admit", "agreed to buy") is a plan that may lie on either side of the
// DCT; "record" looks ahead only in "of record" and "record date"; "from"
// right before a date is a weak forward cue; a modal makes its clause
// non-past; a month used as an adjective after "the" ("the March
// accession"); durations after verbs, objects and "of" ("took a week",
// "gave them a month", "the end of a week of protests") and "for a while";
// "the first two quarters of 1990"; "the latest fiscal year"; "for the full
// year were"; a plan followed by a past verb ("planned for Saturday was
// canceled"); "at a later date"; "eight trading days"; "in the years that
// followed", "over the years"; a date opening its sentence with a future
// main verb ("On Tuesday, the league plans to …"); "the day before last
// Tuesday", "the day after Oct. 12"; "Easter week"; recurring weekdays
// ("on Mondays", "Tuesday nights") as sets. Each row is its own document
// with its own DCT.
func TestForwardRules(t *testing.T) {
	tests := []struct {
		name string
		dct  string
		in   string
		w    want
		alt  string // the expected single alternative, "" = not ambiguous
	}{
		// A future verb: the coming reading, the nearer past one kept as an alternative.
		{"will, past reading nearer", "2021-03-04", "The agency will name her commander for a mission in December.",
			want{"December", D, "2021-12", "2021-12-01", "2021-12-31", "month", "dct"}, "2020-12"},
		{"will, far back in a long clause", "2021-03-04",
			"The ministry will send the new commander of the northern border guard unit to the city in December.",
			want{"December", D, "2021-12", "2021-12-01", "2021-12-31", "month", "dct"}, "2020-12"},
		{"will, half a year either way", "2021-02-13", "The airline will double its flights to the south by August.",
			want{"August", D, "2021-08", "2021-08-01", "2021-08-31", "month", "dct"}, "2020-08"},
		{"will, a date just behind the DCT", "2021-02-17", "The market will reopen after Feb. 15, traders hope.",
			want{"Feb. 15", D, "2021-02-15", "2021-02-15", "2021-02-15", "day", "dct"}, ""},
		{"will in another clause", "2021-03-04", "Officials will meet, but the mission failed in December.",
			want{"December", D, "2020-12", "2020-12-01", "2020-12-31", "month", "dct"}, ""},
		// A noun is not a future verb: the closest reading, as before.
		{"plan as a noun", "2020-10-27", "The company announced the plan Aug. 21.",
			want{"Aug. 21", D, "2020-08-21", "2020-08-21", "2020-08-21", "day", "dct"}, ""},
		// "record" looks ahead only as "of record" or "record date".
		{"record high", "2021-02-06", "The index closed near its record high set on Aug. 6.",
			want{"Aug. 6", D, "2020-08-06", "2020-08-06", "2020-08-06", "day", "dct"}, ""},
		{"holders of record", "2020-10-27", "The dividend goes to holders of record Nov. 2.",
			want{"Nov. 2", D, "2020-11-02", "2020-11-02", "2020-11-02", "day", "dct"}, "2019-11-02"},
		// A decision reported in the past about a date: the nearer reading.
		{"decided to", "2021-02-10", "The alliance has decided to admit the three states in early March, an official said.",
			want{"early March", D, "2021-03", "2021-03-01", "2021-03-10", "week", "dct"}, "2020-03"},
		{"agreed to, far back", "2020-10-30", "The firm agreed to buy the rival's shipping line for $22 million in February.",
			want{"February", D, "2021-02", "2021-02-01", "2021-02-28", "month", "dct"}, "2020-02"},
		{"decided, no infinitive", "2021-02-10", "The court decided the case in early March.",
			want{"early March", D, "2020-03", "2020-03-01", "2020-03-10", "week", "dct"}, ""},
		// "from" right before a date: a weak forward cue.
		{"from, open start", "2021-02-13", "A third flight departs each Thursday from August 6.",
			want{"August 6", D, "2021-08-06", "2021-08-06", "2021-08-06", "day", "dct"}, "2020-08-06"},
		{"from, past verb", "2021-02-13", "Prices rose 20% from August 6.",
			want{"August 6", D, "2020-08-06", "2020-08-06", "2020-08-06", "day", "dct"}, ""},
		// A modal makes the clause non-past, whatever follows.
		{"modal, past verb after", "2021-02-24",
			"The dispute may be settled in a hearing the week of March 8, and the mediator has resigned.",
			want{"the week of March 8", D, "2021-W10", "2021-03-08", "2021-03-14", "week", "dct"}, "2020-03-08"},
		// A month as an adjective after "the".
		{"the March accession", "2021-02-10", "The March accession lets the new members sign the documents.",
			want{"March", D, "2021-03", "2021-03-01", "2021-03-31", "month", "dct"}, "2020-03"},
		// Durations of one unit after verbs, objects and "of".
		{"took a week", "2020-10-27", "The inspection of the border posts took a week.",
			want{"a week", Dur, "P1W", "", "", "", ""}, ""},
		{"gave them a month", "2020-10-27", "The governor gave them a month to leave the city.",
			want{"a month", Dur, "P1M", "", "", "", ""}, ""},
		{"of a week", "2020-10-27", "The rally capped the end of a week of protests.",
			want{"a week", Dur, "P1W", "", "", "", ""}, ""},
		{"for a while", "2020-10-27", "Traders will have to live without the market for a while.",
			want{"a while", Dur, "PXX", "", "", "", ""}, ""},
		{"for some time", "2020-10-27", "Troops could stay in the region for some time.",
			want{"some time", Dur, "PXX", "", "", "", ""}, ""},
		// A plan reported in the past by a verb right after the date.
		{"planned, then canceled", "2021-10-24", "A vigil planned at the square for Saturday was canceled.",
			want{"Saturday", D, "2021-10-23", "2021-10-23", "2021-10-23", "day", "dct"}, ""},
		{"planned, still ahead", "2021-10-24", "A vigil planned at the square for Saturday will go ahead.",
			want{"Saturday", D, "2021-10-30", "2021-10-30", "2021-10-30", "day", "dct"}, ""},
		// Future references and business days.
		{"at a later date", "2020-10-27", "The company will raise the money at a later date.",
			want{"a later date", D, "FUTURE_REF", "", "", "", "none"}, ""},
		{"trading days", "2020-10-27", "Eight trading days after the crash, the index recovered.",
			want{"Eight trading days", Dur, "P8D", "", "", "", ""}, ""},
		{"business days", "2020-10-27", "The bank must answer within five business days.",
			want{"five business days", Dur, "P5D", "", "", "", ""}, ""},
		// A date opening its sentence, dated by a future main verb after it.
		{"opening weekday, plans to", "2020-10-26", "On Tuesday, the league plans to hold a news conference.",
			want{"Tuesday", D, "2020-10-27", "2020-10-27", "2020-10-27", "day", "dct"}, ""},
		{"opening weekday, past verb", "2020-10-26", "On Tuesday, the league held a news conference.",
			want{"Tuesday", D, "2020-10-20", "2020-10-20", "2020-10-20", "day", "dct"}, ""},
		{"opening weekday, reported plan", "2020-10-26", "On Tuesday, officials said the league plans a march.",
			want{"Tuesday", D, "2020-10-20", "2020-10-20", "2020-10-20", "day", "dct"}, ""},
		// A day counted from a date.
		{"the day before a weekday's event", "2020-02-24", "The day before last Tuesday's court hearing, the uncle went home.",
			want{"The day before last Tuesday", D, "2020-02-17", "2020-02-17", "2020-02-17", "day", "dct"}, ""},
		{"the day after a date", "2020-10-26", "Talks resumed the day after Oct. 12.",
			want{"the day after Oct. 12", D, "2020-10-13", "2020-10-13", "2020-10-13", "day", "dct"}, ""},
		// A holiday's week: its ISO week, counted once the week has begun.
		{"Easter week began", "2021-03-29", "Believers prayed as Easter week began.",
			want{"Easter week", D, "2021-W13", "2021-03-29", "2021-04-04", "week", "dct"}, ""},
		{"Christmas week, past", "2021-03-29", "Shops were busy in Christmas week.",
			want{"Christmas week", D, "2020-W52", "2020-12-21", "2020-12-27", "week", "dct"}, ""},
		// Vague stretches of years.
		{"in the years that followed", "2020-10-27", "In the years that followed, the rebels held the hills.",
			want{"the years", Dur, "PXY", "", "", "", ""}, ""},
		{"over the years, mid-clause", "2020-10-27", "Over the years many more traders were caught.",
			want{"the years", Dur, "PXY", "", "", "", ""}, ""},
		// Recurring weekdays are sets.
		{"plural weekday", "2020-10-27", "The market opens on Mondays.",
			want{"Mondays", Set, "XXXX-WXX-1", "", "", "", ""}, ""},
		{"weekday with plural part of day", "2020-10-27", "Two flights leave on Tuesday nights.",
			want{"Tuesday nights", Set, "XXXX-WXX-2TNI", "", "", "", ""}, ""},
		{"first of two weekdays sharing a plural part of day", "2020-10-27", "Two flights leave on Monday and Tuesday nights.",
			want{"Monday", Set, "XXXX-WXX-1TNI", "", "", "", ""}, ""},
		{"singular stays a date", "2020-10-27", "Two flights left on Monday night.",
			want{"Monday night", D, "2020-10-26TNI", "2020-10-26", "2020-10-26", "day", "dct"}, ""},
		// Reporting periods.
		{"first two quarters", "2020-10-26", "Demand should fall through the first two quarters of 2021.",
			want{"the first two quarters of 2021", D, "2021-H1", "2021-01-01", "2021-06-30", "season", "explicit"}, ""},
		{"last two quarters", "2020-10-26", "Sales rose in the last two quarters of this year.",
			want{"the last two quarters of this year", D, "2020-H2", "2020-07-01", "2020-12-31", "season", ""}, ""},
		{"the latest fiscal year", "2020-10-26", "The group had $6 billion in sales in the latest fiscal year.",
			want{"the latest fiscal year", D, "2019", "2019-01-01", "2019-12-31", "year", "dct"}, ""},
		{"for the full year were", "2020-10-26", "Sales for the full year were $6.6 billion.",
			want{"the full year", D, "2020", "2020-01-01", "2020-12-31", "year", "dct"}, ""},
	}
	tg := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ref := pipeline.DocDate{Date: mustDate(t, tc.dct), Basis: pipeline.BasisPublished}
			ms := tg.Tag(tc.in, nil, ref)
			checkMention(t, tc.in, ms, tc.w)
			checkAlternative(t, tc.in, ms, tc.w, tc.alt)
		})
	}
}

// TestForwardRulesNegatives: what the new rules must not tag.
func TestForwardRulesNegatives(t *testing.T) {
	tests := []noMentionCase{
		{"a named march", "The March of the Mothers filled the boulevard.", "March"},
		{"May as a name before a capital", "The May Day parade was cancelled.", "May"},
		{"a rate, not a duration", "The airline adds 700 seats a week on the route.", "a week"},
		{"a rate after money", "The plant saves $2 million a year in costs.", "a year"},
		{"a long time is not tagged", "Prices have not been this low for a long time.", "a long time"},
		{"a name ending in a weekday", "Ms. Mondays opened the shop.", "Mondays"},
		{"the years of a span", "Over the years of the war, prices rose.", "the years"},
		{"the years before an event", "In the years before the war, prices rose.", "the years"},
		{"the day before an event", "The day before the vote, guards sealed the border.", "The day before"},
	}
	runNoMentionCases(t, tests)
}
