package dates

import (
	"testing"

	"geotimeline/pipeline"
)

// FuzzTag checks properties on any input: no panic; spans inside the text, on
// rune boundaries, Text == text[Start:End]; mentions sorted; intervals with
// Start <= End; the document date, when known, not before its Earliest.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On Feb. 15 the ministry issued an order.",
		"December 19, 2020\n\nIn April, Pyongyang extended the posture to the end of the year.",
		"SEOUL, Dec. 5 (Yonhap) -- Officials said on Sunday that last week's talks failed.",
		"between 2011 and 2014; from Feb. 15 to Mar. 1; Feb. 15–17; 1994-98; the mid-1990s; '90s",
		"a few weeks ago, two to three years, 3-6 months, every day, weekly, 19.12.2020, 2020/12/19",
		"the party's 76th anniversary on Sunday; COVID-19; Kim Jong-un; 73rd anniversary in September",
		"Feb. 29 Feb. 30 31 April 2021 0000-00-00 9999-99-99 Dec. 31, 2199 Jan. 1, 1000",
		"\xff\xfe Dec.\xff 5 \u2013 7 \u00a0May 2020",
		"the day before; the next day; the previous week; three days later; a decade ago",
		"the year-ago quarter; the comparable year-earlier third quarter; this year's second quarter; the 1988 period; year-earlier",
		"for the year; for the full year. the week's; the first half of 1989; the last half of this year; July last year",
		"Christmas 2019; last Thanksgiving; the Lunar New Year; Chuseok; Day of the Sun; Easter Sunday; Good Friday 1900",
		"2 1/2 years; two and a half days; a year and a half; half an hour; 1 3/4 quarters; recent years; then current",
		"In March, on the 23rd; on the 5th of last month; the 12th and 13th; from the 3rd to the 6th; on the 31st",
		"the last week of February 2020; the first week of this month; Aug. 12 and 14; March 3, 5 and 9, 2019; from late 2019 to early March",
		"Kang Mi Jin - 2019.09.20 4:30pm\nwww.kcna.kp (Juche113.6.13.) Juche 113 (2024); Juche0.13.40.; the Juche idea; Juche 999",
		"fired on Thursday, a day after it launched; A day after the vote, on Friday; the day before he fled; Eight days after the crash,",
		"dispatched a team this month; have arrested 20 this year; in the lead-up to Party Foundation Day on Oct. 10; ahead of the Apr. 15 holiday",
		"Posted on March 14, 2022 by Anna Berg\nFeb 7, 2021 | By Jun Ji-hye\nAugust 2, 2020 · 4 min read\nAnna Berg / Aug 2, 2020\nthe Sept. 19 military agreement; targets for launches in 2024",
		"PYONGYANG, Nov. 2 (KCNA) -- held on Wednesday, Nov. 2 (Wednesday), from June 28 to July 1, Juche 113 (2024); in 2022.03; from 2022.03 to 2023.01; rose 2022.03 points; 1.2022.03",
		"a day-long meeting; a months-long lockdown; yearlong; an 80-day-long drill; postponed until Tuesday; the people of tomorrow; that same day; as long as a month",
	} {
		f.Add(s, int64(0))
	}
	tg := New(Options{})
	f.Fuzz(func(t *testing.T, text string, days int64) {
		// Rune boundaries as range decodes them (an invalid byte is one rune).
		boundary := make([]bool, len(text)+1)
		for i := range text {
			boundary[i] = true
		}
		boundary[len(text)] = true
		refs := []pipeline.DocDate{
			{Basis: pipeline.BasisNone},
			{Date: pipeline.MakeDate(2020, 12, 19).AddDays(int(days % 100000)), Basis: pipeline.BasisPublished},
			DocumentDate(text),
		}
		dd := refs[2]
		if !dd.Date.IsZero() && !dd.Earliest.IsZero() && dd.Date.Before(dd.Earliest) {
			t.Errorf("DocumentDate(%q) = %+v: Date before Earliest", text, dd)
		}
		for _, ref := range refs {
			ms := tg.Tag(text, nil, ref)
			prev := -1
			for _, m := range ms {
				s, e := m.Span.Start, m.Span.End
				if s < 0 || e > len(text) || s > e {
					t.Fatalf("Tag(%q): span %d..%d out of range", text, s, e)
				}
				if !boundary[s] || !boundary[e] {
					t.Errorf("Tag(%q): span %d..%d not on rune boundaries", text, s, e)
				}
				if m.Text != text[s:e] {
					t.Errorf("Tag(%q): Text %q != text[%d:%d]", text, m.Text, s, e)
				}
				if s < prev {
					t.Errorf("Tag(%q): mentions not sorted", text)
				}
				prev = s
				if m.Interval.Known() && m.Interval.End.Before(m.Interval.Start) {
					t.Errorf("Tag(%q): %s: End before Start", text, format(m))
				}
				if m.Kind != pipeline.KindDate && m.Interval.Known() {
					t.Errorf("Tag(%q): %s: a %s with an interval", text, format(m), m.Kind)
				}
				if m.Value == "" {
					t.Errorf("Tag(%q): %s: empty value", text, format(m))
				}
			}
		}
	})
}
