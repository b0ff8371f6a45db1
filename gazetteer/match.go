package gazetteer

import (
	"hash/maphash"
	"unicode"
	"unicode/utf8"

	"geotimeline/gazetteer/internal/norm"
)

// Match is one occurrence of an indexed name in a text: the byte span
// [Start, End) of the text as given, the normalized key that matched, and
// the IDs of the entries indexed under it, in Lookup order. A Matcher leaves
// IDs nil; AppendEntries gives the entries of any Match.
type Match struct {
	Start, End int
	Key        string
	IDs        []string

	k int32 // key number, valid when the gazetteer's key k is Key
}

// MatchOptions narrows what a Matcher reports. The zero value reports
// every indexed name, like Match.
type MatchOptions struct {
	// Capitalized reports only names whose first letter as written is not
	// lower case ("Hyesan", "HYESAN", "혜산", not "hyesan"); it makes
	// matching English text several times faster, since most of its words
	// cannot start a match.
	Capitalized bool
}

// A Matcher finds the indexed names of a gazetteer in texts, reusing its
// buffers from one call to the next. It is not safe for concurrent use;
// make one per goroutine (they are cheap).
type Matcher struct {
	g     *Gazetteer
	opts  MatchOptions
	toks  []mtok
	arena []byte
	key   []byte
	cache *lookupCache // made on the first lookup
}

// A lookupCache keeps the index's answers for the keys a Matcher looked up
// last: the capitalized words of news text that may start a name recur
// ("North", "Korea", "Kim", "The"), and a lookup in the index — tables of
// megabytes — misses the processor's caches two or three times, where
// this table of 32 KB stays in them. An entry holds its key, so an answer
// is the index's own.
type lookupCache [lookupSlots]lookupEntry

const (
	lookupSlots  = 1024
	lookupKeyLen = 26 // the longest key kept
)

type lookupEntry struct {
	n   uint8 // length of the key + 1; 0 for an empty entry
	ok  bool  // whether the index holds the key
	val int32
	key [lookupKeyLen]byte
}

// lookup returns the index's value of key (keyIndex.getBytes), from the
// cache when it can.
func (m *Matcher) lookup(key []byte) (int32, bool) {
	ix := &m.g.index
	if len(key) > lookupKeyLen {
		return ix.getBytes(key)
	}
	if m.cache == nil {
		m.cache = new(lookupCache)
	}
	h := maphash.Bytes(ix.seed, key)
	e := &m.cache[h>>32%lookupSlots]
	if int(e.n) == len(key)+1 && string(e.key[:len(key)]) == string(key) {
		return e.val, e.ok
	}
	v, ok := ix.getHashed(key, h)
	e.n, e.ok, e.val = uint8(len(key)+1), ok, v
	copy(e.key[:], key)
	return v, ok
}

// NewMatcher returns a Matcher over g.
func (g *Gazetteer) NewMatcher(opts MatchOptions) *Matcher {
	return &Matcher{g: g, opts: opts}
}

// mtok is one token of the text being matched.
type mtok struct {
	start, end int // bytes of the text
	ns, ne     int // its normal form in the arena; ns < 0 until normalized
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
	var m Matcher
	m.g = g
	out := m.Match(text, nil)
	for i := range out {
		ids := g.idsOf(out[i].k)
		out[i].IDs = make([]string, len(ids))
		for k, e := range ids {
			out[i].IDs[k] = g.entries.id(e)
		}
	}
	return out
}

// Match appends to dst the matches of text, as Gazetteer.Match finds them
// but narrowed by the Matcher's options, and with IDs left nil.
//
// Tokens are read as the search needs them and dropped once it has moved
// past them, so that a text of mostly lower-case words costs little more
// than one pass of the tokenizer.
func (m *Matcher) Match(text string, dst []Match) []Match {
	g := m.g
	m.toks, m.arena = m.toks[:0], m.arena[:0]
	next := 0 // where the tokenizer goes on
	// tok returns token k of m.toks, reading more of the text as needed.
	tok := func(k int) (*mtok, bool) {
		for k >= len(m.toks) {
			t, n, ok := norm.Next(text, next)
			if !ok {
				return nil, false
			}
			next = n
			m.toks = append(m.toks, mtok{t.Start, t.End, -1, -1, t.Class != norm.Word})
		}
		return &m.toks[k], true
	}
	key := m.key
	defer func() { m.key = key }()
	for i := 0; ; {
		if i == len(m.toks) {
			// Every token read is behind the search: start the buffers
			// over, and read on to the next token that may start a name.
			m.toks, m.arena, i = m.toks[:0], m.arena[:0], 0
			for {
				if m.opts.Capitalized {
					next = norm.SkipLower(text, next)
				}
				t, n, ok := norm.Next(text, next)
				if !ok {
					return dst
				}
				next = n
				if m.opts.Capitalized && t.Class == norm.Word && lowerAt(text, t.Start) {
					continue
				}
				m.toks = append(m.toks, mtok{t.Start, t.End, -1, -1, t.Class != norm.Word})
				break
			}
		}
		first := &m.toks[i]
		if m.opts.Capitalized && !first.cjk && lowerAt(text, first.start) {
			i++
			continue
		}
		bestEnd, bestKey, bestNext := -1, int32(-1), 0
		key = key[:0]
		for j := i; ; j++ {
			t, ok := tok(j)
			if !ok {
				break
			}
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
					if v, ok := m.lookup(key); ok && v >= 0 {
						bestEnd, bestKey, bestNext = t.start+k, v>>1, j+1
						break
					}
					_, n := utf8.DecodeLastRuneInString(raw[:k])
					k -= n
				}
			}
			if t.ns < 0 {
				t.ns = len(m.arena)
				m.arena = norm.AppendToken(m.arena, text, norm.Token{Start: t.start, End: t.end, Class: classOf(t.cjk)})
				t.ne = len(m.arena)
			}
			if t.ne == t.ns {
				break // a token of marks only: no key holds it
			}
			key = append(key[:base], m.arena[t.ns:t.ne]...)
			if len(key) > g.maxKey {
				break
			}
			v, ok := m.lookup(key)
			if !ok {
				break // neither a key nor a prefix
			}
			if v >= 0 {
				bestEnd, bestKey, bestNext = t.end, v>>1, j+1
			}
			if v&1 == 0 {
				break // no key goes on from here
			}
		}
		if bestKey < 0 {
			i++
			continue
		}
		dst = append(dst, Match{Start: m.toks[i].start, End: bestEnd, Key: g.index.str(bestKey), k: bestKey})
		i = bestNext
	}
}

// lowerAt reports whether the letter at byte i of text is lower case.
func lowerAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
}

// classOf returns the norm class of a token: Word, or a caseless script
// (which AppendToken copies as written whatever the exact class).
func classOf(cjk bool) norm.Class {
	if cjk {
		return norm.Hangul
	}
	return norm.Word
}

// AppendEntries appends to dst the entries of a match, in Lookup order. A
// Match made by another gazetteer, or by hand, is looked up by its Key.
func (g *Gazetteer) AppendEntries(dst []Entry, m Match) []Entry {
	k := m.k
	if k < 0 || int(k) >= g.numKeys || g.index.str(k) != m.Key {
		var ok bool
		if k, ok = g.keyNum(m.Key); !ok {
			return dst
		}
	}
	for _, e := range g.idsOf(k) {
		dst = append(dst, g.entries.at(e))
	}
	return dst
}
