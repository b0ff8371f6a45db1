package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"geotimeline/internal/gold"
)

// dispatchFloor is how many of the gold events of testdata/dispatches the
// pipeline finds now, and dispatchPrecision the share of its events there
// that match one; the test fails when a change loses either. Raise them
// when a change does better. The dispatches were written beside the rules
// they exercise: a regression test, not held-out evidence.
const (
	dispatchFloor     = 29
	dispatchPrecision = 0.65
)

// TestEvalDispatches scores the pipeline on short North Korea dispatches
// written for the project in the styles the press uses — wire datelines in
// capitals and in title case, bylines with and without "By", "Published:"
// lines, no date at all — against the events an analyst reads in them
// (testdata/dispatches_gold.jsonl). The misses are logged: they are the
// known gaps.
func TestEvalDispatches(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "eval", "-gold", filepath.Join("testdata", "dispatches_gold.jsonl"),
		"-in", filepath.Join("testdata", "dispatches"), "-json")
	if code != exitOK {
		t.Fatalf("eval: exit %d: %s", code, stderr)
	}
	var r gold.Report
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("eval -json: %v\n%s", err, stdout)
	}
	for _, ev := range r.Events {
		if !ev.Found {
			t.Logf("not found: %s (%s in %s): aligned by %q as %s %s %s", ev.ID, ev.Type, ev.Doc, ev.By, ev.PredType, ev.PredDate, ev.PredPlace)
		}
	}
	t.Logf("dispatches: %d of %d gold events found (recall %.2f), precision %.2f over %d events", r.Found, r.Gold, r.Recall, r.Precision, r.Predicted)
	if r.Found < dispatchFloor || r.Precision < dispatchPrecision {
		t.Errorf("found %d gold events with precision %.2f, want at least %d and %.2f", r.Found, r.Precision, dispatchFloor, dispatchPrecision)
	}
}
