package cache_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"geotimeline/internal/cache"
	"geotimeline/pipeline"
)

// upper stands for the real stages: it records one sentence per line.
type upper struct{}

func (upper) Name() string { return "lines" }
func (upper) Process(_ context.Context, it *pipeline.Item) error {
	start := 0
	for _, line := range strings.SplitAfter(it.Doc.Text, "\n") {
		it.Sentences = append(it.Sentences, pipeline.Sentence{Span: pipeline.Span{Start: start, End: start + len(line)}})
		start += len(line)
	}
	return nil
}

func ExampleCache_Wrap() {
	dir, _ := os.MkdirTemp("", "cache-example")
	defer os.RemoveAll(dir)

	for run := 1; run <= 2; run++ {
		c, err := cache.Open(dir, cache.Options{Version: "my-pipeline 1.0"})
		if err != nil {
			fmt.Println(err)
			return
		}
		stage := c.Wrap([]pipeline.Stage{upper{}})
		it := &pipeline.Item{Doc: pipeline.Document{ID: "a", Text: "Trade stopped.\nGuards were replaced."}}
		if err := stage.Process(context.Background(), it); err != nil {
			fmt.Println(err)
			return
		}
		s := c.Stats()
		fmt.Printf("run %d: %d sentences, %d hits, %d misses\n", run, len(it.Sentences), s.Hits, s.Misses)
	}
	// Output:
	// run 1: 2 sentences, 0 hits, 1 misses
	// run 2: 2 sentences, 1 hits, 0 misses
}
