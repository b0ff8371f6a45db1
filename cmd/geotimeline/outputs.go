package main

import (
	"fmt"
	"io"
	"os"

	"geotimeline/outputs/geojson"
	"geotimeline/outputs/parquet"
	"geotimeline/outputs/plot"
	"geotimeline/pipeline"
)

// outputOptions are the run flags that shape the outputs.
type outputOptions struct {
	partition  string // "" or "year": also write events/year=YYYY/part-0.parquet
	timelineBy string // "" (type) or "place"
}

func (o *outputOptions) setPartition(v string) error {
	switch v {
	case "", "none":
		o.partition = ""
	case "year":
		o.partition = v
	default:
		return fmt.Errorf("want year or none, not %q", v)
	}
	return nil
}

func (o *outputOptions) setTimelineBy(v string) error {
	switch v {
	case "type", "place":
		o.timelineBy = v
	default:
		return fmt.Errorf("want type or place, not %q", v)
	}
	return nil
}

// outputFile is one file of the output directory and how to write it.
type outputFile struct {
	name string
	fill func(io.Writer) error
}

// outputWrites lists the files a run writes into its output directory, in
// the order they are written; run.json comes last.
func outputWrites(res *corpusResult, o outputOptions) []outputFile {
	evs := res.events
	c := res.collected
	places := c.places
	pqPlaces := make([]parquet.PlaceRow, len(places))
	for i, p := range places {
		pqPlaces[i] = parquet.PlaceRow(p)
	}
	popts := plot.Options{}
	if o.timelineBy == "place" {
		popts.LaneBy = plot.ByPlace
	}
	files := []outputFile{
		{"events.geojson", func(w io.Writer) error { return geojson.Write(w, evs) }},
		{"places.geojson", func(w io.Writer) error { return geojson.WritePlaces(w, places) }},
		{"events.parquet", func(w io.Writer) error { return parquet.WriteEvents(w, evs, parquet.Options{}) }},
		{"mentions.parquet", func(w io.Writer) error { return parquet.WriteMentions(w, evs, c.sentence, parquet.Options{}) }},
		{"documents.parquet", c.docs.copyTo},
		{"places.parquet", func(w io.Writer) error { return parquet.WritePlaces(w, pqPlaces, parquet.Options{}) }},
	}
	if o.partition == "year" {
		for _, p := range parquet.PartitionByYear("events", evs) {
			files = append(files, outputFile{p.Path, func(w io.Writer) error { return parquet.WriteEvents(w, p.Events, parquet.Options{}) }})
		}
	}
	files = append(files,
		outputFile{"timeline.png", func(w io.Writer) error { return plot.Write(w, "png", evs, popts) }},
		outputFile{"timeline.svg", func(w io.Writer) error { return plot.Write(w, "svg", evs, popts) }},
		outputFile{"run.json", res.report.write},
	)
	return files
}

// collected is what the outputs need from each document beyond its events,
// gathered by the sink in input order.
type collected struct {
	docs      *docSpool
	places    []geojson.PlaceRow // every resolved toponym mention
	sentences map[sentenceKey]string
}

type sentenceKey struct {
	doc string
	n   int
}

func newCollected() *collected {
	return &collected{docs: &docSpool{}, sentences: map[sentenceKey]string{}}
}

// add takes what the outputs need from one finished document.
func (c *collected) add(it *pipeline.Item) error {
	if err := c.docs.add(parquet.DocumentRow{Doc: it.Doc, DocDate: it.DocDate}); err != nil {
		return fmt.Errorf("documents.parquet: %w", err)
	}
	var offs *pipeline.Offsets
	for _, p := range it.Places {
		if !p.Resolved {
			continue
		}
		if offs == nil {
			offs = pipeline.NewOffsets(it.Doc.Text)
		}
		c.places = append(c.places, geojson.PlaceRow{DocID: it.Doc.ID, Text: p.Text,
			CharStart: offs.CodePoint(p.Start), CharEnd: offs.CodePoint(p.End), Role: p.Role, Reason: p.Reason, Place: p.Place})
	}
	for _, ev := range it.Events {
		c.sentences[sentenceKey{it.Doc.ID, ev.SentenceN}] = ev.Sentence
	}
	return nil
}

// sentence returns the text of sentence n of document doc when an event
// was found in it.
func (c *collected) sentence(doc string, n int) string { return c.sentences[sentenceKey{doc, n}] }

// A docSpool streams documents.parquet to a temporary file while the corpus
// is read, so that no document text stays in memory; copyTo moves it into
// the output set. The file is unlinked as soon as it is created (where the
// system allows), so nothing is left behind if the run fails.
type docSpool struct {
	f    *os.File
	name string // set when the file could not be unlinked while open
	w    *parquet.DocumentWriter
}

func (s *docSpool) add(r parquet.DocumentRow) error {
	if s.f == nil {
		if err := s.open(); err != nil {
			return err
		}
	}
	return s.w.Add(r)
}

func (s *docSpool) open() error {
	f, err := os.CreateTemp("", "geotimeline-documents-*.parquet")
	if err != nil {
		return err
	}
	if os.Remove(f.Name()) != nil {
		s.name = f.Name()
	}
	w, err := parquet.NewDocumentWriter(f, parquet.Options{})
	if err != nil {
		f.Close()
		s.cleanup()
		return err
	}
	s.f, s.w = f, w
	return nil
}

func (s *docSpool) cleanup() {
	if s.name != "" {
		os.Remove(s.name)
	}
}

// copyTo finishes the file and copies it to w; the spool is gone afterwards.
func (s *docSpool) copyTo(w io.Writer) error {
	if s.f == nil { // no documents: an empty table
		dw, err := parquet.NewDocumentWriter(w, parquet.Options{})
		if err != nil {
			return err
		}
		return dw.Close()
	}
	defer s.cleanup()
	defer s.f.Close()
	err := s.w.Close()
	if err == nil {
		_, err = s.f.Seek(0, io.SeekStart)
	}
	if err == nil {
		_, err = io.Copy(w, s.f)
	}
	return err
}
