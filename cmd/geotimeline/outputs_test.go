package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"geotimeline/pipeline"
	"geotimeline/stages/dedup"
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

// TestStreamedMergeEqualsMerge: the events rebuilt from the spill, one
// merged event at a time, are exactly dedup.Merge over the extracted events
// held in memory, and every mention's sentence is the document's text.
func TestStreamedMergeEqualsMerge(t *testing.T) {
	var raw []pipeline.Event
	texts := map[string]string{}
	e := &env{stdout: io.Discard, stderr: io.Discard, log: discard()}
	st, err := streamCorpus(t.Context(), e, corpusOptions{in: sampleCorpus, workers: 3, perDoc: func(it *pipeline.Item) error {
		texts[it.Doc.ID] = it.Doc.Text
		for _, ev := range it.Events {
			ev.Doc.Text = ""
			raw = append(raw, ev)
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	want := dedup.Merge(raw, dedup.Options{})
	var got []pipeline.Event
	mentions := 0
	err = st.eachMerged(t.Context(), func(ev *pipeline.Event, sentence sentenceFunc) error {
		got = append(got, *ev)
		for _, m := range ev.Mentions {
			text := texts[m.DocID]
			if s := sentence(m.DocID, m.Sentence); s != text[m.Span.Start:m.Span.End] {
				t.Errorf("%s sentence %d: %q, want %q", m.DocID, m.Sentence, s, text[m.Span.Start:m.Span.End])
			}
			mentions++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("streamed merge differs from dedup.Merge: %d events against %d", len(got), len(want))
	}
	if len(want) < 10 || mentions <= len(want) {
		t.Errorf("the sample corpus gave %d events and %d mentions: too few to test a merge", len(want), mentions)
	}
}

// TestStalePartitionsRemoved: a run leaves no year partition of an earlier
// run beside its own, and touches nothing else under events/.
func TestStalePartitionsRemoved(t *testing.T) {
	out := runTo(t, sampleCorpus, "-partition", "year")
	stale := filepath.Join(out, "events", "year=1999", "part-0.parquet")
	other := filepath.Join(out, "events", "notes.txt")
	for _, p := range []string{stale, other} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"run", "-in", sampleCorpus, "-out", out, "-partition", "year"}
	code, _, stderr := runCLI(t, "", args...)
	if code != exitOK || !strings.Contains(stderr, "removed 1 year partitions of an earlier run (events/year=1999/part-0.parquet)") {
		t.Fatalf("exit %d, stderr %q: want the stale partition reported", code, stderr)
	}
	if _, err := os.Stat(filepath.Dir(stale)); !os.IsNotExist(err) {
		t.Errorf("stale partition directory still there: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "events", "year=2020", "part-0.parquet")); err != nil {
		t.Errorf("this run's partition: %v", err)
	}
	// Without -partition, no partition of the earlier run stays.
	if code, _, stderr := runCLI(t, "", "run", "-quiet", "-in", sampleCorpus, "-out", out); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	entries, _ := os.ReadDir(filepath.Join(out, "events"))
	if len(entries) != 1 || entries[0].Name() != "notes.txt" {
		t.Errorf("events/ holds %v, want only the file that is not a partition", entries)
	}
}

// TestFanOut: every sink sees every event in order and is then closed; a
// failing sink stops the producer and its error is returned, and no sink
// is closed after a failure.
func TestFanOut(t *testing.T) {
	evs := make([]pipeline.Event, 1000)
	for i := range evs {
		evs[i].ID = strconv.Itoa(i)
	}
	produce := func(send func(*pipeline.Event) error) error {
		for i := range evs {
			if err := send(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	}
	seen := make([][]string, 3)
	closedAfter := make([]int, 3) // events seen when closed, or -1
	var sinks []eventSink
	for k := range seen {
		closedAfter[k] = -1
		sinks = append(sinks, eventSink{
			add:   func(ev *pipeline.Event) error { seen[k] = append(seen[k], ev.ID); return nil },
			close: func() error { closedAfter[k] = len(seen[k]); return nil },
		})
	}
	if err := fanOut(sinks, produce); err != nil {
		t.Fatal(err)
	}
	for k, n := range closedAfter {
		if n != len(evs) {
			t.Errorf("sink %d closed after %d events, want %d", k, n, len(evs))
		}
	}
	for k, ids := range seen {
		if len(ids) != len(evs) || ids[0] != "0" || ids[999] != "999" || !slices.IsSortedFunc(ids, func(a, b string) int {
			x, _ := strconv.Atoi(a)
			y, _ := strconv.Atoi(b)
			return x - y
		}) {
			t.Errorf("sink %d saw %d events, not in order", k, len(ids))
		}
	}
	boom := errors.New("disk full")
	var closed atomic.Int32
	err := fanOut([]eventSink{
		{add: func(ev *pipeline.Event) error { return nil }, close: func() error { closed.Add(1); return nil }},
		{add: func(ev *pipeline.Event) error {
			if ev.ID == "10" {
				return boom
			}
			return nil
		}},
	}, func(send func(*pipeline.Event) error) error {
		for i := range evs {
			if err := send(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Errorf("fanOut = %v, want the sink's error", err)
	}
	if closed.Load() != 0 {
		t.Error("a sink was closed after another failed")
	}
	stop := errors.New("spill unreadable")
	err = fanOut([]eventSink{{add: func(ev *pipeline.Event) error { return nil }, close: func() error { closed.Add(1); return nil }}},
		func(send func(*pipeline.Event) error) error { return stop })
	if !errors.Is(err, stop) || closed.Load() != 0 {
		t.Errorf("fanOut = %v with %d sinks closed, want the producer's error and none", err, closed.Load())
	}
}

// FuzzCodePoints checks codePoints against pipeline.Offsets on any text
// and any sequence of offsets (each byte of steps moves the next offset
// forward, or back when it is odd), in and out of the text and inside
// multi-byte runes.
func FuzzCodePoints(f *testing.F) {
	f.Add("Hyesan, Ryanggang — 혜산시 and Sinŭiju", []byte{0, 8, 2, 40, 6, 9})
	f.Add("plain ASCII text that is long enough for the eight-byte skip", []byte{60, 2, 80, 10})
	f.Add("\xff\xfe invalid é bytes \xe2\x82", []byte{1, 2, 3, 5, 7, 11, 13, 17, 31})
	f.Fuzz(func(t *testing.T, text string, steps []byte) {
		want := pipeline.NewOffsets(text)
		c := codePoints{text: text}
		b := 0
		for _, s := range steps {
			if s%2 == 1 {
				b -= int(s / 2)
			} else {
				b += int(s / 2)
			}
			if got, w := c.at(b), want.CodePoint(b); got != w {
				t.Fatalf("codePoints(%q).at(%d) = %d, want %d (steps %v)", text, b, got, w, steps)
			}
		}
	})
}
