package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"geotimeline/internal/gold"
)

// TestSyntheticCorpusAccuracy generates a corpus with known events, runs the
// pipeline over it and scores the result against the generated truth.
func TestSyntheticCorpusAccuracy(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c.jsonl.gz")
	if code, _, stderr := runCLI(t, "", "gen", "-n", "150", "-seed", "3", "-out", corpus); code != exitOK {
		t.Fatalf("gen: exit %d: %s", code, stderr)
	}
	truth, err := gold.Load(filepath.Join(dir, "c.truth.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, log: discard()}
	res, err := runCorpus(context.Background(), e, corpusOptions{in: corpus, workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	s := gold.Score(truth, res.events)
	t.Logf("synthetic corpus: %d/%d true events found (recall %.3f), %d with the right type; precision %.3f over %d events",
		s.Matched, len(s.Pairs), s.Recall(), s.TypeOK, s.Precision(), s.Predicted)
	missed := 0
	for _, p := range s.Pairs {
		if p.Pred == nil && missed < 10 {
			missed++
			t.Logf("missed %s %s %s–%s %s: %q", p.Gold.ID, p.Gold.EventType, p.Gold.DateStart, p.Gold.DateEnd, p.Gold.Place.Place, p.Gold.Quote)
		}
	}
	if s.Recall() < 0.90 {
		t.Errorf("recall %.3f < 0.90 on generated dispatches", s.Recall())
	}
}
