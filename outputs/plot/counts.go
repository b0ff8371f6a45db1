package plot

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"geotimeline/pipeline"
)

// CountsOptions configure the counts chart. The zero value is ready to use.
type CountsOptions struct {
	// Width and Height of the canvas. Default 30 × 12 cm.
	Width, Height vg.Length
	// Title. Default "Events per month".
	Title string
	// DPI is the PNG resolution. Default 96.
	DPI int
}

// A monthCount is the (fractional) number of events of each type in one
// month.
type monthCount struct {
	month  pipeline.Date   // the first day
	byType map[int]float64 // colour index → events
}

// counts is a laid-out counts chart.
type counts struct {
	months   []monthCount
	types    []string // types present among dated events, alphabetical
	colorIdx map[string]int
	ymax     float64
	nUndated int
	spread   int // events spread over more than one month
}

// monthly lays out the counts of events, all of them.
func monthly(events []pipeline.Event) *counts { return monthlySummary(summaryOf(events)) }

// monthlySummary lays out the monthly counts s aggregated: every month
// from the first to the last, empty ones included.
func monthlySummary(s *Summary) *counts {
	c := &counts{colorIdx: s.typeColors(), spread: s.spread}
	for _, n := range s.undated {
		c.nUndated += n
	}
	for t := range s.present {
		c.types = append(c.types, t)
	}
	slices.Sort(c.types)
	if len(s.byMonth) == 0 {
		return c
	}
	var first, last pipeline.Date
	for m := range s.byMonth {
		if first.IsZero() || m.Before(first) {
			first = m
		}
		if last.IsZero() || last.Before(m) {
			last = m
		}
	}
	for m := first; !last.Before(m); m = pipeline.MakeDate(m.Year, m.Month+1, 1) {
		mc := monthCount{month: m}
		if byType := s.byMonth[m]; byType != nil {
			mc.byType = make(map[int]float64, len(byType))
			for t, v := range byType {
				mc.byType[c.colorIdx[t]] = v
			}
		}
		// Sum in colour order, so that no map order reaches the axis.
		keys := make([]int, 0, len(mc.byType))
		for k := range mc.byType {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		sum := 0.0
		for _, k := range keys {
			sum += mc.byType[k]
		}
		c.ymax = max(c.ymax, sum)
		c.months = append(c.months, mc)
	}
	return c
}

// WriteCounts draws the number of events per month, stacked by type, to w
// in format "png" or "svg". An event whose interval spans several months
// (a season, a year) is spread over them in proportion to its days, so a
// year-precise event adds 1/12 to each month rather than 1 to one of them;
// bars can therefore be fractional. Undated events are counted in a note.
func WriteCounts(w io.Writer, format string, events []pipeline.Event, opts CountsOptions) error {
	return WriteCountsSummary(w, format, summaryOf(events), opts)
}

// WriteCountsSummary draws the counts chart of every event added to s, as
// WriteCounts does; it is exact whatever s's MaxMarks.
func WriteCountsSummary(w io.Writer, format string, s *Summary, opts CountsOptions) error {
	c := monthlySummary(s)
	width, height := cmp.Or(opts.Width, defaultWidth), cmp.Or(opts.Height, 12*vg.Centimeter)
	title := cmp.Or(clean(opts.Title), "Events per month")
	return render(w, format, width, height, opts.DPI, func(dc draw.Canvas) {
		p := c.plot(title, float64(width.Points())-legendPt-60)
		if len(c.months) == 0 {
			p.Draw(draw.Crop(dc, 6, -12, 4, -6))
			return
		}
		p.Draw(draw.Crop(dc, 6, -12-legendPt, 4, -6))
		l := typeLegend(c.types, c.colorIdx)
		l.Draw(draw.Crop(dc, dc.Max.X-dc.Min.X-legendPt, -6, 40, -40))
	})
}

func (c *counts) plot(title string, dataPt float64) *gplot.Plot {
	p := newPlot(title)
	if len(c.months) == 0 {
		msg := "no dated events"
		if c.nUndated > 0 {
			msg += fmt.Sprintf("\n%d undated", c.nUndated)
		}
		showEmpty(p, msg)
		return p
	}
	first, last := c.months[0].month, c.months[len(c.months)-1].month
	p.X.Min, p.X.Max = days(first), days(last.EndOfMonth())+1
	p.X.Tick.Marker = calendarTicks{dataPt: max(dataPt, 100)}
	p.X.Padding = 0
	var note []string
	note = append(note, "events per month; an event dated only to a season, a year or a span of months is spread over its months")
	if c.spread > 0 || c.nUndated > 0 {
		note = append(note, fmt.Sprintf("%d events spread over several months; %d undated events not shown", c.spread, c.nUndated))
	}
	p.X.Label.Text = strings.Join(note, "\n")
	p.X.Label.Padding = 6
	p.Y.Min, p.Y.Max = 0, niceCeil(c.ymax)
	p.Y.Label.Text = "events"
	p.Y.Tick.Marker = countTicks{}
	p.Add(bars{c})
	return p
}

// niceCeil rounds v up to 1, 2 or 5 times a power of ten (at least 1).
func niceCeil(v float64) float64 {
	if v <= 1 {
		return 1
	}
	e := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if v <= m*e {
			return m * e
		}
	}
	return 10 * e
}

// countTicks labels whole numbers only.
type countTicks struct{}

// Ticks implements gplot.Ticker.
func (countTicks) Ticks(lo, hi float64) []gplot.Tick {
	step := max(1, niceCeil((hi-lo)/6))
	if step > 1 && step < 2 {
		step = 2
	}
	var ticks []gplot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi+1e-9; v += step {
		ticks = append(ticks, gplot.Tick{Value: v, Label: fmt.Sprint(v)})
	}
	return ticks
}

// bars draws the stacked monthly bars.
type bars struct{ c *counts }

// DataRange implements gplot.DataRanger.
func (b bars) DataRange() (xmin, xmax, ymin, ymax float64) {
	first, last := b.c.months[0].month, b.c.months[len(b.c.months)-1].month
	return days(first), days(last.EndOfMonth()) + 1, 0, niceCeil(b.c.ymax)
}

// Plot implements gplot.Plotter.
func (b bars) Plot(dc draw.Canvas, p *gplot.Plot) {
	trX, trY := p.Transforms(&dc)
	grid := draw.LineStyle{Color: gridGrey(), Width: 0.5}
	for _, t := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		y := trY(t.Value)
		dc.StrokeLine2(grid, dc.Min.X, y, dc.Max.X, y)
	}
	for _, m := range b.c.months {
		x0 := trX(days(m.month)) + 0.6
		x1 := max(trX(days(m.month.EndOfMonth())+1)-0.6, x0+0.5)
		keys := make([]int, 0, len(m.byType))
		for k := range m.byType {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		y := 0.0
		for _, k := range keys {
			v := m.byType[k]
			dc.FillPolygon(laneColor(k), rect(x0, trY(y), x1, trY(y+v)))
			y += v
		}
	}
}
