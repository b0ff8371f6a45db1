package places

import (
	"context"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// benchText is a fixed news-like text written for the benchmark.
const benchText = `SEOUL, Dec. 5 (Agency) -- North Korean authorities have tightened controls along the border with China since last month, sources in Ryanggang Province said on Sunday.

A resident of Hyesan told reporters that the security ministry sent an order to every patrol unit on the Yalu River. Traders from Sinuiju and Dandong were detained, and Kim Chol Min, a smuggler, was sent to a labor camp near Hoeryong.

In Pyongyang, officials met delegates from Beijing, Moscow and Washington, D.C. The talks in Geneva may resume, a diplomat in Alexandria, Va., said, adding that the U.S. and South Korea would hold drills in the Yellow Sea next month.

The famine hit North Hamgyong and Chagang provinces hardest. Refugees crossed the Tumen River into Jilin and Liaoning, and some reached Bangkok, Thailand, or Ulan Bator before flying to Incheon.
`

// benchItem returns an item of n copies of benchText with its sentences
// split at ". " and at line breaks.
func benchItem(n int) pipeline.Item {
	text := strings.Repeat(benchText, n)
	var sents []pipeline.Sentence
	start, para := 0, 0
	for i := 0; i < len(text); i++ {
		end := -1
		switch {
		case text[i] == '\n':
			end = i
		case text[i] == '.' && i+1 < len(text) && text[i+1] == ' ' && i+2 < len(text) && text[i+2] >= 'A' && text[i+2] <= 'Z':
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
		start = end + 1
		for start < len(text) && (text[start] == ' ' || text[start] == '\n') {
			start++
		}
		i = start - 1
	}
	return pipeline.Item{Doc: pipeline.Document{ID: "bench", Text: text}, Sentences: sents}
}

// BenchmarkProcess recognizes the places of about 20 KB of text with the
// embedded gazetteer.
func BenchmarkProcess(b *testing.B) {
	r := New(Options{})
	base := benchItem(20)
	ctx := context.Background()
	if warm := base; r.Process(ctx, &warm) != nil { // load the gazetteer outside the timing
		b.Fatal("Process failed")
	}
	b.SetBytes(int64(len(base.Doc.Text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		it := base
		if err := r.Process(ctx, &it); err != nil {
			b.Fatal(err)
		}
		n += len(it.Places)
	}
	b.ReportMetric(float64(n)/float64(b.N), "places/op")
}

// BenchmarkStemSet measures the stem prefilter of the phrase and source
// searches on every sentence of benchText, as Process runs it.
func BenchmarkStemSet(b *testing.B) {
	it := benchItem(20)
	text := it.Doc.Text
	b.SetBytes(int64(3 * len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, ss := range []*stemSet{regionStems, cueStems, sourceStems} {
			for _, s := range it.Sentences {
				if mayHavePhrase(text[s.Start:s.End], ss) {
					n++
				}
			}
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "hits/op")
}
