package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"geotimeline/pipeline"
)

// Segmenter is the "ingest" pipeline stage: it fills Item.Paragraphs and
// Item.Sentences from Item.Doc.Text with Segment. It is safe for concurrent
// use.
type Segmenter struct {
	strict bool
	log    *slog.Logger
	// lines recycles the line tables of segmented texts (*[]textLine).
	lines sync.Pool
}

// maxPooledLines bounds the line tables kept for reuse: that of an
// exceptionally long text is left to the collector.
const maxPooledLines = 1 << 14

// NewSegmenter returns the segmenting stage.
func NewSegmenter(opts Options) *Segmenter {
	return &Segmenter{strict: opts.Strict, log: opts.logger()}
}

// Name returns "ingest".
func (s *Segmenter) Name() string { return stageName }

// Process segments it's text, replacing any paragraphs and sentences it
// had. A document left without sentences gets a warning (an error wrapping
// ErrStrict in strict mode). The only other error is a corrupt embedded
// boilerplate table.
func (s *Segmenter) Process(ctx context.Context, it *pipeline.Item) error {
	r, err := loadRules()
	if err != nil {
		return fmt.Errorf("ingest: embedded %w", err)
	}
	buf, _ := s.lines.Get().(*[]textLine)
	if buf == nil {
		buf = new([]textLine)
	}
	it.Paragraphs, it.Sentences = segment(it.Doc.Text, r, buf)
	if cap(*buf) <= maxPooledLines {
		s.lines.Put(buf) // textLine holds no pointers: nothing to clear
	}
	if len(it.Sentences) == 0 {
		const msg = "no sentences (the text is empty or all boilerplate)"
		if s.strict {
			return fmt.Errorf("%s: %s: %w", it.Doc.Path, msg, ErrStrict)
		}
		s.log.Warn(msg, "path", it.Doc.Path, "stage", stageName)
		it.Warnf(stageName, "%s", msg)
	}
	return nil
}
