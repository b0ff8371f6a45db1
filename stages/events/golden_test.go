package events

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"geotimeline/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenEvent is the part of an event the golden file records.
type goldenEvent struct {
	ID         string             `json:"id"`
	Type       string             `json:"type"`
	Trigger    string             `json:"trigger"`
	Modality   pipeline.Modality  `json:"modality"`
	Date       string             `json:"date"`
	DateText   string             `json:"date_text"`
	DateBasis  pipeline.DateBasis `json:"date_basis"`
	Place      string             `json:"place"`
	PlaceWhy   string             `json:"place_why"`
	Actors     []string           `json:"actors"`
	ReportedBy string             `json:"reported_by"`
	ReportedOn string             `json:"reported_on"`
	Confidence float64            `json:"confidence"`
	Mentions   int                `json:"mentions"`
	Sentence   int                `json:"sentence"`
}

// TestGolden runs a hand-written dispatch (testdata/dispatch.txt, in the
// markup of helpers_test.go) and compares the events with
// testdata/dispatch.golden; go test -update rewrites it. On a mismatch the
// actual output is written beside it as dispatch.actual.
func TestGolden(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "dispatch.txt"))
	if err != nil {
		t.Fatal(err)
	}
	it, evs := extract(t, string(src), itemOpts{docDate: pipeline.MakeDate(2022, 9, 12), basis: pipeline.BasisPublished})
	var buf bytes.Buffer
	for _, e := range evs {
		g := goldenEvent{
			ID: e.ID, Type: e.Type, Trigger: it.Doc.Text[e.Trigger.Start:e.Trigger.End], Modality: e.Modality,
			DateText: e.DateText, DateBasis: e.DateBasis, PlaceWhy: e.PlaceWhy, Actors: e.Actors,
			ReportedBy: e.ReportedBy, ReportedOn: e.ReportedOn.String(), Confidence: e.Confidence,
			Mentions: len(e.Mentions), Sentence: e.SentenceN,
		}
		if e.Date.Known() {
			g.Date = e.Date.Start.String() + ".." + e.Date.End.String()
		}
		if e.HasPlace {
			g.Place = e.PlaceName
		}
		b, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	golden := filepath.Join("testdata", "dispatch.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	actual := filepath.Join("testdata", "dispatch.actual")
	if !bytes.Equal(buf.Bytes(), want) {
		os.WriteFile(actual, buf.Bytes(), 0o644)
		t.Errorf("events differ from %s; see %s", golden, actual)
	} else {
		os.Remove(actual)
	}
}
