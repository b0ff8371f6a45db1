package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/paulmach/orb"

	"geotimeline/outputs/basemap"
	"geotimeline/outputs/geojson"
	"geotimeline/outputs/parquet"
	"geotimeline/outputs/plot"
	"geotimeline/outputs/qgis"
	htmlreport "geotimeline/outputs/report"
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
	popts := plot.Options{}
	if o.timelineBy == "place" {
		popts.LaneBy = plot.ByPlace
	}
	mopts := mapOptions()
	files := []outputFile{
		{"events.geojson", func(w io.Writer) error { return geojson.Write(w, evs) }},
		{"events.qml", func(w io.Writer) error { return qgis.WriteStyle(w, evs, qgis.Options{}) }},
		{"events_extent.geojson", func(w io.Writer) error { return geojson.WriteExtents(w, evs, area) }},
		{"events_extent.qml", func(w io.Writer) error { return qgis.WriteStyle(w, evs, qgis.Options{Areas: true}) }},
		{"places.geojson", func(w io.Writer) error { return geojson.WritePlaces(w, places) }},
		{"events.parquet", func(w io.Writer) error { return parquet.WriteEvents(w, evs, parquet.Options{}) }},
		{"mentions.parquet", func(w io.Writer) error { return parquet.WriteMentions(w, evs, c.sentence, parquet.Options{}) }},
		{"documents.parquet", c.docs.copyTo},
		{"places.parquet", func(w io.Writer) error { return parquet.WritePlaces(w, places, parquet.Options{}) }},
	}
	if o.partition == "year" {
		for _, p := range parquet.PartitionByYear("events", evs) {
			files = append(files, outputFile{p.Path, func(w io.Writer) error { return parquet.WriteEvents(w, p.Events, parquet.Options{}) }})
		}
	}
	files = append(files,
		outputFile{"timeline.png", func(w io.Writer) error { return plot.Write(w, "png", evs, popts) }},
		outputFile{"timeline.svg", func(w io.Writer) error { return plot.Write(w, "svg", evs, popts) }},
		outputFile{"counts.png", func(w io.Writer) error { return plot.WriteCounts(w, "png", evs, plot.CountsOptions{}) }},
		outputFile{"counts.svg", func(w io.Writer) error { return plot.WriteCounts(w, "svg", evs, plot.CountsOptions{}) }},
		outputFile{"map.png", func(w io.Writer) error { return plot.WriteMap(w, "png", evs, mopts) }},
		outputFile{"map.svg", func(w io.Writer) error { return plot.WriteMap(w, "svg", evs, mopts) }},
		outputFile{"report.html", func(w io.Writer) error { return writeReport(w, res, popts, mopts) }},
		outputFile{"run.json", res.report.write},
	)
	return files
}

// area gives events_extent.geojson the Natural Earth outline of a province
// or country.
func area(pl *pipeline.Place) (orb.MultiPolygon, string, bool) {
	a, ok := basemap.Find(pl)
	if !ok {
		return nil, "", false
	}
	return a.Shape, a.Source(), true
}

// mapOptions gives the map the embedded Natural Earth boundaries; without
// them (corrupt embedded data, which tests catch) the map has none.
func mapOptions() plot.MapOptions {
	var o plot.MapOptions
	if a1, err := basemap.Admin1(); err == nil {
		for i := range a1 {
			o.Provinces = append(o.Provinces, a1[i].Shape)
		}
	}
	if cs, err := basemap.Countries(); err == nil {
		for i := range cs {
			o.Countries = append(o.Countries, cs[i].Shape)
		}
	}
	return o
}

// writeReport writes report.html: the charts, the run's statistics and
// warnings (from run.json) and the events.
func writeReport(w io.Writer, res *corpusResult, popts plot.Options, mopts plot.MapOptions) error {
	evs := res.events
	var tl, ct, mp bytes.Buffer
	// PNG rather than SVG: the fonts are baked in, so the page looks the
	// same wherever Liberation Sans is missing.
	if err := plot.Write(&tl, "png", evs, popts); err != nil {
		return err
	}
	if err := plot.WriteCounts(&ct, "png", evs, plot.CountsOptions{}); err != nil {
		return err
	}
	if err := plot.WriteMap(&mp, "png", evs, mopts); err != nil {
		return err
	}
	rep := res.report
	c := rep.Counts
	stat := func(label string, v any) htmlreport.Stat { return htmlreport.Stat{Label: label, Value: fmt.Sprint(v)} }
	in := htmlreport.Input{
		Subtitle: "input " + rep.Input.Path + " (sha256 " + rep.Input.SHA256 + "), " + rep.Tool + " " + rep.Version,
		Figures: []htmlreport.Figure{
			{Title: "Timeline: every dated event over the days it may fall on", Format: "png", Data: tl.Bytes()},
			{Title: "Events per month by type (imprecise dates spread over their months)", Format: "png", Data: ct.Bytes()},
			{Title: "Map: events by place (rings: province, country or region centroids)", Format: "png", Data: mp.Bytes()},
		},
		Stats: []htmlreport.Stat{
			stat("documents", c.Documents), stat("documents without a date", c.DocumentsUndated),
			stat("events", c.Events), stat("mentions (sentences reporting an event)", c.Mentions),
			stat("undated events", c.UndatedEvents), stat("events without a place", c.EventsWithoutPlace),
			stat("place mentions", c.PlaceMentions), stat("unresolved place mentions", c.UnresolvedPlaces),
			stat("warnings", c.Warnings), stat("gazetteer entries", rep.Gazetteer.Entries),
		},
		Events: evs,
	}
	for _, wr := range rep.Warnings {
		in.Warnings = append(in.Warnings, wr.String())
	}
	return htmlreport.Write(w, in)
}

// collected is what the outputs need from each document beyond its events,
// gathered by the sink in input order.
type collected struct {
	docs      *docSpool
	places    []pipeline.PlaceRow // every resolved toponym mention
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
		c.places = append(c.places, pipeline.PlaceRow{DocID: it.Doc.ID, Text: p.Text,
			CharStart: offs.CodePoint(p.Start), CharEnd: offs.CodePoint(p.End), Role: p.Role, Reason: p.Reason, Place: p.Place})
	}
	for _, ev := range it.Events {
		c.sentences[sentenceKey{it.Doc.ID, ev.SentenceN}] = ev.Sentence
		for _, m := range ev.Mentions { // re-mentions in other sentences of this document
			if m.DocID == it.Doc.ID && 0 <= m.Span.Start && m.Span.Start <= m.Span.End && m.Span.End <= len(it.Doc.Text) {
				c.sentences[sentenceKey{it.Doc.ID, m.Sentence}] = it.Doc.Text[m.Span.Start:m.Span.End]
			}
		}
	}
	return nil
}

// sentence returns the text of sentence n of document doc when it reports
// an event.
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
