package dates

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// seedsDir holds the five seed articles and gold.jsonl, read at test time
// (never copied into the project).
var seedsDir = filepath.Join("..", "..", "..", "shared", "seeds")

type goldEvent struct {
	Doc               string `json:"doc"`
	Quote             string `json:"quote"`
	DateStart         string `json:"date_start"`
	DateEnd           string `json:"date_end"`
	DatePrecision     string `json:"date_precision"`
	Headline          bool   `json:"headline"`
	AcceptUnknownYear bool   `json:"accept_unknown_year"`
	Note              string `json:"note"`
}

func readSeeds(t *testing.T) (map[string]string, []goldEvent) {
	t.Helper()
	f, err := os.Open(filepath.Join(seedsDir, "gold.jsonl"))
	if err != nil {
		if os.IsNotExist(err) && os.Getenv("CI") == "" {
			t.Skipf("seeds not available: %v", err)
		}
		t.Fatal(err)
	}
	defer f.Close()
	var gold []goldEvent
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var g goldEvent
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold.jsonl: %v", err)
		}
		gold = append(gold, g)
	}
	texts := map[string]string{}
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed texts in %s: %v", seedsDir, err)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(p)] = string(b)
	}
	return texts, gold
}

// processSeed runs the stage on a seed as the pipeline would (no metadata).
func processSeed(t *testing.T, text string) *pipeline.Item {
	t.Helper()
	it := &pipeline.Item{Doc: pipeline.Document{Text: text}}
	if err := New(Options{}).Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	return it
}

// TestSeeds checks the tagger against the seed gold: every dated event whose
// quote holds a date expression gets an interval overlapping the gold one and
// not much wider; undated articles get no document date and no dated
// interval; the article dated only by anniversaries gets no wrong year.
func TestSeeds(t *testing.T) {
	texts, gold := readSeeds(t)
	items := map[string]*pipeline.Item{}
	for name, text := range texts {
		items[name] = processSeed(t, text)
		t.Logf("%s: DocDate %s (earliest %s) %s: %s", name, items[name].DocDate.Date, items[name].DocDate.Earliest, items[name].DocDate.Basis, items[name].DocDate.Evidence)
	}
	checked, contextOnly := 0, 0
	for _, g := range gold {
		it, ok := items[g.Doc]
		if !ok {
			t.Errorf("gold names %s, not among the seeds", g.Doc)
			continue
		}
		qs := strings.Index(it.Doc.Text, g.Quote)
		if qs < 0 {
			t.Errorf("%s: quote %q not found", g.Doc, g.Quote)
			continue
		}
		quote := pipeline.Span{Start: qs, End: qs + len(g.Quote)}
		var in []pipeline.DateMention
		for _, m := range it.Dates {
			if m.Kind == pipeline.KindDate && quote.Contains(m.Span) && m.Value != "PAST_REF" && m.Value != "FUTURE_REF" {
				in = append(in, m)
			}
		}
		if g.DateStart == "" {
			for _, m := range in {
				if m.Interval.Known() {
					t.Errorf("%s: undated event %q got dated mention %s", g.Doc, g.Quote, format(m))
				}
			}
			continue
		}
		gs, ge := mustDate(t, g.DateStart), mustDate(t, g.DateEnd)
		giv := pipeline.Interval{Start: gs, End: ge}
		if len(in) == 0 {
			if g.Headline {
				t.Errorf("%s: headline event %q: no date expression found", g.Doc, g.Quote)
			}
			contextOnly++
			t.Logf("%s: %q is dated from context only (%s): not checked here", g.Doc, g.Quote, g.Note)
			continue
		}
		checked++
		ok = false
		for _, m := range in {
			switch {
			case m.Interval.Known():
				wide := m.Interval.Days() > 3*giv.Days() && m.Interval.Days() > giv.Days()+31
				if m.Interval.Overlaps(giv) && !wide {
					ok = true
				}
			case g.AcceptUnknownYear:
				if strings.HasPrefix(m.Value, "XXXX-"+g.DateStart[5:7]) {
					ok = true
				}
			}
		}
		if !ok {
			var got []string
			for _, m := range in {
				got = append(got, format(m))
			}
			t.Errorf("%s: %q: got %v, want an interval overlapping %s..%s", g.Doc, g.Quote, got, g.DateStart, g.DateEnd)
		}
	}
	t.Logf("checked %d dated events; %d dated from context only", checked, contextOnly)
	if checked < 16 {
		t.Errorf("only %d dated events had a date expression in their quote, want at least 16", checked)
	}

	// 000: no date at all.
	for name, it := range items {
		if !strings.HasPrefix(name, "000_") {
			continue
		}
		if it.DocDate.Basis != pipeline.BasisNone || !it.DocDate.Date.IsZero() {
			t.Errorf("%s: DocDate = %+v, want none", name, it.DocDate)
		}
		for _, m := range it.Dates {
			if m.Interval.Known() && m.Anchor != pipeline.AnchorExplicit {
				t.Errorf("%s: %s resolved against nothing", name, format(m))
			}
		}
	}
	// 004: only anniversary arithmetic dates it; no wrong year.
	for name, it := range items {
		if !strings.HasPrefix(name, "004_") {
			continue
		}
		if !it.DocDate.Date.IsZero() && it.DocDate.Date.Year != 2021 {
			t.Errorf("%s: DocDate = %+v, want 2021 or unknown", name, it.DocDate)
		}
		for _, m := range it.Dates {
			if m.Interval.Known() && m.Anchor != pipeline.AnchorExplicit && m.Interval.Start.Year != 2021 {
				t.Errorf("%s: %s: wrong year", name, format(m))
			}
		}
	}
}

// TestSeedDocumentDates checks how each seed's document date is found.
func TestSeedDocumentDates(t *testing.T) {
	texts, _ := readSeeds(t)
	want := map[string]struct {
		basis pipeline.DateBasis
		year  int
	}{
		"000_": {pipeline.BasisNone, 0},
		"001_": {pipeline.BasisInferred, 2020},
		"002_": {pipeline.BasisPublished, 2020},
		"003_": {pipeline.BasisInferred, 2020},
		"004_": {pipeline.BasisInferred, 2021},
	}
	for name, text := range texts {
		w, ok := want[name[:4]]
		if !ok {
			continue
		}
		dd := DocumentDate(text)
		if dd.Basis != w.basis || dd.Date.Year != w.year {
			t.Errorf("DocumentDate(%s) = %+v, want basis %s year %d", name, dd, w.basis, w.year)
		}
	}
}
