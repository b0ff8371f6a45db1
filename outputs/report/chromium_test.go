package report_test

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"geotimeline/outputs/report"
)

// chromium returns the path of a Chromium binary; it skips the test when
// none is installed outside CI.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium not on PATH; .ci/run installs it")
	}
	t.Skip("chromium not installed")
	return ""
}

// TestChromium renders the report in headless Chromium: the page must load
// with no console message (a script error, a request the page's CSP
// refuses) and its screenshot must show the table, not a blank page.
func TestChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	in := input()
	// A real chart, so that the screenshot has something to show.
	in.Figures[0].Data = []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><rect x="10" y="10" width="380" height="100" fill="#4E79A7"/></svg>`)
	if err := report.Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr, b := runChromium(t, bin, page)
	// Console messages and CSP refusals come out as CONSOLE lines.
	for _, line := range consoleLines(stderr) {
		t.Errorf("console: %s", line)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got.X != 1280 || got.Y != 900 {
		t.Errorf("screenshot %v, want 1280x900", got)
	}
	// The chart's blue and the text's dark grey must both be on screen.
	if !hasColor(img, func(r, g, b uint32) bool { return r < 0x60 && g > 0x60 && g < 0x90 && b > 0x90 }) {
		t.Error("the inline chart is not visible in the screenshot")
	}
	if !hasColor(img, func(r, g, b uint32) bool { return r < 0x50 && g < 0x50 && b < 0x50 }) {
		t.Error("no text visible in the screenshot")
	}
	if t.Failed() {
		os.WriteFile(filepath.Join("testdata", "chromium.actual.png"), b, 0o644)
	}
}

func hasColor(img image.Image, ok func(r, g, b uint32) bool) bool {
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if ok(cr>>8, cg>>8, cb>>8) {
				return true
			}
		}
	}
	return false
}

// consoleLines returns the console messages in Chromium's log.
func consoleLines(log string) []string {
	var out []string
	re := regexp.MustCompile(`CONSOLE|Uncaught|Refused to`)
	for _, line := range strings.Split(log, "\n") {
		if re.MatchString(line) {
			out = append(out, line)
		}
	}
	return out
}

// runChromium loads page in headless Chromium and returns its log and a
// 1280x900 screenshot.
func runChromium(t *testing.T, bin, page string) (string, []byte) {
	t.Helper()
	dir := t.TempDir()
	shot := filepath.Join(dir, "shot.png")
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
		"--hide-scrollbars", "--user-data-dir=" + filepath.Join(dir, "profile"), "--enable-logging=stderr", "--v=0",
		"--window-size=1280,900", "--virtual-time-budget=2000", "--screenshot=" + shot, "file://" + page}
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("chromium: %v\n%s", err, stderr.String())
		}
	case <-time.After(90 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatalf("chromium did not finish in 90 s\n%s", stderr.String())
	}
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v\n%s", err, stderr.String())
	}
	return stderr.String(), b
}

// TestChromiumSeesErrors shows the console check can fail: a page with a
// script error and a refused network request is flagged.
func TestChromiumSeesErrors(t *testing.T) {
	bin := chromium(t)
	page := filepath.Join(t.TempDir(), "bad.html")
	os.WriteFile(page, []byte(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'"></head>`+
		`<body><script>undefinedFunction();</script><img src="http://example.invalid/x.png"></body></html>`), 0o644)
	log, _ := runChromium(t, bin, page)
	if n := len(consoleLines(log)); n < 2 {
		t.Errorf("%d console lines for a page with a script error and a refused image; want 2 or more:\n%s", n, log)
	}
}
