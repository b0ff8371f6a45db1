package main

import (
	"bytes"

	"geotimeline/gazetteer"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const dataDir = "../../../../shared/data"

// TestRegenerate checks that the generator reproduces the committed table
// byte for byte. On a mismatch it leaves the new files in a temporary
// directory named in the failure.
func TestRegenerate(t *testing.T) {
	if _, err := os.Stat(dataDir); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("no %s", dataDir)
		}
		t.Fatalf("CI set but %s missing: %v", dataDir, err)
	}
	out := t.TempDir()
	for _, f := range []string{"aliases.tsv", "curated.tsv"} { // the hand-written tables
		b, err := os.ReadFile(filepath.Join("../../data", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := generate(dataDir, out); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"places.tsv.gz", "index.bin.gz", "SOURCE.md"} {
		got, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("../../data", f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			keep, _ := os.MkdirTemp("", "gazetteer-regen-")
			_ = os.WriteFile(filepath.Join(keep, f), got, 0o644)
			t.Errorf("regenerated %s differs from gazetteer/data/%s (%d vs %d bytes); new file in %s; run `make gazetteer`",
				f, f, len(got), len(want), keep)
		}
	}
}

// TestCheckAliases checks that the generator refuses an alias whose id is
// not in the table, or that has no indexable key.
func TestCheckAliases(t *testing.T) {
	recs := map[string]*rec{"geonames:1": {e: gazetteer.Entry{ID: "geonames:1", Name: "Hyesan"}}}
	if err := checkAliases(recs, []gazetteer.Alias{{Name: "Hyesan City", ID: "geonames:1"}}); err != nil {
		t.Errorf("checkAliases(good) = %v", err)
	}
	for _, a := range []gazetteer.Alias{{Name: "Atlantis", ID: "geonames:999"}, {Name: "X", ID: "geonames:1"}, {Name: "--", ID: "geonames:1"}} {
		err := checkAliases(recs, []gazetteer.Alias{a})
		if err == nil || !strings.Contains(err.Error(), a.Name) {
			t.Errorf("checkAliases(%v) = %v, want an error naming it", a, err)
		}
	}
}

func TestRunUsage(t *testing.T) {
	var stderr bytes.Buffer
	if code := run([]string{"-nosuchflag"}, &stderr); code != 2 {
		t.Errorf("run(-nosuchflag) = %d, want 2", code)
	}
	if code := run([]string{"-data", t.TempDir(), "-out", t.TempDir()}, &stderr); code != 1 {
		t.Errorf("run on an empty data dir = %d, want 1", code)
	}
}
