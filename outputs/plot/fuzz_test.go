package plot_test

import (
	"bytes"
	"encoding/xml"
	"testing"
	"time"

	"geotimeline/outputs/plot"
	"geotimeline/pipeline"
)

// FuzzWrite draws charts of events with arbitrary (even unnormalized or
// reversed) dates. Properties: no panic, no error, well-formed SVG.
func FuzzWrite(f *testing.F) {
	f.Add(2020, 3, 5, 2020, 3, 5, "day", "arrest")
	f.Add(1, 1, 1, 9999, 12, 31, "decade", "")
	f.Add(2021, 13, 0, 2020, 0, -4, "", "lockdown")
	f.Fuzz(func(t *testing.T, y0, m0, d0, y1, m1, d1 int, prec, typ string) {
		if y0 < -100000 || y0 > 100000 || y1 < -100000 || y1 > 100000 {
			t.Skip("beyond any calendar the pipeline produces")
		}
		ev := []pipeline.Event{
			{ID: "a", Type: typ, Date: pipeline.Interval{Start: pipeline.Date{Year: y0, Month: time.Month(m0), Day: d0}, End: pipeline.Date{Year: y1, Month: time.Month(m1), Day: d1}, Precision: pipeline.Precision(prec)}},
			{ID: "b", Type: "order", Date: pipeline.Interval{Start: pipeline.MakeDate(2020, 1, 1), End: pipeline.MakeDate(2020, 1, 1)}},
			{ID: "c", Type: typ},
		}
		var buf bytes.Buffer
		if err := plot.Write(&buf, "svg", ev, plot.Options{}); err != nil {
			t.Fatalf("Write: %v", err)
		}
		if err := xml.Unmarshal(buf.Bytes(), new(struct{})); err != nil {
			t.Fatalf("SVG not well-formed: %v", err)
		}
	})
}
