package pipeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// refNewOffsets is NewOffsets as it was, a byte at a time.
func refNewOffsets(text string) *Offsets {
	o := &Offsets{extra: []int{0}}
	for i := 0; i < len(text); {
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

// FuzzNewOffsets checks NewOffsets against refNewOffsets on any bytes.
func FuzzNewOffsets(f *testing.F) {
	f.Add("P’yŏngyang and 혜산")
	f.Add("")
	f.Add("abcdefgh")
	f.Add("abcdefg\xe2\x80")
	f.Add("0123456789abcdef\xff0123456")
	f.Fuzz(func(t *testing.T, s string) {
		got, want := NewOffsets(s), refNewOffsets(s)
		if !slices.Equal(got.starts, want.starts) || !slices.Equal(got.extra, want.extra) {
			t.Fatalf("NewOffsets(%q) = %v %v, want %v %v", s, got.starts, got.extra, want.starts, want.extra)
		}
	})
}

// BenchmarkNewOffsets indexes a mostly ASCII news text.
func BenchmarkNewOffsets(b *testing.B) {
	text := strings.Repeat("Security officials in Hyesan, Ryanggang Province, arrested smugglers who crossed "+
		"the Yalu River from Changbai; traders in Sinŭiju and Dandong said prices rose. ", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		NewOffsets(text)
	}
}

// FuzzDateString checks Date.String against the fmt.Sprintf it was.
func FuzzDateString(f *testing.F) {
	for _, d := range [][3]int{{2021, 5, 2}, {1, 1, 1}, {9999, 12, 31}, {10000, 1, 1}, {-5, 3, 4}, {0, 0, 1}, {2020, 100, 5}, {2020, 1, -1}, {0, 0, 0}} {
		f.Add(d[0], d[1], d[2])
	}
	f.Fuzz(func(t *testing.T, y, m, d int) {
		date := Date{Year: y, Month: time.Month(m), Day: d}
		want := ""
		if !date.IsZero() {
			want = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		}
		if got := date.String(); got != want {
			t.Fatalf("Date{%d, %d, %d}.String() = %q, want %q", y, m, d, got, want)
		}
	})
}
