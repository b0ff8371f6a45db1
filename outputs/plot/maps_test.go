package plot_test

import (
	"bytes"
	"encoding/xml"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"geotimeline/outputs/basemap"
	"geotimeline/outputs/plot"
	"geotimeline/pipeline"
)

func mapOptions(t testing.TB) plot.MapOptions {
	t.Helper()
	var o plot.MapOptions
	a1, err := basemap.Admin1()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := basemap.Countries()
	if err != nil {
		t.Fatal(err)
	}
	for i := range a1 {
		o.Provinces = append(o.Provinces, a1[i].Shape)
	}
	for i := range cs {
		o.Countries = append(o.Countries, cs[i].Shape)
	}
	return o
}

// pngClose compares a PNG with testdata/name pixel by pixel: the mean
// absolute difference per channel must stay under tol (0–255), so that a
// different rasterizer or font hinting does not fail the test but a changed
// chart does. -update rewrites the golden.
func pngClose(t *testing.T, name string, got []byte, tol float64) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantB, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	a, err1 := png.Decode(bytes.NewReader(got))
	b, err2 := png.Decode(bytes.NewReader(wantB))
	if err1 != nil || err2 != nil {
		t.Fatalf("decode: %v, %v", err1, err2)
	}
	fail := func(format string, args ...any) {
		actual := strings.TrimSuffix(path, ".png") + ".actual.png"
		os.WriteFile(actual, got, 0o644)
		t.Errorf(format+"; actual written to "+actual, args...)
	}
	if a.Bounds() != b.Bounds() {
		fail("%s: size %v, want %v", name, a.Bounds(), b.Bounds())
		return
	}
	if d := meanDiff(a, b); d > tol {
		fail("%s: mean channel difference %.2f > %.2f", name, d, tol)
	}
}

func meanDiff(a, b image.Image) float64 {
	var sum, n float64
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			for _, d := range [...]int64{int64(r1) - int64(r2), int64(g1) - int64(g2), int64(b1) - int64(b2)} {
				sum += float64(max(d, -d)) / 257
				n++
			}
		}
	}
	return sum / n
}

func TestCountsGolden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		events []pipeline.Event
	}{{"counts", fixture()}, {"counts_empty", nil}} {
		t.Run(tc.name, func(t *testing.T) {
			var svg, again, pngb bytes.Buffer
			if err := plot.WriteCounts(&svg, "svg", tc.events, plot.CountsOptions{}); err != nil {
				t.Fatal(err)
			}
			plot.WriteCounts(&again, "svg", tc.events, plot.CountsOptions{})
			if !bytes.Equal(svg.Bytes(), again.Bytes()) {
				t.Fatal("two SVG renders differ")
			}
			if err := xml.Unmarshal(svg.Bytes(), new(struct{})); err != nil {
				t.Errorf("SVG is not well-formed XML: %v", err)
			}
			golden(t, tc.name+".svg", svg.Bytes())
			if err := plot.WriteCounts(&pngb, "png", tc.events, plot.CountsOptions{}); err != nil {
				t.Fatal(err)
			}
			pngClose(t, tc.name+".png", pngb.Bytes(), 1.5)
		})
	}
}

func TestMapGolden(t *testing.T) {
	opts := mapOptions(t)
	for _, tc := range []struct {
		name   string
		events []pipeline.Event
		opts   plot.MapOptions
	}{
		{"map", fixture(), opts},
		{"map_blank", fixture(), plot.MapOptions{}},
		{"map_empty", nil, opts},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var svg, again, pngb bytes.Buffer
			if err := plot.WriteMap(&svg, "svg", tc.events, tc.opts); err != nil {
				t.Fatal(err)
			}
			plot.WriteMap(&again, "svg", tc.events, tc.opts)
			if !bytes.Equal(svg.Bytes(), again.Bytes()) {
				t.Fatal("two SVG renders differ")
			}
			if err := xml.Unmarshal(svg.Bytes(), new(struct{})); err != nil {
				t.Errorf("SVG is not well-formed XML: %v", err)
			}
			golden(t, tc.name+".svg", svg.Bytes())
			if err := plot.WriteMap(&pngb, "png", tc.events, tc.opts); err != nil {
				t.Fatal(err)
			}
			pngClose(t, tc.name+".png", pngb.Bytes(), 1.5)
		})
	}
}

func TestMapMarks(t *testing.T) {
	var svg bytes.Buffer
	if err := plot.WriteMap(&svg, "svg", fixture(), plot.MapOptions{}); err != nil {
		t.Fatal(err)
	}
	s := svg.String()
	// The fixture places five events: four as dots or rings inside the
	// default frame; the note counts them and the one without a place.
	if !strings.Contains(s, "5 events on the map; 1 without a place not shown") {
		t.Errorf("map note does not count the events:\n%s", s)
	}
	for _, name := range []string{"Sinuiju", "Kaesong", "Hyesan", "Ryanggang"} {
		if !strings.Contains(s, ">"+name+"<") {
			t.Errorf("map does not label %s", name)
		}
	}
}

func TestNewPlotsFormat(t *testing.T) {
	if err := plot.WriteCounts(&bytes.Buffer{}, "gif", nil, plot.CountsOptions{}); err == nil {
		t.Error("WriteCounts(gif): want an error")
	}
	if err := plot.WriteMap(&bytes.Buffer{}, "pdf", nil, plot.MapOptions{}); err == nil {
		t.Error("WriteMap(pdf): want an error")
	}
	if err := plot.WriteMap(failWriter{}, "svg", fixture(), plot.MapOptions{}); err == nil {
		t.Error("WriteMap to a failing writer: want an error")
	}
}

func TestTimelineByPlaceGolden(t *testing.T) {
	got := render(t, "svg", fixture(), plot.Options{LaneBy: plot.ByPlace})
	if !strings.Contains(string(got), "Events by place") || !strings.Contains(string(got), "(no place) (1)") {
		t.Error("by-place timeline lacks its title or the lane of events without a place")
	}
	golden(t, "timeline_by_place.svg", got)
}

func TestTypeColors(t *testing.T) {
	evs := []pipeline.Event{{Type: "order"}, {Type: "arrest"}, {Type: ""}, {Type: "order"}}
	got := plot.TypeColors(evs)
	if got["arrest"] != 0 || got["order"] != 1 || got["(untyped)"] != 2 || len(got) != 3 {
		t.Errorf("TypeColors = %v, want arrest 0, order 1, (untyped) 2", got)
	}
}

// TestTimelinePNGClose compares the timeline PNGs with their goldens within
// a tolerance (SVG is compared byte for byte in TestSVGGolden).
func TestTimelinePNGClose(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts plot.Options
	}{
		{"fixed_size.png", plot.Options{Width: 20 * vg.Centimeter, Height: 10 * vg.Centimeter, DPI: 72}},
		{"default_size.png", plot.Options{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pngClose(t, tc.name, render(t, "png", fixture(), tc.opts), 1.5)
		})
	}
}
