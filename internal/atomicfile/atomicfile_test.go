package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func TestSetKeepsOldFilesUntilCommit(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(old, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	write := func(body string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, body); return err }
	}
	if err := s.Write("a.txt", write("new")); err != nil {
		t.Fatal(err)
	}
	if err := s.Write("sub/b.txt", write("b")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(old); string(b) != "old" {
		t.Fatalf("before Commit a.txt = %q, want old", b)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"a.txt": "new", "sub/b.txt": "b"} {
		if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != want {
			t.Errorf("%s = %q, want %q", name, b, want)
		}
	}
	assertNoTemps(t, dir)
}

func TestSetFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := s.Write("x.txt", func(w io.Writer) error { return boom }); !errors.Is(err, boom) {
		t.Fatalf("Write = %v, want %v", err, boom)
	}
	if err := s.Write("y.txt", func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.Abort(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("after Abort the directory holds %d entries, want 0", len(entries))
	}
}

func assertNoTemps(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if d != nil && !d.IsDir() && filepath.Base(p)[0] == '.' {
			t.Errorf("temporary file left: %s", p)
		}
		return nil
	})
}

func TestCreateSeveralAtOnce(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Create("a.txt")
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Create("part/b.txt")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(a, "new ")
	io.WriteString(b, "b")
	io.WriteString(a, "a")
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err == nil {
		t.Error("a second Close succeeded")
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "a.txt")); string(got) != "old" {
		t.Fatalf("before Commit a.txt = %q", got)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"a.txt": "new a", "part/b.txt": "b"} {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	assertNoTemps(t, dir)
}

// An interrupted run aborts with files still open: none may be left.
func TestAbortRemovesOpenFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Create("a.txt")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(a, "half of it")
	if err := s.Write("c.txt", func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.Abort(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "a.txt" {
		t.Errorf("after Abort the directory holds %v, want only the old a.txt", entries)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "a.txt")); string(got) != "old" {
		t.Errorf("a.txt = %q, want old", got)
	}
}

func TestAbortRemovesTheDirectoryItMade(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create("a.txt"); err != nil {
		t.Fatal(err)
	}
	if err := s.Abort(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("after Abort %s: %v, want it gone", dir, err)
	}
}

// A failed run that made partition directories leaves none behind, in a
// new output directory or in an existing one.
func TestAbortRemovesDirectoriesItMade(t *testing.T) {
	for _, fresh := range []bool{true, false} {
		dir := filepath.Join(t.TempDir(), "out")
		if !fresh {
			if err := os.MkdirAll(filepath.Join(dir, "events"), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		s, err := New(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Write("events/year=2020/part-0.parquet", func(w io.Writer) error { return nil }); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Create("events/year=2021/part-0.parquet"); err != nil {
			t.Fatal(err)
		}
		if err := s.Abort(); err != nil {
			t.Fatal(err)
		}
		var left []string
		filepath.WalkDir(filepath.Dir(dir), func(p string, d os.DirEntry, err error) error {
			if err == nil && p != filepath.Dir(dir) {
				left = append(left, p)
			}
			return nil
		})
		want := 0
		if !fresh {
			want = 2 // out and out/events were there before
		}
		if len(left) != want {
			t.Errorf("fresh=%v: after Abort left %v, want %d entries", fresh, left, want)
		}
	}
}

// Files of one set may be created, written and closed on several
// goroutines at once (go test -race).
func TestConcurrentFiles(t *testing.T) {
	dir := t.TempDir()
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			name := fmt.Sprintf("d%d/f%d.txt", i%3, i)
			f, err := s.Create(name)
			if err != nil {
				t.Error(err)
				return
			}
			io.WriteString(f, name)
			if err := f.Close(); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	for i := range 8 {
		name := fmt.Sprintf("d%d/f%d.txt", i%3, i)
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != name {
			t.Errorf("%s = %q, want %q", name, got, name)
		}
	}
	assertNoTemps(t, dir)
}
