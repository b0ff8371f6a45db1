package parquet

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"

	"geotimeline/outputs/internal/testevents"
	"geotimeline/pipeline"
)

// arrowArray builds the Arrow array of one column from its leaves: the
// array the package handed to pqarrow before it wrote leaves directly.
func arrowArray(t testing.TB, f arrow.Field, ls []leaf) arrow.Array {
	t.Helper()
	mem := memory.DefaultAllocator
	b := array.NewBuilder(mem, f.Type)
	defer b.Release()
	l := &ls[0]
	value := func(i int) []byte {
		start := 0
		if i > 0 {
			start = l.ends[i-1]
		}
		return l.data[start:l.ends[i]]
	}
	present := func(i int) bool { return !f.Nullable || l.defs[i] > 0 }
	switch b := b.(type) {
	case *array.StringBuilder:
		for i := range l.ends {
			if present(i) {
				b.Append(string(value(i)))
			} else {
				b.AppendNull()
			}
		}
	case *array.BinaryBuilder:
		for i := range l.ends {
			if present(i) {
				b.Append(value(i))
			} else {
				b.AppendNull()
			}
		}
	case *array.Date32Builder:
		for i, v := range l.i32 {
			if present(i) {
				b.Append(arrow.Date32(v))
			} else {
				b.AppendNull()
			}
		}
	case *array.Int32Builder:
		for i, v := range l.i32 {
			if present(i) {
				b.Append(v)
			} else {
				b.AppendNull()
			}
		}
	case *array.Int64Builder:
		for i, v := range l.i64 {
			if present(i) {
				b.Append(v)
			} else {
				b.AppendNull()
			}
		}
	case *array.Float64Builder:
		for i, v := range l.f64 {
			if present(i) {
				b.Append(v)
			} else {
				b.AppendNull()
			}
		}
	case *array.ListBuilder:
		vb := b.ValueBuilder().(*array.StringBuilder)
		k := 0 // the next element
		for i, d := range l.defs {
			if l.reps[i] == 0 {
				b.Append(true)
			}
			if d == 2 {
				vb.Append(string(value(k)))
				k++
			}
		}
	case *array.StructBuilder:
		for i, d := range l.defs {
			if d == 0 {
				b.AppendNull()
				continue
			}
			b.Append(true)
			for j := range b.NumField() {
				b.FieldBuilder(j).(*array.Float64Builder).Append(ls[j].f64[i])
			}
		}
	default:
		t.Fatalf("column %s: no Arrow builder for %T", f.Name, b)
	}
	return b.NewArray()
}

// arrowWrite writes rows as the package did before it wrote leaves
// directly: each row group as an Arrow record through pqarrow.FileWriter.
func arrowWrite[T any](t testing.TB, cols []column[T], rows []T, rowGroupSize int) []byte {
	t.Helper()
	schema := schemaOf(cols)
	var buf bytes.Buffer
	fw, err := pqarrow.NewFileWriter(schema, &buf, writerProperties(cols, rowGroupSize), pqarrow.NewArrowWriterProperties())
	if err != nil {
		t.Fatal(err)
	}
	for start := 0; start < len(rows); start += rowGroupSize {
		tw := &tableWriter[T]{cols: cols, first: make([]int, len(cols))}
		for i, c := range cols {
			tw.first[i] = len(tw.leaves)
			tw.leaves = append(tw.leaves, make([]leaf, c.leaves)...)
		}
		for i := start; i < min(start+rowGroupSize, len(rows)); i++ {
			for j := range cols {
				cols[j].append(tw.leaves[tw.first[j]:tw.first[j]+cols[j].leaves], &rows[i])
			}
		}
		arrs := make([]arrow.Array, len(cols))
		for j, c := range cols {
			arrs[j] = arrowArray(t, c.field, tw.leaves[tw.first[j]:tw.first[j]+c.leaves])
		}
		rec := array.NewRecord(schema, arrs, int64(min(rowGroupSize, len(rows)-start)))
		if err := fw.Write(rec); err != nil {
			t.Fatal(err)
		}
		rec.Release()
		for _, a := range arrs {
			a.Release()
		}
	}
	if err := fw.AppendKeyValueMetadata("k", "v"); err != nil {
		t.Fatal(err)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// leafWrite writes rows with a tableWriter.
func leafWrite[T any](t testing.TB, cols []column[T], rows []T, rowGroupSize int) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw, err := newTableWriter(&buf, cols, rowGroupSize)
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		if err := tw.append(&rows[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.close(func() ([][2]string, error) { return [][2]string{{"k", "v"}}, nil }); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// varied returns the fixture events changed at random, so that row groups
// hold every pattern of nulls: none, some, all; empty and longer lists;
// events with and without a place; empty strings and invalid UTF-8.
func varied(r *rand.Rand, n int) []pipeline.Event {
	base := testevents.Fixture()
	out := make([]pipeline.Event, n)
	for i := range out {
		e := base[r.IntN(len(base))]
		e.Mentions = append([]pipeline.Mention(nil), e.Mentions...)
		e.Actors = append([]string(nil), e.Actors...)
		if r.IntN(3) == 0 {
			e.HasPlace, e.Place = false, pipeline.Place{}
		}
		if r.IntN(3) == 0 {
			e.Summary, e.DateText, e.MergeNote, e.ReportedBy = "", "", "", ""
		}
		if r.IntN(4) == 0 {
			e.Actors = nil
		} else if r.IntN(3) == 0 {
			e.Actors = append(e.Actors, "", "officials\xff", fmt.Sprint("actor ", r.IntN(9)))
		}
		if r.IntN(4) == 0 {
			e.Date, e.ReportedOn, e.Doc.Published = pipeline.Interval{}, pipeline.Date{}, pipeline.Date{}
		}
		if r.IntN(5) == 0 {
			e.Doc.Title, e.Doc.Source = "", ""
		}
		e.Sentence = fmt.Sprintf("%s %d", e.Sentence, r.IntN(1000))
		out[i] = e
	}
	return out
}

// TestLeavesMatchArrow checks that writing the leaves directly gives the
// bytes pqarrow gives for the same rows in Arrow records, for every table,
// at row-group sizes small enough for row groups with every pattern of
// nulls.
func TestLeavesMatchArrow(t *testing.T) {
	for seed := range uint64(12) {
		r := rand.New(rand.NewPCG(seed, 7))
		n := 1 + r.IntN(40)
		size := 1 + r.IntN(9)
		events := varied(r, n)
		t.Run(fmt.Sprintf("seed=%d/rows=%d/group=%d", seed, n, size), func(t *testing.T) {
			var evRows []eventRow
			var menRows []mentionRow
			var plRows []placeRow
			var docRows []DocumentRow
			for i := range events {
				e := &events[i]
				p, err := eventPoint(e)
				if err != nil {
					t.Fatal(err)
				}
				evRows = append(evRows, eventRow{e: e, point: p, docIDs: docIDs(nil, e)})
				for k := range e.Mentions {
					menRows = append(menRows, mentionRow{e: e, m: &e.Mentions[k], ordinal: k, point: p, sentence: e.Sentence[:k%len(e.Sentence)]})
				}
				if e.HasPlace {
					pr := PlaceRow{DocID: e.Doc.ID, Text: e.PlaceName, CharStart: i, CharEnd: i + 3, Role: e.PlaceName, Reason: e.MergeNote, Place: e.Place}
					plRows = append(plRows, placeRow{PlaceRow: &pr, point: p})
				}
				docRows = append(docRows, DocumentRow{Doc: e.Doc, DocDate: pipeline.DocDate{Date: e.ReportedOn, Basis: pipeline.DateBasis(e.DateBasis), Evidence: e.DateText}})
				docRows[i].Doc.Text = e.Sentence
			}
			check := func(name string, got, want []byte) {
				t.Helper()
				if !bytes.Equal(got, want) {
					t.Errorf("%s: %d bytes written from leaves differ from pqarrow's %d", name, len(got), len(want))
				}
			}
			check("events", leafWrite(t, eventColumns(), evRows, size), arrowWrite(t, eventColumns(), evRows, size))
			check("mentions", leafWrite(t, mentionColumns(), menRows, size), arrowWrite(t, mentionColumns(), menRows, size))
			check("places", leafWrite(t, placeColumns(), plRows, size), arrowWrite(t, placeColumns(), plRows, size))
			check("documents", leafWrite(t, documentColumns(), docRows, size), arrowWrite(t, documentColumns(), docRows, size))
		})
	}
}

// FuzzRuneCount checks runeCount against utf8.RuneCountInString.
func FuzzRuneCount(f *testing.F) {
	f.Add("Border guards in Hyesan — 혜산 — were ordered to shoot on sight.")
	f.Add("\xff\xfe\xe2\x82 truncated and invalid bytes after eight ASCII")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestReusedZstdSameBytes checks that the registered codec compresses as
// Arrow's own at compressionLevel, into a buffer sized by its CompressBound
// or by none, for text, numbers and incompressible bytes.
func TestReusedZstdSameBytes(t *testing.T) {
	codec, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := codec.(reusedZstd); !ok {
		t.Fatalf("registered zstd codec is %T, want reusedZstd", codec)
	}
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 300_000)
	for i := range random {
		random[i] = byte(r.Uint32())
	}
	floats := make([]byte, 0, 8*50_000)
	for range 50_000 {
		floats = binary.LittleEndian.AppendUint64(floats, math.Float64bits(124+r.Float64()))
	}
	for _, tc := range []struct {
		name string
		src  []byte
	}{
		{"text", []byte(strings.Repeat("Border guards in Hyesan were ordered to shoot smugglers on sight, a source said. ", 12_000))},
		{"floats", floats},
		{"random", random},
		{"tiny", []byte("ab")},
	} {
		want := codec.(reusedZstd).Codec.EncodeLevel(nil, tc.src, compressionLevel)
		for _, room := range []int64{0, codec.CompressBound(int64(len(tc.src)))} {
			got := codec.EncodeLevel(make([]byte, 0, room), tc.src, compressionLevel)
			if !bytes.Equal(got, want) {
				t.Errorf("%s, room %d: %d bytes, Arrow's codec %d", tc.name, room, len(got), len(want))
			}
		}
	}
}

// TestReserveSameBytes checks that reserving room in the value encoders
// (leaf.reserve) leaves the files as pqarrow writes them, which reserves
// nothing, with column chunks of several pages: row groups of more than one
// write batch (1,024 values) and more than a page (1 MB) of text, so that
// pages end at batch boundaries before the reserved room is used up or after
// it is exceeded.
func TestReserveSameBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	words := strings.Fields("Border guards in Hyesan were ordered to shoot smugglers on sight, a source said — 혜산")
	rows := make([]DocumentRow, 5000)
	for i := range rows {
		var b strings.Builder
		for n := r.IntN(3200); b.Len() < n; {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
		rows[i].Doc = pipeline.Document{ID: fmt.Sprint("doc-", i), Text: b.String()}
		if r.IntN(3) > 0 {
			rows[i].Doc.Title = b.String()[:min(b.Len(), r.IntN(90))]
		}
		rows[i].DocDate = pipeline.DocDate{Date: pipeline.Date{Year: 2000 + r.IntN(20), Month: time.Month(1 + r.IntN(12)), Day: 1 + r.IntN(28)}}
	}
	for _, size := range []int{700, 2100, 5000} {
		got, want := leafWrite(t, documentColumns(), rows, size), arrowWrite(t, documentColumns(), rows, size)
		if !bytes.Equal(got, want) {
			t.Errorf("row groups of %d: %d bytes written from leaves differ from pqarrow's %d", size, len(got), len(want))
		}
	}
}
