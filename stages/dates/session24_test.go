package dates

import "testing"

// TestRaisingToBe covers "to be" after a verb of seeming or saying: a
// judgement of what is ("fired what appeared to be an ICBM on Thursday"),
// not a plan, so the weekday is the one before the report, not the next.
func TestRaisingToBe(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"appeared to be", "2022-11-04",
			"North Korea launched what appeared to be an intercontinental ballistic missile on Thursday.",
			[]want{{"Thursday", D, "2022-11-03", "2022-11-03", "2022-11-03", "day", "dct"}}},
		{"is believed to be", "2022-11-04",
			"A man believed to be a smuggler was arrested on Monday near the river.",
			[]want{{"Monday", D, "2022-10-31", "2022-10-31", "2022-10-31", "day", "dct"}}},
		{"what seemed to be", "2022-11-04",
			"What seemed to be a small drone crossed the border on Monday, officials said.",
			[]want{{"Monday", D, "2022-10-31", "2022-10-31", "2022-10-31", "day", "dct"}}},
		// Misfires a review found in the first version, which exempted
		// every "to be" after such a verb: plans told as reported.
		{"review: said to be visiting", "2022-11-04",
			"Kim Jong Un is said to be visiting Moscow on Tuesday.",
			[]want{{"Tuesday", D, "2022-11-08", "2022-11-08", "2022-11-08", "day", "dct"}}},
		{"review: believed to be held", "2022-11-04",
			"The summit is believed to be held on Monday.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
		{"review: appears to be on track", "2022-11-04",
			"The summit appears to be on track for Tuesday.",
			[]want{{"Tuesday", D, "2022-11-08", "2022-11-08", "2022-11-08", "day", "dct"}}},
		{"review: claimed to be ready", "2022-11-04",
			"North Korea claimed to be ready to test a new engine on Monday.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
		{"guard: a plan still looks ahead", "2022-11-04",
			"The talks are to be held on Monday in Panmunjom.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
		{"guard: a plan after a noun", "2022-11-04",
			"The bridge, due to be opened on Monday, was inspected.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
	})
}

// TestDayAfterThat covers "on the 12th" opening a reported clause without
// its comma, as one opening a sentence does.
func TestDayAfterThat(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"said that on the 12th", "2025-02-18",
			"A partner in Hamhung said that on the 12th a kilogram of rice cost 9,200 won.",
			[]want{{"the 12th", D, "2025-02-12", "2025-02-12", "2025-02-12", "day", "dct"}}},
		{"guard: a floor is no day", "2025-02-18",
			"He said that on the 5th floor a fire broke out.",
			[]want{}},
	})
}
