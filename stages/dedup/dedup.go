// Package dedup merges the reports of one real-world event — by several
// documents, or twice by one — into a single event.
//
// Merge is not a per-document Stage: it is a function over the ordered
// stream of events that the pipeline produces. Its output depends only on
// the order of its input (which the caller fixes by document order), never on
// scheduling, so runs with one or many workers agree byte for byte.
//
// Two events merge when they have the same type; dates that overlap (both
// known, with widths no more than 40 times apart) or, for undated events, the
// same document; places that agree (the same gazetteer id, within 50 km —
// 15 km for two towns of city precision, or two towns or counties of one
// document — or
// one's admin1 or country containing the other — but a country-wide
// "other" event over more than a month holds none of another report); no
// conflicting specific
// actors; and compatible modalities (a denied event never merges with one
// that happened). docs/events.md gives the full rule.
//
// Merge works on a slice; for a corpus too large to hold, a Merger decides
// one report at a time which merged event it joins, keeping only a compact
// key per merged event, and a Combiner builds each merged event from its
// reports afterwards. Candidates are found through an index by type, month
// and 1° cell of the place (areas and unplaced events apart), so each report
// is compared with the few merged events that could take it, not with all.
package dedup

import (
	"fmt"
	"io"
	"log/slog"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// Options configures Merge. The zero value is useful.
type Options struct {
	// Logger receives a debug summary; nil discards it.
	Logger *slog.Logger
}

// Limits of the merge rule.
const (
	// MaxDistanceKM is how far apart two places may be and still be one.
	MaxDistanceKM = 50
	// MaxTownDistanceKM is the same for two different towns named as such
	// (both of city precision): Hamhung and Hungnam are one place, Nampo
	// and Sariwon, 40 km apart, are two.
	MaxTownDistanceKM = 15
	// MaxWidthRatio bounds how much wider one date interval may be than the
	// other: a day merges with a month, not with a year.
	MaxWidthRatio = 40
	// MaxNotes is how many absorbed reports a MergeNote describes one by
	// one (reports with a conflict: up to twice as many); the others are
	// counted.
	MaxNotes = 20
	// maxBuckets caps the months an interval is indexed under; wider
	// intervals go to a per-type list of wide clusters.
	maxBuckets = 36
)

// bucketKey names the merged events of one type and month.
type bucketKey struct {
	typ   string
	month int // year*12 + month-1
}

// A Merger decides, one event at a time, which merged event each report
// belongs to. It keeps only a compact key per merged event (type, dates,
// document, interned place, specific actors) and an index over them, never
// the events themselves, so a corpus of any size can stream through it: the
// caller keeps the reports (on disk, say) and builds each merged event from
// its reports with a Combiner.
//
// Events of one document must come together, as the pipeline delivers
// them: a report matches an undated or unplaced event only within the
// document being read. A Merger is not safe for concurrent use.
type Merger struct {
	keys    []key
	spans   []daySpan // keys[i].date as spanOf gives it
	byMonth map[bucketKey]*bucket
	wide    map[string][]int32 // clusters whose interval spans more than maxBuckets months, by type
	places  map[pipeline.Place]*pipeline.Place
	strs    map[string]string

	doc     string             // the document being read
	docOwn  []int32            // clusters its events started
	undated map[string][]int32 // its undated clusters, by type
	cands   []int32            // scratch
	reports int
}

// NewMerger returns an empty Merger.
func NewMerger() *Merger {
	return &Merger{byMonth: map[bucketKey]*bucket{}, wide: map[string][]int32{},
		places: map[pipeline.Place]*pipeline.Place{}, strs: map[string]string{}, undated: map[string][]int32{}}
}

// Len returns the number of merged events so far.
func (m *Merger) Len() int { return len(m.keys) }

// Add files e and returns the index of the merged event it belongs to:
// Len()-1 when it starts a new one. Indices count from 0 in order of first
// report.
func (m *Merger) Add(e *pipeline.Event) int {
	if e.Doc.ID != m.doc {
		m.doc = strings.Clone(e.Doc.ID)
		m.docOwn = m.docOwn[:0]
		clear(m.undated)
	}
	ek := m.keyOf(e)
	es := spanOf(ek.date)
	for _, ci := range m.candidates(&ek) {
		if apart(m.spans[ci], es) {
			continue // as compatible would find, without reading the key
		}
		if ok, _ := compatible(&m.keys[ci], &ek, false); ok {
			placeChanged := m.keys[ci].absorb(&ek)
			m.spans[ci] = spanOf(m.keys[ci].date)
			if placeChanged {
				m.index(ci) // its place changed: findable under the new one too
			}
			return int(ci)
		}
	}
	ci := int32(len(m.keys))
	m.keys = append(m.keys, ek)
	m.spans = append(m.spans, es)
	m.docOwn = append(m.docOwn, ci)
	m.index(ci)
	return int(ci)
}

// keyOf returns e's key, its strings interned so that the key never holds
// a slice of a document's text.
func (m *Merger) keyOf(e *pipeline.Event) key {
	k := key{typ: m.intern(e.Type), negated: e.Modality == pipeline.Negated, date: e.Date, doc: m.doc}
	if e.HasPlace {
		p, ok := m.places[e.Place]
		if !ok {
			c := e.Place
			c.ID, c.Name, c.FeatureCode = strings.Clone(c.ID), strings.Clone(c.Name), strings.Clone(c.FeatureCode)
			c.Admin1, c.Country = strings.Clone(c.Admin1), strings.Clone(c.Country)
			p = &c
			m.places[c] = p
		}
		k.place = p
	}
	for _, a := range e.Actors {
		if isSpecific(a) {
			k.actors = append(k.actors, m.intern(a))
		}
	}
	return k
}

func (m *Merger) intern(s string) string {
	if t, ok := m.strs[s]; ok {
		return t
	}
	s = strings.Clone(s)
	m.strs[s] = s
	return s
}

// A bucket indexes the merged events of one type and month by place.
type bucket struct {
	cells    map[cell][]int32 // placed at a point, city or admin2, by 1° cell
	coarse   []int32          // placed at an admin1, country or region: they may contain or cover anything
	unplaced []int32
}

// cell is a 1° square of latitude and longitude.
type cell struct{ lat, lon int16 }

func cellOf(p *pipeline.Place) cell {
	return cell{int16(math.Floor(p.Lat)), int16(mod360(int(math.Floor(p.Lon))))}
}

func mod360(x int) int { return ((x % 360) + 360) % 360 }

// coarse reports whether a place is an area that may contain, or whose
// extent may cover, places far from its point.
func coarse(p *pipeline.Place) bool { return rank(p.Precision) > rank(pipeline.GeoAdmin2) }

// index files cluster ci under the buckets of its type and months.
func (m *Merger) index(ci int32) {
	k := &m.keys[ci]
	if !k.date.Known() {
		m.undated[k.typ] = appendOnce(m.undated[k.typ], ci)
		return
	}
	lo, hi := monthOf(k.date.Start), monthOf(k.date.End)
	if hi-lo+1 > maxBuckets {
		m.wide[k.typ] = appendOnce(m.wide[k.typ], ci)
		return
	}
	for mo := lo; mo <= hi; mo++ {
		bk := bucketKey{k.typ, mo}
		b := m.byMonth[bk]
		if b == nil {
			b = &bucket{}
			m.byMonth[bk] = b
		}
		switch {
		case k.place == nil:
			b.unplaced = appendOnce(b.unplaced, ci)
		case coarse(k.place):
			b.coarse = appendOnce(b.coarse, ci)
		default:
			if b.cells == nil {
				b.cells = map[cell][]int32{}
			}
			c := cellOf(k.place)
			b.cells[c] = appendOnce(b.cells[c], ci)
		}
	}
}

func appendOnce(l []int32, ci int32) []int32 {
	for _, x := range l {
		if x == ci {
			return l
		}
	}
	return append(l, ci)
}

// candidates returns, in ascending order, every merged event that might be
// compatible with ek: a superset of the compatible ones, so that the first
// compatible candidate is the first compatible merged event of all.
func (m *Merger) candidates(ek *key) []int32 {
	c := m.cands[:0]
	defer func() { m.cands = c[:0] }()
	if !ek.date.Known() {
		c = append(c, m.undated[ek.typ]...)
		return c
	}
	c = append(c, m.docOwn...) // an unplaced event matches within its document
	// Every month of the report's interval, however wide: a narrow event
	// late in a long span is as much a candidate as one early in it.
	lo, hi := monthOf(ek.date.Start), monthOf(ek.date.End)
	for mo := lo; mo <= hi; mo++ {
		b := m.byMonth[bucketKey{ek.typ, mo}]
		if b == nil {
			continue
		}
		switch {
		case ek.place == nil:
			c = append(c, b.unplaced...)
		case coarse(ek.place):
			// An area may hold any placed event (an unplaced one matches
			// only within its document: docOwn).
			c = append(c, b.coarse...)
			for _, l := range b.cells {
				c = append(c, l...)
			}
		default:
			c = append(c, b.coarse...)
			c = b.near(c, ek.place)
		}
	}
	c = append(c, m.wide[ek.typ]...)
	slices.Sort(c)
	c = slices.Compact(c)
	return c
}

// near appends the clusters of b placed within MaxDistanceKM of p's cell
// neighbourhood.
func (b *bucket) near(c []int32, p *pipeline.Place) []int32 {
	if len(b.cells) == 0 {
		return c
	}
	// One degree of latitude is 111 km, more than MaxDistanceKM; a degree
	// of longitude shrinks with the cosine of the latitude.
	lat := math.Abs(p.Lat) + 1
	if lat >= 89 {
		for _, l := range b.cells {
			c = append(c, l...)
		}
		return c
	}
	dlon := int(math.Ceil(MaxDistanceKM / (111.0 * math.Cos(lat*math.Pi/180))))
	if 2*dlon+1 >= 360 {
		dlon = 180
	}
	home := cellOf(p)
	for dy := -1; dy <= 1; dy++ {
		for dx := -dlon; dx <= dlon; dx++ {
			l := b.cells[cell{home.lat + int16(dy), int16(mod360(int(home.lon) + dx))}]
			c = append(c, l...)
		}
	}
	return c
}

// A key is what the merge rule looks at in an event, or in a merged event
// under construction.
type key struct {
	typ     string
	negated bool
	date    pipeline.Interval
	doc     string          // the (first) reporting document
	place   *pipeline.Place // nil when unplaced
	actors  []string        // the specific ones (see isSpecific)
}

// absorb narrows k by e as merging e into k's event does, and reports
// whether k's place changed.
func (k *key) absorb(e *key) (placeChanged bool) {
	if k.date.Known() && e.date.Known() {
		k.date = intersect(k.date, e.date)
	}
	if e.place != nil && (k.place == nil || finer(*e.place, *k.place)) {
		k.place, placeChanged = e.place, true
	}
	for _, a := range e.actors {
		if !slices.Contains(k.actors, a) {
			k.actors = append(k.actors, a)
		}
	}
	return placeChanged
}

// Merge returns events with the reports of one event merged, in order of
// first mention. Each merged event keeps the ID, document and sentence of its
// first mention, every Mention in input order, the intersection of the dates,
// the most precise place, and a MergeNote saying why and what disagreed.
// The input is not modified. Events of one document must come together.
func Merge(events []pipeline.Event, opts Options) []pipeline.Event {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	m := NewMerger()
	var members [][]int
	for i := range events {
		ci := m.Add(&events[i])
		if ci == len(members) {
			members = append(members, nil)
		}
		members[ci] = append(members[ci], i)
	}
	out := make([]pipeline.Event, len(members))
	merged := 0
	for ci, l := range members {
		var c Combiner
		for _, i := range l {
			c.Add(&events[i])
		}
		out[ci] = c.Event()
		if len(l) > 1 {
			merged++
		}
	}
	log.Debug("dedup", "in", len(events), "out", len(out), "merged", merged)
	return out
}

// A Combiner builds one merged event from its reports, added in input
// order: the first is the event as reported, each later one is absorbed
// into it. The zero value is ready to use.
type Combiner struct {
	ev               pipeline.Event
	notes            []string // one per absorbed report, at most MaxNotes
	omitted          int      // absorbed reports without a note, and how many of them conflict
	omittedConflicts int
	members          int
}

// Add absorbs e, which the Merger filed under this merged event.
func (c *Combiner) Add(e *pipeline.Event) {
	if c.members == 0 {
		c.ev, c.members = *e, 1
		c.ev.Mentions = append([]pipeline.Mention(nil), e.Mentions...)
		c.ev.Actors = append([]string(nil), e.Actors...)
		return
	}
	// The merged event's key is the one the Merger kept for it: the first
	// report's document, the narrowed dates, the finer place, every
	// specific actor.
	ck, ek := plainKey(&c.ev), plainKey(e)
	_, why := compatible(&ck, &ek, true)
	c.absorb(e, why)
}

// Event returns the merged event, with its MergeNote when it has more than
// one report.
func (c *Combiner) Event() pipeline.Event {
	ev := c.ev
	if c.members > 1 {
		note := fmt.Sprintf("%d reports merged: %s", c.members, strings.Join(c.notes, "; "))
		if c.omitted > 0 {
			note += fmt.Sprintf("; and %d more reports (%d with a conflict), listed in the mentions", c.omitted, c.omittedConflicts)
		}
		if ev.MergeNote != "" {
			note = ev.MergeNote + "; " + note
		}
		ev.MergeNote = note
	}
	return ev
}

// plainKey returns e's key without interning; it aliases e.
func plainKey(e *pipeline.Event) key {
	k := key{typ: e.Type, negated: e.Modality == pipeline.Negated, date: e.Date, doc: e.Doc.ID}
	if e.HasPlace {
		k.place = &e.Place
	}
	for _, a := range e.Actors {
		if isSpecific(a) {
			k.actors = append(k.actors, a)
		}
	}
	return k
}

func monthOf(d pipeline.Date) int { return d.Year*12 + int(d.Month) - 1 }

// A daySpan is a merged event's interval as far as Add's first test needs it,
// kept beside the keys so that candidates can be ruled out by their dates
// without reading their keys: a key is 136 bytes of strings and pointers
// in an array of megabytes, and on the generated corpus two candidates in
// three are another event's on other days (508,000 candidates of 20,000
// articles, 161,000 overlapping).
type daySpan struct {
	lo, hi int32 // the ordinals of Start and End, when kind is spanExact
	kind   uint8
}

const (
	spanUndated = iota // the interval is not Known
	spanExact          // lo and hi order the dates as Date.Compare does
	spanOther          // dated, with fields ordinal does not take
)

// ordinal returns an integer that orders dates as Date.Compare does, for
// years 0 to 2^21-1, months 0 to 15 and days 0 to 31; ok is false for any
// other date.
func ordinal(d pipeline.Date) (n int32, ok bool) {
	if uint(d.Year) >= 1<<21 || uint(d.Month) > 15 || uint(d.Day) > 31 {
		return 0, false
	}
	return int32(d.Year<<9 | int(d.Month)<<5 | d.Day), true
}

// spanOf returns the daySpan of iv.
func spanOf(iv pipeline.Interval) daySpan {
	if !iv.Known() {
		return daySpan{kind: spanUndated}
	}
	lo, ok := ordinal(iv.Start)
	hi, ok2 := ordinal(iv.End)
	if !ok || !ok2 {
		return daySpan{kind: spanOther}
	}
	return daySpan{lo: lo, hi: hi, kind: spanExact}
}

// apart reports that events of the spans a and b are not compatible: one
// is dated and the other is not, or both are dated to intervals that share
// no day. When it is false, compatible decides.
func apart(a, b daySpan) bool {
	if (a.kind == spanUndated) != (b.kind == spanUndated) {
		return true
	}
	return a.kind == spanExact && b.kind == spanExact && (a.hi < b.lo || b.hi < a.lo)
}

// compatible reports whether e is another report of the event of c, and,
// when reasons is set, why.
func compatible(c, e *key, reasons bool) (bool, string) {
	if c.typ != e.typ || c.negated != e.negated {
		return false, ""
	}
	var dateWhy string
	switch {
	case c.date.Known() && e.date.Known():
		if !c.date.Overlaps(e.date) {
			return false, ""
		}
		a, b := c.date.Days(), e.date.Days()
		if a > b {
			a, b = b, a
		}
		if b > MaxWidthRatio*a {
			return false, ""
		}
		if reasons {
			dateWhy = fmt.Sprintf("dates overlap (%s and %s)", ivString(c.date), ivString(e.date))
		}
	case !c.date.Known() && !e.date.Known():
		if c.doc != e.doc {
			return false, ""
		}
		dateWhy = "both undated in the same document"
	default:
		return false, ""
	}
	ok, placeWhy := placesAgree(c, e, reasons)
	if !ok || actorsConflict(c.actors, e.actors) {
		return false, ""
	}
	if !reasons {
		return true, ""
	}
	return true, fmt.Sprintf("same type %s, %s, %s", e.typ, dateWhy, placeWhy)
}

// placesAgree reports whether two events' places can be one place.
func placesAgree(c, e *key, reasons bool) (bool, string) {
	switch {
	case c.place == nil && e.place == nil:
		return true, "neither placed"
	case c.place == nil || e.place == nil:
		if c.doc == e.doc {
			return true, "one unplaced, same document"
		}
		return false, ""
	}
	p, q := *c.place, *e.place
	if p.ID != "" && p.ID == q.ID {
		return true, "same place " + p.Name
	}
	// "other" gathers unlike happenings: across reports, a country-wide one
	// told over more than a month holds none of them ("North Korea has
	// launched 100 missiles since 2022" is not the market fire in Chongjin
	// that January; "floods hit North Korea on July 28" may be Sinuiju's).
	if c.typ == "other" && c.doc != e.doc && (p.Precision == pipeline.GeoCountry && c.date.Days() > maxCountryOtherDays ||
		q.Precision == pipeline.GeoCountry && e.date.Days() > maxCountryOtherDays) {
		return false, ""
	}
	if contains(p, q) {
		return true, why(reasons, func() string { return fmt.Sprintf("%s contains %s", p.Name, q.Name) })
	}
	if contains(q, p) {
		return true, why(reasons, func() string { return fmt.Sprintf("%s contains %s", q.Name, p.Name) })
	}
	d := distanceKM(p, q)
	limit := float64(MaxDistanceKM)
	if p.Precision == pipeline.GeoCity && q.Precision == pipeline.GeoCity || c.doc == e.doc && local(p) && local(q) {
		// Two towns named as such are two places beyond a town's
		// reach; so are two towns or counties one report names (a
		// plenary meeting in Pyongyang and a ceremony in Kangdong
		// County the same day are two events).
		limit = MaxTownDistanceKM
	}
	if d <= limit {
		return true, why(reasons, func() string { return fmt.Sprintf("%s and %s %.0f km apart", p.Name, q.Name, d) })
	}
	// A vague area (a border, a river), which has no admin unit to contain
	// anything, holds what lies within its radius ("the border with China"
	// and Dandong).
	wide := p
	if rank(q.Precision) > rank(p.Precision) {
		wide = q
	}
	if wide.Precision == pipeline.GeoRegion && wide.UncertaintyKM > 0 && d <= wide.UncertaintyKM {
		return true, why(reasons, func() string {
			return fmt.Sprintf("%s and %s %.0f km apart, within the %.0f km extent of %s", p.Name, q.Name, d, wide.UncertaintyKM, wide.Name)
		})
	}
	return false, ""
}

// maxCountryOtherDays is the longest span over which a country-wide event
// of type "other" still contains another report's event.
const maxCountryOtherDays = 31

// why returns the reason format gives only when one is wanted: format's
// arguments are neither boxed nor formatted otherwise (compatible runs for
// every candidate of every report).
func why(want bool, format func() string) string {
	if !want {
		return ""
	}
	return format()
}

// contains reports whether the area of p (a country or admin1) holds q.
func contains(p, q pipeline.Place) bool {
	if rank(p.Precision) <= rank(q.Precision) || p.Country == "" || p.Country != q.Country {
		return false
	}
	switch p.Precision {
	case pipeline.GeoCountry:
		return true
	case pipeline.GeoAdmin1:
		return p.Admin1 != "" && strings.EqualFold(p.Admin1, q.Admin1)
	}
	return false
}

// local reports whether p is a town, a county or finer.
func local(p pipeline.Place) bool { return rank(p.Precision) <= rank(pipeline.GeoAdmin2) }

// rank orders precisions, finest first.
func rank(p pipeline.GeoPrecision) int {
	switch p {
	case pipeline.GeoPoint:
		return 0
	case pipeline.GeoCity:
		return 1
	case pipeline.GeoAdmin2:
		return 2
	case pipeline.GeoAdmin1:
		return 3
	case pipeline.GeoCountry:
		return 4
	case pipeline.GeoRegion:
		return 5
	}
	return 6
}

// distanceKM is the great-circle distance between two places.
func distanceKM(p, q pipeline.Place) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	la1, la2 := p.Lat*rad, q.Lat*rad
	dla, dlo := (q.Lat-p.Lat)*rad, (q.Lon-p.Lon)*rad
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// actorsConflict reports whether two events name different specific
// actors (both lists hold only specific names); an empty list never
// conflicts.
func actorsConflict(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// isSpecific reports whether an actor names someone in particular: names
// starting in lower case ("authorities", "judicial authorities") are generic.
func isSpecific(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// absorb merges e into c.
func (c *Combiner) absorb(e *pipeline.Event, why string) {
	ev := &c.ev
	c.members++
	ev.Mentions = append(ev.Mentions, e.Mentions...)
	var notes []string
	notes = append(notes, why)
	if ev.Date.Known() && e.Date.Known() {
		iv := intersect(ev.Date, e.Date)
		if iv.Start != ev.Date.Start || iv.End != ev.Date.End {
			if e.Date.Days() < ev.Date.Days() {
				ev.DateText, ev.DateBasis = e.DateText, e.DateBasis
			}
			ev.Date = iv
		}
		if ev.Date.Days() < e.Date.Days() && e.Date.Precision != ev.Date.Precision {
			notes = append(notes, fmt.Sprintf("dates differ in precision (%s vs %s)", e.Date.Precision, ev.Date.Precision))
		}
	}
	if e.HasPlace && ev.HasPlace && e.Place.ID != ev.Place.ID {
		if d := distanceKM(e.Place, ev.Place); d > e.Place.UncertaintyKM+ev.Place.UncertaintyKM+MaxDistanceKM {
			notes = append(notes, fmt.Sprintf("conflict: places disagree beyond their precision (%s vs %s, %.0f km)", ev.Place.Name, e.Place.Name, d))
		}
	}
	if e.HasPlace && (!ev.HasPlace || finer(e.Place, ev.Place)) {
		ev.HasPlace, ev.PlaceName, ev.Place, ev.PlaceWhy = true, e.PlaceName, e.Place, e.PlaceWhy
	}
	for _, a := range e.Actors {
		if !slices.Contains(ev.Actors, a) {
			ev.Actors = append(ev.Actors, a)
		}
	}
	if ev.ReportedBy == "" {
		ev.ReportedBy = e.ReportedBy
	}
	if ev.ReportedOn.IsZero() {
		ev.ReportedOn = e.ReportedOn
	}
	ev.Confidence = math.Round(math.Min(0.99, 1-(1-ev.Confidence)*(1-e.Confidence*0.5))*100) / 100
	if e.Modality != ev.Modality {
		notes = append(notes, fmt.Sprintf("conflict: modality %s vs %s", ev.Modality, e.Modality))
	}
	if e.MergeNote != "" {
		notes = append(notes, e.MergeNote)
	}
	// An event reported hundreds of times would carry a note of hundreds of
	// entries in every output: the first MaxNotes reports are described, and
	// then reports with a conflict while there is room for them; the rest
	// are counted.
	conflict := slices.ContainsFunc(notes, func(n string) bool { return strings.HasPrefix(n, "conflict:") })
	if len(c.notes) < MaxNotes || conflict && len(c.notes) < 2*MaxNotes {
		c.notes = append(c.notes, fmt.Sprintf("%s (%s)", mentionRef(e), strings.Join(notes, "; ")))
	} else {
		c.omitted++
		if conflict {
			c.omittedConflicts++
		}
	}
}

// finer reports whether p pins a location more precisely than q.
func finer(p, q pipeline.Place) bool {
	if rank(p.Precision) != rank(q.Precision) {
		return rank(p.Precision) < rank(q.Precision)
	}
	return p.UncertaintyKM > 0 && p.UncertaintyKM < q.UncertaintyKM
}

func intersect(a, b pipeline.Interval) pipeline.Interval {
	iv := a
	if b.Start.Compare(iv.Start) > 0 {
		iv.Start = b.Start
	}
	if b.End.Compare(iv.End) < 0 {
		iv.End = b.End
	}
	if b.Days() < a.Days() {
		iv.Precision = b.Precision
	}
	return iv
}

func ivString(iv pipeline.Interval) string {
	if iv.Start == iv.End {
		return iv.Start.String()
	}
	return iv.Start.String() + ".." + iv.End.String()
}

func mentionRef(e *pipeline.Event) string {
	if len(e.Mentions) > 0 {
		return fmt.Sprintf("%s sentence %d", e.Mentions[0].DocID, e.Mentions[0].Sentence)
	}
	return fmt.Sprintf("%s sentence %d", e.Doc.ID, e.SentenceN)
}
