package events

import (
	"testing"
)

// The reference versions of helpers that were rewritten for speed (see
// also fast_test.go): each rewrite must give the same answers.

// FuzzIsSaidVerb: isSaidVerb is the saidVerbs set.
func FuzzIsSaidVerb(f *testing.F) {
	for _, w := range []string{"said", "says", "say", "Said", "saids", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isSaidVerb(w), saidVerbs[w]; got != want {
			t.Fatalf("isSaidVerb(%q) = %v, want %v", w, got, want)
		}
	})
}
