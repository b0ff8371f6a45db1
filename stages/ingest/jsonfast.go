package ingest

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
)

// Decoding a JSON Lines record with encoding/json validates the line in one
// pass and decodes it by reflection in another; for the usual record — an
// object of string members — decodeFast does both in one pass. Anything
// else (a member that is a number, an object or null where a string is
// wanted, a key spelled in another case, a surrogate escape, invalid JSON)
// makes it give up, and the line goes to encoding/json, which decides and
// words the warning. FuzzDecodeFast holds the two to the same values.

// The members of a record that parse reads besides id and text, in the
// order it reports problems with them.
var metaKeys = [...]string{"published", "title", "source", "url"}

// fastRecord is a record decoded by decodeFast: every member it names was
// present as a JSON string.
type fastRecord struct {
	id, text string
	meta     [len(metaKeys)]string
	hasMeta  [len(metaKeys)]bool
}

// decodeFast decodes raw, a line of valid UTF-8, into rec when it is a
// JSON object whose "id" and "text" are strings, whose other known members
// are strings, and whose unknown members are strings, true, false or null.
// It reports false, leaving the line to encoding/json, in every other case.
func decodeFast(raw []byte, rec *fastRecord) bool {
	*rec = fastRecord{}
	p := skipSpace(raw, 0)
	if p >= len(raw) || raw[p] != '{' {
		return false
	}
	p = skipSpace(raw, p+1)
	var hasID, hasText bool
	for {
		if p >= len(raw) || raw[p] != '"' {
			return false // also "{}": no id, which encoding/json words
		}
		// A key without escapes: a key with one may spell a known member.
		end := p + 1
		for end < len(raw) && raw[end] != '"' && raw[end] != '\\' && raw[end] >= 0x20 {
			end++
		}
		if end >= len(raw) || raw[end] != '"' {
			return false
		}
		key := raw[p+1 : end]
		p = skipSpace(raw, end+1)
		if p >= len(raw) || raw[p] != ':' {
			return false
		}
		p = skipSpace(raw, p+1)
		if p >= len(raw) {
			return false
		}
		var dst *string
		switch string(key) {
		case "id":
			dst, hasID = &rec.id, true
		case "text":
			dst, hasText = &rec.text, true
		default:
			for i, k := range metaKeys {
				if string(key) == k {
					dst, rec.hasMeta[i] = &rec.meta[i], true
				}
			}
		}
		switch {
		case dst != nil:
			s, n, ok := scanString(raw, p)
			if !ok {
				return false
			}
			*dst, p = s, n
		case foldsToMember(key):
			return false // encoding/json matches member names in any case
		case raw[p] == '"':
			_, n, ok := scanString(raw, p)
			if !ok {
				return false
			}
			p = n
		default:
			n, ok := scanLiteral(raw, p)
			if !ok {
				return false
			}
			p = n
		}
		p = skipSpace(raw, p)
		if p >= len(raw) {
			return false
		}
		if raw[p] == '}' {
			p++
			break
		}
		if raw[p] != ',' {
			return false
		}
		p = skipSpace(raw, p+1)
	}
	return hasID && hasText && skipSpace(raw, p) == len(raw)
}

// foldsToMember reports whether key names a member parse reads, in some
// letter case (Unicode simple folding, as encoding/json matches).
func foldsToMember(key []byte) bool {
	k := string(key)
	if strings.EqualFold(k, "id") || strings.EqualFold(k, "text") {
		return true
	}
	for _, m := range metaKeys {
		if strings.EqualFold(k, m) {
			return true
		}
	}
	return false
}

// skipSpace returns the first position from p that is not JSON white space.
func skipSpace(raw []byte, p int) int {
	for p < len(raw) && (raw[p] == ' ' || raw[p] == '\t' || raw[p] == '\n' || raw[p] == '\r') {
		p++
	}
	return p
}

// scanLiteral skips true, false or null at p.
func scanLiteral(raw []byte, p int) (int, bool) {
	for _, lit := range [...]string{"true", "false", "null"} {
		if len(raw)-p >= len(lit) && string(raw[p:p+len(lit)]) == lit {
			return p + len(lit), true
		}
	}
	return p, false
}

// plainRun returns the index of the first byte of raw from i on that ends
// a run of plain string bytes: a quote, a backslash or a control byte
// (below 0x20); len(raw) if there is none. It tests eight bytes at a time:
// an article's text is one long string.
func plainRun(raw []byte, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(raw); i += 8 {
		x := binary.LittleEndian.Uint64(raw[i:])
		// The high bit of each byte that is '"' or '\\' (a zero byte of
		// x^q or x^b) or below 0x20; a byte flagged wrongly lies above one
		// flagged rightly (the borrow runs up), so the lowest flag is right.
		q, b := x^(ones*'"'), x^(ones*'\\')
		m := ((q-ones)&^q | (b-ones)&^b | (x-ones*0x20)&^x) & highs
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(raw) && raw[i] != '"' && raw[i] != '\\' && raw[i] >= 0x20 {
		i++
	}
	return i
}

// stringEnd returns the index of the first quote of raw from i on that no
// backslash escapes (a backslash skips the byte after it), len(raw) if
// there is none, or len(raw)+1 when raw ends in such a backslash. It looks
// for the next quote and for the backslashes before it with vectorized
// searches: an article's text, one long string, holds an escape for each
// line break, and the sizing of its buffer read every byte of it one at a
// time (1% of a run's instructions).
func stringEnd(raw []byte, i int) int {
	q := -1 // the next quote at or after i, len(raw) for none; -1: not looked for
	for i < len(raw) {
		if q < i {
			if j := bytes.IndexByte(raw[i:], '"'); j >= 0 {
				q = i + j
			} else {
				q = len(raw)
			}
		}
		j := bytes.IndexByte(raw[i:q], '\\')
		if j < 0 {
			return q
		}
		i += j + 2 // a backslash and the byte it escapes
	}
	return i
}

// scanString decodes the JSON string at p and returns it and the position
// after it. It fails on a string that is not valid JSON and on a \u escape
// of a surrogate (encoding/json pairs or replaces those).
func scanString(raw []byte, p int) (string, int, bool) {
	if p >= len(raw) || raw[p] != '"' {
		return "", p, false
	}
	start := p + 1
	i := plainRun(raw, start)
	if i < len(raw) && raw[i] == '"' {
		return string(raw[start:i]), i + 1, true
	}
	// Escapes: decode into a buffer as long as the string's JSON form (no
	// escape is shorter than what it stands for), made once.
	end := stringEnd(raw, i)
	var buf strings.Builder
	buf.Grow(end - start)
	buf.Write(raw[start:i])
	for i < len(raw) {
		c := raw[i]
		switch {
		case c == '"':
			return buf.String(), i + 1, true
		case c < 0x20:
			return "", p, false
		case c != '\\':
			j := plainRun(raw, i+1)
			buf.Write(raw[i:j])
			i = j
			continue
		}
		if i+1 >= len(raw) {
			return "", p, false
		}
		switch e := raw[i+1]; e {
		case '"', '\\', '/':
			buf.WriteByte(e)
		case 'b':
			buf.WriteByte('\b')
		case 'f':
			buf.WriteByte('\f')
		case 'n':
			buf.WriteByte('\n')
		case 'r':
			buf.WriteByte('\r')
		case 't':
			buf.WriteByte('\t')
		case 'u':
			if i+6 > len(raw) {
				return "", p, false
			}
			var r rune
			for _, h := range raw[i+2 : i+6] {
				switch {
				case '0' <= h && h <= '9':
					h -= '0'
				case 'a' <= h && h <= 'f':
					h -= 'a' - 10
				case 'A' <= h && h <= 'F':
					h -= 'A' - 10
				default:
					return "", p, false
				}
				r = r<<4 | rune(h)
			}
			if 0xD800 <= r && r < 0xE000 {
				return "", p, false
			}
			buf.WriteRune(r)
			i += 6
			continue
		default:
			return "", p, false
		}
		i += 2
	}
	return "", p, false
}
