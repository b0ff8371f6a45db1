package events

import (
	"cmp"
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
type wordFlags uint32

const (
	flagOrgHead wordFlags = 1 << iota
	flagSubordinator
	flagClauseOpener
	flagDirective
	flagTold        // "told", "informed": see toldWhom
	flagAnd         // "and"
	flagThat        // "that"
	flagSaid        // "said", "says": see addStatement
	flagDeliberate  // deliberationVerbs: see clauses
	flagStarts      // the first word of a phrase of a matcher
	flagActorStart  // the first word of a phrase of the actor matcher
	flagOutletStart // the first word of a phrase of the outlet matcher

	// Sets that the per-token loops of the rules consult for many tokens
	// (v.is instead of a map lookup, which cost five to ten times as much).
	flagSend        // sendVerbs: see sendsTo
	flagNegator     // negators
	flagExist       // existVerbs
	flagMeans       // meansVerbs: see notHappening
	flagAim         // aimGerunds
	flagConsequence // consequenceVerbs
	flagTally       // tallyWords
	flagDistinct    // distinctWords: see distinctTold
	flagCommentator // commentators: see commentary
	flagAdvocacy    // advocacyNouns
	flagDenial      // denials: see modality
	flagThreat      // threats
	flagPlan        // plans
	flagOngoing     // ongoingWords
	flagBe          // beForms
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
	{flagTold, toldWords},
	{flagAnd, map[string]bool{"and": true}},
	{flagThat, map[string]bool{"that": true}},
	{flagSaid, saidVerbs},
	{flagDeliberate, deliberationVerbs},
	{flagSend, sendVerbs},
	{flagNegator, negators},
	{flagExist, existVerbs},
	{flagMeans, meansVerbs},
	{flagAim, aimGerunds},
	{flagConsequence, consequenceVerbs},
	{flagTally, tallyWords},
	{flagDistinct, distinctWords},
	{flagCommentator, commentators},
	{flagAdvocacy, advocacyNouns},
	{flagDenial, denials},
	{flagThreat, threats},
	{flagPlan, plans},
	{flagOngoing, ongoingWords},
	{flagBe, beForms},
}

// toldWords are the verbs after which toldWhom looks for a name.
var toldWords = map[string]bool{"told": true, "informed": true}

// A wordTable gives ids to the words the matchers start with and to the
// words of the flagged sets. It is immutable once built.
type wordTable struct {
	ids   map[string]int32
	flags []wordFlags // by id
	words []string    // by id
	// An open-addressing index of the words by wordHash, for the
	// tokenizer: cheaper than the map, as the tokenizer hashes while it
	// scans. A power of two, at most half full.
	slots []wordSlot
}

// A wordSlot is a slot of the tokenizer's index: a word's key, id and
// flags in 16 bytes, so that looking a word up reads one cache line. The
// index was a table of ids, then a table of keys by id and one of flags:
// a word found cost three cache misses when the tables had left the cache,
// as they do between the events stage's sentences.
type wordSlot struct {
	key   uint64 // packShort of a word of at most seven bytes, else longKey of its hash; 0 in a free slot
	id    int32  // widNone in a free slot
	flags wordFlags
}

// longKey is a word table key of a word of eight bytes or more whose
// wordHash is h: the length byte 0xff sets it apart from every packShort.
// Words with the same key are told apart by comparing them.
func longKey(h uint32) uint64 { return 0xff<<56 | uint64(h) }

// packShort packs a word of at most seven bytes and its length into one
// integer: the bytes in the low seven bytes, the length in the high one.
// Two words get the same integer only when they are the same.
func packShort(w string) uint64 {
	x := uint64(len(w)) << 56
	for i := 0; i < len(w); i++ {
		x |= uint64(w[i]) << (8 * i)
	}
	return x
}

// wordHash returns the hash of w that lookup takes: a mix of its length
// and its first two and last two bytes, which the tokenizer knows without
// looking at the bytes between (the table's words differ enough there).
func wordHash(w string) uint32 {
	if w == "" {
		return 0
	}
	n := len(w)
	return mixWord(n, w[0], w[min(1, n-1)], w[max(n-2, 0)], w[n-1])
}

// mixWord hashes a word of n bytes by its first two and last two bytes.
func mixWord(n int, a, b, y, z byte) uint32 {
	h := uint32(n)*0x9e3779b1 ^ uint32(a)<<24 ^ uint32(b)<<16 ^ uint32(y)<<8 ^ uint32(z)
	h *= 0x85ebca6b
	return h ^ h>>15
}

// lookup returns the id and flags of w, whose wordHash is h, or widUnknown
// and no flags.
func (t *wordTable) lookup(w string, h uint32) (int32, wordFlags) {
	if len(w) < 8 {
		return t.lookupShort(packShort(w), h)
	}
	key := longKey(h)
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == widNone {
			return widUnknown, 0
		}
		if s.key == key && t.words[s.id] == w {
			return s.id, s.flags
		}
	}
}

// lookupShort is lookup for a word of at most seven bytes given as
// packShort(w): the hit is confirmed by one integer comparison, without
// reading the word's bytes elsewhere in memory.
func (t *wordTable) lookupShort(p uint64, h uint32) (int32, wordFlags) {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == widNone {
			return widUnknown, 0
		}
		if s.key == p {
			return s.id, s.flags
		}
	}
}

// buildIndex fills t.words and t.slots from t.ids and t.flags.
func (t *wordTable) buildIndex() {
	t.words = make([]string, len(t.flags))
	for w, id := range t.ids {
		t.words[id] = w
	}
	size := 16
	for size < 2*len(t.ids) {
		size *= 2
	}
	t.slots = make([]wordSlot, size)
	mask := uint32(size - 1)
	for id := widUnknown + 1; int(id) < len(t.words); id++ {
		w := t.words[id]
		h := wordHash(w)
		key := longKey(h)
		if len(w) < 8 {
			key = packShort(w)
		}
		i := h & mask
		for t.slots[i].id != widNone {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{key: key, id: id, flags: t.flags[id]}
	}
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
	// A sentence none of whose words starts a phrase of a matcher holds no
	// match of it: findActors asks the actor and outlet matchers only then.
	startFlags := map[*matcher]wordFlags{v.act: flagActorStart, v.out: flagOutletStart}
	for _, m := range ms {
		m.byID = make([][]int, n)
		for w, pis := range m.byFirst {
			m.byID[t.ids[w]] = pis
			t.flags[t.ids[w]] |= flagStarts | startFlags[m]
		}
		for i := range m.pats {
			for k := range m.pats[i].slots {
				s := &m.pats[i].slots[k]
				for w := range s.forms {
					s.ids = append(s.ids, t.ids[w])
				}
				slices.Sort(s.ids)
			}
			if p := &m.pats[i]; len(p.slots) > 1 && p.slots[0].gap == 0 && p.slots[1].gap == 0 {
				p.next = p.slots[1].ids
			}
			p := &m.pats[i]
			p.last = p.slots[len(p.slots)-1].ids
			for _, w := range p.last {
				p.lastSet.add(w)
			}
		}
		m.plain, m.paired = make([][]int32, n), make([][]pairPat, n)
		for w, pis := range m.byID {
			for _, pi := range pis {
				if next := m.pats[pi].next; next == nil {
					m.plain[w] = append(m.plain[w], int32(pi))
				} else {
					for _, w2 := range next {
						m.paired[w] = append(m.paired[w], pairPat{next: w2, pat: int32(pi)})
					}
				}
			}
			slices.SortFunc(m.paired[w], func(a, b pairPat) int {
				return cmp.Or(cmp.Compare(a.next, b.next), cmp.Compare(a.pat, b.pat))
			})
		}
		m.plainLast, m.plainLastAt, m.plainOne = nil, make([]int32, n), make([]int32, n)
		for w, pis := range m.plain {
			// The patterns of one slot first (collect tries them without
			// a test of their last word), each part in its old order.
			slices.SortStableFunc(pis, func(a, b int32) int {
				return cmp.Compare(min(len(m.pats[a].slots), 2), min(len(m.pats[b].slots), 2))
			})
			for _, pi := range pis {
				if len(m.pats[pi].slots) == 1 {
					m.plainOne[w]++
				}
			}
			m.plainLastAt[w] = -1
			var u widSet
			multi := 0
			for _, pi := range pis {
				if p := &m.pats[pi]; len(p.slots) > 1 {
					multi++
					for k := range u {
						u[k] |= p.lastSet[k]
					}
				}
			}
			if multi >= minPlainLast {
				m.plainLastAt[w] = int32(len(m.plainLast))
				m.plainLast = append(m.plainLast, u)
			}
		}
	}
	t.buildIndex()
	v.words = t
}

// minPlainLast is the fewest patterns of more than one slot a word must
// begin for collect to test the union of their last words first.
const minPlainLast = 3

// flagsOf returns the flags of t's word (without flagStarts when t has no
// id).
func (v *vocab) flagsOf(t *token) wordFlags {
	if t.wid != widNone {
		return v.words.flags[t.wid]
	}
	var f wordFlags
	for _, ws := range wordSets {
		if ws.set[t.low] {
			f |= ws.flag
		}
	}
	return f
}

// is reports whether t's word is in one of the sets whose flags f holds.
func (v *vocab) is(t token, f wordFlags) bool {
	if t.wid != widNone {
		return v.words.flags[t.wid]&f != 0
	}
	return inSets(t.low, f)
}

// inSets reports whether w is in one of the sets whose flags f holds.
func inSets(w string, f wordFlags) bool {
	for _, ws := range wordSets {
		if ws.flag&f != 0 && ws.set[w] {
			return true
		}
	}
	return false
}
