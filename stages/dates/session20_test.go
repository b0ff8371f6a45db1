package dates

import "testing"

// TestSession20 covers the date rules of session 20, drawn from set 29's
// misses.
func TestSession20(t *testing.T) {
	tests := []mentionCase{
		{"that summer after a passive verb, before a preposition", "2023-12-20",
			"She was caught in April 2019. She was sentenced that summer to five years.",
			[]want{{"April 2019", D, "2019-04", "2019-04-01", "2019-04-30", "month", "explicit"},
				{"that summer", D, "2019-SU", "2019-06-01", "2019-08-31", "season", "narrative"},
				{"five years", Dur, "P5Y", "", "", "", "none"}}},
		{"guard: 'that' opening what one was warned or told", "2023-12-20",
			"She was caught in April 2019. He was warned that winter would be hard. They were told that spring in Hyesan was cold.",
			[]want{{"April 2019", D, "2019-04", "2019-04-01", "2019-04-30", "month", "explicit"}}},
	}
	runMentionCases(t, tests)
}
