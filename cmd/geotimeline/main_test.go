package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"geotimeline/internal/gold"
	"geotimeline/pipeline"
)

const sampleCorpus = "../../examples/corpus"

// shared returns the path of ../shared/NAME, skipping the test when it is
// absent outside CI.
func shared(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", name)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("%s absent (set CI to make this a failure)", p)
		}
		t.Fatalf("%s: %v", p, err)
	}
	return p
}

// runCLI runs the command in-process and returns its exit code and streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsageAndExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{nil, exitUsage},
		{[]string{"-h"}, exitOK},
		{[]string{"nosuch"}, exitUsage},
		{[]string{"run"}, exitUsage},
		{[]string{"run", "-h"}, exitOK},
		{[]string{"run", "-bogus"}, exitUsage},
		{[]string{"run", "-in", "/nonexistent/corpus", "-out", "x"}, exitFail},
		{[]string{"dates", "-ref", "19/12/2020"}, exitUsage},
		{[]string{"gazetteer"}, exitUsage},
		{[]string{"extract", "a", "b"}, exitUsage},
	}
	for _, tc := range tests {
		code, _, stderr := runCLI(t, "", tc.args...)
		if code != tc.want {
			t.Errorf("geotimeline %s = exit %d, want %d (stderr: %s)", strings.Join(tc.args, " "), code, tc.want, stderr)
		}
	}
}

// runTo runs the pipeline over in into a new directory and returns it.
func runTo(t *testing.T, in string, extra ...string) string {
	t.Helper()
	out := t.TempDir()
	args := append([]string{"run", "-quiet", "-in", in, "-out", out}, extra...)
	if code, _, stderr := runCLI(t, "", args...); code != exitOK {
		t.Fatalf("geotimeline %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	return out
}

var outputFiles = []string{"events.geojson", "events.qml", "events_extent.geojson", "events_extent.qml", "places.geojson", "events.parquet", "mentions.parquet", "documents.parquet", "places.parquet", "timeline.png", "timeline.svg", "counts.png", "counts.svg", "map.png", "map.svg", "report.html", "run.json"}

func TestRunIsDeterministic(t *testing.T) {
	// Every file, the year partitions included, byte for byte.
	a := readTree(t, runTo(t, sampleCorpus, "-workers", "1", "-partition", "year"))
	for _, w := range []string{"4", "4"} {
		b := readTree(t, runTo(t, sampleCorpus, "-workers", w, "-partition", "year"))
		if len(b) != len(a) {
			t.Errorf("-workers %s wrote %d files, -workers 1 wrote %d", w, len(b), len(a))
		}
		for name, fa := range a {
			if !bytes.Equal(fa, b[name]) {
				t.Errorf("%s differs between runs (-workers 1 vs %s)", name, w)
			}
		}
	}
	for _, name := range outputFiles {
		if a[name] == nil {
			t.Errorf("%s not written", name)
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

// geojsonFile is the part of events.geojson the tests read.
type geojsonFile struct {
	Type     string `json:"type"`
	Features []struct {
		Geometry   *struct{ Coordinates []float64 } `json:"geometry"`
		Properties map[string]any                   `json:"properties"`
	} `json:"features"`
}

func TestRunSampleCorpus(t *testing.T) {
	out := runTo(t, sampleCorpus)
	var fc geojsonFile
	b, err := os.ReadFile(filepath.Join(out, "events.geojson"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatalf("events.geojson: %v", err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
		t.Fatalf("events.geojson: type %q with %d features", fc.Type, len(fc.Features))
	}
	var rep report
	b, err = os.ReadFile(filepath.Join(out, "run.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatalf("run.json: %v", err)
	}
	if rep.Counts.Events != len(fc.Features) {
		t.Errorf("run.json counts %d events, events.geojson has %d", rep.Counts.Events, len(fc.Features))
	}
	if rep.Counts.Documents != 7 {
		t.Errorf("run.json counts %d documents, want the sample corpus's 7", rep.Counts.Documents)
	}
	dateRE := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	merged := 0
	for i, f := range fc.Features {
		p := f.Properties
		for _, k := range []string{"date_start", "date_end"} {
			if v, ok := p[k].(string); ok && !dateRE.MatchString(v) {
				t.Errorf("feature %d: %s = %q, want YYYY-MM-DD or null", i, k, v)
			}
		}
		if f.Geometry != nil {
			lon, lat := f.Geometry.Coordinates[0], f.Geometry.Coordinates[1]
			if lon < -180 || lon > 180 || lat < -90 || lat > 90 {
				t.Errorf("feature %d: coordinates %v out of range", i, f.Geometry.Coordinates)
			}
		}
		if doc, _ := p["doc_id"].(string); strings.HasPrefix(doc, "undated") && p["date_start"] != nil {
			t.Errorf("feature %d from the undated dispatch has date_start %v", i, p["date_start"])
		}
		if ids, _ := p["doc_ids"].([]any); len(ids) > 1 {
			merged++
		}
	}
	if merged == 0 {
		t.Error("no event merges reports from two dispatches; the two Hyesan lockdown dispatches should merge")
	}
}

func TestOgrinfoReadsGeoJSON(t *testing.T) {
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("ogrinfo (gdal-bin) not installed")
		}
		t.Fatal("ogrinfo not installed; .ci/run installs gdal-bin")
	}
	out := runTo(t, sampleCorpus)
	b, err := exec.Command("ogrinfo", "-ro", "-al", "-so", filepath.Join(out, "events.geojson")).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo: %v\n%s", err, b)
	}
	info := string(b)
	for _, want := range []string{"date_start: Date", "date_end: Date", "published: Date", "Geometry: Point"} {
		if !strings.Contains(info, want) {
			t.Errorf("ogrinfo does not report %q:\n%s", want, info)
		}
	}
	var rep report
	rb, _ := os.ReadFile(filepath.Join(out, "run.json"))
	json.Unmarshal(rb, &rep)
	if m := regexp.MustCompile(`Feature Count: (\d+)`).FindStringSubmatch(info); m == nil || m[1] != itoa(rep.Counts.Events) {
		t.Errorf("ogrinfo feature count %v, want %d", m, rep.Counts.Events)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// seedCorpus copies the seed articles (not their README or gold file) into a
// temporary corpus directory.
func seedCorpus(t *testing.T) (dir string, goldPath string) {
	t.Helper()
	seeds := shared(t, "seeds")
	dir = t.TempDir()
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	return dir, filepath.Join(seeds, "gold.jsonl")
}

func seedRun(t *testing.T) (*corpusResult, []gold.Event) {
	t.Helper()
	dir, gp := seedCorpus(t)
	g, err := gold.Load(gp)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, log: discard()}
	res, err := runCorpus(context.Background(), e, corpusOptions{in: dir, workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	return res, g
}

func TestSeedsAcceptance(t *testing.T) {
	res, g := seedRun(t)
	score := gold.Score(g, res.events)
	for _, p := range score.Pairs {
		status := "MISSED"
		if p.Pred != nil {
			status = "matched " + p.Pred.Type + " " + p.Pred.Date.Start.String() + " " + p.Pred.Place.Name
		}
		t.Logf("%-26s %s", p.Gold.ID, status)
		if p.Gold.Headline && p.Pred == nil {
			t.Errorf("headline event %s (%s) not found with the gold date and place", p.Gold.ID, p.Gold.EventType)
		}
	}
	t.Logf("gold events matched: %d/%d (recall %.2f), with gold type %d; precision %.2f over %d predicted",
		score.Matched, len(score.Pairs), score.Recall(), score.TypeOK, score.Precision(), score.Predicted)
	if score.Recall() < 0.60 {
		t.Errorf("recall %.2f < 0.60", score.Recall())
	}
	for _, ev := range res.events {
		for _, m := range ev.Mentions {
			if strings.HasPrefix(m.DocID, "000_") && ev.Date.Known() {
				t.Errorf("event %s from %s carries date %v; that article fixes no date", ev.ID, m.DocID, ev.Date)
			}
		}
	}
}

func TestSeedsSunchonIsNorthKorean(t *testing.T) {
	dir, _ := seedCorpus(t)
	files, _ := filepath.Glob(filepath.Join(dir, "000_*.txt"))
	if len(files) != 1 {
		t.Fatalf("seed 000_ not found in %s", dir)
	}
	e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, log: discard()}
	it, err := process(context.Background(), e, files[0], pipeline.Date{}, gazetteerFlags{}, upToPlaces)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range it.Places {
		if strings.EqualFold(p.Text, "Sunchon") {
			found = true
			if !p.Resolved || p.Place.Country != "KP" {
				t.Errorf("Sunchon resolved to %+v (%s), want the North Korean city", p.Place, p.Reason)
			}
		}
	}
	if !found {
		t.Error("Sunchon not recognized in 000_")
	}
}

func TestProgressLines(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, nil)
	p.every = 0 // report at every chance
	for range 128 {
		p.add(1000)
	}
	p.done()
	out := buf.String()
	if !strings.Contains(out, "128 documents, 0.1 MB") || strings.Contains(out, "\r") {
		t.Errorf("progress on a non-terminal = %q, want log lines counting 128 documents", out)
	}
	// With the input's size known: the share read and the time left.
	buf.Reset()
	read := int64(0)
	p = newProgress(&buf, func() (int64, int64) { return read, 400 })
	p.every = 0
	p.start = p.start.Add(-10 * time.Second) // ten seconds in
	for range 64 {
		p.add(1000)
	}
	read = 100
	for range 64 {
		p.add(1000)
	}
	if out := buf.String(); !strings.Contains(out, " 25% 128 documents") || !strings.Contains(out, "s left") {
		t.Errorf("progress with a known size = %q, want 25%% read and the time left", out)
	}
	if got := bar(0.5, 10); got != "[#####.....] " {
		t.Errorf("bar(0.5, 10) = %q", got)
	}
	if newProgress(nil, nil) != nil {
		t.Error("newProgress(nil) should report nothing")
	}
	var nilp *progress
	nilp.add(1) // must not panic
	nilp.done()
}

// TestFocusFlag: -focus makes the geocoder favour a country in every
// document — a bare "Sunchon" is the North Korean city by default and the
// South Korean one (Suncheon) under -focus KR — and enters the cache key.
func TestFocusFlag(t *testing.T) {
	const text = "Traders from Sunchon were arrested."
	country := func(args ...string) string {
		t.Helper()
		code, out, stderr := runCLI(t, text, append([]string{"places"}, append(args, "-")...)...)
		if code != exitOK {
			t.Fatalf("places %v: exit %d: %s", args, code, stderr)
		}
		var rec struct {
			Text    string `json:"text"`
			Country string `json:"country"`
		}
		if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &rec); err != nil || rec.Text != "Sunchon" {
			t.Fatalf("places %v printed %q (%v), want Sunchon first", args, out, err)
		}
		return rec.Country
	}
	if c := country(); c != "KP" {
		t.Errorf("without -focus Sunchon is in %s, want KP", c)
	}
	if c := country("-focus", "kr"); c != "KR" {
		t.Errorf("with -focus KR Sunchon is in %s, want KR", c)
	}
	if code, _, _ := runCLI(t, text, "places", "-focus", "Korea", "-"); code != exitUsage {
		t.Errorf("-focus Korea: exit %d, want %d", code, exitUsage)
	}
	g, err := loadGazetteer("")
	if err != nil {
		t.Fatal(err)
	}
	a, errA := cacheVersion(g, gazetteerFlags{}, nil)
	b, errB := cacheVersion(g, gazetteerFlags{focus: []string{"KR"}}, nil)
	if errA != nil || errB != nil || a == b {
		t.Errorf("the cache version does not change with -focus (%v, %v)", errA, errB)
	}
}
