package dates

import (
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// TestDocumentDateBylines covers the byline shapes of web pages: a posted
// or published label, a date before the author, a reading-time note. The
// texts are written for this test.
func TestDocumentDateBylines(t *testing.T) {
	const body = "\n\nGuards arrested three traders near the river on Tuesday, residents said.\n"
	tests := []struct {
		name, in, date, evidence string
		basis                    pipeline.DateBasis
	}{
		{"posted on … by author", "Rice prices climb\n\nPosted on March 14, 2022 by Anna Berg" + body,
			"2022-03-14", "byline", pipeline.BasisPublished},
		{"posted … by a three-word name", "Rice prices climb\nPosted on 14 March 2022 by Lee Min Su" + body,
			"2022-03-14", "byline", pipeline.BasisPublished},
		{"date, bar, By author", "Rice prices climb\n\nFeb 7, 2021 | By Tom Hale" + body,
			"2021-02-07", "byline", pipeline.BasisPublished},
		{"date, bar, author without By", "Rice prices climb\n\nFeb 7, 2021 | Tom Hale" + body,
			"2021-02-07", "byline", pipeline.BasisPublished},
		{"By author, bar, date", "Rice prices climb\n\nBy Tom Hale | Feb 7, 2021" + body,
			"2021-02-07", "byline", pipeline.BasisPublished},
		{"published label", "Rice prices climb\n\nPublished August 2, 2020" + body,
			"2020-08-02", "", pipeline.BasisPublished},
		{"updated label with a time and zone", "Rice prices climb\n\nUpdated: Feb 7, 2021, 10:02 KST" + body,
			"2021-02-07", "", pipeline.BasisPublished},
		{"reading time after the date", "Rice prices climb\n\nAugust 2, 2020 · 4 min read" + body,
			"2020-08-02", "", pipeline.BasisPublished},
		{"reading time, words", "Rice prices climb\n\nAugust 2, 2020 | 12 minute read" + body,
			"2020-08-02", "", pipeline.BasisPublished},
		{"author, slash, date", "Rice prices climb\n\nAnna Berg / Aug 2, 2020" + body,
			"2020-08-02", "byline", pipeline.BasisPublished},
		{"a labelled byline, slash, date", "Rice prices climb\nReport by KIM Ara / May 20, 2022" + body,
			"2022-05-20", "byline", pipeline.BasisPublished},
		{"written by author, bar, date", "Rice prices climb\n\nWritten by Tom Hale | Feb 7, 2021" + body,
			"2021-02-07", "byline", pipeline.BasisPublished},
		{"a sentence naming a date and a person is no byline",
			"Rice prices climb\n\nOn March 14, 2022 by order of the county the market closed." + body,
			"2022-03-14", "latest explicit date", pipeline.BasisInferred},
		{"a sentence with a date then By is no byline",
			"Rice prices climb\n\nMarch 14, 2022 was the day the border shut by decree of the state." + body,
			"2022-03-14", "latest explicit date", pipeline.BasisInferred},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DocumentDate(tc.in)
			if got.Date != mustDate(t, tc.date) || got.Basis != tc.basis || !strings.Contains(got.Evidence, tc.evidence) {
				t.Errorf("DocumentDate(%q) = %+v,\n want date %q basis %s evidence ~%q", tc.in, got, tc.date, tc.basis, tc.evidence)
			}
		})
	}
}

// TestInferenceSkipsNamesAndPlans checks that a date inside the name of an
// agreement or a meeting, and a year in a plan or target, do not count as
// evidence of the report date.
func TestInferenceSkipsNamesAndPlans(t *testing.T) {
	tests := []struct {
		name, in, date, evidence string
		basis                    pipeline.DateBasis
	}{
		{"a day naming an accord does not move the date",
			"On Feb. 3, 2021, soldiers fired warning shots. The move breaches the Oct. 4 joint declaration of 2007.",
			"2021-02-03", `"Feb. 3, 2021"`, pipeline.BasisInferred},
		{"a day naming a summit does not move the date",
			"On Feb. 3, 2021, soldiers fired warning shots, a month after talks failed. Both sides cited the Nov. 8 Hanoi summit.",
			"2021-02-03", `"Feb. 3, 2021"`, pipeline.BasisInferred},
		{"a year naming an earlier declaration changes nothing",
			"On Feb. 3, 2021, soldiers fired warning shots. Seoul said the shots broke the 2018 Panmunjom Declaration.",
			"2021-02-03", `"Feb. 3, 2021"`, pipeline.BasisInferred},
		{"a day naming a hyphenated accord does not move the date",
			"Officials met on Feb. 3, 2021. They scrapped the Sept. 19 inter-Korean military agreement of 2018.",
			"2021-02-03", `"Feb. 3, 2021"`, pipeline.BasisInferred},
		{"a day that dates a noun after the is still a day",
			"Officials met on Feb. 3, 2021. On the Feb. 9 visit, guards searched every car.",
			"2021-02-09", `"Feb. 9"`, pipeline.BasisInferred},
		{"a target year gives no bound",
			"Officials met on Nov. 29, 2022. They set a goal of building 50,000 flats in 2023.",
			"2022-11-29", `"Nov. 29, 2022"`, pipeline.BasisInferred},
		{"a deadline year gives no bound",
			"Officials met on Nov. 29, 2022. They vowed to finish the dam by 2025.",
			"2022-11-29", `"Nov. 29, 2022"`, pipeline.BasisInferred},
		{"a year's plans give no bound",
			"Officials met on Nov. 29, 2022. Analysts discussed the regime's 2023 launch plans.",
			"2022-11-29", `"Nov. 29, 2022"`, pipeline.BasisInferred},
		{"a reported later year still bounds the date",
			"The fence was built on Nov. 29, 2019. In 2021, guards shot a man there.",
			"", "not before 2021-01-01", pipeline.BasisNone},
		{"a day of the same year after the latest date still moves it",
			"Officials met on Nov. 29, 2022. Troops were sent to the border on Dec. 4.",
			"2022-12-04", `"Dec. 4"`, pipeline.BasisInferred},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DocumentDate(tc.in)
			if got.Date != mustDate(t, tc.date) || got.Basis != tc.basis || !strings.Contains(got.Evidence, tc.evidence) {
				t.Errorf("DocumentDate(%q) = %+v,\n want date %q basis %s evidence ~%q", tc.in, got, tc.date, tc.basis, tc.evidence)
			}
		})
	}
}

// TestAttributionKeepsEventDay: in "X happened early Monday, the military
// said Tuesday" the event's own day and the attribution's day resolve each
// on its own; a lapse phrase opening a sentence ("Two days before the
// plenum opened, on Dec. 24, …") dates the event it names (the opening),
// counted from the day after the comma, and leaves that day as it is.
func TestAttributionKeepsEventDay(t *testing.T) {
	tests := []mentionCase{
		{"event day before the attribution day", "2023-10-25",
			"A family of four crossed the sea border in a wooden boat early Monday, the military said Tuesday.",
			[]want{{"Monday", D, "2023-10-23", "2023-10-23", "2023-10-23", "day", ""},
				{"Tuesday", D, "2023-10-24", "2023-10-24", "2023-10-24", "day", "dct"}}},
		{"event day and attribution day the same", "2023-10-24",
			"A family of four crossed the sea border in a wooden boat early Tuesday, the military said Tuesday.",
			[]want{{"Tuesday", D, "2023-10-24", "2023-10-24", "2023-10-24", "day", "dct"}}},
		{"a named day takes the year its name states", "2024-01-05",
			"The North said it would no longer abide by the Sept. 19 inter-Korean military agreement of 2018.",
			[]want{{"Sept. 19", D, "2018-09-19", "2018-09-19", "2018-09-19", "day", "explicit"}}},
		{"a named day without a stated year keeps its reading", "2024-01-05",
			"Both sides cited the Sept. 19 military agreement.",
			[]want{{"Sept. 19", D, "2023-09-19", "2023-09-19", "2023-09-19", "day", "dct"}}},
		{"an opening lapse dates its own clause", "2023-12-31",
			"Two days before the congress opened, on Dec. 14, the leader toured a farm.",
			[]want{{"Two days before", D, "2023-12-16", "2023-12-16", "2023-12-16", "day", "narrative"},
				{"Dec. 14", D, "2023-12-14", "2023-12-14", "2023-12-14", "day", "dct"}}},
	}
	runMentionCases(t, tests)
}
