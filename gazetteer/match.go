package gazetteer

import (
	"unicode/utf8"

	"geotimeline/gazetteer/internal/norm"
)

// Match is one occurrence of an indexed name in a text: the byte span
// [Start, End) of the text as given, the normalized key that matched, and
// the IDs of the entries indexed under it, in Lookup order.
type Match struct {
	Start, End int
	Key        string
	IDs        []string
}

// mtok is one token of the text being matched.
type mtok struct {
	start, end int // bytes of the text
	ns, ne     int // its normal form in the arena
	cjk        bool
}

// Match returns the leftmost-longest, non-overlapping, token-aligned
// occurrences of indexed names in text, sorted by Start. Matching is on
// normalized tokens, so it ignores case and diacritics: the caller decides
// whether "pyongyang" in lower case counts. A Hangul or Han token may end in
// the middle, at a character boundary, because Korean and Chinese attach
// particles and suffixes without a space (혜산시에서 matches 혜산시).
//
// The text is tokenized once; from each token start the candidate grows one
// token at a time while it is a prefix of some key, so the cost is linear in
// the text times the longest key.
func (g *Gazetteer) Match(text string) []Match {
	toks := make([]mtok, 0, len(text)/6+1)
	arena := make([]byte, 0, len(text))
	norm.Scan(text, func(t norm.Token) {
		n := len(arena)
		arena = norm.AppendToken(arena, text, t)
		if len(arena) > n {
			toks = append(toks, mtok{t.Start, t.End, n, len(arena), t.Class != norm.Word})
		}
	})

	var out []Match
	var key []byte
	for i := 0; i < len(toks); {
		bestEnd, bestKey, bestNext := -1, int32(-1), 0
		key = key[:0]
		for j := i; j < len(toks); j++ {
			t := toks[j]
			if j > i {
				key = append(key, ' ')
			}
			base := len(key)
			if t.cjk {
				// A key may end inside this token: try its prefixes,
				// longest first, from the longest key length down.
				raw := text[t.start:t.end]
				k := len(raw) // the whole token is tried below
				_, n := utf8.DecodeLastRuneInString(raw)
				k -= n
				for k > 0 && base+k > g.maxKey { // no key is longer
					_, n := utf8.DecodeLastRuneInString(raw[:k])
					k -= n
				}
				for k > 0 {
					key = append(key[:base], raw[:k]...)
					if n, ok := g.keyIdx[string(key)]; ok {
						bestEnd, bestKey, bestNext = t.start+k, n, j+1
						break
					}
					_, n := utf8.DecodeLastRuneInString(raw[:k])
					k -= n
				}
			}
			key = append(key[:base], arena[t.ns:t.ne]...)
			if n, ok := g.keyIdx[string(key)]; ok {
				bestEnd, bestKey, bestNext = t.end, n, j+1
			}
			if _, ok := g.prefixes[string(key)]; !ok {
				break
			}
		}
		if bestKey < 0 {
			i++
			continue
		}
		ids := g.idsOf(bestKey)
		m := Match{Start: toks[i].start, End: bestEnd, Key: g.keys[bestKey], IDs: make([]string, len(ids))}
		for k, e := range ids {
			m.IDs[k] = g.entries[e].ID
		}
		out = append(out, m)
		i = bestNext
	}
	return out
}
