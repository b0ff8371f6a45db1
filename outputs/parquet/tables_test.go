package parquet_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"geotimeline/outputs/parquet"
	"geotimeline/pipeline"
)

func TestWriteMentions(t *testing.T) {
	events := fixture()
	sentence := func(doc string, n int) string {
		if doc == "b.txt" {
			return "" // unknown: written as null
		}
		return fmt.Sprintf("%s sentence %d", doc, n)
	}
	for i := range events {
		for k := range events[i].Mentions {
			events[i].Mentions[k].Sentence = k + 1
			events[i].Mentions[k].Trigger = "trig" + fmt.Sprint(k)
		}
	}
	var buf bytes.Buffer
	if err := parquet.WriteMentions(&buf, events, sentence, parquet.Options{RowGroupSize: 3}); err != nil {
		t.Fatal(err)
	}
	rdr, schema, cols := readBack(t, buf.Bytes())
	want := 0
	for _, e := range events {
		want += len(e.Mentions)
	}
	if int(rdr.NumRows()) != want {
		t.Fatalf("%d rows, want one per mention (%d)", rdr.NumRows(), want)
	}
	if rdr.NumRowGroups() != (want+2)/3 {
		t.Errorf("%d row groups, want %d", rdr.NumRowGroups(), (want+2)/3)
	}
	names := make([]string, schema.NumFields())
	for i := range names {
		names[i] = schema.Field(i).Name
	}
	if got := strings.Join(names, ","); got != "event_id,event_type,mention,doc_id,sentence_index,sentence,char_start,char_end,trigger,geometry,bbox" {
		t.Errorf("columns = %s", got)
	}
	tests := []struct {
		row       int
		col, want string
	}{
		{0, "event_id", "a.txt#120-188#arrest"},
		{0, "mention", "0"},
		{0, "sentence", "a.txt sentence 1"},
		{0, "char_start", "120"},
		{1, "doc_id", "b.txt"},
		{1, "mention", "1"},
		{1, "sentence", "(null)"},
		{1, "char_end", "97"},
		{1, "trigger", "trig1"},
		{2, "sentence_index", "3"},
		{3, "event_type", "lockdown"},
		{5, "geometry", "(null)"}, // the order event has no place
	}
	for _, tc := range tests {
		if got := cols[tc.col].ValueStr(tc.row); got != tc.want {
			t.Errorf("row %d %s = %s, want %s", tc.row, tc.col, got, tc.want)
		}
	}
	if v := rdr.MetaData().KeyValueMetadata().FindValue("geo"); v == nil || !strings.Contains(*v, `"primary_column":"geometry"`) {
		t.Errorf("geo metadata = %v", v)
	}
	// A nil SentenceFunc gives null sentences.
	buf.Reset()
	if err := parquet.WriteMentions(&buf, events, nil, parquet.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, _, cols := readBack(t, buf.Bytes()); cols["sentence"].NullN() != want {
		t.Errorf("nil SentenceFunc: %d null sentences, want %d", cols["sentence"].NullN(), want)
	}
	bad := fixture()
	bad[2].Place.Lat = 91
	if err := parquet.WriteMentions(&bytes.Buffer{}, bad, nil, parquet.Options{}); !errors.Is(err, parquet.ErrInvalidEvent) {
		t.Errorf("WriteMentions with lat 91 = %v, want ErrInvalidEvent", err)
	}
}

func placeRows() []parquet.PlaceRow {
	var rows []parquet.PlaceRow
	for _, e := range fixture() {
		if e.HasPlace {
			rows = append(rows, parquet.PlaceRow{DocID: e.Doc.ID, Text: e.PlaceName, CharStart: e.CharStart + 3,
				CharEnd: e.CharStart + 3 + len([]rune(e.PlaceName)), Reason: "only candidate", Place: e.Place})
		}
	}
	rows[0].Role = "source"
	rows[1].Place.Population = 308440
	return rows
}

func TestWritePlaces(t *testing.T) {
	rows := placeRows()
	var buf bytes.Buffer
	if err := parquet.WritePlaces(&buf, rows, parquet.Options{}); err != nil {
		t.Fatal(err)
	}
	rdr, _, cols := readBack(t, buf.Bytes())
	if int(rdr.NumRows()) != len(rows) {
		t.Fatalf("%d rows, want %d", rdr.NumRows(), len(rows))
	}
	tests := []struct {
		row       int
		col, want string
	}{
		{0, "role", "source"},
		{1, "role", "(null)"},
		{0, "population", "(null)"},
		{1, "population", "308440"},
		{2, "text", "혜산"},
		{2, "char_start", "203"},
		{2, "char_end", "205"},
		{4, "lat", "41.123457"},
		{4, "geo_precision", "admin1"},
		{4, "feature_code", "ADM1"},
		{3, "country", "KP"},
		{0, "reason", "only candidate"},
	}
	for _, tc := range tests {
		if got := cols[tc.col].ValueStr(tc.row); got != tc.want {
			t.Errorf("row %d %s = %s, want %s", tc.row, tc.col, got, tc.want)
		}
	}
	if cols["geometry"].NullN() != 0 {
		t.Error("a resolved place mention without geometry")
	}
	rows[3].Place.Lon = 200
	err := parquet.WritePlaces(&bytes.Buffer{}, rows, parquet.Options{})
	if !errors.Is(err, parquet.ErrInvalidEvent) || !strings.Contains(err.Error(), "place mention 3") {
		t.Errorf("WritePlaces(lon 200) = %v, want ErrInvalidEvent naming mention 3", err)
	}
}

func TestDocumentWriter(t *testing.T) {
	var buf bytes.Buffer
	dw, err := parquet.NewDocumentWriter(&buf, parquet.Options{RowGroupSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	docs := []parquet.DocumentRow{
		{Doc: pipeline.Document{ID: "a.txt", Title: "Patrols", Source: "Test Wire", Published: pipeline.MakeDate(2020, time.November, 9), Text: "Patrols were doubled."},
			DocDate: pipeline.DocDate{Date: pipeline.MakeDate(2020, time.November, 9), Basis: pipeline.BasisPublished, Evidence: "metadata"}},
		{Doc: pipeline.Document{ID: "b.txt", Text: "혜산 was quiet."},
			DocDate: pipeline.DocDate{Date: pipeline.MakeDate(2021, time.January, 3), Basis: pipeline.BasisInferred, Evidence: "latest explicit date"}},
		{Doc: pipeline.Document{ID: "c.txt", Text: "No date here."}},
	}
	for _, d := range docs {
		if err := dw.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := dw.Close(); err != nil {
		t.Fatal(err)
	}
	rdr, _, cols := readBack(t, buf.Bytes())
	if rdr.NumRows() != 3 || rdr.NumRowGroups() != 2 {
		t.Errorf("%d rows in %d row groups, want 3 in 2", rdr.NumRows(), rdr.NumRowGroups())
	}
	if rdr.MetaData().KeyValueMetadata().FindValue("geo") != nil {
		t.Error("documents.parquet carries geo metadata but has no geometry")
	}
	tests := []struct {
		row       int
		col, want string
	}{
		{0, "published", "2020-11-09"},
		{0, "doc_date", "2020-11-09"},
		{0, "date_basis", "published"},
		{1, "published", "(null)"},
		{1, "doc_date", "2021-01-03"},
		{1, "chars", "13"},
		{1, "text", "혜산 was quiet."},
		{2, "date_basis", "none"},
		{2, "doc_date", "(null)"},
		{2, "title", "(null)"},
	}
	for _, tc := range tests {
		if got := cols[tc.col].ValueStr(tc.row); got != tc.want {
			t.Errorf("row %d %s = %s, want %s", tc.row, tc.col, got, tc.want)
		}
	}
	// A failing writer surfaces its error from Add or Close.
	dw, err = parquet.NewDocumentWriter(&failWriter{n: 100}, parquet.Options{RowGroupSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err = dw.Add(d); err != nil {
			break
		}
	}
	if cerr := dw.Close(); err == nil {
		err = cerr
	}
	if !errors.Is(err, errSink) {
		t.Errorf("DocumentWriter on a failing writer: %v, want %v", err, errSink)
	}
}

func TestPartitionByYear(t *testing.T) {
	events := fixture()
	parts := parquet.PartitionByYear("events", events)
	var got []string
	for _, p := range parts {
		ids := make([]string, len(p.Events))
		for i, e := range p.Events {
			ids[i] = e.ID
		}
		got = append(got, p.Path+": "+strings.Join(ids, " "))
	}
	want := []string{
		"events/year=2020/part-0.parquet: a.txt#120-188#arrest c.txt#10-70#lockdown a.txt#400-450#order c.txt#90-150#border_closure",
		"events/year=2021/part-0.parquet: b.txt#200-260#execution",
		"events/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet: b.txt#500-560#crackdown",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PartitionByYear:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(parquet.PartitionByYear("events", nil)) != 0 {
		t.Error("no events: want no partitions")
	}
}

func BenchmarkDocumentWriter(b *testing.B) {
	text := strings.Repeat("Border guards in Hyesan were ordered to shoot smugglers on sight, a source said. ", 120)
	doc := parquet.DocumentRow{Doc: pipeline.Document{ID: "d", Title: "t", Text: text}}
	const docs = 500
	b.ReportAllocs()
	b.SetBytes(int64(len(text) * docs))
	for b.Loop() {
		dw, err := parquet.NewDocumentWriter(io.Discard, parquet.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for range docs {
			if err := dw.Add(doc); err != nil {
				b.Fatal(err)
			}
		}
		if err := dw.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkWriteMentions(b *testing.B) {
	base := fixture()
	events := make([]pipeline.Event, 0, 1200)
	for len(events) < 1200 {
		events = append(events, base...)
	}
	sentence := func(string, int) string { return "Police arrested four traders in Sinuiju on Nov. 5, a source said." }
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := parquet.WriteMentions(&buf, events, sentence, parquet.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportMetric(float64(len(events)*b.N)/b.Elapsed().Seconds(), "events/s")
}
