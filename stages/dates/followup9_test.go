package dates

import "testing"

// TestNinthFollowUp covers the rules of session 9: a range with its end
// after "from" is no open start looking ahead ("warned off boats from May
// through October" in a November report is this year's May to October),
// while an open "from" still is.
func TestNinthFollowUp(t *testing.T) {
	tests := []mentionCase{
		{"a closed range after from is past", "2019-11-29", "The agency said its ships warned off more than 4,000 North Korean and Chinese boats from the area from May through October.",
			[]want{{"May through October", D, "2019-05/2019-10", "2019-05-01", "2019-10-31", "month", "dct"}}},
		{"guard: an open start after from looks ahead", "2019-11-29", "The third flight leaves each Thursday from February.",
			[]want{{"each Thursday", Set, "XXXX-WXX-4", "", "", "", ""}, {"February", D, "2020-02", "2020-02-01", "2020-02-29", "month", "dct"}}},
	}
	runMentionCases(t, tests)
}
