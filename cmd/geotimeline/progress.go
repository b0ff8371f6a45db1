package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress reports a long run's advance on stderr: a line rewritten in
// place when stderr is a terminal, a log line every interval otherwise.
// It reads the wall clock for display only; nothing it sees reaches an
// output file.
type progress struct {
	w        io.Writer
	tty      bool
	every    time.Duration
	start    time.Time
	last     time.Time
	docs     int
	bytes    int64
	reported bool
}

// newProgress returns a progress reporter on w, or nil when w is nil.
func newProgress(w io.Writer) *progress {
	if w == nil {
		return nil
	}
	p := &progress{w: w, every: 10 * time.Second, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty, p.every = true, 500*time.Millisecond
		}
	}
	p.last = p.start
	return p
}

// add counts one finished document of n bytes.
func (p *progress) add(n int) {
	if p == nil {
		return
	}
	p.docs++
	p.bytes += int64(n)
	if p.docs%64 != 0 { // look at the clock only now and then
		return
	}
	if now := time.Now(); now.Sub(p.last) >= p.every {
		p.last = now
		p.print(now)
	}
}

func (p *progress) print(now time.Time) {
	secs := now.Sub(p.start).Seconds()
	if secs <= 0 {
		return
	}
	line := fmt.Sprintf("%d documents, %.1f MB, %.0f documents/s, %.1f MB/s", p.docs, float64(p.bytes)/1e6,
		float64(p.docs)/secs, float64(p.bytes)/1e6/secs)
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s", line)
	} else {
		fmt.Fprintf(p.w, "geotimeline: %s\n", line)
	}
	p.reported = true
}

// done ends a terminal progress line so the next message starts clean.
func (p *progress) done() {
	if p != nil && p.tty && p.reported {
		fmt.Fprintln(p.w)
	}
}
