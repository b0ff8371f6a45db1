package dates

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

func mustDate(t testing.TB, s string) pipeline.Date {
	t.Helper()
	if s == "" {
		return pipeline.Date{}
	}
	d, err := pipeline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// dct is the document date of the table tests: Saturday, December 19, 2020.
func dct(t testing.TB) pipeline.DocDate {
	return pipeline.DocDate{Date: mustDate(t, "2020-12-19"), Basis: pipeline.BasisPublished, Evidence: "test"}
}

type want struct {
	text       string // the mention's text
	kind       pipeline.DateKind
	value      string
	start, end string // interval; "" = unknown
	prec       pipeline.Precision
	anchor     pipeline.Anchor // "" = do not check
}

// findMention returns the mention whose text is w.text.
func findMention(ms []pipeline.DateMention, text string) (pipeline.DateMention, bool) {
	for _, m := range ms {
		if m.Text == text {
			return m, true
		}
	}
	return pipeline.DateMention{}, false
}

// mentionCase is a text tagged against a publication date (dct) and the
// mentions it must hold.
type mentionCase struct {
	name, dct, in string
	ws            []want
}

// runMentionCases tags each case's text against its date and checks its
// mentions.
func runMentionCases(t *testing.T, tests []mentionCase) {
	t.Helper()
	tg := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ref := pipeline.DocDate{Date: mustDate(t, tc.dct), Basis: pipeline.BasisPublished}
			ms := tg.Tag(tc.in, nil, ref)
			for _, w := range tc.ws {
				checkMention(t, tc.in, ms, w)
			}
		})
	}
}

// noMentionCase is a text and a phrase of it that must not be tagged.
type noMentionCase struct{ name, in, notText string }

// runNoMentionCases checks that no case's phrase is tagged.
func runNoMentionCases(t *testing.T, tests []noMentionCase) {
	t.Helper()
	tg := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkNoMention(t, tg, tc.in, tc.notText)
		})
	}
}

// checkAlternative checks, for the date w names, that it is ambiguous with
// the single alternative alt, or not ambiguous when alt is "".
func checkAlternative(t *testing.T, in string, ms []pipeline.DateMention, w want, alt string) {
	t.Helper()
	m, ok := findMention(ms, w.text)
	if !ok || w.kind != D {
		return
	}
	switch {
	case alt == "" && m.Ambiguous:
		t.Errorf("Tag(%q): %s ambiguous with %v, want not ambiguous", in, format(m), m.Alternatives)
	case alt != "" && (!m.Ambiguous || len(m.Alternatives) != 1 || m.Alternatives[0] != alt):
		t.Errorf("Tag(%q): %s alternatives %v, want [%s]", in, format(m), m.Alternatives, alt)
	}
}

// checkNoMention checks that tagging in (against dct) yields no mention
// whose text is notText.
func checkNoMention(t *testing.T, tg *Tagger, in, notText string) {
	t.Helper()
	for _, m := range tg.Tag(in, nil, dct(t)) {
		if m.Text == notText {
			t.Errorf("Tag(%q) = %s, want no mention %q", in, format(m), notText)
		}
	}
}

func checkMention(t *testing.T, in string, ms []pipeline.DateMention, w want) {
	t.Helper()
	m, ok := findMention(ms, w.text)
	if !ok {
		var got []string
		for _, m := range ms {
			got = append(got, format(m))
		}
		t.Errorf("Tag(%q): no mention %q; got %v", in, w.text, got)
		return
	}
	if m.Kind != w.kind || m.Value != w.value || m.Interval.Start != mustDate(t, w.start) || m.Interval.End != mustDate(t, w.end) ||
		(w.prec != "" && m.Precision != w.prec) || (w.anchor != "" && m.Anchor != w.anchor) {
		t.Errorf("Tag(%q): %s,\n want %q %s %s [%s..%s %s] %s", in, format(m), w.text, w.kind, w.value, w.start, w.end, w.prec, w.anchor)
	}
}

const (
	D   = pipeline.KindDate
	Dur = pipeline.KindDuration
	Set = pipeline.KindSet
)

func TestTagNewsMode(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// Full dates.
		{"month day year", "The meeting took place on December 19, 2020 in the capital.",
			[]want{{"December 19, 2020", D, "2020-12-19", "2020-12-19", "2020-12-19", "day", "explicit"}}},
		{"day month year", "It was signed on 19 December 2020.",
			[]want{{"19 December 2020", D, "2020-12-19", "2020-12-19", "2020-12-19", "day", "explicit"}}},
		{"abbreviated", "Troops arrived Dec. 19, 2020, officials said.",
			[]want{{"Dec. 19, 2020", D, "2020-12-19", "2020-12-19", "2020-12-19", "day", "explicit"}}},
		{"ordinal", "Trading resumed on Dec 19th, 2020 at the port.",
			[]want{{"Dec 19th, 2020", D, "2020-12-19", "2020-12-19", "2020-12-19", "day", "explicit"}}},
		{"iso", "Filed 2020-12-19 by the court.",
			[]want{{"2020-12-19", D, "2020-12-19", "2020-12-19", "2020-12-19", "day", "explicit"}}},
		{"slashes", "Logged 2020/12/19 in the register.",
			[]want{{"2020/12/19", D, "2020-12-19", "2020-12-19", "2020-12-19", "day", "explicit"}}},
		{"dotted", "Stamped 19.12.2020 at the border post.",
			[]want{{"19.12.2020", D, "2020-12-19", "2020-12-19", "2020-12-19", "day", "explicit"}}},
		{"weekday", "Saturday, Dec. 19, 2020 was cold.",
			[]want{{"Saturday, Dec. 19, 2020", D, "2020-12-19", "2020-12-19", "2020-12-19", "day", "explicit"}}},

		// Partial dates against the DCT (news reports the past).
		{"month day", "The order was issued on Feb. 15 by the ministry.",
			[]want{{"Feb. 15", D, "2020-02-15", "2020-02-15", "2020-02-15", "day", "dct"}}},
		{"month day after dct goes back a year", "Smugglers were arrested on Dec. 25 near the river.",
			[]want{{"Dec. 25", D, "2019-12-25", "2019-12-25", "2019-12-25", "day", "dct"}}},
		{"month day forward", "The new rules will take effect on Jan. 5, officials said.",
			[]want{{"Jan. 5", D, "2021-01-05", "2021-01-05", "2021-01-05", "day", "dct"}}},
		{"would after, past hope", "Merchants hoped imports would resume after Feb. 15, a trader said.",
			[]want{{"Feb. 15", D, "2020-02-15", "2020-02-15", "2020-02-15", "day", "dct"}}},
		{"mar", "Police raided the market on Mar. 27 again.",
			[]want{{"Mar. 27", D, "2020-03-27", "2020-03-27", "2020-03-27", "day", "dct"}}},
		{"the 5th", "The inspection happened on the 5th.",
			[]want{{"the 5th", D, "2020-12-05", "2020-12-05", "2020-12-05", "day", "dct"}}},
		{"month year", "Goods crossed the river in August 2019.",
			[]want{{"August 2019", D, "2019-08", "2019-08-01", "2019-08-31", "month", "explicit"}}},
		{"month alone", "In November, the city was sealed off.",
			[]want{{"November", D, "2020-11", "2020-11-01", "2020-11-30", "month", "dct"}}},
		{"same month counts", "In December, new checkpoints went up.",
			[]want{{"December", D, "2020-12", "2020-12-01", "2020-12-31", "month", "dct"}}},
		{"year", "He fled to the South in 2014.",
			[]want{{"2014", D, "2014", "2014-01-01", "2014-12-31", "year", "explicit"}}},
		{"decade", "Famine struck in the 1990s.",
			[]want{{"1990s", D, "199", "1990-01-01", "1999-12-31", "decade", "explicit"}}},
		{"mid decade", "Services declined since the mid-1990s.",
			[]want{{"mid-1990s", D, "199", "1994-01-01", "1996-12-31", "decade", "explicit"}}},
		{"early decade", "This was in the early 1990s.",
			[]want{{"early 1990s", D, "199", "1990-01-01", "1993-12-31", "decade", "explicit"}}},
		{"late decade", "Markets spread in the late 1990s.",
			[]want{{"late 1990s", D, "199", "1997-01-01", "1999-12-31", "decade", "explicit"}}},
		{"late year", "Measures were imposed in late 2020.",
			[]want{{"late 2020", D, "2020", "2020-09-01", "2020-12-31", "month", "explicit"}}},
		{"late month", "The posture was raised in late November.",
			[]want{{"late November", D, "2020-11", "2020-11-21", "2020-11-30", "week", "dct"}}},
		{"early this year", "The border closed early this year.",
			[]want{{"early this year", D, "2020", "2020-01-01", "2020-04-30", "month", "dct"}}},
		{"spring year", "Planting began in spring 2020.",
			[]want{{"spring 2020", D, "2020-SP", "2020-03-01", "2020-05-31", "season", "explicit"}}},
		{"last summer", "Floods hit the county last summer.",
			[]want{{"last summer", D, "2020-SU", "2020-06-01", "2020-08-31", "season", "dct"}}},
		{"end of month", "Trade went on until the closure at the end of January.",
			[]want{{"the end of January", D, "2020-01", "2020-01-21", "2020-01-31", "week", "dct"}}},
		{"beginning of year", "Prices rose from the beginning of the year.",
			[]want{{"the beginning of the year", D, "2020", "2020-01-01", "2020-04-30", "month", "dct"}}},
		{"end of year", "The posture was extended to the end of the year.",
			[]want{{"the end of the year", D, "2020", "2020-12-01", "2020-12-31", "month", "dct"}}},

		// Relative.
		{"today", "Officials met today in Sinuiju.",
			[]want{{"today", D, "2020-12-19", "2020-12-19", "2020-12-19", "day", "dct"}}},
		{"yesterday", "A smuggler was executed yesterday.",
			[]want{{"yesterday", D, "2020-12-18", "2020-12-18", "2020-12-18", "day", "dct"}}},
		{"on sunday", "The rally was held on Sunday in the square.",
			[]want{{"Sunday", D, "2020-12-13", "2020-12-13", "2020-12-13", "day", "dct"}}},
		{"last tuesday", "Guards were replaced last Tuesday.",
			[]want{{"last Tuesday", D, "2020-12-15", "2020-12-15", "2020-12-15", "day", "dct"}}},
		{"last week", "The lecture was held last week.",
			[]want{{"last week", D, "2020-W50", "2020-12-07", "2020-12-13", "week", "dct"}}},
		{"last month", "Arrests began last month.",
			[]want{{"last month", D, "2020-11", "2020-11-01", "2020-11-30", "month", "dct"}}},
		{"last year", "Exports fell last year.",
			[]want{{"last year", D, "2019", "2019-01-01", "2019-12-31", "year", "dct"}}},
		{"earlier this month", "RFA reported earlier this month that prices rose.",
			[]want{{"earlier this month", D, "2020-12", "2020-12-01", "2020-12-19", "", "dct"}}},
		{"later this month", "The rule takes effect later this month.",
			[]want{{"later this month", D, "2020-12", "2020-12-19", "2020-12-31", "", "dct"}}},
		{"this month", "Traders plan to wait and watch for the rest of this month.",
			[]want{{"this month", D, "2020-12", "2020-12-01", "2020-12-31", "month", "dct"}}},
		{"a few weeks ago", "Brokers detained a few weeks ago were tried.",
			[]want{{"a few weeks ago", D, "2020-WXX", "2020-11-07", "2020-12-05", "week", "dct"}}},
		{"two days ago", "The checkpoint opened two days ago.",
			[]want{{"two days ago", D, "2020-12-17", "2020-12-17", "2020-12-17", "day", "dct"}}},
		{"three years ago", "He defected three years ago.",
			[]want{{"three years ago", D, "2017", "2017-01-01", "2017-12-31", "year", "dct"}}},
		{"since last month", "Since last month, the authorities intensified their efforts.",
			[]want{{"last month", D, "2020-11", "2020-11-01", "2020-11-30", "month", "dct"}}},
		{"recently", "Kim recently ordered a crackdown.",
			[]want{{"recently", D, "PAST_REF", "", "", "unknown", "none"}}},
		{"now", "The border is now closed.",
			[]want{{"now", D, "PRESENT_REF", "2020-12-19", "2020-12-19", "day", "dct"}}},
		{"currently", "They are currently under investigation.",
			[]want{{"currently", D, "PRESENT_REF", "2020-12-19", "2020-12-19", "day", "dct"}}},
		{"next month", "The trial opens next month.",
			[]want{{"next month", D, "2021-01", "2021-01-01", "2021-01-31", "month", "dct"}}},

		// Ranges and lists.
		{"from to", "Trade was suspended from Feb. 15 to Mar. 1.",
			[]want{{"Feb. 15 to Mar. 1", D, "2020-02-15/2020-03-01", "2020-02-15", "2020-03-01", "day", "dct"}}},
		{"day range", "Inspections ran Feb. 15–17 across the province.",
			[]want{{"Feb. 15–17", D, "2020-02-15/2020-02-17", "2020-02-15", "2020-02-17", "day", "dct"}}},
		{"between years", "He worked there between 2011 and 2014.",
			[]want{{"2011 and 2014", D, "2011/2014", "2011-01-01", "2014-12-31", "year", "explicit"}}},
		{"consecutive months", "Several incidents in October and November alarmed officials.",
			[]want{{"October and November", D, "2020-10/2020-11", "2020-10-01", "2020-11-30", "month", "dct"}}},
		{"short year range", "The famine of 1994-98 killed many.",
			[]want{{"1994-98", D, "1994/1998", "1994-01-01", "1998-12-31", "year", "explicit"}}},
		{"year range", "The famine of 1994-1998 killed many.",
			[]want{{"1994-1998", D, "1994/1998", "1994-01-01", "1998-12-31", "year", "explicit"}}},

		// Times of day, quarters, year ends, spoken years, lists.
		{"clock with weekday", "The raid began at 10 p.m. Wednesday, police said.",
			[]want{{"10 p.m. Wednesday", D, "2020-12-16T22:00", "2020-12-16", "2020-12-16", "day", "dct"}}},
		{"clock alone", "The blast occurred at about 10:35 a.m. near the station.",
			[]want{{"10:35 a.m.", D, "2020-12-19T10:35", "2020-12-19", "2020-12-19", "day", "dct"}}},
		{"this morning", "Officials confirmed this morning that the gate was shut.",
			[]want{{"this morning", D, "2020-12-19TMO", "2020-12-19", "2020-12-19", "day", "dct"}}},
		{"last night", "Guards fired shots last night.",
			[]want{{"last night", D, "2020-12-18TNI", "2020-12-18", "2020-12-18", "day", "dct"}}},
		{"the weekend", "Markets were quiet over the weekend.",
			[]want{{"the weekend", D, "2020-W51-WE", "2020-12-19", "2020-12-20", "day", "dct"}}},
		{"third quarter", "Exports fell in the third quarter.",
			[]want{{"the third quarter", D, "2020-Q3", "2020-07-01", "2020-09-30", "season", "dct"}}},
		{"year end", "The deal should close by year-end.",
			[]want{{"year-end", D, "2020", "2020-12-01", "2020-12-31", "month", "dct"}}},
		{"spoken year", "In nineteen ninety-six the famine peaked.",
			[]want{{"nineteen ninety-six", D, "1996", "1996-01-01", "1996-12-31", "year", "explicit"}}},
		{"list of years", "Purges took place in 1994, 1995 and 1997.",
			[]want{{"1995", D, "1995", "1995-01-01", "1995-12-31", "year", "explicit"}, {"1997", D, "1997", "1997-01-01", "1997-12-31", "year", "explicit"}}},
		{"consecutive days", "The summit is held on April 24 and 25 in Pyongyang.",
			[]want{{"April 24 and 25", D, "2020-04-24/2020-04-25", "2020-04-24", "2020-04-25", "day", "dct"}}},
		{"adjectival year", "His unsuccessful 1996 campaign ended early.",
			[]want{{"1996", D, "1996", "1996-01-01", "1996-12-31", "year", "explicit"}}},
		{"weekday reported speech", "Castro said he would be traveling Thursday with his wife.",
			[]want{{"Thursday", D, "2020-12-17", "2020-12-17", "2020-12-17", "day", "dct"}}},
		{"weekday strong cue", "The envoy will arrive on Tuesday.",
			[]want{{"Tuesday", D, "2020-12-22", "2020-12-22", "2020-12-22", "day", "dct"}}},
		{"weekday with date picks the year", "Published Monday, Oct. 26 in the paper.",
			[]want{{"Monday, Oct. 26", D, "2020-10-26", "2020-10-26", "2020-10-26", "day", "dct"}}},

		// Durations and sets are not dates.
		{"reporting period", "Net income for the fiscal year ended Sept. 30 rose.",
			[]want{{"the fiscal year", Dur, "P1Y", "", "", "", "none"}}},
		{"two to three years", "Each broker got two to three years of hard labor.",
			[]want{{"two to three years", Dur, "P2Y", "", "", "", "none"}}},
		{"3-6 months", "Prison sentences of 3-6 months are given.",
			[]want{{"3-6 months", Dur, "P3M", "", "", "", "none"}}},
		{"30 years", "After spending 30 years in the regime he fled.",
			[]want{{"30 years", Dur, "P30Y", "", "", "", "none"}}},
		{"five or six years", "He stayed in the office for five or six years before going home.",
			[]want{{"five or six years", Dur, "P5Y", "", "", "", "none"}}},
		{"weekly", "During weekly meetings, leaders ask residents to confess.",
			[]want{{"weekly", Set, "P1W", "", "", "", "none"}}},
		{"every day", "Patrols pass every day.",
			[]want{{"every day", Set, "P1D", "", "", "", "none"}}},
	}
	tg := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := tg.Tag(tc.in, nil, dct(t))
			for _, w := range tc.want {
				checkMention(t, tc.in, ms, w)
			}
		})
	}
}

// TestTagNegatives lists texts that hold no date at all.
func TestTagNegatives(t *testing.T) {
	tests := []string{
		"They sealed off the entire city of 200,000.",
		"The group shipped gold valued at U.S. $6.5 million across the river.",
		"Beijing and Pyongyang closed their 880-mile border.",
		"The capital marked its 73rd anniversary with a parade.",
		"Soldiers may shoot anyone within 1 kilometer of the border.",
		"The decree, No. 380, was read aloud.",
		"Call 02-2123-4567 or +82 10 1234 5678 for details.",
		"They may not return, officials said.",
		"It was a long march through the mountains.",
		"Updated on",
		"About 2,000 people attended.",
		"Some 1,500 soldiers and 3000 troops were deployed.",
		"The 2000 people who signed were arrested.",
		"April Kim reported from Seoul.",
		"A second source confirmed the order.",
		"Version 1.2.2020 of the app was released.",
	}
	tg := New(Options{})
	for _, in := range tests {
		for _, m := range tg.Tag(in, nil, dct(t)) {
			if m.Kind == pipeline.KindDate {
				t.Errorf("Tag(%q) = %s, want no date", in, format(m))
			}
		}
	}
}

// TestTagNoDocDate: without a document date nothing gets a guessed year.
func TestTagNoDocDate(t *testing.T) {
	in := "On Feb. 15 the ministry issued an order. In April, it was extended. Arrests began last month."
	ms := New(Options{}).Tag(in, nil, pipeline.DocDate{Basis: pipeline.BasisNone})
	for _, w := range []want{
		{"Feb. 15", D, "XXXX-02-15", "", "", "unknown", "none"},
		{"April", D, "XXXX-04", "", "", "unknown", "none"},
		{"last month", D, "XXXX-XX", "", "", "unknown", "none"},
	} {
		checkMention(t, in, ms, w)
	}
}

// TestNarrativeAnchor: relative expressions near a framing date anchor on it.
func TestNarrativeAnchor(t *testing.T) {
	tests := []struct {
		name string
		in   string
		w    want
	}{
		{"attribution in the same sentence",
			"“Since last month, the authorities intensified their efforts,” a resident told the radio station Nov. 5.",
			want{"last month", D, "2020-10", "2020-10-01", "2020-10-31", "month", "narrative"}},
		{"sentence-opening date, same sentence",
			"On Mar. 27, a trader said brokers detained a few weeks ago were tried.",
			want{"a few weeks ago", D, "2020-WXX", "2020-02-14", "2020-03-13", "week", "narrative"}},
		{"paragraph right after",
			"On Mar. 27, a source in the province informed reporters of the crackdown.\n\nThe smugglers were caught last week, he said.",
			want{"last week", D, "2020-W12", "2020-03-16", "2020-03-22", "week", "narrative"}},
		{"two paragraphs later: back to the DCT",
			"On Mar. 27, a source in the province informed reporters of the crackdown.\n\nPrices rose.\n\nThe smugglers were caught last week.",
			want{"last week", D, "2020-W50", "2020-12-07", "2020-12-13", "week", "dct"}},
		{"a date inside the clause does not frame",
			"Officials said yesterday that the Feb. 15 order stands.",
			want{"yesterday", D, "2020-12-18", "2020-12-18", "2020-12-18", "day", "dct"}},
		{"that year",
			"He fled in June 1998 and returned to Cuba later that year.",
			want{"later that year", D, "1998", "1998-06-01", "1998-12-31", "", "narrative"}},
		{"that day",
			"The vote was held on Oct. 10. Troops sealed the roads that day.",
			want{"that day", D, "2020-10-10", "2020-10-10", "2020-10-10", "day", "narrative"}},
		{"the day before",
			"The vote was held on Oct. 10. The day before, troops had sealed the roads.",
			want{"The day before", D, "2020-10-09", "2020-10-09", "2020-10-09", "day", "narrative"}},
	}
	tg := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMention(t, tc.in, tg.Tag(tc.in, nil, dct(t)), tc.w)
		})
	}
}

// TestTagInferredAmbiguous: partial dates against an inferred document date
// carry the next year's reading as an alternative.
func TestTagInferredAmbiguous(t *testing.T) {
	ref := pipeline.DocDate{Date: mustDate(t, "2020-02-17"), Earliest: mustDate(t, "2020-02-01"), Basis: pipeline.BasisInferred}
	ms := New(Options{}).Tag("On Feb. 15 the order was issued.", nil, ref)
	m, ok := findMention(ms, "Feb. 15")
	if !ok || m.Value != "2020-02-15" || !m.Ambiguous || len(m.Alternatives) != 1 || m.Alternatives[0] != "2021-02-15" {
		t.Errorf("Tag = %+v, want 2020-02-15 ambiguous with 2021-02-15", ms)
	}
}

func TestForward(t *testing.T) {
	ms := New(Options{}).Tag("Talks will resume next month. They ended last month.", nil, dct(t))
	if m, _ := findMention(ms, "next month"); !m.Forward {
		t.Errorf("next month: Forward = false, want true")
	}
	if m, _ := findMention(ms, "last month"); m.Forward {
		t.Errorf("last month: Forward = true, want false")
	}
}

func TestProcess(t *testing.T) {
	tg := New(Options{})
	if tg.Name() != "dates" {
		t.Errorf("Name() = %q", tg.Name())
	}
	it := &pipeline.Item{Doc: pipeline.Document{Text: "In April, the border was closed.", Published: mustDate(t, "2021-10-12")}}
	if err := tg.Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	if it.DocDate.Basis != pipeline.BasisPublished || it.DocDate.Evidence != "metadata" || it.DocDate.Date != mustDate(t, "2021-10-12") {
		t.Errorf("DocDate = %+v", it.DocDate)
	}
	if len(it.Dates) != 1 || it.Dates[0].Value != "2021-04" {
		t.Errorf("Dates = %+v", it.Dates)
	}
	// Without metadata: the dateline.
	it = &pipeline.Item{Doc: pipeline.Document{Text: "Headline\nDecember 19, 2020\n\nIn April, the border was closed."}}
	if err := tg.Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	if it.DocDate.Basis != pipeline.BasisPublished || it.DocDate.Date != mustDate(t, "2020-12-19") {
		t.Errorf("DocDate = %+v", it.DocDate)
	}
	for i := 1; i < len(it.Dates); i++ {
		if it.Dates[i].Span.Start < it.Dates[i-1].Span.Start {
			t.Errorf("Dates not sorted: %v", it.Dates)
		}
	}
	// Cancelled.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := tg.Process(ctx, &pipeline.Item{}); err == nil {
		t.Error("Process(cancelled) = nil, want error")
	}
	// No date at all: a diagnostic, Basis none.
	it = &pipeline.Item{Doc: pipeline.Document{Text: "Officials ordered a crackdown.", Path: "a.txt"}}
	if err := tg.Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	if it.DocDate.Basis != pipeline.BasisNone || len(it.Diags) != 1 || !strings.Contains(it.Diags[0].Msg, "no document date") {
		t.Errorf("DocDate = %+v, Diags = %v", it.DocDate, it.Diags)
	}
}

func TestWithSentences(t *testing.T) {
	in := "On Mar. 27, a source said so. Smugglers were caught last week."
	sents := []pipeline.Sentence{{Span: pipeline.Span{Start: 0, End: 29}}, {Span: pipeline.Span{Start: 30, End: len(in)}}}
	ms := New(Options{}).Tag(in, sents, dct(t))
	checkMention(t, in, ms, want{"last week", D, "2020-W12", "2020-03-16", "2020-03-22", "week", "narrative"})
}

// TestWeakForward: "would resume after Feb. 15" read on Feb. 17 is this
// year's Feb. 15; read in December it is ambiguous, the next Feb. 15 first.
func TestWeakForward(t *testing.T) {
	in := "Some merchants hoped imports would resume after Feb. 15, a trader said."
	tg := New(Options{})
	ms := tg.Tag(in, nil, pipeline.DocDate{Date: mustDate(t, "2020-02-17"), Basis: pipeline.BasisPublished})
	checkMention(t, in, ms, want{"Feb. 15", D, "2020-02-15", "2020-02-15", "2020-02-15", "day", "dct"})
	in = "Merchants say imports would resume after Feb. 15."
	ms = tg.Tag(in, nil, dct(t))
	checkMention(t, in, ms, want{"Feb. 15", D, "2021-02-15", "2021-02-15", "2021-02-15", "day", "dct"})
	if m, _ := findMention(ms, "Feb. 15"); !m.Ambiguous || len(m.Alternatives) != 1 || m.Alternatives[0] != "2020-02-15" || !m.Forward {
		t.Errorf("Tag(%q) = %+v, want forward, ambiguous with 2020-02-15", in, m)
	}
}

// format renders a mention for test messages.
func format(m pipeline.DateMention) string {
	return fmt.Sprintf("%q %s %s [%s..%s %s] %s", m.Text, m.Kind, m.Value, m.Interval.Start, m.Interval.End, m.Precision, m.Anchor)
}
