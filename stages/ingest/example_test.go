package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"geotimeline/stages/ingest"
)

func ExampleSegment() {
	text := "Border Units Put On Alert\r\n\r\n" +
		"On Feb. 15 the ministry issued an order, a source told reporters. “Nobody may cross,” he said.\r\n\r\n" +
		"Read in Korean\r\n"
	paragraphs, sentences := ingest.Segment(text)
	fmt.Println(len(paragraphs), "paragraphs")
	for _, s := range sentences {
		fmt.Printf("%d [%d,%d) %s\n", s.Paragraph, s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// 2 paragraphs
	// 0 [0,25) Border Units Put On Alert
	// 1 [29,94) On Feb. 15 the ministry issued an order, a source told reporters.
	// 1 [95,127) “Nobody may cross,” he said.
}

func ExampleOpen() {
	dir, err := os.MkdirTemp("", "ingest-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	corpus := `{"id": "a1", "text": "The border closed.", "published": "2020-12-19"}
{"id": "a2", "text": "Trade stopped.", "published": "last week"}
not json
`
	path := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(path, []byte(corpus), 0o644); err != nil {
		fmt.Println(err)
		return
	}

	r, err := ingest.Open(path, ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	seg := ingest.NewSegmenter(ingest.Options{})
	for {
		it, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		if err := seg.Process(context.Background(), it); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s %s published=%q sentences=%d\n", it.Doc.ID, it.Doc.Path, it.Doc.Published, len(it.Sentences))
		for _, d := range it.Diags {
			fmt.Println("  ", d)
		}
	}
	for _, d := range r.Diags() {
		fmt.Println(d)
	}
	// Output:
	// a1 corpus.jsonl:1 published="2020-12-19" sentences=1
	// a2 corpus.jsonl:2 published="" sentences=1
	//    corpus.jsonl:2: ingest: published: date "last week": want YYYY-MM-DD or RFC 3339 (field left empty)
	// corpus.jsonl:3: ingest: invalid JSON: invalid character 'o' in literal null (expecting 'u'); line skipped
}
