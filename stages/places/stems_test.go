package places

import (
	"strings"
	"testing"
)

func TestStemSet(t *testing.T) {
	ss := newStemSet("order", "Sea", "x", "iver")
	tests := []struct {
		s    string
		want bool
	}{
		{"the border town", true},
		{"East Sea", true},
		{"taxi", true},
		{"the Yalu River", true},
		{"rive", false},
		{"orde", false},
		{"", false},
		{"Se", false},
	}
	for _, tc := range tests {
		if got := mayHavePhrase(tc.s, ss); got != tc.want {
			t.Errorf("mayHavePhrase(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// FuzzStemSet checks the one-pass search against strings.Contains.
func FuzzStemSet(f *testing.F) {
	stems := []string{"order", "ORDER", "DMZ", "Sea", "iver", "ino", "x"}
	ss := newStemSet(stems...)
	for _, s := range []string{"border", "Chinese", "DMZ", "the sea", "taxi", "Yalu River", "no"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, st := range stems {
			want = want || strings.Contains(s, st)
		}
		if got := mayHavePhrase(s, ss); got != want {
			t.Errorf("mayHavePhrase(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzUsesLowercase checks the indexed form against the scan over the text.
func FuzzUsesLowercase(f *testing.F) {
	f.Add("March came. In march, trade fell.", "March")
	f.Add("May officials said the north-east was closed.", "North")
	f.Add("Nothing here.", "Here")
	f.Add("Ünter über ünter", "Über")
	f.Add("a\xffb march", "March")
	f.Fuzz(func(t *testing.T, text, w string) {
		d := &doc{text: text}
		if got, want := d.usesLowercase(w), usesLowercase(text, w); got != want {
			t.Errorf("doc.usesLowercase(%q) in %q = %v, usesLowercase = %v", w, text, got, want)
		}
	})
}
