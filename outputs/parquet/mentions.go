package parquet

import (
	"io"
	"math"

	"geotimeline/pipeline"
)

// mentionRow is one report of an event prepared for output.
type mentionRow struct {
	e        *pipeline.Event
	m        *pipeline.Mention
	ordinal  int
	sentence string
	point
}

// mentionColumns is the one definition of the mentions table.
func mentionColumns() []column[mentionRow] {
	type row = mentionRow
	const dict, opt, req = true, true, false
	return []column[row]{
		stringCol("event_id", req, !dict, func(r *row) string { return r.e.ID }),
		stringCol("event_type", req, dict, func(r *row) string { return r.e.Type }),
		int32Col("mention", func(r *row) int32 { return int32(min(r.ordinal, math.MaxInt32)) }),
		stringCol("doc_id", req, dict, func(r *row) string { return r.m.DocID }),
		int32Col("sentence_index", func(r *row) int32 { return int32(min(r.m.Sentence, math.MaxInt32)) }),
		stringCol("sentence", opt, !dict, func(r *row) string { return r.sentence }),
		int64Col("char_start", func(r *row) int64 { return int64(r.m.CharStart) }),
		int64Col("char_end", func(r *row) int64 { return int64(r.m.CharEnd) }),
		stringCol("trigger", opt, !dict, func(r *row) string { return r.m.Trigger }),
		binaryCol("geometry", func(r *row) []byte { return r.wkb() }),
		bboxCol("bbox", func(r *row) (bbox, bool) { return r.point.bbox() }),
	}
}

// SentenceFunc returns the text of sentence n (Mention.Sentence) of
// document docID, or "" when it is not known.
type SentenceFunc func(docID string, n int) string

// WriteMentions writes one row per report of every event to w as a
// GeoParquet 1.1 file: events in the given order, each event's mentions in
// its order. Columns: event_id, event_type, mention (0 for the event's own
// report), doc_id, sentence_index, sentence (from sentence, which may be
// nil; null when unknown), char_start and char_end (the sentence in code
// points), trigger, and the event's point as geometry with its bbox. It does
// not close w. It is a wrapper around a MentionWriter and produces the same
// bytes.
func WriteMentions(w io.Writer, events []pipeline.Event, sentence SentenceFunc, opts Options) error {
	mw, err := NewMentionWriter(w, opts)
	if err != nil {
		return err
	}
	for i := range events {
		if err := mw.Add(&events[i], sentence); err != nil {
			mw.tw.abort()
			return err
		}
	}
	return mw.Close()
}

// A MentionWriter streams mentions.parquet as WriteMentions describes: Add
// takes one event and appends a row per mention of it, written as a row
// group every Options.RowGroupSize rows (default DefaultRowGroupSize), so
// that memory holds at most one row group. The "geo" metadata written at
// Close covers every row. A MentionWriter is not safe for concurrent use.
type MentionWriter struct {
	tw  *tableWriter[mentionRow]
	ext extent
	row mentionRow // reused, so that Add allocates no row
}

// NewMentionWriter starts a mentions file on w, which it does not close.
func NewMentionWriter(w io.Writer, opts Options) (*MentionWriter, error) {
	tw, err := newTableWriter(w, mentionColumns(), opts.rowGroupSize())
	if err != nil {
		return nil, err
	}
	return &MentionWriter{tw: tw}, nil
}

// Add appends one row per mention of ev, in order; an event without
// mentions adds none. sentence, which may be nil, gives each mention's
// sentence text; neither ev nor sentence is retained. An event that cannot
// be represented is rejected with an error wrapping ErrInvalidEvent and
// naming it; no row is added and the writer stays usable. After a write
// error the file is unusable: every later call returns that error, and
// Close releases the writer.
func (mw *MentionWriter) Add(ev *pipeline.Event, sentence SentenceFunc) error {
	if err := mw.tw.usable(); err != nil {
		return err
	}
	p, err := eventPoint(ev)
	if err != nil {
		return err
	}
	defer func() { mw.row = mentionRow{} }() // drop the references to ev
	for k := range ev.Mentions {
		mw.row = mentionRow{e: ev, m: &ev.Mentions[k], ordinal: k, point: p}
		if sentence != nil {
			mw.row.sentence = sentence(mw.row.m.DocID, mw.row.m.Sentence)
		}
		mw.ext.add(&p)
		if err := mw.tw.append(&mw.row); err != nil {
			return err
		}
	}
	return nil
}

// Close writes the remaining rows, the "geo" metadata describing every row
// added and the footer; it does not close w. After a write error it
// releases the writer and returns that error.
func (mw *MentionWriter) Close() error { return mw.tw.close(mw.ext.kv) }
