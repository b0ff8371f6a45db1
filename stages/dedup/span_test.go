package dedup

import (
	"testing"
	"time"

	"geotimeline/pipeline"
)

// datesMayMatch is what compatible asks of two intervals before anything
// else: both dated and overlapping, or both undated.
func datesMayMatch(a, b pipeline.Interval) bool {
	if a.Known() && b.Known() {
		return a.Overlaps(b)
	}
	return !a.Known() && !b.Known()
}

func FuzzApart(f *testing.F) {
	f.Add(2020, 1, 5, 2020, 1, 9, 2020, 1, 10, 2020, 2, 1)
	f.Add(0, 0, 0, 0, 0, 0, 2020, 3, 1, 2020, 3, 1)
	f.Add(2020, 13, 40, 2021, 0, 0, 2020, 12, 31, 2021, 1, 1)
	f.Add(-5, 1, 1, 1<<21, 1, 1, 1<<21-1, 15, 31, 1<<21-1, 16, 0)
	f.Fuzz(func(t *testing.T, y1, m1, d1, y2, m2, d2, y3, m3, d3, y4, m4, d4 int) {
		a := pipeline.Interval{Start: pipeline.Date{Year: y1, Month: time.Month(m1), Day: d1}, End: pipeline.Date{Year: y2, Month: time.Month(m2), Day: d2}}
		b := pipeline.Interval{Start: pipeline.Date{Year: y3, Month: time.Month(m3), Day: d3}, End: pipeline.Date{Year: y4, Month: time.Month(m4), Day: d4}}
		if apart(spanOf(a), spanOf(b)) && datesMayMatch(a, b) {
			t.Errorf("apart(%v, %v) but compatible would read on", a, b)
		}
		if sa, sb := spanOf(a), spanOf(b); sa.kind == spanExact && sb.kind == spanExact && !apart(sa, sb) && !datesMayMatch(a, b) {
			t.Errorf("not apart(%v, %v), yet the intervals share no day", a, b)
		}
	})
}

func TestApart(t *testing.T) {
	undated := pipeline.Interval{}
	for _, tc := range []struct {
		a, b pipeline.Interval
		want bool
	}{
		{day(2020, 1, 5), day(2020, 1, 5), false},
		{day(2020, 1, 5), day(2020, 1, 6), true},
		{month(2020, 1), day(2020, 1, 31), false},
		{month(2020, 1), day(2020, 2, 1), true},
		{undated, undated, false},
		{undated, day(2020, 1, 5), true},
		{pipeline.Interval{Start: pipeline.Date{Year: 2020, Month: 1, Day: 40}, End: pipeline.Date{Year: 2020, Month: 1, Day: 40}}, day(2020, 2, 9), false},
	} {
		if got := apart(spanOf(tc.a), spanOf(tc.b)); got != tc.want {
			t.Errorf("apart(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
