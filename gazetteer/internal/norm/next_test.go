package norm

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzNext checks that Scan, built on Next, gives the tokens of the
// one-pass scanner it replaced (refScan).
func FuzzNext(f *testing.F) {
	for _, s := range []string{"P'yŏngyang's market", "Rajin-Sonbong, Sinŭiju-si.", "혜산시에서 Hyesan", "Kim’s", "a\u0301b", "x's", "'s", "ab'", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want []Token
		Scan(s, func(t Token) { got = append(got, t) })
		refScan(s, func(t Token) { want = append(want, t) })
		if !slices.Equal(got, want) {
			t.Errorf("Scan(%q) = %v, the reference scanner gives %v", s, got, want)
		}
	})
}

// refScan is the scanner Scan was before it was built on Next.
func refScan(s string, f func(Token)) {
	start := -1
	var cls Class
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf && b != '\'' && b != '`' {
			// ASCII other than an apostrophe: no mark, no script change
			// beyond Word and Sep.
			c := asciiClass[b]
			if start >= 0 && c != cls {
				f(Token{start, i, cls})
				start = -1
			}
			if c != Sep && start < 0 {
				start, cls = i, c
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		c := ClassOf(r)
		if c == Word && r >= utf8.RuneSelf && unicode.IsMark(r) {
			if start >= 0 {
				i += n
				continue // a mark continues any token
			}
		}
		if c == Sep && start >= 0 && cls == Word && IsApostrophe(r) {
			// Inside a word: keep going when a letter follows, but end
			// the token at a possessive ’s.
			r2, n2 := utf8.DecodeRuneInString(s[i+n:])
			if ClassOf(r2) == Word && !unicode.IsMark(r2) {
				if r2 == 's' || r2 == 'S' {
					r3, _ := utf8.DecodeRuneInString(s[i+n+n2:])
					if i+n+n2 >= len(s) || ClassOf(r3) != Word {
						f(Token{start, i, cls})
						start = -1
						i += n + n2
						continue
					}
				}
				i += n
				continue
			}
		}
		if start >= 0 && c != cls {
			f(Token{start, i, cls})
			start = -1
		}
		if c != Sep && start < 0 {
			start, cls = i, c
		}
		i += n
	}
	if start >= 0 {
		f(Token{start, len(s), cls})
	}
}

// FuzzSkipLower checks that SkipLower passes over no token but ASCII words
// starting with a lower-case letter, and that Next goes on from where it
// stops as from where it started.
func FuzzSkipLower(f *testing.F) {
	for _, s := range []string{"the border at Hyesan", "korea's north", "o'Neil and x86 Kim", "cafe\u0301 au lait", "혜산 east", "a`b c", "end", "\xff x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; ; {
			j := SkipLower(s, i)
			if j < i {
				t.Fatalf("SkipLower(%q, %d) = %d, before the start", s, i, j)
			}
			want, wantNext, wantOK := Next(s, i)
			for wantOK && want.Start < j {
				if raw := s[want.Start:want.End]; want.Class != Word || raw[0] < 'a' || raw[0] > 'z' {
					t.Fatalf("SkipLower(%q, %d) = %d passes over token %q", s, i, j, raw)
				}
				want, wantNext, wantOK = Next(s, wantNext)
			}
			got, gotNext, gotOK := Next(s, j)
			if got != want || gotNext != wantNext || gotOK != wantOK {
				t.Fatalf("Next(%q, SkipLower(%d) = %d) = %v, %d, %v; from %d: %v, %d, %v", s, i, j, got, gotNext, gotOK, i, want, wantNext, wantOK)
			}
			if !gotOK {
				break
			}
			i = gotNext
		}
	})
}
