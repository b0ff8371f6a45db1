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
	orbjson "github.com/paulmach/orb/geojson"

	"geotimeline/outputs/geojson"
)

// placeRows returns place mentions built from the fixture's events.
func placeRows() []geojson.PlaceRow {
	var rows []geojson.PlaceRow
	for _, e := range fixture() {
		if !e.HasPlace {
			continue
		}
		rows = append(rows, geojson.PlaceRow{DocID: e.Doc.ID, Text: e.PlaceName, CharStart: e.CharStart + 3, CharEnd: e.CharStart + 3 + len([]rune(e.PlaceName)), Reason: "only candidate", Place: e.Place})
	}
	rows[0].Role = "source"
	rows[1].Place.Population = 308440
	return rows
}

func TestWritePlaces(t *testing.T) {
	var buf bytes.Buffer
	if err := geojson.WritePlaces(&buf, placeRows()); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	golden := filepath.Join("testdata", "places.geojson")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		actual := filepath.Join("testdata", "places.actual.geojson")
		os.WriteFile(actual, got, 0o644)
		t.Errorf("WritePlaces differs from %s; actual output written to %s", golden, actual)
	}
	var fc orbjson.FeatureCollectionOf[geojson.PlaceProperties]
	if err := json.Unmarshal(got, &fc); err != nil {
		t.Fatal(err)
	}
	rows := placeRows()
	if len(fc.Features) != len(rows) {
		t.Fatalf("%d features, want %d", len(fc.Features), len(rows))
	}
	for i, f := range fc.Features {
		pt, ok := f.Geometry.(orb.Point)
		wantPt := orb.Point{math.Round(rows[i].Place.Lon*1e6) / 1e6, math.Round(rows[i].Place.Lat*1e6) / 1e6}
		if !ok || pt != wantPt || f.Properties.Text != rows[i].Text {
			t.Errorf("feature %d = %v %q, want %v %q", i, f.Geometry, f.Properties.Text, wantPt, rows[i].Text)
		}
	}
	if fc.Features[0].Properties.Population != nil || *fc.Features[1].Properties.Population != 308440 {
		t.Error("population: want null when unknown, the value otherwise")
	}

	if bin, err := exec.LookPath("ogrinfo"); err == nil {
		path := filepath.Join(t.TempDir(), "places.geojson")
		os.WriteFile(path, got, 0o644)
		out, err := exec.Command(bin, "-ro", "-al", "-so", path).CombinedOutput()
		if err != nil {
			t.Fatalf("ogrinfo: %v\n%s", err, out)
		}
		if !strings.Contains(string(out), "Geometry: Point") || !strings.Contains(string(out), "Feature Count: 5") {
			t.Errorf("ogrinfo:\n%s", out)
		}
	} else if os.Getenv("CI") != "" {
		t.Fatal("ogrinfo not on PATH (install gdal-bin)")
	}
}

func TestWritePlacesInvalid(t *testing.T) {
	rows := placeRows()
	rows[2].Place.Lon = 181
	err := geojson.WritePlaces(&bytes.Buffer{}, rows)
	if !errors.Is(err, geojson.ErrInvalidEvent) || !strings.Contains(err.Error(), "place mention 2") {
		t.Errorf("WritePlaces = %v, want ErrInvalidEvent naming mention 2", err)
	}
}
