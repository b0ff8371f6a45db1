package events

import (
	"cmp"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"geotimeline/internal/swar"
)

// A token is a run of letters or digits of the document text.
type token struct {
	start, end int    // byte offsets into the document text
	text       string // as written
	low        string // lower-cased
	// soft reports whether the gap before this token holds only spaces,
	// hyphens, apostrophes or slashes, so that a phrase may run across it.
	soft bool
	// comma reports a gap before this token of one comma and spaces: an
	// aside may open or close there (see skipAside).
	comma bool
	// quoted reports a gap before this token of spaces and one opening
	// double quote: the first word of a quoted phrase, which a pattern's
	// gap may skip ("expressed "deep regret"").
	quoted bool
	// hyphen reports a gap before this token of one hyphen ("Soon-hee").
	hyphen bool
	wid    int32 // word id (see words.go), widNone until interned
}

// tokenize splits text[start:end] of doc into tokens.
func tokenize(doc string, start, end int) []token {
	var z tokenizer
	return z.appendTokens(nil, doc, start, end)
}

// ASCII byte classes for the tokenizer.
const (
	byteGap   = iota // not part of a word
	byteWord         // a lower-case letter or a digit
	byteUpper        // an upper-case letter
	byteCut          // ; : " — a mark clauses cut at
)

// asciiClass classifies the ASCII bytes.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := '0'; b <= '9'; b++ {
		c[b] = byteWord
	}
	for b := 'a'; b <= 'z'; b++ {
		c[b] = byteWord
		c[b-'a'+'A'] = byteUpper
	}
	c[';'], c[':'], c['"'] = byteCut, byteCut, byteCut
	return c
}()

// isWordRune reports whether a non-ASCII rune belongs to tokens.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// A tokenizer splits texts into tokens. Its zero value gives tokens
// without word ids.
type tokenizer struct {
	lw    lowerer    // makes the tokens' lower-case forms
	words *wordTable // gives the tokens' word ids; nil: widNone
	// After each appendTokens call: the flags of the words of its tokens
	// and the indices (from the call's first token) of the tokens whose
	// word begins a phrase of a matcher (when words is set); the offsets
	// of the semicolons, colons, quotation marks (" “ ”) and dashes (– —)
	// of the span, which lie between its tokens, and whether one was a
	// dash.
	seen   wordFlags
	starts []int
	cuts   []int
	dashed bool
}

// appendTokens appends the tokens of doc[start:end] to toks: maximal runs
// of letters, digits and combining marks, with their lower-case forms
// (strings.ToLower), their word ids (widUnknown for a word not in
// z.words) and whether the gap before each is soft.
func (z *tokenizer) appendTokens(toks []token, doc string, start, end int) []token {
	words := z.words
	z.seen, z.starts, z.cuts, z.dashed = 0, z.starts[:0], z.cuts[:0], false
	first := len(toks)
	gapStart := start
	for i := start; i < end; {
		// The gap: bytes and runes that are not part of a word.
		if c := doc[i]; c == ' ' {
			i++ // the commonest gap byte: passed over first
			continue
		} else if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case byteGap:
				i++
				continue
			case byteCut:
				z.cuts = append(z.cuts, i)
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(doc[i:]); !isWordRune(r) {
			// “ ” – — as punctCuts finds them: whole, before end.
			if (r == '“' || r == '”' || r == '–' || r == '—') && i+n <= end {
				z.cuts = append(z.cuts, i)
				z.dashed = z.dashed || r == '–' || r == '—'
			}
			i += n
			continue
		}
		// A word: letters, digits and combining marks.
		tokStart := i
		ascii, upper := true, false
	word:
		for i < end {
			if i+8 <= end {
				// Runs of lower-case letters and digits, eight bytes at a
				// time; the byte that ends one is looked at below.
				if m := notLowerOrDigit(swar.Load(doc, i)); m == 0 {
					i += 8
					continue
				} else {
					i += bits.TrailingZeros64(m) >> 3
				}
			}
			if c := doc[i]; c < utf8.RuneSelf {
				switch asciiClass[c] {
				case byteWord:
				case byteUpper:
					upper = true
				default:
					break word
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(doc[i:])
			if !isWordRune(r) {
				break
			}
			ascii = false
			i += n
		}
		if i > end {
			i = end // a rune running past end is cut there
		}
		t := token{start: tokStart, end: i, text: doc[tokStart:i]}
		if ascii && !upper {
			t.low = t.text
		} else {
			t.low = z.lw.lower(t.text, ascii)
		}
		if len(toks) > first {
			t.soft = tokStart-gapStart == 1 && doc[gapStart] == ' ' || softGap(doc[gapStart:tokStart]) ||
				dottedGap(doc, start, toks[len(toks)-1], gapStart, t)
			t.comma = !t.soft && commaGap(doc[gapStart:tokStart])
			t.quoted = !t.soft && !t.comma && quoteOpenGap(doc[gapStart:tokStart])
			t.hyphen = tokStart-gapStart == 1 && doc[gapStart] == '-'
		}
		if words != nil {
			var f wordFlags
			if w := t.text; ascii {
				// wordHash(t.low): c|0x20 lowers an ASCII letter or digit.
				n := len(w)
				h := mixWord(n, w[0]|0x20, w[min(1, n-1)]|0x20, w[max(n-2, 0)]|0x20, w[n-1]|0x20)
				if n < 8 && tokStart+8 <= len(doc) {
					// packShort(t.low) from the eight bytes at the
					// token, lowered the same way.
					p := (swar.Load(doc, tokStart)|0x2020202020202020)&(1<<(8*n)-1) | uint64(n)<<56
					t.wid, f = words.lookupShort(p, h)
				} else {
					t.wid, f = words.lookup(t.low, h)
				}
			} else {
				t.wid, f = words.lookup(t.low, wordHash(t.low))
			}
			z.seen |= f
			if f&flagStarts != 0 {
				z.starts = append(z.starts, len(toks)-first)
			}
		}
		toks = append(toks, t)
		gapStart = i
	}
	return toks
}

// notLowerOrDigit returns the high bits of the bytes of x (eight text
// bytes, the first in the low byte) that are not an ASCII lower-case letter
// or digit.
func notLowerOrDigit(x uint64) uint64 {
	const ones = swar.Ones
	low := x & (ones * 0x7f) // each byte below 0x80: the additions carry into no other byte
	geA := low + ones*(0x80-'a')
	gtZ := low + ones*(0x80-'z'-1)
	ge0 := low + ones*(0x80-'0')
	gt9 := low + ones*(0x80-'9'-1)
	word := (geA&^gtZ | ge0&^gt9) &^ x
	return ^word & swar.Highs
}

// A lowerer makes the lower-case forms of one document's tokens. Those of
// ASCII words are written to one growing buffer and returned as slices of
// it: a strings.Builder never changes the bytes it has handed out.
type lowerer struct {
	b strings.Builder
}

// lower returns strings.ToLower(w) for a token w that holds an upper-case
// letter, or that is not ASCII when ascii is false.
func (l *lowerer) lower(w string, ascii bool) string {
	if !ascii || len(w) > 64 {
		return strings.ToLower(w)
	}
	var buf [64]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	n := l.b.Len()
	l.b.Write(buf[:len(w)])
	return l.b.String()[n:]
}

// countTokens returns the number of tokens in doc[start:end], counting no
// further than limit.
func countTokens(doc string, start, end, limit int) int {
	n := 0
	inTok := false
	for i := start; i < end && n < limit; {
		var word bool
		size := 1
		if c := doc[i]; c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(doc[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		}
		if word && !inTok {
			n++
		}
		inTok = word
		i += size
	}
	return n
}

// softGap reports whether a gap between two tokens lets a phrase continue.
func softGap(g string) bool {
	for _, r := range g {
		switch {
		case unicode.IsSpace(r):
		case r == '-' || r == '\'' || r == '’' || r == '‘' || r == '‐' || r == '/':
		default:
			return false
		}
	}
	return true
}

// dottedGap reports a gap at a full stop that ends no sentence and that a
// phrase runs across: an initialism's (initialismGap) or an abbreviated
// month's before its day ("Imagery from Oct. 7 shows", as from "October 7").
func dottedGap(doc string, start int, prev token, gapStart int, t token) bool {
	return initialismGap(doc, start, prev, gapStart, t) || monthGap(doc, prev, gapStart, t)
}

// monthGap reports the gap of ". " between an abbreviated month, as written
// ("Oct", "Sept"), and a number.
func monthGap(doc string, prev token, gapStart int, t token) bool {
	if doc[gapStart] != '.' || t.text[0] < '0' || t.text[0] > '9' || strings.Trim(doc[gapStart+1:t.start], " ") != "" || gapStart+1 == t.start {
		return false
	}
	switch prev.text {
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// initialismGap reports a gap inside or right after an initialism written
// with full stops ("U.S.", "U.N.", "D.P.R.K."), which a phrase runs across
// as it does across "US": "met U.S. President Donald Trump", "the U.N.
// Security Council adopted". prev is the token before the gap, which starts
// at gapStart; t the token after it; start the start of the span tokenized,
// before which nothing is read.
func initialismGap(doc string, start int, prev token, gapStart int, t token) bool {
	if len(prev.text) != 1 || !isUpperByte(prev.text[0]) || doc[gapStart] != '.' {
		return false
	}
	g := doc[gapStart+1 : t.start]
	if g == "" {
		return len(t.text) == 1 && isUpperByte(t.text[0]) // the "." of "U.S"
	}
	if strings.Trim(g, " ") != "" {
		return false
	}
	// After the initialism's last full stop: the letter before prev is
	// one too ("U.S. President", not "John F. Kennedy").
	k := prev.start
	return k-2 >= start && doc[k-1] == '.' && isUpperByte(doc[k-2]) && (k-2 == start || !isASCIILetter(doc[k-3]))
}

func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }

// functionWords never inflect in the lexicon.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "on": true, "in": true,
	"off": true, "up": true, "down": true, "out": true, "their": true, "its": true,
	"across": true, "against": true, "and": true, "or": true, "with": true, "by": true,
	"from": true, "at": true, "into": true, "under": true, "for": true, "over": true,
	"his": true, "her": true,
}

// inflect returns the word forms a lexicon word matches: the word and its
// regular inflections. Over-generation is harmless: a non-word never occurs.
func inflect(w string) []string {
	if functionWords[w] || len(w) < 3 {
		return []string{w}
	}
	forms := []string{w, w + "s", w + "es", w + "ed", w + "ing"}
	last := w[len(w)-1]
	if last == 'e' {
		forms = append(forms, w+"d", w[:len(w)-1]+"ing")
	}
	if last == 'y' && !isVowel(w[len(w)-2]) {
		forms = append(forms, w[:len(w)-1]+"ies", w[:len(w)-1]+"ied")
	}
	if !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(w[len(w)-2]) && !isVowel(w[len(w)-3]) {
		forms = append(forms, w+string(last)+"ed", w+string(last)+"ing")
	}
	return forms
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// A slot is one position of a phrase pattern.
type slot struct {
	forms     map[string]bool // lower-cased forms the token may take
	ids       []int32         // the forms' word ids, once the vocabulary is complete
	exactCase string          // when set, the token text must equal it (acronyms)
	gap       int             // when > 0, the slot skips up to gap tokens
}

// A pattern is a phrase of the lexicon, the actors or the outlets.
type pattern struct {
	slots []slot
	value int // index of the entry the pattern stands for
	// next, once the vocabulary is complete, holds the word ids of the
	// second slot when the first two slots are words; nil otherwise.
	next []int32
	// last holds the word ids of the last slot, once the vocabulary is
	// complete: a sentence none of whose words is in it has no match.
	// lastSet files them as a widSet, a quicker first test.
	last    []int32
	lastSet widSet
}

// A widSet is a set of word ids, each id standing for all those filed
// under the same of its 512 bits: a filter with false positives only.
type widSet [8]uint64

// add files w under one of 512 bits, by a multiplicative hash: ids are
// given in alphabetical order, and filing them by their low bits put
// words that begin alike together.
func (s *widSet) add(w int32) {
	h := uint32(w) * 0x9e3779b1 >> 23
	s[h>>6] |= 1 << (h & 63)
}

// meets reports whether s and o share an id (or two ids share a bit).
func (s *widSet) meets(o *widSet) bool {
	return s[0]&o[0]|s[1]&o[1]|s[2]&o[2]|s[3]&o[3]|s[4]&o[4]|s[5]&o[5]|s[6]&o[6]|s[7]&o[7] != 0
}

// wordMarks tells which word ids the tokens of a sentence hold, exactly:
// id is among them when mark[id] == stamp.
type wordMarks struct {
	mark  []uint32 // by word id
	stamp uint32
	all   bool // a token has no id: every pattern may match
}

// set marks the word ids of toks, of a vocabulary of n ids, and returns
// them as a widSet too, leaving out widUnknown: a pattern's words all have
// ids of their own, and widUnknown's bit, set by nearly every sentence,
// would let every pattern whose last word shares it pass.
func (w *wordMarks) set(toks []token, n int) (ws widSet) {
	if len(w.mark) < n {
		w.mark = make([]uint32, n)
	}
	if w.stamp++; w.stamp == 0 { // wrapped: older marks could read as new
		clear(w.mark)
		w.stamp = 1
	}
	w.all = false
	for k := range toks {
		id := toks[k].wid
		if id == widNone {
			w.all = true
			return allWids
		}
		w.mark[id] = w.stamp
		if id != widUnknown {
			ws.add(id)
		}
	}
	return ws
}

// allWids is the widSet that meets every other.
var allWids = widSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// anyOf reports whether the marked sentence holds one of ids.
func (w *wordMarks) anyOf(ids []int32) bool {
	if w.all {
		return true
	}
	for _, id := range ids {
		if w.mark[id] == w.stamp {
			return true
		}
	}
	return false
}

// A matcher finds token-aligned phrase patterns.
type matcher struct {
	pats    []pattern
	byFirst map[string][]int // form of the first slot → pattern indices, in insertion order
	byID    [][]int          // byFirst by word id, once the vocabulary is complete
	// byID split by the second slot, for collect: plain[w] holds the
	// patterns of byID[w] without next, paired[w] those with, once for
	// each id of their next, ordered by that id and then by pattern.
	plain    [][]int32
	plainOne []int32 // plain[w][:plainOne[w]] are the patterns of one slot
	paired   [][]pairPat
	// plainLast[plainLastAt[w]] is the union of the lastSets of the
	// patterns of plain[w] of more than one slot, for the words that
	// begin many (plainLastAt[w] < 0 for the others): a sentence that
	// meets none of their last words is told so by one test.
	plainLast   []widSet
	plainLastAt []int32
	// reject, when set, vetoes a match over toks[first:last+1] before
	// overlaps are resolved, so that a shorter reading can win.
	reject func(toks []token, first, last int) bool
	// classes are the word classes a phrase may name as "@name" (the
	// lexicon's %class lines): the slot matches any of the class's words.
	classes map[string][]string
}

// maxGap is the widest "..N" gap a phrase may hold.
const maxGap = 12

func newMatcher() *matcher { return &matcher{byFirst: map[string][]int{}} }

// add registers a phrase. Words are split on whitespace; "..." is a gap of
// up to three tokens, "..N" (1 ≤ N ≤ maxGap) one of up to N tokens; "=word" matches that form only;
// "@name" matches any word of the class name, as written; when inflecting is false
// every word matches as written (case-insensitive unless it is an acronym).
func (m *matcher) add(phrase string, value int, inflecting bool) bool {
	var p pattern
	p.value = value
	for _, raw := range strings.Fields(phrase) {
		if raw == "..." {
			if len(p.slots) == 0 {
				return false
			}
			p.slots = append(p.slots, slot{gap: 3})
			continue
		}
		if digits, ok := strings.CutPrefix(raw, ".."); ok {
			n, err := strconv.Atoi(digits)
			if err != nil || n < 1 || n > maxGap || len(p.slots) == 0 {
				return false // "..12" read as a word once went unnoticed
			}
			p.slots = append(p.slots, slot{gap: n})
			continue
		}
		if name, ok := strings.CutPrefix(raw, "@"); ok {
			words, known := m.classes[name]
			if !known {
				return false
			}
			s := slot{forms: map[string]bool{}}
			for _, w := range words {
				s.forms[w] = true
			}
			p.slots = append(p.slots, s)
			continue
		}
		exact := !inflecting
		if strings.HasPrefix(raw, "=") {
			exact, raw = true, raw[1:]
		}
		// A written word may hold several tokens ("Jong-un", "People's").
		sub := tokenize(raw, 0, len(raw))
		if len(sub) == 0 {
			return false
		}
		for k, t := range sub {
			s := slot{forms: map[string]bool{}}
			if !inflecting && isAcronym(t.text) {
				s.exactCase = t.text
			}
			if exact || k < len(sub)-1 {
				s.forms[t.low] = true
			} else {
				for _, f := range inflect(t.low) {
					s.forms[f] = true
				}
			}
			p.slots = append(p.slots, s)
		}
	}
	if len(p.slots) == 0 || p.slots[len(p.slots)-1].gap > 0 {
		return false
	}
	idx := len(m.pats)
	m.pats = append(m.pats, p)
	firsts := make([]string, 0, len(p.slots[0].forms))
	for f := range p.slots[0].forms {
		firsts = append(firsts, f)
	}
	sort.Strings(firsts)
	for _, f := range firsts {
		m.byFirst[f] = append(m.byFirst[f], idx)
	}
	return true
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// A match is a pattern found over toks[first:last+1].
type match struct {
	first, last int // token indices, inclusive
	start, end  int // byte offsets into the document text
	value       int
	pat         int
}

// findScratch holds the buffers of appendFind, reused from call to call.
type findScratch struct {
	all   []match
	used  []bool
	marks wordMarks
}

// appendFind appends the non-overlapping matches of m in toks to dst, in
// text order, using sc's buffers for its work. Where matches overlap the one
// covering more tokens wins, then the earlier, then the one added first.
func (m *matcher) appendFind(dst []match, toks []token, sc *findScratch) []match {
	all := sc.all[:0]
	ws := lazyWids{marks: &sc.marks}
	for i := range toks {
		all = m.collect(all, toks, i, &ws)
	}
	return m.choose(dst, all, len(toks), sc)
}

// appendFindAt is appendFind for tokens of which only those at the indices
// at (ascending) may begin a match.
func (m *matcher) appendFindAt(dst []match, toks []token, at []int, sc *findScratch) []match {
	all := sc.all[:0]
	ws := lazyWids{marks: &sc.marks}
	for _, i := range at {
		// A word that begins phrases of the other matchers only begins
		// none here (collect would find no pattern to try).
		if w := toks[i].wid; m.byID != nil && w != widNone && m.byID[w] == nil {
			continue
		}
		all = m.collect(all, toks, i, &ws)
	}
	return m.choose(dst, all, len(toks), sc)
}

// lazyWids holds the word ids of a sentence's tokens, found when first
// asked for: most tokens that may begin a phrase of one matcher begin none
// of another.
type lazyWids struct {
	set   widSet
	marks *wordMarks
	made  bool
}

// holdsLast reports whether toks, of m's vocabulary, hold a word of p's
// last slot. The widSet rules out most patterns at once; the marks confirm
// the rest exactly (the widSet alone let through twice as many patterns
// without their last word as with it, each then tried word by word).
func (l *lazyWids) holdsLast(m *matcher, toks []token, p *pattern) bool {
	return p.lastSet.meets(l.wids(m, toks)) && l.marks.anyOf(p.last)
}

// wids returns the widSet of toks, of m's vocabulary, made on the first call.
func (l *lazyWids) wids(m *matcher, toks []token) *widSet {
	if !l.made {
		l.set, l.made = l.marks.set(toks, len(m.byID)), true
	}
	return &l.set
}

// collect appends the matches of m beginning at toks[i] to all; lw gives
// the word ids of toks. Its order does not matter: choose orders them.
func (m *matcher) collect(all []match, toks []token, i int, lw *lazyWids) []match {
	w := toks[i].wid
	n, joined := nextJoined(toks, i)
	if w == widNone || m.byID == nil || joined && toks[n].wid == widNone {
		return m.collectAll(all, toks, i)
	}
	// The patterns of one slot come first in plain[w]; one of more
	// slots whose last word the sentence does not hold cannot match, and
	// for a word that begins many, the union of their last words may rule
	// out all of them at once.
	ps, one := m.plain[w], m.plainOne[w]
	for _, pi := range ps[:one] {
		all = m.tryAt(all, toks, i, int(pi))
	}
	if k := m.plainLastAt[w]; len(ps) > int(one) && (k < 0 || m.plainLast[k].meets(lw.wids(m, toks))) {
		for _, pi := range ps[one:] {
			if lw.holdsLast(m, toks, &m.pats[pi]) {
				all = m.tryAt(all, toks, i, int(pi))
			}
		}
	}
	// A pattern with a next matches only when the next token is joined
	// softly and is one of its words: those are a run of paired[w].
	if ps := m.paired[w]; len(ps) > 0 && joined {
		w2 := toks[n].wid
		// Most runs are short: a linear search costs less than a binary one.
		k := 0
		if len(ps) > 8 {
			k, _ = slices.BinarySearchFunc(ps, w2, func(p pairPat, w2 int32) int { return cmp.Compare(p.next, w2) })
		} else {
			for k < len(ps) && ps[k].next < w2 {
				k++
			}
		}
		for ; k < len(ps) && ps[k].next == w2; k++ {
			if lw.holdsLast(m, toks, &m.pats[ps[k].pat]) {
				all = m.tryAt(all, toks, i, int(ps[k].pat))
			}
		}
	}
	return all
}

// A pairPat is a pattern with a next, filed under one word id of it.
type pairPat struct{ next, pat int32 }

// collectAll is collect trying every pattern that toks[i] may begin,
// filtered by next when the next token has a word id.
func (m *matcher) collectAll(all []match, toks []token, i int) []match {
	var pis []int
	if w := toks[i].wid; w != widNone && m.byID != nil {
		pis = m.byID[w]
	} else {
		pis = m.byFirst[toks[i].low]
	}
	n, joined := nextJoined(toks, i)
	for _, pi := range pis {
		if next := m.pats[pi].next; next != nil && (!joined || toks[n].wid != widNone && !slices.Contains(next, toks[n].wid)) {
			continue // the second word does not match: matchAt would fail
		}
		all = m.tryAt(all, toks, i, pi)
	}
	return all
}

// tryAt appends the match of pattern pi beginning at toks[i], if any.
func (m *matcher) tryAt(all []match, toks []token, i, pi int) []match {
	if last, ok := m.matchAt(m.pats[pi].slots, toks, i); ok && (m.reject == nil || !m.reject(toks, i, last)) {
		all = append(all, match{first: i, last: last, start: toks[i].start, end: toks[last].end, value: m.pats[pi].value, pat: pi})
	}
	return all
}

// choose appends to dst the matches of all (found over ntoks tokens, in
// token order) that win over those they overlap, in text order.
func (m *matcher) choose(dst, all []match, ntoks int, sc *findScratch) []match {
	sc.all = all[:0]
	switch len(all) {
	case 0:
		return dst
	case 1:
		return append(dst, all[0])
	}
	// (length, first, pattern) is unique to a match: the order is total.
	slices.SortFunc(all, func(a, b match) int {
		if la, lb := a.last-a.first, b.last-b.first; la != lb {
			return lb - la
		}
		if a.first != b.first {
			return a.first - b.first
		}
		return a.pat - b.pat
	})
	if cap(sc.used) < ntoks {
		sc.used = make([]bool, ntoks)
	}
	used := sc.used[:ntoks]
	clear(used)
	n := len(dst)
	for _, c := range all {
		free := true
		for k := c.first; k <= c.last; k++ {
			if used[k] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := c.first; k <= c.last; k++ {
			used[k] = true
		}
		dst = append(dst, c)
	}
	sortMatches(dst[n:])
	return dst
}

// sortMatches puts non-overlapping matches in text order.
func sortMatches(ms []match) {
	// Non-overlapping matches have distinct firsts: the order is total.
	slices.SortFunc(ms, func(a, b match) int { return a.first - b.first })
}

// matchAt tries slots against toks from index i and returns the index of the
// last token matched. Consecutive tokens of a match must be joined softly.
func (m *matcher) matchAt(slots []slot, toks []token, i int) (int, bool) {
	s := &slots[0] // pointers: copying the slot and the token cost more than the tests
	if s.gap > 0 {
		j := i
		for skip := 0; skip <= s.gap; skip++ {
			if skip > 0 {
				if j++; j < len(toks) && !toks[j].soft && !thousands(toks, j) {
					k, ok := skipAside(toks, j)
					if !ok {
						break
					}
					j = k // (an aside does not count against the gap)
				}
			}
			if j >= len(toks) {
				break
			}
			if last, ok := m.matchAt(slots[1:], toks, j); ok {
				return last, true
			}
		}
		return 0, false
	}
	if i >= len(toks) {
		return 0, false
	}
	t := &toks[i]
	var in bool
	if m.byID != nil && t.wid != widNone {
		in = slices.Contains(s.ids, t.wid)
	} else {
		in = s.forms[t.low]
	}
	if !in || (s.exactCase != "" && t.text != s.exactCase) {
		return 0, false
	}
	if len(slots) == 1 {
		return i, true
	}
	next, ok := nextJoined(toks, i)
	if !ok && slots[1].gap > 0 && i+1 < len(toks) && toks[i+1].quoted {
		next, ok = i+1, true // a gap may open with a quoted phrase
	}
	if !ok {
		return 0, false
	}
	return m.matchAt(slots[1:], toks, next)
}

// nextJoined returns the index of the token a phrase may continue with
// after toks[i]: the next one when the gap is soft, else the one after an
// aside (skipAside); ok is false when none may follow.
func nextJoined(toks []token, i int) (int, bool) {
	n := i + 1
	if n >= len(toks) {
		return 0, false
	}
	if toks[n].soft || thousands(toks, n) { // ("was trading at 3,400 won")
		return n, true
	}
	return skipAside(toks, n)
}

// haltVerbs call for an end to what follows them (as "an end to" does; not
// "end" alone: "In the end, police arrested", "a year-end crackdown").
var haltVerbs = map[string]bool{"halt": true, "stop": true, "cease": true}

// asideOpeners open an aside between commas that a phrase runs across:
// an apposition ("the city's Chaeha market, the largest in the province,
// was shut") or a participle phrase ("The order, issued in the name of
// the ministry, banned …"). Not a relative clause: it tells events of its
// own ("The woman, who was arrested in Yanji on March 3, was sent back").
var asideOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"issued": true, "signed": true, "posted": true, "located": true, "known": true, "called": true,
}

// maxAsideWords is the longest aside a phrase runs across.
const maxAsideWords = 10

// maxNameAside is the most words of a name in apposition a phrase runs
// across.
const maxNameAside = 4

// skipAside returns the index of the token after an aside that opens at
// token j (after a comma) and closes with a comma within maxAsideWords
// words, with no other punctuation inside: a phrase of the lexicon runs
// across it. ok is false when no aside opens at j.
func skipAside(toks []token, j int) (int, bool) {
	if !toks[j].comma {
		return 0, false
	}
	if !asideOpeners[toks[j].low] {
		// a name in apposition ("Her mother, Park Soon-hee, crossed …"):
		// two to four capitalized words, or parts of one joined by a
		// hyphen
		k := j
		for k < len(toks) && k < j+maxNameAside && (k == j && isCapitalized(toks[k]) || k > j && toks[k].soft && (isCapitalized(toks[k]) || toks[k].hyphen)) {
			k++
		}
		if k-j >= 2 && k < len(toks) && toks[k].comma {
			return k, true
		}
		return 0, false
	}
	for k := j + 1; k < len(toks) && k <= j+maxAsideWords; k++ {
		if toks[k].soft || thousands(toks, k) {
			continue
		}
		return k, toks[k].comma && k > j+1
	}
	return 0, false
}

// thousands reports a comma that separates the thousands of a number
// before token k ("the 2,700-tonne tanker"): no break of an aside.
func thousands(toks []token, k int) bool {
	t, p := toks[k], toks[k-1]
	return t.comma && t.start == p.end+1 && len(t.low) == 3 && digits(t.low) && p.low != "" && p.low[len(p.low)-1] >= '0' && p.low[len(p.low)-1] <= '9'
}

// quoteOpenGap reports a gap of spaces and one opening double quote after
// them.
func quoteOpenGap(g string) bool {
	var ok bool
	if g, ok = strings.CutSuffix(g, `"`); !ok {
		if g, ok = strings.CutSuffix(g, "“"); !ok {
			return false
		}
	}
	return g != "" && strings.Trim(g, " ") == ""
}

// commaGap reports a gap of one comma and spaces.
func commaGap(g string) bool {
	comma := false
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case ',':
			if comma {
				return false
			}
			comma = true
		case ' ', '\t', '\n':
		default:
			return false
		}
	}
	return comma
}

// Nouns that "border" modifies: "the border town" is a town, not a border.
var borderModified = map[string]bool{
	"town": true, "towns": true, "city": true, "cities": true, "area": true, "areas": true,
	"region": true, "regions": true, "county": true, "counties": true, "village": true,
	"villages": true, "guard": true, "guards": true, "patrol": true, "patrols": true,
	"security": true, "trade": true, "crossing": true, "crossings": true, "post": true,
	"posts": true, "unit": true, "units": true, "residents": true, "province": true,
	"provinces": true, "district": true, "districts": true, "control": true, "controls": true,
}

// metWhat are words between "met" and its officials that make the meeting
// a reception ("met resistance from local officials", "met the approval of
// officials").
var metWhat = map[string]bool{
	"resistance": true, "opposition": true, "approval": true, "demands": true, "demand": true,
	"standards": true, "expectations": true, "criticism": true, "from": true, "of": true,
	"requirements": true, "needs": true, "quota": true, "target": true, "targets": true,
}

// metNoMeeting reports a "met …" trigger from first to last that tells no
// meeting: a reception between ("met resistance from officials"), a
// possessive after ("met the governor's approval"), a team before ("the
// women's team met Japan at the qualifier"), or no name between "met" and
// "at the" ("met its quota at the end of the year", "met police at the
// gate", "met his death at the hands of"; "met Putin at the cosmodrome" is
// a meeting), nor between "met" and "in" or "on" ("met the demands in
// full"; "met Trump in Hanoi" is a meeting).
func metNoMeeting(toks []token, first, last int) bool {
	if last == first+2 && toks[first+1].low == "again" {
		return false // "the Political Bureau met again in Pyongyang"
	}
	if last >= first+3 && toks[last-1].low == "again" && slices.ContainsFunc(toks[first+1:last-1], func(t token) bool { return metPeople[t.low] }) {
		return false // "met the same handler again in Dandong"
	}
	atThe := first+2 < last && toks[last].low == "the" && toks[last-1].low == "at"
	// "met Trump in Hanoi", "met Putin on Wednesday", "met Kim Yo-jong in
	// Seoul": names only between — not a storm ("met Typhoon Maysak"), nor
	// in a relative clause or a memory ("who met Moon in Seoul in 2018",
	// "I first met Kim on a bus")
	named := first+1 < last && (toks[last].low == "in" || toks[last].low == "on")
	for j := first - 1; named && j >= 0 && j >= first-4; j-- {
		switch toks[j].low {
		case "who", "whose", "that", "which", "first", "having", "had":
			return true
		}
	}
	// "met Japan in a World Cup qualifier": a match
	for j := last + 1; named && j < len(toks) && j <= last+5; j++ {
		switch toks[j].low {
		case "qualifier", "qualifiers", "match", "game", "final", "semifinal", "tournament", "cup", "championship", "league":
			return true
		}
	}
	for _, t := range toks[first+1 : last] {
		if metWhat[t.low] || (atThe || named) && t.low != "at" && t.low != "the" && !isCapitalized(t) && !(named && t.hyphen) ||
			named && (t.low == "typhoon" || t.low == "storm" || t.low == "hurricane") {
			return true
		}
	}
	if last+1 < len(toks) && toks[last+1].low == "s" && toks[last+1].soft {
		return true
	}
	for j := max(0, first-4); j < first; j++ {
		switch toks[j].low {
		case "team", "teams", "squad", "side":
			return true
		}
	}
	return false
}

// picturesWords open the lexicon's phrases of what pictures show (its
// %class pictures).
var picturesWords = map[string]bool{"imagery": true, "images": true, "photos": true, "photographs": true, "pictures": true}

// picturesDated reports whether the words between pictures and what they
// show name when and where they were taken, and nothing else: a month, a
// weekday or a year ("from Oct. 7", "captured by Planet Labs on
// Wednesday", "of the Yongbyon Nuclear Scientific Research Center from
// Sept. 3"), with names, numbers and the words of picturesGapWords between.
// Any other word tells a subject of its own or of the pictures' release
// ("images from the March 3 execution", "photos of 30 trucks", "photos
// released by KCNA on Tuesday", "images that it said showed").
func picturesDated(gap []token) bool {
	dated := false
	for _, t := range gap {
		switch {
		case dayWords[t.low] || isYear(t.low):
			dated = true
		case t.low[0] >= '0' && t.low[0] <= '9', isUpperByte(t.text[0]), picturesGapWords[t.low]:
		default:
			return false
		}
	}
	return dated
}

// picturesGapWords may stand between pictures and what they show beside their
// day and names ("imagery of the reactor at Yongbyon from Aug. 30",
// "Earlier imagery dated Aug. 2").
var picturesGapWords = map[string]bool{
	"from": true, "of": true, "dated": true, "captured": true, "taken": true, "collected": true, "acquired": true,
	"on": true, "in": true, "at": true, "near": true, "the": true, "a": true, "and": true, "by": true,
	"early": true, "late": true, "mid": true, "between": true, "to": true, "last": true, "this": true,
	"site": true, "facility": true, "complex": true, "reactor": true, "port": true, "area": true, "camp": true,
	"shipyard": true, "base": true, "station": true, "yard": true, "pier": true, "harbor": true, "harbour": true,
	"river": true, "riverbank": true, "border": true, "north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
}

// visitorsBused are the people a bus takes across a border who are not
// sent back.
var visitorsBused = map[string]bool{
	"tourists": true, "visitors": true, "delegation": true, "delegates": true, "workers": true, "students": true,
	"traders": true, "athletes": true, "journalists": true, "reporters": true, "officials": true,
}

// paperNouns are documents, courses and accounts that are "completed" or
// "opened" without anything being built.
var paperNouns = map[string]bool{
	"study": true, "studies": true, "survey": true, "surveys": true, "report": true, "reports": true, "research": true,
	"course": true, "courses": true, "review": true, "analysis": true, "investigation": true, "account": true,
	"accounts": true, "companies": true, "company": true, "training": true, "students": true,
}

// rejectTrigger vetoes a trigger whose "border" modifies a noun — at its
// end ("sealed off the border town") or at its start ("the border city was
// shut": the city was shut, not the border) —, the "order" of "in order
// to", which is a purpose, not a directive, and "blew up at" (anger) and a
// "population explosion".
func rejectTrigger(toks []token, first, last int) bool {
	w := toks[last].low
	if (w == "border" || w == "borders") && last+1 < len(toks) && toks[last+1].soft {
		return borderModified[toks[last+1].low]
	}
	if f := toks[first].low; (f == "border" || f == "borders") && first < last && first+1 < len(toks) && toks[first+1].soft && borderModified[toks[first+1].low] {
		return true
	}
	if first == last && w == "order" && first > 0 && toks[first-1].low == "in" && last+1 < len(toks) && (toks[last+1].low == "to" || toks[last+1].low == "that") {
		return true
	}
	// "A study completed in 2021", "a bank account opened in Singapore":
	// a document or an account, not a work; "crossed again and again": a
	// habit; tourists "bused across" are no returnees.
	if f := toks[first].low; (f == "completed" || f == "opened") && first > 0 {
		for j := first - 1; j >= 0 && j >= first-3; j-- {
			if paperNouns[toks[j].low] {
				return true
			}
		}
	}
	if toks[last].low == "again" && last+2 < len(toks) && toks[last+1].low == "and" && toks[last+2].low == "again" {
		return true
	}
	// "Stop the forced return of North Koreans", "urged China to halt
	// forced returns", "called for an end to the forced return": a call to
	// end what the trigger names, not an event
	for j := first - 1; j >= 0 && j >= first-3; j-- {
		if j >= first-2 && haltVerbs[toks[j].low] || toks[j].low == "end" && toks[j+1].low == "to" {
			return true
		}
	}
	// "About 300 Chinese tourists were bused across the bridge": visitors,
	// not returnees
	if first+1 <= last && toks[first+1].low == "bused" {
		for j := first - 1; j >= 0 && j >= first-4; j-- {
			if visitorsBused[toks[j].low] {
				return true
			}
		}
	}

	// "a sign of the defence pact in action", "the clearest sign yet of the
	// treaty": the noun; "the indicted former spy chief": the adjective.
	if f := toks[first].low; f == "sign" || f == "signs" || f == "indicted" {
		if first+1 < len(toks) && (f == "sign" || f == "signs") && (toks[first+1].low == "of" || toks[first+1].low == "that" || toks[first+1].low == "yet") {
			return true
		}
		if first > 0 {
			switch toks[first-1].low {
			case "a", "an", "the", "no", "any", "every", "another", "this", "that", "these", "those", "his", "her", "their", "its", "s", "clear", "clearest", "first":
				return true
			}
		}
	}
	// "close ... market", "search ... homes": not "live close to the
	// market", "shut out of the market", "searching for new homes",
	// "checked on households".
	if first < last && gapVerbs[toks[first].low] && particles[toks[first+1].low] {
		return true
	}
	if toks[first].low == "met" && first < last && metNoMeeting(toks, first, last) {
		return true
	}
	// "carried the soldiers' coffins", "carried the units' letter": what
	// belonged to them
	if (toks[first].low == "carried" || toks[first].low == "transported" || toks[first].low == "ferried") && last+1 < len(toks) && toks[last+1].soft {
		// (a gap of an apostrophe and a space, or an apostrophe before "s")
		if gap := toks[last+1].start - toks[last].end; gap >= 2 || gap == 1 && toks[last+1].low == "s" {
			return true
		}
	}
	// "took 55 boxes of remains into custody": no arrest
	if toks[first].low == "took" && w == "custody" && slices.ContainsFunc(toks[first:last], func(t token) bool { return t.low == "remains" || t.low == "boxes" || t.low == "bodies" }) {
		return true
	}
	// "a rocket-shaped balloon was launched": no rocket
	if (toks[first].low == "rocket" || toks[first].low == "satellite") && first+1 < len(toks) && toks[first+1].hyphen {
		return true
	}
	// what pictures show is an event of the day they were taken, told in
	// their subject ("Imagery from Oct. 7 shows", "images captured by Planet
	// Labs on Wednesday show"): not "images that it said showed", "imagery
	// collected in the days after the launch shows", "satellite images show"
	if picturesWords[toks[first].low] && (!picturesDated(toks[first+1:last]) || last+1 < len(toks) && toks[last+1].low == "no") {
		return true // (nor "Imagery from March 3 shows no activity")
	}
	// "summoned back its ambassador" (a recall), "was summoned to the
	// ambassador's office", "summoned by the ambassador"
	if toks[first].low == "summoned" && first < last {
		switch toks[first+1].low {
		case "back", "home", "to", "by":
			return true
		}
	}
	// "at the parade ground", "a parade training site": a place; "a parade
	// of trucks": a file of things
	if first == last && (w == "parade" || w == "parades") && last+1 < len(toks) && toks[last+1].soft {
		switch toks[last+1].low {
		case "ground", "grounds", "training", "square", "of": // ("a parade of officials filed past")
			return true
		}
	}
	// "Chinese detention centres filled up", "the detention center held
	// 200": the places as a verb's subject, not someone detained — unless
	// one was moved or kept there shortly before ("were sent to a detention
	// centre", "after two years in a detention centre")
	if first == last && w == "detention" && last+2 < len(toks) && lockupNouns[toks[last+1].low] && subjectVerb(toks[afterPlaceName(toks, last+2)].low) {
		moved := false
		for _, x := range toks[max(first-8, 0):first] {
			moved = moved || intoLockup[x.low]
		}
		if !moved {
			return true
		}
	}
	// "received a letter from the minister", "received a call from the
	// president": what one was sent, not a visitor
	if (toks[first].low == "received" || toks[first].low == "hosted") && first < last && receivedNoVisit(toks, first, last) {
		return true
	}
	// "searched her apartment for the missing documents", "searched online
	// for a house", rescuers' searches: not a police search of a home
	if toks[first].low == "searched" && first < last && w != "homes" && w != "houses" {
		for k, x := range toks[max(first-3, 0):min(last+9, len(toks))] {
			switch x.low {
			case "online", "rescuers", "rescue":
				return true
			case "for":
				// (not "searched his home for Chinese phones")
				if j := max(first-3, 0) + k + 1; j < len(toks) && searchedFor[toks[j].low] {
					return true
				}
			}
		}
	}
	// "broke ground as the first defector to win a seat": a first, not a
	// building begun
	if toks[first].low == "broke" && w == "ground" && last+1 < len(toks) && (toks[last+1].low == "as" || toks[last+1].low == "by") {
		return true
	}
	// "had no talks with", "had a phone talk with", "had a long talk with
	// her mother"; "Had Kim had talks with Trump …", "would have had
	// talks": none held
	if toks[first].low == "had" && first < last && hadNoTalks(toks, first, last) {
		return true
	}
	// "voted with his feet to leave": a flight told as a figure
	if toks[first].low == "voted" && slices.ContainsFunc(toks[first:last], func(t token) bool { return t.low == "feet" }) {
		return true
	}
	// "took away the manager's phone": a thing, not the person
	if first < last && toks[first].low == "took" && last+1 < len(toks) && toks[last+1].low == "s" && toks[last+1].soft {
		return true
	}
	// "put up with the fences" is bearing them; "the fire started a
	// debate" started no fire; "was released from the hospital/his
	// duties" is no release from custody
	if first+1 < last && toks[first].low == "put" && toks[first+1].low == "up" && toks[first+2].low == "with" {
		return true
	}
	if (w == "started" || w == "spread" || w == "began") && toks[first].low == "fire" && last+1 < len(toks) {
		switch toks[last+1].low {
		case "a", "an", "the", "new", "fresh":
			return true
		}
	}
	if w == "released" && last+2 < len(toks) && toks[last+1].low == "from" {
		for _, x := range toks[last+2 : min(last+5, len(toks))] {
			switch x.low {
			case "hospital", "duties", "duty", "post", "posts", "contract", "obligations":
				return true
			}
		}
	}
	// "the border has not reopened": nothing happened
	if w == "reopened" {
		for _, x := range toks[first:last] {
			if x.low == "not" || x.low == "never" || x.low == "yet" {
				return true
			}
		}
	}
	// "was shot five times by his comrades as he dashed across the line":
	// shot in flight, no execution (the flight is the event)
	if first == last && w == "shot" {
		for k := last + 1; k+2 < len(toks) && k <= last+10; k++ {
			if toks[k].low != "as" {
				continue
			}
			for j := k + 2; j < len(toks) && j <= k+3; j++ {
				switch toks[j].low {
				case "ran", "dashed", "sprinted", "fled", "crossed", "tried", "swam", "escaped", "attempted",
					"running", "fleeing", "crossing", "trying", "swimming", "escaping", "attempting":
					return true
				}
			}
		}
	}
	// "sent to a summer camp", "a training camp", "a refugee camp": no
	// prison camp
	if toks[first].low == "sent" && w == "camp" {
		for _, x := range toks[first+1 : last] {
			switch x.low {
			case "summer", "training", "refugee", "refugees", "holiday", "youth", "scout", "boot", "sports", "children", "military", "army", "camping":
				return true
			}
		}
	}
	// "met Wednesday's deadline": a day's deadline, no meeting
	if toks[first].low == "met" && last == first+1 && last+1 < len(toks) && toks[last+1].low == "s" && toks[last+1].soft {
		return true
	}
	// "would be met with force", "was met with protests": a reception, no
	// meeting
	if toks[first].low == "met" && first+1 <= last && toks[first+1].low == "with" && first > 0 {
		switch toks[first-1].low {
		case "be", "been", "being", "was", "were", "is", "are":
			return true
		}
	}
	// "executed a successful drill", "executed the plan": carried out, not
	// put to death
	if first == last && w == "executed" {
		for _, x := range toks[last+1 : min(last+4, len(toks))] {
			switch x.low {
			case "drill", "drills", "plan", "plans", "operation", "operations", "exercise", "exercises", "maneuver", "maneuvers", "manoeuvres", "mission", "order", "orders", "strategy", "task", "tasks":
				return true
			}
		}
	}
	// "Rason's first extended closure", "an extended family": an
	// adjective, no extension ordered.
	if first == last && w == "extended" && first > 0 {
		switch toks[first-1].low {
		case "a", "an", "the", "its", "their", "his", "her", "first", "second", "long", "this", "that":
			return true
		}
	}
	// "blew up at officials" is anger; "the population explosion" growth.
	if (w == "up" && last+1 < len(toks) && toks[last+1].low == "at") ||
		(w == "explosion" && first == last && first > 0 && toks[first-1].low == "population") {
		return true
	}
	return false
}

// Verbs opening a gapped trigger whose object must follow them directly,
// and the particles after which they mean something else.
var (
	gapVerbs = map[string]bool{
		"close": true, "closes": true, "closed": true, "closing": true,
		"shut": true, "shuts": true, "shutting": true,
		"search": true, "searches": true, "searched": true, "searching": true,
		"check": true, "checks": true, "checked": true, "checking": true,
	}
	particles = map[string]bool{"to": true, "of": true, "out": true, "for": true, "on": true, "up": true}
)

// afterPlaceName returns the token after "in" or "at" and a capitalized
// name opening at k ("detention centres in Tumen filled up"), or k; never
// past the last token.
func afterPlaceName(toks []token, k int) int {
	if (toks[k].low != "in" && toks[k].low != "at") || k+1 >= len(toks) || !isCapitalized(toks[k+1]) {
		return k
	}
	j := k + 1
	for j+1 < len(toks) && isCapitalized(toks[j]) {
		j++
	}
	return j
}

// subjectVerb reports a word that may follow its subject as a finite verb:
// a past tense in -ed, or one of a few common verbs.
func subjectVerb(w string) bool {
	switch w {
	case "was", "were", "is", "are", "has", "have", "had", "held", "hold", "holds", "became", "become":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}

// lockupNouns are the places "detention" may name ("a detention centre").
var lockupNouns = map[string]bool{
	"centre": true, "center": true, "centres": true, "centers": true, "facility": true, "facilities": true,
	"camp": true, "camps": true, "house": true, "houses": true, "site": true, "sites": true,
}

// intoLockup are the words that put or keep someone in a place of
// detention ("were sent to a detention centre", "two years in a detention
// centre").
var intoLockup = map[string]bool{
	"sent": true, "taken": true, "took": true, "moved": true, "transferred": true, "held": true, "kept": true,
	"placed": true, "put": true, "brought": true, "locked": true, "detained": true, "confined": true, "jailed": true,
	"spent": true, "spend": true, "spending": true, "being": true, "was": true, "were": true,
	"days": true, "weeks": true, "months": true, "years": true, // ("after two years in a detention centre")
}

// metPeople are the people one meets again ("met the same handler again
// in Dandong"): not what one meets with ("met resistance again in").
var metPeople = map[string]bool{
	"handler": true, "handlers": true, "agent": true, "agents": true, "contact": true, "contacts": true,
	"broker": true, "brokers": true, "official": true, "officials": true, "envoy": true, "envoys": true,
	"counterpart": true, "counterparts": true, "delegation": true, "minister": true, "leader": true,
	"diplomat": true, "diplomats": true, "officer": true, "officers": true, "representative": true, "representatives": true,
}

// receivedNoVisit reports a "received/hosted … VISITOR" match (first..last)
// that tells no visit: what one was sent ("received a letter from the
// minister", "received the president's letter"), a post or a right
// ("received a secretary position", "received rights to broadcast Premier
// League matches"), lectures ("hosted talks by three defectors", "a series
// of talks") or tourists ("hosted a delegation of Russian tourists").
func receivedNoVisit(toks []token, first, last int) bool {
	for _, x := range toks[first+1 : last] {
		switch x.low {
		case "from", "letter", "letters", "message", "messages", "call", "calls", "report", "reports",
			"award", "order", "orders", "instructions", "gift", "gifts", "greetings", "credentials", "by", "series", "rights":
			return true
		}
	}
	if last+1 >= len(toks) {
		return false
	}
	next := toks[last+1]
	switch {
	case next.low == "s" && next.soft: // the president's letter
		return true
	case toks[last].low == "talks" && (next.low == "by" || next.low == "on" || next.low == "about"):
		return true
	case next.low == "league" || next.low == "position" || next.low == "post" || next.low == "status" || next.low == "level":
		return true
	case next.low == "of" && last+2 < len(toks) && slices.ContainsFunc(toks[last+2:min(last+5, len(toks))], func(t token) bool {
		return t.low == "tourists" || t.low == "students" || t.low == "artists" || t.low == "athletes"
	}):
		return true
	}
	return false
}

// hadNoTalks reports a "had … talk(s) with" match (first..last) that tells
// no talks held: negated or by phone ("had no talks with", "had a phone
// talk with"), with one's family ("had a long talk with her mother"), or
// in a condition ("Had Kim had talks with Trump …", "would have had
// talks").
func hadNoTalks(toks []token, first, last int) bool {
	for _, x := range toks[first+1 : last] {
		if x.low == "no" || x.low == "phone" || x.low == "telephone" || x.low == "had" {
			return true
		}
	}
	if first > 0 && toks[first-1].low == "have" || first > 0 && first <= 4 && toks[0].low == "had" {
		return true
	}
	for _, x := range toks[last+1 : min(last+4, len(toks))] {
		switch x.low {
		case "mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "family", "friend", "friends", "parents":
			return true
		}
	}
	return false
}

// searchedFor are the words after "for" that make a search of a home one
// for the lost or for a home ("searched her apartment for the missing
// documents", "searched online for a house", "for survivors").
var searchedFor = map[string]bool{
	"a": true, "an": true, "the": true, "survivors": true, "victims": true, "bodies": true, "missing": true,
}
