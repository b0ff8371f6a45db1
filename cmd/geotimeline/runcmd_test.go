package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunCPUProfile(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "cpu.pprof")
	runTo(t, sampleCorpus, "-workers", "1", "-cpuprofile", prof)
	b, err := os.ReadFile(prof)
	if err != nil {
		t.Fatalf("run -cpuprofile %s: %v", prof, err)
	}
	// A pprof profile is a gzip-compressed protocol buffer.
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("run -cpuprofile wrote %d bytes that are not gzip: %v", len(b), err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("run -cpuprofile: reading the profile: %v", err)
	}
	if len(raw) == 0 {
		t.Errorf("run -cpuprofile wrote an empty profile")
	}
}

func TestRunCPUProfileUnwritable(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "no", "such", "dir", "cpu.pprof")
	out := t.TempDir()
	code, _, stderr := runCLI(t, "", "run", "-quiet", "-in", sampleCorpus, "-out", out, "-cpuprofile", prof)
	if code != exitFail {
		t.Errorf("run -cpuprofile %s = exit %d, want %d (stderr: %s)", prof, code, exitFail, stderr)
	}
	if !strings.Contains(stderr, "-cpuprofile") {
		t.Errorf("run -cpuprofile %s: stderr %q does not name the flag", prof, stderr)
	}
}
