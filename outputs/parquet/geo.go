package parquet

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
)

// A point is a rounded lon/lat position and its WKB; wkb is nil for a row
// without a location.
type point struct {
	pt  orb.Point
	wkb []byte
}

func (p point) ok() bool { return p.wkb != nil }

// bbox returns the point's bbox covering, and whether there is one.
func (p point) bbox() (bbox, bool) { return bbox{p.pt[0], p.pt[1], p.pt[0], p.pt[1]}, p.ok() }

// makePoint rounds lon/lat to 6 decimals and encodes it as WKB. It reports
// false when the position is not a valid WGS 84 one.
func makePoint(lon, lat float64) (point, bool) {
	if !finite(lat) || !finite(lon) {
		return point{}, false
	}
	pt, _ := orb.Round(orb.Point{lon, lat}, roundFactor).(orb.Point)
	if math.Abs(pt[0]) > 180 || math.Abs(pt[1]) > 90 {
		return point{}, false
	}
	b, err := wkb.Marshal(pt)
	if err != nil {
		return point{}, false
	}
	return point{pt: pt, wkb: b}, true
}

// An extent accumulates the bounds of the points written, for the "geo"
// metadata.
type extent struct {
	bound orb.Bound
	n     int
}

func (x *extent) add(p point) {
	if !p.ok() {
		return
	}
	if x.n == 0 {
		x.bound = p.pt.Bound()
	} else {
		x.bound = x.bound.Extend(p.pt)
	}
	x.n++
}

// kv returns the file key-value metadata of a GeoParquet file of points.
func (x *extent) kv() ([][2]string, error) {
	geo, err := geoMetadata(x.bound, x.n > 0)
	if err != nil {
		return nil, err
	}
	return [][2]string{{"geo", geo}}, nil
}

// invalid returns an error wrapping ErrInvalidEvent.
func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidEvent, fmt.Sprintf(format, args...))
}
