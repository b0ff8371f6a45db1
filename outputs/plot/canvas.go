package plot

import (
	"fmt"
	"image/color"
	"io"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// render draws onto a white canvas of the given size and writes it to w as
// "png" (at dpi, default 96) or "svg".
func render(w io.Writer, format string, width, height vg.Length, dpi int, paint func(dc draw.Canvas)) error {
	var cw vg.CanvasWriterTo
	switch format {
	case "svg":
		cw = vgsvg.New(width, height)
	case "png":
		if dpi <= 0 {
			dpi = defaultDPI
		}
		cw = pngCanvas{vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(dpi))}
	default:
		return fmt.Errorf("%w %q (want png or svg)", ErrFormat, format)
	}
	dc := draw.New(cw)
	dc.FillPolygon(color.White, rect(dc.Min.X, dc.Min.Y, dc.Max.X, dc.Max.Y))
	paint(dc)
	if _, err := cw.WriteTo(w); err != nil {
		return fmt.Errorf("plot: write %s: %w", format, err)
	}
	return nil
}
