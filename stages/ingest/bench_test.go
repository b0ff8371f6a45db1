package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchCorpus writes n documents of about 4 KB as a JSON Lines file and as
// a directory, and returns both paths and the total text size.
func benchCorpus(b *testing.B, n int) (jsonl, dir string, size int64) {
	b.Helper()
	root := b.TempDir()
	dir = filepath.Join(root, "docs")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	var lines strings.Builder
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Headline Number %d\n\n", i) +
			strings.Repeat("On Feb. 15 the ministry issued an order to every border unit, a source said. “Units must act at once,” he added.\n\n", 35) +
			"Read in Korean\n"
		size += int64(len(text))
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": text, "published": "2020-02-17"})
		lines.Write(rec)
		lines.WriteByte('\n')
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%05d.txt", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	jsonl = filepath.Join(root, "c.jsonl")
	if err := os.WriteFile(jsonl, []byte(lines.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return jsonl, dir, size
}

func drain(b *testing.B, path string) int {
	r, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	n := 0
	for {
		_, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return n
		}
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
}

func BenchmarkRead(b *testing.B) {
	const docs = 200
	jsonl, dir, size := benchCorpus(b, docs)
	for _, bc := range []struct{ name, path string }{{"jsonl", jsonl}, {"dir", dir}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if n := drain(b, bc.path); n != docs {
					b.Fatalf("read %d docs, want %d", n, docs)
				}
			}
			b.ReportMetric(float64(b.N*docs)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
