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
		{"guard: a plan still looks ahead", "2022-11-04",
			"The talks are to be held on Monday in Panmunjom.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
		{"guard: a plan after a noun", "2022-11-04",
			"The bridge, due to be opened on Monday, was inspected.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
	})
}
