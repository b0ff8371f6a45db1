package dates

import "testing"

// TestTwelfthFollowUp covers the rules of session 12: "that August" is the
// August of the year the story is in, as "August of that year" (not "that
// May", a verb, nor a month with its day); a range of days takes the
// relative year written after its second day ("between Oct. 8 and 13 last
// year").
func TestTwelfthFollowUp(t *testing.T) {
	tests := []mentionCase{
		{"that August is in the story's year", "2023-11-07", "She was arrested in the spring of 2017. That August, her brother fled to China.",
			[]want{{"spring of 2017", D, "2017-SP", "2017-03-01", "2017-05-31", "season", "explicit"}, {"That August", D, "2017-08", "2017-08-01", "2017-08-31", "month", "narrative"}}},
		{"and the following year counts from it", "2023-11-07", "He fled in 2017. That August he was caught. The following year he was released.",
			[]want{{"2017", D, "2017", "2017-01-01", "2017-12-31", "year", "explicit"}, {"That August", D, "2017-08", "2017-08-01", "2017-08-31", "month", "narrative"},
				{"The following year", D, "2018", "2018-01-01", "2018-12-31", "year", "narrative"}}},
		{"guard: that May is a verb", "2023-11-07", "In 2017 he fled. Officials fear that May will bring more defections.",
			[]want{{"2017", D, "2017", "2017-01-01", "2017-12-31", "year", "explicit"}, {"May", D, "2023-05", "2023-05-01", "2023-05-31", "month", "dct"}}},
		{"review: that after a verb of saying opens what was said", "2022-09-15", "He said that August was the worst month.",
			[]want{{"August", D, "2022-08", "2022-08-01", "2022-08-31", "month", "dct"}}},
		{"a bare day before the part of the month the paragraph named is in the month after", "2021-03-14", "Inspectors arrived at the end of last month. The market closed on the 2nd and reopened on the 6th.",
			[]want{{"the end of last month", D, "2021-02", "2021-02-21", "2021-02-28", "week", "dct"}, {"the 2nd", D, "2021-03-02", "2021-03-02", "2021-03-02", "day", "narrative"},
				{"the 6th", D, "2021-03-06", "2021-03-06", "2021-03-06", "day", "narrative"}}},
		{"review: so after an older month: the month after it", "2022-09-15", "A lockdown was imposed in Hyesan in late February. On the 2nd, two residents were executed.",
			[]want{{"late February", D, "2022-02", "2022-02-21", "2022-02-28", "week", "dct"}, {"the 2nd", D, "2022-03-02", "2022-03-02", "2022-03-02", "day", "narrative"}}},
		{"guard: a day after the start of the part named stays in it", "2021-03-14", "Inspectors arrived in mid-February. The market closed on the 23rd.",
			[]want{{"mid-February", D, "2021-02", "2021-02-11", "2021-02-20", "week", "dct"}, {"the 23rd", D, "2021-02-23", "2021-02-23", "2021-02-23", "day", "narrative"}}},
		{"a range of days with last year after it", "2024-10-23", "Guards beat inmates between Oct. 8 and 13 last year.",
			[]want{{"Oct. 8 and 13 last year", D, "2023-10-08/2023-10-13", "2023-10-08", "2023-10-13", "day", "dct"}}},
		{"so with from and to", "2024-10-23", "Troops moved from Oct. 8 to 13 last year.",
			[]want{{"Oct. 8 to 13 last year", D, "2023-10-08/2023-10-13", "2023-10-08", "2023-10-13", "day", "dct"}}},
	}
	runMentionCases(t, tests)
}

// TestTwelfthFollowUpRanges: a range of months takes the relative year
// written after its second month for both ends ("between January and
// August last year"; "from December to March next year" starts the
// December before).
func TestTwelfthFollowUpRanges(t *testing.T) {
	tests := []mentionCase{
		{"both months of last year", "2024-01-10", "Transfers took place between January and August last year.",
			[]want{{"January and August last year", D, "2023-01/2023-08", "2023-01-01", "2023-08-31", "month", "dct"}}},
		{"both months of this year", "2024-01-10", "Transfers will take place between March and May this year.",
			[]want{{"March and May this year", D, "2024-03/2024-05", "2024-03-01", "2024-05-31", "month", "dct"}}},
		{"a range over the year's end", "2024-01-10", "Drills run from December to March next year.",
			[]want{{"December to March next year", D, "2024-12/2025-03", "2024-12-01", "2025-03-31", "month", "dct"}}},
	}
	runMentionCases(t, tests)
}
