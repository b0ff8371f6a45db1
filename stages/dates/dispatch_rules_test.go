package dates

import (
	"testing"

	"geotimeline/pipeline"
)

// TestDispatchRules covers patterns found reading North Korea dispatches
// (the fourth follow-up): a day of the month without its month ("on the
// 5th"), in the month the paragraph has just named or the anchor's; weeks
// of a month ("the first week of April"); lists and ranges of days sharing
// a month ("between Jan. 10 and 15", "Aug. 12 and 14"); ranges of partial
// dates ("from late February to early March"); an attributive forward cue
// ("a planned farm") that does not move a weekday of another phrase; and
// compound adjectives ("daily-life") that are not sets. Each row is its own
// document with its own DCT; every listed mention is checked.
func TestDispatchRules(t *testing.T) {
	tests := []mentionCase{
		// A day of the month without its month.
		{"the 5th at the end of a line", "2021-02-10", "The market was sealed on the 5th\n\nGuards left the town.",
			[]want{{"the 5th", D, "2021-02-05", "2021-02-05", "2021-02-05", "day", "dct"}}},
		{"a comma list that goes on", "2021-02-10", "Police raided homes on March 3, 5 and 9, 2020.",
			[]want{{"March 3", D, "2020-03-03", "2020-03-03", "2020-03-03", "day", "explicit"}, {"5", D, "2020-03-05", "2020-03-05", "2020-03-05", "day", "explicit"}}},
		{"the 5th, past, before the DCT", "2021-02-10", "Police detained five workers on the 5th, a source said.",
			[]want{{"the 5th", D, "2021-02-05", "2021-02-05", "2021-02-05", "day", "dct"}}},
		{"the 8th before a place phrase", "2021-07-14", "The man was shot by firing squad on the 8th on a field near the river.",
			[]want{{"the 8th", D, "2021-07-08", "2021-07-08", "2021-07-08", "day", "dct"}}},
		{"the 8th before a participle", "2024-04-17", "The provincial committee issued an order on the 8th calling for mobilization.",
			[]want{{"the 8th", D, "2024-04-08", "2024-04-08", "2024-04-08", "day", "dct"}}},
		{"the 3rd before near", "2021-07-14", "Two women were caught on the 3rd near the bridge.",
			[]want{{"the 3rd", D, "2021-07-03", "2021-07-03", "2021-07-03", "day", "dct"}}},
		{"later in the morning is on the day told", "2024-09-20", "North Korea fired a missile on Sept. 18. The office convened a meeting later in the morning.",
			[]want{{"Sept. 18", D, "2024-09-18", "2024-09-18", "2024-09-18", "day", "dct"}, {"later in the morning", D, "2024-09-18TMO", "2024-09-18", "2024-09-18", "day", "narrative"}}},
		{"a month of that year", "2023-05-10", "The border was shut in January 2020. In August of that year, the command issued an order.",
			[]want{{"January 2020", D, "2020-01", "2020-01-01", "2020-01-31", "month", "explicit"}, {"August of that year", D, "2020-08", "2020-08-01", "2020-08-31", "month", "narrative"}}},
		{"a month of the following year", "2023-05-10", "The border was shut in January 2020. In March of the following year, guards were replaced.",
			[]want{{"March of the following year", D, "2021-03", "2021-03-01", "2021-03-31", "month", "narrative"}}},
		{"a month of that year with nothing told before", "2023-05-10", "In August of that year, the command issued an order.",
			[]want{{"August of that year", D, "XXXX-08", "", "", "unknown", "none"}}},
		{"the following January after a month told", "2024-06-01", "He was arrested in October 2019. The following January, he was sentenced.",
			[]want{{"October 2019", D, "2019-10", "2019-10-01", "2019-10-31", "month", "explicit"}, {"The following January", D, "2020-01", "2020-01-01", "2020-01-31", "month", "narrative"}}},
		{"the previous March before a month told", "2024-06-01", "She reached Seoul in June 2021. The previous March, she had crossed the river.",
			[]want{{"June 2021", D, "2021-06", "2021-06-01", "2021-06-30", "month", "explicit"}, {"The previous March", D, "2021-03", "2021-03-01", "2021-03-31", "month", "narrative"}}},
		{"a month continues the story's year", "2021-11-04", "In March 2019 two agents arrested me.\n\nIn May they told me I would serve six months.",
			[]want{{"March 2019", D, "2019-03", "2019-03-01", "2019-03-31", "month", "explicit"}, {"May", D, "2019-05", "2019-05-01", "2019-05-31", "month", "narrative"}}},
		{"a month and day continue the story's year", "2021-11-04", "In March 2019 two agents arrested me. On May 5 I was sent to a camp.",
			[]want{{"March 2019", D, "2019-03", "2019-03-01", "2019-03-31", "month", "explicit"}, {"May 5", D, "2019-05-05", "2019-05-05", "2019-05-05", "day", "narrative"}}},
		{"a month before the story's month takes the DCT's reading", "2021-11-04", "In March 2019 two agents arrested me.\n\nIn February I saw the market closed.",
			[]want{{"March 2019", D, "2019-03", "2019-03-01", "2019-03-31", "month", "explicit"}, {"February", D, "2021-02", "2021-02-01", "2021-02-28", "month", "dct"}}},
		{"a story carries over paragraphs (session 9)", "2021-11-04", "In March 2019 two agents arrested me.\n\nI was held for weeks.\n\nThey beat the women.\n\nIn May I saw the market closed.",
			[]want{{"March 2019", D, "2019-03", "2019-03-01", "2019-03-31", "month", "explicit"}, {"May", D, "2019-05", "2019-05-01", "2019-05-31", "month", "narrative"}}},
		{"a story opened by a day whose next sentence says me (session 9)", "2021-11-04", "On 3 March 2018, police came into the restaurant. They led me out in handcuffs.\n\nIn May, I was sentenced to a year of labor.",
			[]want{{"3 March 2018", D, "2018-03-03", "2018-03-03", "2018-03-03", "day", "explicit"}, {"May", D, "2018-05", "2018-05-01", "2018-05-31", "month", "narrative"}}},
		{"a later month with its year starts a new story (session 9)", "2021-11-04", "In March 2018 police arrested me.\n\nIn January 2020 I reached Seoul.\n\nIn May I found a job.",
			[]want{{"March 2018", D, "2018-03", "2018-03-01", "2018-03-31", "month", "explicit"}, {"January 2020", D, "2020-01", "2020-01-01", "2020-01-31", "month", "explicit"}, {"May", D, "2020-05", "2020-05-01", "2020-05-31", "month", "narrative"}}},
		{"a telling to the narrator is no story of theirs (review)", "2024-08-10", "I left Hyesan in March 2019. In June, police arrested smugglers in Hyesan, a source told me this week.",
			[]want{{"March 2019", D, "2019-03", "2019-03-01", "2019-03-31", "month", "explicit"}, {"June", D, "2024-06", "2024-06-01", "2024-06-30", "month", "dct"}}},
		{"a third-person story month does not start a story (review)", "2024-08-10", "The fence was built in March 2019.\n\nIn May guards shot a man in Hyesan, a source told me.",
			[]want{{"March 2019", D, "2019-03", "2019-03-01", "2019-03-31", "month", "explicit"}, {"May", D, "2024-05", "2024-05-01", "2024-05-31", "month", "dct"}}},
		{"a state since a month runs up to now (review)", "2024-08-10", "Since January 2023 I have been living in Seoul. In May I attended a rally.",
			[]want{{"January 2023", D, "2023-01", "2023-01-01", "2023-01-31", "month", "explicit"}, {"May", D, "2024-05", "2024-05-01", "2024-05-31", "month", "dct"}}},
		{"a third-person report keeps the DCT's reading", "1990-08-15", "Talks ran between 1986 and 1988.\n\nThe council condemned the invasion on Aug. 2.",
			[]want{{"Aug. 2", D, "1990-08-02", "1990-08-02", "1990-08-02", "day", "dct"}}},
		{"a month ahead does not continue the story", "2021-11-04", "In March 2019 two agents arrested me.\n\nMy trial will open in May.",
			[]want{{"March 2019", D, "2019-03", "2019-03-01", "2019-03-31", "month", "explicit"}, {"May", D, "2022-05", "2022-05-01", "2022-05-31", "month", "dct"}}},
		{"the 23rd, past, after the DCT's day: the month before", "2021-02-10", "Guards were punished on the 23rd.",
			[]want{{"the 23rd", D, "2021-01-23", "2021-01-23", "2021-01-23", "day", "dct"}}},
		{"the 23rd across a year end", "2021-01-10", "Guards were punished on the 23rd.",
			[]want{{"the 23rd", D, "2020-12-23", "2020-12-23", "2020-12-23", "day", "dct"}}},
		{"the 25th, future verb", "2021-02-10", "The market will reopen on the 25th.",
			[]want{{"the 25th", D, "2021-02-25", "2021-02-25", "2021-02-25", "day", "dct"}}},
		{"the 25th, present tense: this month", "2021-02-10", "The market reopens on the 25th.",
			[]want{{"the 25th", D, "2021-02-25", "2021-02-25", "2021-02-25", "day", "dct"}}},
		{"a past day does not take a future month of the paragraph", "2021-06-10",
			"The ministry said inspections will start in August. Traders in Hyesan were fined on the 5th.",
			[]want{{"the 5th", D, "2021-06-05", "2021-06-05", "2021-06-05", "day", "dct"}}},
		{"the last week of the DCT's month, past: last year's", "2021-12-20", "Drills were held in the last week of December.",
			[]want{{"the last week of December", D, "2020-12-25/2020-12-31", "2020-12-25", "2020-12-31", "week", "dct"}}},
		{"the 20th, deadline", "2021-02-10", "Each household must hand in scrap metal by the 20th.",
			[]want{{"the 20th", D, "2021-02-20", "2021-02-20", "2021-02-20", "day", "dct"}}},
		{"the 3rd, future verb, day already past", "2021-02-10", "He will leave on the 3rd.",
			[]want{{"the 3rd", D, "2021-03-03", "2021-03-03", "2021-03-03", "day", "dct"}}},
		{"the 31st of a short month: the month before has none", "2021-03-10", "Guards were punished on the 31st.",
			[]want{{"the 31st", D, "XXXX-XX-31", "", "", "unknown", "none"}}},
		{"of last month", "2021-02-10", "The order came on the 5th of last month.",
			[]want{{"the 5th of last month", D, "2021-01-05", "2021-01-05", "2021-01-05", "day", "dct"}}},
		{"the night of the 3rd", "2021-02-10", "On the night of the 3rd, shots were heard near the river.",
			[]want{{"the 3rd", D, "2021-02-03TNI", "2021-02-03", "2021-02-03", "day", "dct"}}},
		{"the early hours of the 9th", "2021-02-10", "A fire broke out in the early hours of the 9th at the market.",
			[]want{{"the 9th", D, "2021-02-09", "2021-02-09", "2021-02-09", "day", "dct"}}},
		{"the month the paragraph named", "2021-02-10", "In March, the authorities closed the market. Traders were fined on the 23rd.",
			[]want{
				{"March", D, "2020-03", "2020-03-01", "2020-03-31", "month", "dct"},
				{"the 23rd", D, "2020-03-23", "2020-03-23", "2020-03-23", "day", "narrative"},
			}},
		{"a month of another paragraph does not carry", "2021-02-10", "In March, the authorities closed the market.\n\nTraders were fined on the 5th.",
			[]want{{"the 5th", D, "2021-02-05", "2021-02-05", "2021-02-05", "day", "dct"}}},
		{"a list of days", "2021-02-10", "Raids took place on the 12th and 13th.",
			[]want{{"the 12th and 13th", D, "2021-01-12/2021-01-13", "2021-01-12", "2021-01-13", "day", "dct"}}},
		{"a list of days with their month after", "2021-02-10", "Raids took place on the 15th and 16th of March.",
			[]want{{"the 15th and 16th of March", D, "2020-03-15/2020-03-16", "2020-03-15", "2020-03-16", "day", "dct"}}},
		{"a range of days with month and year after", "2021-02-10", "Markets stayed shut from the 3rd to the 6th of March 2019.",
			[]want{{"the 3rd to the 6th of March 2019", D, "2019-03-03/2019-03-06", "2019-03-03", "2019-03-06", "day", "explicit"}}},
		{"a comma list of days with their month after", "2021-02-10", "On the 5th, 6th and 9th of March, guards searched homes.",
			[]want{
				{"the 5th", D, "2020-03-05", "2020-03-05", "2020-03-05", "day", "dct"},
				{"6th", D, "2020-03-06", "2020-03-06", "2020-03-06", "day", "dct"},
				{"9th of March", D, "2020-03-09", "2020-03-09", "2020-03-09", "day", "dct"},
			}},
		{"a range of days", "2021-02-10", "Markets stayed shut from the 3rd to the 6th.",
			[]want{{"the 3rd to the 6th", D, "2021-02-03/2021-02-06", "2021-02-03", "2021-02-06", "day", "dct"}}},
		// Narrative anchoring after a day of the month.
		{"two days later counts from the 5th", "2021-02-10",
			"Police detained five workers on the 5th. Two days later, their supervisor was taken in.",
			[]want{
				{"the 5th", D, "2021-02-05", "2021-02-05", "2021-02-05", "day", "dct"},
				{"Two days later", D, "2021-02-07", "2021-02-07", "2021-02-07", "day", "narrative"},
			}},
		{"the 5th frames its passage", "2021-02-10",
			"On the 5th, a resident said the market had been closed three days earlier.",
			[]want{
				{"the 5th", D, "2021-02-05", "2021-02-05", "2021-02-05", "day", "dct"},
				{"three days earlier", D, "2021-02-02", "2021-02-02", "2021-02-02", "day", "narrative"},
			}},
		// Weeks of a month.
		{"the first week of April, future", "2021-02-10", "Inspections will continue in the first week of April.",
			[]want{{"the first week of April", D, "2021-04-01/2021-04-07", "2021-04-01", "2021-04-07", "week", "dct"}}},
		{"the last week of March, past", "2021-02-10", "Arrests rose in the last week of March.",
			[]want{{"the last week of March", D, "2020-03-25/2020-03-31", "2020-03-25", "2020-03-31", "week", "dct"}}},
		{"the last week of February in a leap year", "2021-02-10", "Arrests rose in the last week of February 2020.",
			[]want{{"the last week of February 2020", D, "2020-02-23/2020-02-29", "2020-02-23", "2020-02-29", "week", "explicit"}}},
		{"the second week of May", "2021-06-10", "Traders were searched in the second week of May.",
			[]want{{"the second week of May", D, "2021-05-08/2021-05-14", "2021-05-08", "2021-05-14", "week", "dct"}}},
		{"the third week of this month", "2021-02-10", "The campaign runs through the third week of this month.",
			[]want{{"the third week of this month", D, "2021-02-15/2021-02-21", "2021-02-15", "2021-02-21", "week", "dct"}}},
		// Ranges and lists of days sharing a month.
		{"between two days", "2021-02-10", "Patrols were doubled between Jan. 10 and 15.",
			[]want{{"Jan. 10 and 15", D, "2021-01-10/2021-01-15", "2021-01-10", "2021-01-15", "day", "dct"}}},
		{"from one day to another", "2021-02-10", "The rally ran from Jan. 10 to 15.",
			[]want{{"Jan. 10 to 15", D, "2021-01-10/2021-01-15", "2021-01-10", "2021-01-15", "day", "dct"}}},
		{"a hyphenated range", "2021-02-10", "Patrols were doubled Jan. 10-15.",
			[]want{{"Jan. 10-15", D, "2021-01-10/2021-01-15", "2021-01-10", "2021-01-15", "day", "dct"}}},
		{"two consecutive days", "2021-02-10", "Officials visited the county Aug. 12 and 13.",
			[]want{{"Aug. 12 and 13", D, "2020-08-12/2020-08-13", "2020-08-12", "2020-08-13", "day", "dct"}}},
		{"a list of days: separate mentions", "2021-02-10", "Officials visited the county Aug. 12 and 14.",
			[]want{
				{"Aug. 12", D, "2020-08-12", "2020-08-12", "2020-08-12", "day", "dct"},
				{"14", D, "2020-08-14", "2020-08-14", "2020-08-14", "day", "dct"},
			}},
		{"a list closed by its year", "2021-02-10", "Trials were held on March 3, 5 and 9, 2019.",
			[]want{
				{"March 3", D, "2019-03-03", "2019-03-03", "2019-03-03", "day", "explicit"},
				{"5", D, "2019-03-05", "2019-03-05", "2019-03-05", "day", "explicit"},
				{"9, 2019", D, "2019-03-09", "2019-03-09", "2019-03-09", "day", "explicit"},
			}},
		// Ranges of partial dates.
		{"from late February to early March", "2021-02-10", "From late February to early March, the border was sealed.",
			[]want{{"late February to early March", D, "2020-02/2020-03", "2020-02-21", "2020-03-10", "week", "dct"}}},
		{"between a part of a year and a month", "2021-02-10", "Between late 2019 and March 2020, prices doubled.",
			[]want{{"late 2019 and March 2020", D, "2019/2020-03", "2019-09-01", "2020-03-31", "month", "explicit"}}},
		{"from a month to a part of a month, future", "2021-02-10", "The ban will last from March to early May.",
			[]want{{"March to early May", D, "2021-03/2021-05", "2021-03-01", "2021-05-10", "month", "dct"}}},
		// A part of a month in a past clause lies before the DCT.
		{"late February written early in February, past", "2021-02-10", "Prices rose sharply in late February.",
			[]want{{"late February", D, "2020-02", "2020-02-21", "2020-02-29", "week", "dct"}}},
		// An attributive forward cue does not reach a weekday of another phrase.
		{"a planned farm", "2023-10-12",
			"Leader Kim Jong Un inspected the site of a planned vegetable greenhouse farm on the outskirts of Hamhung on Wednesday and ordered its completion by next October, state media reported.",
			[]want{
				{"Wednesday", D, "2023-10-11", "2023-10-11", "2023-10-11", "day", "dct"},
				{"next October", D, "2024-10", "2024-10-01", "2024-10-31", "month", "dct"},
			}},
		{"a planned farm, attribution after the weekday", "2023-10-12",
			"Leader Kim Jong Un inspected the site of a planned vegetable greenhouse farm on the outskirts of Hamhung on Wednesday, state media reported.",
			[]want{{"Wednesday", D, "2023-10-11", "2023-10-11", "2023-10-11", "day", "dct"}}},
		{"an expected harvest far before the date", "2023-10-12",
			"Officials praised the expected bumper harvest of the cooperative farms near the city of Hamhung on Monday.",
			[]want{{"Monday", D, "2023-10-09", "2023-10-09", "2023-10-09", "day", "dct"}}},
		{"a planned rally right before its date", "2023-10-12", "Guards sealed the square ahead of the planned rally on Saturday.",
			[]want{{"Saturday", D, "2023-10-14", "2023-10-14", "2023-10-14", "day", "dct"}}},
		// Sets.
		{"daily as an adverb", "2021-02-10", "The market is held daily.",
			[]want{{"daily", Set, "P1D", "", "", "", ""}}},
		{"weekly before an event noun", "2021-02-10", "Residents attend weekly meetings.",
			[]want{{"weekly", Set, "P1W", "", "", "", ""}}},
	}
	runMentionCases(t, tests)
}

// TestDispatchRulesNegatives: ordinals and adjectives the new rules must not tag.
func TestDispatchRulesNegatives(t *testing.T) {
	tests := []noMentionCase{
		{"an anniversary", "The 5th anniversary was marked on Sunday.", "The 5th"},
		{"an ordinal before a noun", "He served with the 3rd Division on the border.", "the 3rd"},
		{"a congress", "Delegates gathered at the 8th Congress of the party.", "the 8th"},
		{"a numbered meeting after on", "Delegates spoke on the 8th meeting of the session.", "the 8th"},
		{"a count after of", "One of the 5th was there.", "the 5th"},
		{"a rank after a verb", "He was promoted to the 5th.", "the 5th"},
		{"a compound adjective", "A daily-life report from the border reached Seoul.", "daily"},
		{"a weekly compound", "The weekly-market day drew traders from three counties.", "weekly"},
		{"daily necessities", "Prices of daily necessities rose again.", "daily"},
		{"a count after a date", "On Aug. 12, 14 people were detained.", "14"},
		{"a count after a date, then a preposition", "On Oct. 10, 15 in the unit were arrested.", "15"},
		{"a count that is a verb's subject", "On May 2, 3 were killed.", "3"},
		{"a week of a named thing", "Officials spoke in the first week of the campaign.", "the first week of the campaign"},
	}
	runNoMentionCases(t, tests)
}

// TestWeekOfMonthAlternative: the other reading of an ambiguous week of a
// month is a week too, not the bare month.
func TestWeekOfMonthAlternative(t *testing.T) {
	in := "The campaign runs in the first week of April."
	ref := pipeline.DocDate{Date: mustDate(t, "2021-02-10"), Basis: pipeline.BasisPublished}
	m, ok := findMention(New(Options{}).Tag(in, nil, ref), "the first week of April")
	if !ok {
		t.Fatalf("Tag(%q): no mention of the first week of April", in)
	}
	if m.Value != "2021-04-01/2021-04-07" || !m.Ambiguous || len(m.Alternatives) != 1 || m.Alternatives[0] != "2020-04-01/2020-04-07" {
		t.Errorf("Tag(%q) = %s alternatives %v, want 2021-04-01/2021-04-07 with alternative 2020-04-01/2020-04-07", in, format(m), m.Alternatives)
	}
}

// TestDispatchRulesAmbiguity: readings the text does not decide stay
// ambiguous with the other one as the alternative.
func TestDispatchRulesAmbiguity(t *testing.T) {
	tg := New(Options{})
	tests := []struct {
		name, dct, in string
		w             want
		alt           string
	}{
		{"a later day with no tense", "2021-06-10", "Residents are talking about an execution on the 25th.",
			want{"the 25th", D, "2021-06-25", "2021-06-25", "2021-06-25", "day", "dct"}, "2021-05-25"},
		{"the day after a date keeps its alternative", "2021-03-04", "The market will reopen the day after Dec. 20.",
			want{"the day after Dec. 20", D, "2021-12-21", "2021-12-21", "2021-12-21", "day", "dct"}, "2020-12-21"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ref := pipeline.DocDate{Date: mustDate(t, tc.dct), Basis: pipeline.BasisPublished}
			ms := tg.Tag(tc.in, nil, ref)
			checkMention(t, tc.in, ms, tc.w)
			checkAlternative(t, tc.in, ms, tc.w, tc.alt)
		})
	}
}
