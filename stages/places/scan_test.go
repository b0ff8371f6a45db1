package places

import (
	"strings"
	"testing"
)

func TestIndexBylineSep(t *testing.T) {
	for _, s := range []string{"", "abc", "Kim Jong | March 3", "a/b", "x-y", "Hyesan – March", "Hyesan — March",
		"é–", "\xe2\x80", "\xe2\x80\x92", "\xff\xe2\x80\x93", "\xe2\xe2\x80\x94", "\xf0\x9f\x98\x80-", "‐‑‒"} {
		if got, want := indexBylineSep(s), strings.IndexAny(s, "|/–—-"); got != want {
			t.Errorf("indexBylineSep(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzIndexBylineSep(f *testing.F) {
	for _, s := range []string{"", "KIM | 2021", "HYESAN – March 3", "a—b", "\xe2\x80\x93", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexBylineSep(s), strings.IndexAny(s, "|/–—-"); got != want {
			t.Errorf("indexBylineSep(%q) = %d, want %d", s, got, want)
		}
	})
}
