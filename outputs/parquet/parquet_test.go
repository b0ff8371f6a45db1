package parquet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	pq "github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"

	"geotimeline/outputs/parquet"
	"geotimeline/pipeline"
)

func writeEvents(t testing.TB, events []pipeline.Event, opts parquet.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := parquet.WriteEvents(&buf, events, opts); err != nil {
		t.Fatalf("WriteEvents: %v", err)
	}
	return buf.Bytes()
}

// readBack reads a written file with pqarrow and returns its schema and
// columns, each concatenated into one array, by name.
func readBack(t testing.TB, b []byte) (*file.Reader, *arrow.Schema, map[string]arrow.Array) {
	t.Helper()
	rdr, err := file.NewParquetReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("NewParquetReader: %v", err)
	}
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		t.Fatalf("NewFileReader: %v", err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatalf("ReadTable: %v", err)
	}
	t.Cleanup(tbl.Release)
	cols := map[string]arrow.Array{}
	for i := 0; i < int(tbl.NumCols()); i++ {
		chunks := tbl.Column(i).Data().Chunks()
		var a arrow.Array
		if len(chunks) == 0 {
			a = array.MakeArrayOfNull(memory.DefaultAllocator, tbl.Column(i).DataType(), 0)
		} else {
			a, err = array.Concatenate(chunks, memory.DefaultAllocator)
			if err != nil {
				t.Fatal(err)
			}
		}
		t.Cleanup(a.Release)
		cols[tbl.Schema().Field(i).Name] = a
	}
	return rdr, tbl.Schema(), cols
}

func TestSchema(t *testing.T) {
	str, date, f64 := arrow.BinaryTypes.String, arrow.FixedWidthTypes.Date32, arrow.PrimitiveTypes.Float64
	strs := arrow.ListOf(arrow.BinaryTypes.String)
	bbox := arrow.StructOf(
		arrow.Field{Name: "xmin", Type: f64, Nullable: true}, arrow.Field{Name: "ymin", Type: f64, Nullable: true},
		arrow.Field{Name: "xmax", Type: f64, Nullable: true}, arrow.Field{Name: "ymax", Type: f64, Nullable: true})
	want := []struct {
		name     string
		typ      arrow.DataType
		nullable bool
	}{
		{"event_id", str, false}, {"event_type", str, false}, {"summary", str, true}, {"actors", strs, false},
		{"modality", str, true}, {"date_start", date, true}, {"date_end", date, true},
		{"date_precision", str, false}, {"date_text", str, true}, {"date_basis", str, false},
		{"place_name", str, true}, {"place", str, true}, {"place_id", str, true}, {"admin1", str, true},
		{"country", str, true}, {"geo_precision", str, true}, {"uncertainty_km", f64, true},
		{"lat", f64, true}, {"lon", f64, true}, {"doc_id", str, false}, {"title", str, true},
		{"source", str, true}, {"published", date, true}, {"sentence", str, false},
		{"char_start", arrow.PrimitiveTypes.Int64, false}, {"char_end", arrow.PrimitiveTypes.Int64, false},
		{"confidence", f64, false}, {"reported_by", str, true}, {"reported_on", date, true},
		{"mentions", arrow.PrimitiveTypes.Int32, false}, {"doc_ids", strs, false}, {"merge_note", str, true},
		{"geometry", arrow.BinaryTypes.Binary, true}, {"bbox", bbox, true},
	}
	_, schema, _ := readBack(t, writeEvents(t, fixture(), parquet.Options{}))
	if schema.NumFields() != len(want) {
		t.Fatalf("read back %d columns, want %d: %v", schema.NumFields(), len(want), schema)
	}
	for i, w := range want {
		f := schema.Field(i)
		if f.Name != w.name || !arrow.TypeEqual(f.Type, w.typ) || f.Nullable != w.nullable {
			t.Errorf("column %d = %s %v nullable=%v, want %s %v nullable=%v", i, f.Name, f.Type, f.Nullable, w.name, w.typ, w.nullable)
		}
	}
}

func TestValues(t *testing.T) {
	events := fixture()
	_, _, cols := readBack(t, writeEvents(t, events, parquet.Options{RowGroupSize: 4}))
	tests := []struct {
		row  int
		col  string
		want string // arrow's ValueStr; "(null)" for null
	}{
		{0, "event_id", "a.txt#120-188#arrest"},
		{0, "date_start", "2020-11-05"},
		{0, "date_end", "2020-11-05"},
		{0, "actors", `["police","traders"]`},
		{0, "doc_ids", `["a.txt","b.txt"]`},
		{0, "mentions", "3"},
		{0, "published", "2020-11-09"},
		{0, "reported_on", "2020-11-08"},
		{0, "char_start", "120"},
		{0, "char_end", "186"},
		{0, "confidence", "0.9"},
		{0, "admin1", "North Pyongan"},
		{1, "date_start", "2020-08-01"},
		{1, "date_end", "2020-08-31"},
		{1, "date_precision", "month"},
		{1, "actors", "[]"},
		{1, "published", "(null)"},
		{1, "merge_note", "(null)"},
		{2, "place_name", "혜산"},
		{2, "summary", "a man executed in 혜산"},
		{3, "geometry", "(null)"},
		{3, "bbox", "(null)"},
		{3, "lat", "(null)"},
		{3, "place", "(null)"},
		{3, "country", "(null)"},
		{3, "uncertainty_km", "(null)"},
		{3, "place_name", "(null)"},
		{4, "date_start", "(null)"},
		{4, "date_end", "(null)"},
		{4, "date_precision", "unknown"},
		{4, "date_basis", "none"},
		{4, "country", "KP"},
		{5, "lat", "41.123457"},
		{5, "lon", "128"},
		{5, "event_type", "border_closure"},
	}
	for _, tc := range tests {
		if got := cols[tc.col].ValueStr(tc.row); got != tc.want {
			t.Errorf("row %d %s = %s, want %s", tc.row, tc.col, got, tc.want)
		}
	}
	geom := cols["geometry"].(*array.Binary)
	bbox := cols["bbox"].(*array.Struct)
	for i, e := range events {
		if geom.IsNull(i) != !e.HasPlace || bbox.IsNull(i) != !e.HasPlace {
			t.Errorf("row %d: geometry null %v, bbox null %v, want %v", i, geom.IsNull(i), bbox.IsNull(i), !e.HasPlace)
		}
		if !e.HasPlace {
			continue
		}
		g, err := wkb.Unmarshal(geom.Value(i))
		if err != nil {
			t.Fatalf("row %d: wkb: %v", i, err)
		}
		want := orb.Point{math.Round(e.Place.Lon*1e6) / 1e6, math.Round(e.Place.Lat*1e6) / 1e6}
		if g != want {
			t.Errorf("row %d geometry = %v, want %v", i, g, want)
		}
		box := [4]float64{}
		for k := range box {
			box[k] = bbox.Field(k).(*array.Float64).Value(i)
		}
		if box != [4]float64{want[0], want[1], want[0], want[1]} {
			t.Errorf("row %d bbox = %v, want the point %v", i, box, want)
		}
	}
	if n := cols["event_id"].Len(); n != len(events) {
		t.Errorf("read back %d rows, want %d", n, len(events))
	}
}

func TestGeoMetadata(t *testing.T) {
	rdr, _, _ := readBack(t, writeEvents(t, fixture(), parquet.Options{}))
	v := rdr.MetaData().KeyValueMetadata().FindValue("geo")
	if v == nil {
		t.Fatal(`no "geo" key-value metadata`)
	}
	var geo struct {
		Version       string                     `json:"version"`
		PrimaryColumn string                     `json:"primary_column"`
		Columns       map[string]json.RawMessage `json:"columns"`
	}
	if err := json.Unmarshal([]byte(*v), &geo); err != nil {
		t.Fatalf("geo metadata %s: %v", *v, err)
	}
	if geo.Version != "1.1.0" || geo.PrimaryColumn != "geometry" || len(geo.Columns) != 1 {
		t.Fatalf("geo metadata = %s", *v)
	}
	var col map[string]any
	if err := json.Unmarshal(geo.Columns["geometry"], &col); err != nil {
		t.Fatal(err)
	}
	if _, ok := col["crs"]; ok {
		t.Errorf("crs present (%v); it must be omitted so OGC:CRS84 applies", col["crs"])
	}
	wantBBox := []any{124.398056, 37.970833, 128.1775, 41.401667}
	checks := map[string]any{
		"encoding":       "WKB",
		"geometry_types": []any{"Point"},
		"bbox":           wantBBox,
		"covering": map[string]any{"bbox": map[string]any{
			"xmin": []any{"bbox", "xmin"}, "ymin": []any{"bbox", "ymin"},
			"xmax": []any{"bbox", "xmax"}, "ymax": []any{"bbox", "ymax"},
		}},
	}
	for k, want := range checks {
		if !reflect.DeepEqual(col[k], want) {
			t.Errorf("geo.columns.geometry.%s = %v, want %v", k, col[k], want)
		}
	}
}

func TestFileProperties(t *testing.T) {
	dictCols := map[string]bool{"event_type": true, "date_precision": true, "date_basis": true, "geo_precision": true,
		"country": true, "admin1": true, "modality": true, "source": true}
	tests := []struct {
		name      string
		opts      parquet.Options
		rowGroups int
	}{
		{"default", parquet.Options{}, 1},
		{"size 4", parquet.Options{RowGroupSize: 4}, 2},
		{"size 1", parquet.Options{RowGroupSize: 1}, 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rdr, _, _ := readBack(t, writeEvents(t, fixture(), tc.opts))
			md := rdr.MetaData()
			if md.GetCreatedBy() != "geotimeline" {
				t.Errorf("created_by = %q, want geotimeline", md.GetCreatedBy())
			}
			if r := md.Schema.Root().RepetitionType(); r != pq.Repetitions.Required {
				t.Errorf("root repetition = %v, want required", r)
			}
			if rdr.NumRowGroups() != tc.rowGroups {
				t.Errorf("%d row groups, want %d", rdr.NumRowGroups(), tc.rowGroups)
			}
			rg := md.RowGroup(0)
			for i := 0; i < rg.NumColumns(); i++ {
				c, err := rg.ColumnChunk(i)
				if err != nil {
					t.Fatal(err)
				}
				path := c.PathInSchema().String()
				if c.Compression() != compress.Codecs.Zstd {
					t.Errorf("%s compression = %v, want zstd", path, c.Compression())
				}
				if c.HasDictionaryPage() != dictCols[path] {
					t.Errorf("%s dictionary page = %v, want %v", path, c.HasDictionaryPage(), dictCols[path])
				}
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	a := writeEvents(t, fixture(), parquet.Options{})
	b := writeEvents(t, fixture(), parquet.Options{})
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same events differ")
	}
}

func TestEmpty(t *testing.T) {
	rdr, schema, cols := readBack(t, writeEvents(t, nil, parquet.Options{}))
	if rdr.NumRows() != 0 || schema.NumFields() != 34 || cols["event_id"].Len() != 0 {
		t.Errorf("empty file: %d rows, %d columns", rdr.NumRows(), schema.NumFields())
	}
	v := rdr.MetaData().KeyValueMetadata().FindValue("geo")
	if v == nil || strings.Contains(*v, `"bbox":[`) {
		t.Errorf("geo metadata of an empty file = %v, want one without bbox", v)
	}
}

func TestInvalid(t *testing.T) {
	tests := []struct {
		name string
		edit func(e *pipeline.Event)
	}{
		{"lat above 90", func(e *pipeline.Event) { e.Place.Lat = 90.5 }},
		{"lon below -180", func(e *pipeline.Event) { e.Place.Lon = -180.01 }},
		{"NaN lat", func(e *pipeline.Event) { e.Place.Lat = math.NaN() }},
		{"infinite lon", func(e *pipeline.Event) { e.Place.Lon = math.Inf(-1) }},
		{"NaN confidence", func(e *pipeline.Event) { e.Confidence = math.NaN() }},
		{"infinite uncertainty", func(e *pipeline.Event) { e.Place.UncertaintyKM = math.Inf(1) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := fixture()
			tc.edit(&events[0])
			err := parquet.WriteEvents(&bytes.Buffer{}, events, parquet.Options{})
			if !errors.Is(err, parquet.ErrInvalidEvent) {
				t.Fatalf("WriteEvents = %v, want ErrInvalidEvent", err)
			}
			if !strings.Contains(err.Error(), events[0].ID) {
				t.Errorf("error %q does not name the event", err)
			}
		})
	}
}

// closeRecorder is a writer that records whether it was closed.
type closeRecorder struct {
	bytes.Buffer
	closed bool
}

func (c *closeRecorder) Close() error { c.closed = true; return nil }

func TestDoesNotCloseWriter(t *testing.T) {
	var w closeRecorder
	if err := parquet.WriteEvents(&w, fixture(), parquet.Options{}); err != nil {
		t.Fatal(err)
	}
	if w.closed {
		t.Error("WriteEvents closed the caller's writer")
	}
}

var errSink = errors.New("sink full")

// failWriter accepts n bytes, then fails.
type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errSink
	}
	f.n -= len(p)
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	size := len(writeEvents(t, fixture(), parquet.Options{RowGroupSize: 2}))
	for _, n := range []int{0, 3, 100, size / 2, size - 10, size - 1} {
		err := parquet.WriteEvents(&failWriter{n: n}, fixture(), parquet.Options{RowGroupSize: 2})
		if !errors.Is(err, errSink) {
			t.Errorf("WriteEvents to a writer failing after %d of %d bytes = %v, want %v", n, size, err, errSink)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	events := fixture()[:1]
	events[0].Summary = "bad \xff byte"
	_, _, cols := readBack(t, writeEvents(t, events, parquet.Options{}))
	if got := cols["summary"].ValueStr(0); got != "bad \uFFFD byte" {
		t.Errorf("summary = %q, want the invalid byte replaced", got)
	}
}

func BenchmarkWriteEvents(b *testing.B) {
	base := fixture()
	events := make([]pipeline.Event, 0, 1200)
	for len(events) < 1200 {
		events = append(events, base...)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := parquet.WriteEvents(&buf, events, parquet.Options{}); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
	}
	b.ReportMetric(float64(len(events)*b.N)/b.Elapsed().Seconds(), "events/s")
}
