package parquet_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"

	"geotimeline/outputs/internal/testevents"
	"geotimeline/outputs/parquet"
	"geotimeline/pipeline"
)

// streamEvents returns n synthetic events with distinct coordinates (one
// in seven without a place), i%4 mentions each, and, as the last event,
// one far from the others, so that a bbox computed from the first row
// groups only would miss it.
func streamEvents(n int) []pipeline.Event {
	events := testevents.Many(n)
	for i := range events {
		e := &events[i]
		e.Doc = pipeline.Document{ID: fmt.Sprintf("doc%d", i/3), Title: "Report " + fmt.Sprint(i/3)}
		e.Sentence = fmt.Sprintf("Sentence %d reports a %s.", i, e.Type)
		if i%7 == 3 {
			e.HasPlace, e.Place = false, pipeline.Place{}
		} else {
			e.HasPlace = true
			e.Place.Lat = 37.5 + float64(i*7919%5000)/1000.0000001
			e.Place.Lon = 124.2 + float64(i*104729%6000)/1000.0000003
		}
		for k := range i % 4 {
			e.Mentions = append(e.Mentions, pipeline.Mention{DocID: fmt.Sprintf("doc%d", (i+k)/3), Sentence: k, CharStart: 10 * k, CharEnd: 10*k + 9})
		}
	}
	if n > 0 {
		last := &events[n-1]
		last.HasPlace, last.Place.Lat, last.Place.Lon = true, -33.8688197, 151.2092955
	}
	return events
}

// round6 rounds to 6 decimals as the writers do.
func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// wantBBox returns the union of the rounded points of events, or nil.
func wantBBox(events []pipeline.Event) []float64 {
	var b []float64
	for _, e := range events {
		if !e.HasPlace {
			continue
		}
		x, y := round6(e.Place.Lon), round6(e.Place.Lat)
		if b == nil {
			b = []float64{x, y, x, y}
			continue
		}
		b = []float64{min(b[0], x), min(b[1], y), max(b[2], x), max(b[3], y)}
	}
	return b
}

// geoBBox returns the bbox of the "geo" metadata of a file.
func geoBBox(t *testing.T, raw []byte) []float64 {
	t.Helper()
	rdr, _, _ := readBack(t, raw)
	v := rdr.MetaData().KeyValueMetadata().FindValue("geo")
	if v == nil {
		t.Fatal(`no "geo" metadata`)
	}
	var geo struct {
		Columns struct {
			Geometry struct {
				BBox []float64 `json:"bbox"`
			} `json:"geometry"`
		} `json:"columns"`
	}
	if err := json.Unmarshal([]byte(*v), &geo); err != nil {
		t.Fatalf("geo metadata %s: %v", *v, err)
	}
	return geo.Columns.Geometry.BBox
}

// checkPoint checks row i's geometry and bbox columns against the event's
// rounded place.
func checkPoint(t *testing.T, cols map[string]arrow.Array, i int, e *pipeline.Event) {
	t.Helper()
	geom := cols["geometry"].(*array.Binary)
	if !e.HasPlace {
		if !geom.IsNull(i) || !cols["bbox"].IsNull(i) {
			t.Errorf("row %d: geometry or bbox set for an event without a place", i)
		}
		return
	}
	g, err := wkb.Unmarshal(geom.Value(i))
	want := orb.Point{round6(e.Place.Lon), round6(e.Place.Lat)}
	if err != nil || g != want {
		t.Errorf("row %d: geometry %v (%v), want %v", i, g, err, want)
	}
	bb := cols["bbox"].(*array.Struct)
	for k, w := range [...]float64{want[0], want[1], want[0], want[1]} {
		if x := bb.Field(k).(*array.Float64).Value(i); x != w {
			t.Errorf("row %d: bbox field %d = %v, want %v", i, k, x, w)
		}
	}
}

func TestEventWriterStream(t *testing.T) {
	const n, size = 400, 64
	events := streamEvents(n)
	var buf bytes.Buffer
	ew, err := parquet.NewEventWriter(&buf, parquet.Options{RowGroupSize: size})
	if err != nil {
		t.Fatal(err)
	}
	for i := range events {
		if err := ew.Add(&events[i]); err != nil {
			t.Fatalf("Add(%d): %v", i, err)
		}
	}
	if err := ew.Close(); err != nil {
		t.Fatal(err)
	}
	rdr, _, cols := readBack(t, buf.Bytes())
	if rdr.NumRows() != n || rdr.NumRowGroups() != (n+size-1)/size {
		t.Fatalf("%d rows in %d row groups, want %d in %d", rdr.NumRows(), rdr.NumRowGroups(), n, (n+size-1)/size)
	}
	ids := cols["event_id"].(*array.String)
	lat := cols["lat"].(*array.Float64)
	docIDs := cols["doc_ids"].(*array.List)
	docIDValues := docIDs.ListValues().(*array.String)
	for i := range events {
		e := &events[i]
		if ids.Value(i) != e.ID {
			t.Fatalf("row %d: event_id %q, want %q", i, ids.Value(i), e.ID)
		}
		if e.HasPlace != lat.IsValid(i) || (e.HasPlace && lat.Value(i) != round6(e.Place.Lat)) {
			t.Errorf("row %d: lat %v, want %v (place %v)", i, lat.ValueStr(i), round6(e.Place.Lat), e.HasPlace)
		}
		start, end := docIDs.ValueOffsets(i)
		var got []string
		for k := start; k < end; k++ {
			got = append(got, docIDValues.Value(int(k)))
		}
		if fmt.Sprint(got) != fmt.Sprint(e.DocIDs()) {
			t.Errorf("row %d: doc_ids %v, want %v", i, got, e.DocIDs())
		}
		checkPoint(t, cols, i, e)
	}
	if got, want := geoBBox(t, buf.Bytes()), wantBBox(events); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("geo bbox %v, want the union of all rows %v", got, want)
	}
}

func TestMentionWriterStream(t *testing.T) {
	const n, size = 300, 50
	events := streamEvents(n)
	sentence := func(doc string, k int) string { return fmt.Sprintf("%s/%d", doc, k) }
	var buf bytes.Buffer
	mw, err := parquet.NewMentionWriter(&buf, parquet.Options{RowGroupSize: size})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		e        *pipeline.Event
		ordinal  int
		sentence string
	}
	var rows []want
	for i := range events {
		if err := mw.Add(&events[i], sentence); err != nil {
			t.Fatalf("Add(%d): %v", i, err)
		}
		for k, m := range events[i].Mentions {
			rows = append(rows, want{&events[i], k, sentence(m.DocID, m.Sentence)})
		}
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	rdr, _, cols := readBack(t, buf.Bytes())
	if int(rdr.NumRows()) != len(rows) || rdr.NumRowGroups() != (len(rows)+size-1)/size {
		t.Fatalf("%d rows in %d row groups, want %d in %d", rdr.NumRows(), rdr.NumRowGroups(), len(rows), (len(rows)+size-1)/size)
	}
	ids, ord, sent := cols["event_id"].(*array.String), cols["mention"].(*array.Int32), cols["sentence"].(*array.String)
	var placed []pipeline.Event
	for i, w := range rows {
		if ids.Value(i) != w.e.ID || int(ord.Value(i)) != w.ordinal || sent.Value(i) != w.sentence {
			t.Fatalf("row %d = %q %d %q, want %q %d %q", i, ids.Value(i), ord.Value(i), sent.Value(i), w.e.ID, w.ordinal, w.sentence)
		}
		checkPoint(t, cols, i, w.e)
		placed = append(placed, *w.e)
	}
	if got, want := geoBBox(t, buf.Bytes()), wantBBox(placed); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("geo bbox %v, want the union of all rows %v", got, want)
	}
}

// streamPlaces returns place mentions at the places of streamEvents(n).
func streamPlaces(n int) []parquet.PlaceRow {
	var rows []parquet.PlaceRow
	for _, e := range streamEvents(n) {
		if e.HasPlace {
			rows = append(rows, parquet.PlaceRow{DocID: e.Doc.ID, Text: e.PlaceName, CharStart: len(rows), CharEnd: len(rows) + 5, Place: e.Place})
		}
	}
	return rows
}

func TestPlaceWriterStream(t *testing.T) {
	const size = 40
	rows := streamPlaces(300)
	var buf bytes.Buffer
	pw, err := parquet.NewPlaceWriter(&buf, parquet.Options{RowGroupSize: size})
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		if err := pw.Add(rows[i]); err != nil {
			t.Fatalf("Add(%d): %v", i, err)
		}
	}
	if err := pw.Close(); err != nil {
		t.Fatal(err)
	}
	rdr, _, cols := readBack(t, buf.Bytes())
	if int(rdr.NumRows()) != len(rows) || rdr.NumRowGroups() != (len(rows)+size-1)/size {
		t.Fatalf("%d rows in %d row groups, want %d in %d", rdr.NumRows(), rdr.NumRowGroups(), len(rows), (len(rows)+size-1)/size)
	}
	docs, start := cols["doc_id"].(*array.String), cols["char_start"].(*array.Int64)
	events := make([]pipeline.Event, len(rows))
	for i, r := range rows {
		if docs.Value(i) != r.DocID || int(start.Value(i)) != r.CharStart {
			t.Fatalf("row %d = %q %d, want %q %d", i, docs.Value(i), start.Value(i), r.DocID, r.CharStart)
		}
		events[i] = pipeline.Event{HasPlace: true, Place: r.Place}
		checkPoint(t, cols, i, &events[i])
	}
	if got, want := geoBBox(t, buf.Bytes()), wantBBox(events); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("geo bbox %v, want the union of all rows %v", got, want)
	}
}

// TestStreamEqualsWrapper checks that adding rows one at a time writes the
// same bytes as the slice functions, within one row group and across many.
func TestStreamEqualsWrapper(t *testing.T) {
	sentence := func(doc string, k int) string { return doc + fmt.Sprint(k) }
	for _, tc := range []struct {
		name   string
		events []pipeline.Event
		opts   parquet.Options
	}{
		{"fixture", fixture(), parquet.Options{}},
		{"empty", nil, parquet.Options{}},
		{"many row groups", streamEvents(300), parquet.Options{RowGroupSize: 100}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want, got bytes.Buffer
			if err := parquet.WriteEvents(&want, tc.events, tc.opts); err != nil {
				t.Fatal(err)
			}
			ew, err := parquet.NewEventWriter(&got, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			for i := range tc.events {
				if err := ew.Add(&tc.events[i]); err != nil {
					t.Fatal(err)
				}
			}
			if err := ew.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("EventWriter wrote %d bytes that differ from WriteEvents' %d", got.Len(), want.Len())
			}

			want.Reset()
			got.Reset()
			if err := parquet.WriteMentions(&want, tc.events, sentence, tc.opts); err != nil {
				t.Fatal(err)
			}
			mw, err := parquet.NewMentionWriter(&got, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			for i := range tc.events {
				if err := mw.Add(&tc.events[i], sentence); err != nil {
					t.Fatal(err)
				}
			}
			if err := mw.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("MentionWriter wrote %d bytes that differ from WriteMentions' %d", got.Len(), want.Len())
			}

			var rows []parquet.PlaceRow
			for _, e := range tc.events {
				if e.HasPlace {
					rows = append(rows, parquet.PlaceRow{DocID: e.Doc.ID, Text: e.PlaceName, Place: e.Place})
				}
			}
			want.Reset()
			got.Reset()
			if err := parquet.WritePlaces(&want, rows, tc.opts); err != nil {
				t.Fatal(err)
			}
			pw, err := parquet.NewPlaceWriter(&got, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				if err := pw.Add(r); err != nil {
					t.Fatal(err)
				}
			}
			if err := pw.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("PlaceWriter wrote %d bytes that differ from WritePlaces' %d", got.Len(), want.Len())
			}
		})
	}
}

// TestAddInvalid checks that a rejected row is left out, named in the
// error, and neither stops the writer nor counts in the bbox.
func TestAddInvalid(t *testing.T) {
	events := fixture()
	edge := events[1]
	edge.ID, edge.Place.Lat, edge.Place.Lon = "edge#1", -80, 179.9999999 // rounds to 180: still valid
	bad := events[1]
	bad.ID, bad.Place.Lon = "bad#2", 180.0000006 // rounds past 180
	var buf bytes.Buffer
	ew, err := parquet.NewEventWriter(&buf, parquet.Options{RowGroupSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	var kept []pipeline.Event
	for _, e := range append([]pipeline.Event{bad}, append(events, edge, bad)...) {
		err := ew.Add(&e)
		switch {
		case e.ID == bad.ID:
			if !errors.Is(err, parquet.ErrInvalidEvent) || !strings.Contains(err.Error(), bad.ID) {
				t.Errorf("Add(%s) = %v, want ErrInvalidEvent naming it", e.ID, err)
			}
		case err != nil:
			t.Fatalf("Add(%s): %v", e.ID, err)
		default:
			kept = append(kept, e)
		}
	}
	if err := ew.Close(); err != nil {
		t.Fatal(err)
	}
	rdr, _, cols := readBack(t, buf.Bytes())
	if int(rdr.NumRows()) != len(kept) {
		t.Fatalf("%d rows, want the %d valid events", rdr.NumRows(), len(kept))
	}
	for i := range kept {
		if got := cols["event_id"].ValueStr(i); got != kept[i].ID {
			t.Errorf("row %d = %s, want %s", i, got, kept[i].ID)
		}
	}
	if got, want := geoBBox(t, buf.Bytes()), wantBBox(kept); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("geo bbox %v, want %v", got, want)
	}

	rows := placeRows()
	pw, err := parquet.NewPlaceWriter(io.Discard, parquet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if i == 2 {
			r.Place.UncertaintyKM = math.Inf(1)
		}
		err := pw.Add(r)
		if i == 2 && (!errors.Is(err, parquet.ErrInvalidEvent) || !strings.Contains(err.Error(), "place mention 2 ")) {
			t.Errorf("Add(rows[2]) = %v, want ErrInvalidEvent naming place mention 2", err)
		} else if i != 2 && err != nil {
			t.Errorf("Add(rows[%d]) after a rejected row = %v", i, err)
		}
	}
	if err := pw.Close(); err != nil {
		t.Error(err)
	}
}

// TestStreamWriteError checks that a write error surfaces from the Add that
// completes a row group, is returned again by every later call, and that
// Close releases the writer.
func TestStreamWriteError(t *testing.T) {
	events := streamEvents(40)
	ew, err := parquet.NewEventWriter(&failWriter{n: 2000}, parquet.Options{RowGroupSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	failed := -1
	for i := range events {
		if err := ew.Add(&events[i]); err != nil {
			if !errors.Is(err, errSink) {
				t.Fatalf("Add(%d) = %v, want %v", i, err, errSink)
			}
			failed = i
			break
		}
	}
	if failed < 0 || failed%4 != 3 {
		t.Fatalf("first failing Add = %d, want one that completes a row group", failed)
	}
	if err := ew.Add(&events[failed+1]); !errors.Is(err, errSink) {
		t.Errorf("Add after a write error = %v, want %v", err, errSink)
	}
	if err := ew.Close(); !errors.Is(err, errSink) {
		t.Errorf("Close after a write error = %v, want %v", err, errSink)
	}
}

func TestAddAfterClose(t *testing.T) {
	ev := fixture()[0]
	ew, err := parquet.NewEventWriter(io.Discard, parquet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mw, err := parquet.NewMentionWriter(io.Discard, parquet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pw, err := parquet.NewPlaceWriter(io.Discard, parquet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dw, err := parquet.NewDocumentWriter(io.Discard, parquet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		add   func() error
		close func() error
	}{
		{"EventWriter", func() error { return ew.Add(&ev) }, ew.Close},
		{"MentionWriter", func() error { return mw.Add(&ev, nil) }, mw.Close},
		{"PlaceWriter", func() error { return pw.Add(placeRows()[0]) }, pw.Close},
		{"DocumentWriter", func() error { return dw.Add(parquet.DocumentRow{Doc: ev.Doc}) }, dw.Close},
	} {
		if err := tc.add(); err != nil {
			t.Fatalf("%s.Add: %v", tc.name, err)
		}
		if err := tc.close(); err != nil {
			t.Fatalf("%s.Close: %v", tc.name, err)
		}
		if err := tc.close(); err != nil {
			t.Errorf("%s.Close again = %v, want nil", tc.name, err)
		}
		if err := tc.add(); err == nil {
			t.Errorf("%s.Add after Close = nil, want an error", tc.name)
		}
	}
}

func TestYearPartition(t *testing.T) {
	week := func(y int) pipeline.Interval {
		return pipeline.Interval{Start: pipeline.MakeDate(y, 12, 30), End: pipeline.MakeDate(y+1, 1, 5), Precision: pipeline.PrecisionWeek}
	}
	tests := []struct {
		name     string
		date     pipeline.Interval
		wantPath string
		wantYear int
	}{
		{"dated", pipeline.Interval{Start: pipeline.MakeDate(2020, 5, 1), End: pipeline.MakeDate(2020, 5, 1), Precision: pipeline.PrecisionDay}, "out/events/year=2020/part-0.parquet", 2020},
		{"crossing New Year", week(1999), "out/events/year=1999/part-0.parquet", 1999},
		{"undated", pipeline.Interval{}, "out/events/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet", 0},
	}
	var events []pipeline.Event
	for _, tc := range tests {
		ev := pipeline.Event{ID: tc.name, Date: tc.date}
		path, year := parquet.YearPartition("out/events", &ev)
		if path != tc.wantPath || year != tc.wantYear {
			t.Errorf("YearPartition(%s) = %q, %d; want %q, %d", tc.name, path, year, tc.wantPath, tc.wantYear)
		}
		events = append(events, ev)
	}
	// PartitionByYear applies the same rule.
	parts := parquet.PartitionByYear("out/events", events)
	if len(parts) != len(tests) {
		t.Fatalf("%d partitions, want %d", len(parts), len(tests))
	}
	for _, p := range parts {
		for _, e := range p.Events {
			if path, year := parquet.YearPartition("out/events", &e); path != p.Path || year != p.Year {
				t.Errorf("event %s in partition %s (%d), YearPartition says %s (%d)", e.ID, p.Path, p.Year, path, year)
			}
		}
	}
}

// liveHeap returns the bytes of live heap objects after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestStreamMemoryBounded checks that the heap an EventWriter holds does
// not grow with the rows written: after nine more row groups, the live heap
// has grown by far less than what those rows take encoded.
func TestStreamMemoryBounded(t *testing.T) {
	const size, rounds = 256, 10
	events := streamEvents(size) // one row group, added again and again
	var out countWriter
	ew, err := parquet.NewEventWriter(&out, parquet.Options{RowGroupSize: size})
	if err != nil {
		t.Fatal(err)
	}
	add := func() {
		for i := range events {
			if err := ew.Add(&events[i]); err != nil {
				t.Fatal(err)
			}
		}
	}
	add()
	before, written := liveHeap(), out.n
	for range rounds - 1 {
		add()
	}
	after := liveHeap()
	if err := ew.Close(); err != nil {
		t.Fatal(err)
	}
	encoded := out.n - written // the nine row groups, without the footer
	growth := int64(after) - int64(before)
	t.Logf("live heap %d -> %d bytes over %d more row groups, %d bytes encoded", before, after, rounds-1, encoded)
	// The footer keeps some metadata per row group and column; rows kept
	// in memory would cost more than their compressed size.
	if growth > int64(encoded)/4 {
		t.Errorf("live heap grew by %d bytes over %d row groups of %d encoded bytes: rows are being kept", growth, rounds-1, encoded)
	}
}

// countWriter counts and discards what it is given.
type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

// BenchmarkStream adds rows one at a time to each streaming writer, for two
// corpus sizes ten times apart with row groups of 1000 rows, and reports
// allocations and bytes allocated per row: they must not grow with the
// number of rows.
func BenchmarkStream(b *testing.B) {
	const size = 1000
	opts := parquet.Options{RowGroupSize: size}
	base := streamEvents(size)
	places := streamPlaces(size)
	sentence := func(string, int) string { return "Police arrested four traders in Sinuiju on Nov. 5, a source said." }
	for _, n := range []int{2_000, 20_000} {
		for _, w := range []struct {
			name string
			run  func(io.Writer) (rows int, err error)
		}{
			{"events", func(out io.Writer) (int, error) {
				ew, err := parquet.NewEventWriter(out, opts)
				if err != nil {
					return 0, err
				}
				for i := range n {
					if err := ew.Add(&base[i%size]); err != nil {
						return 0, err
					}
				}
				return n, ew.Close()
			}},
			{"mentions", func(out io.Writer) (int, error) {
				mw, err := parquet.NewMentionWriter(out, opts)
				if err != nil {
					return 0, err
				}
				rows := 0
				for i := range n {
					rows += len(base[i%size].Mentions)
					if err := mw.Add(&base[i%size], sentence); err != nil {
						return 0, err
					}
				}
				return rows, mw.Close()
			}},
			{"places", func(out io.Writer) (int, error) {
				pw, err := parquet.NewPlaceWriter(out, opts)
				if err != nil {
					return 0, err
				}
				for i := range n {
					if err := pw.Add(places[i%len(places)]); err != nil {
						return 0, err
					}
				}
				return n, pw.Close()
			}},
		} {
			b.Run(fmt.Sprintf("%s/rows=%d", w.name, n), func(b *testing.B) {
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				rows := 0
				for b.Loop() {
					var out countWriter
					r, err := w.run(&out)
					if err != nil {
						b.Fatal(err)
					}
					rows += r
					b.SetBytes(int64(out.n))
				}
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(rows), "allocs/row")
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(rows), "B/row")
				b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
			})
		}
	}
}
