package places

import (
	"fmt"
	"unicode/utf8"

	"geotimeline/internal/swar"
	"geotimeline/pipeline"
)

// A Demonym is an adjective or noun of nationality in a text ("North
// Korean", "Chinese", "Russians"): its byte span and the country it names.
type Demonym struct {
	pipeline.Span
	Country string // ISO 3166-1 alpha-2 code

	name string // the country's name in demonyms.tsv, as the gazetteer indexes it
}

// A DemonymFinder finds the demonyms of demonyms.tsv in texts. It is safe
// for concurrent use.
//
// The geocoder counts what it finds towards a document's country focus
// whether or not the places stage makes mentions of them
// (Options.Demonyms): "North Korean authorities" says which country a
// report is about.
type DemonymFinder struct {
	t *tables
}

// NewDemonymFinder returns a DemonymFinder. It fails only when the
// embedded data is malformed.
func NewDemonymFinder() (*DemonymFinder, error) {
	t, err := loadTables()
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	return &DemonymFinder{t: t}, nil
}

// Find appends to dst the demonyms inside the sentences sents of text (the
// whole text when sents is empty), in text order: whole words written as
// names are ("North Korean", "CHINESE", "North Korean-made"; not "chinese",
// not "North korean", but "North-korean" as one word), the two words of
// a form apart by spaces or one hyphen, and not the first word of a place's name, which a capitalized
// place word follows ("Canadian River", "Chinese Province"; but "the North
// Korean city of Hyesan" has one). These are the spans Options.Demonyms makes mentions
// of. Sentences must be sorted and lie inside text; others are skipped.
//
// The forms are ASCII words, so Find reads the text byte by byte and looks
// at capitalized ASCII words only, a small cost beside recognition.
func (f *DemonymFinder) Find(dst []Demonym, text string, sents []pipeline.Sentence) []Demonym {
	if len(sents) == 0 {
		return f.appendSpan(dst, text, 0, len(text))
	}
	for _, s := range sents {
		if s.Start >= 0 && s.Start < s.End && s.End <= len(text) {
			dst = f.appendSpan(dst, text, s.Start, s.End)
		}
	}
	return dst
}

// maxDemonymWord is the longest word of a form, with room to spare.
const maxDemonymWord = 24

// appendSpan appends the demonyms of text[lo:hi].
func (f *DemonymFinder) appendSpan(dst []Demonym, text string, lo, hi int) []Demonym {
	st := text[lo:hi]
	var buf [2*maxDemonymWord + 1]byte
	for i := 0; i < len(st); i++ {
		// Eight bytes at a time up to the next upper-case ASCII letter:
		// most of a text is lower case.
		for i+8 <= len(st) && !hasUpper8(swar.Load(st, i)) {
			i += 8
		}
		if i == len(st) {
			break
		}
		if c := st[i]; c < 'A' || c > 'Z' || i > 0 && wordRuneBefore(st, i) {
			continue
		}
		end, ok := asciiWord(st, i)
		if !ok {
			i = end
			continue
		}
		// The length and the first two letters, lowered, rule out most
		// capitalized words before the word is lowered whole.
		n := end - i
		if n < 2 || f.t.demonymLens[int(st[i]|0x20-'a')*26+int(st[i+1]|0x20-'a')]&(1<<n) == 0 {
			i = end
			continue // no form starts so
		}
		lowerInto(buf[:0], st[i:end])
		name, matchEnd := "", 0
		if f.t.demonymFirst[string(buf[:n])] {
			// The second word is capitalized too, unless a hyphen joins
			// it ("North Korean", "North-korean"; not "North korean").
			if j := secondWordStart(st, end); j > 0 && (st[j] >= 'A' && st[j] <= 'Z' || st[j-1] == '-') {
				if end2, ok := asciiWord(st, j); ok && end2-j <= maxDemonymWord {
					buf[n] = ' '
					m := n + 1 + lowerInto(buf[n+1:n+1], st[j:end2])
					if nm, ok := f.t.demonymForm[string(buf[:m])]; ok {
						name, matchEnd = nm, end2
					}
				}
			}
		}
		if name == "" {
			if nm, ok := f.t.demonymForm[string(buf[:n])]; ok {
				name, matchEnd = nm, end
			}
		}
		if name == "" {
			i = end
			continue
		}
		if w, ok := nextWord(st, matchEnd); ok && st[w.start] >= 'A' && st[w.start] <= 'Z' {
			if k, _ := placeWord(st[w.start:w.end]); k != kindNone {
				i = matchEnd
				continue // "Canadian River"
			}
		}
		dst = append(dst, Demonym{Span: pipeline.Span{Start: lo + i, End: lo + matchEnd}, Country: f.t.demonymISO[name], name: name})
		i = matchEnd
	}
	return dst
}

// asciiWord returns the end of the run of ASCII letters at s[i:] and
// whether it is a whole word of at most maxDemonymWord letters (not
// followed by a digit or another letter: "Chinese2", "Chinése").
func asciiWord(s string, i int) (int, bool) {
	j := i
	for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z') {
		j++
	}
	if j < len(s) {
		if c := s[j]; '0' <= c && c <= '9' || c == '_' {
			return j, false
		} else if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(s[j:]); isWordRune(r) {
				return j, false
			}
		}
	}
	return j, j-i <= maxDemonymWord
}

// secondWordStart returns where a second word starts after byte end: past
// a run of spaces (also no-break spaces) or one hyphen; 0 if none.
func secondWordStart(s string, end int) int {
	j := end
	if j < len(s) && s[j] == '-' {
		j++
	} else {
		for j < len(s) {
			if s[j] == ' ' {
				j++
			} else if j+1 < len(s) && s[j] == 0xc2 && s[j+1] == 0xa0 {
				j += 2
			} else {
				break
			}
		}
	}
	if j == end || j >= len(s) {
		return 0
	}
	return j
}

// lowerInto appends the lower case of ASCII word w to b (whose capacity
// holds it) and returns the number of bytes appended.
func lowerInto(b []byte, w string) int {
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return len(w)
}

// wordRuneBefore reports whether a letter, digit or mark stands right
// before byte i of s.
func wordRuneBefore(s string, i int) bool {
	c := s[i-1]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// hasUpper8 reports whether one of the eight bytes of x is an upper-case
// ASCII letter, 'A' to 'Z' (Anderson's "determine if a word has a byte
// between m and n", with m = '@' and n = '[').
func hasUpper8(x uint64) bool { return swar.HasBetween(x, 'A'-1, 'Z'+1) }
