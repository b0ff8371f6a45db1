package gazetteer

import (
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"

	"geotimeline/gazetteer/internal/norm"
)

// refMatch is the matcher as it was before it read tokens lazily: the
// whole text tokenized first, then the same search.
func refMatch(g *Gazetteer, opts MatchOptions, text string) []Match {
	var toks []mtok
	var arena []byte
	norm.Scan(text, func(t norm.Token) {
		toks = append(toks, mtok{t.Start, t.End, -1, -1, t.Class != norm.Word})
	})
	var dst []Match
	var key []byte
	for i := 0; i < len(toks); {
		if opts.Capitalized && !toks[i].cjk {
			r, _ := utf8.DecodeRuneInString(text[toks[i].start:])
			if unicode.IsLower(r) {
				i++
				continue
			}
		}
		bestEnd, bestKey, bestNext := -1, int32(-1), 0
		key = key[:0]
		for j := i; j < len(toks); j++ {
			t := &toks[j]
			if j > i {
				key = append(key, ' ')
			}
			base := len(key)
			if t.cjk {
				raw := text[t.start:t.end]
				k := len(raw)
				_, n := utf8.DecodeLastRuneInString(raw)
				k -= n
				for k > 0 && base+k > g.maxKey {
					_, n := utf8.DecodeLastRuneInString(raw[:k])
					k -= n
				}
				for k > 0 {
					key = append(key[:base], raw[:k]...)
					if n, ok := g.keyNum(string(key)); ok {
						bestEnd, bestKey, bestNext = t.start+k, n, j+1
						break
					}
					_, n := utf8.DecodeLastRuneInString(raw[:k])
					k -= n
				}
			}
			if t.ns < 0 {
				t.ns = len(arena)
				arena = norm.AppendToken(arena, text, norm.Token{Start: t.start, End: t.end, Class: classOf(t.cjk)})
				t.ne = len(arena)
			}
			if t.ne == t.ns {
				break
			}
			key = append(key[:base], arena[t.ns:t.ne]...)
			if len(key) > g.maxKey {
				break
			}
			if n, ok := g.keyNum(string(key)); ok {
				bestEnd, bestKey, bestNext = t.end, n, j+1
			}
			if v, ok := g.index.get(string(key)); !ok || v&1 == 0 {
				break
			}
		}
		if bestKey < 0 {
			i++
			continue
		}
		dst = append(dst, Match{Start: toks[i].start, End: bestEnd, Key: g.index.str(bestKey), k: bestKey})
		i = bestNext
	}
	return dst
}

// FuzzMatcher checks the lazy matcher against refMatch, with and without
// Capitalized, reusing one Matcher across inputs as callers do.
func FuzzMatcher(f *testing.F) {
	for _, s := range []string{"in Hyesan, Ryanggang", "North Pyongan Province", "혜산시에서 north Korea Bay", "Rajin-Sonbong",
		"P’yŏngyang’s", "north north North Korea", "the Yalu River and North", "NORTH PYONGAN"} {
		f.Add(s)
	}
	g := tiny()
	ms := []*Matcher{g.NewMatcher(MatchOptions{}), g.NewMatcher(MatchOptions{Capitalized: true})}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range ms {
			got := m.Match(s, nil)
			want := refMatch(g, m.opts, s)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("Matcher%+v.Match(%q) = %v, want %v", m.opts, s, got, want)
			}
		}
	})
}
