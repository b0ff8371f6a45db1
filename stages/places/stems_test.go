package places

import (
	"fmt"
	"regexp"
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
		{"Sex", true},  // the one-byte stem
		{"ive", false}, // "iver" cut short at the end of the text
		{"ordeR", false},
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
	long := stems[:len(stems)-1] // no one-byte stem: the other loop
	ls := newStemSet(long...)
	// Two-byte stems beside longer ones with the same first two bytes
	// (the short path of the three-byte prefilter).
	mixed := []string{"or", "order", "Sea", "Se", "ive", "DMZ"}
	ms := newStemSet(mixed...)
	for _, s := range []string{"border", "Chinese", "DMZ", "the sea", "taxi", "Yalu River", "no", "Seoul", "ore", "iv", "DM",
		"a border", "xDMZ", "the Sea", "sources said", "a resident", "ab"} {
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
		want = false
		for _, st := range long {
			want = want || strings.Contains(s, st)
		}
		if got := mayHavePhrase(s, ls); got != want {
			t.Errorf("mayHavePhrase(%q) without one-byte stems = %v, want %v", s, got, want)
		}
		want = false
		for _, st := range mixed {
			want = want || strings.Contains(s, st)
		}
		if got := mayHavePhrase(s, ms); got != want {
			t.Errorf("mayHavePhrase(%q) with two-byte stems = %v, want %v", s, got, want)
		}
		// The sets Process uses, three bytes and more: hasLongStem.
		for name, ss := range map[string]*stemSet{"regionStems": regionStems, "cueStems": cueStems, "sourceStems": sourceStems} {
			if got, want := mayHavePhrase(s, ss), refMayHavePhrase(s, ss); got != want {
				t.Errorf("mayHavePhrase(%q, %s) = %v, the pair-by-pair search gives %v", s, name, got, want)
			}
		}
	})
}

// refMayHavePhrase is mayHavePhrase as it was before hasLongStem: every
// pair of the text looked at.
func refMayHavePhrase(s string, stems *stemSet) bool {
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		for _, st := range stems.byTwo[k] {
			if strings.HasPrefix(s[i:], st) {
				return true
			}
		}
	}
	return false
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

// FuzzReportVerb checks the word scan against the regular expression it
// replaces.
func FuzzReportVerb(f *testing.F) {
	re := regexp.MustCompile(`(?i)\b(told|tells|said|says|reported|reports|informed|explained|added|according|confirmed|noted|stated)\b`)
	for _, s := range []string{"a resident told DailyNK", "SAID", "unsaid", "said_", "x-said.", "according to", "tolds", "reporteds", "é said"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "\u017f\u212a") {
			return // long s and Kelvin sign fold to s and k in the expression only
		}
		if got, want := hasReportVerb(s), re.MatchString(s); got != want {
			t.Errorf("hasReportVerb(%q) = %v, regexp says %v", s, got, want)
		}
	})
}

// FuzzPhraseWindow checks that matching the phrases inside the window
// phraseWindow picks finds what matching the whole sentence finds.
func FuzzPhraseWindow(f *testing.F) {
	for _, s := range []string{
		"Smugglers crossed the border area near Hyesan at night.",
		"North Korean guards along the Sino-Korean border’s edge, the source said.",
		"The Yellow Sea and the border town, and the DMZ.",
		"Prices rose in the border region of North Korea–China border areas",
		"Kim's border-area trip", "rock'n'roll by the river", "Sinŭiju border area", "혜산 border",
		"a b c d e f g h border", "border a b c d e f g h", "'border's",
	} {
		f.Add(s)
	}
	tb, err := loadTables()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc{t: tb}
		for _, k := range []struct {
			stems *stemSet
			want  anchorKind
		}{{regionStems, anchorRegion}, {cueStems, anchorCue}} {
			win, ok := d.phraseWindow(s, k.stems, k.want)
			if !ok {
				continue
			}
			got := d.phraseMatches(s, win)
			want := d.phraseMatches(s, word{0, len(s)})
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("phrases of %q in window %v = %v, in the whole sentence %v", s, win, got, want)
			}
		}
	})
}

// sourceBefore is the unanchored expression matchSourceBefore stands for.
var sourceBefore = regexp.MustCompile(`(?i)\b(sources?|informants?|contacts?|insiders?|correspondents?|residents?)\b(?:\s+(?:who\s+(?:lives|live|is|are)\s+|currently\s+)?(?:based|living|located|residing|stationed|working|staying))?\s+(?:in|from|of|near|at|inside)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+)??$`)

// FuzzSourceBefore checks the anchored search against the expression.
func FuzzSourceBefore(f *testing.F) {
	for _, s := range []string{
		"a source in ", "Sources based in the ", "a resident of Hyesan ", "informants currently living near ",
		"xsource in ", "the_source in ", "a contact who lives in the old ", "SOURCE IN ", "résident in ", "sources in\u00a0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := matchSourceBefore(s), sourceBefore.FindStringSubmatch(s)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("matchSourceBefore(%q) = %q, sourceBefore finds %q", s, got, want)
		}
	})
}

// refHasLongStem is hasLongStem as it was before it read four pairs from
// one load of eight bytes; hasLongStem was mayHavePhrase for a set of stems of three bytes or more.
// A stem at an even offset i covers the pair at i, one at an odd offset
// i-1 the pair at i as its second and third bytes: the pairs at even
// offsets that are in neither place of any stem rule out both.
func refHasLongStem(s string, stems *stemSet) bool {
	for i := 0; i+1 < len(s); i += 2 {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if !has(&stems.either, k) {
			continue
		}
		// A stem at i: its first two bytes and, when the text goes on,
		// its second and third.
		if has(&stems.pairs, k) && i+2 < len(s) && has(&stems.mid, uint16(s[i+1])<<8|uint16(s[i+2])) {
			for _, st := range stems.byTwo[k] {
				if strings.HasPrefix(s[i:], st) {
					return true
				}
			}
		}
		// A stem at i-1, with k as its second and third bytes.
		if i > 0 && has(&stems.mid, k) {
			if k0 := uint16(s[i-1])<<8 | uint16(s[i]); has(&stems.pairs, k0) {
				for _, st := range stems.byTwo[k0] {
					if strings.HasPrefix(s[i-1:], st) {
						return true
					}
				}
			}
		}
	}
	return false
}

// FuzzHasLongStemSame checks hasLongStem against refHasLongStem for the
// sets Process uses and one whose stems share pairs.
func FuzzHasLongStemSame(f *testing.F) {
	shared := newStemSet("ore", "orea", "rea", "eao", "aor", "xyz")
	for _, s := range []string{"border", "Chinese", "DMZ", "the sea", "Yalu River", "no", "Seoul", "ore", "iv", "DM",
		"a border town", "xDMZ", "the Sea of Japan", "sources said the government", "a resident", "ab",
		"1234567border", "12345678border", "123456789border", "oreaoreaorea", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxyz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, ss := range map[string]*stemSet{"regionStems": regionStems, "cueStems": cueStems, "sourceStems": sourceStems, "shared": shared} {
			if got, want := hasLongStem(s, ss), refHasLongStem(s, ss); got != want {
				t.Errorf("hasLongStem(%q, %s) = %v, the pair-by-pair search gives %v", s, name, got, want)
			}
		}
	})
}
