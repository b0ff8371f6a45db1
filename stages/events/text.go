package events

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a run of letters or digits of the document text.
type token struct {
	start, end int    // byte offsets into the document text
	text       string // as written
	low        string // lower-cased
	// soft reports whether the gap before this token holds only spaces,
	// hyphens, apostrophes or slashes, so that a phrase may run across it.
	soft bool
	wid  int32 // word id (see words.go), widNone until interned
}

// tokenize splits text[start:end] of doc into tokens.
func tokenize(doc string, start, end int) []token {
	return appendTokens(nil, doc, "", start, end)
}

// appendTokens appends the tokens of doc[start:end] to toks. low is
// lowerText(doc) or "": when set, the tokens' lower-case forms are slices
// of it instead of new strings.
func appendTokens(toks []token, doc, low string, start, end int) []token {
	first := len(toks)
	inTok := false
	tokStart := 0
	gapStart := start
	for i := start; i < end; {
		var word bool
		n := 1
		if c := doc[i]; c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(doc[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		}
		switch {
		case word && !inTok:
			inTok, tokStart = true, i
		case !word && inTok:
			toks = append(toks, makeToken(doc, low, tokStart, i, gapStart, len(toks) == first))
			inTok, gapStart = false, i
		}
		i += n
	}
	if inTok {
		toks = append(toks, makeToken(doc, low, tokStart, end, gapStart, len(toks) == first))
	}
	return toks
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

func makeToken(doc, low string, s, e, gapStart int, first bool) token {
	t := token{start: s, end: e, text: doc[s:e]}
	if low != "" {
		t.low = low[s:e]
	} else {
		t.low = strings.ToLower(t.text)
	}
	t.soft = !first && softGap(doc[gapStart:s])
	return t
}

// lowerText returns the lower-case form of text when every rune's lower
// case has the same encoded length, so that text and the result share byte
// offsets and low[s:e] == strings.ToLower(text[s:e]) for any token bounds;
// otherwise "".
func lowerText(text string) string {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(text)
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return "" // strings.ToLower writes U+FFFD: three bytes for one
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != n {
			return ""
		}
		b = utf8.AppendRune(b, l)
		i += n
	}
	return string(b)
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
}

// A matcher finds token-aligned phrase patterns.
type matcher struct {
	pats    []pattern
	byFirst map[string][]int // form of the first slot → pattern indices, in insertion order
	byID    [][]int          // byFirst by word id, once the vocabulary is complete
	// reject, when set, vetoes a match over toks[first:last+1] before
	// overlaps are resolved, so that a shorter reading can win.
	reject func(toks []token, first, last int) bool
}

func newMatcher() *matcher { return &matcher{byFirst: map[string][]int{}} }

// add registers a phrase. Words are split on whitespace; "..." is a gap of
// three tokens; "=word" matches that form only; when inflecting is false
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

// find returns the non-overlapping matches of m in toks, in text order.
// Where matches overlap the one covering more tokens wins, then the earlier,
// then the one added first.
func (m *matcher) find(toks []token) []match {
	var all []match
	for i := range toks {
		var pis []int
		if w := toks[i].wid; w != widNone && m.byID != nil {
			pis = m.byID[w]
		} else {
			pis = m.byFirst[toks[i].low]
		}
		for _, pi := range pis {
			if last, ok := m.matchAt(m.pats[pi].slots, toks, i); ok && (m.reject == nil || !m.reject(toks, i, last)) {
				all = append(all, match{first: i, last: last, start: toks[i].start, end: toks[last].end, value: m.pats[pi].value, pat: pi})
			}
		}
	}
	sort.SliceStable(all, func(a, b int) bool {
		la, lb := all[a].last-all[a].first, all[b].last-all[b].first
		if la != lb {
			return la > lb
		}
		if all[a].first != all[b].first {
			return all[a].first < all[b].first
		}
		return all[a].pat < all[b].pat
	})
	used := make([]bool, len(toks))
	var out []match
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
		out = append(out, c)
	}
	sortMatches(out)
	return out
}

// sortMatches puts non-overlapping matches in text order.
func sortMatches(ms []match) {
	sort.Slice(ms, func(a, b int) bool { return ms[a].first < ms[b].first })
}

// matchAt tries slots against toks from index i and returns the index of the
// last token matched. Consecutive tokens of a match must be joined softly.
func (m *matcher) matchAt(slots []slot, toks []token, i int) (int, bool) {
	s := slots[0]
	if s.gap > 0 {
		for skip := 0; skip <= s.gap; skip++ {
			j := i + skip
			if j >= len(toks) || (skip > 0 && !toks[j].soft) {
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
	t := toks[i]
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
	if i+1 >= len(toks) || !toks[i+1].soft {
		return 0, false
	}
	return m.matchAt(slots[1:], toks, i+1)
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

// rejectTrigger vetoes a trigger whose "border" modifies a noun — at its
// end ("sealed off the border town") or at its start ("the border city was
// shut": the city was shut, not the border) — and the "order" of "in order
// to", which is a purpose, not a directive.
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
	return false
}
