package events

import (
	"strings"
	"testing"
)

func TestIsSourcePrefix(t *testing.T) {
	long := strings.Repeat("word ", 200)
	tests := []struct {
		s    string
		want bool
	}{
		{"A source in ", true},
		{"A military source based in the ", true},
		{long + "a resident of ", true},
		{"Residents near" + strings.Repeat("\n", 500) + "the" + strings.Repeat(" ", 300), true},
		{"Residents" + strings.Repeat(" ", 1000) + "near ", false}, // more than 40 runes between
		{"The sources, in ", false},
		{long + "officials in ", false},
		{"sources " + strings.Repeat("x", 300) + " in ", false},
	}
	for _, tc := range tests {
		got := isSourcePrefix(tc.s)
		if whole := sourcePrefix.MatchString(tc.s); got != tc.want || whole != tc.want {
			t.Errorf("isSourcePrefix(%.40q…) = %v, regexp over the whole text %v, want %v", tc.s, got, whole, tc.want)
		}
	}
}

// FuzzIsSourcePrefix checks the windowed match against the regexp over the
// whole text.
func FuzzIsSourcePrefix(f *testing.F) {
	for _, s := range []string{"a source in ", "residents of the  ", "contacts living in\n", "ſources near ", "informant, in ", "a source inſide  ", "sources in\u00a0the ", "sources IN THE\t", "sources in_the "} {
		f.Add(s, uint(0), uint(0))
	}
	f.Fuzz(func(t *testing.T, s string, pad, ws uint) {
		// Pad in front and widen the white space so the window matters.
		s = strings.Repeat("é ", int(pad%200)) + s + strings.Repeat(" ", int(ws%300))
		if got, want := isSourcePrefix(s), sourcePrefix.MatchString(s); got != want {
			t.Errorf("isSourcePrefix(%q) = %v, regexp over the whole text says %v", s, got, want)
		}
	})
}
