package plot

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"gonum.org/v1/plot/vg"

	"geotimeline/pipeline"
)

// DefaultMaxMarks is the number of events a Summary keeps for the timeline
// (and for a report's table) when SummaryOptions.MaxMarks is 0.
const DefaultMaxMarks = 5000

// SelectionRule says, in words a chart or a report can quote, which events
// a Summary keeps when it is given more than MaxMarks: it completes "the
// table shows the N events …".
const SelectionRule = "reported by the most documents, then by the most mentions (ties: the earlier in input order)"

// SummaryOptions configure a Summary. The zero value is ready to use.
type SummaryOptions struct {
	// MaxMarks is the number of events kept whole (Marks): the marks of the
	// timeline and the rows of a report's table, and, on the map, the
	// number of placed events drawn one dot each before identical dots
	// are merged. Default DefaultMaxMarks; negative keeps every event, so
	// that memory grows with the input.
	MaxMarks int
}

// A Summary is a bounded digest of a stream of events, enough to draw every
// chart of this package: feed it the events one at a time with Add, in
// their final order, then call WriteSummary, WriteCountsSummary and
// WriteMapSummary.
//
// The counts chart and the map are exact over every event added: Add
// aggregates months × types (spreading imprecise dates as WriteCounts
// does) and places (events per place name, dots per place, type and size).
// Their memory grows with the distinct months, types and places, not with
// the events. Only the timeline is capped: past MaxMarks events, the
// Summary keeps the MaxMarks events SelectionRule names (a min-heap, so
// each Add costs O(log MaxMarks)), and the chart says how many dated
// events it leaves out. Past MaxMarks placed events, the map draws one
// dot per distinct place, type, precision and size instead of one per
// event (the dots coincide, so only the stacking of translucent colour is
// lost), and says so.
//
// Up to MaxMarks events the charts are the same, byte for byte, as those
// drawn from the slice (Write, WriteCounts, WriteMap), which are wrappers
// over a Summary that keeps everything.
//
// The kept events are held whole, mentions included (without Doc.Text):
// about 1 KB each plus their mentions.
//
// Add must not run concurrently with any other use of the Summary; the
// other methods and the Write*Summary functions only read it and may run
// concurrently with each other. Add copies what it keeps, so the caller
// may reuse or drop each event once Add returns.
type Summary struct {
	max    int  // events kept whole; < 0: all
	alias  bool // keep events as given, without copying their strings (the caller holds them all anyway)
	n      int  // events added
	kept   keptHeap
	types  map[string]struct{} // raw non-empty types
	names  map[string]string   // raw type → typeName, interned
	places map[string]string   // raw place name → clean name, interned

	// Timeline.
	dated        int
	xmin, xmax   float64        // extent of the dated events, in days
	undated      map[string]int // typeName → undated events
	datedByType  map[string]int // typeName → dated events: the lane totals under ByType
	datedByPlace map[string]int // lane key → dated events: the lane totals under ByPlace

	// Counts.
	byMonth map[pipeline.Date]map[string]float64 // first day of month → typeName → events
	present map[string]bool                      // typeNames of dated events
	spread  int                                  // dated events spread over more than one month

	// Map.
	onMap    int                  // placed events
	noPlace  int                  // events without a usable place
	perPlace map[string]int       // clean place name → events
	placePt  map[string]orb.Point // clean place name → point of its last event
	mapTypes map[string]bool      // typeNames of placed events
	spots    []spot               // one per placed event, while merged is nil
	merged   map[spotKey]int      // distinct dot → index of its first event, once spots overflowed
}

// NewSummary returns an empty Summary.
func NewSummary(opts SummaryOptions) *Summary {
	s := &Summary{
		max:          cmp.Or(opts.MaxMarks, DefaultMaxMarks),
		types:        map[string]struct{}{},
		names:        map[string]string{},
		places:       map[string]string{},
		undated:      map[string]int{},
		datedByType:  map[string]int{},
		datedByPlace: map[string]int{},
		byMonth:      map[pipeline.Date]map[string]float64{},
		present:      map[string]bool{},
		perPlace:     map[string]int{},
		placePt:      map[string]orb.Point{},
		mapTypes:     map[string]bool{},
		xmin:         math.Inf(1),
		xmax:         math.Inf(-1),
	}
	return s
}

// summaryOf returns a Summary of events that keeps them all: what the
// slice functions draw from.
func summaryOf(events []pipeline.Event) *Summary {
	s := NewSummary(SummaryOptions{MaxMarks: -1})
	s.alias = true
	for i := range events {
		s.Add(&events[i])
	}
	return s
}

// Events returns the number of events added.
func (s *Summary) Events() int { return s.n }

// Types returns the distinct non-empty event types of every event added,
// sorted, as written (package qgis takes them as they are).
func (s *Summary) Types() []string {
	types := make([]string, 0, len(s.types))
	for t := range s.types {
		types = append(types, t)
	}
	slices.Sort(types)
	return types
}

// Marks returns the events kept whole, in input order: every event added
// when there were at most MaxMarks, else the MaxMarks that SelectionRule
// names. Their Doc.Text is empty (the charts and the report do not need
// it). The slice is new; the events share their strings with the Summary.
func (s *Summary) Marks() []pipeline.Event {
	ks := s.marks()
	evs := make([]pipeline.Event, len(ks))
	for i, k := range ks {
		evs[i] = k.ev
	}
	return evs
}

// marks is Marks with each event's input position.
func (s *Summary) marks() []*keptEvent {
	ks := slices.Clone(s.kept)
	slices.SortFunc(ks, func(a, b *keptEvent) int { return cmp.Compare(a.index, b.index) })
	return ks
}

// Add adds one event. It keeps a copy of ev only if ev is among the events
// SelectionRule names so far; otherwise it only counts it.
func (s *Summary) Add(ev *pipeline.Event) {
	index := s.n
	s.n++
	s.keep(ev, index)
	if ev.Type != "" {
		if _, ok := s.types[ev.Type]; !ok {
			s.types[strings.Clone(ev.Type)] = struct{}{}
		}
	}
	tn := s.typeName(ev.Type)
	s.addTimeline(ev, tn)
	s.addCounts(ev, tn)
	s.addMap(ev, tn, index)
}

// typeName is typeName(t), interned: the result never aliases t.
func (s *Summary) typeName(t string) string {
	if n, ok := s.names[t]; ok {
		return n
	}
	n := strings.Clone(typeName(t))
	s.names[strings.Clone(t)] = n
	return n
}

// placeName is clean(name), interned.
func (s *Summary) placeName(name string) string {
	if n, ok := s.places[name]; ok {
		return n
	}
	n := strings.Clone(clean(name))
	s.places[strings.Clone(name)] = n
	return n
}

// span returns the days [x0, x1) a dated event is drawn over.
func span(iv pipeline.Interval) (x0, x1 float64) {
	x0 = days(iv.Start)
	x1 = x0 + 1
	if !iv.End.IsZero() && !iv.End.Before(iv.Start) {
		x1 = days(iv.End) + 1
	}
	return x0, x1
}

func (s *Summary) addTimeline(e *pipeline.Event, tn string) {
	if !e.Date.Known() {
		s.undated[tn]++
		return
	}
	s.dated++
	x0, x1 := span(e.Date)
	s.xmin, s.xmax = min(s.xmin, x0), max(s.xmax, x1)
	s.datedByType[tn]++
	key := noPlace
	if e.HasPlace && e.Place.Name != "" {
		if name := s.placeName(e.Place.Name); name != "" {
			key = name
		}
	}
	s.datedByPlace[key]++
}

// addCounts spreads a dated event over the months of its interval, in
// proportion to its days in each, so that every event counts 1 in all.
func (s *Summary) addCounts(e *pipeline.Event, tn string) {
	if !e.Date.Known() {
		return
	}
	start, end := e.Date.Start, e.Date.End
	if end.IsZero() || end.Before(start) {
		end = start
	}
	total := float64(start.DaysUntil(end) + 1)
	s.present[tn] = true
	n := 0
	for m := pipeline.MakeDate(start.Year, start.Month, 1); !end.Before(m); m = pipeline.MakeDate(m.Year, m.Month+1, 1) {
		from, to := m, m.EndOfMonth()
		if from.Before(start) {
			from = start
		}
		if end.Before(to) {
			to = end
		}
		if s.byMonth[m] == nil {
			s.byMonth[m] = map[string]float64{}
		}
		s.byMonth[m][tn] += float64(from.DaysUntil(to)+1) / total
		n++
		if n > 12*200 { // guard against absurd intervals
			break
		}
	}
	if n > 1 {
		s.spread++
	}
}

// A spotKey is what tells two dots of the map apart.
type spotKey struct {
	pt      orb.Point
	radius  vg.Length
	typ     string // typeName
	precise bool
	framing bool
	place   string
}

func (s *Summary) addMap(e *pipeline.Event, tn string, index int) {
	if !e.HasPlace || !finite(e.Place.Lat) || !finite(e.Place.Lon) {
		s.noPlace++
		return
	}
	s.onMap++
	pt := orb.Point{e.Place.Lon, e.Place.Lat}
	name := s.placeName(e.Place.Name)
	s.perPlace[name]++
	s.placePt[name] = pt
	s.mapTypes[tn] = true
	var precise, framing bool
	switch e.Place.Precision {
	case pipeline.GeoAdmin2, pipeline.GeoAdmin1:
		framing = true
	case pipeline.GeoCountry, pipeline.GeoRegion:
	default:
		precise, framing = true, true
	}
	sp := spot{pt: pt, radius: vg.Length(2.2 + 1.6*math.Sqrt(float64(max(len(e.Mentions), 1)))),
		typ: tn, precise: precise, framing: framing, place: name, index: index}
	if s.merged == nil && (s.max < 0 || len(s.spots) < s.max) {
		s.spots = append(s.spots, sp)
		return
	}
	if s.merged == nil {
		s.merged = make(map[spotKey]int, len(s.spots))
		for _, o := range s.spots {
			if _, ok := s.merged[o.key()]; !ok {
				s.merged[o.key()] = o.index
			}
		}
		s.spots = nil
	}
	if _, ok := s.merged[sp.key()]; !ok {
		s.merged[sp.key()] = index
	}
}

func (sp spot) key() spotKey {
	return spotKey{pt: sp.pt, radius: sp.radius, typ: sp.typ, precise: sp.precise, framing: sp.framing, place: sp.place}
}

// mapSpots returns the dots of the map: one per placed event, or, once
// they overflowed MaxMarks, one per distinct dot at the position of its
// first event; and whether they were merged.
func (s *Summary) mapSpots() ([]spot, bool) {
	if s.merged == nil {
		return slices.Clone(s.spots), false
	}
	spots := make([]spot, 0, len(s.merged))
	for k, index := range s.merged {
		spots = append(spots, spot{pt: k.pt, radius: k.radius, typ: k.typ, precise: k.precise, framing: k.framing, place: k.place, index: index})
	}
	// Map iteration order must not leak: the first index is unique per dot.
	slices.SortFunc(spots, func(a, b spot) int { return cmp.Compare(a.index, b.index) })
	return spots, true
}

// typeColors is TypeColors over every event added.
func (s *Summary) typeColors() map[string]int { return typeColors(s.Types()) }

// A keptEvent is an event kept whole, with what ranks it.
type keptEvent struct {
	docs, mentions int // distinct reporting documents, mentions; at least 1 each
	index          int // position in the input
	ev             pipeline.Event
}

// worse reports whether a ranks below b under SelectionRule.
func (a *keptEvent) worse(b *keptEvent) bool {
	if a.docs != b.docs {
		return a.docs < b.docs
	}
	if a.mentions != b.mentions {
		return a.mentions < b.mentions
	}
	return a.index > b.index
}

// keptHeap is a min-heap of kept events, the worst at the root.
type keptHeap []*keptEvent

func (h keptHeap) Len() int           { return len(h) }
func (h keptHeap) Less(i, j int) bool { return h[i].worse(h[j]) }
func (h keptHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *keptHeap) Push(x any)        { *h = append(*h, x.(*keptEvent)) }
func (h *keptHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return x
}

// keep keeps a copy of e if it ranks among the MaxMarks best so far.
func (s *Summary) keep(e *pipeline.Event, index int) {
	mentions := max(len(e.Mentions), 1)
	if s.max >= 0 && len(s.kept) >= s.max {
		if s.max == 0 {
			return
		}
		root := s.kept[0]
		// A later event wins only with strictly more documents, or as many
		// and strictly more mentions; documents never exceed mentions, so
		// an event with no more mentions than the root has documents
		// loses, and most events are rejected without counting documents.
		if mentions <= root.docs {
			return
		}
		cand := keptEvent{docs: docCount(e), mentions: mentions, index: index}
		if cand.worse(root) {
			return
		}
		// The new event takes the root's place, and its allocation.
		cand.ev = s.copyEvent(e)
		*root = cand
		heap.Fix(&s.kept, 0)
		return
	}
	k := &keptEvent{docs: docCount(e), mentions: mentions, index: index, ev: s.copyEvent(e)}
	if s.max < 0 {
		s.kept = append(s.kept, k) // never evicted: no need of heap order
		return
	}
	heap.Push(&s.kept, k)
}

// docCount is the number of distinct documents among e's mentions, at
// least 1.
func docCount(e *pipeline.Event) int {
	ms := e.Mentions
	if len(ms) <= 1 {
		return 1
	}
	if len(ms) <= 32 {
		n := 0
		for i := range ms {
			dup := false
			for j := range i {
				if ms[j].DocID == ms[i].DocID {
					dup = true
					break
				}
			}
			if !dup {
				n++
			}
		}
		return n
	}
	seen := make(map[string]struct{}, len(ms))
	for i := range ms {
		seen[ms[i].DocID] = struct{}{}
	}
	return len(seen)
}

// copyEvent returns the copy of e to keep: a deep one (cloneEvent) unless
// the Summary was made for a slice its caller holds.
func (s *Summary) copyEvent(e *pipeline.Event) pipeline.Event {
	if s.alias {
		return *e
	}
	return cloneEvent(e)
}

// cloneEvent returns a deep copy of e that shares no memory with it, with
// Doc.Text dropped: an event's strings may be slices of a large document.
func cloneEvent(e *pipeline.Event) pipeline.Event {
	c := *e
	cl := strings.Clone
	c.ID, c.Type, c.Summary = cl(e.ID), cl(e.Type), cl(e.Summary)
	c.Actors = nil
	if e.Actors != nil {
		c.Actors = make([]string, len(e.Actors))
		for i, a := range e.Actors {
			c.Actors[i] = cl(a)
		}
	}
	c.Modality = pipeline.Modality(cl(string(e.Modality)))
	c.Date.Precision = pipeline.Precision(cl(string(e.Date.Precision)))
	c.DateText = cl(e.DateText)
	c.DateBasis = pipeline.DateBasis(cl(string(e.DateBasis)))
	c.PlaceName = cl(e.PlaceName)
	c.Place = clonePlace(e.Place)
	c.PlaceWhy = cl(e.PlaceWhy)
	c.Doc = pipeline.Document{ID: cl(e.Doc.ID), Path: cl(e.Doc.Path), Title: cl(e.Doc.Title), Source: cl(e.Doc.Source),
		URL: cl(e.Doc.URL), Published: e.Doc.Published}
	c.Sentence = cl(e.Sentence)
	c.ReportedBy = cl(e.ReportedBy)
	c.Mentions = nil
	if e.Mentions != nil {
		c.Mentions = make([]pipeline.Mention, len(e.Mentions))
		for i, m := range e.Mentions {
			m.DocID, m.Trigger = cl(m.DocID), cl(m.Trigger)
			c.Mentions[i] = m
		}
	}
	c.MergeNote = cl(e.MergeNote)
	return c
}

func clonePlace(p pipeline.Place) pipeline.Place {
	cl := strings.Clone
	p.ID, p.Name, p.FeatureCode, p.Admin1, p.Country = cl(p.ID), cl(p.Name), cl(p.FeatureCode), cl(p.Admin1), cl(p.Country)
	p.Precision = pipeline.GeoPrecision(cl(string(p.Precision)))
	return p
}

// typeColors gives each type its colour index, as TypeColors does, from
// the distinct raw types.
func typeColors(raw []string) map[string]int {
	seen := map[string]bool{}
	var types []string
	for _, t := range raw {
		if t != "" && !seen[t] {
			seen[t] = true
			types = append(types, clean(t))
		}
	}
	slices.Sort(types)
	types = slices.Compact(types)
	idx := make(map[string]int, len(types)+1)
	for i, t := range types {
		idx[t] = i
	}
	idx[typeName("")] = len(types)
	return idx
}
