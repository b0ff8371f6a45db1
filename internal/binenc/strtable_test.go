package binenc

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// refEncodeStrings encodes ss as one payload with the string table of a
// map alone, as the encoder did before it searched short tables in order.
func refEncodeStrings(ss []string) []byte {
	var b []byte
	strs := map[string]int{}
	for _, s := range ss {
		if len(s) >= minShared {
			if i, ok := strs[s]; ok {
				b = binary.AppendUvarint(b, uint64(i)<<1|1)
				continue
			}
			strs[s] = len(strs)
		}
		b = append(binary.AppendUvarint(b, uint64(len(s))<<1), s...)
	}
	return b
}

// stringsOf splits data into a sequence of short strings drawn from a
// small alphabet, so that they repeat, and payloads of them.
func stringsOf(data []byte) [][]string {
	var payloads [][]string
	var cur []string
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0xff {
			payloads = append(payloads, cur)
			cur = nil
			continue
		}
		n := int(data[i] % 4)
		cur = append(cur, string(bytes.Repeat([]byte{'a' + data[i+1]%8}, n))+string(rune('a'+data[i+1]/8%4)))
	}
	return append(payloads, cur)
}

func FuzzStringTableSame(f *testing.F) {
	f.Add([]byte("abcdabcdabcd\xff\x00abab"))
	many := make([]byte, 0, 1000)
	for i := range 500 {
		many = append(many, byte(i*7), byte(i*13))
	}
	f.Add(many)
	f.Fuzz(func(t *testing.T, data []byte) {
		var e Encoder // reused across payloads, as the spill codecs do
		for _, ss := range stringsOf(data) {
			e.Start(nil)
			for _, s := range ss {
				e.Str(s)
			}
			if got, want := e.Bytes(), refEncodeStrings(ss); !bytes.Equal(got, want) {
				t.Fatalf("payload of %d strings %q:\n got %x\nwant %x", len(ss), ss, got, want)
			}
		}
	})
}

func TestStringTableLong(t *testing.T) {
	var ss []string
	for i := range 3 * maxListed {
		ss = append(ss, string(rune('A'+i%60))+string(rune('a'+i%7)), "xy")
	}
	var e Encoder
	for range 3 {
		e.Start(nil)
		for _, s := range ss {
			e.Str(s)
		}
		if got, want := e.Bytes(), refEncodeStrings(ss); !bytes.Equal(got, want) {
			t.Fatalf("got %x\nwant %x", got, want)
		}
		ss = ss[:len(ss)/2]
	}
}
