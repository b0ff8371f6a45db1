package plot

import (
	"cmp"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"geotimeline/pipeline"
)

// Label layout constants, in points unless noted.
const (
	labelFontPt   = 7   // label text size
	labelPadPt    = 1.5 // between a mark and its own label
	labelMarkGap  = 4.0 // kept clear between a label and any other mark, so that a label is visibly nearest its own mark
	labelGapPt    = 3.0 // kept clear between two labels
	labelMaxRunes = 22  // longer names are cut with "…"
)

func labelGrey() color.Color { return color.NRGBA{R: 0x30, G: 0x30, B: 0x30, A: 0xFF} }

// labelText is the short label of event e drawn as a mark spanning [x0, x1)
// days: what tells it apart from its lane-mates at a glance. Under ByType the
// lane names the type, so the label is the place (the gazetteer name, else
// the place as written); under ByPlace the lane names the place, so the label
// is the type. A single-day event adds its day ("Hyesan · Feb 15"), which
// the axis cannot resolve on a long span; the year is left to the axis.
// Names are shortened ("North Pyongan Province" → "N. Pyongan") and cut at
// labelMaxRunes. An event with neither a name nor a single day gets no label
// ("").
func labelText(e *pipeline.Event, by LaneBy, x0, x1 float64) string {
	var name string
	if by == ByPlace {
		name = typeName(e.Type)
	} else {
		name = e.PlaceName
		if e.HasPlace && e.Place.Name != "" {
			name = e.Place.Name
		}
		name = shortPlace(clean(name))
	}
	name = truncate(name, labelMaxRunes)
	if x1-x0 != 1 {
		return name
	}
	day := e.Date.Start.Time().Format("Jan 2")
	if name == "" {
		return day
	}
	return name + " · " + day
}

// shortPlace abbreviates the parts of a place name an analyst does not need
// in a label: a leading compass word ("North Hamgyong" → "N. Hamgyong") and
// a trailing administrative word ("Ryanggang Province" → "Ryanggang"). A name
// that would be left empty is kept whole.
func shortPlace(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, suffix := range []string{" Province", " province", " Prefecture", " County", " county", " City", " city"} {
		if t, ok := strings.CutSuffix(s, suffix); ok && t != "" {
			s = t
			break
		}
	}
	for _, p := range [...]struct{ long, short string }{{"North ", "N. "}, {"South ", "S. "}, {"East ", "E. "}, {"West ", "W. "}} {
		if t, ok := strings.CutPrefix(s, p.long); ok && t != "" && !strings.Contains(t, " ") {
			return p.short + t
		}
	}
	return s
}

// truncate cuts s to at most n runes, ending in "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ·,") + "…"
}

// A box is an axis-aligned rectangle in canvas points.
type box struct{ x0, y0, x1, y1 vg.Length }

// overlaps reports whether a and b share interior area; touching edges do
// not overlap.
func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// within reports whether a lies inside b.
func (a box) within(b box) bool {
	return a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1
}

// grow returns a enlarged by d on every side.
func (a box) grow(d vg.Length) box { return box{a.x0 - d, a.y0 - d, a.x1 + d, a.y1 + d} }

// A labelReq asks for a label beside a mark.
type labelReq struct {
	mark   box       // the drawn mark
	region box       // where the label must stay: the mark's lane band in the data area
	w      vg.Length // text width, from the font's metrics
	asc    vg.Length // font ascent above the baseline
	desc   vg.Length // font descent below the baseline
}

// A placedLabel is a label that found room: its text box and the left end
// of its baseline.
type placedLabel struct {
	req      int // index into the requests
	box      box
	baseline vg.Point
}

// placeLabels places labels greedily in the order of reqs: each goes right
// of its mark, or else left of it, vertically centred on the mark, inside
// its region, at least markGap clear of every other mark in marks and
// labelGap clear of every label placed before it. A label with no such position is omitted. It returns the
// placed labels (in request order) and the number omitted. The result
// depends only on its arguments.
func placeLabels(reqs []labelReq, marks []box, markGap, labelGap vg.Length) (placed []placedLabel, omitted int) {
	// The marks and the labels placed so far, found through grids: a chart
	// has up to DefaultMaxMarks marks, and trying each against every mark
	// and label made the layout quadratic.
	markIx := newBoxIndex(marks)
	labelIx := newBoxIndex(nil)
	free := func(b, own box) bool {
		g := b.grow(markGap)
		// A mark in the way overlaps b or g, and so the box around both.
		q := box{min(b.x0, g.x0), min(b.y0, g.y0), max(b.x1, g.x1), max(b.y1, g.y1)}
		if markIx.any(q, func(m box) bool { return m != own && g.overlaps(m) || b.overlaps(m) }) {
			return false
		}
		return !labelIx.any(b.grow(labelGap), nil)
	}
	for i, r := range reqs {
		yc := (r.mark.y0 + r.mark.y1) / 2
		base := yc - (r.asc-r.desc)/2
		ok := false
		for _, x := range []vg.Length{r.mark.x1 + labelPadPt, r.mark.x0 - labelPadPt - r.w} {
			b := box{x, base - r.desc, x + r.w, base + r.asc}
			if b.within(r.region) && free(b, r.mark) {
				placed = append(placed, placedLabel{req: i, box: b, baseline: vg.Point{X: x, Y: base}})
				labelIx.add(b)
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

// A boxIndex holds boxes in the cells of a grid of boxCell points, each box
// in every cell it touches, and answers whether a box overlaps any of them
// by looking at the cells the box touches only. Two boxes that overlap
// share an inner point, and so a cell, so the answer is exact. Boxes too
// large for the grid, inverted or not finite, are kept aside and always
// tried; such a query box is tried against every box.
type boxIndex struct {
	boxes []box
	cells map[[2]int32][]int32 // box numbers by cell
	wide  []int32              // boxes not in cells
}

// boxCell is the side of a boxIndex cell, and boxSpan the most cells a box
// may span on each axis before it is kept aside.
const (
	boxCell = 16
	boxSpan = 64
)

func newBoxIndex(boxes []box) *boxIndex {
	ix := &boxIndex{cells: map[[2]int32][]int32{}}
	for _, b := range boxes {
		ix.add(b)
	}
	return ix
}

// cellRange returns the cells b touches, or false when b is not finite, is
// inverted (grown by a negative gap) or spans too many.
func cellRange(b box) (x0, y0, x1, y1 int32, ok bool) {
	c := [4]float64{float64(b.x0), float64(b.y0), float64(b.x1), float64(b.y1)}
	for i := range c {
		if math.IsNaN(c[i]) || math.Abs(c[i]) > 1e9 {
			return 0, 0, 0, 0, false
		}
		c[i] = math.Floor(c[i] / boxCell)
	}
	if c[2] < c[0] || c[3] < c[1] || c[2]-c[0] > boxSpan || c[3]-c[1] > boxSpan {
		return 0, 0, 0, 0, false
	}
	return int32(c[0]), int32(c[1]), int32(c[2]), int32(c[3]), true
}

// add adds b.
func (ix *boxIndex) add(b box) {
	n := int32(len(ix.boxes))
	ix.boxes = append(ix.boxes, b)
	x0, y0, x1, y1, ok := cellRange(b)
	if !ok {
		ix.wide = append(ix.wide, n)
		return
	}
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			ix.cells[[2]int32{x, y}] = append(ix.cells[[2]int32{x, y}], n)
		}
	}
}

// any reports whether some box m of ix overlaps q and passes keep (nil
// keeps every box).
func (ix *boxIndex) any(q box, keep func(m box) bool) bool {
	hit := func(n int32) bool {
		m := ix.boxes[n]
		return q.overlaps(m) && (keep == nil || keep(m))
	}
	x0, y0, x1, y1, ok := cellRange(q)
	if !ok {
		for n := range ix.boxes {
			if hit(int32(n)) {
				return true
			}
		}
		return false
	}
	for _, n := range ix.wide {
		if hit(n) {
			return true
		}
	}
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			for _, n := range ix.cells[[2]int32{x, y}] {
				if hit(n) {
					return true
				}
			}
		}
	}
	return false
}

// labelStyle is the text style of mark labels.
func labelStyle() text.Style {
	sty := textStyle(text.Style{Handler: gplot.DefaultTextHandler}, labelFontPt)
	sty.Color = labelGrey()
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
	return sty
}

// A labelSet is the labels of a chart placed on one data canvas.
type labelSet struct {
	rect    vg.Rectangle // the data canvas they were placed on
	texts   []string     // per placed label
	placed  []placedLabel
	total   int // marks with a label text
	omitted int // of those, labels that found no room
}

// markBox is the rectangle mark m is drawn as, given the plot transforms
// and the height of one sub-row.
func (c *chart) markBox(m mark, trX, trY func(float64) vg.Length, unit vg.Length) box {
	yc := trY(c.y(c.lanes[m.lane], float64(m.row)))
	h := unit * vg.Length(m.style.heightFrac()) / 2
	x0 := trX(m.x0)
	x1 := max(trX(m.x1), x0+minMarkPt)
	return box{x0, yc - h, x1, yc + h}
}

// labelLayout places the labels of c's marks on the data canvas dc of p:
// in order of start day, then event id, then input position.
func (c *chart) labelLayout(dc draw.Canvas, p *gplot.Plot) *labelSet {
	ls := &labelSet{rect: dc.Rectangle}
	if len(c.marks) == 0 {
		return ls
	}
	trX, trY := p.Transforms(&dc)
	unit := trY(1) - trY(0)
	boxes := make([]box, len(c.marks))
	var order []int
	for i, m := range c.marks {
		boxes[i] = c.markBox(m, trX, trY, unit)
		if m.label != "" {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int {
		ma, mb := &c.marks[a], &c.marks[b]
		return cmp.Or(cmp.Compare(ma.x0, mb.x0), cmp.Compare(ma.id, mb.id), cmp.Compare(ma.index, mb.index))
	})
	sty := labelStyle()
	ext := sty.FontExtents()
	reqs := make([]labelReq, len(order))
	for k, i := range order {
		m := c.marks[i]
		ln := c.lanes[m.lane]
		region := box{
			x0: dc.Min.X, x1: dc.Max.X,
			y0: max(trY(c.y(ln, float64(ln.rows)-0.5)-laneGap/2), dc.Min.Y),
			y1: min(trY(c.y(ln, -0.5)+laneGap/2), dc.Max.Y),
		}
		reqs[k] = labelReq{mark: boxes[i], region: region, w: sty.Width(m.label), asc: ext.Ascent, desc: ext.Descent}
	}
	ls.total = len(reqs)
	ls.placed, ls.omitted = placeLabels(reqs, boxes, labelMarkGap, labelGapPt)
	ls.texts = make([]string, len(ls.placed))
	for k, pl := range ls.placed {
		ls.texts[k] = c.marks[order[pl.req]].label
	}
	return ls
}

// draw writes the placed labels on dc.
func (ls *labelSet) draw(dc draw.Canvas) {
	sty := labelStyle()
	// text.Plain draws a one-line, bottom-aligned text with its baseline at
	// y - ascent + size; shift so that the baseline lands where placed.
	shift := sty.FontExtents().Ascent - sty.Font.Size
	for k, pl := range ls.placed {
		dc.FillText(sty, vg.Point{X: pl.baseline.X, Y: pl.baseline.Y + shift}, ls.texts[k])
	}
}

// note says how many labels were left out for want of room ("" if none).
func (ls *labelSet) note() string {
	if ls == nil || ls.omitted == 0 {
		return ""
	}
	return fmt.Sprintf("%d of %d labels omitted for lack of room", ls.omitted, ls.total)
}
