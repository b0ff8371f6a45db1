package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// listFiles returns every file under dir, relative and slash-separated.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	return files
}

func TestRunOutputOptions(t *testing.T) {
	a := runTo(t, sampleCorpus, "-workers", "1", "-partition", "year", "-timeline-by", "place")
	b := runTo(t, sampleCorpus, "-workers", "3", "-partition", "year", "-timeline-by", "place")
	files := listFiles(t, a)
	for _, want := range append(slices.Clone(outputFiles), "events/year=2020/part-0.parquet", "events/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet") {
		if !slices.Contains(files, want) {
			t.Errorf("%s not written; the output holds %v", want, files)
		}
	}
	if got := listFiles(t, b); !slices.Equal(got, files) {
		t.Errorf("-workers 3 wrote %v, -workers 1 %v", got, files)
	}
	for _, name := range files {
		fa, _ := os.ReadFile(filepath.Join(a, name))
		fb, _ := os.ReadFile(filepath.Join(b, name))
		if !bytes.Equal(fa, fb) {
			t.Errorf("%s differs between -workers 1 and 3", name)
		}
	}
	svg, _ := os.ReadFile(filepath.Join(a, "timeline.svg"))
	if !strings.Contains(string(svg), "Events by place") {
		t.Error("-timeline-by place: the timeline is not titled by place")
	}
	// Without the flags there are no partitions.
	plain := runTo(t, sampleCorpus)
	if _, err := os.Stat(filepath.Join(plain, "events")); err == nil {
		t.Error("events/ written without -partition")
	}
}

func TestRunOutputFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"run", "-in", sampleCorpus, "-partition", "month"},
		{"run", "-in", sampleCorpus, "-timeline-by", "actor"},
	} {
		if code, _, stderr := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("geotimeline %s = exit %d, want %d (stderr: %s)", strings.Join(args, " "), code, exitUsage, stderr)
		}
	}
}
