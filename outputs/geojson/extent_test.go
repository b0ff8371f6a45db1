package geojson_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	orbjson "github.com/paulmach/orb/geojson"

	"geotimeline/outputs/geojson"
	"geotimeline/pipeline"
)

func TestCircle(t *testing.T) {
	tests := []struct {
		center orb.Point
		km     float64
	}{
		{orb.Point{128.1775, 41.401667}, 67.4},
		{orb.Point{127, 40}, 300},
		{orb.Point{0, 0}, 1},
		{orb.Point{-70, -60}, 500},
	}
	for _, tc := range tests {
		r := geojson.Circle(tc.center, tc.km, 64)
		if len(r) != 65 || !r.Closed() {
			t.Fatalf("Circle(%v, %v): %d positions, closed %v; want 65, closed", tc.center, tc.km, len(r), r.Closed())
		}
		if r.Orientation() != orb.CCW {
			t.Errorf("Circle(%v, %v) is not counterclockwise", tc.center, tc.km)
		}
		for _, p := range r {
			if d := geo.DistanceHaversine(tc.center, p) / 1000; math.Abs(d-tc.km) > 0.005*tc.km+0.02 {
				t.Errorf("Circle(%v, %v): vertex %v at %.3f km", tc.center, tc.km, p, d)
				break
			}
		}
	}
}

func TestWriteExtents(t *testing.T) {
	events := fixture()
	province := orb.MultiPolygon{{{{127, 40}, {129, 40}, {129, 42}, {127, 42}, {127, 40}}}}
	area := func(pl *pipeline.Place) (orb.MultiPolygon, string, bool) {
		if pl.Precision == pipeline.GeoAdmin1 {
			return province, "test province", true
		}
		return nil, "", false
	}
	var buf bytes.Buffer
	if err := geojson.WriteExtents(&buf, events, area); err != nil {
		t.Fatal(err)
	}
	var fc orbjson.FeatureCollectionOf[geojson.ExtentProperties]
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatalf("%v\n%s", err, buf.Bytes())
	}
	// The fixture's imprecise events: the country-level crackdown and the
	// province-level border closure; cities and the placeless order are left out.
	want := map[string]string{"b.txt#500-560#crackdown": "circle of 300 km", "c.txt#90-150#border_closure": "test province"}
	if len(fc.Features) != len(want) {
		t.Fatalf("%d features, want %d", len(fc.Features), len(want))
	}
	for _, f := range fc.Features {
		p := f.Properties
		if want[p.EventID] != p.Extent {
			t.Errorf("%s: extent %q, want %q", p.EventID, p.Extent, want[p.EventID])
		}
		mp, ok := f.Geometry.(orb.MultiPolygon)
		if !ok {
			t.Fatalf("%s: geometry %T, want MultiPolygon", p.EventID, f.Geometry)
		}
		if p.Extent == "test province" && !orb.Equal(mp, province) {
			t.Errorf("%s: geometry %v, want the province", p.EventID, mp)
		}
		if strings.HasPrefix(p.Extent, "circle") && len(mp[0][0]) != geojson.CircleVertices+1 {
			t.Errorf("%s: circle of %d positions", p.EventID, len(mp[0][0]))
		}
	}
	if fc.Features[1].Properties.DateStart == nil || *fc.Features[1].Properties.DateStart != "2020-09-07" {
		t.Errorf("date_start = %v, want 2020-09-07", fc.Features[1].Properties.DateStart)
	}
	// Without an AreaFunc every extent is a circle.
	buf.Reset()
	if err := geojson.WriteExtents(&buf, events, nil); err != nil || strings.Contains(buf.String(), "test province") {
		t.Errorf("WriteExtents(nil area) = %v", err)
	}
	bad := fixture()
	bad[4].Place.Lat = math.NaN()
	if err := geojson.WriteExtents(&bytes.Buffer{}, bad, nil); !errors.Is(err, geojson.ErrInvalidEvent) {
		t.Errorf("WriteExtents(NaN lat) = %v, want ErrInvalidEvent", err)
	}

	if bin, err := exec.LookPath("ogrinfo"); err == nil {
		path := filepath.Join(t.TempDir(), "events_extent.geojson")
		buf.Reset()
		geojson.WriteExtents(&buf, events, area)
		os.WriteFile(path, buf.Bytes(), 0o644)
		out, err := exec.Command(bin, "-ro", "-al", "-so", path).CombinedOutput()
		if err != nil {
			t.Fatalf("ogrinfo: %v\n%s", err, out)
		}
		for _, w := range []string{"Geometry: Multi Polygon", "Feature Count: 2", "date_start: Date"} {
			if !strings.Contains(string(out), w) {
				t.Errorf("ogrinfo does not say %q:\n%s", w, out)
			}
		}
	} else if os.Getenv("CI") != "" {
		t.Fatal("ogrinfo not on PATH (install gdal-bin)")
	}
}

func FuzzCircle(f *testing.F) {
	f.Add(128.18, 41.4, 67.4, 64)
	f.Add(179.9, -89.9, 500.0, 3)
	f.Fuzz(func(t *testing.T, lon, lat, km float64, n int) {
		if math.IsNaN(lon) || math.IsNaN(lat) || math.IsNaN(km) || math.IsInf(km, 0) || math.Abs(lon) > 180 || math.Abs(lat) > 90 || km < 0 || km > 5000 || n > 1000 {
			return
		}
		r := geojson.Circle(orb.Point{lon, lat}, km, n)
		if len(r) != max(n, 3)+1 || !r.Closed() {
			t.Fatalf("Circle: %d positions, closed %v", len(r), r.Closed())
		}
		for _, p := range r {
			if math.Abs(p[0]) > 180 || math.Abs(p[1]) > 90 || math.IsNaN(p[0]) || math.IsNaN(p[1]) {
				t.Fatalf("Circle: position %v out of range", p)
			}
		}
	})
}
