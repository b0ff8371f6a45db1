package dates

import "testing"

// TestEighthFollowUp covers the rules of session 8: "by" and "through"
// naming an agent or a way ("detained by police on Sunday", "carried by
// KCNA on Sunday") are no deadline, while a deadline word right before the
// day still is. Each row is its own document with its own DCT.
func TestEighthFollowUp(t *testing.T) {
	tests := []mentionCase{
		{"detained by police on a weekday is past", "2024-04-19", "He was detained by police on Sunday.",
			[]want{{"Sunday", D, "2024-04-14", "2024-04-14", "2024-04-14", "day", "dct"}}},
		{"carried by an agency on a weekday is past", "2024-04-19", "The ministry said in a statement carried by KCNA on Sunday that the talks failed.",
			[]want{{"Sunday", D, "2024-04-14", "2024-04-14", "2024-04-14", "day", "dct"}}},
		{"sent through a city on a weekday is past", "2024-04-19", "The women were sent through Dandong on Monday.",
			[]want{{"Monday", D, "2024-04-15", "2024-04-15", "2024-04-15", "day", "dct"}}},
		{"a deadline right before the day still looks ahead", "2024-04-19", "Traders must register by Sunday.",
			[]want{{"Sunday", D, "2024-04-21", "2024-04-21", "2024-04-21", "day", "dct"}}},
		{"a deadline with a future verb looks ahead", "2024-04-19", "Units will be moved by the army on Sunday.",
			[]want{{"Sunday", D, "2024-04-21", "2024-04-21", "2024-04-21", "day", "dct"}}},
		// The day of a past telling is past, whatever the told clause
		// looks ahead to (review).
		{"said on a weekday after a clause with would", "2024-05-10", "Any provocation would be met with force, the defense minister said on Monday.",
			[]want{{"Monday", D, "2024-05-06", "2024-05-06", "2024-05-06", "day", "dct"}}},
		{"a commentary said a weekday", "2024-05-10", "North Korea would respond with force, a KCNA commentary said Monday.",
			[]want{{"Monday", D, "2024-05-06", "2024-05-06", "2024-05-06", "day", "dct"}}},
		// A month with "that year" or "the following year" right after it
		// is one expression, as with "of".
		{"a month and that year", "2021-10-10", "In April 2017 agents came. In September that year the court sentenced him.",
			[]want{{"April 2017", D, "2017-04", "2017-04-01", "2017-04-30", "month", "explicit"},
				{"September that year", D, "2017-09", "2017-09-01", "2017-09-30", "month", "narrative"}}},
		{"a month and the following year", "2021-10-10", "In 2015 she fled. In March the following year she reached Seoul.",
			[]want{{"2015", D, "2015", "2015-01-01", "2015-12-31", "year", "explicit"},
				{"March the following year", D, "2016-03", "2016-03-01", "2016-03-31", "month", "narrative"}}},
	}
	runMentionCases(t, tests)
}
