package dates

import "testing"

// TestTenthFollowUp covers the rules of session 10: a lapse ("ten days
// before the shooting") counts from a day the sentence tells, never from a
// clock time that sits on the report's day only by default.
func TestTenthFollowUp(t *testing.T) {
	tests := []mentionCase{
		{"a clock time alone is no day to count from", "1999-04-19", "A neighbour saw the van near the gate at 6 a.m. ten days before the fire.",
			[]want{{"6 a.m.", D, "1999-04-19T06:00", "1999-04-19", "1999-04-19", "day", "dct"}, {"ten days", Dur, "P10D", "", "", "", ""}}},
		{"guard: a clock time on a told day is", "1999-04-19", "On March 3 at 6 a.m., ten days before the vote, police raided the office.",
			[]want{{"March 3", D, "1999-03-03", "1999-03-03", "1999-03-03", "day", "dct"}, {"6 a.m.", D, "1999-03-03T06:00", "1999-03-03", "1999-03-03", "day", "narrative"},
				{"ten days before", D, "1999-03-13", "1999-03-13", "1999-03-13", "day", "narrative"}}},
		{"review: a clock time alone is no day for a later lapse either", "2024-08-03", "The missile was fired at 7:10 a.m. Two days later, North Korea fired another.",
			[]want{{"7:10 a.m.", D, "2024-08-03T07:10", "2024-08-03", "2024-08-03", "day", "dct"}, {"Two days later", Dur, "P2D", "", "", "", ""}}},
		{"guard: a clock time on a told day is, for a later lapse", "2024-08-03", "On March 3 the boat was spotted at 11 p.m. Two days later it was towed to Sokcho.",
			[]want{{"March 3", D, "2024-03-03", "2024-03-03", "2024-03-03", "day", "dct"}, {"11 p.m.", D, "2024-03-03T23:00", "2024-03-03", "2024-03-03", "day", "narrative"},
				{"Two days later", D, "2024-03-05", "2024-03-05", "2024-03-05", "day", "narrative"}}},
	}
	runMentionCases(t, tests)
}
