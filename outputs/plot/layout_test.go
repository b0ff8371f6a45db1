package plot

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"geotimeline/pipeline"
)

func ymd(y int, m time.Month, d int) pipeline.Date { return pipeline.MakeDate(y, m, d) }

func ev(id, typ string, start, end pipeline.Date, p pipeline.Precision) pipeline.Event {
	return pipeline.Event{ID: id, Type: typ, Date: pipeline.Interval{Start: start, End: end, Precision: p}}
}

func TestLayoutPacking(t *testing.T) {
	var events []pipeline.Event
	// Ten events on the same day and one over the whole month, in one lane:
	// they must stack; a later event reuses the first free sub-row.
	for i := range 10 {
		events = append(events, ev(fmt.Sprintf("d%d", i), "arrest", ymd(2020, 3, 5), ymd(2020, 3, 5), pipeline.PrecisionDay))
	}
	events = append(events,
		ev("m", "arrest", ymd(2020, 3, 1), ymd(2020, 3, 31), pipeline.PrecisionMonth),
		ev("late", "arrest", ymd(2020, 6, 1), ymd(2020, 6, 1), pipeline.PrecisionDay),
		ev("y", "order", ymd(2020, 1, 1), ymd(2020, 12, 31), pipeline.PrecisionYear),
		pipeline.Event{ID: "u1", Type: "order"},
		pipeline.Event{ID: "u2", Type: "crackdown"},
		pipeline.Event{ID: "u3", Type: "order"},
	)
	c := layout(events, Options{})
	if got := []string{c.lanes[0].typ, c.lanes[1].typ}; len(c.lanes) != 2 || got[0] != "arrest" || got[1] != "order" {
		t.Fatalf("lanes = %v, want arrest, order", c.lanes)
	}
	if c.lanes[0].rows != 11 || c.lanes[0].n != 12 || c.lanes[1].rows != 1 {
		t.Errorf("lane rows/n = %+v", c.lanes)
	}
	if c.nUndated != 3 || c.undated[0] != (typeCount{"order", 2}) || c.undated[1] != (typeCount{"crackdown", 1}) {
		t.Errorf("undated = %d %v", c.nUndated, c.undated)
	}
	byID := map[string]mark{}
	for _, m := range c.marks {
		byID[m.id] = m
	}
	if byID["m"].row != 0 || byID["m"].style != bar {
		t.Errorf("month mark = %+v, want row 0 (longest first), style bar", byID["m"])
	}
	if byID["late"].row != 0 {
		t.Errorf("later event in row %d, want the first free row 0", byID["late"].row)
	}
	if byID["y"].style != thin || byID["d0"].style != tick {
		t.Errorf("styles: year %v, day %v", byID["y"].style, byID["d0"].style)
	}
	checkNoOverlap(t, c)
	if c.overlaps != 0 {
		t.Errorf("overlaps = %d, want 0", c.overlaps)
	}
	if c.units != 11+laneGap+1 {
		t.Errorf("units = %v, want %v", c.units, 11+laneGap+1)
	}
}

// checkNoOverlap asserts that marks sharing a sub-row do not overlap as drawn.
func checkNoOverlap(t *testing.T, c *chart) {
	t.Helper()
	minDays := minMarkPt / (c.dataPt / (c.xmax - c.xmin))
	type key struct{ lane, row int }
	rows := map[key][]mark{}
	for _, m := range c.marks {
		if m.x0 < c.xmin || m.x1 > c.xmax {
			t.Errorf("mark %s [%v, %v) outside axis [%v, %v]", m.id, m.x0, m.x1, c.xmin, c.xmax)
		}
		rows[key{m.lane, m.row}] = append(rows[key{m.lane, m.row}], m)
	}
	for k, ms := range rows {
		slices.SortFunc(ms, func(a, b mark) int { return int(math.Copysign(1, a.x0-b.x0)) })
		for i := 1; i < len(ms); i++ {
			if end := max(ms[i-1].x1, ms[i-1].x0+minDays); end > ms[i].x0 {
				t.Errorf("lane %d row %d: %s (to %v) overlaps %s (from %v)", k.lane, k.row, ms[i-1].id, end, ms[i].id, ms[i].x0)
			}
		}
	}
}

func TestLayoutCap(t *testing.T) {
	var events []pipeline.Event
	for i := range maxRows + 10 {
		events = append(events, ev(fmt.Sprintf("e%02d", i), "lockdown", ymd(2021, 1, 1), ymd(2021, 12, 31), pipeline.PrecisionYear))
	}
	c := layout(events, Options{})
	if c.lanes[0].rows != maxRows || c.overlaps != 10 {
		t.Errorf("rows %d overlaps %d, want %d and 10", c.lanes[0].rows, c.overlaps, maxRows)
	}
	if c.height > maxHeight || c.height < minHeight {
		t.Errorf("height %v outside [%v, %v]", c.height, minHeight, maxHeight)
	}
}

func TestLayoutOddIntervals(t *testing.T) {
	events := []pipeline.Event{
		ev("no-end", "order", ymd(2020, 5, 1), pipeline.Date{}, pipeline.PrecisionDay),
		ev("reversed", "order", ymd(2020, 5, 9), ymd(2020, 5, 2), ""),
		ev("no-precision-long", "order", ymd(2020, 1, 1), ymd(2020, 6, 30), ""),
		{ID: "untyped", Date: pipeline.Interval{Start: ymd(2020, 2, 2), End: ymd(2020, 2, 2)}},
	}
	c := layout(events, Options{})
	byID := map[string]mark{}
	for _, m := range c.marks {
		byID[m.id] = m
	}
	for _, id := range []string{"no-end", "reversed"} {
		if m := byID[id]; m.x1 != m.x0+1 {
			t.Errorf("%s spans %v days, want 1", id, m.x1-m.x0)
		}
	}
	if byID["no-precision-long"].style != thin || byID["reversed"].style != tick {
		t.Errorf("styles by length: %v, %v", byID["no-precision-long"].style, byID["reversed"].style)
	}
	if c.lanes[0].typ != "(untyped)" {
		t.Errorf("lanes = %v, want (untyped) first", c.lanes)
	}
	checkNoOverlap(t, c)
}

func TestAxisRange(t *testing.T) {
	d := func(y int, m time.Month, dd int) float64 { return days(ymd(y, m, dd)) }
	tests := []struct {
		lo, hi, wantLo, wantHi float64
	}{
		{d(2020, 3, 5), d(2020, 3, 6), d(2020, 3, 4), d(2020, 3, 7)},   // short: a day each side
		{d(2020, 3, 5), d(2020, 9, 17), d(2020, 3, 1), d(2020, 10, 1)}, // long: whole months
		{d(2020, 3, 1), d(2021, 1, 1), d(2020, 3, 1), d(2021, 1, 1)},   // already on month starts
	}
	for _, tc := range tests {
		lo, hi := axisRange(tc.lo, tc.hi)
		if lo != tc.wantLo || hi != tc.wantHi {
			t.Errorf("axisRange(%v, %v) = %v, %v; want %v, %v", dateOf(tc.lo), dateOf(tc.hi), dateOf(lo), dateOf(hi), dateOf(tc.wantLo), dateOf(tc.wantHi))
		}
	}
}

func TestTicks(t *testing.T) {
	d := func(y int, m time.Month, dd int) float64 { return days(ymd(y, m, dd)) }
	tests := []struct {
		name      string
		lo, hi    float64
		unit      unit
		first     string
		maxLabels int
	}{
		{"three weeks", d(2020, 3, 1), d(2020, 3, 22), day, "1 Mar 2020", 12},
		{"six months", d(2020, 1, 1), d(2020, 7, 1), month, "Jan 2020", 12},
		{"three years", d(2019, 1, 1), d(2022, 1, 1), month, "Jan 2019", 14},
		{"thirty years", d(1990, 1, 1), d(2020, 1, 1), year, "1990", 20},
		{"decade start mid-year", d(2003, 6, 1), d(2014, 2, 1), year, "2004", 20},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ticks := calendarTicks{dataPt: 710}.Ticks(tc.lo, tc.hi)
			var labels []string
			for _, tk := range ticks {
				if tk.Value < tc.lo || tk.Value > tc.hi {
					t.Errorf("tick %v outside [%v, %v]", tk.Value, tc.lo, tc.hi)
				}
				if tk.Label == "" {
					continue
				}
				labels = append(labels, tk.Label)
				dd := dateOf(tk.Value)
				if tc.unit != day && dd.Day != 1 || tc.unit == year && dd.Month != 1 {
					t.Errorf("major tick %q at %v is not on a %v boundary", tk.Label, dd, tc.unit)
				}
				if tk.Value != math.Floor(tk.Value) {
					t.Errorf("tick %q at fractional day %v", tk.Label, tk.Value)
				}
			}
			if len(labels) == 0 || labels[0] != tc.first || len(labels) > tc.maxLabels {
				t.Errorf("labels = %v, want first %q and at most %d", labels, tc.first, tc.maxLabels)
			}
		})
	}
	if got := (calendarTicks{dataPt: 700}).Ticks(5, 5); got != nil {
		t.Errorf("Ticks on an empty range = %v, want none", got)
	}
	if got := (calendarTicks{dataPt: 700}).Ticks(-1e7, 1e7); len(got) == 0 || len(got) > 4000 {
		t.Errorf("Ticks over 50000 years: %d ticks", len(got))
	}
}
