// Package atomicfile writes a set of output files so that readers see either
// all the previous versions or all the new ones: each file is written to a
// temporary name in the destination directory, synced, and renamed over the
// final name only when every file of the set has been written. Files may be
// written one after another (Write) or several at once (Create), as a run
// that streams its outputs does.
//
// A Set is safe for concurrent use: files may be created, written and
// closed on several goroutines at once (closing syncs the file, which takes
// time the goroutines may as well share), each File by one goroutine at a
// time. Commit and Abort come after the files' goroutines are done.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// A Set collects files to be committed together.
type Set struct {
	dir string

	mu      sync.Mutex // guards the fields below
	pending []pending
	open    map[*File]bool // created, not yet closed
	made    bool           // New created dir: Abort removes it again if empty
	dirs    []string       // subdirectories Create made, for Abort to remove if empty
}

type pending struct {
	tmp, final string
}

// New returns a Set writing into dir, which it creates if needed (and
// Abort removes again when it is left empty).
func New(dir string) (*Set, error) {
	_, err := os.Stat(dir)
	made := errors.Is(err, os.ErrNotExist)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output directory: %w", err)
	}
	return &Set{dir: dir, open: map[*File]bool{}, made: made}, nil
}

// Write writes the file name (relative to the set's directory) by calling
// fill with a writer to its temporary file. Subdirectories are created.
func (s *Set) Write(name string, fill func(w io.Writer) error) error {
	f, err := s.Create(name)
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.discard()
		return fmt.Errorf("%s: %w", f.final, err)
	}
	return f.Close()
}

// Create starts the file name (relative to the set's directory) and returns
// a buffered writer to its temporary file; several may be open at once.
// Closing it adds the file to the set; a file never closed is removed by
// Abort. Subdirectories are created.
func (s *Set) Create(name string) (*File, error) {
	final := filepath.Join(s.dir, filepath.FromSlash(name))
	var missing []string // the directories MkdirAll will make, deepest first
	for d := filepath.Dir(final); len(d) > len(s.dir); d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil {
			break
		}
		missing = append(missing, d)
	}
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return nil, fmt.Errorf("%s: %w", final, err)
	}
	s.mu.Lock()
	s.dirs = append(s.dirs, missing...)
	s.mu.Unlock()
	f, err := os.CreateTemp(filepath.Dir(final), "."+filepath.Base(final)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", final, err)
	}
	af := &File{set: s, f: f, w: bufio.NewWriterSize(f, 64<<10), final: final}
	s.mu.Lock()
	s.open[af] = true
	s.mu.Unlock()
	return af, nil
}

// A File is one file of a Set being written.
type File struct {
	set   *Set
	f     *os.File
	w     *bufio.Writer
	final string
}

// Write writes to the file's temporary copy.
func (f *File) Write(p []byte) (int, error) { return f.w.Write(p) }

// Close finishes the file: flushed, synced, closed, and pending in the set
// until Commit. After a failed Close the file is gone.
func (f *File) Close() error {
	s := f.set
	s.mu.Lock()
	open := s.open[f]
	delete(s.open, f)
	s.mu.Unlock()
	if !open {
		return fmt.Errorf("%s: already closed", f.final)
	}
	err := f.w.Flush()
	if err == nil {
		err = f.f.Sync()
	}
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.f.Name(), 0o644)
	}
	if err != nil {
		os.Remove(f.f.Name())
		return fmt.Errorf("%s: %w", f.final, err)
	}
	s.mu.Lock()
	s.pending = append(s.pending, pending{f.f.Name(), f.final})
	s.mu.Unlock()
	return nil
}

// discard closes and removes the file's temporary copy.
func (f *File) discard() {
	f.set.mu.Lock()
	delete(f.set.open, f)
	f.set.mu.Unlock()
	f.f.Close()
	os.Remove(f.f.Name())
}

// Commit renames every written file over its final name, in the order
// closed. Renames are atomic one by one, not as a set: if one fails (the
// disk is full, a final name is a directory), the files before it are
// already replaced; the error names the file.
func (s *Set) Commit() error {
	s.mu.Lock()
	for i, p := range s.pending {
		if err := os.Rename(p.tmp, p.final); err != nil {
			s.pending = s.pending[i:]
			s.mu.Unlock()
			return errors.Join(fmt.Errorf("%s: %w", p.final, err), s.Abort())
		}
	}
	s.pending = nil
	s.mu.Unlock()
	return nil
}

// Abort removes the temporary files of everything not yet committed,
// including files created and not closed, and the directories the set made
// that are left empty.
func (s *Set) Abort() error {
	var errs []error
	s.mu.Lock()
	open := slices.Collect(maps.Keys(s.open))
	s.mu.Unlock()
	for _, f := range open {
		f.discard()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.pending {
		if err := os.Remove(p.tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	s.pending = nil
	// The directories this set made, deepest first; each goes only if empty.
	slices.SortFunc(s.dirs, func(a, b string) int { return len(b) - len(a) })
	for _, d := range s.dirs {
		os.Remove(d)
	}
	s.dirs = nil
	if s.made {
		os.Remove(s.dir)
	}
	return errors.Join(errs...)
}
