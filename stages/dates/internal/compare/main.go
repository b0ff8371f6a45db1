// Command datecompare runs geotimeline's date tagger side by side with three
// open-source date parsers — chrono-node (JavaScript, run with node),
// github.com/markusmobius/go-dateparser (Search) and github.com/olebedev/when
// — on the same sentences with the same anchor dates, and prints value
// accuracy and throughput as a Markdown table.
//
// It is a separate module (geotimeline/datecompare) so that the benchmark
// libraries never enter the product module. Usage, from this directory:
//
//	npm install            # once: chrono-node into ./node_modules
//	go run . -tbaq ../../../../../shared/eval/tempeval3/tbaq.jsonl -seeds ../../../../../shared/seeds
//
// Sets:
//   - tbaq: every TempEval-3 TBAQ DATE timex whose gold value names an
//     interval (a day, week, month, quarter, season, half, year or decade;
//     PRESENT_REF, XXXX-… and durations are left out), with its sentence and
//     the document's DCT as the anchor;
//   - seeds: every dated event of the seeds' gold.jsonl, its quote as the
//     sentence and the document date geotimeline infers (dates.DocumentDate)
//     as the anchor; articles without one are left out.
//
// A system scores on an item when its expression overlapping the gold span
// (tbaq), or any of its expressions in the quote (seeds), has a date in the
// gold interval: a point (the parsers return instants) inside it, or an interval
// (geotimeline) overlapping it and not much wider (at most three times as
// long, or a month more). For geotimeline the exact TIMEX3 value match is
// also reported. Throughput is sentences parsed per second and KB/s over the
// unique sentences, after one untimed warm-up pass, on one goroutine.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"

	"geotimeline/pipeline"
	"geotimeline/stages/dates"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("datecompare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tbaq := fs.String("tbaq", "", "TempEval-3 TBAQ JSON lines")
	seeds := fs.String("seeds", "", "seeds directory (gold.jsonl and the articles)")
	node := fs.String("node", "node", "node binary for chrono-node; empty skips chrono")
	errs := fs.String("errors", "", "write each system's misses to this file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var sets []*set
	if *tbaq != "" {
		s, err := tbaqSet(*tbaq)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		sets = append(sets, s)
	}
	if *seeds != "" {
		s, err := seedSet(*seeds)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		sets = append(sets, s)
	}
	if len(sets) == 0 {
		fmt.Fprintln(stderr, "datecompare: give -tbaq and/or -seeds")
		return 2
	}
	systems := []system{
		{"geotimeline dates", runGeotimeline},
		{"chrono-node", func(s []sentence) ([][]found, time.Duration, error) { return runChrono(*node, s) }},
		{"go-dateparser Search", runDateparser(dateparser.CurrentPeriod)},
		{"go-dateparser Search (PreferredDateSource=Past)", runDateparser(dateparser.Past)},
		{"olebedev/when", runWhen},
	}
	var log io.Writer = io.Discard
	if *errs != "" {
		f, err := os.Create(*errs)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		defer f.Close()
		log = f
	}
	for _, st := range sets {
		fmt.Fprintf(stdout, "\n**%s**: %d gold dates in %d sentences (%.0f KB)\n\n", st.name, len(st.items), len(st.sents), float64(st.bytes())/1024)
		fmt.Fprintln(stdout, "| system | found | value correct | exact TIMEX3 value | sentences/s | KB/s |")
		fmt.Fprintln(stdout, "|---|---|---|---|---|---|")
		for _, sys := range systems {
			if sys.name == "chrono-node" && *node == "" {
				continue
			}
			res, el, err := sys.run(st.sents)
			if err != nil {
				fmt.Fprintf(stdout, "| %s | error: %v | | | | |\n", sys.name, err)
				continue
			}
			sc := score(st, res, sys.name, log)
			exact := "—"
			if sys.name == "geotimeline dates" && st.name == "TBAQ" {
				exact = pct(sc.exact, len(st.items))
			}
			sec := el.Seconds()
			fmt.Fprintf(stdout, "| %s | %s | %s | %s | %.0f | %.0f |\n", sys.name, pct(sc.found, len(st.items)), pct(sc.correct, len(st.items)), exact,
				float64(len(st.sents))/sec, float64(st.bytes())/1024/sec)
		}
	}
	return 0
}

func pct(n, d int) string {
	if d == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f%% (%d)", 100*float64(n)/float64(d), n)
}

// A sentence is one text handed to every system, with its anchor date.
type sentence struct {
	Text string `json:"text"`
	Ref  string `json:"ref"` // YYYY-MM-DD
}

// An item is one gold date inside a sentence.
type item struct {
	sent       int
	start, end int // byte offsets of the gold expression in the sentence (the whole sentence for seeds)
	gold       pipeline.Interval
	value      string // gold TIMEX3 value (tbaq)
	text       string
}

type set struct {
	name     string
	anyMatch bool // an item is right when any expression of its sentence is
	sents    []sentence
	items    []item
}

func (s *set) bytes() int {
	n := 0
	for _, x := range s.sents {
		n += len(x.Text)
	}
	return n
}

// found is one expression a system returned: its offsets in the sentence and
// the days it denotes (lo == hi for an instant).
type found struct {
	start, end int
	lo, hi     pipeline.Date
	value      string
}

type system struct {
	name string
	run  func([]sentence) ([][]found, time.Duration, error)
}

type scores struct{ found, correct, exact int }

func score(st *set, res [][]found, name string, log io.Writer) scores {
	var sc scores
	for _, it := range st.items {
		best, bestOv := -1, 0
		for k, f := range res[it.sent] {
			ov := min(f.end, it.end) - max(f.start, it.start)
			if ov > bestOv {
				best, bestOv = k, ov
			}
		}
		if best < 0 {
			fmt.Fprintf(log, "%s\t%s\tMISS\t%q\tgold %s %s\t| %s\n", st.name, name, it.text, it.value, it.gold, st.sents[it.sent].Text)
			continue
		}
		sc.found++
		f := res[it.sent][best]
		if f.value != "" && f.value == it.value {
			sc.exact++
		}
		cands := []found{f}
		if st.anyMatch {
			cands = res[it.sent] // seeds: any date of the quote may carry the event's date
		}
		ok := false
		for _, c := range cands {
			iv := pipeline.Interval{Start: c.lo, End: c.hi}
			wide := iv.Days() > 3*it.gold.Days() && iv.Days() > it.gold.Days()+31
			if !c.lo.IsZero() && iv.Overlaps(it.gold) && !wide {
				ok = true
			}
		}
		if ok {
			sc.correct++
			continue
		}
		fmt.Fprintf(log, "%s\t%s\tWRONG\t%q\tgot %s..%s %s\tgold %s %s\t| %s\n", st.name, name, it.text, f.lo, f.hi, f.value, it.value, it.gold, st.sents[it.sent].Text)
	}
	return sc
}

// ---- data sets ----

type tbaqDoc struct {
	Doc     string `json:"doc"`
	DCT     string `json:"dct"`
	Text    string `json:"text"`
	Timexes []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Type  string `json:"type"`
		Value string `json:"value"`
	} `json:"timexes"`
}

func tbaqSet(path string) (*set, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tbaq: %w", err)
	}
	defer f.Close()
	st := &set{name: "TBAQ"}
	index := map[[2]string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		var d tbaqDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		for _, tx := range d.Timexes {
			if tx.Type != "DATE" {
				continue
			}
			giv, ok := goldInterval(tx.Value)
			if !ok {
				continue
			}
			// The texts are ASCII: code-point offsets are byte offsets.
			s, e := sentenceAround(d.Text, tx.Start, tx.End)
			key := [2]string{d.Text[s:e], d.DCT}
			k, ok := index[key]
			if !ok {
				k = len(st.sents)
				index[key] = k
				st.sents = append(st.sents, sentence{Text: key[0], Ref: d.DCT})
			}
			st.items = append(st.items, item{sent: k, start: tx.Start - s, end: tx.End - s, gold: giv, value: tx.Value, text: tx.Text})
		}
	}
	return st, sc.Err()
}

// sentenceAround returns the sentence of text holding [s, e): from after the
// previous ". ", "? ", "! " or blank line to the next one.
func sentenceAround(text string, s, e int) (int, int) {
	a := s
	for a > 0 {
		if text[a-1] == '\n' && a >= 2 && text[a-2] == '\n' {
			break
		}
		if a >= 2 && text[a-1] == ' ' && (text[a-2] == '.' || text[a-2] == '?' || text[a-2] == '!') && !abbrevBefore(text, a-2) {
			break
		}
		a--
	}
	b := e
	for b < len(text) {
		if text[b] == '\n' && b+1 < len(text) && text[b+1] == '\n' {
			break
		}
		if (text[b] == '.' || text[b] == '?' || text[b] == '!') && (b+1 == len(text) || text[b+1] == ' ' || text[b+1] == '\n') && !abbrevBefore(text, b) {
			b++
			break
		}
		b++
	}
	return a, b
}

// abbrevBefore reports whether the period at i ends a short abbreviation ("Oct.", "U.S.", "Mr.").
func abbrevBefore(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	j := i
	for j > 0 && (text[j-1] >= 'a' && text[j-1] <= 'z' || text[j-1] >= 'A' && text[j-1] <= 'Z' || text[j-1] == '.') {
		j--
	}
	w := text[j:i]
	return len(w) <= 4 && w != "" && (w[0] >= 'A' && w[0] <= 'Z' || strings.Contains(w, "."))
}

type goldEvent struct {
	Doc       string `json:"doc"`
	Quote     string `json:"quote"`
	DateStart string `json:"date_start"`
	DateEnd   string `json:"date_end"`
}

func seedSet(dir string) (*set, error) {
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("seeds: %w", err)
	}
	defer f.Close()
	st := &set{name: "Seeds", anyMatch: true}
	refs := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var g goldEvent
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("seeds gold.jsonl: %w", err)
		}
		if g.DateStart == "" {
			continue
		}
		ref, ok := refs[g.Doc]
		if !ok {
			b, err := os.ReadFile(filepath.Join(dir, g.Doc))
			if err != nil {
				return nil, fmt.Errorf("seeds: %w", err)
			}
			if dd := dates.DocumentDate(string(b)); !dd.Date.IsZero() {
				ref = dd.Date.String()
			}
			refs[g.Doc] = ref
		}
		if ref == "" {
			continue
		}
		gs, err1 := pipeline.ParseDate(g.DateStart)
		ge, err2 := pipeline.ParseDate(g.DateEnd)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("seeds gold %q: bad dates", g.Quote)
		}
		st.items = append(st.items, item{sent: len(st.sents), start: 0, end: len(g.Quote), gold: pipeline.Interval{Start: gs, End: ge}, text: g.Quote})
		st.sents = append(st.sents, sentence{Text: g.Quote, Ref: ref})
	}
	return st, sc.Err()
}

// goldInterval turns a TIMEX3 date value into the days it names.
func goldInterval(v string) (pipeline.Interval, bool) {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	num := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil && !strings.ContainsAny(s, "+-")
	}
	span := func(s, e pipeline.Date) (pipeline.Interval, bool) { return pipeline.Interval{Start: s, End: e}, true }
	switch {
	case len(v) == 3: // decade
		d, ok := num(v)
		if !ok {
			return pipeline.Interval{}, false
		}
		return span(pipeline.MakeDate(d*10, 1, 1), pipeline.MakeDate(d*10+9, 12, 31))
	case len(v) == 4:
		y, ok := num(v)
		if !ok {
			return pipeline.Interval{}, false
		}
		return span(pipeline.MakeDate(y, 1, 1), pipeline.MakeDate(y, 12, 31))
	}
	if len(v) < 7 || v[4] != '-' {
		return pipeline.Interval{}, false
	}
	y, ok := num(v[:4])
	if !ok {
		return pipeline.Interval{}, false
	}
	rest := v[5:]
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		q, ok := num(rest[1:])
		if !ok || q < 1 || q > 4 {
			return pipeline.Interval{}, false
		}
		s := pipeline.MakeDate(y, time.Month(3*q-2), 1)
		return span(s, pipeline.MakeDate(y, time.Month(3*q+1), 0))
	case len(rest) == 2 && rest[0] == 'H':
		h, ok := num(rest[1:])
		if !ok || h < 1 || h > 2 {
			return pipeline.Interval{}, false
		}
		return span(pipeline.MakeDate(y, time.Month(6*h-5), 1), pipeline.MakeDate(y, time.Month(6*h+1), 0))
	case rest == "SP", rest == "SU", rest == "FA", rest == "WI":
		m := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[rest]
		return span(pipeline.MakeDate(y, m, 1), pipeline.MakeDate(y, m+3, 0))
	case rest[0] == 'W':
		w := rest[1:]
		if i := strings.IndexByte(w, '-'); i > 0 {
			w = w[:i] // 1989-W44-WE: the week
		}
		n, ok := num(w)
		if !ok || n < 1 || n > 53 {
			return pipeline.Interval{}, false
		}
		jan4 := pipeline.MakeDate(y, 1, 4)
		mon := jan4.AddDays(-((int(jan4.Time().Weekday()) + 6) % 7)).AddDays(7 * (n - 1))
		return span(mon, mon.AddDays(6))
	case len(rest) == 2:
		m, ok := num(rest)
		if !ok || m < 1 || m > 12 {
			return pipeline.Interval{}, false
		}
		return span(pipeline.MakeDate(y, time.Month(m), 1), pipeline.MakeDate(y, time.Month(m)+1, 0))
	case len(rest) == 5 && rest[2] == '-':
		m, ok1 := num(rest[:2])
		d, ok2 := num(rest[3:])
		if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > 31 {
			return pipeline.Interval{}, false
		}
		day := pipeline.MakeDate(y, time.Month(m), d)
		return span(day, day)
	}
	return pipeline.Interval{}, false
}

// ---- systems ----

func refDate(s string) (pipeline.Date, time.Time) {
	d, _ := pipeline.ParseDate(s)
	return d, time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
}

// timed runs f over the sentences once untimed (warm-up) and once timed.
func timed(sents []sentence, f func(sentence) []found) ([][]found, time.Duration) {
	for _, s := range sents[:min(len(sents), 50)] {
		f(s)
	}
	out := make([][]found, len(sents))
	t0 := time.Now()
	for i, s := range sents {
		out[i] = f(s)
	}
	return out, time.Since(t0)
}

func runGeotimeline(sents []sentence) ([][]found, time.Duration, error) {
	tg := dates.New(dates.Options{})
	out, el := timed(sents, func(s sentence) []found {
		ref, _ := refDate(s.Ref)
		var fs []found
		for _, m := range tg.Tag(s.Text, nil, pipeline.DocDate{Date: ref, Basis: pipeline.BasisPublished}) {
			if m.Kind != pipeline.KindDate {
				continue
			}
			fs = append(fs, found{start: m.Span.Start, end: m.Span.End, lo: m.Interval.Start, hi: m.Interval.End, value: m.Value})
		}
		return fs
	})
	return out, el, nil
}

func runDateparser(src dateparser.PreferredDateSource) func([]sentence) ([][]found, time.Duration, error) {
	return func(sents []sentence) ([][]found, time.Duration, error) {
		var firstErr error
		out, el := timed(sents, func(s sentence) []found {
			_, t := refDate(s.Ref)
			cfg := &dateparser.Configuration{Languages: []string{"en"}, CurrentTime: t, PreferredDateSource: src}
			_, rs, err := dateparser.Search(cfg, s.Text)
			if err != nil && firstErr == nil {
				firstErr = err
			}
			var fs []found
			at := 0
			for _, r := range rs {
				i := strings.Index(s.Text[at:], r.Text)
				if i < 0 {
					continue
				}
				d := pipeline.DateOf(r.Date.Time)
				fs = append(fs, found{start: at + i, end: at + i + len(r.Text), lo: d, hi: d})
				at += i + len(r.Text)
			}
			return fs
		})
		_ = firstErr // Search reports "no date found" as an error; an empty result says the same
		return out, el, nil
	}
}

func runWhen(sents []sentence) ([][]found, time.Duration, error) {
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	out, el := timed(sents, func(s sentence) []found {
		_, t := refDate(s.Ref)
		var fs []found
		// Parse returns the first cluster; continue after it for the others.
		for at := 0; at < len(s.Text); {
			r, err := w.Parse(s.Text[at:], t)
			if err != nil || r == nil || r.Text == "" {
				break
			}
			d := pipeline.DateOf(r.Time)
			fs = append(fs, found{start: at + r.Index, end: at + r.Index + len(r.Text), lo: d, hi: d})
			at += r.Index + len(r.Text)
		}
		return fs
	})
	return out, el, nil
}

func runChrono(node string, sents []sentence) ([][]found, time.Duration, error) {
	tmp, err := os.CreateTemp("", "datecompare-*.json")
	if err != nil {
		return nil, 0, err
	}
	defer os.Remove(tmp.Name())
	if err := json.NewEncoder(tmp).Encode(sents); err != nil {
		tmp.Close()
		return nil, 0, err
	}
	tmp.Close()
	cmd := exec.Command(node, "chrono.mjs", tmp.Name())
	cmd.Env = append(os.Environ(), "TZ=UTC")
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, 0, fmt.Errorf("chrono-node (did you run npm install?): %w", err)
	}
	var res struct {
		MS      float64 `json:"ms"`
		Results [][]struct {
			Index int    `json:"index"`
			Text  string `json:"text"`
			Date  string `json:"date"`
		} `json:"results"`
	}
	if err := json.Unmarshal(b, &res); err != nil {
		return nil, 0, fmt.Errorf("chrono-node output: %w", err)
	}
	if len(res.Results) != len(sents) {
		return nil, 0, fmt.Errorf("chrono-node: %d results for %d sentences", len(res.Results), len(sents))
	}
	out := make([][]found, len(sents))
	for i, rs := range res.Results {
		for _, r := range rs {
			d, err := pipeline.ParseDate(r.Date)
			if err != nil {
				continue
			}
			// chrono's index counts UTF-16 units; the sentences here are ASCII
			// (TBAQ) or converted below.
			s := utf16ToByte(sents[i].Text, r.Index)
			out[i] = append(out[i], found{start: s, end: s + len(r.Text), lo: d, hi: d})
		}
		sort.SliceStable(out[i], func(a, b int) bool { return out[i][a].start < out[i][b].start })
	}
	return out, time.Duration(res.MS * float64(time.Millisecond)), nil
}

// utf16ToByte converts a UTF-16 offset into s to a byte offset.
func utf16ToByte(s string, u int) int {
	n := 0
	for i, r := range s {
		if n >= u {
			return i
		}
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return len(s)
}
