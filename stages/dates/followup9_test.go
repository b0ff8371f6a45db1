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
		{"review: a closed range in a present schedule looks ahead", "2023-11-20", "The exhibition of gifts runs from March to May at the museum.",
			[]want{{"March to May", D, "2024-03/2024-05", "2024-03-01", "2024-05-31", "month", "dct"}}},
		{"guard: an open start after from looks ahead", "2019-11-29", "The third flight leaves each Thursday from February.",
			[]want{{"each Thursday", Set, "XXXX-WXX-4", "", "", "", ""}, {"February", D, "2020-02", "2020-02-01", "2020-02-29", "month", "dct"}}},
	}
	runMentionCases(t, tests)
}

// TestNinthStory covers the review of the story-year rule: the story ends
// when the text is back at the report's time ("Now", "Last month") and a
// year alone starts a story of its own; a comment on news ("My family
// suffered") starts none.
func TestNinthStory(t *testing.T) {
	tests := []mentionCase{
		{"now ends the story", "2023-10-20", "I was arrested in Hyesan in March 2019.\n\nGuards beat me every night.\n\nNow I live in Seoul. In May I started college.",
			[]want{{"May", D, "2023-05", "2023-05-01", "2023-05-31", "month", "dct"}}},
		{"last month ends the story", "2023-10-20", "I crossed the Tumen in April 2012.\n\nLast month I visited Dandong again.\n\nIn September I saw trucks crossing the bridge.",
			[]want{{"September", D, "2023-09", "2023-09-01", "2023-09-30", "month", "dct"}}},
		{"a year alone starts a story", "2023-10-20", "I was arrested in March 2019.\n\nI spent two years in prison.\n\nI reached Seoul in 2022. In May I found a job at a factory.",
			[]want{{"May", D, "2022-05", "2022-05-01", "2022-05-31", "month", "narrative"}}},
		{"a comment on news starts no story", "2023-10-20", "In February 2020, the government sealed the border. My family suffered badly.\n\nIn August I travelled to Dandong to report on the floods.",
			[]want{{"August", D, "2023-08", "2023-08-01", "2023-08-31", "month", "dct"}}},
	}
	runMentionCases(t, tests)
}
