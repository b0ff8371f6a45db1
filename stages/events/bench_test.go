package events

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// seedsDir is where the shared seed articles live beside the checkout.
var seedsDir = filepath.Join("..", "..", "..", "shared", "seeds")

// seedItems reads the seed articles into items whose sentences are cut
// naively at line ends and at ". " (this package may not use the ingest
// stage); they have no dates or places, so the benchmark measures what every
// sentence costs: tokens, clauses, triggers, actors, attribution.
func seedItems(b *testing.B) ([]*pipeline.Item, int64) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") != "" {
			b.Fatalf("no seed articles in %s", seedsDir)
		}
		b.Skipf("no seed articles in %s", seedsDir)
	}
	var items []*pipeline.Item
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		it := &pipeline.Item{Doc: pipeline.Document{ID: filepath.Base(f), Text: text}}
		para, start := 0, 0
		cut := func(end int) {
			if s := strings.TrimSpace(text[start:end]); s != "" {
				at := start + strings.Index(text[start:end], s)
				it.Sentences = append(it.Sentences, pipeline.Sentence{Span: pipeline.Span{Start: at, End: at + len(s)}, Paragraph: para})
			}
		}
		for i := 0; i < len(text); i++ {
			switch {
			case text[i] == '\n':
				cut(i)
				start = i + 1
				para++
			case text[i] == '.' && i+1 < len(text) && text[i+1] == ' ':
				cut(i + 1)
				start = i + 1
			}
		}
		cut(len(text))
		items = append(items, it)
		size += int64(len(text))
	}
	return items, size
}

// BenchmarkProcessSeeds runs Process over the seed articles.
func BenchmarkProcessSeeds(b *testing.B) {
	items, size := seedItems(b)
	x := newTestExtractor(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, it := range items {
			if err := x.Process(context.Background(), it); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkFindAt runs the three phrase matchers over the tokens of the
// seed articles' sentences, from the tokens that may begin a phrase.
func BenchmarkFindAt(b *testing.B) {
	items, size := seedItems(b)
	v, err := loadVocab()
	if err != nil {
		b.Fatal(err)
	}
	type sentToks struct {
		toks   []token
		starts []int
	}
	var sents []sentToks
	z := tokenizer{words: &v.words}
	for _, it := range items {
		for _, s := range it.Sentences {
			toks := z.appendTokens(nil, it.Doc.Text, s.Start, s.End)
			sents = append(sents, sentToks{toks, slices.Clone(z.starts)})
		}
	}
	var sc findScratch
	var dst []match
	b.SetBytes(size)
	for b.Loop() {
		for _, s := range sents {
			for _, m := range []*matcher{v.trig, v.act, v.out} {
				dst = m.appendFindAt(dst[:0], s.toks, s.starts, &sc)
			}
		}
	}
}

// BenchmarkTokens runs the tokenizer, with word ids, over the seed
// articles' sentences.
func BenchmarkTokens(b *testing.B) {
	items, size := seedItems(b)
	v, err := loadVocab()
	if err != nil {
		b.Fatal(err)
	}
	z := tokenizer{words: &v.words}
	var toks []token
	b.SetBytes(size)
	for b.Loop() {
		for _, it := range items {
			z.lw = lowerer{}
			for _, s := range it.Sentences {
				toks = z.appendTokens(toks[:0], it.Doc.Text, s.Start, s.End)
			}
		}
	}
}
