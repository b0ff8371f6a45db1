package plot_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"geotimeline/outputs/plot"
	"geotimeline/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func render(t testing.TB, format string, events []pipeline.Event, opts plot.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := plot.Write(&buf, format, events, opts); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/name byte for byte; -update rewrites it.
// On a mismatch the actual output is written beside the golden.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		ext := filepath.Ext(name)
		actual := filepath.Join("testdata", strings.TrimSuffix(name, ext)+".actual"+ext)
		if err := os.WriteFile(actual, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Errorf("output differs from %s; actual written to %s", path, actual)
	}
}

func TestSVGGolden(t *testing.T) {
	tests := []struct {
		name   string
		events []pipeline.Event
	}{
		{"timeline.svg", fixture()},
		{"empty.svg", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := render(t, "svg", tc.events, plot.Options{})
			if again := render(t, "svg", tc.events, plot.Options{}); !bytes.Equal(got, again) {
				t.Fatal("two SVG renders of the same events differ")
			}
			if err := xml.Unmarshal(got, new(struct{})); err != nil {
				t.Errorf("SVG is not well-formed XML: %v", err)
			}
			golden(t, tc.name, got)
		})
	}
}

// TestSVGDeterministicCrowded renders several hundred events twice, with the
// input in a different order the second time: lanes and sub-rows come from
// the data, so the bytes must not change.
func TestSVGDeterministicCrowded(t *testing.T) {
	events := many(400)
	a := render(t, "svg", events, plot.Options{})
	rev := make([]pipeline.Event, len(events))
	for i, e := range events {
		rev[len(events)-1-i] = e
	}
	// Marks tie-break on id, then input position; ids are unique here, so
	// reversing the input must not move anything.
	b := render(t, "svg", rev, plot.Options{})
	if !bytes.Equal(a, b) {
		t.Error("SVG depends on the order of the input")
	}
}

func TestSVGText(t *testing.T) {
	svg := string(render(t, "svg", fixture(), plot.Options{Title: "Fixture events"}))
	for _, want := range []string{
		"Fixture events",
		"arrest (1)", "border_closure (1)", "execution (1)", "lockdown (1)", "order (1)", // lanes
		"1 undated event not shown: crackdown 1",
		"Sep 2020", "Jan 2021", // calendar ticks
		">Sinuiju · Nov 5<", ">Kaesong<", ">Hyesan<", ">Ryanggang<", ">Nov 2<", // mark labels
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	if strings.Contains(svg, "crackdown (") {
		t.Error("undated-only type got a lane")
	}
	empty := string(render(t, "svg", fixture()[4:5], plot.Options{}))
	for _, want := range []string{"no dated events", "1 undated event not shown: crackdown 1"} {
		if !strings.Contains(empty, want) {
			t.Errorf("SVG of undated events lacks %q", want)
		}
	}
}

// TestSVGLabelsCounted draws 320 events: some labels find no room; the
// labels drawn and the ones the note says were omitted add up to the
// labelled marks, so nothing is dropped silently nor drawn on top of
// another (placement itself is tested in labels_test.go).
func TestSVGLabelsCounted(t *testing.T) {
	events := many(320)
	labelled := 0 // many: a place, or a single day, gives a label
	for _, e := range events {
		if e.Date.Known() && (e.HasPlace || e.Date.Days() == 1) {
			labelled++
		}
	}
	for _, opts := range []plot.Options{{}, {LaneBy: plot.ByPlace}} {
		svg := string(render(t, "svg", events, opts))
		drawn := strings.Count(svg, "font-size:7px")
		var omitted, total int
		i := strings.Index(svg, " labels omitted for lack of room")
		if i < 0 {
			t.Fatalf("LaneBy %d: no note of omitted labels", opts.LaneBy)
		}
		j := strings.LastIndex(svg[:i], "    ")
		if _, err := fmt.Sscanf(svg[j+4:i], "%d of %d", &omitted, &total); err != nil {
			t.Fatalf("LaneBy %d: note %q: %v", opts.LaneBy, svg[j:i], err)
		}
		wantTotal := labelled
		if opts.LaneBy == plot.ByPlace {
			wantTotal = 0
			for _, e := range events {
				if e.Date.Known() {
					wantTotal++ // the type is always a label
				}
			}
		}
		if omitted == 0 || drawn == 0 || drawn+omitted != total || total != wantTotal {
			t.Errorf("LaneBy %d: %d drawn + %d omitted, note says of %d; want some of each, adding up to %d", opts.LaneBy, drawn, omitted, total, wantTotal)
		}
	}
}

// TestPNG decodes the PNG and checks its pixel size. With -update it also
// writes the images to testdata/ for a person to look at; they are not
// compared, since raster output may vary with the rasterizer.
func TestPNG(t *testing.T) {
	tests := []struct {
		name   string
		events []pipeline.Event
		opts   plot.Options
		w, h   int
	}{
		{"fixed size", fixture(), plot.Options{Width: 20 * vg.Centimeter, Height: 10 * vg.Centimeter, DPI: 72}, 567, 283},
		{"default size", fixture(), plot.Options{}, 1134, 302}, // 30 cm at 96 dpi; 8 cm, the minimum height
		{"crowded grows", many(320), plot.Options{}, 1134, 0},
		{"crowded by place", many(320), plot.Options{LaneBy: plot.ByPlace}, 1134, 0},
		{"empty", nil, plot.Options{}, 1134, 302},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := render(t, "png", tc.events, tc.opts)
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("png.Decode: %v", err)
			}
			size := img.Bounds().Size()
			if size.X != tc.w || (tc.h != 0 && size.Y != tc.h) {
				t.Errorf("PNG is %dx%d, want %dx%d", size.X, size.Y, tc.w, tc.h)
			}
			if tc.h == 0 && size.Y <= 302 {
				t.Errorf("crowded chart is %d px high; want it taller than the minimum", size.Y)
			}
			if *update {
				name := strings.ReplaceAll(tc.name, " ", "_") + ".png"
				if err := os.WriteFile(filepath.Join("testdata", name), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func TestWriteFormat(t *testing.T) {
	for _, format := range []string{"gif", "", "SVG", "pdf"} {
		if err := plot.Write(io.Discard, format, fixture(), plot.Options{}); !errors.Is(err, plot.ErrFormat) {
			t.Errorf("Write(%q) = %v, want ErrFormat", format, err)
		}
	}
}

var errSink = errors.New("sink full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errSink }

func TestWriteError(t *testing.T) {
	for _, format := range []string{"svg", "png"} {
		if err := plot.Write(failWriter{}, format, fixture(), plot.Options{}); !errors.Is(err, errSink) {
			t.Errorf("Write(%s) to a failing writer = %v, want %v", format, err, errSink)
		}
	}
}

func TestTimeline(t *testing.T) {
	p := plot.Timeline(fixture(), plot.Options{Title: "T"})
	if p.Title.Text != "T" {
		t.Errorf("title = %q", p.Title.Text)
	}
	var buf bytes.Buffer
	wt, err := p.WriterTo(15*vg.Centimeter, 8*vg.Centimeter, "svg")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := wt.WriteTo(&buf); err != nil || buf.Len() == 0 {
		t.Errorf("WriterTo: %v, %d bytes", err, buf.Len())
	}
}

func BenchmarkWriteSVG(b *testing.B) {
	events := many(1000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := plot.Write(&buf, "svg", events, plot.Options{}); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
	}
	b.ReportMetric(float64(len(events)*b.N)/b.Elapsed().Seconds(), "events/s")
}
