package dates

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"geotimeline/internal/swar"
)

// Token kinds.
const (
	tWord  = 'w' // letters
	tNum   = 'n' // ASCII digits, possibly with 3-digit comma groups (200,000) or a suffix (19th, 1990s)
	tPunct = 'p' // any other single rune
)

// A token is one word, number or punctuation rune of the text. Fields are
// ordered for a compact layout (40 bytes).
type token struct {
	low        string // words: lower-cased (ASCII folding); numbers: letters glued to the digits, lower-cased ("th", "s"); punct: the rune as written
	start, end int32  // byte offsets into the text (texts are scanned up to 2 GiB)
	val        int32  // numbers: the value of the digits (saturates); -1 when grouped with commas
	ndig       int16  // numbers: number of digits (0 for grouped; saturates)
	nl         int16  // number of line breaks in the white space before the token (saturates)
	kind       byte   // tWord, tNum, tPunct
	cap        bool   // words: first letter is upper case
	allUpper   bool   // words: every letter is upper case
	space      bool   // white space (or text start) precedes the token
}

// maxText is the longest text scanned; bytes beyond it are ignored.
const maxText = 1<<31 - 1

// tokenize splits text into tokens. It is linear in len(text) and never
// fails; invalid UTF-8 bytes become punctuation tokens of one byte.
func tokenize(text string, buf []token) []token {
	toks := buf[:0]
	if len(text) > maxText {
		text = text[:maxText]
	}
	// The lower-cased copies of the words with upper-case ASCII letters go
	// into one buffer, not one string each: a strings.Builder hands out what
	// it holds as a string without a copy, and never changes a byte once
	// written (when it grows, the strings already taken keep the old array).
	var lower strings.Builder
	if len(text) >= 64 { // room for the usual share of capitalized words; it grows if needed
		lower.Grow(len(text) / 8)
	}
	lowerWord := func(w string) string {
		if !hasUpperASCII(w) {
			return w
		}
		off := lower.Len()
		writeLowerASCII(&lower, w)
		return lower.String()[off:]
	}
	space, nl := true, int16(0)
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' { // the commonest byte
			space = true
			i++
			continue
		}
		switch {
		case isASCIILetter(c): // the commonest start of a token, first
			j, upper := letterRun(text, i)
			if j < len(text) && text[j] >= utf8.RuneSelf {
				// A word with non-ASCII letters: continue with the Unicode path.
				j = scanWord(text, j)
				toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, low: lowerWord(text[i:j]), cap: c >= 'A' && c <= 'Z', space: space, nl: nl})
				i = j
				break
			}
			// The token is written in place, field by field: a composite
			// literal would be built on the stack and copied.
			toks = slices.Grow(toks, 1)[:len(toks)+1]
			t := &toks[len(toks)-1]
			t.start, t.end, t.val, t.ndig, t.nl = int32(i), int32(j), 0, 0, nl
			t.kind, t.cap, t.space = tWord, c <= 'Z', space
			if upper { // upper-case letters: lower-cased into the buffer
				off := lower.Len()
				writeLowerASCII(&lower, text[i:j])
				t.low, t.allUpper = lower.String()[off:], isAllUpperASCII(text[i:j])
			} else {
				t.low, t.allUpper = text[i:j], false
			}
			i = j
		case c == '\r' && (i+1 == len(text) || text[i+1] != '\n'):
			// A lone CR ends a line (old Mac text); CRLF counts once, at the LF.
			space = true
			if nl < 1<<14 {
				nl++
			}
			i++
			continue
		case c == '\t' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
			continue
		case c == '\n':
			space = true
			if nl < 1<<14 {
				nl++
			}
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			v := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 1<<14 {
				nd = 1 << 14
			}
			t := token{start: int32(i), kind: tNum, val: int32(v), ndig: int16(nd), space: space, nl: nl}
			// Comma groups: 200,000 or 1,500 (exactly three digits after each comma).
			for j < len(text) && text[j] == ',' && isDigits(text, j+1, 3) && (j+4 == len(text) || !isDigit(text[j+4])) {
				j += 4
				t.val, t.ndig = -1, 0
			}
			// Letter suffix: 19th, 1990s, 4G.
			k := j
			for k < len(text) && isASCIILetter(text[k]) {
				k++
			}
			if k > j {
				t.low = lowerASCII(text[j:k])
			} else if j+1 < len(text) && (text[j] == '\'' || text[j] == 0xe2) {
				// 1990's / 1990’s
				if text[j] == '\'' && j+1 < len(text) && text[j+1] == 's' && (j+2 == len(text) || !isASCIILetter(text[j+2])) {
					t.low = "s"
					k = j + 2
				} else if j+3 < len(text) && text[j:j+3] == "\u2019" && text[j+3] == 's' && (j+4 == len(text) || !isASCIILetter(text[j+4])) {
					t.low = "s"
					k = j + 4
				}
			}
			t.end = int32(k)
			toks = append(toks, t)
			i = k
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError && unicode.IsLetter(r) {
				j := scanWord(text, i)
				toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, low: lowerWord(text[i:j]), cap: unicode.IsUpper(r), space: space, nl: nl})
				i = j
				break
			}
			if r != utf8.RuneError && unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
			toks = append(toks, token{start: int32(i), end: int32(i + n), kind: tPunct, low: text[i : i+n], space: space, nl: nl})
			i += n
		}
		space, nl = false, 0
	}
	return toks
}

// writeLowerASCII writes s to b with ASCII letters lower-cased. A word of
// up to 32 bytes, nearly every one, is lowered on the stack and written at
// once: writing the runs between capitals one by one cost three Builder
// writes for a word like "North".
func writeLowerASCII(b *strings.Builder, s string) {
	if len(s) <= 32 {
		var buf [32]byte
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		b.Write(buf[:len(s)])
		return
	}
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[start:i])
			b.WriteByte(c + 'a' - 'A')
			start = i + 1
		}
	}
	b.WriteString(s[start:])
}

// hasUpperASCII reports whether s holds an ASCII upper-case letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// scanWord returns the end of the run of letters starting at i.
func scanWord(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			return i
		}
		i += n
	}
	return i
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// letterRun returns the end of the run of ASCII letters of text that starts
// at i, and whether one of them is upper case. It reads eight bytes at a
// step: tokenize's byte loop over the letters of every word was a sixth of
// the dates stage's instructions.
func letterRun(text string, i int) (end int, upper bool) {
	const case20 = swar.Ones * 0x20
	j := i
	for ; j+8 <= len(text); j += 8 {
		x := swar.Load(text, j)
		m := notLetter(x)
		if m == 0 {
			upper = upper || ^x&case20 != 0 // a letter without its 0x20 bit
			continue
		}
		n := bits.TrailingZeros64(m) >> 3 // the letters before the first other byte
		mask := uint64(1)<<(8*n) - 1
		return j + n, upper || ^x&case20&mask != 0
	}
	for ; j < len(text) && isASCIILetter(text[j]); j++ {
		upper = upper || text[j]&0x20 == 0
	}
	return j, upper
}

// notLetter returns the high bits of the bytes of x (eight text bytes, the
// first in the low byte) that are not ASCII letters.
func notLetter(x uint64) uint64 {
	const ones = swar.Ones
	low := (x | ones*0x20) & (ones * 0x7f) // lower-cased, each byte below 0x80: the additions carry into no other byte
	geA := low + ones*(0x80-'a')
	gtZ := low + ones*(0x80-'z'-1)
	letter := geA &^ gtZ &^ x // and not a byte of 0x80 or more
	return ^letter & swar.Highs
}

func isDigits(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return true
}

// lowerASCII lower-cases ASCII letters only, allocating only when needed.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// isDash reports whether a punctuation token is a hyphen or dash.
func isDash(t token) bool {
	if t.kind != tPunct {
		return false
	}
	switch t.low {
	case "-", "\u2013", "\u2014", "\u2012", "\u2010", "\u2011":
		return true
	}
	return false
}

func isAllUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return false
		}
	}
	return true
}
