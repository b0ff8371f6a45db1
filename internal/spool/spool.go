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
	codec *binenc.Codec
	ends  []int64 // end offset of each value
	size  int64
	buf   []byte
	dirty bool // w holds bytes not yet in f
}

// New returns an empty spool whose file lives in dir ("" for the system's
// temporary directory).
func New[T any](dir string) (*Spool[T], error) {
	c, err := binenc.Compile(reflect.TypeFor[T]())
	if err != nil {
		return nil, err
	}
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
	s.buf = s.codec.Append(s.buf[:0], reflect.ValueOf(v).Elem())
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
	n := int(s.ends[i] - start)
	if cap(s.buf) < n {
		s.buf = make([]byte, n)
	}
	b := s.buf[:n]
	if _, err := s.f.ReadAt(b, start); err != nil && err != io.EOF {
		return fmt.Errorf("spool: value %d: %w", i, err)
	}
	var zero T
	*v = zero
	if err := s.codec.Decode(b, reflect.ValueOf(v).Elem()); err != nil {
		return fmt.Errorf("spool: value %d: %w", i, err)
	}
	return nil
}

// Close removes the spool's file.
func (s *Spool[T]) Close() error {
	err := s.f.Close()
	if s.name != "" {
		os.Remove(s.name)
	}
	return err
}
