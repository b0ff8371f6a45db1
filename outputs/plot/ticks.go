package plot

import (
	"fmt"
	"math"
	"time"

	gplot "gonum.org/v1/plot"

	"geotimeline/pipeline"
)

// A unit is a calendar unit for axis ticks.
type unit int

const (
	day unit = iota
	month
	year
)

// A tickStep is a spacing of major ticks: every n units.
type tickStep struct {
	unit unit
	n    int
}

// tickSteps are the candidate spacings, finest first.
func tickSteps() []tickStep {
	return []tickStep{
		{day, 1}, {day, 2}, {day, 7}, {day, 14},
		{month, 1}, {month, 2}, {month, 3}, {month, 6},
		{year, 1}, {year, 2}, {year, 5}, {year, 10}, {year, 20}, {year, 50}, {year, 100}, {year, 200}, {year, 500}, {year, 1000},
	}
}

// labelPt estimates the room one tick label of unit u needs at 9 pt.
func (u unit) labelPt() float64 {
	switch u {
	case day:
		return 62 // "12 Jan 2020"
	case month:
		return 52 // "Jan 2020"
	}
	return 34 // "2020"
}

// calendarTicks puts major ticks on day, month or year boundaries, as
// many as fit in dataPt points, and minor ticks on the next finer unit.
// The axis values are days since 1970-01-01.
type calendarTicks struct {
	dataPt float64
}

// Ticks implements gplot.Ticker.
func (t calendarTicks) Ticks(lo, hi float64) []gplot.Tick {
	if !(hi > lo) || math.IsInf(hi-lo, 0) {
		return nil
	}
	steps := tickSteps()
	step := steps[len(steps)-1]
	for _, s := range steps {
		if float64(countMajors(s, lo, hi))*s.unit.labelPt() <= t.dataPt {
			step = s
			break
		}
	}
	var ticks []gplot.Tick
	minor := minorStep(step, hi-lo)
	if minor.n > 0 {
		for _, x := range boundaries(minor, lo, hi) {
			ticks = append(ticks, gplot.Tick{Value: x})
		}
	}
	majors := boundaries(step, lo, hi)
	for _, x := range majors {
		ticks = append(ticks, gplot.Tick{Value: x, Label: label(step.unit, dateOf(x))})
	}
	return ticks
}

// minorStep returns the minor tick spacing for major step s over a span of
// days, or n == 0 for none.
func minorStep(s tickStep, span float64) tickStep {
	switch {
	case s.unit == day && s.n > 1:
		return tickStep{day, 1}
	case s.unit == month && s.n > 1:
		return tickStep{month, 1}
	case s.unit == month && span <= 124:
		return tickStep{day, 7}
	case s.unit == year && s.n == 1 && span <= 8*366:
		return tickStep{month, 1}
	case s.unit == year && s.n > 1 && s.n <= 20:
		return tickStep{year, 1}
	}
	return tickStep{}
}

func countMajors(s tickStep, lo, hi float64) int { return len(boundaries(s, lo, hi)) }

// boundaries returns the calendar boundaries of step s in [lo, hi], in days.
// Day steps of 7 fall on Mondays; other day steps on multiples of n days
// since 1970-01-01; month steps on months 1, 1+n, …; year steps on years
// divisible by n.
func boundaries(s tickStep, lo, hi float64) []float64 {
	var out []float64
	const limit = 2000 // enough for any axis; guards against absurd spans
	switch s.unit {
	case day:
		first := math.Ceil(lo)
		offset := 0.0
		if s.n == 7 {
			offset = 4 // 1970-01-05 was a Monday
		}
		first = offset + math.Ceil((first-offset)/float64(s.n))*float64(s.n)
		for x := first; x <= hi && len(out) < limit; x += float64(s.n) {
			out = append(out, x)
		}
	case month:
		d := dateOf(math.Ceil(lo))
		m := pipeline.MakeDate(d.Year, d.Month, 1)
		if m.Before(d) {
			m = pipeline.MakeDate(d.Year, d.Month+1, 1)
		}
		for ; len(out) < limit; m = pipeline.MakeDate(m.Year, m.Month+1, 1) {
			x := days(m)
			if x > hi {
				break
			}
			if (int(m.Month)-1)%s.n == 0 {
				out = append(out, x)
			}
		}
	case year:
		d := dateOf(math.Ceil(lo))
		y := d.Year
		if d.Month != time.January || d.Day != 1 {
			y++
		}
		y = ceilDiv(y, s.n) * s.n
		for ; len(out) < limit; y += s.n {
			x := days(pipeline.MakeDate(y, time.January, 1))
			if x > hi {
				break
			}
			out = append(out, x)
		}
	}
	return out
}

func ceilDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a > 0) == (b > 0) {
		q++
	}
	return q
}

// label formats a major tick of unit u.
func label(u unit, d pipeline.Date) string {
	switch u {
	case day:
		return fmt.Sprintf("%d %s %d", d.Day, d.Month.String()[:3], d.Year)
	case month:
		return fmt.Sprintf("%s %d", d.Month.String()[:3], d.Year)
	}
	return fmt.Sprint(d.Year)
}
