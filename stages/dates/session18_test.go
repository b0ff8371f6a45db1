package dates

import "testing"

// TestSession18 covers the date rules of session 18: a season of a year
// told before ("In the summer of that year", "the spring of the following
// year") and a range of days whose second day is followed by a preposition
// ("from January 10 to 24 after …"); a line opening "UPDATE (May 20):"
// anchors what follows on the update's day.
func TestSession18(t *testing.T) {
	tests := []mentionCase{
		{"a season of that year", "2022-04-11",
			"The border was sealed in January 2020. In the summer of that year, guards were ordered to shoot.",
			[]want{{"January 2020", D, "2020-01", "2020-01-01", "2020-01-31", "month", "explicit"},
				{"summer of that year", D, "2020-SU", "2020-06-01", "2020-08-31", "season", "narrative"}}},
		{"a season of the following and the previous year", "2022-04-11",
			"He was caught in May 2015. In the spring of the following year he escaped; in the winter of the previous year he had been moved.",
			[]want{{"May 2015", D, "2015-05", "2015-05-01", "2015-05-31", "month", "explicit"},
				{"spring of the following year", D, "2016-SP", "2016-03-01", "2016-05-31", "season", "narrative"},
				{"winter of the previous year", D, "2015-WI", "2015-12-01", "2016-02-29", "season", "narrative"}}},
		{"a part of a season of that year", "2022-04-11",
			"The border was sealed in January 2020. In the early summer of that year, guards were ordered to shoot; in late spring of the following year they left.",
			[]want{{"January 2020", D, "2020-01", "2020-01-01", "2020-01-31", "month", "explicit"},
				{"early summer of that year", D, "2020-SU", "2020-06-01", "2020-06-30", "month", "narrative"},
				{"late spring of the following year", D, "2021-SP", "2021-05-01", "2021-05-31", "month", "narrative"}}},
		{"guard: a season of that year with no year told before stays unknown", "2022-04-11",
			"In the summer of that year, guards were ordered to shoot.",
			[]want{{"summer of that year", D, "XXXX-SU", "", "", "unknown", "none"}}},
		{"a range of days before a preposition", "2022-04-11",
			"The city was locked down from January 10 to 24 after residents developed fevers.",
			[]want{{"January 10 to 24", D, "2022-01-10/2022-01-24", "2022-01-10", "2022-01-24", "day", "dct"}}},
		{"guard: a count after 'to' is no second day", "2022-04-11",
			"Arrests rose from January 10 to 24 people a week.",
			[]want{{"January 10", D, "2022-01-10", "2022-01-10", "2022-01-10", "day", "dct"}}},
		{"a line opening with an update's day anchors what follows", "2013-05-19",
			"North Korea fired a missile on Sunday.\n\nUPDATE (May 20): The North fired two more on Monday morning.",
			[]want{{"Sunday", D, "2013-05-19", "2013-05-19", "2013-05-19", "day", "dct"}, {"May 20", D, "2013-05-20", "2013-05-20", "2013-05-20", "day", "dct"},
				{"Monday morning", D, "2013-05-20TMO", "2013-05-20", "2013-05-20", "day", "dct"}}},
		{"a numbered update, and one set off by a comma", "2013-05-19",
			"North Korea fired a missile on Sunday.\n\nUPDATE 2 (May 20): The North fired two more on Monday morning.\n\nUPDATE, May 21: It fired again on Tuesday.",
			[]want{{"Sunday", D, "2013-05-19", "2013-05-19", "2013-05-19", "day", "dct"}, {"May 20", D, "2013-05-20", "2013-05-20", "2013-05-20", "day", "dct"},
				{"Monday morning", D, "2013-05-20TMO", "2013-05-20", "2013-05-20", "day", "dct"}, {"May 21", D, "2013-05-21", "2013-05-21", "2013-05-21", "day", "dct"},
				{"Tuesday", D, "2013-05-21", "2013-05-21", "2013-05-21", "day", "dct"}}},
		{"guard: a page's 'Updated:' stamp anchors nothing", "2013-05-19",
			"Updated: May 21, 2013, 10:40 a.m. KST\n\nNorth Korea fired a missile on Sunday. It fired two more on Monday morning.",
			[]want{{"May 21, 2013", D, "2013-05-21", "2013-05-21", "2013-05-21", "day", "explicit"}, {"10:40 a.m. KST", D, "2013-05-21T10:40", "2013-05-21", "2013-05-21", "day", "narrative"},
				{"Sunday", D, "2013-05-19", "2013-05-19", "2013-05-19", "day", "dct"}, {"Monday morning", D, "2013-05-13TMO", "2013-05-13", "2013-05-13", "day", "dct"}}},
		{"guard: an update before the report's day anchors nothing", "2013-05-19",
			"North Korea fired a missile on Sunday.\n\nUPDATE (May 2): The North fired two more on Monday morning.",
			[]want{{"Sunday", D, "2013-05-19", "2013-05-19", "2013-05-19", "day", "dct"}, {"May 2", D, "2013-05-02", "2013-05-02", "2013-05-02", "day", "dct"},
				{"Monday morning", D, "2013-05-13TMO", "2013-05-13", "2013-05-13", "day", "dct"}}},
		{"guard: 'update' inside a line is no section", "2013-05-19",
			"North Korea fired a missile on Sunday. The ministry's update (May 20) said the North fired again on Monday.",
			[]want{{"Sunday", D, "2013-05-19", "2013-05-19", "2013-05-19", "day", "dct"}, {"May 20", D, "2012-05-20", "2012-05-20", "2012-05-20", "day", "dct"},
				{"Monday", D, "2013-05-13", "2013-05-13", "2013-05-13", "day", "dct"}}},
	}
	runMentionCases(t, tests)
}
