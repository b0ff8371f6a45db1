package dates

import (
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// TestBlindDocumentDate covers the document-date rules added after the
// blind dispatch set (the sixth follow-up): a Daily NK byline with a dash
// ("Name - YYYY.MM.DD 4:30pm"), KCNA's Juche dateline, a line of
// "Published : … Updated : …" dates, and dates the text
// awaits ("in the lead-up to", "ahead of", "will", "scheduled"), which do
// not count as the latest day reported when the date is inferred.
func TestBlindDocumentDate(t *testing.T) {
	tests := []struct {
		name, in, date string
		basis          pipeline.DateBasis
		evidence       string // substring of Evidence
	}{
		{"name, hyphen, dotted date and time", "Smugglers tried in Musan\n\nPak Chol Su - 2020.11.02 4:30pm\n\nA trial was held on Oct. 29 ahead of the party's anniversary on Nov. 28.",
			"2020-11-02", pipeline.BasisPublished, `byline "2020.11.02"`},
		{"name, en dash, dotted date", "Headline\nRi Song Mi – 2022.03.04\n\nPolice raided homes on Monday.",
			"2022-03-04", pipeline.BasisPublished, "byline"},
		{"name and outlet before the dash", "Headline\nJang Un Gi, Daily NK - 2021.12.01 10:00am\n\nGuards were replaced last week.",
			"2021-12-01", pipeline.BasisPublished, "byline"},
		{"a sentence with a dash is no byline", "Headline\n\nGuards were punished - 2019.09.20\n\nMore text.",
			"2019-09-20", pipeline.BasisInferred, "latest explicit date"},
		{"an awaited holiday is not the latest day reported", "Patrols stepped up in Hyesan\n\nPolice raided a market on Sept. 17, 2019. Patrols were tightened in the lead-up to Party Foundation Day on Oct. 10.",
			"2019-09-17", pipeline.BasisInferred, "latest explicit date"},
		{"run-up to", "Arrests were made on March 3, 2021. Inspections grew in the run-up to the congress on April 2.",
			"2021-03-03", pipeline.BasisInferred, "latest explicit date"},
		{"ahead of", "Guards detained traders on March 3, 2021, ahead of the Apr. 15 holiday.",
			"2021-03-03", pipeline.BasisInferred, "latest explicit date"},
		{"ahead of, with a year", "Guards detained traders on March 3, 2021. Drills were held ahead of the vote on May 9, 2021.",
			"2021-03-03", pipeline.BasisInferred, `"March 3, 2021"`},
		{"will", "On March 3, 2021, police raided a house. The trial will open on Apr. 9.",
			"2021-03-03", pipeline.BasisInferred, "latest explicit date"},
		{"scheduled", "On March 3, 2021, police raided a house. A hearing is scheduled for Apr. 9.",
			"2021-03-03", pipeline.BasisInferred, "latest explicit date"},
		{"planned for", "On March 3, 2021, police raided a house. A rally is planned for Apr. 9.",
			"2021-03-03", pipeline.BasisInferred, "latest explicit date"},
		{"in preparation for", "On March 3, 2021, police raided a house. Streets were cleaned in preparation for the parade on Apr. 15.",
			"2021-03-03", pipeline.BasisInferred, "latest explicit date"},
		{"in time for", "On March 3, 2021, police raided a house. Repairs were finished in time for the holiday on Apr. 15.",
			"2021-03-03", pipeline.BasisInferred, "latest explicit date"},
		{"a reported later day still counts", "On March 3, 2021, police raided a house. They raided another on Apr. 9.",
			"2021-04-09", pipeline.BasisInferred, `"Apr. 9"`},
		{"published and updated dates on one line", "Headline\n\nPublished : 2022-11-03 08:14  Updated : 2022-11-04 10:32\n\nSEOUL, Nov. 3 (Yonhap) -- Drills went on.",
			"2022-11-03", pipeline.BasisPublished, `dateline "2022-11-03"`},
		{"published and updated dates with clock times", "Headline\nPublished: Nov. 3, 2022 8:14 a.m. Updated: Nov. 4, 2022 10:32 p.m.\n\nDrills went on.",
			"2022-11-03", pipeline.BasisPublished, "dateline"},
		{"posted and updated with abbreviated weekdays", "Headline\n\nPosted: Tue, 04 Jul 2017 01:12 GMT | Updated: Tue, 04 Jul 2017 05:48 GMT\n\nSEOUL (AFP) - Drills went on.",
			"2017-07-04", pipeline.BasisPublished, "dateline"},
		{"two dates in a phrase are no dateline", "Headline\nArrests on 2022-11-01 and trials on 2022-11-03\n\nMore text.",
			"2022-11-03", pipeline.BasisInferred, "latest explicit date"},
		{"KCNA's Juche dateline", "Leader Visits Farm\n\nwww.kcna.kp (Juche113.6.13.)\n\nPyongyang, June 13 (KCNA) -- Kim Jong Un visited a farm on June 12.",
			"2024-06-13", pipeline.BasisPublished, `dateline "Juche113.6.13"`},
		{"a Juche date in the text", "The decree was adopted on Juche111.2.8. Officials read it aloud.",
			"2022-02-08", pipeline.BasisInferred, "latest explicit date"},
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

// TestBlindRules covers the mention rules added after the blind dispatch
// set: Juche-calendar dates, "a day after" + an event counted from a day of
// its sentence, "this month" in a past-tense clause ending at the anchor,
// "earlier in the day" on the day told just before, and awaited dates ("in
// the lead-up to") taking the reading nearest the anchor. Each row is its
// own document with its own DCT.
func TestBlindRules(t *testing.T) {
	tests := []mentionCase{
		// Juche calendar: year N is N + 1911.
		{"Juche date", "2024-06-20", "The decree was dated Juche113.6.13. and read out on Monday.",
			[]want{{"Juche113.6.13", D, "2024-06-13", "2024-06-13", "2024-06-13", "day", "explicit"}}},
		{"Juche year with the Gregorian year", "2024-06-20", "The plan for Juche 113 (2024) was approved.",
			[]want{{"Juche 113 (2024)", D, "2024", "2024-01-01", "2024-12-31", "year", "explicit"}}},
		{"Juche year alone", "2024-06-20", "Harvests in Juche 112 were poor.",
			[]want{{"Juche 112", D, "2023", "2023-01-01", "2023-12-31", "year", "explicit"}}},
		{"a disagreeing bracket stays out of the span", "2024-06-20", "Harvests in Juche 112 (2024) were poor.",
			[]want{{"Juche 112", D, "2023", "2023-01-01", "2023-12-31", "year", "explicit"}}},

		// "a day after" + an event: the event's day, from a day of the sentence.
		{"a day after, after a comma", "2022-11-03", "Pyongyang fired a rocket on Thursday morning, a day after it flew drones over the border.",
			[]want{{"a day after", D, "2022-11-02", "2022-11-02", "2022-11-02", "day", "narrative"}}},
		{"two days after, with an adverb", "2022-12-28", "Troops fired artillery on Tuesday, just two days after they sent drones south.",
			[]want{{"two days after", D, "2022-12-25", "2022-12-25", "2022-12-25", "day", "narrative"}}},
		{"a day after a noun event", "2021-03-10", "Officials sealed the county on March 4, a day after the fever cases were reported.",
			[]want{{"a day after", D, "2021-03-03", "2021-03-03", "2021-03-03", "day", "narrative"}}},
		{"right after the day, no comma", "2021-05-10", "The fence was finished on May 3 a week after work began.",
			[]want{{"a week after", D, "2021-04-26", "2021-04-26", "2021-04-26", "day", "narrative"}}},
		{"opening the sentence: the day after the comma", "2023-03-04", "A day after the plenum closed, Kim Jong Un visited a farm on Friday.",
			[]want{{"A day after", D, "2023-03-02", "2023-03-02", "2023-03-02", "day", "narrative"}}},
		{"the day before + an event", "2020-10-20", "Guards were reinforced on Oct. 9, the day before the party anniversary.",
			[]want{{"the day before", D, "2020-10-10", "2020-10-10", "2020-10-10", "day", "narrative"}}},
		{"three days before + a clause", "2021-06-09", "Residents were ordered indoors on Monday, three days before the inspectors arrived.",
			[]want{{"three days before", D, "2021-06-10", "2021-06-10", "2021-06-10", "day", "narrative"}}},
		{"the day after + a pronoun clause", "2021-06-09", "He fled on Monday, the day after he was released.",
			[]want{{"the day after", D, "2021-06-06", "2021-06-06", "2021-06-06", "day", "narrative"}}},
		{"the day after, no day in the sentence: the old reading", "2021-06-09", "He was questioned on Monday. He fled the day after he was released.",
			[]want{{"the day after", D, "2021-06-08", "2021-06-08", "2021-06-08", "day", "narrative"}}},
		{"a count opening the sentence with no day stays a length", "2021-06-09", "Eight days after the flood, the bridge reopened.",
			[]want{{"Eight days", Dur, "P8D", "", "", "", ""}}},
		{"for a day stays a length", "2021-06-09", "The market closed for a day after the flood on Monday.",
			[]want{{"a day", Dur, "P1D", "", "", "", ""}}},

		// "this month" in a past-tense clause ends at the anchor.
		{"this month, past", "2021-06-08", "Prosecutors dispatched an inspection team to the port this month.",
			[]want{{"this month", D, "2021-06", "2021-06-01", "2021-06-08", "month", "dct"}}},
		{"this year, present perfect", "2021-06-08", "Police have arrested 20 smugglers this year.",
			[]want{{"this year", D, "2021", "2021-01-01", "2021-06-08", "year", "dct"}}},
		{"this week, past", "2021-06-09", "Guards searched every house in the village this week.",
			[]want{{"this week", D, "2021-W23", "2021-06-07", "2021-06-09", "week", "dct"}}},
		{"this month, future", "2021-06-08", "The market will reopen this month.",
			[]want{{"this month", D, "2021-06", "2021-06-01", "2021-06-30", "month", "dct"}}},
		{"this month, present", "2021-06-08", "Rice prices are rising this month.",
			[]want{{"this month", D, "2021-06", "2021-06-01", "2021-06-30", "month", "dct"}}},
		{"this year, a goal in an infinitive", "2023-03-02", "The meeting set a task to raise grain output this year.",
			[]want{{"this year", D, "2023", "2023-01-01", "2023-12-31", "year", "dct"}}},

		// "earlier/later in the day" is on the day told just before.
		{"earlier in the day, after a day told before", "2024-06-13",
			"Kim inspected a fertilizer plant on June 12.\n\nEarlier in the day, he visited a farm.",
			[]want{{"Earlier in the day", D, "2024-06-12", "2024-06-12", "2024-06-12", "day", "narrative"}}},
		{"later in the day, no day before", "2024-06-13", "Later in the day, he visited a farm.",
			[]want{{"Later in the day", D, "2024-06-13", "2024-06-13", "2024-06-13", "day", "dct"}}},
		{"earlier in the day, the day told paragraphs before", "2024-06-13",
			"Kim inspected a plant on June 12.\n\nHe praised the workers.\n\nHe set tasks.\n\nEarlier in the day, he visited a farm.",
			[]want{{"Earlier in the day", D, "2024-06-12", "2024-06-12", "2024-06-12", "day", "narrative"}}},
		{"later in the day, a later day told", "2024-06-13",
			"Kim inspected a plant on June 11. He left on June 12. Later in the day, he visited a farm.",
			[]want{{"Later in the day", D, "2024-06-12", "2024-06-12", "2024-06-12", "day", "narrative"}}},

		// Awaited dates take the reading nearest the anchor, past verb or not.
		{"lead-up to a holiday", "2019-09-20", "Patrols were tightened in the lead-up to Party Foundation Day on Oct. 10.",
			[]want{{"Oct. 10", D, "2019-10-10", "2019-10-10", "2019-10-10", "day", "dct"}}},
		{"ahead of a date just past", "2019-10-15", "Patrols were tightened ahead of the holiday on Oct. 10.",
			[]want{{"Oct. 10", D, "2019-10-10", "2019-10-10", "2019-10-10", "day", "dct"}}},
	}
	runMentionCases(t, tests)
}

// TestBlindRulesNegatives: what the new rules must not tag.
func TestBlindRulesNegatives(t *testing.T) {
	tests := []noMentionCase{
		{"the Juche idea", "Students studied the Juche idea on Monday.", "Juche"},
		{"the Juche Tower", "Crowds gathered at the Juche Tower on Monday.", "Juche"},
		{"a Juche number out of range", "The Juche 1000 campaign began on Monday.", "Juche 1000"},
		{"a day after with no day in the sentence", "Police came a day after the raid.", "a day after"},
		{"a vague count", "Police came on Monday, a few days after the raid.", "a few days after"},
		{"for a day after", "The market closed for a day after the flood on Monday.", "a day after"},
		{"a lapse counted from no day", "Police came on Monday. A day after the raid, guards left.", "A day after"},
	}
	runNoMentionCases(t, tests)
}
