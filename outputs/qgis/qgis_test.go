package qgis_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"geotimeline/outputs/qgis"
	"geotimeline/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// style is the part of a .qml document the tests read.
type style struct {
	XMLName  xml.Name `xml:"qgis"`
	Temporal struct {
		Enabled    string `xml:"enabled,attr"`
		Mode       string `xml:"mode,attr"`
		StartField string `xml:"startField,attr"`
		EndField   string `xml:"endField,attr"`
		LimitMode  string `xml:"limitMode,attr"`
	} `xml:"temporal"`
	Renderer struct {
		Type       string `xml:"type,attr"`
		Attr       string `xml:"attr,attr"`
		Categories []struct {
			Value  string `xml:"value,attr"`
			Symbol string `xml:"symbol,attr"`
		} `xml:"categories>category"`
		Symbols []struct {
			Name  string `xml:"name,attr"`
			Props []struct {
				K string `xml:"k,attr"`
				V string `xml:"v,attr"`
			} `xml:"layer>prop"`
		} `xml:"symbols>symbol"`
	} `xml:"renderer-v2"`
	Labeling struct {
		Type      string `xml:"type,attr"`
		TextStyle struct {
			FieldName string `xml:"fieldName,attr"`
		} `xml:"settings>text-style"`
	} `xml:"labeling"`
}

func events(types ...string) []pipeline.Event {
	evs := make([]pipeline.Event, len(types))
	for i, t := range types {
		evs[i] = pipeline.Event{ID: t, Type: t}
	}
	return evs
}

func TestWriteStyle(t *testing.T) {
	tests := []struct {
		name  string
		types []string
		want  []string
	}{
		{"several", []string{"lockdown", "arrest", "execution", "arrest", ""}, []string{"arrest", "execution", "lockdown"}},
		{"escaping", []string{`a&b "quoted" <x>`}, []string{`a&b "quoted" <x>`}},
		{"none", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := qgis.WriteStyle(&buf, events(tc.types...), qgis.Options{}); err != nil {
				t.Fatal(err)
			}
			var s style
			if err := xml.Unmarshal(buf.Bytes(), &s); err != nil {
				t.Fatalf("the style is not XML: %v\n%s", err, buf.Bytes())
			}
			if s.Temporal.Enabled != "1" || s.Temporal.Mode != "2" || s.Temporal.StartField != "date_start" ||
				s.Temporal.EndField != "date_end" || s.Temporal.LimitMode != "1" {
				t.Errorf("temporal = %+v, want start/end fields date_start/date_end, end included", s.Temporal)
			}
			if s.Renderer.Type != "categorizedSymbol" || s.Renderer.Attr != "event_type" {
				t.Errorf("renderer %s on %q, want categorizedSymbol on event_type", s.Renderer.Type, s.Renderer.Attr)
			}
			var got []string
			for _, c := range s.Renderer.Categories {
				got = append(got, c.Value)
			}
			if want := append(slices.Clone(tc.want), ""); !slices.Equal(got, want) {
				t.Errorf("categories = %q, want %q (the last catches other values)", got, want)
			}
			if len(s.Renderer.Symbols) != len(s.Renderer.Categories) {
				t.Errorf("%d symbols for %d categories", len(s.Renderer.Symbols), len(s.Renderer.Categories))
			}
			for i, c := range s.Renderer.Categories {
				if c.Symbol != s.Renderer.Symbols[i].Name {
					t.Errorf("category %q uses symbol %s, want %s", c.Value, c.Symbol, s.Renderer.Symbols[i].Name)
				}
			}
			if s.Labeling.Type != "simple" || s.Labeling.TextStyle.FieldName == "" {
				t.Errorf("labeling = %+v", s.Labeling)
			}
		})
	}
}

func TestColoursFollowPalette(t *testing.T) {
	var buf bytes.Buffer
	qgis.WriteStyle(&buf, events("b", "a"), qgis.Options{})
	var s style
	if err := xml.Unmarshal(buf.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		c := qgis.Palette(i)
		want := []byte{c.R, c.G, c.B}
		var got string
		for _, p := range s.Renderer.Symbols[i].Props {
			if p.K == "color" {
				got = p.V
			}
		}
		if got != string(bytesToRGBA(want)) {
			t.Errorf("symbol %d colour %s, want %s", i, got, bytesToRGBA(want))
		}
	}
}

func bytesToRGBA(b []byte) string {
	return itoa(int(b[0])) + "," + itoa(int(b[1])) + "," + itoa(int(b[2])) + ",255"
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := qgis.WriteStyle(&buf, events("arrest", "lockdown", "border_closure"), qgis.Options{}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "events.qml")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		actual := filepath.Join("testdata", "events.actual.qml")
		os.WriteFile(actual, buf.Bytes(), 0o644)
		t.Errorf("WriteStyle differs from %s; actual output in %s", golden, actual)
	}
}

// errWriter fails every write.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteError(t *testing.T) {
	if err := qgis.WriteStyle(errWriter{}, events("arrest"), qgis.Options{}); err == nil {
		t.Error("WriteStyle to a failing writer returned nil")
	}
}

func TestWriteStyleAreas(t *testing.T) {
	var buf bytes.Buffer
	if err := qgis.WriteStyle(&buf, events("lockdown", "arrest"), qgis.Options{Areas: true}); err != nil {
		t.Fatal(err)
	}
	var s style
	if err := xml.Unmarshal(buf.Bytes(), &s); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if s.Temporal.StartField != "date_start" || len(s.Renderer.Categories) != 3 || s.Labeling.Type != "" {
		t.Errorf("areas style: temporal %+v, %d categories, labeling %q", s.Temporal, len(s.Renderer.Categories), s.Labeling.Type)
	}
	if !strings.Contains(buf.String(), `class="SimpleFill"`) || strings.Contains(buf.String(), `class="SimpleMarker"`) ||
		!strings.Contains(buf.String(), "<layerGeometryType>2</layerGeometryType>") {
		t.Error("areas style does not use fill symbols on a polygon layer")
	}
}

// TestWriteStyleTypes checks that the style written from a list of types
// is the style WriteStyle writes from the events, whatever the order of
// the list, its duplicates and empty entries.
func TestWriteStyleTypes(t *testing.T) {
	evs := events("order", "arrest", "", "order", "lockdown", "a&b <c>")
	for _, areas := range []bool{false, true} {
		opts := qgis.Options{Areas: areas}
		var want bytes.Buffer
		if err := qgis.WriteStyle(&want, evs, opts); err != nil {
			t.Fatal(err)
		}
		for _, types := range [][]string{
			qgis.Types(evs),
			{"order", "lockdown", "", "a&b <c>", "arrest", "order"},
		} {
			var got bytes.Buffer
			if err := qgis.WriteStyleTypes(&got, types, opts); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("WriteStyleTypes(%q, Areas %v) differs from WriteStyle over the events", types, areas)
			}
		}
	}
	in := []string{"b", "a"}
	qgis.WriteStyleTypes(&bytes.Buffer{}, in, qgis.Options{})
	if !slices.Equal(in, []string{"b", "a"}) {
		t.Errorf("WriteStyleTypes changed its argument to %q", in)
	}
}
