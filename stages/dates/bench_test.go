package dates

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"geotimeline/pipeline"
)

// benchText is a fixed news-like text written for the benchmark.
const benchText = `SEOUL, Dec. 5 (Agency) -- North Korean authorities have tightened controls along the border with China since last month, sources in the region said on Sunday.

On Nov. 17 the security ministry issued an order to every patrol unit, a source told reporters on Nov. 20. "Traders detained a few weeks ago got two to three years of hard labor," the source said, adding that weekly meetings are held every day in some districts.

In April, the government extended its emergency posture to the end of the year. In late November it raised the posture again, after several incidents in October and November. The city of 200,000 was sealed off for 3-6 months, and gold valued at roughly U.S. $6.5 million was seized near the 880-mile border.

The famine of the mid-1990s, the early 1990s purges and the takeover in 2011 are still remembered. Trade ran from Feb. 15 to Mar. 1, 2020, and again Feb. 15–17. Between 2011 and 2014 some 2,000 people fled; 1,500 soldiers were deployed. Officials will meet next week, and talks may resume later this month, they said yesterday.
`

func BenchmarkTag(b *testing.B) {
	text := strings.Repeat(benchText, 20) // about 25 KB
	tg := New(Options{})
	ref := pipeline.DocDate{Date: pipeline.MakeDate(2020, 12, 19), Basis: pipeline.BasisPublished}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	c0, cpuOK := cpuTime()
	for b.Loop() {
		n += len(tg.Tag(text, nil, ref))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "mentions/s")
	reportCPU(b, c0, cpuOK, len(text))
}

// BenchmarkTagSize tags 1, 10, 100 and 1000 copies of the benchmark text
// (1.3 KB to 1.3 MB) in one call: MB/s stays flat when the tagger is linear
// in its input.
func BenchmarkTagSize(b *testing.B) {
	tg := New(Options{})
	ref := pipeline.DocDate{Date: pipeline.MakeDate(2020, 12, 19), Basis: pipeline.BasisPublished}
	for _, n := range []int{1, 10, 100, 1000} {
		text := strings.Repeat(benchText, n)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			c0, cpuOK := cpuTime()
			for b.Loop() {
				tg.Tag(text, nil, ref)
			}
			reportCPU(b, c0, cpuOK, len(text))
		})
	}
}

// reportCPU reports MB per second of process CPU time ("cpu-MB/s") since c0:
// on a shared, loaded machine wall-clock MB/s also counts the time the
// benchmark waited for a core.
func reportCPU(b *testing.B, c0 time.Duration, ok bool, size int) {
	c1, ok1 := cpuTime()
	if !ok || !ok1 || c1 <= c0 {
		return
	}
	b.ReportMetric(float64(size)*float64(b.N)/1e6/(c1-c0).Seconds(), "cpu-MB/s")
}

func BenchmarkDocumentDate(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		DocumentDate(text)
	}
}

// BenchmarkTagTBAQ tags the TempEval-3 TBAQ texts (528 KB of real news,
// read from ../shared at run time): throughput at a realistic date density.
func BenchmarkTagTBAQ(b *testing.B) {
	docs := readTBAQ(b)
	tg := New(Options{})
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	refs := make([]pipeline.DocDate, len(docs))
	for i, d := range docs {
		refs[i].Date, _ = pipeline.ParseDate(d.DCT)
		refs[i].Basis = pipeline.BasisPublished
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	c0, cpuOK := cpuTime()
	for b.Loop() {
		for i, d := range docs {
			tg.Tag(d.Text, nil, refs[i])
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, c0, cpuOK, size)
}

// BenchmarkProcessSentences runs Process, as the pipeline does, on about
// 25 KB of text whose sentences are given (split at ". " before a capital
// and at line breaks), so that the sentences are not found again.
func BenchmarkProcessSentences(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	var sents []pipeline.Sentence
	start, para := 0, 0
	for i := 0; i < len(text); i++ {
		end := -1
		switch {
		case text[i] == '\n':
			end = i
		case text[i] == '.' && i+2 < len(text) && text[i+1] == ' ' && text[i+2] >= 'A' && text[i+2] <= 'Z':
			end = i + 1
		}
		if end < 0 {
			continue
		}
		if end > start {
			sents = append(sents, pipeline.Sentence{Span: pipeline.Span{Start: start, End: end}, Paragraph: para})
		}
		if text[i] == '\n' {
			para++
		}
		for start = end + 1; start < len(text) && (text[start] == ' ' || text[start] == '\n'); start++ {
		}
		i = start - 1
	}
	tg := New(Options{})
	doc := pipeline.Document{ID: "bench", Text: text, Published: pipeline.MakeDate(2020, 12, 19)}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	c0, cpuOK := cpuTime()
	for b.Loop() {
		it := pipeline.Item{Doc: doc, Sentences: sents}
		if err := tg.Process(ctx, &it); err != nil {
			b.Fatal(err)
		}
		n += len(it.Dates)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "mentions/s")
	reportCPU(b, c0, cpuOK, len(text))
}
