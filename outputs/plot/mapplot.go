package plot

import (
	"cmp"
	"fmt"
	"image/color"
	"io"
	"math"
	"slices"

	"github.com/paulmach/orb"
	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"geotimeline/pipeline"
)

// MapOptions configure the map. The zero value draws the events on a blank
// background; give it boundaries (package basemap has Natural Earth's).
type MapOptions struct {
	// Provinces are drawn as thin outlines; Countries filled, with thicker
	// borders. Rings follow GeoJSON: lon/lat, exterior first.
	Provinces, Countries []orb.MultiPolygon
	// Frame is the lon/lat box shown. Default: the Korean peninsula and the
	// Chinese border (DefaultFrame) when every placed event lies in it, else
	// the events' extent with a margin.
	Frame orb.Bound
	// Width is the canvas width; the height follows from the frame. Default
	// 24 cm.
	Width vg.Length
	// Title. Default "Events by place".
	Title string
	// DPI is the PNG resolution. Default 96.
	DPI int
	// MaxLabels is the number of places labelled, those with the most events
	// first. Default 20; negative for none.
	MaxLabels int
}

// DefaultFrame is the map frame when the events allow: North Korea, the
// Chinese side of the Yalu and Tumen, and Seoul.
func DefaultFrame() orb.Bound {
	return orb.Bound{Min: orb.Point{123.5, 37.3}, Max: orb.Point{131.2, 43.4}}
}

// Map margins, in points.
const (
	mapTop    = 34
	mapBottom = 44
	mapLeft   = 10
	mapRight  = legendPt + 14
)

// A spot is one dot of the map: one event, or, once a Summary merged
// them, every event of one place, type, precision and size.
type spot struct {
	pt      orb.Point
	radius  vg.Length
	typ     string // typeName of the event type
	precise bool   // city or point: a filled dot, else a ring
	framing bool   // province or finer: counts for the automatic frame
	place   string
	index   int // position of the (first) event in the input
}

// WriteMap draws a map of the events with a place to w in format "png" or
// "svg": a point per event at its place, coloured by type (the colours of
// TypeColors), its area growing with the number of mentions. Places of city
// or point precision are filled dots; a province, country or region is an
// open ring at its centroid, so it never poses as a precise point. The
// places with the most events are labelled. It draws every event: it is
// WriteMapSummary over a Summary that keeps them all.
func WriteMap(w io.Writer, format string, events []pipeline.Event, opts MapOptions) error {
	return WriteMapSummary(w, format, summaryOf(events), opts)
}

// WriteMapSummary draws the map of every event added to s, as WriteMap
// does. Event counts (the note, the labelled places) are exact; past
// MaxMarks placed events, dots that would coincide (same place, type,
// precision and size) are drawn once, and the note says so.
func WriteMapSummary(w io.Writer, format string, s *Summary, opts MapOptions) error {
	colorIdx := s.typeColors()
	spots, merged := s.mapSpots()
	perPlace, placePt, noPlace := s.perPlace, s.placePt, s.noPlace
	frame := opts.Frame
	if frame == (orb.Bound{}) {
		frame = autoFrame(spots)
	}
	width := cmp.Or(opts.Width, 24*vg.Centimeter)
	lat0 := (frame.Min[1] + frame.Max[1]) / 2 * math.Pi / 180
	mapW := float64(width.Points()) - mapLeft - mapRight
	lonSpan, latSpan := max(frame.Max[0]-frame.Min[0], 1e-6), max(frame.Max[1]-frame.Min[1], 1e-6)
	mapH := mapW * latSpan / (lonSpan * math.Cos(lat0))
	mapH = min(max(mapH, 120), 1600)
	height := vg.Length(mapH + mapTop + mapBottom)
	title := cmp.Or(clean(opts.Title), "Events by place")

	// Larger spots first, so that small ones stay visible; ties by input order.
	slices.SortStableFunc(spots, func(a, b spot) int { return cmp.Or(cmp.Compare(b.radius, a.radius), cmp.Compare(a.index, b.index)) })
	return render(w, format, width, height, opts.DPI, func(dc draw.Canvas) {
		area := draw.Crop(dc, mapLeft, -mapRight, mapBottom, -mapTop)
		tr := func(p orb.Point) vg.Point {
			return vg.Point{
				X: area.Min.X + vg.Length((p[0]-frame.Min[0])/lonSpan)*(area.Max.X-area.Min.X),
				Y: area.Min.Y + vg.Length((p[1]-frame.Min[1])/latSpan)*(area.Max.Y-area.Min.Y),
			}
		}
		sea := color.NRGBA{0xE3, 0xEE, 0xF6, 0xFF}
		land := color.NRGBA{0xF7, 0xF5, 0xEF, 0xFF}
		area.FillPolygon(sea, rect(area.Min.X, area.Min.Y, area.Max.X, area.Max.Y))
		fb := frame.Pad(max(lonSpan, latSpan) * 0.1)
		for _, mp := range opts.Countries {
			forRings(mp, fb, true, func(r orb.Ring) {
				if pts := area.ClipPolygonXY(ringPts(r, tr)); len(pts) > 2 {
					area.FillPolygon(land, pts)
				}
			})
		}
		thin := draw.LineStyle{Color: color.NRGBA{0xA8, 0xA8, 0xA8, 0xFF}, Width: 0.4}
		for _, mp := range opts.Provinces {
			forRings(mp, fb, false, func(r orb.Ring) { area.StrokeLines(thin, area.ClipLinesXY(ringPts(r, tr))...) })
		}
		border := draw.LineStyle{Color: color.NRGBA{0x55, 0x55, 0x55, 0xFF}, Width: 0.9}
		for _, mp := range opts.Countries {
			forRings(mp, fb, false, func(r orb.Ring) { area.StrokeLines(border, area.ClipLinesXY(ringPts(r, tr))...) })
		}
		for _, sp := range spots {
			if !frame.Contains(sp.pt) {
				continue
			}
			c := tr(sp.pt)
			col := laneColor(colorIdx[sp.typ])
			if sp.precise {
				area.FillPolygon(col, circlePts(c, sp.radius))
				area.StrokeLines(draw.LineStyle{Color: color.White, Width: 0.5}, circlePts(c, sp.radius))
			} else {
				area.StrokeLines(draw.LineStyle{Color: col, Width: 1.6}, circlePts(c, sp.radius))
			}
		}
		labelPlaces(area, tr, frame, perPlace, placePt, cmp.Or(opts.MaxLabels, 20))
		frameStyle := draw.LineStyle{Color: color.NRGBA{0x88, 0x88, 0x88, 0xFF}, Width: 0.6}
		area.StrokeLines(frameStyle, append(rect(area.Min.X, area.Min.Y, area.Max.X, area.Max.Y), vg.Point{X: area.Min.X, Y: area.Min.Y}))

		ts := textStyle(gplot.New().Title.TextStyle, 14)
		ts.XAlign, ts.YAlign = draw.XCenter, draw.YTop
		dc.FillText(ts, vg.Point{X: (area.Min.X + area.Max.X) / 2, Y: dc.Max.Y - 8}, title)
		ns := textStyle(ts, 8.5)
		ns.XAlign, ns.YAlign = draw.XLeft, draw.YTop
		note := "dot: city or point    ring: province, country or region (its centroid; the area is in events_extent.geojson)    size: mentions"
		note2 := fmt.Sprintf("%d events on the map", s.onMap)
		if merged {
			note2 += fmt.Sprintf(" as %d dots (events of one place, type and size share a dot)", len(spots))
		}
		if noPlace > 0 {
			note2 += fmt.Sprintf("; %d without a place not shown", noPlace)
		}
		if len(opts.Countries)+len(opts.Provinces) > 0 {
			note2 += "    boundaries: Natural Earth"
		}
		dc.FillText(ns, vg.Point{X: area.Min.X, Y: area.Min.Y - 6}, note+"\n"+note2)

		var names []string
		for t := range s.mapTypes {
			names = append(names, t)
		}
		slices.Sort(names)
		l := gplot.NewLegend()
		l.TextStyle = textStyle(l.TextStyle, 9)
		l.Top, l.Left = true, true
		l.ThumbnailWidth = 8
		for _, t := range names {
			l.Add(t, swatch{laneColor(colorIdx[t])})
		}
		l.Draw(draw.Crop(dc, dc.Max.X-dc.Min.X-mapRight+8, 0, mapBottom, -mapTop))
	})
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// autoFrame is DefaultFrame when every spot of province precision or finer
// lies in it, else the extent of those spots with a margin, at least 2°
// across. Countries and regions do not count: their centroids say little
// and would stretch the frame (China's lies in Gansu).
func autoFrame(spots []spot) orb.Bound {
	var b orb.Bound
	n := 0
	for _, s := range spots {
		if !s.framing {
			continue
		}
		if n == 0 {
			b = s.pt.Bound()
		} else {
			b = b.Extend(s.pt)
		}
		n++
	}
	def := DefaultFrame()
	if n == 0 || (def.Contains(b.Min) && def.Contains(b.Max)) {
		return def
	}
	c := b.Center()
	half := orb.Point{max((b.Max[0]-b.Min[0])*0.6, 1), max((b.Max[1]-b.Min[1])*0.6, 1)}
	return orb.Bound{
		Min: orb.Point{math.Max(c[0]-half[0], -180), math.Max(c[1]-half[1], -85)},
		Max: orb.Point{math.Min(c[0]+half[0], 180), math.Min(c[1]+half[1], 85)},
	}
}

// forRings calls f with the exterior rings (or all rings, when exterior is
// false) of the polygons of mp that touch the box.
func forRings(mp orb.MultiPolygon, box orb.Bound, exterior bool, f func(orb.Ring)) {
	for _, p := range mp {
		if len(p) == 0 || !p.Bound().Intersects(box) {
			continue
		}
		for i, r := range p {
			if exterior && i > 0 {
				break
			}
			f(r)
		}
	}
}

func ringPts(r orb.Ring, tr func(orb.Point) vg.Point) []vg.Point {
	pts := make([]vg.Point, len(r))
	for i, p := range r {
		pts[i] = tr(p)
	}
	return pts
}

// circlePts is a closed polygon of 24 sides around c.
func circlePts(c vg.Point, r vg.Length) []vg.Point {
	const n = 24
	pts := make([]vg.Point, n+1)
	for i := range n {
		a := 2 * math.Pi * float64(i) / n
		pts[i] = vg.Point{X: c.X + r*vg.Length(math.Cos(a)), Y: c.Y + r*vg.Length(math.Sin(a))}
	}
	pts[n] = pts[0]
	return pts
}

// labelPlaces writes the names of up to n places with the most events
// (ties by name) beside their points, skipping a label that would overlap
// one already placed.
func labelPlaces(dc draw.Canvas, tr func(orb.Point) vg.Point, frame orb.Bound, perPlace map[string]int, at map[string]orb.Point, n int) {
	if n <= 0 {
		return
	}
	names := make([]string, 0, len(perPlace))
	for name := range perPlace {
		if frame.Contains(at[name]) && name != "" {
			names = append(names, name)
		}
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(perPlace[b], perPlace[a]), cmp.Compare(a, b)) })
	ts := textStyle(gplot.New().Title.TextStyle, 8)
	ts.Color = color.NRGBA{0x22, 0x22, 0x22, 0xFF}
	ts.XAlign, ts.YAlign = draw.XLeft, draw.YCenter
	var placed []vg.Rectangle
	for _, name := range names {
		if len(placed) == n {
			break
		}
		p := tr(at[name])
		w := ts.Width(name)
		r := vg.Rectangle{Min: vg.Point{X: p.X + 7, Y: p.Y - 5}, Max: vg.Point{X: p.X + 7 + w, Y: p.Y + 5}}
		if slices.ContainsFunc(placed, func(q vg.Rectangle) bool {
			return r.Min.X < q.Max.X && q.Min.X < r.Max.X && r.Min.Y < q.Max.Y && q.Min.Y < r.Max.Y
		}) {
			continue
		}
		placed = append(placed, r)
		dc.FillText(ts, vg.Point{X: p.X + 7, Y: p.Y}, name)
	}
}
