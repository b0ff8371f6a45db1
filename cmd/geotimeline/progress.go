package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress reports a long run's advance on stderr: a bar rewritten in
// place when stderr is a terminal, a log line every interval otherwise,
// each with documents/s, MB/s and, when the input's size is known, the share
// read and the time left. It reads the wall clock for display only; nothing
// it sees reaches an output file.
type progress struct {
	w        io.Writer
	meter    func() (done, total int64) // how much of the input is read; nil if unknown
	tty      bool
	every    time.Duration
	start    time.Time
	last     time.Time
	unit     string // what is counted: "documents" (with their MB), or "events written"
	docs     int
	bytes    int64
	reported bool
}

// newProgress returns a progress reporter on w, or nil when w is nil.
// meter, if not nil, tells how much of the input has been read.
func newProgress(w io.Writer, meter func() (done, total int64)) *progress {
	if w == nil {
		return nil
	}
	p := &progress{w: w, meter: meter, unit: "documents", every: 10 * time.Second, start: time.Now()}
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
	line := fmt.Sprintf("%d %s, %.0f/s", p.docs, p.unit, float64(p.docs)/secs)
	if p.bytes > 0 {
		line = fmt.Sprintf("%d %s, %.1f MB, %.0f %s/s, %.1f MB/s", p.docs, p.unit, float64(p.bytes)/1e6,
			float64(p.docs)/secs, p.unit, float64(p.bytes)/1e6/secs)
	}
	frac := -1.0
	if p.meter != nil {
		if done, total := p.meter(); total > 0 && done > 0 {
			frac = min(1, float64(done)/float64(total))
			left := time.Duration(secs * (1 - frac) / frac * float64(time.Second)).Round(time.Second)
			line = fmt.Sprintf("%3.0f%% %s, %s left", 100*frac, line, left)
		}
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s%s", bar(frac, 20), line)
	} else {
		fmt.Fprintf(p.w, "geotimeline: %s\n", line)
	}
	p.reported = true
}

// bar draws a progress bar of width cells for the share frac (none when
// frac is negative: the input's size is unknown).
func bar(frac float64, width int) string {
	if frac < 0 {
		return ""
	}
	n := int(frac * float64(width))
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "] "
}

// done ends a terminal progress line so the next message starts clean.
func (p *progress) done() {
	if p != nil && p.tty && p.reported {
		fmt.Fprintln(p.w)
	}
}
