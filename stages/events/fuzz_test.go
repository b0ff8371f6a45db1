package events

import (
	"context"
	"math/rand/v2"
	"testing"

	"geotimeline/pipeline"
)

// FuzzProcess runs Process on arbitrary text with random, possibly invalid,
// sentence, date and place spans: it must not panic, and every event must
// point inside the text.
func FuzzProcess(f *testing.F) {
	f.Add("Police arrested a trader in Hyesan on May 2, 2021, a source told Daily NK.", uint64(1))
	f.Add("“On Feb. 2 the ministry issued an order,” a source in Chagang said. The city was sealed off.", uint64(7))
	f.Add("Ünïcödé — closed the border; executed… (Dandong [Liaoning]) and", uint64(3))
	f.Add("", uint64(0))
	f.Add("The Security Council adopted a resolution in New York on Dec. 22, 2017. KCNA said on Monday.", uint64(5))
	// (with a capital and a seat, as the pipeline builds it, so that the
	// rules that place a speaker at its capital and a body's act at its
	// seat are fuzzed too)
	x, err := New(Options{
		Capitals: map[string]pipeline.Place{"KP": {ID: "fuzz:pyongyang", Name: "Pyongyang", Country: "KP", Precision: pipeline.GeoCity, FeatureCode: "PPLC"}},
		Seats:    map[string]pipeline.Place{"New York City": {ID: "fuzz:nyc", Name: "New York City", Country: "US", Precision: pipeline.GeoCity}},
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		n := len(text)
		span := func() pipeline.Span {
			a, b := r.IntN(n+3)-1, r.IntN(n+3)-1
			if r.IntN(4) > 0 && a > b {
				a, b = b, a
			}
			return pipeline.Span{Start: a, End: b}
		}
		it := &pipeline.Item{Doc: pipeline.Document{ID: "fuzz", Text: text}}
		for range r.IntN(5) {
			it.Paragraphs = append(it.Paragraphs, span())
		}
		for range r.IntN(6) {
			it.Sentences = append(it.Sentences, pipeline.Sentence{Span: span(), Paragraph: r.IntN(4) - 1})
		}
		for range r.IntN(6) {
			sp := span()
			iv := pipeline.Interval{}
			if r.IntN(2) == 0 {
				d := pipeline.MakeDate(2000+r.IntN(30), 1, 1+r.IntN(28))
				iv = pipeline.Interval{Start: d, End: d.AddDays(r.IntN(40)), Precision: pipeline.PrecisionDay}
			}
			kinds := []pipeline.DateKind{pipeline.KindDate, pipeline.KindDuration, pipeline.KindSet, ""}
			it.Dates = append(it.Dates, pipeline.DateMention{Span: sp, Kind: kinds[r.IntN(4)], Interval: iv, Value: "XXXX-01", Forward: r.IntN(3) == 0})
		}
		precs := []pipeline.GeoPrecision{pipeline.GeoCity, pipeline.GeoAdmin1, pipeline.GeoCountry, pipeline.GeoRegion, ""}
		for range r.IntN(6) {
			pm := pipeline.PlaceMention{Span: span(), Resolved: r.IntN(3) > 0, Text: "x"}
			pm.Place = pipeline.Place{Name: "P", Country: "KP", Precision: precs[r.IntN(len(precs))]}
			if r.IntN(4) == 0 {
				pm.Place.FeatureCode = "PPLC"
			}
			if r.IntN(4) == 0 {
				pm.Role = "source"
			}
			it.Places = append(it.Places, pm)
		}
		it.DocDate = pipeline.DocDate{Date: pipeline.MakeDate(2020, 5, 5), Basis: pipeline.BasisInferred}
		if err := x.Process(context.Background(), it); err != nil {
			t.Fatalf("Process: %v", err)
		}
		for _, e := range it.Events {
			if e.SentSpan.Start < 0 || e.SentSpan.End > n || e.SentSpan.Start >= e.SentSpan.End {
				t.Fatalf("sentence span %v outside text of %d bytes", e.SentSpan, n)
			}
			if !e.SentSpan.Contains(e.Trigger) {
				t.Fatalf("trigger %v outside sentence %v", e.Trigger, e.SentSpan)
			}
			own := false
			for _, m := range e.Mentions {
				if m.Span.Start < 0 || m.Span.End > n || m.Span.Start >= m.Span.End || m.DocID != it.Doc.ID {
					t.Fatalf("mention %+v outside the text of %d bytes", m, n)
				}
				own = own || m.Span == e.SentSpan
			}
			if e.Sentence != text[e.SentSpan.Start:e.SentSpan.End] || len(e.ID) != 16 || !own {
				t.Fatalf("inconsistent event %+v", e)
			}
			if e.Confidence < 0 || e.Confidence > 1 {
				t.Fatalf("confidence %v", e.Confidence)
			}
		}
	})
}
