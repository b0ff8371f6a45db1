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

// refCrossedBefore is crossedBefore as it was before lastFields: every
// word of the 40 bytes split off.
func refCrossedBefore(text string, off int) bool {
	f := strings.Fields(text[max(0, off-40):off])
	if len(f) >= 2 && strings.EqualFold(f[len(f)-1], "the") {
		f = f[:len(f)-1]
	} else if len(f) >= 3 && strings.EqualFold(f[len(f)-2], "the") && isLowerWord(f[len(f)-1]) {
		f = f[:len(f)-2] // "the frozen Tumen"
	} else {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "cross", "crosses", "crossed", "crossing", "across", "along", "waded", "wading", "swam", "swimming", "forded":
		return true
	}
	return false
}

// FuzzCrossedBeforeSame checks crossedBefore against refCrossedBefore at
// every offset of the input.
func FuzzCrossedBeforeSame(f *testing.F) {
	for _, s := range []string{
		"they crossed the Tumen", "waded across the frozen Tumen river", "Swam\tthe\vYalu",
		"crossed the\u00a0Tumen", "along  the  frozen\u2003Amnok", "x the", "the", "CROSSED THE\xffTumen",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for off := 0; off <= len(s); off++ {
			if got, want := crossedBefore(s, off), refCrossedBefore(s, off); got != want {
				t.Fatalf("crossedBefore(%q, %d) = %v, want %v", s, off, got, want)
			}
		}
	})
}
