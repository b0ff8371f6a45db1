package geoeval

import (
	"errors"
	"math"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

func TestRead(t *testing.T) {
	in := `{"doc":"1","title":"T","text":"Sinŭiju and Dandong","toponyms":[{"start":12,"end":19,"text":"Dandong","geonameid":"2037886","lat":40.1,"lon":124.4,"fcode":"PPL","name":"Dandong","country":"China"},{"start":0,"end":7,"text":"Sinŭiju","geonameid":null,"lat":null,"lon":null}]}` + "\n"
	docs, err := Read(strings.NewReader(in), "c.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if len(d.Gold) != 2 || d.Gold[0].Text != "Sinŭiju" || d.Gold[0].HasCoord || d.Text[d.Gold[1].Start:d.Gold[1].End] != "Dandong" || !d.Gold[1].HasCoord {
		t.Errorf("Read = %+v", d.Gold)
	}
	for _, bad := range []string{
		`{"doc":"1","text":"abc","toponyms":[{"start":0,"end":2,"text":"xy"}]}`,
		`{"doc":"1","text":"abc","toponyms":[{"start":0,"end":9,"text":"abc"}]}`,
		`{"doc":`,
	} {
		if _, err := Read(strings.NewReader("\n"+bad+"\n"), "c.jsonl"); !errors.Is(err, ErrFormat) || !strings.HasPrefix(err.Error(), "c.jsonl:2:") {
			t.Errorf("Read(%s) = %v, want ErrFormat at c.jsonl:2", bad, err)
		}
	}
}

func TestScore(t *testing.T) {
	docs := []Doc{{ID: "a", Text: "Hyesan and Sinuiju and Paris", Gold: []Toponym{
		{Span: pipeline.Span{Start: 0, End: 6}, HasCoord: true, Lat: 41.4, Lon: 128.18},
		{Span: pipeline.Span{Start: 11, End: 18}, HasCoord: true, Lat: 40.1, Lon: 124.4},
		{Span: pipeline.Span{Start: 23, End: 28}}, // no coordinates
	}}}
	preds := [][]pipeline.PlaceMention{{
		{Span: pipeline.Span{Start: 0, End: 6}, Resolved: true, Place: pipeline.Place{Lat: 41.4, Lon: 128.18}}, // exact
		{Span: pipeline.Span{Start: 11, End: 14}, Resolved: false},                                             // overlap, unresolved
		{Span: pipeline.Span{Start: 23, End: 28}, Resolved: true},                                              // no gold point
		{Span: pipeline.Span{Start: 7, End: 10}},                                                               // false positive
	}}
	r := Score(docs, preds)
	if r.Matched != 3 || r.Pred != 4 || r.Gold != 3 || len(r.FalsePositives) != 1 || len(r.FalseNegatives) != 0 {
		t.Fatalf("counts: %v", r)
	}
	if r.Precision != 0.75 || r.Recall != 1 || math.Abs(r.F1-6.0/7) > 1e-9 {
		t.Errorf("P/R/F1 = %v %v %v", r.Precision, r.Recall, r.F1)
	}
	if r.Scored != 2 || r.Unresolved != 1 || r.Within161 != 1 || r.Acc161 != 0.5 || r.MedianKM != MaxErrorKM/2 || r.MeanKM != MaxErrorKM/2 {
		t.Errorf("resolution: %v", r)
	}
	if math.Abs(r.AUC-0.5) > 1e-4 {
		t.Errorf("AUC = %v, want 0.5 for errors {0, max}", r.AUC)
	}
}

func TestAUC(t *testing.T) {
	for _, tc := range []struct {
		errs []float64
		want float64
	}{
		{[]float64{0, 0, 0}, 0},
		{[]float64{MaxErrorKM, MaxErrorKM}, 1},
		{[]float64{MaxErrorKM}, 1},
		{nil, 0},
	} {
		if got := AUC(tc.errs); math.Abs(got-tc.want) > 1e-4 {
			t.Errorf("AUC(%v) = %v, want %v", tc.errs, got, tc.want)
		}
	}
	if a, b := AUC([]float64{1, 10, 100}), AUC([]float64{100, 1, 10}); a != b {
		t.Errorf("AUC depends on order: %v %v", a, b)
	}
}

func TestSplit(t *testing.T) {
	n := 0
	for i := range 1000 {
		if Split(strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('0'+i%10))+string(rune(i))) == "test" {
			n++
		}
	}
	if n < 120 || n > 280 {
		t.Errorf("Split sent %d of 1000 to test, want about 200", n)
	}
	if Split("40450848") != Split("40450848") {
		t.Error("Split not deterministic")
	}
}
