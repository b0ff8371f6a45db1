package geojson

import (
	"bytes"
	"errors"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"geotimeline/outputs/internal/testevents"
	"geotimeline/pipeline"
)

// TestShapeCacheSameBytes: an ExtentWriter, which keeps the encodings of
// the areas it has written, writes each feature as the area's shape encoded
// afresh does, also when the AreaFunc changes a shape in place between
// events, returns a different shape, a shape with nil parts, or one with a
// coordinate that is not a number.
func TestShapeCacheSameBytes(t *testing.T) {
	shared := orb.MultiPolygon{{{{127.1234567, 40}, {129, 40.0000004}, {129, 42}, {127, 42}, {127.1234567, 40}}}, {{{1, 2}, {3, 4}, {1, 2}}}}
	other := orb.MultiPolygon{nil, {nil, orb.Ring{}, {{5, 6}, {7, 8}, {5, 6}}}}
	empty := orb.MultiPolygon{{orb.Ring{}}}
	var ev pipeline.Event
	for _, e := range testevents.Fixture() {
		if e.HasPlace && e.Place.Precision == pipeline.GeoAdmin1 {
			ev = e
		}
	}
	if ev.ID == "" {
		t.Fatal("no admin1 event in the fixture")
	}
	// Each step: the shape the AreaFunc returns, and a change made to the
	// shared shape before it.
	steps := []struct {
		shape  orb.MultiPolygon
		change func()
	}{
		{shared, nil}, {shared, nil}, {other, nil}, {shared, nil},
		{shared, func() { shared[0][0][2][1] = 42.5 }},
		{shared, nil},
		{empty, nil}, {empty, nil},
		{shared, func() { shared[1][0] = nil }},
		{shared, nil},
		{shared, func() { shared[0][0][1][0] = math.NaN() }},
		{shared, nil},
		{shared, func() { shared[0][0][1][0] = 129 }},
		{shared, nil},
	}
	var cur orb.MultiPolygon
	area := func(*pipeline.Place) (orb.MultiPolygon, string, bool) { return cur, "test", true }
	var got bytes.Buffer
	xw := NewExtentWriter(&got, area)
	var want []byte
	for i, st := range steps {
		if st.change != nil {
			st.change()
		}
		cur = st.shape
		f, _, refErr := extentOf(&ev, area, nil)
		err := xw.Add(&ev)
		if (err == nil) != (refErr == nil) || err != nil && !errors.Is(err, ErrInvalidEvent) {
			t.Fatalf("step %d: Add = %v, uncached %v", i, err, refErr)
		}
		if err == nil {
			if xw.c.n > 1 {
				want = append(want, ",\n"...)
			}
			want = appendExtentFeature(want, f)
		}
	}
	if err := xw.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got.Bytes(), want) {
		t.Fatalf("cached writer wrote\n%s\nwant the features\n%s", got.Bytes(), want)
	}
}
