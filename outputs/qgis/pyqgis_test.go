package qgis_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"geotimeline/outputs/geojson"
	"geotimeline/outputs/qgis"
	"geotimeline/pipeline"
)

// TestQGISAppliesStyle opens a layer with its style in QGIS itself
// (PyQGIS, Debian's python3-qgis) when it is installed. QGIS is too large
// to install in CI, so the test is skipped where it is absent.
func TestQGISAppliesStyle(t *testing.T) {
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import qgis.core").Run(); err != nil {
		t.Skip("PyQGIS (python3-qgis) not installed")
	}
	day := func(d int) pipeline.Interval {
		return pipeline.Interval{Start: pipeline.MakeDate(2020, time.March, d), End: pipeline.MakeDate(2020, time.March, d), Precision: pipeline.PrecisionDay}
	}
	pl := pipeline.Place{Name: "Hyesan", Lat: 41.4, Lon: 128.18, Country: "KP", Precision: pipeline.GeoCity}
	evs := []pipeline.Event{
		{ID: "1", Type: "arrest", Date: day(2), HasPlace: true, Place: pl, Doc: pipeline.Document{ID: "a"}, Mentions: []pipeline.Mention{{DocID: "a"}}},
		{ID: "2", Type: "lockdown", Date: day(5), HasPlace: true, Place: pl, Doc: pipeline.Document{ID: "a"}, Mentions: []pipeline.Mention{{DocID: "a"}}},
	}
	dir := t.TempDir()
	var gj, qml bytes.Buffer
	if err := geojson.Write(&gj, evs); err != nil {
		t.Fatal(err)
	}
	if err := qgis.WriteStyle(&qml, evs, qgis.Options{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "events.geojson"), gj.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "events.qml"), qml.Bytes(), 0o644)
	cmd := exec.Command(py, filepath.Join("testdata", "check_style.py"), filepath.Join(dir, "events.geojson"))
	cmd.Env = append(os.Environ(), "QT_QPA_PLATFORM=offscreen")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("check_style.py: %v\n%s", err, out)
	}
	for _, want := range []string{
		"valid True features 2 geometry 0",
		"style True",
		"renderer categorizedSymbol event_type",
		"cat 'arrest' arrest #4e79a7 SimpleMarker 2.5 True",
		"cat 'lockdown' lockdown #f28e2b SimpleMarker",
		"cat '' other",
		"temporal True 2 date_start date_end 1", // start and end from fields, end day included
		`labels True concat("event_type"`,
		"field date_start Date",
		"field date_end Date",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("QGIS output lacks %q:\n%s", want, out)
		}
	}
}

// TestQGISAppliesAreaStyle opens an events_extent layer with its style.
func TestQGISAppliesAreaStyle(t *testing.T) {
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import qgis.core").Run(); err != nil {
		t.Skip("PyQGIS (python3-qgis) not installed")
	}
	d := pipeline.Interval{Start: pipeline.MakeDate(2020, time.March, 1), End: pipeline.MakeDate(2020, time.March, 31), Precision: pipeline.PrecisionMonth}
	pl := pipeline.Place{Name: "Ryanggang", Lat: 41.1, Lon: 128.0, Country: "KP", Precision: pipeline.GeoAdmin1, UncertaintyKM: 60}
	evs := []pipeline.Event{{ID: "1", Type: "crackdown", Date: d, HasPlace: true, Place: pl, Doc: pipeline.Document{ID: "a"}}}
	dir := t.TempDir()
	var gj, qml bytes.Buffer
	if err := geojson.WriteExtents(&gj, evs, nil); err != nil {
		t.Fatal(err)
	}
	if err := qgis.WriteStyle(&qml, evs, qgis.Options{Areas: true}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "events_extent.geojson"), gj.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "events_extent.qml"), qml.Bytes(), 0o644)
	cmd := exec.Command(py, filepath.Join("testdata", "check_style.py"), filepath.Join(dir, "events_extent.geojson"))
	cmd.Env = append(os.Environ(), "QT_QPA_PLATFORM=offscreen")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("check_style.py: %v\n%s", err, out)
	}
	for _, want := range []string{
		"valid True features 1 geometry 2",
		"style True",
		"renderer categorizedSymbol event_type",
		"cat 'crackdown' crackdown #4e79a7 SimpleFill",
		"temporal True 2 date_start date_end 1",
		"labels False",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("QGIS output lacks %q:\n%s", want, out)
		}
	}
}
