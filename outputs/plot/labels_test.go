package plot

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"geotimeline/pipeline"
)

func TestLabelText(t *testing.T) {
	day := pipeline.Interval{Start: ymd(2021, 2, 15), End: ymd(2021, 2, 15), Precision: pipeline.PrecisionDay}
	month := pipeline.Interval{Start: ymd(2021, 2, 1), End: ymd(2021, 2, 28), Precision: pipeline.PrecisionMonth}
	place := func(written, name string) pipeline.Event {
		return pipeline.Event{Type: "arrest", HasPlace: name != "", PlaceName: written, Place: pipeline.Place{Name: name}}
	}
	tests := []struct {
		name string
		e    pipeline.Event
		iv   pipeline.Interval
		by   LaneBy
		want string
	}{
		{"city, day", place("Hyesan City", "Hyesan"), day, ByType, "Hyesan · Feb 15"},
		{"city, month", place("Hyesan", "Hyesan"), month, ByType, "Hyesan"},
		{"gazetteer name over written form", place("혜산", "Hyesan"), month, ByType, "Hyesan"},
		{"province shortened", place("North Pyongan Province", "North Pyongan Province"), day, ByType, "N. Pyongan · Feb 15"},
		{"compass word kept in a longer name", place("", "South Hwanghae Coast Road"), month, ByType, "South Hwanghae Coast…"},
		{"unresolved place as written", place("Yonsa County", ""), month, ByType, "Yonsa"},
		{"no place, day", place("", ""), day, ByType, "Feb 15"},
		{"no place, month: no label", place("", ""), month, ByType, ""},
		{"by place: the type", place("Hyesan", "Hyesan"), day, ByPlace, "arrest · Feb 15"},
		{"control characters", place("", "Mu\x00san"), month, ByType, "Mu san"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.e
			e.Date = tc.iv
			x0, x1 := days(tc.iv.Start), days(tc.iv.End)+1
			if got := labelText(&e, tc.by, x0, x1); got != tc.want {
				t.Errorf("labelText(%q, %q) = %q, want %q", e.Place.Name, e.PlaceName, got, tc.want)
			}
		})
	}
}

// TestPlaceLabels checks the placement rules on hand-built boxes: right of
// the mark first, left when the right is taken, omitted when both are, and
// never outside the region.
func TestPlaceLabels(t *testing.T) {
	region := box{0, 0, 200, 10}
	req := func(x0, x1, w vg.Length) labelReq {
		return labelReq{mark: box{x0, 2, x1, 8}, region: region, w: w, asc: 5, desc: 1}
	}
	tests := []struct {
		name    string
		reqs    []labelReq
		marks   []box
		wantX   []vg.Length // left edge of each placed label
		omitted int
	}{
		{"right of the mark", []labelReq{req(10, 12, 20)}, nil, []vg.Length{12 + labelPadPt}, 0},
		{"left when the right edge is near", []labelReq{req(185, 187, 20)}, nil, []vg.Length{185 - labelPadPt - 20}, 0},
		{"left when a mark blocks the right", []labelReq{req(50, 52, 20)}, []box{{60, 2, 62, 8}}, []vg.Length{50 - labelPadPt - 20}, 0},
		{"omitted when boxed in", []labelReq{req(50, 52, 20)}, []box{{60, 2, 62, 8}, {40, 2, 42, 8}}, nil, 1},
		{"two labels with room", []labelReq{req(10, 12, 20), req(100, 102, 40)}, nil, []vg.Length{12 + labelPadPt, 102 + labelPadPt}, 0},
		{"a later label yields to an earlier one", []labelReq{req(10, 12, 20), req(60, 62, 25)}, []box{{90, 2, 92, 8}}, []vg.Length{12 + labelPadPt}, 1},
		{"in the other order the other one wins", []labelReq{req(60, 62, 25), req(10, 12, 20)}, []box{{90, 2, 92, 8}}, []vg.Length{60 - labelPadPt - 25}, 1},
		{"too tall for the region", []labelReq{{mark: box{10, 2, 12, 8}, region: region, w: 5, asc: 9, desc: 3}}, nil, nil, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			marks := append([]box{}, tc.marks...)
			for _, r := range tc.reqs {
				marks = append(marks, r.mark)
			}
			placed, omitted := placeLabels(tc.reqs, marks, labelMarkGap, labelGapPt)
			var xs []vg.Length
			for _, p := range placed {
				xs = append(xs, p.box.x0)
			}
			if fmt.Sprint(xs) != fmt.Sprint(tc.wantX) || omitted != tc.omitted {
				t.Errorf("placeLabels: left edges %v, %d omitted; want %v, %d", xs, omitted, tc.wantX, tc.omitted)
			}
			checkLabels(t, tc.reqs, marks, placed)
		})
	}
}

// checkLabels asserts the placement invariants: no two label boxes overlap,
// no label box overlaps any mark, every label lies in its region, beside
// its own mark and vertically centred on it.
func checkLabels(t *testing.T, reqs []labelReq, marks []box, placed []placedLabel) {
	t.Helper()
	const eps = 1e-9
	for i, p := range placed {
		r := reqs[p.req]
		if !p.box.within(r.region) {
			t.Errorf("label %d %v outside its region %v", p.req, p.box, r.region)
		}
		beside := abs(p.box.x0-(r.mark.x1+labelPadPt)) < eps || abs(p.box.x1-(r.mark.x0-labelPadPt)) < eps
		if !beside || abs((p.box.y0+p.box.y1)-(r.mark.y0+r.mark.y1)) > eps {
			t.Errorf("label %d %v is not beside its mark %v", p.req, p.box, r.mark)
		}
		if abs(p.box.x1-p.box.x0-r.w) > 1e-6 {
			t.Errorf("label %d is %v wide, want the measured %v", p.req, p.box.x1-p.box.x0, r.w)
		}
		for j, m := range marks {
			if p.box.overlaps(m) {
				t.Errorf("label %d %v overlaps mark %d %v", p.req, p.box, j, m)
			}
		}
		for _, q := range placed[:i] {
			if p.box.overlaps(q.box) {
				t.Errorf("labels %d %v and %d %v overlap", q.req, q.box, p.req, p.box)
			}
		}
	}
}

func abs(x vg.Length) vg.Length { return max(x, -x) }

// crowd returns n events over three years in eight types at a dozen
// places, days and months mixed, from a fixed seed.
func crowd(n int) []pipeline.Event {
	rng := rand.New(rand.NewPCG(7, 11))
	types := []string{"arrest", "border_closure", "crackdown", "execution", "lockdown", "order", "sentence", "smuggling"}
	places := []string{"Hyesan", "Sinuiju", "Pyongyang", "Chongjin", "Kaesong", "Hoeryong", "Musan", "North Pyongan", "South Hamgyong", "Ryanggang Province", "Dandong"}
	events := make([]pipeline.Event, n)
	for i := range events {
		d := ymd(2019, 1, 1).AddDays(rng.IntN(3 * 365))
		e := ev(fmt.Sprintf("e%04d", i), types[rng.IntN(len(types))], d, d, pipeline.PrecisionDay)
		if rng.IntN(4) == 0 {
			e.Date = pipeline.Interval{Start: ymd(d.Year, d.Month, 1), End: d.EndOfMonth(), Precision: pipeline.PrecisionMonth}
		}
		e.HasPlace, e.Place.Name = true, places[rng.IntN(len(places))]
		events[i] = e
	}
	return events
}

// TestLabelLayoutCrowded lays out 320 events and places their labels as
// Write does: every label that is placed is clear of every other label and
// every mark, and those that found no room are counted in the note.
func TestLabelLayoutCrowded(t *testing.T) {
	for _, by := range []LaneBy{ByType, ByPlace} {
		t.Run(fmt.Sprint(by), func(t *testing.T) {
			c := layout(crowd(320), Options{LaneBy: by})
			p := c.plot()
			area := draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: c.width, Y: c.height}}}
			c.placeLabels(p, area)
			ls := c.labels
			labelled := 0
			for _, m := range c.marks {
				if m.label != "" {
					labelled++
				}
			}
			if ls.total != labelled || len(ls.placed)+ls.omitted != ls.total {
				t.Fatalf("%d placed + %d omitted, total %d; want %d labelled marks", len(ls.placed), ls.omitted, ls.total, labelled)
			}
			if ls.omitted == 0 || len(ls.placed) < 20 {
				t.Errorf("%d placed, %d omitted; want a crowded chart to place many labels and omit some", len(ls.placed), ls.omitted)
			}
			want := fmt.Sprintf("%d of %d labels omitted", ls.omitted, ls.total)
			if !strings.Contains(p.X.Label.Text, want) {
				t.Errorf("note %q lacks %q", p.X.Label.Text, want)
			}
			if n := strings.Count(p.X.Label.Text, "\n"); n != strings.Count(c.note(), "\n") {
				t.Errorf("note has %d lines", n+1)
			}

			// Rebuild the requests and mark boxes independently of
			// labelLayout's bookkeeping and check the invariants on them.
			dc := p.DataCanvas(area)
			trX, trY := p.Transforms(&dc)
			unit := trY(1) - trY(0)
			marks := make([]box, len(c.marks))
			for i, m := range c.marks {
				marks[i] = c.markBox(m, trX, trY, unit)
			}
			reqs := make([]labelReq, len(ls.placed))
			placed := make([]placedLabel, len(ls.placed))
			sty := labelStyle()
			for k, pl := range ls.placed {
				placed[k] = placedLabel{req: k, box: pl.box, baseline: pl.baseline}
				i := markOf(t, c, marks, pl.box)
				ln := c.lanes[c.marks[i].lane]
				reqs[k] = labelReq{
					mark:   marks[i],
					region: box{dc.Min.X, trY(c.y(ln, float64(ln.rows)-0.5) - laneGap/2), dc.Max.X, trY(c.y(ln, -0.5) + laneGap/2)},
					w:      sty.Width(ls.texts[k]),
				}
				if ls.texts[k] != c.marks[i].label {
					t.Errorf("label %q drawn beside the mark of %q", ls.texts[k], c.marks[i].label)
				}
			}
			checkLabels(t, reqs, marks, placed)
		})
	}
}

// markOf returns the index of the mark a label box sits beside.
func markOf(t *testing.T, c *chart, marks []box, b box) int {
	t.Helper()
	for i, m := range marks {
		if (abs(b.x0-(m.x1+labelPadPt)) < 1e-9 || abs(b.x1-(m.x0-labelPadPt)) < 1e-9) && abs((b.y0+b.y1)-(m.y0+m.y1)) < 1e-9 {
			return i
		}
	}
	t.Fatalf("label box %v is beside no mark", b)
	return -1
}

// placeLabelsQuadratic is placeLabels as first written, trying every
// label against every mark and every placed label: the reference for the
// grid-indexed one.
func placeLabelsQuadratic(reqs []labelReq, marks []box, markGap, labelGap vg.Length) (placed []placedLabel, omitted int) {
	free := func(b, own box) bool {
		g := b.grow(markGap)
		for _, m := range marks {
			if m != own && g.overlaps(m) || b.overlaps(m) {
				return false
			}
		}
		g = b.grow(labelGap)
		for _, p := range placed {
			if g.overlaps(p.box) {
				return false
			}
		}
		return true
	}
	for i, r := range reqs {
		yc := (r.mark.y0 + r.mark.y1) / 2
		base := yc - (r.asc-r.desc)/2
		ok := false
		for _, x := range []vg.Length{r.mark.x1 + labelPadPt, r.mark.x0 - labelPadPt - r.w} {
			b := box{x, base - r.desc, x + r.w, base + r.asc}
			if b.within(r.region) && free(b, r.mark) {
				placed = append(placed, placedLabel{req: i, box: b, baseline: vg.Point{X: x, Y: base}})
				ok = true
				break
			}
		}
		if !ok {
			omitted++
		}
	}
	return placed, omitted
}

// FuzzPlaceLabelsIndexed checks placeLabels against the quadratic
// reference on crowded random charts: marks on a few lanes, some of equal
// boxes, some huge or not finite, and gaps of either sign.
func FuzzPlaceLabelsIndexed(f *testing.F) {
	f.Add(uint64(1), uint16(300), int8(4), int8(3))
	f.Add(uint64(2), uint16(40), int8(-2), int8(0))
	f.Add(uint64(3), uint16(1000), int8(8), int8(-1))
	f.Fuzz(func(t *testing.T, seed uint64, n uint16, markGap, labelGap int8) {
		r := rand.New(rand.NewPCG(seed, 1))
		n %= 2000
		region := box{0, 0, 600, 400}
		marks := make([]box, n)
		reqs := make([]labelReq, 0, n)
		for i := range marks {
			lane := vg.Length(r.IntN(20)) * 20
			x := vg.Length(r.Float64() * 620)
			w := vg.Length(r.Float64()*30 + 0.5)
			switch r.IntN(50) {
			case 0:
				w = 1e12
			case 1:
				x = vg.Length(math.NaN())
			case 2:
				if i > 0 {
					marks[i] = marks[i-1]
					continue
				}
			}
			marks[i] = box{x, lane + 2, x + w, lane + 8}
		}
		for i, m := range marks {
			if r.IntN(3) > 0 {
				lane := m.y0 - 2
				reqs = append(reqs, labelReq{mark: marks[i], region: box{region.x0, lane - 5, region.x1, lane + 15},
					w: vg.Length(r.Float64()*60 + 5), asc: 5, desc: 1.5})
			}
		}
		mg, lg := vg.Length(markGap)/2, vg.Length(labelGap)/2
		got, gotOmitted := placeLabels(reqs, marks, mg, lg)
		want, wantOmitted := placeLabelsQuadratic(reqs, marks, mg, lg)
		if gotOmitted != wantOmitted || !slices.Equal(got, want) {
			t.Fatalf("placeLabels: %d placed, %d omitted; quadratic reference: %d placed, %d omitted", len(got), gotOmitted, len(want), wantOmitted)
		}
	})
}
