package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// cacheStatsRE matches the cache line run prints on stderr.
var cacheStatsRE = regexp.MustCompile(`geotimeline: cache .*: (\d+) hits, (\d+) misses`)

// runCached runs the pipeline over in with -cache dir into a new directory
// and returns it, the cache's hits and misses, and stderr.
func runCached(t *testing.T, in, dir string, extra ...string) (out string, hits, misses int, stderr string) {
	t.Helper()
	out = t.TempDir()
	args := append([]string{"run", "-in", in, "-out", out, "-cache", dir}, extra...)
	code, _, stderr := runCLI(t, "", args...)
	if code != exitOK {
		t.Fatalf("geotimeline %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	m := cacheStatsRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("geotimeline %s: no cache line on stderr: %s", strings.Join(args, " "), stderr)
	}
	hits, _ = strconv.Atoi(m[1])
	misses, _ = strconv.Atoi(m[2])
	return out, hits, misses, stderr
}

// sameOutputs reports every output file that differs between dirs a and b.
func sameOutputs(t *testing.T, a, b, what string) {
	t.Helper()
	for _, name := range outputFiles {
		fa, err := os.ReadFile(filepath.Join(a, name))
		if err != nil {
			t.Fatal(err)
		}
		fb, err := os.ReadFile(filepath.Join(b, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fa, fb) {
			t.Errorf("%s differs: %s", name, what)
		}
	}
}

// copyTree copies the directory src into a new temporary directory.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestRunCacheGivesTheCleanOutputs(t *testing.T) {
	dir := t.TempDir()
	clean := runTo(t, sampleCorpus)
	cold, hits, misses, _ := runCached(t, sampleCorpus, dir, "-workers", "1")
	if hits != 0 || misses != 7 {
		t.Errorf("first run over an empty cache: %d hits, %d misses, want 0 and 7", hits, misses)
	}
	warm, hits, misses, _ := runCached(t, sampleCorpus, dir, "-workers", "4")
	if hits != 7 || misses != 0 {
		t.Errorf("second run: %d hits, %d misses, want 7 and 0", hits, misses)
	}
	sameOutputs(t, clean, cold, "clean run vs run filling the cache")
	sameOutputs(t, clean, warm, "clean run vs run reading the cache")
}

// addedArticle is a short dispatch written for this test.
const addedArticle = `Authorities in Hoeryong closed the riverside market on Tuesday, residents said.

Border guards in North Hamgyong arrested three traders on March 9 for carrying Chinese mobile phones across the Tumen River.
`

func TestRunCacheAfterAddingOneArticle(t *testing.T) {
	dir := t.TempDir()
	corpus := copyTree(t, sampleCorpus)
	runCached(t, corpus, dir)

	if err := os.WriteFile(filepath.Join(corpus, "2020", "hoeryong-market.txt"), []byte(addedArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(corpus, "manifest.csv"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("2020/hoeryong-market.txt,2020-03-12,Hoeryong market closed,Test Wire,\n")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	clean := runTo(t, corpus)
	cached, hits, misses, _ := runCached(t, corpus, dir)
	if hits != 7 || misses != 1 {
		t.Errorf("after adding one article: %d hits, %d misses, want 7 and 1", hits, misses)
	}
	sameOutputs(t, clean, cached, "clean run vs cached run over the corpus with one article added")
	b, err := os.ReadFile(filepath.Join(cached, "run.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"doc_id": "2020/hoeryong-market.txt"`)) {
		t.Error("run.json does not list the added article")
	}
}

func TestRunCacheCorruptEntries(t *testing.T) {
	dir := t.TempDir()
	clean := runTo(t, sampleCorpus)
	runCached(t, sampleCorpus, dir)
	var entries []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			entries = append(entries, p)
		}
		return nil
	})
	if len(entries) != 7 {
		t.Fatalf("%d cache entries after a run over 7 documents: %v", len(entries), entries)
	}
	// Truncate one entry, empty another, flip a byte in a third.
	b, _ := os.ReadFile(entries[0])
	os.WriteFile(entries[0], b[:len(b)/2], 0o644)
	os.WriteFile(entries[1], nil, 0o644)
	b, _ = os.ReadFile(entries[2])
	b[len(b)-1] ^= 1
	os.WriteFile(entries[2], b, 0o644)

	out, hits, misses, stderr := runCached(t, sampleCorpus, dir)
	if hits != 4 || misses != 3 || !strings.Contains(stderr, "3 unreadable entries recomputed") {
		t.Errorf("run over 3 corrupt entries: %d hits, %d misses, stderr %q; want 4 hits, 3 misses, 3 recomputed", hits, misses, stderr)
	}
	sameOutputs(t, clean, out, "clean run vs run over corrupt cache entries")
	if _, hits, _, _ := runCached(t, sampleCorpus, dir); hits != 7 {
		t.Errorf("the corrupt entries were not rewritten: %d hits on the next run, want 7", hits)
	}
}

func TestRunCacheUnusableDirectory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	clean := runTo(t, sampleCorpus)
	out := t.TempDir()
	code, _, stderr := runCLI(t, "", "run", "-in", sampleCorpus, "-out", out, "-cache", filepath.Join(file, "cache"))
	if code != exitOK {
		t.Fatalf("run with an unusable -cache: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "running without the cache") {
		t.Errorf("stderr %q does not say the cache is off", stderr)
	}
	sameOutputs(t, clean, out, "clean run vs run with an unusable cache directory")
}

func TestRunCacheKeysOnTheGazetteerFiles(t *testing.T) {
	dir := t.TempDir()
	overrides := filepath.Join(t.TempDir(), "overrides.tsv")
	write := func(body string) {
		if err := os.WriteFile(overrides, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("# analyst overrides\nHoeryong\t42.44\t129.75\tKP\tNorth Hamgyong\tPPL\n")
	runCached(t, sampleCorpus, dir, "-overrides", overrides)
	if _, hits, _, _ := runCached(t, sampleCorpus, dir, "-overrides", overrides); hits != 7 {
		t.Errorf("same overrides: %d hits, want 7", hits)
	}
	if _, hits, _, _ := runCached(t, sampleCorpus, dir); hits != 0 {
		t.Errorf("without the overrides: %d hits, want 0", hits)
	}
	write("# analyst overrides, revised\nHoeryong\t42.44\t129.75\tKP\tNorth Hamgyong\tPPL\n")
	if _, hits, _, _ := runCached(t, sampleCorpus, dir, "-overrides", overrides); hits != 0 {
		t.Errorf("after editing the overrides file: %d hits, want 0", hits)
	}
}
