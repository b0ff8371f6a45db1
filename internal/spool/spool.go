// Package spool keeps a stream of values on disk so that a run over a large
// corpus holds none of them in memory: values are appended in order to a
// temporary file (encoded with binenc) and read back by index, in any order.
// The file is unlinked as soon as it is created where the system allows, so
// nothing is left behind however the run ends.
package spool

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"reflect"

	"geotimeline/internal/binenc"
)

// A Spool holds values of type T. It is not safe for concurrent use.
type Spool[T any] struct {
	f     *os.File
	name  string // set when the file could not be unlinked while open
	w     *bufio.Writer
	codec Codec[T]
	ends  []int64 // end offset of each value
	size  int64
	buf   []byte
	dirty bool // w holds bytes not yet in f

	// Recently read stretches of the file: values are mostly read in the
	// order written, or near it, so one read of a window serves many Gets.
	wins [readWindows]window
	tick uint64 // Gets served, to find the least recently used window
}

// Read-ahead: readWindows windows of windowSize bytes. A read that does not
// carry on from a window (one of the later reports of a merged event, far
// ahead in the file) fills a window of only jumpSize bytes: a full window
// there would mostly be read for nothing.
const (
	readWindows = 4
	windowSize  = 64 << 10
	jumpSize    = 4 << 10
)

// A window is the file's bytes from off on.
type window struct {
	off  int64
	b    []byte
	used uint64 // tick of the last Get it served
}

// A Codec encodes and decodes the values of a spool. Decode gets a zero
// *v and bytes Append wrote; the bytes are not kept past the call.
type Codec[T any] interface {
	Append(b []byte, v *T) []byte
	Decode(b []byte, v *T) error
}

// reflected is the Codec binenc compiles for T.
type reflected[T any] struct{ c *binenc.Codec }

func (r reflected[T]) Append(b []byte, v *T) []byte {
	return r.c.Append(b, reflect.ValueOf(v).Elem())
}

func (r reflected[T]) Decode(b []byte, v *T) error {
	return r.c.Decode(b, reflect.ValueOf(v).Elem())
}

// New returns an empty spool whose file lives in dir ("" for the system's
// temporary directory), encoding its values with binenc's compiled codec.
func New[T any](dir string) (*Spool[T], error) {
	c, err := binenc.Compile(reflect.TypeFor[T]())
	if err != nil {
		return nil, err
	}
	return NewWith[T](dir, reflected[T]{c})
}

// NewWith is New with the values encoded by c.
func NewWith[T any](dir string, c Codec[T]) (*Spool[T], error) {
	f, err := os.CreateTemp(dir, "geotimeline-spool-*")
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	s := &Spool[T]{f: f, w: bufio.NewWriterSize(f, 256<<10), codec: c}
	if os.Remove(f.Name()) != nil {
		s.name = f.Name()
	}
	return s, nil
}

// Append stores *v and returns its index.
func (s *Spool[T]) Append(v *T) (int, error) {
	s.buf = s.codec.Append(s.buf[:0], v)
	if _, err := s.w.Write(s.buf); err != nil {
		return 0, fmt.Errorf("spool: %w", err)
	}
	s.dirty = true
	s.size += int64(len(s.buf))
	s.ends = append(s.ends, s.size)
	return len(s.ends) - 1, nil
}

// Size returns the bytes of disk the spool holds.
func (s *Spool[T]) Size() int64 { return s.size }

// Len returns the number of values stored.
func (s *Spool[T]) Len() int { return len(s.ends) }

// Get reads value i into *v.
func (s *Spool[T]) Get(i int, v *T) error {
	if i < 0 || i >= len(s.ends) {
		return fmt.Errorf("spool: index %d out of range [0,%d)", i, len(s.ends))
	}
	if s.dirty {
		if err := s.w.Flush(); err != nil {
			return fmt.Errorf("spool: %w", err)
		}
		s.dirty = false
	}
	var start int64
	if i > 0 {
		start = s.ends[i-1]
	}
	b, err := s.read(start, int(s.ends[i]-start))
	if err != nil {
		return fmt.Errorf("spool: value %d: %w", i, err)
	}
	var zero T
	*v = zero
	if err := s.codec.Decode(b, v); err != nil {
		return fmt.Errorf("spool: value %d: %w", i, err)
	}
	return nil
}

// read returns the n bytes of the file at start, through the windows; the
// bytes are valid until the next read.
func (s *Spool[T]) read(start int64, n int) ([]byte, error) {
	s.tick++
	end := start + int64(n)
	lru := &s.wins[0]
	var cont *window // a window this read carries on from
	for i := range s.wins {
		w := &s.wins[i]
		if w.b != nil && start >= w.off && end <= w.off+int64(len(w.b)) {
			w.used = s.tick
			return w.b[start-w.off : end-w.off], nil
		}
		if w.b != nil && start >= w.off && start <= w.off+int64(len(w.b)) {
			cont = w
		}
		if w.used < lru.used {
			lru = w
		}
	}
	if n > windowSize {
		if cap(s.buf) < n {
			s.buf = make([]byte, n)
		}
		b := s.buf[:n]
		if _, err := s.f.ReadAt(b, start); err != nil && err != io.EOF {
			return nil, err
		}
		return b, nil
	}
	size := windowSize
	if cont != nil {
		lru = cont
	} else {
		size = max(n, jumpSize)
	}
	size = int(min(int64(size), s.size-start)) // at least n: the value is in the file
	if cap(lru.b) < windowSize {
		lru.b = make([]byte, windowSize)
	}
	lru.b = lru.b[:size]
	if m, err := s.f.ReadAt(lru.b, start); m < n || (err != nil && err != io.EOF) {
		lru.b = nil
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	} else if m < size {
		lru.b = lru.b[:m]
	}
	lru.off, lru.used = start, s.tick
	return lru.b[:n], nil
}

// Close removes the spool's file.
func (s *Spool[T]) Close() error {
	err := s.f.Close()
	if s.name != "" {
		os.Remove(s.name)
	}
	return err
}
