package dates

import "testing"

// TestSeventhFollowUp covers the rules of the seventh follow-up (issue 3):
// lengths with a fraction wherever they stand, compound adjectives with
// "long", vague decades in years, "of tomorrow" after a noun of an era, a
// postponement to a weekday, "took effect" as a past start, "that day"
// after a month, and "as long as a month". Each row is its own document
// with its own DCT.
func TestSeventhFollowUp(t *testing.T) {
	tests := []mentionCase{
		// A length with a fraction is a length wherever it stands.
		{"a fraction of a minute after but", "2021-03-10", "The alarm rang, but a minute and a half later the guards came back.",
			[]want{{"a minute and a half", Dur, "PT1M30S", "", "", "", ""}}},
		{"a fraction of an hour opening the sentence", "2021-03-10", "An hour and a half later, the truck left the depot.",
			[]want{{"An hour and a half", Dur, "PT1H30M", "", "", "", ""}}},
		// Compound adjectives with "long".
		{"day-long", "2021-03-10", "Officials emerged from a day-long meeting in Sinuiju.",
			[]want{{"day-long", Dur, "P1D", "", "", "", ""}}},
		{"months-long", "2021-03-10", "The months-long lockdown of Hyesan ended on Monday.",
			[]want{{"months-long", Dur, "PXM", "", "", "", ""}}},
		{"yearlong", "2021-03-10", "A yearlong campaign against smuggling began.",
			[]want{{"yearlong", Dur, "P1Y", "", "", "", ""}}},
		{"a count with long", "2021-03-10", "The army held an 80-day-long drill near the border.",
			[]want{{"80-day-long", Dur, "P80D", "", "", "", ""}}},
		{"decades-long, in years", "2021-03-10", "The decades-long dispute over the islands flared again.",
			[]want{{"decades-long", Dur, "PXY", "", "", "", ""}}},
		// Vague decades count in years, like counted ones.
		{"decades", "2021-03-10", "For decades, the mine supplied the steel works.",
			[]want{{"decades", Dur, "PXY", "", "", "", ""}}},
		// A postponement names a day still ahead.
		{"postponed until a weekday", "2021-03-11", "The court postponed until Tuesday any ruling on the case.",
			[]want{{"Tuesday", D, "2021-03-16", "2021-03-16", "2021-03-16", "day", "dct"}}},
		{"delayed until a weekday", "2021-03-11", "Officials delayed the trial until Monday.",
			[]want{{"Monday", D, "2021-03-15", "2021-03-15", "2021-03-15", "day", "dct"}}},
		{"a postponement told in the past perfect keeps the nearer day", "2021-03-11", "The hearing had been postponed until Tuesday.",
			[]want{{"Tuesday", D, "2021-03-09", "2021-03-09", "2021-03-09", "day", "dct"}}},
		// "took effect", "came into effect" start in the past.
		{"came into effect", "2021-10-26", "The ban on private trade came into effect on Dec. 28.",
			[]want{{"Dec. 28", D, "2020-12-28", "2020-12-28", "2020-12-28", "day", "dct"}}},
		{"takes effect stays ahead", "2021-10-26", "The appointment takes effect Nov. 13.",
			[]want{{"Nov. 13", D, "2021-11-13", "2021-11-13", "2021-11-13", "day", "dct"}}},
		// "that day" after a month is a day of that month.
		{"that same day after a month", "2021-03-10", "Police raided a house on March 2. Last October, a guard was shot. His name was struck from the list that same day.",
			[]want{{"that same day", D, "2020-10-XX", "2020-10-01", "2020-10-31", "month", "narrative"}}},
		{"that day after a day", "2021-03-10", "Last October, a guard was shot. On March 2, police raided a house. Two traders fled that day.",
			[]want{{"that day", D, "2021-03-02", "2021-03-02", "2021-03-02", "day", "narrative"}}},
		// "as long as a month" is a length.
		{"as long as a month", "2021-03-10", "The appeal could take as long as a month or two.",
			[]want{{"a month", Dur, "P1M", "", "", "", ""}}},
	}
	runMentionCases(t, tests)
}

// TestSeventhFollowUpNegatives: what the new rules must not tag.
func TestSeventhFollowUpNegatives(t *testing.T) {
	tests := []noMentionCase{
		{"the people of tomorrow", "If I were choosing the people of tomorrow, I would pick them.", "tomorrow"},
		{"the builders of tomorrow", "Students were praised as the young builders of tomorrow.", "tomorrow"},
		{"the world of today", "Rules written for the world of today were read out.", "today"},
		{"a long day", "It was a long day for the guards.", "day"},
	}
	runNoMentionCases(t, tests)
	// Days that stay days.
	runMentionCases(t, []mentionCase{
		{"as of today", "2021-03-11", "As of today, the market is open.",
			[]want{{"today", D, "2021-03-11", "2021-03-11", "2021-03-11", "day", "dct"}}},
		{"tomorrow morning after of", "2021-03-11", "The start of tomorrow morning's drill was moved.",
			[]want{{"tomorrow morning", D, "2021-03-12TMO", "2021-03-12", "2021-03-12", "day", "dct"}}},
		{"until a weekday without a postponement", "2021-03-11", "Guards patrolled the river until Tuesday.",
			[]want{{"Tuesday", D, "2021-03-09", "2021-03-09", "2021-03-09", "day", "dct"}}},
	})
}
