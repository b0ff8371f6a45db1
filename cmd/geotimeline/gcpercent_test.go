package main

import (
	"context"
	"io"
	"runtime/debug"
	"testing"
)

// TestStreamCorpusGCPercent: streamCorpus holds the collector off while it
// sets up and gives it back as it found it — on at the caller's percentage,
// or off when it found it off.
func TestStreamCorpusGCPercent(t *testing.T) {
	e := &env{stdout: io.Discard, stderr: io.Discard, log: discard()}
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	for _, pct := range []int{150, -1} {
		debug.SetGCPercent(pct)
		st, err := streamCorpus(context.Background(), e, corpusOptions{in: sampleCorpus, workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		st.close()
		if got := debug.SetGCPercent(pct); got != pct {
			t.Errorf("GC percent %d before streamCorpus, %d after", pct, got)
		}
	}
}
