package gazetteer

import (
	"os"
	"runtime"
	"strings"
	"testing"
)

// BenchmarkLoadEmbedded measures parsing the embedded table and building all
// indexes, as the first call to Embedded does.
func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(placesGz)))
	var g *Gazetteer
	for b.Loop() {
		var err error
		g, err = loadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heapMB")
	b.ReportMetric(float64(g.Len()), "entries")
	b.ReportMetric(float64(g.NumKeys()), "keys")
}

// BenchmarkBuildEmbedded measures what BenchmarkLoadEmbedded measured
// before the key index was precomputed: parsing the embedded table and
// building every index, the key index included.
func BenchmarkBuildEmbedded(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(placesGz)))
	for b.Loop() {
		entries, refs, err := parseEmbedded(placesGz, aliasesTSV)
		if err != nil {
			b.Fatal(err)
		}
		build(entries, refs)
	}
}

// BenchmarkWithGeoNames measures adding the world cities500 file (200k rows).
func BenchmarkWithGeoNames(b *testing.B) {
	const path = "../../shared/data/geonames/cities500.txt"
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("no %s", path)
	}
	g, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	var g2 *Gazetteer
	for b.Loop() {
		g2, err = g.WithGeoNames(strings.NewReader(string(data)), path)
		if err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heapMB")
	b.ReportMetric(float64(g2.Len()), "entries")
}

// BenchmarkMatch measures the matcher on English news-like text against the
// embedded gazetteer.
func BenchmarkMatch(b *testing.B) {
	g, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Security officials in Hyesan, Ryanggang Province, arrested smugglers who crossed "+
		"the Yalu River from Changbai; traders in Sinŭiju and Dandong said prices rose. ", 200)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	n := 0
	for b.Loop() {
		n = len(g.Match(text))
	}
	b.ReportMetric(float64(n), "matches")
}

// BenchmarkLookup measures Lookup of a common name.
func BenchmarkLookup(b *testing.B) {
	g, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = g.Lookup("P'yŏngan-bukto")
	}
}

// BenchmarkMatcher measures a reused Matcher that reports capitalized names
// only, as the places stage uses it.
func BenchmarkMatcher(b *testing.B) {
	g, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Security officials in Hyesan, Ryanggang Province, arrested smugglers who crossed "+
		"the Yalu River from Changbai; traders in Sinŭiju and Dandong said prices rose. ", 200)
	m := g.NewMatcher(MatchOptions{Capitalized: true})
	var ms []Match
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ms = m.Match(text, ms[:0])
	}
	b.ReportMetric(float64(len(ms)), "matches")
}
