package dates

import (
	"testing"

	"geotimeline/pipeline"
)

// TestClauseTense covers the year of a month (and day) written without one
// when no cue word decides: the tense of its clause, then the nearer reading
// within the next three months; and the other rules added with it: past
// plans, reporting verbs and passives next to "would", "the past year",
// "N days later", clock times on the day told, "the week of", "the latest
// period", "the quarter a year ago", "earlier in the year", parts of day,
// narrative weekdays and months, spoken years, vague stretches, "N more
// units", sets of months, zones in parentheses. Each row is its own
// document with its own DCT.
func TestClauseTense(t *testing.T) {
	tests := []struct {
		name string
		dct  string
		in   string
		w    want
		alt  string // the expected single alternative, "" = not ambiguous
	}{
		// No cue, no past tense: the nearer reading, the past one kept as an alternative.
		{"present tense, next month", "2020-10-30", "The bank is calling for the redemption on Dec. 7 of its notes.",
			want{"Dec. 7", D, "2020-12-07", "2020-12-07", "2020-12-07", "day", "dct"}, "2019-12-07"},
		{"reporting verb ends the clause", "2020-10-30", "The ministry said it is preparing an inspection tour on Dec. 7.",
			want{"Dec. 7", D, "2020-12-07", "2020-12-07", "2020-12-07", "day", "dct"}, "2019-12-07"},
		{"noun phrase, next year within three months", "2020-11-02", "Shares of the merged bank start trading on an unspecified date in January.",
			want{"January", D, "2021-01", "2021-01-01", "2021-01-31", "month", "dct"}, "2020-01"},
		{"modal", "2021-02-24", "The dispute may be settled at a hearing on March 6.",
			want{"March 6", D, "2021-03-06", "2021-03-06", "2021-03-06", "day", "dct"}, "2020-03-06"},
		{"trailing attribution", "2021-02-03", "Markets in the border city reopen on Feb. 15, a source told reporters.",
			want{"Feb. 15", D, "2021-02-15", "2021-02-15", "2021-02-15", "day", "dct"}, "2020-02-15"},
		// Past tense keeps the past reading.
		{"opening day, short gloss before the verb", "2025-03-04", "On the 25th, every neighborhood unit (inminban) in the town held a meeting.",
			want{"the 25th", D, "2025-02-25", "2025-02-25", "2025-02-25", "day", "dct"}, ""},
		{"opening day, long parenthesis ends the look", "2025-03-04", "On the 25th, the units (which the police had set up in every street of the town) meet.",
			want{"the 25th", D, "2025-03-25", "2025-03-25", "2025-03-25", "day", "dct"}, "2025-02-25"},
		{"the day a measure was extended", "2023-01-27", "Authorities in the city extended the lockdown on Monday.",
			want{"Monday", D, "2023-01-23", "2023-01-23", "2023-01-23", "day", "dct"}, ""},
		{"extended to a day ahead", "2023-01-27", "Authorities in the city extended the lockdown to Monday.",
			want{"Monday", D, "2023-01-30", "2023-01-30", "2023-01-30", "day", "dct"}, ""},
		{"past tense", "2020-10-30", "Police arrested the smugglers on Dec. 7.",
			want{"Dec. 7", D, "2019-12-07", "2019-12-07", "2019-12-07", "day", "dct"}, ""},
		{"attribution date", "2020-10-30", "Prices keep rising, a resident told reporters Dec. 7.",
			want{"Dec. 7", D, "2019-12-07", "2019-12-07", "2019-12-07", "day", "dct"}, ""},
		{"past verb after an opening date and a comma", "2021-02-03", "On Feb. 15, guards arrested two traders, a source said.",
			want{"Feb. 15", D, "2020-02-15", "2020-02-15", "2020-02-15", "day", "dct"}, ""},
		{"past verb after an opening date", "2020-10-25",
			"In January, a week after the vote in the northern province of the country, a bomb killed three guards.",
			want{"January", D, "2020-01", "2020-01-01", "2020-01-31", "month", "dct"}, ""},
		{"perfect", "2020-10-30", "Trade has slowed since the Nov. 20 inspection.",
			want{"Nov. 20", D, "2019-11-20", "2019-11-20", "2019-11-20", "day", "dct"}, ""},
		// Farther than three months ahead: the past reading.
		{"next year too far", "2020-10-15", "A ceremony in March marks the anniversary.",
			want{"March", D, "2020-03", "2020-03-01", "2020-03-31", "month", "dct"}, ""},
		{"past month of this year", "2020-10-15", "The new family of trucks in April sold well.",
			want{"April", D, "2020-04", "2020-04-01", "2020-04-30", "month", "dct"}, ""},

		// A plan reported in the past: the nearer reading.
		{"past plan, month", "2021-02-10", "The accession was planned for early March.",
			want{"early March", D, "2021-03", "2021-03-01", "2021-03-10", "week", "dct"}, "2020-03"},
		{"past plan, weekday", "2020-10-26", "The offer had been scheduled to expire at midnight Friday.",
			want{"midnight Friday", D, "2020-10-23T24", "2020-10-23", "2020-10-23", "day", "dct"}, ""},

		// A reporting verb does not make "would" a past hope; a passive is not a past tense.
		{"said … would be held", "2021-02-10", "An official said the summit would still be held on April 24.",
			want{"April 24", D, "2021-04-24", "2021-04-24", "2021-04-24", "day", "dct"}, "2020-04-24"},
		{"hoped … would", "2021-02-10", "Traders hoped the market would reopen on April 24.",
			want{"April 24", D, "2020-04-24", "2020-04-24", "2020-04-24", "day", "dct"}, ""},
		{"the quarter a year ago", "1989-10-26", "Profit rose in the third quarter. For the quarter a year ago, it earned $3 million.",
			want{"the quarter a year ago", D, "1988-Q3", "1988-07-01", "1988-09-30", "season", "dct"}, ""},
		{"the 1992 protests", "2020-10-27", "Many leaders of the 1992 protests have moved away.",
			want{"1992", D, "1992", "1992-01-01", "1992-12-31", "year", "explicit"}, ""},
		{"the week of", "2021-02-24", "A hearing will be held the week of March 6.",
			want{"the week of March 6", D, "2021-W09", "2021-03-01", "2021-03-07", "week", "dct"}, ""},
		{"the latest period", "1989-10-26", "Revenue rose 5% in the latest period.",
			want{"the latest period", D, "1989-Q3", "1989-07-01", "1989-09-30", "season", "dct"}, ""},
		{"earlier in the year", "2020-10-26", "Shipments were delayed earlier in the year by floods.",
			want{"earlier in the year", D, "2020", "2020-01-01", "2020-10-26", "", "dct"}, ""},
		{"later in the day", "2020-10-26", "The minister arrived in the capital later in the day.",
			want{"later in the day", D, "2020-10-26", "2020-10-26", "2020-10-26", "day", "dct"}, ""},
		{"mid-afternoon yesterday", "2020-11-02", "At mid-afternoon yesterday, shares were up 2%.",
			want{"mid-afternoon yesterday", D, "2020-11-01TAF", "2020-11-01", "2020-11-01", "day", "dct"}, ""},
		{"mid afternoon", "2020-11-02", "By mid afternoon, the troops had left.",
			want{"mid afternoon", D, "2020-11-02TAF", "2020-11-02", "2020-11-02", "day", "dct"}, ""},
		{"the previous Friday", "2020-10-26", "On Friday the index closed at 2,082, down 4.5% from the previous Friday.",
			want{"the previous Friday", D, "2020-10-16", "2020-10-16", "2020-10-16", "day", "narrative"}, ""},
		{"the following month", "2020-10-27", "The company hired advisers in March. The following month, it put itself up for sale.",
			want{"The following month", D, "2020-04", "2020-04-01", "2020-04-30", "month", "narrative"}, ""},
		{"each July", "2020-10-27", "Marchers parade through the town each July.",
			want{"each July", Set, "XXXX-07", "", "", "", ""}, ""},
		{"zone in parentheses", "2020-10-24", "The blast occurred at 10:35 a.m. (0735 GMT) Friday.",
			want{"10:35 a.m. (0735 GMT) Friday", D, "2020-10-23T10:35", "2020-10-23", "2020-10-23", "day", "dct"}, ""},
		// "the past year": the stretch up to the DCT, a date.
		{"the past year", "2020-10-27", "Arrests for smuggling doubled in the past year.",
			want{"the past year", D, "2019", "2019-10-28", "2020-10-27", "year", "dct"}, ""},
		{"the last decade", "2020-10-27", "Wages lost ground over the last decade.",
			want{"the last decade", D, "201", "2010-10-28", "2020-10-27", "decade", "dct"}, ""},
		{"the last year of", "2020-10-27", "It was the last year of the war.",
			want{"the last year", Dur, "P1Y", "", "", "", ""}, ""}, // not a date of the text's time
		// "N days later" counts from the day told before it, never from the DCT.
		{"days later, narrative", "2020-10-27", "Guards sealed the crossing on Oct. 3. Three days later, traders were arrested.",
			want{"Three days later", D, "2020-10-06", "2020-10-06", "2020-10-06", "day", "narrative"}, ""},
		{"days later, no date before", "2020-10-27", "Three days later, traders were arrested.",
			want{"Three days later", Dur, "P3D", "", "", "", ""}, ""},
		{"days later after a month names no day", "2020-10-27", "Reported on Oct. 20.\n\nIn March 2013, police detained him. Eleven days later, he was handed over.",
			want{"Eleven days later", Dur, "P11D", "", "", "", ""}, ""},
		{"month with a spoken year", "2020-10-27", "January nineteen ninety-seven. A bomb exploded in the city.",
			want{"January nineteen ninety-seven", D, "1997-01", "1997-01-01", "1997-01-31", "month", "explicit"}, ""},
		{"season of a spoken year", "2020-10-27", "Prices fell to the level of the winter of nineteen ninety-four.",
			want{"winter of nineteen ninety-four", D, "1994-WI", "1994-12-01", "1995-02-28", "season", "explicit"}, ""},
		{"winter ends in February", "2024-10-27", "Food ran short in the winter of 2023.",
			want{"winter of 2023", D, "2023-WI", "2023-12-01", "2024-02-29", "season", "explicit"}, ""},
		{"within weeks", "2020-10-27", "Troops will arrive within weeks.",
			want{"weeks", Dur, "PXW", "", "", "", ""}, ""},
		{"two more weeks", "2020-10-27", "He must stay for at least two more weeks.",
			want{"at least two more weeks", Dur, "P2W", "", "", "", ""}, ""},
		{"an additional year", "2020-10-27", "The permit may be extended for an additional year.",
			want{"an additional year", Dur, "P1Y", "", "", "", ""}, ""},
		{"barely a month", "2020-10-27", "The order came barely a month after the raid.",
			want{"a month", Dur, "P1M", "", "", "", ""}, ""},
		{"the next morning", "2020-10-27", "He was detained on Oct. 3 and appeared in court the next morning.",
			want{"the next morning", D, "2020-10-04TMO", "2020-10-04", "2020-10-04", "day", "narrative"}, ""},
		{"clock time on the day told before", "2020-10-27", "Troops crossed the river on Oct. 3. At 10 p.m., shelling began.",
			want{"10 p.m.", D, "2020-10-03T22:00", "2020-10-03", "2020-10-03", "day", "narrative"}, ""},
		{"clock time far from the day told", "2020-10-27", "The party was founded on Oct. 10, 1945.\n\nIts history is long.\n\nAt 10 p.m., shelling began.",
			want{"10 p.m.", D, "2020-10-27T22:00", "2020-10-27", "2020-10-27", "day", "dct"}, ""},
		{"clock time alone", "2020-10-27", "At 10 p.m., shelling began.",
			want{"10 p.m.", D, "2020-10-27T22:00", "2020-10-27", "2020-10-27", "day", "dct"}, ""},
		{"holiday ahead, present tense", "2021-03-05", "International Women's Day is this coming Monday.",
			want{"International Women's Day", D, "2021-03-08", "2021-03-08", "2021-03-08", "day", "dct"}, "2020-03-08"},
		{"holiday, past tense", "2021-03-05", "Rallies marked International Women's Day in the capital.",
			want{"International Women's Day", D, "2020-03-08", "2020-03-08", "2020-03-08", "day", "dct"}, ""},
		{"since year-end", "2020-10-27", "The index has risen 4% since year-end.",
			want{"year-end", D, "2019", "2019-12-01", "2019-12-31", "month", "dct"}, ""},
		{"by year-end", "2020-10-27", "The deal should close by year-end.",
			want{"year-end", D, "2020", "2020-12-01", "2020-12-31", "month", "dct"}, ""},
		{"title-case headline keeps its date", "2020-10-27", "Border Guards Arrested Last Week\n\nGuards were arrested.",
			want{"Last Week", D, "2020-W43", "2020-10-19", "2020-10-25", "week", "dct"}, ""},
		{"the near term", "2020-10-27", "Prices should stay high in the near term.",
			want{"the near term", D, "FUTURE_REF", "", "", "", "none"}, ""},
		{"coming weeks", "2020-10-27", "Traders expect the border to reopen in coming weeks.",
			want{"coming weeks", Dur, "PXW", "", "", "", ""}, ""},
		{"the months ahead", "2020-10-27", "Food prices may climb further in the months ahead.",
			want{"the months ahead", Dur, "PXM", "", "", "", ""}, ""},
		{"or so ago", "2020-10-27", "A week or so ago, guards sealed the crossing.",
			want{"A week or so ago", D, "2020-W43", "2020-10-19", "2020-10-25", "week", "dct"}, ""},
		{"4 in the morning", "2020-10-27", "The convoy will leave at 4 in the morning.",
			want{"4 in the morning", D, "2020-10-27T04:00", "2020-10-27", "2020-10-27", "day", "dct"}, ""},
	}
	tg := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ref := pipeline.DocDate{Date: mustDate(t, tc.dct), Basis: pipeline.BasisPublished}
			ms := tg.Tag(tc.in, nil, ref)
			if tc.w.text == "" {
				for _, m := range ms {
					t.Errorf("Tag(%q) = %s, want no mention", tc.in, format(m))
				}
				return
			}
			checkMention(t, tc.in, ms, tc.w)
			checkAlternative(t, tc.in, ms, tc.w, tc.alt)
		})
	}
}

// TestClauseTenseNegatives: names that look like dates or sets.
func TestClauseTenseNegatives(t *testing.T) {
	tests := []noMentionCase{
		{"TV programme", `The minister said on ABC's "This Week" that talks would resume.`, "This Week"},
		{"newspaper", "The Workers' Party daily Rodong Sinmun printed the order.", "daily"},
		{"morning attack", "Guards killed 4 in the morning raid near the river.", "4 in the morning"},
		{"high noon", "For the people of the city, high noon has come.", "noon"},
		{"round count after a determiner", "The 2000 rifles were seized at the port.", "2000"},
		{"TV title with a count", `He said on CBS's "60 Minutes" that he would stay.`, "60 Minutes"},
		{"TV title in TBAQ quotes", "He said on CBS's ''60 Minutes.''", "60 Minutes"},
	}
	runNoMentionCases(t, tests)
}
