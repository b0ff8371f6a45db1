// Package atomicfile writes a set of output files so that readers see either
// all the previous versions or all the new ones: each file is written to a
// temporary name in the destination directory, synced, and renamed over the
// final name only when every file of the set has been written.
//
// A Set is not safe for concurrent use.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// A Set collects files to be committed together.
type Set struct {
	dir     string
	pending []pending
}

type pending struct {
	tmp, final string
}

// New returns a Set writing into dir, which it creates if needed.
func New(dir string) (*Set, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output directory: %w", err)
	}
	return &Set{dir: dir}, nil
}

// Write writes the file name (relative to the set's directory) by calling
// fill with a writer to its temporary file. Subdirectories are created.
func (s *Set) Write(name string, fill func(w io.Writer) error) error {
	final := filepath.Join(s.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return fmt.Errorf("%s: %w", final, err)
	}
	f, err := os.CreateTemp(filepath.Dir(final), "."+filepath.Base(final)+".tmp-*")
	if err != nil {
		return fmt.Errorf("%s: %w", final, err)
	}
	err = fill(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("%s: %w", final, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("%s: %w", final, err)
	}
	s.pending = append(s.pending, pending{f.Name(), final})
	return nil
}

// Commit renames every written file over its final name, in the order written.
func (s *Set) Commit() error {
	for i, p := range s.pending {
		if err := os.Rename(p.tmp, p.final); err != nil {
			s.pending = s.pending[i:]
			return errors.Join(fmt.Errorf("%s: %w", p.final, err), s.Abort())
		}
	}
	s.pending = nil
	return nil
}

// Abort removes the temporary files of everything not yet committed.
func (s *Set) Abort() error {
	var errs []error
	for _, p := range s.pending {
		if err := os.Remove(p.tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	s.pending = nil
	return errors.Join(errs...)
}
