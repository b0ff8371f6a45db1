package geojson_test

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

	"github.com/paulmach/orb"
	orbjson "github.com/paulmach/orb/geojson"

	"geotimeline/outputs/geojson"
	"geotimeline/outputs/internal/testevents"
	"geotimeline/pipeline"
)

// streamEvents returns n synthetic events with distinct coordinates, one in
// seven without a place and, of the others, one in three placed only to a
// province.
func streamEvents(n int) []pipeline.Event {
	events := testevents.Many(n)
	for i := range events {
		e := &events[i]
		e.Doc = pipeline.Document{ID: fmt.Sprintf("doc%d", i/3)}
		e.Sentence = fmt.Sprintf("Sentence %d reports a %s.", i, e.Type)
		e.Mentions = []pipeline.Mention{{DocID: e.Doc.ID}}
		if i%7 == 3 {
			e.HasPlace, e.Place = false, pipeline.Place{}
			continue
		}
		e.HasPlace = true
		e.Place.Lat = 37.5 + float64(i*7919%5000)/1000.0000001
		e.Place.Lon = 124.2 + float64(i*104729%6000)/1000.0000003
		e.Place.Precision, e.Place.UncertaintyKM = pipeline.GeoCity, 5
		if i%3 == 0 {
			e.Place.Precision, e.Place.UncertaintyKM = pipeline.GeoAdmin1, 60
		}
	}
	return events
}

// TestStreamEqualsWrapper checks that each writer, fed one row at a time,
// writes the bytes of its slice function.
func TestStreamEqualsWrapper(t *testing.T) {
	area := func(pl *pipeline.Place) (orb.MultiPolygon, string, bool) {
		if int(pl.Lat*10)%2 == 0 {
			return nil, "", false
		}
		return orb.MultiPolygon{{{{pl.Lon, pl.Lat}, {pl.Lon + 1, pl.Lat}, {pl.Lon, pl.Lat + 1}, {pl.Lon, pl.Lat}}}}, "test outline", true
	}
	for _, tc := range []struct {
		name   string
		events []pipeline.Event
	}{
		{"fixture", fixture()},
		{"empty", nil},
		{"many", streamEvents(2000)}, // more than the write buffer holds
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want, got bytes.Buffer
			if err := geojson.Write(&want, tc.events); err != nil {
				t.Fatal(err)
			}
			ew := geojson.NewEventWriter(&got)
			for i := range tc.events {
				if err := ew.Add(&tc.events[i]); err != nil {
					t.Fatal(err)
				}
			}
			if err := ew.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("EventWriter wrote %d bytes that differ from Write's %d", got.Len(), want.Len())
			}

			want.Reset()
			got.Reset()
			if err := geojson.WriteExtents(&want, tc.events, area); err != nil {
				t.Fatal(err)
			}
			xw := geojson.NewExtentWriter(&got, area)
			for i := range tc.events {
				if err := xw.Add(&tc.events[i]); err != nil {
					t.Fatal(err)
				}
			}
			if err := xw.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("ExtentWriter wrote %d bytes that differ from WriteExtents' %d", got.Len(), want.Len())
			}

			var rows []geojson.PlaceRow
			for _, e := range tc.events {
				if e.HasPlace {
					rows = append(rows, geojson.PlaceRow{DocID: e.Doc.ID, Text: e.PlaceName, Place: e.Place})
				}
			}
			want.Reset()
			got.Reset()
			if err := geojson.WritePlaces(&want, rows); err != nil {
				t.Fatal(err)
			}
			pw := geojson.NewPlaceWriter(&got)
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

// TestEventWriterStream streams more events than the write buffer holds and
// reads every feature back.
func TestEventWriterStream(t *testing.T) {
	events := streamEvents(3000)
	var buf bytes.Buffer
	ew := geojson.NewEventWriter(&buf)
	for i := range events {
		if err := ew.Add(&events[i]); err != nil {
			t.Fatalf("Add(%d): %v", i, err)
		}
	}
	if err := ew.Close(); err != nil {
		t.Fatal(err)
	}
	var fc orbjson.FeatureCollectionOf[geojson.Properties]
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	if len(fc.Features) != len(events) {
		t.Fatalf("%d features, want %d", len(fc.Features), len(events))
	}
	for i, f := range fc.Features {
		e := &events[i]
		if f.Properties.EventID != e.ID {
			t.Fatalf("feature %d = %s, want %s", i, f.Properties.EventID, e.ID)
		}
		pt, ok := f.Geometry.(orb.Point)
		if ok != e.HasPlace {
			t.Errorf("feature %d: geometry %v, event has place %v", i, f.Geometry, e.HasPlace)
		} else if ok && (pt[0] != math.Round(e.Place.Lon*1e6)/1e6 || pt[1] != math.Round(e.Place.Lat*1e6)/1e6) {
			t.Errorf("feature %d: point %v, want %v,%v rounded", i, pt, e.Place.Lon, e.Place.Lat)
		}
	}
}

// TestAddInvalid checks that a rejected row writes nothing, is named in the
// error, and leaves the writer usable.
func TestAddInvalid(t *testing.T) {
	events := fixture()
	bad := events[0]
	bad.ID, bad.Place.Lat = "bad#1", 91
	var buf bytes.Buffer
	ew := geojson.NewEventWriter(&buf)
	var kept []string
	for _, e := range append([]pipeline.Event{bad}, append(events, bad)...) {
		err := ew.Add(&e)
		switch {
		case e.ID == bad.ID:
			if !errors.Is(err, geojson.ErrInvalidEvent) || !strings.Contains(err.Error(), bad.ID) {
				t.Errorf("Add(%s) = %v, want ErrInvalidEvent naming it", e.ID, err)
			}
		case err != nil:
			t.Fatalf("Add(%s): %v", e.ID, err)
		default:
			kept = append(kept, e.ID)
		}
	}
	if err := ew.Close(); err != nil {
		t.Fatal(err)
	}
	fc, err := orbjson.UnmarshalFeatureCollection(buf.Bytes())
	if err != nil {
		t.Fatalf("UnmarshalFeatureCollection: %v\n%s", err, buf.Bytes())
	}
	var got []string
	for _, f := range fc.Features {
		got = append(got, f.Properties["event_id"].(string))
	}
	if strings.Join(got, " ") != strings.Join(kept, " ") {
		t.Errorf("features %v, want %v", got, kept)
	}

	rows := placeRows()
	pw := geojson.NewPlaceWriter(io.Discard)
	for i, r := range rows {
		if i == 3 {
			r.Place.Lon = math.NaN()
		}
		err := pw.Add(r)
		if i == 3 && (!errors.Is(err, geojson.ErrInvalidEvent) || !strings.Contains(err.Error(), "place mention 3 ")) {
			t.Errorf("Add(rows[3]) = %v, want ErrInvalidEvent naming place mention 3", err)
		} else if i != 3 && err != nil {
			t.Errorf("Add(rows[%d]) = %v", i, err)
		}
	}
	if err := pw.Close(); err != nil {
		t.Error(err)
	}
}

func TestExtentWriterSkips(t *testing.T) {
	events := fixture()
	var buf bytes.Buffer
	xw := geojson.NewExtentWriter(&buf, nil)
	want := 0
	for i := range events {
		e := &events[i]
		if !e.HasPlace || !geojson.Imprecise(e.Place.Precision) {
			e.Place.Lat = math.NaN() // not written, so not checked
		} else {
			want++
		}
		if err := xw.Add(e); err != nil {
			t.Fatalf("Add(%s): %v", e.ID, err)
		}
	}
	if err := xw.Close(); err != nil {
		t.Fatal(err)
	}
	fc, err := orbjson.UnmarshalFeatureCollection(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if want == 0 || len(fc.Features) != want {
		t.Errorf("%d extents, want %d (one per imprecise place)", len(fc.Features), want)
	}
}

// failAfter accepts n bytes, then fails.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errSink
	}
	f.n -= len(p)
	return len(p), nil
}

func TestStreamWriteError(t *testing.T) {
	events := streamEvents(500) // several times the write buffer
	ew := geojson.NewEventWriter(&failAfter{n: 100})
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
	if failed < 0 {
		t.Fatal("no Add reported the write error")
	}
	if err := ew.Add(&events[failed+1]); !errors.Is(err, errSink) {
		t.Errorf("Add after a write error = %v, want %v", err, errSink)
	}
	if err := ew.Close(); !errors.Is(err, errSink) {
		t.Errorf("Close after a write error = %v, want %v", err, errSink)
	}
}

func TestAddAfterClose(t *testing.T) {
	ev := fixture()[4]
	ew, xw, pw := geojson.NewEventWriter(io.Discard), geojson.NewExtentWriter(io.Discard, nil), geojson.NewPlaceWriter(io.Discard)
	for _, tc := range []struct {
		name  string
		add   func() error
		close func() error
	}{
		{"EventWriter", func() error { return ew.Add(&ev) }, ew.Close},
		{"ExtentWriter", func() error { return xw.Add(&ev) }, xw.Close},
		{"PlaceWriter", func() error { return pw.Add(placeRows()[0]) }, pw.Close},
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

// countWriter counts and discards what it is given.
type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

// BenchmarkStream adds rows one at a time to each writer, for two corpus
// sizes ten times apart, and reports allocations and bytes allocated per
// row: they must not grow with the number of rows.
func BenchmarkStream(b *testing.B) {
	const distinct = 1000
	base := streamEvents(distinct)
	var places []geojson.PlaceRow
	for _, e := range base {
		if e.HasPlace {
			places = append(places, geojson.PlaceRow{DocID: e.Doc.ID, Text: e.PlaceName, Place: e.Place})
		}
	}
	for _, n := range []int{2_000, 20_000} {
		for _, w := range []struct {
			name string
			run  func(io.Writer) error
		}{
			{"events", func(out io.Writer) error {
				ew := geojson.NewEventWriter(out)
				for i := range n {
					if err := ew.Add(&base[i%distinct]); err != nil {
						return err
					}
				}
				return ew.Close()
			}},
			{"extents", func(out io.Writer) error { // rows are events; about 30% become features
				xw := geojson.NewExtentWriter(out, nil)
				for i := range n {
					if err := xw.Add(&base[i%distinct]); err != nil {
						return err
					}
				}
				return xw.Close()
			}},
			{"places", func(out io.Writer) error {
				pw := geojson.NewPlaceWriter(out)
				for i := range n {
					if err := pw.Add(places[i%len(places)]); err != nil {
						return err
					}
				}
				return pw.Close()
			}},
		} {
			b.Run(fmt.Sprintf("%s/rows=%d", w.name, n), func(b *testing.B) {
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				for b.Loop() {
					var out countWriter
					if err := w.run(&out); err != nil {
						b.Fatal(err)
					}
					b.SetBytes(int64(out.n))
				}
				runtime.ReadMemStats(&after)
				rows := float64(n * b.N)
				b.ReportMetric(float64(after.Mallocs-before.Mallocs)/rows, "allocs/row")
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/rows, "B/row")
				b.ReportMetric(rows/b.Elapsed().Seconds(), "rows/s")
			})
		}
	}
}

// TestStreamMemoryBounded checks that an EventWriter keeps nothing of the
// events it has written: ten times as many events leave the live heap
// where it was.
func TestStreamMemoryBounded(t *testing.T) {
	events := streamEvents(500)
	var out countWriter
	ew := geojson.NewEventWriter(&out)
	add := func() {
		for i := range events {
			if err := ew.Add(&events[i]); err != nil {
				t.Fatal(err)
			}
		}
	}
	add()
	before, written := liveHeap(), out.n
	for range 9 {
		add()
	}
	after := liveHeap()
	if err := ew.Close(); err != nil {
		t.Fatal(err)
	}
	growth := int64(after) - int64(before)
	t.Logf("live heap %d -> %d bytes while %d more bytes were written", before, after, out.n-written)
	if growth > int64(out.n-written)/20 {
		t.Errorf("live heap grew by %d bytes while %d bytes were written: features are being kept", growth, out.n-written)
	}
}

// liveHeap returns the bytes of live heap objects after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
