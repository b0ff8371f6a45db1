// Package norm holds the name normalization and tokenization shared by the
// gazetteer and its data generator, so that the keys written by the generator
// and the keys computed at run time can never drift apart.
//
// A text is split into tokens: maximal runs of letters, digits and combining
// marks, where an apostrophe between two letters stays inside the token
// (P'yŏngyang) and a possessive ’s ends it (Korea's → korea). Hyphens, spaces
// and all other punctuation separate tokens. A change of script between Latin
// (or any other alphabet) and Hangul or Han/Kana also ends a token.
//
// A token's normal form is its NFKD decomposition with combining marks
// removed, lower-cased, with apostrophes dropped and a few letters that have no
// decomposition folded (ß→ss, ø→o, ł→l, đ→d, æ→ae, œ→oe, ı→i, þ→th, ð→d,
// ħ→h). Hangul and Han/Kana tokens are kept exactly as written. A normalized
// name is its tokens' normal forms joined by single spaces, so
// "P'yŏngan-bukto" and "pyongan bukto" have the same key. Normalization is
// idempotent.
package norm

import (
	"bytes"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"geotimeline/internal/swar"
)

// Class is the tokenizer's rune class.
type Class uint8

// The rune classes.
const (
	Sep    Class = iota // separator: space, punctuation, symbol
	Word                // letters, digits and marks of alphabetic scripts
	Hangul              // Hangul syllables and jamo
	Han                 // Han ideographs, Hiragana, Katakana, Bopomofo
)

// ClassOf returns the class of r. Combining marks are Word here; the
// tokenizer attaches them to whatever token they follow.
func ClassOf(r rune) Class {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			return Word
		}
		return Sep
	}
	if IsApostrophe(r) {
		return Sep
	}
	switch {
	case unicode.Is(unicode.Hangul, r):
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			return Hangul
		}
		return Sep
	case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r),
		unicode.Is(unicode.Katakana, r), unicode.Is(unicode.Bopomofo, r):
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r) {
			return Han
		}
		return Sep
	case unicode.IsLetter(r), unicode.IsNumber(r), unicode.IsMark(r):
		return Word
	}
	return Sep
}

// IsApostrophe reports whether r is one of the apostrophe-like characters that
// romanizations put inside names: ' ’ ‘ ʼ ʻ ` ´ ′ ʹ ʾ ʿ.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02BC', '\u02BB', '`', '\u00B4', '\u2032', '\u02B9', '\u02BE', '\u02BF':
		return true
	}
	return false
}

// Token is one token of a text: the byte span [Start, End) in the text as
// written and its class (Word, Hangul or Han).
type Token struct {
	Start, End int
	Class      Class
}

// asciiClass is ClassOf for the ASCII bytes.
var asciiClass = func() (t [utf8.RuneSelf]Class) {
	for b := range t {
		t[b] = ClassOf(rune(b))
	}
	return t
}()

// Scan calls f for every token of s in order. It never allocates.
func Scan(s string, f func(Token)) {
	for i := 0; ; {
		t, next, ok := Next(s, i)
		if !ok {
			return
		}
		f(t)
		i = next
	}
}

// Next returns the first token of s at or after byte i, where i is 0 or a
// position a previous call returned as next, and the position to go on
// from; ok is false when no token is left. Scanning s with Next from 0 gives
// the tokens Scan gives.
func Next(s string, i int) (t Token, next int, ok bool) {
	start := -1
	var cls Class
	for i < len(s) {
		if b := s[i]; b < utf8.RuneSelf && b != '\'' && b != '`' {
			// ASCII other than an apostrophe: no mark, no script change
			// beyond Word and Sep.
			c := asciiClass[b]
			if start >= 0 && c != cls {
				return Token{start, i, cls}, i, true
			}
			if c != Sep && start < 0 {
				start, cls = i, c
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		c := ClassOf(r)
		if c == Word && r >= utf8.RuneSelf && unicode.IsMark(r) {
			if start >= 0 {
				i += n
				continue // a mark continues any token
			}
		}
		if c == Sep && start >= 0 && cls == Word && IsApostrophe(r) {
			// Inside a word: keep going when a letter follows, but end
			// the token at a possessive ’s.
			r2, n2 := utf8.DecodeRuneInString(s[i+n:])
			if ClassOf(r2) == Word && !unicode.IsMark(r2) {
				if r2 == 's' || r2 == 'S' {
					r3, _ := utf8.DecodeRuneInString(s[i+n+n2:])
					if i+n+n2 >= len(s) || ClassOf(r3) != Word {
						return Token{start, i, cls}, i + n + n2, true
					}
				}
				i += n
				continue
			}
		}
		if start >= 0 && c != cls {
			return Token{start, i, cls}, i, true
		}
		if c != Sep && start < 0 {
			start, cls = i, c
		}
		i += n
	}
	if start >= 0 {
		return Token{start, len(s), cls}, len(s), true
	}
	return Token{}, len(s), false
}

// SkipLower returns a position j >= i from which Next may go on as from i,
// having passed over only separators and tokens that are ASCII words
// starting with a lower-case letter ("border", "x86"). It stops before the
// first token it cannot tell is one without the full tokenizer: a word
// with non-ASCII letters, marks or apostrophes, or a word or script run
// of any other kind. A matcher that wants capitalized names only skips
// most of an English text this way, a byte at a time.
//
// i must be a position Next may start from (see Next).
func SkipLower(s string, i int) int {
	for {
		// Eight bytes at a time while they are lower-case letters and
		// spaces, which most of an English text is: every word that ends
		// inside them is passed over, and a word running on past them is
		// left to the byte loop from its start. Going on from the start of
		// a word or from after a space is going on from a token boundary.
		for i+8 <= len(s) {
			spaces, ok := lowerOrSpace8(swar.Load(s, i))
			if !ok {
				break
			}
			if spaces>>56 != 0 { // the eighth byte is a space
				i += 8
				continue
			}
			if spaces == 0 {
				break // one word of eight letters or more
			}
			i += (63-bits.LeadingZeros64(spaces))/8 + 1 // after the last space
		}
		// Separators (apostrophes included: outside a word they are
		// separators too).
		for i < len(s) && s[i] < utf8.RuneSelf && asciiClass[s[i]] == Sep {
			i++
		}
		if i == len(s) || s[i] < 'a' || s[i] > 'z' {
			return i
		}
		j := i + 1
		for j < len(s) && s[j] < utf8.RuneSelf && asciiClass[s[j]] == Word {
			j++
		}
		// The word ends at j only before the end of s or an ASCII
		// separator that is no apostrophe.
		if j < len(s) && (s[j] >= utf8.RuneSelf || s[j] == '\'' || s[j] == '`') {
			return i
		}
		i = j
	}
}

// lowerOrSpace8 reports whether each of the eight bytes of x is a
// lower-case ASCII letter or a space, and marks the spaces: the high bit of
// each byte of spaces is set for a space. The sums below carry into no
// other byte, as every byte is ASCII when they are taken.
func lowerOrSpace8(x uint64) (spaces uint64, ok bool) {
	const ones, highs = swar.Ones, swar.Highs
	if x&highs != 0 {
		return 0, false
	}
	letter := (x + ones*(0x80-'a')) &^ (x + ones*(0x80-'z'-1)) & highs // 'a' <= b <= 'z'
	v := x ^ ones*' '
	spaces = ^((v + ones*0x7f) | v) & highs // b == ' ': the high bit of v+0x7f is clear only for 0
	return spaces, letter|spaces == highs
}

// AppendToken appends the normal form of the token t of s to dst.
func AppendToken(dst []byte, s string, t Token) []byte {
	raw := s[t.Start:t.End]
	if t.Class != Word {
		return append(dst, raw...)
	}
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c >= utf8.RuneSelf {
			return appendTokenRest(dst, raw[i:])
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if asciiClass[c] == Word {
			dst = append(dst, c)
		}
	}
	return dst
}

// appendTokenRest is AppendToken from the first non-ASCII byte of a word
// token on: the fold needs scratch space that escapes to the heap, so the
// all-ASCII words that make up most English text never ask for it.
func appendTokenRest(dst []byte, raw string) []byte {
	var buf [64]byte
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if asciiClass[c] == Word {
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(raw[i:])
		i += n
		dst = appendFolded(dst, r, buf[:0], 0)
	}
	return dst
}

// appendFolded appends the folded form of the non-ASCII rune r.
func appendFolded(dst []byte, r rune, buf []byte, depth int) []byte {
	if unicode.IsMark(r) || IsApostrophe(r) {
		return dst
	}
	if s, ok := special[r]; ok {
		return append(dst, s...)
	}
	buf = utf8.AppendRune(buf, r)
	dec := norm.NFKD.Append(nil, buf...)
	for j := 0; j < len(dec); {
		d, m := utf8.DecodeRune(dec[j:])
		j += m
		if unicode.IsMark(d) {
			continue
		}
		d = unicode.ToLower(d)
		if d < utf8.RuneSelf {
			if ClassOf(d) == Word {
				dst = append(dst, byte(d))
			}
			continue
		}
		if s, ok := special[d]; ok {
			dst = append(dst, s...)
			continue
		}
		if ClassOf(d) != Word {
			continue
		}
		if depth < 2 && !norm.NFKD.IsNormalString(string(d)) {
			dst = appendFolded(dst, d, buf[:0], depth+1)
			continue
		}
		dst = utf8.AppendRune(dst, d)
	}
	return dst
}

var special = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'Þ': "th",
	'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h",
}

// Tokens returns the normal forms of the tokens of s (empty ones dropped).
func Tokens(s string) []string {
	var out []string
	var buf []byte
	Scan(s, func(t Token) {
		buf = AppendToken(buf[:0], s, t)
		if len(buf) > 0 {
			out = append(out, string(buf))
		}
	})
	return out
}

// Normalize returns the matching key of name: its normalized tokens joined by
// single spaces.
func Normalize(name string) string {
	var buf [64]byte // most names fit: no allocation but the result's
	b := buf[:0]
	for i := 0; ; {
		t, next, ok := Next(name, i)
		if !ok {
			break
		}
		i = next
		n := len(b)
		if n > 0 {
			b = append(b, ' ')
		}
		b = AppendToken(b, name, t)
		if len(b) == n+1 && n > 0 {
			b = b[:n] // empty token: drop the space again
		}
	}
	if string(b) == name {
		return name // already normal ("hyesan"): nothing to allocate
	}
	return string(b)
}

// suffixes are the romanized Korean administrative suffixes that may follow a
// name as a separate token (Sinŭiju-si, Kapsan-gun, Hyesan-dong). The
// province endings -bukto and -namdo are deliberately absent: the bare
// "Pyongan" would be ambiguous between North and South.
var suffixes = map[string]bool{
	"si": true, "gun": true, "kun": true, "guyok": true, "kuyok": true, "dong": true,
	"ri": true, "up": true, "eup": true, "rodongjagu": true, "nodongjagu": true,
	"do": true, "gu": true, "ku": true, "myon": true, "myeon": true,
}

// hangulSuffixes are the same suffixes in Hangul, longest first.
var hangulSuffixes = []string{"노동자구", "구역", "시", "군", "동", "리", "읍", "도", "구", "면"}

// IsSuffix reports whether the normalized token tok is an administrative suffix.
func IsSuffix(tok string) bool { return suffixes[tok] }

// StripSuffix returns key without a trailing administrative suffix and true,
// or "", false when key has none or stripping would leave a key shorter than
// three runes (On-dong must not make "on", nor Ha-ri "ha"). For a Hangul key the suffix may be attached (혜산시 → 혜산), but
// the province endings 북도 and 남도 are kept.
func StripSuffix(key string) (string, bool) {
	n := stripLen([]byte(key))
	return key[:n], n > 0
}

// StripSuffixBytes is StripSuffix for a byte slice; the result shares key's
// memory.
func StripSuffixBytes(key []byte) ([]byte, bool) {
	n := stripLen(key)
	return key[:n], n > 0
}

// stripLen returns the length of key without its suffix, or 0.
func stripLen(key []byte) int {
	if i := bytes.LastIndexByte(key, ' '); i > 0 {
		if suffixes[string(key[i+1:])] && IndexableBytes(key[:i]) && utf8.RuneCount(key[:i]) >= 3 {
			return i
		}
		return 0
	}
	r, _ := utf8.DecodeRune(key)
	if ClassOf(r) != Hangul || bytes.HasSuffix(key, []byte("북도")) || bytes.HasSuffix(key, []byte("남도")) {
		return 0
	}
	for _, suf := range hangulSuffixes {
		if rest, ok := bytes.CutSuffix(key, []byte(suf)); ok && utf8.RuneCount(rest) >= 2 {
			return len(rest)
		}
	}
	return 0
}

// Indexable reports whether key may be indexed: it has at least two runes
// other than spaces and is not made of digits only.
func Indexable(key string) bool { return IndexableBytes([]byte(key)) }

// IndexableBytes is Indexable for a byte slice.
func IndexableBytes(key []byte) bool {
	n, letters := 0, false
	for _, r := range string(key) {
		if r == ' ' {
			continue
		}
		n++
		if !unicode.IsDigit(r) {
			letters = true
		}
	}
	return n >= 2 && letters
}

// Keys returns the index keys of name, the full key first: its normalized
// form; that form without an administrative suffix; and, when name's tokens
// are joined only by hyphens (Rajin-Sonbong), their concatenation
// (rajinsonbong), also without the suffix. Keys that are not Indexable are
// left out; the result has no duplicates.
func Keys(name string) []string {
	var toks []string
	var buf []byte
	hyphensOnly := true
	prevEnd := -1
	Scan(name, func(t Token) {
		buf = AppendToken(buf[:0], name, t)
		if len(buf) == 0 {
			return
		}
		if prevEnd >= 0 && !IsHyphens(name[prevEnd:t.Start]) {
			hyphensOnly = false
		}
		prevEnd = t.End
		toks = append(toks, string(buf))
	})
	if len(toks) == 0 {
		return nil
	}
	var out []string
	add := func(k string) {
		if !Indexable(k) {
			return
		}
		for _, o := range out {
			if o == k {
				return
			}
		}
		out = append(out, k)
	}
	full := strings.Join(toks, " ")
	add(full)
	stripped, ok := StripSuffix(full)
	if ok {
		add(stripped)
	}
	if len(toks) > 1 && hyphensOnly {
		add(strings.Join(toks, ""))
		if ok && len(toks) > 2 {
			add(strings.Join(toks[:len(toks)-1], ""))
		}
	}
	return out
}

// IsHyphens reports whether s is a non-empty run of hyphens and dashes.
func IsHyphens(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch r {
		case '-', '\u2010', '\u2011', '\u2012', '\u2013':
		default:
			return false
		}
	}
	return true
}

// Fold returns s with diacritics and apostrophes removed and the letters of
// the special table folded, keeping case, spaces and hyphens:
// "Ch’ŏngjin" → "Chongjin", "Sinŭiju-si" → "Sinuiju-si". It gives the
// spelling the English-language press uses for McCune–Reischauer names.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case IsApostrophe(r):
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.IsMark(r):
		default:
			if f, ok := special[r]; ok {
				if unicode.IsUpper(r) {
					f = strings.ToUpper(f[:1]) + f[1:]
				}
				b.WriteString(f)
				continue
			}
			cls := ClassOf(r)
			if cls != Word {
				b.WriteRune(r)
				continue
			}
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.IsMark(d) {
					b.WriteRune(d)
				}
			}
		}
	}
	return b.String()
}
