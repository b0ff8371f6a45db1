package dates

import "testing"

// TestDayFirstRanges covers ranges written day first, the order of UN, British
// and many Asian outlets, whose month and year the second day carries, and
// a month-first range after "between" before a verb.
func TestDayFirstRanges(t *testing.T) {
	tests := []mentionCase{
		{"dash, with a year", "2024-03-15",
			"Talks were held on 20-22 July 2023 in Geneva.",
			[]want{{"20-22 July 2023", D, "2023-07-20/2023-07-22", "2023-07-20", "2023-07-22", "day", "explicit"}}},
		{"from … to, yearless", "2024-03-15",
			"The visit, from 13 to 17 September, ended in Vladivostok.",
			[]want{{"13 to 17 September", D, "2023-09-13/2023-09-17", "2023-09-13", "2023-09-17", "day", "dct"}}},
		{"between … and", "2024-03-15",
			"Between 20 and 22 July, crews took the building apart.",
			[]want{{"20 and 22 July", D, "2023-07-20/2023-07-22", "2023-07-20", "2023-07-22", "day", "dct"}}},
		{"two consecutive days", "2024-03-15",
			"The plenum met on 12 and 13 March.",
			[]want{{"12 and 13 March", D, "2024-03-12/2024-03-13", "2024-03-12", "2024-03-13", "day", "dct"}}},
		{"month first after between, before a verb", "2024-03-15",
			"Imagery taken between July 20 and 22 showed crews at work.",
			[]want{{"July 20 and 22", D, "2023-07-20/2023-07-22", "2023-07-20", "2023-07-22", "day", "dct"}}},
		{"guard: a count after between … and", "2024-03-15",
			"Between Jan. 10 and 15 people were hurt.",
			[]want{{"Jan. 10", D, "2024-01-10", "2024-01-10", "2024-01-10", "day", "dct"}}},
		{"guard: 'to' without 'from' is no range", "2024-03-15",
			"Recruits aged 20 to 22 July were called up.",
			[]want{{"22 July", D, "2023-07-22", "2023-07-22", "2023-07-22", "day", "dct"}}},
		{"guard: days that are neither consecutive nor after between", "2024-03-15",
			"They met on 12 and 14 March.",
			[]want{{"14 March", D, "2024-03-14", "2024-03-14", "2024-03-14", "day", "dct"}}},
	}
	runMentionCases(t, tests)
}
