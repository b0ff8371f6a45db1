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

// containsFoldASCII (once in link.go) reports whether s contains lower, a lower-case ASCII
// string, ignoring ASCII case.
func containsFoldASCII(s, lower string) bool {
	for i := 0; i+len(lower) <= len(s); i++ {
		j := 0
		for j < len(lower) && s[i+j]|0x20 == lower[j] {
			j++
		}
		if j == len(lower) {
			return true
		}
	}
	return false
}

// FuzzHasSourceStem checks the one-pass stem search of isSourcePrefix
// against a containsFoldASCII search for each stem, as it was.
func FuzzHasSourceStem(f *testing.F) {
	for _, s := range []string{"a source in", "SOURCE", "residents", "Informant", "contacts", "ourc", "nforman", "\xcfource", "iDENT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, stem := range [...]string{"ource", "ident", "nformant", "ontact"} {
			want = want || containsFoldASCII(s, stem)
		}
		if got := hasSourceStem(s); got != want {
			t.Fatalf("hasSourceStem(%q) = %v, want %v", s, got, want)
		}
	})
}
