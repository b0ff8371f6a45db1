package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"geotimeline/internal/atomicfile"
	"geotimeline/internal/swar"
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

// runOutputs writes a run's output directory as the corpus streams through:
// the per-document files (documents.parquet, places.geojson, places.parquet)
// while the documents are read, the per-event files while the merged events
// come back from the spill, and the charts, report.html and run.json at the
// end. Every file goes through the atomic set.
type runOutputs struct {
	set   *atomicfile.Set
	o     outputOptions
	parts []string // the year partitions written, slash paths

	docs      *parquet.DocumentWriter
	placesGeo *geojson.PlaceWriter
	placesPq  *parquet.PlaceWriter
	perDoc    []streamed // the three files above
}

// A streamed file is written row by row through a writer whose Close
// completes the file's content.
type streamed struct {
	name string
	w    io.Closer
	f    *atomicfile.File
}

// createStreamed creates the file name in set and opens a writer on it
// with open.
func createStreamed[W io.Closer](set *atomicfile.Set, name string, open func(io.Writer) (W, error)) (W, streamed, error) {
	var none W
	f, err := set.Create(name)
	if err != nil {
		return none, streamed{}, err
	}
	w, err := open(f)
	if err != nil {
		return none, streamed{}, fmt.Errorf("%s: %w", name, err)
	}
	return w, streamed{name, w, f}, nil
}

// noErr adapts a writer constructor that cannot fail to createStreamed.
func noErr[W any](open func(io.Writer) W) func(io.Writer) (W, error) {
	return func(w io.Writer) (W, error) { return open(w), nil }
}

// withOptions adapts a Parquet writer constructor to createStreamed.
func withOptions[W any](open func(io.Writer, parquet.Options) (W, error), opts parquet.Options) func(io.Writer) (W, error) {
	return func(w io.Writer) (W, error) { return open(w, opts) }
}

// close completes the content, then the file.
func (s streamed) close() error {
	if err := s.w.Close(); err != nil {
		return fmt.Errorf("%s: %w", s.name, err)
	}
	return s.f.Close()
}

// closeEach closes the files in turn, stopping at the first error.
func closeEach(files []streamed) error {
	for _, s := range files {
		if err := s.close(); err != nil {
			return err
		}
	}
	return nil
}

// openRunOutputs starts the per-document files.
func openRunOutputs(set *atomicfile.Set, o outputOptions) (*runOutputs, error) {
	r := &runOutputs{set: set, o: o}
	var docs, placesGeo, placesPq streamed
	var err error
	if r.docs, docs, err = createStreamed(set, "documents.parquet", withOptions(parquet.NewDocumentWriter, parquet.Options{})); err != nil {
		return nil, err
	}
	if r.placesGeo, placesGeo, err = createStreamed(set, "places.geojson", noErr(geojson.NewPlaceWriter)); err != nil {
		return nil, err
	}
	if r.placesPq, placesPq, err = createStreamed(set, "places.parquet", withOptions(parquet.NewPlaceWriter, parquet.Options{})); err != nil {
		return nil, err
	}
	r.perDoc = []streamed{docs, placesGeo, placesPq}
	return r, nil
}

// addDocument writes one finished document's rows.
func (r *runOutputs) addDocument(it *pipeline.Item) error {
	if err := r.docs.Add(parquet.DocumentRow{Doc: it.Doc, DocDate: it.DocDate}); err != nil {
		return fmt.Errorf("documents.parquet: %w", err)
	}
	offs := codePoints{text: it.Doc.Text}
	for _, p := range it.Places {
		if !p.Resolved {
			continue
		}
		row := pipeline.PlaceRow{DocID: it.Doc.ID, Text: p.Text,
			CharStart: offs.at(p.Start), CharEnd: offs.at(p.End), Role: p.Role, Reason: p.Reason, Place: p.Place}
		if err := r.placesGeo.Add(row); err != nil {
			return fmt.Errorf("places.geojson: %w", err)
		}
		if err := r.placesPq.Add(row); err != nil {
			return fmt.Errorf("places.parquet: %w", err)
		}
	}
	return nil
}

// codePoints converts byte offsets in text to code-point offsets as
// pipeline.Offsets.CodePoint does (a rune that starts before the offset
// counts whole), in one pass over the text while the offsets asked for do
// not decrease — a document's places come in text order — and through a
// pipeline.Offsets once one does. The zero value with text set is ready.
type codePoints struct {
	text  string
	next  int               // where the first rune not yet counted starts, or later in a run of ASCII
	extra int               // the bytes beyond the first of the multi-byte runes before next
	last  int               // the last offset asked for
	offs  *pipeline.Offsets // after an offset below last
}

// at returns the code-point offset of byte offset b.
func (c *codePoints) at(b int) int {
	if c.offs == nil && b < c.last {
		c.offs = pipeline.NewOffsets(c.text)
	}
	if c.offs != nil {
		return c.offs.CodePoint(b)
	}
	c.last = b
	for c.next < b && c.next < len(c.text) {
		if c.text[c.next] < utf8.RuneSelf {
			// ASCII adds nothing to extra: skip it sixteen bytes at a
			// time, even past b.
			c.next = swar.SkipASCII(c.text, c.next+1)
			continue
		}
		_, n := utf8.DecodeRuneInString(c.text[c.next:])
		c.extra += n - 1
		c.next += n
	}
	return b - c.extra
}

// finish writes everything else from the corpus stream. The work after the
// last document is spread over goroutines, so that it keeps more than one
// core busy: the per-document files are completed (their last row groups
// compressed, each file synced) while the events are written; each events
// file is completed on its own goroutine as soon as it has every event; the
// charts are drawn on two goroutines while run.json is written.
func (r *runOutputs) finish(ctx context.Context, st *corpusStream) error {
	var (
		wg        sync.WaitGroup
		perDocErr error
	)
	wg.Go(func() { perDocErr = closeEach(r.perDoc) })
	sum, err := r.writeEvents(ctx, st)
	wg.Wait() // before returning: the set may be aborted
	if err == nil {
		err = perDocErr
	}
	if err != nil {
		return err
	}

	popts := plot.Options{}
	if r.o.timelineBy == "place" {
		popts.LaneBy = plot.ByPlace
	}
	mopts := mapOptions()
	types := sum.Types()
	// The charts are drawn into memory first, on two goroutines: the
	// timeline's PNG, which takes longest, on one and the other five on the
	// other (two raster canvases at a time, a few MB each); the PNGs once
	// for both their files and report.html, which embeds the same bytes.
	charts := [...]struct {
		draw func(io.Writer) error
		buf  bytes.Buffer
		err  error
	}{
		{draw: func(w io.Writer) error { return plot.WriteSummary(w, "png", sum, popts) }},
		{draw: func(w io.Writer) error { return plot.WriteCountsSummary(w, "png", sum, plot.CountsOptions{}) }},
		{draw: func(w io.Writer) error { return plot.WriteMapSummary(w, "png", sum, mopts) }},
		{draw: func(w io.Writer) error { return plot.WriteSummary(w, "svg", sum, popts) }},
		{draw: func(w io.Writer) error { return plot.WriteCountsSummary(w, "svg", sum, plot.CountsOptions{}) }},
		{draw: func(w io.Writer) error { return plot.WriteMapSummary(w, "svg", sum, mopts) }},
	}
	for _, group := range [][]int{{0}, {1, 2, 3, 4, 5}} {
		wg.Go(func() {
			for _, i := range group {
				c := &charts[i]
				c.err = c.draw(&c.buf)
			}
		})
	}
	// Meanwhile, the files that do not need the charts.
	for _, wr := range []struct {
		name string
		fill func(io.Writer) error
	}{
		{"events.qml", func(w io.Writer) error { return qgis.WriteStyleTypes(w, types, qgis.Options{}) }},
		{"events_extent.qml", func(w io.Writer) error { return qgis.WriteStyleTypes(w, types, qgis.Options{Areas: true}) }},
		{"run.json", st.report.write},
	} {
		if err == nil {
			err = ctx.Err()
		}
		if err == nil {
			err = r.set.Write(wr.name, wr.fill)
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	tl, ct, mp := &charts[0], &charts[1], &charts[2]
	for _, c := range []struct {
		name string
		err  error
	}{{"timeline.png", tl.err}, {"counts.png", ct.err}, {"map.png", mp.err}} {
		if c.err != nil {
			return fmt.Errorf("%s: %w", c.name, c.err)
		}
	}
	bytesOf := func(i int) func(io.Writer) error {
		return func(w io.Writer) error {
			if err := charts[i].err; err != nil {
				return err
			}
			_, err := w.Write(charts[i].buf.Bytes())
			return err
		}
	}
	files := []struct {
		name string
		fill func(io.Writer) error
	}{
		{"timeline.png", bytesOf(0)},
		{"timeline.svg", bytesOf(3)},
		{"counts.png", bytesOf(1)},
		{"counts.svg", bytesOf(4)},
		{"map.png", bytesOf(2)},
		{"map.svg", bytesOf(5)},
		{"report.html", func(w io.Writer) error {
			return writeReport(w, st.report, sum, tl.buf.Bytes(), ct.buf.Bytes(), mp.buf.Bytes())
		}},
	}
	for _, wr := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.set.Write(wr.name, wr.fill); err != nil {
			return err
		}
	}
	return nil
}

// writeEvents writes the per-event files (events.geojson,
// events_extent.geojson, events.parquet and its year partitions,
// mentions.parquet) from the merged events and returns their summary for
// the charts. Each file but mentions.parquet is written and completed on a
// goroutine of its own; mentions.parquet on the caller's, where the
// sentence texts are at hand.
func (r *runOutputs) writeEvents(ctx context.Context, st *corpusStream) (*plot.Summary, error) {
	evGeo, evGeoFile, err := createStreamed(r.set, "events.geojson", noErr(geojson.NewEventWriter))
	if err != nil {
		return nil, err
	}
	extGeo, extGeoFile, err := createStreamed(r.set, "events_extent.geojson", func(w io.Writer) (*geojson.ExtentWriter, error) {
		return geojson.NewExtentWriter(w, area), nil
	})
	if err != nil {
		return nil, err
	}
	evPq, evPqFile, err := createStreamed(r.set, "events.parquet", withOptions(parquet.NewEventWriter, parquet.Options{}))
	if err != nil {
		return nil, err
	}
	menPq, menPqFile, err := createStreamed(r.set, "mentions.parquet", withOptions(parquet.NewMentionWriter, parquet.Options{}))
	if err != nil {
		return nil, err
	}
	type yearPart struct {
		w    *parquet.EventWriter
		file streamed
	}
	parts := map[string]yearPart{} // by path
	sum := plot.NewSummary(plot.SummaryOptions{})
	sinks := []eventSink{
		{
			add:   func(ev *pipeline.Event) error { return wrapErr("events.geojson", evGeo.Add(ev)) },
			close: evGeoFile.close,
		},
		{
			add:   func(ev *pipeline.Event) error { return wrapErr("events_extent.geojson", extGeo.Add(ev)) },
			close: extGeoFile.close,
		},
		{
			add: func(ev *pipeline.Event) error {
				if err := evPq.Add(ev); err != nil {
					return fmt.Errorf("events.parquet: %w", err)
				}
				if r.o.partition != "year" {
					return nil
				}
				path, _ := parquet.YearPartition("events", ev)
				part, ok := parts[path]
				if !ok {
					// Small row groups: one writer per year is open at once.
					w, file, err := createStreamed(r.set, path, withOptions(parquet.NewEventWriter, parquet.Options{RowGroupSize: 8192}))
					if err != nil {
						return err
					}
					part = yearPart{w, file}
					parts[path] = part
					r.parts = append(r.parts, path)
				}
				return wrapErr(path, part.w.Add(ev))
			},
			close: func() error {
				if err := evPqFile.close(); err != nil {
					return err
				}
				for _, path := range slices.Sorted(maps.Keys(parts)) {
					if err := parts[path].file.close(); err != nil {
						return err
					}
				}
				return nil
			},
		},
		{add: func(ev *pipeline.Event) error { sum.Add(ev); return nil }},
	}
	err = fanOut(sinks, func(send func(*pipeline.Event) error) error {
		err := st.eachMerged(ctx, func(ev *pipeline.Event, sentence sentenceFunc) error {
			e := *ev // eachMerged's event is its own; the copy outlives the call
			if err := menPq.Add(&e, sentence); err != nil {
				return fmt.Errorf("mentions.parquet: %w", err)
			}
			return send(&e)
		})
		if err != nil {
			return err
		}
		return menPqFile.close()
	})
	if err != nil {
		return nil, err
	}
	return sum, nil
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

// writeReport writes report.html: the charts (PNG rather than SVG: the
// fonts are baked in, so the page looks the same wherever Liberation Sans is
// missing), the run's statistics and warnings (from run.json) and the events
// (those the timeline draws, when there are more than it keeps).
func writeReport(w io.Writer, rep *report, sum *plot.Summary, timeline, counts, mapPNG []byte) error {
	c := rep.Counts
	stat := func(label string, v any) htmlreport.Stat { return htmlreport.Stat{Label: label, Value: fmt.Sprint(v)} }
	in := htmlreport.Input{
		Subtitle: "input " + rep.Input.Path + " (sha256 " + rep.Input.SHA256 + "), " + rep.Tool + " " + rep.Version,
		Figures: []htmlreport.Figure{
			{Title: "Timeline: every dated event over the days it may fall on", Format: "png", Data: timeline},
			{Title: "Events per month by type (imprecise dates spread over their months)", Format: "png", Data: counts},
			{Title: "Map: events by place (rings: province, country or region centroids)", Format: "png", Data: mapPNG},
		},
		Stats: []htmlreport.Stat{
			stat("documents", c.Documents), stat("documents without a date", c.DocumentsUndated),
			stat("events", c.Events), stat("mentions (sentences reporting an event)", c.Mentions),
			stat("undated events", c.UndatedEvents), stat("events without a place", c.EventsWithoutPlace),
			stat("place mentions", c.PlaceMentions), stat("unresolved place mentions", c.UnresolvedPlaces),
			stat("warnings", c.Warnings), stat("gazetteer entries", rep.Gazetteer.Entries),
		},
		Events:      sum.Marks(),
		TotalEvents: sum.Events(),
		Selection:   plot.SelectionRule,
	}
	for _, wr := range rep.Warnings {
		in.Warnings = append(in.Warnings, wr.String())
	}
	return htmlreport.Write(w, in)
}

// removeStalePartitions deletes, after a run has committed, the year
// partitions under dir/events that an earlier run wrote and this one did not
// (a year with no events any more, or every year when this run wrote no
// partitions), so that the dataset never mixes two runs. It touches only
// files named events/year=…/part-0.parquet and the directories they leave
// empty, and returns the files removed.
func removeStalePartitions(dir string, written []string) ([]string, error) {
	keep := map[string]bool{}
	for _, p := range written {
		keep[p] = true
	}
	root := filepath.Join(dir, "events")
	years, err := os.ReadDir(root)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var removed []string
	for _, y := range years {
		if !y.IsDir() || !strings.HasPrefix(y.Name(), "year=") {
			continue
		}
		rel := "events/" + y.Name() + "/part-0.parquet"
		if keep[rel] {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.Remove(p); err == nil {
			removed = append(removed, rel)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return removed, err
		}
		os.Remove(filepath.Join(root, y.Name())) // only if now empty
	}
	os.Remove(root) // only if now empty
	return removed, nil
}

// wrapErr prefixes a non-nil err with the output it concerns.
func wrapErr(name string, err error) error {
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// An eventSink is one output of fanOut.
type eventSink struct {
	add   func(*pipeline.Event) error
	close func() error // after the last event; nil for none
}

// fanOut runs produce, which calls send with each event in turn, and hands
// every event to every sink, each sink on a goroutine of its own that sees
// the events in the order sent and then closes the sink, unless produce or
// a sink failed. Sinks must only read the events. The first error — of
// produce or of a sink, in that order — is returned; after a sink fails,
// send reports it and the other sinks stop working.
func fanOut(sinks []eventSink, produce func(send func(*pipeline.Event) error) error) error {
	var (
		wg     sync.WaitGroup
		failed atomic.Bool
		errs   = make([]error, len(sinks))
		chans  = make([]chan *pipeline.Event, len(sinks))
	)
	for i, sink := range sinks {
		chans[i] = make(chan *pipeline.Event, 256)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ev := range chans[i] {
				if errs[i] == nil && !failed.Load() {
					if errs[i] = sink.add(ev); errs[i] != nil {
						failed.Store(true)
					}
				}
			}
			if errs[i] == nil && !failed.Load() && sink.close != nil {
				if errs[i] = sink.close(); errs[i] != nil {
					failed.Store(true)
				}
			}
		}()
	}
	errSinkFailed := errors.New("an output failed")
	err := produce(func(ev *pipeline.Event) error {
		if failed.Load() {
			return errSinkFailed
		}
		for _, ch := range chans {
			ch <- ev
		}
		return nil
	})
	if err != nil {
		failed.Store(true) // the sinks are not closed
	}
	for _, ch := range chans {
		close(ch)
	}
	wg.Wait()
	if err != nil && !errors.Is(err, errSinkFailed) {
		return err
	}
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return err
}
