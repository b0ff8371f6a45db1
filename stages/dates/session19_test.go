package dates

import "testing"

// TestSession19 covers the date rules of session 19, drawn from set 28's
// misses.
func TestSession19(t *testing.T) {
	tests := []mentionCase{
		{"a range of days with its Juche year", "2023-12-31",
			"The meeting was held from December 26 to 30, Juche 112 (2023).",
			[]want{{"December 26 to 30, Juche 112 (2023)", D, "2023-12-26/2023-12-30", "2023-12-26", "2023-12-30", "day", "explicit"}}},
		{"a day of a year told before", "2023-02-07",
			"The first turn came in early 2016. Seoul shut the complex on Feb. 10 that year; on March 5 of that year the North replied.",
			[]want{{"early 2016", D, "2016", "2016-01-01", "2016-04-30", "month", "explicit"},
				{"Feb. 10 that year", D, "2016-02-10", "2016-02-10", "2016-02-10", "day", "narrative"},
				{"March 5 of that year", D, "2016-03-05", "2016-03-05", "2016-03-05", "day", "narrative"}}},
		{"guard: a day of that year with no year told before stays unknown", "2023-02-07",
			"Seoul shut the complex on Feb. 10 that year.",
			[]want{{"Feb. 10 that year", D, "XXXX-02-10", "", "", "unknown", "none"}}},
		{"that summer: the season of the year told before", "2019-05-20",
			"She was caught in April 2012. That summer a court sentenced her.",
			[]want{{"April 2012", D, "2012-04", "2012-04-01", "2012-04-30", "month", "explicit"},
				{"That summer", D, "2012-SU", "2012-06-01", "2012-08-31", "season", "narrative"}}},
		{"guard: 'that' opening what is said, and 'fall' as a verb", "2019-05-20",
			"She was caught in April 2012. She said that spring was late. Prices that fall are cheap.",
			[]want{{"April 2012", D, "2012-04", "2012-04-01", "2012-04-30", "month", "explicit"}}},
		{"that season closing a phrase or after a preposition of time", "2019-05-20",
			"She was caught in April 2012. Two women died of illness that summer. By that winter, many had died.",
			[]want{{"April 2012", D, "2012-04", "2012-04-01", "2012-04-30", "month", "explicit"},
				{"that summer", D, "2012-SU", "2012-06-01", "2012-08-31", "season", "narrative"},
				{"that winter", D, "2012-WI", "2012-12-01", "2013-02-28", "season", "narrative"}}},
		{"guard: 'that' opening a clause before a season word", "2019-05-20",
			"She was caught in April 2012. Police fought problems that spring from smuggling, so that winter would be bearable.",
			[]want{{"April 2012", D, "2012-04", "2012-04-01", "2012-04-30", "month", "explicit"}}},
		{"a later month of the year its sentence opens with", "2019-05-20",
			"In January 2017 they reached Thailand, and in March she landed in Seoul.",
			[]want{{"January 2017", D, "2017-01", "2017-01-01", "2017-01-31", "month", "explicit"},
				{"March", D, "2017-03", "2017-03-01", "2017-03-31", "month", "narrative"}}},
		{"guard: an earlier month is left to the report's date", "2019-05-20",
			"In October 2017 they reached Thailand, and in March she landed in Seoul.",
			[]want{{"October 2017", D, "2017-10", "2017-10-01", "2017-10-31", "month", "explicit"},
				{"March", D, "2019-03", "2019-03-01", "2019-03-31", "month", "dct"}}},
		{"about a month later is a date, as a month later", "2019-05-20",
			"In March 2012, police arrested her. About a month later, in April, she was handed over.",
			[]want{{"March 2012", D, "2012-03", "2012-03-01", "2012-03-31", "month", "explicit"},
				{"a month later", D, "2012-04", "2012-04-01", "2012-04-30", "month", "narrative"},
				{"April", D, "2012-04", "2012-04-01", "2012-04-30", "month", "narrative"}}},
		{"guard: over an hour later stays a length", "1998-10-25",
			"He collapsed on Friday. Just over an hour later, he was declared dead.",
			[]want{{"Friday", D, "1998-10-23", "1998-10-23", "1998-10-23", "day", "dct"},
				{"over an hour", Dur, "PT1H", "", "", "", "none"}}},
	}
	runMentionCases(t, tests)
}
