package plot_test

import (
	"bytes"
	"fmt"
	"image/png"
	"strings"
	"time"

	"gonum.org/v1/plot/vg"

	"geotimeline/outputs/plot"
	"geotimeline/pipeline"
)

func ExampleWrite() {
	events := []pipeline.Event{
		{ID: "a", Type: "lockdown", Date: pipeline.Interval{Start: pipeline.MakeDate(2021, time.March, 1), End: pipeline.MakeDate(2021, time.March, 31), Precision: pipeline.PrecisionMonth}},
		{ID: "b", Type: "arrest", Date: pipeline.Interval{Start: pipeline.MakeDate(2021, time.April, 12), End: pipeline.MakeDate(2021, time.April, 12), Precision: pipeline.PrecisionDay}},
		{ID: "c", Type: "arrest"}, // undated: counted in the note, not placed
	}
	var buf bytes.Buffer
	err := plot.Write(&buf, "png", events, plot.Options{Width: 16 * vg.Centimeter, Height: 6 * vg.Centimeter, DPI: 150})
	if err != nil {
		fmt.Println(err)
		return
	}
	cfg, err := png.DecodeConfig(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%dx%d PNG\n", cfg.Width, cfg.Height)
	// Output:
	// 945x354 PNG
}

// A streaming run adds each event to a Summary as it arrives, keeps none
// itself, and draws the charts at the end. Here MaxMarks is 2, so the
// timeline draws the two events reported by the most documents; the
// counts chart and the map count all three.
func ExampleSummary() {
	day := func(d int) pipeline.Interval {
		t := pipeline.MakeDate(2021, time.March, d)
		return pipeline.Interval{Start: t, End: t, Precision: pipeline.PrecisionDay}
	}
	s := plot.NewSummary(plot.SummaryOptions{MaxMarks: 2})
	for _, e := range []pipeline.Event{
		{ID: "a", Type: "arrest", Date: day(1), Mentions: []pipeline.Mention{{DocID: "x"}}},
		{ID: "b", Type: "lockdown", Date: day(2), Mentions: []pipeline.Mention{{DocID: "x"}, {DocID: "y"}}},
		{ID: "c", Type: "order", Date: day(3), Mentions: []pipeline.Mention{{DocID: "z"}}},
	} {
		s.Add(&e) // s copies what it keeps; e can go
	}
	var timeline, counts bytes.Buffer
	if err := plot.WriteSummary(&timeline, "svg", s, plot.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	if err := plot.WriteCountsSummary(&counts, "svg", s, plot.CountsOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range s.Marks() {
		fmt.Println("kept", e.ID)
	}
	fmt.Println(s.Events(), "events of types", s.Types())
	fmt.Println(strings.Contains(timeline.String(), "2 of 3 dated events drawn"))
	// Output:
	// kept a
	// kept b
	// 3 events of types [arrest lockdown order]
	// true
}
