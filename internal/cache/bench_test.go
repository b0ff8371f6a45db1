package cache

import (
	"context"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// benchDoc is a 4 KB document whose filled item has 40 sentences, places
// and events.
func benchDoc() pipeline.Document {
	return doc("bench", strings.Repeat("Police in Hyesan sealed the market and ordered traders home for a week. ", 40))
}

// BenchmarkHit measures a lookup that finds its entry: key, read, check,
// decode, restore.
func BenchmarkHit(b *testing.B) {
	c := newCache(b, b.TempDir(), "v1")
	st := c.Wrap([]pipeline.Stage{&fill{}})
	d := benchDoc()
	process(b, st, d)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		it := &pipeline.Item{Doc: d}
		if err := st.Process(context.Background(), it); err != nil {
			b.Fatal(err)
		}
	}
	if s := c.Stats(); s.Misses != 1 {
		b.Fatalf("Stats = %+v, want every iteration a hit", s)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkStore measures the extra work of a miss: key, encode, write and
// rename (the stages themselves cost nothing here).
func BenchmarkStore(b *testing.B) {
	c := newCache(b, b.TempDir(), "v1")
	var f fill
	d := benchDoc()
	it := &pipeline.Item{Doc: d}
	f.Process(context.Background(), it)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		k := c.Key(d)
		if err := c.write(c.path(k), k, capture(it, 0)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
