package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"geotimeline/outputs/report"
	"geotimeline/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func events() []pipeline.Event {
	hyesan := pipeline.Place{ID: "geonames:2044757", Name: "Hyesan", Lat: 41.4, Lon: 128.18, Admin1: "Ryanggang", Country: "KP", Precision: pipeline.GeoCity}
	return []pipeline.Event{
		{ID: "a", Type: "arrest", Modality: pipeline.Occurred, Summary: "traders arrested",
			Date:     pipeline.Interval{Start: pipeline.MakeDate(2020, time.November, 5), End: pipeline.MakeDate(2020, time.November, 5), Precision: pipeline.PrecisionDay},
			HasPlace: true, Place: hyesan, Doc: pipeline.Document{ID: "a.txt", Title: "Traders held"},
			Sentence: "Police arrested four traders in Hyesan on Nov. 5, a source said.", Confidence: 0.9,
			Mentions: []pipeline.Mention{{DocID: "a.txt"}, {DocID: "b.txt"}}},
		{ID: "b", Type: "order", Modality: pipeline.Ordered, DateText: "recently", PlaceName: "Hyesn",
			Doc:      pipeline.Document{ID: "b.txt"},
			Sentence: `The ministry ordered <script>alert("x")</script> & more.`, Confidence: 0.4,
			Mentions: []pipeline.Mention{{DocID: "b.txt"}}},
	}
}

func input() report.Input {
	return report.Input{
		Subtitle: "examples/corpus",
		Figures: []report.Figure{
			{Title: "Timeline", Format: "svg", Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>`)},
		},
		Stats:    []report.Stat{{"documents", "2"}, {"events", "2"}},
		Warnings: []string{"b.txt: dates: no year for <March 3>"},
		Events:   events(),
	}
}

func TestWrite(t *testing.T) {
	var buf bytes.Buffer
	if err := report.Write(&buf, input()); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	golden := filepath.Join("testdata", "report.html")
	if *update {
		os.MkdirAll("testdata", 0o755)
		os.WriteFile(golden, got, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(filepath.Join("testdata", "report.actual.html"), got, 0o644)
		t.Error("report differs from testdata/report.html; actual written to testdata/report.actual.html")
	}

	doc, err := html.Parse(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	var rows, imgs, scripts int
	var csp string
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "tbody":
				inBody = true
			case "tr":
				if inBody {
					rows++
				}
			case "img":
				imgs++
				for _, a := range n.Attr {
					if a.Key == "src" && !strings.HasPrefix(a.Val, "data:image/svg+xml;base64,") {
						t.Errorf("img src %.40q is not inline data", a.Val)
					}
				}
			case "script":
				scripts++
				if n.FirstChild != nil && strings.Contains(n.FirstChild.Data, "alert") {
					t.Error("event text became a script")
				}
			case "meta":
				var equiv, content string
				for _, a := range n.Attr {
					switch a.Key {
					case "http-equiv":
						equiv = a.Val
					case "content":
						content = a.Val
					}
				}
				if equiv == "Content-Security-Policy" {
					csp = content
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(doc, false)
	if rows != 2 || imgs != 1 || scripts != 1 {
		t.Errorf("%d table rows, %d images, %d scripts; want 2, 1, 1", rows, imgs, scripts)
	}
	if !strings.HasPrefix(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q does not forbid the network", csp)
	}
	s := string(got)
	for _, want := range []string{"Police arrested four traders in Hyesan", "2020-11-05 (day)", "undated: “recently”",
		"Hyesn<div class=\"d\">unresolved", "&lt;script&gt;alert", "no year for &lt;March 3&gt;", "<dt>documents</dt><dd>2</dd>"} {
		if !strings.Contains(s, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestWarningsCapped(t *testing.T) {
	in := input()
	in.Warnings = make([]string, report.MaxWarnings+5)
	for i := range in.Warnings {
		in.Warnings[i] = "w"
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "<li>w</li>"); n != report.MaxWarnings || !strings.Contains(buf.String(), "and 5 more") {
		t.Errorf("%d warnings listed, want %d and a count of the rest", n, report.MaxWarnings)
	}
}

func TestWriteErrors(t *testing.T) {
	in := input()
	in.Figures[0].Format = "gif"
	if err := report.Write(&bytes.Buffer{}, in); err == nil {
		t.Error("figure format gif: want an error")
	}
	if err := report.Write(failWriter{}, input()); err == nil {
		t.Error("failing writer: want an error")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

// TestPartialTable checks the note on a table that holds only some of the
// run's events, and that it is absent when the table holds them all.
func TestPartialTable(t *testing.T) {
	tests := []struct {
		name      string
		total     int
		selection string
		files     []string
		want      []string // in the page
		absent    []string // not in the page
	}{
		{"all", 0, "", nil, []string{"<h2>Events (2)</h2>"}, []string{"of the run", "partial"}},
		{"fewer than shown", 1, "x", nil, []string{"<h2>Events (2)</h2>"}, []string{"of the run", "partial"}},
		{"equal", 2, "x", nil, []string{"<h2>Events (2)</h2>"}, []string{"of the run", "partial"}},
		{"defaults", 1000, "", nil, []string{
			"<h2>Events (2 of 1000)</h2>",
			"The table shows 2 of the run’s 1000 events</strong>: those chosen by the run.",
			"Every event is in events.geojson and events.parquet, beside this page.",
		}, nil},
		{"given", 5, "reported by the most documents & <mentions>", []string{"a.geojson", "b.parquet", "c.csv"}, []string{
			"<h2>Events (2 of 5)</h2>",
			"those reported by the most documents &amp; &lt;mentions&gt;.",
			"Every event is in a.geojson, b.parquet and c.csv,",
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := input()
			in.TotalEvents, in.Selection, in.EventFiles = tc.total, tc.selection, tc.files
			var buf bytes.Buffer
			if err := report.Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			s := buf.String()
			for _, w := range tc.want {
				if !strings.Contains(s, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tc.absent {
				if strings.Contains(s, w) {
					t.Errorf("page has %q", w)
				}
			}
			if n := strings.Count(s, "<tr><td class=\"num\">"); n != 2 {
				t.Errorf("%d rows, want 2", n)
			}
		})
	}
}
