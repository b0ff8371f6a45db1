package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"geotimeline/internal/gold"
	"geotimeline/pipeline"
)

func TestEvalSampleCorpus(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "eval", "-gold", filepath.Join("testdata", "sample_gold.jsonl"), "-in", sampleCorpus, "-json", "-workers", "2")
	if code != exitOK {
		t.Fatalf("eval: exit %d: %s", code, stderr)
	}
	var r gold.Report
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("eval -json: %v\n%s", err, stdout)
	}
	if r.Gold != 12 || len(r.Events) != 12 {
		t.Fatalf("eval read %d gold events (%d verdicts), want the 12 of testdata/sample_gold.jsonl", r.Gold, len(r.Events))
	}
	for _, ev := range r.Events {
		if !ev.Found {
			t.Errorf("gold %s (%s in %s) not found: aligned by %q as %s %s %s", ev.ID, ev.Type, ev.Doc, ev.By, ev.PredType, ev.PredDate, ev.PredPlace)
		}
	}
	if r.TypeAcc < 0.9 || r.Precision < 0.5 {
		t.Errorf("type accuracy %.2f, precision %.2f; want ≥ 0.9 and ≥ 0.5", r.TypeAcc, r.Precision)
	}
	n := 0
	for _, tr := range r.ByType {
		n += tr.Predicted
	}
	if n != r.Predicted {
		t.Errorf("per-type predictions add up to %d, want %d", n, r.Predicted)
	}

	code, text, stderr := runCLI(t, "", "eval", "-gold", filepath.Join("testdata", "sample_gold.jsonl"), "-in", sampleCorpus)
	if code != exitOK || !strings.Contains(text, "recall 1.00") || !strings.Contains(text, "x-lockdown-followup") {
		t.Errorf("eval (text): exit %d, stderr %s, output:\n%s", code, stderr, text)
	}
}

func TestEvalUsage(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"eval"}, exitUsage},
		{[]string{"eval", "-gold", "x.jsonl"}, exitUsage},
		{[]string{"eval", "-h"}, exitOK},
		{[]string{"eval", "-gold", "/nonexistent/gold.jsonl", "-in", sampleCorpus}, exitFail},
		{[]string{"eval", "-gold", filepath.Join("testdata", "sample_gold.jsonl"), "-in", sampleCorpus, "extra"}, exitUsage},
	}
	for _, tc := range tests {
		if code, _, stderr := runCLI(t, "", tc.args...); code != tc.want {
			t.Errorf("geotimeline %s = exit %d, want %d (stderr: %s)", strings.Join(tc.args, " "), code, tc.want, stderr)
		}
	}
}

// TestSampleCorpusMerge: the two Hyesan dispatches tell the November
// lockdown differently (one names the city, the other "the border city was
// shut"); they are one event, with the reason recorded.
func TestSampleCorpusMerge(t *testing.T) {
	res, err := runCorpus(t.Context(), &env{stdout: &strings.Builder{}, stderr: &strings.Builder{}, log: discard()}, corpusOptions{in: sampleCorpus, workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	var found *pipeline.Event
	for i, ev := range res.events {
		if ev.Type == "lockdown" && len(ev.DocIDs()) == 2 {
			found = &res.events[i]
		}
	}
	if found == nil {
		t.Fatal("no lockdown event merges the two Hyesan dispatches")
	}
	ids := found.DocIDs()
	if ids[0] != "2020/hyesan-lockdown-followup.md" && ids[1] != "2020/hyesan-lockdown-followup.md" {
		t.Errorf("merged documents %v", ids)
	}
	if found.Place.Name != "Hyesan" || found.Date.Start.String() != "2020-11-01" {
		t.Errorf("merged lockdown at %s from %s, want Hyesan, November 2020", found.Place.Name, found.Date.Start)
	}
	if !strings.Contains(found.MergeNote, "reports merged") || !strings.Contains(found.MergeNote, "same place Hyesan") {
		t.Errorf("MergeNote = %q, want why the reports merged", found.MergeNote)
	}
}

// auditRow is one line of testdata/seeds_audit.tsv.
type auditRow struct {
	doc       string
	charStart int
	typ       string
	verdict   string
}

func readAudit(t *testing.T, name string) []auditRow {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []auditRow
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 5 {
			t.Fatalf("%s:%d: want 5 tab-separated fields, got %d", name, line, len(f))
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			t.Fatalf("%s:%d: char_start: %v", name, line, err)
		}
		switch f[3] {
		case "ok", "wrong_date", "wrong_place", "not_event":
		default:
			t.Fatalf("%s:%d: unknown verdict %q", name, line, f[3])
		}
		rows = append(rows, auditRow{f[0], n, f[2], f[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestSeedsAudit holds the pipeline to the hand audit of its output on the
// seeds: every audited event is still reported, nothing unaudited is, and at
// least 80% of the events are real with the right date and place.
func TestSeedsAudit(t *testing.T) {
	res, _ := seedRun(t)
	rows := readAudit(t, filepath.Join("testdata", "seeds_audit.tsv"))
	key := func(doc string, cs int, typ string) string { return doc + "\t" + strconv.Itoa(cs) + "\t" + typ }
	reported := map[string]bool{}
	for _, ev := range res.events {
		doc := path.Base(ev.Doc.ID)
		if len(ev.Mentions) > 0 {
			doc = path.Base(ev.Mentions[0].DocID)
		}
		k := key(doc, ev.CharStart, ev.Type)
		if reported[k] {
			t.Errorf("two events reported as %q", k)
		}
		reported[k] = true
	}
	ok := 0
	listed := map[string]bool{}
	for _, r := range rows {
		k := key(r.doc, r.charStart, r.typ)
		listed[k] = true
		if !reported[k] {
			t.Errorf("audited event %s %d %s (%s) is no longer reported", r.doc, r.charStart, r.typ, r.verdict)
		}
		if r.verdict == "ok" {
			ok++
		}
	}
	for k := range reported {
		if !listed[k] {
			t.Errorf("event %q is reported but not in the audit; read its sentence and add a row", k)
		}
	}
	share := float64(ok) / float64(len(rows))
	t.Logf("audit: %d of %d reported events are real with the right date and place (%.2f)", ok, len(rows), share)
	if share < 0.80 {
		t.Errorf("audited precision %.2f < 0.80", share)
	}
}

// TestSeedsBorderClosureMerged: the January 2020 border closure told by
// 001 (at Sinuiju, end of January) and 002 (the whole border, January) is one
// event reported by both.
func TestSeedsBorderClosureMerged(t *testing.T) {
	res, _ := seedRun(t)
	n := 0
	for _, ev := range res.events {
		if ev.Type != "border_closure" || !ev.Date.Known() || ev.Date.Start.Year != 2020 || ev.Date.Start.Month != 1 {
			continue
		}
		n++
		docs := map[string]bool{}
		for _, id := range ev.DocIDs() {
			docs[id[:3]] = true
		}
		if !docs["001"] || !docs["002"] || len(ev.Mentions) < 2 {
			t.Errorf("January border closure reported by %v with %d mentions, want 001 and 002", ev.DocIDs(), len(ev.Mentions))
		}
	}
	if n != 1 {
		t.Errorf("%d January 2020 border closures, want 1", n)
	}
}
