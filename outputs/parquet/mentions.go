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
		binaryCol("geometry", func(r *row) []byte { return r.wkb }),
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
// not close w.
func WriteMentions(w io.Writer, events []pipeline.Event, sentence SentenceFunc, opts Options) error {
	tw, err := newTableWriter(w, mentionColumns(), opts.rowGroupSize())
	if err != nil {
		return err
	}
	var ext extent
	for i := range events {
		e := &events[i]
		if err := validate(e); err != nil {
			tw.abort()
			return err
		}
		var p point
		if e.HasPlace {
			p, _ = makePoint(e.Place.Lon, e.Place.Lat) // validate checked it
		}
		for k := range e.Mentions {
			r := mentionRow{e: e, m: &e.Mentions[k], ordinal: k, point: p}
			if sentence != nil {
				r.sentence = sentence(r.m.DocID, r.m.Sentence)
			}
			ext.add(p)
			if err := tw.append(&r); err != nil {
				tw.abort()
				return err
			}
		}
	}
	kv, err := ext.kv()
	if err != nil {
		tw.abort()
		return err
	}
	return tw.close(kv)
}
