package ingest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzIsUpper checks isUpper against its definition.
func FuzzIsUpper(f *testing.F) {
	for _, s := range []string{"JAN", "Jan", "W.VA", "", "\xff", "\ufffd", "ÉTÉ", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpper(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzIsInitials checks isInitials against the split-based definition.
func FuzzIsInitials(f *testing.F) {
	for _, s := range []string{"U.S", "a.m", "J", "j", "", ".", "U..S", "Ü.S", "USA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		want := true
		parts := strings.Split(tok, ".")
		for _, p := range parts {
			r, size := utf8.DecodeRuneInString(p)
			if size != len(p) || !unicode.IsLetter(r) || (len(parts) == 1 && !unicode.IsUpper(r)) {
				want = false
				break
			}
		}
		if got := isInitials(tok); got != want {
			t.Errorf("isInitials(%q) = %v, want %v", tok, got, want)
		}
	})
}
