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

// refDaysUntil is Date.DaysUntil as it was: through two time.Time values.
func refDaysUntil(d, e Date) int { return int(e.Time().Sub(d.Time()).Hours() / 24) }

// FuzzDaysUntil checks DaysUntil against refDaysUntil on any fields,
// normalized or not, near and far.
func FuzzDaysUntil(f *testing.F) {
	f.Add(2020, 2, 29, 2021, 3, 1)
	f.Add(1, 1, 1, 9999, 12, 31)
	f.Add(-400, 13, 0, 400, -1, 32)
	f.Add(1700, 2, 29, 2000, 2, 29)
	f.Add(1970, 1, 1, 2262, 4, 12)
	f.Add(1677, 9, 21, 1970, 1, 1)
	f.Fuzz(func(t *testing.T, y1, m1, d1, y2, m2, d2 int) {
		a, b := Date{y1, time.Month(m1), d1}, Date{y2, time.Month(m2), d2}
		if got, want := a.DaysUntil(b), refDaysUntil(a, b); got != want {
			t.Errorf("%v.DaysUntil(%v) = %d, want %d", a, b, got, want)
		}
	})
}

// TestDaysUntilSameAsReference compares DaysUntil with refDaysUntil over
// every day of 1600-2400 against fixed days, and over random fields.
func TestDaysUntilSameAsReference(t *testing.T) {
	fixed := []Date{{1970, 1, 1}, {2000, 2, 29}, {1600, 3, 1}, {2400, 12, 31}, {1, 1, 1}}
	for d := (Date{1600, 1, 1}); d.Year <= 2400; d = d.AddDays(1) {
		for _, e := range fixed {
			if got, want := d.DaysUntil(e), refDaysUntil(d, e); got != want {
				t.Fatalf("%v.DaysUntil(%v) = %d, want %d", d, e, got, want)
			}
			if got, want := e.DaysUntil(d), refDaysUntil(e, d); got != want {
				t.Fatalf("%v.DaysUntil(%v) = %d, want %d", e, d, got, want)
			}
		}
	}
	r := uint64(1)
	next := func(n int) int { r = r*6364136223846793005 + 1442695040888963407; return int(r>>33)%(2*n+1) - n }
	for range 200000 {
		a := Date{next(3000), time.Month(next(30)), next(400)}
		b := Date{next(300000), time.Month(next(30)), next(400)}
		if got, want := a.DaysUntil(b), refDaysUntil(a, b); got != want {
			t.Fatalf("%+v.DaysUntil(%+v) = %d, want %d", a, b, got, want)
		}
	}
}
