package main

import (
	"io"
	"testing"

	"geotimeline/pipeline"
)

func TestGoldInterval(t *testing.T) {
	tests := []struct {
		v, start, end string
		ok            bool
	}{
		{"1998-08-07", "1998-08-07", "1998-08-07", true},
		{"1998-08-07TNI", "1998-08-07", "1998-08-07", true},
		{"1998-08", "1998-08-01", "1998-08-31", true},
		{"1989", "1989-01-01", "1989-12-31", true},
		{"199", "1990-01-01", "1999-12-31", true},
		{"1989-Q3", "1989-07-01", "1989-09-30", true},
		{"1989-H2", "1989-07-01", "1989-12-31", true},
		{"1998-SU", "1998-06-01", "1998-08-31", true},
		{"1989-W43", "1989-10-23", "1989-10-29", true},
		{"1989-W44-WE", "1989-10-30", "1989-11-05", true},
		{"PRESENT_REF", "", "", false},
		{"XXXX-04", "", "", false},
		{"1989-WXX", "", "", false},
		{"P3Y", "", "", false},
	}
	for _, tc := range tests {
		iv, ok := goldInterval(tc.v)
		if ok != tc.ok || ok && (iv.Start.String() != tc.start || iv.End.String() != tc.end) {
			t.Errorf("goldInterval(%q) = %v, %v; want %s..%s, %v", tc.v, iv, ok, tc.start, tc.end, tc.ok)
		}
	}
}

func TestSentenceAround(t *testing.T) {
	text := "Prices fell. On Oct. 26 the U.S. index rose 3%. Then it fell."
	s, e := sentenceAround(text, 16, 23) // "Oct. 26"
	if got := text[s:e]; got != "On Oct. 26 the U.S. index rose 3%." {
		t.Errorf("sentenceAround = %q", got)
	}
}

func TestScore(t *testing.T) {
	d := func(s string) pipeline.Date { x, _ := pipeline.ParseDate(s); return x }
	st := &set{name: "t", sents: []sentence{{Text: "x", Ref: "2020-01-01"}},
		items: []item{{sent: 0, start: 0, end: 4, gold: pipeline.Interval{Start: d("2020-02-01"), End: d("2020-02-29")}, value: "2020-02"}}}
	right := [][]found{{{start: 0, end: 4, lo: d("2020-02-15"), hi: d("2020-02-15")}}}
	wrong := [][]found{{{start: 0, end: 4, lo: d("2019-02-15"), hi: d("2019-02-15")}}}
	wide := [][]found{{{start: 2, end: 8, lo: d("2020-01-01"), hi: d("2020-12-31"), value: "2020"}}}
	if sc := score(st, right, "x", io.Discard); sc.found != 1 || sc.correct != 1 {
		t.Errorf("right: %+v", sc)
	}
	if sc := score(st, wrong, "x", io.Discard); sc.found != 1 || sc.correct != 0 {
		t.Errorf("wrong: %+v", sc)
	}
	if sc := score(st, wide, "x", io.Discard); sc.found != 1 || sc.correct != 0 {
		t.Errorf("a year for a month is too wide: %+v", sc)
	}
}
