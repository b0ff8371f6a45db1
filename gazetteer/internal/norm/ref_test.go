package norm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"geotimeline/internal/swar"
)

// skipLowerBytes is SkipLower as it was before it read eight bytes at a
// time, kept to check the faster one against.
func skipLowerBytes(s string, i int) int {
	for {
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
		if j < len(s) && (s[j] >= utf8.RuneSelf || s[j] == '\'' || s[j] == '`') {
			return i
		}
		i = j
	}
}

// FuzzSkipLowerSame checks that SkipLower stops where the byte-at-a-time
// version stops, from every token boundary of the input.
func FuzzSkipLowerSame(f *testing.F) {
	for _, s := range []string{
		"the border at Hyesan", "korea's north and the weather has been dry", "o'Neil and x86 Kim",
		"cafe\u0301 au lait", "혜산 east", "a`b c", "end", "\xff x", "residents said smuggled goods",
		"abcdefghijklmnop qrstu Vw", "abcdefg hijklmn opqrstu' v", "aaaaaaa  bbbbbbb\tccccccc's",
		strings.Repeat("word ", 9) + "Hyesan", "zzzzzzzz{aaaaaaaa`", "a b c d e f g h i j k l",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; ; {
			if got, want := SkipLower(s, i), skipLowerBytes(s, i); got != want {
				t.Fatalf("SkipLower(%q, %d) = %d, want %d", s, i, got, want)
			}
			_, next, ok := Next(s, i)
			if !ok {
				return
			}
			i = next
		}
	})
}

// TestLowerOrSpace8 checks the eight-byte test on every byte in every
// position against the plain definition.
func TestLowerOrSpace8(t *testing.T) {
	for b := range 256 {
		for pos := range 8 {
			buf := []byte("abcd efg")
			buf[pos] = byte(b)
			spaces, ok := lowerOrSpace8(swar.Load(string(buf), 0))
			wantOK := true
			var wantSpaces uint64
			for k, c := range buf {
				if c == ' ' {
					wantSpaces |= 0x80 << (8 * k)
				} else if c < 'a' || c > 'z' {
					wantOK = false
				}
			}
			if ok != wantOK || ok && spaces != wantSpaces {
				t.Errorf("lowerOrSpace8(%q) = %#x, %v; want %#x, %v", buf, spaces, ok, wantSpaces, wantOK)
			}
		}
	}
}
