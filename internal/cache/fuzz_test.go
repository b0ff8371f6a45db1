package cache

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"io"
	"log/slog"
	"math/rand/v2"
	"reflect"
	"testing"
)

func slogTo(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }

// FuzzDecode feeds arbitrary payloads, behind a valid header and checksum,
// to the entry decoder: it must never panic, and whatever it accepts must
// survive a round trip — encoding it gives bytes that decode, and encode
// back to themselves (compared as bytes, since NaN != NaN). (Bytes accepted need not be the encoder's own: a
// string the encoder would have shared may be written out again.)
func FuzzDecode(f *testing.F) {
	c := newCache(f, f.TempDir(), "v1")
	var k Key
	r := rand.New(rand.NewPCG(3, 4))
	for range 8 {
		var e entry
		populate(reflect.ValueOf(&e).Elem(), r, 0)
		f.Add(c.encode(k, &e)[headerLen:])
	}
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, payload []byte) {
		b := make([]byte, headerLen, headerLen+len(payload))
		copy(b, magic)
		b = append(b, payload...)
		binary.LittleEndian.PutUint32(b[len(magic)+len(k):], crc32.Checksum(payload, castagnoli))
		e, err := c.decode(b, k)
		if err != nil {
			return
		}
		b2 := c.encode(k, e)
		e2, err := c.decode(b2, k)
		if err != nil {
			t.Fatalf("decoding an encoded entry: %v", err)
		}
		if b3 := c.encode(k, e2); !bytes.Equal(b3, b2) {
			t.Errorf("encoding is not stable:\n got %x\nwant %x", b3, b2)
		}
	})
}
