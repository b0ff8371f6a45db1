package dates

import (
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// TestRaisingToBe covers "to be" after a verb of seeming or saying: a
// judgement of what is ("fired what appeared to be an ICBM on Thursday"),
// not a plan, so the weekday is the one before the report, not the next.
func TestRaisingToBe(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"appeared to be", "2022-11-04",
			"North Korea launched what appeared to be an intercontinental ballistic missile on Thursday.",
			[]want{{"Thursday", D, "2022-11-03", "2022-11-03", "2022-11-03", "day", "dct"}}},
		{"is believed to be", "2022-11-04",
			"A man believed to be a smuggler was arrested on Monday near the river.",
			[]want{{"Monday", D, "2022-10-31", "2022-10-31", "2022-10-31", "day", "dct"}}},
		{"what seemed to be", "2022-11-04",
			"What seemed to be a small drone crossed the border on Monday, officials said.",
			[]want{{"Monday", D, "2022-10-31", "2022-10-31", "2022-10-31", "day", "dct"}}},
		// Misfires a review found in the first version, which exempted
		// every "to be" after such a verb: plans told as reported.
		{"review: said to be visiting", "2022-11-04",
			"Kim Jong Un is said to be visiting Moscow on Tuesday.",
			[]want{{"Tuesday", D, "2022-11-08", "2022-11-08", "2022-11-08", "day", "dct"}}},
		{"review: believed to be held", "2022-11-04",
			"The summit is believed to be held on Monday.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
		{"review: appears to be on track", "2022-11-04",
			"The summit appears to be on track for Tuesday.",
			[]want{{"Tuesday", D, "2022-11-08", "2022-11-08", "2022-11-08", "day", "dct"}}},
		{"review: claimed to be ready", "2022-11-04",
			"North Korea claimed to be ready to test a new engine on Monday.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
		{"guard: a plan still looks ahead", "2022-11-04",
			"The talks are to be held on Monday in Panmunjom.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
		{"guard: a plan after a noun", "2022-11-04",
			"The bridge, due to be opened on Monday, was inspected.",
			[]want{{"Monday", D, "2022-11-07", "2022-11-07", "2022-11-07", "day", "dct"}}},
	})
}

// TestTermDayBefore covers the guards a review asked for when a yearless
// dateline in a term of office takes the year its lede's weekday falls on
// the day itself: a lede that tells of the day before, and a holder's
// years out of office.
func TestTermDayBefore(t *testing.T) {
	tests := []struct{ name, in, date, evidence string }{
		{"the lede's weekday on the dateline's day", "SEOUL, Dec. 19 (Yonhap) -- North Korea fired an intercontinental ballistic missile on Monday, President Yoon Suk Yeol's office said.",
			"2022-12-19", "as the day before it, 2023"},
		{"guard: the day before told", "SEOUL, Dec. 19 (Yonhap) -- North Korea's ICBM launch on Monday, the day before, drew condemnation from President Yoon Suk Yeol.",
			"", ""},
		{"guard: yesterday told", "SEOUL, Dec. 19 (Yonhap) -- President Yoon Suk Yeol yesterday ordered a strong response to North Korea's launch of an ICBM on Monday.",
			"", ""},
		// Sept. 9 was a Thursday in 2010, when Abe was out of office (and
		// a Friday in 2016, which only the day before would fit).
		{"guard: a year out of office", "TOKYO, Sept. 9 (Kyodo) -- Prime Minister Shinzo Abe on Thursday night vowed to respond to the test.",
			"", ""},
		// eras.tsv's ministers and secretaries: "TOKYO, Jan. 24 (Kyodo)" with
		// Foreign Minister Taro Kono (2017-08 to 2019-09) and "said
		// Wednesday" is 2018 (in 2019 Jan. 24 was a Thursday).
		{"a foreign minister's term", "TOKYO, Jan. 24 (Kyodo) -- A tanker was seen alongside another ship, the government said Wednesday. Foreign Minister Taro Kono told reporters Japan would watch closely.",
			"2018-01-24", "foreign minister taro kono"},
		{"guard: no year of the term fits", "WASHINGTON, Jan. 24 (Yonhap) -- North Korea must give up its weapons, the State Department said Wednesday, as Secretary of State John Kerry met his counterpart.",
			"", ""}, // Jan. 24 was a Wednesday in no year of his term (2013-2017)
		// A review's misfires of the new rows: another office, a title told
		// as past after a country's abbreviation, a holder's successor; and
		// a Russian prime minister since 2020 that keeps a 2013 month from
		// dating a 2025 report.
		{"review: a deputy secretary", "WASHINGTON, Jan. 3 (Yonhap) -- North Korea fired a missile on Sunday, Deputy Secretary of State Antony Blinken said.",
			"", ""},
		{"review: former U.S. Secretary", "SEOUL, Jan. 6 (Yonhap) -- North Korea fired a missile on Monday, former U.S. Secretary of State John Kerry said.",
			"", ""},
		{"review: a holder's successor", "SEOUL, Jan. 6 (Yonhap) -- North Korea fired a missile on Monday, the envoy told Secretary-General Ban Ki-moon's successor.",
			"", ""},
		{"guard: a later era than the latest month", "MOSCOW, April 30 (Reuters) - Russia and North Korea on Wednesday began building a bridge. Prime Minister Mikhail Mishustin joined by video link. A rail link was reopened in September 2013.",
			"", ""},
		{"in office again", "TOKYO, Sept. 9 (Kyodo) -- North Korea conducted its fifth nuclear test on Friday, Prime Minister Shinzo Abe said.",
			"2016-09-09", "Shinzo Abe"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DocumentDate(tc.in)
			want := mustDate(t, tc.date)
			if got.Date != want || !strings.Contains(got.Evidence, tc.evidence) || (tc.date == "") != (got.Basis == pipeline.BasisNone) {
				t.Errorf("DocumentDate(%q) = %+v, want date %q evidence ~%q", tc.in, got, tc.date, tc.evidence)
			}
		})
	}
}

// TestDayAfterThat covers "on the 12th" opening a reported clause without
// its comma, as one opening a sentence does.
func TestDayAfterThat(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"said that on the 12th", "2025-02-18",
			"A partner in Hamhung said that on the 12th a kilogram of rice cost 9,200 won.",
			[]want{{"the 12th", D, "2025-02-12", "2025-02-12", "2025-02-12", "day", "dct"}}},
		{"guard: a floor is no day", "2025-02-18",
			"He said that on the 5th floor a fire broke out.",
			[]want{}},
	})
}
