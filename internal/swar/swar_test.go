package swar

import (
	"encoding/binary"
	"testing"
)

func TestLoad(t *testing.T) {
	s := "xabcdefgh"
	if got, want := Load(s, 1), binary.LittleEndian.Uint64([]byte("abcdefgh")); got != want {
		t.Errorf("Load = %#x, want %#x", got, want)
	}
}

// FuzzHasBetween compares HasBetween with a byte loop, for the bounds the
// scans use.
func FuzzHasBetween(f *testing.F) {
	f.Add([]byte("Hello, W"), byte('A'-1), byte('Z'+1))
	f.Add([]byte("a\tb c\x80\xffz"), byte(8), byte(14))
	f.Fuzz(func(t *testing.T, b []byte, m, n byte) {
		if len(b) < 8 || m > 127 || n > 128 {
			return
		}
		want := false
		for _, c := range b[:8] {
			want = want || c < 0x80 && m < c && c < n
		}
		if got := HasBetween(binary.LittleEndian.Uint64(b), m, n); got != want {
			t.Errorf("HasBetween(%q, %d, %d) = %v, want %v", b[:8], m, n, got, want)
		}
	})
}

// FuzzSkipASCII checks SkipASCII against eight bytes at a time.
func FuzzSkipASCII(f *testing.F) {
	f.Add("Police arrested a trader in Hyesan on May 2, 2021.", 0)
	f.Add("0123456789abcdef0123456789abcdef\x80", 1)
	f.Add("abc’def ghijklmnopqrstuvwxyz", 0)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		want := i
		for want+8 <= len(s) && binary.LittleEndian.Uint64([]byte(s[want:want+8]))&Highs == 0 {
			want += 8
		}
		if got := SkipASCII(s, i); got != want {
			t.Errorf("SkipASCII(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}
