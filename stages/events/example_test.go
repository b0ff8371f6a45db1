package events_test

import (
	"context"
	"fmt"
	"strings"

	"geotimeline/pipeline"
	"geotimeline/stages/events"
)

// A hand-built item stands in for the earlier stages: one sentence, one
// date and one resolved place.
func ExampleExtractor_Process() {
	text := "Security agents sealed off Hyesan on May 2, 2021, a source told Daily NK."
	at := func(s string) pipeline.Span {
		i := strings.Index(text, s)
		return pipeline.Span{Start: i, End: i + len(s)}
	}
	day := pipeline.MakeDate(2021, 5, 2)
	it := &pipeline.Item{
		Doc:       pipeline.Document{ID: "example.txt", Text: text},
		Sentences: []pipeline.Sentence{{Span: pipeline.Span{End: len(text)}}},
		Dates: []pipeline.DateMention{{Span: at("May 2, 2021"), Text: "May 2, 2021", Kind: pipeline.KindDate,
			Value: "2021-05-02", Interval: pipeline.Interval{Start: day, End: day, Precision: pipeline.PrecisionDay}, Anchor: pipeline.AnchorExplicit}},
		Places: []pipeline.PlaceMention{{Span: at("Hyesan"), Text: "Hyesan", Resolved: true,
			Place: pipeline.Place{Name: "Hyesan", Country: "KP", Admin1: "Ryanggang", Precision: pipeline.GeoCity, Lat: 41.40, Lon: 128.18}}},
	}
	x, err := events.New(events.Options{})
	if err != nil {
		panic(err)
	}
	if err := x.Process(context.Background(), it); err != nil {
		panic(err)
	}
	for _, e := range it.Events {
		fmt.Println(e.Type, e.Modality, e.Date.Start, e.DateBasis, e.PlaceName, e.Actors, e.ReportedBy, e.Confidence)
	}
	// Output:
	// lockdown occurred 2021-05-02 explicit Hyesan [security forces] Daily NK 0.85
}
