package plot

import (
	"cmp"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"geotimeline/pipeline"
)

// ErrFormat is wrapped by the error Write returns for a format other than
// "png" or "svg".
var ErrFormat = errors.New("plot: unsupported format")

// Options configure the chart. The zero value is ready to use.
type Options struct {
	// Width is the canvas width. Default 30 cm.
	Width vg.Length
	// Height is the canvas height. Default: enough for every sub-row of
	// every lane (about 11 pt each), between 8 cm and 150 cm.
	Height vg.Length
	// Title is the chart title. Default "Events by type".
	Title string
	// DPI is the PNG resolution in dots per inch. Default 96.
	DPI int
	// LaneBy says what a lane holds. Default ByType.
	LaneBy LaneBy
}

// LaneBy selects what one lane of the timeline holds.
type LaneBy int

const (
	// ByType gives one lane per event type, coloured by type.
	ByType LaneBy = iota
	// ByPlace gives one lane per resolved place name (alphabetical, events
	// without a place last), marks coloured by event type with a legend.
	// Distinct places of the same name share a lane.
	ByPlace
)

// noPlace is the lane of events without a place under ByPlace.
const noPlace = "(no place)"

// Layout constants, in points unless noted.
const (
	defaultWidth  = 30 * vg.Centimeter
	minHeight     = 8 * vg.Centimeter
	maxHeight     = 150 * vg.Centimeter
	rowPt         = 11  // height of one sub-row in the default height
	overheadPt    = 115 // title, x axis, tick labels and a two-line note
	labelMarginPt = 140 // estimate of the y-axis label column, for packing
	minMarkPt     = 2.0 // narrowest mark, so a day stays visible on a long axis
	gapPt         = 1.5 // horizontal gap kept between marks sharing a sub-row
	laneGap       = 0.6 // vertical gap between lanes, in sub-row units
	maxRows       = 24  // sub-rows per lane; past this, marks overlap
	defaultDPI    = 96  // PNG
	secondsPerDay = 86400.0
	legendPt      = 100 // right-hand column for the colour legend (ByPlace)
	noteLinePt    = 12  // one more line of the note
)

// Colours. Functions rather than variables, so that no package state can
// be changed.
func bandGrey() color.Color { return color.NRGBA{R: 0xF2, G: 0xF2, B: 0xF2, A: 0xFF} }
func gridGrey() color.Color { return color.NRGBA{R: 0xD0, G: 0xD0, B: 0xD0, A: 0xFF} }

// laneColor is the colour of lane i: Tableau 10, a qualitative palette that
// stays distinct for most forms of colour blindness; lanes past ten reuse
// it (their labels tell them apart). Slightly translucent, so that marks
// forced to overlap remain visible.
func laneColor(i int) color.Color {
	palette := [...]color.NRGBA{
		{0x4E, 0x79, 0xA7, 0xE0}, {0xF2, 0x8E, 0x2B, 0xE0}, {0xE1, 0x57, 0x59, 0xE0}, {0x76, 0xB7, 0xB2, 0xE0},
		{0x59, 0xA1, 0x4F, 0xE0}, {0xED, 0xC9, 0x48, 0xE0}, {0xB0, 0x7A, 0xA1, 0xE0}, {0xFF, 0x9D, 0xA7, 0xE0},
		{0x9C, 0x75, 0x5F, 0xE0}, {0xBA, 0xB0, 0xAC, 0xE0},
	}
	return palette[i%len(palette)]
}

// A style is how a mark is drawn, by date precision.
type style int

const (
	tick style = iota // day: tall and narrow
	bar               // week, month: medium
	thin              // season, year, decade: long and thin
)

// heightFrac is the fraction of a sub-row a mark of style s fills.
func (s style) heightFrac() float64 {
	switch s {
	case tick:
		return 0.9
	case bar:
		return 0.6
	}
	return 0.28
}

func styleOf(iv pipeline.Interval) style {
	switch iv.Precision {
	case pipeline.PrecisionDay:
		return tick
	case pipeline.PrecisionWeek, pipeline.PrecisionMonth:
		return bar
	case pipeline.PrecisionSeason, pipeline.PrecisionYear, pipeline.PrecisionDecade:
		return thin
	}
	switch n := iv.Days(); {
	case n <= 1:
		return tick
	case n <= 31:
		return bar
	}
	return thin
}

// A mark is one dated event placed on the chart.
type mark struct {
	x0, x1 float64 // [first day, day after the last), in days since 1970-01-01
	style  style
	lane   int
	color  int // colour index of the event's type (TypeColors)
	row    int // sub-row within the lane, from its top
	id     string
	index  int    // position in the input, the final tie-breaker
	label  string // short label (labelText); "" for none
}

// A lane holds the events of one type.
type lane struct {
	typ   string
	n     int     // events drawn
	total int     // dated events of the lane, drawn or not
	rows  int     // sub-rows used
	top   float64 // distance of the lane's top from the top of the chart, in sub-row units
}

// A typeCount is a number of events of one type.
type typeCount struct {
	typ string
	n   int
}

// chart is a laid-out timeline.
type chart struct {
	title         string
	width, height vg.Length
	lanes         []lane
	types         []string       // dated event types, alphabetical
	colorIdx      map[string]int // colour index of each type (TypeColors)
	legend        bool           // colours differ from lanes: draw a legend
	marks         []mark
	dated         int         // dated events, drawn or not
	undated       []typeCount // by count, descending, then type
	nUndated      int
	overlaps      int       // marks that found no free sub-row
	xmin, xmax    float64   // days
	units         float64   // height of all lanes, in sub-row units
	dataPt        float64   // estimated width of the data area
	labels        *labelSet // labels placed for the note; nil before placement
}

// typeName is the label of event type t.
func typeName(t string) string {
	if t == "" {
		return "(untyped)"
	}
	return clean(t)
}

// clean makes s safe to draw and to put in SVG: invalid UTF-8 becomes
// U+FFFD, control characters and the XML non-characters U+FFFE and U+FFFF
// become spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

func days(d pipeline.Date) float64 { return float64(d.Time().Unix()) / secondsPerDay }

// layout places events: lanes, sub-rows, axis range and canvas size.
func layout(events []pipeline.Event, opts Options) *chart {
	return layoutSummary(summaryOf(events), opts)
}

// layoutSummary places the dated events s kept: lanes, sub-rows, axis
// range (over every dated event s saw) and canvas size.
func layoutSummary(s *Summary, opts Options) *chart {
	c := &chart{title: clean(opts.Title), width: opts.Width, height: opts.Height, dated: s.dated}
	if c.title == "" {
		c.title = "Events by type"
		if opts.LaneBy == ByPlace {
			c.title = "Events by place"
		}
	}
	if c.width <= 0 {
		c.width = defaultWidth
	}
	c.dataPt = max(float64(c.width.Points())-labelMarginPt, 100)
	if opts.LaneBy == ByPlace {
		c.dataPt = max(c.dataPt-legendPt, 100)
	}

	laneOf := map[string]int{}
	colorOf := map[string]int{}
	laneKey := func(e *pipeline.Event) string { return typeName(e.Type) }
	laneTotals := s.datedByType
	if opts.LaneBy == ByPlace {
		c.legend = true
		laneTotals = s.datedByPlace
		laneKey = func(e *pipeline.Event) string {
			if name := clean(e.Place.Name); e.HasPlace && name != "" {
				return name
			}
			return noPlace
		}
	}
	var evs []*pipeline.Event // the event of each mark
	for _, k := range s.marks() {
		e := &k.ev
		if !e.Date.Known() {
			continue
		}
		x0, x1 := span(e.Date)
		c.marks = append(c.marks, mark{x0: x0, x1: x1, style: styleOf(e.Date), id: e.ID, index: k.index, label: labelText(e, opts.LaneBy, x0, x1)})
		evs = append(evs, e)
		laneOf[laneKey(e)] = -1
		colorOf[typeName(e.Type)] = -1
	}
	for t, n := range s.undated {
		c.undated = append(c.undated, typeCount{t, n})
		c.nUndated += n
	}
	slices.SortFunc(c.undated, func(a, b typeCount) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.typ, b.typ))
	})
	if len(c.marks) == 0 {
		c.height = cmp.Or(c.height, minHeight)
		return c
	}

	keys := make([]string, 0, len(laneOf))
	for k := range laneOf {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(btoi(a == noPlace && c.legend), btoi(b == noPlace && c.legend)), cmp.Compare(a, b))
	})
	for i, k := range keys {
		laneOf[k] = i
		c.lanes = append(c.lanes, lane{typ: k, total: laneTotals[k]})
	}
	for t := range colorOf {
		c.types = append(c.types, t)
	}
	slices.Sort(c.types)
	palette := s.typeColors()
	for _, t := range c.types {
		colorOf[t] = palette[t]
	}
	c.colorIdx = palette
	for i := range c.marks {
		m := &c.marks[i]
		e := evs[i]
		m.lane = laneOf[laneKey(e)]
		m.color = colorOf[typeName(e.Type)]
	}
	// The axis spans every dated event, drawn or not.
	c.xmin, c.xmax = axisRange(s.xmin, s.xmax)

	// Pack each lane's marks into sub-rows, first fit in order of start,
	// longest first among equal starts (so long bars settle in the top
	// rows), using the drawn extent (at least minMarkPt wide) plus a gap.
	ptPerDay := c.dataPt / (c.xmax - c.xmin)
	minDays, gapDays := minMarkPt/ptPerDay, gapPt/ptPerDay
	slices.SortFunc(c.marks, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.lane, b.lane), cmp.Compare(a.x0, b.x0), cmp.Compare(b.x1, a.x1),
			cmp.Compare(a.style, b.style), cmp.Compare(a.id, b.id), cmp.Compare(a.index, b.index))
	})
	var ends []float64 // per sub-row of the current lane: where it is free from
	for i := range c.marks {
		m := &c.marks[i]
		if i == 0 || c.marks[i-1].lane != m.lane {
			ends = ends[:0]
		}
		row := slices.IndexFunc(ends, func(end float64) bool { return end <= m.x0 })
		if row < 0 {
			if len(ends) < maxRows {
				row = len(ends)
				ends = append(ends, 0)
			} else {
				row = 0
				for r, end := range ends {
					if end < ends[row] {
						row = r
					}
				}
				c.overlaps++
			}
		}
		m.row = row
		ends[row] = max(m.x1, m.x0+minDays) + gapDays
		l := &c.lanes[m.lane]
		l.n++
		l.rows = max(l.rows, row+1)
	}
	for i := range c.lanes {
		c.lanes[i].top = c.units
		c.units += float64(c.lanes[i].rows) + laneGap
	}
	c.units -= laneGap

	if c.height <= 0 {
		c.height = vg.Length(c.units*rowPt + overheadPt)
		if c.capped() {
			c.height += noteLinePt
		}
		c.height = min(max(c.height, minHeight), maxHeight)
	}
	return c
}

// axisRange pads [lo, hi) days: to whole months when the span is longer
// than two months, by a day on each side otherwise.
func axisRange(lo, hi float64) (float64, float64) {
	if hi-lo <= 62 {
		return lo - 1, hi + 1
	}
	a, b := dateOf(lo), dateOf(hi)
	lo = days(pipeline.MakeDate(a.Year, a.Month, 1))
	if b.Day != 1 {
		hi = days(pipeline.MakeDate(b.Year, b.Month+1, 1))
	}
	return lo, hi
}

func dateOf(x float64) pipeline.Date {
	return pipeline.MakeDate(1970, 1, 1+int(math.Floor(x)))
}

// y returns the y coordinate of the centre of a lane's sub-row; y grows
// upwards, the first lane is at the top.
func (c *chart) y(l lane, row float64) float64 { return c.units - (l.top + row + 0.5) }

// Timeline builds the chart of events. Size the canvas yourself when saving
// it (plot.Save), or use Write, which sizes it from Options and the data.
// Mark labels are placed when the plot is drawn, on the canvas it is drawn
// on; the note's count of omitted labels is computed for a canvas of
// Options' Width and Height (or the size Write would choose), so it is exact
// when the plot is saved at that size.
func Timeline(events []pipeline.Event, opts Options) *gplot.Plot {
	c := layout(events, opts)
	p := c.plot()
	if c.legend && len(c.marks) > 0 {
		p.Legend = c.newLegend()
	}
	c.placeLabels(p, draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: c.width, Y: c.height}}})
	return p
}

// Write draws the timeline of events to w in format "png" or "svg". It
// draws every event: it is WriteSummary over a Summary that keeps them all.
func Write(w io.Writer, format string, events []pipeline.Event, opts Options) error {
	return WriteSummary(w, format, summaryOf(events), opts)
}

// WriteSummary draws the timeline of the events s kept (Summary.Marks) to
// w in format "png" or "svg". The axis spans every dated event s saw, lane
// labels and the note count those left out ("arrest (120 of 4000)"), and
// the undated events are counted by type over all of them.
func WriteSummary(w io.Writer, format string, s *Summary, opts Options) error {
	c := layoutSummary(s, opts)
	return render(w, format, c.width, c.height, opts.DPI, func(dc draw.Canvas) {
		// A white margin, so that labels never touch the image border.
		p := c.plot()
		if !c.legend || len(c.marks) == 0 {
			area := draw.Crop(dc, 6, -12, 4, -6)
			c.placeLabels(p, area)
			p.Draw(area)
			return
		}
		area := draw.Crop(dc, 6, -12-legendPt, 4, -6)
		c.placeLabels(p, area)
		p.Draw(area)
		l := c.newLegend()
		l.Draw(draw.Crop(dc, dc.Max.X-dc.Min.X-legendPt, -6, 40, -40))
	})
}

// placeLabels places the mark labels for p drawn on area and puts the
// count of omitted ones in the note under the axis. The note keeps its
// number of lines, so changing it does not move the data area.
func (c *chart) placeLabels(p *gplot.Plot, area draw.Canvas) {
	if len(c.marks) == 0 {
		return
	}
	c.labels = c.labelLayout(p.DataCanvas(area), p)
	p.X.Label.Text = c.note()
}

// textStyle returns a copy of s in the package's font at size pt.
func textStyle(s text.Style, pt vg.Length) text.Style {
	s.Font = font.Font{Typeface: "Liberation", Variant: "Sans", Size: pt}
	return s
}

// newPlot returns a plot with the package's title and axis text styles.
func newPlot(title string) *gplot.Plot {
	p := gplot.New()
	p.Title.Text = title
	p.Title.TextStyle = textStyle(p.Title.TextStyle, 14)
	p.Title.Padding = 8
	for _, a := range []*gplot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle = textStyle(a.Label.TextStyle, 10)
		a.Tick.Label = textStyle(a.Tick.Label, 9)
	}
	return p
}

// showEmpty hides p's axes and writes msg in the middle of it.
func showEmpty(p *gplot.Plot, msg string) {
	p.HideAxes()
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, 0, 1
	p.Add(message{text: msg, style: textStyle(p.Title.TextStyle, 12)})
}

// plot turns the layout into a gonum plot.
func (c *chart) plot() *gplot.Plot {
	p := newPlot(c.title)
	if len(c.marks) == 0 {
		msg := "no dated events"
		if c.dated > 0 {
			msg = fmt.Sprintf("none of the %d dated events drawn: %s", c.dated, c.cappedNote())
		}
		if c.nUndated > 0 {
			msg += "\n" + c.undatedNote()
		}
		showEmpty(p, msg)
		return p
	}

	p.X.Min, p.X.Max = c.xmin, c.xmax
	p.X.Tick.Marker = calendarTicks{dataPt: c.dataPt}
	p.X.Padding = 0
	p.X.Label.Text = c.note()
	p.X.Label.Padding = 6

	p.Y.Min, p.Y.Max = -laneGap/2, c.units+laneGap/2
	p.Y.Padding = 0
	p.Y.Tick.Length = 0
	ticks := make(gplot.ConstantTicks, len(c.lanes))
	for i, l := range c.lanes {
		label := fmt.Sprintf("%s (%d)", l.typ, l.n)
		if l.total > l.n {
			label = fmt.Sprintf("%s (%d of %d)", l.typ, l.n, l.total)
		}
		ticks[i] = gplot.Tick{Value: c.y(l, float64(l.rows-1)/2), Label: label}
	}
	p.Y.Tick.Marker = ticks
	p.Y.Tick.Label = textStyle(p.Y.Tick.Label, 10)
	p.Add(lanes{c})
	return p
}

// undatedNote says how many events were left out for want of a date.
func (c *chart) undatedNote() string {
	if c.nUndated == 0 {
		return ""
	}
	parts := make([]string, 0, 6)
	for i, tc := range c.undated {
		if i == 5 {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", tc.typ, tc.n))
	}
	noun := "events"
	if c.nUndated == 1 {
		noun = "event"
	}
	return fmt.Sprintf("%d undated %s not shown: %s", c.nUndated, noun, strings.Join(parts, ", "))
}

// capped reports whether some dated events are not drawn: the Summary
// kept fewer than it saw.
func (c *chart) capped() bool { return c.dated > len(c.marks) }

// cappedNote says which dated events are drawn and how many are not.
func (c *chart) cappedNote() string {
	return fmt.Sprintf("%d of %d dated events drawn, those %s; %d not drawn",
		len(c.marks), c.dated, SelectionRule, c.dated-len(c.marks))
}

// note is the x-axis label: the key to mark shapes, then what was left out.
func (c *chart) note() string {
	lines := []string{"tall tick: day    bar: week or month    thin bar: season, year or decade"}
	if c.overlaps > 0 {
		lines[0] += fmt.Sprintf("    (%d marks overlap in crowded lanes)", c.overlaps)
	}
	if n := c.labels.note(); n != "" {
		lines[0] += "    " + n
	}
	if c.capped() {
		lines = append(lines, c.cappedNote())
	}
	if n := c.undatedNote(); n != "" {
		lines = append(lines, n)
	}
	return strings.Join(lines, "\n")
}

// lanes is the plotter that draws lane bands, calendar grid lines and marks.
type lanes struct{ c *chart }

// DataRange implements gplot.DataRanger.
func (l lanes) DataRange() (xmin, xmax, ymin, ymax float64) {
	return l.c.xmin, l.c.xmax, -laneGap / 2, l.c.units + laneGap/2
}

// Plot implements gplot.Plotter.
func (l lanes) Plot(dc draw.Canvas, p *gplot.Plot) {
	c := l.c
	trX, trY := p.Transforms(&dc)
	unit := trY(1) - trY(0)
	for i, ln := range c.lanes {
		if i%2 == 1 {
			top, bottom := trY(c.y(ln, -0.5)+laneGap/2), trY(c.y(ln, float64(ln.rows)-0.5)-laneGap/2)
			dc.FillPolygon(bandGrey(), rect(dc.Min.X, bottom, dc.Max.X, top))
		}
	}
	grid := draw.LineStyle{Color: gridGrey(), Width: 0.5}
	for _, t := range p.X.Tick.Marker.Ticks(c.xmin, c.xmax) {
		if t.Label == "" || t.Value <= c.xmin {
			continue
		}
		x := trX(t.Value)
		dc.StrokeLine2(grid, x, dc.Min.Y, x, dc.Max.Y)
	}
	for _, m := range c.marks {
		b := c.markBox(m, trX, trY, unit)
		dc.FillPolygon(laneColor(m.color), rect(b.x0, b.y0, b.x1, b.y1))
	}
	// Labels placed for this canvas are reused (their count is in the
	// note); on any other canvas they are placed afresh.
	ls := c.labels
	if ls == nil || ls.rect != dc.Rectangle {
		ls = c.labelLayout(dc, p)
	}
	ls.draw(dc)
}

func rect(x0, y0, x1, y1 vg.Length) []vg.Point {
	return []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
}

// message is a plotter that writes text in the middle of the data area.
type message struct {
	text  string
	style text.Style
}

// Plot implements gplot.Plotter.
func (m message) Plot(dc draw.Canvas, _ *gplot.Plot) {
	sty := m.style
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	dc.FillText(sty, dc.Center(), m.text)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// swatch is a legend thumbnail: a filled square of one colour.
type swatch struct{ c color.Color }

// Thumbnail implements gplot.Thumbnailer.
func (s swatch) Thumbnail(c *draw.Canvas) {
	c.FillPolygon(s.c, rect(c.Min.X, c.Min.Y, c.Max.X, c.Max.Y))
}

// newLegend returns the key to the mark colours: one swatch per event type.
func (c *chart) newLegend() gplot.Legend { return typeLegend(c.types, c.colorIdx) }

// typeLegend returns a key of one colour swatch per type, in order.
func typeLegend(types []string, colorIdx map[string]int) gplot.Legend {
	l := gplot.NewLegend()
	l.TextStyle = textStyle(l.TextStyle, 9)
	l.Top, l.Left = true, true
	l.ThumbnailWidth = 8
	for _, t := range types {
		l.Add(t, swatch{laneColor(colorIdx[t])})
	}
	return l
}

// TypeColors gives every event type of events its colour index: its
// position among all the non-empty types, in alphabetical order; events
// without a type ("(untyped)") come after them. The QGIS style (package
// qgis) numbers the types the same way, so that a type has one colour on
// every chart and on the map.
func TypeColors(events []pipeline.Event) map[string]int {
	types := make([]string, len(events))
	for i := range events {
		types[i] = events[i].Type
	}
	return typeColors(types)
}

// TypeColors gives every event type s saw its colour index, as the
// function TypeColors does for a slice.
func (s *Summary) TypeColors() map[string]int { return s.typeColors() }
