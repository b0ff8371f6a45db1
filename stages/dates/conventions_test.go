package dates

import (
	"testing"

	"geotimeline/pipeline"
)

// TestConventions covers reporting periods, deictic "the year", holidays,
// fractions, deadline cues and TimeML value conventions, each against its
// own document date.
func TestConventions(t *testing.T) {
	tests := []struct {
		name string
		dct  string
		in   string
		w    want
	}{
		// Decades are written as TimeML 1.2 writes them: the first three digits.
		{"decade", "2020-12-19", "Famine struck in the 1990s.",
			want{"1990s", D, "199", "1990-01-01", "1999-12-31", "decade", "explicit"}},
		{"decade in words", "2020-12-19", "Prices fell through the nineties.",
			want{"the nineties", D, "199", "1990-01-01", "1999-12-31", "decade", "explicit"}},

		// Reporting periods in financial news.
		{"year-ago quarter after a quarter", "1989-10-26", "Profit rose in the third quarter. It fell in the year-ago quarter.",
			want{"the year-ago quarter", D, "1988-Q3", "1988-07-01", "1988-09-30", "season", "dct"}},
		{"year-earlier period without context", "1989-10-26", "In the year-earlier period, the company lost money.",
			want{"the year-earlier period", D, "1988-Q3", "1988-07-01", "1988-09-30", "season", "dct"}},
		{"comparable year-ago quarter", "1989-05-02", "Sales rose from the comparable year-ago quarter.",
			want{"the comparable year-ago quarter", D, "1988-Q1", "1988-01-01", "1988-03-31", "season", "dct"}},
		{"year-earlier third quarter", "1989-11-02", "In the year-earlier third quarter, net was flat.",
			want{"the year-earlier third quarter", D, "1988-Q3", "1988-07-01", "1988-09-30", "season", "dct"}},
		{"year-earlier adjective", "1989-11-02", "Net fell in the second quarter, compared with year-earlier profit of $3 million.",
			want{"year-earlier", D, "1988-Q2", "1988-04-01", "1988-06-30", "season", "dct"}},
		{"year-earlier adjective, no quarter", "1989-11-02", "The year-earlier results were restated.",
			want{"year-earlier", D, "1988", "1988-01-01", "1988-12-31", "year", "dct"}},
		{"forecast quarter is no context", "1989-10-26", "Losses may last through the third quarter of 1990. In the year-ago period, it earned $1.",
			want{"the year-ago period", D, "1988-Q3", "1988-07-01", "1988-09-30", "season", "dct"}},
		{"this year's quarter", "1989-11-01", "Sales for this year's third quarter were $14 million.",
			want{"this year's third quarter", D, "1989-Q3", "1989-07-01", "1989-09-30", "season", "dct"}},
		{"next year's quarter", "1989-10-31", "It could take effect in next year's first quarter.",
			want{"next year's first quarter", D, "1990-Q1", "1990-01-01", "1990-03-31", "season", "dct"}},
		{"last year's quarter from context", "1989-11-01", "Third quarter sales rose. Sales for last year's quarter were $3 million.",
			want{"last year's quarter", D, "1988-Q3", "1988-07-01", "1988-09-30", "season", "dct"}},
		{"year and quarter", "1989-11-02", "It took a charge in the 1988 second quarter.",
			want{"the 1988 second quarter", D, "1988-Q2", "1988-04-01", "1988-06-30", "season", "explicit"}},
		{"half year", "1989-10-26", "Earnings will fall in the last half of 1989.",
			want{"the last half of 1989", D, "1989-H2", "1989-07-01", "1989-12-31", "season", "explicit"}},
		{"first half of this year", "2020-12-19", "Trade shrank in the first half of this year.",
			want{"the first half of this year", D, "2020-H1", "2020-01-01", "2020-06-30", "season", "dct"}},

		// "the year", "the week" naming the current one.
		{"for the year", "1989-11-02", "For the year, pet food volume was flat.",
			want{"the year", D, "1989", "1989-01-01", "1989-12-31", "year", "dct"}},
		{"the full year", "1989-10-30", "It forecast an increase for the full year.",
			want{"the full year", D, "1989", "1989-01-01", "1989-12-31", "year", "dct"}},
		{"months of the year", "1989-10-30", "Sales rose in the first nine months of the year.",
			want{"the year", D, "1989", "1989-01-01", "1989-12-31", "year", "dct"}},
		{"for the week", "1989-10-30", "For the week, the index dropped 3.8%.",
			want{"the week", D, "1989-W44", "1989-10-30", "1989-11-05", "week", "dct"}},
		{"the week's", "2020-12-19", "It was the week's busiest session.",
			want{"", "", "", "", "", "", ""}}, // no preposition: not deictic

		// Holidays.
		{"thanksgiving", "2000-01-06", "The boy was rescued on Thanksgiving Day and brought ashore.",
			want{"Thanksgiving Day", D, "1999-11-25", "1999-11-25", "1999-11-25", "day", "dct"}},
		{"last thanksgiving", "2000-02-10", "He was found last Thanksgiving off the coast.",
			want{"last Thanksgiving", D, "1999-11-25", "1999-11-25", "1999-11-25", "day", "dct"}},
		{"christmas with year", "2020-12-19", "They met at Christmas 2019.",
			want{"Christmas 2019", D, "2019-12-25", "2019-12-25", "2019-12-25", "day", "explicit"}},
		{"christmas past", "2020-12-19", "Markets closed over Christmas, a source said.",
			want{"Christmas", D, "2019-12-25", "2019-12-25", "2019-12-25", "day", "dct"}},
		{"christmas forward", "2020-12-19", "The market will close for Christmas.",
			want{"Christmas", D, "2020-12-25", "2020-12-25", "2020-12-25", "day", "dct"}},
		{"easter", "2021-06-01", "Churches were crowded on Easter Sunday.",
			want{"Easter Sunday", D, "2021-04-04", "2021-04-04", "2021-04-04", "day", "dct"}},
		{"good friday", "2000-05-01", "They marched on Good Friday.",
			want{"Good Friday", D, "2000-04-21", "2000-04-21", "2000-04-21", "day", "dct"}},
		{"lunar new year", "2021-03-01", "Markets were closed during the Lunar New Year holiday.",
			want{"Lunar New Year", D, "2021-02-12", "2021-02-12", "2021-02-12", "day", "dct"}},
		{"chuseok ahead", "2020-09-20", "Security will be tightened ahead of Chuseok, sources said.",
			want{"Chuseok", D, "2020-10-01", "2020-10-01", "2020-10-01", "day", "dct"}},
		{"chuseok past", "2020-12-19", "Smugglers were arrested over Chuseok.",
			want{"Chuseok", D, "2020-10-01", "2020-10-01", "2020-10-01", "day", "dct"}},
		{"chuseok with year", "2023-01-01", "Families met during Chuseok 2019.",
			want{"Chuseok 2019", D, "2019-09-13", "2019-09-13", "2019-09-13", "day", "explicit"}},
		{"day of the sun", "2021-05-01", "Parades marked the Day of the Sun in Pyongyang.",
			want{"Day of the Sun", D, "2021-04-15", "2021-04-15", "2021-04-15", "day", "dct"}},
		{"holiday name needs capitals", "2021-05-01", "It was a good friday for the markets.",
			want{"", "", "", "", "", "", ""}},

		// Fractions.
		{"fraction of years", "1998-02-27", "They lived in camps for 2 1/2 years.",
			want{"2 1/2 years", Dur, "P2Y6M", "", "", "", ""}},
		{"fraction of hours", "1998-08-17", "She spent about 5 1/2 hours in Nairobi.",
			want{"about 5 1/2 hours", Dur, "PT5H30M", "", "", "", ""}},
		{"and a half", "2020-12-19", "He served two and a half years in a camp.",
			want{"two and a half years", Dur, "P2Y6M", "", "", "", ""}},
		{"a year and a half", "2020-12-19", "The border was shut for a year and a half.",
			want{"a year and a half", Dur, "P1Y6M", "", "", "", ""}},
		{"half a year", "2020-12-19", "The trial took half a year.",
			want{"half a year", Dur, "P6M", "", "", "", ""}},
		{"one and a half days", "2020-12-19", "The search lasted one and a half days.",
			want{"one and a half days", Dur, "P1DT12H", "", "", "", ""}},

		// Vague stretches are durations (TimeML PXY), not past references.
		{"recent years", "2020-12-19", "Smuggling has grown in recent years.",
			want{"recent years", Dur, "PXY", "", "", "", ""}},

		// A deadline word right before a date points forward even in a past-tense sentence.
		{"respond by", "1989-10-26", "The parent asked it to respond by Oct. 31.",
			want{"Oct. 31", D, "1989-10-31", "1989-10-31", "1989-10-31", "day", "dct"}},
		{"deadline after the date", "1989-11-02", "The company has set Nov. 10 as the deadline.",
			want{"Nov. 10", D, "1989-11-10", "1989-11-10", "1989-11-10", "day", "dct"}},
		{"until in the past stays past", "2020-12-19", "He was held until Nov. 30, his family said.",
			want{"Nov. 30", D, "2020-11-30", "2020-11-30", "2020-11-30", "day", "dct"}},
		// A weekday written with the date picks the year where they agree.
		{"weekday with date", "1998-10-25", "The Times said in an editorial on Monday, Oct. 26: it was murder.",
			want{"Monday, Oct. 26", D, "1998-10-26", "1998-10-26", "1998-10-26", "day", "dct"}},
	}
	tg := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ref := pipeline.DocDate{Date: mustDate(t, tc.dct), Basis: pipeline.BasisPublished}
			ms := tg.Tag(tc.in, nil, ref)
			if tc.w.text == "" {
				for _, m := range ms {
					if m.Kind == pipeline.KindDate {
						t.Errorf("Tag(%q) = %s, want no date", tc.in, format(m))
					}
				}
				return
			}
			checkMention(t, tc.in, ms, tc.w)
		})
	}
}

// TestLunarTable checks the generated lunar table against published dates of
// Seollal and Chuseok (Korea Astronomy and Space Science Institute calendar).
func TestLunarTable(t *testing.T) {
	ht, err := loadHolidays()
	if err != nil {
		t.Fatal(err)
	}
	known := []struct {
		year             int
		seollal, chuseok string
	}{
		{1997, "1997-02-08", "1997-09-16"}, // Korea's Seollal is a day after China's Spring Festival (UTC+9)
		{2000, "2000-02-05", "2000-09-12"},
		{2010, "2010-02-14", "2010-09-22"},
		{2015, "2015-02-19", "2015-09-27"},
		{2017, "2017-01-28", "2017-10-04"},
		{2019, "2019-02-05", "2019-09-13"},
		{2020, "2020-01-25", "2020-10-01"},
		{2021, "2021-02-12", "2021-09-21"},
		{2022, "2022-02-01", "2022-09-10"},
		{2023, "2023-01-22", "2023-09-29"},
		{2024, "2024-02-10", "2024-09-17"},
		{2025, "2025-01-29", "2025-10-06"},
	}
	for _, k := range known {
		v, ok := ht.lunar[k.year]
		if !ok || v[0].String() != k.seollal || v[1].String() != k.chuseok {
			t.Errorf("lunar.tsv %d = %v, want %s %s", k.year, v, k.seollal, k.chuseok)
		}
	}
	for y := 1990; y <= 2035; y++ {
		v, ok := ht.lunar[y]
		if !ok {
			t.Errorf("lunar.tsv: no row for %d", y)
			continue
		}
		// Seollal falls between Jan 21 and Feb 20, Chuseok between Sep 8 and Oct 8.
		if s := v[0]; s.Before(pipeline.MakeDate(y, 1, 21)) || pipeline.MakeDate(y, 2, 20).Before(s) {
			t.Errorf("lunar.tsv %d: Seollal %s out of range", y, s)
		}
		if c := v[1]; c.Before(pipeline.MakeDate(y, 9, 8)) || pipeline.MakeDate(y, 10, 8).Before(c) {
			t.Errorf("lunar.tsv %d: Chuseok %s out of range", y, c)
		}
	}
}

// TestEaster checks the computus against known Easter Sundays.
func TestEaster(t *testing.T) {
	for y, want := range map[int]string{1998: "1998-04-12", 2000: "2000-04-23", 2019: "2019-04-21", 2021: "2021-04-04", 2024: "2024-03-31", 2038: "2038-04-25"} {
		if got := easter(y).String(); got != want {
			t.Errorf("easter(%d) = %s, want %s", y, got, want)
		}
	}
}

// TestInferredAmbiguousNew: holidays and "July last year" resolved against an
// inferred document date keep the next year's reading as an alternative.
func TestInferredAmbiguousNew(t *testing.T) {
	ref := pipeline.DocDate{Date: mustDate(t, "2020-12-19"), Basis: pipeline.BasisInferred}
	in := "Smugglers were arrested over Chuseok. Trade stopped in July last year."
	ms := New(Options{}).Tag(in, nil, ref)
	for text, alt := range map[string]string{"Chuseok": "2021-09-21", "July last year": "2020-07"} {
		m, ok := findMention(ms, text)
		if !ok || !m.Ambiguous || len(m.Alternatives) != 1 || m.Alternatives[0] != alt {
			t.Errorf("Tag(%q): %q = %+v, want ambiguous with %s", in, text, m, alt)
		}
	}
}
