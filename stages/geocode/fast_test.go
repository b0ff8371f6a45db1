package geocode

import (
	"strings"
	"testing"
)

// refInWordList is inWordList as it was before mayBeCountyItem: the
// pattern tried after every item.
func refInWordList(text string, start, end int) bool {
	n := 1
	rest := text[end:]
	for n <= maxListLen {
		for _, w := range [...]string{" counties", " Counties", " parishes", " Parishes"} {
			if strings.HasPrefix(rest, w) {
				return n > 1 || countyHead.MatchString(text[max(0, start-40):start])
			}
		}
		loc := countyItem.FindStringIndex(rest)
		if loc == nil {
			return false
		}
		rest = rest[loc[1]:]
		n++
	}
	return false
}

// FuzzInWordListSame checks inWordList against refInWordList at every
// split of the input.
func FuzzInWordListSame(f *testing.F) {
	for _, s := range []string{
		"Becker, Clay and Douglas counties", "Hitchcock and Hayes counties",
		"Douglas, Sarpy, and Lancaster Counties", "Clay/Becker parishes",
		"Kentucky counties", "Orleans, or Jefferson Parishes", "Clay & Otoe counties",
		"Hyesan, Ámsterdam and Öland counties", "Clay , and Otoe counties", "Clay, ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for end := 0; end <= len(s); end++ {
			start := max(0, end-5)
			if got, want := inWordList(s, start, end), refInWordList(s, start, end); got != want {
				t.Fatalf("inWordList(%q, %d, %d) = %v, want %v", s, start, end, got, want)
			}
		}
	})
}
