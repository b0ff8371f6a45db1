package dates

import (
	"testing"
)

// TestFollowUpRules covers the rules of the fifth issue-3 follow-up: weeks
// of a year ("the first week of 2021") and halves of a month, a part of day
// before a day of the month ("the night of the 3rd"), a day of the month
// after a report date ("told Daily NK on Feb. 17 … on the 20th") or an
// event date, a weekday of attribution ("KCNA reported Thursday"), "a year
// later" after a year, and the TimeML conventions read from the TempEval-3
// error list (quarters as PnQ, rates, "will one day", "next to", names and
// eras with "today"). Each row is its own document with its own DCT; every
// listed mention is checked. The rows that must not change (the negative
// side of each rule) sit beside the rule's rows.
func TestFollowUpRules(t *testing.T) {
	tests := []mentionCase{
		// Weeks of a year, counted like weeks of a month.
		{"the first week of a year", "2021-03-10", "The first week of 2021 was cold.",
			[]want{{"The first week of 2021", D, "2021-01-01/2021-01-07", "2021-01-01", "2021-01-07", "week", "explicit"}}},
		{"the last week of last year", "2021-03-10", "Drills were held in the last week of last year.",
			[]want{{"the last week of last year", D, "2020-12-25/2020-12-31", "2020-12-25", "2020-12-31", "week", "dct"}}},
		{"the second week of this year", "2021-03-10", "Prices doubled in the second week of this year.",
			[]want{{"the second week of this year", D, "2021-01-08/2021-01-14", "2021-01-08", "2021-01-14", "week", "dct"}}},
		{"the first week of the year", "2021-03-10", "Prices rose in the first week of the year.",
			[]want{{"the first week of the year", D, "2021-01-01/2021-01-07", "2021-01-01", "2021-01-07", "week", "dct"}}},
		{"the first week of the new year, in January", "2021-01-20", "During the first week of the new year, guards were posted.",
			[]want{{"the first week of the new year", D, "2021-01-01/2021-01-07", "2021-01-01", "2021-01-07", "week", "dct"}}},
		{"the first week of the new year, in December", "2020-12-20", "Guards will be posted in the first week of the new year.",
			[]want{{"the first week of the new year", D, "2021-01-01/2021-01-07", "2021-01-01", "2021-01-07", "week", "dct"}}},
		// Halves of a month: days 1-15 and 16 to the end.
		{"the second half of the month", "2021-03-10", "The inspection team will arrive in the second half of the month.",
			[]want{{"the second half of the month", D, "2021-03-16/2021-03-31", "2021-03-16", "2021-03-31", "week", "dct"}}},
		{"the first half of February", "2021-03-10", "Prices rose in the first half of February.",
			[]want{{"the first half of February", D, "2021-02-01/2021-02-15", "2021-02-01", "2021-02-15", "week", "dct"}}},
		{"the latter half of last month", "2021-03-10", "In the latter half of last month, guards left.",
			[]want{{"the latter half of last month", D, "2021-02-16/2021-02-28", "2021-02-16", "2021-02-28", "week", "dct"}}},
		{"a half of a year is unchanged", "2021-03-10", "In the first half of this year, sales rose.",
			[]want{{"the first half of this year", D, "2021-H1", "2021-01-01", "2021-06-30", "season", "dct"}}},
		{"a week of a month is unchanged", "2021-03-10", "Sales fell in the first week of January.",
			[]want{{"the first week of January", D, "2021-01-01/2021-01-07", "2021-01-01", "2021-01-07", "week", "dct"}}},
		// A part of day before a day of the month.
		{"the night of the 3rd", "2021-02-10", "Shots were heard on the night of the 3rd.",
			[]want{{"the 3rd", D, "2021-02-03TNI", "2021-02-03", "2021-02-03", "day", "dct"}}},
		{"the morning of the 4th", "2021-02-10", "Guards searched the market on the morning of the 4th.",
			[]want{{"the 4th", D, "2021-02-04TMO", "2021-02-04", "2021-02-04", "day", "dct"}}},
		{"the early hours of the 9th have no part of day", "2021-02-10", "A fire broke out in the early hours of the 9th at the market.",
			[]want{{"the 9th", D, "2021-02-09", "2021-02-09", "2021-02-09", "day", "dct"}}},
		{"the evening of the 5th before that", "2021-03-10", "He said on the evening of the 5th that the border would reopen.",
			[]want{{"the 5th", D, "2021-03-05TEV", "2021-03-05", "2021-03-05", "day", "dct"}}},
		{"around the 20th of last month", "2021-03-10", "Around the 20th of last month, guards began searching homes.",
			[]want{{"the 20th of last month", D, "2021-02-20", "2021-02-20", "2021-02-20", "day", "dct"}}},
		// Ranges of days of a month named after them.
		{"from the 1st to the 15th of this month", "2021-03-10", "From the 1st to the 15th of this month, markets were closed.",
			[]want{{"the 1st to the 15th of this month", D, "2021-03-01/2021-03-15", "2021-03-01", "2021-03-15", "day", "dct"}}},
		{"the 12th and 13th of last month", "2021-03-10", "Raids took place on the 12th and 13th of last month.",
			[]want{{"the 12th and 13th of last month", D, "2021-02-12/2021-02-13", "2021-02-12", "2021-02-13", "day", "dct"}}},
		{"of the month is the month the passage named", "2021-03-10",
			"In January, police arrested 20 people. From the 1st to the 15th of the month, markets were closed.",
			[]want{{"the 1st to the 15th of the month", D, "2021-01-01/2021-01-15", "2021-01-01", "2021-01-15", "day", "narrative"}}},
		{"the 5th of the month after a named month", "2021-03-10",
			"In January, police arrested 20 people. On the 5th of the month, markets were closed.",
			[]want{{"the 5th of the month", D, "2021-01-05", "2021-01-05", "2021-01-05", "day", "narrative"}}},
		{"an event date does not push a later day into the month before", "2021-03-10",
			"On the 1st, a national meeting was held. On the 2nd, leaders visited the factory.",
			[]want{
				{"the 1st", D, "2021-03-01", "2021-03-01", "2021-03-01", "day", "dct"},
				{"the 2nd", D, "2021-03-02", "2021-03-02", "2021-03-02", "day", "dct"},
			}},
		// A day of the month after a report date.
		{"a past day later than the report date: the month before", "2021-03-10",
			"A source told Daily NK on Feb. 17 that guards were punished on the 20th.",
			[]want{
				{"Feb. 17", D, "2021-02-17", "2021-02-17", "2021-02-17", "day", "dct"},
				{"the 20th", D, "2021-01-20", "2021-01-20", "2021-01-20", "day", "narrative"},
			}},
		{"a past day before the report date: its month", "2021-03-10",
			"A source told Daily NK on Feb. 17 that guards were punished on the 10th.",
			[]want{{"the 10th", D, "2021-02-10", "2021-02-10", "2021-02-10", "day", "narrative"}}},
		{"a later day with a future verb stays after the report", "2021-03-10",
			"A source told Daily NK on Feb. 17 that guards will be punished on the 20th.",
			[]want{{"the 20th", D, "2021-02-20", "2021-02-20", "2021-02-20", "day", "narrative"}}},
		{"a later day in the next sentence of the report", "2021-03-10",
			"A source told Daily NK on Feb. 17. Guards were punished on the 20th, the source said.",
			[]want{{"the 20th", D, "2021-01-20", "2021-01-20", "2021-01-20", "day", "narrative"}}},
		{"an event date opening its sentence is not a report date", "2021-03-10",
			"On Feb. 3, the market was closed. Guards were punished on the 20th.",
			[]want{{"the 20th", D, "2021-02-20", "2021-02-20", "2021-02-20", "day", "narrative"}}},
		// A weekday of attribution frames the weekdays of its sentence.
		{"visited on Wednesday, KCNA reported Thursday", "2021-03-10",
			"Kim Jong Un visited the site on Wednesday, KCNA reported Thursday.",
			[]want{
				{"Wednesday", D, "2021-03-03", "2021-03-03", "2021-03-03", "day", "narrative"},
				{"Thursday", D, "2021-03-04", "2021-03-04", "2021-03-04", "day", "dct"},
			}},
		{"said Monday that … Sunday", "2021-03-07",
			"Police said Monday that the raid took place Sunday.",
			[]want{{"Sunday", D, "2021-02-28", "2021-02-28", "2021-02-28", "day", "narrative"}}},
		{"a weekday of attribution does not move tomorrow", "2000-04-03",
			"\"I am willing to leave tomorrow,\" Castro said Sunday.",
			[]want{{"tomorrow", D, "2000-04-04", "2000-04-04", "2000-04-04", "day", "dct"}}},
		// "N years later" after a year, "N months later" after a month.
		{"a year later after a year", "2021-03-10", "He defected in 2019 and arrived in Seoul a year later.",
			[]want{{"a year later", D, "2020", "2020-01-01", "2020-12-31", "year", "narrative"}}},
		{"two months later after a month", "2021-03-10", "He was arrested in March 2019. Two months later, he was sent to a camp.",
			[]want{{"Two months later", D, "2019-05", "2019-05-01", "2019-05-31", "month", "narrative"}}},
		{"three days later after a year stays a duration", "2021-03-10", "In 2019, police arrested him. Three days later, he was released.",
			[]want{{"Three days later", Dur, "P3D", "", "", "", ""}}},
		{"three days later after a day is unchanged", "2021-03-10", "He was arrested on Jan. 5, 2019. Three days later, he was released.",
			[]want{{"Three days later", D, "2019-01-08", "2019-01-08", "2019-01-08", "day", "narrative"}}},
		// TimeML's quarter unit: durations and sets of quarters.
		{"the past two quarters", "2021-03-10", "The firm has had losses in the past two quarters.",
			[]want{{"the past two quarters", Dur, "P2Q", "", "", "", ""}}},
		{"several quarters", "2021-03-10", "It returned to profit after several quarters of losses.",
			[]want{{"several quarters", Dur, "PXQ", "", "", "", ""}}},
		{"every quarter", "2021-03-10", "The firm pays interest every quarter.",
			[]want{{"every quarter", Set, "P1Q", "", "", "", ""}}},
		{"a quarter as a date is unchanged", "2021-03-10", "Sales fell in the third quarter.",
			[]want{{"the third quarter", D, "2020-Q3", "2020-07-01", "2020-09-30", "season", "dct"}}},
		// Frequency words are sets unless they follow an amount.
		{"held annually", "2021-03-10", "The rally is held annually in the capital.",
			[]want{{"annually", Set, "P1Y", "", "", "", ""}}},
		{"doubled its profits annually", "2021-03-10", "The firm doubled its profits annually.",
			[]want{{"annually", Set, "P1Y", "", "", "", ""}}},
		{"daily before an event noun", "2021-03-10", "Residents attend a daily rally.",
			[]want{{"daily", Set, "P1D", "", "", "", ""}}},
		{"3 times daily", "2021-03-10", "Guards patrol the river 3 times daily.",
			[]want{{"daily", Set, "P1D", "", "", "", ""}}},
		{"30 minutes daily", "2021-03-10", "Students must study the leader's works 30 minutes daily.",
			[]want{{"daily", Set, "P1D", "", "", "", ""}}},
		{"Every Saturday opening a sentence", "2021-03-10", "Every Saturday, residents must attend self-criticism sessions.",
			[]want{{"Every Saturday", Set, "XXXX-WXX-6", "", "", "", ""}}},
		// Tens and units written apart ("twenty four hours", transcripts).
		{"twenty four hours", "2021-03-10", "In the last twenty four hours, prices fell.",
			[]want{{"the last twenty four hours", Dur, "PT24H", "", "", "", ""}}},
		{"thirty five days ago", "2021-03-10", "Guards left thirty five days ago.",
			[]want{{"thirty five days ago", D, "2021-02-03", "2021-02-03", "2021-02-03", "day", "dct"}}},
		{"twenty-four with its hyphen is unchanged", "2021-03-10", "It took twenty-four hours.",
			[]want{{"twenty-four hours", Dur, "PT24H", "", "", "", ""}}},
		{"twenty five years ago", "2021-03-10", "About twenty five years ago, the famine began.",
			[]want{{"twenty five years ago", D, "1996", "1996-01-01", "1996-12-31", "year", "dct"}}},
		{"a spoken year without its hyphen", "2021-03-10", "It happened in January nineteen ninety seven.",
			[]want{{"January nineteen ninety seven", D, "1997-01", "1997-01-01", "1997-01-31", "month", "explicit"}}},
		// "will one day": an indefinite future (TimeML FUTURE_REF), not a day's length.
		{"will one day", "2021-03-10", "Officials say the country will one day be reunified.",
			[]want{{"one day", D, "FUTURE_REF", "", "", "unknown", "none"}}},
		{"one day in a job", "2021-03-10", "He had only been in the job one day.",
			[]want{{"one day", Dur, "P1D", "", "", "", ""}}},
		// A season with a future verb is the coming one.
		{"will … in the spring", "2021-02-10", "Farmers will be mobilized in the spring.",
			[]want{{"the spring", D, "2021-SP", "2021-03-01", "2021-05-31", "season", "dct"}}},
		{"is going to … in the spring", "2021-02-10", "The sector is going to suffer in the spring.",
			[]want{{"the spring", D, "2021-SP", "2021-03-01", "2021-05-31", "season", "dct"}}},
		{"a past spring is unchanged", "2021-02-10", "Farmers were mobilized in the spring.",
			[]want{{"the spring", D, "2020-SP", "2020-03-01", "2020-05-31", "season", "dct"}}},
		{"will … in the winter under way", "2021-01-20", "Drills will continue in the winter.",
			[]want{{"the winter", D, "2020-WI", "2020-12-01", "2021-02-28", "season", "dct"}}},
		// "today's" before a noun of an event is the day.
		{"today's meeting", "2021-03-10", "Officials prepared for today's meeting.",
			[]want{{"today", D, "2021-03-10", "2021-03-10", "2021-03-10", "day", "dct"}}},
		// "Today" opening a sentence is still today.
		{"Today opening a sentence", "2021-03-10", "The market closed. Today it reopened.",
			[]want{{"Today", D, "2021-03-10", "2021-03-10", "2021-03-10", "day", "dct"}}},
		// "next to" is a place, not a forward cue.
		{"next to the embassy", "1998-08-08", "A bomb ripped through an office building next to the embassy Friday morning.",
			[]want{{"Friday morning", D, "1998-08-07TMO", "1998-08-07", "1998-08-07", "day", "dct"}}},
		{"next Friday is still forward", "1998-08-08", "The embassy will reopen next Friday.",
			[]want{{"next Friday", D, "1998-08-14", "1998-08-14", "1998-08-14", "day", "dct"}}},
	}
	runMentionCases(t, tests)
}

// TestFollowUpNegatives: phrases the follow-up's rules must not tag.
func TestFollowUpNegatives(t *testing.T) {
	tests := []noMentionCase{
		{"a week of a war", "Troops arrived in the first week of the war.", "the first week of the war"},
		{"a week of a season of years", "The first week of 2021-22 was cold.", "The first week of 2021-22"},
		{"a week of the year before", "Sales fell in the first week of the year before.", "the first week of the year"},
		{"a week of the month before", "Sales fell in the first week of the month before.", "the first week of the month"},
		{"the new year alone", "The new year began quietly.", "The new year"},
		{"a half of the month before", "Sales fell in the first half of the month before.", "the first half of the month"},
		{"the 5th that month", "Police said on the 5th that month that the border was closed.", "the 5th"},
		{"a newspaper named Today", "The figures were published by USA Today on Monday.", "Today"},
		{"a programme named Today", "This is VOA Today.", "Today"},
		{"today's youth", "The case is for today's youth what the war was for their parents.", "today"},
		{"today's world", "Such barriers make no sense in today's world.", "today"},
		{"a growth rate", "Sales are expected to rise 8.5% annually.", "annually"},
		{"an output rate", "The plant would produce about 10,000 units annually.", "annually"},
		{"a sum per year", "The cut saves $17.9 million annually.", "annually"},
		{"a quarter of a population", "More than a quarter of the population left the city.", "More than a quarter"},
		{"three quarters of the vote", "The party won three quarters of the vote.", "three quarters"},
	}
	runNoMentionCases(t, tests)
}
