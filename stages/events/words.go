package events

import (
	"slices"
	"sort"
)

// Word ids. Every token of a sentence is looked up once in the vocabulary's
// word table (interned); the phrase matchers and the word sets that the
// per-token loops consult then index slices by id instead of hashing the
// word again for each of them.
const (
	widNone    int32 = 0 // not interned: consult the maps
	widUnknown int32 = 1 // interned, in no table
)

// wordFlags are the word sets a token's id answers for.
type wordFlags uint8

const (
	flagOrgHead wordFlags = 1 << iota
	flagSubordinator
	flagClauseOpener
	flagDirective
)

// wordSets pairs each flag with the set it stands for.
var wordSets = []struct {
	flag wordFlags
	set  map[string]bool
}{
	{flagOrgHead, orgHeads},
	{flagSubordinator, subordinators},
	{flagClauseOpener, clauseOpeners},
	{flagDirective, directiveVerbs},
}

// A wordTable gives ids to the words the matchers start with and to the
// words of the flagged sets. It is immutable once built.
type wordTable struct {
	ids   map[string]int32
	flags []wordFlags // by id
}

// buildWords fills v.words and the matchers' id indexes; it runs once, after
// the matchers are complete.
func (v *vocab) buildWords() {
	ms := []*matcher{v.trig, v.act, v.out}
	seen := map[string]bool{}
	for _, m := range ms {
		for _, p := range m.pats {
			for _, s := range p.slots {
				for w := range s.forms {
					seen[w] = true
				}
			}
		}
	}
	for _, ws := range wordSets {
		for w := range ws.set {
			seen[w] = true
		}
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	sort.Strings(words)
	n := int32(len(words)) + widUnknown + 1
	t := wordTable{ids: make(map[string]int32, len(words)), flags: make([]wordFlags, n)}
	for i, w := range words {
		id := int32(i) + widUnknown + 1
		t.ids[w] = id
		for _, ws := range wordSets {
			if ws.set[w] {
				t.flags[id] |= ws.flag
			}
		}
	}
	for _, m := range ms {
		m.byID = make([][]int, n)
		for w, pis := range m.byFirst {
			m.byID[t.ids[w]] = pis
		}
		for i := range m.pats {
			for k := range m.pats[i].slots {
				s := &m.pats[i].slots[k]
				for w := range s.forms {
					s.ids = append(s.ids, t.ids[w])
				}
				slices.Sort(s.ids)
			}
		}
	}
	v.words = t
}

// intern sets the word id of each token.
func (v *vocab) intern(toks []token) {
	for i := range toks {
		id, ok := v.words.ids[toks[i].low]
		if !ok {
			id = widUnknown
		}
		toks[i].wid = id
	}
}

// is reports whether t's word is in the set that f stands for.
func (v *vocab) is(t token, f wordFlags) bool {
	if t.wid != widNone {
		return v.words.flags[t.wid]&f != 0
	}
	for _, ws := range wordSets {
		if ws.flag == f {
			return ws.set[t.low]
		}
	}
	return false
}
