// Package swar holds the word-at-a-time helpers of the scans that test
// eight bytes of a text at once (SIMD within a register): the tokenizers,
// the line classifier, the offset table and the capital-letter scans read
// every byte of every article, and most of those bytes are plain ASCII.
package swar

const (
	// Ones has 0x01 in every byte.
	Ones = 0x0101010101010101
	// Highs has the high bit of every byte set.
	Highs = 0x8080808080808080
)

// Load returns s[i:i+8] as a little-endian word: byte i+k is bits 8k to
// 8k+7.
func Load(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// HasBetween reports whether a byte b of x lies strictly between m and n
// (m < b < n), for m ≤ 127 and n ≤ 128, bytes of 0x80 and above never
// counting ("determine if a word has a byte between m and n" of the bit
// hacks).
func HasBetween(x uint64, m, n byte) bool {
	low := x & (Ones * 0x7f)
	return (Ones*(127+uint64(n))-low)&^x&(low+Ones*(127-uint64(m)))&Highs != 0
}

// SkipASCII returns the first offset j ≥ i, i plus a multiple of eight,
// from which fewer than eight bytes of s remain or the next eight hold a
// byte of a multi-byte rune: s[i:j] is ASCII. It tests sixteen bytes at a
// time while it can (a run of ASCII in an English article is hundreds of
// bytes).
func SkipASCII(s string, i int) int {
	for i+16 <= len(s) && (Load(s, i)|Load(s, i+8))&Highs == 0 {
		i += 16
	}
	if i+8 <= len(s) && Load(s, i)&Highs == 0 {
		i += 8
	}
	return i
}
