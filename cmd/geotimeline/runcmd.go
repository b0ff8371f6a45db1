package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"

	"geotimeline/gazetteer"
	"geotimeline/internal/atomicfile"
	"geotimeline/internal/cache"
	"geotimeline/pipeline"
	"geotimeline/stages/dedup"
	"geotimeline/stages/ingest"
)

func cmdRun(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "run")
	in := fs.String("in", "", "input: a directory of .txt/.md/.html files, or a .jsonl / .jsonl.gz file (required)")
	out := fs.String("out", "out", "output directory")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "number of documents processed at once")
	gaz := addGazetteerFlags(fs)
	strict := fs.Bool("strict", false, "treat input warnings (bad manifest rows, undecodable files, invalid JSON lines) as failures")
	quiet := fs.Bool("quiet", false, "print nothing on success: no progress, no summary")
	cacheDir := fs.String("cache", "", "keep each document's results in `DIR` and reuse them on later runs over the same documents with the same program and gazetteer (default none)")
	var oo outputOptions
	fs.Func("partition", "also write the events as a Hive-partitioned dataset by `year`: events/year=YYYY/part-0.parquet (default none)", oo.setPartition)
	fs.Func("timeline-by", "one timeline lane per event type or per place: `type|place` (default type)", oo.setTimelineBy)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *in == "" {
		return usageErr(e, fs, "-in is required")
	}
	if fs.NArg() > 0 {
		return usageErr(e, fs, "unexpected arguments: %v", fs.Args())
	}
	if *workers < 1 {
		return usageErr(e, fs, "-workers must be at least 1")
	}

	co := corpusOptions{in: *in, gazetteer: gaz.extra, overrides: gaz.overrides, workers: *workers, strict: *strict, cache: *cacheDir}
	if !*quiet {
		co.progress = e.stderr
	}
	res, err := runCorpus(ctx, e, co)
	if err != nil {
		return fmt.Errorf("%w (previous outputs in %s left as they were)", err, *out)
	}
	rep := res.report

	set, err := atomicfile.New(*out)
	if err != nil {
		return err
	}
	writes := outputWrites(res, oo)
	for _, wr := range writes {
		if err := ctx.Err(); err != nil {
			set.Abort()
			return fmt.Errorf("interrupted: %w (previous outputs in %s left as they were)", err, *out)
		}
		if err := set.Write(wr.name, wr.fill); err != nil {
			set.Abort()
			return err
		}
	}
	if err := set.Commit(); err != nil {
		return err
	}
	if !*quiet {
		c := rep.Counts
		fmt.Fprintf(e.stderr, "geotimeline: %d documents, %d events (%d undated, %d without place), %d warnings → %s\n",
			c.Documents, c.Events, c.UndatedEvents, c.EventsWithoutPlace, c.Warnings, filepath.Clean(*out))
		if res.cache != nil {
			printCacheStats(e.stderr, *cacheDir, *res.cache)
		}
	}
	return nil
}

// corpusOptions are the settings of one run over a corpus.
type corpusOptions struct {
	in, gazetteer, overrides string
	cache                    string    // directory of the per-document cache; "" for none
	progress                 io.Writer // where to report progress; nil for silence
	workers                  int
	strict                   bool
}

// corpusResult is what a run over a corpus produced, before it is written.
type corpusResult struct {
	events    []pipeline.Event // merged, in first-mention order
	report    *report
	collected *collected   // documents, place mentions and sentences for the outputs
	cache     *cache.Stats // what the cache did; nil without one
}

// runCorpus reads the corpus, runs every stage over each document, and
// merges the events across documents.
func runCorpus(ctx context.Context, e *env, o corpusOptions) (*corpusResult, error) {
	g, err := openGazetteer(o.gazetteer, o.overrides)
	if err != nil {
		return nil, err
	}
	stages, err := buildStages(g, upToEvents, e.log)
	if err != nil {
		return nil, err
	}
	var c *cache.Cache
	if o.cache != "" {
		// The cache never fails a run: if it cannot be opened, the run goes on without it.
		if c, err = openCache(o, g, stages, e.log); err != nil {
			e.log.Warn("-cache: running without the cache", "err", err)
		} else {
			stages = []pipeline.Stage{c.Wrap(stages)}
		}
	}
	src, err := ingest.Open(o.in, ingest.Options{Logger: e.log, Strict: o.strict})
	if err != nil {
		return nil, err
	}
	defer src.Close()

	rep := newReport(o.in, o.gazetteer)
	var evs []pipeline.Event
	col := newCollected()
	prog := newProgress(o.progress)
	err = pipeline.Run(ctx, src, stages, func(it *pipeline.Item) error {
		prog.add(len(it.Doc.Text))
		rep.add(it)
		if err := col.add(it); err != nil {
			return err
		}
		for _, ev := range it.Events {
			ev.Doc.Text = ""
			evs = append(evs, ev)
		}
		return nil
	}, pipeline.RunOptions{Workers: o.workers})
	prog.done()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", o.in, err)
	}
	rep.sourceDiags(src.Diags())
	if o.strict && len(rep.Warnings) > 0 {
		return nil, fmt.Errorf("%s: %d warnings with -strict, the first: %s", o.in, len(rep.Warnings), rep.Warnings[0])
	}
	merged := dedup.Merge(evs, dedup.Options{Logger: e.log})
	rep.finish(merged, g)
	res := &corpusResult{events: merged, report: rep, collected: col}
	if c != nil {
		st := c.Stats()
		res.cache = &st
	}
	return res, nil
}

// openCache opens the cache of o over stages.
func openCache(o corpusOptions, g *gazetteer.Gazetteer, stages []pipeline.Stage, log *slog.Logger) (*cache.Cache, error) {
	v, err := cacheVersion(g, gazetteerFlags{extra: o.gazetteer, overrides: o.overrides}, stages)
	if err != nil {
		return nil, err
	}
	return cache.Open(o.cache, cache.Options{Version: v, Logger: log})
}

// printCacheStats reports on stderr what the cache did. The counts are not
// in run.json, which stays byte-identical between a cached and a clean run.
func printCacheStats(w io.Writer, dir string, st cache.Stats) {
	fmt.Fprintf(w, "geotimeline: cache %s: %d hits, %d misses", filepath.Clean(dir), st.Hits, st.Misses)
	if st.Bad > 0 {
		fmt.Fprintf(w, ", %d unreadable entries recomputed", st.Bad)
	}
	if st.WriteErrors > 0 {
		fmt.Fprintf(w, ", %d entries not written", st.WriteErrors)
	}
	fmt.Fprintln(w)
}

// report is run.json: what was read, what came out, and every warning.
type report struct {
	Tool      string          `json:"tool"`
	Version   string          `json:"version"`
	Input     inputReport     `json:"input"`
	Gazetteer gazetteerReport `json:"gazetteer"`
	Counts    counts          `json:"counts"`
	Documents []docReport     `json:"documents"`
	Warnings  []warning       `json:"warnings"`

	hash hash.Hash
}

type inputReport struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"` // over every document's id, metadata and text, in input order
}

type gazetteerReport struct {
	Entries     int    `json:"entries"`
	Extra       string `json:"extra,omitempty"`
	ExtraSHA256 string `json:"extra_sha256,omitempty"`
}

type counts struct {
	Documents          int `json:"documents"`
	DocumentsUndated   int `json:"documents_without_date"`
	Events             int `json:"events"`
	Mentions           int `json:"mentions"`
	UndatedEvents      int `json:"undated_events"`
	EventsWithoutPlace int `json:"events_without_place"`
	PlaceMentions      int `json:"place_mentions"`
	UnresolvedPlaces   int `json:"unresolved_places"`
	Warnings           int `json:"warnings"`
}

type docReport struct {
	DocID        string `json:"doc_id"`
	Path         string `json:"path"`
	Published    string `json:"published,omitempty"`
	DocDate      string `json:"doc_date,omitempty"`
	DateBasis    string `json:"date_basis"`
	DateEvidence string `json:"date_evidence,omitempty"`
	Sentences    int    `json:"sentences"`
	Dates        int    `json:"dates"`
	Places       int    `json:"places"`
	Unresolved   int    `json:"unresolved_places"`
	Events       int    `json:"events"`
}

type warning struct {
	DocID   string `json:"doc_id,omitempty"`
	Path    string `json:"path,omitempty"`
	Stage   string `json:"stage"`
	Message string `json:"message"`
}

func (w warning) String() string { return fmt.Sprintf("%s: %s: %s", w.Path, w.Stage, w.Message) }

func newReport(in, extra string) *report {
	return &report{Tool: "geotimeline", Version: version, Input: inputReport{Path: filepath.ToSlash(in)},
		Gazetteer: gazetteerReport{Extra: extra}, Documents: []docReport{}, Warnings: []warning{}, hash: sha256.New()}
}

func (r *report) add(it *pipeline.Item) {
	d := it.Doc
	for _, s := range []string{d.ID, d.Title, d.Source, d.URL, d.Published.String(), d.Text} {
		fmt.Fprintf(r.hash, "%d:%s", len(s), s)
	}
	dr := docReport{DocID: d.ID, Path: d.Path, Published: d.Published.String(), DocDate: it.DocDate.Date.String(),
		DateBasis: string(it.DocDate.Basis), DateEvidence: it.DocDate.Evidence,
		Sentences: len(it.Sentences), Dates: len(it.Dates), Places: len(it.Places), Events: len(it.Events)}
	if dr.DateBasis == "" {
		dr.DateBasis = string(pipeline.BasisNone)
	}
	for _, p := range it.Places {
		if !p.Resolved {
			dr.Unresolved++
		}
	}
	r.Documents = append(r.Documents, dr)
	r.Counts.Documents++
	if it.DocDate.Date.IsZero() {
		r.Counts.DocumentsUndated++
	}
	r.Counts.PlaceMentions += dr.Places
	r.Counts.UnresolvedPlaces += dr.Unresolved
	for _, dg := range it.Diags {
		r.Warnings = append(r.Warnings, warning{DocID: d.ID, Path: dg.Path, Stage: dg.Stage, Message: dg.Msg})
	}
}

// sourceDiags adds the problems the reader met outside any document.
func (r *report) sourceDiags(diags []pipeline.Diag) {
	for _, dg := range diags {
		r.Warnings = append(r.Warnings, warning{Path: dg.Path, Stage: dg.Stage, Message: dg.Msg})
	}
}

func (r *report) finish(evs []pipeline.Event, g interface{ Len() int }) {
	r.Input.SHA256 = hex.EncodeToString(r.hash.Sum(nil))
	r.Gazetteer.Entries = g.Len()
	if r.Gazetteer.Extra != "" {
		if sum, err := fileSHA256(r.Gazetteer.Extra); err == nil {
			r.Gazetteer.ExtraSHA256 = sum
		}
	}
	for _, ev := range evs {
		r.Counts.Events++
		r.Counts.Mentions += len(ev.Mentions)
		if !ev.Date.Known() {
			r.Counts.UndatedEvents++
		}
		if !ev.HasPlace {
			r.Counts.EventsWithoutPlace++
		}
	}
	r.Counts.Warnings = len(r.Warnings)
}

func (r *report) write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
