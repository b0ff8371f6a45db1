package dates

import (
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// TestThirteenthFollowUp covers the rules of session 13 for expressions:
// an earlier day an "after" clause goes back to does not move "the
// following day"; a plan the clause says was laid out is past; a
// participle describing a noun ("trucks stuck in Dandong") is no past
// tense that turns "would … in April" back a year; more irregular pasts.
func TestThirteenthFollowUp(t *testing.T) {
	tests := []mentionCase{
		{"the following day counts from the main clause's day, not the 'after' clause's", "2020-08-05",
			"Authorities sealed off Kaesong on July 24, after a man swam back and returned to the city on July 19. At a meeting the following day, the politburo declared an emergency.",
			[]want{{"the following day", D, "2020-07-25", "2020-07-25", "2020-07-25", "day", "narrative"}}},
		{"guard: without 'after', the latest day told", "2020-08-05",
			"Authorities sealed off Kaesong on July 24. A man was caught on July 19. The following day he was taken to Pyongyang.",
			[]want{{"The following day", D, "2020-07-20", "2020-07-20", "2020-07-20", "day", "narrative"}}},
		{"a plan laid out in January is past", "2021-10-27",
			"Pyongyang is pressing ahead with the weapons development plan laid out at the Eighth Party Congress in January.",
			[]want{{"January", D, "2021-01", "2021-01-01", "2021-01-31", "month", "dct"}}},
		{"guard: plans to hold it in January lie ahead", "2021-10-27",
			"The country plans to hold a party congress in January.",
			[]want{{"January", D, "2022-01", "2022-01-01", "2022-01-31", "month", "dct"}}},
		{"review: a participle describing a noun is no past tense", "2024-03-13",
			"A source said the trucks stuck in Dandong would cross into Sinuiju in April.",
			[]want{{"April", D, "2024-04", "2024-04-01", "2024-04-30", "month", "dct"}}},
		{"guard: a past tense before 'on' is one", "2024-03-13",
			"Trade went on until the closure at the end of January.",
			[]want{{"the end of January", D, "2024-01", "2024-01-21", "2024-01-31", "week", "dct"}}},
		{"an irregular past dates a bare month in the past", "2024-03-13",
			"Floodwater swept through the town in April.",
			[]want{{"April", D, "2023-04", "2023-04-01", "2023-04-30", "month", "dct"}}},
	}
	runMentionCases(t, tests)
}

// TestDigestDates: a digest of wire items of one outlet is dated by its
// latest dateline, and each item's dates count from its own dateline; a
// story quoting another outlet's dispatch is no digest; after a
// publication date from metadata, an item a day or two later still counts.
func TestDigestDates(t *testing.T) {
	const digest = "Weekly digest\n\nPyongyang, June 7 (KCNA) -- Kim Jong Un inspected a farm on Monday, June 6, 2022.\n\n" +
		"Pyongyang, June 9 (KCNA) -- The ministry issued a statement on Monday.\n\n" +
		"Pyongyang, June 14 (KCNA) -- A decree was promulgated on June 13.\n"
	dd := DocumentDate(digest)
	if dd.Date != pipeline.MakeDate(2022, 6, 14) || !strings.Contains(dd.Evidence, "the latest of the 3 datelines of a digest") {
		t.Errorf("DocumentDate(digest) = %+v, want 2022-06-14, the latest of 3 datelines", dd)
	}
	tg := New(Options{})
	ms := tg.Tag(digest, nil, dd)
	for _, w := range []want{
		{"Monday", D, "2022-06-06", "2022-06-06", "2022-06-06", "day", "dct"}, // the Monday before June 9, not June 13
		{"June 13", D, "2022-06-13", "2022-06-13", "2022-06-13", "day", "dct"},
	} {
		checkMention(t, digest, ms, w)
	}

	const quoted = "Drills\n\nSEOUL, March 14 (Yonhap) -- North Korea warned of a response. The statement read in part:\n\n" +
		"Pyongyang, March 10 (KCNA) -- The DPRK will take countermeasures.\n\nPolice arrested two activists on Tuesday.\n"
	ref := pipeline.DocDate{Date: pipeline.MakeDate(2024, 3, 14), Basis: pipeline.BasisPublished}
	checkMention(t, quoted, tg.Tag(quoted, nil, ref), want{"Tuesday", D, "2024-03-12", "2024-03-12", "2024-03-12", "day", "dct"})

	// Process with a publication date a few days before the last items.
	it := &pipeline.Item{Doc: pipeline.Document{ID: "d", Text: digest, Published: pipeline.MakeDate(2022, 6, 12)}}
	if err := tg.Process(t.Context(), it); err != nil {
		t.Fatal(err)
	}
	if it.DocDate.Date != pipeline.MakeDate(2022, 6, 14) || it.DocDate.Basis != pipeline.BasisPublished {
		t.Errorf("Process: DocDate = %+v, want 2022-06-14 (the latest dateline, after the metadata's June 12)", it.DocDate)
	}
}
