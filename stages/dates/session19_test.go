package dates

import "testing"

// TestSession19 covers the date rules of session 19, drawn from set 28's
// misses.
func TestSession19(t *testing.T) {
	tests := []mentionCase{
		{"a range of days with its Juche year", "2023-12-31",
			"The meeting was held from December 26 to 30, Juche 112 (2023).",
			[]want{{"December 26 to 30, Juche 112 (2023)", D, "2023-12-26/2023-12-30", "2023-12-26", "2023-12-30", "day", "explicit"}}},
	}
	runMentionCases(t, tests)
}
