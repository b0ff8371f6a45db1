// Package jsonstr writes strings as encoding/json does, fast: the outputs
// write hundreds of thousands of them a run (places.geojson, run.json), and
// encoding/json's reflection and second indenting pass cost more than the
// rest of those files. The tests hold it to encoding/json byte for byte.
package jsonstr

import (
	"math/bits"
	"unicode/utf8"

	"geotimeline/internal/swar"
)

// Append appends s as a JSON string the way encoding/json writes it:
// control characters as \b \f \n \r \t or \u00XX, invalid UTF-8 as
// \ufffd, U+2028 and U+2029 escaped, and with escapeHTML (json.Marshal,
// json.Encoder's default) <, > and & as \u003c, \u003e, \u0026 —
// without it, as an Encoder with SetEscapeHTML(false) writes them.
func Append(dst []byte, s string, escapeHTML bool) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Runs of bytes written as they are, eight at a time; the
			// byte that ends one is looked at below.
			if m := jsonUnsafe8(swar.Load(s, i)); m == 0 {
				i += 8
				continue
			} else {
				i += bits.TrailingZeros64(m) >> 3
			}
		}
		if b := s[i]; b < utf8.RuneSelf {
			if jsonSafe[b] || !escapeHTML && (b == '<' || b == '>' || b == '&') {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// jsonUnsafe8 returns the high bits of the bytes of x (eight bytes of a
// string, the first in the low byte) that Append may not copy
// as they are — bytes of 0x80 and above, below 0x20, ", \, &, < and > —
// and of '=' (which lies between < and >); a bit above the lowest may be
// set for a byte that is safe (the borrows of the zero-byte tests), which
// the byte-by-byte path sorts out.
func jsonUnsafe8(x uint64) uint64 {
	const ones, highs = swar.Ones, swar.Highs
	q, b, a := x^(ones*'"'), x^(ones*'\\'), x^(ones*'&') // zero bytes where x has one of them
	low := x & (ones * 0x7f)                             // each byte below 0x80: the sums carry into no other byte
	return (x | (x-ones*0x20)&^x | (q-ones)&^q | (b-ones)&^b | (a-ones)&^a |
		(ones*(127+'?')-low)&^x&(low+ones*(127-';'))) & highs // the last: '<', '=', '>'
}

// jsonSafe marks the ASCII bytes encoding/json writes as they are with
// HTML escaping on: printable characters but ", \, <, > and &.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		switch b {
		case '"', '\\', '<', '>', '&':
		default:
			t[b] = true
		}
	}
	return t
}()
