package ingest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"geotimeline/pipeline"
)

// evalDir holds the shared benchmark corpora beside the checkout.
var evalDir = filepath.Join("..", "..", "..", "shared", "eval")

// TestEvalCorpora segments every text of the shared benchmarks (TempEval-3
// and LGL) and checks the segmentation properties, and that gold time
// expressions and toponyms are neither dropped as boilerplate nor cut by a
// sentence boundary. It allows 1% misses.
func TestEvalCorpora(t *testing.T) {
	for _, tc := range []struct {
		file, spans string
	}{
		{"tempeval3/tbaq.jsonl", "timexes"},
		{"geoparsing/lgl.jsonl", "toponyms"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join(evalDir, tc.file))
			if err != nil {
				if os.Getenv("CI") != "" {
					t.Fatal(err)
				}
				t.Skip(err)
			}
			defer f.Close()
			docs, spans, dropped, cut := 0, 0, 0, 0
			br := bufio.NewReader(f)
			for {
				line, err := br.ReadBytes('\n')
				if len(line) > 0 {
					var d map[string]json.RawMessage
					if err := json.Unmarshal(line, &d); err != nil {
						t.Fatal(err)
					}
					var text string
					var gold []struct{ Start, End int }
					json.Unmarshal(d["text"], &text)
					json.Unmarshal(d[tc.spans], &gold)
					paras, sents := Segment(text)
					if err := checkSegmentation(text, paras, sents); err != nil {
						t.Fatalf("doc %d: %v", docs, err)
					}
					it := &pipeline.Item{Sentences: sents}
					cp := codePointBytes(text)
					for _, g := range gold {
						if g.Start < 0 || g.End >= len(cp) || g.Start >= g.End {
							continue
						}
						spans++
						a, b := it.SentenceAt(cp[g.Start]), it.SentenceAt(cp[g.End]-1)
						switch {
						case a < 0 || b < 0:
							dropped++
							t.Logf("dropped: %q in line %q", text[cp[g.Start]:cp[g.End]], lineAround(text, cp[g.Start]))
						case a != b:
							cut++
							t.Logf("cut: %q", text[sents[a].Start:sents[b].End])
						}
					}
					docs++
				}
				if err != nil {
					break
				}
			}
			t.Logf("%s: %d docs, %d gold spans, %d dropped, %d cut by a sentence end", tc.file, docs, spans, dropped, cut)
			if spans == 0 || (dropped+cut)*100 > spans {
				t.Errorf("%d of %d gold spans lost (dropped %d, cut %d), want at most 1%%", dropped+cut, spans, dropped, cut)
			}
		})
	}
}

// codePointBytes maps code-point offsets to byte offsets (one past the end
// included).
func codePointBytes(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

func lineAround(text string, off int) string {
	s, e := off, off
	for s > 0 && text[s-1] != '\n' {
		s--
	}
	for e < len(text) && text[e] != '\n' {
		e++
	}
	return text[s:e]
}
