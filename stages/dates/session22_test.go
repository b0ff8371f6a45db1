package dates

import (
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// TestOpeningDayWithoutComma covers a day of the month that opens its
// sentence without a comma, the clause's subject right after it.
func TestOpeningDayWithoutComma(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"an article opens the subject", "2021-06-21",
			"On the 17th a public trial was held at a stadium in Hamhung.",
			[]want{{"the 17th", D, "2021-06-17", "2021-06-17", "2021-06-17", "day", "dct"}}},
		{"a pronoun opens the subject", "2021-06-21",
			"On the 3rd they were taken to the county jail.",
			[]want{{"the 3rd", D, "2021-06-03", "2021-06-03", "2021-06-03", "day", "dct"}}},
	})
	runNoMentionCases(t, []noMentionCase{
		{"guard: a floor", "On the 5th floor the men met.", "the 5th"},
		{"guard: a congress", "On the 17th Party Congress the line was set.", "the 17th"},
		{"guard: not opening the sentence", "He spoke on the 17th a second time.", "the 17th"},
	})
}

// TestAnaphorYearInSentence covers a month and day without a year in a
// sentence that names the year the story is in ("that spring").
func TestAnaphorYearInSentence(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"'that spring' before the day", "2025-01-15",
			"A train crossed the bridge on Jan. 16, 2022. When the virus broke out in Dandong that spring, the city was locked down from April 25, and trains stopped in late April.",
			[]want{
				{"April 25", D, "2022-04-25", "2022-04-25", "2022-04-25", "day", "narrative"},
				{"late April", D, "2022-04", "2022-04-21", "2022-04-30", "week", "narrative"},
			}},
		{"'that year'", "2025-01-15",
			"The bridge opened in 2014. That year, on Oct. 3, the first truck crossed it.",
			[]want{{"Oct. 3", D, "2014-10-03", "2014-10-03", "2014-10-03", "day", "narrative"}}},
		{"'that winter' reaches into the next year", "2025-01-15",
			"She crossed in November 2019. That winter, on Jan. 5, she was caught in Tumen.",
			[]want{{"Jan. 5", D, "2020-01-05", "2020-01-05", "2020-01-05", "day", "narrative"}}},
		{"guard: no anaphor, the report's year", "2025-01-15",
			"A train crossed the bridge on Jan. 16, 2022. The city was locked down from April 25.",
			[]want{{"April 25", D, "2024-04-25", "2024-04-25", "2024-04-25", "day", "dct"}}},
		{"review: a year of a relative clause about someone", "2024-03-15",
			"The defector, who was born in Hoeryong in 1985 and left that same year with his mother, was arrested in Yanji on March 5.",
			[]want{{"March 5", D, "2024-03-05", "2024-03-05", "2024-03-05", "day", "dct"}}},
		{"review: a season the day lies outside; a possessive", "2024-03-15",
			"She was sold to a farmer in 2019. That summer, on Feb. 28, she was caught. He said that summer's floods were the worst, and on Feb. 20 police arrested 40 people.",
			[]want{
				{"Feb. 28", D, "2024-02-28", "2024-02-28", "2024-02-28", "day", "dct"},
				{"Feb. 20", D, "2024-02-20", "2024-02-20", "2024-02-20", "day", "dct"},
			}},
		{"guard: a day ahead is not in the story's year", "2025-01-15",
			"The bridge opened in 2014. That year was hard, and talks will resume on March 3.",
			[]want{{"March 3", D, "2025-03-03", "2025-03-03", "2025-03-03", "day", "dct"}}},
	})
}

// TestFollowsDay covers a month and day without a year a few weeks after
// a day of an earlier year told just before it in its paragraph.
func TestFollowsDay(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a few days after an explicit day of an earlier year", "2019-03-05",
			"On April 5, 2009, the North launched a rocket. As criticism mounted abroad, Pyongyang announced on April 14 that it was leaving the talks.",
			[]want{{"April 14", D, "2009-04-14", "2009-04-14", "2009-04-14", "day", "narrative"}}},
		{"guard: after a month, not a day", "1990-08-15",
			"He had rejected the treaty after the August 1988 cease-fire. Iran condemned the invasion of Kuwait on Aug. 2.",
			[]want{{"Aug. 2", D, "1990-08-02", "1990-08-02", "1990-08-02", "day", "dct"}}},
		{"guard: months later", "2019-03-05",
			"On April 5, 2009, the North launched a rocket. On Feb. 20 it fired again.",
			[]want{{"Feb. 20", D, "2019-02-20", "2019-02-20", "2019-02-20", "day", "dct"}}},
	})
}

// TestMastheadYear covers a dateline without a year under the state
// press's masthead, which prints the Juche year.
func TestMastheadYear(t *testing.T) {
	tests := []struct {
		name, in, date string
		basis          pipeline.DateBasis
		evidence       string
	}{
		{"the masthead's Juche year",
			"Korean Central News Agency | Juche 109 (2020)\n\nMeeting Held\n\nPyongyang, July 26 (KCNA) -- A meeting was held on July 25.\n",
			"2020-07-26", pipeline.BasisInferred, `the masthead's "Juche 109 (2020)"`},
		{"review: a headline's Juche year is no masthead",
			"Plenary Meeting Sets Tasks for Juche 113 (2024)\n\nPyongyang, December 31 (KCNA) -- The plenary meeting concluded on December 30.\n",
			"", pipeline.BasisNone, ""},
		{"a Juche year alone on its line",
			"Juche 109 (2020)\n\nPyongyang, July 26 (KCNA) -- A meeting was held on July 25.\n",
			"2020-07-26", pipeline.BasisInferred, "the masthead's"},
		{"guard: a headline's year is no masthead",
			"Floods of 2016 Recalled\n\nPyongyang, July 26 (KCNA) -- A meeting was held on July 25.\n",
			"", pipeline.BasisNone, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DocumentDate(tc.in)
			if got.Date != mustDate(t, tc.date) || got.Basis != tc.basis || !strings.Contains(got.Evidence, tc.evidence) {
				t.Errorf("DocumentDate(%q) = %+v, want date %q basis %s evidence ~%q", tc.in, got, tc.date, tc.basis, tc.evidence)
			}
		})
	}
}
