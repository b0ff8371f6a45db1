package geojson_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
	orbjson "github.com/paulmach/orb/geojson"

	"geotimeline/outputs/geojson"
	"geotimeline/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func write(t testing.TB, events []pipeline.Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := geojson.Write(&buf, events); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

func TestWriteGolden(t *testing.T) {
	got := write(t, fixture())
	golden := filepath.Join("testdata", "events.geojson")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		actual := filepath.Join("testdata", "events.actual.geojson")
		if err := os.WriteFile(actual, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Errorf("Write(fixture) differs from %s; actual output written to %s", golden, actual)
	}
	if again := write(t, fixture()); !bytes.Equal(got, again) {
		t.Error("two writes of the same events differ")
	}
}

func TestWriteEmpty(t *testing.T) {
	for _, events := range [][]pipeline.Event{nil, {}} {
		got := write(t, events)
		fc, err := orbjson.UnmarshalFeatureCollection(got)
		if err != nil {
			t.Fatalf("UnmarshalFeatureCollection(%s): %v", got, err)
		}
		if len(fc.Features) != 0 || fc.Type != "FeatureCollection" {
			t.Errorf("Write(%v) = %s, want an empty FeatureCollection", events, got)
		}
	}
}

// TestRoundTrip checks marshal → unmarshal → marshal is stable, and that each
// line Write emits is exactly what the library marshals for the decoded feature.
func TestRoundTrip(t *testing.T) {
	out := write(t, fixture())
	var fc orbjson.FeatureCollectionOf[geojson.Properties]
	if err := json.Unmarshal(out, &fc); err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(fc.Features)+2 {
		t.Fatalf("got %d lines for %d features, want one line per feature", len(lines), len(fc.Features))
	}
	for i, f := range fc.Features {
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		line := strings.TrimSuffix(lines[i+1], ",")
		if string(b) != line {
			t.Errorf("feature %d: re-marshalled\n%s\nwant\n%s", i, b, line)
		}
	}
	b1, err := json.Marshal(fc)
	if err != nil {
		t.Fatal(err)
	}
	var fc2 orbjson.FeatureCollectionOf[geojson.Properties]
	if err := json.Unmarshal(b1, &fc2); err != nil {
		t.Fatal(err)
	}
	b2, err := json.Marshal(fc2)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1, b2) {
		t.Errorf("marshal → unmarshal → marshal unstable:\n%s\n%s", b1, b2)
	}
}

func TestWriteValues(t *testing.T) {
	events := fixture()
	fc, err := orbjson.UnmarshalFeatureCollection(write(t, events))
	if err != nil {
		t.Fatal(err)
	}
	if len(fc.Features) != len(events) {
		t.Fatalf("got %d features, want %d", len(fc.Features), len(events))
	}
	byID := map[string]*orbjson.Feature{}
	for i, f := range fc.Features {
		if f.ID != events[i].ID {
			t.Errorf("feature %d id = %v, want %q (input order)", i, f.ID, events[i].ID)
		}
		byID[events[i].ID] = f
	}
	tests := []struct {
		id, key string
		want    any // nil means JSON null
	}{
		{"a.txt#120-188#arrest", "date_start", "2020-11-05"},
		{"a.txt#120-188#arrest", "date_end", "2020-11-05"},
		{"a.txt#120-188#arrest", "mentions", 3.0},
		{"a.txt#120-188#arrest", "doc_ids", []any{"a.txt", "b.txt"}},
		{"a.txt#120-188#arrest", "actors", []any{"police", "traders"}},
		{"a.txt#120-188#arrest", "published", "2020-11-09"},
		{"a.txt#120-188#arrest", "reported_on", "2020-11-08"},
		{"a.txt#120-188#arrest", "country", "KP"},
		{"c.txt#10-70#lockdown", "date_start", "2020-08-01"},
		{"c.txt#10-70#lockdown", "date_end", "2020-08-31"},
		{"c.txt#10-70#lockdown", "date_precision", "month"},
		{"c.txt#10-70#lockdown", "actors", []any{}},
		{"c.txt#10-70#lockdown", "published", nil},
		{"c.txt#10-70#lockdown", "reported_by", nil},
		{"c.txt#10-70#lockdown", "merge_note", nil},
		{"b.txt#200-260#execution", "place_name", "혜산"},
		{"b.txt#200-260#execution", "place", "Hyesan"},
		{"a.txt#400-450#order", "place", nil},
		{"a.txt#400-450#order", "lat", nil},
		{"a.txt#400-450#order", "geo_precision", nil},
		{"a.txt#400-450#order", "uncertainty_km", nil},
		{"b.txt#500-560#crackdown", "date_start", nil},
		{"b.txt#500-560#crackdown", "date_end", nil},
		{"b.txt#500-560#crackdown", "date_precision", "unknown"},
		{"b.txt#500-560#crackdown", "date_basis", "none"},
		{"c.txt#90-150#border_closure", "lat", 41.123457},
		{"c.txt#90-150#border_closure", "lon", 128.0},
	}
	for _, tc := range tests {
		f := byID[tc.id]
		got, ok := f.Properties[tc.key]
		if !ok {
			t.Errorf("%s: property %q missing", tc.id, tc.key)
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) || (got == nil) != (tc.want == nil) {
			t.Errorf("%s: %s = %#v, want %#v", tc.id, tc.key, got, tc.want)
		}
	}
	if g := byID["a.txt#400-450#order"].Geometry; g != nil {
		t.Errorf("event without place: geometry = %v, want null", g)
	}
	if g, want := byID["c.txt#90-150#border_closure"].Geometry, (orb.Point{128, 41.123457}); g != want {
		t.Errorf("rounded geometry = %v, want %v", g, want)
	}
	if events[5].Place.Lat != 41.123456789 {
		t.Errorf("Write modified its input: lat = %v", events[5].Place.Lat)
	}
}

func TestPropertyOrder(t *testing.T) {
	want := []string{"event_id", "event_type", "summary", "actors", "modality", "date_start", "date_end",
		"date_precision", "date_text", "date_basis", "place_name", "place", "place_id", "admin1", "country",
		"geo_precision", "uncertainty_km", "lat", "lon", "doc_id", "title", "source", "published", "sentence",
		"char_start", "char_end", "confidence", "reported_by", "reported_on", "mentions", "doc_ids", "merge_note"}
	out := write(t, fixture()[:1])
	var raw struct {
		Features []struct {
			Properties json.RawMessage `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw.Features[0].Properties))
	if _, err := dec.Token(); err != nil { // {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
	}
	if strings.Join(keys, ",") != strings.Join(want, ",") {
		t.Errorf("property order\n got %v\nwant %v", keys, want)
	}
}

func TestWriteInvalid(t *testing.T) {
	tests := []struct {
		name string
		edit func(e *pipeline.Event)
	}{
		{"lat above 90", func(e *pipeline.Event) { e.Place.Lat = 90.5 }},
		{"lon below -180", func(e *pipeline.Event) { e.Place.Lon = -180.01 }},
		{"NaN lat", func(e *pipeline.Event) { e.Place.Lat = math.NaN() }},
		{"infinite lon", func(e *pipeline.Event) { e.Place.Lon = math.Inf(1) }},
		{"NaN confidence", func(e *pipeline.Event) { e.Confidence = math.NaN() }},
		{"NaN uncertainty", func(e *pipeline.Event) { e.Place.UncertaintyKM = math.NaN() }},
		{"year 10000", func(e *pipeline.Event) { e.Date.End = pipeline.Date{Year: 10000, Month: 1, Day: 1} }},
		{"day 31 of June", func(e *pipeline.Event) { e.Doc.Published = pipeline.Date{Year: 2020, Month: time.June, Day: 31} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := fixture()
			tc.edit(&events[0])
			err := geojson.Write(&bytes.Buffer{}, events)
			if !errors.Is(err, geojson.ErrInvalidEvent) {
				t.Fatalf("Write = %v, want ErrInvalidEvent", err)
			}
			if !strings.Contains(err.Error(), events[0].ID) {
				t.Errorf("error %q does not name the event", err)
			}
		})
	}
	// Out-of-range coordinates do not matter when the event has no place.
	events := fixture()
	events[3].Place.Lat = math.NaN()
	if err := geojson.Write(&bytes.Buffer{}, events); err != nil {
		t.Errorf("Write with NaN lat on a placeless event = %v, want nil", err)
	}
}

var errSink = errors.New("sink full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errSink }

func TestWriteError(t *testing.T) {
	if err := geojson.Write(failWriter{}, fixture()); !errors.Is(err, errSink) {
		t.Errorf("Write to a failing writer = %v, want %v", err, errSink)
	}
}

// TestOgrinfo checks how GDAL (and so QGIS) reads the file: dates typed Date,
// one feature per event.
func TestOgrinfo(t *testing.T) {
	bin, err := exec.LookPath("ogrinfo")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("ogrinfo not on PATH (install gdal-bin)")
		}
		t.Skip("ogrinfo not on PATH")
	}
	events := fixture()
	path := filepath.Join(t.TempDir(), "events.geojson")
	if err := os.WriteFile(path, write(t, events), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-ro", "-al", "-so", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo: %v\n%s", err, out)
	}
	info := string(out)
	m := regexp.MustCompile(`(?m)^Feature Count: (\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("no feature count in ogrinfo output:\n%s", info)
	}
	if n, _ := strconv.Atoi(m[1]); n != len(events) {
		t.Errorf("ogrinfo feature count = %d, want %d", n, len(events))
	}
	fields := map[string]string{
		"date_start": "Date", "date_end": "Date", "published": "Date", "reported_on": "Date",
		"lat": "Real", "confidence": "Real", "char_start": "Integer", "mentions": "Integer",
		"actors": "StringList", "doc_ids": "StringList", "place_name": "String",
	}
	for name, typ := range fields {
		re := regexp.MustCompile(`(?m)^` + name + `: (\w+) `)
		m := re.FindStringSubmatch(info)
		if m == nil || m[1] != typ {
			t.Errorf("ogrinfo types %s as %v, want %s", name, m, typ)
		}
	}
	if !strings.Contains(info, "Geometry: Point") {
		t.Errorf("ogrinfo geometry type is not Point:\n%s", info)
	}
}

// FuzzWrite feeds arbitrary coordinates, numbers, dates and text to Write.
// Properties: no panic; either an ErrInvalidEvent or valid JSON whose
// coordinates are in range, rounded, and whose text survives the round trip.
func FuzzWrite(f *testing.F) {
	f.Add(40.1, 124.4, 10.0, 0.9, "Sinuiju", 2020, 11, 5, true)
	f.Add(-90.0, 180.0, 0.0, 0.0, "혜산", 1, 1, 1, true)
	f.Add(91.0, 0.0, 1.0, 1.0, "<&>\"\\\x00", 0, 0, 0, false)
	f.Add(0.0, -180.0000004, math.Inf(1), 0.5, "\xff\xfe", 9999, 12, 31, true)
	f.Fuzz(func(t *testing.T, lat, lon, unc, conf float64, text string, year, month, day int, hasPlace bool) {
		e := pipeline.Event{
			ID: text, Type: text, Summary: text, Actors: []string{text}, Sentence: text, PlaceName: text,
			Confidence: conf, HasPlace: hasPlace,
			Place:    pipeline.Place{Name: text, Lat: lat, Lon: lon, UncertaintyKM: unc},
			Date:     pipeline.Interval{Start: pipeline.Date{Year: year, Month: time.Month(month), Day: day}, End: pipeline.Date{Year: year, Month: time.Month(month), Day: day}},
			Mentions: []pipeline.Mention{{DocID: text}},
		}
		var buf bytes.Buffer
		err := geojson.Write(&buf, []pipeline.Event{e})
		if err != nil {
			if !errors.Is(err, geojson.ErrInvalidEvent) {
				t.Fatalf("Write error %v does not wrap ErrInvalidEvent", err)
			}
			return
		}
		if !json.Valid(buf.Bytes()) {
			t.Fatalf("invalid JSON: %s", buf.Bytes())
		}
		var fc orbjson.FeatureCollectionOf[geojson.Properties]
		if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
			t.Fatalf("Unmarshal: %v", err)
		}
		if len(fc.Features) != 1 {
			t.Fatalf("got %d features, want 1", len(fc.Features))
		}
		feat := fc.Features[0]
		want := string([]rune(text)) // invalid bytes each become U+FFFD, as encoding/json does
		if feat.Properties.Sentence != want || feat.Properties.EventID != want {
			t.Errorf("text %q came back as %q", want, feat.Properties.Sentence)
		}
		if !hasPlace {
			if feat.Geometry != nil {
				t.Errorf("geometry %v for an event without place", feat.Geometry)
			}
			return
		}
		pt, ok := feat.Geometry.(orb.Point)
		if !ok {
			t.Fatalf("geometry %T, want Point", feat.Geometry)
		}
		if math.Abs(pt[0]) > 180 || math.Abs(pt[1]) > 90 {
			t.Errorf("coordinates %v out of range", pt)
		}
		const halfUnit = 5e-7 + 1e-12 // rounding to 6 decimals moves a value by at most half a unit (plus float error)
		if math.Abs(pt[0]-lon) > halfUnit || math.Abs(pt[1]-lat) > halfUnit {
			t.Errorf("coordinates %v, input lon %v lat %v", pt, lon, lat)
		}
		if *feat.Properties.Lat != pt[1] || *feat.Properties.Lon != pt[0] {
			t.Errorf("lat/lon properties %v,%v differ from geometry %v", *feat.Properties.Lat, *feat.Properties.Lon, pt)
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	base := fixture()
	events := make([]pipeline.Event, 0, 1200)
	for len(events) < 1200 {
		events = append(events, base...)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := geojson.Write(&buf, events); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
	}
	b.ReportMetric(float64(len(events)*b.N)/b.Elapsed().Seconds(), "events/s")
}
