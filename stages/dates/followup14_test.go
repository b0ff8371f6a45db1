package dates

import "testing"

// TestFourteenthFollowUp covers the rules of session 14 for expressions: a
// third of a month ("the last ten days of April", days 21 to the end), a
// weekday of the week named with it ("on Thursday last week"), and a month
// or day that names again the time a narrative lapse counted to ("Two
// weeks later, on 28 August") in that lapse's year, which also keeps a
// first-person story going.
func TestFourteenthFollowUp(t *testing.T) {
	tests := []mentionCase{
		{"the last ten days of a month", "2021-05-20",
			"In the last ten days of April, police in the port arrested a dozen dealers.",
			[]want{{"the last ten days of April", D, "2021-04-21/2021-04-30", "2021-04-21", "2021-04-30", "week", "dct"}}},
		{"the first ten days of this month; the middle ten days of a month with its year", "2021-05-20",
			"Trade slowed in the first 10 days of this month, after a surge during the middle ten days of March 2021.",
			[]want{{"the first 10 days of this month", D, "2021-05-01/2021-05-10", "2021-05-01", "2021-05-10", "week", "dct"},
				{"the middle ten days of March 2021", D, "2021-03-11/2021-03-20", "2021-03-11", "2021-03-20", "week", "explicit"}}},
		{"guard: the last ten days alone is a length", "2021-05-20",
			"Prices have climbed over the last ten days.",
			[]want{{"the last ten days", "duration", "P10D", "", "", "", "none"}}},
		{"guard: no third of a year", "2021-05-20",
			"The last ten days of 2020 were cold.",
			[]want{{"2020", D, "2020", "2020-01-01", "2020-12-31", "year", "explicit"}}},
		{"review: no third of 'the month' (the story's or the report's)", "2024-06-21",
			"North Korea sealed its border in March 2020. In the first ten days of the month, 50 people were arrested.",
			[]want{{"March 2020", D, "2020-03", "2020-03-01", "2020-03-31", "month", "explicit"},
				{"the first ten days", "duration", "P10D", "", "", "", "none"}}},
		{"a weekday of last week", "2019-10-04",
			"A patrol boat fired warning shots on Thursday last week.",
			[]want{{"Thursday last week", D, "2019-09-26", "2019-09-26", "2019-09-26", "day", "dct"}}},
		{"a weekday of next week", "2019-10-04",
			"Talks are set for Monday of next week.",
			[]want{{"Monday of next week", D, "2019-10-07", "2019-10-07", "2019-10-07", "day", "dct"}}},
		{"guard: a comma keeps the week apart", "2019-10-04",
			"On Tuesday, last week's rally ended.",
			[]want{{"Tuesday", D, "2019-10-01", "2019-10-01", "2019-10-01", "day", "dct"},
				{"last week", D, "2019-W39", "2019-09-23", "2019-09-29", "week", "dct"}}},
		{"a day named again after a lapse takes the lapse's year", "2024-09-12",
			"He was arrested on Dec. 20, 2018. Two weeks later, on Jan. 3, he was sent to a camp.",
			[]want{{"Dec. 20, 2018", D, "2018-12-20", "2018-12-20", "2018-12-20", "day", "explicit"},
				{"Two weeks later", D, "2019-W01", "2018-12-31", "2019-01-06", "week", "narrative"},
				{"Jan. 3", D, "2019-01-03", "2019-01-03", "2019-01-03", "day", "narrative"}}},
		{"review: 'later' names no time before the lapse's", "2024-06-21",
			"Talks collapsed in February 2019. A month later, in September, the envoy resigned.",
			[]want{{"February 2019", D, "2019-02", "2019-02-01", "2019-02-28", "month", "explicit"},
				{"A month later", D, "2019-03", "2019-03-01", "2019-03-31", "month", "narrative"},
				{"September", D, "2019-09", "2019-09-01", "2019-09-30", "month", "narrative"}}},
		{"a lapse keeps a first-person story going", "2024-09-12",
			"On 14 August 2015, an officer told me I had been sentenced.\n\nTwo weeks later, on 28 August, I arrived at the camp. In October I was sent to the quarry.",
			[]want{{"14 August 2015", D, "2015-08-14", "2015-08-14", "2015-08-14", "day", "explicit"},
				{"Two weeks later", D, "2015-W35", "2015-08-24", "2015-08-30", "week", "narrative"},
				{"28 August", D, "2015-08-28", "2015-08-28", "2015-08-28", "day", "narrative"},
				{"October", D, "2015-10", "2015-10-01", "2015-10-31", "month", "narrative"}}},
	}
	runMentionCases(t, tests)
}
