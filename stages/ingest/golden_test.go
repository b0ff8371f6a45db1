package ingest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGoldenPages reads testdata/pages (hand-written pages: an HTML article
// with site furniture, hard-wrapped text, CRLF text) and compares what the
// reader and the segmenter make of them with testdata/pages.golden. On a
// difference the output is written beside the golden as pages.golden.got.
func TestGoldenPages(t *testing.T) {
	items, diags := readAll(t, filepath.Join("testdata", "pages"), Options{})
	var b strings.Builder
	seg := NewSegmenter(Options{})
	for _, it := range items {
		if err := seg.Process(context.Background(), it); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "== %s\ntitle: %q\n", it.Doc.ID, it.Doc.Title)
		for _, d := range it.Diags {
			fmt.Fprintf(&b, "diag: %s\n", d)
		}
		for i, p := range it.Paragraphs {
			fmt.Fprintf(&b, "P%d [%d,%d)\n", i, p.Start, p.End)
			for _, s := range it.Sentences {
				if s.Paragraph == i {
					fmt.Fprintf(&b, "  [%d,%d) %q\n", s.Start, s.End, it.Doc.Text[s.Start:s.End])
				}
			}
		}
	}
	for _, d := range diags {
		fmt.Fprintf(&b, "reader diag: %s\n", d)
	}
	got := b.String()
	golden := filepath.Join("testdata", "pages.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		os.WriteFile(golden+".got", []byte(got), 0o644)
		t.Errorf("output differs from %s; see %s.got (go test -update accepts it)", golden, golden)
	}
}
