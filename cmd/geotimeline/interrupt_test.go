//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run the real program — main, with its signal
// handling — as a child process: the test binary re-executed with
// GEOTIMELINE_RUN_MAIN=1 is geotimeline.
func TestMain(m *testing.M) {
	if os.Getenv("GEOTIMELINE_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// TestInterruptKeepsPreviousOutputs sends SIGINT to a run in progress,
// while it reads the corpus and again while it writes the events: it must
// exit 1 saying it was interrupted, leave the previous run's outputs byte
// for byte (year partitions included), and leave no temporary file or
// directory behind.
func TestInterruptKeepsPreviousOutputs(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "c.jsonl.gz")
	if code, _, stderr := runCLI(t, "", "gen", "-n", "3000", "-seed", "5", "-out", corpus); code != exitOK {
		t.Fatalf("gen: exit %d: %s", code, stderr)
	}
	for _, phase := range []struct{ name, file string }{
		{"reading", "documents.parquet"}, // created before the first document is read
		{"writing", "mentions.parquet"},  // created once every document is read
	} {
		t.Run(phase.name, func(t *testing.T) {
			out := runTo(t, sampleCorpus, "-partition", "year")
			before := readTree(t, out)
			beforeDirs := dirs(t, out)
			cmd := exec.Command(os.Args[0], "run", "-in", corpus, "-out", out, "-workers", "2", "-partition", "year")
			cmd.Env = append(os.Environ(), "GEOTIMELINE_RUN_MAIN=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(2 * time.Minute)
			for !hasTemp(t, out, phase.file) {
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatalf("no temporary %s appeared within two minutes", phase.file)
				}
				time.Sleep(2 * time.Millisecond)
			}
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
				t.Fatalf("the run ended before it could be interrupted: %v", err)
			}
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitFail {
				t.Fatalf("interrupted run: %v, want exit %d (stderr: %s)", err, exitFail, stderr.String())
			}
			if msg := stderr.String(); !strings.Contains(msg, "interrupted") || !strings.Contains(msg, "left as they were") {
				t.Errorf("stderr does not say what happened: %q", msg)
			}
			if l := temps(t, out); len(l) > 0 {
				t.Errorf("temporary files left: %v", l)
			}
			if d := dirs(t, out); !slices.Equal(d, beforeDirs) {
				t.Errorf("directories %v after the interrupted run, %v before", d, beforeDirs)
			}
			after := readTree(t, out)
			if len(after) != len(before) {
				t.Errorf("the output directory holds %d files, had %d", len(after), len(before))
			}
			for name, b := range before {
				if !bytes.Equal(after[name], b) {
					t.Errorf("%s changed", name)
				}
			}
		})
	}
}

// hasTemp reports whether a temporary copy of the output file name exists in dir.
func hasTemp(t *testing.T, dir, name string) bool {
	for _, p := range temps(t, dir) {
		if strings.HasPrefix(filepath.Base(p), "."+name+".tmp-") {
			return true
		}
	}
	return false
}

// dirs lists the directories under dir.
func dirs(t *testing.T, dir string) []string {
	t.Helper()
	var l []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			l = append(l, p)
		}
		return nil
	})
	return l
}
