package gold_test

import (
	"fmt"

	"geotimeline/internal/gold"
	"geotimeline/pipeline"
)

func ExampleEvaluate() {
	g := []gold.Event{{ID: "g1", Doc: "a.txt", EventType: "lockdown", DateStart: "2020-11-01", DateEnd: "2020-11-30",
		Place: gold.Place{Place: "Hyesan", Country: "KP", Lat: 41.40, Lon: 128.18, GeoPrecision: "city"}}}
	nov := pipeline.Interval{Start: pipeline.MakeDate(2020, 11, 1), End: pipeline.MakeDate(2020, 11, 30)}
	pred := []pipeline.Event{
		{ID: "p1", Type: "lockdown", Date: nov, HasPlace: true, Doc: pipeline.Document{ID: "a.txt"},
			Place: pipeline.Place{Name: "Hyesan", Country: "KP", Lat: 41.40, Lon: 128.18}},
		{ID: "p2", Type: "meeting", Date: nov, Doc: pipeline.Document{ID: "a.txt"}},
	}
	r := gold.Evaluate(g, pred, nil)
	fmt.Printf("recall %.2f, type accuracy %.2f, precision %.2f\n", r.Recall, r.TypeAcc, r.Precision)
	// Output: recall 1.00, type accuracy 1.00, precision 0.50
}
