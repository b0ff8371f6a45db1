package ingest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// seedsDir is where the shared seed articles live beside the checkout.
var seedsDir = filepath.Join("..", "..", "..", "shared", "seeds")

// seedFiles returns the seed articles, skipping the test when they are
// absent outside CI.
func seedFiles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("no seed articles in %s", seedsDir)
		}
		t.Skipf("no seed articles in %s", seedsDir)
	}
	return files
}

// furniture are phrases of site furniture; none may appear in a sentence.
var furniture = []string{
	"Read in Korean", "Signup", "Sign up", "Get the latest posts", "Please direct any comments",
	"Translated by", "Leave a Comment", "Akismet", "Telegram channel", "reprinted with permission",
	"Home »", "DISCLAIMER", "Updated on", "Published:", "Learn how your comment data",
}

// TestSeeds segments every seed article: no sentence carries site
// furniture, every short line without final punctuation (a headline,
// subhead, caption or dateline) is a sentence of its own unless it is
// furniture, and the readers see the same text as the files.
func TestSeeds(t *testing.T) {
	r, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	files := seedFiles(t)
	all, diags := readAll(t, seedsDir, Options{})
	var items []*pipeline.Item
	for _, it := range all {
		if strings.HasSuffix(it.Doc.ID, ".txt") {
			items = append(items, it)
		}
	}
	if len(items) != len(files) || len(diags) != 0 {
		t.Fatalf("Open(seeds): %d items for %d files, diags %q", len(items), len(files), diagStrings(diags))
	}
	for _, it := range items {
		text := it.Doc.Text
		t.Run(it.Doc.ID, func(t *testing.T) {
			paras, sents := Segment(text)
			if err := checkSegmentation(text, paras, sents); err != nil {
				t.Fatal(err)
			}
			if len(sents) < 10 {
				t.Errorf("only %d sentences", len(sents))
			}
			got := map[string]bool{}
			for _, s := range sents {
				st := text[s.Start:s.End]
				got[st] = true
				for _, f := range furniture {
					if strings.Contains(st, f) {
						t.Errorf("sentence %q contains furniture %q", st, f)
					}
				}
			}
			for _, line := range strings.Split(text, "\n") {
				line = strings.TrimFunc(line, isSpace)
				if line == "" || endsTerminal(line) || utf8.RuneCountInString(line) > 120 {
					continue
				}
				if bp, _ := r.match(line); bp {
					continue
				}
				if !got[line] {
					t.Errorf("headline-like line %q is not a sentence of its own", line)
				}
			}
		})
	}
}

// TestSeedGoldQuotes checks that each analyst quote in gold.jsonl falls
// inside one paragraph and, unless it spans a sentence end itself, inside
// one sentence.
func TestSeedGoldQuotes(t *testing.T) {
	seedFiles(t)
	f, err := os.Open(filepath.Join(seedsDir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	texts := map[string]string{}
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g struct{ Doc, Quote string }
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil || g.Quote == "" {
			continue
		}
		text, ok := texts[g.Doc]
		if !ok {
			b, err := os.ReadFile(filepath.Join(seedsDir, g.Doc))
			if err != nil {
				t.Fatal(err)
			}
			text = string(b)
			texts[g.Doc] = text
		}
		start := strings.Index(text, g.Quote)
		if start < 0 {
			t.Errorf("%s: quote not found", g.Doc)
			continue
		}
		n++
		end := start + len(g.Quote)
		it := &pipeline.Item{Doc: pipeline.Document{Text: text}}
		it.Paragraphs, it.Sentences = Segment(text)
		a, b := it.SentenceAt(start), it.SentenceAt(end-1)
		if a < 0 || b < 0 {
			t.Errorf("%s: quote %q not inside sentences", g.Doc, g.Quote)
			continue
		}
		if it.Sentences[a].Paragraph != it.Sentences[b].Paragraph {
			t.Errorf("%s: quote %q spans paragraphs", g.Doc, g.Quote)
		}
		_, inner := Segment(g.Quote)
		if len(inner) == 1 && a != b {
			t.Errorf("%s: quote %q split across sentences %q | %q", g.Doc, g.Quote,
				text[it.Sentences[a].Start:it.Sentences[a].End], text[it.Sentences[b].Start:it.Sentences[b].End])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no gold quotes read")
	}
}

func BenchmarkSegmentSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		b.Skip("no seeds")
	}
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Segment(t)
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "docs/s")
}
