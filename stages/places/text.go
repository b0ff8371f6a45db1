package places

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word is a run of letters and digits (with inner hyphens and apostrophes
// kept) in a sentence: byte span [start, end) of the text it came from.
type word struct {
	start, end int
}

// isWordRune reports whether r continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordBytes is isWordRune for the ASCII bytes (false for the others).
var wordBytes = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// A wordSet is a set of words that answers most misses from a word's first
// byte, without a map lookup. It is immutable once built.
type wordSet struct {
	first [256]bool // the first bytes of the words
	words map[string]bool
}

// add adds w to the set.
func (s *wordSet) add(w string) {
	if w != "" {
		s.first[w[0]] = true
	}
	s.words[w] = true
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	return w != "" && s.first[w[0]] && s.words[w]
}

// isJoiner reports whether r may join two parts of a word ("Jong-un",
// "P'yŏngyang") when letters stand on both sides.
func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '\u2019', '\u2010', '\u2011':
		return true
	}
	return false
}

// words splits s into words. Possessive 's ends a word ("Kim's" → "Kim").
func words(s string) []word { return appendWords(nil, s) }

// appendWords appends the words of s to out. (FuzzRewrittenHelpers compares
// it with its first writing, refAppendWords.)
func appendWords(out []word, s string) []word {
	start := -1
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		isWord := wordBytes[s[i]]
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
			isWord = isWordRune(r)
		}
		switch {
		case isWord:
			if start < 0 {
				start = i
			}
			// The rest of a run of ASCII letters and digits, without
			// the switch: most of a word's bytes.
			for i += n; i < len(s) && wordBytes[s[i]]; i++ {
			}
			continue
		case start >= 0 && isJoiner(r) && i+n < len(s):
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			possessive := r != '-' && (r2 == 's' || r2 == 'S') && !followedByLetter(s, i+n+1)
			if isWordRune(r2) && !possessive {
				break // stays inside the word
			}
			out = append(out, word{start, i})
			start = -1
		default:
			if start >= 0 {
				out = append(out, word{start, i})
				start = -1
			}
		}
		i += n
	}
	if start >= 0 {
		out = append(out, word{start, len(s)})
	}
	return out
}

func followedByLetter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// prevWord returns the word that ends right before byte i of s, with only
// spaces between, or ok=false when punctuation (or the start of s) comes
// first.
func prevWord(s string, i int) (w word, ok bool) {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r != ' ' && r != '\u00a0' {
			break
		}
		j -= n
	}
	end := j
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if isWordRune(r) {
			j -= n
			continue
		}
		if isJoiner(r) && j-n > 0 {
			r2, _ := utf8.DecodeLastRuneInString(s[:j-n])
			if isWordRune(r2) {
				j -= n
				continue
			}
		}
		break
	}
	if j == end {
		return word{}, false
	}
	return word{j, end}, true
}

// nextWord returns the word that starts right after byte i of s, with only
// spaces between, or ok=false.
func nextWord(s string, i int) (w word, ok bool) {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if r != ' ' && r != '\u00a0' {
			break
		}
		j += n
	}
	start := j
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if isJoiner(r) && r == '-' && j+n < len(s) && j > start {
			r2, _ := utf8.DecodeRuneInString(s[j+n:])
			if isWordRune(r2) {
				j += n
				continue
			}
		}
		break
	}
	if j == start {
		return word{}, false
	}
	return word{start, j}, true
}

// capitalized reports whether w starts with an upper-case letter or a letter
// of a caseless script (Hangul, Han).
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r) || (unicode.IsLetter(r) && !unicode.IsLower(r))
}

// functionWords may stay lower case inside a place name ("Bay of Islands",
// "Rostov-on-Don").
func functionWord(w string) bool {
	switch w {
	case "of", "the", "de", "del", "della", "la", "le", "les", "al", "el", "an", "am", "upon", "on",
		"sur", "en", "y", "da", "do", "di", "dos", "das", "und", "and", "im", "in", "bei", "ob":
		return true
	}
	return false
}

// nameCapitalized reports whether every significant token of the name as
// written is capitalized: the first token always, later ones unless they
// are function words or place words ("Ryanggang province"); parts after a
// hyphen may be lower case ("Pyongan-bukto", "Sinuiju-si").
func nameCapitalized(name string) bool {
	var buf [8]word // a name has few words: no allocation
	ws := appendWords(buf[:0], name)
	if len(ws) == 0 {
		return false
	}
	for k, w := range ws {
		// A word may hold hyphenated parts; only its first part must be
		// capitalized.
		s := name[w.start:w.end]
		if capitalized(s) {
			continue
		}
		if k == 0 {
			return false
		}
		if pk, _ := placeWord(s); pk == kindNone && !functionWord(s) {
			return false
		}
	}
	return true
}

// sentenceStart returns the byte offset of the first letter or digit of s.
func sentenceStart(s string) int {
	for i, r := range s {
		if isWordRune(r) {
			return i
		}
	}
	return len(s)
}

// titleCase reports whether the sentence reads like a headline: at least
// three words of four letters or more, nearly all capitalized.
func titleCase(s string) bool { return titleCaseWords(s, words(s)) }

// titleCaseWords is titleCase given ws = words(s).
func titleCaseWords(s string, ws []word) bool {
	n, caps := 0, 0
	for k, w := range ws {
		t := s[w.start:w.end]
		if utf8.RuneCountInString(t) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if capitalized(t) {
			caps++
		} else if rest := len(ws) - k - 1; (caps+rest)*10 < (n+rest)*8 {
			return false // not even if every word left counted and was capitalized
		}
	}
	return n >= 3 && caps*10 >= n*8
}

// wordRuns returns the set of maximal runs of word runes of text.
func wordRuns(text string) map[string]bool {
	runs := map[string]bool{}
	start := -1
	for i, r := range text {
		switch w := isWordRune(r); {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			runs[text[start:i]] = true
			start = -1
		}
	}
	if start >= 0 {
		runs[text[start:]] = true
	}
	return runs
}

// usesLowercase reports whether text contains w in lower case as a whole
// word ("march" for a sentence-initial "March").
func usesLowercase(text, w string) bool {
	lw := strings.ToLower(w)
	if lw == w {
		return true
	}
	for off := 0; ; {
		i := strings.Index(text[off:], lw)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(lw)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[j:])
		if (i == 0 || !isWordRune(before)) && (j == len(text) || !isWordRune(after)) {
			return true
		}
		off = i + 1
	}
}

// clauseInitial reports whether byte i of s begins a sentence inside s: the
// text before it ends in sentence punctuation (and closing quotes) and space.
func clauseInitial(s string, i int) bool {
	j := i
	n := 0
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= size
		n++
	}
	if n == 0 {
		return false
	}
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		switch r {
		case '"', '\'', '\u201d', '\u2019', ')', ']':
			j -= size
			continue
		case '.', '!', '?', ':', '\u2013', '\u2014', '|', '\u00bb':
			return true
		}
		return false
	}
	return false
}

// lastSpace is strings.LastIndexAny(s, " \u00a0"), the byte offset of the
// last space or no-break space in s, or -1, without decoding s's runes
// from the end one by one (as LastIndexAny does when its set is not ASCII):
// a U+00A0 is the bytes C2 A0, and C2 never continues another rune.
func lastSpace(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ':
			return i
		case 0xa0:
			if i > 0 && s[i-1] == 0xc2 {
				return i - 1
			}
		}
	}
	return -1
}

// allDigits reports a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// unitAfter reports a unit of measure or of time right after offset i of
// s ("2 km", "3 days"): the number before it is a quantity, not a name's.
func unitAfter(s string, i int) bool {
	w, ok := nextWord(s, i)
	if !ok || strings.TrimLeft(s[i:w.start], " \u00a0") != "" {
		return false
	}
	switch strings.ToLower(s[w.start:w.end]) {
	case "km", "kilometers", "kilometres", "kilometer", "kilometre", "m", "meters", "metres", "miles", "mile",
		"days", "day", "hours", "weeks", "months", "years", "percent", "times", "tonnes", "tons":
		return true
	}
	return false
}
