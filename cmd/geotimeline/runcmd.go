package main

import (
	"bufio"
	"bytes"
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
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"

	"geotimeline/gazetteer"
	"geotimeline/internal/atomicfile"
	"geotimeline/internal/cache"
	"geotimeline/internal/jsonstr"
	"geotimeline/internal/spool"
	"geotimeline/pipeline"
	"geotimeline/stages/dedup"
	"geotimeline/stages/ingest"
)

func cmdRun(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "run")
	in := fs.String("in", "", "input: a directory of .txt/.md/.html files, or a .jsonl / .jsonl.gz file (required)")
	out := fs.String("out", "out", "output directory")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "number of documents processed at once")
	gaz := addGazetteerFlags(fs)
	gaz.addFocus(fs)
	strict := fs.Bool("strict", false, "treat input warnings (bad manifest rows, undecodable files, invalid JSON lines) as failures")
	quiet := fs.Bool("quiet", false, "print nothing on success: no progress, no summary")
	cacheDir := fs.String("cache", "", "keep each document's results in `DIR` and reuse them on later runs over the same documents with the same program and gazetteer (default none)")
	var oo outputOptions
	fs.Func("partition", "also write the events as a Hive-partitioned dataset by `year`: events/year=YYYY/part-0.parquet (default none)", oo.setPartition)
	fs.Func("timeline-by", "one timeline lane per event type or per place: `type|place` (default type)", oo.setTimelineBy)
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to `FILE`, for go tool pprof (default none)")
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
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := stop(); err == nil {
				err = cerr
			}
		}()
	}

	if os.Getenv("GOMEMLIMIT") == "" {
		// The run's live data is small (see README, Large corpora) but it
		// makes garbage fast; a soft limit makes the collector return it
		// before the heap doubles, instead of after.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(defaultMemoryLimit))
	}
	co := corpusOptions{in: *in, gaz: *gaz, workers: *workers, strict: *strict, cache: *cacheDir}
	if !*quiet {
		co.progress = e.stderr
	}
	// Every output is written to a temporary file beside its final name as
	// the run goes, and renamed into place only when all are complete.
	set, err := atomicfile.New(*out)
	if err != nil {
		return err
	}
	fail := func(err error) error {
		set.Abort()
		if ctx.Err() != nil {
			return fmt.Errorf("interrupted: %w (previous outputs in %s left as they were)", err, *out)
		}
		return fmt.Errorf("%w (previous outputs in %s left as they were)", err, *out)
	}
	ow, err := openRunOutputs(set, oo)
	if err != nil {
		return fail(err)
	}
	co.perDoc = ow.addDocument
	st, err := streamCorpus(ctx, e, co)
	if err != nil {
		return fail(err)
	}
	defer st.close()
	if err := ow.finish(ctx, st); err != nil {
		return fail(err)
	}
	if err := set.Commit(); err != nil {
		return err
	}
	stale, err := removeStalePartitions(*out, ow.parts)
	if err != nil {
		e.log.Warn("removing year partitions of an earlier run", "dir", *out, "err", err)
	}
	if !*quiet {
		if len(stale) > 0 {
			fmt.Fprintf(e.stderr, "geotimeline: removed %d year partitions of an earlier run (%s)\n", len(stale), strings.Join(stale, ", "))
		}
		c := st.report.Counts
		fmt.Fprintf(e.stderr, "geotimeline: %d documents, %d events (%d undated, %d without place), %d warnings → %s\n",
			c.Documents, c.Events, c.UndatedEvents, c.EventsWithoutPlace, c.Warnings, filepath.Clean(*out))
		if st.cache != nil {
			printCacheStats(e.stderr, *cacheDir, *st.cache)
		}
	}
	return nil
}

// startCPUProfile starts a CPU profile written to path and returns the
// function that stops it and closes the file.
func startCPUProfile(path string) (stop func() error, err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("-cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("-cpuprofile %s: %w", path, err)
	}
	return func() error {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			return fmt.Errorf("-cpuprofile %s: %w", path, err)
		}
		return nil
	}, nil
}

// defaultMemoryLimit is run's soft memory limit when GOMEMLIMIT is not set.
const defaultMemoryLimit = 1 << 30

// corpusOptions are the settings of one run over a corpus.
type corpusOptions struct {
	in       string
	gaz      gazetteerFlags
	cache    string                     // directory of the per-document cache; "" for none
	progress io.Writer                  // where to report progress; nil for silence
	perDoc   func(*pipeline.Item) error // called with each finished document, in input order; may be nil
	workers  int
	strict   bool
}

// A corpusStream is a corpus read through every stage: its report, and its
// events spilled to disk with the merge's decision for each; the events come
// back one merged event at a time (eachMerged). What stays in memory grows
// with the corpus only by the merge's compact index (a few hundred bytes per
// merged event), about 30 bytes per report and per document (offsets into
// the spills, links between reports), the warnings, and the ingest reader's
// duplicate check.
type corpusStream struct {
	report   *report
	events   *spool.Spool[spooledEvent] // every event as extracted, in input order
	merger   *dedup.Merger
	first    []int32      // per merged event: its first report in events
	last     []int32      // and its last
	next     []int32      // per report: the next report of the same merged event, or -1
	cache    *cache.Stats // what the cache did; nil without one
	progress io.Writer    // where eachMerged reports progress; nil for silence
}

// A spooledEvent is one extracted event with the text of each of its
// mentions' sentences (mentions.parquet needs them; the document's text is
// gone by the time the events are written).
type spooledEvent struct {
	Event pipeline.Event
	Texts []string // Texts[i] is the sentence of Event.Mentions[i], "" when unknown
}

// streamCorpus reads the corpus, runs every stage over each document, hands
// each finished document to o.perDoc, and files each event with the merge.
func streamCorpus(ctx context.Context, e *env, o corpusOptions) (_ *corpusStream, err error) {
	// Setting up — the gazetteer's tables, the stages' lexicons — allocates
	// about 100 MB, half of it garbage, in a heap that starts at a few MB:
	// the collector ran six times over the half-built tables, 0.5 G
	// instructions, a fifth of a one-document run. It is held off until
	// the documents start (the memory limit still holds), then runs once.
	// A call that finds it off already (GOGC=off, or another call setting
	// up in this process) leaves it to whoever turned it off.
	gcPercent := debug.SetGCPercent(-1)
	resumeGC := func() {
		if gcPercent >= 0 {
			debug.SetGCPercent(gcPercent)
			gcPercent = -1
		}
	}
	defer resumeGC()
	g, err := o.gaz.open()
	if err != nil {
		return nil, err
	}
	stages, err := buildStages(g, o.gaz.focus, upToEvents, e.log)
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

	st := &corpusStream{merger: dedup.NewMerger(), progress: o.progress}
	defer func() {
		if err != nil {
			st.close()
		}
	}()
	if st.report, err = newReport(o.in, o.gaz); err != nil {
		return nil, err
	}
	if st.events, err = spool.NewWith[spooledEvent]("", &eventCodec{}); err != nil {
		return nil, err
	}
	prog := newProgress(o.progress, src.Progress)
	var se spooledEvent
	resumeGC()
	err = pipeline.Run(ctx, src, stages, func(it *pipeline.Item) error {
		prog.add(len(it.Doc.Text))
		if err := st.report.add(it); err != nil {
			return err
		}
		if o.perDoc != nil {
			if err := o.perDoc(it); err != nil {
				return err
			}
		}
		for i := range it.Events {
			ev := &it.Events[i]
			se.Event, se.Texts = *ev, mentionTexts(it, ev, se.Texts[:0])
			se.Event.Doc.Text = ""
			n, err := st.events.Append(&se)
			if err != nil {
				return err
			}
			st.file(st.merger.Add(ev), n)
		}
		return nil
	}, pipeline.RunOptions{Workers: o.workers})
	prog.done()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", o.in, err)
	}
	st.report.sourceDiags(src.Diags())
	if o.strict && len(st.report.Warnings) > 0 {
		return nil, fmt.Errorf("%s: %d warnings with -strict, the first: %s", o.in, len(st.report.Warnings), st.report.Warnings[0])
	}
	st.report.finish(g)
	if c != nil {
		s := c.Stats()
		st.cache = &s
	}
	return st, nil
}

// mentionTexts appends to texts the sentence of each of ev's mentions.
func mentionTexts(it *pipeline.Item, ev *pipeline.Event, texts []string) []string {
	for _, m := range ev.Mentions {
		var t string
		switch {
		case m.DocID == it.Doc.ID && 0 <= m.Span.Start && m.Span.Start <= m.Span.End && m.Span.End <= len(it.Doc.Text):
			t = it.Doc.Text[m.Span.Start:m.Span.End]
		case m.DocID == ev.Doc.ID && m.Sentence == ev.SentenceN:
			t = ev.Sentence
		}
		texts = append(texts, t)
	}
	return texts
}

// file records that report n belongs to merged event ci.
func (st *corpusStream) file(ci, n int) {
	st.next = append(st.next, -1)
	if ci == len(st.first) {
		st.first = append(st.first, int32(n))
		st.last = append(st.last, int32(n))
		return
	}
	st.next[st.last[ci]] = int32(n)
	st.last[ci] = int32(n)
}

// A sentenceFunc returns the text of sentence n of document doc when it
// reports the event at hand, else "".
type sentenceFunc = func(doc string, n int) string

// eachMerged calls fn with every merged event, in order of first report,
// and the text of its mentions' sentences. It also sets the report's event
// counts. fn must not keep ev.
func (st *corpusStream) eachMerged(ctx context.Context, fn func(ev *pipeline.Event, sentence sentenceFunc) error) error {
	type sent struct {
		doc  string
		n    int
		text string
	}
	var (
		se    spooledEvent
		sents []sent // one per mention of the merged event, in its order
		next  int    // where the next lookup starts: callers ask in mention order
		cnt   eventCounts
	)
	prog := newProgress(st.progress, func() (int64, int64) { return int64(cnt.events), int64(len(st.first)) })
	if prog != nil {
		prog.unit = "events written"
	}
	defer prog.done()
	sentence := func(doc string, n int) string {
		for k := range sents {
			s := &sents[(next+k)%len(sents)]
			if s.n == n && s.doc == doc && s.text != "" {
				next = (next + k + 1) % len(sents)
				return s.text
			}
		}
		return ""
	}
	for ci, n := range st.first {
		if ci%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var c dedup.Combiner
		sents, next = sents[:0], 0
		for i := n; i >= 0; i = st.next[i] {
			if err := st.events.Get(int(i), &se); err != nil {
				return err
			}
			for k, m := range se.Event.Mentions {
				var t string
				if k < len(se.Texts) {
					t = se.Texts[k]
				}
				sents = append(sents, sent{m.DocID, m.Sentence, t})
			}
			c.Add(&se.Event)
		}
		ev := c.Event()
		cnt.add(&ev)
		prog.add(0)
		if err := fn(&ev, sentence); err != nil {
			return err
		}
	}
	st.report.setEventCounts(cnt)
	return nil
}

// close releases the stream's spill files.
func (st *corpusStream) close() {
	if st.events != nil {
		st.events.Close()
	}
	if st.report != nil {
		st.report.close()
	}
}

// corpusResult is a corpus run held in memory: for eval and the tests,
// which read small corpora.
type corpusResult struct {
	events    []pipeline.Event // merged, in first-mention order
	report    *report
	sentences map[sentenceKey]string
	cache     *cache.Stats
}

type sentenceKey struct {
	doc string
	n   int
}

// runCorpus is streamCorpus with every merged event collected in memory.
func runCorpus(ctx context.Context, e *env, o corpusOptions) (*corpusResult, error) {
	st, err := streamCorpus(ctx, e, o)
	if err != nil {
		return nil, err
	}
	defer st.close()
	res := &corpusResult{report: st.report, sentences: map[sentenceKey]string{}, cache: st.cache}
	err = st.eachMerged(ctx, func(ev *pipeline.Event, sentence sentenceFunc) error {
		res.events = append(res.events, *ev)
		for _, m := range ev.Mentions {
			if t := sentence(m.DocID, m.Sentence); t != "" {
				res.sentences[sentenceKey{m.DocID, m.Sentence}] = t
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// sentence returns the text of sentence n of document doc when it reports
// an event.
func (r *corpusResult) sentence(doc string, n int) string { return r.sentences[sentenceKey{doc, n}] }

// openCache opens the cache of o over stages.
func openCache(o corpusOptions, g *gazetteer.Gazetteer, stages []pipeline.Stage, log *slog.Logger) (*cache.Cache, error) {
	v, err := cacheVersion(g, o.gaz, stages)
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

// report is run.json: what was read, what came out, and every warning. The
// per-document lines are spilled to disk as documents finish and streamed
// into run.json at the end.
type report struct {
	Tool      string          `json:"tool"`
	Version   string          `json:"version"`
	Input     inputReport     `json:"input"`
	Gazetteer gazetteerReport `json:"gazetteer"`
	Counts    counts          `json:"counts"`
	Warnings  []warning       `json:"warnings"`

	docs *spool.Spool[docReport]
	hash hash.Hash
	buf  []byte
}

type inputReport struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"` // over every document's id, metadata and text, in input order
}

type gazetteerReport struct {
	Entries     int      `json:"entries"`
	Extra       string   `json:"extra,omitempty"`
	ExtraSHA256 string   `json:"extra_sha256,omitempty"`
	Focus       []string `json:"focus,omitempty"` // -focus
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

// eventCounts are the counts taken over the merged events.
type eventCounts struct {
	events, mentions, undated, unplaced int
}

func (c *eventCounts) add(ev *pipeline.Event) {
	c.events++
	c.mentions += len(ev.Mentions)
	if !ev.Date.Known() {
		c.undated++
	}
	if !ev.HasPlace {
		c.unplaced++
	}
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

func newReport(in string, gaz gazetteerFlags) (*report, error) {
	docs, err := spool.NewWith[docReport]("", &docReportCodec{})
	if err != nil {
		return nil, err
	}
	return &report{Tool: "geotimeline", Version: version, Input: inputReport{Path: filepath.ToSlash(in)},
		Gazetteer: gazetteerReport{Extra: gaz.extra, Focus: gaz.focus}, Warnings: []warning{}, docs: docs, hash: sha256.New()}, nil
}

func (r *report) add(it *pipeline.Item) error {
	d := it.Doc
	for _, s := range [...]string{d.ID, d.Title, d.Source, d.URL, d.Published.String(), d.Text} {
		// "len:text", each field in turn; copied through r.buf, as the
		// hash has no WriteString and would copy s whole.
		r.buf = append(strconv.AppendInt(r.buf[:0], int64(len(s)), 10), ':')
		for len(s) > 0 {
			n := min(len(s), hashChunk-len(r.buf))
			r.buf = append(r.buf, s[:n]...)
			s = s[n:]
			r.hash.Write(r.buf)
			r.buf = r.buf[:0]
		}
		if len(r.buf) > 0 {
			r.hash.Write(r.buf)
		}
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
	if _, err := r.docs.Append(&dr); err != nil {
		return fmt.Errorf("run.json: %w", err)
	}
	r.Counts.Documents++
	if it.DocDate.Date.IsZero() {
		r.Counts.DocumentsUndated++
	}
	r.Counts.PlaceMentions += dr.Places
	r.Counts.UnresolvedPlaces += dr.Unresolved
	for _, dg := range it.Diags {
		r.Warnings = append(r.Warnings, warning{DocID: d.ID, Path: dg.Path, Stage: dg.Stage, Message: dg.Msg})
	}
	return nil
}

// hashChunk is the most report.add copies at once into its buffer.
const hashChunk = 16 << 10

// sourceDiags adds the problems the reader met outside any document.
func (r *report) sourceDiags(diags []pipeline.Diag) {
	for _, dg := range diags {
		r.Warnings = append(r.Warnings, warning{Path: dg.Path, Stage: dg.Stage, Message: dg.Msg})
	}
}

// finish completes what is known once every document is read.
func (r *report) finish(g interface{ Len() int }) {
	r.Input.SHA256 = hex.EncodeToString(r.hash.Sum(nil))
	r.Gazetteer.Entries = g.Len()
	if r.Gazetteer.Extra != "" {
		if sum, err := fileSHA256(r.Gazetteer.Extra); err == nil {
			r.Gazetteer.ExtraSHA256 = sum
		}
	}
	r.Counts.Warnings = len(r.Warnings)
}

func (r *report) setEventCounts(c eventCounts) {
	r.Counts.Events, r.Counts.Mentions = c.events, c.mentions
	r.Counts.UndatedEvents, r.Counts.EventsWithoutPlace = c.undated, c.unplaced
}

func (r *report) close() { r.docs.Close() }

// write writes run.json as an indented JSON object, the documents streamed
// from their spill file.
func (r *report) write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	field := func(name string, v any, last bool) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		sep := ","
		if last {
			sep = ""
		}
		fmt.Fprintf(bw, "  %q: %s%s\n", name, bytes.TrimSuffix(buf.Bytes(), []byte("\n")), sep)
		return nil
	}
	bw.WriteString("{\n")
	for _, f := range []struct {
		name string
		v    any
	}{{"tool", r.Tool}, {"version", r.Version}, {"input", r.Input}, {"gazetteer", r.Gazetteer}, {"counts", r.Counts}} {
		if err := field(f.name, f.v, false); err != nil {
			return err
		}
	}
	// The documents, one at a time, as encoding/json would indent them.
	bw.WriteString(`  "documents": [`)
	var dr docReport
	var out []byte
	for i := range r.docs.Len() {
		if err := r.docs.Get(i, &dr); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		out = appendDocReport(out[:0], &dr)
		bw.Write(out)
	}
	if r.docs.Len() > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n")
	enc.SetIndent("  ", "  ")
	if err := field("warnings", r.Warnings, true); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// appendDocReport appends dr as an Encoder with SetEscapeHTML(false) and
// SetIndent("    ", "  ") writes it, without Encode's final newline: an
// entry of run.json's documents. Encoding 20,000 of them by reflection and
// indenting them in a second pass cost more than the rest of run.json
// (FuzzDocReportJSON compares with the Encoder).
func appendDocReport(dst []byte, dr *docReport) []byte {
	const sep = ",\n      \""
	dst = append(dst, "{\n      \"doc_id\": "...)
	dst = jsonstr.Append(dst, dr.DocID, false)
	dst = jsonstr.Append(append(dst, sep+`path": `...), dr.Path, false)
	if dr.Published != "" {
		dst = jsonstr.Append(append(dst, sep+`published": `...), dr.Published, false)
	}
	if dr.DocDate != "" {
		dst = jsonstr.Append(append(dst, sep+`doc_date": `...), dr.DocDate, false)
	}
	dst = jsonstr.Append(append(dst, sep+`date_basis": `...), dr.DateBasis, false)
	if dr.DateEvidence != "" {
		dst = jsonstr.Append(append(dst, sep+`date_evidence": `...), dr.DateEvidence, false)
	}
	dst = strconv.AppendInt(append(dst, sep+`sentences": `...), int64(dr.Sentences), 10)
	dst = strconv.AppendInt(append(dst, sep+`dates": `...), int64(dr.Dates), 10)
	dst = strconv.AppendInt(append(dst, sep+`places": `...), int64(dr.Places), 10)
	dst = strconv.AppendInt(append(dst, sep+`unresolved_places": `...), int64(dr.Unresolved), 10)
	dst = strconv.AppendInt(append(dst, sep+`events": `...), int64(dr.Events), 10)
	return append(dst, "\n    }"...)
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
