package events

import (
	"strings"
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

// refHasFoldASCII is hasFoldASCII as it was, finding the candidates by
// the first byte of lower.
//
// It reports whether s contains lower, a lower-case string whose
// letters are ASCII, ignoring their case; the candidates are found by
// IndexByte on its first byte in either case, so a sentence is scanned
// quickly without a lower-case copy (isBoilerplate runs on every one).
func refHasFoldASCII(s, lower string) bool {
	first := lower[0]
	cases := [2]byte{first, first}
	if 'a' <= first && first <= 'z' {
		cases[1] = first - 'a' + 'A'
	}
	for n, c := range cases {
		if n == 1 && c == first {
			break
		}
		for i := 0; i+len(lower) <= len(s); {
			k := strings.IndexByte(s[i:len(s)-len(lower)+1], c)
			if k < 0 {
				break
			}
			i += k
			if strings.EqualFold(s[i:i+len(lower)], lower) {
				return true
			}
			i++
		}
	}
	return false
}

// FuzzHasFoldASCII checks hasFoldASCII, searching by the rarest letter,
// against the version that searched by the first byte, for every
// boilerplate mark and for a needle cut from the input.
func FuzzHasFoldASCII(f *testing.F) {
	f.Add("The copyrights of the film", 0, 4)
	f.Add("Please Direct Any Comments to the desk", 3, 9)
	f.Add("FILE PHOTO: a soldier", 0, 4)
	f.Add("Thomson Reuters Foundation", 1, 20)
	f.Fuzz(func(t *testing.T, s string, at, n int) {
		for _, m := range boilerplateMarks {
			if got, want := hasFoldASCII(s, m.lower, m.rare), refHasFoldASCII(s, m.lower); got != want {
				t.Fatalf("hasFoldASCII(%q, %q) = %v, want %v", s, m.lower, got, want)
			}
		}
		if at < 0 || n <= 0 || at+n > len(s) {
			return
		}
		lower := strings.ToLower(s[at : at+n])
		for i := 0; i < len(lower); i++ {
			if lower[i] >= 0x80 {
				return // ASCII letters only, as the marks are
			}
		}
		if got, want := hasFoldASCII(s, lower, rarestLetter(lower)), refHasFoldASCII(s, lower); got != want {
			t.Fatalf("hasFoldASCII(%q, %q) = %v, want %v", s, lower, got, want)
		}
	})
}

// refIsBoilerplate is isBoilerplate as it was before the openers were
// ruled out by their first bytes and the marks found by one search per
// letter: every opener compared, every mark searched for on its own.
func refIsBoilerplate(s string) bool {
	if f := strings.TrimLeft(s, " \t\n"); len(f) > 1 && f[0] == '*' && isASCIILetter(f[1]) {
		return true
	}
	t := strings.TrimLeft(s, " \t\n([“\"'")
	for _, o := range creditOpeners.phrases {
		if len(t) >= len(o) && strings.EqualFold(t[:len(o)], o) {
			return true
		}
	}
	for _, m := range boilerplateMarks {
		if refHasFoldASCIIRare(t, m.lower, m.rare) {
			return true
		}
	}
	for _, o := range []string{"www.", "http://", "https://"} {
		if len(t) >= len(o) && strings.EqualFold(t[:len(o)], o) {
			return true
		}
	}
	if at := strings.IndexByte(t, '@'); at > 0 && at+1 < len(t) && isASCIILetter(t[at-1]) && strings.Contains(t[at+1:], ".") && isASCIILetter(t[at+1]) {
		return true
	}
	return false
}

// refHasFoldASCIIRare is hasFoldASCII as it was before the needles were
// grouped by their letter: one search for lower[rare], in either case,
// over the positions a match may hold it at.
func refHasFoldASCIIRare(s, lower string, rare int) bool {
	c := lower[rare]
	cases := [2]byte{c, c}
	if 'a' <= c && c <= 'z' {
		cases[1] = c - 'a' + 'A'
	}
	for n, c := range cases {
		if n == 1 && c == cases[0] {
			break
		}
		for i := 0; i+len(lower) <= len(s); {
			k := strings.IndexByte(s[i+rare:len(s)-len(lower)+rare+1], c)
			if k < 0 {
				break
			}
			i += k
			if strings.EqualFold(s[i:i+len(lower)], lower) {
				return true
			}
			i++
		}
	}
	return false
}

// FuzzIsBoilerplateSame checks isBoilerplate against refIsBoilerplate.
func FuzzIsBoilerplateSame(f *testing.F) {
	for _, s := range []string{
		"(Reporting by Jane Doe; Editing by John Roe)", "“Written in English by the desk", "※ We reach our sources by phone",
		"Editor’s note: names changed", "EDITOR'S NOTE", "Copyright 2024 RFA. All rights reserved.", "FILE PHOTO: a soldier",
		"illustrative image of a market", "Thomson Reuters Foundation", "www.kcna.kp (Juche113.4.18.)", "HTTPS://x",
		"contact desk@example.org", "Prices rose in Hyesan.", "", "(", "\u212aelvin", "\u017fource", "tRANSLATED BY",
		"profile photo of the border", "copyrigh", "ßopyright", "*ASIAPRESS reaches partners by phone", "* Police arrested two men",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isBoilerplate(s), refIsBoilerplate(s); got != want {
			t.Fatalf("isBoilerplate(%q) = %v, want %v", s, got, want)
		}
	})
}
