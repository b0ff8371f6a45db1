package parquet

import (
	"sync"

	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// compressionLevel is the zstd level of every file (zstd "fastest"): the
// default level cost 2.6 times the memory and made a 3000-event file no
// smaller (68.0 KB against 64.5 KB).
const compressionLevel = 1

// Arrow v17 compresses each page at an explicit level with a zstd encoder
// built for that page alone, whose history buffer (megabytes) is allocated
// and cleared every time: a third of the CPU of writing a file. reusedZstd
// is the same codec with one encoder for compressionLevel, built once and
// shared (zstd's EncodeAll is safe for concurrent use and its output does
// not depend on the encoder's past), so the bytes written are the same.
//
// Registering it replaces Arrow's zstd codec for the whole process, the one
// way v17 offers; only this package writes Parquet in geotimeline. Arrow v18
// reuses its encoders itself: this file goes when the dependency moves.
type reusedZstd struct {
	compress.Codec // Arrow's own, for everything but EncodeLevel
	enc            func() *zstd.Encoder
}

// CompressBound is what Arrow makes room for before it compresses a page:
// zstd's worst case would be a fresh buffer of the page's size, cleared,
// for every column chunk. A third is room enough for text pages; EncodeAll
// appends, so a page that compresses less only grows the buffer, and the
// bytes are the same.
func (z reusedZstd) CompressBound(n int64) int64 { return n/3 + 64 }

func (z reusedZstd) EncodeLevel(dst, src []byte, level int) []byte {
	if level != compressionLevel {
		return z.Codec.EncodeLevel(dst, src, level)
	}
	return z.enc().EncodeAll(src, dst[:0])
}

func init() {
	arrow, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		return // no zstd in this Arrow: writes fail with Arrow's own error
	}
	enc := sync.OnceValue(func() *zstd.Encoder {
		// The options Arrow's EncodeLevel uses; NewWriter(nil, …) with
		// valid options does not fail.
		e, _ := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(zstd.EncoderLevelFromZstd(compressionLevel)))
		return e
	})
	compress.RegisterCodec(compress.Codecs.Zstd, reusedZstd{Codec: arrow, enc: enc})
}
