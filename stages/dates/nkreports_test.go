package dates

import (
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// TestDottedMonth covers a month written as year, full stop, month, as the
// Korean press writes it ("arrested in 2022.03"): a month after a
// preposition of time, or as the second end of such a range.
func TestDottedMonth(t *testing.T) {
	tests := []mentionCase{
		{"after in", "2023-05-10", "The two traders were arrested in Hyesan in 2022.03 and sent to a labor camp.",
			[]want{{"2022.03", D, "2022-03", "2022-03-01", "2022-03-31", "month", "explicit"}}},
		{"after since", "2023-05-10", "Since 2021.11, guards on the river have worked in pairs.",
			[]want{{"2021.11", D, "2021-11", "2021-11-01", "2021-11-30", "month", "explicit"}}},
		{"after until, closing the sentence", "2023-05-10", "The border post stayed shut until 2020.01.",
			[]want{{"2020.01", D, "2020-01", "2020-01-01", "2020-01-31", "month", "explicit"}}},
		{"a range of two", "2023-05-10", "From 2022.03 to 2023.01 the market was open only in the afternoon.",
			[]want{{"2022.03 to 2023.01", D, "2022-03/2023-01", "2022-03-01", "2023-01-31", "month", "explicit"}}},
		{"a full dotted date is still a day", "2023-05-10", "He was detained in 2022.03.15 at the station.",
			[]want{{"2022.03.15", D, "2022-03-15", "2022-03-15", "2022-03-15", "day", "explicit"}}},
	}
	runMentionCases(t, tests)
}

// TestOpeningDayPastRelative: a day of the month opening a sentence takes
// the tense of the main verb, past a relative clause about its subject.
func TestOpeningDayPastRelative(t *testing.T) {
	tests := []mentionCase{
		{"who clause before the main verb", "2021-06-03", "On the 22nd, a woman who ran a food stall was taken away.",
			[]want{{"the 22nd", D, "2021-05-22", "2021-05-22", "2021-05-22", "day", "dct"}}},
		{"which clause before the main verb", "2021-06-03", "On the 25th, a truck which carried rice was seized.",
			[]want{{"the 25th", D, "2021-05-25", "2021-05-25", "2021-05-25", "day", "dct"}}},
		{"a future main verb after a who clause", "2024-03-15", "On the 22nd, officials who arrived from Pyongyang will inspect the markets.",
			[]want{{"the 22nd", D, "2024-03-22", "2024-03-22", "2024-03-22", "day", "dct"}}},
		{"a participle of the relative clause", "2024-03-15", "On the 12th, a lecture which residents were ordered to attend was held in Chongjin.",
			[]want{{"the 12th", D, "2024-03-12", "2024-03-12", "2024-03-12", "day", "dct"}}},
		// KCNA's date line with the Gregorian year in brackets.
		{"a Juche date line with its year", "2023-06-10", "Juche112(2023).6.3.",
			[]want{{"Juche112(2023).6.3", D, "2023-06-03", "2023-06-03", "2023-06-03", "day", "explicit"}}},
		// "shut" told in the past (the same form as the present).
		{"a month told with shut", "2020-12-07", "North Korea shut its border with China in late January.",
			[]want{{"late January", D, "2020-01", "2020-01-21", "2020-01-31", "week", "dct"}}},
		{"a month with may hit", "2020-12-07", "Floods may hit the region again in late January.",
			[]want{{"late January", D, "2021-01", "2021-01-21", "2021-01-31", "week", "dct"}}},
		{"a month with usually hit", "2020-12-07", "Typhoons usually hit the coast in late January.",
			[]want{{"late January", D, "2021-01", "2021-01-21", "2021-01-31", "week", "dct"}}},
		// the telling's weekday is no day the story is at.
		{"days later after a telling", "2023-01-19", "On Jan. 16, the ministry launched a crackdown in Hyesan, a source told Daily NK on Wednesday. Two days later, agents arrested three smugglers.",
			[]want{{"Two days later", D, "2023-01-18", "2023-01-18", "2023-01-18", "day", "narrative"}}},
		{"a telling's weekday alone still anchors", "2023-01-19", "A source told Daily NK on Monday that agents began house searches that day.",
			[]want{{"that day", D, "2023-01-16", "2023-01-16", "2023-01-16", "day", "narrative"}}},
		// "now" in a quote names no day the story is at.
		{"the following day after a quoted now", "2024-02-27", "The stoppage began on Feb. 14. \"Now they have nothing,\" the source said. The protest ended the following day.",
			[]want{{"the following day", D, "2024-02-15", "2024-02-15", "2024-02-15", "day", "narrative"}}},
	}
	runMentionCases(t, tests)
}

// TestDottedMonthNegatives: the same shape as a decimal number.
func TestDottedMonthNegatives(t *testing.T) {
	tests := []noMentionCase{
		{"no preposition", "The index rose 2022.03 points on Monday.", "2022.03"},
		{"a unit after the number", "Prices went up by 2021.05 won per kilogram.", "2021.05"},
		{"a percent sign", "Output grew by 2021.05% in the model.", "2021.05"},
		{"not a month", "The index closed in 2022.13 territory.", "2022.13"},
		{"one digit is a decimal", "He was arrested in 2022.3 hours of fighting.", "2022.3"},
		{"part of a longer number", "The build was tagged in 1.2022.03 of the tree.", "2022.03"},
	}
	runNoMentionCases(t, tests)
}

// TestDatelineYear covers a wire dateline without a year ("SEOUL, Oct. 31
// (Yonhap) --"): it takes a year only when the text fixes it, and says
// how; otherwise the year stays unknown.
func TestDatelineYear(t *testing.T) {
	tests := []struct {
		name, in, date string
		basis          pipeline.DateBasis
		evidence       string // substring of Evidence
	}{
		{"a full date a few weeks before", "SEOUL, Oct. 31 (Yonhap) -- Guards fired warning shots on Monday, the military said.\n\nThe unit was last seen near the line on Oct. 9, 2022.",
			"2022-10-31", pipeline.BasisInferred, `latest explicit date "Oct. 9, 2022", 22 days before`},
		{"a full date late in the year before", "SEOUL, Jan. 4 (Yonhap) -- Two soldiers crossed the border on Tuesday, officials said.\n\nThe last crossing was on Dec. 20, 2021.",
			"2022-01-04", pipeline.BasisInferred, "15 days before"},
		{"a date a rule took effect on counts as reported", "SEOUL, Oct. 31 (Yonhap) -- Officials said the border rule took effect on Oct. 3, 2022.",
			"2022-10-31", pipeline.BasisInferred, `"Oct. 3, 2022", 28 days before`},
		{"an old date fixes nothing", "SEOUL, Oct. 31 (Yonhap) -- Veterans marked the war that began on June 25, 1950, at a ceremony on Monday.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a full date months before fixes nothing", "SEOUL, Oct. 31 (Yonhap) -- The ministry said trade fell.\n\nA previous survey was published on March 2, 2022.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a weekday with the day and a recent bound", "PYONGYANG, Nov. 2 (KCNA) -- A meeting of farm managers opened on Wednesday, Nov. 2, in the capital.\n\nIts last session was held in 2022.",
			"2022-11-02", pipeline.BasisInferred, `weekday "Wednesday, Nov. 2"`},
		{"a weekday after the day in parentheses", "SEOUL, Nov. 2 (Yonhap) -- The drill took place on Nov. 2 (Wednesday), the army said, under President Yoon Suk Yeol's new rules.",
			"2022-11-02", pipeline.BasisInferred, "weekday"},
		{"a weekday whose years are far from the bound", "PYONGYANG, Nov. 2 (KCNA) -- A meeting of farm managers opened on Wednesday, Nov. 2, under leader Kim Jong Un.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a weekday that contradicts the recent date", "SEOUL, Nov. 2 (Yonhap) -- The talks began on Thursday, Nov. 2.\n\nA first round was held on Oct. 20, 2022.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a KCNA range with a Juche year", "PYONGYANG, July 2 (KCNA) -- A plenary meeting was held from June 28 to July 1, Juche 113 (2024), in Pyongyang.",
			"2024-07-02", pipeline.BasisInferred, "1 day before"},
		{"a background year and a weekday inside the year the tasks are set for and the one before (session 20 review)", "Pyongyang, December 31 (KCNA) -- The plenary meeting discussed the tasks for 2024. It reviewed the work since 2016 and closed on Sunday, December 31.",
			"2023-12-31", pipeline.BasisInferred, "first such year not before 2023-01-01"},
		{"guard: a task force formed in a year bounds the text (session 20 review)", "SEOUL, Dec. 31 (Yonhap) -- North Korea has been under UN sanctions since 2016. On Sunday, Dec. 31, a joint task force formed in 2022 to track its hackers said the thefts had grown.",
			"2023-12-31", pipeline.BasisInferred, "weekday"},
		{"the tasks set for the next year bound nothing (session 20)", "Pyongyang, December 31 (KCNA) -- The plenary meeting was held from December 26 to 30, Juche 112 (2023), at the office building.\n\nIt reviewed the year and discussed the tasks for 2024.",
			"2023-12-31", pipeline.BasisInferred, "1 day before"},
		{"an anniversary a few days before", "PYONGYANG, Oct. 12 (KCNA) -- Crowds marked the party's 77th anniversary with a rally in the capital.",
			"2022-10-12", pipeline.BasisInferred, "2 days before"},
		{"a dateline before the anniversary it reports fixes nothing", "PYONGYANG, Oct. 5 (KCNA) -- Crowds marked the party's 77th anniversary with a rally in the capital.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a recent date older than an era cue fixes nothing", "SEOUL, Oct. 31 (Yonhap) -- The Hwasong-19 was shown at a parade. A rocket was last fired on Oct. 9, 2022.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a weekday in the dateline itself", "SEOUL, Wednesday, Nov. 2 (Yonhap) -- Drills began, the army said, under President Yoon Suk Yeol's orders.",
			"2022-11-02", pipeline.BasisInferred, "weekday"},
		{"an anniversary months away fixes nothing", "PYONGYANG, March 5 (KCNA) -- Workers recalled the party's 77th anniversary at a meeting.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"the lede's weekday on the dateline's day in the latest year written", "SEOUL, Jan 17 (Reuters) - Troops fired two shells into the sea on Monday, the military said, the third such test of 2022.",
			"2022-01-17", pipeline.BasisInferred, `the lede's "Monday"`},
		{"the lede's weekday on another day that year fixes nothing", "SEOUL, Jan 17 (Reuters) - Troops fired two shells into the sea on Sunday, the military said, the third such test of 2022.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"the telling's weekday falls on the dateline's day", "SEOUL, Sept. 4 (Yonhap) -- A man crossed the border on Sunday, the army said Monday, the first such case of 2023.",
			"2023-09-04", pipeline.BasisInferred, `the lede's "Monday"`},
		{"a numeral ordinal counts the year", "SEOUL, Jan 17 (Reuters) - Troops fired two shells on Monday, the army said, the 4th such test of 2022.",
			"2022-01-17", pipeline.BasisInferred, `the lede's "Monday"`},
		{"a background year fixes nothing (review)", "SEOUL, March 4 (Yonhap) -- North Korea fired two missiles on Friday, the first such launch from the site since 2016.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"the copyright line before the lede's weekday (review)", "SEOUL, March 4 (Yonhap) -- North Korea fired two missiles on Friday, the fifth launch of 2016 from the site.\n\n(c) 2023 Yonhap",
			"2023-03-04", pipeline.BasisInferred, "copyright"},
		{"the event's weekday does not count beside a telling's", "SEOUL, Sept. 4 (Yonhap) -- A man crossed the border on Sunday, the army said Monday, the first such case since 2022.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a weekday ahead in the lede fixes nothing", "SEOUL, Jan 17 (Reuters) - Envoys will meet in Geneva on Monday, the ministry said, for the first time in 2022.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a weekday outside the dateline's sentence fixes nothing", "SEOUL, Jan 17 (Reuters) - Troops fired two shells into the sea, the military said, the third such test of 2022.\n\nA drill followed on Monday.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a wire copyright line", "SEOUL, May 30 (Reuters) - Signals were jammed near the islands on Wednesday.\n\n© 2024 Reuters. All rights reserved.",
			"2024-05-30", pipeline.BasisInferred, `copyright line "© 2024"`},
		{"a copyright mark before its owner", "SEOUL, May 30 (AFP) - Signals were jammed near the islands.\n\nCopyright © 2024 AFP",
			"2024-05-30", pipeline.BasisInferred, "copyright"},
		{"the last year of a copyright range", "SEOUL, May 30 (Yonhap) -- Signals were jammed near the islands.\n\nCopyright 2004-2024 Yonhap News Agency. All rights reserved.",
			"2024-05-30", pipeline.BasisInferred, "copyright"},
		{"a photo credit is no copyright line", "SEOUL, May 30 (Yonhap) -- Signals were jammed near the islands. (Photo: © 2019 Yonhap file photo)",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"two copyright years fix nothing", "SEOUL, May 30 (Reuters) - Signals were jammed.\n\n© 2023 Reuters. Photo © 2024 Yonhap.",
			"", pipeline.BasisNone, "nothing fixes the year"},
		{"a copyright year against the weekday fixes nothing", "SEOUL, Wednesday, May 30 (Reuters) - Signals were jammed.\n\n© 2023 Reuters.",
			"", pipeline.BasisNone, "nothing fixes the year"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DocumentDate(tc.in)
			if got.Date != mustDate(t, tc.date) || got.Basis != tc.basis || !strings.Contains(got.Evidence, tc.evidence) {
				t.Errorf("DocumentDate(%q) = %+v,\n want date %s basis %s evidence ~%q", tc.in, got, tc.date, tc.basis, tc.evidence)
			}
		})
	}
}
