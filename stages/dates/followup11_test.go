package dates

import "testing"

// TestEleventhFollowUp covers the rules of session 11: a month without its
// year, told in the past after a year that opens its sentence ("In 2019,
// … in March", "Last year, … in July"), is in that year — not when the
// year dates a phrase inside the sentence, a finer date stands between, or
// the month is told ahead; and a weekday after a present-tense schedule
// verb ("meet Monday", "opens on Tuesday") lies ahead; a record's day
// ("imagery from March 3") is no open start.
func TestEleventhFollowUp(t *testing.T) {
	tests := []mentionCase{
		{"an opening year gives the month its year", "2022-11-18", "In 2019, the police arrested him in March.",
			[]want{{"2019", D, "2019", "2019-01-01", "2019-12-31", "year", "explicit"}, {"March", D, "2019-03", "2019-03-01", "2019-03-31", "month", "narrative"}}},
		{"so does an opening last year, to a day", "2022-11-18", "Last year, China sent back 50 North Koreans from Jilin on July 8.",
			[]want{{"Last year", D, "2021", "2021-01-01", "2021-12-31", "year", "dct"}, {"July 8", D, "2021-07-08", "2021-07-08", "2021-07-08", "day", "narrative"}}},
		{"guard: a year inside the sentence dates its own phrase", "2022-11-18", "One of the brokers arrested last year was sentenced in January.",
			[]want{{"last year", D, "2021", "2021-01-01", "2021-12-31", "year", "dct"}, {"January", D, "2022-01", "2022-01-01", "2022-01-31", "month", "dct"}}},
		{"guard: a month told ahead", "2022-11-18", "In 2018 he fled; he will be tried in March.",
			[]want{{"2018", D, "2018", "2018-01-01", "2018-12-31", "year", "explicit"}, {"March", D, "2023-03", "2023-03-01", "2023-03-31", "month", "dct"}}},
		{"guard: another sentence's year", "2022-11-18", "In 2019 he fled. He was arrested in March.",
			[]want{{"2019", D, "2019", "2019-01-01", "2019-12-31", "year", "explicit"}, {"March", D, "2022-03", "2022-03-01", "2022-03-31", "month", "dct"}}},
		{"a present-tense schedule verb puts a weekday ahead", "1998-05-01", "The two leaders meet separately Monday with the envoy.",
			[]want{{"Monday", D, "1998-05-04", "1998-05-04", "1998-05-04", "day", "dct"}}},
		{"so does one with on", "1998-05-01", "The session opens on Tuesday.",
			[]want{{"Tuesday", D, "1998-05-05", "1998-05-05", "1998-05-05", "day", "dct"}}},
		{"guard: the past tense tells the past", "1998-05-01", "The two leaders met Monday.",
			[]want{{"Monday", D, "1998-04-27", "1998-04-27", "1998-04-27", "day", "dct"}}},
		{"review: every month after the opening year takes it", "2022-11-18", "In 2015, the man fled to China, but he was repatriated in March and executed in May.",
			[]want{{"2015", D, "2015", "2015-01-01", "2015-12-31", "year", "explicit"}, {"March", D, "2015-03", "2015-03-01", "2015-03-31", "month", "narrative"},
				{"May", D, "2015-05", "2015-05-01", "2015-05-31", "month", "narrative"}}},
		{"review: both weekdays of a schedule lie ahead", "2023-09-08", "The leaders meet Monday and Tuesday in Beijing.",
			[]want{{"Monday", D, "2023-09-11", "2023-09-11", "2023-09-11", "day", "dct"}, {"Tuesday", D, "2023-09-12", "2023-09-12", "2023-09-12", "day", "dct"}}},
		{"review: imagery from a day is no open start", "2024-09-04", "Imagery from March 3 shows new barracks at the Sinpo shipyard.",
			[]want{{"March 3", D, "2024-03-03", "2024-03-03", "2024-03-03", "day", "dct"}}},
		{"review: a range of days before an infinitive", "2023-01-02", "The plenary meeting was held from Dec. 26 to 30 to review the year.",
			[]want{{"Dec. 26 to 30", D, "2022-12-26/2022-12-30", "2022-12-26", "2022-12-30", "day", "dct"}}},
		{"review: talks that end on a weekday", "2023-01-04", "The talks, which began Monday, end Friday.",
			[]want{{"Monday", D, "2023-01-02", "2023-01-02", "2023-01-02", "day", "dct"}, {"Friday", D, "2023-01-06", "2023-01-06", "2023-01-06", "day", "dct"}}},
	}
	runMentionCases(t, tests)
}
