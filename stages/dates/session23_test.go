package dates

import (
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// TestFollowsMonth covers a month or day without a year told after a
// month a passage of an earlier year is told in.
func TestFollowsMonth(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a day in the month before", "2025-04-30",
			"The rapprochement became visible in September 2023, when Kim rode his train east. He met Putin on September 13 at a spaceport.",
			[]want{
				{"September 2023", D, "2023-09", "2023-09-01", "2023-09-30", "month", "explicit"},
				{"September 13", D, "2023-09-13", "2023-09-13", "2023-09-13", "day", "narrative"},
			}},
		{"a part of a month a season on", "2025-02-19",
			"The fishermen had sailed from the port in August 2019. The pair killed the captain at the end of October.",
			[]want{
				{"August 2019", D, "2019-08", "2019-08-01", "2019-08-31", "month", "explicit"},
				{"the end of October", D, "2019-10", "2019-10-21", "2019-10-31", "week", "narrative"},
			}},
		{"after a month of 'that year', and on from a date that waited for it", "2025-02-19",
			"The case dates back to 2019. They had sailed in August that year. They killed the captain at the end of October. The navy seized their boat on Nov. 2 after a chase.",
			[]want{
				{"2019", D, "2019", "2019-01-01", "2019-12-31", "year", "explicit"},
				{"August that year", D, "2019-08", "2019-08-01", "2019-08-31", "month", "narrative"},
				{"the end of October", D, "2019-10", "2019-10-21", "2019-10-31", "week", "narrative"},
				{"Nov. 2", D, "2019-11-02", "2019-11-02", "2019-11-02", "day", "narrative"},
			}},
		{"guard: more than a season on", "2025-02-19",
			"The fishermen had sailed from the port in August 2019. The pair were caught on Dec. 5.",
			[]want{
				{"August 2019", D, "2019-08", "2019-08-01", "2019-08-31", "month", "explicit"},
				{"Dec. 5", D, "2024-12-05", "2024-12-05", "2024-12-05", "day", "dct"},
			}},
		{"review: a sentence about what is ahead", "2025-03-20",
			"Kim first traveled to Russia in April 2019. In June, he is expected to visit Moscow.",
			[]want{
				{"April 2019", D, "2019-04", "2019-04-01", "2019-04-30", "month", "explicit"},
				{"June", D, "2025-06", "2025-06-01", "2025-06-30", "month", "dct"},
			}},
		{"guard: a month that names a thing", "1990-08-15",
			"The August 1988 cease-fire held for two years. Iraq invaded Kuwait on Aug. 2.",
			[]want{
				{"August 1988", D, "1988-08", "1988-08-01", "1988-08-31", "month", "explicit"},
				{"Aug. 2", D, "1990-08-02", "1990-08-02", "1990-08-02", "day", "dct"},
			}},
		{"guard: a month counted from the report's date", "2021-03-10",
			"Security has been tightened since the customs office was shut in late January last year. In late February, the bureau issued an order.",
			[]want{
				{"late January last year", D, "2020-01", "2020-01-21", "2020-01-31", "week", "dct"},
				{"late February", D, "2021-02", "2021-02-21", "2021-02-28", "week", "dct"},
			}},
	})
}

// TestYearOfWhenClause covers a month without a year in the clause "when"
// opens after a year inside its sentence.
func TestYearOfWhenClause(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"'as well, when'", "2022-06-03",
			"Hamhung was among the hardest-hit cities in 2020 as well, when an outbreak led authorities to close the markets for most of September.",
			[]want{
				{"2020", D, "2020", "2020-01-01", "2020-12-31", "year", "explicit"},
				{"September", D, "2020-09", "2020-09-01", "2020-09-30", "month", "narrative"},
			}},
		{"review: the clause ends at 'but' or a semicolon", "2025-11-05",
			"North Korea has not held a nuclear test since 2017, when it tested its sixth device, but imagery in January showed new tunnels. The last test came in 2023, when it fired a missile in December; the latest launch came in October.",
			[]want{
				{"2017", D, "2017", "2017-01-01", "2017-12-31", "year", "explicit"},
				{"January", D, "2025-01", "2025-01-01", "2025-01-31", "month", "dct"},
				{"2023", D, "2023", "2023-01-01", "2023-12-31", "year", "explicit"},
				{"December", D, "2023-12", "2023-12-01", "2023-12-31", "month", "narrative"},
				{"October", D, "2025-10", "2025-10-01", "2025-10-31", "month", "dct"},
			}},
		{"guard: a month before the clause", "2022-06-03",
			"In March the city, hit hard in 2020, when the port shut, was closed again.",
			[]want{
				{"March", D, "2022-03", "2022-03-01", "2022-03-31", "month", "dct"},
				{"2020", D, "2020", "2020-01-01", "2020-12-31", "year", "explicit"},
			}},
	})
}

// TestFollowsTellsPast covers "follows", a present that tells its object
// as before: a month and day after it is the latest before the report.
func TestFollowsTellsPast(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"follows", "2023-11-22",
			"It follows the parade in Pyongyang on February 8.",
			[]want{{"February 8", D, "2023-02-08", "2023-02-08", "2023-02-08", "day", "dct"}}},
		{"guard: a present without it stays open", "2023-11-22",
			"The parade in Pyongyang opens on February 8.",
			[]want{{"February 8", D, "2024-02-08", "2024-02-08", "2024-02-08", "day", "dct"}}},
	})
}

// TestWeaponEraCue covers a weapon's name bounding the year of a dateline
// whose weekday is written with its day.
func TestWeaponEraCue(t *testing.T) {
	for _, tc := range []struct{ name, in, date, evidence string }{
		{"a missile named after its first launch", "TOKYO, Friday, Sept. 15 (Kyodo) -- North Korea fired a Hwasong-12 missile over Hokkaido.", "2017-09-15", "2017-05"},
		{"a satellite's name", "SEOUL, Tuesday, Nov. 21 (Yonhap) -- North Korea put the Malligyong-1 satellite into orbit, the military said.", "2023-11-21", "2023-05"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := DocumentDate(tc.in)
			if got.Date != mustDate(t, tc.date) || got.Basis != pipeline.BasisInferred || !strings.Contains(got.Evidence, tc.evidence) {
				t.Errorf("DocumentDate(%q) = %+v,\n want date %s inferred, evidence ~%q", tc.in, got, tc.date, tc.evidence)
			}
		})
	}
}
