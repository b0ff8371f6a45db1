package pipeline

import (
	"unicode/utf8"

	"geotimeline/internal/swar"
)

// Offsets converts byte offsets of one text into Unicode code-point offsets.
// Build it once per document; CodePoint costs O(log n) in the number of
// non-ASCII runes and nothing for ASCII text.
type Offsets struct {
	starts []int // byte offset of every multi-byte rune, in order
	extra  []int // extra[k]: surplus bytes (len-1) of the first k multi-byte runes
}

// NewOffsets indexes text.
func NewOffsets(text string) *Offsets {
	o := &Offsets{extra: []int{0}}
	for i := 0; i < len(text); {
		// Most text is ASCII: pass over it sixteen bytes at a time.
		if i = swar.SkipASCII(text, i); i == len(text) {
			break
		}
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		o.starts = append(o.starts, i)
		o.extra = append(o.extra, o.extra[len(o.extra)-1]+n-1)
		i += n
	}
	return o
}

// CodePoint returns the code-point offset of byte offset b, which should fall
// on a rune boundary (inside a rune it counts that rune as begun).
func (o *Offsets) CodePoint(b int) int {
	lo, hi := 0, len(o.starts)
	for lo < hi {
		m := (lo + hi) / 2
		if o.starts[m] < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return b - o.extra[lo]
}
