package plot

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/paulmach/orb"
	"gonum.org/v1/plot/vg"

	"geotimeline/pipeline"
)

// streamEvent returns the i-th event of a synthetic stream, built from i
// alone so that a test or benchmark can feed any number of events without
// holding them: eight types (one untyped, one with a control character),
// forty places of four precisions (some events unplaced, one place with
// no coordinates), day to year dates over four years (some undated, some
// reversed), and one to six mentions from one to four documents. Its
// strings are slices of text, like an extractor's.
func streamEvent(i int, text string) pipeline.Event {
	rng := rand.New(rand.NewPCG(uint64(i), 7))
	types := []string{"arrest", "border_closure", "crackdown", "execution", "lockdown", "order", "", "smug\x01gling"}
	precs := []pipeline.GeoPrecision{pipeline.GeoCity, pipeline.GeoPoint, pipeline.GeoAdmin1, pipeline.GeoCountry}
	e := pipeline.Event{ID: fmt.Sprintf("doc%06d#%d", i/3, i), Type: types[rng.IntN(len(types))]}
	d := pipeline.MakeDate(2019, time.January, 1).AddDays(rng.IntN(4 * 365))
	switch r := rng.IntN(20); {
	case r < 10:
		e.Date = pipeline.Interval{Start: d, End: d, Precision: pipeline.PrecisionDay}
	case r < 12:
		e.Date = pipeline.Interval{Start: d, End: d.AddDays(9), Precision: pipeline.PrecisionWeek}
	case r < 15:
		e.Date = pipeline.Interval{Start: pipeline.MakeDate(d.Year, d.Month, 1), End: d.EndOfMonth(), Precision: pipeline.PrecisionMonth}
	case r < 16:
		e.Date = pipeline.Interval{Start: pipeline.MakeDate(d.Year, 1, 1), End: pipeline.MakeDate(d.Year, 12, 31), Precision: pipeline.PrecisionYear}
	case r < 17:
		e.Date = pipeline.Interval{Start: d, End: d.AddDays(-3)} // reversed: drawn as its first day
	}
	if k := rng.IntN(44); k < 40 {
		e.HasPlace, e.PlaceName = true, text[k:k+5]
		e.Place = pipeline.Place{ID: fmt.Sprintf("test:%d", k), Name: fmt.Sprintf("Place %d", k),
			Lat: 38 + float64(k%8)*0.5, Lon: 124 + float64(k/8)*1.2, Precision: precs[k%len(precs)]}
		if k == 39 {
			e.Place.Lat = math.NaN()
		}
	}
	docs := 1 + rng.IntN(4)
	for m := range 1 + rng.IntN(6) {
		e.Mentions = append(e.Mentions, pipeline.Mention{DocID: fmt.Sprintf("doc%06d", i/3+m%docs), Trigger: text[m : m+3]})
	}
	e.Sentence = text[i%100 : i%100+60]
	e.Summary = text[10:40]
	e.Doc = pipeline.Document{ID: e.Mentions[0].DocID, Text: text}
	return e
}

// streamText is the "document" the stream's strings are cut from.
func streamText() string {
	return strings.Repeat("North Korean authorities ordered a crackdown. ", 1<<12)
}

func streamEvents(n int) []pipeline.Event {
	text := streamText()
	evs := make([]pipeline.Event, n)
	for i := range evs {
		evs[i] = streamEvent(i, text)
	}
	return evs
}

func summarize(evs []pipeline.Event, maxMarks int) *Summary {
	s := NewSummary(SummaryOptions{MaxMarks: maxMarks})
	for i := range evs {
		s.Add(&evs[i])
	}
	return s
}

// TestSummarySelection checks that past MaxMarks a Summary keeps the
// events SelectionRule names: most documents, then most mentions, ties to
// the earlier; and returns them in input order.
func TestSummarySelection(t *testing.T) {
	evs := streamEvents(3000)
	type ranked struct{ docs, mentions, index int }
	all := make([]ranked, len(evs))
	for i := range evs {
		all[i] = ranked{len(evs[i].DocIDs()), max(len(evs[i].Mentions), 1), i}
	}
	slices.SortFunc(all, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.docs, a.docs), cmp.Compare(b.mentions, a.mentions), cmp.Compare(a.index, b.index))
	})
	for _, limit := range []int{1, 7, 100, 2999, 3000, 5000, -1} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			s := summarize(evs, limit)
			var want []string
			if limit < 0 || limit >= len(evs) {
				for i := range evs {
					want = append(want, evs[i].ID)
				}
			} else {
				top := slices.Clone(all[:limit])
				slices.SortFunc(top, func(a, b ranked) int { return cmp.Compare(a.index, b.index) })
				for _, r := range top {
					want = append(want, evs[r.index].ID)
				}
			}
			var got []string
			for _, e := range s.Marks() {
				got = append(got, e.ID)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("Marks() = %d events %.5q…, want %d %.5q…", len(got), got, len(want), want)
			}
			if s.Events() != len(evs) {
				t.Errorf("Events() = %d, want %d", s.Events(), len(evs))
			}
		})
	}
	if n := len(summarize(evs, 0).Marks()); n != min(DefaultMaxMarks, len(evs)) {
		t.Errorf("MaxMarks 0 kept %d events, want %d", n, min(DefaultMaxMarks, len(evs)))
	}
}

// TestSummaryTypes checks Types against every event, kept or not.
func TestSummaryTypes(t *testing.T) {
	evs := streamEvents(500)
	s := summarize(evs, 3)
	var want []string
	for _, e := range evs {
		if e.Type != "" && !slices.Contains(want, e.Type) {
			want = append(want, e.Type)
		}
	}
	slices.Sort(want)
	if got := s.Types(); !slices.Equal(got, want) {
		t.Errorf("Types() = %q, want %q", got, want)
	}
	if got, want := s.TypeColors(), TypeColors(evs); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Summary.TypeColors() = %v, want TypeColors = %v", got, want)
	}
}

// TestSummaryCopies checks that the events a Summary keeps share no
// memory with the events added (whose strings may be slices of a large
// text), and that Doc.Text is dropped.
func TestSummaryCopies(t *testing.T) {
	text := streamText()
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	aliases := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return s != "" && lo <= p && p < hi
	}
	s := NewSummary(SummaryOptions{MaxMarks: 5})
	for i := range 50 {
		e := streamEvent(i, text)
		s.Add(&e)
	}
	for _, e := range s.Marks() {
		strs := []string{e.ID, e.Type, e.Summary, e.Sentence, e.PlaceName, e.Place.Name, e.Doc.ID, e.Doc.Text}
		for _, m := range e.Mentions {
			strs = append(strs, m.DocID, m.Trigger)
		}
		for _, str := range strs {
			if aliases(str) {
				t.Errorf("event %s keeps %q, a slice of the input text", e.ID, str)
			}
		}
		if e.Doc.Text != "" {
			t.Errorf("event %s keeps its document's text", e.ID)
		}
		if e.Sentence == "" || len(e.Mentions) == 0 {
			t.Errorf("event %s lost its sentence or mentions", e.ID)
		}
	}
	for k := range s.places {
		if aliases(k) {
			t.Errorf("place key %q aliases the input", k)
		}
	}
}

// refMonthly is the counts layout as it was computed from a slice before
// Summary existed, kept here as the reference the Summary must match.
func refMonthly(events []pipeline.Event) (byMonth map[pipeline.Date]map[int]float64, nUndated, spread int) {
	colorIdx := TypeColors(events)
	byMonth = map[pipeline.Date]map[int]float64{}
	for i := range events {
		e := &events[i]
		if !e.Date.Known() {
			nUndated++
			continue
		}
		start, end := e.Date.Start, e.Date.End
		if end.IsZero() || end.Before(start) {
			end = start
		}
		total := float64(start.DaysUntil(end) + 1)
		ci := colorIdx[typeName(e.Type)]
		n := 0
		for m := pipeline.MakeDate(start.Year, start.Month, 1); !end.Before(m); m = pipeline.MakeDate(m.Year, m.Month+1, 1) {
			from, to := m, m.EndOfMonth()
			if from.Before(start) {
				from = start
			}
			if end.Before(to) {
				to = end
			}
			if byMonth[m] == nil {
				byMonth[m] = map[int]float64{}
			}
			byMonth[m][ci] += float64(from.DaysUntil(to)+1) / total
			n++
			if n > 12*200 {
				break
			}
		}
		if n > 1 {
			spread++
		}
	}
	return byMonth, nUndated, spread
}

// TestSummaryCountsExact checks that the monthly counts of a Summary that
// kept only a few events equal, to the last bit, those computed from the
// whole slice, and that the chart is the same, byte for byte.
func TestSummaryCountsExact(t *testing.T) {
	evs := streamEvents(4000)
	byMonth, nUndated, spread := refMonthly(evs)
	for _, limit := range []int{1, 50, -1} {
		s := summarize(evs, limit)
		c := monthlySummary(s)
		if c.nUndated != nUndated || c.spread != spread {
			t.Errorf("MaxMarks %d: undated %d, spread %d; want %d, %d", limit, c.nUndated, c.spread, nUndated, spread)
		}
		nonEmpty := 0
		for _, m := range c.months {
			want := byMonth[m.month]
			if len(m.byType) > 0 {
				nonEmpty++
			}
			if fmt.Sprint(m.byType) != fmt.Sprint(want) {
				t.Errorf("MaxMarks %d: %v: %v, want %v", limit, m.month, m.byType, want)
			}
		}
		if nonEmpty != len(byMonth) {
			t.Errorf("MaxMarks %d: %d months with events, want %d", limit, nonEmpty, len(byMonth))
		}
		var a, b bytes.Buffer
		if err := WriteCounts(&a, "svg", evs, CountsOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := WriteCountsSummary(&b, "svg", s, CountsOptions{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("MaxMarks %d: WriteCountsSummary differs from WriteCounts over the slice", limit)
		}
	}
}

// refSpots is the map's dots, place counts and unplaced count as they were
// computed from a slice before Summary existed: one dot per placed event.
func refSpots(events []pipeline.Event) (spots []spot, perPlace map[string]int, noPlace int) {
	perPlace = map[string]int{}
	for i := range events {
		e := &events[i]
		if !e.HasPlace || !finite(e.Place.Lat) || !finite(e.Place.Lon) {
			noPlace++
			continue
		}
		name := clean(e.Place.Name)
		perPlace[name]++
		coarse := slices.Contains([]pipeline.GeoPrecision{pipeline.GeoAdmin2, pipeline.GeoAdmin1, pipeline.GeoCountry, pipeline.GeoRegion}, e.Place.Precision)
		spots = append(spots, spot{pt: orb.Point{e.Place.Lon, e.Place.Lat}, radius: vg.Length(2.2 + 1.6*math.Sqrt(float64(max(len(e.Mentions), 1)))),
			typ: typeName(e.Type), precise: !coarse, framing: e.Place.Precision != pipeline.GeoCountry && e.Place.Precision != pipeline.GeoRegion,
			place: name, index: i})
	}
	return spots, perPlace, noPlace
}

// TestSummaryMapExact checks the map's aggregates against the slice: the
// events per place and the unplaced count always; the dots one per event
// below MaxMarks, else one per distinct dot at its first event.
func TestSummaryMapExact(t *testing.T) {
	evs := streamEvents(3000)
	spots, perPlace, noPlace := refSpots(evs)
	for _, limit := range []int{1, 10, len(spots), len(spots) + 1, -1} {
		s := summarize(evs, limit)
		if fmt.Sprint(s.perPlace) != fmt.Sprint(perPlace) || s.noPlace != noPlace || s.onMap != len(spots) {
			t.Errorf("MaxMarks %d: per place %v, unplaced %d, placed %d; want %v, %d, %d", limit, s.perPlace, s.noPlace, s.onMap, perPlace, noPlace, len(spots))
		}
		got, merged := s.mapSpots()
		want := spots
		if limit >= 0 && limit < len(spots) {
			want = nil
			seen := map[spotKey]bool{}
			for _, sp := range spots {
				if !seen[sp.key()] {
					seen[sp.key()] = true
					want = append(want, sp)
				}
			}
		}
		if merged != (limit >= 0 && limit < len(spots)) {
			t.Errorf("MaxMarks %d: merged = %v", limit, merged)
		}
		if !slices.Equal(got, want) {
			t.Errorf("MaxMarks %d: %d dots, want %d", limit, len(got), len(want))
		}
	}
}

// TestSummaryMapCapped draws a map from a Summary that merged its dots:
// the note counts every placed event and the dots; the labels are those of
// the map drawn from the slice; the bytes are the same on every run.
func TestSummaryMapCapped(t *testing.T) {
	evs := streamEvents(1000)
	var full bytes.Buffer
	if err := WriteMap(&full, "svg", evs, MapOptions{}); err != nil {
		t.Fatal(err)
	}
	draw := func() []byte {
		var buf bytes.Buffer
		if err := WriteMapSummary(&buf, "svg", summarize(evs, 20), MapOptions{}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	got := draw()
	if !bytes.Equal(got, draw()) {
		t.Error("two maps of the same Summary differ")
	}
	spots, _, noPlace := refSpots(evs)
	dots, _ := summarize(evs, 20).mapSpots()
	note := fmt.Sprintf("%d events on the map as %d dots (events of one place, type and size share a dot); %d without a place not shown", len(spots), len(dots), noPlace)
	if !strings.Contains(string(got), note) {
		t.Errorf("map note lacks %q", note)
	}
	if c := strings.Count(string(got), "<path"); c >= strings.Count(full.String(), "<path") {
		t.Errorf("capped map has %d paths, the full one %d: dots were not merged", c, strings.Count(full.String(), "<path"))
	}
	labels := func(svg string) []string {
		var out []string
		for _, part := range strings.Split(svg, ">Place ")[1:] {
			out = append(out, part[:strings.Index(part, "<")])
		}
		return out
	}
	if a, b := labels(string(got)), labels(full.String()); !slices.Equal(a, b) || len(a) == 0 {
		t.Errorf("labelled places %q, want those of the full map %q", a, b)
	}
	var big bytes.Buffer
	if err := WriteMapSummary(&big, "svg", summarize(evs, len(spots)), MapOptions{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(big.Bytes(), full.Bytes()) {
		t.Error("a Summary that kept every dot draws a map other than WriteMap's")
	}
}

// TestSummaryTimelineCapped checks the timeline of a Summary that kept
// fewer events than it saw: it draws the dated marks kept, says how many
// dated events it leaves out, and counts each lane's; below the cap it is
// the timeline of the slice, byte for byte.
func TestSummaryTimelineCapped(t *testing.T) {
	evs := streamEvents(600)
	for _, by := range []LaneBy{ByType, ByPlace} {
		s := summarize(evs, 40)
		c := layoutSummary(s, Options{LaneBy: by})
		dated := 0
		for _, e := range evs {
			if e.Date.Known() {
				dated++
			}
		}
		keptDated := 0
		for _, e := range s.Marks() {
			if e.Date.Known() {
				keptDated++
			}
		}
		if len(c.marks) != keptDated || c.dated != dated {
			t.Fatalf("by %d: %d marks of %d dated, want %d of %d", by, len(c.marks), c.dated, keptDated, dated)
		}
		var buf, again bytes.Buffer
		if err := WriteSummary(&buf, "svg", s, Options{LaneBy: by}); err != nil {
			t.Fatal(err)
		}
		WriteSummary(&again, "svg", summarize(evs, 40), Options{LaneBy: by})
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Errorf("by %d: two timelines of the same stream differ", by)
		}
		svg := buf.String()
		note := fmt.Sprintf("%d of %d dated events drawn, those %s; %d not drawn", keptDated, dated, SelectionRule, dated-keptDated)
		if !strings.Contains(svg, note) {
			t.Errorf("by %d: timeline lacks the note %q", by, note)
		}
		for _, l := range c.lanes {
			if want := fmt.Sprintf("%s (%d of %d)", l.typ, l.n, l.total); l.n < l.total && !strings.Contains(svg, ">"+want+"<") {
				t.Errorf("by %d: lane label %q missing", by, want)
			}
		}
		// The axis spans every dated event, not only those drawn.
		full := layout(evs, Options{LaneBy: by})
		if c.xmin != full.xmin || c.xmax != full.xmax {
			t.Errorf("by %d: axis [%v, %v), want [%v, %v)", by, c.xmin, c.xmax, full.xmin, full.xmax)
		}
		if fmt.Sprint(c.undated) != fmt.Sprint(full.undated) {
			t.Errorf("by %d: undated %v, want %v", by, c.undated, full.undated)
		}

		var a, b bytes.Buffer
		Write(&a, "svg", evs[:200], Options{LaneBy: by})
		WriteSummary(&b, "svg", summarize(evs[:200], 200), Options{LaneBy: by})
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("by %d: below the cap, WriteSummary differs from Write", by)
		}
	}
}

// TestSummaryTimelineNoneKept covers a Summary whose kept events are all
// undated while dated ones went by.
func TestSummaryTimelineNoneKept(t *testing.T) {
	d := pipeline.MakeDate(2020, time.May, 1)
	evs := []pipeline.Event{
		{ID: "a", Type: "order", Date: pipeline.Interval{Start: d, End: d}},
		{ID: "b", Type: "arrest", Mentions: []pipeline.Mention{{DocID: "x"}, {DocID: "y"}}},
	}
	var buf bytes.Buffer
	if err := WriteSummary(&buf, "svg", summarize(evs, 1), Options{}); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); !strings.Contains(s, "none of the 1 dated events drawn") || !strings.Contains(s, "1 undated event not shown") {
		t.Errorf("timeline does not say what it left out:\n%s", s)
	}
}

// BenchmarkSummaryAdd measures Add alone: n events, cycling through 4096
// built beforehand (Add gives each its own input position). It reports the
// heap the Summary holds after a collection, which must not grow with n.
func BenchmarkSummaryAdd(b *testing.B) {
	ring := streamEvents(4096)
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			var retained uint64
			for range b.N {
				before := heapInUse()
				s := NewSummary(SummaryOptions{})
				for i := range n {
					s.Add(&ring[i%len(ring)])
				}
				retained = heapInUse() - before
				runtime.KeepAlive(s)
			}
			b.ReportMetric(float64(retained), "retained-B")
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

// BenchmarkRetained compares what the charts need held in memory for n
// events of a stream, each built from the stream and dropped unless kept:
// a Summary (default MaxMarks) against the slice of events the slice
// functions (Write, WriteCounts, WriteMap) take.
func BenchmarkRetained(b *testing.B) {
	text := streamText()
	for _, n := range []int{10_000, 100_000} {
		for _, how := range []string{"summary", "slice"} {
			b.Run(fmt.Sprintf("%s/%d", how, n), func(b *testing.B) {
				var retained uint64
				for range b.N {
					before := heapInUse()
					var s *Summary
					var evs []pipeline.Event
					if how == "summary" {
						s = NewSummary(SummaryOptions{})
					}
					for i := range n {
						e := streamEvent(i, text)
						if s != nil {
							s.Add(&e)
						} else {
							evs = append(evs, e)
						}
					}
					retained = heapInUse() - before
					runtime.KeepAlive(s)
					runtime.KeepAlive(evs)
				}
				b.ReportMetric(float64(retained), "retained-B")
				b.ReportMetric(float64(retained)/float64(n), "retained-B/event")
			})
		}
	}
}

// heapInUse returns the bytes of live heap objects after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestSummaryConcurrentDraw draws every chart of one Summary at once (run
// with -race): drawing only reads the Summary.
func TestSummaryConcurrentDraw(t *testing.T) {
	s := summarize(streamEvents(300), 50)
	draws := []func() error{
		func() error { return WriteSummary(&bytes.Buffer{}, "svg", s, Options{}) },
		func() error { return WriteSummary(&bytes.Buffer{}, "svg", s, Options{LaneBy: ByPlace}) },
		func() error { return WriteCountsSummary(&bytes.Buffer{}, "svg", s, CountsOptions{}) },
		func() error { return WriteMapSummary(&bytes.Buffer{}, "svg", s, MapOptions{}) },
		func() error { s.Marks(); s.Types(); return nil },
	}
	errs := make(chan error, len(draws))
	for _, f := range draws {
		go func() { errs <- f() }()
	}
	for range draws {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// BenchmarkWriteSummary draws each chart of a Summary of 100,000 events
// (DefaultMaxMarks kept) as SVG and PNG: the cost at the end of a large
// run, which depends on MaxMarks and the distinct places, not on the
// events.
func BenchmarkWriteSummary(b *testing.B) {
	s := NewSummary(SummaryOptions{})
	text := streamText()
	for i := range 100_000 {
		e := streamEvent(i, text)
		s.Add(&e)
	}
	for _, format := range []string{"svg", "png"} {
		for _, chart := range []struct {
			name string
			draw func(w *bytes.Buffer) error
		}{
			{"timeline", func(w *bytes.Buffer) error { return WriteSummary(w, format, s, Options{}) }},
			{"counts", func(w *bytes.Buffer) error { return WriteCountsSummary(w, format, s, CountsOptions{}) }},
			{"map", func(w *bytes.Buffer) error { return WriteMapSummary(w, format, s, MapOptions{}) }},
		} {
			b.Run(chart.name+"/"+format, func(b *testing.B) {
				b.ReportAllocs()
				var buf bytes.Buffer
				for range b.N {
					buf.Reset()
					if err := chart.draw(&buf); err != nil {
						b.Fatal(err)
					}
				}
				b.SetBytes(int64(buf.Len()))
			})
		}
	}
}
