package plot_test

import (
	"bytes"
	"fmt"
	"image/png"
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
