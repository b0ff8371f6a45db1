//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
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

// TestInterruptKeepsPreviousOutputs sends SIGINT to a run in progress: it
// must exit 1 saying it was interrupted, leave the previous run's outputs
// byte for byte, and leave no temporary file behind.
func TestInterruptKeepsPreviousOutputs(t *testing.T) {
	out := runTo(t, sampleCorpus)
	before := readTree(t, out)

	corpus := filepath.Join(t.TempDir(), "c.jsonl.gz")
	if code, _, stderr := runCLI(t, "", "gen", "-n", "3000", "-seed", "5", "-out", corpus); code != exitOK {
		t.Fatalf("gen: exit %d: %s", code, stderr)
	}
	cmd := exec.Command(os.Args[0], "run", "-in", corpus, "-out", out, "-workers", "1")
	cmd.Env = append(os.Environ(), "GEOTIMELINE_RUN_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The run has begun writing once its first temporary file exists.
	deadline := time.Now().Add(time.Minute)
	for len(temps(t, out)) == 0 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no temporary output appeared within a minute")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
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
	after := readTree(t, out)
	if len(after) != len(before) {
		t.Errorf("the output directory holds %d files, had %d", len(after), len(before))
	}
	for name, b := range before {
		if !bytes.Equal(after[name], b) {
			t.Errorf("%s changed", name)
		}
	}
}

// temps lists the temporary files under dir.
func temps(t *testing.T, dir string) []string {
	t.Helper()
	var l []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(d.Name(), ".tmp-") {
			l = append(l, p)
		}
		return nil
	})
	return l
}

// readTree returns every file under dir by its relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		m[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
