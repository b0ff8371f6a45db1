package ingest

import (
	"io"
	"sync/atomic"
)

// meter counts how far a Reader has got through its input.
type meter struct {
	done, total atomic.Int64
}

// Progress reports how much of its input the Reader has consumed: done of
// total, in bytes of the input file for JSON Lines (compressed bytes for
// .jsonl.gz) or in files for a directory; total is 0 when unknown. It is
// for progress bars and estimates of the time left, and is safe to call
// while another goroutine calls Next.
func (r *Reader) Progress() (done, total int64) {
	return r.prog.done.Load(), r.prog.total.Load()
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
